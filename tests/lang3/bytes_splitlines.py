for b in (b"a\nb\r\nc\rd", b"x\x1cy\x85z\n", b"", b"\n\n", bytearray(b"q\r\n")):
    print(b.splitlines(), b.splitlines(True), b.splitlines(keepends=True))
try: b"a".splitlines(1, 2)
except TypeError as e: print(e)
