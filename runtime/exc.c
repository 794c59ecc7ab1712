/* runtime/exc.c: the builtin exception hierarchy and the raising API.
 * SPDX-License-Identifier: MIT
 *
 * Every exception type shares the ExcObj layout; subclasses keep their
 * extra attributes (SystemExit.code, OSError.errno, ...) in ExcObj.fields
 * at the fixed indices below, exposed through getsets.  Raising from C
 * formats the message, builds t(message) and stores it in ts->exc, setting
 * __context__ from the exception being handled as CPython's
 * _PyErr_SetObject does.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

/* Field indices inside ExcObj.fields, per family. */
enum { F_VALUE = 0 };                                  /* StopIteration */
enum { F_CODE = 0 };                                   /* SystemExit */
enum { F_ERRNO = 0, F_STRERROR, F_FILENAME, F_FILENAME2 }; /* OSError */
enum { F_SMSG = 0, F_SFILENAME, F_SLINENO, F_SOFFSET, F_STEXT, F_SEND_LINENO, F_SEND_OFFSET,
       F_SPRINT }; /* SyntaxError */
enum { F_IMSG = 0, F_INAME, F_IPATH };                 /* ImportError */
enum { F_NNAME = 0, F_NOBJ };                          /* NameError, AttributeError */
enum { F_UENC = 0, F_UOBJ, F_USTART, F_UEND, F_UREASON }; /* UnicodeError */

static Value
or_none(Value v)
{
    return v ? v : V_NONE;
}

static Value
none_to_null(Value v)
{
    return v == V_NONE ? VNULL : v;
}

/* ---- allocation and the BaseException protocol ---- */

static void
exc_mark(GC *gc, Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    gc_mark(gc, e->dict);
    gc_mark(gc, e->args);
    gc_mark(gc, e->traceback);
    gc_mark(gc, e->cause);
    gc_mark(gc, e->context);
    gc_mark(gc, e->notes);
    gc_mark_array(gc, e->fields, 8);
}

static ExcObj *
exc_alloc(ThreadState *ts, Type *t, Value *args, int nargs)
{
    size_t size = t->basicsize ? t->basicsize : sizeof(ExcObj);
    ExcObj *e = gc_alloc(ts, t, size);
    if (!e)
        return NULL;
    e->args = tuple_from_array(ts, args, nargs);
    if (!e->args)
        return NULL;
    return e;
}

static Value
base_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    ExcObj *e = exc_alloc(ts, t, args, nargs);
    return e ? val_from_obj(e) : VNULL;
}

/* The bare class name, as _PyType_Name gives it. */
static const char *
type_short_name(Type *t)
{
    const char *n = t->name_obj ? str_cstr(t->name_obj) : t->name;
    const char *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

static int
no_kwargs(ThreadState *ts, Value self, Value kwnames)
{
    if (kwnames && tuple_as(kwnames)->len > 0) {
        exc_raise(ts, &TypeErrorType, "%s() takes no keyword arguments",
                  type_short_name(val_type(self)));
        return -1;
    }
    return 0;
}

static int
set_args(ThreadState *ts, Value self, Value *args, int nargs)
{
    /* new_ already stored the same arguments: keep that tuple (raise is hot). */
    Value cur = exc_as(self)->args;
    if (cur && tuple_as(cur)->len == nargs) {
        int i = 0;
        while (i < nargs && tuple_as(cur)->items[i] == args[i])
            i++;
        if (i == nargs)
            return 0;
    }
    Value t = tuple_from_array(ts, args, nargs);
    if (!t)
        return -1;
    exc_as(self)->args = t;
    return 0;
}

static int
base_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (no_kwargs(ts, self, kwnames) < 0)
        return -1;
    return set_args(ts, self, args, nargs);
}

static int64_t
args_len(ExcObj *e)
{
    return e->args ? tuple_as(e->args)->len : 0;
}

static Value
base_str(ThreadState *ts, Value self)
{
    ExcObj *e = exc_as(self);
    int64_t n = args_len(e);
    if (n == 0)
        return str_from_cstr(ts, "");
    if (n == 1)
        return obj_str(ts, tuple_as(e->args)->items[0]);
    return obj_str(ts, e->args);
}

static Value
base_repr(ThreadState *ts, Value self)
{
    ExcObj *e = exc_as(self);
    const char *name = type_short_name(val_type(self));
    Value r;
    if (args_len(e) == 1)
        r = obj_repr(ts, tuple_as(e->args)->items[0]);
    else
        r = obj_repr(ts, e->args ? e->args : tuple_new(ts, 0));
    if (!r)
        return VNULL;
    if (args_len(e) == 1)
        return str_from_fmt(ts, "%s(%s)", name, str_cstr(r));
    return str_from_fmt(ts, "%s%s", name, str_cstr(r));
}

/* ---- BaseException methods and getsets ---- */

static Value
m_with_traceback(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "with_traceback", kwnames) < 0 ||
        arg_check_count(ts, "with_traceback", nargs - 1, 1, 1) < 0)
        return VNULL;
    Value tb = args[1];
    if (tb != V_NONE && !val_is(tb, &TracebackType)) {
        return exc_raise(ts, &TypeErrorType, "__traceback__ must be a traceback or None");
    }
    exc_as(args[0])->traceback = none_to_null(tb);
    return args[0];
}

