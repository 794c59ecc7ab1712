# bool: constants, arithmetic, truthiness of every type, and/or/not.
print(True, False, type(True), True == 1, False == 0, True is True)
print(True + True, True * 10, -True, True / 2, True // 2, ~False)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(2 ** 100))
print(bool(""), bool("a"), bool([]), bool([0]), bool(()), bool((0,)), bool({}), bool({0: 0}))
print(bool(None), bool(set()), bool({1}), bool(range(0)), bool(range(1)), bool())
print(not 0, not 1, not "", not None, not not [])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "x", None or 0, [] and 1)
print(None and 1 or 3, 1 and 0 or "d", (1 or 0) and 5)
print(str(True), repr(False), int(True), float(False), isinstance(True, int))
print(True & True, True | False, False ^ True, True > False, max(True, False))
print(sum([True, True, False, True]), [True] * 3, hash(True))
print(isinstance(False, bool), isinstance(1, bool), bool is type(False))
x = True
x += 1
print(x, type(x))
print(f"{True}", "%s %d" % (True, True), format(True, "d"), format(False, "") )
