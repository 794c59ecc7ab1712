# f-string = specifier (self-documenting expressions).
x = 3
name = "gil"
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x=:>4}", f"{x=!r}", f"{name=}", f"{name=!s}", f"{x + 1=}")
print(f"{items=}", f"{len(items)=}", f"{items[0] * 10=}", f"{x * 2.5=:.2f}")
print(f"{name.upper()=}", f"{ x =}", f"{'lit'=}")
