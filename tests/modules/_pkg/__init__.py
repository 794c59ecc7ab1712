print("_pkg: init, __package__ =", __package__)
from . import sub
from .sub import sub_func as exported
PKG_CONST = "pkg-const"
