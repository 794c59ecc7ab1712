# Building strings in loops, join of many pieces, str() of many things.
parts = []
for i in range(200):
    parts.append(str(i * i))
s = ",".join(parts)
print(len(s), s[:40], s[-30:])
acc = ""
for i in range(100):
    acc += chr(65 + i % 26)
print(acc)
print(str(123), str(-4.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": [1]}), str(""))
print(len("x" * 10000), ("ab" * 5000).count("ab"), ("ab" * 5000)[9999])
words = "alpha beta gamma delta".split()
out = []
for w in words:
    out.append(w[::-1].upper())
print(" ".join(out))
lines = "\n".join(["l%d" % i for i in range(3)]) if False else "\n".join(["l0", "l1", "l2"])
print(lines)
