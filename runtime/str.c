/* runtime/str.c: the str type: creation, interning, hashing, comparison, slots.
 * SPDX-License-Identifier: MIT
 *
 * A str is UTF-8 with its code point count and an ascii flag (str.h), so
 * ASCII strings (nearly all strings of the benchmark programs) index in
 * O(1) and compare with memcmp (UTF-8 byte order is code point order).
 * Results are sized once (str_alloc) and filled with memcpy; the 128 ASCII
 * one-char strings are cached per interpreter and interned, so s[i] and
 * iteration over ASCII text allocate nothing.  Methods live in
 * strmethods.c, formatting in strformat.c.
 */
#define _GNU_SOURCE /* memmem */
#include <stdarg.h>
#include <stdio.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "strimpl.h"
#include "tstate.h"
#include "tuple.h"

typedef struct StrIterObj {
    Obj base;
    Value str;
    int64_t pos; /* byte offset of the next code point */
} StrIterObj;

/* {===== string buffers */

void
sb_init(StrBuf *b)
{
    b->p = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
}

void
sb_free(StrBuf *b)
{
    if (b->p != b->small)
        free(b->p);
    sb_init(b);
}

void
sb_grow(StrBuf *b, size_t extra)
{
    size_t cap = b->cap * 2;
    while (cap < b->len + extra)
        cap *= 2;
    char *p;
    if (b->p == b->small) {
        p = malloc(cap);
        if (p)
            memcpy(p, b->small, b->len);
    } else {
        p = realloc(b->p, cap);
    }
    if (!p) {
        fprintf(stderr, "gilpy: out of memory\n");
        abort();
    }
    b->p = p;
    b->cap = cap;
}

void
sb_put_cp(StrBuf *b, uint32_t cp)
{
    char tmp[4];
    sb_put(b, tmp, (size_t)utf8_encode(cp, tmp));
}

void
sb_fill(StrBuf *b, uint32_t cp, int64_t n)
{
    char tmp[4];
    int k = utf8_encode(cp, tmp);
    if (n <= 0)
        return;
    if (b->len + (size_t)n * (size_t)k > b->cap)
        sb_grow(b, (size_t)n * (size_t)k);
    if (k == 1) {
        memset(b->p + b->len, tmp[0], (size_t)n);
        b->len += (size_t)n;
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        memcpy(b->p + b->len, tmp, (size_t)k);
        b->len += (size_t)k;
    }
}

Value
sb_finish(ThreadState *ts, StrBuf *b)
{
    Value r = str_from_valid(ts, b->p, b->len, -1);
    sb_free(b);
    return r;
}

/* }===== */

/* {===== UTF-8 */

int
utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF)
        return utf8_encode(0xFFFD, out);
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decode one code point from [p, end); invalid sequences (overlong, out of
 * range, truncated) give U+FFFD and consume one byte.  Surrogates are
 * accepted when allow_surr (our strs may hold lone surrogates). */
static int
decode_bounded(const unsigned char *p, const unsigned char *end, uint32_t *cp, bool allow_surr)
{
    uint32_t c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n;
    uint32_t min;
    if (c >= 0xC2 && c < 0xE0) {
        n = 2, min = 0x80, c &= 0x1F;
    } else if (c >= 0xE0 && c < 0xF0) {
        n = 3, min = 0x800, c &= 0x0F;
    } else if (c >= 0xF0 && c < 0xF5) {
        n = 4, min = 0x10000, c &= 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (end - p < n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (!allow_surr && c >= 0xD800 && c < 0xE000)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return n;
}

int
utf8_decode(const char *p, uint32_t *cp)
{
    /* The caller's buffer is NUL-terminated or valid: a NUL is never a
     * continuation byte, so the scan stops there; 4 is an upper bound.
     * Encoded surrogates are accepted because strs may hold lone
     * surrogates ('\ud800'); ord() and friends decode str data here. */
    const unsigned char *u = (const unsigned char *)p;
    return decode_bounded(u, u + 4, cp, true);
}

int64_t
utf8_count(const char *p, size_t n)
{
    int64_t count = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        /* count bytes that are not continuation bytes (10xxxxxx) */
        uint64_t cont = (w & ~(w << 1)) & 0x8080808080808080ull;
        count += 8 - __builtin_popcountll(cont);
    }
    for (; i < n; i++)
        count += ((unsigned char)p[i] & 0xC0) != 0x80;
    return count;
}

static bool
all_ascii(const char *p, size_t n)
{
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        acc |= w;
    }
    for (; i < n; i++)
        acc |= (unsigned char)p[i];
    return (acc & 0x8080808080808080ull) == 0;
}

