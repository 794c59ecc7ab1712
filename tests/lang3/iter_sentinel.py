data = [1, 2, 3, 0, 4]
pos = 0
def read():
    global pos
    pos += 1
    return data[pos - 1]
print(list(iter(read, 0)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
it = iter(Counter(), 3)
print(next(it), next(it), next(it, "end"))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
try:
    iter()
except TypeError as e:
    print(e)
for v in iter(lambda: "x", "x"):
    print("never")
print("done")
