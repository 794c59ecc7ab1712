import os
d = "/tmp/gilpy_lang3_file_append"
try:
    os.mkdir(d)
except FileExistsError:
    pass
p = os.path.join(d, "log.txt")
with open(p, "w") as f:
    f.write("first\n")
with open(p, "a") as f:
    f.write("second\n")
with open(p, "a") as f:
    print("third", file=f)
with open(p) as f:
    print(f.read(), end="")
with open(p, "w") as f:
    f.write("truncated\n")
with open(p) as f:
    print(f.read(), end="")
with open(p, "ab") as f:
    f.write(b"bytes appended\n")
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
