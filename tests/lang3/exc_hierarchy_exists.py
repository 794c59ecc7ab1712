import builtins
names = """BaseException Exception SystemExit KeyboardInterrupt GeneratorExit StopIteration
StopAsyncIteration ArithmeticError ZeroDivisionError OverflowError FloatingPointError
LookupError IndexError KeyError AttributeError NameError UnboundLocalError TypeError
ValueError RuntimeError RecursionError NotImplementedError AssertionError ImportError
ModuleNotFoundError OSError EnvironmentError IOError FileNotFoundError FileExistsError
PermissionError TimeoutError IsADirectoryError NotADirectoryError InterruptedError
BlockingIOError ChildProcessError ProcessLookupError ConnectionError BrokenPipeError
ConnectionAbortedError ConnectionRefusedError ConnectionResetError MemoryError
UnicodeError UnicodeDecodeError UnicodeEncodeError BufferError EOFError SyntaxError
IndentationError TabError SystemError ReferenceError""".split()
for n in names:
    cls = getattr(builtins, n, None)
    if cls is None:
        print("MISSING", n)
        continue
    print(n, cls.__name__, cls.__base__.__name__ if cls is not BaseException else "-")
print(EnvironmentError is OSError, IOError is OSError)
print(isinstance(ValueError("x"), BaseException))
