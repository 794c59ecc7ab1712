# contextlib: contextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout.
import contextlib
import io
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)


with swallow():
    raise ValueError("v")
print("after swallow")

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise IndexError("i")
except IndexError:
    print("not suppressed")

with nullcontext(5) as v:
    print(v)


class Res:
    def close(self):
        print("closed")


with closing(Res()) as r:
    print(type(r).__name__)

with ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.enter_context(tag("c"))
    stack.callback(print, "callback 2")
    print("body")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))


@tag("dec")
def decorated():
    print("in decorated")


decorated()
