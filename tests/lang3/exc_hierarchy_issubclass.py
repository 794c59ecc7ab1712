pairs = [
    (Exception, BaseException), (SystemExit, Exception), (KeyboardInterrupt, Exception),
    (GeneratorExit, Exception), (StopIteration, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (IndexError, LookupError), (KeyError, LookupError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (TimeoutError, OSError), (UnicodeDecodeError, UnicodeError),
    (UnicodeError, ValueError), (BrokenPipeError, ConnectionError), (ConnectionError, OSError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (KeyError, Exception),
    (KeyError, IndexError), (TypeError, ValueError), (AssertionError, Exception),
    (MemoryError, Exception), (EOFError, Exception), (SystemExit, BaseException),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
def catch(exc, handler):
    try:
        raise exc
    except handler:
        return "caught"
    except BaseException:
        return "other"
print(catch(KeyError("k"), LookupError), catch(ZeroDivisionError, ArithmeticError))
print(catch(SystemExit(0), Exception), catch(GeneratorExit(), BaseException))
