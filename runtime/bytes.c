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
#include "strlike.h"
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

/* {===== bytearray storage and views */

bool
bytearray_check(Value v)
{
    return val_is_obj(v) && val_isinstance(v, &ByteArrayType);
}

static ByteArrayObj *
ba_as(Value v)
{
    return (ByteArrayObj *)val_as_obj(v);
}

bool
bytes_view(Value v, const char **data, int64_t *size)
{
    /* Callers that already know v is bytes-like ignore the result. */
    *data = "";
    *size = 0;
    if (!val_is_obj(v))
        return false;
    if (bytes_check(v)) {
        *data = bytes_as(v)->data;
        *size = bytes_as(v)->size;
        return true;
    }
    if (bytearray_check(v)) {
        *data = ba_as(v)->data ? ba_as(v)->data : "";
        *size = ba_as(v)->size;
        return true;
    }
    return false;
}

static int
ba_reserve(ThreadState *ts, ByteArrayObj *b, int64_t need)
{
    if (need <= b->cap && b->data)
        return 0;
    int64_t cap = b->cap < 8 ? 8 : b->cap;
    while (cap < need)
        cap += cap / 2 + 8;
    char *p = realloc(b->data, (size_t)cap + 1);
    if (!p) {
        exc_no_memory(ts);
        return -1;
    }
    gc_account(ts, (long)(cap - b->cap));
    b->data = p;
    b->cap = cap;
    return 0;
}

static Value
bytearray_alloc(ThreadState *ts, Type *t, const char *data, size_t size)
{
    ByteArrayObj *b = gc_alloc(ts, t, t->basicsize > sizeof(ByteArrayObj) ? t->basicsize
                                                                           : sizeof(ByteArrayObj));
    if (!b)
        return VNULL;
    if (ba_reserve(ts, b, (int64_t)size) < 0)
        return VNULL;
    if (size)
        memcpy(b->data, data, size);
    b->size = (int64_t)size;
    b->data[size] = '\0';
    return val_from_obj(b);
}

Value
bytearray_new(ThreadState *ts, const char *data, size_t size)
{
    return bytearray_alloc(ts, &ByteArrayType, data, size);
}

static void
ba_finalize(Obj *o)
{
    free(((ByteArrayObj *)o)->data);
}

static void
ba_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((ByteArrayObj *)o)->dict);
}

/* A result of the same kind (bytes / bytearray) as self. */
static Value
make_like(ThreadState *ts, Value self, const char *p, size_t n)
{
    return bytearray_check(self) ? bytearray_new(ts, p, n) : bytes_new(ts, p, n);
}

static const char *
kind_name(Value v)
{
    return bytearray_check(v) ? "bytearray" : "bytes";
}

/* str_parse_args for a method of `kind` ("bytes"/"bytearray"): CPython names
 * the method with its type ("bytes.upper() takes no arguments (1 given)") in
 * the count errors of one-or-no-argument methods and in the keyword error of
 * positional-only (clinic and one-argument) methods, and bare elsewhere. */
static int
kind_parse_args(ThreadState *ts, const char *kind, const char *name, Value *args, int nargs,
                Value kwnames, const char *const *kw, int min, int max, int style, Value *out)
{
    char q[64];
    snprintf(q, sizeof q, "%s.%s", kind, name);
    if (!kw && style != ARGS_OLD && kwnames && tuple_as(kwnames)->len) {
        exc_raise(ts, &TypeErrorType, "%s() takes no keyword arguments", q);
        return -1;
    }
    return str_parse_args(ts, style == ARGS_EXACT ? q : name, args, nargs, kwnames, kw, min, max,
                          style, out);
}

/* kind_parse_args for the arguments after self (args[0]). */
static int
method_args(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames,
            const char *const *kw, int min, int max, int style, Value *out)
{
    return kind_parse_args(ts, kind_name(args[0]), name, args + 1, nargs - 1, kwnames, kw, min,
                           max, style, out);
}

/* }===== */

/* {===== slots shared by bytes and bytearray */

