# weakref: ref and WeakSet as far as they go (referents kept alive here).
import weakref


class Obj:
    pass


o = Obj()
r = weakref.ref(o)
print(r() is o, r == weakref.ref(o), hash(r) == hash(o))
ws = weakref.WeakSet()
ws.add(o)
ws.add(o)
print(len(ws), o in ws, Obj() in ws)
ws.discard(o)
print(len(ws))
wv = weakref.WeakValueDictionary()
wv["k"] = o
print(wv["k"] is o, len(wv))