/* }===== */

/* {===== creation */

StrObj *
str_alloc(ThreadState *ts, size_t size)
{
    StrObj *s = gc_alloc(ts, &StrType, sizeof(StrObj) + size + 1);
    if (!s)
        return NULL;
    s->size = (int64_t)size;
    s->hash = -1;
    s->data[size] = '\0';
    return s;
}

void
str_finish(StrObj *s)
{
    s->data[s->size] = '\0';
    if (all_ascii(s->data, (size_t)s->size)) {
        s->ascii = 1;
        s->len = s->size;
    } else {
        s->ascii = 0;
        s->len = utf8_count(s->data, (size_t)s->size);
    }
}

Value
str_ascii_char(ThreadState *ts, unsigned c)
{
    Value *cache = ts->interp->char_cache;
    if (cache[c])
        return cache[c];
    StrObj *s = str_alloc(ts, 1);
    if (!s)
        return VNULL;
    s->data[0] = (char)c;
    s->len = 1;
    s->ascii = 1;
    if (ts->interp->interned) {
        StrObj *in = str_intern_value(ts, val_from_obj(s));
        if (!in)
            return VNULL;
        s = in;
    }
    cache[c] = val_from_obj(s);
    return cache[c];
}

Value
str_from_valid(ThreadState *ts, const char *p, size_t n, int ascii)
{
    if (n == 1 && (unsigned char)p[0] < 0x80)
        return str_ascii_char(ts, (unsigned char)p[0]);
    StrObj *s = str_alloc(ts, n);
    if (!s)
        return VNULL;
    memcpy(s->data, p, n);
    if (ascii < 0) {
        str_finish(s);
    } else {
        s->ascii = (uint8_t)ascii;
        s->len = ascii ? (int64_t)n : utf8_count(p, n);
    }
    return val_from_obj(s);
}

static bool
utf8_valid(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p, *end = u + n;
    while (u < end) {
        if (*u < 0x80) {
            u++;
            continue;
        }
        uint32_t cp;
        int k = decode_bounded(u, end, &cp, true);
        if (cp == 0xFFFD && k == 1)
            return false;
        u += k;
    }
    return true;
}

Value
str_new(ThreadState *ts, const char *utf8, size_t size)
{
    if (all_ascii(utf8, size))
        return str_from_valid(ts, utf8, size, 1);
    if (utf8_valid(utf8, size))
        return str_from_valid(ts, utf8, size, 0);
    StrBuf b;
    sb_init(&b);
    const unsigned char *u = (const unsigned char *)utf8, *end = u + size;
    while (u < end) {
        uint32_t cp;
        int k = decode_bounded(u, end, &cp, true);
        sb_put_cp(&b, cp);
        u += k;
    }
    return sb_finish(ts, &b);
}

Value
str_from_cstr(ThreadState *ts, const char *s)
{
    return str_new(ts, s, strlen(s));
}

Value
str_from_fmt(ThreadState *ts, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return str_new(ts, "", 0);
    if ((size_t)n < sizeof small)
        return str_new(ts, small, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (!big)
        return exc_no_memory(ts);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    Value r = str_new(ts, big, (size_t)n);
    free(big);
    return r;
}

Value
str_from_codepoint(ThreadState *ts, uint32_t cp)
{
    if (cp < 0x80)
        return str_ascii_char(ts, cp);
    char buf[4];
    int n = utf8_encode(cp, buf);
    StrObj *s = str_alloc(ts, (size_t)n);
    if (!s)
        return VNULL;
    memcpy(s->data, buf, (size_t)n);
    s->len = 1;
    return val_from_obj(s);
}

bool
str_check(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->flags & TF_STR_SUBCLASS);
}

/* }===== */

/* {===== interning, hashing, comparison */

StrObj *
str_intern_value(ThreadState *ts, Value v)
{
    StrObj *s = str_as(v);
    if (s->interned)
        return s;
    Value d = ts->interp->interned;
    Value found = dict_get_str(d, s);
    if (found)
        return str_as(found);
    if (!str_check_exact(v)) {
        v = str_from_valid(ts, s->data, (size_t)s->size, s->ascii);
        if (!v)
            return NULL;
        s = str_as(v);
    }
    if (dict_set_str(ts, d, s, v) < 0)
        return NULL;
    s->interned = 1;
    return s;
}

