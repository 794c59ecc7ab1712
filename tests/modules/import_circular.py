# A circular `from m import name` fails with CPython's "partially initialized" message.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
try:
    import _circ_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, "DIR"))
    print(e.name, e.path.replace(here, "DIR"))
print("_circ_a" in sys.modules, "_circ_b" in sys.modules)
