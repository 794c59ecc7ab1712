# Less common methods: translate, format_map, to_bytes, hex, dunder calls, vars, notes.
t = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "x\x1cy\x1dz\u2028w".splitlines())
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (7).bit_count() if hasattr(int, "bit_count") else 3)
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.1).hex())
print(round(1234.5678, -2), round(-1234.5, -1), round(0.5, 0), round(1e-300, 300))
try:
    [3, 1, "a"].sort(key=lambda v: v)
except TypeError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("zde", l)
print({1: 2} | {3: 4}, list(reversed({1: 2, 3: 4}.items())))
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2}.difference([1], [2]))
print(hash(frozenset()) , hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    raise ValueError("v")
except ValueError as e:
    e.add_note("a note")
    print(e.__notes__)
print(divmod(2**100, -7), (-2**100) // 7, (-2**100) % 7, 2**100 // -2**50)
print(int.__name__, (5).__class__.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (3.5).real)
print((10).__add__(5), (10).__radd__(5), "a".__add__("b"), [1].__len__(), {1: 2}.__contains__(1))
print(abs(-5).__index__() if hasattr(5, "__index__") else 5, (5).conjugate())
x = 5
print(list(map(lambda *a: a, [1, 2], [3])), list(zip(*[[1, 2, 3]] * 2)))
print(isinstance(range(3), object), issubclass(bool, (int,)), callable(type))
print(vars(type("X", (), {"q": 1})).get("q"), "q" in vars(type("X", (), {"q": 1})))
class C:
    def __init__(self): self.a = 1; self.b = 2
print(vars(C()), C().__dict__)
print(getattr(C(), "a"), setattr(C(), "z", 1), delattr(C, "__init__") if False else "nodel")
print(ord("€"), chr(8364), "€".encode("utf-8"), len("€".encode()))
print(globals().get("__name__"), __name__, __file__ if False else "nofile")
print(min(enumerate("bca"), key=lambda t: t[1]), max(zip("ab", [2, 1]), key=lambda t: t[1]))
print(repr(float("-inf")), float("+1E+2"), float(" -12.5e-1 "), float("0x10") if False else 1)
print("%s" % (1,), "%s %s" % (1, (2, 3)), "%s" % [(1,)], "%(a)s" % {"a": (1,)})
print("a".join(["1", "2"]).split("a"), "abc"[-1:-4:-1], "abc"[5:1:-1], "é"*3)
print(bin(-0), hex(-1), oct(2**64), 0b_1_0, 0x_f, 1_0.0_1, 1e1_0)
print((2).__pow__(10), pow(2, 10, 1000))
