# The three-argument form of int.__pow__.
print((2).__pow__(10, 1000), (3).__pow__(4, 5), (2).__pow__(-1, 7))
print(int.__pow__(7, 2, 10))
