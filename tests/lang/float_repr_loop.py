# repr of computed floats: sums, products, divisions, powers.
x = 0.0
out = []
for i in range(1, 21):
    x += 1 / i
    out.append(repr(x))
print(" ".join(out))
vals = []
for i in range(1, 16):
    vals.append(i / 7)
    vals.append(1.1 ** i)
    vals.append(10.0 ** -i)
    vals.append(2.0 ** (i * 10))
print(vals)
print([i * 0.1 for i in range(12)])
print([round(i * 0.1, 2) for i in range(12)])
print([1 / 3 * i for i in range(1, 8)], [0.1 * 3, 0.7 + 0.1, 4.35 * 100, 1.15 * 100])
print([x ** 0.5 for x in [2.0, 3.0, 10.0, 1e10, 0.5, 1e-10]])
