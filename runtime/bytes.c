/* runtime/bytes.c: the bytes type and the codecs (utf-8, ascii, latin-1).
 * SPDX-License-Identifier: MIT
 *
 * bytes is immutable and stores its data inline like str.  Only the three
 * codecs every script meets are implemented; others raise LookupError as
 * an unknown encoding would.  UTF-8 decoding reports errors as CPython
 * does (maximal invalid subparts), so 'replace' gives the same U+FFFD count.
 */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <stdio.h>

#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "strimpl.h"
#include "tstate.h"
#include "tuple.h"

/* {===== creation */

BytesObj *
bytes_alloc(ThreadState *ts, size_t size)
{
    BytesObj *b = gc_alloc(ts, &BytesType, sizeof(BytesObj) + size + 1);
    if (!b)
        return NULL;
    b->size = (int64_t)size;
    b->hash = -1;
    b->data[size] = '\0';
    return b;
}

Value
bytes_new(ThreadState *ts, const char *data, size_t size)
{
    BytesObj *b = bytes_alloc(ts, size);
    if (!b)
        return VNULL;
    if (size)
        memcpy(b->data, data, size);
    return val_from_obj(b);
}

bool
bytes_check(Value v)
{
    return val_is_obj(v) && val_isinstance(v, &BytesType);
}

/* }===== */

/* {===== codecs */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN };
enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE, ERR_BACKSLASH };

static int
encoding_of(const char *name)
{
    char norm[32];
    size_t n = 0;
    for (; name[n] && n < sizeof norm - 1; n++) {
        char c = (char)tolower((unsigned char)name[n]);
        norm[n] = c == '_' ? '-' : c;
    }
    norm[n] = '\0';
    if (!strcmp(norm, "utf-8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8"))
        return ENC_UTF8;
    if (!strcmp(norm, "ascii") || !strcmp(norm, "us-ascii") || !strcmp(norm, "646"))
        return ENC_ASCII;
    if (!strcmp(norm, "latin-1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso-8859-1") ||
        !strcmp(norm, "iso8859-1") || !strcmp(norm, "l1") || !strcmp(norm, "cp819"))
        return ENC_LATIN1;
    return ENC_UNKNOWN;
}

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1"};

static int
errors_of(const char *e)
{
    if (!strcmp(e, "replace"))
        return ERR_REPLACE;
    if (!strcmp(e, "ignore"))
        return ERR_IGNORE;
    if (!strcmp(e, "backslashreplace"))
        return ERR_BACKSLASH;
    return ERR_STRICT;
}

/* Length of the maximal valid prefix of a UTF-8 sequence at p (CPython's
 * error ranges): returns the sequence length if complete and valid, else
 * sets *bad to the number of bytes forming the invalid subpart and *why. */