StrObj *
str_intern(ThreadState *ts, const char *cs)
{
    Value v = str_from_cstr(ts, cs);
    if (!v)
        return NULL;
    return str_intern_value(ts, v);
}

static inline uint64_t
hash_mix(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* A wyhash-style word-at-a-time hash: strings are hashed once (cached). */
static int64_t
bytes_hash_compute(const char *p, size_t n)
{
    if (n == 0)
        return 0;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = hash_mix(h ^ w, 0xA0761D6478BD642Full);
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t w = 0;
        memcpy(&w, p, n);
        h = hash_mix(h ^ w ^ 0xE7037ED1A0B428DBull, 0x8EBC6AF09C88C6E3ull);
    }
    h = hash_mix(h, 0x589965CC75374CC3ull);
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t
str_hash(StrObj *s)
{
    if (s->hash == -1)
        s->hash = bytes_hash_compute(s->data, (size_t)s->size);
    return s->hash;
}

int64_t
bytes_hash_data(const char *p, size_t n)
{
    return bytes_hash_compute(p, n);
}

bool
str_eq(StrObj *a, StrObj *b)
{
    if (a == b)
        return true;
    if (a->size != b->size)
        return false;
    if (a->interned && b->interned && a->base.type == &StrType && b->base.type == &StrType)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, (size_t)a->size) == 0;
}

int
str_compare(StrObj *a, StrObj *b)
{
    int64_t n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c)
        return c < 0 ? -1 : 1;
    return a->size < b->size ? -1 : a->size > b->size;
}

static int64_t
str_hash_slot(ThreadState *ts, Value v)
{
    return str_hash(str_as(v));
}

static Value
str_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!str_check(a) || !str_check(b))
        return V_NOTIMPL;
    StrObj *x = str_as(a), *y = str_as(b);
    if (op == CMP_EQ)
        return val_bool(str_eq(x, y));
    if (op == CMP_NE)
        return val_bool(!str_eq(x, y));
    int c = str_compare(x, y);
    switch (op) {
    case CMP_LT:
        return val_bool(c < 0);
    case CMP_LE:
        return val_bool(c <= 0);
    case CMP_GT:
        return val_bool(c > 0);
    default:
        return val_bool(c >= 0);
    }
}

/* }===== */

/* {===== concatenation and joining */

Value
str_concat(ThreadState *ts, Value a, Value b)
{
    StrObj *x = str_as(a), *y = str_as(b);
    if (y->size == 0 && str_check_exact(a))
        return a;
    if (x->size == 0 && str_check_exact(b))
        return b;
    StrObj *s = str_alloc(ts, (size_t)(x->size + y->size));
    if (!s)
        return VNULL;
    memcpy(s->data, x->data, (size_t)x->size);
    memcpy(s->data + x->size, y->data, (size_t)y->size);
    s->len = x->len + y->len;
    s->ascii = x->ascii & y->ascii;
    return val_from_obj(s);
}

Value
str_join_array(ThreadState *ts, const char *sep, size_t seplen, Value *items, size_t n)
{
    if (n == 0)
        return str_new(ts, "", 0);
    size_t total = seplen * (n - 1);
    int64_t len = 0;
    uint8_t ascii = 1;
    for (size_t i = 0; i < n; i++) {
        if (!str_check(items[i]))
            return exc_raise(ts, &TypeErrorType, "sequence item %zu: expected str instance, %s found",
                             i, obj_type_name(items[i]));
        StrObj *s = str_as(items[i]);
        total += (size_t)s->size;
        len += s->len;
        ascii &= s->ascii;
    }
    if (n == 1 && str_check_exact(items[0]))
        return items[0];
    if (seplen) {
        bool sep_ascii = all_ascii(sep, seplen);
        ascii &= sep_ascii;
        len += (int64_t)(n - 1) * (sep_ascii ? (int64_t)seplen : utf8_count(sep, seplen));
    }
    StrObj *r = str_alloc(ts, total);
    if (!r)
        return VNULL;
    char *p = r->data;
    for (size_t i = 0; i < n; i++) {
        StrObj *s = str_as(items[i]);
        if (i && seplen) {
            if (seplen == 1)
                *p = sep[0];
            else
                memcpy(p, sep, seplen);
            p += seplen;
        }
        memcpy(p, s->data, (size_t)s->size);
        p += s->size;
    }
    r->len = len;
    r->ascii = ascii;
    return val_from_obj(r);
}

