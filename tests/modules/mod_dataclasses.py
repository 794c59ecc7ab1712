# dataclasses: generated __init__/__repr__/__eq__, defaults, factories, order, frozen.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
q = Point(1, 0)
print(p, p == q, p is not q, Point(2, 3, ["a"]))
p.tags.append("t")
print(p.tags, q.tags, [f.name for f in fields(Point)])
print(asdict(p), astuple(q), replace(p, y=9))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass
class WithPost:
    a: int
    b: int = field(default=0, repr=False)

    def __post_init__(self):
        self.total = self.a + self.b


w = WithPost(2, 3)
print(w, w.total)
