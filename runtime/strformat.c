/* runtime/strformat.c: str % args, str.format, format(v, spec) and str format specs.
 * SPDX-License-Identifier: MIT
 *
 * The three formatting languages of Python, with CPython 3.11's error texts.
 * int and float format specs belong to int.c / float.c (int_format,
 * float_format); this file parses the str format mini-language, the printf
 * style of `%` and the replacement fields of str.format / f-strings.
 */
#define _GNU_SOURCE /* memmem */
#include <math.h>
#include <stdio.h>

#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "strimpl.h"
#include "tstate.h"
#include "tuple.h"

/* {===== ascii() */

Value
str_format_ascii(ThreadState *ts, Value v)
{
    Value r = obj_repr(ts, v);
    if (!r || str_as(r)->ascii)
        return r;
    StrObj *s = str_as(r);
    StrBuf b;
    sb_init(&b);
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        uint32_t c = cp_next(&p);
        char tmp[16];
        int n;
        if (c < 0x80) {
            sb_putc(&b, (char)c);
            continue;
        }
        if (c < 0x100)
            n = snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else if (c < 0x10000)
            n = snprintf(tmp, sizeof tmp, "\\u%04x", c);
        else
            n = snprintf(tmp, sizeof tmp, "\\U%08x", c);
        sb_put(&b, tmp, (size_t)n);
    }
    return sb_finish(ts, &b);
}

/* }===== */

/* {===== format specs for str */

typedef struct Spec {
    uint32_t fill;
    char align; /* 0: default */
    char sign;
    bool alt, zero, no_neg_0, fill_given;
    int64_t width; /* -1: none */
    char grouping;
    int64_t prec; /* -1: none */
    char type;    /* 0: none */
} Spec;

