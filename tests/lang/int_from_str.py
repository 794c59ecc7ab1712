# int(str, base) and its errors.
print(int("42"), int("-42"), int("  17  "), int("+5"), int("0"), int("-0"))
print(int("1_000"), int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0b101", 0), int("101", 2), int("z", 36))
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(int("10", 3), int("zz", 36), int("0", 0), int("00", 0))
print(int("\t12\n"))
for bad in ["", "abc", "1.5", "1e3", "0x", "1__0", "_1", " ", "++1", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("010", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
