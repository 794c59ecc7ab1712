# Exceptions used for control flow across loops and functions.
def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            good.append(int(it))
        except ValueError:
            bad.append(it)
    return good, bad
print(parse_all(["1", "x", "22", "3.5", "-4", ""]))
def first_key(d, keys):
    for k in keys:
        try:
            return d[k]
        except KeyError:
            continue
    raise LookupError("none of %r" % (keys,))
print(first_key({"b": 2}, ["a", "b"]))
try:
    first_key({}, ["x"])
except LookupError as e:
    print(type(e).__name__, e)
class Stop(Exception):
    pass
def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise Stop((r, c))
    except Stop as s:
        return s.args[0]
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
count = 0
for i in range(1000):
    try:
        if i % 7 == 0:
            raise ValueError(i)
        count += 1
    except ValueError:
        count -= 1
    finally:
        count += 0
print(count)
