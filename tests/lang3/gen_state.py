def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_suspended)
print(next(gen))
print(list(gen), gen.gi_running)
def recursive():
    yield next(me)
me = recursive()
try:
    next(me)
except ValueError as e:
    print(e)
def code():
    yield
print(code().gi_code.co_name)
def counter():
    n = 0
    while True:
        n += 1
        yield n
c1, c2 = counter(), counter()
print(next(c1), next(c1), next(c2), next(c1))
gens = [counter() for _ in range(3)]
for x in gens:
    next(x)
print([next(x) for x in gens])