static Value
repr_data(ThreadState *ts, const char *data, int64_t size, const char *wrap)
{
    bool sq = memchr(data, '\'', (size_t)size) != NULL;
    bool dq = memchr(data, '"', (size_t)size) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    StrBuf b;
    sb_init(&b);
    if (wrap) {
        sb_put(&b, wrap, strlen(wrap));
        sb_putc(&b, '(');
    }
    sb_putc(&b, 'b');
    sb_putc(&b, q);
    for (int64_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)data[i];
        /* CPython's bytearray repr escapes ' even inside "..." */
        if (c == (unsigned char)q || c == '\\' || (wrap && c == '\'')) {
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
    if (wrap)
        sb_putc(&b, ')');
    return sb_finish(ts, &b);
}

Value
bytes_repr(ThreadState *ts, Value v)
{
    return repr_data(ts, bytes_as(v)->data, bytes_as(v)->size, NULL);
}

static Value
bytearray_repr(ThreadState *ts, Value v)
{
    ByteArrayObj *b = ba_as(v);
    return repr_data(ts, b->data ? b->data : "", b->size, val_type(v)->name);
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
    const char *x, *y;
    int64_t xn, yn;
    if (!bytes_view(a, &x, &xn) || !bytes_view(b, &y, &yn))
        return V_NOTIMPL;
    int64_t n = xn < yn ? xn : yn;
    int c = n ? memcmp(x, y, (size_t)n) : 0;
    if (c == 0)
        c = xn < yn ? -1 : xn > yn;
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
    const char *d;
    int64_t n = 0;
    bytes_view(v, &d, &n);
    return n;
}

/* An index argument normalised against n; IndexError text as CPython's. */
static int
item_index(ThreadState *ts, Value v, Value key, int64_t n, int64_t *out)
{
    if (!val_is_int(key) && !val_type(key)->index) {
        exc_raise(ts, &TypeErrorType, "%s indices must be integers or slices, not %s",
                  bytearray_check(v) ? "bytearray" : "byte", obj_type_name(key));
        return -1;
    }
    int64_t i;
    if (str_arg_index(ts, key, &i) < 0)
        return -1;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        exc_raise(ts, &IndexErrorType, bytearray_check(v) ? "bytearray index out of range"
                                                          : "index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Value
bytes_getitem(ThreadState *ts, Value v, Value key)
{
    const char *d;
    int64_t size;
    bytes_view(v, &d, &size);
    if (val_is(key, &SliceType)) {
        int64_t start, stop, step, n;
        if (slice_indices(ts, key, size, &start, &stop, &step, &n) < 0)
            return VNULL;
        if (n <= 0)
            return make_like(ts, v, "", 0);
        if (step == 1)
            return make_like(ts, v, d + start, (size_t)n);
        char *tmp = malloc((size_t)n);
        if (!tmp)
            return exc_no_memory(ts);
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            tmp[i] = d[j];
        Value r = make_like(ts, v, tmp, (size_t)n);
        free(tmp);
        return r;
    }
    int64_t i;
    if (item_index(ts, v, key, size, &i) < 0)
        return VNULL;
    return val_from_int((unsigned char)d[i]);
}

/* A byte value 0..255 from an int-like Value. */
static int
byte_value(ThreadState *ts, Value x, int *out)
{
    if (!val_is_int(x) && !val_type(x)->index) {
        exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(x));
        return -1;
    }
    int64_t v;
    if (str_arg_index(ts, x, &v) < 0)
        return -1;
    if (v < 0 || v > 255) {
        exc_raise(ts, &ValueErrorType, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int
bytes_contains(ThreadState *ts, Value v, Value key)
{
    const char *d, *k;
    int64_t n, kn;
    bytes_view(v, &d, &n);
    if (bytes_view(key, &k, &kn))
        return kn == 0 || memmem(d, (size_t)n, k, (size_t)kn) != NULL;
    if (!val_is_int(key) && !val_type(key)->index) {
        exc_raise(ts, &TypeErrorType, "a bytes-like object is required, not '%s'",
                  obj_type_name(key));
        return -1;
    }
    int c;
    if (byte_value(ts, key, &c) < 0)
        return -1;
    return n && memchr(d, c, (size_t)n) != NULL;
}

static Value
bytes_iter(ThreadState *ts, Value v)
{
    const char *d;
    int64_t n;
    bytes_view(v, &d, &n);
    Value list = list_new(ts, n);
    if (!list)
        return VNULL;
    for (int64_t i = 0; i < n; i++)
        if (list_append(ts, list, val_from_int((unsigned char)d[i])) < 0)
            return VNULL;
    return obj_iter(ts, list);
}

static Value
bytes_add(ThreadState *ts, Value a, Value b)
{
    const char *x, *y;
    int64_t xn, yn;
    if (!bytes_view(a, &x, &xn))
        return V_NOTIMPL;
    if (!bytes_view(b, &y, &yn)) {
        if (val_type(b)->flags & TF_HEAPTYPE)
            return V_NOTIMPL;
        return exc_raise(ts, &TypeErrorType, "can't concat %s to %s", obj_type_name(b),
                         kind_name(a));
    }
    char *tmp = malloc((size_t)(xn + yn) + 1);
    if (!tmp)
        return exc_no_memory(ts);
    memcpy(tmp, x, (size_t)xn);
    memcpy(tmp + xn, y, (size_t)yn);
    Value r = make_like(ts, a, tmp, (size_t)(xn + yn));
    free(tmp);
    return r;
}

static int
repeat_count(ThreadState *ts, Value nv, int64_t *n)
{
    if (!val_is_int(nv) && !val_type(nv)->index) {
        exc_raise(ts, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                  obj_type_name(nv));
        return -1;
    }
    return str_arg_index(ts, nv, n);
}

static Value
bytes_mul(ThreadState *ts, Value a, Value b)
{
    const char *d;
    int64_t size;
    Value s = bytes_view(a, &d, &size) ? a : b, nv = s == a ? b : a;
    if (!bytes_view(s, &d, &size))
        return V_NOTIMPL;
    if (!val_is_int(nv) && !val_type(nv)->index && (val_type(nv)->flags & TF_HEAPTYPE))
        return V_NOTIMPL;
    int64_t n;
    if (repeat_count(ts, nv, &n) < 0)
        return VNULL;
    if (n <= 0 || size == 0)
        return make_like(ts, s, "", 0);
    if (size > ((int64_t)1 << 40) / n)
        return exc_no_memory(ts);
    char *tmp = malloc((size_t)(size * n) + 1);
    if (!tmp)
        return exc_no_memory(ts);
    for (int64_t i = 0; i < n; i++)
        memcpy(tmp + i * size, d, (size_t)size);
    Value r = make_like(ts, s, tmp, (size_t)(size * n));
    free(tmp);
    return r;
}

static Value
bytes_mod(ThreadState *ts, Value a, Value b)
{
    const char *d;
    int64_t n;
    if (!bytes_view(a, &d, &n))
        return V_NOTIMPL;
    return bytes_mod_format(ts, a, b);
}

/* }===== */

/* {===== construction */

/* The bytes of bytes(x) / bytearray(x) into a malloc'd buffer (*out, *n). */
static int
source_bytes(ThreadState *ts, const char *fname, Value *a, char **out, int64_t *n)
{
    static const char *const kw[] = {"source", "encoding", "errors"};
    for (int i = 1; i < 3; i++)
        if (a[i] && !str_check(a[i])) {
            exc_raise(ts, &TypeErrorType, "%s() argument '%s' must be str, not %s", fname, kw[i],
                      obj_type_name(a[i]));
            return -1;
        }
    Value x = a[0];
    *out = NULL;
    *n = 0;
    if (x && str_check(x)) {
        if (!a[1]) {
            exc_raise(ts, &TypeErrorType, "string argument without an encoding");
            return -1;
        }
        x = str_encode(ts, x, str_cstr(a[1]), a[2] ? str_cstr(a[2]) : "strict");
        if (!x)
            return -1;
    } else if (a[1] || a[2]) {
        exc_raise(ts, &TypeErrorType, a[1] ? "encoding without a string argument"
                                           : "errors without a string argument");
        return -1;
    }
    if (!x)
        return 0;
    const char *d;
    int64_t size;
    if (bytes_view(x, &d, &size)) {
        *out = malloc((size_t)size + 1);
        if (!*out) {
            exc_no_memory(ts);
            return -1;
        }
        memcpy(*out, d, (size_t)size);
        *n = size;
        return 0;
    }
    if (val_is_int(x) || val_type(x)->index) {
        if (str_arg_index(ts, x, n) < 0)
            return -1;
        if (*n < 0) {
            exc_raise(ts, &ValueErrorType, "negative count");
            return -1;
        }
        *out = calloc(1, (size_t)*n + 1);
        if (!*out) {
            exc_no_memory(ts);
            return -1;
        }
        return 0;
    }
    Type *tx = val_type(x);
    if (!tx->iter && !tx->getitem) {
        exc_raise(ts, &TypeErrorType, "cannot convert '%s' object to %s", obj_type_name(x), fname);
        return -1;
    }
    Value list = list_from_iterable(ts, x);
    if (!list)
        return -1;
    ListObj *l = list_as(list);
    *out = malloc((size_t)l->len + 1);
    if (!*out) {
        exc_no_memory(ts);
        return -1;
    }
    for (int64_t i = 0; i < l->len; i++) {
        int c;
        if (byte_value(ts, l->items[i], &c) < 0) {
            if (exc_matches(ts, &ValueErrorType)) {
                exc_clear(ts);
                exc_raise(ts, &ValueErrorType, "bytes must be in range(0, 256)");
            }
            free(*out);
            *out = NULL;
            return -1;
        }
        (*out)[i] = (char)c;
    }
    *n = l->len;
    return 0;
}

static Value
bytes_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    Value a[3];
    if (str_parse_args(ts, "bytes", args, nargs, kwnames, kw, 0, 3, ARGS_OLD, a) < 0)
        return VNULL;
    if (a[0] && val_is(a[0], &BytesType) && !a[1] && !a[2] && t == &BytesType)
        return a[0];
    if (a[0] && !a[1] && !a[2] && !str_check(a[0]) && !bytes_check(a[0])) {
        /* bytes(x) asks x.__bytes__ first, as CPython does */
        Value m = type_lookup(val_type(a[0]), str_intern(ts, "__bytes__"));
        if (m) {
            Value r = obj_call_method(ts, a[0], "__bytes__", NULL, 0);
            if (!r)
                return VNULL;
            if (!bytes_check(r))
                return exc_raise(ts, &TypeErrorType, "__bytes__ returned non-bytes (type %s)",
                                 obj_type_name(r));
            a[0] = r;
            if (t == &BytesType && val_is(r, &BytesType))
                return r;
        }
    }
    char *buf;
    int64_t n;
    if (source_bytes(ts, "bytes", a, &buf, &n) < 0)
        return VNULL;
    Value r;
    if (t == &BytesType) {
        r = bytes_new(ts, buf ? buf : "", (size_t)n);
    } else {
        size_t sz = t->basicsize > sizeof(BytesObj) ? t->basicsize : sizeof(BytesObj);
        BytesObj *o = gc_alloc(ts, t, sz + (size_t)n + 8);
        if (o) {
            o->size = n;
            o->hash = -1;
            if (n)
                memcpy(o->data, buf, (size_t)n);
        }
        r = o ? val_from_obj(o) : VNULL;
    }
    free(buf);
    return r;
}

static Value
bytearray_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    Value a[3];
    if (str_parse_args(ts, "bytearray", args, nargs, kwnames, kw, 0, 3, ARGS_OLD, a) < 0)
        return VNULL;
    char *buf;
    int64_t n;
    if (source_bytes(ts, "bytearray", a, &buf, &n) < 0)
        return VNULL;
    Value r = bytearray_alloc(ts, t, buf ? buf : "", (size_t)n);
    free(buf);
    return r;
}

static int
bytearray_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    return 0; /* everything happens in new_ */
}

/* }===== */

/* {===== bytearray mutation */

/* Replace [lo, hi) of b with n bytes from p. */
static int
ba_splice(ThreadState *ts, ByteArrayObj *b, int64_t lo, int64_t hi, const char *p, int64_t n)
{
    int64_t newsize = b->size - (hi - lo) + n;
    if (ba_reserve(ts, b, newsize) < 0)
        return -1;
    memmove(b->data + lo + n, b->data + hi, (size_t)(b->size - hi));
    if (n)
        memcpy(b->data + lo, p, (size_t)n);
    b->size = newsize;
    b->data[newsize] = '\0';
    return 0;
}

/* Bytes of an assignment source (bytes-like or iterable of ints), malloc'd. */
static int
assign_source(ThreadState *ts, Value v, char **out, int64_t *n)
{
    Value a[3] = {v, VNULL, VNULL};
    if (str_check(v)) {
        exc_raise(ts, &TypeErrorType, "can assign only bytes, buffers, or iterables of ints in "
                                      "range(0, 256)");
        return -1;
    }
    if (val_is_int(v)) {
        exc_raise(ts, &TypeErrorType, "can assign only bytes, buffers, or iterables of ints in "
                                      "range(0, 256)");
        return -1;
    }
    return source_bytes(ts, "bytearray", a, out, n);
}

static int
ba_set_slice(ThreadState *ts, ByteArrayObj *b, Value key, Value v)
{
    int64_t start, stop, step, n;
    if (slice_indices(ts, key, b->size, &start, &stop, &step, &n) < 0)
        return -1;
    char *src = NULL;
    int64_t sn = 0;
    if (v && assign_source(ts, v, &src, &sn) < 0)
        return -1;
    int r = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        r = ba_splice(ts, b, start, stop, src, sn);
    } else if (!v) {
        /* delete an extended slice: compact the kept bytes */
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        int64_t w = start;
        for (int64_t i = start; i < b->size; i++)
            if (i >= start + step * n || (i - start) % step != 0)
                b->data[w++] = b->data[i];
        if (n)
            b->size = w;
    } else if (sn != n) {
        exc_raise(ts, &ValueErrorType,
                  "attempt to assign bytes of size %lld to extended slice of size %lld",
                  (long long)sn, (long long)n);
        r = -1;
    } else {
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            b->data[j] = src[i];
    }
    free(src);
    return r;
}

static int
bytearray_setitem(ThreadState *ts, Value obj, Value key, Value v)
{
    ByteArrayObj *b = ba_as(obj);
    if (val_is(key, &SliceType))
        return ba_set_slice(ts, b, key, v);
    int64_t i;
    if (item_index(ts, obj, key, b->size, &i) < 0)
        return -1;
    if (!v)
        return ba_splice(ts, b, i, i + 1, NULL, 0);
    int c;
    if (byte_value(ts, v, &c) < 0)
        return -1;
    b->data[i] = (char)c;
    return 0;
}

static Value
bytearray_iadd(ThreadState *ts, Value a, Value b)
{
    const char *y;
    int64_t yn;
    if (!bytes_view(b, &y, &yn)) {
        if (val_type(b)->flags & TF_HEAPTYPE)
            return V_NOTIMPL;
        return exc_raise(ts, &TypeErrorType, "can't concat %s to bytearray", obj_type_name(b));
    }
    ByteArrayObj *x = ba_as(a);
    char *copy = malloc((size_t)yn + 1); /* b may be a itself */
    if (!copy)
        return exc_no_memory(ts);
    memcpy(copy, y, (size_t)yn);
    int r = ba_splice(ts, x, x->size, x->size, copy, yn);
    free(copy);
    return r < 0 ? VNULL : a;
}

/* }===== */

/* {===== methods shared by bytes and bytearray */

#define VIEW(v, d, n)                                                                              \
    const char *d;                                                                                 \
    int64_t n;                                                                                     \
    bytes_view(v, &d, &n)

static Value
bytes_decode_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    const char *encoding, *errors;
    if (strlike_codec_args(ts, "decode", args, nargs, kwnames, &encoding, &errors) < 0)
        return VNULL;
    VIEW(args[0], d, n);
    return bytes_decode(ts, d, (size_t)n, encoding, errors);
}

