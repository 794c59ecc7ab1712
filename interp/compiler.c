/* interp/compiler.c: AST -> CodeObj, the instruction set of interp/opcodes.def.
 * SPDX-License-Identifier: MIT
 *
 * One Unit per code object being built (module, class body, function,
 * lambda, comprehension).  Instructions are emitted with symbolic labels
 * and tagged with the exception handler active at that point (CPython
 * 3.11's model: the handler stack follows the block structure and the
 * exception table is the run-length encoding of the per-instruction
 * handler).  assemble() resolves labels, computes the stack depth of every
 * instruction by flow analysis (which also gives each handler its depth),
 * and fills the CodeObj.
 *
 * return/break/continue inside try/finally, with and except blocks unwind
 * the "frame blocks" statically (compile_unwind), emitting the finally
 * body, the __exit__ call or POP_EXCEPT inline, as CPython does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/bytes.h"
#include "../runtime/exc.h"
#include "../runtime/float.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/set.h"
#include "../runtime/str.h"
#include "../runtime/tstate.h"
#include "../runtime/tuple.h"
#include "ast.h"
#include "disasm.h"
#include "eval.h"
#include "lexer.h"
#include "opcodes.h"
#include "parser.h"
#include "symtable.h"

typedef struct Instr {
    uint8_t op;
    int32_t arg;      /* label id for jumps until assembled */
    int32_t handler;  /* index into Unit.handlers, -1 none */
    CodePos pos;
} Instr;

typedef struct Handler {
    int label;
    int setup;        /* instruction index whose depth is the base depth */
    int adj;
    bool lasti;
} Handler;

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
       FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER };

typedef struct FBlock {
    int kind;
    int label_cont;   /* loops: continue target */
    int label_exit;   /* loops: break target */
    Node *node;       /* FINALLY_TRY: the Try node; HANDLER_CLEANUP: the handler */
    int outer_handler;
} FBlock;

#define MAX_FBLOCKS 40

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    Node *node;
    const char *name;
    const char *qualname;
    int kind;          /* BLOCK_* */
    Instr *code;
    int n, cap;
    int *labels;
    int nlabels, caplabels;
    Handler *handlers;
    int nhandlers, caphandlers;
    int cur_handler;
    Value *consts;
    int nconsts, capconsts;
    int *consthash;          /* open addressing: const index + 1, 0 empty */
    int capconsthash;
    const char **names;
    int nnames, capnames;
    const char **varnames;
    int nvarnames, capvarnames;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    CodePos loc;
    int argcount, posonly, kwonly;
    uint32_t flags;
    int firstlineno;
} Unit;

typedef struct Compiler {
    ThreadState *ts;
    Arena *arena;
    const char *filename;
    const char *src;
    size_t srclen;
    Unit *u;
    bool interactive;
    bool failed;
} Compiler;

static int compile_expr(Compiler *c, Node *e);
static int compile_stmt(Compiler *c, Node *s);
static int compile_stmts(Compiler *c, NodeList *l);
static int compile_store(Compiler *c, Node *t);
static int compile_iterable_display(Compiler *c, Node *e);
static int jump_if(Compiler *c, Node *e, int label, bool cond);

/* ---- errors ---- */

static int
c_error(Compiler *c, Node *n, const char *msg)
{
    if (!c->failed) {
        c->failed = true;
        lex_syntax_error(c->ts, &SyntaxErrorType, c->src, c->srclen, c->filename, n->line, n->col,
                         n->end_line, n->end_col, "%s", msg);
    }
    return -1;
}

static void *
grow(void *p, int *cap, int need, size_t elem)
{
    if (need <= *cap)
        return p;
    int ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    void *np = realloc(p, elem * (size_t)ncap);
    if (!np) {
        fputs("gilpy: out of memory in the compiler\n", stderr);
        abort();
    }
    *cap = ncap;
    return np;
}

/* ---- emission ---- */

static bool
is_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
           op == OP_SEND;
}

static int
emit(Compiler *c, int op, int arg)
{
    Unit *u = c->u;
    u->code = grow(u->code, &u->cap, u->n + 1, sizeof(Instr));
    Instr *in = &u->code[u->n++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->handler = u->cur_handler;
    in->pos = u->loc;
    return 0;
}

#define EMIT(c, op, arg) emit((c), OP_##op, (arg))
#define EMIT0(c, op) emit((c), OP_##op, 0)

static int
new_label(Compiler *c)
{
    Unit *u = c->u;
    u->labels = grow(u->labels, &u->caplabels, u->nlabels + 1, sizeof(int));
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void
use_label(Compiler *c, int l)
{
    c->u->labels[l] = c->u->n;
}

static int
push_handler(Compiler *c, int label, int adj, bool lasti)
{
    Unit *u = c->u;
    u->handlers = grow(u->handlers, &u->caphandlers, u->nhandlers + 1, sizeof(Handler));
    Handler *h = &u->handlers[u->nhandlers];
    h->label = label;
    h->setup = u->n;
    h->adj = adj;
    h->lasti = lasti;
    int prev = u->cur_handler;
    u->cur_handler = u->nhandlers++;
    return prev;
}

static int
push_fblock(Compiler *c, Node *where, int kind, int cont, int exit_, Node *node, int outer)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS)
        return c_error(c, where, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->label_cont = cont;
    f->label_exit = exit_;
    f->node = node;
    f->outer_handler = outer;
    return 0;
}

static void
pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

static void
set_loc(Compiler *c, Node *n)
{
    c->u->loc.line = n->line;
    c->u->loc.end_line = n->end_line;
    c->u->loc.col = n->col;
    c->u->loc.end_col = n->end_col;
}

/* ---- constants and names ---- */

static bool
const_equal(Value a, Value b)
{
    if (a == b)
        return true;
    if (!val_is_obj(a) || !val_is_obj(b))
        return false;
    Type *ta = val_as_obj(a)->type, *tb = val_as_obj(b)->type;
    if (ta != tb)
        return false;
    if (ta == &StrType)
        return str_eq(str_as(a), str_as(b));
    if (ta == &BytesType)
        return bytes_as(a)->size == bytes_as(b)->size &&
               memcmp(bytes_as(a)->data, bytes_as(b)->data, (size_t)bytes_as(a)->size) == 0;
    if (ta == &IntType)
        return int_compare(a, b) == 0;
    if (ta == &FloatType) {
        double x = float_as_double(a), y = float_as_double(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (ta == &TupleType) {
        TupleObj *x = tuple_as(a), *y = tuple_as(b);
        if (x->len != y->len)
            return false;
        for (int64_t i = 0; i < x->len; i++)
            if (!const_equal(x->items[i], y->items[i]))
                return false;
        return true;
    }
    return false;
}

/* A hash consistent with const_equal (equal constants hash alike). */
static uint64_t
const_hash(Value v)
{
    uint64_t h = 1469598103934665603ull;
    if (!val_is_obj(v))
        return v * 0x9e3779b97f4a7c15ull;
    Type *t = val_as_obj(v)->type;
    const char *data = NULL;
    size_t n = 0;
    if (t == &StrType) {
        data = str_as(v)->data;
        n = (size_t)str_as(v)->size;
    } else if (t == &BytesType) {
        data = bytes_as(v)->data;
        n = (size_t)bytes_as(v)->size;
    } else if (t == &FloatType) {
        double d = float_as_double(v);
        memcpy(&h, &d, sizeof h);
        return h * 0x9e3779b97f4a7c15ull;
    } else if (t == &TupleType) {
        for (int64_t i = 0; i < tuple_as(v)->len; i++)
            h = (h ^ const_hash(tuple_as(v)->items[i])) * 1099511628211ull;
        return h;
    } else if (t == &IntType) {
        return 7;
    } else {
        return v * 0x9e3779b97f4a7c15ull;
    }
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)data[i]) * 1099511628211ull;
    return h ^ (uint64_t)(uintptr_t)t;
}

static void
consthash_insert(Unit *u, int idx)
{
    size_t mask = (size_t)u->capconsthash - 1;
    size_t j = const_hash(u->consts[idx]) & mask;
    while (u->consthash[j])
        j = (j + 1) & mask;
    u->consthash[j] = idx + 1;
}

static void
consthash_grow(Unit *u)
{
    free(u->consthash);
    u->capconsthash = u->capconsthash ? u->capconsthash * 2 : 64;
    u->consthash = calloc((size_t)u->capconsthash, sizeof(int));
    if (!u->consthash)
        abort();
    for (int i = 0; i < u->nconsts; i++)
        consthash_insert(u, i);
}

static int
add_const(Compiler *c, Value v)
{
    Unit *u = c->u;
    bool is_code = val_is_obj(v) && val_as_obj(v)->type == &CodeType;
    if (!is_code && u->capconsthash) {
        size_t mask = (size_t)u->capconsthash - 1;
        for (size_t j = const_hash(v) & mask; u->consthash[j]; j = (j + 1) & mask)
            if (const_equal(u->consts[u->consthash[j] - 1], v))
                return u->consthash[j] - 1;
    }
    if (val_is_obj(v) && val_as_obj(v)->type == &StrType) {
        StrObj *s = str_intern_value(c->ts, v);
        if (s)
            v = val_from_obj(s);
    }
    u->consts = grow(u->consts, &u->capconsts, u->nconsts + 1, sizeof(Value));
    u->consts[u->nconsts] = v;
    int idx = u->nconsts++;
    if ((u->nconsts + 1) * 2 > u->capconsthash)
        consthash_grow(u);
    else
        consthash_insert(u, idx);
    return idx;
}

static int
load_const(Compiler *c, Value v)
{
    return EMIT(c, LOAD_CONST, add_const(c, v));
}

static int
name_index(const char ***arr, int *n, int *cap, const char *name)
{
    for (int i = 0; i < *n; i++)
        if ((*arr)[i] == name)
            return i;
    *arr = grow(*arr, cap, *n + 1, sizeof(char *));
    (*arr)[*n] = name;
    return (*n)++;
}

static const char *
ident(Compiler *c, const char *s)
{
    return arena_ident(c->arena, s, strlen(s));
}

/* Private name mangling (__x inside class C -> _C__x) for attributes and
 * dict-based names. */
static const char *
mangle(Compiler *c, const char *name)
{
    size_t n = strlen(name);
    if (n < 3 || name[0] != '_' || name[1] != '_' || (name[n - 1] == '_' && name[n - 2] == '_') ||
        strchr(name, '.'))
        return name;
    Unit *u = c->u;
    while (u && u->kind != BLOCK_CLASS)
        u = u->parent;
    if (!u)
        return name;
    const char *cls = u->name;
    while (*cls == '_')
        cls++;
    if (!*cls)
        return name;
    char buf[512];
    snprintf(buf, sizeof buf, "_%s%s", cls, name);
    return ident(c, buf);
}

static int
name_idx(Compiler *c, const char *name)
{
    Unit *u = c->u;
    return name_index(&u->names, &u->nnames, &u->capnames, name);
}

static int
varname_idx(Compiler *c, const char *name)
{
    Unit *u = c->u;
    return name_index(&u->varnames, &u->nvarnames, &u->capvarnames, name);
}

static int
deref_idx(Compiler *c, const char *name)
{
    Scope *s = c->u->scope;
    for (int i = 0; i < s->ncellvars; i++)
        if (s->cellvars[i] == name)
            return i;
    for (int i = 0; i < s->nfreevars; i++)
        if (s->freevars[i] == name)
            return s->ncellvars + i;
    return -1;
}

/* Load / store / delete a variable by name in the current scope. */
static int
compile_name(Compiler *c, Node *where, const char *name, int ctx)
{
    Unit *u = c->u;
    int sc = symtable_scope_of(u->scope, name);
    if (u->kind == BLOCK_CLASS && sc == SC_CELL && name != ident(c, "__class__"))
        sc = SC_LOCAL;
    if ((sc == SC_FREE || sc == SC_CELL) && deref_idx(c, name) >= 0) {
        int i = deref_idx(c, name);
        if (ctx == CTX_LOAD)
            return u->kind == BLOCK_CLASS ? EMIT(c, LOAD_CLASSDEREF, i) : EMIT(c, LOAD_DEREF, i);
        return ctx == CTX_STORE ? EMIT(c, STORE_DEREF, i) : EMIT(c, DELETE_DEREF, i);
    }
    if (sc == SC_GLOBAL_EXPLICIT || (sc == SC_GLOBAL_IMPLICIT && u->kind == BLOCK_FUNCTION)) {
        int i = name_idx(c, mangle(c, name));
        return ctx == CTX_LOAD    ? EMIT(c, LOAD_GLOBAL, i)
               : ctx == CTX_STORE ? EMIT(c, STORE_GLOBAL, i)
                                  : EMIT(c, DELETE_GLOBAL, i);
    }
    if (u->kind == BLOCK_FUNCTION) {
        int i = varname_idx(c, name);
        return ctx == CTX_LOAD    ? EMIT(c, LOAD_FAST, i)
               : ctx == CTX_STORE ? EMIT(c, STORE_FAST, i)
                                  : EMIT(c, DELETE_FAST, i);
    }
    (void)where;
    int i = name_idx(c, mangle(c, name));
    return ctx == CTX_LOAD ? EMIT(c, LOAD_NAME, i)
           : ctx == CTX_STORE ? EMIT(c, STORE_NAME, i)
                              : EMIT(c, DELETE_NAME, i);
}

static int
store_name(Compiler *c, Node *where, const char *name)
{
    return compile_name(c, where, name, CTX_STORE);
}

/* ---- units ---- */

static const char *
make_qualname(Compiler *c, const char *name)
{
    Unit *p = c->u;
    if (!p || p->kind == BLOCK_MODULE)
        return name;
    if (p->kind == BLOCK_FUNCTION || p->kind == BLOCK_CLASS) {
        /* a name declared global in the parent gets a plain qualname */
        Symbol *sym = symtable_lookup(p->scope, name);
        if (sym && sym->scope == SC_GLOBAL_EXPLICIT)
            return name;
    }
    size_t n = strlen(p->qualname) + strlen(name) + 16;
    char *buf = malloc(n);
    if (!buf)
        abort();
    if (p->kind == BLOCK_FUNCTION)
        snprintf(buf, n, "%s.<locals>.%s", p->qualname, name);
    else
        snprintf(buf, n, "%s.%s", p->qualname, name);
    const char *q = ident(c, buf);
    free(buf);
    return q;
}

static void
enter_unit(Compiler *c, Scope *s, Node *node, const char *name, int firstlineno)
{
    Unit *u = calloc(1, sizeof(Unit));
    if (!u)
        abort();
    u->parent = c->u;
    u->scope = s;
    u->node = node;
    u->name = name;
    u->kind = s->kind;
    u->qualname = c->u ? make_qualname(c, name) : name;
    u->cur_handler = -1;
    u->firstlineno = firstlineno;
    u->loc.line = u->loc.end_line = firstlineno;
    u->loc.col = u->loc.end_col = -1;
    c->u = u;
}

static void
free_unit(Unit *u)
{
    free(u->code);
    free(u->labels);
    free(u->handlers);
    free(u->consts);
    free(u->consthash);
    free(u->names);
    free(u->varnames);
    free(u);
}

static void
leave_unit(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    free_unit(u);
}

/* ---- assembly ---- */

static int
stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE:
    case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_LIST_TO_TUPLE: case OP_JUMP:
    case OP_GET_ITER: case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_CHECK_EXC_MATCH:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP:
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_LIST_APPEND: case OP_SET_ADD:
    case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE: case OP_POP_EXCEPT: case OP_RERAISE:
    case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_PRINT_EXPR:
        return -1;
    case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF: case OP_LOAD_GLOBAL: case OP_LOAD_NAME: case OP_LOAD_METHOD:
    case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR: case OP_PUSH_EXC_INFO:
    case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START: case OP_IMPORT_FROM:
        return 1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: return -2;
    case OP_STORE_SUBSCR: return -3;
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_MAKE_FUNCTION:
        return -((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0);
    case OP_CALL: return -arg;
    case OP_CALL_KW: case OP_CALL_METHOD: return -arg - 1;
    case OP_CALL_METHOD_KW: return -arg - 2;
    case OP_CALL_FUNCTION_EX: return -1 - (arg & 1);
    case OP_RAISE_VARARGS: return -arg;
    default: return 0;
    }
}

