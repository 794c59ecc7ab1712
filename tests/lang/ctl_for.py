# for loops over many iterables, with break/continue/else and nested loops.
for c in "abc":
    print(c, end=" ")
print()
for x in (1, 2):
    print(x)
for k in {"x": 1, "y": 2}:
    print(k)
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("for-else")
for i in range(10):
    if i == 4:
        print("break at", i)
        break
else:
    print("not printed")
for i in []:
    print("never")
else:
    print("empty else")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print("found", found, row)
for i in range(3):
    pass
print("i after loop", i)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for i, ch in enumerate("hey"):
    print(i, ch)
items = [1, 2, 3]
for x in items[:]:
    items.append(x * 10)
print(items)
for x in range(2):
    for y in range(2):
        for z in range(2):
            if z:
                continue
            print(x, y, z)
