# f-strings nested in f-strings, used in loops and functions.
def fmt_row(cells, width):
    return "|".join(f"{c:^{width}}" for c in cells)
rows = [["a", "b"], ["ccc", "d"]]
for r in rows:
    print(fmt_row(r, 5))
w = 6
p = 2
for v in [1.23456, 22.5, 333.0]:
    print(f"[{v:{w}.{p}f}]", f"[{f'{v:.1f}':>{w}}]")
name = "x"
print(f"{f'{name}'}", f"{'{}'.format(name)}", f"{name!r:>5}", f"{str(3) + '4'}")
table = {"k1": 1, "k2": 22}
for k in table:
    print(f"{k:<4}={table[k]:>4}")
print(f"{'a' 'b'}", f"{','.join(['x', 'y'])}", f"{{}}{{{name}}}")