static bool
is_terminator(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static bool
set_depth(int *depth, int i, int d, int n, bool *changed)
{
    if (i < 0 || i >= n)
        return false;
    if (depth[i] < d) {
        depth[i] = d;
        *changed = true;
    }
    return true;
}

/* Depth before each instruction; returns the max depth. */
static int
compute_depths(Unit *u, int *depth)
{
    int n = u->n, maxd = 0;
    for (int i = 0; i < n; i++)
        depth[i] = -1;
    if (n > 0)
        depth[0] = 0;
    bool changed = true;
    for (int pass = 0; changed && pass < 100; pass++) {
        changed = false;
        for (int i = 0; i < n; i++) {
            if (depth[i] < 0)
                continue;
            Instr *in = &u->code[i];
            int d = depth[i];
            if (in->handler >= 0) {
                Handler *h = &u->handlers[in->handler];
                int sd = h->setup < n ? depth[h->setup] : -1;
                if (sd >= 0) {
                    int hd = sd + h->adj + (h->lasti ? 1 : 0) + 1;
                    set_depth(depth, u->labels[h->label], hd, n, &changed);
                    if (hd > maxd)
                        maxd = hd;
                }
            }
            int after = d + stack_effect(in->op, in->arg, false);
            if (after > maxd)
                maxd = after;
            if (is_jump(in->op)) {
                int jd = d + stack_effect(in->op, in->arg, true);
                if (jd > maxd)
                    maxd = jd;
                set_depth(depth, in->arg, jd, n, &changed);
            }
            if (!is_terminator(in->op))
                set_depth(depth, i + 1, after, n, &changed);
            if (d > maxd)
                maxd = d;
        }
    }
    return maxd;
}

static Value
names_tuple(Compiler *c, const char **names, int n)
{
    Value t = tuple_new(c->ts, n);
    if (!t)
        return VNULL;
    for (int i = 0; i < n; i++) {
        StrObj *s = str_intern(c->ts, names[i]);
        if (!s)
            return VNULL;
        tuple_as(t)->items[i] = val_from_obj(s);
    }
    return t;
}

static int
build_exctab(Unit *u, CodeObj *co, const int *depth)
{
    int n = u->n, cap = 0, cnt = 0;
    ExcTableEntry *tab = NULL;
    for (int i = 0; i < n;) {
        int h = u->code[i].handler;
        int j = i + 1;
        while (j < n && u->code[j].handler == h)
            j++;
        if (h >= 0) {
            Handler *hd = &u->handlers[h];
            int sd = hd->setup < n ? depth[hd->setup] : -1;
            tab = grow(tab, &cap, cnt + 1, sizeof(ExcTableEntry));
            tab[cnt].start = i;
            tab[cnt].end = j;
            tab[cnt].target = u->labels[hd->label];
            tab[cnt].depth = sd < 0 ? 0 : sd + hd->adj;
            tab[cnt].push_lasti = hd->lasti;
            cnt++;
        }
        i = j;
    }
    co->exctab = tab;
    co->nexctab = cnt;
    return 0;
}

static Value
assemble(Compiler *c)
{
    Unit *u = c->u;
    Scope *s = u->scope;
    /* resolve jump targets */
    for (int i = 0; i < u->n; i++)
        if (is_jump(u->code[i].op))
            u->code[i].arg = u->labels[u->code[i].arg];
    int *depth = malloc(sizeof(int) * (size_t)(u->n + 1));
    if (!depth)
        abort();
    int maxd = compute_depths(u, depth);
    Value cov = code_new(c->ts);
    if (!cov) {
        free(depth);
        return VNULL;
    }
    CodeObj *co = (CodeObj *)val_as_obj(cov);
    co->code = malloc(sizeof(uint32_t) * (size_t)(u->n ? u->n : 1));
    co->positions = malloc(sizeof(CodePos) * (size_t)(u->n ? u->n : 1));
    if (!co->code || !co->positions)
        abort();
    for (int i = 0; i < u->n; i++) {
        co->code[i] = INSTR(u->code[i].op, (uint32_t)u->code[i].arg);
        co->positions[i] = u->code[i].pos;
    }
    co->ncode = u->n;
    build_exctab(u, co, depth);
    free(depth);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->nlocals = u->nvarnames;
    co->ncellvars = s->ncellvars;
    co->nfreevars = s->nfreevars;
    co->stacksize = maxd + 1;
    co->firstlineno = u->firstlineno;
    co->flags = u->flags;
    if (s->ncellvars == 0 && s->nfreevars == 0)
        co->flags |= CO_NOFREE;
    co->consts = tuple_from_array(c->ts, u->consts, u->nconsts);
    co->names = names_tuple(c, u->names, u->nnames);
    co->varnames = names_tuple(c, u->varnames, u->nvarnames);
    co->cellvars = names_tuple(c, s->cellvars, s->ncellvars);
    co->freevars = names_tuple(c, s->freevars, s->nfreevars);
    StrObj *nm = str_intern(c->ts, u->name);
    StrObj *qn = str_intern(c->ts, u->qualname);
    co->filename = str_from_cstr(c->ts, c->filename);
    if (!co->consts || !co->names || !co->varnames || !co->cellvars || !co->freevars || !nm ||
        !qn || !co->filename)
        return VNULL;
    co->name = val_from_obj(nm);
    co->qualname = val_from_obj(qn);
    if (getenv("GILPY_DIS") && getenv("GILPY_DIS")[0] == '1')
        disasm_code(co, stderr);
    return cov;
}

/* ---- frame-block unwinding ---- */

static int compile_finally_body(Compiler *c, Node *try_node);

/* Emit the cleanup for leaving fblock number `idx`; with preserve_tos the
 * value on top of the stack (a return value) is kept there. */
static int
unwind_fblock(Compiler *c, int idx, bool preserve_tos)
{
    Unit *u = c->u;
    FBlock fb = u->fblocks[idx];
    FBlock *f = &fb;
    u->cur_handler = f->outer_handler;
    switch (f->kind) {
    case FB_WHILE:
    case FB_TRY_EXCEPT:
    case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_FOR:
    case FB_POP_VALUE:
        if (preserve_tos)
            EMIT(c, SWAP, 2);
        return EMIT0(c, POP_TOP);
    case FB_WITH:
        if (preserve_tos)
            EMIT(c, SWAP, 2);
        load_const(c, V_NONE);
        load_const(c, V_NONE);
        load_const(c, V_NONE);
        EMIT(c, CALL, 3);
        return EMIT0(c, POP_TOP);
    case FB_FINALLY_END:
        if (preserve_tos)
            EMIT(c, SWAP, 2);
        EMIT0(c, POP_TOP);
        if (preserve_tos)
            EMIT(c, SWAP, 2);
        return EMIT0(c, POP_EXCEPT);
    case FB_HANDLER_CLEANUP:
        if (preserve_tos)
            EMIT(c, SWAP, 2);
        EMIT0(c, POP_EXCEPT);
        if (f->node && f->node->name) {
            load_const(c, V_NONE);
            store_name(c, f->node, f->node->name);
            compile_name(c, f->node, f->node->name, CTX_DEL);
        }
        return 0;
    case FB_FINALLY_TRY: {
        /* run the finally body inline, with this block and those inside it gone */
        FBlock saved[MAX_FBLOCKS];
        int nsaved = u->nfblocks;
        memcpy(saved, u->fblocks, sizeof(FBlock) * (size_t)nsaved);
        u->nfblocks = idx;
        int rc = 0;
        if (preserve_tos)
            rc = push_fblock(c, f->node, FB_POP_VALUE, -1, -1, NULL, u->cur_handler);
        CodePos loc = u->loc;
        if (rc == 0)
            rc = compile_finally_body(c, f->node);
        u->loc = loc;
        memcpy(u->fblocks, saved, sizeof(FBlock) * (size_t)nsaved);
        u->nfblocks = nsaved;
        u->cur_handler = f->outer_handler;
        return rc;
    }
    }
    return 0;
}

/* Unwind blocks from the top down to (excluding) index `stop`. */
static int
unwind_to(Compiler *c, int stop, bool preserve_tos)
{
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i >= stop; i--)
        if (unwind_fblock(c, i, preserve_tos) < 0)
            return -1;
    return 0;
}

