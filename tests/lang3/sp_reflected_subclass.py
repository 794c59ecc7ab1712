class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%sm" % self.v
    def __add__(self, o):
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return Meters(self.v * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Meters) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    __hash__ = None
print(Meters(1) + 2, 2 + Meters(1), Meters(1) + Meters(2), 3 * Meters(2), Meters(2) * 1.5)
print(sum([Meters(1), Meters(2)]), sum([Meters(1)], Meters(10)))
print(sorted([Meters(3), Meters(1)]), max(Meters(1), Meters(5)))
print(Meters(1) == Meters(1), Meters(1) != Meters(2), Meters(1) in [Meters(1)])
try:
    Meters(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" * Meters(1)
except TypeError as e:
    print(e)
class Km(Meters):
    def __radd__(self, o):
        return "Km.__radd__ wins"
print(Meters(1) + Km(1))
