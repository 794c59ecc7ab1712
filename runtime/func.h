/* runtime/func.h: code objects, functions, cells, bound methods, builtin functions.
 * SPDX-License-Identifier: MIT
 *
 * CodeObj is the contract between interp/compiler.c (which makes it) and
 * interp/ceval.c (which runs it); interp/opcodes.def defines the
 * instructions.  Frame layout for a code object (see tstate.h Frame):
 *   base[0 .. nlocals)                      locals, arguments first (varnames)
 *   base[nlocals .. nlocals+ncellvars)       CellObj for each cellvar (made at entry)
 *   base[.. + nfreevars)                     CellObj from the function's closure
 *   base[nlocals+ncellvars+nfreevars ..]     operand stack, at most stacksize deep
 * An argument that is also a cellvar is copied into its cell by code the
 * compiler emits at the start (LOAD_FAST i; STORE_DEREF j).
 */
#ifndef GILPY_FUNC_H
#define GILPY_FUNC_H

#include "object.h"

/* Code flags (CPython's values where they exist). */
enum {
    CO_OPTIMIZED = 0x1,   /* fast locals (functions); module/class bodies use a dict */
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_NOFREE = 0x40,
};

/* One exception-table entry: an exception raised by an instruction with index
 * in [start, end) jumps to target after cutting the operand stack to `depth`
 * items, pushing the instruction index as an int first if push_lasti, then
 * the exception.  The table is searched in order and the first match wins:
 * the compiler appends an entry when it closes a protected region, so inner
 * regions come before the regions that enclose them. */
typedef struct ExcTableEntry {
    int32_t start, end, target, depth;
    int32_t push_lasti;
} ExcTableEntry;

/* Source position of one instruction: CPython's co_positions(), lines 1-based,
 * columns 0-based byte offsets in the line; -1 when unknown. */
typedef struct CodePos {
    int32_t line, end_line;
    int32_t col, end_col;
} CodePos;

typedef struct CodeObj {
    Obj base;
    uint32_t *code;       /* instructions: opcode = w & 0xff, oparg = w >> 8 (24 bits) */
    int32_t ncode;
    int32_t argcount;     /* positional parameters, including positional-only */
    int32_t posonlyargcount;
    int32_t kwonlyargcount;
    int32_t nlocals;      /* len(varnames) */
    int32_t ncellvars;
    int32_t nfreevars;
    int32_t stacksize;
    int32_t firstlineno;
    uint32_t flags;       /* CO_* */
    Value consts;         /* tuple */
    Value names;          /* tuple of interned str: globals, attributes, imports */
    Value varnames;       /* tuple of str: params (pos, kwonly, *args, **kw), then locals */
    Value cellvars;       /* tuple of str */
    Value freevars;       /* tuple of str */
    Value name;           /* str */
    Value qualname;       /* str */
    Value filename;       /* str */
    CodePos *positions;   /* ncode entries */
    ExcTableEntry *exctab;
    int32_t nexctab;
    void *cache;          /* owned by ceval.c (quickening / inline caches), may be NULL */
} CodeObj;

typedef struct FuncObj {
    Obj base;
    Value dict;           /* __dict__ (function attributes) or VNULL */
    Value code;           /* CodeObj */
    Value globals;        /* dict */
    Value builtins;       /* dict, resolved when the function is made */
    Value defaults;       /* tuple or VNULL */
    Value kwdefaults;     /* dict or VNULL */
    Value closure;        /* tuple of CellObj or VNULL */
    Value name;           /* __name__ */
    Value qualname;       /* __qualname__ */
    Value module;         /* __module__ */
    Value doc;            /* __doc__ */
    Value annotations;
    uint64_t version;     /* bumped when code/defaults change (call caches) */
} FuncObj;

typedef struct CellObj {
    Obj base;
    Value ref;            /* VNULL: empty */
} CellObj;

/* A bound method: func called with self prepended. */
typedef struct MethodObj {
    Obj base;
    Value func;
    Value self;
} MethodObj;

/* A C function or a C method bound to `self` (VNULL for functions and unbound
 * method descriptors), from a MethodDef. */
typedef struct BuiltinFuncObj {
    Obj base;
    const MethodDef *def;
    Value self;           /* bound receiver, or VNULL */
    Type *owner;          /* for method descriptors: the defining type */
    Value module;         /* __module__ str or VNULL */
} BuiltinFuncObj;

Value code_new(ThreadState *ts) SP_RAISES;   /* empty CodeObj; the compiler fills it */
int code_line_of(CodeObj *co, int lasti);   /* line of instruction index lasti */
Value func_new(ThreadState *ts, Value code, Value globals) SP_RAISES;
Value cell_new(ThreadState *ts, Value ref) SP_RAISES;
Value method_new(ThreadState *ts, Value func, Value self) SP_RAISES;
/* A builtin function object for def; self VNULL for plain functions. */
Value builtin_new(ThreadState *ts, const MethodDef *def, Value self, Type *owner) SP_RAISES;

#endif