/* }===== */

/* {===== repr */

static char
pick_quote(StrObj *s)
{
    bool sq = memchr(s->data, '\'', (size_t)s->size) != NULL;
    bool dq = memchr(s->data, '"', (size_t)s->size) != NULL;
    return (sq && !dq) ? '"' : '\'';
}

static void
put_escape(StrBuf *b, uint32_t c)
{
    char tmp[16];
    int n;
    if (c < 0x100)
        n = snprintf(tmp, sizeof tmp, "\\x%02x", c);
    else if (c < 0x10000)
        n = snprintf(tmp, sizeof tmp, "\\u%04x", c);
    else
        n = snprintf(tmp, sizeof tmp, "\\U%08x", c);
    sb_put(b, tmp, (size_t)n);
}

/* repr(s) with CPython's rules; ascii_only escapes every non-ASCII char (ascii()). */
Value
str_ascii_repr(ThreadState *ts, Value v, bool ascii_only)
{
    StrObj *s = str_as(v);
    char q = pick_quote(s);
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, q);
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        unsigned char ch = (unsigned char)*p;
        if (ch >= 0x20 && ch < 0x7F) {
            if (ch == (unsigned char)q || ch == '\\')
                sb_putc(&b, '\\');
            sb_putc(&b, (char)ch);
            p++;
            continue;
        }
        const char *start = p;
        uint32_t c = cp_next(&p);
        if (c == '\n')
            sb_put(&b, "\\n", 2);
        else if (c == '\t')
            sb_put(&b, "\\t", 2);
        else if (c == '\r')
            sb_put(&b, "\\r", 2);
        else if (c < 0x80 || ascii_only || !uc_isprintable(c))
            put_escape(&b, c);
        else
            sb_put(&b, start, (size_t)(p - start));
    }
    sb_putc(&b, q);
    return sb_finish(ts, &b);
}

Value
str_repr(ThreadState *ts, Value v)
{
    return str_ascii_repr(ts, v, false);
}

static Value
str_str_slot(ThreadState *ts, Value v)
{
    if (str_check_exact(v))
        return v;
    StrObj *s = str_as(v);
    return str_from_valid(ts, s->data, (size_t)s->size, s->ascii);
}

/* }===== */

/* {===== indexing and slicing */

int64_t
str_offset(StrObj *s, int64_t i)
{
    if (s->ascii)
        return i;
    const char *p = s->data;
    if (i <= s->len / 2) {
        int64_t off = 0;
        while (i > 0) {
            off++;
            while (((unsigned char)p[off] & 0xC0) == 0x80)
                off++;
            i--;
        }
        return off;
    }
    int64_t off = s->size, k = s->len - i;
    while (k > 0) {
        off--;
        while (((unsigned char)p[off] & 0xC0) == 0x80)
            off--;
        k--;
    }
    return off;
}

Value
str_getitem_index(ThreadState *ts, StrObj *s, int64_t i)
{
    if (s->ascii)
        return str_ascii_char(ts, (unsigned char)s->data[i]);
    const char *p = s->data + str_offset(s, i);
    const char *q = p;
    uint32_t c = cp_next(&q);
    if (c < 0x80)
        return str_ascii_char(ts, c);
    return str_from_valid(ts, p, (size_t)(q - p), 0);
}

static Value
str_slice(ThreadState *ts, StrObj *s, Value slice)
{
    int64_t start, stop, step, n;
    if (slice_indices(ts, slice, s->len, &start, &stop, &step, &n) < 0)
        return VNULL;
    if (n <= 0)
        return str_new(ts, "", 0);
    if (step == 1) {
        if (n == s->len && s->base.type == &StrType)
            return val_from_obj(s);
        int64_t a = str_offset(s, start);
        int64_t b = s->ascii ? stop : a + (str_offset(s, stop) - a);
        return str_from_valid(ts, s->data + a, (size_t)(b - a), s->ascii ? 1 : -1);
    }
    if (s->ascii) {
        StrObj *r = str_alloc(ts, (size_t)n);
        if (!r)
            return VNULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            r->data[i] = s->data[j];
        r->len = n;
        r->ascii = 1;
        return val_from_obj(r);
    }
    /* non-ASCII with a step: decode once into code points */
    uint32_t *cps = malloc(sizeof(uint32_t) * (size_t)s->len);
    if (!cps)
        return exc_no_memory(ts);
    const char *p = s->data;
    for (int64_t i = 0; i < s->len; i++)
        cps[i] = cp_next(&p);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        sb_put_cp(&b, cps[j]);
    free(cps);
    return sb_finish(ts, &b);
}

