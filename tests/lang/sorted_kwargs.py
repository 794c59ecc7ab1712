# sorted() takes its keywords exactly as list.sort does.


class Idx:
    def __index__(self):
        return 1


class Truthy:
    def __bool__(self):
        return True


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


data = [3, 1, 2]
for rev in [True, False, 0, 1, -5, Idx(), [], [1], 1.5, None, "x", Truthy(), 2 ** 70]:
    show(sorted, data, reverse=rev)
    show(list(data).sort, reverse=rev)
show(sorted, data, key=None)
show(sorted, data, key=None, reverse=True)
show(sorted, data, key=lambda v: -v)
show(sorted, ["bb", "a", "ccc"], key=len, reverse=True)
show(sorted, data, zz=1)
show(sorted, data, key=len, reverse=True, zz=2)
show(sorted, data, zz=1, key=len)
show(sorted, data, lambda v: v)
show(sorted)
show(sorted, [1], [2], [3])
show(sorted, iterable=[1])
show(sorted, 1)
show(sorted, 1, reverse=[])
show(sorted, [1, 2], key=1)
show(sorted, [], key=1)
show(sorted, [1, "a"])
show(data.sort, 1)
show(data.sort, zz=1)
show(data.sort, key=1, reverse=2, zz=3)
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted((2, 1), reverse=True), data)
