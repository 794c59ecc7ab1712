from .. import sub
from ..sub import sub_func
from . import parent_const
from ._sibling import SIB

DEEP = (sub.__name__, sub_func(), parent_const, SIB)
