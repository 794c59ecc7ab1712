# User-defined exception hierarchies and matching.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class Invalid(AppError):
    def __str__(self):
        return "invalid!"
for exc in [NotFound("x"), Invalid(), AppError("base"), KeyError("std")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.name, e.args)
    except AppError as e:
        print("AppError", type(e).__name__, e, repr(e))
    except Exception as e:
        print("other", type(e).__name__, e)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
print(isinstance(NotFound("y"), BaseException), NotFound.__mro__[1].__name__)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
print(issubclass(OverflowError, ArithmeticError), issubclass(NotImplementedError, RuntimeError), issubclass(AssertionError, Exception))
e = ValueError("x", 1)
e.extra = "attr"
print(e.extra, e.args, str(ValueError()), repr(ValueError()), str(KeyError("a b")), str(KeyError(1, 2)))
class WithArgs(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
w = WithArgs(1, 2)
print(w.a, w.b, w.args, str(w))
