# Default str/repr fallbacks and __str__ vs __repr__ precedence.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
class Both:
    def __repr__(self):
        return "R"
    def __str__(self):
        return "S"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), [Both()], Both(), "%s %r" % (Both(), Both()), f"{Both()} {Both()!r}")
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"), str(OnlyStr))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
