/* modules/builtins.c: the builtins module: functions, types and exceptions.
 * SPDX-License-Identifier: MIT
 *
 * Each builtin validates its own arguments with CPython 3.11's messages
 * (checked against python3.11).  Hot builtins (print, len, isinstance,
 * min/max, sum) take C fast paths for the common value kinds before the
 * generic protocol.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bytes.h"
#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "vm.h"
#include "modules.h"
#include "modules/import.h"

/* ---- argument binding ---- */

/* The index of keyword `kn` among names[from..n), or -1. */
static int
name_index(const char *const *names, int from, int n, const char *kn)
{
    for (int j = from; j < n; j++)
        if (names[j][0] && strcmp(names[j], kn) == 0)
            return j;
    return -1;
}

/* The count errors of Argument Clinic's keyword parser, in its order. */
static int
clinic_count_error(ThreadState *ts, const char *fname, int nargs, int nkw, int n, int npos,
                   int min, int posonly)
{
    int minposonly = posonly < min ? posonly : min;
    if (nargs + nkw > n) {
        exc_raise(ts, &TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", fname, n,
                  nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > npos) {
        if (npos == 0)
            exc_raise(ts, &TypeErrorType, "%s() takes no positional arguments", fname);
        else
            exc_raise(ts, &TypeErrorType, "%s() takes %s %d positional argument%s (%d given)",
                      fname, min < npos ? "at most" : "exactly", npos, npos == 1 ? "" : "s",
                      nargs);
        return -1;
    }
    if (nargs < minposonly) {
        exc_raise(ts, &TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", fname,
                  minposonly < npos ? "at least" : "exactly", minposonly,
                  minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int
mod_parse_args(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
               const char *const *names, int npos, int min, Value *out)
{
    int n = 0, posonly = 0;
    while (names[n])
        n++;
    while (posonly < n && !names[posonly][0])
        posonly++;
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    for (int i = 0; i < n; i++)
        out[i] = VNULL;
    if (clinic_count_error(ts, fname, nargs, nkw, n, npos, min, posonly) < 0)
        return -1;
    for (int i = 0; i < nargs; i++)
        out[i] = args[i];
    int left = nkw;
    for (int i = nargs > posonly ? nargs : posonly; i < n; i++) {
        for (int k = 0; k < nkw && !out[i]; k++)
            if (strcmp(str_cstr(tuple_as(kwnames)->items[k]), names[i]) == 0)
                out[i] = args[nargs + k];
        if (out[i]) {
            left--;
        } else if (i < min) {
            exc_raise(ts, &TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname,
                      names[i], i + 1);
            return -1;
        }
    }
    for (int k = 0; left > 0 && k < nkw; k++) {
        const char *kn = str_cstr(tuple_as(kwnames)->items[k]);
        int j = name_index(names, posonly, n, kn);
        if (j >= 0 && j < nargs) {
            exc_raise(ts, &TypeErrorType, "argument for %s() given by name ('%s') and position (%d)",
                      fname, kn, j + 1);
            return -1;
        }
    }
    for (int k = 0; left > 0 && k < nkw; k++) {
        const char *kn = str_cstr(tuple_as(kwnames)->items[k]);
        if (name_index(names, posonly, n, kn) < 0) {
            exc_raise(ts, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", kn, fname);
            return -1;
        }
    }
    return 0;
}

static int
nkw(Value kwnames)
{
    return kwnames ? (int)tuple_as(kwnames)->len : 0;
}

/* The check of a builtin taking positional arguments only (min..max of them). */
static inline int
pos_args(ThreadState *ts, const char *name, int nargs, Value kwnames, int min, int max)
{
    if (arg_no_kwargs(ts, name, kwnames) < 0)
        return -1;
    return arg_check_count(ts, name, nargs, min, max);
}

/* ---- print / input ---- */

static int
check_sep(ThreadState *ts, const char *what, Value v)
{
    if (v && v != V_NONE && !str_check(v)) {
        exc_raise(ts, &TypeErrorType, "%s must be None or a string, not %s", what,
                  obj_type_name(v));
        return -1;
    }
    return 0;
}

/* Write one str Value to file (fast path for our own file type). */
static int
write_str(ThreadState *ts, Value file, Value s)
{
    if (val_is(file, &FileType) && !((FileObj *)val_as_obj(file))->binary)
        return file_write_bytes(ts, (FileObj *)val_as_obj(file), str_cstr(s),
                                (size_t)str_as(s)->size);
    Value r = obj_call_method(ts, file, "write", &s, 1);
    return r ? 0 : -1;
}

static int
write_cstr_n(ThreadState *ts, Value file, const char *s, size_t n)
{
    if (val_is(file, &FileType) && !((FileObj *)val_as_obj(file))->binary)
        return file_write_bytes(ts, (FileObj *)val_as_obj(file), s, n);
    Value str = str_new(ts, s, n);
    if (!str)
        return -1;
    return write_str(ts, file, str);
}

static Value
bi_print(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value sep = VNULL, end = VNULL, file = VNULL, flush = VNULL;
    for (int k = 0; k < nkw(kwnames); k++) {
        const char *kn = str_cstr(tuple_as(kwnames)->items[k]);
        Value v = args[nargs + k];
        if (!strcmp(kn, "sep"))
            sep = v;
        else if (!strcmp(kn, "end"))
            end = v;
        else if (!strcmp(kn, "file"))
            file = v;
        else if (!strcmp(kn, "flush"))
            flush = v;
        else
            return exc_raise(ts, &TypeErrorType, "'%s' is an invalid keyword argument for print()", kn);
    }
    if (!file || file == V_NONE) {
        file = ts->interp->sys ? dict_get_str(*obj_dict_slot(ts->interp->sys), NAME(ts, stdout))
                               : VNULL;
        if (!file || file == V_NONE)
            return V_NONE;
    }
    if (check_sep(ts, "sep", sep) < 0 || check_sep(ts, "end", end) < 0)
        return VNULL;
    ts_push_root(ts, file);
    int rc = 0;
    for (int i = 0; i < nargs && rc == 0; i++) {
        if (i > 0)
            rc = (sep && sep != V_NONE) ? write_str(ts, file, sep) : write_cstr_n(ts, file, " ", 1);
        if (rc < 0)
            break;
        Value v = args[i];
        if (val_is_int(v)) {
            char num[24];
            int len = snprintf(num, sizeof num, "%lld", (long long)val_as_int(v));
            rc = write_cstr_n(ts, file, num, (size_t)len);
            continue;
        }
        Value s = str_check_exact(v) ? v : obj_str(ts, v);
        rc = s ? write_str(ts, file, s) : -1;
    }
    if (rc == 0)
        rc = (end && end != V_NONE) ? write_str(ts, file, end) : write_cstr_n(ts, file, "\n", 1);
    if (rc == 0 && flush) {
        int f = obj_truth(ts, flush);
        if (f < 0 || (f > 0 && !obj_call_method(ts, file, "flush", NULL, 0)))
            rc = -1;
    }
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : V_NONE;
}

int
builtin_print_value(ThreadState *ts, Value v, Value file)
{
    Value r;
    if (file) {
        Value kw = tuple_pack(ts, 1, NAMEV(ts, file));
        if (!kw)
            return -1;
        r = bi_print(ts, (Value[]){v, file}, 1, kw);
    } else {
        r = bi_print(ts, &v, 1, VNULL);
    }
    return r ? 0 : -1;
}

static Value
bi_input(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "input", nargs, kwnames, 0, 1) < 0)
        return VNULL;
    Value in = sys_get(ts, "stdin"), out = sys_get(ts, "stdout"), err = sys_get(ts, "stderr");
    if (!in || in == V_NONE)
        return exc_raise(ts, &RuntimeErrorType, "input(): lost sys.stdin");
    if (!out || out == V_NONE)
        return exc_raise(ts, &RuntimeErrorType, "input(): lost sys.stdout");
    if (err && err != V_NONE && !obj_call_method(ts, err, "flush", NULL, 0))
        return VNULL;
    if (nargs == 1) {
        Value p = obj_str(ts, args[0]);
        if (!p || write_str(ts, out, p) < 0)
            return VNULL;
    }
    if (!obj_call_method(ts, out, "flush", NULL, 0))
        return VNULL;
    Value line;
    if (val_is(in, &FileType))
        line = file_readline(ts, (FileObj *)val_as_obj(in), -1);
    else
        line = obj_call_method(ts, in, "readline", NULL, 0);
    if (!line)
        return VNULL;
    if (!str_check(line))
        return exc_raise(ts, &TypeErrorType, "object.readline() returned non-string");
    StrObj *s = str_as(line);
    if (s->size == 0)
        return exc_raise(ts, &EOFErrorType, "EOF when reading a line");
    if (s->data[s->size - 1] == '\n')
        return str_new(ts, s->data, (size_t)s->size - 1);
    return line;
}

/* ---- simple one-argument builtins ---- */

static Value
bi_len(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "len", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    int64_t n = obj_len(ts, args[0]);
    return n < 0 ? VNULL : int_from_i64(ts, n);
}

static Value
bi_abs(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "abs", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    Value v = args[0];
    if (val_is_int(v)) {
        int64_t i = val_as_int(v);
        return int_from_i64(ts, i < 0 ? -i : i);
    }
    UnaryFn f = val_type(v)->absolute;
    if (!f)
        return exc_raise(ts, &TypeErrorType, "bad operand type for abs(): '%s'", obj_type_name(v));
    return f(ts, v);
}

static Value
bi_repr(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "repr", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    return obj_repr(ts, args[0]);
}

static Value
bi_ascii(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "ascii", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    Value r = obj_repr(ts, args[0]);
    if (!r || str_as(r)->ascii)
        return r;
    StrObj *s = str_as(r);
    size_t cap = (size_t)s->size * 10 + 1, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return exc_no_memory(ts);
    for (const char *p = s->data; p < s->data + s->size;) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (cp < 0x80)
            buf[n++] = (char)cp;
        else if (cp < 0x100)
            n += (size_t)sprintf(buf + n, "\\x%02x", cp);
        else if (cp < 0x10000)
            n += (size_t)sprintf(buf + n, "\\u%04x", cp);
        else
            n += (size_t)sprintf(buf + n, "\\U%08x", cp);
    }
    Value out = str_new(ts, buf, n);
    free(buf);
    return out;
}

static Value
bi_hash(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "hash", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    int64_t h = obj_hash(ts, args[0]);
    if (h == -1 && ts_has_exc(ts))
        return VNULL;
    return int_from_i64(ts, h);
}

static Value
bi_id(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "id", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    return int_from_u64(ts, (uint64_t)args[0]);
}

static Value
bi_callable(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "callable", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    return val_bool(obj_is_callable(args[0]));
}

static Value
int_arg(ThreadState *ts, Value v)
{
    if (val_is_int(v))
        return v;
    return obj_index(ts, v);
}

static Value
to_base(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames, int base)
{
    if (pos_args(ts, name, nargs, kwnames, 1, 1) < 0)
        return VNULL;
    Value i = int_arg(ts, args[0]);
    return i ? int_to_base_str(ts, i, base, true) : VNULL;
}

static Value
bi_hex(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return to_base(ts, "hex", args, nargs, kwnames, 16);
}

static Value
bi_oct(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return to_base(ts, "oct", args, nargs, kwnames, 8);
}

static Value
bi_bin(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return to_base(ts, "bin", args, nargs, kwnames, 2);
}

static Value
bi_chr(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "chr", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    Value i = int_arg(ts, args[0]);
    if (!i)
        return VNULL;
    int ov = 0;
    int64_t c = int_as_i64(ts, i, &ov);
    if (ov || c > 0x7fffffff || c < -0x7fffffff - 1) {
        exc_clear(ts);
        return exc_raise(ts, &OverflowErrorType, "Python int too large to convert to C int");
    }
    if (c < 0 || c >= 0x110000)
        return exc_raise(ts, &ValueErrorType, "chr() arg not in range(0x110000)");
    return str_from_codepoint(ts, (uint32_t)c);
}

static Value
bi_ord(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "ord", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    Value v = args[0];
    if (str_check(v)) {
        StrObj *s = str_as(v);
        if (s->len != 1)
            return exc_raise(ts, &TypeErrorType,
                             "ord() expected a character, but string of length %lld found",
                             (long long)s->len);
        uint32_t cp;
        utf8_decode(s->data, &cp);
        return val_from_int(cp);
    }
    if (bytes_check(v)) {
        BytesObj *b = bytes_as(v);
        if (b->size != 1)
            return exc_raise(ts, &TypeErrorType,
                             "ord() expected a character, but string of length %lld found",
                             (long long)b->size);
        return val_from_int((unsigned char)b->data[0]);
    }
    return exc_raise(ts, &TypeErrorType, "ord() expected string of length 1, but %s found",
                     obj_type_name(v));
}

static Value
bi_format(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"", "", NULL};
    Value a[2];
    if (mod_parse_args(ts, "format", args, nargs, kwnames, names, 2, 1, a) < 0)
        return VNULL;
    if (a[1] && !str_check(a[1]))
        return exc_raise(ts, &TypeErrorType, "format() argument 2 must be str, not %s",
                         obj_type_name(a[1]));
    Value spec = a[1] ? a[1] : str_from_cstr(ts, "");
    return spec ? obj_format(ts, a[0], spec) : VNULL;
}

/* ---- iteration helpers ---- */

static Value
bi_iter(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "iter", nargs, kwnames, 1, 2) < 0)
        return VNULL;
    if (nargs == 1)
        return obj_iter(ts, args[0]);
    if (!obj_is_callable(args[0]))
        return exc_raise(ts, &TypeErrorType, "iter(v, w): v must be callable");
    if (!CallIterType.new_)
        return exc_raise(ts, &SystemErrorType, "callable_iterator is not available");
    return CallIterType.new_(ts, &CallIterType, args, 2, VNULL);
}

