/* runtime/strmethods.c: the methods of str (split, join, find, strip, case, is*...).
 * SPDX-License-Identifier: MIT
 *
 * Every method has an ASCII fast path working on bytes; non-ASCII strings
 * walk code points.  Results are sized once where the size is known.
 * Character classes beyond Latin-1 come from glibc's C.UTF-8 locale
 * (towupper_l, iswalpha_l...), which follows Unicode closely enough for
 * the subset's scripts; CPython's exact tables would be a generated file.
 */
#define _GNU_SOURCE /* memmem */
#include <locale.h>
#include <stdio.h>
#include <wctype.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "strimpl.h"
#include "strlike.h"
#include "tstate.h"
#include "tuple.h"
#include "unicode_db.h"

/* {===== Unicode character classes */

static bool
in_table(const UcRange *t, size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < t[mid].lo)
            hi = mid;
        else if (c > t[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define IN_DB(name, c) in_table(uc_##name, sizeof uc_##name / sizeof uc_##name[0], (c))

/* Process-wide, immutable once made (made under the GIL on first use):
 * glibc's C.UTF-8 locale gives the simple case mappings. */
static locale_t utf8_locale;
static int utf8_locale_tried;

static locale_t
uloc(void)
{
    if (!utf8_locale_tried) {
        utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
        utf8_locale_tried = 1;
    }
    return utf8_locale;
}

bool
uc_isspace(uint32_t c)
{
    if (c < 0x80)
        return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool
uc_islinebreak(uint32_t c)
{
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
           c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool
uc_isdecimal(uint32_t c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : IN_DB(decimal, c);
}

int
uc_decimal_value(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') ? (int)(c - '0') : -1;
    size_t lo = 0, hi = sizeof uc_decimal / sizeof uc_decimal[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < uc_decimal[mid].lo)
            hi = mid;
        else if (c > uc_decimal[mid].hi)
            lo = mid + 1;
        else
            return (int)((c - uc_decimal[mid].lo) % 10); /* Nd comes in runs of ten */
    }
    return -1;
}

bool
uc_isdigit(uint32_t c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : IN_DB(digit, c);
}

bool
uc_isnumeric(uint32_t c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : IN_DB(numeric, c);
}

bool
uc_isalpha(uint32_t c)
{
    return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : IN_DB(alpha, c);
}

bool
uc_isupper(uint32_t c)
{
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : IN_DB(upper, c);
}

bool
uc_islower(uint32_t c)
{
    return c < 0x80 ? (c >= 'a' && c <= 'z') : IN_DB(lower, c);
}

bool
uc_isprintable(uint32_t c)
{
    return c < 0x80 ? (c >= 0x20 && c < 0x7F) : IN_DB(printable, c);
}

bool
uc_is_id_start(uint32_t c)
{
    if (c < 0x80)
        return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return IN_DB(id_start, c);
}

bool
uc_is_id_continue(uint32_t c)
{
    if (c < 0x80)
        return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    return IN_DB(id_continue, c);
}

uint32_t
uc_toupper(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    locale_t l = uloc();
    return l ? (uint32_t)towupper_l((wint_t)c, l) : c;
}

uint32_t
uc_tolower(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    locale_t l = uloc();
    return l ? (uint32_t)towlower_l((wint_t)c, l) : c;
}

/* The full mapping entry of c, or NULL when the simple mapping applies. */
static const UcSpecial *
uc_special_of(uint32_t c)
{
    size_t lo = 0, hi = sizeof uc_special / sizeof uc_special[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < uc_special[mid].cp)
            hi = mid;
        else if (c > uc_special[mid].cp)
            lo = mid + 1;
        else
            return &uc_special[mid];
    }
    return NULL;
}

/* }===== */

/* {===== argument parsing */

static Value
arg_count_error(ThreadState *ts, const char *fname, int style, int min, int max, int given)
{
    bool few = given < min;
    int lim = few ? min : max;
    const char *pl = lim == 1 ? "" : "s";
    if (style == ARGS_EXACT) {
        if (max == 0)
            return exc_raise(ts, &TypeErrorType, "%s() takes no arguments (%d given)", fname,
                             given);
        return exc_raise(ts, &TypeErrorType, "%s() takes exactly one argument (%d given)", fname,
                         given);
    }
    if (style == ARGS_CLINIC) {
        if (min == max)
            return exc_raise(ts, &TypeErrorType, "%s expected %d argument%s, got %d", fname, lim,
                             pl, given);
        return exc_raise(ts, &TypeErrorType, "%s expected %s %d argument%s, got %d", fname,
                         few ? "at least" : "at most", lim, pl, given);
    }
    if (min == max)
        return exc_raise(ts, &TypeErrorType, "%s() takes exactly %d argument%s (%d given)", fname,
                         lim, pl, given);
    return exc_raise(ts, &TypeErrorType, "%s() takes %s %d argument%s (%d given)", fname,
                     few ? "at least" : "at most", lim, pl, given);
}

int
str_parse_args(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
               const char *const *kwlist, int min, int max, int style, Value *out)
{
    /* the vector-call convention: nargs positional values, then one
     * value per name in kwnames */
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int npos = nargs;
    for (int i = 0; i < max; i++)
        out[i] = VNULL;
    if (nkw && !kwlist) {
        exc_raise(ts, &TypeErrorType, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (npos > max) {
        arg_count_error(ts, fname, style, min, max, npos + nkw);
        return -1;
    }
    for (int i = 0; i < npos; i++)
        out[i] = args[i];
    for (int k = 0; k < nkw; k++) {
        Value kn = tuple_as(kwnames)->items[k];
        int idx = -1;
        for (int i = 0; i < max && kwlist[i]; i++)
            if (strcmp(kwlist[i], str_cstr(kn)) == 0)
                idx = i;
        if (idx < 0) {
            exc_raise(ts, &TypeErrorType, "'%s' is an invalid keyword argument for %s()",
                      str_cstr(kn), fname);
            return -1;
        }
        if (out[idx]) {
            exc_raise(ts, &TypeErrorType, "argument for %s() given by name ('%s') and position (%d)",
                      fname, kwlist[idx], idx + 1);
            return -1;
        }
        out[idx] = args[npos + k];
    }
    for (int i = 0; i < min; i++)
        if (!out[i]) {
            arg_count_error(ts, fname, style, min, max, npos + nkw);
            return -1;
        }
    return 0;
}

int
str_arg_index(ThreadState *ts, Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    if (!val_type(v)->index) {
        exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(v));
        return -1;
    }
    Value iv = obj_index(ts, v);
    if (!iv)
        return -1;
    int ovf = 0;
    *out = int_as_i64(ts, iv, &ovf);
    if (ovf || (*out == -1 && ts_has_exc(ts))) {
        exc_clear(ts);
        exc_raise(ts, &OverflowErrorType, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static int
slice_arg(ThreadState *ts, Value v, int64_t len, int64_t *out)
{
    int64_t i;
    if (val_is_int(v)) {
        i = val_as_int(v);
    } else if (val_type(v)->index) {
        Value iv = obj_index(ts, v);
        if (!iv)
            return -1;
        int ovf = 0;
        i = int_as_i64(ts, iv, &ovf);
        if (ovf || (i == -1 && ts_has_exc(ts))) {
            exc_clear(ts);
            i = int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        }
    } else {
        exc_raise(ts, &TypeErrorType,
                  "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    *out = i;
    return 0;
}

int
str_arg_range(ThreadState *ts, Value vs, Value ve, int64_t len, int64_t *s, int64_t *e)
{
    *s = 0;
    *e = len;
    if (vs && vs != V_NONE && slice_arg(ts, vs, len, s) < 0)
        return -1;
    if (ve && ve != V_NONE && slice_arg(ts, ve, len, e) < 0)
        return -1;
    if (*e > len)
        *e = len;
    return 0;
}

/* }===== */

#define SELF str_as(args[0])

static Value
new_list_append(ThreadState *ts, Value list, Value item)
{
    if (!item || list_append(ts, list, item) < 0)
        return VNULL;
    return list;
}

/* A piece [p, p+n) of s as a new str (ascii-ness inherited when s is ASCII). */
static Value
piece(ThreadState *ts, StrObj *s, const char *p, size_t n)
{
    if (n == (size_t)s->size && s->base.type == &StrType)
        return val_from_obj(s);
    return str_from_valid(ts, p, n, s->ascii ? 1 : -1);
}

static Value
require_str(ThreadState *ts, Value v)
{
    if (!str_check(v))
        return exc_raise(ts, &TypeErrorType, "must be str, not %s", obj_type_name(v));
    return v;
}

/* code point index of byte offset off in s */
static int64_t
cp_index(StrObj *s, int64_t off)
{
    return s->ascii ? off : utf8_count(s->data, (size_t)off);
}

static const char *
rfind_bytes(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn)
        return NULL;
    for (const char *p = h + (hn - nn);; p--) {
        if (p[0] == n[0] && memcmp(p, n, nn) == 0)
            return p;
        if (p == h)
            return NULL;
    }
}

/* {===== find, index, count, startswith, endswith */

/* Parse (sub[, start[, end]]) into byte offsets; returns 1 if the range is
 * empty-and-impossible (start > len), 0 normally, -1 on error. */
static int
find_args(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames, StrObj **sub,
          int64_t *bs, int64_t *be)
{
    Value a[3];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 1, 3, ARGS_OLD, a) < 0)
        return -1;
    if (!require_str(ts, a[0]))
        return -1;
    StrObj *s = SELF;
    int64_t cs, ce;
    if (str_arg_range(ts, a[1], a[2], s->len, &cs, &ce) < 0)
        return -1;
    *sub = str_as(a[0]);
    if (cs > s->len)
        return 1;
    if (ce < cs)
        ce = cs;
    *bs = str_offset(s, cs);
    *be = s->ascii ? ce : *bs + (str_offset(s, ce) - *bs);
    return 0;
}

static int64_t
do_find(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames, bool rev)
{
    StrObj *sub;
    int64_t bs, be;
    int r = find_args(ts, name, args, nargs, kwnames, &sub, &bs, &be);
    if (r)
        return r < 0 ? -2 : -1;
    StrObj *s = SELF;
    const char *h = s->data + bs;
    size_t hn = (size_t)(be - bs);
    if (sub->size == 0)
        return cp_index(s, rev ? be : bs);
    const char *f = rev ? rfind_bytes(h, hn, sub->data, (size_t)sub->size)
                        : memmem(h, hn, sub->data, (size_t)sub->size);
    return f ? cp_index(s, f - s->data) : -1;
}

STRLIKE_METHOD(str_find, strlike_find, do_find, "find", false, NULL)
STRLIKE_METHOD(str_rfind, strlike_find, do_find, "rfind", true, NULL)
STRLIKE_METHOD(str_index, strlike_find, do_find, "index", false, "substring not found")
STRLIKE_METHOD(str_rindex, strlike_find, do_find, "rindex", true, "substring not found")

static int64_t
count_bytes(const char *h, size_t hn, const char *n, size_t nn, int64_t max)
{
    int64_t c = 0;
    const char *end = h + hn;
    while (c < max || max < 0) {
        const char *f = memmem(h, (size_t)(end - h), n, nn);
        if (!f)
            break;
        c++;
        h = f + nn;
    }
    return c;
}

static Value
str_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    StrObj *sub;
    int64_t bs, be;
    int r = find_args(ts, "count", args, nargs, kwnames, &sub, &bs, &be);
    if (r)
        return r < 0 ? VNULL : val_from_int(0);
    StrObj *s = SELF;
    if (sub->size == 0)
        return val_from_int(cp_index(s, be) - cp_index(s, bs) + 1);
    return val_from_int(
        count_bytes(s->data + bs, (size_t)(be - bs), sub->data, (size_t)sub->size, -1));
}

static Value
starts_ends(ThreadState *ts, Value *args, int nargs, Value kwnames, bool ends)
{
    const char *name = ends ? "endswith" : "startswith";
    Value a[3];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 1, 3, ARGS_OLD, a) < 0)
        return VNULL;
    StrObj *s = SELF;
    int64_t cs, ce;
    if (str_arg_range(ts, a[1], a[2], s->len, &cs, &ce) < 0)
        return VNULL;
    Value *subs = &a[0];
    int64_t nsub = 1;
    if (val_is(a[0], &TupleType)) {
        subs = tuple_as(a[0])->items;
        nsub = tuple_as(a[0])->len;
    } else if (!str_check(a[0])) {
        return exc_raise(ts, &TypeErrorType, "%s first arg must be str or a tuple of str, not %s",
                         name, obj_type_name(a[0]));
    }
    if (cs > s->len)
        return V_FALSE;
    int64_t bs = str_offset(s, cs), be = str_offset(s, ce < cs ? cs : ce);
    for (int64_t i = 0; i < nsub; i++) {
        if (!str_check(subs[i]))
            return exc_raise(ts, &TypeErrorType, "tuple for %s must only contain str, not %s", name,
                             obj_type_name(subs[i]));
        StrObj *t = str_as(subs[i]);
        if (t->size > be - bs)
            continue;
        const char *p = ends ? s->data + be - t->size : s->data + bs;
        if (memcmp(p, t->data, (size_t)t->size) == 0)
            return V_TRUE;
    }
    return V_FALSE;
}

STRLIKE_METHOD(str_startswith, starts_ends, false)
STRLIKE_METHOD(str_endswith, starts_ends, true)

/* }===== */

/* {===== split, rsplit, splitlines, partition */

static const char *const split_kw[] = {"sep", "maxsplit", NULL};

static int
split_args(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames, StrObj **sep,
           int64_t *maxsplit)
{
    Value a[2];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, split_kw, 0, 2, ARGS_OLD, a) < 0)
        return -1;
    *sep = NULL;
    *maxsplit = -1;
    if (a[0] && a[0] != V_NONE) {
        if (!str_check(a[0])) {
            exc_raise(ts, &TypeErrorType, "must be str or None, not %s", obj_type_name(a[0]));
            return -1;
        }
        *sep = str_as(a[0]);
        if ((*sep)->size == 0) {
            exc_raise(ts, &ValueErrorType, "empty separator");
            return -1;
        }
    }
    if (a[1] && str_arg_index(ts, a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    return 0;
}

/* Whitespace at p (ASCII fast), returning its byte length or 0. */
static int
space_at(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return ((c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20)) ? 1 : 0;
    const char *q = p;
    uint32_t cp = cp_next(&q);
    (void)end;
    return uc_isspace(cp) ? (int)(q - p) : 0;
}

static int
char_len_at(const char *p)
{
    unsigned char c = (unsigned char)*p;
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static Value
split_whitespace(ThreadState *ts, StrObj *s, int64_t maxsplit)
{
    Value list = list_new(ts, 0);
    if (!list)
        return VNULL;
    const char *p = s->data, *end = p + s->size;
    int64_t n = 0;
    for (;;) {
        int k;
        while (p < end && (k = space_at(p, end)))
            p += k;
        if (p >= end)
            break;
        if (n >= maxsplit)
            return new_list_append(ts, list, piece(ts, s, p, (size_t)(end - p)));
        const char *w = p;
        while (p < end && !space_at(p, end))
            p += char_len_at(p);
        if (!new_list_append(ts, list, piece(ts, s, w, (size_t)(p - w))))
            return VNULL;
        n++;
    }
    return list;
}

static Value
split_sep(ThreadState *ts, StrObj *s, StrObj *sep, int64_t maxsplit)
{
    Value list = list_new(ts, 0);
    if (!list)
        return VNULL;
    const char *p = s->data, *end = p + s->size;
    int64_t n = 0;
    while (n < maxsplit) {
        const char *f = sep->size == 1 ? memchr(p, sep->data[0], (size_t)(end - p))
                                       : memmem(p, (size_t)(end - p), sep->data, (size_t)sep->size);
        if (!f)
            break;
        if (!new_list_append(ts, list, piece(ts, s, p, (size_t)(f - p))))
            return VNULL;
        p = f + sep->size;
        n++;
    }
    return new_list_append(ts, list, piece(ts, s, p, (size_t)(end - p)));
}

static Value
str_split(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    StrObj *sep;
    int64_t maxsplit;
    if (split_args(ts, "split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return VNULL;
    return sep ? split_sep(ts, SELF, sep, maxsplit) : split_whitespace(ts, SELF, maxsplit);
}

static int
list_reverse_in_place(Value list)
{
    ListObj *l = list_as(list);
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return 0;
}

static Value
rsplit_whitespace(ThreadState *ts, StrObj *s, int64_t maxsplit)
{
    Value list = list_new(ts, 0);
    if (!list)
        return VNULL;
    const char *begin = s->data, *e = begin + s->size;
    int64_t n = 0;
    for (;;) {
        /* skip trailing whitespace */
        while (e > begin) {
            const char *q = e - 1;
            while (q > begin && ((unsigned char)*q & 0xC0) == 0x80)
                q--;
            if (!space_at(q, e))
                break;
            e = q;
        }
        if (e <= begin)
            break;
        if (n >= maxsplit) {
            if (!new_list_append(ts, list, piece(ts, s, begin, (size_t)(e - begin))))
                return VNULL;
            break;
        }
        const char *w = e;
        while (w > begin) {
            const char *q = w - 1;
            while (q > begin && ((unsigned char)*q & 0xC0) == 0x80)
                q--;
            if (space_at(q, e))
                break;
            w = q;
        }
        if (!new_list_append(ts, list, piece(ts, s, w, (size_t)(e - w))))
            return VNULL;
        e = w;
        n++;
    }
    list_reverse_in_place(list);
    return list;
}

static Value
str_rsplit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    StrObj *sep;
    int64_t maxsplit;
    if (split_args(ts, "rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return VNULL;
    StrObj *s = SELF;
    if (!sep)
        return rsplit_whitespace(ts, s, maxsplit);
    if (maxsplit == INT64_MAX)
        return split_sep(ts, s, sep, maxsplit);
    Value list = list_new(ts, 0);
    if (!list)
        return VNULL;
    const char *begin = s->data, *e = begin + s->size;
    int64_t n = 0;
    while (n < maxsplit) {
        const char *f = rfind_bytes(begin, (size_t)(e - begin), sep->data, (size_t)sep->size);
        if (!f)
            break;
        const char *a = f + sep->size;
        if (!new_list_append(ts, list, piece(ts, s, a, (size_t)(e - a))))
            return VNULL;
        e = f;
        n++;
    }
    if (!new_list_append(ts, list, piece(ts, s, begin, (size_t)(e - begin))))
        return VNULL;
    list_reverse_in_place(list);
    return list;
}

static Value
str_splitlines(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"keepends", NULL};
    Value a[1];
    if (str_parse_args(ts, "splitlines", args + 1, nargs - 1, kwnames, kw, 0, 1, ARGS_OLD, a) < 0)
        return VNULL;
    int keep = 0;
    if (a[0] && (keep = obj_truth(ts, a[0])) < 0)
        return VNULL;
    StrObj *s = SELF;
    Value list = list_new(ts, 0);
    if (!list)
        return VNULL;
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        const char *line = p, *eol = NULL;
        while (p < end) {
            const char *q = p;
            uint32_t c = cp_next(&q);
            if (uc_islinebreak(c)) {
                eol = p;
                if (c == '\r' && q < end && *q == '\n')
                    q++;
                p = q;
                break;
            }
            p = q;
        }
        if (!eol)
            eol = p;
        const char *stop = keep ? p : eol;
        if (!new_list_append(ts, list, piece(ts, s, line, (size_t)(stop - line))))
            return VNULL;
    }
    return list;
}

static Value
do_partition(ThreadState *ts, Value *args, int nargs, Value kwnames, bool rev)
{
    Value a[1];
    if (str_parse_args(ts, rev ? "str.rpartition" : "str.partition", args + 1, nargs - 1, kwnames,
                       NULL, 1, 1, ARGS_EXACT, a) < 0)
        return VNULL;
    if (!require_str(ts, a[0]))
        return VNULL;
    StrObj *s = SELF, *sep = str_as(a[0]);
    if (sep->size == 0)
        return exc_raise(ts, &ValueErrorType, "empty separator");
    const char *f = rev ? rfind_bytes(s->data, (size_t)s->size, sep->data, (size_t)sep->size)
                        : memmem(s->data, (size_t)s->size, sep->data, (size_t)sep->size);
    Value t = tuple_new(ts, 3);
    if (!t)
        return VNULL;
    Value *it = tuple_as(t)->items;
    Value empty = str_new(ts, "", 0);
    if (!empty)
        return VNULL;
    if (!f) {
        Value whole = piece(ts, s, s->data, (size_t)s->size);
        if (!whole)
            return VNULL;
        it[0] = rev ? empty : whole;
        it[1] = empty;
        it[2] = rev ? whole : empty;
        return t;
    }
    it[0] = piece(ts, s, s->data, (size_t)(f - s->data));
    it[1] = a[0];
    it[2] = piece(ts, s, f + sep->size, (size_t)(s->data + s->size - f - sep->size));
    if (!it[0] || !it[2])
        return VNULL;
    return t;
}

STRLIKE_METHOD(str_partition, do_partition, false)
STRLIKE_METHOD(str_rpartition, do_partition, true)

/* }===== */

/* {===== join, strip, replace */

static Value
str_join(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "str.join", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_EXACT, a) <
        0)
        return VNULL;
    StrObj *sep = SELF;
    Value seq = a[0];
    if (val_is(seq, &ListType))
        return str_join_array(ts, sep->data, (size_t)sep->size, list_as(seq)->items,
                              (size_t)list_as(seq)->len);
    if (val_is(seq, &TupleType))
        return str_join_array(ts, sep->data, (size_t)sep->size, tuple_as(seq)->items,
                              (size_t)tuple_as(seq)->len);
    Type *t = val_type(seq);
    if (!t->iter && !t->getitem)
        return exc_raise(ts, &TypeErrorType, "can only join an iterable");
    Value list = list_from_iterable(ts, seq);
    if (!list)
        return VNULL;
    return str_join_array(ts, sep->data, (size_t)sep->size, list_as(list)->items,
                          (size_t)list_as(list)->len);
}

/* Does code point c occur in chars (a str), or is it whitespace if chars is NULL? */
static bool
strip_match(StrObj *chars, uint32_t c)
{
    if (!chars)
        return uc_isspace(c);
    if (chars->ascii)
        return c < 0x80 && memchr(chars->data, (int)c, (size_t)chars->size) != NULL;
    const char *p = chars->data, *end = p + chars->size;
    while (p < end)
        if (cp_next(&p) == c)
            return true;
    return false;
}

static Value
do_strip(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name, int which)
{
    Value a[1];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 0, 1, ARGS_CLINIC, a) < 0)
        return VNULL;
    StrObj *chars = NULL;
    if (a[0] && a[0] != V_NONE) {
        if (!str_check(a[0]))
            return exc_raise(ts, &TypeErrorType, "%s arg must be None or str", name);
        chars = str_as(a[0]);
    }
    StrObj *s = SELF;
    const char *p = s->data, *e = p + s->size;
    if (which & 1)
        while (p < e) {
            const char *q = p;
            if (!strip_match(chars, cp_next(&q)))
                break;
            p = q;
        }
    if (which & 2)
        while (e > p) {
            const char *q = e - 1;
            while (q > p && ((unsigned char)*q & 0xC0) == 0x80)
                q--;
            const char *r = q;
            if (!strip_match(chars, cp_next(&r)))
                break;
            e = q;
        }
    return piece(ts, s, p, (size_t)(e - p));
}

STRLIKE_METHOD(str_strip, do_strip, "strip", 3)
STRLIKE_METHOD(str_lstrip, do_strip, "lstrip", 1)
STRLIKE_METHOD(str_rstrip, do_strip, "rstrip", 2)

/* replace with an empty `old`: new goes before every char and at the end */
static Value
replace_empty(ThreadState *ts, StrObj *s, StrObj *nw, int64_t count)
{
    StrBuf b;
    sb_init(&b);
    const char *p = s->data, *end = p + s->size;
    int64_t done = 0;
    for (;;) {
        if (done < count) {
            sb_put(&b, nw->data, (size_t)nw->size);
            done++;
        }
        if (p >= end)
            break;
        const char *q = p + char_len_at(p);
        sb_put(&b, p, (size_t)(q - p));
        p = q;
    }
    return sb_finish(ts, &b);
}

static Value
str_replace(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[3];
    if (str_parse_args(ts, "replace", args + 1, nargs - 1, kwnames, NULL, 2, 3, ARGS_CLINIC, a) < 0)
        return VNULL;
    for (int i = 0; i < 2; i++)
        if (!str_check(a[i]))
            return exc_raise(ts, &TypeErrorType, "replace() argument %d must be str, not %s", i + 1,
                             obj_type_name(a[i]));
    int64_t count = -1;
    if (a[2] && str_arg_index(ts, a[2], &count) < 0)
        return VNULL;
    if (count < 0)
        count = INT64_MAX;
    StrObj *s = SELF, *old = str_as(a[0]), *nw = str_as(a[1]);
    if (old->size == 0)
        return count ? replace_empty(ts, s, nw, count) : piece(ts, s, s->data, (size_t)s->size);
    int64_t n = count_bytes(s->data, (size_t)s->size, old->data, (size_t)old->size, count);
    if (n == 0)
        return piece(ts, s, s->data, (size_t)s->size);
    size_t total = (size_t)(s->size + n * (nw->size - old->size));
    StrObj *r = str_alloc(ts, total);
    if (!r)
        return VNULL;
    const char *p = s->data, *end = p + s->size;
    char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        const char *f = memmem(p, (size_t)(end - p), old->data, (size_t)old->size);
        memcpy(o, p, (size_t)(f - p));
        o += f - p;
        memcpy(o, nw->data, (size_t)nw->size);
        o += nw->size;
        p = f + old->size;
    }
    memcpy(o, p, (size_t)(end - p));
    str_finish(r);
    return val_from_obj(r);
}

