/* interp/call.c: argument binding and frame push/pop for Python functions.
 * SPDX-License-Identifier: MIT
 *
 * The caller leaves the arguments on the value stack; the callee's locals
 * window starts at the first argument (Lua's stack window), so the common
 * call (exact positional count, no keywords) copies nothing and only clears
 * the remaining locals.  Everything else goes through bind_general, which
 * follows CPython 3.11's initialize_locals() including its error texts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/exc.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "eval.h"
#include "vm.h"

void
vm_recursion_error(ThreadState *ts)
{
    exc_raise(ts, &RecursionErrorType, "maximum recursion depth exceeded");
}

Frame *
vm_frame_alloc(ThreadState *ts)
{
    if (ts->recursion_depth >= ts->interp->recursion_limit ||
        ts->frame_count >= ts->frame_capacity - 1) {
        vm_recursion_error(ts);
        return NULL;
    }
    Frame *f = &ts->frames[ts->frame_count++];
    ts->recursion_depth++;
    f->prev = ts->frame;
    f->gen = VNULL;
    f->locals = VNULL;
    f->is_entry = 0;
    f->lasti = -1;
    ts->frame = f;
    return f;
}

/* ---- error texts (CPython 3.11 ceval.c) ---- */

static const char *
qualname_of(FuncObj *fn)
{
    return str_cstr(fn->qualname);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void
format_names(char *buf, size_t cap, Value *names, int n)
{
    size_t len = 0;
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        const char *sep = "";
        if (i > 0)
            sep = (n == 2) ? " and " : (i == n - 1 ? ", and " : ", ");
        len += (size_t)snprintf(buf + len, len < cap ? cap - len : 0, "%s'%s'", sep,
                                str_cstr(names[i]));
        if (len >= cap)
            break;
    }
}

static void
missing_arguments(ThreadState *ts, FuncObj *fn, Value *names, int n, bool kwonly)
{
    char buf[1024];
    format_names(buf, sizeof buf, names, n);
    exc_raise(ts, &TypeErrorType, "%s() missing %d required %sargument%s: %s", qualname_of(fn),
              n, kwonly ? "keyword-only " : "positional ", n == 1 ? "" : "s", buf);
}

static void
too_many_positional(ThreadState *ts, FuncObj *fn, CodeObj *co, int given, int kwonly_given)
{
    int defcount = fn->defaults ? (int)tuple_as(fn->defaults)->len : 0;
    char sig[64], kwsig[128];
    bool plural;
    if (defcount) {
        plural = true;
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - defcount, co->argcount);
    } else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    kwsig[0] = 0;
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    exc_raise(ts, &TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given",
              qualname_of(fn), sig, plural ? "s" : "", given, kwsig,
              given == 1 && !kwonly_given ? "was" : "were");
}

static bool
name_eq(Value a, Value b)
{
    return a == b || str_eq(str_as(a), str_as(b));
}

/* Keyword `name` matched no parameter: report it as CPython does. */
static void
bad_keyword(ThreadState *ts, FuncObj *fn, CodeObj *co, Value name, Value kwnames, Value *kwvals)
{
    Value *vn = tuple_as(co->varnames)->items;
    for (int i = 0; i < co->posonlyargcount; i++) {
        if (!name_eq(vn[i], name))
            continue;
        /* collect every positional-only name passed as keyword */
        char buf[1024];
        size_t len = 0;
        buf[0] = 0;
        int nkw = (int)tuple_as(kwnames)->len;
        for (int k = 0; k < co->posonlyargcount; k++)
            for (int j = 0; j < nkw; j++)
                if (name_eq(vn[k], tuple_as(kwnames)->items[j]) && len < sizeof buf)
                    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s",
                                            len ? ", " : "", str_cstr(vn[k]));
        exc_raise(ts, &TypeErrorType,
                  "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                  qualname_of(fn), buf);
        return;
    }
    exc_raise(ts, &TypeErrorType, "%s() got an unexpected keyword argument '%s'",
              qualname_of(fn), str_cstr(name));
}

/* Bind keywords into locals; kwdict receives extras if the code has **kw. */
static int
bind_keywords(ThreadState *ts, FuncObj *fn, CodeObj *co, Value *locals, Value kwnames,
              Value *kwvals, Value kwdict)
{
    Value *vn = tuple_as(co->varnames)->items;
    int total = co->argcount + co->kwonlyargcount;
    int nkw = (int)tuple_as(kwnames)->len;
    for (int k = 0; k < nkw; k++) {
        Value name = tuple_as(kwnames)->items[k];
        int j = -1;
        for (int i = co->posonlyargcount; i < total; i++)
            if (vn[i] == name) {
                j = i;
                break;
            }
        if (j < 0)
            for (int i = co->posonlyargcount; i < total; i++)
                if (str_eq(str_as(vn[i]), str_as(name))) {
                    j = i;
                    break;
                }
        if (j < 0) {
            if (kwdict) {
                if (dict_set(ts, kwdict, name, kwvals[k]) < 0)
                    return -1;
                continue;
            }
            bad_keyword(ts, fn, co, name, kwnames, kwvals);
            return -1;
        }
        if (locals[j]) {
            exc_raise(ts, &TypeErrorType, "%s() got multiple values for argument '%s'",
                      qualname_of(fn), str_cstr(name));
            return -1;
        }
        locals[j] = kwvals[k];
    }
    return 0;
}

