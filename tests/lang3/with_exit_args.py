class Spy:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        self.got = (exc_type, exc_value, tb)
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc_value))
        print("tb is None:", tb is None, type(tb).__name__)
        return True
s = Spy()
with s:
    pass
print(s.got)
with s:
    raise ValueError("v")
print(s.got[1].__traceback__ is s.got[2])
with s:
    raise KeyError
class Enter:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *args):
        print("exit args", len(args))
with Enter() as (a, b):
    print(a, b)
class Store:
    pass
st = Store()
with Enter() as st.attr:
    pass
print(st.attr)
d = {}
with Enter() as d["k"]:
    pass
print(d)