/* }===== */

/* {===== case mapping */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_FOLD, CASE_CAPITALIZE, CASE_TITLE };

static bool
uc_istitle_char(uint32_t c)
{
    return c >= 0x80 && IN_DB(title, c);
}

static bool
uc_iscased(uint32_t c)
{
    return uc_isupper(c) || uc_islower(c) || uc_istitle_char(c);
}

/* Approximates Unicode's Case_Ignorable: marks, modifiers, apostrophes. */
static bool
uc_case_ignorable(uint32_t c)
{
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0xAD ||
           c == 0x2019 || c == 0x2018 || c == 0x2024 || (c >= 0x300 && c <= 0x36F) ||
           (c >= 0x2B0 && c <= 0x2FF) || (c >= 0x200B && c <= 0x200F);
}

/* Is the capital sigma at [at, after) final (CPython's Final_Sigma test)? */
static bool
final_sigma(const char *begin, const char *at, const char *after, const char *end)
{
    const char *p = at;
    bool cased_before = false;
    while (p > begin) {
        const char *q = p - 1;
        while (q > begin && ((unsigned char)*q & 0xC0) == 0x80)
            q--;
        const char *r = q;
        uint32_t c = cp_next(&r);
        p = q;
        if (!uc_case_ignorable(c)) {
            cased_before = uc_iscased(c);
            break;
        }
    }
    if (!cased_before)
        return false;
    for (p = after; p < end;) {
        uint32_t c = cp_next(&p);
        if (!uc_case_ignorable(c))
            return !uc_iscased(c);
    }
    return true;
}

