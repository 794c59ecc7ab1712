# A keyword given twice, once through **.
def f(**kw):
    return kw


print(f(a=1))
f(**{"a": 1}, a=2)
