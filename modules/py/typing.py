"""Type hints (a small runtime stand-in for CPython's typing).

The names exist and can be subscripted (List[int], Optional[str], ...), so
annotated programs run; no checking or introspection beyond that.
"""

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'Dict',
           'DefaultDict', 'Deque', 'FrozenSet', 'Iterable', 'Iterator', 'List',
           'Mapping', 'MutableMapping', 'MutableSequence', 'MutableSet', 'NamedTuple',
           'Sequence', 'Set', 'TypedDict', 'Generator', 'cast', 'overload',
           'no_type_check', 'TYPE_CHECKING', 'NoReturn', 'Text', 'get_type_hints',
           'IO', 'TextIO', 'BinaryIO', 'Hashable', 'Sized', 'Collection', 'Container',
           'Awaitable', 'Coroutine', 'AsyncIterator', 'AsyncIterable', 'Counter',
           'OrderedDict', 'ChainMap', 'SupportsInt', 'SupportsFloat', 'Annotated',
           'ParamSpec', 'Concatenate', 'TypeAlias', 'Self', 'Never', 'LiteralString',
           'final', 'runtime_checkable']

TYPE_CHECKING = False


class _Special:
    def __init__(self, name, origin=None, args=()):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, self.__origin__ or self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None and callable(self.__origin__):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __repr__(self):
        if self.__args__:
            return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))
        return 'typing.' + self._name

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (Generic,)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    return repr(obj)


class _Alias(_Special):
    """A generic alias for a builtin container: List -> list."""

    def __init__(self, name, origin, args=()):
        _Special.__init__(self, name, origin, args)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, self.__origin__, params)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
LiteralString = _Special('LiteralString')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Literal = _Special('Literal')
Annotated = _Special('Annotated')
Concatenate = _Special('Concatenate')
TypeAlias = _Special('TypeAlias')
Union = _Special('Union')


class _OptionalType(_Special):
    def __getitem__(self, param):
        return Union[param, type(None)]


Optional = _OptionalType('Optional')
Callable = _Alias('Callable', type(len))
Tuple = _Alias('Tuple', tuple)
List = _Alias('List', list)
Dict = _Alias('Dict', dict)
Set = _Alias('Set', set)
FrozenSet = _Alias('FrozenSet', frozenset)
Type = _Alias('Type', type)
Text = str


def _lazy(name, modname, attr):
    mod = __import__(modname, fromlist=[attr])
    return _Alias(name, getattr(mod, attr))


Iterable = _lazy('Iterable', 'collections.abc', 'Iterable')
Iterator = _lazy('Iterator', 'collections.abc', 'Iterator')
Generator = _lazy('Generator', 'collections.abc', 'Generator')
Mapping = _lazy('Mapping', 'collections.abc', 'Mapping')
MutableMapping = _lazy('MutableMapping', 'collections.abc', 'MutableMapping')
Sequence = _lazy('Sequence', 'collections.abc', 'Sequence')
MutableSequence = _lazy('MutableSequence', 'collections.abc', 'MutableSequence')
AbstractSet = _lazy('AbstractSet', 'collections.abc', 'Set')
MutableSet = _lazy('MutableSet', 'collections.abc', 'MutableSet')
Hashable = _lazy('Hashable', 'collections.abc', 'Hashable')
Sized = _lazy('Sized', 'collections.abc', 'Sized')
Collection = _lazy('Collection', 'collections.abc', 'Collection')
Container = _lazy('Container', 'collections.abc', 'Container')
Awaitable = _lazy('Awaitable', 'collections.abc', 'Awaitable')
Coroutine = _lazy('Coroutine', 'collections.abc', 'Coroutine')
AsyncIterator = _lazy('AsyncIterator', 'collections.abc', 'AsyncIterator')
AsyncIterable = _lazy('AsyncIterable', 'collections.abc', 'AsyncIterable')
DefaultDict = _lazy('DefaultDict', 'collections', 'defaultdict')
OrderedDict = _lazy('OrderedDict', 'collections', 'OrderedDict')
Counter = _lazy('Counter', 'collections', 'Counter')
ChainMap = _lazy('ChainMap', 'collections', 'ChainMap')
Deque = _lazy('Deque', 'collections', 'deque')
IO = _Special('IO')
TextIO = _Special('TextIO')
BinaryIO = _Special('BinaryIO')
SupportsInt = _Special('SupportsInt')
SupportsFloat = _Special('SupportsFloat')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. "
                                  "A series of @overload-decorated functions outside a "
                                  "stub module should always be followed by an "
                                  "implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    for klass in reversed(getattr(obj, '__mro__', (obj,))):
        hints.update(getattr(klass, '__annotations__', {}) or {})
    return hints


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [n for n, t in fields])


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type
