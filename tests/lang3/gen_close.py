def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")
x = g()
print(next(x))
print(x.close())
x.close()
try:
    next(x)
except StopIteration:
    print("closed generator is exhausted")
y = g()
y.close()
print("closed before start")
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
z = ignores()
next(z)
try:
    z.close()
except RuntimeError as e:
    print(e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("on close")
v = raises_other()
next(v)
try:
    v.close()
except ValueError as e:
    print("close raised", e)
