# Packages: __init__.py, submodules bound on the parent, relative imports.
import os
import sys

import _pkg
print(_pkg.PKG_CONST, _pkg.exported(), _pkg.sub.sub_func())
print(_pkg.__name__, _pkg.__package__, [os.path.basename(p) for p in _pkg.__path__])
print(os.path.basename(_pkg.__file__), os.path.basename(_pkg.sub.__file__))

import _pkg.inner.deep
print(_pkg.inner.deep.DEEP)
print(_pkg.inner.parent_const, "_pkg.inner" in sys.modules, "_pkg.inner._sibling" in sys.modules)

import _pkg.inner.deep as d
from _pkg.inner import deep as d2
print(d is d2 is _pkg.inner.deep)

from _pkg import sub, inner
print(sub.__name__, inner.__name__)

from _pkg.inner import _sibling
print(_sibling.SIB, _pkg.inner._sibling is _sibling)

try:
    _pkg.sub.beyond()
except ImportError as e:
    print(type(e).__name__, e)
