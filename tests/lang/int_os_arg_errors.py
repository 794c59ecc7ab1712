# Argument-error texts of int.__divmod__ and of os.remove / os.unlink / os.path.getsize.
import os
import os.path


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


show((7).__divmod__, 2)
show((7).__rdivmod__, 2)
show((7).__divmod__)
show((7).__divmod__, 1, 2)
show((7).__divmod__, x=1)
show((7).__rdivmod__)
show((7).__rdivmod__, 1, 2)
show((7).__divmod__, 2.0)

for f in (os.remove, os.unlink):
    show(f)
    show(f, 1, 2)
    show(f, "a", "b")
    show(f, None)
    show(f, 1.5)
    show(f, path=1)
    show(f, zz=1)
    show(f, "/nonexistent/x", zz=1)
    show(f, "/nonexistent/x", dir_fd=None, zz=1)
    show(f, "/nonexistent/x")
    show(f, path="/nonexistent/x")

name = "int_os_arg_errors.tmp"
with open(name, "w") as fh:
    fh.write("hello")
print(os.path.getsize(name))
os.unlink(path=name)
print(os.path.exists(name))
with open(name, "w") as fh:
    fh.write("hi")
os.remove(name, dir_fd=None)
print(os.path.exists(name))
show(os.path.getsize)
show(os.path.getsize, 1, 2)
show(os.path.getsize, None)
show(os.path.getsize, 1.5)
show(os.path.getsize, "/nonexistent/x")
show(os.path.getsize, filename="/nonexistent/x")
