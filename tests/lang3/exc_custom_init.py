class AppError(Exception):
    """Base of the app's errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what
class Invalid(AppError):
    def __init__(self, field, reason="bad"):
        self.field = field
        self.reason = reason
    def __str__(self):
        return "%s is %s" % (self.field, self.reason)
for exc in (NotFound("page"), Invalid("age"), AppError("plain")):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), e.args)
try:
    raise NotFound("x")
except NotFound as e:
    print(e.what, isinstance(e, Exception), AppError.__doc__)
class WithAttrs(ValueError):
    code = 7
e = WithAttrs("v")
e.extra = 1
print(e.code, e.extra, e, isinstance(e, ValueError))
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("m")
except AttributeError as e:
    print("as AttributeError", repr(e))
print([c.__name__ for c in Multi.__mro__])
class Ctor(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.made = True
        return o
print(Ctor(1).made, Ctor(1).args)
