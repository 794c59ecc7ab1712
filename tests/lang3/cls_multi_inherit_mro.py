class O: pass
class A(O):
    def who(self): return "A"
class B(O):
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A, B): pass
class D(B, A): pass
print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in D.__mro__])
print(C().who(), D().who(), C().only_b())
# classic C3 example
class F: pass
class E: pass
class DD: pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC): pass
print([k.__name__ for k in AA.__mro__])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass
print([k.__name__ for k in Top.mro()])
print(Top.__bases__ == (K1, K2, K3))
class Base:
    def __init__(self):
        self.log = []
class Left(Base):
    def hello(self):
        return "left"
class Right(Base):
    def hello(self):
        return "right"
    def extra(self):
        return "extra"
class Both(Left, Right): pass
b = Both()
print(b.hello(), b.extra(), b.log)