/* Put the mapping of c (full mappings from unicode_db.h when they differ
 * from the simple one). */
static void
put_mapped(StrBuf *b, uint32_t c, int mode, bool upper)
{
    const UcSpecial *sp = c >= 0x80 ? uc_special_of(c) : NULL;
    if (sp) {
        const char *m = upper ? (mode == CASE_TITLE || mode == CASE_CAPITALIZE ? sp->title
                                                                               : sp->upper)
                              : (mode == CASE_FOLD ? sp->fold : sp->lower);
        sb_put(b, m, strlen(m));
        return;
    }
    sb_put_cp(b, upper ? uc_toupper(c) : uc_tolower(c));
}

static Value
case_map(ThreadState *ts, StrObj *s, int mode)
{
    if (s->ascii && (mode == CASE_UPPER || mode == CASE_LOWER || mode == CASE_FOLD)) {
        StrObj *r = str_alloc(ts, (size_t)s->size);
        if (!r)
            return VNULL;
        for (int64_t i = 0; i < s->size; i++) {
            char c = s->data[i];
            if (mode == CASE_UPPER)
                r->data[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
            else
                r->data[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        r->len = s->len;
        r->ascii = 1;
        return val_from_obj(r);
    }
    StrBuf b;
    sb_init(&b);
    const char *p = s->data, *end = p + s->size;
    bool prev_cased = false, first = true;
    while (p < end) {
        const char *at = p;
        uint32_t c = cp_next(&p);
        bool up;
        switch (mode) {
        case CASE_UPPER:
            up = true;
            break;
        case CASE_SWAP:
            if (!uc_isupper(c) && !uc_islower(c)) {
                sb_put_cp(&b, c);
                continue;
            }
            up = uc_islower(c);
            break;
        case CASE_CAPITALIZE:
            up = first;
            break;
        case CASE_TITLE:
            up = !prev_cased;
            prev_cased = uc_iscased(c);
            break;
        default:
            up = false;
        }
        first = false;
        if (c == 0x3A3 && !up && mode != CASE_FOLD &&
            final_sigma(s->data, at, p, s->data + s->size)) {
            sb_put_cp(&b, 0x3C2);
            continue;
        }
        put_mapped(&b, c, mode, up);
    }
    return sb_finish(ts, &b);
}

static Value
case_method(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name, int mode)
{
    Value a[1];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 0, 0, ARGS_EXACT, a) < 0)
        return VNULL;
    return case_map(ts, SELF, mode);
}

STRLIKE_METHOD(str_upper, case_method, "str.upper", CASE_UPPER)
STRLIKE_METHOD(str_lower, case_method, "str.lower", CASE_LOWER)
STRLIKE_METHOD(str_swapcase, case_method, "str.swapcase", CASE_SWAP)
STRLIKE_METHOD(str_casefold, case_method, "str.casefold", CASE_FOLD)
STRLIKE_METHOD(str_capitalize, case_method, "str.capitalize", CASE_CAPITALIZE)
STRLIKE_METHOD(str_title, case_method, "str.title", CASE_TITLE)

/* }===== */

/* {===== predicates */

enum { IS_DIGIT, IS_ALPHA, IS_ALNUM, IS_SPACE, IS_DECIMAL, IS_NUMERIC, IS_PRINTABLE, IS_ASCII };

static bool
char_is(uint32_t c, int kind)
{
    switch (kind) {
    case IS_DIGIT:
        return uc_isdigit(c);
    case IS_ALPHA:
        return uc_isalpha(c);
    case IS_ALNUM:
        return uc_isalpha(c) || uc_isnumeric(c);
    case IS_SPACE:
        return uc_isspace(c);
    case IS_DECIMAL:
        return uc_isdecimal(c);
    case IS_NUMERIC:
        return uc_isnumeric(c);
    case IS_PRINTABLE:
        return uc_isprintable(c);
    default:
        return c < 0x80;
    }
}

static Value
predicate(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name, int kind)
{
    Value a[1];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 0, 0, ARGS_EXACT, a) < 0)
        return VNULL;
    StrObj *s = SELF;
    if (kind == IS_ASCII)
        return val_bool(s->ascii);
    if (s->size == 0)
        return val_bool(kind == IS_PRINTABLE);
    const char *p = s->data, *end = p + s->size;
    while (p < end)
        if (!char_is(cp_next(&p), kind))
            return V_FALSE;
    return V_TRUE;
}

