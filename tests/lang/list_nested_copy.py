# Nested lists: shallow vs manual deep copy, aliasing, equality.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = grid
shallow = grid[:]
shallow2 = list(grid)
deep = [row[:] for row in grid]
grid[0][0] = 9
grid.append([7])
print(alias is grid, len(shallow), shallow[0][0], shallow2[0][0], deep[0][0], deep == grid[:3])
print(grid == alias, shallow == grid, [[1, [2]]] == [[1, [2]]], [[1, [2]]] == [[1, [3]]])
def transpose(m):
    return [list(col) for col in zip(*m)]
m = [[1, 2, 3], [4, 5, 6]]
print(transpose(m), transpose(transpose(m)) == m)
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
ident = [[1, 0], [0, 1]]
x = [[2, 3], [4, 5]]
print(matmul(x, ident) == x, matmul(x, x), matmul([[1, 2, 3]], [[1], [2], [3]]))
p = [[1, 1]]
for _ in range(3):
    p = matmul(p, [[1, 1], [1, 0]]) if False else [[p[0][0] + p[0][1], p[0][0]]]
print(p)