static Value
bytes_join(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "join", args, nargs, kwnames, NULL, 1, 1, ARGS_EXACT, a) < 0)
        return VNULL;
    Type *t = val_type(a[0]);
    if (!t->iter && !t->getitem)
        return exc_raise(ts, &TypeErrorType, "can only join an iterable");
    Value list = list_from_iterable(ts, a[0]);
    if (!list)
        return VNULL;
    ListObj *l = list_as(list);
    VIEW(args[0], sep, sepn);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < l->len; i++) {
        const char *x;
        int64_t xn;
        if (!bytes_view(l->items[i], &x, &xn)) {
            sb_free(&b);
            return exc_raise(ts, &TypeErrorType,
                             "sequence item %lld: expected a bytes-like object, %s found",
                             (long long)i, obj_type_name(l->items[i]));
        }
        if (i)
            sb_put(&b, sep, (size_t)sepn);
        sb_put(&b, x, (size_t)xn);
    }
    Value r = make_like(ts, args[0], b.p, b.len);
    sb_free(&b);
    return r;
}

static Value
bytes_hex(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "hex", args, nargs, kwnames, NULL, 0, 0, ARGS_OLD, a) < 0)
        return VNULL;
    VIEW(args[0], d, n);
    StrObj *r = str_alloc(ts, (size_t)n * 2);
    if (!r)
        return VNULL;
    static const char hexd[] = "0123456789abcdef";
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
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
    if (method_args(ts, name, args, nargs, kwnames, NULL, 1, 3, ARGS_OLD, a) < 0)
        return VNULL;
    VIEW(args[0], d, size);
    int64_t s, e;
    if (str_arg_range(ts, a[1], a[2], size, &s, &e) < 0)
        return VNULL;
    Value *subs = &a[0];
    int64_t n = 1;
    if (val_is(a[0], &TupleType)) {
        subs = tuple_as(a[0])->items;
        n = tuple_as(a[0])->len;
    }
    for (int64_t i = 0; i < n; i++) {
        const char *x;
        int64_t xn;
        if (!bytes_view(subs[i], &x, &xn))
            return exc_raise(ts, &TypeErrorType,
                             "%s first arg must be bytes or a tuple of bytes, not %s", name,
                             obj_type_name(subs[i]));
        if (s > size || xn > e - s)
            continue;
        const char *p = ends ? d + e - xn : d + s;
        if (memcmp(p, x, (size_t)xn) == 0)
            return V_TRUE;
    }
    return V_FALSE;
}