STRLIKE_METHOD(str_isdigit, predicate, "str.isdigit", IS_DIGIT)
STRLIKE_METHOD(str_isalpha, predicate, "str.isalpha", IS_ALPHA)
STRLIKE_METHOD(str_isalnum, predicate, "str.isalnum", IS_ALNUM)
STRLIKE_METHOD(str_isspace, predicate, "str.isspace", IS_SPACE)
STRLIKE_METHOD(str_isdecimal, predicate, "str.isdecimal", IS_DECIMAL)
STRLIKE_METHOD(str_isnumeric, predicate, "str.isnumeric", IS_NUMERIC)
STRLIKE_METHOD(str_isprintable, predicate, "str.isprintable", IS_PRINTABLE)
STRLIKE_METHOD(str_isascii, predicate, "str.isascii", IS_ASCII)

static Value
case_predicate(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name, int which)
{
    Value a[1];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 0, 0, ARGS_EXACT, a) < 0)
        return VNULL;
    StrObj *s = SELF;
    const char *p = s->data, *end = p + s->size;
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c = cp_next(&p);
        bool tc = uc_istitle_char(c);
        bool up = !tc && uc_isupper(c), lo = !tc && uc_islower(c);
        if (which == 2 && tc)
            up = true;
        if (which == 0 && lo)
            return V_FALSE;
        if (which == 1 && up)
            return V_FALSE;
        if (which == 2) {
            if (up && prev_cased)
                return V_FALSE;
            if (lo && !prev_cased)
                return V_FALSE;
            prev_cased = up || lo;
        }
        cased |= up || lo;
    }
    return val_bool(cased);
}

