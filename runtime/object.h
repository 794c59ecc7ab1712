/* runtime/object.h: the object header, type objects and generic operations.
 * SPDX-License-Identifier: MIT
 *
 * Every heap object starts with Obj.  Its Type holds C slots (CPython's
 * tp_* idea, cut down) so that the VM calls one function pointer per
 * operation.  Error convention everywhere (STYLE.md "Errors"): a function
 * returning Value returns VNULL with an exception set in ts; one returning
 * int returns -1.  SP_RAISES marks such declarations.
 *
 * Memory: objects come from gc_alloc() and are never freed by hand.  The
 * collector runs only at safe points of the VM (see gc.h), so C code that
 * does not call back into Python code may hold Values in C locals freely.
 */
#ifndef GILPY_OBJECT_H
#define GILPY_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "value.h"

#define SP_RAISES /* may return VNULL / -1 with an exception set */

typedef struct ThreadState ThreadState;
typedef struct InterpState InterpState;
typedef struct Type Type;
typedef struct GC GC;
typedef struct StrObj StrObj;

struct Obj {
    Type *type;
    Obj *gc_next;      /* every object, in one list per interpreter (gc.c) */
    uint32_t gc_mark;  /* mark bit and flags, owned by gc.c */
    uint32_t gc_size;  /* allocation size in bytes, for accounting */
};

/* Rich comparison operators, in CPython's order. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary number slots; the order is the BINARY_OP oparg order (opcodes.def). */
#define NB_OPS(X)                                                              \
    X(ADD, "+", "__add__", "__radd__", "__iadd__")                             \
    X(AND, "&", "__and__", "__rand__", "__iand__")                             \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")        \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__")                \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__")                 \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__")                             \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__")                             \
    X(OR, "|", "__or__", "__ror__", "__ior__")                                 \
    X(POW, "**", "__pow__", "__rpow__", "__ipow__")                            \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__")                \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__")                             \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__")             \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")

enum {
#define X(n, s, d, r, i) NB_##n,
    NB_OPS(X)
#undef X
        NB_COUNT
};

typedef Value (*UnaryFn)(ThreadState *ts, Value a);
typedef Value (*BinaryFn)(ThreadState *ts, Value a, Value b);
/* Vector call: args[0..nargs) positional, then one value per name in
 * kwnames (a tuple of str, or VNULL when there are no keywords). */
typedef Value (*CallFn)(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames);
/* Builtin function / method implementation; for methods args[0] is self. */
typedef Value (*CFunc)(ThreadState *ts, Value *args, int nargs, Value kwnames);

/* A C-implemented method or function, listed in a table ended by {NULL}. */
typedef struct MethodDef {
    const char *name;
    CFunc fn;
    int flags; /* METH_* */
} MethodDef;

enum {
    METH_DEFAULT = 0,
    METH_CLASS = 1,  /* classmethod: args[0] is the type */
    METH_STATIC = 2, /* staticmethod: no self */
};

/* A C getter (and optional setter) exposed as a data descriptor. */
typedef struct GetSetDef {
    const char *name;
    Value (*get)(ThreadState *ts, Value self);
    int (*set)(ThreadState *ts, Value self, Value v); /* NULL: read-only; v VNULL = del */
} GetSetDef;

enum {
    TF_BASETYPE = 1 << 0,   /* may be subclassed */
    TF_HEAPTYPE = 1 << 1,   /* made by a class statement */
    TF_INT_SUBCLASS = 1 << 2,
    TF_STR_SUBCLASS = 1 << 3,
    TF_TUPLE_SUBCLASS = 1 << 4,
    TF_LIST_SUBCLASS = 1 << 5,
    TF_DICT_SUBCLASS = 1 << 6,
    TF_EXC_SUBCLASS = 1 << 7, /* BaseException or a subclass */
    TF_TYPE_SUBCLASS = 1 << 8,
    TF_ABSTRACT_NEW = 1 << 9, /* cannot be instantiated */
    TF_VAR_VALUES = 1 << 11,  /* str subclass: the class's Values follow the character
                               * data (str.h str_values_offset); dict_offset is logical */
    TF_SHADOWED = 1 << 10,    /* a method was added over inline instance attributes: no
                               * getattr fast paths (its getattr slot is not the generic) */
};

