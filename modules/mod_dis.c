/* modules/mod_dis.c: the `dis` module: gilpy's bytecode, for learners.
 * SPDX-License-Identifier: MIT
 *
 * dis.dis(x) lists the instructions of a function, method, class, code
 * object or source string in the layout of CPython's dis, with one addition
 * that matters for a GIL: instructions where the eval breaker is checked,
 * the only places where another thread can take over, are marked
 * "<- switch point".  So `x += 1` in a loop shows its load, add and store
 * with no switch point between them.  Offsets are instruction indexes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "../interp/eval.h"
#include "../interp/opcodes.h"
#include "../runtime/dict.h"
#include "../runtime/exc.h"
#include "../runtime/list.h"
#include "../runtime/func.h"
#include "../runtime/str.h"
#include "../runtime/tstate.h"
#include "../runtime/tuple.h"
#include "modules.h"

typedef struct Out {
    char *buf;
    size_t len, cap;
} Out;

static void
out_add(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
out_add(Out *o, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int n = vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
        va_end(ap);
        if (n < 0)
            return;
        if (o->len + (size_t)n < o->cap) {
            o->len += (size_t)n;
            return;
        }
        size_t cap = (o->cap + (size_t)n) * 2 + 256;
        char *b = realloc(o->buf, cap);
        if (!b)
            return;
        o->buf = b;
        o->cap = cap;
    }
}

static bool
is_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
           op == OP_SEND;
}

/* Where ceval.c checks the eval breaker: backward jumps and calls. */
static bool
is_switch_point(int op, uint32_t arg, int i)
{
    if (is_jump(op) && (int)arg <= i)
        return true;
    return op == OP_CALL || op == OP_CALL_KW || op == OP_CALL_METHOD || op == OP_CALL_METHOD_KW ||
           op == OP_CALL_FUNCTION_EX;
}

static bool
is_target(CodeObj *co, int i)
{
    for (int j = 0; j < co->ncode; j++)
        if (is_jump((int)INSTR_OP(co->code[j])) && (int)INSTR_ARG(co->code[j]) == i)
            return true;
    for (int j = 0; j < co->nexctab; j++)
        if (co->exctab[j].target == i)
            return true;
    return false;
}

static const char *
name_at(Value tuple, uint32_t i)
{
    if (!tuple || i >= (uint32_t)tuple_as(tuple)->len || !str_check(tuple_as(tuple)->items[i]))
        return "?";
    return str_cstr(tuple_as(tuple)->items[i]);
}

static const char *const nb_names[NB_COUNT] = {
#define X(n, s, d, r, i) s,
    NB_OPS(X)
#undef X
};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

/* The "(...)" note after an argument, as CPython's dis prints it. */
static int
arg_note(ThreadState *ts, CodeObj *co, int op, uint32_t arg, Out *o)
{
    switch (op) {
    case OP_LOAD_CONST: {
        Value r = obj_repr(ts, tuple_as(co->consts)->items[arg]);
        if (!r)
            return -1;
        out_add(o, " (%s)", str_cstr(r));
        break;
    }
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        out_add(o, " (%s)", name_at(co->varnames, arg));
        break;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
    case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        out_add(o, " (%s)", name_at(co->names, arg));
        break;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
        out_add(o, " (%s)", (int)arg < co->ncellvars
                                ? name_at(co->cellvars, arg)
                                : name_at(co->freevars, arg - (uint32_t)co->ncellvars));
        break;
    case OP_BINARY_OP:
        if (arg < NB_COUNT)
            out_add(o, " (%s)", nb_names[arg]);
        else if (arg - 16 < NB_COUNT)
            out_add(o, " (%s=)", nb_names[arg - 16]);
        break;
    case OP_COMPARE_OP:
        if (arg < 6)
            out_add(o, " (%s)", cmp_names[arg]);
        break;
    default:
        if (is_jump(op))
            out_add(o, " (to %u)", arg);
        break;
    }
    return 0;
}

static int
dis_code(ThreadState *ts, CodeObj *co, Out *o)
{
    int last = -1;
    for (int i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        int op = (int)INSTR_OP(w);
        uint32_t arg = INSTR_ARG(w);
        int line = co->positions ? co->positions[i].line : -1;
        if (line != last && line > 0) {
            out_add(o, "%s%3d", i ? "\n" : "", line);
            last = line;
        } else {
            out_add(o, "   ");
        }
        out_add(o, "     %2s %5d %-24s", is_target(co, i) ? ">>" : "", i, opcode_names[op]);
        size_t start = o->len;
        out_add(o, "%u", arg);
        if (arg_note(ts, co, op, arg, o) < 0)
            return -1;
        if (is_switch_point(op, arg, i))
            out_add(o, "%*s<- switch point", (int)(o->len - start < 24 ? 24 - (o->len - start) : 1),
                    "");
        out_add(o, "\n");
    }
    Value consts = co->consts;
    for (int64_t k = 0; consts && k < tuple_as(consts)->len; k++) {
        Value c = tuple_as(consts)->items[k];
        if (!val_is(c, &CodeType))
            continue;
        CodeObj *sub = (CodeObj *)val_as_obj(c);
        out_add(o, "\nDisassembly of <code object %s, file \"%s\", line %d>:\n",
                str_cstr(sub->name), str_cstr(sub->filename), sub->firstlineno);
        if (dis_code(ts, sub, o) < 0)
            return -1;
    }
    return 0;
}