STRLIKE_METHOD(str_isupper, case_predicate, "str.isupper", 0)
STRLIKE_METHOD(str_islower, case_predicate, "str.islower", 1)
STRLIKE_METHOD(str_istitle, case_predicate, "str.istitle", 2)

static Value
str_isidentifier(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "str.isidentifier", args + 1, nargs - 1, kwnames, NULL, 0, 0,
                       ARGS_EXACT, a) < 0)
        return VNULL;
    StrObj *s = SELF;
    if (s->size == 0)
        return V_FALSE;
    const char *p = s->data, *end = p + s->size;
    if (!uc_is_id_start(cp_next(&p)))
        return V_FALSE;
    while (p < end)
        if (!uc_is_id_continue(cp_next(&p)))
            return V_FALSE;
    return V_TRUE;
}

/* }===== */

/* {===== padding */

static int
pad_args(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name, int64_t *width,
         uint32_t *fill)
{
    Value a[2];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 1, 2, ARGS_CLINIC, a) < 0)
        return -1;
    if (str_arg_index(ts, a[0], width) < 0)
        return -1;
    *fill = ' ';
    if (a[1]) {
        if (!str_check(a[1])) {
            exc_raise(ts, &TypeErrorType, "%s() argument 2 must be str, not %s", name,
                      obj_type_name(a[1]));
            return -1;
        }
        if (str_as(a[1])->len != 1) {
            exc_raise(ts, &TypeErrorType, "The fill character must be exactly one character long");
            return -1;
        }
        const char *p = str_as(a[1])->data;
        *fill = cp_next(&p);
    }
    return 0;
}

