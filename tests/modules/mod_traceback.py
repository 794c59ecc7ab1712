# traceback: format_exc, print_exc, format_exception (chained), extract_tb, print_stack.
import traceback, sys, io
def f():
    return 1 / 0
def g():
    f()
try:
    g()
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.replace(__file__, "FILE"))
    traceback.print_exc(file=sys.stdout)
    e = sys.exception()
    print(traceback.format_exception_only(e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.lineno, fs.name, fs.line)
    print(''.join(traceback.format_tb(e.__traceback__)).replace(__file__, "FILE"))
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise ValueError('v') from e
except ValueError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, "FILE"))
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)).replace(__file__, "FILE"))
def h():
    traceback.print_stack(file=sys.stdout)
    print(traceback.extract_stack()[-1].name)
h()
