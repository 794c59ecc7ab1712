# examples/threads/thread_local.py: per-thread data with threading.local().
# SPDX-License-Identifier: MIT
#
# Each thread sees its own attributes on the same local() object; values set
# in one thread are invisible in the others.  Results are gathered and sorted
# so the output is fixed.
import threading

context = threading.local()
context.user = "main-user"
report = []
report_lock = threading.Lock()


def handle(user):
    print_has = hasattr(context, "user")      # fresh thread: nothing set yet
    context.user = user
    context.requests = 0
    for _ in range(user_count(user)):
        context.requests += 1
    with report_lock:
        report.append((user, print_has, context.user, context.requests))


def user_count(user):
    return len(user)


threads = [threading.Thread(target=handle, args=(u,)) for u in ("alice", "bob", "carol")]
for t in threads:
    t.start()
for t in threads:
    t.join()

for user, had_value, seen_user, requests in sorted(report):
    print(user, "| had a value before setting:", had_value, "| saw:", seen_user,
          "| requests:", requests)
print("main thread still sees:", context.user)


class Session(threading.local):
    """Subclasses of local run __init__ once per thread that uses them."""

    def __init__(self, tag):
        self.tag = tag
        self.thread = threading.current_thread().name


session = Session("S")
t = threading.Thread(target=lambda: print("in", threading.current_thread().name,
                                          "session.thread =", session.thread),
                     name="other")
t.start()
t.join()
print("in MainThread session.thread =", session.thread)
