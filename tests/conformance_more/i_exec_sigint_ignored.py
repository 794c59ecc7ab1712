# A SIGINT left ignored by the parent stays SIG_IGN at startup (I 83): the
# script sets SIG_IGN and re-executes itself with os.execv(sys.executable).
# Also: exec from a worker thread replaces the whole process.
import os, sys, signal, threading

stage = sys.argv[1] if len(sys.argv) > 1 else "start"
if stage == "start":
    print("start: SIGINT is default_int_handler:", signal.getsignal(signal.SIGINT) is signal.default_int_handler, flush=True)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.execv(sys.executable, [sys.executable, sys.argv[0], "ignored"])
elif stage == "ignored":
    h = signal.getsignal(signal.SIGINT)
    print("after exec with SIG_IGN: handler is SIG_IGN:", h == signal.SIG_IGN, flush=True)
    print("SIGPIPE ignored:", signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, flush=True)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    block = threading.Event()
    def worker():
        os.execv(sys.executable, [sys.executable, sys.argv[0], "from-worker"])
    threading.Thread(target=block.wait).start()
    threading.Thread(target=worker).start()
    block.wait()
else:
    print("exec from worker: fresh process, threads:", threading.active_count(),
          "SIGINT is default_int_handler:", signal.getsignal(signal.SIGINT) is signal.default_int_handler, flush=True)