/* ---- expressions ---- */

static int
compile_exprs(Compiler *c, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (compile_expr(c, l->items[i]) < 0)
            return -1;
    return 0;
}

static bool
has_starred(NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == N_Starred)
            return true;
    return false;
}

static bool
is_const(Node *e)
{
    return e->kind == N_Constant;
}

/* A tuple of constants folds into one constant. */
static Value
const_tuple(Compiler *c, NodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        Node *e = l->items[i];
        if (!is_const(e) && !(e->kind == N_Tuple && e->ctx == CTX_LOAD && const_tuple(c, &e->l1)))
            return VNULL;
    }
    Value t = tuple_new(c->ts, l->n);
    if (!t)
        return VNULL;
    for (int i = 0; i < l->n; i++) {
        Node *e = l->items[i];
        tuple_as(t)->items[i] = is_const(e) ? e->value : const_tuple(c, &e->l1);
    }
    return t;
}

static bool
all_const(NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind != N_Constant)
            return false;
    return true;
}

/* The frozenset constant of a set display of constants (CPython's order). */
static Value
const_frozenset(Compiler *c, NodeList *l)
{
    Value items[64] = {0};
    Value *v = l->n <= 64 ? items : malloc(sizeof(Value) * (size_t)l->n);
    if (!v)
        abort();
    for (int i = 0; i < l->n; i++)
        v[i] = l->items[i]->value;
    Value fs = set_const_frozenset(c->ts, v, l->n);
    if (v != items)
        free(v);
    if (!fs)
        exc_clear(c->ts); /* unhashable constant: build it at run time */
    return fs;
}

/* Build a list/tuple/set with starred items: BUILD_x of the leading plain
 * items, then extend/append. */
static int
starunpack(Compiler *c, NodeList *l, int build, int extend, int add, bool tuple)
{
    int n = 0, i = 0;
    for (; i < l->n && l->items[i]->kind != N_Starred; i++, n++)
        if (compile_expr(c, l->items[i]) < 0)
            return -1;
    if (i == l->n) {
        return emit(c, tuple ? OP_BUILD_TUPLE : build, n);
    }
    emit(c, build, n);
    for (; i < l->n; i++) {
        Node *e = l->items[i];
        if (e->kind == N_Starred) {
            if (compile_expr(c, e->a) < 0)
                return -1;
            emit(c, extend, 1);
        } else {
            if (compile_expr(c, e) < 0)
                return -1;
            emit(c, add, 1);
        }
    }
    if (tuple)
        EMIT0(c, LIST_TO_TUPLE);
    return 0;
}

static int
compile_dict(Compiler *c, Node *e)
{
    int pending = 0;
    bool have_dict = false;
    for (int i = 0; i < e->l1.n; i++) {
        Node *k = e->l1.items[i], *v = e->l2.items[i];
        if (!k) {
            if (pending || !have_dict) {
                EMIT(c, BUILD_MAP, pending);
                if (have_dict)
                    EMIT(c, DICT_UPDATE, 1);
                have_dict = true;
                pending = 0;
            }
            if (compile_expr(c, v) < 0)
                return -1;
            EMIT(c, DICT_UPDATE, 1);
            continue;
        }
        if (compile_expr(c, k) < 0 || compile_expr(c, v) < 0)
            return -1;
        pending++;
    }
    if (pending || !have_dict) {
        EMIT(c, BUILD_MAP, pending);
        if (have_dict)
            EMIT(c, DICT_UPDATE, 1);
    }
    return 0;
}

static int
compile_compare_op(Compiler *c, int op)
{
    switch (op) {
    case CMPOP_IS: return EMIT(c, IS_OP, 0);
    case CMPOP_ISNOT: return EMIT(c, IS_OP, 1);
    case CMPOP_IN: return EMIT(c, CONTAINS_OP, 0);
    case CMPOP_NOTIN: return EMIT(c, CONTAINS_OP, 1);
    default: return EMIT(c, COMPARE_OP, op);
    }
}

/* `x in [1, 2]` / `x in {1, 2}`: the display becomes a tuple / frozenset constant. */
static int
compile_comparator(Compiler *c, Node *right, int op, bool last)
{
    /* only the last comparator: a middle one is also the next left operand */
    if (!last)
        return compile_expr(c, right);
    if ((op == CMPOP_IN || op == CMPOP_NOTIN) && all_const(&right->l1) && right->l1.n > 0) {
        if (right->kind == N_List) {
            Value t = const_tuple(c, &right->l1);
            if (t)
                return load_const(c, t);
        } else if (right->kind == N_Set) {
            Value fs = const_frozenset(c, &right->l1);
            if (fs)
                return load_const(c, fs);
        }
    }
    if (op == CMPOP_IN || op == CMPOP_NOTIN)
        return compile_iterable_display(c, right);
    return compile_expr(c, right);
}

