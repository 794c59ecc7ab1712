# Import forms: import x, import x as y, from x import a, b as c, caching in sys.modules.
import sys
import os

import _helper
import _helper as h2
from _helper import greet, VALUE as V, Thing

print(_helper.VALUE, h2 is _helper, greet("world"), V, Thing())
print(_helper.__name__, os.path.basename(_helper.__file__), _helper.__package__ == "")
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
print(_helper.__builtins__ is not None, _helper.__spec__ is None or True)
import _helper  # cached: the body does not run again
print(__name__, __package__, __spec__)
print(type(_helper).__name__, isinstance(_helper, type(sys)))

m = __import__("_helper")
print(m is _helper)
print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)

import _replaces
print(_replaces.name)

import os.path as osp
print(osp is os.path, osp.join("a", "b"))
from os import path as p2, sep
print(p2 is os.path, sep)


def in_function():
    import _star
    from _nostar import alpha
    return _star.public_a, alpha


print(in_function())
print(sorted(k for k in dir(_helper) if not k.startswith("__")))
