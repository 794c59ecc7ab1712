# examples/threads/futures_results.py: results and exceptions through concurrent.futures.
# SPDX-License-Identifier: MIT
#
# submit() returns a Future; result() waits and returns the value or re-raises
# the task's exception; map() keeps input order; as_completed() yields in
# completion order (sorted here so the output is fixed).  The pool reuses its
# threads, named ThreadPoolExecutor-N_M or PREFIX_M.
import concurrent.futures as cf
import threading


def fetch(n):
    if n == 3:
        raise ValueError("bad input %d" % n)
    return n * 10


with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher") as pool:
    futures = {pool.submit(fetch, n): n for n in range(5)}
    done = []
    for fut in cf.as_completed(futures):
        n = futures[fut]
        try:
            done.append((n, fut.result()))
        except ValueError as e:
            done.append((n, "error: %s" % e))
    print(sorted(done, key=lambda pair: pair[0]))

    print(list(pool.map(lambda x: x * x, range(6))))

    names = set(pool.map(lambda _: threading.current_thread().name, range(20)))
    print("at most 2 pool threads:", len(names) <= 2,
          "| named fetcher_N:", all(n.startswith("fetcher_") for n in names))

fut = cf.Future()
print("new future: done", fut.done(), "| running", fut.running())
try:
    fut.result(timeout=0.01)
except cf.TimeoutError:
    print("result(timeout) raised TimeoutError (the builtin one:", cf.TimeoutError is TimeoutError, end=")\n")
fut.add_done_callback(lambda f: print("callback sees", f.result()))
fut.set_result("done!")
