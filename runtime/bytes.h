/* runtime/bytes.h: Python bytes, an immutable byte string stored inline.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_BYTES_H
#define GILPY_BYTES_H

#include "object.h"

typedef struct BytesObj {
    Obj base;
    int64_t size;
    int64_t hash; /* -1 until computed */
    char data[];  /* size bytes + NUL */
} BytesObj;

static inline BytesObj *
bytes_as(Value v)
{
    return (BytesObj *)val_as_obj(v);
}

/* bytearray: a mutable byte buffer (malloc'd, owned by the object). */
typedef struct ByteArrayObj {
    Obj base;
    Value dict; /* __dict__ for subclass instances */
    int64_t size, cap;
    char *data;
} ByteArrayObj;

extern Type ByteArrayType;

bool bytes_check(Value v); /* bytes or subclass */
bool bytearray_check(Value v); /* bytearray or subclass */
/* The bytes of a bytes or bytearray; false if v is neither. */
bool bytes_view(Value v, const char **data, int64_t *size);
Value bytearray_new(ThreadState *ts, const char *data, size_t size) SP_RAISES;
Value bytes_new(ThreadState *ts, const char *data, size_t size) SP_RAISES;
/* An uninitialised bytes of `size` bytes to fill. */
BytesObj *bytes_alloc(ThreadState *ts, size_t size) SP_RAISES;
Value bytes_repr(ThreadState *ts, Value v) SP_RAISES; /* b'...' */
/* bytes.decode(encoding='utf-8', errors='strict') */
Value bytes_decode(ThreadState *ts, const char *data, size_t size, const char *encoding,
                   const char *errors) SP_RAISES;
/* str.encode(encoding='utf-8', errors='strict') */
Value str_encode(ThreadState *ts, Value s, const char *encoding, const char *errors) SP_RAISES;

#endif
