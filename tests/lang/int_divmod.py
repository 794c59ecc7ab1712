# divmod, //, % with all sign combinations, ints and floats.
for a in [7, -7, 0, 13, -13, 2 ** 65, -(2 ** 65)]:
    for b in [3, -3, 1, 2 ** 33, -(2 ** 33)]:
        print(a, b, a // b, a % b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-7, -2.5))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(5 % 0.75, -5 % 0.75, 1e300 % 3.0)
for op in ["//", "%", "divmod", "/"]:
    try:
        if op == "//":
            1 // 0
        elif op == "%":
            1 % 0
        elif op == "divmod":
            divmod(1, 0)
        else:
            1 / 0
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