static Value
m_add_note(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "add_note", kwnames) < 0 ||
        arg_check_count(ts, "add_note", nargs - 1, 1, 1) < 0)
        return VNULL;
    Value note = args[1];
    if (!str_check(note))
        return exc_raise(ts, &TypeErrorType, "note must be a str, not '%s'", obj_type_name(note));
    StrObj *nm = str_intern(ts, "__notes__");
    if (!nm)
        return VNULL;
    Value notes = obj_lookup_attr(ts, args[0], nm);
    if (!notes) {
        if (ts_has_exc(ts))
            return VNULL;
        notes = list_new(ts, 1);
        if (!notes || obj_setattr(ts, args[0], nm, notes) < 0)
            return VNULL;
    }
    if (!list_check(notes))
        return exc_raise(ts, &TypeErrorType, "Cannot add note: __notes__ is not a list");
    if (list_append(ts, notes, note) < 0)
        return VNULL;
    return V_NONE;
}

static Value
m_reduce(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    ExcObj *e = exc_as(args[0]);
    Type *t = val_type(args[0]);
    if (e->dict && dict_as(e->dict)->used)
        return tuple_pack(ts, 3, val_from_obj(t), e->args, e->dict);
    return tuple_pack(ts, 2, val_from_obj(t), e->args);
}

static const MethodDef base_methods[] = {
    {"with_traceback", m_with_traceback, 0},
    {"add_note", m_add_note, 0},
    {"__reduce__", m_reduce, 0},
    {NULL},
};

static Value
g_args(ThreadState *ts, Value self)
{
    return exc_as(self)->args ? exc_as(self)->args : tuple_new(ts, 0);
}

static int
s_args(ThreadState *ts, Value self, Value v)
{
    if (!v) {
        exc_raise(ts, &TypeErrorType, "args may not be deleted");
        return -1;
    }
    Value t = tuple_from_iterable(ts, v);
    if (!t)
        return -1;
    exc_as(self)->args = t;
    return 0;
}

static Value
g_traceback(ThreadState *ts, Value self)
{
    return or_none(exc_as(self)->traceback);
}

static int
s_traceback(ThreadState *ts, Value self, Value v)
{
    if (!v) {
        exc_raise(ts, &TypeErrorType, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != V_NONE && !val_is(v, &TracebackType)) {
        exc_raise(ts, &TypeErrorType, "__traceback__ must be a traceback or None");
        return -1;
    }
    exc_as(self)->traceback = none_to_null(v);
    return 0;
}

static Value
g_cause(ThreadState *ts, Value self)
{
    return or_none(exc_as(self)->cause);
}

/* __cause__ / __context__ (`attr`): None or an exception, never deleted. */
static int
set_chain(ThreadState *ts, Value *slot, Value v, const char *attr, const char *what)
{
    if (!v) {
        exc_raise(ts, &TypeErrorType, "%s may not be deleted", attr);
        return -1;
    }
    if (v != V_NONE && !val_isinstance(v, &BaseExceptionType)) {
        exc_raise(ts, &TypeErrorType, "exception %s must be None or derive from BaseException",
                  what);
        return -1;
    }
    *slot = none_to_null(v);
    return 0;
}

static int
s_cause(ThreadState *ts, Value self, Value v)
{
    if (set_chain(ts, &exc_as(self)->cause, v, "__cause__", "cause") < 0)
        return -1;
    exc_as(self)->suppress_context = 1;
    return 0;
}

static Value
g_context(ThreadState *ts, Value self)
{
    return or_none(exc_as(self)->context);
}

static int
s_context(ThreadState *ts, Value self, Value v)
{
    return set_chain(ts, &exc_as(self)->context, v, "__context__", "context");
}

static Value
g_suppress(ThreadState *ts, Value self)
{
    return val_bool(exc_as(self)->suppress_context);
}

static int
s_suppress(ThreadState *ts, Value self, Value v)
{
    if (!v) {
        exc_raise(ts, &TypeErrorType, "can't delete attribute");
        return -1;
    }
    int b = obj_truth(ts, v);
    if (b < 0)
        return -1;
    exc_as(self)->suppress_context = (uint8_t)b;
    return 0;
}

static const GetSetDef base_getsets[] = {
    {"args", g_args, s_args},
    {"__traceback__", g_traceback, s_traceback},
    {"__cause__", g_cause, s_cause},
    {"__context__", g_context, s_context},
    {"__suppress_context__", g_suppress, s_suppress},
    {NULL},
};

/* Generic accessors for ExcObj.fields, generated per (name, index). */
#define FIELD_GETSET(fam, attr, idx)                                                           \
    static Value g_##fam##_##attr(ThreadState *ts, Value self)                               \
    {                                                                                          \
        return or_none(exc_as(self)->fields[idx]);                                             \
    }                                                                                          \
    static int s_##fam##_##attr(ThreadState *ts, Value self, Value v)                         \
    {                                                                                          \
        exc_as(self)->fields[idx] = (v == V_NONE) ? VNULL : v;                                 \
        return 0;                                                                              \
    }
#define FIELD_DEF(fam, attr) {#attr, g_##fam##_##attr, s_##fam##_##attr}

/* ---- StopIteration, SystemExit ---- */

FIELD_GETSET(stop, value, F_VALUE)
static int
stop_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (base_init(ts, self, args, nargs, kwnames) < 0)
        return -1;
    exc_as(self)->fields[F_VALUE] = nargs > 0 ? args[0] : VNULL;
    return 0;
}
static const GetSetDef stop_getsets[] = {FIELD_DEF(stop, value), {NULL}};

FIELD_GETSET(sysexit, code, F_CODE)
static int
sysexit_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (base_init(ts, self, args, nargs, kwnames) < 0)
        return -1;
    ExcObj *e = exc_as(self);
    e->fields[F_CODE] = nargs == 0 ? VNULL : nargs == 1 ? args[0] : e->args;
    return 0;
}
static const GetSetDef sysexit_getsets[] = {FIELD_DEF(sysexit, code), {NULL}};

/* ---- KeyError ---- */

