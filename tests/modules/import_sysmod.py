# Builtin and embedded modules appear in sys.modules only once imported.
import sys
names = ["collections", "random", "math", "itertools"]
print([n in sys.modules for n in names])
import collections, random, math, itertools
print([n in sys.modules for n in names])
print(math.__name__, collections.__name__, random.__name__)
