# Function objects: __name__, docstrings, attributes, first-class use, callable.
def documented(x):
    """Return x."""
    return x
print(documented.__name__, documented.__doc__, callable(documented), callable(5))
def nodoc():
    pass
print(nodoc.__doc__)
documented.extra = 42
print(documented.extra)
def apply(f, *args):
    return f(*args)
print(apply(len, "abc"), apply(max, 3, 7), apply(documented, "me"))
table = {"len": len, "abs": abs, "doc": documented}
print(table["len"]([1, 2]), table["abs"](-3), table["doc"](1))
def returns_func():
    def inner():
        return "inner called"
    return inner
print(returns_func()(), returns_func().__name__)
print(type(documented).__name__, type(len).__name__, type(lambda: 0).__name__)
def multi():
    return 1, 2, 3
a, b, c = multi()
print(a, b, c, multi())
def no_return():
    x = 1
print(no_return())
print(repr(len), str(print))
