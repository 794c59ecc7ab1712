/* interp/symtable.c: scopes and name resolution, CPython's two-pass algorithm.
 * SPDX-License-Identifier: MIT
 *
 * Pass 1 walks the AST, making a Scope per module / function / lambda /
 * comprehension / class body and recording how each name is used (bound,
 * read, global, nonlocal, parameter).  Pass 2 resolves every name to
 * local / global / free / cell, top-down with the set of names bound by
 * enclosing function scopes: class bodies do not make their names visible
 * to nested functions, a name free in a child is a cell of the function that
 * binds it, and a method that uses super() or __class__ makes the class
 * keep a __class__ cell.
 */
#include "symtable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/exc.h"
#include "lexer.h"

typedef struct NameSet {
    const char **items;
    int n, cap;
} NameSet;

static bool
set_has(const NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (s->items[i] == name)
            return true;
    return false;
}

static void
set_add(NameSet *s, const char *name)
{
    if (set_has(s, name))
        return;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->items = realloc(s->items, sizeof(char *) * (size_t)s->cap);
        if (!s->items)
            abort();
    }
    s->items[s->n++] = name;
}

static void
set_remove(NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (s->items[i] == name) {
            s->items[i] = s->items[--s->n];
            return;
        }
}

static int
st_error(SymTable *st, Node *n, const char *fmt, const char *name)
{
    if (st->failed)
        return -1;
    st->failed = true;
    char msg[300];
    snprintf(msg, sizeof msg, fmt, name);
    lex_syntax_error(st->ts, &SyntaxErrorType, st->src, st->srclen, st->filename, n->line, n->col,
                     n->end_line, n->end_col, "%s", msg);
    return -1;
}

Symbol *
symtable_lookup(Scope *s, const char *name)
{
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].name == name)
            return &s->syms[i];
    return NULL;
}

static Symbol *
add_sym(SymTable *st, Scope *s, const char *name)
{
    Symbol *sym = symtable_lookup(s, name);
    if (sym)
        return sym;
    if (s->nsyms == s->capsyms) {
        int ncap = s->capsyms ? s->capsyms * 2 : 16;
        Symbol *n = arena_alloc(st->arena, sizeof(Symbol) * (size_t)ncap);
        if (s->nsyms)
            memcpy(n, s->syms, sizeof(Symbol) * (size_t)s->nsyms);
        s->syms = n;
        s->capsyms = ncap;
    }
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->scope = SC_UNKNOWN;
    return sym;
}

static void
add_def(SymTable *st, Scope *s, const char *name, int flag)
{
    add_sym(st, s, name)->flags |= flag;
}

static Scope *
new_scope(SymTable *st, Scope *parent, int kind, const char *name, Node *node)
{
    Scope *s = arena_alloc(st->arena, sizeof(Scope));
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    if (node)
        node->scope = s;
    if (parent) {
        s->nested = parent->kind == BLOCK_FUNCTION || parent->nested;
        if (parent->nchildren == parent->capchildren) {
            int ncap = parent->capchildren ? parent->capchildren * 2 : 4;
            Scope **n = arena_alloc(st->arena, sizeof(Scope *) * (size_t)ncap);
            if (parent->nchildren)
                memcpy(n, parent->children, sizeof(Scope *) * (size_t)parent->nchildren);
            parent->children = n;
            parent->capchildren = ncap;
        }
        parent->children[parent->nchildren++] = s;
    }
    return s;
}

/* ---- pass 1 ---- */

static int visit_stmt(SymTable *st, Scope *s, Node *n);
static int visit_expr(SymTable *st, Scope *s, Node *n);

static int
visit_stmts(SymTable *st, Scope *s, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (visit_stmt(st, s, l->items[i]) < 0)
            return -1;
    return 0;
}

static int
visit_exprs(SymTable *st, Scope *s, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i] && visit_expr(st, s, l->items[i]) < 0)
            return -1;
    return 0;
}

