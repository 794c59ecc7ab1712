"""Weak references, as far as gilpy supports them.

LIMITATION: gilpy's collector has no weak-reference support yet, so a ref
here keeps its referent alive (a strong reference): ref() never returns
None and callbacks never run, and WeakSet / WeakValueDictionary /
WeakKeyDictionary keep their items until removed.  Programs that only use
weak references to avoid keeping objects alive (threading's bookkeeping,
caches) behave the same apart from memory use.
"""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "WeakValueDictionary", "WeakSet", "WeakMethod",
           "finalize"]


class ref:
    __slots__ = ('_obj', '_callback', '__callback__')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self._callback = callback
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))


ReferenceType = ref


class WeakMethod(ref):
    __slots__ = ()

    def __init__(self, meth, callback=None):
        ref.__init__(self, meth, callback)


def proxy(obj, callback=None):
    return obj


ProxyType = type(None)
CallableProxyType = type(None)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakSet:
    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data.values()))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return id(item) in self.data
        except TypeError:
            return False

    def add(self, item):
        self.data[id(item)] = item

    def discard(self, item):
        self.data.pop(id(item), None)

    def remove(self, item):
        if id(item) not in self.data:
            raise KeyError(item)
        del self.data[id(item)]

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        return self.data.popitem()[1]

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)

    def __repr__(self):
        return '{%s}' % ', '.join(map(repr, self))

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(dict):
    def copy(self):
        return WeakValueDictionary(self)

    def valuerefs(self):
        return [ref(v) for v in self.values()]


class WeakKeyDictionary(dict):
    def copy(self):
        return WeakKeyDictionary(self)

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) runs when
    called, or at exit (atexit) if still alive -- never at collection time."""

    _registered = []

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs or {})
        self.atexit = True
        if not finalize._registered:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered.append(True)
        finalize._pending.append(self)

    _pending = []

    def __call__(self, _=None):
        info = self._info
        if info is not None:
            self._info = None
            func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        info = self._info
        self._info = None
        return info

    def peek(self):
        return self._info

    @property
    def alive(self):
        return self._info is not None

    @classmethod
    def _exitfunc(cls):
        pending = cls._pending
        while pending:
            f = pending.pop()
            if f.atexit:
                f()
