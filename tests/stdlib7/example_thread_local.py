# Runs examples/threads/thread_local.py as a program; its stdout must match CPython's.
path = "../../examples/threads/thread_local.py"
with open(path) as fp:
    source = fp.read()
exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path})
