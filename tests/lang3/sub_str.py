class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), len(n), n + "x", type(n + "x").__name__)
print(n == "bob", hash(n) == hash("bob"), {"bob": 1}[n], n in ["bob"])
print(n.upper(), type(n.upper()).__name__, n[0], n * 2, "%s" % n, f"{n}")
class Tagged(str):
    def __new__(cls, s, tag):
        o = super().__new__(cls, s)
        o.tag = tag
        return o
t = Tagged("text", "T")
print(t, t.tag, t.split("x"), str(t), type(str(t)).__name__)
class Rev(str):
    def __str__(self):
        return self[::-1]
    def __len__(self):
        return 99
r = Rev("abc")
print(str(r), len(r), r, "".join([r]))
print(isinstance(n, str), issubclass(Name, str), Name.__mro__[1] is str)
class Up(str):
    def __eq__(self, o):
        return str.__eq__(self.upper(), o.upper())
    __hash__ = str.__hash__
print(Up("abc") == "ABC", "x".join([Name("a"), Name("b")]))
print(sorted([Name("b"), "a", Name("c")]))
print(int(Name("42")), Name("a,b").split(","))
