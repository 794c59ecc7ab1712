# Carets under a failing binary operation inside a larger expression.
def ratio(a, b):
    return (a + 1) / (b - b)


values = [1, 2, 3]
print(sum(values))
print(ratio(values[0], values[1]))
