class K: pass
vals = [1, 1.5, "s", b"b", None, True, [], (), {}, set(), frozenset(), K(), K, type, object(),
        range(1), len, print, 2, bytearray(), NotImplemented, Ellipsis]
for v in vals:
    print(type(v).__name__, type(v))
print(type(type(1)) is type, type(K) is type, type(type) is type)
print(type(1) == int, type(True) is bool, type(K()) is K)
print(type(lambda: 0).__name__, type([].append).__name__)
def g():
    yield 1
print(type(g()).__name__, type(g).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
try:
    type()
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
