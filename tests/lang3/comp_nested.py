matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({i: {j: i * j for j in range(2)} for i in range(2)})
print([{c for c in w} == set(w) for w in ["aa", "ab"]])
print([(a, b, c) for a in range(1, 8) for b in range(a, 8) for c in range(b, 8)
       if a * a + b * b == c * c])
print(sum(sum(x for x in row) for row in matrix))
print([[y for y in range(x)] for x in range(4)])
print(list(zip(*matrix)))
words = ["apple", "banana", "cherry"]
print({w: [i for i, ch in enumerate(w) if ch in "ae"] for w in words})
print([f"{a}{b}" for a in "xy" for b in "12"])
def scoped():
    n = 2
    return [[n * k for k in range(j)] for j in range(3)]
print(scoped())
