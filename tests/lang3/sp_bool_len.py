class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)))
if B(True):
    print("truthy")
print(not B(False))
print(len(L(3)), bool(L(0)), bool(L(2)))
print([x for x in [L(0), L(1), L(5)] if x].__len__())
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
class Nothing:
    pass
print(bool(Nothing()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
try:
    len(Nothing())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
print(B(1) and "and-ok" if False else (L(0) or "or-default"))
