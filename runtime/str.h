/* runtime/str.h: Python str, stored as UTF-8 with cached length and hash.
 * SPDX-License-Identifier: MIT
 *
 * data[] holds `size` bytes of UTF-8 plus a NUL.  `len` is the number of
 * code points; when ascii is set len == size and indexing is O(1).
 * Non-ASCII strings index by walking (fine for the subset's scripts).
 * Identifiers and code constants are interned (str_intern), so attribute
 * and global lookups compare pointers first.
 */
#ifndef GILPY_STR_H
#define GILPY_STR_H

#include "object.h"

struct StrObj {
    Obj base;
    int64_t size;     /* bytes of UTF-8 */
    int64_t len;      /* code points */
    int64_t hash;     /* -1 until computed */
    uint8_t ascii;    /* all bytes < 0x80 */
    uint8_t interned;
    char data[];      /* size bytes + NUL */
};

/* Instances of str subclasses keep the Values their class adds (__dict__,
 * __slots__: Type.heap_values_start .. basicsize) after the character data,
 * at this offset, since data[] has no fixed end (CPython's negative
 * dict offset): [StrObj][data, NUL][pad to 8][class Values...]. */
static inline size_t
str_values_offset(const StrObj *s)
{
    return (sizeof(StrObj) + (size_t)s->size + 1 + 7) & ~(size_t)7;
}

static inline StrObj *
str_as(Value v)
{
    return (StrObj *)val_as_obj(v);
}

static inline const char *
str_cstr(Value v)
{
    return str_as(v)->data;
}

bool str_check(Value v); /* str or subclass */
static inline bool
str_check_exact(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &StrType;
}

/* New strings from UTF-8 (assumed valid; invalid bytes become U+FFFD). */
Value str_new(ThreadState *ts, const char *utf8, size_t size) SP_RAISES;
Value str_from_cstr(ThreadState *ts, const char *s) SP_RAISES;
Value str_from_fmt(ThreadState *ts, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* An uninitialised string of `size` bytes to fill, then str_finish() to set len/ascii. */
StrObj *str_alloc(ThreadState *ts, size_t size) SP_RAISES;
void str_finish(StrObj *s);
Value str_from_codepoint(ThreadState *ts, uint32_t cp) SP_RAISES;
/* The interned string for s; all identifiers go through this. */
StrObj *str_intern(ThreadState *ts, const char *s) SP_RAISES;
StrObj *str_intern_value(ThreadState *ts, Value s) SP_RAISES; /* interns a str Value */
int64_t str_hash(StrObj *s);
bool str_eq(StrObj *a, StrObj *b);
int str_compare(StrObj *a, StrObj *b); /* code point order: -1/0/1 */
Value str_concat(ThreadState *ts, Value a, Value b) SP_RAISES;
Value str_repr(ThreadState *ts, Value v) SP_RAISES; /* 'quoted', CPython's escaping */
/* Python-level formatting used by the VM and builtins. */
Value str_mod_format(ThreadState *ts, Value fmt, Value args) SP_RAISES;        /* fmt % args */
Value str_format_method(ThreadState *ts, Value fmt, Value *args, int nargs, Value kwnames); /* str.format */
Value obj_format(ThreadState *ts, Value v, Value spec) SP_RAISES;              /* format(v, spec) */
/* Apply a format spec to an already-converted str (fill/align/width/precision). */
Value str_format_spec(ThreadState *ts, Value s, const char *spec, size_t len) SP_RAISES;
/* Join an array of str Values. */
Value str_join_array(ThreadState *ts, const char *sep, size_t seplen, Value *items, size_t n) SP_RAISES;
/* Decode one UTF-8 code point at p (returns bytes consumed). */
int utf8_decode(const char *p, uint32_t *cp);
int utf8_encode(uint32_t cp, char *out);
/* s[i] for 0 <= i < len */
Value str_getitem_index(ThreadState *ts, StrObj *s, int64_t i) SP_RAISES;

#endif