static int
parse_digits(ThreadState *ts, const char **pp, const char *end, int64_t *out)
{
    const char *p = *pp;
    int64_t v = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        if (v > (INT64_MAX - 9) / 10) {
            exc_raise(ts, &ValueErrorType, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (*p - '0');
        p++;
    }
    if (p == *pp)
        return 0;
    *out = v;
    *pp = p;
    return 1;
}

static bool
is_align(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static int
parse_spec(ThreadState *ts, const char *spec, size_t len, Spec *f, const char *tname)
{
    const char *p = spec, *end = spec + len;
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = f->prec = -1;
    if (p < end) {
        const char *q = p;
        uint32_t c0 = cp_next(&q);
        if (q < end && is_align(*q)) {
            f->fill = c0;
            f->fill_given = true;
            f->align = *q;
            p = q + 1;
        } else if (is_align(*p)) {
            f->align = *p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        f->sign = *p++;
    if (p < end && *p == 'z')
        f->no_neg_0 = true, p++;
    if (p < end && *p == '#')
        f->alt = true, p++;
    if (p < end && *p == '0') {
        f->zero = true;
        if (!f->fill_given)
            f->fill = '0';
        p++;
    }
    if (parse_digits(ts, &p, end, &f->width) < 0)
        return -1;
    if (p < end && (*p == ',' || *p == '_'))
        f->grouping = *p++;
    if (p < end && *p == '.') {
        p++;
        int r = parse_digits(ts, &p, end, &f->prec);
        if (r < 0)
            return -1;
        if (r == 0) {
            exc_raise(ts, &ValueErrorType, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - p > 1) {
        exc_raise(ts, &ValueErrorType, "Invalid format specifier '%.*s' for object of type '%s'",
                  (int)len, spec, tname);
        return -1;
    }
    if (p < end)
        f->type = *p;
    return 0;
}

static Value
unknown_code(ThreadState *ts, char type, const char *tname)
{
    if (type > 32 && type < 127)
        return exc_raise(ts, &ValueErrorType, "Unknown format code '%c' for object of type '%s'",
                         type, tname);
    return exc_raise(ts, &ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'",
                     (unsigned)(unsigned char)type, tname);
}

Value
str_format_spec(ThreadState *ts, Value sv, const char *spec, size_t len)
{
    if (len == 0)
        return str_check_exact(sv) ? sv : obj_str(ts, sv);
    Spec f;
    if (parse_spec(ts, spec, len, &f, "str") < 0)
        return VNULL;
    char t = f.type ? f.type : 's';
    if (f.grouping && t == 's')
        return exc_raise(ts, &ValueErrorType, "Cannot specify '%c' with 's'.", f.grouping);
    if (t != 's')
        return unknown_code(ts, t, "str");
    if (f.sign == ' ')
        return exc_raise(ts, &ValueErrorType, "Space not allowed in string format specifier");
    if (f.sign)
        return exc_raise(ts, &ValueErrorType, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return exc_raise(ts, &ValueErrorType,
                         "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alt)
        return exc_raise(ts, &ValueErrorType,
                         "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return exc_raise(ts, &ValueErrorType,
                         "'=' alignment not allowed in string format specifier");
    StrObj *s = str_as(sv);
    int64_t n = s->len;
    if (f.prec >= 0 && f.prec < n)
        n = f.prec;
    int64_t bytes = str_offset(s, n);
    int64_t padn = f.width > n ? f.width - n : 0;
    if (padn == 0 && n == s->len && str_check_exact(sv))
        return sv;
    int64_t left = 0;
    if (f.align == '>')
        left = padn;
    else if (f.align == '^')
        left = padn / 2;
    StrBuf b;
    sb_init(&b);
    sb_fill(&b, f.fill, left);
    sb_put(&b, s->data, (size_t)bytes);
    sb_fill(&b, f.fill, padn - left);
    return sb_finish(ts, &b);
}

/* }===== */

/* {===== format(v, spec) */

/* Call type(v).__format__(v, spec), looked up on the type as CPython does. */
static Value
format_via_dunder(ThreadState *ts, Value meth, Value v, Value spec)
{
    if (!spec) {
        spec = str_new(ts, "", 0);
        if (!spec)
            return VNULL;
    }
    Value argv[2] = {v, spec};
    ts_push_root(ts, meth);
    ts_push_root(ts, v);
    ts_push_root(ts, spec);
    Value r;
    if (val_type(meth)->descr_get && !val_is(meth, &BuiltinFunctionType) &&
        !val_is(meth, &FunctionType)) {
        Value bound = val_type(meth)->descr_get(ts, meth, v, val_from_obj(val_type(v)));
        r = bound ? obj_call(ts, bound, &argv[1], 1, VNULL) : VNULL;
    } else {
        r = obj_call(ts, meth, argv, 2, VNULL);
    }
    ts_pop_roots(ts, 3);
    if (r && !str_check(r))
        return exc_raise(ts, &TypeErrorType, "__format__ must return a str, not %s",
                         obj_type_name(r));
    return r;
}

Value
obj_format(ThreadState *ts, Value v, Value spec)
{
    const char *sp = spec ? str_cstr(spec) : "";
    size_t sl = spec ? (size_t)str_as(spec)->size : 0;
    Type *t = val_type(v);
    if (t == &StrType)
        return str_format_spec(ts, v, sp, sl);
    if (t == &IntType || t == &FloatType || t == &BoolType) {
        if (sl == 0)
            return obj_str(ts, v);
        return t == &FloatType ? float_format(ts, v, sp, sl) : int_format(ts, v, sp, sl);
    }
    /* Subclasses of the builtins that don't override __format__ use the
     * builtin's code directly. */
    Value meth = type_lookup(t, NAME(ts, __format__));
    Type *builtin = str_check(v)     ? &StrType
                    : int_check(v)   ? &IntType
                    : float_check(v) ? &FloatType
                                     : NULL;
    if (builtin && meth == type_lookup(builtin, NAME(ts, __format__))) {
        if (builtin == &StrType)
            return str_format_spec(ts, v, sp, sl);
        if (sl == 0)
            return obj_str(ts, v);
        return builtin == &FloatType ? float_format(ts, v, sp, sl) : int_format(ts, v, sp, sl);
    }
    if (!meth)
        return sl == 0 ? obj_str(ts, v)
                       : exc_raise(ts, &TypeErrorType,
                                   "unsupported format string passed to %s.__format__",
                                   t->name);
    return format_via_dunder(ts, meth, v, spec);
}

/* }===== */

/* {===== printf-style: str % args */

/* CPython's argument cursor: a tuple is walked by argidx < arglen; any
 * other argument (or the value of a %(key)) is one value with arglen -1,
 * argidx -2, so it can be used exactly once. */
typedef struct ModState {
    Value *items;
    int64_t arglen, argidx;
    Value single;
    Value dict;  /* mapping argument or VNULL */
    bool bytes;  /* bytes % args: %s/%b take bytes, keys are bytes */
} ModState;

static Value
next_arg(ThreadState *ts, ModState *m)
{
    if (m->argidx < m->arglen) {
        m->argidx++;
        return m->arglen < 0 ? m->single : m->items[m->argidx - 1];
    }
    return exc_raise(ts, &TypeErrorType, "not enough arguments for format string");
}

typedef struct ModSpec {
    bool left, plus, space, alt, zero;
    int64_t width, prec; /* -1: none */
    char conv;
} ModSpec;

/* Pad body (sign+prefix already inside `head`) into b per width/flags. */
static void
mod_pad(StrBuf *b, const ModSpec *ms, const char *head, size_t headn, const char *body,
        size_t bodyn, int64_t bodylen, bool zero_ok)
{
    int64_t total = (int64_t)headn + bodylen;
    int64_t padn = ms->width > total ? ms->width - total : 0;
    if (ms->left) {
        sb_put(b, head, headn);
        sb_put(b, body, bodyn);
        sb_fill(b, ' ', padn);
    } else if (ms->zero && zero_ok) {
        sb_put(b, head, headn);
        sb_fill(b, '0', padn);
        sb_put(b, body, bodyn);
    } else {
        sb_fill(b, ' ', padn);
        sb_put(b, head, headn);
        sb_put(b, body, bodyn);
    }
}

static int
mod_string(ThreadState *ts, StrBuf *b, const ModSpec *ms, Value v)
{
    Value s = ms->conv == 's'   ? obj_str(ts, v)
              : ms->conv == 'r' ? obj_repr(ts, v)
                                : str_format_ascii(ts, v);
    if (!s)
        return -1;
    StrObj *so = str_as(s);
    int64_t n = so->len;
    if (ms->prec >= 0 && ms->prec < n)
        n = ms->prec;
    mod_pad(b, ms, "", 0, so->data, (size_t)str_offset(so, n), n, false);
    return 0;
}

/* The int for %d/%x/%o, or VNULL with the CPython error. */
static Value
mod_int_arg(ThreadState *ts, Value v, char conv)
{
    if (int_check(v))
        return v;
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (float_check(v))
            return int_from_double(ts, float_as_double(v));
        Type *t = val_type(v);
        if (t->index)
            return obj_index(ts, v);
        if (t->to_int)
            return t->to_int(ts, v);
        if (t->to_float) {
            Value f = t->to_float(ts, v);
            return f ? int_from_double(ts, float_as_double(f)) : VNULL;
        }
        return exc_raise(ts, &TypeErrorType, "%%%c format: a real number is required, not %s",
                         conv, obj_type_name(v));
    }
    if (val_type(v)->index)
        return obj_index(ts, v);
    return exc_raise(ts, &TypeErrorType, "%%%c format: an integer is required, not %s", conv,
                     obj_type_name(v));
}

static int
mod_int(ThreadState *ts, StrBuf *b, const ModSpec *ms, Value v)
{
    Value iv = mod_int_arg(ts, v, ms->conv);
    if (!iv)
        return -1;
    int base = (ms->conv == 'x' || ms->conv == 'X') ? 16 : ms->conv == 'o' ? 8 : 10;
    Value ds = base == 10 ? int_repr(ts, iv) : int_to_base_str(ts, iv, base, false);
    if (!ds)
        return -1;
    const char *digits = str_cstr(ds);
    size_t nd = (size_t)str_as(ds)->size;
    bool neg = digits[0] == '-';
    if (neg)
        digits++, nd--;
    char head[4];
    size_t hn = 0;
    if (neg)
        head[hn++] = '-';
    else if (ms->plus)
        head[hn++] = '+';
    else if (ms->space)
        head[hn++] = ' ';
    if (ms->alt && base != 10) {
        head[hn++] = '0';
        head[hn++] = ms->conv == 'o' ? 'o' : ms->conv;
    }
    StrBuf body;
    sb_init(&body);
    if (ms->prec > (int64_t)nd)
        sb_fill(&body, '0', ms->prec - (int64_t)nd);
    if (ms->conv == 'X') {
        for (size_t i = 0; i < nd; i++) {
            char c = digits[i];
            sb_putc(&body, (c >= 'a' && c <= 'f') ? (char)(c - 32) : c);
        }
    } else {
        sb_put(&body, digits, nd);
    }
    mod_pad(b, ms, head, hn, body.p, body.len, (int64_t)body.len, true);
    sb_free(&body);
    return 0;
}

static int
mod_float(ThreadState *ts, StrBuf *b, const ModSpec *ms, Value v)
{
    double d;
    if (float_coerce(ts, v, &d) < 0)
        return -1;
    char fmt[32];
    int k = 0;
    fmt[k++] = '%';
    if (ms->left)
        fmt[k++] = '-';
    if (ms->plus)
        fmt[k++] = '+';
    if (ms->space)
        fmt[k++] = ' ';
    if (ms->alt)
        fmt[k++] = '#';
    if (ms->zero && isfinite(d))
        fmt[k++] = '0';
    k += snprintf(fmt + k, sizeof fmt - (size_t)k, "*.*%c", ms->conv);
    int w = ms->width > 100000 ? 100000 : (int)(ms->width < 0 ? 0 : ms->width);
    int p = ms->prec < 0 ? 6 : ms->prec > 10000 ? 10000 : (int)ms->prec;
    char small[128];
    int n = snprintf(small, sizeof small, fmt, w, p, d);
    if (n < (int)sizeof small) {
        sb_put(b, small, (size_t)n);
        return 0;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        exc_no_memory(ts);
        return -1;
    }
    snprintf(big, (size_t)n + 1, fmt, w, p, d);
    sb_put(b, big, (size_t)n);
    free(big);
    return 0;
}

static int
mod_char(ThreadState *ts, StrBuf *b, const ModSpec *ms, Value v)
{
    uint32_t cp;
    if (str_check(v)) {
        if (str_as(v)->len != 1) {
            exc_raise(ts, &TypeErrorType, "%%c requires int or char");
            return -1;
        }
        const char *p = str_cstr(v);
        cp = cp_next(&p);
    } else if (int_check(v)) {
        int ovf = 0;
        int64_t i = int_as_i64(ts, v, &ovf);
        if (ovf || i < 0 || i > 0x10FFFF) {
            exc_clear(ts);
            exc_raise(ts, &OverflowErrorType, "%%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)i;
    } else {
        exc_raise(ts, &TypeErrorType, "%%c requires int or char");
        return -1;
    }
    char tmp[4];
    int n = utf8_encode(cp, tmp);
    mod_pad(b, ms, "", 0, tmp, (size_t)n, 1, false);
    return 0;
}

/* '*' width or precision */
static int
mod_star(ThreadState *ts, ModState *m, int64_t *out)
{
    Value v = next_arg(ts, m);
    if (!v)
        return -1;
    if (!val_is_int(v)) {
        exc_raise(ts, &TypeErrorType, "* wants int");
        return -1;
    }
    *out = val_as_int(v);
    return 0;
}

/* Parse %(key) flags width .prec; p points after '%'. Returns the arg to use. */
static Value
mod_parse(ThreadState *ts, const char **pp, const char *end, ModState *m, ModSpec *ms,
          const char *fmt0)
{
    const char *p = *pp;
    Value arg = VNULL;
    memset(ms, 0, sizeof *ms);
    ms->width = ms->prec = -1;
    if (p < end && *p == '%') {
        ms->conv = '%';
        *pp = p + 1;
        return V_NONE;
    }
    if (p < end && *p == '(') {
        if (!m->dict)
            return exc_raise(ts, &TypeErrorType, "format requires a mapping");
        const char *k = ++p;
        int depth = 1;
        while (p < end) {
            if (*p == '(')
                depth++;
            else if (*p == ')' && --depth == 0)
                break;
            p++;
        }
        if (p >= end)
            return exc_raise(ts, &ValueErrorType, "incomplete format key");
        Value key = m->bytes ? bytes_new(ts, k, (size_t)(p - k)) : str_new(ts, k, (size_t)(p - k));
        if (!key)
            return VNULL;
        p++;
        Value v = obj_getitem(ts, m->dict, key);
        if (!v)
            return VNULL;
        m->single = v;
        m->arglen = -1;
        m->argidx = -2;
    }
    for (; p < end; p++) {
        if (*p == '-')
            ms->left = true;
        else if (*p == '+')
            ms->plus = true;
        else if (*p == ' ')
            ms->space = true;
        else if (*p == '#')
            ms->alt = true;
        else if (*p == '0')
            ms->zero = true;
        else
            break;
    }
    if (p < end && *p == '*') {
        if (mod_star(ts, m, &ms->width) < 0)
            return VNULL;
        if (ms->width < 0)
            ms->left = true, ms->width = -ms->width;
        p++;
    } else if (parse_digits(ts, &p, end, &ms->width) < 0) {
        return VNULL;
    }
    if (p < end && *p == '.') {
        p++;
        ms->prec = 0;
        if (p < end && *p == '*') {
            if (mod_star(ts, m, &ms->prec) < 0)
                return VNULL;
            if (ms->prec < 0)
                ms->prec = 0;
            p++;
        } else if (parse_digits(ts, &p, end, &ms->prec) < 0) {
            return VNULL;
        }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L'))
        p++;
    if (p >= end)
        return exc_raise(ts, &ValueErrorType, "incomplete format");
    ms->conv = *p;
    *pp = p + 1;
    if (!arg)
        arg = next_arg(ts, m);
    (void)fmt0;
    return arg;
}

/* %s / %b of bytes formatting: raw bytes of a bytes-like or __bytes__ object. */
static int
mod_bytes_s(ThreadState *ts, StrBuf *b, const ModSpec *ms, Value v)
{
    const char *d;
    int64_t n;
    if (!bytes_view(v, &d, &n)) {
        Value meth = val_is_obj(v) ? type_lookup(val_type(v), str_intern(ts, "__bytes__")) : VNULL;
        Value none[1] = {VNULL};
        Value r = meth ? obj_call_method(ts, v, "__bytes__", none, 0) : VNULL;
        if (!meth) {
            exc_raise(ts, &TypeErrorType,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, "
                      "not '%s'", obj_type_name(v));
            return -1;
        }
        if (!r)
            return -1;
        if (!bytes_view(r, &d, &n)) {
            exc_raise(ts, &TypeErrorType, "__bytes__ returned non-bytes (type %s)",
                      obj_type_name(r));
            return -1;
        }
    }
    if (ms->prec >= 0 && ms->prec < n)
        n = ms->prec;
    mod_pad(b, ms, "", 0, d, (size_t)n, n, false);
    return 0;
}

static int
mod_bytes_c(ThreadState *ts, StrBuf *b, const ModSpec *ms, Value v)
{
    const char *d;
    int64_t n;
    char c;
    if (bytes_view(v, &d, &n) && n == 1) {
        c = d[0];
    } else if (int_check(v)) {
        int ovf = 0;
        int64_t i = int_as_i64(ts, v, &ovf);
        if (ovf || i < 0 || i > 255) {
            exc_clear(ts);
            exc_raise(ts, &OverflowErrorType, "%%c arg not in range(256)");
            return -1;
        }
        c = (char)i;
    } else {
        exc_raise(ts, &TypeErrorType, "%%c requires an integer in range(256) or a single byte");
        return -1;
    }
    mod_pad(b, ms, "", 0, &c, 1, 1, false);
    return 0;
}

static int
mod_one(ThreadState *ts, StrBuf *b, ModSpec *ms, Value arg, const char *fmt0, const char *at,
        bool bytes)
{
    if (bytes) {
        if (ms->conv == 's' || ms->conv == 'b')
            return mod_bytes_s(ts, b, ms, arg);
        if (ms->conv == 'c')
            return mod_bytes_c(ts, b, ms, arg);
        if (ms->conv == 'r')
            ms->conv = 'a';
    }
    switch (ms->conv) {
    case 's':
    case 'r':
    case 'a':
        return mod_string(ts, b, ms, arg);
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
        return mod_int(ts, b, ms, arg);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        return mod_float(ts, b, ms, arg);
    case 'c':
        return mod_char(ts, b, ms, arg);
    default: {
        unsigned char c = (unsigned char)ms->conv;
        long idx = (long)utf8_count(fmt0, (size_t)(at - fmt0));
        if (c < 0x80)
            exc_raise(ts, &ValueErrorType,
                      "unsupported format character '%c' (0x%x) at index %ld", c, c, idx);
        else {
            const char *q = at;
            uint32_t cp = cp_next(&q);
            char tmp[5] = {0};
            utf8_encode(cp, tmp);
            exc_raise(ts, &ValueErrorType,
                      "unsupported format character '%s' (0x%x) at index %ld", tmp, cp, idx);
        }
        return -1;
    }
    }
}

/* The printf-style core shared by str % args and bytes % args: fmt is
 * [data, data+size); the result is left in *b. */
static int
mod_format(ThreadState *ts, StrBuf *b, const char *data, int64_t size, Value args, bool bytes)
{
    ModState m = {0};
    m.bytes = bytes;
    if (tuple_check(args)) {
        m.items = tuple_as(args)->items;
        m.arglen = tuple_as(args)->len;
    } else {
        m.single = args;
        m.arglen = -1;
        m.argidx = -2;
        /* CPython: a mapping other than a str (str %) or bytes (bytes %) */
        if (!(bytes ? bytes_check(args) : str_check(args)) && val_type(args)->getitem)
            m.dict = args;
    }
    const char *p = data, *end = data + size;
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (!pct) {
            sb_put(b, p, (size_t)(end - p));
            break;
        }
        sb_put(b, p, (size_t)(pct - p));
        p = pct + 1;
        ModSpec ms;
        Value arg = mod_parse(ts, &p, end, &m, &ms, data);
        if (!arg)
            return -1;
        if (ms.conv == '%') {
            sb_putc(b, '%'); /* '%%', or '%5%' which (as in 3.11) eats an argument */
            continue;
        }
        if (mod_one(ts, b, &ms, arg, data, p - 1, bytes) < 0)
            return -1;
    }
    if (m.argidx < m.arglen && !m.dict) {
        exc_raise(ts, &TypeErrorType, "not all arguments converted during %s formatting",
                  bytes ? "bytes" : "string");
        return -1;
    }
    return 0;
}

Value
str_mod_format(ThreadState *ts, Value fmt, Value args)
{
    StrBuf b;
    sb_init(&b);
    ts_push_root(ts, fmt);
    ts_push_root(ts, args);
    int r = mod_format(ts, &b, str_as(fmt)->data, str_as(fmt)->size, args, false);
    ts_pop_roots(ts, 2);
    if (r < 0) {
        sb_free(&b);
        return VNULL;
    }
    return sb_finish(ts, &b);
}

Value
bytes_mod_format(ThreadState *ts, Value fmt, Value args)
{
    const char *d;
    int64_t n;
    bytes_view(fmt, &d, &n);
    StrBuf b;
    sb_init(&b);
    ts_push_root(ts, fmt);
    ts_push_root(ts, args);
    int r = mod_format(ts, &b, d, n, args, true);
    ts_pop_roots(ts, 2);
    Value v = VNULL;
    if (r == 0)
        v = bytearray_check(fmt) ? bytearray_new(ts, b.p, b.len) : bytes_new(ts, b.p, b.len);
    sb_free(&b);
    return v;
}

/* }===== */

/* {===== str.format */

typedef struct FmtState {
    Value *args;
    int nargs;
    Value kwnames; /* names of the keyword values after args[nargs] */
    Value mapping; /* format_map's mapping, or VNULL */
    int numbering; /* 0 unknown, 1 auto, 2 manual */
    int64_t next_auto;
} FmtState;

static int build_format(ThreadState *ts, StrBuf *out, const char *p, const char *end,
                        FmtState *st, int depth);

static Value
lookup_kw(ThreadState *ts, FmtState *st, const char *name, size_t n)
{
    Value key = str_new(ts, name, n);
    if (!key)
        return VNULL;
    if (st->mapping)
        return obj_getitem(ts, st->mapping, key);
    if (st->kwnames) {
        TupleObj *kn = tuple_as(st->kwnames);
        for (int64_t i = 0; i < kn->len; i++)
            if (str_eq(str_as(kn->items[i]), str_as(key)))
                return st->args[st->nargs + i];
    }
    return exc_raise_arg(ts, &KeyErrorType, key);
}

static Value
lookup_index(ThreadState *ts, FmtState *st, int64_t idx)
{
    if (st->mapping)
        return exc_raise(ts, &ValueErrorType, "Format string contains positional fields");
    if (idx >= st->nargs)
        return exc_raise(ts, &IndexErrorType,
                         "Replacement index %lld out of range for positional args tuple",
                         (long long)idx);
    return st->args[idx];
}

/* Is [p, e) all digits?  Sets *v. */
static bool
all_digits(const char *p, const char *e, int64_t *v)
{
    if (p == e)
        return false;
    int64_t x = 0;
    for (const char *q = p; q < e; q++) {
        if (*q < '0' || *q > '9')
            return false;
        if (x < INT64_MAX / 10)
            x = x * 10 + (*q - '0');
    }
    *v = x;
    return true;
}

static Value
field_first(ThreadState *ts, FmtState *st, const char *p, const char *e)
{
    int64_t idx;
    if (p == e) {
        if (st->numbering == 2)
            return exc_raise(ts, &ValueErrorType, "cannot switch from manual field "
                                                  "specification to automatic field numbering");
        st->numbering = 1;
        return lookup_index(ts, st, st->next_auto++);
    }
    if (all_digits(p, e, &idx)) {
        if (st->numbering == 1)
            return exc_raise(ts, &ValueErrorType, "cannot switch from automatic field "
                                                  "numbering to manual field specification");
        st->numbering = 2;
        return lookup_index(ts, st, idx);
    }
    return lookup_kw(ts, st, p, (size_t)(e - p));
}

/* Resolve a field name: first part, then .attr and [key] accessors. */
static Value
field_value(ThreadState *ts, FmtState *st, const char *p, const char *e)
{
    const char *q = p;
    while (q < e && *q != '.' && *q != '[')
        q++;
    Value v = field_first(ts, st, p, q);
    while (v && q < e) {
        if (*q == '.') {
            const char *a = ++q;
            while (q < e && *q != '.' && *q != '[')
                q++;
            if (q == a)
                return exc_raise(ts, &ValueErrorType, "Empty attribute in format string");
            Value name = str_new(ts, a, (size_t)(q - a));
            StrObj *in = name ? str_intern_value(ts, name) : NULL;
            if (!in)
                return VNULL;
            v = obj_getattr(ts, v, in);
        } else if (*q == '[') {
            const char *a = ++q;
            while (q < e && *q != ']')
                q++;
            if (q >= e)
                return exc_raise(ts, &ValueErrorType, "Missing ']' in format string");
            if (q == a)
                return exc_raise(ts, &ValueErrorType, "Empty attribute in format string");
            int64_t idx;
            Value key = all_digits(a, q, &idx) ? val_from_int(idx) : str_new(ts, a, (size_t)(q - a));
            if (!key)
                return VNULL;
            q++;
            v = obj_getitem(ts, v, key);
            if (v && q < e && *q != '.' && *q != '[')
                return exc_raise(ts, &ValueErrorType,
                                 "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return exc_raise(ts, &ValueErrorType,
                             "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return v;
}

static Value
convert(ThreadState *ts, Value v, uint32_t conv)
{
    switch (conv) {
    case 0:
        return v;
    case 'r':
        return obj_repr(ts, v);
    case 's':
        return obj_str(ts, v);
    case 'a':
        return str_format_ascii(ts, v);
    default:
        if (conv > 32 && conv < 127)
            return exc_raise(ts, &ValueErrorType, "Unknown conversion specifier %c", (char)conv);
        return exc_raise(ts, &ValueErrorType, "Unknown conversion specifier \\x%x", conv);
    }
}

/* One replacement field; *pp is just after '{'.  Scans as CPython's
 * MarkupIterator does so the same inputs raise the same errors. */
static int
do_field(ThreadState *ts, StrBuf *out, const char **pp, const char *end, FmtState *st, int depth)
{
    const char *p = *pp, *name = p;
    char c = 0;
    while (p < end) {
        c = *p++;
        if (c == '{') {
            exc_raise(ts, &ValueErrorType, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (p < end && *p != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
        c = 0;
    }
    if (c != '}' && c != ':' && c != '!') {
        exc_raise(ts, &ValueErrorType, "expected '}' before end of string");
        return -1;
    }
    const char *name_end = p - 1, *spec = NULL, *spec_end = NULL;
    uint32_t conv = 0;
    bool expand = false;
    if (c == '!' || c == ':') {
        bool spec_needed = true;
        if (c == '!') {
            if (p >= end) {
                exc_raise(ts, &ValueErrorType, "end of string while looking for conversion specifier");
                return -1;
            }
            conv = cp_next(&p);
            if (p < end) {
                char d = *p++;
                if (d == '}')
                    spec_needed = false;
                else if (d != ':') {
                    exc_raise(ts, &ValueErrorType, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (spec_needed) {
            spec = p;
            int count = 1;
            while (p < end) {
                char d = *p++;
                if (d == '{') {
                    expand = true;
                    count++;
                } else if (d == '}' && --count == 0) {
                    break;
                }
            }
            if (count != 0) {
                exc_raise(ts, &ValueErrorType, "unmatched '{' in format spec");
                return -1;
            }
            spec_end = p - 1;
        }
    }
    *pp = p;
    Value v = field_value(ts, st, name, name_end);
    if (!v || !(v = convert(ts, v, conv)))
        return -1;
    Value specv = VNULL;
    if (spec && spec_end > spec) {
        if (expand) {
            StrBuf sb;
            sb_init(&sb);
            ts_push_root(ts, v);
            int r = build_format(ts, &sb, spec, spec_end, st, depth - 1);
            ts_pop_roots(ts, 1);
            if (r < 0) {
                sb_free(&sb);
                return -1;
            }
            specv = sb_finish(ts, &sb);
        } else {
            specv = str_new(ts, spec, (size_t)(spec_end - spec));
        }
        if (!specv)
            return -1;
    }
    Value r = obj_format(ts, v, specv);
    if (!r)
        return -1;
    sb_put_str(out, r);
    return 0;
}

static int
build_format(ThreadState *ts, StrBuf *out, const char *p, const char *end, FmtState *st,
             int depth)
{
    if (depth <= 0) {
        exc_raise(ts, &ValueErrorType, "Max string recursion exceeded");
        return -1;
    }
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}')
            q++;
        sb_put(out, p, (size_t)(q - p));
        if (q >= end)
            break;
        char c = *q++;
        if (q < end && *q == c) {
            sb_putc(out, c);
            p = q + 1;
            continue;
        }
        if (c == '}') {
            exc_raise(ts, &ValueErrorType, "Single '}' encountered in format string");
            return -1;
        }
        if (q >= end) {
            exc_raise(ts, &ValueErrorType, "Single '{' encountered in format string");
            return -1;
        }
        p = q;
        if (do_field(ts, out, &p, end, st, depth) < 0)
            return -1;
    }
    return 0;
}

Value
str_format_map_impl(ThreadState *ts, Value fmt, Value *args, int nargs, Value mapping)
{
    FmtState st = {args, nargs, VNULL, mapping, 0, 0};
    StrObj *s = str_as(fmt);
    StrBuf b;
    sb_init(&b);
    if (build_format(ts, &b, s->data, s->data + s->size, &st, 2) < 0) {
        sb_free(&b);
        return VNULL;
    }
    return sb_finish(ts, &b);
}

Value
str_format_method(ThreadState *ts, Value fmt, Value *args, int nargs, Value kwnames)
{
    FmtState st = {args, nargs, kwnames, VNULL, 0, 0};
    StrObj *s = str_as(fmt);
    StrBuf b;
    sb_init(&b);
    if (build_format(ts, &b, s->data, s->data + s->size, &st, 2) < 0) {
        sb_free(&b);
        return VNULL;
    }
    return sb_finish(ts, &b);
}

/* }===== */
