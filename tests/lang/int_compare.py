# Comparisons of ints, big ints, bools and floats.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(-1 < 0, 2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63), 2 ** 64 == 2 ** 64)
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 30 < 1e30, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(True == 1, False == 0, True > False, True + True)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
print(0 < 1 <= 1 < 2 != 3)
x = 5
print(0 < x < 10, 0 < x > 4, x == 5 > 4)
print(max(3, 7, 2), min(3, 7, 2), max(-1, -5), min(2 ** 70, 2 ** 69))
print(1 == None, 1 != None, 1 == "1", [1] == [1.0])
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 >= None)
except TypeError as e:
    print(type(e).__name__, e)
print(float("inf") > 10 ** 300, float("-inf") < -(10 ** 300))
print(float("nan") == 1, float("nan") != 1, float("nan") < 1)
