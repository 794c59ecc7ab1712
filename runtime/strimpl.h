/* runtime/strimpl.h: internals shared by str.c, strmethods.c, strformat.c and bytes.c.
 * SPDX-License-Identifier: MIT
 *
 * Not a public contract: only the STR files include it.  It holds the
 * growable byte buffer used to build results, the Unicode character
 * classes and the argument parser for the str/bytes methods.
 */
#ifndef GILPY_STRIMPL_H
#define GILPY_STRIMPL_H

#include <stdlib.h>

#include "str.h"

extern const MethodDef str_methods[];

/* ---- a growable byte buffer; sb_finish makes a str ---- */
typedef struct StrBuf {
    char *p;
    size_t len, cap;
    char small[256];
} StrBuf;

void sb_init(StrBuf *b);
void sb_free(StrBuf *b);
void sb_grow(StrBuf *b, size_t extra);
static inline void
sb_put(StrBuf *b, const char *s, size_t n)
{
    if (b->len + n > b->cap)
        sb_grow(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
}
static inline void
sb_putc(StrBuf *b, char c)
{
    if (b->len + 1 > b->cap)
        sb_grow(b, 1);
    b->p[b->len++] = c;
}
void sb_put_cp(StrBuf *b, uint32_t cp);
void sb_fill(StrBuf *b, uint32_t cp, int64_t n);
static inline void
sb_put_str(StrBuf *b, Value s)
{
    sb_put(b, str_as(s)->data, (size_t)str_as(s)->size);
}
/* Makes a str of the contents and frees the buffer. */
Value sb_finish(ThreadState *ts, StrBuf *b) SP_RAISES;

/* ---- UTF-8 walking over valid (internal) data ---- */
static inline uint32_t
cp_next(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if (c < 0xE0) {
        *pp += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pp += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pp += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}
static inline int
cp_size(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
/* Byte offset of code point index i (0 <= i <= len). */
int64_t str_offset(StrObj *s, int64_t i);
/* Code point count of n bytes of valid UTF-8. */
int64_t utf8_count(const char *p, size_t n);
/* A new str from a slice of valid UTF-8 whose ascii-ness is known (-1: scan). */
Value str_from_valid(ThreadState *ts, const char *p, size_t n, int ascii) SP_RAISES;
/* The cached one-char str for an ASCII code. */
Value str_ascii_char(ThreadState *ts, unsigned c) SP_RAISES;
Value str_ascii_repr(ThreadState *ts, Value v, bool ascii_only) SP_RAISES;

/* The str hash of raw bytes (bytes hash equals str hash for ASCII, as in CPython). */
int64_t bytes_hash_data(const char *p, size_t n);

/* ---- Unicode classes (ASCII fast, else tables / the C.UTF-8 locale) ---- */
bool uc_isspace(uint32_t c);
bool uc_isalpha(uint32_t c);
bool uc_isdecimal(uint32_t c);
bool uc_isdigit(uint32_t c);
bool uc_isnumeric(uint32_t c);
bool uc_isupper(uint32_t c);
bool uc_islower(uint32_t c);
bool uc_isprintable(uint32_t c);
bool uc_islinebreak(uint32_t c);
bool uc_is_id_start(uint32_t c);
bool uc_is_id_continue(uint32_t c);
uint32_t uc_toupper(uint32_t c);
uint32_t uc_tolower(uint32_t c);
int uc_decimal_value(uint32_t c); /* -1 if not a decimal digit */

/* ---- argument parsing for methods ----
 * args/nargs exclude self.  kwlist names every parameter in order (NULL:
 * positional only).  out[i] is VNULL for an omitted argument. */
enum {
    ARGS_OLD,    /* "find() takes at least 1 argument (0 given)" */
    ARGS_CLINIC, /* "center expected at least 1 argument, got 0" */
    ARGS_EXACT,  /* "str.join() takes exactly one argument (0 given)" */
};
int str_parse_args(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
                   const char *const *kwlist, int min, int max, int style, Value *out) SP_RAISES;
/* An int argument via __index__ ("'float' object cannot be interpreted as an integer"). */
int str_arg_index(ThreadState *ts, Value v, int64_t *out) SP_RAISES;
/* Slice-style start/end arguments (None allowed), clamped to [0, len]. */
int str_arg_range(ThreadState *ts, Value vs, Value ve, int64_t len, int64_t *s, int64_t *e) SP_RAISES;

/* ---- formatting internals (strformat.c) ---- */
Value str_format_ascii(ThreadState *ts, Value v) SP_RAISES; /* ascii(v) */
/* bytes % args (bytes or bytearray fmt; result of the same kind). */
Value bytes_mod_format(ThreadState *ts, Value fmt, Value args) SP_RAISES;
Value str_format_map_impl(ThreadState *ts, Value fmt, Value *args, int nargs, Value mapping)
    SP_RAISES;

#endif
