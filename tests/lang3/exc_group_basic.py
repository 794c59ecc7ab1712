eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(type(eg).__name__, isinstance(eg, Exception), [c.__name__ for c in ExceptionGroup.__mro__])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split((TypeError, KeyError)))
b = BaseExceptionGroup("b", [ValueError()])
print(type(b).__name__, type(BaseExceptionGroup("k", [KeyboardInterrupt()])).__name__)
for args in [("m",), ("m", []), (1, [ValueError()]), ("m", [1]), ("m", 5)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("raised", [OSError("o")])
except Exception as e:
    print("caught", repr(e), e.exceptions[0].args)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
me = MyEG("mine", [ValueError(1), KeyError(2)])
print(repr(me.split(KeyError)))
try:
    eg.split(5)
except TypeError as e:
    print(e)
