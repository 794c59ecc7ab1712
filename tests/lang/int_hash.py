# hash() of ints, bools and floats equal to ints (deterministic in CPython).
for v in [0, 1, -1, -2, 2, 100, 2 ** 30, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(1.0), hash(2.5), hash(-0.5), hash(0.0), hash(-0.0), hash(1e20))
print(hash(2 ** 61 - 1) == hash(0), hash(-1) == hash(-2))
print(hash(3) == hash(3.0), hash(10 ** 20) == hash(1e20))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(float("inf")), hash(float("-inf")))
d = {1: "a", 1.0: "b", True: "c"}
print(d)
s = {0, False, 0.0}
print(s)