static int
utf8_check_seq(const unsigned char *p, const unsigned char *end, int *bad, const char **why)
{
    unsigned c = p[0];
    int n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else {
        *bad = 1;
        *why = "invalid start byte";
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if (p + i >= end) {
            *bad = i;
            *why = "unexpected end of data";
            return 0;
        }
        unsigned d = p[i];
        if (d < (i == 1 ? lo : 0x80) || d > (i == 1 ? hi : 0xBF)) {
            *bad = i;
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

/* Raise UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason);
 * exc.c formats the message from these fields as CPython does. */
static Value
raise_unicode(ThreadState *ts, Type *t, const char *enc, Value obj, int64_t start, int64_t end,
              const char *reason)
{
    Value e = str_from_cstr(ts, enc), r = str_from_cstr(ts, reason);
    if (!e || !r || !obj)
        return VNULL;
    Value args = tuple_pack(ts, 5, e, obj, val_from_int(start), val_from_int(end), r);
    Value exc = args ? exc_new(ts, t, args) : VNULL;
    return exc ? exc_raise_value(ts, exc) : VNULL;
}

static Value
decode_error(ThreadState *ts, const char *enc, const unsigned char *data, size_t size, size_t pos,
             int bad, const char *why)
{
    Value obj = bytes_new(ts, (const char *)data, size);
    return raise_unicode(ts, &UnicodeDecodeErrorType, enc, obj, (int64_t)pos,
                         (int64_t)pos + bad, why);
}

static void
put_backslash_byte(StrBuf *b, unsigned char c)
{
    char tmp[8];
    int n = snprintf(tmp, sizeof tmp, "\\x%02x", c);
    sb_put(b, tmp, (size_t)n);
}

Value
bytes_decode(ThreadState *ts, const char *data, size_t size, const char *encoding,
             const char *errors)
{
    int enc = encoding_of(encoding);
    if (enc == ENC_UNKNOWN)
        return exc_raise(ts, &LookupErrorType, "unknown encoding: %s", encoding);
    int err = errors_of(errors);
    const unsigned char *u = (const unsigned char *)data, *end = u + size;
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < size) {
        /* copy the ASCII run */
        size_t j = i;
        while (j < size && u[j] < 0x80)
            j++;
        sb_put(&b, data + i, j - i);
        if (j >= size)
            break;
        i = j;
        if (enc == ENC_LATIN1) {
            sb_put_cp(&b, u[i++]);
            continue;
        }
        int bad = 1;
        const char *why = "ordinal not in range(128)";
        int n = enc == ENC_UTF8 ? utf8_check_seq(u + i, end, &bad, &why) : 0;
        if (n) {
            sb_put(&b, data + i, (size_t)n);
            i += (size_t)n;
            continue;
        }
        if (err == ERR_STRICT) {
            sb_free(&b);
            return decode_error(ts, enc_names[enc], u, size, i, bad, why);
        }
        if (err == ERR_REPLACE)
            sb_put_cp(&b, 0xFFFD);
        else if (err == ERR_BACKSLASH)
            for (int k = 0; k < bad; k++)
                put_backslash_byte(&b, u[i + (size_t)k]);
        i += (size_t)bad;
    }
    return sb_finish(ts, &b);
}

static Value
encode_error(ThreadState *ts, const char *enc, Value sv, int64_t pos, const char *why)
{
    return raise_unicode(ts, &UnicodeEncodeErrorType, enc, sv, pos, pos + 1, why);
}

Value
str_encode(ThreadState *ts, Value sv, const char *encoding, const char *errors)
{
    int enc = encoding_of(encoding);
    if (enc == ENC_UNKNOWN)
        return exc_raise(ts, &LookupErrorType, "unknown encoding: %s", encoding);
    StrObj *s = str_as(sv);
    if (s->ascii)
        return bytes_new(ts, s->data, (size_t)s->size);
    int err = errors_of(errors);
    uint32_t limit = enc == ENC_UTF8 ? 0x110000 : enc == ENC_ASCII ? 0x80 : 0x100;
    StrBuf b;
    sb_init(&b);
    const char *p = s->data, *end = p + s->size;
    for (int64_t pos = 0; p < end; pos++) {
        const char *start = p;
        uint32_t c = cp_next(&p);
        bool surrogate = c >= 0xD800 && c < 0xE000;
        if (c < limit && !surrogate) {
            if (enc == ENC_UTF8)
                sb_put(&b, start, (size_t)(p - start));
            else
                sb_putc(&b, (char)c);
            continue;
        }
        if (err == ERR_STRICT) {
            sb_free(&b);
            return encode_error(ts, enc_names[enc], sv, pos,
                                enc == ENC_UTF8   ? "surrogates not allowed"
                                : enc == ENC_ASCII ? "ordinal not in range(128)"
                                                   : "ordinal not in range(256)");
        }
        if (err == ERR_REPLACE)
            sb_putc(&b, '?');
        else if (err == ERR_BACKSLASH) {
            char tmp[16];
            int n = c < 0x100     ? snprintf(tmp, sizeof tmp, "\\x%02x", c)
                    : c < 0x10000 ? snprintf(tmp, sizeof tmp, "\\u%04x", c)
                                  : snprintf(tmp, sizeof tmp, "\\U%08x", c);
            sb_put(&b, tmp, (size_t)n);
        }
    }
    Value r = bytes_new(ts, b.p, b.len);
    sb_free(&b);
    return r;
}

/* }===== */

/* {===== slots */

Value
bytes_repr(ThreadState *ts, Value v)
{
    BytesObj *o = bytes_as(v);
    bool sq = memchr(o->data, '\'', (size_t)o->size) != NULL;
    bool dq = memchr(o->data, '"', (size_t)o->size) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, 'b');
    sb_putc(&b, q);
    for (int64_t i = 0; i < o->size; i++) {
        unsigned char c = (unsigned char)o->data[i];
        if (c == (unsigned char)q || c == '\\') {
            sb_putc(&b, '\\');
            sb_putc(&b, (char)c);
        } else if (c == '\n') {
            sb_put(&b, "\\n", 2);
        } else if (c == '\r') {
            sb_put(&b, "\\r", 2);
        } else if (c == '\t') {
            sb_put(&b, "\\t", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            put_backslash_byte(&b, c);
        } else {
            sb_putc(&b, (char)c);
        }
    }
    sb_putc(&b, q);
    return sb_finish(ts, &b);
}

static int64_t
bytes_hash(ThreadState *ts, Value v)
{
    BytesObj *b = bytes_as(v);
    if (b->hash == -1)
        b->hash = bytes_hash_data(b->data, (size_t)b->size);
    return b->hash;
}

static Value
bytes_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!bytes_check(a) || !bytes_check(b))
        return V_NOTIMPL;
    BytesObj *x = bytes_as(a), *y = bytes_as(b);
    int64_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c == 0)
        c = x->size < y->size ? -1 : x->size > y->size;
    switch (op) {
    case CMP_LT:
        return val_bool(c < 0);
    case CMP_LE:
        return val_bool(c <= 0);
    case CMP_EQ:
        return val_bool(c == 0);
    case CMP_NE:
        return val_bool(c != 0);
    case CMP_GT:
        return val_bool(c > 0);
    default:
        return val_bool(c >= 0);
    }
}