static Value
keyerror_str(ThreadState *ts, Value self)
{
    ExcObj *e = exc_as(self);
    if (args_len(e) == 1)
        return obj_repr(ts, tuple_as(e->args)->items[0]);
    return base_str(ts, self);
}

/* ---- keyword parsing shared by ImportError / NameError / AttributeError ---- */

/* Store keyword arguments named in `names` into fields[idx[i]]; any other
 * keyword raises "'x' is an invalid keyword argument for T()". */
static int
take_kwargs(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames,
            const char *const *names, const int *idx)
{
    if (!kwnames)
        return 0;
    TupleObj *kw = tuple_as(kwnames);
    for (int64_t i = 0; i < kw->len; i++) {
        const char *k = str_cstr(kw->items[i]);
        int j = 0;
        while (names[j] && strcmp(names[j], k) != 0)
            j++;
        if (!names[j]) {
            exc_raise(ts, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", k,
                      type_short_name(val_type(self)));
            return -1;
        }
        exc_as(self)->fields[idx[j]] = args[nargs + i];
    }
    return 0;
}

FIELD_GETSET(imp, msg, F_IMSG)
FIELD_GETSET(imp, name, F_INAME)
FIELD_GETSET(imp, path, F_IPATH)

static int
import_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"name", "path", NULL};
    static const int idx[] = {F_INAME, F_IPATH};
    if (take_kwargs(ts, self, args, nargs, kwnames, names, idx) < 0)
        return -1;
    if (set_args(ts, self, args, nargs) < 0)
        return -1;
    exc_as(self)->fields[F_IMSG] = nargs == 1 ? args[0] : VNULL;
    return 0;
}

static Value
import_str(ThreadState *ts, Value self)
{
    Value m = exc_as(self)->fields[F_IMSG];
    if (m && str_check_exact(m))
        return m;
    return base_str(ts, self);
}
static const GetSetDef import_getsets[] = {FIELD_DEF(imp, msg), FIELD_DEF(imp, name),
                                           FIELD_DEF(imp, path), {NULL}};

FIELD_GETSET(name, name, F_NNAME)
FIELD_GETSET(name, obj, F_NOBJ)

static int
name_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"name", NULL};
    static const int idx[] = {F_NNAME};
    if (take_kwargs(ts, self, args, nargs, kwnames, names, idx) < 0)
        return -1;
    return set_args(ts, self, args, nargs);
}

static int
attr_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"name", "obj", NULL};
    static const int idx[] = {F_NNAME, F_NOBJ};
    if (take_kwargs(ts, self, args, nargs, kwnames, names, idx) < 0)
        return -1;
    return set_args(ts, self, args, nargs);
}
static const GetSetDef name_getsets[] = {FIELD_DEF(name, name), {NULL}};
static const GetSetDef attr_getsets[] = {FIELD_DEF(name, name), FIELD_DEF(name, obj), {NULL}};

/* ---- OSError ---- */

FIELD_GETSET(os, errno, F_ERRNO)
FIELD_GETSET(os, strerror, F_STRERROR)
FIELD_GETSET(os, filename, F_FILENAME)
FIELD_GETSET(os, filename2, F_FILENAME2)

static Type *
errno_subclass(int err)
{
    switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return &BlockingIOErrorType;
    case ECHILD: return &ChildProcessErrorType;
    case EPIPE: case ESHUTDOWN: return &BrokenPipeErrorType;
    case ECONNABORTED: return &ConnectionAbortedErrorType;
    case ECONNREFUSED: return &ConnectionRefusedErrorType;
    case ECONNRESET: return &ConnectionResetErrorType;
    case EEXIST: return &FileExistsErrorType;
    case ENOENT: return &FileNotFoundErrorType;
    case EISDIR: return &IsADirectoryErrorType;
    case ENOTDIR: return &NotADirectoryErrorType;
    case EINTR: return &InterruptedErrorType;
    case EACCES: case EPERM: return &PermissionErrorType;
    case ESRCH: return &ProcessLookupErrorType;
    case ETIMEDOUT: return &TimeoutErrorType;
    default: return NULL;
    }
}

static Value
oserror_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (t == &OSErrorType && nargs >= 2 && val_is_int(args[0])) {
        Type *sub = errno_subclass((int)val_as_int(args[0]));
        if (sub)
            t = sub;
    }
    return base_new(ts, t, args, nargs, kwnames);
}

static int
oserror_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (no_kwargs(ts, self, kwnames) < 0)
        return -1;
    ExcObj *e = exc_as(self);
    if (nargs >= 2 && nargs <= 5) {
        e->fields[F_ERRNO] = args[0];
        e->fields[F_STRERROR] = args[1];
        if (nargs >= 3 && args[2] != V_NONE) {
            e->fields[F_FILENAME] = args[2];
            if (nargs == 5)
                e->fields[F_FILENAME2] = none_to_null(args[4]);
            return set_args(ts, self, args, 2);
        }
    }
    return set_args(ts, self, args, nargs);
}

static Value
oserror_str(ThreadState *ts, Value self)
{
    ExcObj *e = exc_as(self);
    Value no = e->fields[F_ERRNO], se = e->fields[F_STRERROR];
    Value fn = e->fields[F_FILENAME], fn2 = e->fields[F_FILENAME2];
    if (fn) {
        Value a = obj_str(ts, or_none(no)), b = a ? obj_str(ts, or_none(se)) : VNULL;
        Value c = b ? obj_repr(ts, fn) : VNULL;
        if (!c)
            return VNULL;
        if (fn2) {
            Value d = obj_repr(ts, fn2);
            if (!d)
                return VNULL;
            return str_from_fmt(ts, "[Errno %s] %s: %s -> %s", str_cstr(a), str_cstr(b),
                                str_cstr(c), str_cstr(d));
        }
        return str_from_fmt(ts, "[Errno %s] %s: %s", str_cstr(a), str_cstr(b), str_cstr(c));
    }
    if (no && se) {
        Value a = obj_str(ts, no), b = a ? obj_str(ts, se) : VNULL;
        if (!b)
            return VNULL;
        return str_from_fmt(ts, "[Errno %s] %s", str_cstr(a), str_cstr(b));
    }
    return base_str(ts, self);
}
static const GetSetDef oserror_getsets[] = {FIELD_DEF(os, errno), FIELD_DEF(os, strerror),
                                            FIELD_DEF(os, filename), FIELD_DEF(os, filename2),
                                            {NULL}};