STRLIKE_METHOD(bytes_startswith, bytes_affix, false)
STRLIKE_METHOD(bytes_endswith, bytes_affix, true)

/* (sub[, start[, end]]) for find/index/count; sub is bytes-like or an int. */
static int
sub_args(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames, char *one,
         const char **sub, int64_t *subn, int64_t *s, int64_t *e)
{
    Value a[3];
    if (method_args(ts, name, args, nargs, kwnames, NULL, 1, 3, ARGS_OLD, a) < 0)
        return -1;
    VIEW(args[0], d, n);
    (void)d;
    if (str_arg_range(ts, a[1], a[2], n, s, e) < 0)
        return -1;
    if (bytes_view(a[0], sub, subn))
        return 0;
    if (!val_is_int(a[0]) && !val_type(a[0])->index) {
        exc_raise(ts, &TypeErrorType, "argument should be integer or bytes-like object, not '%s'",
                  obj_type_name(a[0]));
        return -1;
    }
    int c;
    if (byte_value(ts, a[0], &c) < 0)
        return -1;
    *one = (char)c;
    *sub = one;
    *subn = 1;
    return 0;
}

static const char *
rfind_mem(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn)
        return NULL;
    for (const char *p = h + (hn - nn);; p--) {
        if (memcmp(p, n, nn) == 0)
            return p;
        if (p == h)
            return NULL;
    }
}

static int64_t
do_bfind(ThreadState *ts, const char *name, Value *args, int nargs, Value kwnames, bool rev)
{
    char one;
    const char *sub;
    int64_t subn, s, e;
    if (sub_args(ts, name, args, nargs, kwnames, &one, &sub, &subn, &s, &e) < 0)
        return -2;
    VIEW(args[0], d, n);
    if (s > n || e < s)
        return -1;
    if (subn == 0)
        return rev ? e : s;
    const char *f = rev ? rfind_mem(d + s, (size_t)(e - s), sub, (size_t)subn)
                        : memmem(d + s, (size_t)(e - s), sub, (size_t)subn);
    return f ? f - d : -1;
}

STRLIKE_METHOD(bytes_find, strlike_find, do_bfind, "find", false, NULL)
STRLIKE_METHOD(bytes_rfind, strlike_find, do_bfind, "rfind", true, NULL)
STRLIKE_METHOD(bytes_index, strlike_find, do_bfind, "index", false, "subsection not found")
STRLIKE_METHOD(bytes_rindex, strlike_find, do_bfind, "rindex", true, "subsection not found")

static Value
bytes_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    char one;
    const char *sub;
    int64_t subn, s, e;
    if (sub_args(ts, "count", args, nargs, kwnames, &one, &sub, &subn, &s, &e) < 0)
        return VNULL;
    VIEW(args[0], d, n);
    if (s > n || e < s)
        return val_from_int(0);
    if (subn == 0)
        return val_from_int(e - s + 1);
    int64_t c = 0;
    const char *p = d + s, *end = d + e, *f;
    while ((f = memmem(p, (size_t)(end - p), sub, (size_t)subn))) {
        c++;
        p = f + subn;
    }
    return val_from_int(c);
}

