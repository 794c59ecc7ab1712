import os
d = "/tmp/gilpy_lang3_file_seek_tell"
try:
    os.mkdir(d)
except FileExistsError:
    pass
p = os.path.join(d, "s.bin")
with open(p, "wb") as f:
    f.write(b"0123456789")
    print(f.tell())
with open(p, "rb") as f:
    print(f.tell(), f.read(3), f.tell())
    print(f.seek(7), f.read())
    f.seek(0)
    print(f.read(2))
    f.seek(-3, 2)
    print(f.read())
    f.seek(2)
    f.seek(2, 1)
    print(f.tell(), f.read(1))
with open(p) as f:
    f.seek(5)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.readline())
os.remove(p)
os.rmdir(d)
