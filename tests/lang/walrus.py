# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (v := data[i]) != 9:
    i += 1
print("found 9 at", i, v)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
def f(x):
    return (r := x + 1) * r
print(f(3))
