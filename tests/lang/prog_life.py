# Conway's game of life on a small torus.
W, H = 10, 8
grid = [[0] * W for _ in range(H)]
for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2), (5, 6), (5, 7), (5, 8)]:
    grid[r][c] = 1
def step(g):
    new = [[0] * W for _ in range(H)]
    for r in range(H):
        for c in range(W):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += g[(r + dr) % H][(c + dc) % W]
            new[r][c] = 1 if n == 3 or (n == 2 and g[r][c]) else 0
    return new
for gen in range(4):
    grid = step(grid)
print("\n".join("".join("#" if v else "." for v in row) for row in grid))
print(sum(map(sum, grid)))