static int64_t
bytes_len(ThreadState *ts, Value v)
{
    return bytes_as(v)->size;
}

static Value
bytes_getitem(ThreadState *ts, Value v, Value key)
{
    BytesObj *b = bytes_as(v);
    if (val_is(key, &SliceType)) {
        int64_t start, stop, step, n;
        if (slice_indices(ts, key, b->size, &start, &stop, &step, &n) < 0)
            return VNULL;
        if (n <= 0)
            return bytes_new(ts, "", 0);
        if (step == 1)
            return bytes_new(ts, b->data + start, (size_t)n);
        BytesObj *r = bytes_alloc(ts, (size_t)n);
        if (!r)
            return VNULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            r->data[i] = b->data[j];
        return val_from_obj(r);
    }
    if (!val_is_int(key) && !val_type(key)->index)
        return exc_raise(ts, &TypeErrorType, "byte indices must be integers or slices, not %s",
                         obj_type_name(key));
    int64_t i;
    if (str_arg_index(ts, key, &i) < 0)
        return VNULL;
    if (i < 0)
        i += b->size;
    if (i < 0 || i >= b->size)
        return exc_raise(ts, &IndexErrorType, "index out of range");
    return val_from_int((unsigned char)b->data[i]);
}

static int
bytes_contains(ThreadState *ts, Value v, Value key)
{
    BytesObj *b = bytes_as(v);
    if (bytes_check(key)) {
        BytesObj *k = bytes_as(key);
        return k->size == 0 ||
               memmem(b->data, (size_t)b->size, k->data, (size_t)k->size) != NULL;
    }
    if (!val_is_int(key) && !val_type(key)->index) {
        exc_raise(ts, &TypeErrorType, "a bytes-like object is required, not '%s'",
                  obj_type_name(key));
        return -1;
    }
    int64_t i;
    if (str_arg_index(ts, key, &i) < 0)
        return -1;
    if (i < 0 || i > 255) {
        exc_raise(ts, &ValueErrorType, "byte must be in range(0, 256)");
        return -1;
    }
    return memchr(b->data, (int)i, (size_t)b->size) != NULL;
}

static Value
bytes_iter(ThreadState *ts, Value v)
{
    BytesObj *b = bytes_as(v);
    Value list = list_new(ts, b->size);
    if (!list)
        return VNULL;
    for (int64_t i = 0; i < b->size; i++)
        if (list_append(ts, list, val_from_int((unsigned char)b->data[i])) < 0)
            return VNULL;
    return obj_iter(ts, list);
}

