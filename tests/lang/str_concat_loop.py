# Repeated str concatenation, slicing and comparison in loops.
s = ""
for i in range(500):
    s += str(i % 10)
print(len(s), s[:25], s[-5:], s.count("7"))
t = s
s += "!"
print(t[-1], s[-1], len(t), len(s))
parts = s.split("9")
print(len(parts), parts[:3])
out = ""
for w in ["alpha", "beta", "gamma"]:
    out = out + w[0].upper() + w[1:] + " "
print(repr(out), repr(out.strip()))
x = "ab"
for _ in range(10):
    x = x + x
print(len(x), x[1000:1004])
