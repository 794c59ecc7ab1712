/* interp/symtable.h: scopes and name resolution (local/global/nonlocal/free/cell).
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_SYMTABLE_H
#define GILPY_SYMTABLE_H

#include <stdbool.h>

#include "ast.h"

/* definition flags collected in the first pass */
enum {
    DEF_LOCAL = 1,      /* bound in this scope */
    DEF_GLOBAL = 2,     /* global statement */
    DEF_NONLOCAL = 4,   /* nonlocal statement */
    DEF_PARAM = 8,
    DEF_USE = 16,       /* read */
    DEF_FREE_CLASS = 32 /* class scope: also passed through as a free variable */
};

/* resolved scope of a name */
enum { SC_UNKNOWN, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS };

typedef struct Symbol {
    const char *name;   /* arena identifier */
    int flags;
    int scope;
} Symbol;

typedef struct Scope Scope;
struct Scope {
    int kind;
    const char *name;
    Node *node;
    Scope *parent;
    Symbol *syms;
    int nsyms, capsyms;
    Scope **children;
    int nchildren, capchildren;
    bool generator;
    bool comprehension;
    bool lambda;
    bool needs_class_closure; /* class scope: a method uses __class__/super */
    bool nested;              /* inside a function */
    /* computed: names sorted as CPython lays out co_cellvars / co_freevars */
    const char **cellvars;
    int ncellvars;
    const char **freevars;
    int nfreevars;
};

typedef struct SymTable {
    ThreadState *ts;
    Arena *arena;
    const char *filename;
    const char *src;
    size_t srclen;
    Scope *top;
    bool failed;
} SymTable;

/* Build the scope tree for a Module/Expression/Interactive root; each
 * FunctionDef/Lambda/ClassDef/comprehension node gets node->scope.  Returns
 * -1 with SyntaxError raised. */
int symtable_build(SymTable *st, Node *root);
Symbol *symtable_lookup(Scope *s, const char *name);
/* SC_* of name in s (SC_GLOBAL_IMPLICIT for unknown names). */
int symtable_scope_of(Scope *s, const char *name);

#endif
