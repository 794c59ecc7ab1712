# chr/ord round trips and char arithmetic.
for c in "Az09 ~\n\té€😀":
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(10) == "\n")
print("".join(chr(ord(c) + 1) for c in "HAL") if False else "".join(map(lambda c: chr(ord(c) + 1), "HAL")))
def caesar(s, k):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - 97 + k) % 26 + 97)
        else:
            out += ch
    return out
print(caesar("hello world", 3), caesar(caesar("hello world", 3), -3))
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1.0)
except TypeError as e:
    print(type(e).__name__, e)