static Value
bi_next(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "next", nargs, kwnames, 1, 2) < 0)
        return VNULL;
    Value it = args[0];
    if (val_is(it, &GeneratorType)) {
        /* Generators carry their return value in StopIteration.value. */
        Value r;
        int rc = gen_send_ex(ts, it, V_NONE, &r);
        if (rc == 0)
            return r;
        if (rc < 0) {
            if (nargs < 2 || !exc_matches(ts, &StopIterationType))
                return VNULL;
            exc_clear(ts);
            return args[1];
        }
        if (nargs == 2)
            return args[1];
        return exc_raise_arg(ts, &StopIterationType, r == V_NONE ? VNULL : r);
    }
    if (!val_type(it)->iternext)
        return exc_raise(ts, &TypeErrorType, "'%s' object is not an iterator", obj_type_name(it));
    Value v = obj_next(ts, it);
    if (v)
        return v;
    if (ts_has_exc(ts)) {
        if (nargs < 2 || !exc_matches(ts, &StopIterationType))
            return VNULL;
        exc_clear(ts);
    }
    if (nargs == 2)
        return args[1];
    return exc_raise_arg(ts, &StopIterationType, VNULL);
}

/* Run fn(ctx, item) over an iterable; fn returns 1 to stop early, -1 on error. */
static int
foreach(ThreadState *ts, Value iterable, int (*fn)(ThreadState *, void *, Value), void *ctx)
{
    if (list_check(iterable) && val_is(iterable, &ListType)) {
        for (int64_t i = 0; i < list_as(iterable)->len; i++) {
            int r = fn(ts, ctx, list_as(iterable)->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    if (val_is(iterable, &TupleType)) {
        for (int64_t i = 0; i < tuple_as(iterable)->len; i++) {
            int r = fn(ts, ctx, tuple_as(iterable)->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    Value it = obj_iter(ts, iterable);
    if (!it)
        return -1;
    ts_push_root(ts, it);
    Value v;
    int r = 0;
    while ((v = obj_next(ts, it))) {
        r = fn(ts, ctx, v);
        if (r)
            break;
    }
    ts_pop_roots(ts, 1);
    if (!r && ts_has_exc(ts))
        return -1;
    return r;
}

static int
any_fn(ThreadState *ts, void *ctx, Value v)
{
    int t = obj_truth(ts, v);
    return t < 0 ? -1 : t == *(int *)ctx ? 1 : 0;
}

static Value
any_all(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames, int want)
{
    if (pos_args(ts, name, nargs, kwnames, 1, 1) < 0)
        return VNULL;
    int r = foreach(ts, args[0], any_fn, &want);
    if (r < 0)
        return VNULL;
    return val_bool(want ? r == 1 : r == 0);
}

static Value
bi_any(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return any_all(ts, "any", args, nargs, kwnames, 1);
}

static Value
bi_all(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return any_all(ts, "all", args, nargs, kwnames, 0);
}

/* ---- min / max ---- */

typedef struct MinMax {
    Value key, best, bestkey;
    int op;
    int root; /* index in ts->roots of best, then bestkey */
} MinMax;

static int
minmax_fn(ThreadState *ts, void *ctx, Value v)
{
    MinMax *m = ctx;
    Value k = v;
    if (m->key) {
        k = obj_call1(ts, m->key, v);
        if (!k)
            return -1;
    }
    if (!m->best) {
        m->best = v;
        m->bestkey = k;
        ts_set_root(ts, m->root, v);
        ts_set_root(ts, m->root + 1, k);
        return 0;
    }
    int c;
    if (val_is_int(k) && val_is_int(m->bestkey))
        c = m->op == CMP_GT ? val_as_int(k) > val_as_int(m->bestkey)
                            : val_as_int(k) < val_as_int(m->bestkey);
    else
        c = obj_compare_bool(ts, k, m->bestkey, m->op);
    if (c < 0)
        return -1;
    if (c) {
        m->best = v;
        m->bestkey = k;
        ts_set_root(ts, m->root, v);
        ts_set_root(ts, m->root + 1, k);
    }
    return 0;
}

static Value
minmax(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames, int op)
{
    MinMax m = {VNULL, VNULL, VNULL, op, ts->nroots};
    Value dflt = VNULL;
    for (int k = 0; k < nkw(kwnames); k++) {
        const char *kn = str_cstr(tuple_as(kwnames)->items[k]);
        if (!strcmp(kn, "key"))
            m.key = args[nargs + k];
        else if (!strcmp(kn, "default"))
            dflt = args[nargs + k];
        else
            return exc_raise(ts, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", kn, name);
    }
    if (nargs == 0)
        return exc_raise(ts, &TypeErrorType, "%s expected at least 1 argument, got 0", name);
    if (dflt && nargs > 1)
        return exc_raise(ts, &TypeErrorType,
                         "Cannot specify a default for %s() with multiple positional arguments", name);
    if (m.key == V_NONE)
        m.key = VNULL;
    ts_push_root(ts, VNULL);
    ts_push_root(ts, VNULL);
    int r;
    if (nargs == 1) {
        r = foreach(ts, args[0], minmax_fn, &m);
    } else {
        r = 0;
        for (int i = 0; i < nargs && r == 0; i++)
            r = minmax_fn(ts, &m, args[i]);
    }
    ts_pop_roots(ts, 2);
    if (r < 0)
        return VNULL;
    if (!m.best) {
        if (dflt)
            return dflt;
        return exc_raise(ts, &ValueErrorType, "%s() arg is an empty sequence", name);
    }
    return m.best;
}

static Value
bi_min(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return minmax(ts, "min", args, nargs, kwnames, CMP_LT);
}

static Value
bi_max(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return minmax(ts, "max", args, nargs, kwnames, CMP_GT);
}

/* ---- sum ---- */

typedef struct SumState {
    Value acc;
    int64_t iacc;   /* valid when mode == 1 */
    double facc;    /* valid when mode == 2 */
    int mode;       /* 0 generic, 1 small-int accumulator, 2 float accumulator */
    int root;       /* index in ts->roots holding acc */
} SumState;

static int
sum_flush(ThreadState *ts, SumState *s)
{
    if (s->mode == 1)
        s->acc = int_from_i64(ts, s->iacc);
    else if (s->mode == 2)
        s->acc = float_new(ts, s->facc);
    s->mode = 0;
    return s->acc ? 0 : -1;
}

static int
sum_fn(ThreadState *ts, void *ctx, Value v)
{
    SumState *s = ctx;
    if (s->mode == 1 && val_is_int(v)) {
        int64_t r;
        if (!__builtin_add_overflow(s->iacc, val_as_int(v), &r) && val_int_fits(r)) {
            s->iacc = r;
            return 0;
        }
    }
    if (s->mode == 1 && float_check_exact(v)) {
        s->mode = 2;
        s->facc = (double)s->iacc;
    }
    if (s->mode == 2) {
        if (float_check_exact(v)) {
            s->facc += float_as_double(v);
            return 0;
        }
        if (val_is_int(v)) {
            s->facc += (double)val_as_int(v);
            return 0;
        }
    }
    if (s->mode && sum_flush(ts, s) < 0)
        return -1;
    Value r = obj_binary_op(ts, s->acc, v, NB_ADD);
    if (!r)
        return -1;
    s->acc = r;
    ts_set_root(ts, s->root, r);
    if (val_is_int(r))
        s->mode = 1, s->iacc = val_as_int(r);
    else if (float_check_exact(r))
        s->mode = 2, s->facc = float_as_double(r);
    return 0;
}

static Value
bi_sum(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"", "start", NULL};
    Value a[2];
    if (nargs == 0 && nkw(kwnames) <= 1)
        return exc_raise(ts, &TypeErrorType, "sum() takes at least 1 positional argument (0 given)");
    if (mod_parse_args(ts, "sum", args, nargs, kwnames, names, 2, 1, a) < 0)
        return VNULL;
    Value start = a[1] ? a[1] : val_from_int(0);
    if (str_check(start))
        return exc_raise(ts, &TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
    if (bytes_check(start))
        return exc_raise(ts, &TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]");
    SumState s = {start, 0, 0.0, 0, ts->nroots};
    if (val_is_int(start))
        s.mode = 1, s.iacc = val_as_int(start);
    else if (float_check_exact(start))
        s.mode = 2, s.facc = float_as_double(start);
    ts_push_root(ts, start);
    int r = foreach(ts, a[0], sum_fn, &s);
    ts_pop_roots(ts, 1);
    if (r < 0 || (s.mode && sum_flush(ts, &s) < 0))
        return VNULL;
    return s.acc;
}

/* ---- sorted, round, divmod, pow ---- */

static Value
bi_sorted(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1)
        return exc_raise(ts, &TypeErrorType, "sorted expected 1 argument, got %d", nargs);
    Value l = list_from_iterable(ts, args[0]);
    if (!l)
        return VNULL;
    ts_push_root(ts, l);
    int r = list_sort_kw(ts, l, args, nargs, kwnames);
    ts_pop_roots(ts, 1);
    return r < 0 ? VNULL : l;
}

static Value
bi_round(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    Value a[2];
    if (mod_parse_args(ts, "round", args, nargs, kwnames, names, 2, 1, a) < 0)
        return VNULL;
    bool found = false;
    Value nd = a[1] && a[1] != V_NONE ? a[1] : VNULL;
    Value r = obj_call_special(ts, a[0], NAME(ts, __round__), nd ? &nd : NULL, nd ? 1 : 0, &found);
    if (!found && !ts_has_exc(ts))
        return exc_raise(ts, &TypeErrorType, "type %s doesn't define __round__ method",
                         obj_type_name(a[0]));
    return r;
}

static bool
is_number(Value v)
{
    return int_check(v) || float_check(v);
}

static Value
divmod_numbers(ThreadState *ts, Value a, Value b)
{
    if (float_check(a) || float_check(b)) {
        double db;
        if (float_coerce(ts, b, &db) < 0)
            return VNULL;
        if (db == 0.0)
            return exc_raise(ts, &ZeroDivisionErrorType, "float divmod()");
        /* float arithmetic itself, not an int subclass's __floordiv__ */
        Value q = float_binop(ts, a, b, NB_FLOORDIV);
        Value r = q ? float_binop(ts, a, b, NB_MOD) : VNULL;
        return r ? tuple_pack(ts, 2, q, r) : VNULL;
    }
    Value q = obj_binary_op(ts, a, b, NB_FLOORDIV);
    Value r = q ? obj_binary_op(ts, a, b, NB_MOD) : VNULL;
    return r ? tuple_pack(ts, 2, q, r) : VNULL;
}

static Value
bi_divmod(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "divmod", nargs, kwnames, 2, 2) < 0)
        return VNULL;
    Value a = args[0], b = args[1];
    bool numbers = is_number(a) && is_number(b);
    if (numbers && !((val_type(a)->flags | val_type(b)->flags) & TF_HEAPTYPE))
        return divmod_numbers(ts, a, b);
    bool found = false;
    StrObj *dm = str_intern(ts, "__divmod__"), *rdm = str_intern(ts, "__rdivmod__");
    Value r = obj_call_special(ts, a, dm, &b, 1, &found);
    if (found && r != V_NOTIMPL)
        return r;
    if (ts_has_exc(ts))
        return VNULL;
    if (val_type(a) != val_type(b)) {
        r = obj_call_special(ts, b, rdm, &a, 1, &found);
        if (found && r != V_NOTIMPL)
            return r;
        if (ts_has_exc(ts))
            return VNULL;
    }
    if (numbers)
        return divmod_numbers(ts, a, b);
    return exc_raise(ts, &TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     obj_type_name(a), obj_type_name(b));
}

static Value
bi_pow(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value a[3];
    if (mod_parse_args(ts, "pow", args, nargs, kwnames, names, 3, 2, a) < 0)
        return VNULL;
    if (!a[2] || a[2] == V_NONE)
        return obj_binary_op(ts, a[0], a[1], NB_POW);
    if (int_check(a[0]) && int_check(a[1]) && int_check(a[2]))
        return int_pow_mod(ts, a[0], a[1], a[2]);
    bool found = false;
    Value r = obj_call_special(ts, a[0], NAME(ts, __pow__), &a[1], 2, &found);
    if (found && r != V_NOTIMPL)
        return r;
    if (ts_has_exc(ts))
        return VNULL;
    if (is_number(a[0]) && is_number(a[1]))
        return exc_raise(ts, &TypeErrorType,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    return exc_raise(ts, &TypeErrorType,
                     "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                     obj_type_name(a[0]), obj_type_name(a[1]), obj_type_name(a[2]));
}

/* ---- attributes and types ---- */

static StrObj *
attr_name(ThreadState *ts, Value v)
{
    if (!str_check(v)) {
        exc_raise(ts, &TypeErrorType, "attribute name must be string, not '%s'", obj_type_name(v));
        return NULL;
    }
    return str_intern_value(ts, v);
}

static Value
bi_getattr(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "getattr", nargs, kwnames, 2, 3) < 0)
        return VNULL;
    StrObj *name = attr_name(ts, args[1]);
    if (!name)
        return VNULL;
    if (nargs == 2)
        return obj_getattr(ts, args[0], name);
    Value v = obj_lookup_attr(ts, args[0], name);
    if (v || ts_has_exc(ts))
        return v;
    return args[2];
}

static Value
bi_hasattr(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "hasattr", nargs, kwnames, 2, 2) < 0)
        return VNULL;
    StrObj *name = attr_name(ts, args[1]);
    if (!name)
        return VNULL;
    Value v = obj_lookup_attr(ts, args[0], name);
    if (!v && ts_has_exc(ts))
        return VNULL;
    return val_bool(v != VNULL);
}

static Value
bi_setattr(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "setattr", nargs, kwnames, 3, 3) < 0)
        return VNULL;
    StrObj *name = attr_name(ts, args[1]);
    if (!name || obj_setattr(ts, args[0], name, args[2]) < 0)
        return VNULL;
    return V_NONE;
}

