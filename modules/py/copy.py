"""Shallow and deep copy operations (CPython's copy, in Python)."""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(Ellipsis), type(NotImplemented), _types.BuiltinFunctionType,
           _types.FunctionType, property)


def copy(x):
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or cls is frozenset and all(type(e) in _atomic for e in x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    rv = None
    if getattr(cls, "__reduce__", None) is not getattr(object, "__reduce__", None) and \
            hasattr(cls, "__reduce__"):
        try:
            rv = x.__reduce__()
        except TypeError:
            rv = None
    if isinstance(rv, tuple) and len(rv) >= 2 and callable(rv[0]):
        func, args = rv[0], rv[1]
        state = rv[2] if len(rv) > 2 else None
        listiter = rv[3] if len(rv) > 3 else None
        dictiter = rv[4] if len(rv) > 4 else None
        if deep:
            args = deepcopy(args, memo)
        y = func(*args)
        if deep:
            memo[id(x)] = y
        if state is not None:
            if deep:
                state = deepcopy(state, memo)
            if hasattr(y, '__setstate__'):
                y.__setstate__(state)
            else:
                y.__dict__.update(state)
        if listiter is not None:
            for item in listiter:
                y.append(deepcopy(item, memo) if deep else item)
        if dictiter is not None:
            for key, value in dictiter:
                if deep:
                    key = deepcopy(key, memo)
                    value = deepcopy(value, memo)
                y[key] = value
        return y
    # A plain instance: a new object of the same class with a copied __dict__
    # (and the contents of builtin bases such as list and dict).
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    else:
        y = object.__new__(cls) if not isinstance(x, (list, dict, set, tuple)) else \
            cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) if deep else a for a in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    elif isinstance(x, set):
        y.update(deepcopy(a, memo) if deep else a for a in x)
    state = getattr(x, '__dict__', None)
    if hasattr(x, '__getstate__') and type(x).__getstate__ is not getattr(object, '__getstate__', None):
        state = x.__getstate__()
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    slots = []
    for klass in cls.__mro__:
        s = klass.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        slots.extend(n for n in s if n not in ('__dict__', '__weakref__'))
    for name in slots:
        if hasattr(x, name):
            v = getattr(x, name)
            setattr(y, name, deepcopy(v, memo) if deep else v)
    return y
