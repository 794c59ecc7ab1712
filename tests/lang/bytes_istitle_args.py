# bytes/bytearray istitle, isascii and CPython's argument-error texts of their methods.


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for T in (bytes, bytearray):
    for s in [b"", b"Hello World", b"hello World", b"HELLO", b"Hello  World!", b"A1b", b"1A",
              b"Ab Cd\xe9", b"\xc9a", b"Aa Bb Cc", b"Aa bB", b"  ", b"A"]:
        x = T(s)
        print(T.__name__, s, x.istitle(), x.isascii(), x.istitle() == s.decode("latin-1").istitle()
              if s.isascii() else "-")
    x = T(b"ab Cd")
    for name in ["upper", "lower", "istitle", "isascii", "isupper", "isalpha", "capitalize",
                 "swapcase", "title", "join", "zfill", "partition", "rpartition",
                 "removeprefix", "removesuffix", "center", "ljust", "rjust", "strip",
                 "replace", "rsplit", "expandtabs"]:
        m = getattr(x, name)
        for n in range(4):
            show(m, *([1] * n))
        show(m, zz=1)
    show(T.fromhex)
    show(T.fromhex, "00", "11")
    show(T.fromhex, string="00")

print(b"x".center(5, b"-"), b"x".ljust(3, bytearray(b"*")), bytearray(b"x").rjust(3, b"."))
show(b"x".center, 5, b"ab")
show(b"x".center, 5, "a")
show(b"x".center, 5, fillchar=b"a")
print(b"a b c".rsplit(maxsplit=1), b"a-b-c".rsplit(sep=b"-"), b"a-b-c".rsplit(b"-", 1))
show(b"a".rsplit, 1, sep=b"a")
print(b"a\tb".expandtabs(tabsize=3), b"a\tb".expandtabs(2))
print(b"abc".partition(b"b"), bytearray(b"abc").rpartition(b"b"), b"abc".removeprefix(b"a"))
show(b"abc".partition, "b")
show(b"abc".partition, b"")
show(b"abc".removesuffix, "c")
show(b"-".join, 5)
print(b"-".join([b"a", bytearray(b"b")]))