static Value
bi_delattr(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "delattr", nargs, kwnames, 2, 2) < 0)
        return VNULL;
    StrObj *name = attr_name(ts, args[1]);
    if (!name || obj_setattr(ts, args[0], name, VNULL) < 0)
        return VNULL;
    return V_NONE;
}

static Value
bi_isinstance(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "isinstance", nargs, kwnames, 2, 2) < 0)
        return VNULL;
    Value cls = args[1];
    if (val_is(cls, &TypeType)) {
        Type *t = (Type *)val_as_obj(cls);
        if (val_type(args[0]) == t)
            return V_TRUE;
    }
    int r = obj_isinstance(ts, args[0], cls);
    return r < 0 ? VNULL : val_bool(r);
}

static Value
bi_issubclass(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "issubclass", nargs, kwnames, 2, 2) < 0)
        return VNULL;
    int r = obj_issubclass(ts, args[0], args[1]);
    return r < 0 ? VNULL : val_bool(r);
}

/* ---- frames: globals, locals, vars, dir ---- */

static Value
frame_locals(ThreadState *ts)
{
    Frame *f = ts->frame;
    if (!f)
        return ts->interp->main_dict ? ts->interp->main_dict : dict_new(ts);
    if (f->locals)
        return f->locals;
    CodeObj *co = f->code;
    Value d = dict_new(ts);
    if (!d)
        return VNULL;
    TupleObj *names = tuple_as(co->varnames);
    for (int i = 0; i < co->nlocals && i < names->len; i++) {
        Value v = f->base[i];
        if (v && dict_set(ts, d, names->items[i], v) < 0)
            return VNULL;
    }
    Value cellnames[2] = {co->cellvars, co->freevars};
    int off = co->nlocals;
    for (int k = 0; k < 2; k++) {
        if (!cellnames[k])
            continue;
        TupleObj *cn = tuple_as(cellnames[k]);
        for (int64_t i = 0; i < cn->len; i++, off++) {
            Value c = f->base[off];
            if (!c || !val_is(c, &CellType))
                continue;
            Value v = ((CellObj *)val_as_obj(c))->ref;
            if (v && dict_set(ts, d, cn->items[i], v) < 0)
                return VNULL;
        }
    }
    return d;
}

