# LEGB scoping: locals, enclosing, globals, builtins; shadowing builtins.
x = "global"
def show():
    return x
def local_x():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(show(), local_x(), enclosing(), x)
def shadow_len():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_len(), len("abc"))
max = lambda *a: "global shadow"
print(max(1, 2))
del max
print(max(1, 2))
def params_are_local(x):
    x = x + 1
    return x
print(params_are_local(1), x)
def loop_var_leaks():
    for i in range(3):
        pass
    return i
print(loop_var_leaks())
def comp_scope():
    y = [i for i in range(3)]
    try:
        return i
    except NameError as e:
        return type(e).__name__
print(comp_scope())
def cond_def(flag):
    if flag:
        v = "set"
    return v
print(cond_def(True))
try:
    cond_def(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
