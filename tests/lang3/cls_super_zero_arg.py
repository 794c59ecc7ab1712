class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello())
print(D.make())
print(super(B, D()).hello())
print(super(D, D()).hello())
class Init(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Init().ok)
class WithAttr(A):
    def get(self):
        return super().missing
try:
    WithAttr().get()
except AttributeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
class Lam(A):
    def hello(self):
        f = lambda: super(Lam, self).hello()
        return "Lam>" + f()
print(Lam().hello())
try:
    super(B, 1)
except TypeError as e:
    print(e)