static Value
bi_globals(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "globals", nargs, kwnames, 0, 0) < 0)
        return VNULL;
    return ts->frame ? ts->frame->globals : ts->interp->main_dict;
}

static Value
bi_locals(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "locals", nargs, kwnames, 0, 0) < 0)
        return VNULL;
    return frame_locals(ts);
}

static Value
bi_vars(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "vars", nargs, kwnames, 0, 1) < 0)
        return VNULL;
    if (nargs == 0)
        return frame_locals(ts);
    Value d = obj_lookup_attr(ts, args[0], NAME(ts, __dict__));
    if (!d && !ts_has_exc(ts))
        return exc_raise(ts, &TypeErrorType, "vars() argument must have __dict__ attribute");
    return d;
}

static int
add_keys(ThreadState *ts, Value set, Value d)
{
    if (!d || !dict_check(d))
        return 0;
    Value k, v;
    for (int64_t i = 0; dict_next(d, &i, &k, &v);)
        if (dict_set(ts, set, k, V_NONE) < 0)
            return -1;
    return 0;
}

/* dir(obj) without __dir__: instance dict plus the class's MRO dicts. */
static Value
default_dir(ThreadState *ts, Value obj)
{
    Value names = dict_new(ts);
    if (!names)
        return VNULL;
    Value *slot = obj_dict_slot(obj);
    if (slot && add_keys(ts, names, *slot) < 0)
        return VNULL;
    Type *t = val_isinstance(obj, &TypeType) ? (Type *)val_as_obj(obj) : val_type(obj);
    if (!val_isinstance(obj, &ModuleType) && t->mro) {
        TupleObj *mro = tuple_as(t->mro);
        for (int64_t i = 0; i < mro->len; i++)
            if (add_keys(ts, names, ((Type *)val_as_obj(mro->items[i]))->dict) < 0)
                return VNULL;
    }
    if (!val_isinstance(obj, &TypeType) && !val_isinstance(obj, &ModuleType) &&
        dict_set(ts, names, NAMEV(ts, __class__), V_NONE) < 0)
        return VNULL;
    return dict_keys_list(ts, names);
}

