# collections.abc: isinstance on builtins and duck types; Mapping/MutableMapping mixins.
from collections.abc import (Iterable, Iterator, Sized, Container, Callable, Hashable,
                             Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Generator, Collection)
import collections.abc
import collections

print([isinstance([], t) for t in (Iterable, Sized, Container, Sequence, MutableSequence, Mapping)])
print([isinstance({}, t) for t in (Iterable, Mapping, MutableMapping, Sequence, Hashable)])
print([isinstance(x, Hashable) for x in (1, "s", (1,), [], {})])
print(isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance(3, Iterable))
print(isinstance((x for x in []), Generator), isinstance("abc", Sequence), isinstance(frozenset(), Set))
print(isinstance(set(), MutableSet), issubclass(tuple, Collection), collections.abc.Sized is Sized)


class Regs(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Regs(a=1, b=2)
print(r.get("a"), r.get("z", 0), "b" in r, list(r.keys()), list(r.items()), list(r.values()))
print(r == {"a": 1, "b": 2}, isinstance(r, Mapping), len(r))


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({"x": 1}, y=2)
print(s.setdefault("z", 3), s.pop("x"), dict(s.items()), s.popitem(), len(s))
try:
    Store.__abstractmethods__ and Mapping()
except TypeError as e:
    print("TypeError", "abstract" in str(e))
print(collections.deque([1]))