static Value
pad(ThreadState *ts, StrObj *s, int64_t left, int64_t right, uint32_t fill)
{
    if (left <= 0 && right <= 0)
        return piece(ts, s, s->data, (size_t)s->size);
    StrBuf b;
    sb_init(&b);
    sb_fill(&b, fill, left);
    sb_put(&b, s->data, (size_t)s->size);
    sb_fill(&b, fill, right);
    return sb_finish(ts, &b);
}

static Value
str_center(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int64_t w;
    uint32_t f;
    if (pad_args(ts, args, nargs, kwnames, "center", &w, &f) < 0)
        return VNULL;
    StrObj *s = SELF;
    int64_t marg = w - s->len;
    if (marg <= 0)
        return pad(ts, s, 0, 0, f);
    int64_t left = marg / 2 + (marg & w & 1);
    return pad(ts, s, left, marg - left, f);
}

static Value
str_ljust(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int64_t w;
    uint32_t f;
    if (pad_args(ts, args, nargs, kwnames, "ljust", &w, &f) < 0)
        return VNULL;
    return pad(ts, SELF, 0, w - SELF->len, f);
}

static Value
str_rjust(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int64_t w;
    uint32_t f;
    if (pad_args(ts, args, nargs, kwnames, "rjust", &w, &f) < 0)
        return VNULL;
    return pad(ts, SELF, w - SELF->len, 0, f);
}