static const char *
ident(SymTable *st, const char *s)
{
    return arena_ident(st->arena, s, strlen(s));
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static int
visit_arg_defaults(SymTable *st, Scope *s, Node *args)
{
    if (visit_exprs(st, s, &args->l3) < 0)
        return -1;
    for (int i = 0; i < args->l2.n; i++)
        if (args->l2.items[i]->b && visit_expr(st, s, args->l2.items[i]->b) < 0)
            return -1;
    return 0;
}

static void
add_params(SymTable *st, Scope *fs, Node *args)
{
    for (int i = 0; i < args->l1.n; i++)
        add_def(st, fs, args->l1.items[i]->name, DEF_PARAM);
    for (int i = 0; i < args->l2.n; i++)
        add_def(st, fs, args->l2.items[i]->name, DEF_PARAM);
    if (args->a)
        add_def(st, fs, args->a->name, DEF_PARAM);
    if (args->b)
        add_def(st, fs, args->b->name, DEF_PARAM);
}

static int
visit_comprehension(SymTable *st, Scope *s, Node *n, const char *name)
{
    Node *first = n->l1.items[0];
    if (visit_expr(st, s, first->b) < 0)
        return -1;
    Scope *cs = new_scope(st, s, BLOCK_FUNCTION, ident(st, name), n);
    cs->comprehension = true;
    cs->generator = n->kind == N_GeneratorExp;
    add_def(st, cs, ident(st, ".0"), DEF_PARAM);
    for (int i = 0; i < n->l1.n; i++) {
        Node *g = n->l1.items[i];
        if (visit_expr(st, cs, g->a) < 0)
            return -1;
        if (i > 0 && visit_expr(st, cs, g->b) < 0)
            return -1;
        if (visit_exprs(st, cs, &g->l1) < 0)
            return -1;
    }
    if (n->a && visit_expr(st, cs, n->a) < 0)
        return -1;
    if (n->b && visit_expr(st, cs, n->b) < 0)
        return -1;
    return 0;
}

static int
visit_named_target(SymTable *st, Scope *s, Node *target)
{
    const char *name = target->name;
    if (!s->comprehension) {
        add_def(st, s, name, DEF_LOCAL);
        return 0;
    }
    for (Scope *c = s; c; c = c->parent) {
        if (c->comprehension) {
            Symbol *sym = symtable_lookup(c, name);
            if (sym && (sym->flags & DEF_LOCAL) && !(sym->flags & (DEF_NONLOCAL | DEF_GLOBAL)))
                return st_error(st, target,
                                "assignment expression cannot rebind comprehension iteration "
                                "variable '%s'",
                                name);
            continue;
        }
        if (c->kind == BLOCK_CLASS)
            return st_error(st, target,
                            "assignment expression within a comprehension cannot be used in a "
                            "class body%s",
                            "");
        int flag = c->kind == BLOCK_FUNCTION ? DEF_NONLOCAL : DEF_GLOBAL;
        for (Scope *d = s; d != c; d = d->parent)
            add_def(st, d, name, flag | DEF_USE);
        add_def(st, c, name, DEF_LOCAL);
        if (c->kind == BLOCK_MODULE)
            add_sym(st, c, name);
        return 0;
    }
    return 0;
}

static int
visit_expr(SymTable *st, Scope *s, Node *n)
{
    switch (n->kind) {
    case N_Name:
        if (n->ctx == CTX_LOAD) {
            add_def(st, s, n->name, DEF_USE);
            if (s->kind == BLOCK_FUNCTION && strcmp(n->name, "super") == 0)
                add_def(st, s, ident(st, "__class__"), DEF_USE);
        } else {
            add_def(st, s, n->name, DEF_LOCAL);
        }
        return 0;
    case N_NamedExpr:
        if (visit_expr(st, s, n->b) < 0)
            return -1;
        return visit_named_target(st, s, n->a);
    case N_Lambda: {
        if (visit_arg_defaults(st, s, n->a) < 0)
            return -1;
        Scope *fs = new_scope(st, s, BLOCK_FUNCTION, ident(st, "<lambda>"), n);
        fs->lambda = true;
        add_params(st, fs, n->a);
        return visit_expr(st, fs, n->b);
    }
    case N_ListComp: return visit_comprehension(st, s, n, "<listcomp>");
    case N_SetComp: return visit_comprehension(st, s, n, "<setcomp>");
    case N_DictComp: return visit_comprehension(st, s, n, "<dictcomp>");
    case N_GeneratorExp: return visit_comprehension(st, s, n, "<genexpr>");
    case N_Yield:
    case N_YieldFrom:
        if (s->kind != BLOCK_FUNCTION)
            return st_error(st, n, "'yield' outside function%s", "");
        if (s->comprehension && s->node->kind != N_GeneratorExp) {
            const char *what = s->node->kind == N_ListComp  ? "list comprehension"
                               : s->node->kind == N_SetComp ? "set comprehension"
                                                            : "dict comprehension";
            return st_error(st, n, "'yield' inside %s", what);
        }
        if (s->comprehension)
            return st_error(st, n, "'yield' inside generator expression%s", "");
        s->generator = true;
        return n->a ? visit_expr(st, s, n->a) : 0;
    case N_Compare:
    case N_Call:
    case N_BoolOp:
    case N_Dict:
    case N_Set:
    case N_List:
    case N_Tuple:
    case N_JoinedStr:
        if (n->a && visit_expr(st, s, n->a) < 0)
            return -1;
        if (visit_exprs(st, s, &n->l1) < 0)
            return -1;
        if (n->kind == N_Call) {
            for (int i = 0; i < n->l2.n; i++)
                if (visit_expr(st, s, n->l2.items[i]->a) < 0)
                    return -1;
            return 0;
        }
        return visit_exprs(st, s, &n->l2);
    default:
        if (n->a && visit_expr(st, s, n->a) < 0)
            return -1;
        if (n->b && visit_expr(st, s, n->b) < 0)
            return -1;
        if (n->c && visit_expr(st, s, n->c) < 0)
            return -1;
        return 0;
    }
}

static int
visit_global(SymTable *st, Scope *s, Node *n, bool nonlocal)
{
    const char *what = nonlocal ? "nonlocal" : "global";
    if (nonlocal && s->kind == BLOCK_MODULE)
        return st_error(st, n, "nonlocal declaration not allowed at module level%s", "");
    for (int i = 0; i < n->l1.n; i++) {
        const char *name = n->l1.items[i]->name;
        Symbol *sym = symtable_lookup(s, name);
        int f = sym ? sym->flags : 0;
        char fmt[200];
        if ((f & DEF_PARAM) && s->kind == BLOCK_FUNCTION) {
            snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", what);
            return st_error(st, n, fmt, name);
        }
        if (nonlocal && (f & DEF_GLOBAL))
            return st_error(st, n, "name '%s' is nonlocal and global", name);
        if (!nonlocal && (f & DEF_NONLOCAL))
            return st_error(st, n, "name '%s' is nonlocal and global", name);
        if (f & DEF_LOCAL) {
            snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", what);
            return st_error(st, n, fmt, name);
        }
        if (f & DEF_USE) {
            snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", what);
            return st_error(st, n, fmt, name);
        }
        add_def(st, s, name, nonlocal ? DEF_NONLOCAL : DEF_GLOBAL);
    }
    return 0;
}

static int
visit_import(SymTable *st, Scope *s, Node *n)
{
    for (int i = 0; i < n->l1.n; i++) {
        Node *a = n->l1.items[i];
        const char *bound = a->name2;
        if (!bound) {
            const char *dot = strchr(a->name, '.');
            bound = dot ? arena_ident(st->arena, a->name, (size_t)(dot - a->name)) : a->name;
        }
        if (strcmp(bound, "*") == 0) {
            if (s->kind != BLOCK_MODULE)
                return st_error(st, a, "import * only allowed at module level%s", "");
            continue;
        }
        add_def(st, s, bound, DEF_LOCAL);
    }
    return 0;
}

static int
visit_annotation(SymTable *st, Scope *s, Node *arg)
{
    return arg && arg->a ? visit_expr(st, s, arg->a) : 0;
}

/* Parameter and return annotations are evaluated where the def runs. */
static int
visit_annotations(SymTable *st, Scope *s, Node *n)
{
    Node *args = n->a;
    for (int i = 0; i < args->l1.n; i++)
        if (visit_annotation(st, s, args->l1.items[i]) < 0)
            return -1;
    for (int i = 0; i < args->l2.n; i++)
        if (visit_annotation(st, s, args->l2.items[i]) < 0)
            return -1;
    if (visit_annotation(st, s, args->a) < 0 || visit_annotation(st, s, args->b) < 0)
        return -1;
    return n->b ? visit_expr(st, s, n->b) : 0;
}

static int
visit_funcdef(SymTable *st, Scope *s, Node *n)
{
    if (visit_exprs(st, s, &n->l2) < 0 || visit_arg_defaults(st, s, n->a) < 0 ||
        visit_annotations(st, s, n) < 0)
        return -1;
    add_def(st, s, n->name, DEF_LOCAL);
    Scope *fs = new_scope(st, s, BLOCK_FUNCTION, n->name, n);
    add_params(st, fs, n->a);
    return visit_stmts(st, fs, &n->l1);
}

static int
visit_classdef(SymTable *st, Scope *s, Node *n)
{
    if (visit_exprs(st, s, &n->l2) < 0 || visit_exprs(st, s, &n->l3) < 0)
        return -1;
    for (int i = 0; i < n->l4.n; i++)
        if (visit_expr(st, s, n->l4.items[i]->a) < 0)
            return -1;
    add_def(st, s, n->name, DEF_LOCAL);
    Scope *cs = new_scope(st, s, BLOCK_CLASS, n->name, n);
    return visit_stmts(st, cs, &n->l1);
}

static int
visit_stmt(SymTable *st, Scope *s, Node *n)
{
    switch (n->kind) {
    case N_FunctionDef: return visit_funcdef(st, s, n);
    case N_ClassDef: return visit_classdef(st, s, n);
    case N_Global: return visit_global(st, s, n, false);
    case N_Nonlocal: return visit_global(st, s, n, true);
    case N_Import:
    case N_ImportFrom: return visit_import(st, s, n);
    case N_Assign:
        if (visit_exprs(st, s, &n->l1) < 0)
            return -1;
        return visit_expr(st, s, n->a);
    case N_AnnAssign:
        if (n->a->kind == N_Name) {
            Symbol *sym = symtable_lookup(s, n->a->name);
            if (sym && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && n->flag) {
                return st_error(st, n->a, "annotated name '%s' can't be global", n->a->name);
            }
        }
        if (visit_expr(st, s, n->a) < 0)
            return -1;
        if (s->kind != BLOCK_FUNCTION && visit_expr(st, s, n->b) < 0)
            return -1;
        return n->c ? visit_expr(st, s, n->c) : 0;
    case N_AugAssign:
        if (n->a->kind == N_Name)
            add_def(st, s, n->a->name, DEF_LOCAL | DEF_USE);
        else if (visit_expr(st, s, n->a) < 0)
            return -1;
        return visit_expr(st, s, n->b);
    case N_For:
        if (visit_expr(st, s, n->a) < 0 || visit_expr(st, s, n->b) < 0)
            return -1;
        return visit_stmts(st, s, &n->l1) < 0 ? -1 : visit_stmts(st, s, &n->l2);
    case N_While:
    case N_If:
        if (visit_expr(st, s, n->a) < 0 || visit_stmts(st, s, &n->l1) < 0)
            return -1;
        return visit_stmts(st, s, &n->l2);
    case N_With:
        for (int i = 0; i < n->l1.n; i++) {
            Node *w = n->l1.items[i];
            if (visit_expr(st, s, w->a) < 0 || (w->b && visit_expr(st, s, w->b) < 0))
                return -1;
        }
        return visit_stmts(st, s, &n->l2);
    case N_Try:
        if (visit_stmts(st, s, &n->l1) < 0)
            return -1;
        for (int i = 0; i < n->l2.n; i++) {
            Node *h = n->l2.items[i];
            if (h->a && visit_expr(st, s, h->a) < 0)
                return -1;
            if (h->name)
                add_def(st, s, h->name, DEF_LOCAL);
            if (visit_stmts(st, s, &h->l1) < 0)
                return -1;
        }
        if (visit_stmts(st, s, &n->l3) < 0)
            return -1;
        return visit_stmts(st, s, &n->l4);
    case N_Delete: return visit_exprs(st, s, &n->l1);
    case N_Return:
        if (s->kind != BLOCK_FUNCTION)
            return st_error(st, n, "'return' outside function%s", "");
        return n->a ? visit_expr(st, s, n->a) : 0;
    default:
        if (n->a && visit_expr(st, s, n->a) < 0)
            return -1;
        if (n->b && visit_expr(st, s, n->b) < 0)
            return -1;
        return 0;
    }
}

/* ---- pass 2 ---- */

static int
cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char **
sorted_names(SymTable *st, const NameSet *set)
{
    const char **v = arena_alloc(st->arena, sizeof(char *) * (size_t)(set->n + 1));
    if (set->n)
        memcpy(v, set->items, sizeof(char *) * (size_t)set->n);
    qsort(v, (size_t)set->n, sizeof(char *), cmp_names);
    return v;
}

static int
analyze(SymTable *st, Scope *s, NameSet *bound, NameSet *free_out)
{
    NameSet newbound = {0}, childfree = {0};
    int rc = -1;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        int f = sym->flags;
        if (f & DEF_GLOBAL)
            sym->scope = SC_GLOBAL_EXPLICIT;
        else if (f & DEF_NONLOCAL) {
            if (!bound || !set_has(bound, sym->name)) {
                Node *where = s->node;
                /* find the nonlocal statement for the position */
                (void)where;
                sym->scope = SC_FREE;
                st->failed = false;
                return st_error(st, s->node ? s->node : s->node, "no binding for nonlocal '%s' found",
                                sym->name);
            }
            sym->scope = SC_FREE;
        } else if (f & (DEF_LOCAL | DEF_PARAM))
            sym->scope = SC_LOCAL;
        else if (s->kind != BLOCK_MODULE && bound && set_has(bound, sym->name))
            sym->scope = SC_FREE;
        else
            sym->scope = SC_GLOBAL_IMPLICIT;
    }
    if (s->kind == BLOCK_FUNCTION) {
        for (int i = 0; bound && i < bound->n; i++)
            set_add(&newbound, bound->items[i]);
        for (int i = 0; i < s->nsyms; i++) {
            if (s->syms[i].scope == SC_LOCAL)
                set_add(&newbound, s->syms[i].name);
            else if (s->syms[i].scope == SC_GLOBAL_EXPLICIT)
                set_remove(&newbound, s->syms[i].name);
        }
    } else if (s->kind == BLOCK_CLASS) {
        for (int i = 0; bound && i < bound->n; i++)
            set_add(&newbound, bound->items[i]);
        set_add(&newbound, ident(st, "__class__"));
    }
    for (int i = 0; i < s->nchildren; i++) {
        NameSet cf = {0};
        if (analyze(st, s->children[i], &newbound, &cf) < 0) {
            free(cf.items);
            goto out;
        }
        for (int j = 0; j < cf.n; j++)
            set_add(&childfree, cf.items[j]);
        free(cf.items);
    }
    const char *classname = ident(st, "__class__");
    for (int i = 0; i < childfree.n; i++) {
        const char *name = childfree.items[i];
        Symbol *sym = symtable_lookup(s, name);
        if (s->kind == BLOCK_FUNCTION) {
            if (sym && sym->scope == SC_LOCAL)
                sym->scope = SC_CELL;
            else if (!sym || sym->scope != SC_CELL) {
                sym = add_sym(st, s, name);
                sym->scope = SC_FREE;
            }
        } else if (s->kind == BLOCK_CLASS) {
            if (name == classname) {
                s->needs_class_closure = true;
            } else if (!sym) {
                sym = add_sym(st, s, name);
                sym->scope = SC_FREE;
            } else if (sym->scope != SC_FREE) {
                sym->flags |= DEF_FREE_CLASS;
            }
        }
    }
    NameSet cells = {0}, frees = {0};
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == SC_CELL)
            set_add(&cells, sym->name);
        if (sym->scope == SC_FREE || (sym->flags & DEF_FREE_CLASS))
            set_add(&frees, sym->name);
    }
    if (s->needs_class_closure)
        set_add(&cells, classname);
    s->cellvars = sorted_names(st, &cells);
    s->ncellvars = cells.n;
    s->freevars = sorted_names(st, &frees);
    s->nfreevars = frees.n;
    for (int i = 0; i < frees.n; i++)
        set_add(free_out, frees.items[i]);
    free(cells.items);
    free(frees.items);
    rc = 0;
