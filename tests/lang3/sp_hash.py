class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key("a"): 1, Key("b"): 2}
print(d[Key("a")], Key("b") in d, Key("c") in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
print(hash(Key(5)) == hash(5))
class EqNoHash:
    def __eq__(self, o):
        return True
try:
    hash(EqNoHash())
except TypeError as e:
    print(e)
try:
    {EqNoHash(): 1}
except TypeError as e:
    print(e)
print(EqNoHash.__hash__)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(type(hash(BigHash())).__name__)
try:
    hash([1])
except TypeError as e:
    print(e)
class Sub(Key):
    pass
print(hash(Sub(3)) == hash(3))