static Value
str_getitem(ThreadState *ts, Value v, Value key)
{
    StrObj *s = str_as(v);
    int64_t i;
    if (val_is_int(key)) {
        i = val_as_int(key);
    } else if (val_is(key, &SliceType)) {
        return str_slice(ts, s, key);
    } else if (val_type(key)->index) {
        Value iv = obj_index(ts, key);
        if (!iv)
            return VNULL;
        int ovf = 0;
        i = int_as_i64(ts, iv, &ovf);
        if (ovf || (i == -1 && ts_has_exc(ts))) {
            exc_clear(ts);
            return exc_raise(ts, &IndexErrorType, "cannot fit 'int' into an index-sized integer");
        }
    } else {
        return exc_raise(ts, &TypeErrorType, "string indices must be integers, not '%s'",
                         obj_type_name(key));
    }
    if (i < 0)
        i += s->len;
    if (i < 0 || i >= s->len)
        return exc_raise(ts, &IndexErrorType, "string index out of range");
    return str_getitem_index(ts, s, i);
}

static int64_t
str_len_slot(ThreadState *ts, Value v)
{
    return str_as(v)->len;
}

static int
str_contains(ThreadState *ts, Value v, Value key)
{
    if (!str_check(key)) {
        exc_raise(ts, &TypeErrorType, "'in <string>' requires string as left operand, not %s",
                  obj_type_name(key));
        return -1;
    }
    StrObj *s = str_as(v), *k = str_as(key);
    if (k->size == 0)
        return 1;
    if (k->size == 1)
        return memchr(s->data, k->data[0], (size_t)s->size) != NULL;
    return memmem(s->data, (size_t)s->size, k->data, (size_t)k->size) != NULL;
}

/* }===== */

/* {===== operators */

static Value
str_add(ThreadState *ts, Value a, Value b)
{
    if (!str_check(a))
        return V_NOTIMPL;
    if (!str_check(b)) {
        if (val_type(b)->flags & TF_HEAPTYPE)
            return V_NOTIMPL; /* let b.__radd__ have a go */
        return exc_raise(ts, &TypeErrorType, "can only concatenate str (not \"%s\") to str",
                         obj_type_name(b));
    }
    return str_concat(ts, a, b);
}

static Value
str_repeat(ThreadState *ts, Value sv, Value nv)
{
    int64_t n;
    if (val_is_int(nv)) {
        n = val_as_int(nv);
    } else {
        Value iv = obj_index(ts, nv);
        if (!iv)
            return VNULL;
        int ovf = 0;
        n = int_as_i64(ts, iv, &ovf);
        if (ovf || (n == -1 && ts_has_exc(ts))) {
            exc_clear(ts);
            return exc_raise(ts, &OverflowErrorType,
                             "cannot fit 'int' into an index-sized integer");
        }
    }
    StrObj *s = str_as(sv);
    if (n <= 0 || s->size == 0)
        return str_new(ts, "", 0);
    if (n == 1 && str_check_exact(sv))
        return sv;
    if (s->size > INT64_MAX / n)
        return exc_raise(ts, &OverflowErrorType, "repeated string is too long");
    if (s->size * n > ((int64_t)1 << 40))
        return exc_no_memory(ts);
    size_t total = (size_t)(s->size * n);
    StrObj *r = str_alloc(ts, total);
    if (!r)
        return VNULL;
    if (s->size == 1) {
        memset(r->data, s->data[0], total);
    } else {
        memcpy(r->data, s->data, (size_t)s->size);
        size_t done = (size_t)s->size;
        while (done < total) {
            size_t k = done <= total - done ? done : total - done;
            memcpy(r->data + done, r->data, k);
            done += k;
        }
    }
    r->len = s->len * n;
    r->ascii = s->ascii;
    return val_from_obj(r);
}

static bool
is_index_like(Value v)
{
    return val_is_int(v) || val_type(v)->index != NULL;
}

