# float() from strings and numbers, and its errors.
for s in ["1.5", "-2.25", "  3.0  ", "1e10", "1E-5", "inf", "-inf", "+inf", "Infinity", "-INFINITY",
          "nan", "NaN", "-nan", ".5", "5.", "1_000.5", "0x10" if False else "10", "1e500", "-1e500",
          "1e-400", "00012", "3.14159265358979323846", "\n42\t"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "e5", "--1", "1_", "in", "1 2", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(3), float(-7), float(2 ** 60), float(False), float(2.5))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
