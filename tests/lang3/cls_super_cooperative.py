class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class A(Base):
    def __init__(self, a=0, **kw):
        print("A init", a)
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=0, **kw):
        print("B init", b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print("C init")
        super().__init__(**kw)
C(a=1, b=2)
print([k.__name__ for k in C.__mro__])
class Log:
    def save(self):
        return ["Log"]
class Cache(Log):
    def save(self):
        return ["Cache"] + super().save()
class Db(Log):
    def save(self):
        return ["Db"] + super().save()
class Service(Cache, Db):
    def save(self):
        return ["Service"] + super().save()
print(Service().save())
s = super(Cache, Service())
print(s.save())
print(type(s).__name__)
class P:
    @property
    def val(self):
        return "P.val"
class Q(P):
    @property
    def val(self):
        return "Q(" + super().val + ")"
print(Q().val)
class StaticUser(P):
    @staticmethod
    def s():
        return "static"
    def m(self):
        return super().__class__.__name__ if False else self.s()
print(StaticUser().m())
