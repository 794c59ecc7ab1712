# str()/repr() of exceptions with 0, 1 and 2 args, KeyError's repr-ing str.
for cls in [Exception, ValueError, KeyError, IndexError, TypeError, RuntimeError, StopIteration, ZeroDivisionError]:
    print(cls.__name__, repr(str(cls())), repr(str(cls("m"))), repr(str(cls("m", 2))), repr(cls("m")), repr(cls()))
print(str(KeyError("")), str(KeyError(None)), str(KeyError((1, 2))), str(KeyError([1])))
e = Exception("a")
print(e.args, len(e.args), Exception(*[1, 2, 3]).args)
print(BaseException("x"), SystemExit(2).code, SystemExit().code, SystemExit("m").code, SystemExit(1, 2).code)
print(StopIteration(5).value, StopIteration().value)