/* Fill defaults and report missing arguments. */
static int
bind_defaults(ThreadState *ts, FuncObj *fn, CodeObj *co, Value *locals, int nargs)
{
    Value *vn = tuple_as(co->varnames)->items;
    int defcount = fn->defaults ? (int)tuple_as(fn->defaults)->len : 0;
    int firstdef = co->argcount - defcount;
    Value missing[256];
    int nmissing = 0;
    for (int i = nargs; i < co->argcount; i++) {
        if (locals[i])
            continue;
        if (i >= firstdef)
            locals[i] = tuple_as(fn->defaults)->items[i - firstdef];
        else if (nmissing < 256)
            missing[nmissing++] = vn[i];
    }
    if (nmissing) {
        missing_arguments(ts, fn, missing, nmissing, false);
        return -1;
    }
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        if (locals[i])
            continue;
        Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, str_as(vn[i])) : VNULL;
        if (d)
            locals[i] = d;
        else if (nmissing < 256)
            missing[nmissing++] = vn[i];
    }
    if (nmissing) {
        missing_arguments(ts, fn, missing, nmissing, true);
        return -1;
    }
    return 0;
}

/* The general case: keywords, defaults, *args, **kwargs.  The first
 * min(nargs, argcount) arguments already sit in their slots; the extra
 * positional ones and the keyword values are taken out before the other
 * locals are cleared.  No Python code runs here, so no collection can
 * happen while values live only in C temporaries. */
static int
bind_general(ThreadState *ts, FuncObj *fn, CodeObj *co, Value *base, int nargs, Value kwnames)
{
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int total = co->argcount + co->kwonlyargcount;
    int n = nargs < co->argcount ? nargs : co->argcount;
    Value small[16];
    Value *kwv = nkw <= 16 ? small : malloc(sizeof(Value) * (size_t)nkw);
    if (!kwv) {
        exc_no_memory(ts);
        return -1;
    }
    memcpy(kwv, base + nargs, sizeof(Value) * (size_t)nkw);
    int rc = -1;
    Value star = VNULL;
    if (co->flags & CO_VARARGS) {
        star = tuple_from_array(ts, base + n, nargs - n);
        if (!star)
            goto done;
    }
    for (int i = n; i < co->nlocals; i++)
        base[i] = VNULL;
    if (star)
        base[total] = star;
    Value kwdict = VNULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new(ts);
        if (!kwdict)
            goto done;
        base[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    if (nkw && bind_keywords(ts, fn, co, base, kwnames, kwv, kwdict) < 0)
        goto done;
    if (nargs > co->argcount && !(co->flags & CO_VARARGS)) {
        int kwonly_given = 0;
        for (int i = co->argcount; i < total; i++)
            if (base[i])
                kwonly_given++;
        too_many_positional(ts, fn, co, nargs, kwonly_given);
        goto done;
    }
    if (bind_defaults(ts, fn, co, base, n) < 0)
        goto done;
    rc = 0;
done:
    if (kwv != small)
        free(kwv);
    return rc;
}

Frame *
vm_push_function_frame(ThreadState *ts, FuncObj *fn, Value *base, int nargs, Value kwnames)
{
    CodeObj *co = (CodeObj *)val_as_obj(fn->code);
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int need = code_framesize(co);
    if (need < nargs + nkw)
        need = nargs + nkw;
    if (base + need > ts->stack_limit) {
        exc_raise(ts, &MemoryErrorType, "Stack overflow");
        return NULL;
    }
    if (nargs == co->argcount && !nkw &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && !co->kwonlyargcount) {
        for (int i = nargs; i < co->nlocals; i++)
            base[i] = VNULL;
    } else if (bind_general(ts, fn, co, base, nargs, kwnames) < 0) {
        return NULL;
    }
    Value *cells = base + co->nlocals;
    for (int i = 0; i < co->ncellvars; i++) {
        Value c = cell_new(ts, VNULL);
        if (!c)
            return NULL;
        cells[i] = c;
    }
    if (co->nfreevars) {
        TupleObj *cl = tuple_as(fn->closure);
        memcpy(cells + co->ncellvars, cl->items, sizeof(Value) * (size_t)co->nfreevars);
    }
    Frame *f = vm_frame_alloc(ts);
    if (!f)
        return NULL;
    f->func = fn;
    f->code = co;
    f->ip = co->code;
    f->base = base;
    f->sp = base + co->nlocals + co->ncellvars + co->nfreevars;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    ts->stack_top = base + code_framesize(co);
    return f;
}

Value
eval_call_function(ThreadState *ts, Value func, Value *args, int nargs, Value kwnames)
{
    FuncObj *fn = (FuncObj *)val_as_obj(func);
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    Value *base = ts->stack_top;
    if (vm_c_depth_exceeded(ts)) {
        vm_recursion_error(ts);
        return VNULL;
    }
    if (base + nargs + nkw > ts->stack_limit)
        return exc_raise(ts, &MemoryErrorType, "Stack overflow");
    if (nargs + nkw)
        memmove(base, args, sizeof(Value) * (size_t)(nargs + nkw));
    Frame *f = vm_push_function_frame(ts, fn, base, nargs, kwnames);
    if (!f) {
        ts->stack_top = base;
        return VNULL;
    }
    if (((CodeObj *)val_as_obj(fn->code))->flags & CO_GENERATOR) {
        Value g = gen_new_from_frame(ts, f);
        ts->stack_top = base;
        return g;
    }
    f->is_entry = 1;
    ts->c_depth++;
    Value r = vm_run_frame(ts, f, 0);
    ts->c_depth--;
    ts->stack_top = base;
    return r;
}