static Value
str_zfill(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    int64_t w;
    if (str_parse_args(ts, "str.zfill", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_EXACT, a) <
            0 ||
        str_arg_index(ts, a[0], &w) < 0)
        return VNULL;
    StrObj *s = SELF;
    if (w <= s->len)
        return piece(ts, s, s->data, (size_t)s->size);
    StrBuf b;
    sb_init(&b);
    const char *p = s->data;
    size_t n = (size_t)s->size;
    if (n && (p[0] == '+' || p[0] == '-')) {
        sb_putc(&b, p[0]);
        p++;
        n--;
    }
    sb_fill(&b, '0', w - s->len);
    sb_put(&b, p, n);
    return sb_finish(ts, &b);
}

static Value
str_expandtabs(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"tabsize", NULL};
    Value a[1];
    int64_t tab = 8;
    if (str_parse_args(ts, "expandtabs", args + 1, nargs - 1, kwnames, kw, 0, 1, ARGS_OLD, a) < 0)
        return VNULL;
    if (a[0] && str_arg_index(ts, a[0], &tab) < 0)
        return VNULL;
    StrObj *s = SELF;
    StrBuf b;
    sb_init(&b);
    int64_t col = 0;
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        const char *q = p;
        uint32_t c = cp_next(&q);
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                sb_fill(&b, ' ', n);
                col += n;
            }
        } else {
            sb_put(&b, p, (size_t)(q - p));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        p = q;
    }
    return sb_finish(ts, &b);
}

/* }===== */

/* {===== prefix/suffix, encode, format, translate */

static Value
affix(ThreadState *ts, Value *args, int nargs, Value kwnames, bool suffix)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    Value a[1];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_EXACT, a) < 0)
        return VNULL;
    if (!str_check(a[0]))
        return exc_raise(ts, &TypeErrorType, "%s() argument must be str, not %s", name,
                         obj_type_name(a[0]));
    StrObj *s = SELF, *x = str_as(a[0]);
    if (x->size <= s->size && x->size > 0) {
        const char *p = suffix ? s->data + s->size - x->size : s->data;
        if (memcmp(p, x->data, (size_t)x->size) == 0)
            return piece(ts, s, suffix ? s->data : s->data + x->size, (size_t)(s->size - x->size));
    }
    return piece(ts, s, s->data, (size_t)s->size);
}

STRLIKE_METHOD(str_removeprefix, affix, false)
STRLIKE_METHOD(str_removesuffix, affix, true)

static Value
str_encode_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    const char *encoding, *errors;
    if (strlike_codec_args(ts, "encode", args, nargs, kwnames, &encoding, &errors) < 0)
        return VNULL;
    return str_encode(ts, args[0], encoding, errors);
}

static Value
str_format(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return str_format_method(ts, args[0], args + 1, nargs - 1, kwnames);
}

static Value
str_format_map(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "str.format_map", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_EXACT,
                       a) < 0)
        return VNULL;
    return str_format_map_impl(ts, args[0], NULL, 0, a[0]);
}

static Value
str_dunder_format(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "__format__", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_CLINIC,
                       a) < 0)
        return VNULL;
    if (!str_check(a[0]))
        return exc_raise(ts, &TypeErrorType, "__format__() argument must be str, not %s",
                         obj_type_name(a[0]));
    return str_format_spec(ts, args[0], str_cstr(a[0]), (size_t)str_as(a[0])->size);
}

static Value
str_maketrans(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[3];
    if (str_parse_args(ts, "maketrans", args, nargs, kwnames, NULL, 1, 3, ARGS_CLINIC, a) < 0)
        return VNULL;
    Value d = dict_new(ts);
    if (!d)
        return VNULL;
    if (!a[1]) {
        if (!dict_check(a[0]))
            return exc_raise(ts, &TypeErrorType,
                             "if you give only one argument to maketrans it must be a dict");
        Value k, v;
        for (int64_t pos = 0; dict_next(a[0], &pos, &k, &v);) {
            if (str_check(k)) {
                if (str_as(k)->len != 1)
                    return exc_raise(ts, &ValueErrorType,
                                     "string keys in translate table must be of length 1");
                const char *p = str_cstr(k);
                k = val_from_int(cp_next(&p));
            } else if (!val_is_int(k)) {
                return exc_raise(ts, &TypeErrorType,
                                 "keys in translate table must be strings or integers");
            }
            if (dict_set(ts, d, k, v) < 0)
                return VNULL;
        }
        return d;
    }
    if (!str_check(a[0]) || !str_check(a[1]))
        return exc_raise(ts, &TypeErrorType, "maketrans() argument %d must be str, not %s",
                         str_check(a[0]) ? 2 : 1, obj_type_name(str_check(a[0]) ? a[1] : a[0]));
    if (str_as(a[0])->len != str_as(a[1])->len)
        return exc_raise(ts, &ValueErrorType,
                         "the first two maketrans arguments must have equal length");
    const char *p = str_cstr(a[0]), *q = str_cstr(a[1]);
    for (int64_t i = 0; i < str_as(a[0])->len; i++) {
        uint32_t x = cp_next(&p), y = cp_next(&q);
        if (dict_set(ts, d, val_from_int(x), val_from_int(y)) < 0)
            return VNULL;
    }
    if (a[2]) {
        if (!str_check(a[2]))
            return exc_raise(ts, &TypeErrorType, "maketrans() argument 3 must be str, not %s",
                             obj_type_name(a[2]));
        const char *r = str_cstr(a[2]);
        for (int64_t i = 0; i < str_as(a[2])->len; i++)
            if (dict_set(ts, d, val_from_int(cp_next(&r)), V_NONE) < 0)
                return VNULL;
    }
    return d;
}

