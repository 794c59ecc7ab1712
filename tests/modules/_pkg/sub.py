print("_pkg.sub: body, __name__ =", __name__, "__package__ =", __package__)


def sub_func():
    return "sub_func in " + __name__


def beyond():
    from ... import anything