struct Type {
    Obj base;
    const char *name;   /* tp_name, as shown in messages ("int", "list") */
    Type *parent;       /* tp_base: the solid base (layout ancestor) */
    Value bases;        /* tuple of Type */
    Value mro;          /* tuple of Type, self first */
    Value dict;         /* DictObj: methods and class attributes */
    Value name_obj;     /* StrObj __name__ */
    Value qualname;     /* StrObj __qualname__ */
    Value module;       /* StrObj __module__ or VNULL for builtins */
    uint32_t flags;     /* TF_* */
    uint32_t basicsize; /* instance size in bytes */
    uint32_t dict_offset; /* offset of a Value __dict__ slot in instances, 0 if none */
    uint64_t version;   /* bumped on any change to this type or a base (caches) */

    void (*mark)(GC *gc, Obj *o);  /* mark referenced Values (gc_mark) */
    void (*finalize)(Obj *o);      /* free C-side buffers; no Python calls */

    UnaryFn repr;
    UnaryFn str;
    int64_t (*hash)(ThreadState *ts, Value a) SP_RAISES;  /* -1 error; NULL: unhashable */
    Value (*richcompare)(ThreadState *ts, Value a, Value b, int op); /* or NotImplemented */
    Value (*getattr)(ThreadState *ts, Value obj, StrObj *name);      /* VNULL + AttributeError */
    int (*setattr)(ThreadState *ts, Value obj, StrObj *name, Value v); /* v == VNULL: delete */
    CallFn call;
    UnaryFn iter;
    /* iternext: VNULL with no exception set means exhausted. */
    UnaryFn iternext;
    int (*truth)(ThreadState *ts, Value a) SP_RAISES;       /* NULL: use len, else true */
    int64_t (*len)(ThreadState *ts, Value a) SP_RAISES;     /* NULL: no len() */
    BinaryFn getitem;
    int (*setitem)(ThreadState *ts, Value obj, Value key, Value v) SP_RAISES; /* v VNULL: del */
    int (*contains)(ThreadState *ts, Value obj, Value key) SP_RAISES;
    BinaryFn nb[NB_COUNT];      /* return NotImplemented if the operands don't fit */
    BinaryFn nb_inplace[NB_COUNT]; /* optional; falls back to nb */
    UnaryFn neg, pos, invert, absolute;
    UnaryFn index;              /* __index__: returns an int Value */
    UnaryFn to_int, to_float;   /* __int__, __float__ */
    Value (*descr_get)(ThreadState *ts, Value descr, Value obj, Value type); /* obj VNULL: via class */
    int (*descr_set)(ThreadState *ts, Value descr, Value obj, Value v);    /* data descriptors */
    /* Constructor: type(...) calls new then init. */
    Value (*new_)(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames);
    int (*init)(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames);

    const MethodDef *methods;   /* installed into dict by type_ready() */
    const GetSetDef *getsets;

    /* Owned by type.c (zero in static initializers). */
    struct Type **subclasses;   /* direct heap subclasses of a heap type: weak, malloc'd */
    uint32_t nsubclasses, subclasses_cap;
    Value slot_names;           /* tuple of __slots__ member names, or VNULL */
    uint32_t heap_values_start; /* heap types: Values added beyond the builtin layout */
    struct TypeCacheEntry *cache; /* heap types: type_lookup cache (malloc'd) */
    /* Classes whose instances keep attributes inline (PEP 412 style): the
     * per-class, append-only list of interned names, and where the values
     * start in an instance (0: no inline values).  An instance uses them
     * while its __dict__ slot is VNULL; the dict is made on demand. */
    StrObj **shape;
    uint32_t shape_len, shape_cap;
    uint32_t inline_start;
};

