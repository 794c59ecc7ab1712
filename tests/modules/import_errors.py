# Import errors: missing modules and names, modules whose body raises.
import os
import sys

try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import _helper.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import _pkg.missing
except ImportError as e:
    print(type(e).__name__, e, e.name)

try:
    from _helper import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(os.path.dirname(os.path.abspath(__file__)), "DIR"))

try:
    from _pkg import nope
except ImportError as e:
    print(type(e).__name__, str(e).replace(os.path.dirname(os.path.abspath(__file__)), "DIR"))

try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)

try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)

for attempt in range(2):
    try:
        import _raises
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e, "_raises" in sys.modules)

try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)

print(issubclass(ModuleNotFoundError, ImportError))
