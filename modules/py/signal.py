# modules/py/signal.py: the signal module: _signal plus the Signals/Handlers enums.
# SPDX-License-Identifier: MIT
#
# Written for gilpy.  The C part (_signal, modules/mod_signal.c) deals in
# plain ints; like CPython's signal.py this wrapper turns signal numbers and
# SIG_DFL/SIG_IGN into enum-like int subclasses (Signals, Handlers), so
# `signal.getsignal(n) is signal.SIG_IGN` holds and `Signals(2).name` works.

import _signal
from _signal import *


class _IntEnumMember(int):
    """An int with a name, standing in for an IntEnum member."""

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, int(self))

    def __str__(self):
        # Python 3.11: str() of an IntEnum member is the int's str.
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __reduce__(self):
        return (type(self), (int(self),))


def _make_enum(cls, names):
    members = {}
    for name in names:
        v = getattr(_signal, name, None)
        if v is None or v in members:
            continue
        m = int.__new__(cls, v)
        m._name_ = name
        members[v] = m
    cls._value2member_map_ = members
    cls._member_map_ = dict((m._name_, m) for m in members.values())
    for m in members.values():
        setattr(cls, m._name_, m)
    return members


class _EnumMeta(type):
    def __call__(cls, value):
        try:
            return cls._value2member_map_[int(value)]
        except KeyError:
            raise ValueError("%r is not a valid %s" % (value, cls.__name__)) from None

    def __iter__(cls):
        return iter(sorted(cls._value2member_map_.values()))

    def __len__(cls):
        return len(cls._value2member_map_)

    def __getitem__(cls, name):
        return cls._member_map_[name]


class Signals(_IntEnumMember, metaclass=_EnumMeta):
    pass


class Handlers(_IntEnumMember, metaclass=_EnumMeta):
    pass


class Sigmasks(_IntEnumMember, metaclass=_EnumMeta):
    pass


_sig_names = [n for n in dir(_signal)
              if (n.startswith('SIG') and not n.startswith('SIG_')) or n in ('CTRL_C_EVENT',)]
_make_enum(Signals, _sig_names)
_make_enum(Handlers, ['SIG_DFL', 'SIG_IGN'])
_make_enum(Sigmasks, ['SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'])

for _m in list(Signals._value2member_map_.values()):
    globals()[_m._name_] = _m
# SIGIOT/SIGPOLL are aliases: the first name of each number is the member.
for _n in _sig_names:
    globals()[_n] = Signals._value2member_map_[getattr(_signal, _n)]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
del _m, _n


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except (ValueError, TypeError):
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return set(_int_to_enum(x, Signals) for x in _signal.valid_signals())
