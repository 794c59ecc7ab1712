import os
d = "/tmp/gilpy_lang3_file_readlines_iter"
try:
    os.mkdir(d)
except FileExistsError:
    pass
p = os.path.join(d, "data.txt")
with open(p, "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma\n"])
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, line.strip())
with open(p) as f:
    print(iter(f) is f, next(f), end="")
    print(list(f))
with open(p) as f:
    print([l.upper() for l in f if "a" in l[:2]])
with open(p) as f:
    print(sum(len(l) for l in f))
with open(p) as f:
    first, *others = f
    print(repr(first), others)
with open(p) as f:
    print(sorted(f, reverse=True))
os.remove(p)
os.rmdir(d)
