# Three chained exceptions: context, then cause.
def a():
    raise KeyError("a")


def b():
    try:
        a()
    except KeyError:
        raise ValueError("b")


def c():
    try:
        b()
    except ValueError as e:
        raise RuntimeError("c") from e


c()
