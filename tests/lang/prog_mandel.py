# ASCII Mandelbrot set: float arithmetic in nested loops.
chars = " .:-=+*#%@"
for y in range(-10, 11):
    line = ""
    for x in range(-30, 11):
        cr = x / 15.0
        ci = y / 10.0
        zr = zi = 0.0
        n = 0
        while n < 30 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
            n += 1
        line += chars[n * (len(chars) - 1) // 30]
    print(line.rstrip())
