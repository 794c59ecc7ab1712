# examples/threads/three_ways.py: the three ways to give a thread its work.
# SPDX-License-Identifier: MIT
#
# 1. a target callable (function or lambda) with args/kwargs;
# 2. a Thread subclass overriding run();
# 3. a callable object (a class with __call__) passed as target.
# Each thread is joined before the next starts, so the output is fixed.
import threading


# 1. A target function; args and kwargs are passed to it.
def greet(name, punctuation="."):
    print("hello from", threading.current_thread().name, "to", name + punctuation)


t = threading.Thread(target=greet, args=("Ada",), kwargs={"punctuation": "!"})
t.start()
t.join()
print("default name of a target thread:", t.name.split("-")[0] + "-N", t.name[t.name.index("("):])

# A lambda is a target too (fine for one-liners).
t = threading.Thread(target=lambda: print("lambda ran in", threading.current_thread().name),
                     name="lambda-thread")
t.start()
t.join()


# 2. Subclass Thread and override run(); state lives on the thread object.
class Counter(threading.Thread):
    def __init__(self, limit):
        super().__init__(name="counter")
        self.limit = limit
        self.total = 0

    def run(self):
        for i in range(1, self.limit + 1):
            self.total += i


c = Counter(100)
c.start()
c.join()
print("subclass computed", c.total, "in thread", c.name)


# 3. A callable object: state without coupling the task to Thread.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.results = []

    def __call__(self, *numbers):
        for n in numbers:
            self.results.append(n * self.factor)


task = Multiplier(3)
t = threading.Thread(target=task, args=(1, 2, 3), name="callable")
t.start()
t.join()
print("callable object produced", task.results)
