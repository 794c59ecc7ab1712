/* modules/registry.c: the table of modules written in C and their import.
 * SPDX-License-Identifier: MIT
 *
 * A builtin module is created by its init function the first time it is
 * imported and then lives in sys.modules like any other module.
 */
#include <string.h>

#include "dict.h"
#include "str.h"
#include "tstate.h"
#include "modules.h"
#include "thread_mod.h"
#include "weakref.h"
#include "modules/import.h"

static Value
sys_module(ThreadState *ts)
{
    return ts->interp->sys;
}

static Value
builtins_module(ThreadState *ts)
{
    return dict_get_cstr(ts, ts->interp->modules, "builtins");
}

const BuiltinModuleDef builtin_modules[] = {
    {"builtins", builtins_module},
    {"sys", sys_module},
    {"_thread", mod_thread_init},
    {"gil", mod_gil_init},
    {"dis", mod_dis_init},
    {"_weakref", mod_weakref_init},
    {"gc", mod_gc_init},
    {"_signal", mod_signal_init},
    {"atexit", mod_atexit_init},
    {"os", mod_os_init},
    {"_time", mod_time_init},
    {"math", mod_math_init},
    {"_traceback", mod_traceback_init},
    {NULL, NULL},
};

Value
import_builtin_module(ThreadState *ts, Value name)
{
    Value modules = ts->interp->modules;
    Value m = dict_get_str(modules, str_as(name));
    if (m)
        return m;
    for (int i = 0; builtin_modules[i].name; i++) {
        if (strcmp(builtin_modules[i].name, str_cstr(name)) != 0)
            continue;
        m = builtin_modules[i].init(ts);
        if (!m)
            return VNULL;
        if (dict_set(ts, modules, name, m) < 0)
            return VNULL;
        return m;
    }
    return VNULL;
}
