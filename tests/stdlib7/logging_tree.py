# logging: the dotted logger hierarchy, propagation, handlers, filters, adapters.
import io
import logging

out = io.StringIO()
root_h = logging.StreamHandler(out)
root_h.setFormatter(logging.Formatter("root-h %(name)s %(levelname)s %(message)s"))
logging.root.addHandler(root_h)

# children created before their parents are re-attached to them
abc = logging.getLogger("a.b.c")
print(abc.parent is logging.root)
a = logging.getLogger("a")
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
print(logging.getLogger("a.b") is ab, a.getChild("b") is ab, ab.getChild("c") is abc)
print(logging.getLogger("a.bx").parent is a, logging.getLogger("x.y").parent is logging.root)
print(abc, ab, a, logging.root)
print(abc.name, abc.level, abc.getEffectiveLevel(), abc.propagate, abc.disabled)
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("a")))

a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
print(abc)
a_h = logging.StreamHandler(out)
a_h.setFormatter(logging.Formatter("a-h %(name)s %(message)s"))
a.addHandler(a_h)
abc.info("reaches both")
abc.debug("below a's level")
a.propagate = False
abc.info("stops at a")
a.propagate = True
a_h.setLevel(logging.ERROR)
abc.warning("handler level filters a-h")
print(a.hasHandlers(), logging.getLogger("lonely").hasHandlers())
a.removeHandler(a_h)
a.removeHandler(a_h)
abc.warning("only root")
print(out.getvalue(), end="")
out.seek(0); out.truncate()

# filters on loggers and handlers (objects or plain callables)
f = logging.Filter("a.b")
rec = logging.makeLogRecord
print(f.filter(rec({"name": "a.b"})), f.filter(rec({"name": "a.b.c"})),
      f.filter(rec({"name": "a.bc"})), f.filter(rec({"name": "a"})),
      logging.Filter().filter(rec({"name": "zzz"})))
ab.addFilter(lambda r: "secret" not in r.getMessage())
ab.info("public"); ab.info("secret stuff")
root_h.addFilter(logging.Filter("a.b"))
logging.getLogger("other").warning("filtered by root handler's filter")
abc.warning("passes root handler's filter")
root_h.filters.clear()
print(out.getvalue(), end="")
out.seek(0); out.truncate()

# extra= and mapping arguments
fmt = logging.Formatter("%(user)s did %(message)s")
h2 = logging.StreamHandler(out); h2.setFormatter(fmt)
lg = logging.getLogger("extra"); lg.propagate = False; lg.addHandler(h2)
lg.warning("%(what)s twice", {"what": "this"}, extra={"user": "ann"})
try:
    lg.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    lg.warning("x", extra={"levelno": 1})
except KeyError as e:
    print("KeyError:", e)

# LoggerAdapter adds context
ad = logging.LoggerAdapter(lg, {"user": "bob"})
ad.warning("adapted %s", "call")
print(ad, ad.isEnabledFor(logging.WARNING), ad.getEffectiveLevel())
print(out.getvalue(), end="")

# NullHandler swallows; a logger with one never reaches lastResort
nl = logging.getLogger("quiet"); nl.propagate = False; nl.addHandler(logging.NullHandler())
nl.error("nothing printed")

# custom Handler subclass
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, self.format(record)))


lh = ListHandler()
lh.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
cl = logging.getLogger("custom"); cl.propagate = False; cl.addHandler(lh); cl.setLevel(1)
cl.log(5, "level five"); cl.debug("debug"); cl.critical("crit"); cl.fatal("fatal")
print(lh.records)
print(lh, logging.StreamHandler(out).level, repr(logging.NullHandler()))
h = logging.Handler()
try:
    h.emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
h.set_name("named"); print(h.name, h.get_name())
