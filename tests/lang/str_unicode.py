# Non-ASCII strs: len, indexing, ord/chr, comparisons, methods.
s = "aé€😀z"
print(len(s), [ord(c) for c in s] if False else list(map(ord, s)))
print(s[0], s[1], s[2], s[3], s[4], s[-2], s[1:4], s[::-1])
print(chr(233), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010ffff", chr(0) == "\x00")
print(s.upper(), s.find("€"), s.index("z"), "€" in s, s.count("😀"))
print("é" < "z", "€" > "é", "😀" > "€", sorted(["z", "é", "a", "€", "😀", "Z"]))
print(repr("é€😀"), ascii("é€😀") if False else "skip", str(s) == s)
print("ñandú".split("ú"), "ğüşiöç".upper(), "ΑΒΓ".lower())
t = ""
for c in s:
    t = c + t
print(t, t == s[::-1])
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
