# from x import * with and without __all__.
from _star import *
from _nostar import *

print(public_a, _semi_private, alpha, beta)
for name in ("public_b", "_gamma"):
    print(name, name in globals())
