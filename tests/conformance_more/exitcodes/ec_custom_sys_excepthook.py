# A custom sys.excepthook handles an uncaught main exception; status still 1.
import sys, threading
def hook(t, v, tb):
    print("custom sys.excepthook", t.__name__, flush=True)
sys.excepthook = hook
raise OSError("x")
