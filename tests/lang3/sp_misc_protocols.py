import math
class N:
    def __bytes__(self): return b"bytes!"
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
    def __index__(self): return 4
print(bytes(N()), math.trunc(N()), math.floor(N()), math.ceil(N()), hex(N()))
class BadBytes:
    def __bytes__(self): return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(e)
class G:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print(list(G()), 2 in G())
try:
    reversed(G())
except TypeError as e:
    print(e)
class Seq(G):
    def __len__(self):
        return 3
print(list(reversed(Seq())))
try:
    reversed(5)
except TypeError as e:
    print(e)
class A:
    def m(self):
        "doc of m"
    @classmethod
    @property
    def cp(cls):
        return "cp of " + cls.__name__
print(A().m.__doc__, A.m.__doc__, A.cp)
class B(A):
    pass
print(B.cp)
