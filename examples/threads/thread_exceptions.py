# examples/threads/thread_exceptions.py: exceptions in threads and threading.excepthook.
# SPDX-License-Identifier: MIT
#
# An exception does not propagate from a thread to the one that joins it.
# The default threading.excepthook prints "Exception in thread NAME:" and
# the traceback on stderr; SystemExit is silent; you may install your own
# hook, which gets (exc_type, exc_value, exc_traceback, thread).  With
# futures the exception comes back from result().  stdout is fixed; stderr
# holds the default hook's report.
import threading
import concurrent.futures as cf


def fail():
    raise ValueError("something went wrong")


# 1. Default hook: report on stderr; the joining thread carries on.
t = threading.Thread(target=fail, name="default-hook")
t.start()
t.join()
print("main continues after", t.name, "failed")

# 2. SystemExit ends the thread silently.
t = threading.Thread(target=lambda: exit_quietly(), name="quiet")


def exit_quietly():
    raise SystemExit(3)


t.start()
t.join()
print("SystemExit in a thread prints nothing")

# 3. A custom hook.
caught = []


def my_hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


threading.excepthook = my_hook
t = threading.Thread(target=fail, name="custom-hook")
t.start()
t.join()
print("custom hook got:", caught)
threading.excepthook = threading.__excepthook__
print("restored the default hook:", threading.excepthook is threading.__excepthook__)


# 4. Handling the exception inside the thread and passing it back.
errors = []


def careful():
    try:
        fail()
    except ValueError as e:
        errors.append(e)


t = threading.Thread(target=careful)
t.start()
t.join()
print("handled inside the thread:", repr(errors[0]))

# 5. Futures carry the exception to whoever asks for the result.
with cf.ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(fail)
    print("future.exception():", repr(fut.exception()))
    try:
        fut.result()
    except ValueError as e:
        print("future.result() re-raised:", e)