static Value
str_translate(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "str.translate", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_EXACT,
                       a) < 0)
        return VNULL;
    StrObj *s = SELF;
    Value table = a[0];
    StrBuf b;
    sb_init(&b);
    const char *p = s->data, *end = p + s->size;
    ts_push_root(ts, args[0]);
    ts_push_root(ts, table);
    while (p < end) {
        uint32_t c = cp_next(&p);
        Value r = obj_getitem(ts, table, val_from_int(c));
        if (!r) {
            if (!exc_matches(ts, &LookupErrorType))
                goto fail;
            exc_clear(ts);
            sb_put_cp(&b, c);
            continue;
        }
        if (r == V_NONE)
            continue;
        if (val_is_int(r)) {
            int64_t v = val_as_int(r);
            if (v < 0 || v > 0x10FFFF) {
                exc_raise(ts, &ValueErrorType, "character mapping must be in range(0x110000)");
                goto fail;
            }
            sb_put_cp(&b, (uint32_t)v);
        } else if (str_check(r)) {
            sb_put_str(&b, r);
        } else {
            exc_raise(ts, &TypeErrorType, "character mapping must return integer, None or str");
            goto fail;
        }
    }
    ts_pop_roots(ts, 2);
    return sb_finish(ts, &b);
fail:
    ts_pop_roots(ts, 2);
    sb_free(&b);
    return VNULL;
}

static Value
str_getnewargs(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    StrObj *s = SELF;
    Value v = str_from_valid(ts, s->data, (size_t)s->size, s->ascii);
    return v ? tuple_pack(ts, 1, v) : VNULL;
}

static Value
str_sizeof(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_from_int((int64_t)sizeof(StrObj) + SELF->size + 1);
}

/* }===== */

const MethodDef str_methods[] = {
    {"join", str_join, METH_DEFAULT},
    {"split", str_split, METH_DEFAULT},
    {"rsplit", str_rsplit, METH_DEFAULT},
    {"splitlines", str_splitlines, METH_DEFAULT},
    {"strip", str_strip, METH_DEFAULT},
    {"lstrip", str_lstrip, METH_DEFAULT},
    {"rstrip", str_rstrip, METH_DEFAULT},
    {"startswith", str_startswith, METH_DEFAULT},
    {"endswith", str_endswith, METH_DEFAULT},
    {"find", str_find, METH_DEFAULT},
    {"rfind", str_rfind, METH_DEFAULT},
    {"index", str_index, METH_DEFAULT},
    {"rindex", str_rindex, METH_DEFAULT},
    {"count", str_count, METH_DEFAULT},
    {"replace", str_replace, METH_DEFAULT},
    {"upper", str_upper, METH_DEFAULT},
    {"lower", str_lower, METH_DEFAULT},
    {"capitalize", str_capitalize, METH_DEFAULT},
    {"title", str_title, METH_DEFAULT},
    {"swapcase", str_swapcase, METH_DEFAULT},
    {"casefold", str_casefold, METH_DEFAULT},
    {"isdigit", str_isdigit, METH_DEFAULT},
    {"isalpha", str_isalpha, METH_DEFAULT},
    {"isalnum", str_isalnum, METH_DEFAULT},
    {"isspace", str_isspace, METH_DEFAULT},
    {"isupper", str_isupper, METH_DEFAULT},
    {"islower", str_islower, METH_DEFAULT},
    {"istitle", str_istitle, METH_DEFAULT},
    {"isidentifier", str_isidentifier, METH_DEFAULT},
    {"isdecimal", str_isdecimal, METH_DEFAULT},
    {"isnumeric", str_isnumeric, METH_DEFAULT},
    {"isprintable", str_isprintable, METH_DEFAULT},
    {"isascii", str_isascii, METH_DEFAULT},
    {"center", str_center, METH_DEFAULT},
    {"ljust", str_ljust, METH_DEFAULT},
    {"rjust", str_rjust, METH_DEFAULT},
    {"zfill", str_zfill, METH_DEFAULT},
    {"partition", str_partition, METH_DEFAULT},
    {"rpartition", str_rpartition, METH_DEFAULT},
    {"format", str_format, METH_DEFAULT},
    {"format_map", str_format_map, METH_DEFAULT},
    {"encode", str_encode_method, METH_DEFAULT},
    {"expandtabs", str_expandtabs, METH_DEFAULT},
    {"removeprefix", str_removeprefix, METH_DEFAULT},
    {"removesuffix", str_removesuffix, METH_DEFAULT},
    {"maketrans", str_maketrans, METH_STATIC},
    {"translate", str_translate, METH_DEFAULT},
    {"__format__", str_dunder_format, METH_DEFAULT},
    {"__getnewargs__", str_getnewargs, METH_DEFAULT},
    {"__sizeof__", str_sizeof, METH_DEFAULT},
    {NULL, NULL, 0},
};