static Value
bytes_replace(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[3];
    if (method_args(ts, "replace", args, nargs, kwnames, NULL, 2, 3, ARGS_CLINIC, a) < 0)
        return VNULL;
    const char *old, *nw;
    int64_t on, nn, count = -1;
    for (int i = 0; i < 2; i++) {
        const char *x;
        int64_t xn;
        if (!bytes_view(a[i], &x, &xn))
            return exc_raise(ts, &TypeErrorType, "a bytes-like object is required, not '%s'",
                             obj_type_name(a[i]));
    }
    bytes_view(a[0], &old, &on);
    bytes_view(a[1], &nw, &nn);
    if (a[2] && str_arg_index(ts, a[2], &count) < 0)
        return VNULL;
    if (count < 0)
        count = INT64_MAX;
    VIEW(args[0], d, n);
    StrBuf b;
    sb_init(&b);
    const char *p = d, *end = d + n;
    int64_t done = 0;
    if (on == 0) {
        for (int64_t i = 0; i <= n; i++) {
            if (done < count) {
                sb_put(&b, nw, (size_t)nn);
                done++;
            }
            if (i < n)
                sb_putc(&b, d[i]);
        }
    } else {
        const char *f;
        while (done < count && (f = memmem(p, (size_t)(end - p), old, (size_t)on))) {
            sb_put(&b, p, (size_t)(f - p));
            sb_put(&b, nw, (size_t)nn);
            p = f + on;
            done++;
        }
        sb_put(&b, p, (size_t)(end - p));
    }
    Value r = make_like(ts, args[0], b.p, b.len);
    sb_free(&b);
    return r;
}

static bool
is_ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static Value
bytes_split(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    Value a[2];
    if (method_args(ts, "split", args, nargs, kwnames, kw, 0, 2, ARGS_OLD, a) < 0)
        return VNULL;
    int64_t maxsplit = -1;
    if (a[1] && str_arg_index(ts, a[1], &maxsplit) < 0)
        return VNULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    const char *sep = NULL;
    int64_t sepn = 0;
    if (a[0] && a[0] != V_NONE) {
        if (!bytes_view(a[0], &sep, &sepn))
            return exc_raise(ts, &TypeErrorType, "a bytes-like object is required, not '%s'",
                             obj_type_name(a[0]));
        if (sepn == 0)
            return exc_raise(ts, &ValueErrorType, "empty separator");
    }
    VIEW(args[0], d, n);
    Value list = list_new(ts, 0);
    if (!list)
        return VNULL;
    const char *p = d, *end = d + n;
    int64_t k = 0;
    for (;;) {
        if (!sep) {
            while (p < end && is_ascii_space(*p))
                p++;
            if (p >= end)
                break;
        }
        const char *f = NULL;
        if (k < maxsplit) {
            if (sep) {
                f = memmem(p, (size_t)(end - p), sep, (size_t)sepn);
            } else {
                f = p;
                while (f < end && !is_ascii_space(*f))
                    f++;
                if (f == end)
                    f = NULL;
            }
        }
        const char *stop = f ? f : end;
        Value item = make_like(ts, args[0], p, (size_t)(stop - p));
        if (!item || list_append(ts, list, item) < 0)
            return VNULL;
        if (!f)
            break;
        p = f + (sep ? sepn : 1);
        k++;
    }
    return list;
}

static Value
bytes_strip_impl(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name,
                 int which)
{
    Value a[1];
    if (method_args(ts, name, args, nargs, kwnames, NULL, 0, 1, ARGS_CLINIC, a) < 0)
        return VNULL;
    const char *chars = NULL;
    int64_t cn = 0;
    if (a[0] && a[0] != V_NONE && !bytes_view(a[0], &chars, &cn))
        return exc_raise(ts, &TypeErrorType, "a bytes-like object is required, not '%s'",
                         obj_type_name(a[0]));
    VIEW(args[0], d, n);
    int64_t lo = 0, hi = n;
#define STRIPPABLE(c) (chars ? memchr(chars, (c), (size_t)cn) != NULL : is_ascii_space((char)(c)))
    if (which & 1)
        while (lo < hi && STRIPPABLE((unsigned char)d[lo]))
            lo++;
    if (which & 2)
        while (hi > lo && STRIPPABLE((unsigned char)d[hi - 1]))
            hi--;
#undef STRIPPABLE
    return make_like(ts, args[0], d + lo, (size_t)(hi - lo));
}

STRLIKE_METHOD(bytes_strip, bytes_strip_impl, "strip", 3)
STRLIKE_METHOD(bytes_lstrip, bytes_strip_impl, "lstrip", 1)
STRLIKE_METHOD(bytes_rstrip, bytes_strip_impl, "rstrip", 2)

static Value
bytes_fromhex(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    const char *kind = val_isinstance(args[0], &TypeType) &&
                               type_is_subtype((Type *)val_as_obj(args[0]), &ByteArrayType)
                           ? "bytearray"
                           : "bytes";
    if (kind_parse_args(ts, kind, "fromhex", args + 1, nargs - 1, kwnames, NULL, 1, 1, ARGS_EXACT,
                        a) < 0)
        return VNULL;
    if (!str_check(a[0]))
        return exc_raise(ts, &TypeErrorType, "fromhex() argument must be str, not %s",
                         obj_type_name(a[0]));
    StrObj *s = str_as(a[0]);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < s->size;) {
        if (is_ascii_space(s->data[i])) {
            i++;
            continue;
        }
        int hi = isxdigit((unsigned char)s->data[i]);
        int lo = hi && i + 1 < s->size && isxdigit((unsigned char)s->data[i + 1]);
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
    Value cls = args[0];
    Value r = cls == val_from_obj(&ByteArrayType) ? bytearray_new(ts, b.p, b.len)
                                                   : bytes_new(ts, b.p, b.len);
    sb_free(&b);
    return r;
}

