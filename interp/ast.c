/* interp/ast.c: the AST arena, node construction and identifier interning.
 * SPDX-License-Identifier: MIT */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaChunk {
    ArenaChunk *next;
    char data[];
};

const char *const ast_kind_names[N_COUNT] = {
#define X(n) #n,
    AST_KINDS(X)
#undef X
};

void
arena_init(Arena *a)
{
    memset(a, 0, sizeof *a);
}

void
arena_free(Arena *a)
{
    ArenaChunk *c = a->chunks;
    while (c) {
        ArenaChunk *n = c->next;
        free(c);
        c = n;
    }
    free(a->ids);
    memset(a, 0, sizeof *a);
}

void *
arena_alloc(Arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->cur) < size) {
        size_t csize = size > 60000 ? size : 64000;
        ArenaChunk *c = malloc(sizeof(ArenaChunk) + csize + 16);
        if (!c) {
            fputs("gilpy: out of memory in the compiler\n", stderr);
            abort();
        }
        c->next = a->chunks;
        a->chunks = c;
        a->cur = (char *)(((uintptr_t)c->data + 15) & ~(uintptr_t)15);
        a->end = a->cur + csize;
    }
    void *p = a->cur;
    a->cur += size;
    memset(p, 0, size);
    return p;
}

static uint64_t
hash_bytes(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void
ids_grow(Arena *a)
{
    size_t ncap = a->capids ? a->capids * 2 : 256;
    const char **n = calloc(ncap, sizeof *n);
    if (!n)
        abort();
    for (size_t i = 0; i < a->capids; i++) {
        const char *s = a->ids[i];
        if (!s)
            continue;
        size_t j = hash_bytes(s, strlen(s)) & (ncap - 1);
        while (n[j])
            j = (j + 1) & (ncap - 1);
        n[j] = s;
    }
    free(a->ids);
    a->ids = n;
    a->capids = ncap;
}

const char *
arena_ident(Arena *a, const char *s, size_t len)
{
    if ((a->nids + 1) * 2 > a->capids)
        ids_grow(a);
    size_t j = hash_bytes(s, len) & (a->capids - 1);
    while (a->ids[j]) {
        const char *t = a->ids[j];
        if (strncmp(t, s, len) == 0 && t[len] == '\0')
            return t;
        j = (j + 1) & (a->capids - 1);
    }
    char *copy = arena_alloc(a, len + 1);
    memcpy(copy, s, len);
    a->ids[j] = copy;
    a->nids++;
    return copy;
}

Node *
ast_new(Arena *a, NodeKind kind, int line, int col, int end_line, int end_col)
{
    Node *n = arena_alloc(a, sizeof(Node));
    n->kind = (uint8_t)kind;
    n->line = line;
    n->col = col;
    n->end_line = end_line;
    n->end_col = end_col;
    return n;
}

void
ast_append(Arena *a, NodeList *l, Node *n)
{
    if (l->n == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 4;
        Node **items = arena_alloc(a, sizeof(Node *) * (size_t)ncap);
        if (l->n)
            memcpy(items, l->items, sizeof(Node *) * (size_t)l->n);
        l->items = items;
        l->cap = ncap;
    }
    l->items[l->n++] = n;
}
