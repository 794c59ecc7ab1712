# os and os.path: process ids, environ, cwd, listdir, files, pipes and fds.
import os
import os.path
from os import path

print(os.path.join("a", "b", "/c", "d"), os.path.join("x/", "y"), os.path.splitext("x/y.tar.gz"))
print(os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.split("/a/b/"), os.path.splitext(".bashrc"))
print(os.path.normpath("/a//b/../c/./d"), os.path.isabs("/x"), os.path.isabs("x"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(here), os.path.isdir(here), os.path.isfile(here), os.path.isfile(__file__))
print(os.path.exists(os.path.join(here, "no_such_file")), path is os.path)
print(os.getcwd() == here, os.path.abspath("x/../y") == os.path.join(here, "y"))
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(os.environ.get("LC_ALL"), os.getenv("NO_SUCH_VAR_XYZ", "dflt"))
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.cpu_count() >= 1)
print("mod_os.py" in os.listdir(here), "mod_os.py" in os.listdir())
r, w = os.pipe()
print(os.write(w, b"hello"), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
tmp = os.path.join(here, "_tmp_mod_os.txt")
with open(tmp, "w") as f:
    f.write("data")
print(os.path.getsize(tmp), os.path.isfile(tmp))
os.remove(tmp)
print(os.path.exists(tmp))
for call in (lambda: os.remove(tmp), lambda: os.listdir(tmp), lambda: os.close(9999)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
print(os.strerror(2), os.fspath("p"), os.fspath(b"b"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