static Value
bytes_case(ThreadState *ts, Value *args, int nargs, Value kwnames, bool upper)
{
    Value a[1];
    if (method_args(ts, upper ? "upper" : "lower", args, nargs, kwnames, NULL, 0, 0,
                       ARGS_EXACT, a) < 0)
        return VNULL;
    VIEW(args[0], d, n);
    char *tmp = malloc((size_t)n + 1);
    if (!tmp)
        return exc_no_memory(ts);
    for (int64_t i = 0; i < n; i++) {
        char c = d[i];
        tmp[i] = upper ? ((c >= 'a' && c <= 'z') ? (char)(c - 32) : c)
                       : ((c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
    }
    Value r = make_like(ts, args[0], tmp, (size_t)n);
    free(tmp);
    return r;
}

STRLIKE_METHOD(bytes_upper, bytes_case, true)
STRLIKE_METHOD(bytes_lower, bytes_case, false)

static Value
bytes_pred(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name,
           int (*f)(int))
{
    Value a[1];
    if (method_args(ts, name, args, nargs, kwnames, NULL, 0, 0, ARGS_EXACT, a) < 0)
        return VNULL;
    VIEW(args[0], d, n);
    if (n == 0)
        return V_FALSE;
    for (int64_t i = 0; i < n; i++)
        if ((unsigned char)d[i] >= 0x80 || !f((unsigned char)d[i]))
            return V_FALSE;
    return V_TRUE;
}

STRLIKE_METHOD(bytes_isdigit, bytes_pred, "isdigit", isdigit)
STRLIKE_METHOD(bytes_isalpha, bytes_pred, "isalpha", isalpha)
STRLIKE_METHOD(bytes_isalnum, bytes_pred, "isalnum", isalnum)
STRLIKE_METHOD(bytes_isspace, bytes_pred, "isspace", isspace)
STRLIKE_METHOD(bytes_isupper, bytes_pred, "isupper", isupper)
STRLIKE_METHOD(bytes_islower, bytes_pred, "islower", islower)

/* istitle: every ASCII uppercase letter follows an uncased byte, every
 * lowercase one a cased byte, and there is at least one cased byte. */
static Value
bytes_istitle(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "istitle", args, nargs, kwnames, NULL, 0, 0, ARGS_EXACT, a) < 0)
        return VNULL;
    VIEW(args[0], d, n);
    bool prev_cased = false, any = false;
    for (int64_t i = 0; i < n; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        if ((up && prev_cased) || (lo && !prev_cased))
            return V_FALSE;
        any |= up;
        prev_cased = up || lo;
    }
    return any ? V_TRUE : V_FALSE;
}

static Value
bytes_isascii(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "isascii", args, nargs, kwnames, NULL, 0, 0, ARGS_EXACT, a) < 0)
        return VNULL;
    VIEW(args[0], d, n);
    for (int64_t i = 0; i < n; i++)
        if ((unsigned char)d[i] >= 0x80)
            return V_FALSE;
    return V_TRUE;
}

/* ASCII-only case mappings (bytes never case-map bytes >= 0x80). */
static Value
bytes_recase(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name, int mode)
{
    Value a[1];
    if (method_args(ts, name, args, nargs, kwnames, NULL, 0, 0, ARGS_EXACT, a) < 0)
        return VNULL;
    VIEW(args[0], d, n);
    char *tmp = malloc((size_t)n + 1);
    if (!tmp)
        return exc_no_memory(ts);
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool want_upper = mode == 0 ? i == 0 : mode == 1 ? lo : !prev_cased;
        if (mode == 1)
            c = up ? (char)(c + 32) : lo ? (char)(c - 32) : c;
        else if (want_upper)
            c = lo ? (char)(c - 32) : c;
        else
            c = up ? (char)(c + 32) : c;
        prev_cased = up || lo;
        tmp[i] = c;
    }
    Value r = make_like(ts, args[0], tmp, (size_t)n);
    free(tmp);
    return r;
}

STRLIKE_METHOD(bytes_capitalize, bytes_recase, "capitalize", 0)
STRLIKE_METHOD(bytes_swapcase, bytes_recase, "swapcase", 1)
STRLIKE_METHOD(bytes_title, bytes_recase, "title", 2)

/* Layout methods reuse the str implementation through a latin-1 bridge:
 * every byte becomes the code point of the same value and back, so the
 * result is byte-exact (these methods never case-map). */
