/* runtime/module.h: module objects and the registry of builtin (C) modules.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_MODULE_H
#define GILPY_MODULE_H

#include "object.h"

typedef struct ModuleObj {
    Obj base;
    Value dict;   /* the module's globals */
    Value name;   /* str */
    int32_t builtin; /* made by module_new (repr says "(built-in)" without __file__) */
} ModuleObj;

Value module_new(ThreadState *ts, const char *name) SP_RAISES;
/* Add every MethodDef of `defs` to the module's dict as builtin functions. */
int module_add_functions(ThreadState *ts, Value module, const MethodDef *defs) SP_RAISES;

/* A builtin module: init returns the module object (already in sys.modules). */
typedef struct BuiltinModuleDef {
    const char *name;
    Value (*init)(ThreadState *ts);
} BuiltinModuleDef;

#endif
