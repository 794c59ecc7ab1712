# Iterating over strs, building with lists, char classification.
s = "Hello, World! 123"
up = lo = dig = other = 0
for ch in s:
    if ch.isupper():
        up += 1
    elif ch.islower():
        lo += 1
    elif ch.isdigit():
        dig += 1
    else:
        other += 1
print(up, lo, dig, other)
print(list("abc"), tuple("ab"), set("aaa"), "".join(sorted("banana")), "-".join(reversed("abc")))
rev_words = " ".join(w[::-1] for w in s.split())
print(rev_words)
vowels = ""
for ch in s.lower():
    if ch in "aeiou":
        vowels += ch
print(vowels, len(vowels))
acc = []
for i, ch in enumerate("abcdef"):
    if i % 2 == 0:
        acc.append(ch.upper())
    else:
        acc.append(ch)
print("".join(acc))
print([c for c in "a1b2" if c.isalpha()], "".join(c * 2 for c in "xyz"))
print(s.count("l"), s.index("W"), s[s.index(",") + 2:s.index("!")])