static Value
bytes_add(ThreadState *ts, Value a, Value b)
{
    if (!bytes_check(a))
        return V_NOTIMPL;
    if (!bytes_check(b)) {
        if (val_type(b)->flags & TF_HEAPTYPE)
            return V_NOTIMPL;
        return exc_raise(ts, &TypeErrorType, "can't concat %s to bytes", obj_type_name(b));
    }
    BytesObj *x = bytes_as(a), *y = bytes_as(b);
    BytesObj *r = bytes_alloc(ts, (size_t)(x->size + y->size));
    if (!r)
        return VNULL;
    memcpy(r->data, x->data, (size_t)x->size);
    memcpy(r->data + x->size, y->data, (size_t)y->size);
    return val_from_obj(r);
}

static Value
bytes_mul(ThreadState *ts, Value a, Value b)
{
    Value s = bytes_check(a) ? a : b, nv = bytes_check(a) ? b : a;
    if (!bytes_check(s))
        return V_NOTIMPL;
    if (!val_is_int(nv) && !val_type(nv)->index) {
        if (val_type(nv)->flags & TF_HEAPTYPE)
            return V_NOTIMPL;
        return exc_raise(ts, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                         obj_type_name(nv));
    }
    int64_t n;
    if (str_arg_index(ts, nv, &n) < 0)
        return VNULL;
    BytesObj *x = bytes_as(s);
    if (n <= 0 || x->size == 0)
        return bytes_new(ts, "", 0);
    if (x->size > ((int64_t)1 << 40) / n)
        return exc_no_memory(ts);
    BytesObj *r = bytes_alloc(ts, (size_t)(x->size * n));
    if (!r)
        return VNULL;
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + i * x->size, x->data, (size_t)x->size);
    return val_from_obj(r);
}

/* bytes(iterable of ints) */
static Value
bytes_from_iterable(ThreadState *ts, Value it)
{
    Value list = list_from_iterable(ts, it);
    if (!list)
        return VNULL;
    ListObj *l = list_as(list);
    BytesObj *r = bytes_alloc(ts, (size_t)l->len);
    if (!r)
        return VNULL;
    for (int64_t i = 0; i < l->len; i++) {
        Value x = l->items[i];
        if (!val_is_int(x) && !val_type(x)->index)
            return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(x));
        int64_t v;
        if (str_arg_index(ts, x, &v) < 0)
            return VNULL;
        if (v < 0 || v > 255)
            return exc_raise(ts, &ValueErrorType, "bytes must be in range(0, 256)");
        r->data[i] = (char)v;
    }
    return val_from_obj(r);
}

static Value
bytes_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    Value a[3];
    if (str_parse_args(ts, "bytes", args, nargs, kwnames, kw, 0, 3, ARGS_OLD, a) < 0)
        return VNULL;
    for (int i = 1; i < 3; i++)
        if (a[i] && !str_check(a[i]))
            return exc_raise(ts, &TypeErrorType, "bytes() argument '%s' must be str, not %s",
                             kw[i], obj_type_name(a[i]));
    Value x = a[0];
    if (!x) {
        if (a[1] || a[2])
            return exc_raise(ts, &TypeErrorType, a[1] ? "encoding without a string argument"
                                                      : "errors without a string argument");
        return bytes_new(ts, "", 0);
    }
    if (str_check(x)) {
        if (!a[1])
            return exc_raise(ts, &TypeErrorType, "string argument without an encoding");
        return str_encode(ts, x, str_cstr(a[1]), a[2] ? str_cstr(a[2]) : "strict");
    }
    if (a[1] || a[2])
        return exc_raise(ts, &TypeErrorType, a[1] ? "encoding without a string argument"
                                                  : "errors without a string argument");
    if (bytes_check(x))
        return val_is(x, &BytesType) ? x : bytes_new(ts, bytes_as(x)->data, (size_t)bytes_as(x)->size);
    if (val_is_int(x) || val_type(x)->index) {
        int64_t n;
        if (str_arg_index(ts, x, &n) < 0)
            return VNULL;
        if (n < 0)
            return exc_raise(ts, &ValueErrorType, "negative count");
        BytesObj *r = bytes_alloc(ts, (size_t)n);
        if (!r)
            return VNULL;
        memset(r->data, 0, (size_t)n);
        return val_from_obj(r);
    }
    Type *tx = val_type(x);
    if (!tx->iter && !tx->getitem)
        return exc_raise(ts, &TypeErrorType, "cannot convert '%s' object to bytes",
                         obj_type_name(x));
    return bytes_from_iterable(ts, x);
}

/* }===== */

/* {===== methods */

#define SELFB bytes_as(args[0])