/* ---- SyntaxError ---- */

FIELD_GETSET(syn, msg, F_SMSG)
FIELD_GETSET(syn, filename, F_SFILENAME)
FIELD_GETSET(syn, lineno, F_SLINENO)
FIELD_GETSET(syn, offset, F_SOFFSET)
FIELD_GETSET(syn, text, F_STEXT)
FIELD_GETSET(syn, end_lineno, F_SEND_LINENO)
FIELD_GETSET(syn, end_offset, F_SEND_OFFSET)
FIELD_GETSET(syn, print_file_and_line, F_SPRINT)

static int
syntax_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (base_init(ts, self, args, nargs, kwnames) < 0)
        return -1;
    ExcObj *e = exc_as(self);
    if (nargs >= 1)
        e->fields[F_SMSG] = args[0];
    if (nargs == 2) {
        Value info = tuple_from_iterable(ts, args[1]);
        if (!info)
            return -1;
        TupleObj *t = tuple_as(info);
        if (t->len < 4 || t->len > 6) {
            exc_raise(ts, &TypeErrorType, "function takes at least 4 arguments (%d given)",
                      (int)t->len);
            if (t->len > 6)
                exc_raise(ts, &TypeErrorType, "function takes at most 6 arguments (%d given)",
                          (int)t->len);
            return -1;
        }
        for (int64_t i = 0; i < t->len; i++)
            e->fields[F_SFILENAME + i] = none_to_null(t->items[i]);
    }
    return 0;
}

static Value
syntax_str(ThreadState *ts, Value self)
{
    ExcObj *e = exc_as(self);
    Value fn = e->fields[F_SFILENAME], ln = e->fields[F_SLINENO];
    Value msg = obj_str(ts, or_none(e->fields[F_SMSG]));
    if (!msg)
        return VNULL;
    const char *base = NULL;
    if (fn && str_check(fn)) {
        base = strrchr(str_cstr(fn), '/');
        base = base ? base + 1 : str_cstr(fn);
    }
    bool have_line = ln && val_is_int(ln);
    if (!base && !have_line)
        return msg;
    if (base && have_line)
        return str_from_fmt(ts, "%s (%s, line %lld)", str_cstr(msg), base,
                            (long long)val_as_int(ln));
    if (base)
        return str_from_fmt(ts, "%s (%s)", str_cstr(msg), base);
    return str_from_fmt(ts, "%s (line %lld)", str_cstr(msg), (long long)val_as_int(ln));
}
static const GetSetDef syntax_getsets[] = {
    FIELD_DEF(syn, msg),        FIELD_DEF(syn, filename), FIELD_DEF(syn, lineno),
    FIELD_DEF(syn, offset),     FIELD_DEF(syn, text),     FIELD_DEF(syn, end_lineno),
    FIELD_DEF(syn, end_offset), FIELD_DEF(syn, print_file_and_line), {NULL}};

/* ---- UnicodeError family ---- */

FIELD_GETSET(uni, encoding, F_UENC)
FIELD_GETSET(uni, object, F_UOBJ)
FIELD_GETSET(uni, start, F_USTART)
FIELD_GETSET(uni, end, F_UEND)
FIELD_GETSET(uni, reason, F_UREASON)

static int
unicode_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (base_init(ts, self, args, nargs, kwnames) < 0)
        return -1;
    Type *t = val_type(self);
    bool translate = t == &UnicodeTranslateErrorType || type_is_subtype(t, &UnicodeTranslateErrorType);
    int want = translate ? 4 : 5;
    if (nargs != want) {
        exc_raise(ts, &TypeErrorType, "function takes exactly %d arguments (%d given)", want, nargs);
        return -1;
    }
    ExcObj *e = exc_as(self);
    int k = 0;
    if (!translate)
        e->fields[F_UENC] = args[k++];
    e->fields[F_UOBJ] = args[k++];
    e->fields[F_USTART] = args[k++];
    e->fields[F_UEND] = args[k++];
    e->fields[F_UREASON] = args[k++];
    return 0;
}