static int
compile_compare(Compiler *c, Node *e)
{
    if (compile_expr(c, e->a) < 0)
        return -1;
    int n = e->l1.n;
    if (n == 1) {
        if (compile_comparator(c, e->l1.items[0], e->ops[0], true) < 0)
            return -1;
        return compile_compare_op(c, e->ops[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        if (compile_comparator(c, e->l1.items[i], e->ops[i], false) < 0)
            return -1;
        EMIT(c, SWAP, 2);
        EMIT(c, COPY, 2);
        compile_compare_op(c, e->ops[i]);
        EMIT(c, JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (compile_comparator(c, e->l1.items[n - 1], e->ops[n - 1], true) < 0)
        return -1;
    compile_compare_op(c, e->ops[n - 1]);
    EMIT(c, JUMP, end);
    use_label(c, cleanup);
    EMIT(c, SWAP, 2);
    EMIT0(c, POP_TOP);
    use_label(c, end);
    return 0;
}

static int
compile_boolop(Compiler *c, Node *e)
{
    int end = new_label(c);
    int op = e->op ? OP_JUMP_IF_TRUE_OR_POP : OP_JUMP_IF_FALSE_OR_POP;
    for (int i = 0; i < e->l1.n; i++) {
        if (compile_expr(c, e->l1.items[i]) < 0)
            return -1;
        if (i < e->l1.n - 1)
            emit(c, op, end);
    }
    use_label(c, end);
    return 0;
}

/* Conditional jump to label when truth(e) == cond, without materialising bools. */
static int
jump_if(Compiler *c, Node *e, int label, bool cond)
{
    CodePos saved = c->u->loc;
    set_loc(c, e);
    int rc = 0;
    if (e->kind == N_UnaryOp && e->op == UOP_NOT) {
        rc = jump_if(c, e->a, label, !cond);
    } else if (e->kind == N_BoolOp) {
        bool is_or = e->op != 0;
        int next = (is_or == cond) ? label : new_label(c);
        for (int i = 0; i < e->l1.n - 1 && rc == 0; i++)
            rc = jump_if(c, e->l1.items[i], next, is_or);
        if (rc == 0)
            rc = jump_if(c, e->l1.items[e->l1.n - 1], label, cond);
        if (next != label)
            use_label(c, next);
    } else if (e->kind == N_Compare && e->l1.n == 1 &&
               (e->ops[0] == CMPOP_IS || e->ops[0] == CMPOP_ISNOT) &&
               e->l1.items[0]->kind == N_Constant && e->l1.items[0]->value == V_NONE) {
        rc = compile_expr(c, e->a);
        bool is_none_jump = (e->ops[0] == CMPOP_IS) == cond;
        if (rc == 0)
            rc = is_none_jump ? EMIT(c, POP_JUMP_IF_NONE, label) : EMIT(c, POP_JUMP_IF_NOT_NONE, label);
    } else if (e->kind == N_Compare && e->l1.n > 1) {
        /* a < b < c: jump as soon as one comparison decides */
        int n = e->l1.n;
        int cleanup = new_label(c);
        rc = compile_expr(c, e->a);
        for (int i = 0; i < n - 1 && rc == 0; i++) {
            rc = compile_comparator(c, e->l1.items[i], e->ops[i], false);
            EMIT(c, SWAP, 2);
            EMIT(c, COPY, 2);
            compile_compare_op(c, e->ops[i]);
            EMIT(c, POP_JUMP_IF_FALSE, cleanup);
        }
        if (rc == 0)
            rc = compile_comparator(c, e->l1.items[n - 1], e->ops[n - 1], true);
        compile_compare_op(c, e->ops[n - 1]);
        emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
        int end = new_label(c);
        EMIT(c, JUMP, end);
        use_label(c, cleanup);
        EMIT0(c, POP_TOP);
        if (!cond)
            EMIT(c, JUMP, label);
        use_label(c, end);
    } else if (e->kind == N_Constant && (e->value == V_TRUE || e->value == V_FALSE ||
                                         e->value == V_NONE)) {
        bool truth = e->value == V_TRUE;
        if (truth == cond)
            rc = EMIT(c, JUMP, label);
    } else {
        rc = compile_expr(c, e);
        if (rc == 0)
            rc = emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    }
    c->u->loc = saved;
    return rc;
}

static int
compile_ifexp(Compiler *c, Node *e)
{
    int orelse = new_label(c), end = new_label(c);
    if (jump_if(c, e->a, orelse, false) < 0 || compile_expr(c, e->b) < 0)
        return -1;
    EMIT(c, JUMP, end);
    use_label(c, orelse);
    if (compile_expr(c, e->c) < 0)
        return -1;
    use_label(c, end);
    return 0;
}

static int
compile_slice_parts(Compiler *c, Node *s)
{
    Node *parts[3] = {s->a, s->b, s->c};
    int n = s->c ? 3 : 2;
    for (int i = 0; i < n; i++) {
        if (parts[i]) {
            if (compile_expr(c, parts[i]) < 0)
                return -1;
        } else {
            load_const(c, V_NONE);
        }
    }
    return EMIT(c, BUILD_SLICE, n);
}

static int
compile_subscript_index(Compiler *c, Node *idx)
{
    if (idx->kind == N_Slice)
        return compile_slice_parts(c, idx);
    return compile_expr(c, idx);
}

/* Keyword names tuple constant for CALL_KW. */
static Value
kwnames_tuple(Compiler *c, NodeList *kws)
{
    Value t = tuple_new(c->ts, kws->n);
    if (!t)
        return VNULL;
    for (int i = 0; i < kws->n; i++) {
        StrObj *s = str_intern(c->ts, kws->items[i]->name);
        if (!s)
            return VNULL;
        tuple_as(t)->items[i] = val_from_obj(s);
    }
    return t;
}

static bool
has_dstar(NodeList *kws)
{
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->name)
            return true;
    return false;
}

static int
check_dup_keywords(Compiler *c, NodeList *kws)
{
    for (int i = 0; i < kws->n; i++)
        for (int j = 0; j < i; j++)
            if (kws->items[i]->name && kws->items[i]->name == kws->items[j]->name) {
                char msg[300];
                snprintf(msg, sizeof msg, "keyword argument repeated: %s", kws->items[i]->name);
                return c_error(c, kws->items[i], msg);
            }
    return 0;
}

/* f(*args, **kw): the callable is on the stack already. */
static int
compile_call_ex(Compiler *c, NodeList *args, NodeList *kws, int nprefix)
{
    /* positional: nprefix items already pushed (e.g. the class name) */
    if (nprefix == 0 && args->n == 1 && args->items[0]->kind == N_Starred) {
        /* CALL_FUNCTION_EX turns the iterable into a tuple itself and names
         * the callee in its TypeError, as CPython does for f(*x). */
        if (compile_expr(c, args->items[0]->a) < 0)
            return -1;
    } else {
        int n = nprefix, i = 0;
        for (; i < args->n && args->items[i]->kind != N_Starred; i++, n++)
            if (compile_expr(c, args->items[i]) < 0)
                return -1;
        if (i == args->n) {
            EMIT(c, BUILD_TUPLE, n);
        } else {
            EMIT(c, BUILD_LIST, n);
            for (; i < args->n; i++) {
                Node *e = args->items[i];
                if (compile_expr(c, e->kind == N_Starred ? e->a : e) < 0)
                    return -1;
                if (e->kind == N_Starred)
                    EMIT(c, LIST_EXTEND, 1);
                else
                    EMIT(c, LIST_APPEND, 1);
            }
            EMIT0(c, LIST_TO_TUPLE);
        }
    }
    if (kws->n == 0)
        return EMIT(c, CALL_FUNCTION_EX, 0);
    int pending = 0;
    bool have_dict = false;
    for (int i = 0; i < kws->n; i++) {
        Node *k = kws->items[i];
        if (!k->name) {
            if (pending || !have_dict) {
                EMIT(c, BUILD_MAP, pending);
                if (have_dict)
                    EMIT(c, DICT_MERGE, 1);
                have_dict = true;
                pending = 0;
            }
            if (compile_expr(c, k->a) < 0)
                return -1;
            EMIT(c, DICT_MERGE, 1);
            continue;
        }
        StrObj *s = str_intern(c->ts, k->name);
        if (!s)
            return -1;
        load_const(c, val_from_obj(s));
        if (compile_expr(c, k->a) < 0)
            return -1;
        pending++;
    }
    if (pending || !have_dict) {
        EMIT(c, BUILD_MAP, pending);
        if (have_dict)
            EMIT(c, DICT_MERGE, 1);
    }
    return EMIT(c, CALL_FUNCTION_EX, 1);
}

/* CPython 3.11's update_start_location_to_match_attr: an attribute on a
 * later line than its object starts the location at the attribute name. */
static void
match_attr_location(Compiler *c, Node *attr)
{
    CodePos *l = &c->u->loc;
    if (l->line == attr->end_line)
        return;
    l->line = attr->end_line;
    int len = (int)strlen(attr->name);
    if (len <= attr->end_col) {
        l->col = attr->end_col - len;
    } else {
        l->col = -1;
        l->end_col = -1;
    }
    if (l->end_line < l->line)
        l->end_line = l->line;
    if (l->line == l->end_line && l->end_col < l->col)
        l->end_col = l->col;
}

static int
compile_call(Compiler *c, Node *e)
{
    if (check_dup_keywords(c, &e->l2) < 0)
        return -1;
    bool ex = has_starred(&e->l1) || has_dstar(&e->l2);
    Node *f = e->a;
    if (f->kind == N_Attribute && !ex) {
        if (compile_expr(c, f->a) < 0)
            return -1;
        CodePos call_loc = c->u->loc;
        set_loc(c, f);
        match_attr_location(c, f);
        EMIT(c, LOAD_METHOD, name_idx(c, mangle(c, f->name)));
        c->u->loc = call_loc;
        if (compile_exprs(c, &e->l1) < 0)
            return -1;
        for (int i = 0; i < e->l2.n; i++)
            if (compile_expr(c, e->l2.items[i]->a) < 0)
                return -1;
        int n = e->l1.n + e->l2.n;
        match_attr_location(c, f);
        if (e->l2.n) {
            Value kw = kwnames_tuple(c, &e->l2);
            if (!kw)
                return -1;
            load_const(c, kw);
            return EMIT(c, CALL_METHOD_KW, n);
        }
        return EMIT(c, CALL_METHOD, n);
    }
    if (compile_expr(c, f) < 0)
        return -1;
    if (ex)
        return compile_call_ex(c, &e->l1, &e->l2, 0);
    if (compile_exprs(c, &e->l1) < 0)
        return -1;
    for (int i = 0; i < e->l2.n; i++)
        if (compile_expr(c, e->l2.items[i]->a) < 0)
            return -1;
    int n = e->l1.n + e->l2.n;
    if (e->l2.n) {
        Value kw = kwnames_tuple(c, &e->l2);
        if (!kw)
            return -1;
        load_const(c, kw);
        return EMIT(c, CALL_KW, n);
    }
    return EMIT(c, CALL, n);
}

static int
compile_joinedstr(Compiler *c, Node *e)
{
    int n = e->l1.n;
    if (n == 0)
        return load_const(c, val_from_obj(str_intern(c->ts, "")));
    for (int i = 0; i < n; i++) {
        Node *v = e->l1.items[i];
        if (v->kind == N_Constant) {
            load_const(c, v->value);
            continue;
        }
        if (compile_expr(c, v->a) < 0)
            return -1;
        int flags = v->flag == 's' ? 1 : v->flag == 'r' ? 2 : v->flag == 'a' ? 3 : 0;
        if (v->b) {
            if (compile_joinedstr(c, v->b) < 0)
                return -1;
            flags |= 4;
        }
        EMIT(c, FORMAT_VALUE, flags);
    }
    if (n == 1 && e->l1.items[0]->kind == N_FormattedValue)
        return 0;
    return EMIT(c, BUILD_STRING, n);
}

/* Fold -const and simple arithmetic on numeric constants. */
static Value
fold_unary(Compiler *c, Node *e)
{
    if (e->op != UOP_SUB || e->a->kind != N_Constant)
        return VNULL;
    Value v = e->a->value;
    if (!(val_is_int(v) || float_check_exact(v) || (val_is_obj(v) && val_as_obj(v)->type == &IntType)))
        return VNULL;
    Value r = obj_neg(c->ts, v);
    if (!r)
        exc_clear(c->ts);
    return r;
}

static bool
is_number_const(Node *e)
{
    if (e->kind != N_Constant)
        return false;
    Value v = e->value;
    return val_is_int(v) || float_check_exact(v);
}

static Value
fold_binop(Compiler *c, Node *e)
{
    if (!is_number_const(e->a) || !is_number_const(e->b))
        return VNULL;
    int op = e->op;
    if (op != NB_ADD && op != NB_SUB && op != NB_MUL && op != NB_POW && op != NB_LSHIFT &&
        op != NB_TRUEDIV && op != NB_FLOORDIV && op != NB_MOD && op != NB_AND && op != NB_OR &&
        op != NB_XOR && op != NB_RSHIFT)
        return VNULL;
    Value a = e->a->value, b = e->b->value;
    if ((op == NB_POW || op == NB_LSHIFT) &&
        !(val_is_int(b) && val_as_int(b) >= 0 && val_as_int(b) <= 128))
        return VNULL;
    if (op == NB_POW && val_is_int(a) && (val_as_int(a) > 1024 || val_as_int(a) < -1024))
        return VNULL;
    Value r = obj_binary_op(c->ts, a, b, op);
    if (!r) {
        exc_clear(c->ts);
        return VNULL;
    }
    if (!val_is_int(r) && !float_check_exact(r))
        return VNULL;
    return r;
}

static int compile_function_obj(Compiler *c, Node *n, const char *name, Node *args, bool lambda);
static void setup_annotations(Compiler *c, NodeList *body);
static int compile_comprehension(Compiler *c, Node *e);

static int
compile_expr_inner(Compiler *c, Node *e)
{
    switch (e->kind) {
    case N_Constant: return load_const(c, e->value);
    case N_Name:
        if (e->ctx == CTX_LOAD && strcmp(e->name, "__debug__") == 0)
            return load_const(c, V_TRUE);
        return compile_name(c, e, e->name, e->ctx);
    case N_Attribute:
        if (compile_expr(c, e->a) < 0)
            return -1;
        match_attr_location(c, e);
        if (e->ctx == CTX_LOAD)
            return EMIT(c, LOAD_ATTR, name_idx(c, mangle(c, e->name)));
        if (e->ctx == CTX_DEL)
            return EMIT(c, DELETE_ATTR, name_idx(c, mangle(c, e->name)));
        return EMIT(c, STORE_ATTR, name_idx(c, mangle(c, e->name)));
    case N_Subscript:
        if (compile_expr(c, e->a) < 0 || compile_subscript_index(c, e->b) < 0)
            return -1;
        return e->ctx == CTX_DEL ? EMIT0(c, DELETE_SUBSCR) : EMIT0(c, BINARY_SUBSCR);
    case N_BinOp: {
        Value f = fold_binop(c, e);
        if (f)
            return load_const(c, f);
        if (compile_expr(c, e->a) < 0 || compile_expr(c, e->b) < 0)
            return -1;
        return EMIT(c, BINARY_OP, e->op);
    }
    case N_UnaryOp: {
        Value f = fold_unary(c, e);
        if (f)
            return load_const(c, f);
        if (compile_expr(c, e->a) < 0)
            return -1;
        switch (e->op) {
        case UOP_NOT: return EMIT0(c, UNARY_NOT);
        case UOP_SUB: return EMIT0(c, UNARY_NEGATIVE);
        case UOP_ADD: return EMIT0(c, UNARY_POSITIVE);
        default: return EMIT0(c, UNARY_INVERT);
        }
    }
    case N_BoolOp: return compile_boolop(c, e);
    case N_Compare: return compile_compare(c, e);
    case N_IfExp: return compile_ifexp(c, e);
    case N_Call: return compile_call(c, e);
    case N_Tuple: {
        if (e->ctx != CTX_LOAD)
            return compile_store(c, e);
        Value t = has_starred(&e->l1) ? VNULL : const_tuple(c, &e->l1);
        if (t)
            return load_const(c, t);
        return starunpack(c, &e->l1, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, true);
    }
    case N_List:
        if (e->ctx == CTX_LOAD && e->l1.n > 2 && all_const(&e->l1)) {
            Value t = const_tuple(c, &e->l1);
            if (!t)
                return -1;
            EMIT(c, BUILD_LIST, 0);
            load_const(c, t);
            return EMIT(c, LIST_EXTEND, 1);
        }
        if (e->ctx != CTX_LOAD)
            return compile_store(c, e);
        return starunpack(c, &e->l1, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, false);
    case N_Set:
        if (e->l1.n > 2 && all_const(&e->l1)) {
            Value fs = const_frozenset(c, &e->l1);
            if (fs) {
                EMIT(c, BUILD_SET, 0);
                load_const(c, fs);
                return EMIT(c, SET_UPDATE, 1);
            }
        }
        return starunpack(c, &e->l1, OP_BUILD_SET, OP_SET_UPDATE, OP_SET_ADD, false);
    case N_Dict: return compile_dict(c, e);
    case N_Slice: return compile_slice_parts(c, e);
    case N_Starred: return c_error(c, e, "can't use starred expression here");
    case N_NamedExpr:
        if (compile_expr(c, e->b) < 0)
            return -1;
        EMIT(c, COPY, 1);
        return compile_name(c, e->a, e->a->name, CTX_STORE);
    case N_Lambda: return compile_function_obj(c, e, ident(c, "<lambda>"), e->a, true);
    case N_ListComp:
    case N_SetComp:
    case N_DictComp:
    case N_GeneratorExp: return compile_comprehension(c, e);
    case N_Yield:
        if (e->a) {
            if (compile_expr(c, e->a) < 0)
                return -1;
        } else {
            load_const(c, V_NONE);
        }
        return EMIT0(c, YIELD_VALUE);
    case N_YieldFrom: {
        if (compile_expr(c, e->a) < 0)
            return -1;
        EMIT0(c, GET_YIELD_FROM_ITER);
        load_const(c, V_NONE);
        int loop = new_label(c), end = new_label(c);
        use_label(c, loop);
        EMIT(c, SEND, end);
        EMIT0(c, YIELD_VALUE);
        EMIT(c, JUMP, loop);
        use_label(c, end);
        return 0;
    }
    case N_JoinedStr: return compile_joinedstr(c, e);
    default: return c_error(c, e, "unsupported expression");
    }
}

static int
compile_expr(Compiler *c, Node *e)
{
    CodePos saved = c->u->loc;
    set_loc(c, e);
    int rc = compile_expr_inner(c, e);
    c->u->loc = saved;
    return rc;
}

/* ---- assignment targets ---- */

static int
unpack_targets(Compiler *c, Node *t)
{
    NodeList *l = &t->l1;
    int star = -1;
    for (int i = 0; i < l->n; i++) {
        if (l->items[i]->kind == N_Starred) {
            if (star >= 0)
                return c_error(c, t, "multiple starred expressions in assignment");
            star = i;
        }
    }
    if (star >= 0) {
        int after = l->n - star - 1;
        if (star > 255 || after > 0xffff)
            return c_error(c, t, "too many expressions in star-unpacking assignment");
        EMIT(c, UNPACK_EX, star | (after << 8));
    } else {
        EMIT(c, UNPACK_SEQUENCE, l->n);
    }
    for (int i = 0; i < l->n; i++) {
        Node *x = l->items[i];
        if (compile_store(c, x->kind == N_Starred ? x->a : x) < 0)
            return -1;
    }
    return 0;
}

/* Store the value on top of the stack into target t. */
static int
compile_store(Compiler *c, Node *t)
{
    CodePos saved = c->u->loc;
    set_loc(c, t);
    int rc = 0;
    switch (t->kind) {
    case N_Name: rc = compile_name(c, t, t->name, CTX_STORE); break;
    case N_Attribute:
        rc = compile_expr(c, t->a);
        if (rc == 0)
            rc = EMIT(c, STORE_ATTR, name_idx(c, mangle(c, t->name)));
        break;
    case N_Subscript:
        rc = compile_expr(c, t->a);
        if (rc == 0)
            rc = compile_subscript_index(c, t->b);
        if (rc == 0)
            rc = EMIT0(c, STORE_SUBSCR);
        break;
    case N_Tuple:
    case N_List: rc = unpack_targets(c, t); break;
    case N_Starred: rc = c_error(c, t, "starred assignment target must be in a list or tuple"); break;
    default: rc = c_error(c, t, "cannot assign to expression");
    }
    c->u->loc = saved;
    return rc;
}

static int
compile_delete(Compiler *c, Node *t)
{
    CodePos saved = c->u->loc;
    set_loc(c, t);
    int rc = 0;
    if (t->kind == N_Name)
        rc = compile_name(c, t, t->name, CTX_DEL);
    else if (t->kind == N_Tuple || t->kind == N_List) {
        for (int i = 0; i < t->l1.n && rc == 0; i++)
            rc = compile_delete(c, t->l1.items[i]);
    } else {
        t->ctx = CTX_DEL;
        rc = compile_expr(c, t);
    }
    c->u->loc = saved;
    return rc;
}

/* ---- functions, lambdas, classes, comprehensions ---- */

/* Push the closure tuple for a child scope; returns 8 (the MAKE_FUNCTION flag) or 0. */
static int
load_closure(Compiler *c, Scope *child)
{
    if (child->nfreevars == 0)
        return 0;
    for (int i = 0; i < child->nfreevars; i++) {
        const char *name = child->freevars[i];
        int idx = deref_idx(c, name);
        if (idx < 0) {
            /* the symtable guarantees every child free variable is a cell or
             * free variable here; reaching this is a compiler bug */
            c_error(c, child->node ? child->node : c->u->node, "internal compiler error");
            return -1;
        }
        EMIT(c, LOAD_CLOSURE, idx);
    }
    EMIT(c, BUILD_TUPLE, child->nfreevars);
    return 8;
}

static void
setup_args(Compiler *c, Node *args)
{
    Unit *u = c->u;
    u->argcount = args->l1.n;
    u->posonly = args->flag;
    u->kwonly = args->l2.n;
    for (int i = 0; i < args->l1.n; i++)
        varname_idx(c, args->l1.items[i]->name);
    for (int i = 0; i < args->l2.n; i++)
        varname_idx(c, args->l2.items[i]->name);
    if (args->a) {
        varname_idx(c, args->a->name);
        u->flags |= CO_VARARGS;
    }
    if (args->b) {
        varname_idx(c, args->b->name);
        u->flags |= CO_VARKEYWORDS;
    }
    /* other locals in symbol order */
    Scope *s = u->scope;
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_LOCAL)
            varname_idx(c, s->syms[i].name);
    /* arguments that live in cells are copied there first */
    for (int i = 0; i < u->nvarnames; i++) {
        const char *name = u->varnames[i];
        Symbol *sym = symtable_lookup(s, name);
        if (sym && sym->scope == SC_CELL && (sym->flags & DEF_PARAM)) {
            EMIT(c, LOAD_FAST, i);
            EMIT(c, STORE_DEREF, deref_idx(c, name));
        }
    }
}

static Node *
docstring_of(NodeList *body)
{
    if (body->n == 0)
        return NULL;
    Node *s = body->items[0];
    if (s->kind == N_Expr && s->a->kind == N_Constant && val_is_obj(s->a->value) &&
        val_as_obj(s->a->value)->type == &StrType)
        return s->a;
    return NULL;
}

static uint32_t
function_flags(Scope *s)
{
    uint32_t f = CO_OPTIMIZED | CO_NEWLOCALS;
    if (s->nested)
        f |= CO_NESTED;
    if (s->generator)
        f |= CO_GENERATOR;
    return f;
}

static int
emit_return_none(Compiler *c)
{
    load_const(c, V_NONE);
    return EMIT0(c, RETURN_VALUE);
}

/* Compile the body of a def/lambda into a code object constant. */
static Value
function_code(Compiler *c, Node *n, const char *name, Node *args, bool lambda)
{
    Scope *s = n->scope;
    int firstline = n->line;
    if (!lambda && n->l2.n)
        firstline = n->l2.items[0]->line;
    enter_unit(c, s, n, name, firstline);
    c->u->flags = function_flags(s);
    setup_args(c, args);
    int rc = 0;
    if (lambda) {
        add_const(c, V_NONE);
        set_loc(c, n->b);
        rc = compile_expr(c, n->b);
        if (rc == 0) {
            if (s->generator) {
                EMIT0(c, POP_TOP);
                load_const(c, V_NONE);
            }
            EMIT0(c, RETURN_VALUE);
        }
    } else {
        Node *doc = docstring_of(&n->l1);
        add_const(c, doc ? doc->value : V_NONE);
        NodeList body = n->l1;
        if (doc) {
            body.items++;
            body.n--;
        }
        rc = compile_stmts(c, &body);
        if (rc == 0)
            rc = emit_return_none(c);
    }
    Value code = rc == 0 ? assemble(c) : VNULL;
    leave_unit(c);
    return code;
}

static int
compile_defaults(Compiler *c, Node *args)
{
    int flags = 0;
    if (args->l3.n) {
        Value t = const_tuple(c, &args->l3);
        if (t)
            load_const(c, t);
        else {
            if (compile_exprs(c, &args->l3) < 0)
                return -1;
            EMIT(c, BUILD_TUPLE, args->l3.n);
        }
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < args->l2.n; i++) {
        Node *a = args->l2.items[i];
        if (!a->b)
            continue;
        StrObj *s = str_intern(c->ts, a->name);
        if (!s)
            return -1;
        load_const(c, val_from_obj(s));
        if (compile_expr(c, a->b) < 0)
            return -1;
        nkw++;
    }
    if (nkw) {
        EMIT(c, BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

static int
add_annotation(Compiler *c, Node *arg, int *count)
{
    if (!arg || !arg->a)
        return 0;
    StrObj *s = str_intern(c->ts, mangle(c, arg->name));
    if (!s)
        return -1;
    load_const(c, val_from_obj(s));
    if (compile_expr(c, arg->a) < 0)
        return -1;
    (*count)++;
    return 0;
}

/* def f(x: int) -> str: a (name, value, ...) tuple, CPython 3.11's order. */
static int
compile_annotations(Compiler *c, Node *args, Node *returns)
{
    int n = 0;
    for (int i = 0; i < args->l1.n; i++)
        if (add_annotation(c, args->l1.items[i], &n) < 0)
            return -1;
    if (add_annotation(c, args->a, &n) < 0)
        return -1;
    for (int i = 0; i < args->l2.n; i++)
        if (add_annotation(c, args->l2.items[i], &n) < 0)
            return -1;
    if (add_annotation(c, args->b, &n) < 0)
        return -1;
    if (returns) {
        load_const(c, val_from_obj(str_intern(c->ts, "return")));
        if (compile_expr(c, returns) < 0)
            return -1;
        n++;
    }
    if (n == 0)
        return 0;
    EMIT(c, BUILD_TUPLE, 2 * n);
    return 4;
}

static int
compile_function_obj(Compiler *c, Node *n, const char *name, Node *args, bool lambda)
{
    int flags = compile_defaults(c, args);
    if (flags < 0)
        return -1;
    if (!lambda) {
        int af = compile_annotations(c, args, n->b);
        if (af < 0)
            return -1;
        flags |= af;
    }
    Value code = function_code(c, n, name, args, lambda);
    if (!code)
        return -1;
    int cl = load_closure(c, n->scope);
    if (cl < 0)
        return -1;
    flags |= cl;
    load_const(c, code);
    return EMIT(c, MAKE_FUNCTION, flags);
}

static int
compile_funcdef(Compiler *c, Node *s)
{
    if (compile_exprs(c, &s->l2) < 0)
        return -1;
    if (compile_function_obj(c, s, s->name, s->a, false) < 0)
        return -1;
    for (int i = 0; i < s->l2.n; i++)
        EMIT(c, CALL, 1);
    return store_name(c, s, s->name);
}

/* `__doc__ = <docstring>` in a module or class body, which then starts after it. */
static void
store_docstring(Compiler *c, NodeList *body, Node *doc)
{
    if (!doc)
        return;
    set_loc(c, doc);
    load_const(c, doc->value);
    EMIT(c, STORE_NAME, name_idx(c, ident(c, "__doc__")));
    body->items++;
    body->n--;
}

static Value
class_body_code(Compiler *c, Node *n)
{
    Scope *s = n->scope;
    int firstline = n->l2.n ? n->l2.items[0]->line : n->line;
    enter_unit(c, s, n, n->name, firstline);
    c->u->flags = CO_NEWLOCALS | (s->nested ? CO_NESTED : 0);
    set_loc(c, n);
    c->u->loc.end_line = n->line;
    c->u->loc.end_col = n->col;
    EMIT(c, LOAD_NAME, name_idx(c, ident(c, "__name__")));
    EMIT(c, STORE_NAME, name_idx(c, ident(c, "__module__")));
    StrObj *qn = str_intern(c->ts, c->u->qualname);
    if (!qn) {
        leave_unit(c);
        return VNULL;
    }
    load_const(c, val_from_obj(qn));
    EMIT(c, STORE_NAME, name_idx(c, ident(c, "__qualname__")));
    NodeList body = n->l1;
    Node *doc = docstring_of(&body);
    int rc = 0;
    setup_annotations(c, &body);
    store_docstring(c, &body, doc);
    rc = compile_stmts(c, &body);
    if (rc == 0) {
        if (s->needs_class_closure) {
            EMIT(c, LOAD_CLOSURE, deref_idx(c, ident(c, "__class__")));
            EMIT(c, COPY, 1);
            EMIT(c, STORE_NAME, name_idx(c, ident(c, "__classcell__")));
            EMIT0(c, RETURN_VALUE);
        } else {
            emit_return_none(c);
        }
    }
    Value code = rc == 0 ? assemble(c) : VNULL;
    leave_unit(c);
    return code;
}

static int
compile_classdef(Compiler *c, Node *s)
{
    if (compile_exprs(c, &s->l2) < 0)
        return -1;
    EMIT0(c, LOAD_BUILD_CLASS);
    Value code = class_body_code(c, s);
    if (!code)
        return -1;
    int flags = load_closure(c, s->scope);
    if (flags < 0)
        return -1;
    load_const(c, code);
    EMIT(c, MAKE_FUNCTION, flags);
    StrObj *nm = str_intern(c->ts, s->name);
    if (!nm)
        return -1;
    load_const(c, val_from_obj(nm));
    if (check_dup_keywords(c, &s->l4) < 0)
        return -1;
    if (has_starred(&s->l3) || has_dstar(&s->l4)) {
        /* function and name are the first two positional arguments */
        if (compile_call_ex(c, &s->l3, &s->l4, 2) < 0)
            return -1;
    } else {
        if (compile_exprs(c, &s->l3) < 0)
            return -1;
        for (int i = 0; i < s->l4.n; i++)
            if (compile_expr(c, s->l4.items[i]->a) < 0)
                return -1;
        int n = 2 + s->l3.n + s->l4.n;
        if (s->l4.n) {
            Value kw = kwnames_tuple(c, &s->l4);
            if (!kw)
                return -1;
            load_const(c, kw);
            EMIT(c, CALL_KW, n);
        } else {
            EMIT(c, CALL, n);
        }
    }
    for (int i = 0; i < s->l2.n; i++)
        EMIT(c, CALL, 1);
    return store_name(c, s, s->name);
}

/* One `for ... in ... if ...` level of a comprehension; recursion does the rest. */
static int
comprehension_level(Compiler *c, Node *e, int gen_index, int depth)
{
    Node *g = e->l1.items[gen_index];
    int start = new_label(c), anchor = new_label(c);
    if (gen_index == 0) {
        EMIT(c, LOAD_FAST, 0);
    } else {
        if (compile_expr(c, g->b) < 0)
            return -1;
        EMIT0(c, GET_ITER);
    }
    use_label(c, start);
    set_loc(c, e); /* CPython 3.11 gives FOR_ITER the whole comprehension's location */
    EMIT(c, FOR_ITER, anchor);
    if (compile_store(c, g->a) < 0)
        return -1;
    for (int i = 0; i < g->l1.n; i++)
        if (jump_if(c, g->l1.items[i], start, false) < 0)
            return -1;
    if (gen_index + 1 < e->l1.n) {
        if (comprehension_level(c, e, gen_index + 1, depth + 1) < 0)
            return -1;
    } else {
        set_loc(c, e->a);
        switch (e->kind) {
        case N_ListComp:
            if (compile_expr(c, e->a) < 0)
                return -1;
            EMIT(c, LIST_APPEND, depth + 1);
            break;
        case N_SetComp:
            if (compile_expr(c, e->a) < 0)
                return -1;
            EMIT(c, SET_ADD, depth + 1);
            break;
        case N_DictComp:
            if (compile_expr(c, e->a) < 0 || compile_expr(c, e->b) < 0)
                return -1;
            EMIT(c, MAP_ADD, depth + 1);
            break;
        default:
            if (compile_expr(c, e->a) < 0)
                return -1;
            EMIT0(c, YIELD_VALUE);
            EMIT0(c, POP_TOP);
        }
    }
    set_loc(c, g->b);
    EMIT(c, JUMP, start);
    use_label(c, anchor);
    return 0;
}

static int
compile_comprehension(Compiler *c, Node *e)
{
    Scope *s = e->scope;
    const char *name = s->name;
    enter_unit(c, s, e, name, e->line);
    c->u->flags = function_flags(s);
    c->u->argcount = 1;
    varname_idx(c, ident(c, ".0"));
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_LOCAL)
            varname_idx(c, s->syms[i].name);
    set_loc(c, e);
    int rc = 0;
    if (e->kind == N_ListComp)
        EMIT(c, BUILD_LIST, 0);
    else if (e->kind == N_SetComp)
        EMIT(c, BUILD_SET, 0);
    else if (e->kind == N_DictComp)
        EMIT(c, BUILD_MAP, 0);
    rc = comprehension_level(c, e, 0, e->kind == N_GeneratorExp ? 0 : 1);
    if (rc == 0) {
        set_loc(c, e);
        if (e->kind == N_GeneratorExp)
            load_const(c, V_NONE);
        EMIT0(c, RETURN_VALUE);
    }
    Value code = rc == 0 ? assemble(c) : VNULL;
    leave_unit(c);
    if (!code)
        return -1;
    int flags = load_closure(c, s);
    if (flags < 0)
        return -1;
    load_const(c, code);
    EMIT(c, MAKE_FUNCTION, flags);
    if (compile_expr(c, e->l1.items[0]->b) < 0)
        return -1;
    EMIT0(c, GET_ITER);
    return EMIT(c, CALL, 1);
}

/* ---- statements ---- */

static int
compile_assign(Compiler *c, Node *s)
{
    Node *v = s->a;
    /* a, b = b, a: no tuple is built */
    if (s->l1.n == 1 && s->l1.items[0]->kind == N_Tuple && v->kind == N_Tuple &&
        v->l1.n == s->l1.items[0]->l1.n && (v->l1.n == 2 || v->l1.n == 3) &&
        !has_starred(&v->l1) && !has_starred(&s->l1.items[0]->l1)) {
        Node *t = s->l1.items[0];
        if (compile_exprs(c, &v->l1) < 0)
            return -1;
        EMIT(c, SWAP, v->l1.n);
        for (int i = 0; i < t->l1.n; i++)
            if (compile_store(c, t->l1.items[i]) < 0)
                return -1;
        return 0;
    }
    if (compile_expr(c, v) < 0)
        return -1;
    for (int i = 0; i < s->l1.n; i++) {
        if (i < s->l1.n - 1)
            EMIT(c, COPY, 1);
        if (compile_store(c, s->l1.items[i]) < 0)
            return -1;
    }
    return 0;
}

static int
compile_augassign(Compiler *c, Node *s)
{
    Node *t = s->a;
    int op = s->op + 16;
    CodePos saved = c->u->loc;
    switch (t->kind) {
    case N_Name:
        if (compile_name(c, t, t->name, CTX_LOAD) < 0 || compile_expr(c, s->b) < 0)
            return -1;
        EMIT(c, BINARY_OP, op);
        return compile_name(c, t, t->name, CTX_STORE);
    case N_Attribute: {
        if (compile_expr(c, t->a) < 0)
            return -1;
        int ni = name_idx(c, mangle(c, t->name));
        set_loc(c, t);
        EMIT(c, COPY, 1);
        EMIT(c, LOAD_ATTR, ni);
        c->u->loc = saved;
        if (compile_expr(c, s->b) < 0)
            return -1;
        EMIT(c, BINARY_OP, op);
        set_loc(c, t);
        EMIT(c, SWAP, 2);
        EMIT(c, STORE_ATTR, ni);
        c->u->loc = saved;
        return 0;
    }
    case N_Subscript:
        if (compile_expr(c, t->a) < 0 || compile_subscript_index(c, t->b) < 0)
            return -1;
        set_loc(c, t);
        EMIT(c, COPY, 2);
        EMIT(c, COPY, 2);
        EMIT0(c, BINARY_SUBSCR);
        c->u->loc = saved;
        if (compile_expr(c, s->b) < 0)
            return -1;
        EMIT(c, BINARY_OP, op);
        set_loc(c, t);
        EMIT(c, SWAP, 3);
        EMIT(c, SWAP, 2);
        EMIT0(c, STORE_SUBSCR);
        c->u->loc = saved;
        return 0;
    default: return c_error(c, t, "illegal expression for augmented assignment");
    }
}

static int
compile_if(Compiler *c, Node *s)
{
    int end = new_label(c);
    int orelse = s->l2.n ? new_label(c) : end;
    if (jump_if(c, s->a, orelse, false) < 0 || compile_stmts(c, &s->l1) < 0)
        return -1;
    if (s->l2.n) {
        EMIT(c, JUMP, end);
        use_label(c, orelse);
        if (compile_stmts(c, &s->l2) < 0)
            return -1;
    }
    use_label(c, end);
    return 0;
}

static bool
const_true(Node *e)
{
    if (e->kind != N_Constant)
        return false;
    Value v = e->value;
    if (v == V_TRUE)
        return true;
    if (val_is_int(v))
        return val_as_int(v) != 0;
    if (val_is_obj(v) && val_as_obj(v)->type == &StrType)
        return str_as(v)->size > 0;
    return false;
}

static int
compile_while(Compiler *c, Node *s)
{
    int body = new_label(c), cont = new_label(c), orelse = new_label(c), end = new_label(c);
    bool forever = const_true(s->a);
    if (!forever && jump_if(c, s->a, orelse, false) < 0)
        return -1;
    use_label(c, body);
    if (push_fblock(c, s, FB_WHILE, cont, end, NULL, c->u->cur_handler) < 0)
        return -1;
    if (compile_stmts(c, &s->l1) < 0)
        return -1;
    pop_fblock(c);
    use_label(c, cont);
    set_loc(c, s->a);
    if (forever)
        EMIT(c, JUMP, body);
    else if (jump_if(c, s->a, body, true) < 0)
        return -1;
    use_label(c, orelse);
    if (compile_stmts(c, &s->l2) < 0)
        return -1;
    use_label(c, end);
    return 0;
}

/* `for x in [a, b]` / `y in [a, b]`: a tuple does the same job, cheaper. */
static int
compile_iterable_display(Compiler *c, Node *e)
{
    if (e->kind == N_List && e->ctx == CTX_LOAD && !has_starred(&e->l1)) {
        Value t = const_tuple(c, &e->l1);
        if (t)
            return load_const(c, t);
        CodePos saved = c->u->loc;
        set_loc(c, e);
        int rc = compile_exprs(c, &e->l1);
        if (rc == 0)
            rc = EMIT(c, BUILD_TUPLE, e->l1.n);
        c->u->loc = saved;
        return rc;
    }
    return compile_expr(c, e);
}

static int
compile_for(Compiler *c, Node *s)
{
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    if (compile_iterable_display(c, s->b) < 0)
        return -1;
    /* CPython 3.11 gives GET_ITER / FOR_ITER the statement's location */
    set_loc(c, s);
    EMIT0(c, GET_ITER);
    use_label(c, start);
    EMIT(c, FOR_ITER, cleanup);
    if (push_fblock(c, s, FB_FOR, start, end, NULL, c->u->cur_handler) < 0)
        return -1;
    if (compile_store(c, s->a) < 0 || compile_stmts(c, &s->l1) < 0)
        return -1;
    pop_fblock(c);
    set_loc(c, s);
    EMIT(c, JUMP, start);
    use_label(c, cleanup);
    if (compile_stmts(c, &s->l2) < 0)
        return -1;
    use_label(c, end);
    return 0;
}

static int
loop_index(Compiler *c)
{
    for (int i = c->u->nfblocks - 1; i >= 0; i--) {
        int k = c->u->fblocks[i].kind;
        if (k == FB_WHILE || k == FB_FOR)
            return i;
    }
    return -1;
}

static int
compile_break_continue(Compiler *c, Node *s, bool is_break)
{
    int li = loop_index(c);
    if (li < 0)
        return c_error(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    Unit *u = c->u;
    int saved_handler = u->cur_handler;
    if (unwind_to(c, li + 1, false) < 0)
        return -1;
    FBlock *loop = &u->fblocks[li];
    if (is_break) {
        if (loop->kind == FB_FOR)
            unwind_fblock(c, li, false);
        EMIT(c, JUMP, loop->label_exit);
    } else {
        EMIT(c, JUMP, loop->label_cont);
    }
    u->cur_handler = saved_handler;
    return 0;
}

static int
compile_return(Compiler *c, Node *s)
{
    Unit *u = c->u;
    if (u->kind != BLOCK_FUNCTION)
        return c_error(c, s, "'return' outside function");
    if (s->a) {
        if (compile_expr(c, s->a) < 0)
            return -1;
    } else {
        load_const(c, V_NONE);
    }
    int saved_handler = u->cur_handler;
    if (unwind_to(c, 0, true) < 0)
        return -1;
    set_loc(c, s);
    EMIT0(c, RETURN_VALUE);
    u->cur_handler = saved_handler;
    return 0;
}

static int
compile_finally_body(Compiler *c, Node *try_node)
{
    return compile_stmts(c, &try_node->l4);
}

/* The cleanup handler shared by except/finally blocks: C: COPY 3; POP_EXCEPT; RERAISE 1. */
static void
emit_cleanup_handler(Compiler *c, int label)
{
    use_label(c, label);
    EMIT(c, COPY, 3);
    EMIT0(c, POP_EXCEPT);
    EMIT(c, RERAISE, 1);
}

/* The protected body done: jump over the handler, which starts here with the
 * exception pushed, itself protected by `cleanup`. */
static void
enter_handler(Compiler *c, int end, int handler, int cleanup, Node *loc)
{
    EMIT(c, JUMP, end);
    use_label(c, handler);
    set_loc(c, loc);
    EMIT0(c, PUSH_EXC_INFO);
    push_handler(c, cleanup, -1, true);
}

/* No handler matched (or finally ran on an exception): re-raise, then the
 * cleanup handler and the end label. */
static void
leave_handler(Compiler *c, int outer, int cleanup, int end)
{
    pop_fblock(c);
    EMIT(c, RERAISE, 0);
    c->u->cur_handler = outer;
    emit_cleanup_handler(c, cleanup);
    use_label(c, end);
}

/* The body of an except clause, ending with POP_EXCEPT; `named` is h when the
 * clause binds a name (its cleanup block must delete it). */
static int
handler_body(Compiler *c, Node *h, Node *named, int outer)
{
    if (push_fblock(c, h, FB_HANDLER_CLEANUP, -1, -1, named, outer) < 0 ||
        compile_stmts(c, &h->l1) < 0)
        return -1;
    pop_fblock(c);
    c->u->cur_handler = outer;
    set_loc(c, h);
    EMIT0(c, POP_EXCEPT);
    return 0;
}

/* `name = None; del name` after an `except E as name:` body. */
static void
clear_name(Compiler *c, Node *h)
{
    load_const(c, V_NONE);
    store_name(c, h, h->name);
    compile_name(c, h, h->name, CTX_DEL);
}

static int
compile_try_except(Compiler *c, Node *s)
{
    Unit *u = c->u;
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c);
    int outer = push_handler(c, handler, 0, false);
    if (push_fblock(c, s, FB_TRY_EXCEPT, -1, -1, NULL, outer) < 0)
        return -1;
    if (compile_stmts(c, &s->l1) < 0)
        return -1;
    pop_fblock(c);
    u->cur_handler = outer;
    if (compile_stmts(c, &s->l3) < 0)
        return -1;
    enter_handler(c, end, handler, cleanup, s->l2.items[0]);
    int in_handler = u->cur_handler;
    if (push_fblock(c, s, FB_EXCEPTION_HANDLER, -1, -1, NULL, outer) < 0)
        return -1;
    for (int i = 0; i < s->l2.n; i++) {
        Node *h = s->l2.items[i];
        set_loc(c, h);
        if (!h->a && i < s->l2.n - 1)
            return c_error(c, h, "default 'except:' must be last");
        int next = new_label(c);
        if (h->a) {
            /* [prev, exc] -> [prev, exc, E] -> CHECK_EXC_MATCH -> [prev, exc, bool] */
            if (compile_expr(c, h->a) < 0)
                return -1;
            EMIT0(c, CHECK_EXC_MATCH);
            EMIT(c, POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            store_name(c, h, h->name);
            int cleanup_name = new_label(c);
            push_handler(c, cleanup_name, 0, true);
            if (handler_body(c, h, h, outer) < 0)
                return -1;
            clear_name(c, h);
            EMIT(c, JUMP, end);
            /* an exception inside the body: clear the name, re-raise */
            u->cur_handler = in_handler;
            use_label(c, cleanup_name);
            clear_name(c, h);
            EMIT(c, RERAISE, 1);
        } else {
            EMIT0(c, POP_TOP);
            if (handler_body(c, h, NULL, outer) < 0)
                return -1;
            EMIT(c, JUMP, end);
        }
        u->cur_handler = in_handler;
        use_label(c, next);
    }
    leave_handler(c, outer, cleanup, end);
    return 0;
}

static int
compile_try(Compiler *c, Node *s)
{
    if (s->l4.n == 0)
        return compile_try_except(c, s);
    Unit *u = c->u;
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c);
    int outer = push_handler(c, handler, 0, false);
    if (push_fblock(c, s, FB_FINALLY_TRY, -1, -1, s, outer) < 0)
        return -1;
    int rc = s->l2.n ? compile_try_except(c, s) : compile_stmts(c, &s->l1);
    if (rc < 0)
        return -1;
    pop_fblock(c);
    u->cur_handler = outer;
    if (compile_stmts(c, &s->l4) < 0)
        return -1;
    enter_handler(c, end, handler, cleanup, s->l4.items[0]);
    if (push_fblock(c, s, FB_FINALLY_END, -1, -1, NULL, outer) < 0)
        return -1;
    if (compile_stmts(c, &s->l4) < 0)
        return -1;
    leave_handler(c, outer, cleanup, end);
    return 0;
}

static int
compile_with_items(Compiler *c, Node *s, int item)
{
    Unit *u = c->u;
    Node *w = s->l1.items[item];
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c), suppress = new_label(c);
    if (compile_expr(c, w->a) < 0)
        return -1;
    set_loc(c, s);
    EMIT0(c, BEFORE_WITH);
    int outer = push_handler(c, handler, -1, true);
    if (push_fblock(c, s, FB_WITH, -1, -1, NULL, outer) < 0)
        return -1;
    if (w->b) {
        if (compile_store(c, w->b) < 0)
            return -1;
    } else {
        EMIT0(c, POP_TOP);
    }
    int rc = item + 1 < s->l1.n ? compile_with_items(c, s, item + 1) : compile_stmts(c, &s->l2);
    if (rc < 0)
        return -1;
    pop_fblock(c);
    u->cur_handler = outer;
    set_loc(c, s);
    load_const(c, V_NONE);
    load_const(c, V_NONE);
    load_const(c, V_NONE);
    EMIT(c, CALL, 3);
    EMIT0(c, POP_TOP);
    EMIT(c, JUMP, end);
    use_label(c, handler);
    EMIT0(c, PUSH_EXC_INFO);
    push_handler(c, cleanup, -1, true);
    EMIT0(c, WITH_EXCEPT_START);
    EMIT(c, POP_JUMP_IF_TRUE, suppress);
    EMIT(c, RERAISE, 2);
    use_label(c, suppress);
    EMIT0(c, POP_TOP);
    u->cur_handler = outer;
    EMIT0(c, POP_EXCEPT);
    EMIT0(c, POP_TOP);
    EMIT0(c, POP_TOP);
    EMIT(c, JUMP, end);
    emit_cleanup_handler(c, cleanup);
    use_label(c, end);
    return 0;
}

static int
compile_raise(Compiler *c, Node *s)
{
    int n = 0;
    if (s->a) {
        if (compile_expr(c, s->a) < 0)
            return -1;
        n++;
        if (s->b) {
            if (compile_expr(c, s->b) < 0)
                return -1;
            n++;
        }
    }
    return EMIT(c, RAISE_VARARGS, n);
}

static int
compile_assert(Compiler *c, Node *s)
{
    if (s->a->kind == N_Tuple && s->a->l1.n > 0) {
        /* CPython warns "assertion is always true"; it still compiles */
    }
    int end = new_label(c);
    if (jump_if(c, s->a, end, true) < 0)
        return -1;
    /* CPython 3.11 leaks a comparison's location into the raise; otherwise
     * the statement's (a whole-line span shows no carets) */
    Node *test = s->a;
    while (test->kind == N_UnaryOp && test->op == UOP_NOT)
        test = test->a;
    Node *where = test->kind == N_Compare ? test : s;
    set_loc(c, where);
    EMIT0(c, LOAD_ASSERTION_ERROR);
    if (s->b) {
        if (compile_expr(c, s->b) < 0)
            return -1;
        set_loc(c, where);
        EMIT(c, CALL, 1);
    }
    EMIT(c, RAISE_VARARGS, 1);
    use_label(c, end);
    return 0;
}

static int
compile_import(Compiler *c, Node *s)
{
    for (int i = 0; i < s->l1.n; i++) {
        Node *a = s->l1.items[i];
        load_const(c, val_from_int(0));
        load_const(c, V_NONE);
        EMIT(c, IMPORT_NAME, name_idx(c, a->name));
        const char *dot = strchr(a->name, '.');
        if (a->name2) {
            if (dot) {
                /* import a.b.c as d: walk the attributes */
                const char *p = dot + 1;
                for (;;) {
                    const char *q = strchr(p, '.');
                    size_t len = q ? (size_t)(q - p) : strlen(p);
                    EMIT(c, IMPORT_FROM, name_idx(c, arena_ident(c->arena, p, len)));
                    EMIT(c, SWAP, 2);
                    EMIT0(c, POP_TOP);
                    if (!q)
                        break;
                    p = q + 1;
                }
            }
            store_name(c, a, a->name2);
        } else {
            const char *top = dot ? arena_ident(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            store_name(c, a, top);
        }
    }
    return 0;
}

static int
compile_import_from(Compiler *c, Node *s)
{
    int n = s->l1.n;
    Value names = tuple_new(c->ts, n);
    if (!names)
        return -1;
    for (int i = 0; i < n; i++) {
        StrObj *nm = str_intern(c->ts, s->l1.items[i]->name);
        if (!nm)
            return -1;
        tuple_as(names)->items[i] = val_from_obj(nm);
    }
    load_const(c, val_from_int(s->flag));
    load_const(c, names);
    EMIT(c, IMPORT_NAME, name_idx(c, s->name ? s->name : ident(c, "")));
    if (n == 1 && strcmp(s->l1.items[0]->name, "*") == 0)
        return EMIT0(c, IMPORT_STAR);
    for (int i = 0; i < n; i++) {
        Node *a = s->l1.items[i];
        EMIT(c, IMPORT_FROM, name_idx(c, a->name));
        store_name(c, a, a->name2 ? a->name2 : a->name);
    }
    return EMIT0(c, POP_TOP);
}

/* x: T [= v].  Module and class bodies record simple names' annotations in
 * __annotations__ (made at the start of the body); function bodies do not
 * evaluate annotations, as CPython. */
static int
compile_annassign(Compiler *c, Node *s)
{
    if (s->c) {
        if (compile_expr(c, s->c) < 0 || compile_store(c, s->a) < 0)
            return -1;
    }
    bool dict_scope = c->u->kind != BLOCK_FUNCTION;
    if (s->a->kind == N_Name) {
        if (s->flag && dict_scope) {
            if (compile_expr(c, s->b) < 0)
                return -1;
            EMIT(c, LOAD_NAME, name_idx(c, ident(c, "__annotations__")));
            StrObj *nm = str_intern(c->ts, mangle(c, s->a->name));
            if (!nm)
                return -1;
            load_const(c, val_from_obj(nm));
            return EMIT0(c, STORE_SUBSCR);
        }
        return 0;
    }
    if (!s->c) {
        /* evaluate the target's object (and index) for side effects */
        if (compile_expr(c, s->a->a) < 0)
            return -1;
        EMIT0(c, POP_TOP);
        if (s->a->kind == N_Subscript) {
            if (compile_subscript_index(c, s->a->b) < 0)
                return -1;
            EMIT0(c, POP_TOP);
        }
    }
    if (dict_scope) {
        if (compile_expr(c, s->b) < 0)
            return -1;
        EMIT0(c, POP_TOP);
    }
    return 0;
}

/* Does a module/class body annotate a simple name (CPython's find_ann)? */
static bool
find_ann(NodeList *body)
{
    for (int i = 0; i < body->n; i++) {
        Node *s = body->items[i];
        switch (s->kind) {
        case N_AnnAssign:
            if (s->flag && s->a->kind == N_Name)
                return true;
            break;
        case N_For: case N_While: case N_If:
            if (find_ann(&s->l1) || find_ann(&s->l2))
                return true;
            break;
        case N_With:
            if (find_ann(&s->l2))
                return true;
            break;
        case N_Try:
            if (find_ann(&s->l1) || find_ann(&s->l3) || find_ann(&s->l4))
                return true;
            for (int h = 0; h < s->l2.n; h++)
                if (find_ann(&s->l2.items[h]->l1))
                    return true;
            break;
        default: break;
        }
    }
    return false;
}

static void
setup_annotations(Compiler *c, NodeList *body)
{
    if (!find_ann(body))
        return;
    EMIT(c, BUILD_MAP, 0);
    EMIT(c, STORE_NAME, name_idx(c, ident(c, "__annotations__")));
}

static int
compile_stmt_inner(Compiler *c, Node *s)
{
    switch (s->kind) {
    case N_FunctionDef: return compile_funcdef(c, s);
    case N_ClassDef: return compile_classdef(c, s);
    case N_Return: return compile_return(c, s);
    case N_Delete:
        for (int i = 0; i < s->l1.n; i++)
            if (compile_delete(c, s->l1.items[i]) < 0)
                return -1;
        return 0;
    case N_Assign: return compile_assign(c, s);
    case N_AugAssign: return compile_augassign(c, s);
    case N_AnnAssign: return compile_annassign(c, s);
    case N_For: return compile_for(c, s);
    case N_While: return compile_while(c, s);
    case N_If: return compile_if(c, s);
    case N_With: return compile_with_items(c, s, 0);
    case N_Raise: return compile_raise(c, s);
    case N_Try: return compile_try(c, s);
    case N_Assert: return compile_assert(c, s);
    case N_Import: return compile_import(c, s);
    case N_ImportFrom: return compile_import_from(c, s);
    case N_Global:
    case N_Nonlocal: return 0;
    case N_Expr:
        if (c->interactive && c->u->kind == BLOCK_MODULE) {
            if (compile_expr(c, s->a) < 0)
                return -1;
            return EMIT0(c, PRINT_EXPR);
        }
        if (s->a->kind == N_Constant)
            return 0;
        if (compile_expr(c, s->a) < 0)
            return -1;
        return EMIT0(c, POP_TOP);
    case N_Pass: return 0;
    case N_Break: return compile_break_continue(c, s, true);
    case N_Continue: return compile_break_continue(c, s, false);
    default: return c_error(c, s, "unsupported statement");
    }
}

static int
compile_stmt(Compiler *c, Node *s)
{
    set_loc(c, s);
    return compile_stmt_inner(c, s);
}

static int
compile_stmts(Compiler *c, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (compile_stmt(c, l->items[i]) < 0)
            return -1;
    return 0;
}

/* ---- entry point ---- */

static Value
compile_module(Compiler *c, Node *root, Scope *top)
{
    enter_unit(c, top, root, ident(c, "<module>"), 1);
    c->u->flags = 0;
    int rc = 0;
    if (root->kind == N_Expression) {
        set_loc(c, root->a);
        rc = compile_expr(c, root->a);
        if (rc == 0)
            EMIT0(c, RETURN_VALUE);
    } else {
        NodeList body = root->l1;
        Node *doc = root->kind == N_Module ? docstring_of(&body) : NULL;
        set_loc(c, root);
        setup_annotations(c, &body);
        store_docstring(c, &body, doc);
        rc = compile_stmts(c, &body);
        if (rc == 0) {
            if (body.n)
                set_loc(c, body.items[body.n - 1]);
            emit_return_none(c);
        }
    }
    Value code = rc == 0 ? assemble(c) : VNULL;
    leave_unit(c);
    return code;
}

Value
compile_source(ThreadState *ts, const char *src, size_t len, const char *filename, const char *mode)
{
    int pmode = strcmp(mode, "eval") == 0 ? PARSE_EVAL
                : strcmp(mode, "single") == 0 ? PARSE_SINGLE
                                               : PARSE_EXEC;
    Arena arena;
    arena_init(&arena);
    Value code = VNULL;
    Node *root = parse_source(ts, &arena, src, len, filename, pmode);
    if (root) {
        SymTable st = {0};
        st.ts = ts;
        st.arena = &arena;
        st.filename = filename;
        st.src = src;
        st.srclen = len;
        if (symtable_build(&st, root) == 0) {
            Compiler c = {0};
            c.ts = ts;
            c.arena = &arena;
            c.filename = filename;
            c.src = src;
            c.srclen = len;
            c.interactive = pmode == PARSE_SINGLE;
            code = compile_module(&c, root, st.top);
            while (c.u)
                leave_unit(&c);
        }
    }
    arena_free(&arena);
    if (!code && !ts_has_exc(ts))
        exc_raise(ts, &SystemErrorType, "compiler failed without an exception");
    return code;
}
