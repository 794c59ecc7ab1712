class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print("eq", self.x)
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x
    __hash__ = None
print(V(1) == V(1), V(1) == V(2))
print(V(1) != V(1), V(1) != V(2))
print(V(1) == 1, 1 == V(1))
print(V(3) in [V(1), V(3)])
class E:
    pass
e = E()
print(e == e, e != e, E() == E())
class NeOnly:
    def __ne__(self, other):
        return "custom-ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5)
print([1, AlwaysEq()] == [1, 2], (AlwaysEq(),) == ("x",))
print([1, 2].index(AlwaysEq()), [5, 6].count(AlwaysEq()))
class Odd:
    def __eq__(self, other):
        return 0
print(Odd() == 1, Odd() != 1)
