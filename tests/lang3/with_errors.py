class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        return False
for obj in (NoExit(), NoEnter(), 1, None, "s"):
    try:
        with obj:
            print("body")
    except TypeError as e:
        print(e)
class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self):
        return False
try:
    with ExitArgs():
        pass
except TypeError as e:
    print(e)
class EnterArgs:
    def __enter__(self, x):
        return self
    def __exit__(self, *a):
        return False
try:
    with EnterArgs():
        pass
except TypeError as e:
    print(e)
class InstanceAttr:
    pass
ia = InstanceAttr()
ia.__enter__ = lambda: 1
ia.__exit__ = lambda *a: None
try:
    with ia:
        pass
except TypeError as e:
    print(e)
