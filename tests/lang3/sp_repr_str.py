class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both!"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class OnlyStr:
    def __str__(self):
        return "only-str"
b = Both()
print(b, repr(b), str(b))
print([b], (b,), {"k": b})
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr())
print("%s %r" % (b, b))
print(f"{b} {b!r} {b!s}")
print(str(OnlyStr()).upper())
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class StrSub(str):
    pass
class ReprSub:
    def __repr__(self):
        return StrSub("sub-repr")
print(repr(ReprSub()))
class Raises:
    def __repr__(self):
        raise ValueError("no repr")
try:
    print([Raises()])
except ValueError as e:
    print("ValueError:", e)
