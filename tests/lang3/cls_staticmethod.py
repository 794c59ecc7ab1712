class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def nothing():
        return "nothing"
    def use(self):
        return self.add(1, 2)
print(MathUtil.add(2, 3), MathUtil().add(4, 5))
print(MathUtil.nothing(), MathUtil().use())
sm = MathUtil.__dict__["add"]
print(type(sm).__name__, sm.__func__(1, 1))
class Sub(MathUtil):
    pass
print(Sub.add(10, 20))
def free(x):
    return x * 2
class Manual:
    dbl = staticmethod(free)
print(Manual.dbl(21), Manual().dbl(4))
try:
    MathUtil.add(1)
except TypeError as e:
    print(e)
try:
    MathUtil().nothing(1)
except TypeError as e:
    print(e)
print(callable(sm))
