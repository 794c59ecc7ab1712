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

# The collector scans C stacks conservatively, so a stray copy of a pointer
# may keep an object or two alive for a while: check that (nearly) all die.
def make():
    return [C(i) for i in range(200)]


objs = make()
refs = [weakref.ref(o) for o in objs]
del objs
gc.collect()
print(sum(r() is not None for r in refs) <= 5)

objs = make()
ws = weakref.WeakSet(objs)
wv = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
wk = weakref.WeakKeyDictionary({o: o.n for o in objs})
wm = weakref.WeakMethod(objs[0].m)
print(len(ws), len(wv), len(wk), wm()(), objs[3] in ws, wv[7].n, wk[objs[9]])
ws.discard(objs[3])
del wv[7]
del wk[objs[9]]
print(len(ws), len(wv), len(wk), objs[3] in ws, 7 in wv, objs[9] in wk)

for bad in (1, "s", None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)
