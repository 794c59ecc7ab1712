# TypeError from a bad call: wrong argument count.
def area(w, h):
    return w * h


print(area(2, 3))
print(area(2))