out:
    free(newbound.items);
    free(childfree.items);
    return rc;
}

/* Position errors of nonlocal at the statement: find it in the body. */
static Node *
find_nonlocal(NodeList *body, const char *name)
{
    for (int i = 0; i < body->n; i++) {
        Node *n = body->items[i];
        if (n->kind == N_Nonlocal) {
            for (int j = 0; j < n->l1.n; j++)
                if (n->l1.items[j]->name == name)
                    return n;
        }
        if (n->kind == N_FunctionDef || n->kind == N_ClassDef)
            continue;
        NodeList *lists[4] = {&n->l1, &n->l2, &n->l3, &n->l4};
        for (int l = 0; l < 4; l++) {
            if (n->kind == N_Try && l == 1) {
                for (int h = 0; h < n->l2.n; h++) {
                    Node *r = find_nonlocal(&n->l2.items[h]->l1, name);
                    if (r)
                        return r;
                }
                continue;
            }
            if (n->kind == N_With && l == 0)
                continue;
            Node *r = find_nonlocal(lists[l], name);
            if (r)
                return r;
        }
    }
    return NULL;
}

static int
check_nonlocals(SymTable *st, Scope *s, NameSet *bound)
{
    /* Mirrors analyze()'s nonlocal check, but with the statement's position. */
    NameSet nb = {0};
    int rc = 0;
    for (int i = 0; i < s->nsyms && s->kind != BLOCK_MODULE; i++) {
        Symbol *sym = &s->syms[i];
        if ((sym->flags & DEF_NONLOCAL) && !(sym->flags & DEF_GLOBAL) &&
            (!bound || !set_has(bound, sym->name)) && !s->comprehension) {
            bool has_body = s->node->kind == N_FunctionDef || s->node->kind == N_ClassDef;
            Node *stmt = has_body ? find_nonlocal(&s->node->l1, sym->name) : NULL;
            return st_error(st, stmt ? stmt : s->node, "no binding for nonlocal '%s' found",
                            sym->name);
        }
    }
    if (s->kind == BLOCK_FUNCTION) {
        for (int i = 0; bound && i < bound->n; i++)
            set_add(&nb, bound->items[i]);
        for (int i = 0; i < s->nsyms; i++) {
            int f = s->syms[i].flags;
            if ((f & (DEF_LOCAL | DEF_PARAM)) && !(f & (DEF_GLOBAL | DEF_NONLOCAL)))
                set_add(&nb, s->syms[i].name);
            if (f & DEF_GLOBAL)
                set_remove(&nb, s->syms[i].name);
        }
    } else if (s->kind == BLOCK_CLASS) {
        for (int i = 0; bound && i < bound->n; i++)
            set_add(&nb, bound->items[i]);
    }
    for (int i = 0; i < s->nchildren && rc == 0; i++)
        rc = check_nonlocals(st, s->children[i], &nb);
    free(nb.items);
    return rc;
}

int
symtable_build(SymTable *st, Node *root)
{
    Scope *top = new_scope(st, NULL, BLOCK_MODULE, ident(st, "<module>"), NULL);
    st->top = top;
    int rc;
    if (root->kind == N_Expression)
        rc = visit_expr(st, top, root->a);
    else
        rc = visit_stmts(st, top, &root->l1);
    if (rc < 0)
        return -1;
    if (check_nonlocals(st, top, NULL) < 0)
        return -1;
    NameSet fr = {0};
    rc = analyze(st, top, NULL, &fr);
    free(fr.items);
    return rc;
}

int
symtable_scope_of(Scope *s, const char *name)
{
    Symbol *sym = symtable_lookup(s, name);
    return sym && sym->scope != SC_UNKNOWN ? sym->scope : SC_GLOBAL_IMPLICIT;
}
