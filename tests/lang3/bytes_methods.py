b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper())
print(b.split(b","), b"a b  c".split(), b"a,b,c".split(b",", 1))
print(b"-".join([b"a", b"b"]), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"))
print(b.count(b"l"), b.index(b"W"), b.startswith(b"  H"), b.endswith(b"  "))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace())
print(b"hello".capitalize(), b"Hi There".swapcase(), b"hello world".title())
print(b"x".center(5, b"*"), b"x".ljust(3, b"."), b"x".rjust(3), b"42".zfill(5))
print(b"a\nb\r\nc".splitlines(), b"key=val".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"abc".translate(None, b"b") if False else b"ab".hex(), b"abcabc".removeprefix(b"ab"))
try:
    b.index(b"zzz")
except ValueError as e:
    print(e)
try:
    b"-".join(["s"])
except TypeError as e:
    print(e)
try:
    b.split(",")
except TypeError as e:
    print(e)
