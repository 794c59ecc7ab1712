"""Weak references: ref() does not keep its referent alive.

ref is the collector-supported type of the C module _weakref: once the
referent has been collected, calling the ref returns None and its callback
(if any) runs at the next eval-breaker check.  The containers below are
built on it.  Objects of the immediate types (small ints, most floats) and
the interpreter's static objects (None, True, ...) cannot be referred to
weakly, as in CPython.
"""

from _weakref import ref, getweakrefcount

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "WeakValueDictionary", "WeakSet", "WeakMethod",
           "finalize"]

ReferenceType = ref


class WeakMethod:
    """A weak reference to a bound method: alive while its object is."""

    def __init__(self, meth, callback=None):
        self._func = meth.__func__
        if callback is None:
            self._self = ref(meth.__self__)
        else:
            self._self = ref(meth.__self__, lambda r, s=self, cb=callback: cb(s))

    def __call__(self):
        obj = self._self()
        if obj is None:
            return None
        return self._func.__get__(obj, type(obj))


def proxy(obj, callback=None):
    raise NotImplementedError("weakref.proxy is not supported by gilpy")


ProxyType = type(None)
CallableProxyType = type(None)


def getweakrefs(obj):
    return []


class WeakSet:
    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            s = selfref()
            if s is not None:
                s.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for r in list(self.data):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                item = self.data.pop()()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            if item is not None:
                return item

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


class WeakValueDictionary:
    def __init__(self, other=(), **kw):
        self.data = {}

        def _remove(wr, selfref=ref(self)):
            s = selfref()
            if s is not None and s.data.get(wr.key) is wr:
                del s.data[wr.key]
        self._remove = _remove
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        r = _KeyedRef(value, self._remove, key)
        self.data[key] = r

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return sum(1 for r in self.data.values() if r() is not None)

    def get(self, key, default=None):
        r = self.data.get(key)
        o = r() if r is not None else None
        return default if o is None else o

    def items(self):
        for k, r in list(self.data.items()):
            o = r()
            if o is not None:
                yield k, o

    def keys(self):
        for k, o in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for k, o in self.items():
            yield o

    def pop(self, key, *default):
        r = self.data.pop(key, None)
        o = r() if r is not None else None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def update(self, other=(), **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def valuerefs(self):
        return list(self.data.values())


class _KeyedRef:
    """A ref that remembers the dictionary key it belongs to."""

    def __init__(self, obj, callback, key):
        self.key = key
        self._ref = ref(obj, lambda r, s=self: callback(s))

    def __call__(self):
        return self._ref()


class WeakKeyDictionary:
    def __init__(self, other=None):
        self.data = {}

        def _remove(k, selfref=ref(self)):
            s = selfref()
            if s is not None:
                s.data.pop(k, None)
        self._remove = _remove
        if other is not None:
            self.update(other)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            return ref(key) in self.data
        except TypeError:
            return False

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for r, v in list(self.data.items()):
            k = r()
            if k is not None:
                yield k, v

    def keys(self):
        for k, v in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for k, v in self.items():
            yield v

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, other):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v

    def copy(self):
        return WeakKeyDictionary(self.items())

    def keyrefs(self):
        return list(self.data)


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
