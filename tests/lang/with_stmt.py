# with statements using user context managers: enter/exit order, exceptions, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer"), CM("inner") as w:
    print("nested body", w)
try:
    with CM("raising"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with CM("quiet", suppress=True):
    raise KeyError("swallowed")
print("after suppress")
def f():
    with CM("in func"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
