# raise ... from ...: "The above exception was the direct cause..." chain.
class AppError(Exception):
    pass


def read(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise AppError("no key " + k) from e


read({}, "name")
