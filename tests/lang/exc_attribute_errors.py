# AttributeError messages on builtins, instances, classes, modules.
import sys
class K:
    cls_attr = 1
k = K()
for obj, name in [(1, "x"), ("s", "lenn"), ([], "push"), ({}, "has_key"), (None, "a"), (k, "missing"), (K, "missing"),
                  (sys, "nothing"), (True, "t"), (1.5, "f"), ((), "append"), (len, "x")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    "s".upper = None
except AttributeError as e:
    print(e)
try:
    [].append = None
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
print(k.cls_attr, K.cls_attr)
