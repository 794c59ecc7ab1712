import os
d = "/tmp/gilpy_lang3_file_newlines_decode"
try:
    os.mkdir(d)
except FileExistsError:
    pass
p = os.path.join(d, "nl.txt")
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
with open(p) as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.read())
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print([line for line in f][-1])
try:
    open(p, newline="x")
except ValueError as e:
    print(e)
with open(p, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u2713\n")
with open(p, encoding="utf-8") as f:
    s = f.read()
    print(len(s), s.strip())
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(len(f.read()))
with open(p, "wb") as f:
    f.write(b"ok\xff\xfe")
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
    print(e)
with open(p, "rb") as f:
    print(f.read().decode("utf-8", "replace"))
os.remove(p)
os.rmdir(d)
