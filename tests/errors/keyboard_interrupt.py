# An uncaught KeyboardInterrupt: traceback, then CPython exits by SIGINT.
def work():
    raise KeyboardInterrupt


print("working")
work()