static Value
sorted_list(ThreadState *ts, Value l)
{
    if (!l)
        return VNULL;
    ts_push_root(ts, l);
    int rc = list_sort(ts, l, VNULL, false);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : l;
}

Value
builtin_dir(ThreadState *ts, Value obj)
{
    bool found = false;
    Value r = VNULL;
    if (!val_isinstance(obj, &TypeType))
        r = obj_call_special(ts, obj, NAME(ts, __dir__), NULL, 0, &found);
    if (ts_has_exc(ts))
        return VNULL;
    return sorted_list(ts, found ? list_from_iterable(ts, r) : default_dir(ts, obj));
}

static Value
bi_dir(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (pos_args(ts, "dir", nargs, kwnames, 0, 1) < 0)
        return VNULL;
    if (nargs == 1)
        return builtin_dir(ts, args[0]);
    Value d = frame_locals(ts);
    Value l = d ? dict_keys_list(ts, d) : VNULL;
    if (!l)
        return VNULL;
    ts_push_root(ts, l);
    int rc = list_sort(ts, l, VNULL, false);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : l;
}

/* ---- compile / exec / eval ---- */

static Value
source_text(ThreadState *ts, const char *fname, Value src, bool allow_code)
{
    if (str_check(src))
        return src;
    if (bytes_check(src))
        return str_new(ts, bytes_as(src)->data, (size_t)bytes_as(src)->size);
    if (allow_code && val_is(src, &CodeType))
        return src;
    return exc_raise(ts, &TypeErrorType, "%s() arg 1 must be a string, bytes or code object", fname);
}

