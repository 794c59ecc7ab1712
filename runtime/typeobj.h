/* runtime/typeobj.h: internals shared by object.c, type.c and descr.c (OBJ helper).
 * SPDX-License-Identifier: MIT
 *
 * Not a public contract: other subsystems use object.h.  The descriptor
 * object layouts live here so that the VM may recognise them if it wants.
 */
#ifndef GILPY_TYPEOBJ_H
#define GILPY_TYPEOBJ_H

#include "object.h"

/* One entry of a heap type's type_lookup cache (value VNULL = known absent). */
typedef struct TypeCacheEntry {
    uint64_t version;
    StrObj *name;
    Value value;
} TypeCacheEntry;

#define TYPE_CACHE_SIZE 64

/* Data descriptor made from a GetSetDef. */
typedef struct GetSetDescrObj {
    Obj base;
    const GetSetDef *def;
    Type *owner;
} GetSetDescrObj;

/* __slots__ member: a Value stored at `offset` in instances. */
typedef struct MemberDescrObj {
    Obj base;
    Value name;
    Type *owner;
    uint32_t offset;
} MemberDescrObj;

/* Which C slot a slot wrapper exposes (int.__add__, object.__init__ ...). */
enum {
    SW_REPR, SW_STR, SW_HASH, SW_CMP, SW_GETATTRIBUTE, SW_SETATTR, SW_DELATTR, SW_CALL,
    SW_ITER, SW_NEXT, SW_BOOL, SW_LEN, SW_GETITEM, SW_SETITEM, SW_DELITEM, SW_CONTAINS,
    SW_NB, SW_RNB, SW_INB, SW_NEG, SW_POS, SW_INVERT, SW_ABS, SW_INDEX, SW_INT, SW_FLOAT,
    SW_GET, SW_SET, SW_DELETE, SW_INIT, SW_NEW,
};

typedef struct SlotWrapperObj {
    Obj base;
    Type *owner;
    Value name;
    int kind; /* SW_* */
    int op;   /* CMP_* or NB_* */
} SlotWrapperObj;

typedef struct PropertyObj {
    Obj base;
    Value fget, fset, fdel, doc, name;
} PropertyObj;

/* staticmethod and classmethod */
typedef struct FuncWrapObj {
    Obj base;
    Value dict;
    Value callable;
} FuncWrapObj;

typedef struct SuperObj {
    Obj base;
    Type *type;     /* the class super() was called from */
    Value obj;      /* instance or class, VNULL if unbound */
    Type *obj_type; /* the type whose MRO is searched */
} SuperObj;

/* Layout of an instance of a plain class (object subclass): the header,
 * then the Values the class adds (__dict__, __slots__). */
typedef struct InstanceObj {
    Obj base;
    Value values[];
} InstanceObj;

extern Type GetSetDescrType, MemberDescrType, SlotWrapperType, UnionType, GenericAliasType;

/* origin[args] for builtin generic classes (list[int]). */
Value descr_generic_alias_new(ThreadState *ts, Value origin, Value args) SP_RAISES;

/* X | Y for classes and None (types.UnionType); NotImplemented otherwise. */
Value type_or(ThreadState *ts, Value a, Value b);
/* The classes of a union, or VNULL if u is not a union. */
Value union_args_of(Value u);

Value descr_getset_new(ThreadState *ts, Type *owner, const GetSetDef *def) SP_RAISES;
Value descr_member_new(ThreadState *ts, Type *owner, Value name, uint32_t offset) SP_RAISES;
Value descr_slot_wrapper_new(ThreadState *ts, Type *owner, StrObj *name, int kind, int op) SP_RAISES;
Value descr_staticmethod_new(ThreadState *ts, Value callable) SP_RAISES;
Value descr_classmethod_new(ThreadState *ts, Value callable) SP_RAISES;
/* A read-only view of a mapping (C.__dict__). */
Value descr_mappingproxy_new(ThreadState *ts, Value mapping) SP_RAISES;

/* object.c */
Value object_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames) SP_RAISES;
int object_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames) SP_RAISES;
Value object_repr(ThreadState *ts, Value self) SP_RAISES;
Value object_richcompare(ThreadState *ts, Value a, Value b, int op);
/* Raise AttributeError "'C' object has no attribute 'x'" (with name/obj set). */
Value obj_attr_error(ThreadState *ts, Value obj, StrObj *name);
void obj_set_attr_error_fields(ThreadState *ts, Value obj, StrObj *name);
/* The Value at layout offset `off` of a class instance (__slots__ members;
 * str subclasses keep them after the character data). */
Value *obj_value_at(Value obj, uint32_t off);
/* The generic getattr under another name, for TF_SHADOWED classes. */
Value obj_generic_getattr_noopt(ThreadState *ts, Value obj, StrObj *name) SP_RAISES;
/* Class attribute `name` = v was set on t (see TF_SHADOWED). */
void type_note_class_attr(Type *t, StrObj *name, Value v);
/* Call f (found on type(self)) as a method: self prepended, no bound method. */
Value call_as_method(ThreadState *ts, Value f, Value self, Value *args, int nargs,
                     Value kwnames) SP_RAISES;
/* Add the keys of every dict along t's MRO to the dict acc (dir()). */
int dir_add_mro(ThreadState *ts, Value acc, Type *t) SP_RAISES;
/* The module name shown in reprs: NULL for builtins. */
const char *type_module_cstr(Type *t);
Value type_qualname_value(ThreadState *ts, Type *t);

/* type.c */
uint64_t type_next_version(void);
void type_ready_private(ThreadState *ts);
/* Recompute the C slots of a heap type (and its subclasses) from its dunders. */
void type_fixup_slots(ThreadState *ts, Type *t);
void type_fixup_one(ThreadState *ts, Type *t); /* typeslots.c: t alone */
/* The builtin type whose layout t's instances use (t itself if builtin). */
Type *type_static_base(Type *t);
/* The first type along t's MRO whose dict holds `name` (*out = the value). */
Type *type_defining_type(Type *t, StrObj *name, Value *out);
/* Name ids (names.h) of the NB_* dunders {op, rop, iop} and the comparisons. */
extern const int type_nb_name_ids[NB_COUNT][3];
extern const int type_cmp_name_ids[6];
bool is_dunder(StrObj *name);

/* Parse keyword/positional arguments for simple C functions: `names`
 * (NULL-terminated) name out[0..n); missing ones stay VNULL. */
int arg_parse(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
              const char *const *names, Value *out, int min) SP_RAISES;

#endif