static Value
str_mul(ThreadState *ts, Value a, Value b)
{
    /* Accept either order: str * n and n * str (the reflected call). */
    Value s = str_check(a) ? a : b, n = str_check(a) ? b : a;
    if (!str_check(s))
        return V_NOTIMPL;
    if (!is_index_like(n)) {
        if (val_type(n)->flags & TF_HEAPTYPE)
            return V_NOTIMPL;
        return exc_raise(ts, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                         obj_type_name(n));
    }
    return str_repeat(ts, s, n);
}

static Value
str_mod(ThreadState *ts, Value a, Value b)
{
    if (!str_check(a))
        return V_NOTIMPL;
    return str_mod_format(ts, a, b);
}

/* }===== */

/* {===== construction: str(object='', encoding, errors) */

static Value
str_make_subtype(ThreadState *ts, Type *t, Value v)
{
    StrObj *s = str_as(v);
    size_t extra = t->basicsize > sizeof(StrObj) ? t->basicsize - sizeof(StrObj) : 0;
    StrObj *r = gc_alloc(ts, t, str_values_offset(s) + extra);
    if (!r)
        return VNULL;
    r->size = s->size;
    r->len = s->len;
    r->ascii = s->ascii;
    r->hash = -1;
    memcpy(r->data, s->data, (size_t)s->size + 1);
    return val_from_obj(r);
}

static Value
str_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    static const char *const kw[] = {"object", "encoding", "errors", NULL};
    if (nargs == 1 && !kwnames && t == &StrType)
        return obj_str(ts, args[0]); /* the hot str(x) */
    Value a[3];
    if (str_parse_args(ts, "str", args, nargs, kwnames, kw, 0, 3, ARGS_OLD, a) < 0)
        return VNULL;
    Value r;
    if (!a[0]) {
        r = str_new(ts, "", 0);
    } else if (!a[1] && !a[2]) {
        r = obj_str(ts, a[0]);
    } else {
        for (int i = 1; i < 3; i++)
            if (a[i] && !str_check(a[i]))
                return exc_raise(ts, &TypeErrorType, "str() argument '%s' must be str, not %s",
                                 kw[i], obj_type_name(a[i]));
        if (!val_isinstance(a[0], &BytesType))
            return exc_raise(ts, &TypeErrorType, "decoding to str: need a bytes-like object, %s found",
                             obj_type_name(a[0]));
        BytesObj *by = bytes_as(a[0]);
        r = bytes_decode(ts, by->data, (size_t)by->size, a[1] ? str_cstr(a[1]) : "utf-8",
                         a[2] ? str_cstr(a[2]) : "strict");
    }
    if (!r || t == &StrType)
        return r;
    return str_make_subtype(ts, t, r);
}

/* }===== */

/* {===== iteration */

static Value
str_iter(ThreadState *ts, Value v)
{
    StrIterObj *it = gc_alloc(ts, &StrIterType, sizeof(StrIterObj));
    if (!it)
        return VNULL;
    it->str = v;
    it->pos = 0;
    return val_from_obj(it);
}

static Value
str_iter_next(ThreadState *ts, Value v)
{
    StrIterObj *it = (StrIterObj *)val_as_obj(v);
    if (!it->str)
        return VNULL;
    StrObj *s = str_as(it->str);
    if (it->pos >= s->size) {
        it->str = VNULL;
        return VNULL;
    }
    unsigned char c = (unsigned char)s->data[it->pos];
    if (c < 0x80) {
        it->pos++;
        return str_ascii_char(ts, c);
    }
    const char *p = s->data + it->pos, *q = p;
    cp_next(&q);
    it->pos += q - p;
    return str_from_valid(ts, p, (size_t)(q - p), 0);
}

static Value
str_iter_self(ThreadState *ts, Value v)
{
    return v;
}

static void
str_iter_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((StrIterObj *)o)->str);
}

static Value
str_iter_length_hint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    StrIterObj *it = (StrIterObj *)val_as_obj(args[0]);
    if (!it->str)
        return val_from_int(0);
    StrObj *s = str_as(it->str);
    return val_from_int(utf8_count(s->data + it->pos, (size_t)(s->size - it->pos)));
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

/* }===== */

Type StrType = {
    .name = "str",
    .basicsize = sizeof(StrObj),
    .flags = TF_BASETYPE | TF_STR_SUBCLASS,
    .repr = str_repr,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .nb = {[NB_ADD] = str_add, [NB_MUL] = str_mul, [NB_MOD] = str_mod},
    .new_ = str_new_slot,
    .methods = str_methods,
};

Type StrIterType = {
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObj),
    .mark = str_iter_mark,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};