/* ---- the builtin types (defined in their files) ---- */
extern Type TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType, BoolType;
extern Type IntType, FloatType, StrType, BytesType, ListType, TupleType, DictType, SetType,
    FrozenSetType, RangeType, SliceType, FunctionType, CodeType, CellType, BuiltinFunctionType,
    MethodType, ModuleType, PropertyType, StaticMethodType, ClassMethodType, SuperType,
    GeneratorType, ListIterType, TupleIterType, RangeIterType, DictKeysType, DictValuesType,
    DictItemsType, DictIterType, SetIterType, StrIterType, EnumerateType, ZipType, MapType,
    FilterType, ReversedType, CallIterType, SeqIterType;

/* Singletons are static objects of their type. */
extern Obj NoneObj, NotImplementedObj, EllipsisObj, TrueObj, FalseObj;
#define V_NONE val_from_obj(&NoneObj)
#define V_TRUE val_from_obj(&TrueObj)
#define V_FALSE val_from_obj(&FalseObj)
#define V_NOTIMPL val_from_obj(&NotImplementedObj)
#define V_ELLIPSIS val_from_obj(&EllipsisObj)

static inline Value
val_bool(bool b)
{
    return b ? V_TRUE : V_FALSE;
}

/* The type of any value, immediate or not. */
static inline Type *
val_type(Value v)
{
    if (val_is_int(v))
        return &IntType;
    if (val_is_imm_float(v))
        return &FloatType;
    return val_as_obj(v)->type;
}

static inline bool
val_is(Value v, Type *t)
{
    return val_is_obj(v) && val_as_obj(v)->type == t;
}

bool type_is_subtype(Type *a, Type *b);
static inline bool
val_isinstance(Value v, Type *t)
{
    Type *vt = val_type(v);
    return vt == t || type_is_subtype(vt, t);
}

/* ---- generic operations (object.c): what the VM and builtins call ---- */
Value obj_repr(ThreadState *ts, Value v) SP_RAISES;   /* returns a str Value */
Value obj_str(ThreadState *ts, Value v) SP_RAISES;
int64_t obj_hash(ThreadState *ts, Value v) SP_RAISES; /* TypeError: unhashable type: 'list' */
int obj_truth(ThreadState *ts, Value v) SP_RAISES;
Value obj_compare(ThreadState *ts, Value a, Value b, int op) SP_RAISES; /* any Value result */
int obj_compare_bool(ThreadState *ts, Value a, Value b, int op) SP_RAISES;
int obj_eq(ThreadState *ts, Value a, Value b) SP_RAISES; /* identity shortcut, then == */
Value obj_binary_op(ThreadState *ts, Value a, Value b, int nb) SP_RAISES;
Value obj_inplace_op(ThreadState *ts, Value a, Value b, int nb) SP_RAISES;
Value obj_neg(ThreadState *ts, Value a) SP_RAISES;
Value obj_pos(ThreadState *ts, Value a) SP_RAISES;
Value obj_invert(ThreadState *ts, Value a) SP_RAISES;
Value obj_getattr(ThreadState *ts, Value obj, StrObj *name) SP_RAISES;
Value obj_getattr_cstr(ThreadState *ts, Value obj, const char *name) SP_RAISES;
/* Like getattr but returns VNULL with no exception if the attribute is missing. */
Value obj_lookup_attr(ThreadState *ts, Value obj, StrObj *name) SP_RAISES;
int obj_setattr(ThreadState *ts, Value obj, StrObj *name, Value v) SP_RAISES;
Value obj_getitem(ThreadState *ts, Value obj, Value key) SP_RAISES;
int obj_setitem(ThreadState *ts, Value obj, Value key, Value v) SP_RAISES;
int obj_delitem(ThreadState *ts, Value obj, Value key) SP_RAISES;
int obj_contains(ThreadState *ts, Value container, Value item) SP_RAISES;
int64_t obj_len(ThreadState *ts, Value v) SP_RAISES;
Value obj_iter(ThreadState *ts, Value v) SP_RAISES;
/* VNULL and no exception: exhausted. */
Value obj_next(ThreadState *ts, Value it) SP_RAISES;
Value obj_call(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames) SP_RAISES;
Value obj_call0(ThreadState *ts, Value callable) SP_RAISES;
Value obj_call1(ThreadState *ts, Value callable, Value a) SP_RAISES;
Value obj_call2(ThreadState *ts, Value callable, Value a, Value b) SP_RAISES;
Value obj_call_method(ThreadState *ts, Value obj, const char *name, Value *args, int nargs) SP_RAISES;
Value obj_index(ThreadState *ts, Value v) SP_RAISES;  /* __index__ -> int Value */
bool obj_is_callable(Value v);
const char *obj_type_name(Value v); /* type name for messages */
/* Look a name up along the type's MRO; VNULL if absent (no exception). */
Value type_lookup(Type *t, StrObj *name);
/* Fill dict, mro and inherited slots of a static builtin type. */
void type_ready(ThreadState *ts, Type *t);
/* Generic getattr/setattr for objects with a __dict__ and descriptors. */
Value obj_generic_getattr(ThreadState *ts, Value obj, StrObj *name) SP_RAISES;
int obj_generic_setattr(ThreadState *ts, Value obj, StrObj *name, Value v) SP_RAISES;
/* The __dict__ slot of an instance, or NULL.  NB: an instance of a class
 * with inline values may have attributes while its slot is VNULL; use
 * obj_instance_attr to look one up, obj_get_dict to get a real dict. */
