# float methods: is_integer, as_integer_ratio, hex-free subset; int() truncation; round.
for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e20, 0.1, 2.5, -0.75, 1e-10]:
    print(v, v.is_integer(), v.as_integer_ratio())
print(float("inf").is_integer(), float("nan").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(int(2.999), int(-2.999), int(1e18), int(1.5e19), int(-0.0))
print(round(2.5), round(3.5), round(-2.5), round(0.5 + 1e-9))
print(round(3.14159, 3), round(-3.14159, 2), round(1234.5678, -2), round(0.0, 3), round(-0.0, 1))
print(round(1e300, -299), round(5e-324, 400), round(2.5, 0), round(7.45, 1), round(7.55, 1))
print((3.75).real, (3.75).imag if False else 0, (2.0).conjugate() if False else 2.0)
print(abs(-3.5), -abs(-3.5), float.__name__)
