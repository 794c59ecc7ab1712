# examples/hello.py: a first gilpy program.
def greet(name):
    return "Hello, " + name + "!"


for who in ["world", "gilpy"]:
    print(greet(who))
total = 0
for n in range(1, 6):
    total += n * n
print("sum of squares 1..5:", total)
