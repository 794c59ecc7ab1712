class K:
    def __init__(self, a, b=2, *, c):
        pass
    def m0(self):
        pass
    def m2(self, x, y):
        pass
    def kwonly(self, *, key):
        pass
tests = [
    lambda: K(),
    lambda: K(1),
    lambda: K(1, 2, 3, c=1),
    lambda: K(1, c=1, d=2),
    lambda: K(1, a=1, c=1),
    lambda: K(1, c=0).m0(1),
    lambda: K(1, c=0).m2(1),
    lambda: K(1, c=0).m2(),
    lambda: K(1, c=0).m2(1, 2, 3),
    lambda: K(1, c=0).kwonly(1),
    lambda: K(1, c=0).kwonly(),
    lambda: K(1, c=0).m2(1, x=1),
    lambda: K.m0(),
    lambda: K.m2(1),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
