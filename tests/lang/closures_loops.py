# Closures created in loops: capturing by cell vs by default argument.
fs = []
for i in range(4):
    def f():
        return i * 10
    fs.append(f)
print([f() for f in fs])
gs = [(lambda j=j: j * 10) for j in range(4)]
print([g() for g in gs])
def factory():
    out = []
    for k in range(3):
        def make(k):
            return lambda: k
        out.append(make(k))
    return out
print([h() for h in factory()])
acc = []
def collect():
    n = 0
    def bump():
        nonlocal n
        n += 1
        acc.append(n)
    for _ in range(3):
        bump()
    return n
print(collect(), acc)