static Value
unicode_str(ThreadState *ts, Value self)
{
    ExcObj *e = exc_as(self);
    Value st = e->fields[F_USTART], en = e->fields[F_UEND];
    if (!e->fields[F_UREASON] || !st || !en || !val_is_int(st) || !val_is_int(en))
        return base_str(ts, self);
    Value reason = obj_str(ts, e->fields[F_UREASON]);
    Value enc = reason ? obj_str(ts, or_none(e->fields[F_UENC])) : VNULL;
    if (!enc)
        return VNULL;
    int64_t s = val_as_int(st), n = val_as_int(en);
    bool decode = val_isinstance(self, &UnicodeDecodeErrorType);
    if (val_isinstance(self, &UnicodeTranslateErrorType)) {
        if (n == s + 1) {
            Value ch = obj_getitem(ts, or_none(e->fields[F_UOBJ]), st);
            if (!ch)
                return VNULL;
            uint32_t cp = 0;
            if (str_check(ch))
                utf8_decode(str_cstr(ch), &cp);
            const char *fmt = cp < 0x100    ? "can't translate character '\\x%02x' in position %lld: %s"
                              : cp < 0x10000 ? "can't translate character '\\u%04x' in position %lld: %s"
                                             : "can't translate character '\\U%08x' in position %lld: %s";
            return str_from_fmt(ts, fmt, (unsigned)cp, (long long)s, str_cstr(reason));
        }
        return str_from_fmt(ts, "can't translate characters in position %lld-%lld: %s",
                            (long long)s, (long long)(n - 1), str_cstr(reason));
    }
    if (n == s + 1) {
        Value b = obj_getitem(ts, or_none(e->fields[F_UOBJ]), st);
        if (!b)
            return VNULL;
        int64_t c = val_is_int(b) ? val_as_int(b) : 0;
        if (str_check(b)) {
            uint32_t cp = 0;
            utf8_decode(str_cstr(b), &cp);
            c = cp;
        }
        const char *fmt = decode ? "'%s' codec can't decode byte 0x%02llx in position %lld: %s"
                          : c < 0x100  ? "'%s' codec can't encode character '\\x%02llx' in position %lld: %s"
                          : c < 0x10000 ? "'%s' codec can't encode character '\\u%04llx' in position %lld: %s"
                                        : "'%s' codec can't encode character '\\U%08llx' in position %lld: %s";
        return str_from_fmt(ts, fmt, str_cstr(enc), (long long)c, (long long)s, str_cstr(reason));
    }
    return str_from_fmt(ts, "'%s' codec can't %s in position %lld-%lld: %s",
                        str_cstr(enc), decode ? "decode bytes" : "encode characters", (long long)s,
                        (long long)(n - 1), str_cstr(reason));
}
static const GetSetDef unicode_getsets[] = {
    FIELD_DEF(uni, encoding), FIELD_DEF(uni, object), FIELD_DEF(uni, start),
    FIELD_DEF(uni, end), FIELD_DEF(uni, reason), {NULL}};

/* ---- BaseExceptionGroup / ExceptionGroup ---- */

enum { F_GMSG = 0, F_GEXCS };

static Value
group_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (kwnames && tuple_as(kwnames)->len > 0)
        return exc_raise(ts, &TypeErrorType, "%s() takes no keyword arguments",
                         type_short_name(t));
    if (nargs != 2)
        return exc_raise(ts, &TypeErrorType,
                         "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
    if (!str_check(args[0]))
        return exc_raise(ts, &TypeErrorType,
                         "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                         obj_type_name(args[0]));
    Value seq = args[1];
    if (!tuple_check(seq) && !val_isinstance(seq, &ListType))
        return exc_raise(ts, &TypeErrorType, "second argument (exceptions) must be a sequence");
    Value excs = tuple_check(seq) ? seq : tuple_from_iterable(ts, seq);
    if (!excs)
        return VNULL;
    TupleObj *x = tuple_as(excs);
    if (x->len == 0)
        return exc_raise(ts, &ValueErrorType,
                         "second argument (exceptions) must be a non-empty sequence");
    bool all_exc = true;
    for (int64_t i = 0; i < x->len; i++) {
        if (!val_isinstance(x->items[i], &BaseExceptionType))
            return exc_raise(ts, &ValueErrorType,
                             "Item %lld of second argument (exceptions) is not an exception",
                             (long long)i);
        all_exc = all_exc && val_isinstance(x->items[i], &ExceptionType);
    }
    if (t == &BaseExceptionGroupType) {
        if (all_exc)
            t = &ExceptionGroupType;
    } else if (t == &ExceptionGroupType) {
        if (!all_exc)
            return exc_raise(ts, &TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!all_exc && type_is_subtype(t, &ExceptionType)) {
        return exc_raise(ts, &TypeErrorType, "Cannot nest BaseExceptions in '%s'",
                         type_short_name(t));
    }
    ExcObj *e = exc_alloc(ts, t, args, nargs);
    if (!e)
        return VNULL;
    e->fields[F_GMSG] = args[0];
    e->fields[F_GEXCS] = excs;
    return val_from_obj(e);
}

static int
group_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    return 0; /* __new__ did it all, as in CPython */
}

static Value
group_str(ThreadState *ts, Value self)
{
    ExcObj *e = exc_as(self);
    int64_t n = e->fields[F_GEXCS] ? tuple_as(e->fields[F_GEXCS])->len : 0;
    Value m = e->fields[F_GMSG] ? obj_str(ts, e->fields[F_GMSG]) : str_from_cstr(ts, "");
    if (!m)
        return VNULL;
    return str_from_fmt(ts, "%s (%lld sub-exception%s)", str_cstr(m), (long long)n,
                        n == 1 ? "" : "s");
}

static Value
g_group_message(ThreadState *ts, Value self)
{
    return or_none(exc_as(self)->fields[F_GMSG]);
}
static Value
g_group_exceptions(ThreadState *ts, Value self)
{
    return or_none(exc_as(self)->fields[F_GEXCS]);
}
static const GetSetDef group_getsets[] = {{"message", g_group_message, NULL},
                                          {"exceptions", g_group_exceptions, NULL},
                                          {NULL}};

static Value
m_group_derive(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "derive", kwnames) < 0 || arg_check_count(ts, "derive", nargs - 1, 1, 1) < 0)
        return VNULL;
    Value a[2] = {or_none(exc_as(args[0])->fields[F_GMSG]), args[1]};
    return group_new(ts, &BaseExceptionGroupType, a, 2, VNULL);
}

