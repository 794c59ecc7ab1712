print({k: v for k, v in [("a", 1), ("b", 2)]})
print({x: x * x for x in range(5) if x % 2 == 0})
words = ["apple", "bob", "cat", "anna"]
print({w[0]: w for w in words})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [c for c in k] for k in ("ab", "c")})
print(dict(sorted({3: "c", 1: "a"}.items())))
print({i % 3: i for i in range(10)})
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(e)
try:
    {k: v for k, v in [1, 2]}
except TypeError as e:
    print(e)
try:
    {k: v for k, v in ["abc"]}
except ValueError as e:
    print(e)
order = []
def key(x):
    order.append("k%d" % x)
    return x
def val(x):
    order.append("v%d" % x)
    return x
{key(i): val(i) for i in range(2)}
print(order)
