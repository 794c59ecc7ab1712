# logging: Formatter and every LogRecord attribute; files; many threads at once.
import io
import logging
import os
import threading
import time

out = io.StringIO()
h = logging.StreamHandler(out)
lg = logging.getLogger("fmt")
lg.propagate = False
lg.addHandler(h)
lg.setLevel(logging.DEBUG)


def emit_with(fmt, *args, **kw):
    h.setFormatter(logging.Formatter(fmt, **kw))
    out.seek(0); out.truncate()
    lg.info(*args) if args else lg.info("msg %s", "arg")
    return out.getvalue()


def here():
    return emit_with("%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(msg)s|%(args)s|"
                     "%(lineno)d|%(funcName)s|%(filename)s|%(module)s|%(processName)s")


print(here(), end="")
print(emit_with("%(pathname)s").strip() == os.path.abspath(__file__) or
      emit_with("%(pathname)s").strip() == __file__)
print(emit_with("%(threadName)s %(thread)d").strip() ==
      "MainThread %d" % threading.get_ident())
print(emit_with("%(process)d").strip() == str(os.getpid()))
print(emit_with("[%(levelname)-8s] %(message)10s|%(levelno)03d|%%"), end="")
print(emit_with("%(message)r %(levelname).1s"), end="")

before = time.time()
line = emit_with("%(created)f %(msecs)d %(relativeCreated)d").split()
after = time.time()
print(before - 1 <= float(line[0]) <= after + 1, 0 <= int(line[1]) < 1000, int(line[2]) >= 0)

stamp = emit_with("%(asctime)s").strip()
print(len(stamp), stamp[4], stamp[7], stamp[10], stamp[13], stamp[16], stamp[19],
      stamp[:4].isdigit(), stamp[20:].isdigit())
print(len(emit_with("%(asctime)s", datefmt="%Y/%m/%d").strip()), emit_with("%(asctime)s", datefmt="%Y")[:2])

# the record itself
rec = logging.LogRecord("n", logging.ERROR, "/x/y/mod.py", 7, "v=%d", (3,), None, "fn")
print(rec, rec.getMessage(), rec.filename, rec.module, rec.funcName, rec.levelname)
print(sorted(k for k in vars(rec) if k not in ("created", "msecs", "relativeCreated",
                                                 "thread", "process")))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%H")
f.converter = time.gmtime
rec.created = 0.0
rec.msecs = 0
print(f.format(rec), logging.Formatter().formatTime(rec)[:0] == "")
fmt2 = logging.Formatter("%(asctime)s")
fmt2.converter = time.gmtime
print(fmt2.format(rec))
print(fmt2.usesTime(), logging.Formatter("%(message)s").usesTime(),
      logging.Formatter("{asctime}", style="{").usesTime())
print(logging.Formatter("%(message)s %(extra_field)s", defaults={"extra_field": "dflt"}).format(rec))
made = logging.makeLogRecord({"msg": "m %s", "args": ("z",), "custom": 1})
print(made.getMessage(), made.custom, made.name, made.levelno, made.levelname)

for fmt, style in (("no fields", "%"), ("no fields", "{"), ("{x!q}", "{"), ("{x", "{"), ("a {", "{"), ("a }", "{"),
                   ("%(x)", "%"), ("nope", "$"), ("x", "!")):
    try:
        logging.Formatter(fmt, style=style)
        print("ok", fmt)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("plain", validate=False).format(rec))
try:
    logging.Formatter("%(nosuch)s").format(rec)
except ValueError as e:
    print("ValueError:", e)

# exc_text and stack_info
try:
    raise RuntimeError("inner")
except RuntimeError:
    import sys
    rec2 = logging.LogRecord("n", 40, "p", 1, "failed", (), sys.exc_info())
text = logging.Formatter("%(message)s").format(rec2)
print(text.splitlines()[0], text.splitlines()[1], text.splitlines()[-1], rec2.exc_text is not None)
h.setFormatter(logging.Formatter("%(message)s"))
out.seek(0); out.truncate()


def deep():
    lg.warning("with stack", stack_info=True)


deep()
print([ln for ln in out.getvalue().splitlines() if not ln.startswith("    ")])
out.seek(0); out.truncate()


def helper():
    lg.warning("reported for caller", stacklevel=2)


def caller():
    helper()


h.setFormatter(logging.Formatter("%(funcName)s %(message)s"))
caller()
print(out.getvalue(), end="")

# FileHandler and basicConfig(filename=..., filemode=...)
path = "stdlib7_logging_test.log"
fh = logging.FileHandler(path, mode="w")
print(fh.baseFilename == os.path.abspath(path), fh.mode, repr(fh).startswith("<FileHandler /"))
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg.addHandler(fh)
lg.error("to the file")
lg.removeHandler(fh)
fh.close()
with open(path) as fp:
    print(repr(fp.read()))
logging.basicConfig(filename=path, filemode="a", format="%(name)s %(message)s", force=True)
logging.warning("appended")
logging.root.handlers[0].close()
with open(path) as fp:
    print(repr(fp.read()))
logging.basicConfig(filename=path, filemode="w", force=True)
logging.warning("rewritten")
logging.basicConfig(force=True, stream=io.StringIO())
with open(path) as fp:
    print(repr(fp.read()))
dh = logging.FileHandler(path, "w", delay=True)
print(dh.stream)
dh.close()
os.remove(path)

# many threads through one handler: every line whole, none lost
sink = io.StringIO()
th = logging.StreamHandler(sink)
th.setFormatter(logging.Formatter("%(threadName)s:%(message)s"))
tl = logging.getLogger("threads")
tl.propagate = False
tl.addHandler(th)
tl.setLevel(logging.INFO)


def chatter(n):
    for i in range(100):
        tl.info("line %d", i)


ts = [threading.Thread(target=chatter, args=(k,), name="T%d" % k) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = sink.getvalue().splitlines()
print(len(lines), sorted(set(l.split(":")[0] for l in lines)))
print(all(sum(1 for l in lines if l == "T%d:line %d" % (k, i)) == 1
          for k in range(5) for i in range(100)))
print(type(th.lock).__name__ == type(threading.RLock()).__name__)