/* A condition for split/subgroup: exception type(s) or a predicate. */
static int
group_cond_kind(ThreadState *ts, Value cond)
{
    bool types = false;
    if (val_isinstance(cond, &TypeType)) {
        types = type_is_subtype((Type *)val_as_obj(cond), &BaseExceptionType);
    } else if (tuple_check(cond)) {
        types = true;
        for (int64_t i = 0; i < tuple_as(cond)->len && types; i++) {
            Value c = tuple_as(cond)->items[i];
            types = val_isinstance(c, &TypeType) &&
                    type_is_subtype((Type *)val_as_obj(c), &BaseExceptionType);
        }
    }
    if (types)
        return 0;
    if (obj_is_callable(cond) && !val_isinstance(cond, &TypeType))
        return 1;
    exc_raise(ts, &TypeErrorType, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int
group_matches(ThreadState *ts, Value exc, Value cond, int kind)
{
    if (kind == 0)
        return exc_value_matches(ts, exc, cond);
    Value r = obj_call1(ts, cond, exc);
    return r ? obj_truth(ts, r) : -1;
}

/* derive(items) keeping the traceback, cause, context and notes of self. */
static Value
group_derive_copy(ThreadState *ts, Value self, Value items)
{
    Value m = obj_getattr_cstr(ts, self, "derive");
    Value g = m ? obj_call1(ts, m, items) : VNULL;
    if (!g)
        return VNULL;
    if (!val_isinstance(g, &BaseExceptionGroupType))
        return exc_raise(ts, &TypeErrorType, "derive must return an instance of BaseExceptionGroup");
    ExcObj *s = exc_as(self), *d = exc_as(g);
    d->traceback = s->traceback;
    d->cause = s->cause;
    d->context = s->context;
    d->notes = s->notes;
    return g;
}

/* Split exc by cond into *match and *rest (VNULL for "nothing"). */
static int
group_split_rec(ThreadState *ts, Value exc, Value cond, int kind, bool want_rest, Value *match,
                Value *rest)
{
    *match = *rest = VNULL;
    int r = group_matches(ts, exc, cond, kind);
    if (r < 0)
        return -1;
    if (r) {
        *match = exc;
        return 0;
    }
    if (!val_isinstance(exc, &BaseExceptionGroupType)) {
        *rest = exc;
        return 0;
    }
    Value ml = list_new(ts, 0), rl = list_new(ts, 0);
    if (!ml || !rl)
        return -1;
    ts_push_root(ts, exc);
    ts_push_root(ts, ml);
    ts_push_root(ts, rl);
    int rc = 0;
    Value excs = exc_as(exc)->fields[F_GEXCS];
    for (int64_t i = 0; excs && i < tuple_as(excs)->len && rc == 0; i++) {
        Value m, rr;
        rc = group_split_rec(ts, tuple_as(excs)->items[i], cond, kind, want_rest, &m, &rr);
        if (rc == 0 && m)
            rc = list_append(ts, ml, m);
        if (rc == 0 && rr && want_rest)
            rc = list_append(ts, rl, rr);
    }
    if (rc == 0 && list_as(ml)->len) {
        *match = group_derive_copy(ts, exc, ml);
        rc = *match ? 0 : -1;
    }
    if (rc == 0 && list_as(rl)->len) {
        if (*match)
            ts_push_root(ts, *match);
        *rest = group_derive_copy(ts, exc, rl);
        if (*match)
            ts_pop_roots(ts, 1);
        rc = *rest ? 0 : -1;
    }
    ts_pop_roots(ts, 3);
    return rc;
}

static Value
m_group_split(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "split", kwnames) < 0 || arg_check_count(ts, "split", nargs - 1, 1, 1) < 0)
        return VNULL;
    int kind = group_cond_kind(ts, args[1]);
    Value m, r;
    if (kind < 0 || group_split_rec(ts, args[0], args[1], kind, true, &m, &r) < 0)
        return VNULL;
    return tuple_pack(ts, 2, or_none(m), or_none(r));
}

static Value
m_group_subgroup(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "subgroup", kwnames) < 0 ||
        arg_check_count(ts, "subgroup", nargs - 1, 1, 1) < 0)
        return VNULL;
    int kind = group_cond_kind(ts, args[1]);
    Value m, r;
    if (kind < 0 || group_split_rec(ts, args[0], args[1], kind, false, &m, &r) < 0)
        return VNULL;
    return or_none(m);
}

static const MethodDef group_methods[] = {
    {"derive", m_group_derive, 0},
    {"split", m_group_split, 0},
    {"subgroup", m_group_subgroup, 0},
    {NULL},
};

/* ---- the Type objects ---- */

#define EXC_COMMON(n) .name = #n, .flags = TF_BASETYPE | TF_EXC_SUBCLASS, \
                      .basicsize = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict)

Type BaseExceptionType = {EXC_COMMON(BaseException), .parent = &ObjectType, .mark = exc_mark,
                          .repr = base_repr, .str = base_str, .new_ = base_new,
                          .init = base_init, .methods = base_methods, .getsets = base_getsets};
Type SystemExitType = {EXC_COMMON(SystemExit), .parent = &BaseExceptionType,
                       .init = sysexit_init, .getsets = sysexit_getsets};
Type StopIterationType = {EXC_COMMON(StopIteration), .parent = &ExceptionType,
                          .init = stop_init, .getsets = stop_getsets};
Type KeyErrorType = {EXC_COMMON(KeyError), .parent = &LookupErrorType, .str = keyerror_str};
Type ImportErrorType = {EXC_COMMON(ImportError), .parent = &ExceptionType, .init = import_init,
                        .str = import_str, .getsets = import_getsets};
Type NameErrorType = {EXC_COMMON(NameError), .parent = &ExceptionType, .init = name_init,
                      .getsets = name_getsets};
Type AttributeErrorType = {EXC_COMMON(AttributeError), .parent = &ExceptionType,
                           .init = attr_init, .getsets = attr_getsets};
