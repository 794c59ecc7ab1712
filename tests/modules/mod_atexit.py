# atexit: handlers run at exit, last registered first; unregister.
import atexit


def bye(name, punct="!"):
    print("bye", name + punct)


def never():
    print("never runs")


atexit.register(bye, "first")
atexit.register(never)
atexit.register(bye, "second", punct="?")
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated handler")


print("main body done")
