# range iteration edge cases: negative steps, big bounds, empty ranges, mutation of loop var.
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0, -10, -3)), list(range(1, 1)), list(range(5, 1)))
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), list(range(-(2 ** 64), -(2 ** 64) + 3)))
for i in range(3):
    i = 100
    print(i, end=" ")
print()
n = 3
for i in range(n):
    n = 10
print(i, n)
r = range(0, 100, 7)
print(len(r), r[-1], r.index(98), 49 in r, 50 in r, list(r[3:6]), r[::-2][:3])
print(list(range(10))[::-1] == list(reversed(range(10))), range(5)[1:][1:][1:])