Type OSErrorType = {EXC_COMMON(OSError), .parent = &ExceptionType, .new_ = oserror_new,
                    .init = oserror_init, .str = oserror_str, .getsets = oserror_getsets};
Type SyntaxErrorType = {EXC_COMMON(SyntaxError), .parent = &ExceptionType, .init = syntax_init,
                        .str = syntax_str, .getsets = syntax_getsets};
Type UnicodeErrorType = {EXC_COMMON(UnicodeError), .parent = &ValueErrorType,
                         .str = unicode_str, .getsets = unicode_getsets};
Type UnicodeDecodeErrorType = {EXC_COMMON(UnicodeDecodeError), .parent = &UnicodeErrorType,
                               .init = unicode_init};
Type UnicodeEncodeErrorType = {EXC_COMMON(UnicodeEncodeError), .parent = &UnicodeErrorType,
                               .init = unicode_init};
Type UnicodeTranslateErrorType = {EXC_COMMON(UnicodeTranslateError),
                                  .parent = &UnicodeErrorType, .init = unicode_init};

/* Every other type of the X-macro has no behaviour of its own. */
#define PLAIN(n, p) Type n##Type = {EXC_COMMON(n), .parent = &p##Type};
PLAIN(KeyboardInterrupt, BaseException)
PLAIN(GeneratorExit, BaseException)
PLAIN(Exception, BaseException)
PLAIN(StopAsyncIteration, Exception)
PLAIN(ArithmeticError, Exception)
PLAIN(FloatingPointError, ArithmeticError)
PLAIN(OverflowError, ArithmeticError)
PLAIN(ZeroDivisionError, ArithmeticError)
PLAIN(AssertionError, Exception)
PLAIN(BufferError, Exception)
PLAIN(EOFError, Exception)
PLAIN(ModuleNotFoundError, ImportError)
PLAIN(LookupError, Exception)
PLAIN(IndexError, LookupError)
PLAIN(MemoryError, Exception)
PLAIN(UnboundLocalError, NameError)
PLAIN(BlockingIOError, OSError)
PLAIN(ChildProcessError, OSError)
PLAIN(ConnectionError, OSError)
PLAIN(BrokenPipeError, ConnectionError)
PLAIN(ConnectionAbortedError, ConnectionError)
PLAIN(ConnectionRefusedError, ConnectionError)
PLAIN(ConnectionResetError, ConnectionError)
PLAIN(FileExistsError, OSError)
PLAIN(FileNotFoundError, OSError)
PLAIN(InterruptedError, OSError)
PLAIN(IsADirectoryError, OSError)
PLAIN(NotADirectoryError, OSError)
PLAIN(PermissionError, OSError)
PLAIN(ProcessLookupError, OSError)
PLAIN(TimeoutError, OSError)
PLAIN(ReferenceError, Exception)
PLAIN(RuntimeError, Exception)
PLAIN(NotImplementedError, RuntimeError)
PLAIN(RecursionError, RuntimeError)
PLAIN(IndentationError, SyntaxError)
PLAIN(TabError, IndentationError)
PLAIN(SystemError, Exception)
PLAIN(TypeError, Exception)
PLAIN(ValueError, Exception)
PLAIN(Warning, Exception)
PLAIN(DeprecationWarning, Warning)
PLAIN(PendingDeprecationWarning, Warning)
PLAIN(RuntimeWarning, Warning)
PLAIN(SyntaxWarning, Warning)
PLAIN(UserWarning, Warning)
PLAIN(FutureWarning, Warning)
PLAIN(ImportWarning, Warning)
PLAIN(UnicodeWarning, Warning)
PLAIN(BytesWarning, Warning)
PLAIN(ResourceWarning, Warning)
PLAIN(EncodingWarning, Warning)
Type BaseExceptionGroupType = {EXC_COMMON(BaseExceptionGroup), .parent = &BaseExceptionType,
                               .new_ = group_new, .init = group_init, .str = group_str,
                               .methods = group_methods, .getsets = group_getsets};
/* Its second base, Exception, is added to bases and mro in exc_types_init. */
Type ExceptionGroupType = {EXC_COMMON(ExceptionGroup), .parent = &BaseExceptionGroupType};

void
exc_types_init(ThreadState *ts)
{
    /* The X-macro lists parents before children, so each parent is ready first. */
#define X(n, p) type_ready(ts, &n##Type);
    EXC_TYPES(X)
#undef X
    ExceptionGroupType.bases = tuple_pack(ts, 2, val_from_obj(&BaseExceptionGroupType),
                                          val_from_obj(&ExceptionType));
    ExceptionGroupType.mro = tuple_pack(ts, 5, val_from_obj(&ExceptionGroupType),
                                        val_from_obj(&BaseExceptionGroupType),
                                        val_from_obj(&ExceptionType),
                                        val_from_obj(&BaseExceptionType), val_from_obj(&ObjectType));
    type_ready(ts, &TracebackType);
    gc_add_root(ts, &TracebackType.dict);
    gc_add_root(ts, &TracebackType.mro);
    gc_add_root(ts, &TracebackType.bases);
}

/* ---- raising ---- */

/* Store exc as the exception being raised; __context__ comes from the
 * exception being handled (avoiding cycles, as CPython does). */
static Value
set_raised(ThreadState *ts, Value exc)
{
    Value ctx = ts->exc_info;
    if (ctx && ctx != V_NONE && ctx != exc && val_isinstance(ctx, &BaseExceptionType)) {
        /* Break a cycle exc -> ... -> exc in the context chain of ctx. */
        Value o = ctx;
        for (int guard = 0; guard < 10000; guard++) {
            Value c = exc_as(o)->context;
            if (!c)
                break;
            if (c == exc) {
                exc_as(o)->context = VNULL;
                break;
            }
            o = c;
        }
        exc_as(exc)->context = ctx;
    }
    ts->exc = exc;
    return VNULL;
}