static Value
bi_compile(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version", NULL};
    Value a[7];
    if (mod_parse_args(ts, "compile", args, nargs, kwnames, names, 6, 3, a) < 0)
        return VNULL;
    Value src = source_text(ts, "compile", a[0], false);
    if (!src)
        return VNULL;
    if (!str_check(a[1]) || !str_check(a[2]))
        return exc_raise(ts, &TypeErrorType, "compile() argument must be str");
    const char *mode = str_cstr(a[2]);
    if (strcmp(mode, "exec") && strcmp(mode, "eval") && strcmp(mode, "single"))
        return exc_raise(ts, &ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
    return compile_source(ts, str_cstr(src), (size_t)str_as(src)->size, str_cstr(a[1]), mode);
}

static int
ensure_builtins(ThreadState *ts, Value globals)
{
    if (dict_get_str(globals, NAME(ts, __builtins__)))
        return 0;
    Value bm = dict_get_cstr(ts, ts->interp->modules, "builtins");
    return dict_set_str(ts, globals, NAME(ts, __builtins__), bm ? bm : ts->interp->builtins);
}

static Value
run_source(ThreadState *ts, const char *fname, const char *mode, Value *args, int nargs,
           Value kwnames)
{
    static const char *const names[] = {"", "globals", "locals", NULL};
    Value a[3];
    if (nargs == 0 && nkw(kwnames) == 0)
        return exc_raise(ts, &TypeErrorType, "%s() takes at least 1 positional argument (0 given)", fname);
    if (mod_parse_args(ts, fname, args, nargs, kwnames, names, 3, 1, a) < 0)
        return VNULL;
    Value globals = a[1] && a[1] != V_NONE ? a[1] : VNULL;
    Value locals = a[2] && a[2] != V_NONE ? a[2] : VNULL;
    if (globals && !dict_check(globals))
        return exc_raise(ts, &TypeErrorType, "%s() globals must be a dict, not %s", fname,
                         obj_type_name(globals));
    if (!globals) {
        globals = ts->frame ? ts->frame->globals : ts->interp->main_dict;
        if (!locals)
            locals = frame_locals(ts);
    }
    if (!locals)
        locals = globals;
    if (!globals || !locals || ensure_builtins(ts, globals) < 0)
        return VNULL;
    Value code = source_text(ts, fname, a[0], true);
    if (!code)
        return VNULL;
    ts_push_root(ts, globals);
    ts_push_root(ts, locals);
    if (!val_is(code, &CodeType)) {
        const char *s = str_cstr(code);
        size_t n = (size_t)str_as(code)->size;
        if (!strcmp(mode, "eval"))
            while (n && (*s == ' ' || *s == '\t'))
                s++, n--;
        code = compile_source(ts, s, n, "<string>", mode);
    }
    Value r = code ? eval_code(ts, code, globals, locals) : VNULL;
    ts_pop_roots(ts, 2);
    if (!r)
        return VNULL;
    return strcmp(mode, "eval") ? V_NONE : r;
}

static Value
bi_exec(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return run_source(ts, "exec", "exec", args, nargs, kwnames);
}

static Value
bi_eval(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return run_source(ts, "eval", "eval", args, nargs, kwnames);
}

/* ---- open ---- */

static int
parse_mode(ThreadState *ts, Value modev, int *flags, char *norm)
{
    const char *m = str_cstr(modev);
    int r = 0, w = 0, a = 0, x = 0, plus = 0, b = 0, t = 0;
    for (const char *p = m; *p; p++) {
        int *c = *p == 'r' ? &r : *p == 'w' ? &w : *p == 'a' ? &a : *p == 'x' ? &x
               : *p == '+' ? &plus : *p == 'b' ? &b : *p == 't' ? &t : NULL;
        if (!c || *c) {
            exc_raise(ts, &ValueErrorType, "invalid mode: '%s'", m);
            return -1;
        }
        *c = 1;
    }
    if (r + w + a + x != 1) {
        exc_raise(ts, &ValueErrorType, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    if (b && t) {
        exc_raise(ts, &ValueErrorType, "can't have text and binary mode at once");
        return -1;
    }
    int acc = plus ? O_RDWR : r ? O_RDONLY : O_WRONLY;
    *flags = acc | O_CLOEXEC | (w ? O_CREAT | O_TRUNC : 0) | (a ? O_CREAT | O_APPEND : 0) |
             (x ? O_CREAT | O_EXCL : 0);
    snprintf(norm, 8, "%s%s%s", r ? "r" : w ? "w" : a ? "a" : "x", plus ? "+" : "", b ? "b" : "");
    return 0;
}

static Value
bi_open(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    Value a[8];
    if (mod_parse_args(ts, "open", args, nargs, kwnames, names, 8, 1, a) < 0)
        return VNULL;
    Value modev = a[1] ? a[1] : str_from_cstr(ts, "r");
    if (!modev)
        return VNULL;
    if (!str_check(modev))
        return exc_raise(ts, &TypeErrorType, "open() argument 'mode' must be str, not %s",
                         obj_type_name(modev));
    int flags;
    char norm[8];
    if (parse_mode(ts, modev, &flags, norm) < 0)
        return VNULL;
    bool binary = strchr(norm, 'b') != NULL;
    if (binary && a[3] && a[3] != V_NONE)
        return exc_raise(ts, &ValueErrorType, "binary mode doesn't take an encoding argument");
    if (a[5] && a[5] != V_NONE) {
        if (!str_check(a[5]))
            return exc_raise(ts, &TypeErrorType, "open() argument 'newline' must be str or None, not %s",
                             obj_type_name(a[5]));
        const char *nl = str_cstr(a[5]);
        if (strcmp(nl, "") && strcmp(nl, "\n") && strcmp(nl, "\r") && strcmp(nl, "\r\n"))
            return exc_raise(ts, &ValueErrorType, "illegal newline value: %s", nl);
        if (binary)
            return exc_raise(ts, &ValueErrorType, "binary mode doesn't take a newline argument");
    }
    Value file = a[0];
    int fd;
    int closefd = 1;
    if (a[6]) {
        closefd = obj_truth(ts, a[6]);
        if (closefd < 0)
            return VNULL;
    }
    if (val_is_int(file)) {
        fd = (int)val_as_int(file);
    } else if (str_check(file)) {
        if (!closefd)
            return exc_raise(ts, &ValueErrorType, "Cannot use closefd=False with file name");
        do
            fd = open(str_cstr(file), flags, 0666);
        while (fd < 0 && errno == EINTR);
        if (fd < 0)
            return exc_raise_errno(ts, errno, file);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return exc_raise_errno(ts, EISDIR, file);
        }
    } else {
        return exc_raise(ts, &TypeErrorType, "expected str, bytes or os.PathLike object, not %s",
                         obj_type_name(file));
    }
    const char *enc = "UTF-8";
    if (a[3] && a[3] != V_NONE && str_check(a[3]))
        enc = str_cstr(a[3]);
    Value f = file_new_fd(ts, fd, file, binary ? norm : str_cstr(modev), enc, closefd);
    if (!f)
        return VNULL;
    if (a[5] && a[5] != V_NONE)
        ((FileObj *)val_as_obj(f))->keep_newlines = 1;
    if (a[2] && val_is_int(a[2]) && val_as_int(a[2]) == 1 && !binary)
        ((FileObj *)val_as_obj(f))->line_buffering = 1;
    if (a[2] && val_is_int(a[2]) && val_as_int(a[2]) == 0) {
        if (!binary)
            return exc_raise(ts, &ValueErrorType, "can't have unbuffered text I/O");
        ((FileObj *)val_as_obj(f))->write_through = 1;
    }
    return f;
}

/* ---- exit, __import__, __build_class__ ---- */

static Value
bi_exit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (nargs > 1)
        return exc_raise(ts, &TypeErrorType,
                         "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                         nargs + 1);
    return exc_raise_arg(ts, &SystemExitType, nargs ? args[0] : V_NONE);
}

static Value
bi_import(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Value a[5];
    if (mod_parse_args(ts, "__import__", args, nargs, kwnames, names, 5, 1, a) < 0)
        return VNULL;
    if (!str_check(a[0]))
        return exc_raise(ts, &TypeErrorType, "module name must be a string");
    int64_t level = 0;
    if (a[4]) {
        if (!val_is_int(a[4]))
            return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(a[4]));
        level = val_as_int(a[4]);
    }
    return import_dunder_import(ts, a[0], a[1] ? a[1] : V_NONE, a[3] ? a[3] : V_NONE, level);
}

static Value
bi_build_class(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return eval_build_class(ts, args, nargs, kwnames);
}

/* ---- the module ---- */

static const MethodDef builtin_functions[] = {
    {"print", bi_print, 0},         {"input", bi_input, 0},       {"len", bi_len, 0},
    {"abs", bi_abs, 0},             {"repr", bi_repr, 0},         {"ascii", bi_ascii, 0},
    {"hash", bi_hash, 0},           {"id", bi_id, 0},             {"callable", bi_callable, 0},
    {"hex", bi_hex, 0},             {"oct", bi_oct, 0},           {"bin", bi_bin, 0},
    {"chr", bi_chr, 0},             {"ord", bi_ord, 0},           {"format", bi_format, 0},
    {"iter", bi_iter, 0},           {"next", bi_next, 0},         {"any", bi_any, 0},
    {"all", bi_all, 0},             {"min", bi_min, 0},           {"max", bi_max, 0},
    {"sum", bi_sum, 0},             {"sorted", bi_sorted, 0},     {"round", bi_round, 0},
    {"divmod", bi_divmod, 0},       {"pow", bi_pow, 0},           {"getattr", bi_getattr, 0},
    {"hasattr", bi_hasattr, 0},     {"setattr", bi_setattr, 0},   {"delattr", bi_delattr, 0},
    {"isinstance", bi_isinstance, 0}, {"issubclass", bi_issubclass, 0},
    {"globals", bi_globals, 0},     {"locals", bi_locals, 0},     {"vars", bi_vars, 0},
    {"dir", bi_dir, 0},             {"compile", bi_compile, 0},   {"exec", bi_exec, 0},
    {"eval", bi_eval, 0},           {"open", bi_open, 0},         {"exit", bi_exit, 0},
    {"quit", bi_exit, 0},           {"__import__", bi_import, 0},
    {"__build_class__", bi_build_class, 0},
    {NULL},
};

Value
mod_builtins_init(ThreadState *ts)
{
    InterpState *in = ts->interp;
    Value m = module_new(ts, "builtins");
    if (!m || module_add_functions(ts, m, builtin_functions) < 0)
        return VNULL;
    Value d = *obj_dict_slot(m);
    in->builtins = d;
    static const struct {
        const char *name;
        Type *t;
    } types[] = {
        {"type", &TypeType},          {"object", &ObjectType},       {"int", &IntType},
        {"bool", &BoolType},          {"float", &FloatType},         {"str", &StrType},
        {"bytes", &BytesType},        {"bytearray", &ByteArrayType},        {"list", &ListType},           {"tuple", &TupleType},
        {"dict", &DictType},          {"set", &SetType},             {"frozenset", &FrozenSetType},
        {"range", &RangeType},        {"slice", &SliceType},         {"enumerate", &EnumerateType},
        {"zip", &ZipType},            {"map", &MapType},             {"filter", &FilterType},
        {"reversed", &ReversedType},  {"property", &PropertyType},
        {"staticmethod", &StaticMethodType}, {"classmethod", &ClassMethodType},
        {"super", &SuperType},
#define X(n, p) {#n, &n##Type},
        EXC_TYPES(X)
#undef X
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_set_cstr(ts, d, types[i].name, val_from_obj(types[i].t)) < 0)
            return VNULL;
    if (dict_set_cstr(ts, d, "EnvironmentError", val_from_obj(&OSErrorType)) < 0 ||
        dict_set_cstr(ts, d, "IOError", val_from_obj(&OSErrorType)) < 0 ||
        dict_set_cstr(ts, d, "None", V_NONE) < 0 || dict_set_cstr(ts, d, "True", V_TRUE) < 0 ||
        dict_set_cstr(ts, d, "False", V_FALSE) < 0 ||
        dict_set_cstr(ts, d, "NotImplemented", V_NOTIMPL) < 0 ||
        dict_set_cstr(ts, d, "Ellipsis", V_ELLIPSIS) < 0 ||
        dict_set_cstr(ts, d, "__debug__", V_TRUE) < 0)
        return VNULL;
    if (dict_set_cstr(ts, in->modules, "builtins", m) < 0)
        return VNULL;
    return m;
}
