# An uncaught exception raised three calls deep: full traceback with carets.
def inner(x):
    return int(x)


def middle(x):
    y = inner(x)
    return y


def outer():
    print("before")
    return middle("not a number")


outer()
print("never printed")
