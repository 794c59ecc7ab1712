import os
d = "/tmp/gilpy_lang3_file_text_rw"
try:
    os.mkdir(d)
except FileExistsError:
    pass
path = os.path.join(d, "a.txt")
f = open(path, "w")
print(type(f).__name__, f.mode, f.name == path, f.closed)
n = f.write("hello\n")
print(n, f.write("world\nlast line"))
f.close()
print(f.closed)
f = open(path)
print(repr(f.read()))
f.close()
with open(path, "r") as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()))
    print(repr(f.read()))
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    f.write("ünïcode ✓\n")
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
print(len(open(path, 'rb').read()))
try:
    f.read()
except ValueError as e:
    print(e)
try:
    f.write("x")
except ValueError as e:
    print(e)
with open(path, "w") as f:
    try:
        f.write(5)
    except TypeError as e:
        print(e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
os.remove(path)
os.rmdir(d)
print(os.path.exists(d))
