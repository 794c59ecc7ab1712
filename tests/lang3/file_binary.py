import os
d = "/tmp/gilpy_lang3_file_binary"
try:
    os.mkdir(d)
except FileExistsError:
    pass
p = os.path.join(d, "blob.bin")
data = bytes(range(0, 256, 17)) + b"\x00\xff\n"
with open(p, "wb") as f:
    print(f.write(data), f.mode)
with open(p, "rb") as f:
    got = f.read()
    print(type(got).__name__, len(got), got == data)
print(got)
with open(p, "rb") as f:
    print(f.read(2), f.read(3), f.read(100)[-3:])
with open(p, "wb") as f:
    f.write(b"line1\nline2\n")
    f.write(bytearray(b"ba\n"))
with open(p, "rb") as f:
    print(f.readline(), f.readlines())
with open(p, "rb") as f:
    print(list(f))
with open(p, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(e)
with open(p, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)
with open(p, "w") as f:
    f.write("é")
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
