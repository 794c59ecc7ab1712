# Word frequency counting with dicts; deterministic ordering via sorted().
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    w = raw.strip(",.").lower()
    counts[w] = counts.get(w, 0) + 1
print(len(counts))
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print("%-12s %3d %s" % (w, c, "*" * c))
first_seen = list(counts)[:5]
print(first_seen)
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6], max(letters, key=letters.get))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
