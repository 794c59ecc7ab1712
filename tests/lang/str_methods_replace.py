# replace, join, translate-free substitutions, multiplication and concatenation.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "aa"), "aaaa".replace("aa", "b"))
print("".replace("", "x"), "abc".replace("x", "y"), "héllo".replace("é", "e"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "+".join("abc"), "".join(["é", "ß"]))
print(" ".join(str(i) for i in range(5)) if False else " ".join(map(str, range(5))))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "x" + "y" + "z")
t = "a"
t += "b"
t *= 3
print(t)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
