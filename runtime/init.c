/* runtime/init.c: interpreter start-up: types, names, builtins and sys.
 * SPDX-License-Identifier: MIT
 *
 * The order matters: interned names need only the allocator and dicts (whose
 * Type objects may not be readied yet), type_ready needs the names, and the
 * builtins module needs ready types.
 */
#include <stdio.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "signals.h"
#include "str.h"
#include "tstate.h"
#include "../modules/modules.h"

/* Every static builtin type, readied in this order (type and object first).
 * gc.c marks them all as roots.  Exception types are readied by exc.c. */
Type *const init_static_types[] = {
    &TypeType, &ObjectType, &NoneType, &NotImplementedType, &EllipsisType, &IntType, &BoolType,
    &FloatType, &StrType, &BytesType, &ByteArrayType, &ListType, &TupleType, &DictType, &SetType,
    &FrozenSetType, &RangeType, &SliceType, &FunctionType, &CodeType, &CellType,
    &BuiltinFunctionType, &MethodType, &ModuleType, &PropertyType, &StaticMethodType,
    &ClassMethodType, &SuperType, &GeneratorType, &ListIterType, &TupleIterType,
    &RangeIterType, &DictKeysType, &DictValuesType, &DictItemsType, &DictIterType,
    &SetIterType, &StrIterType, &EnumerateType, &ZipType, &MapType, &FilterType,
    &ReversedType, &CallIterType, &SeqIterType, NULL,
};

static const char *const name_strings[NAME_COUNT] = {
#define X(n) #n,
    COMMON_NAMES(X)
#undef X
};

static int
intern_names(ThreadState *ts)
{
    InterpState *in = ts->interp;
    in->interned = dict_new(ts);
    if (!in->interned)
        return -1;
    for (int i = 0; i < NAME_COUNT; i++) {
        in->names[i] = str_intern(ts, name_strings[i]);
        if (!in->names[i])
            return -1;
    }
    return 0;
}

int
interp_init(ThreadState *ts, int argc, char **argv)
{
    InterpState *in = ts->interp;
    ts_bind_os_thread(ts);
    gil_take(ts); /* the main thread holds the GIL whenever it runs Python */
    if (intern_names(ts) < 0)
        return -1;
    for (int i = 0; init_static_types[i]; i++)
        type_ready(ts, init_static_types[i]);
    exc_types_init(ts);
    if (ts_has_exc(ts))
        return -1;
    in->modules = dict_new(ts);
    if (!in->modules)
        return -1;
    if (!mod_builtins_init(ts))
        return -1;
    if (!mod_sys_init(ts, argc, argv))
        return -1;
    signals_init(ts);
    return 0;
}
