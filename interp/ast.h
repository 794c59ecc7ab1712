/* interp/ast.h: the abstract syntax tree, mirroring Python's `ast` module.
 * SPDX-License-Identifier: MIT
 *
 * One generic Node struct serves every kind (fields documented per kind
 * below) so the parser, symtable and compiler share small helpers.  Nodes
 * live in an Arena (malloc'd chunks freed in one go after compilation); the
 * AST is not GC-managed.  Constant values (Value) created by the parser are
 * not rooted: the collector does not run during compilation.
 */
#ifndef GILPY_AST_H
#define GILPY_AST_H

#include <stddef.h>
#include <stdint.h>

#include "../runtime/object.h"

/* clang-format off */
/* kind: field usage */
#define AST_KINDS(X) \
    X(Module)          /* l1 body */ \
    X(Expression)      /* a body */ \
    X(Interactive)     /* l1 body */ \
    X(FunctionDef)     /* name, a Arguments, l1 body, l2 decorators, b returns */ \
    X(ClassDef)        /* name, l1 body, l2 decorators, l3 bases, l4 keywords */ \
    X(Return)          /* a value? */ \
    X(Delete)          /* l1 targets */ \
    X(Assign)          /* l1 targets, a value */ \
    X(AugAssign)       /* a target, op NB_*, b value */ \
    X(AnnAssign)       /* a target, b annotation, c value?, flag simple */ \
    X(For)             /* a target, b iter, l1 body, l2 orelse */ \
    X(While)           /* a test, l1 body, l2 orelse */ \
    X(If)              /* a test, l1 body, l2 orelse */ \
    X(With)            /* l1 withitems, l2 body */ \
    X(Raise)           /* a exc?, b cause? */ \
    X(Try)             /* l1 body, l2 handlers, l3 orelse, l4 finalbody */ \
    X(Assert)          /* a test, b msg? */ \
    X(Import)          /* l1 aliases */ \
    X(ImportFrom)      /* name module?, l1 aliases, flag level */ \
    X(Global)          /* l1 Names */ \
    X(Nonlocal)        /* l1 Names */ \
    X(Expr)            /* a value */ \
    X(Pass) X(Break) X(Continue) \
    X(BoolOp)          /* op (0 and, 1 or), l1 values */ \
    X(NamedExpr)       /* a target, b value */ \
    X(BinOp)           /* a left, op NB_*, b right */ \
    X(UnaryOp)         /* op (UOP_*), a operand */ \
    X(Lambda)          /* a Arguments, b body */ \
    X(IfExp)           /* a test, b body, c orelse */ \
    X(Dict)            /* l1 keys (NULL for **v), l2 values */ \
    X(Set)             /* l1 elts */ \
    X(ListComp)        /* a elt, l1 comprehensions */ \
    X(SetComp)         /* a elt, l1 comprehensions */ \
    X(DictComp)        /* a key, b value, l1 comprehensions */ \
    X(GeneratorExp)    /* a elt, l1 comprehensions */ \
    X(Yield)           /* a value? */ \
    X(YieldFrom)       /* a value */ \
    X(Compare)         /* a left, ops[n], l1 comparators */ \
    X(Call)            /* a func, l1 args, l2 keywords */ \
    X(FormattedValue)  /* a value, flag conversion (-1, 's', 'r', 'a'), b format_spec? */ \
    X(JoinedStr)       /* l1 values */ \
    X(Constant)        /* value */ \
    X(Attribute)       /* a value, name attr, ctx */ \
    X(Subscript)       /* a value, b slice, ctx */ \
    X(Starred)         /* a value, ctx */ \
    X(Name)            /* name, ctx */ \
    X(List)            /* l1 elts, ctx */ \
    X(Tuple)           /* l1 elts, ctx */ \
    X(Slice)           /* a lower?, b upper?, c step? */ \
    X(Arguments)       /* l1 positional args (Arg), flag posonly count, l3 defaults of the last \
                          positional args, l2 kwonly args (Arg, b = kw default?), a vararg?, \
                          b kwarg? */ \
    X(Arg)             /* name, a annotation? */ \
    X(Keyword)         /* name (NULL: **value), a value */ \
    X(Alias)           /* name (dotted), name2 asname? */ \
    X(WithItem)        /* a context_expr, b optional_vars? */ \
    X(ExceptHandler)   /* a type?, name?, l1 body */ \
    X(Comprehension)   /* a target, b iter, l1 ifs */
/* clang-format on */

typedef enum {
#define X(n) N_##n,
    AST_KINDS(X)
#undef X
    N_COUNT
} NodeKind;

enum { CTX_LOAD, CTX_STORE, CTX_DEL };
enum { UOP_INVERT, UOP_NOT, UOP_ADD, UOP_SUB };
/* Compare ops: CMP_* (object.h) then these. */
enum { CMPOP_IS = 6, CMPOP_ISNOT, CMPOP_IN, CMPOP_NOTIN };

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    int n, cap;
} NodeList;

struct Node {
    uint8_t kind;
    uint8_t ctx;
    int16_t op;
    int flag;
    int line, col, end_line, end_col;
    const char *name;   /* identifiers are interned in the arena: compare pointers */
    const char *name2;
    Node *a, *b, *c;
    NodeList l1, l2, l3, l4;
    int *ops;           /* Compare */
    Value value;        /* Constant */
    void *scope;        /* symtable Scope of a function/class/lambda/comprehension */
};

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *chunks;
    char *cur, *end;
    /* identifier intern table */
    const char **ids;
    size_t nids, capids;
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size); /* zeroed; aborts on out of memory */
/* The arena's unique copy of the identifier s[0..len). */
const char *arena_ident(Arena *a, const char *s, size_t len);

Node *ast_new(Arena *a, NodeKind kind, int line, int col, int end_line, int end_col);
void ast_append(Arena *a, NodeList *l, Node *n);
extern const char *const ast_kind_names[N_COUNT];

#endif
