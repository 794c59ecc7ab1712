# Text table formatting using ljust/rjust/format/%.
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0), ("kiwi", 0, 0.333)]
w = max(len(r[0]) for r in rows)
print("+" + "-" * (w + 2) + "+-------+---------+")
for name, qty, price in rows:
    print("| %s | %5d | %7.2f |" % (name.ljust(w), qty, price))
print("+" + "-" * (w + 2) + "+-------+---------+")
for name, qty, price in rows:
    print("{:<{w}}|{:>6}|{:>8.3f}|{:^9}|".format(name, qty, price, qty * price, w=w))
for name, qty, price in rows:
    print(f"{name:>{w}} {qty:03d} {price:+.1e} {qty * price:10.4g}")
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<{w}} {total:>14,.2f}")
