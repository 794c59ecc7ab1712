# A traceback through a list comprehension.
data = [3, 2, 1, 0]
print([10 // x for x in data])
