# f-strings with braces, quotes, backslashes outside expressions, and conversions.
name = "x"
print(f"{{{name}}}", f"{{}}", f"{{name}}", f"a{{b}}c", f"{name}{{")
print(f'{"double"}', f"{'single'}", f"""{"tri"}""", f'''{'tri2'}''')
nl = "\n"
print(f"line1{nl}line2", f"tab\t{name}", f"\\{name}\\", f"\x41{name}\u00e9")
print(f"{name!r:^7}", f"{3.0!s}", f"{'é'!r}", f"{[name]!s}")
w = 4
print(f"{'ab':{w}}|", f"{'ab':>{w}}|", f"{1:0{w}d}")
items = {"k": [1, 2]}
print(f"{items['k'][1]}", f"{len(items):d} item", f"{', '.join(['a', 'b'])}")
