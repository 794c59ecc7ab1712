# Grouping anagrams with dict keys built from sorted letters.
words = "listen silent enlist google tinsel banana inlets elgoog stone tones notes onset seton abc cab bca".split()
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, sorted(groups[key]), len(groups[key]))
print(max(groups.values(), key=len))
def is_anagram(a, b):
    counts = {}
    for ch in a:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b:
        counts[ch] = counts.get(ch, 0) - 1
    return all(v == 0 for v in counts.values())
print(is_anagram("dormitory", "dirtyroom"), is_anagram("abc", "abd"))