static Value
latin1_str(ThreadState *ts, const char *d, int64_t n)
{
    char *tmp = malloc((size_t)n * 2 + 1);
    if (!tmp)
        return exc_no_memory(ts);
    size_t k = 0;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c < 0x80) {
            tmp[k++] = (char)c;
        } else {
            tmp[k++] = (char)(0xC0 | (c >> 6));
            tmp[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    Value r = str_new(ts, tmp, k);
    free(tmp);
    return r;
}

static Value
latin1_back(ThreadState *ts, Value self, Value v)
{
    if (str_check(v)) {
        StrObj *s = str_as(v);
        char *tmp = malloc((size_t)s->size + 1);
        if (!tmp)
            return exc_no_memory(ts);
        size_t k = 0;
        for (int64_t i = 0; i < s->size; i++) {
            unsigned char c = (unsigned char)s->data[i];
            if (c >= 0xC0 && i + 1 < s->size) {
                c = (unsigned char)(((c & 0x1F) << 6) | ((unsigned char)s->data[i + 1] & 0x3F));
                i++;
            }
            tmp[k++] = (char)c;
        }
        Value r = make_like(ts, self, tmp, k);
        free(tmp);
        return r;
    }
    if (tuple_check(v) || val_isinstance(v, &ListType)) {
        bool tup = tuple_check(v);
        int64_t n = tup ? tuple_as(v)->len : list_as(v)->len;
        Value *items = tup ? tuple_as(v)->items : list_as(v)->items;
        for (int64_t i = 0; i < n; i++) {
            Value b = latin1_back(ts, self, items[i]);
            if (!b)
                return VNULL;
            items[i] = b; /* fresh container made by the str method: safe to update */
        }
    }
    return v;
}

/* How a bridged method takes its arguments, as CPython parses them: the
 * style and bounds of str_parse_args, its keywords (NULL: positional only),
 * and which arguments are bytes (bit i: argument i; `fill`: a fill byte). */
typedef struct {
    const char *name;
    int style, min, max;
    const char *const *kw;
    unsigned bytes_args, none_ok, fill;
} ViaStr;

/* Argument i of a bridged method as the str its bytes decode to (latin-1). */
static Value
via_str_arg(ThreadState *ts, const ViaStr *m, int i, Value v)
{
    const char *d;
    int64_t n;
    unsigned bit = 1u << i;
    if (!(m->bytes_args & bit) || (v == V_NONE && (m->none_ok & bit)))
        return v;
    bool ok = bytes_view(v, &d, &n);
    if ((m->fill & bit) && (!ok || n != 1))
        return exc_raise(ts, &TypeErrorType,
                         "%s() argument %d must be a byte string of length 1, not %s", m->name,
                         i + 1, obj_type_name(v));
    if (!ok)
        return exc_raise(ts, &TypeErrorType, "a bytes-like object is required, not '%s'",
                         obj_type_name(v));
    return latin1_str(ts, d, n);
}

static Value
bytes_via_str(ThreadState *ts, Value *args, int nargs, Value kwnames, const ViaStr *m)
{
    Value a[3], sargs[3];
    if (method_args(ts, m->name, args, nargs, kwnames, m->kw, m->min, m->max, m->style, a) < 0)
        return VNULL;
    int n = m->max;
    while (n > 0 && !a[n - 1])
        n--;
    for (int i = 0; i < n; i++) {
        /* only rsplit(maxsplit=k) leaves a gap: its sep defaults to None */
        sargs[i] = a[i] ? via_str_arg(ts, m, i, a[i]) : V_NONE;
        if (!sargs[i])
            return VNULL;
    }
    VIEW(args[0], d, len);
    Value self = latin1_str(ts, d, len);
    if (!self)
        return VNULL;
    Value meth = obj_getattr_cstr(ts, self, m->name);
    if (!meth)
        return VNULL;
    Value r = obj_call(ts, meth, sargs, n, VNULL);
    return r ? latin1_back(ts, args[0], r) : VNULL;
}

static const char *const via_kw_split[] = {"sep", "maxsplit", NULL};
static const char *const via_kw_tabs[] = {"tabsize", NULL};

#define BYTES_VIA_STR(fn, ...)                                                                     \
    static Value bytes_##fn(ThreadState *ts, Value *args, int nargs, Value kwnames)               \
    {                                                                                              \
        static const ViaStr m = {#fn, __VA_ARGS__};                                                \
        return bytes_via_str(ts, args, nargs, kwnames, &m);                                       \
    }
BYTES_VIA_STR(center, ARGS_CLINIC, 1, 2, NULL, 2, 0, 2)
BYTES_VIA_STR(ljust, ARGS_CLINIC, 1, 2, NULL, 2, 0, 2)
BYTES_VIA_STR(rjust, ARGS_CLINIC, 1, 2, NULL, 2, 0, 2)
BYTES_VIA_STR(zfill, ARGS_EXACT, 1, 1, NULL, 0, 0, 0)
BYTES_VIA_STR(partition, ARGS_EXACT, 1, 1, NULL, 1, 0, 0)
BYTES_VIA_STR(rpartition, ARGS_EXACT, 1, 1, NULL, 1, 0, 0)
BYTES_VIA_STR(removeprefix, ARGS_EXACT, 1, 1, NULL, 1, 0, 0)
BYTES_VIA_STR(removesuffix, ARGS_EXACT, 1, 1, NULL, 1, 0, 0)
BYTES_VIA_STR(rsplit, ARGS_OLD, 0, 2, via_kw_split, 1, 1, 0)
BYTES_VIA_STR(expandtabs, ARGS_OLD, 0, 1, via_kw_tabs, 0, 0, 0)
#undef BYTES_VIA_STR

/* bytes lines end only at \n, \r and \r\n (str also splits at \x1c.. and \x85). */
static Value
bytes_splitlines(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"keepends", NULL};
    Value a[1];
    if (method_args(ts, "splitlines", args, nargs, kwnames, kw, 0, 1, ARGS_OLD, a) < 0)
        return VNULL;
    int keep = a[0] ? obj_truth(ts, a[0]) : 0;
    if (keep < 0)
        return VNULL;
    VIEW(args[0], d, n);
    Value list = list_new(ts, 0);
    if (!list)
        return VNULL;
    for (int64_t i = 0; i < n;) {
        int64_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r')
            j++;
        int64_t eol = j;
        if (j < n)
            j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
        Value line = make_like(ts, args[0], d + i, (size_t)((keep ? j : eol) - i));
        if (!line || list_append(ts, list, line) < 0)
            return VNULL;
        i = j;
    }
    return list;
}

static Value
bytes_getnewargs(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    VIEW(args[0], d, n);
    Value b = bytes_new(ts, d, (size_t)n);
    return b ? tuple_pack(ts, 1, b) : VNULL;
}

#define SHARED_METHODS                                                                             \
    {"decode", bytes_decode_method, METH_DEFAULT}, {"join", bytes_join, METH_DEFAULT},             \
        {"hex", bytes_hex, METH_DEFAULT}, {"startswith", bytes_startswith, METH_DEFAULT},          \
        {"endswith", bytes_endswith, METH_DEFAULT}, {"find", bytes_find, METH_DEFAULT},            \
        {"rfind", bytes_rfind, METH_DEFAULT}, {"index", bytes_index, METH_DEFAULT},                \
        {"count", bytes_count, METH_DEFAULT}, {"replace", bytes_replace, METH_DEFAULT},            \
        {"split", bytes_split, METH_DEFAULT}, {"strip", bytes_strip, METH_DEFAULT},                \
        {"lstrip", bytes_lstrip, METH_DEFAULT}, {"rstrip", bytes_rstrip, METH_DEFAULT},            \
        {"upper", bytes_upper, METH_DEFAULT}, {"lower", bytes_lower, METH_DEFAULT},                \
        {"isdigit", bytes_isdigit, METH_DEFAULT}, {"isalpha", bytes_isalpha, METH_DEFAULT},        \
        {"isalnum", bytes_isalnum, METH_DEFAULT}, {"isspace", bytes_isspace, METH_DEFAULT},        \
        {"isupper", bytes_isupper, METH_DEFAULT}, {"islower", bytes_islower, METH_DEFAULT},        \
        {"istitle", bytes_istitle, METH_DEFAULT}, {"isascii", bytes_isascii, METH_DEFAULT},        \
        {"fromhex", bytes_fromhex, METH_CLASS}, {"capitalize", bytes_capitalize, METH_DEFAULT},    \
        {"swapcase", bytes_swapcase, METH_DEFAULT}, {"title", bytes_title, METH_DEFAULT},          \
        {"center", bytes_center, METH_DEFAULT}, {"ljust", bytes_ljust, METH_DEFAULT},              \
        {"rjust", bytes_rjust, METH_DEFAULT}, {"zfill", bytes_zfill, METH_DEFAULT},                \
        {"partition", bytes_partition, METH_DEFAULT},                                              \
        {"rpartition", bytes_rpartition, METH_DEFAULT},                                            \
        {"splitlines", bytes_splitlines, METH_DEFAULT},                                            \
        {"removeprefix", bytes_removeprefix, METH_DEFAULT},                                        \
        {"removesuffix", bytes_removesuffix, METH_DEFAULT},                                        \
        {"rsplit", bytes_rsplit, METH_DEFAULT}, {"rindex", bytes_rindex, METH_DEFAULT},                \
         {"expandtabs", bytes_expandtabs, METH_DEFAULT}

static const MethodDef bytes_methods[] = {
    SHARED_METHODS,
    {"__getnewargs__", bytes_getnewargs, METH_DEFAULT},
    {NULL, NULL, 0},
};

/* }===== */

/* {===== bytearray-only methods */

#define SELFBA ba_as(args[0])

/* The one argument of append/remove: an int in range(256). */
static int
byte_arg(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames, int *c)
{
    Value a[1];
    if (method_args(ts, fname, args, nargs, kwnames, NULL, 1, 1, ARGS_EXACT, a) < 0)
        return -1;
    return byte_value(ts, a[0], c);
}

static Value
ba_append(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int c;
    if (byte_arg(ts, "append", args, nargs, kwnames, &c) < 0)
        return VNULL;
    char ch = (char)c;
    return ba_splice(ts, SELFBA, SELFBA->size, SELFBA->size, &ch, 1) < 0 ? VNULL : V_NONE;
}

static Value
ba_extend(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "extend", args, nargs, kwnames, NULL, 1, 1,
                       ARGS_EXACT, a) < 0)
        return VNULL;
    char *src;
    int64_t n;
    Value in[3] = {a[0], VNULL, VNULL};
    if (val_is_int(a[0]) || str_check(a[0]))
        return exc_raise(ts, &TypeErrorType, "can't extend bytearray with %s",
                         obj_type_name(a[0]));
    if (source_bytes(ts, "bytearray", in, &src, &n) < 0)
        return VNULL;
    int r = ba_splice(ts, SELFBA, SELFBA->size, SELFBA->size, src, n);
    free(src);
    return r < 0 ? VNULL : V_NONE;
}

