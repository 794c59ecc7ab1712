/* modules/mod_traceback.c: _traceback, the C half of the traceback module.
 * SPDX-License-Identifier: MIT
 *
 * Formatting an exception reuses the interpreter's own printer
 * (runtime/traceback.c), so traceback.print_exc() shows exactly what an
 * uncaught exception would, carets included.  stack() lists the live frames
 * for print_stack()/extract_stack(), which gilpy does not expose as objects.
 */
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "modules.h"
#include "modules/import.h"

/* print_exception(exc, file): the full report, chained exceptions included. */
static Value
tb_print_exception(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "print_exception", nargs, 2, 2) < 0)
        return VNULL;
    if (!val_isinstance(args[0], &BaseExceptionType))
        return exc_raise(ts, &TypeErrorType, "print_exception(): Exception expected for value, %s found",
                         obj_type_name(args[0]));
    exc_print(ts, args[0], args[1]);
    return ts_has_exc(ts) ? VNULL : V_NONE;
}

/* print_tb(tb, file): "Traceback (most recent call last):" and the entries. */
static Value
tb_print_tb(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "print_tb", nargs, 2, 2) < 0)
        return VNULL;
    tb_print(ts, args[0], args[1]);
    return ts_has_exc(ts) ? VNULL : V_NONE;
}

/* stack(): [(filename, lineno, name), ...] of the running frames, oldest first,
 * without the caller of stack() itself. */
static Value
tb_stack(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value l = list_new(ts, 8);
    if (!l)
        return VNULL;
    for (Frame *f = ts->frame; f; f = f->prev) {
        CodeObj *co = f->code;
        /* ip is saved at calls: the instruction before it is the call. */
        int lasti = f->ip ? (int)(f->ip - co->code) - 1 : f->lasti;
        Value t = tuple_pack(ts, 3, co->filename, val_from_int(code_line_of(co, lasti)), co->name);
        if (!t || list_append(ts, l, t) < 0)
            return VNULL;
    }
    ListObj *lo = list_as(l);
    for (int64_t i = 0, j = lo->len - 1; i < j; i++, j--) {
        Value t = lo->items[i];
        lo->items[i] = lo->items[j];
        lo->items[j] = t;
    }
    return l;
}

/* _caller_module(depth): __name__ of the globals of the frame `depth` levels
 * above the caller (namedtuple's default __module__, like sys._getframe). */
static Value
tb_caller_module(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "_caller_module", nargs, 1, 1) < 0)
        return VNULL;
    int64_t depth = val_is_int(args[0]) ? val_as_int(args[0]) : 0;
    Frame *f = ts->frame;
    for (; f && depth > 0; depth--)
        f = f->prev;
    if (!f)
        return exc_raise(ts, &ValueErrorType, "call stack is not deep enough");
    Value n = dict_check(f->globals) ? dict_get_str(f->globals, NAME(ts, __name__)) : VNULL;
    return n ? n : str_from_cstr(ts, "__main__");
}

static const MethodDef traceback_functions[] = {
    {"_caller_module", tb_caller_module, 0},
    {"print_exception", tb_print_exception, 0},
    {"print_tb", tb_print_tb, 0},
    {"stack", tb_stack, 0},
    {NULL},
};

Value
mod_traceback_init(ThreadState *ts)
{
    Value m = module_new(ts, "_traceback");
    if (!m || module_add_functions(ts, m, traceback_functions) < 0)
        return VNULL;
    return m;
}
