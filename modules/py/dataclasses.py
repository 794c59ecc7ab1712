"""Data classes (a subset of CPython's dataclasses): @dataclass with init,
repr, eq, order, frozen and unsafe_hash; field() with default,
default_factory, init, repr, compare; fields(), asdict(), astuple(),
replace(), is_dataclass().  No InitVar/ClassVar/kw_only/slots."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'fields', 'asdict',
           'astuple', 'make_dataclass', 'replace', 'is_dataclass', 'MISSING']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)' % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata or {}, kw_only)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    anns = cls.__dict__.get('__annotations__', {})
    for name, tp in anns.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{name} is not allowed: use default_factory')
        all_fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, (init, repr, eq, order, unsafe_hash, frozen))
    flist = list(all_fields.values())

    if init:
        seen_default = False
        for f in flist:
            if f.init:
                if f.default is not MISSING or f.default_factory is not MISSING:
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
        args = []
        body = []
        ns = {'MISSING': MISSING, '__dataclass_builtins_object__': object}
        for f in flist:
            if f.init:
                if f.default is not MISSING:
                    ns['_dflt_' + f.name] = f.default
                    args.append(f'{f.name}=_dflt_{f.name}')
                elif f.default_factory is not MISSING:
                    ns['_fact_' + f.name] = f.default_factory
                    args.append(f'{f.name}=MISSING')
                else:
                    args.append(f.name)
            if f.default_factory is not MISSING:
                ns['_fact_' + f.name] = f.default_factory
                if f.init:
                    value = f'_fact_{f.name}() if {f.name} is MISSING else {f.name}'
                else:
                    value = f'_fact_{f.name}()'
            elif f.init:
                value = f.name
            elif f.default is not MISSING:
                ns['_dflt_' + f.name] = f.default
                value = f'_dflt_{f.name}'
            else:
                continue
            if frozen:
                body.append(f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
            else:
                body.append(f'self.{f.name} = {value}')
        if hasattr(cls, '__post_init__'):
            body.append('self.__post_init__()')
        if not body:
            body = ['pass']
        src = 'def __init__(self, %s):\n    %s\n' % (', '.join(args), '\n    '.join(body))
        if not args:
            src = 'def __init__(self):\n    %s\n' % '\n    '.join(body)
        exec(src, ns)
        fn = ns['__init__']
        fn.__qualname__ = f'{cls.__qualname__}.__init__'
        cls.__init__ = fn

    if repr and '__repr__' not in cls.__dict__:
        rfields = [f.name for f in flist if f.repr]

        def __repr__(self):
            return '%s(%s)' % (self.__class__.__qualname__,
                               ', '.join('%s=%r' % (n, getattr(self, n)) for n in rfields))
        __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
        cls.__repr__ = __repr__

    cfields = [f.name for f in flist if f.compare]

    def _tuple(self):
        return tuple(getattr(self, n) for n in cfields)

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple(self) == _tuple(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def _make(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple(self), _tuple(other))
                return NotImplemented
            return method
        cls.__lt__ = _make(lambda a, b: a < b)
        cls.__le__ = _make(lambda a, b: a <= b)
        cls.__gt__ = _make(lambda a, b: a > b)
        cls.__ge__ = _make(lambda a, b: a >= b)

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(_tuple(self))
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in flist if f.init)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    anns = {}
    for item in fields:
        if isinstance(item, str):
            anns[item] = 'typing.Any'
        elif len(item) == 2:
            anns[item[0]] = item[1]
        else:
            anns[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = anns
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
