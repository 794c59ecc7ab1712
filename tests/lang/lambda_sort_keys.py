# Sorting records with lambdas, tuple keys, negation and multiple passes.
people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 30, 5.2), ("dave", 25, 5.9), ("eve", 35, 5.5)]
print([p[0] for p in sorted(people, key=lambda p: p[1])])
print([p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
print([p[0] for p in sorted(people, key=lambda p: (p[2], p[1]), reverse=True)])
print(min(people, key=lambda p: p[2])[0], max(people, key=lambda p: (p[1], p[2]))[0])
by_age = {}
for name, age, h in people:
    by_age.setdefault(age, []).append(name)
print(sorted(by_age.items(), key=lambda kv: len(kv[1]), reverse=True))
print(sorted("The quick Brown fox".split(), key=lambda w: (len(w), w.lower())))
