# logging: levels, root logger, module functions, lastResort, basicConfig.
import io
import logging
import sys

err = io.StringIO()
sys.stderr = err                # logging's default destination, captured here

# No configuration: a named logger uses lastResort (WARNING+, bare message).
log = logging.getLogger("app")
log.debug("hidden"); log.info("hidden")
log.warning("lastResort %s", "warning")
log.error("lastResort error")
print(repr(err.getvalue())); err.seek(0); err.truncate()

# The module-level functions configure the root logger on first use.
logging.info("still hidden (root is WARNING)")
print(logging.root.handlers)
logging.warning("root %d", 1)
logging.error("err")
logging.critical("crit")
print(repr(err.getvalue())); err.seek(0); err.truncate()
print(logging.root.handlers, logging.root.handlers[0].stream is err)

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL,
      logging.NOTSET, logging.WARN, logging.FATAL)
for v in (10, 20, 30, 40, 50, 0, 5, "DEBUG", "WARN", "nope"):
    print(repr(logging.getLevelName(v)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items())[:3])

out = io.StringIO()
logging.basicConfig(stream=out, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s",
                    force=True)
print(logging.root.level, logging.root.getEffectiveLevel(), logging.root)
logging.debug("no"); logging.info("yes %s", "info"); logging.log(25, "notice")
log.info("from app")
logging.getLogger().warning("root via getLogger()")
print(out.getvalue(), end="")
print(repr(err.getvalue()))

# basicConfig does nothing when the root already has handlers (unless force).
logging.basicConfig(format="IGNORED %(message)s")
logging.warning("same format")
print(out.getvalue().splitlines()[-1])

# errors
for kwargs in ({"stream": out, "filename": "x.log"}, {"handlers": [], "stream": out},
               {"style": "#"}, {"force": True, "stream": out, "bogus": 1, "other": 2}):
    try:
        logging.basicConfig(force=True, **kwargs) if "force" not in kwargs else \
            logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
for lvl in ("LOUD", 2.5):
    try:
        logging.getLogger("x").setLevel(lvl)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    logging.getLogger("x").log("INFO", "m")
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)

# level given as a string; {-style and $-style formats
logging.basicConfig(force=True, stream=out, level="DEBUG", style="{",
                    format="{levelname:<8}|{name}|{message}")
out.seek(0); out.truncate()
logging.debug("brace %s", "style")
logging.basicConfig(force=True, stream=out, style="$", format="$levelname/${name}/$message")
logging.warning("dollar")
logging.basicConfig(force=True, stream=out, style="{")
logging.warning("default brace format")
logging.basicConfig(force=True, stream=out)
logging.warning("default percent format")
print(out.getvalue(), end="")

# disable()
logging.disable(logging.WARNING)
logging.warning("disabled"); logging.error("error passes")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
print(out.getvalue().splitlines()[-2:])

# exception() appends the traceback
out.seek(0); out.truncate()
try:
    {}["missing"]
except KeyError:
    logging.exception("lookup failed: %s", "missing")
text = out.getvalue()
print(text.splitlines()[0], text.splitlines()[1], text.splitlines()[-1])
out.seek(0); out.truncate()
logging.error("with exc_info instance", exc_info=ValueError("v"))
print(out.getvalue().splitlines())
sys.stderr = sys.__stderr__
