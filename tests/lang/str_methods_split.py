# split/rsplit/splitlines/partition/rpartition.
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "".split(","), "".split(), "   ".split())
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"), "abcabc".split("b", 0))
print("1 2\t3\n4\r5\x0b6\x0c7".split(), "x y z".split(maxsplit=1), "x y z".rsplit(sep=" ", maxsplit=1))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "x".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("key: value".partition(": "), "".partition("a"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
words = "the rain in spain stays mainly in the plain".split()
print(len(words), words[-1], "-".join(words))
print("a b c".split(" ", -1), "a b c".split(None, -1))
