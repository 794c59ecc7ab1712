# f-strings: expressions, conversions, quotes, nesting.
name = "World"
n = 42
pi = 3.14159
items = [1, 2, 3]
d = {"a": 1}
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 - 1:d}", f"{pi}")
print(f"{name!r}", f"{name!s}", f"{'quoted'!r}", f"{items}", f"{items[1]}", f"{d['a']}", f'{d["a"]}')
print(f"{{braces}}", f"{{{n}}}", f"a{n}b{n}c", f"", f"{''}")
print(f"{len(items)} items", f"{n if n > 0 else -n}", f"{'yes' if items else 'no'}", f"{(lambda x: x * 2)(3)}")
print(f"{name.upper()}", f"{name[::-1]}", f"{[x * x for x in items]}", f"{n:{'>'}{8}}")
print(F"upper F {n}", rf"\n{n}", fr"{name}\t")
x = 10
y = 3
print(f"{x}/{y}={x / y:.3f}", f"{x // y=}", f"{x=}", f"{x = }", f"{name=!s}", f"{pi=:.2f}")
print(f"{x:>{y + 2}}|", f"{pi:.{y}f}", f"{name:^{x}}|")
print(f"""triple {name}
second line {n}""")
print(f"{None}", f"{True}", f"{1.0}", f"{-0.0}", f"{2 ** 70}")
print(f"{n:#x} {n:08b} {n:o} {n:,} {1234567.5:,.1f} {n:+} {-n:5}|")
