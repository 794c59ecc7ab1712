import os
d = "/tmp/gilpy_lang3_file_readline"
try:
    os.mkdir(d)
except FileExistsError:
    pass
p = os.path.join(d, "lines.txt")
with open(p, "w") as f:
    f.write("one\ntwo\n\nfour\nfive")
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    while True:
        line = f.readline()
        if not line:
            break
        print(len(line), line.rstrip("\n"))
with open(p) as f:
    print(repr(f.readline(2)), repr(f.readline()))
os.remove(p)
os.rmdir(d)
