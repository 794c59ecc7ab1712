# Chained comparisons evaluate each operand once, short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) <= v(2) >= v(0) > v(-1), calls)
calls.clear()
print(v(1) in [v(1)] in [[1]], calls)
x = 5
print(1 < x < 10, 10 < x < 1, x < 10 > 3, 1 < 2 > 0 < 5, x is x)
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 2 < 5, "a" < "b" < "c", [1] < [2] < [3])
print((1 < 2) < 3, 1 < (2 < 3), 0 == 0 == 0.0 == False)
a = [1, 2]
b = a
print(a is b is not None, a is not b is None)
