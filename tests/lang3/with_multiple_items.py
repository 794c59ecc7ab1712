class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False
with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("p") as p, CM("q") as q:
        raise ValueError(p + q)
except ValueError as e:
    print("caught", e)
with CM("outer"):
    with CM("inner"):
        pass
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print(p1, p2)
def early():
    with CM("r1"), CM("r2"):
        return "returned"
print(early())
