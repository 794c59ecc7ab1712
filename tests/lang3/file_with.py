import os
d = "/tmp/gilpy_lang3_file_with"
try:
    os.mkdir(d)
except FileExistsError:
    pass
p = os.path.join(d, "w.txt")
with open(p, "w") as f:
    print(f.closed)
    f.write("x")
print(f.closed)
try:
    with open(p, "w") as g:
        g.write("partial")
        raise RuntimeError("mid-write")
except RuntimeError as e:
    print(e, g.closed)
with open(p) as f:
    print(f.read())
with open(p) as a, open(p) as b:
    print(a.read(2), b.read(3))
print(a.closed, b.closed)
f = open(p)
print(f.__enter__() is f)
f.__exit__(None, None, None)
print(f.closed)
f.close()
print(f.closed)
os.remove(p)
os.rmdir(d)
