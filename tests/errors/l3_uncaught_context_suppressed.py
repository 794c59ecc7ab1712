def f():
    try:
        {}["k"]
    except KeyError:
        raise AttributeError("replaced") from None
f()