static Value
bytes_decode_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    Value a[2];
    if (str_parse_args(ts, "decode", args + 1, nargs - 1, kwnames, kw, 0, 2, ARGS_OLD, a) < 0)
        return VNULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !str_check(a[i]))
            return exc_raise(ts, &TypeErrorType, "decode() argument '%s' must be str, not %s",
                             kw[i], obj_type_name(a[i]));
    return bytes_decode(ts, SELFB->data, (size_t)SELFB->size, a[0] ? str_cstr(a[0]) : "utf-8",
                        a[1] ? str_cstr(a[1]) : "strict");
}

static Value
bytes_join(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "bytes.join", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_EXACT,
                       a) < 0)
        return VNULL;
    Value list = list_from_iterable(ts, a[0]);
    if (!list)
        return VNULL;
    ListObj *l = list_as(list);
    BytesObj *sep = SELFB;
    size_t total = 0;
    for (int64_t i = 0; i < l->len; i++) {
        if (!bytes_check(l->items[i]))
            return exc_raise(ts, &TypeErrorType,
                             "sequence item %lld: expected a bytes-like object, %s found",
                             (long long)i, obj_type_name(l->items[i]));
        total += (size_t)bytes_as(l->items[i])->size + (i ? (size_t)sep->size : 0);
    }
    BytesObj *r = bytes_alloc(ts, total);
    if (!r)
        return VNULL;
    char *p = r->data;
    for (int64_t i = 0; i < l->len; i++) {
        if (i) {
            memcpy(p, sep->data, (size_t)sep->size);
            p += sep->size;
        }
        BytesObj *x = bytes_as(l->items[i]);
        memcpy(p, x->data, (size_t)x->size);
        p += x->size;
    }
    return val_from_obj(r);
}

static Value
bytes_hex(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "hex", args + 1, nargs - 1, kwnames, NULL, 0, 0, ARGS_OLD, a) < 0)
        return VNULL;
    BytesObj *b = SELFB;
    StrObj *r = str_alloc(ts, (size_t)b->size * 2);
    if (!r)
        return VNULL;
    static const char hexd[] = "0123456789abcdef";
    for (int64_t i = 0; i < b->size; i++) {
        unsigned char c = (unsigned char)b->data[i];
        r->data[2 * i] = hexd[c >> 4];
        r->data[2 * i + 1] = hexd[c & 15];
    }
    r->len = r->size;
    r->ascii = 1;
    return val_from_obj(r);
}

static Value
bytes_affix(ThreadState *ts, Value *args, int nargs, Value kwnames, bool ends)
{
    const char *name = ends ? "endswith" : "startswith";
    Value a[3];
    if (str_parse_args(ts, name, args + 1, nargs - 1, kwnames, NULL, 1, 3, ARGS_OLD, a) < 0)
        return VNULL;
    BytesObj *b = SELFB;
    int64_t s, e;
    if (str_arg_range(ts, a[1], a[2], b->size, &s, &e) < 0)
        return VNULL;
    Value *subs = &a[0];
    int64_t n = 1;
    if (val_is(a[0], &TupleType)) {
        subs = tuple_as(a[0])->items;
        n = tuple_as(a[0])->len;
    }
    for (int64_t i = 0; i < n; i++) {
        if (!bytes_check(subs[i]))
            return exc_raise(ts, &TypeErrorType,
                             "%s first arg must be bytes or a tuple of bytes, not %s", name,
                             obj_type_name(subs[i]));
        BytesObj *x = bytes_as(subs[i]);
        if (s > b->size || x->size > e - s)
            continue;
        const char *p = ends ? b->data + e - x->size : b->data + s;
        if (memcmp(p, x->data, (size_t)x->size) == 0)
            return V_TRUE;
    }
    return V_FALSE;
}

static Value
bytes_startswith(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return bytes_affix(ts, args, nargs, kwnames, false);
}

static Value
bytes_endswith(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return bytes_affix(ts, args, nargs, kwnames, true);
}