Value *obj_dict_slot(Value obj);
/* The instance's own attribute `name` (dict or inline values), VNULL if
 * absent; never allocates or raises (for the VM's LOAD_METHOD). */
Value obj_instance_attr(Value obj, StrObj *name);
/* The instance __dict__, made on demand; VNULL (+AttributeError) if none. */
Value obj_get_dict(ThreadState *ts, Value obj) SP_RAISES;
/* Inline-values fast path for the VM's attribute caches.  type_shape_index:
 * where `name` lives in the inline values of t's instances (-1: nowhere;
 * stable while t->version is unchanged, as shapes only grow).  obj_inline_slot:
 * that slot in obj, or NULL if obj keeps a real __dict__ or has no room.  A
 * load must treat a VNULL content as a miss; a store may only overwrite a
 * non-VNULL content (adding attributes goes through obj_setattr). */
int64_t type_shape_index(Type *t, StrObj *name);
static inline Value *
obj_inline_slot(Value obj, Type *t, int64_t ix)
{
    Obj *o = val_as_obj(obj);
    if (!t->inline_start || *(Value *)((char *)o + t->dict_offset))
        return NULL;
    if ((uint64_t)t->inline_start + (uint64_t)(ix + 1) * sizeof(Value) > o->gc_size)
        return NULL;
    return (Value *)((char *)o + t->inline_start) + ix;
}

/* isinstance(obj, cls) / issubclass(sub, cls): cls may be a tuple of classes;
 * honour __instancecheck__ / __subclasscheck__ of metaclasses.  1, 0, -1. */
int obj_isinstance(ThreadState *ts, Value obj, Value cls) SP_RAISES;
int obj_issubclass(ThreadState *ts, Value sub, Value cls) SP_RAISES;
/* A type's method/class attribute by C name (type_lookup with interning). */
Value type_lookup_cstr(ThreadState *ts, Type *t, const char *name);
/* Bump the version of t and of all its subclasses (class attribute changed). */
void type_modified(Type *t);
/* Create a class: type(name, bases, ns) with metaclass `meta`. */
Value type_new_class(ThreadState *ts, Type *meta, Value name, Value bases, Value ns,
                     Value *kwvals, Value kwnames) SP_RAISES;
/* Call the special method `name` looked up on type(self) (not the instance):
 * VNULL and *found = false with no exception if the type lacks it. */
Value obj_call_special(ThreadState *ts, Value self, StrObj *name, Value *args, int nargs,
                       bool *found) SP_RAISES;

/* Argument helpers for CFuncs: raise CPython's TypeError texts. */
/* fname without "()"; nargs counts the Python-visible arguments (not self).
 * max -1: unlimited.  Texts: "len() takes exactly one argument (2 given)",
 * "f() takes no arguments (1 given)", "getattr expected at least 2 arguments, got 0". */
int arg_check_count(ThreadState *ts, const char *fname, int nargs, int min, int max) SP_RAISES;
int arg_no_kwargs(ThreadState *ts, const char *fname, Value kwnames) SP_RAISES;

#endif
