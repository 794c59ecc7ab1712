# list count/index with mixed numeric types and equality semantics.
a = [1, 1.0, True, "1", [1], (1,), 2]
print(a.count(1), a.count("1"), a.count([1]), a.index(True), a.index((1,)), 1.0 in a, False in a)
nan = float("nan")
b = [nan, 1]
print(nan in b, b.count(nan), b.index(nan), [nan] == [nan], [float("nan")] == [float("nan")])
print([1, 2, 3] < [1, 2, 4], [1, 2] <= [1, 2], [3] > [2, 99], [[1]] < [[2]], max([[1, 2], [1, 3], [0, 9]]))
c = [5, 3, 5, 1, 5]
positions = []
start = 0
while True:
    try:
        i = c.index(5, start)
    except ValueError:
        break
    positions.append(i)
    start = i + 1
print(positions, c.index(5, -2), c.index(1, 0, 4))
