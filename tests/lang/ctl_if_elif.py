# if/elif/else chains, nested conditions, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"
for n in [-5, 0, 3, 4, 10, 99]:
    print(n, classify(n))
x = 7
y = "big" if x > 5 else "small"
print(y, "a" if 0 else "b" if None else "c", (1 if x else 2) + 10)
if x:
    pass
if not x:
    print("never")
elif x == 7: print("seven on one line")
if [] or {} or "":
    print("never")
else:
    print("all empty")
if x > 1 and x < 10 and not x == 8:
    print("in range")
if 1 < x < 3 or x == 7:
    print("chain or")
z = 0
if z: print("no")
else: print("yes")
