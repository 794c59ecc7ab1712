class R:
    @property
    def ro(self):
        return 1
    @property
    def boom(self):
        raise ValueError("inside getter")
    @property
    def attr_err(self):
        return self.nope
r = R()
try:
    r.ro = 2
except AttributeError as e:
    print(e)
try:
    del r.ro
except AttributeError as e:
    print(e)
try:
    r.boom
except ValueError as e:
    print("ValueError", e)
try:
    r.attr_err
except AttributeError as e:
    print(e)
print(hasattr(r, "attr_err"), hasattr(r, "ro"))
print(getattr(r, "attr_err", "default"))
p = property()
class Q:
    x = p
try:
    Q().x
except AttributeError as e:
    print(e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