Value
exc_new(ThreadState *ts, Type *t, Value args_tuple)
{
    TupleObj *a = args_tuple ? tuple_as(args_tuple) : NULL;
    Value *items = a ? a->items : NULL;
    int n = a ? (int)a->len : 0;
    if (t->flags & TF_HEAPTYPE) {
        /* The class's __new__/__init__ may run Python code: keep the args alive. */
        ts_push_root(ts, args_tuple);
        Value r = obj_call(ts, val_from_obj(t), items, n, VNULL);
        ts_pop_roots(ts, 1);
        return r;
    }
    Value e = t->new_(ts, t, items, n, VNULL);
    if (!e)
        return VNULL;
    if (t->init && t->init(ts, e, items, n, VNULL) < 0)
        return VNULL;
    return e;
}

Value
exc_raise_arg(ThreadState *ts, Type *t, Value arg)
{
    Value args = arg ? tuple_from_array(ts, &arg, 1) : tuple_new(ts, 0);
    if (!args)
        return VNULL;
    Value e = exc_new(ts, t, args);
    if (!e)
        return VNULL;
    return set_raised(ts, e);
}

Value
exc_raise(ThreadState *ts, Type *t, const char *fmt, ...)
{
    if (!strchr(fmt, '%')) {
        Value m = str_from_cstr(ts, fmt);
        return m ? exc_raise_arg(ts, t, m) : VNULL;
    }
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Value msg;
    if (n >= (int)sizeof buf) {
        char *big = malloc((size_t)n + 1);
        if (!big)
            return exc_no_memory(ts);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        msg = str_new(ts, big, (size_t)n);
        free(big);
    } else {
        msg = str_new(ts, buf, n < 0 ? 0 : (size_t)n);
    }
    if (!msg)
        return VNULL;
    return exc_raise_arg(ts, t, msg);
}

Value
exc_raise_value(ThreadState *ts, Value exc)
{
    if (val_isinstance(exc, &TypeType)) {
        Type *t = (Type *)val_as_obj(exc);
        if (!(t->flags & TF_EXC_SUBCLASS) && !type_is_subtype(t, &BaseExceptionType))
            return exc_raise(ts, &TypeErrorType, "exceptions must derive from BaseException");
        Value inst = obj_call0(ts, exc);
        if (!inst)
            return VNULL;
        if (!val_isinstance(inst, &BaseExceptionType)) {
            Value r = obj_repr(ts, exc);
            Value ri = r ? obj_repr(ts, val_from_obj(val_type(inst))) : VNULL;
            if (!ri)
                return VNULL;
            return exc_raise(ts, &TypeErrorType,
                             "calling %s should have returned an instance of BaseException, not %s",
                             str_cstr(r), str_cstr(ri));
        }
        return set_raised(ts, inst);
    }
    if (!val_isinstance(exc, &BaseExceptionType))
        return exc_raise(ts, &TypeErrorType, "exceptions must derive from BaseException");
    return set_raised(ts, exc);
}

Value
exc_raise_errno(ThreadState *ts, int err, Value filename)
{
    Value no = val_from_int(err);
    Value msg = str_from_cstr(ts, strerror(err));
    if (!msg)
        return VNULL;
    Value args = filename ? tuple_pack(ts, 3, no, msg, filename) : tuple_pack(ts, 2, no, msg);
    if (!args)
        return VNULL;
    Value e = exc_new(ts, &OSErrorType, args);
    if (!e)
        return VNULL;
    return set_raised(ts, e);
}

Value
exc_no_memory(ThreadState *ts)
{
    return exc_raise_arg(ts, &MemoryErrorType, VNULL);
}

bool
exc_matches(ThreadState *ts, Type *t)
{
    return ts->exc && val_isinstance(ts->exc, t);
}

bool
exc_value_matches(ThreadState *ts, Value exc, Value t)
{
    if (!exc)
        return false;
    /* Fast path: an exception instance against a plain class (every except clause). */
    if (val_is(t, &TypeType) && val_is_obj(exc) && !val_is(exc, &TypeType)) {
        Type *et = val_as_obj(exc)->type, *ty = (Type *)val_as_obj(t);
        return et == ty || type_is_subtype(et, ty);
    }
    if (tuple_check(t)) {
        TupleObj *tu = tuple_as(t);
        for (int64_t i = 0; i < tu->len; i++)
            if (exc_value_matches(ts, exc, tu->items[i]))
                return true;
        return false;
    }
    if (!val_isinstance(t, &TypeType))
        return false;
    Type *ty = (Type *)val_as_obj(t);
    if (val_isinstance(exc, &TypeType))
        return (Type *)val_as_obj(exc) == ty || type_is_subtype((Type *)val_as_obj(exc), ty);
    return val_isinstance(exc, ty);
}

Value
exc_fetch(ThreadState *ts)
{
    Value e = ts->exc;
    ts->exc = VNULL;
    return e;
}

void
exc_clear(ThreadState *ts)
{
    ts->exc = VNULL;
}

void
exc_add_traceback(ThreadState *ts, Value exc, Value code, Value globals, int lasti)
{
    if (!exc || !val_isinstance(exc, &BaseExceptionType))
        return;
    TracebackObj *tb = gc_alloc(ts, &TracebackType, sizeof(TracebackObj));
    if (!tb)
        return;
    tb->next = exc_as(exc)->traceback;
    tb->code = code;
    tb->globals = globals;
    tb->lasti = lasti;
    tb->lineno = -1;
    exc_as(exc)->traceback = val_from_obj(tb);
}
