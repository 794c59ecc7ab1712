# weakref: refs die with their referent, callbacks run, weak containers shrink.
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n


log = []
a = C(1)
r = weakref.ref(a, lambda ref: log.append("callback"))
print(r() is a, r.__callback__ is not None, weakref.getweakrefcount(a))
del a
gc.collect()
print(r(), log)

objs = [C(i) for i in range(5)]
ws = weakref.WeakSet(objs)
wv = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
wk = weakref.WeakKeyDictionary({o: o.n for o in objs})
wm = weakref.WeakMethod(objs[0].m)
print(len(ws), len(wv), len(wk), wm()())
del objs[1:]
gc.collect()
print(len(ws), sorted(wv.keys()), sorted(wk.values()), wm() is not None)
del objs[:]
gc.collect()
print(len(ws), list(wv.keys()), list(wk.values()), wm())

for bad in (1, "s", None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)