static Value
ba_pop(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "pop", args, nargs, kwnames, NULL, 0, 1, ARGS_CLINIC, a) < 0)
        return VNULL;
    ByteArrayObj *b = SELFBA;
    int64_t i = -1;
    if (a[0] && str_arg_index(ts, a[0], &i) < 0)
        return VNULL;
    if (b->size == 0)
        return exc_raise(ts, &IndexErrorType, "pop from empty bytearray");
    if (i < 0)
        i += b->size;
    if (i < 0 || i >= b->size)
        return exc_raise(ts, &IndexErrorType, "pop index out of range");
    int c = (unsigned char)b->data[i];
    if (ba_splice(ts, b, i, i + 1, NULL, 0) < 0)
        return VNULL;
    return val_from_int(c);
}

static Value
ba_insert(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[2];
    int64_t i;
    int c;
    if (method_args(ts, "insert", args, nargs, kwnames, NULL, 2, 2, ARGS_CLINIC, a) <
            0 ||
        str_arg_index(ts, a[0], &i) < 0 || byte_value(ts, a[1], &c) < 0)
        return VNULL;
    ByteArrayObj *b = SELFBA;
    if (i < 0)
        i = i + b->size < 0 ? 0 : i + b->size;
    if (i > b->size)
        i = b->size;
    char ch = (char)c;
    return ba_splice(ts, b, i, i, &ch, 1) < 0 ? VNULL : V_NONE;
}

static Value
ba_remove(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int c;
    if (byte_arg(ts, "remove", args, nargs, kwnames, &c) < 0)
        return VNULL;
    ByteArrayObj *b = SELFBA;
    char *f = b->size ? memchr(b->data, c, (size_t)b->size) : NULL;
    if (!f)
        return exc_raise(ts, &ValueErrorType, "value not found in bytearray");
    return ba_splice(ts, b, f - b->data, f - b->data + 1, NULL, 0) < 0 ? VNULL : V_NONE;
}

static Value
ba_clear(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "clear", args, nargs, kwnames, NULL, 0, 0,
                       ARGS_EXACT, a) < 0)
        return VNULL;
    SELFBA->size = 0;
    return V_NONE;
}

static Value
ba_copy(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "copy", args, nargs, kwnames, NULL, 0, 0,
                       ARGS_EXACT, a) < 0)
        return VNULL;
    return bytearray_new(ts, SELFBA->data ? SELFBA->data : "", (size_t)SELFBA->size);
}

static Value
ba_reverse(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value a[1];
    if (method_args(ts, "reverse", args, nargs, kwnames, NULL, 0, 0,
                       ARGS_EXACT, a) < 0)
        return VNULL;
    ByteArrayObj *b = SELFBA;
    for (int64_t i = 0, j = b->size - 1; i < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return V_NONE;
}

static const MethodDef bytearray_methods[] = {
    SHARED_METHODS,
    {"append", ba_append, METH_DEFAULT},
    {"extend", ba_extend, METH_DEFAULT},
    {"pop", ba_pop, METH_DEFAULT},
    {"insert", ba_insert, METH_DEFAULT},
    {"remove", ba_remove, METH_DEFAULT},
    {"clear", ba_clear, METH_DEFAULT},
    {"copy", ba_copy, METH_DEFAULT},
    {"reverse", ba_reverse, METH_DEFAULT},
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
    .nb = {[NB_ADD] = bytes_add, [NB_MUL] = bytes_mul, [NB_MOD] = bytes_mod},
    .new_ = bytes_new_slot,
    .methods = bytes_methods,
};

Type ByteArrayType = {
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObj),
    .flags = TF_BASETYPE,
    .dict_offset = 0,
    .mark = ba_mark,
    .finalize = ba_finalize,
    .repr = bytearray_repr,
    .str = bytearray_repr,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .nb = {[NB_ADD] = bytes_add, [NB_MUL] = bytes_mul, [NB_MOD] = bytes_mod},
    .nb_inplace = {[NB_ADD] = bytearray_iadd},
    .new_ = bytearray_new_slot,
    .init = bytearray_init,
    .methods = bytearray_methods,
};