static Value
bytes_find(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[3];
    if (str_parse_args(ts, "find", args + 1, nargs - 1, kwnames, NULL, 1, 3, ARGS_OLD, a) < 0)
        return VNULL;
    BytesObj *b = SELFB;
    int64_t s, e;
    if (str_arg_range(ts, a[1], a[2], b->size, &s, &e) < 0)
        return VNULL;
    char one;
    const char *needle;
    size_t nn;
    if (bytes_check(a[0])) {
        needle = bytes_as(a[0])->data;
        nn = (size_t)bytes_as(a[0])->size;
    } else {
        int64_t v;
        if (str_arg_index(ts, a[0], &v) < 0)
            return VNULL;
        one = (char)v;
        needle = &one;
        nn = 1;
    }
    if (s > b->size || e < s)
        return val_from_int(-1);
    const char *f = memmem(b->data + s, (size_t)(e - s), needle, nn);
    return val_from_int(f ? f - b->data : -1);
}

static Value
bytes_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "count", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_OLD, a) < 0)
        return VNULL;
    if (!bytes_check(a[0]))
        return exc_raise(ts, &TypeErrorType, "argument should be integer or bytes-like object, "
                                             "not '%s'", obj_type_name(a[0]));
    BytesObj *b = SELFB, *x = bytes_as(a[0]);
    if (x->size == 0)
        return val_from_int(b->size + 1);
    int64_t c = 0;
    const char *p = b->data, *end = p + b->size;
    const char *f;
    while ((f = memmem(p, (size_t)(end - p), x->data, (size_t)x->size))) {
        c++;
        p = f + x->size;
    }
    return val_from_int(c);
}

static Value
bytes_fromhex(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (str_parse_args(ts, "fromhex", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_OLD, a) < 0)
        return VNULL;
    if (!str_check(a[0]))
        return exc_raise(ts, &TypeErrorType, "fromhex() argument must be str, not %s",
                         obj_type_name(a[0]));
    StrObj *s = str_as(a[0]);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < s->size;) {
        if (s->data[i] == ' ') {
            i++;
            continue;
        }
        int hi = i < s->size && isxdigit((unsigned char)s->data[i]);
        int lo = i + 1 < s->size && isxdigit((unsigned char)s->data[i + 1]);
        if (!hi || !lo) {
            sb_free(&b);
            return exc_raise(ts, &ValueErrorType,
                             "non-hexadecimal number found in fromhex() arg at position %lld",
                             (long long)(i + hi));
        }
        char tmp[3] = {s->data[i], s->data[i + 1], 0};
        sb_putc(&b, (char)strtol(tmp, NULL, 16));
        i += 2;
    }
    Value r = bytes_new(ts, b.p, b.len);
    sb_free(&b);
    return r;
}

static Value
bytes_case(ThreadState *ts, Value *args, int nargs, Value kwnames, bool upper)
{
    Value a[1];
    if (str_parse_args(ts, upper ? "bytes.upper" : "bytes.lower", args + 1, nargs - 1, kwnames,
                       NULL, 0, 0, ARGS_EXACT, a) < 0)
        return VNULL;
    BytesObj *b = SELFB;
    BytesObj *r = bytes_alloc(ts, (size_t)b->size);
    if (!r)
        return VNULL;
    for (int64_t i = 0; i < b->size; i++) {
        char c = b->data[i];
        r->data[i] = upper ? ((c >= 'a' && c <= 'z') ? (char)(c - 32) : c)
                           : ((c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
    }
    return val_from_obj(r);
}

static Value
bytes_upper(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return bytes_case(ts, args, nargs, kwnames, true);
}

static Value
bytes_lower(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return bytes_case(ts, args, nargs, kwnames, false);
}

static const MethodDef bytes_methods[] = {
    {"decode", bytes_decode_method, METH_DEFAULT},
    {"join", bytes_join, METH_DEFAULT},
    {"hex", bytes_hex, METH_DEFAULT},
    {"startswith", bytes_startswith, METH_DEFAULT},
    {"endswith", bytes_endswith, METH_DEFAULT},
    {"find", bytes_find, METH_DEFAULT},
    {"count", bytes_count, METH_DEFAULT},
    {"upper", bytes_upper, METH_DEFAULT},
    {"lower", bytes_lower, METH_DEFAULT},
    {"fromhex", bytes_fromhex, METH_CLASS},
    {NULL, NULL, 0},
};

/* }===== */

Type BytesType = {
    .name = "bytes",
    .basicsize = sizeof(BytesObj),
    .flags = TF_BASETYPE,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .nb = {[NB_ADD] = bytes_add, [NB_MUL] = bytes_mul},
    .new_ = bytes_new_slot,
    .methods = bytes_methods,
};
