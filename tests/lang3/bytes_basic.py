b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1])
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), bytes(b"copy"), bytes())
print(b"a" + b"b", b"ab" * 3, b"ell" in b, 101 in b, b == b"hello", b < b"help")
print(list(b"AB"), [c for c in b"xyz"], hash(b"x") == hash(b"x"))
print(b"\x00\xff\n\t'\"", repr(b"it's"), repr(b'say "hi"'))
print(str(b"abc"), b"abc".decode(), "é".encode(), "é".encode("utf-8").decode("utf-8"))
print({b"k": 1}[b"k"], b"abc" != "abc", b"abc" == "abc")
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
print(bytes(range(5)), b"%d-%s" % (5, b"x"))
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes("str")
except TypeError as e:
    print(e)
try:
    b + "s"
except TypeError as e:
    print(e)
try:
    b[10]
except IndexError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