/* The code object behind x, or VNULL with TypeError. */
static Value
code_of(ThreadState *ts, Value x)
{
    if (val_is(x, &MethodType))
        x = ((MethodObj *)val_as_obj(x))->func;
    if (val_is(x, &FunctionType))
        return ((FuncObj *)val_as_obj(x))->code;
    if (val_is(x, &CodeType))
        return x;
    if (str_check(x))
        return compile_source(ts, str_cstr(x), (size_t)str_as(x)->size, "<dis>", "exec");
    return exc_raise(ts, &TypeErrorType, "don't know how to disassemble %s objects",
                     obj_type_name(x));
}

static int
write_out(ThreadState *ts, Value file, Out *o)
{
    Value out = file && file != V_NONE ? file : sys_get(ts, "stdout");
    int rc = 0;
    if (o->buf && out)
        rc = file_write_cstr(ts, out, o->buf);
    free(o->buf);
    o->buf = NULL;
    o->len = o->cap = 0;
    return rc;
}

static int dis_any(ThreadState *ts, Value x, Value file);

/* A class: each method-like attribute in name order, as CPython's dis does. */
static int
dis_class(ThreadState *ts, Type *t, Value file)
{
    Value d = t->dict;
    Value keys = list_new(ts, 0);
    if (!keys)
        return -1;
    ts_push_root(ts, keys);
    Value k, v;
    int rc = 0;
    for (int64_t pos = 0; d && rc == 0 && dict_next(d, &pos, &k, &v);)
        if (str_check(k))
            rc = list_append(ts, keys, k);
    if (rc == 0)
        rc = list_sort(ts, keys, VNULL, false);
    for (int64_t i = 0; rc == 0 && i < list_as(keys)->len; i++) {
        Value name = list_as(keys)->items[i];
        Value x = dict_get_str(d, str_as(name));
        if (!x || !(val_is(x, &MethodType) || val_is(x, &FunctionType) || val_is(x, &CodeType) ||
                    val_is(x, &ClassMethodType) || val_is(x, &StaticMethodType) ||
                    val_isinstance(x, &TypeType)))
            continue;
        Out o = {0};
        out_add(&o, "Disassembly of %s:\n", str_cstr(name));
        rc = write_out(ts, file, &o);
        if (rc == 0 && dis_any(ts, x, file) < 0) {
            if (!exc_matches(ts, &TypeErrorType)) {
                rc = -1;
                break;
            }
            Value e = exc_fetch(ts);
            Value msg = obj_str(ts, e);
            if (!msg)
                exc_clear(ts);
            out_add(&o, "Sorry: %s\n", msg ? str_cstr(msg) : "");
        }
        out_add(&o, "\n");
        if (rc == 0)
            rc = write_out(ts, file, &o);
    }
    ts_pop_roots(ts, 1);
    return rc;
}

static int
dis_any(ThreadState *ts, Value x, Value file)
{
    if (val_is(x, &ClassMethodType) || val_is(x, &StaticMethodType)) {
        x = obj_getattr_cstr(ts, x, "__func__");
        if (!x)
            return -1;
    }
    if (val_isinstance(x, &TypeType))
        return dis_class(ts, (Type *)val_as_obj(x), file);
    if (val_is(x, &GeneratorType)) {
        x = obj_getattr_cstr(ts, x, "gi_code");
        if (!x)
            return -1;
    }
    Value code = code_of(ts, x);
    if (!code)
        return -1;
    Out o = {0};
    int rc = dis_code(ts, (CodeObj *)val_as_obj(code), &o);
    if (rc == 0)
        return write_out(ts, file, &o);
    free(o.buf);
    return rc;
}

static Value
dis_dis(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"x", "file", "depth", "show_caches", "adaptive", NULL};
    Value a[5];
    if (mod_parse_args(ts, "dis", args, nargs, kwnames, names, 1, 0, a) < 0)
        return VNULL;
    if (!a[0] || a[0] == V_NONE)
        return exc_raise(ts, &RuntimeErrorType, "no last traceback to disassemble");
    return dis_any(ts, a[0], a[1]) < 0 ? VNULL : V_NONE;
}

static const MethodDef dis_functions[] = {
    {"dis", dis_dis, 0},
    {NULL, NULL, 0},
};

Value
mod_dis_init(ThreadState *ts)
{
    Value m = module_new(ts, "dis");
    if (!m || module_add_functions(ts, m, dis_functions) < 0)
        return VNULL;
    return m;
}
