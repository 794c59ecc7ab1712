class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
def f(): pass
items = [f, lambda: 0, print, len, int, WithCall, WithCall(), Without, Without(),
         1, "s", None, [].append, "".upper, type, object, staticmethod(f)]
for x in items:
    print(callable(x), end=" ")
print()
def g():
    yield
print(callable(g), callable(g()))
w = Without()
w.__call__ = lambda: 1
print(callable(w))
Without.__call__ = lambda self: "now callable"
print(callable(w), w())
try:
    callable()
except TypeError as e:
    print(e)
try:
    callable(1, 2)
except TypeError as e:
    print(e)
