# A huge allocation request fails immediately with MemoryError.
print("allocating")
x = [0] * (2 ** 62)
