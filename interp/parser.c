/* interp/parser.c: recursive-descent parser producing the AST.
 * SPDX-License-Identifier: MIT
 *
 * One function per rule of grammar/GRAMMAR.md.  Every function returns the
 * node it built or NULL after raising SyntaxError; the first error wins
 * (p->failed stops further reports).  Assignment targets are parsed as
 * expressions and then checked and switched to Store/Del context, which is
 * also where CPython's "cannot assign to ..." messages come from.
 * String literals are decoded here; f-strings are split into literal parts
 * and expressions, each expression parsed by a sub-parser over the original
 * source text so that positions stay exact.
 */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/bytes.h"
#include "../runtime/exc.h"
#include "../runtime/float.h"
#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/tstate.h"
#include "lexer.h"
#include "uninames.h"

typedef struct Parser {
    ThreadState *ts;
    Arena *arena;
    Lexer *lx;
    int pos;
    const char *filename;
    bool failed;
    bool fstring;       /* messages get the "f-string: " prefix */
    int speculative;    /* > 0: errors only mark failure (no exception) */
    const char *ftext;  /* f-string sub-parser: "(expr)\n", the text of its errors */
    size_t ftextlen;
    int fline, fcol;    /* source position of ftext[1] */
    int depth;          /* recursion guard */
    int func_depth;     /* inside a def body (for the 'await' message) */
    Token dummy;
} Parser;

#define MAX_DEPTH 900

static Node *expression(Parser *p);
static Node *star_expressions(Parser *p);
static Node *named_expression(Parser *p);
static Node *named_expression_ex(Parser *p, bool hints);
static Node *bitwise_or(Parser *p);
static Node *disjunction(Parser *p);
static Node *yield_expr(Parser *p);
static Node *statement_list(Parser *p, NodeList *out);
static int block(Parser *p, NodeList *body, const char *what, Token *kwtok);
static Node *parse_fstring_expr(Parser *p, const char *s, size_t n, int line, int col);

/* ---- tokens ---- */

static Token *
tok_at(Parser *p, int i)
{
    Token *t = p->failed ? NULL : lex_token(p->lx, i);
    if (!t) {
        p->failed = true;
        p->dummy.kind = T_EOF;
        return &p->dummy;
    }
    return t;
}

static Token *
cur(Parser *p)
{
    return tok_at(p, p->pos);
}

static int
kind(Parser *p)
{
    return cur(p)->kind;
}

static int
peek_kind(Parser *p, int ahead)
{
    return tok_at(p, p->pos + ahead)->kind;
}

static Token *
advance(Parser *p)
{
    Token *t = cur(p);
    if (!p->failed)
        p->pos++;
    return t;
}

static bool
accept(Parser *p, int k)
{
    if (kind(p) == k) {
        advance(p);
        return true;
    }
    return false;
}

static Token *
prev_tok(Parser *p)
{
    return tok_at(p, p->pos > 0 ? p->pos - 1 : 0);
}

/* ---- errors ---- */

static void *
error_range(Parser *p, Type *type, int line, int col, int end_line, int end_col, const char *fmt,
            ...)
{
    if (p->failed)
        return NULL;
    p->failed = true;
    if (p->speculative)
        return NULL;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (p->ftext) {
        /* positions relative to "(expr)", CPython 3.11 style */
        char full[450];
        snprintf(full, sizeof full, "f-string: %s", msg);
        int c0 = line == p->fline ? col - p->fcol + 1 : col;
        int c1 = end_line == p->fline && end_col >= 0 ? end_col - p->fcol + 1 : end_col;
        lex_syntax_error_text(p->ts, type, p->ftext, p->ftextlen, p->ftext, p->ftextlen,
                              p->filename, line, c0, end_line, c1, full);
        return NULL;
    }
    lex_syntax_error(p->ts, type, p->lx->src, p->lx->srclen, p->filename, line, col, end_line,
                     end_col, "%s%s", p->fstring ? "f-string: " : "", msg);
    return NULL;
}

static void *
error_tok(Parser *p, Token *t, const char *msg)
{
    return error_range(p, &SyntaxErrorType, t->line, t->col, t->end_line, t->end_col, "%s", msg);
}

static void *
error_node(Parser *p, Node *n, const char *msg)
{
    return error_range(p, &SyntaxErrorType, n->line, n->col, n->end_line, n->end_col, "%s", msg);
}

static void *
invalid_syntax(Parser *p)
{
    Token *t = cur(p);
    if (p->failed)
        return NULL;
    if (t->kind == T_INDENT) {
        Token *n = tok_at(p, p->pos + 1);
        return error_range(p, &IndentationErrorType, n->line, n->col - 1, n->line, -2,
                           "unexpected indent");
    }
    if (t->kind == T_DEDENT)
        return error_range(p, &IndentationErrorType, t->line, t->col - 1, t->line, -2,
                           "unindent does not match any outer indentation level");
    if (t->kind == T_EOF && !p->fstring)
        return error_range(p, &SyntaxErrorType, t->line, t->col, t->line, t->col,
                           "unexpected EOF while parsing");
    return error_tok(p, t, "invalid syntax");
}

static Token *
expect(Parser *p, int k)
{
    if (kind(p) == k)
        return advance(p);
    invalid_syntax(p);
    return NULL;
}

/* The ':' of a compound statement.  CPython 3.11 says "expected ':'" for
 * def/try/else/finally whatever follows (forced tokens in its grammar),
 * for the others only when the line ends there; else "invalid syntax". */
static Token *
expect_colon(Parser *p, bool forced)
{
    if (kind(p) == T_COLON)
        return advance(p);
    Token *t = cur(p);
    if (!p->fstring && (forced || t->kind == T_NEWLINE)) {
        error_range(p, &SyntaxErrorType, t->line, t->col, t->end_line, t->end_col,
                    "expected ':'");
        return NULL;
    }
    invalid_syntax(p);
    return NULL;
}

/* ---- node helpers ---- */

static Node *
node_at(Parser *p, NodeKind k, Token *start)
{
    return ast_new(p->arena, k, start->line, start->col, start->end_line, start->end_col);
}

static Node *
node_from(Parser *p, NodeKind k, Node *start)
{
    return ast_new(p->arena, k, start->line, start->col, start->end_line, start->end_col);
}

/* Extend n to end at the last consumed token. */
static Node *
finish(Parser *p, Node *n)
{
    Token *t = prev_tok(p);
    n->end_line = t->end_line;
    n->end_col = t->end_col;
    return n;
}


static const char *
tok_ident(Parser *p, Token *t)
{
    return arena_ident(p->arena, t->start, t->len);
}

static Node *
name_node(Parser *p, Token *t)
{
    Node *n = node_at(p, N_Name, t);
    n->name = tok_ident(p, t);
    return n;
}

static Node *
constant(Parser *p, Token *t, Value v)
{
    Node *n = node_at(p, N_Constant, t);
    n->value = v;
    return n;
}

static bool
enter(Parser *p)
{
    if (++p->depth > MAX_DEPTH) {
        if (!p->failed) {
            p->failed = true;
            exc_raise(p->ts, &RecursionErrorType,
                      "maximum recursion depth exceeded during compilation");
        }
        return false;
    }
    return true;
}

/* ---- target validation ---- */

const char *
parse_expr_name(Node *e)
{
    switch (e->kind) {
    case N_Attribute: return "attribute";
    case N_Subscript: return "subscript";
    case N_Starred: return "starred";
    case N_Name: return "name";
    case N_List: return "list";
    case N_Tuple: return "tuple";
    case N_Lambda: return "lambda";
    case N_Call: return "function call";
    case N_BoolOp:
    case N_BinOp:
    case N_UnaryOp: return "expression";
    case N_GeneratorExp: return "generator expression";
    case N_Yield:
    case N_YieldFrom: return "yield expression";
    case N_ListComp: return "list comprehension";
    case N_SetComp: return "set comprehension";
    case N_DictComp: return "dict comprehension";
    case N_Dict: return "dict literal";
    case N_Set: return "set display";
    case N_JoinedStr:
    case N_FormattedValue: return "f-string expression";
    case N_Compare: return "comparison";
    case N_IfExp: return "conditional expression";
    case N_NamedExpr: return "named expression";
    case N_Constant:
        if (e->value == V_NONE)
            return "None";
        if (e->value == V_TRUE)
            return "True";
        if (e->value == V_FALSE)
            return "False";
        if (e->value == V_ELLIPSIS)
            return "ellipsis";
        return "literal";
    default: return "expression";
    }
}

/* The first sub-expression that cannot be a target, or NULL. */
static Node *
invalid_target(Node *e, int ctx)
{
    switch (e->kind) {
    case N_Name:
    case N_Attribute:
    case N_Subscript: return NULL;
    case N_Starred:
        if (ctx == CTX_DEL)
            return e;
        return invalid_target(e->a, ctx);
    case N_List:
    case N_Tuple:
        for (int i = 0; i < e->l1.n; i++) {
            Node *bad = invalid_target(e->l1.items[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    default: return e;
    }
}

static void
set_ctx(Node *e, int ctx)
{
    e->ctx = (uint8_t)ctx;
    if (e->kind == N_Starred)
        set_ctx(e->a, ctx);
    else if (e->kind == N_List || e->kind == N_Tuple)
        for (int i = 0; i < e->l1.n; i++)
            set_ctx(e->l1.items[i], ctx);
}

/* Targets that CPython's invalid_named_expression rule reports with the
 * "Maybe you meant '=='" hint: bitwise_or-level expressions. */
static bool
hint_kind(Node *e)
{
    switch (e->kind) {
    case N_Constant: return e->value != V_TRUE && e->value != V_FALSE && e->value != V_NONE;
    case N_UnaryOp: return e->op != UOP_NOT;
    case N_Call: case N_BinOp: case N_Dict: case N_Set: case N_ListComp: case N_SetComp:
    case N_DictComp: case N_JoinedStr: case N_Attribute: case N_Subscript: case N_Name:
        return true;
    default: return false;
    }
}

/* Check e as a target and switch it to ctx; hint adds CPython's "here.
 * Maybe you meant '==' ..." for a lone `expr = value`. */
static Node *
find_debug_name(Node *e)
{
    if (e->kind == N_Name)
        return strcmp(e->name, "__debug__") == 0 ? e : NULL;
    if (e->kind == N_Starred)
        return find_debug_name(e->a);
    if (e->kind == N_List || e->kind == N_Tuple)
        for (int i = 0; i < e->l1.n; i++) {
            Node *d = find_debug_name(e->l1.items[i]);
            if (d)
                return d;
        }
    return NULL;
}

static Node *
to_target(Parser *p, Node *e, int ctx, bool hint)
{
    Node *dbg = find_debug_name(e);
    if (dbg)
        return error_node(p, dbg, ctx == CTX_DEL ? "cannot delete __debug__"
                                                 : "cannot assign to __debug__");
    Node *bad = invalid_target(e, ctx);
    if (bad) {
        const char *what = parse_expr_name(bad);
        if (ctx == CTX_DEL)
            return error_range(p, &SyntaxErrorType, bad->line, bad->col, bad->end_line,
                               bad->end_col, "cannot delete %s", what);
        if (bad->kind == N_Yield || bad->kind == N_YieldFrom)
            return error_range(p, &SyntaxErrorType, bad->line, bad->col, bad->end_line,
                               bad->end_col, "assignment to yield expression not possible");
        hint = hint && bad == e && hint_kind(bad);
        return error_range(p, &SyntaxErrorType, bad->line, bad->col, bad->end_line, bad->end_col,
                           "cannot assign to %s%s", what,
                           hint ? " here. Maybe you meant '==' instead of '='?" : "");
    }
    set_ctx(e, ctx);
    return e;
}

/* ---- strings ---- */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void
buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = (b->len + n + 1) * 2 + 32;
        char *d = realloc(b->data, ncap);
        if (!d)
            abort();
        b->data = d;
        b->cap = ncap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void
buf_addc(Buf *b, char c)
{
    buf_add(b, &c, 1);
}

static void
buf_add_cp(Buf *b, uint32_t cp)
{
    char tmp[4];
    int n = utf8_encode(cp, tmp);
    buf_add(b, tmp, (size_t)n);
}

typedef struct StrInfo {
    bool raw, bytes, fmt;
    const char *body;   /* between the quotes */
    size_t len;
    int line, col;      /* position of body[0] in the source */
} StrInfo;

static void
str_info(Token *t, StrInfo *si)
{
    const char *s = t->start;
    memset(si, 0, sizeof *si);
    while (*s != '\'' && *s != '"') {
        char c = (char)(*s | 0x20);
        if (c == 'r')
            si->raw = true;
        else if (c == 'b')
            si->bytes = true;
        else if (c == 'f')
            si->fmt = true;
        s++;
    }
    size_t q = (s[0] == s[1] && s[1] == s[2] && t->len - (size_t)(s - t->start) >= 6) ? 3 : 1;
    si->body = s + q;
    si->len = t->len - (size_t)(s - t->start) - 2 * q;
    si->line = t->line;
    si->col = t->col + (int)(s - t->start) + (int)q;
}

static int
hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static int
cmp_uniname(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const UniName *)elem)->name);
}

/* \N{name}: 0 if unknown. */
static uint32_t
lookup_uniname(const char *name, size_t n)
{
    char up[128];
    if (n == 0 || n >= sizeof up)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        up[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    up[n] = '\0';
    const UniName *u = bsearch(up, uni_names, sizeof uni_names / sizeof uni_names[0],
                               sizeof uni_names[0], cmp_uniname);
    return u ? u->cp : 0;
}

/* Decode errors are reported just after the literal, as CPython does. */
static int
escape_error(Parser *p, Token *t, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    (void)t;
    Token *n = cur(p);
    error_range(p, &SyntaxErrorType, n->line, n->col, n->end_line, n->end_col, "%s", msg);
    return -1;
}

/* Decode the escapes of s[0..n) into b.  Returns -1 after an error. */
static int
decode_escapes(Parser *p, Token *t, const char *s, size_t n, bool raw, bool bytes, Buf *b)
{
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c != '\\' || raw) {
            if (bytes && (unsigned char)c >= 0x80) {
                error_tok(p, t, "bytes can only contain ASCII literal characters");
                return -1;
            }
            buf_addc(b, c);
            i++;
            continue;
        }
        size_t esc = i;
        i++;
        if (i >= n) {
            buf_addc(b, '\\');
            break;
        }
        c = s[i++];
        switch (c) {
        case '\n': break;
        case '\r':
            if (i < n && s[i] == '\n')
                i++;
            break;
        case '\\': buf_addc(b, '\\'); break;
        case '\'': buf_addc(b, '\''); break;
        case '"': buf_addc(b, '"'); break;
        case 'a': buf_addc(b, '\a'); break;
        case 'b': buf_addc(b, '\b'); break;
        case 'f': buf_addc(b, '\f'); break;
        case 'n': buf_addc(b, '\n'); break;
        case 'r': buf_addc(b, '\r'); break;
        case 't': buf_addc(b, '\t'); break;
        case 'v': buf_addc(b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (s[i++] - '0');
            if (bytes)
                buf_addc(b, (char)(v & 0xff));
            else
                buf_add_cp(b, (uint32_t)v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int nd = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (bytes && c != 'x') {
                buf_addc(b, '\\');
                buf_addc(b, c);
                break;
            }
            uint32_t v = 0;
            int k;
            for (k = 0; k < nd && i < n && hexval(s[i]) >= 0; k++)
                v = v * 16 + (uint32_t)hexval(s[i++]);
            if (k < nd) {
                if (bytes)
                    return escape_error(p, t, "(value error) invalid \\x escape at position %d",
                                        (int)esc);
                return escape_error(p, t,
                                    "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                    "position %d-%d: truncated \\%c%s escape",
                                    (int)esc, (int)i - 1, c,
                                    c == 'x' ? "XX" : c == 'u' ? "XXXX" : "XXXXXXXX");
            }
            if (v > 0x10ffff)
                return escape_error(p, t,
                                    "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                    "position %d-%d: illegal Unicode character",
                                    (int)esc, (int)i - 1);
            if (bytes)
                buf_addc(b, (char)v);
            else
                buf_add_cp(b, v);
            break;
        }
        case 'N':
            if (!bytes) {
                uint32_t cp = 0;
                size_t close = i;
                if (i < n && s[i] == '{') {
                    while (close < n && s[close] != '}')
                        close++;
                    if (close < n)
                        cp = lookup_uniname(s + i + 1, close - i - 1);
                }
                if (!cp) {
                    bool malformed = i >= n || s[i] != '{' || close >= n;
                    return escape_error(p, t,
                                        "(unicode error) 'unicodeescape' codec can't decode bytes "
                                        "in position %d-%d: %s",
                                        (int)esc,
                                        malformed ? (i < n && s[i] == '{' ? (int)n - 1 : (int)i - 1)
                                                  : (int)close,
                                        malformed ? "malformed \\N character escape"
                                                  : "unknown Unicode character name");
                }
                buf_add_cp(b, cp);
                i = close + 1;
                break;
            }
            /* fall through */
        default:
            buf_addc(b, '\\');
            buf_addc(b, c);
            break;
        }
    }
    return 0;
}

/* ---- f-strings ---- */

typedef struct FParts {
    NodeList values;
    Buf lit;            /* pending literal text */
    Token *tok;
    int line, col;      /* position for the next literal Constant */
} FParts;

static int
flush_literal(Parser *p, FParts *fp)
{
    if (fp->lit.len == 0)
        return 0;
    Value v = str_new(p->ts, fp->lit.data, fp->lit.len);
    if (!v) {
        p->failed = true;
        return -1;
    }
    Node *c = constant(p, fp->tok, v);
    ast_append(p->arena, &fp->values, c);
    fp->lit.len = 0;
    return 0;
}

/* Position of byte s inside a string body that starts at (line, col). */
static void
body_pos(const StrInfo *si, const char *s, int *line, int *col)
{
    int l = si->line, c = si->col;
    for (const char *q = si->body; q < s; q++) {
        if (*q == '\n') {
            l++;
            c = 0;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* CPython 3.11 reports f-string and escape errors at the token after the
 * string literal(s): the parser has consumed them when it decodes. */
static void
fstring_error(Parser *p, Token *t, int width, const char *msg)
{
    (void)t;
    (void)width;
    Token *n = cur(p);
    error_range(p, &SyntaxErrorType, n->line, n->col, n->end_line, n->end_col, "%s", msg);
}

static int fstring_body(Parser *p, FParts *fp, const StrInfo *si, const char *s, const char *end,
                        int nest);

/* The end of the expression starting at s: the first top-level '}', '!'
 * (not '!='), ':' or '=' (self-documenting, not '==' etc.). */
static const char *
fexpr_end(const char *s, const char *end)
{
    const char *start = s;
    int depth = 0;
    for (; s < end; s++) {
        char c = *s;
        if (c == '\'' || c == '"') {
            char q = c;
            s++;
            while (s < end && *s != q)
                s++;
            continue;
        }
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0)
            depth--;
        else if (depth == 0) {
            if (c == '}' || c == ':')
                return s;
            if (c == '!' && !(s + 1 < end && s[1] == '='))
                return s;
            if (c == '=' && !(s + 1 < end && s[1] == '=') && !(s > start && strchr("=!<>", s[-1])))
                return s;
            if (c == '=' && s + 1 < end && s[1] == '=')
                s++;
        }
    }
    return end;
}

static bool
all_space(const char *s, const char *e)
{
    for (; s < e; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != '\f')
            return false;
    return true;
}

/* Parse one replacement field starting after '{'; returns the position after '}'. */
static const char *
fstring_field(Parser *p, FParts *fp, const StrInfo *si, const char *s, const char *end, int nest)
{
    if (nest >= 2) {
        fstring_error(p, fp->tok, 0, "f-string: expressions nested too deeply");
        return NULL;
    }
    const char *e = fexpr_end(s, end);
    int line, col;
    body_pos(si, s, &line, &col);
    if (e >= end) {
        int l2, c2;
        body_pos(si, end, &l2, &c2);
        fstring_error(p, fp->tok, 0, "f-string: expecting '}'");
        (void)c2;
        return NULL;
    }
    if (all_space(s, e)) {
        char msg[64];
        if (*e == '}')
            snprintf(msg, sizeof msg, "f-string: empty expression not allowed");
        else
            snprintf(msg, sizeof msg, "f-string: expression required before '%c'", *e);
        fstring_error(p, fp->tok, 0, msg);
        return NULL;
    }
    Node *expr = parse_fstring_expr(p, s, (size_t)(e - s), line, col);
    if (!expr)
        return NULL;
    Node *fv = node_from(p, N_FormattedValue, expr);
    fv->a = expr;
    fv->flag = -1;
    bool self_doc = false;
    if (*e == '=') {
        /* {x=}: the text (with spaces) becomes a literal; the conversion
         * defaults to !r unless a format spec is given */
        e++;
        const char *t = e;
        while (t < end && (*t == ' ' || *t == '\t'))
            t++;
        buf_add(&fp->lit, s, (size_t)(t - s));
        e = t;
        fv->flag = 'r';
        self_doc = true;
    }
    if (e < end && *e == '!') {
        e++;
        if (e >= end || !(*e == 'r' || *e == 's' || *e == 'a')) {
            fstring_error(p, fp->tok, 1,
                          "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return NULL;
        }
        fv->flag = *e++;
        self_doc = false;
    }
    if (e < end && *e == ':') {
        e++;
        if (self_doc)
            fv->flag = -1;
        FParts spec = {0};
        spec.tok = fp->tok;
        const char *q = e;
        int depth = 0;
        while (q < end && !(*q == '}' && depth == 0)) {
            if (*q == '{')
                depth++;
            else if (*q == '}')
                depth--;
            q++;
        }
        if (fstring_body(p, &spec, si, e, q, nest + 1) < 0) {
            free(spec.lit.data);
            return NULL;
        }
        Node *js = node_from(p, N_JoinedStr, expr);
        js->l1 = spec.values;
        free(spec.lit.data);
        fv->b = js;
        e = q;
    }
    if (e >= end || *e != '}') {
        fstring_error(p, fp->tok, 0, "f-string: expecting '}'");
        return NULL;
    }
    if (flush_literal(p, fp) < 0)
        return NULL;
    ast_append(p->arena, &fp->values, fv);
    return e + 1;
}

static int
fstring_body(Parser *p, FParts *fp, const StrInfo *si, const char *s, const char *end, int nest)
{
    while (s < end) {
        const char *q = s;
        while (q < end && *q != '{' && *q != '}')
            q++;
        if (q > s && decode_escapes(p, fp->tok, s, (size_t)(q - s), si->raw, false, &fp->lit) < 0)
            return -1;
        if (q >= end)
            break;
        if (q + 1 < end && q[1] == *q && nest == 0) {
            buf_addc(&fp->lit, *q);
            s = q + 2;
            continue;
        }
        if (*q == '}') {
            fstring_error(p, fp->tok, 0, "f-string: single '}' is not allowed");
            return -1;
        }
        s = fstring_field(p, fp, si, q + 1, end, nest);
        if (!s)
            return -1;
    }
    return flush_literal(p, fp);
}

/* One or more adjacent string tokens -> Constant or JoinedStr. */
static Node *
strings(Parser *p)
{
    Token *first = cur(p);
    int start = p->pos;
    bool any_f = false, any_bytes = false, any_str = false;
    while (kind(p) == T_STRING) {
        StrInfo si;
        str_info(cur(p), &si);
        any_f |= si.fmt;
        if (si.bytes)
            any_bytes = true;
        else
            any_str = true;
        advance(p);
    }
    if (p->failed)
        return NULL;
    int end = p->pos;
    if (any_bytes && any_str)
        return error_range(p, &SyntaxErrorType, first->line, first->col, prev_tok(p)->end_line,
                           prev_tok(p)->end_col, "cannot mix bytes and nonbytes literals");
    FParts fp = {0};
    fp.tok = first;
    Node *result = NULL;
    for (int i = start; i < end; i++) {
        Token *t = tok_at(p, i);
        StrInfo si;
        str_info(t, &si);
        if (si.fmt) {
            if (fstring_body(p, &fp, &si, si.body, si.body + si.len, 0) < 0)
                goto out;
        } else if (decode_escapes(p, t, si.body, si.len, si.raw, si.bytes, &fp.lit) < 0) {
            goto out;
        }
    }
    if (any_bytes) {
        Value v = bytes_new(p->ts, fp.lit.data ? fp.lit.data : "", fp.lit.len);
        if (!v) {
            p->failed = true;
            goto out;
        }
        result = finish(p, constant(p, first, v));
        goto out;
    }
    if (!any_f) {
        Value v = str_new(p->ts, fp.lit.data ? fp.lit.data : "", fp.lit.len);
        if (!v) {
            p->failed = true;
            goto out;
        }
        result = constant(p, first, v);
    } else {
        if (flush_literal(p, &fp) < 0)
            goto out;
        result = node_at(p, N_JoinedStr, first);
        result->l1 = fp.values;
    }
    finish(p, result);
out:
    free(fp.lit.data);
    return result;
}

/* ---- numbers ---- */

static Node *
number(Parser *p)
{
    Token *t = advance(p);
    char tmp[256];
    char *s = t->len < sizeof tmp ? tmp : malloc(t->len + 1);
    size_t n = 0;
    bool is_float = false, imag = false;
    bool radix = t->len > 1 && t->start[0] == '0' && strchr("xXoObB", t->start[1]);
    for (size_t i = 0; i < t->len; i++) {
        char c = t->start[i];
        if (c == '_')
            continue;
        if (!radix && (c == '.' || c == 'e' || c == 'E'))
            is_float = true;
        if (!radix && (c == 'j' || c == 'J')) {
            imag = true;
            continue;
        }
        s[n++] = c;
    }
    s[n] = '\0';
    Value v = VNULL;
    if (imag) {
        if (s != tmp)
            free(s);
        return error_tok(p, t, "complex numbers are not supported");
    }
    if (is_float)
        v = float_from_str(p->ts, s, n);
    else if (radix)
        v = int_from_str(p->ts, s + 2, n - 2, s[1] == 'x' || s[1] == 'X' ? 16 : s[1] == 'o' || s[1] == 'O' ? 8 : 2);
    else
        v = int_from_str(p->ts, s, n, 10);
    if (s != tmp)
        free(s);
    if (!v) {
        p->failed = true;
        return NULL;
    }
    return constant(p, t, v);
}

/* ---- expressions ---- */

static bool
starts_expression(int k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_KW_NOT: case T_KW_LAMBDA: case T_KW_NONE:
    case T_KW_TRUE: case T_KW_FALSE: case T_ELLIPSIS: case T_KW_AWAIT:
        return true;
    default: return false;
    }
}

/* Inside brackets, `a b` gets CPython's comma hint. */
static void *
missing_comma(Parser *p, Node *prev)
{
    if (p->failed || !starts_expression(kind(p)) || p->lx->depth == 0)
        return invalid_syntax(p);
    int save = p->pos;
    Node *next = expression(p);
    if (!next || p->failed) {
        return NULL;
    }
    (void)save;
    return error_range(p, &SyntaxErrorType, prev->line, prev->col, next->end_line, next->end_col,
                       "invalid syntax. Perhaps you forgot a comma?");
}

static Node *comprehension_tail(Parser *p, NodeKind k, Node *elt, Node *value, Token *open);

/* '*' bitwise_or as a Starred node, else what `plain` parses: the one shape behind
 * star_expression, star_named_expression, star targets and del targets. */
static Node *
starred_or(Parser *p, Node *(*plain)(Parser *))
{
    if (kind(p) != T_STAR)
        return plain(p);
    Token *st = advance(p);
    Node *v = bitwise_or(p);
    if (!v)
        return NULL;
    Node *e = node_at(p, N_Starred, st);
    e->a = v;
    return finish(p, e);
}

/* '(' ... ')' : group, tuple, generator expression or yield */
static Node *
paren_atom(Parser *p)
{
    Token *open = advance(p);
    if (accept(p, T_RPAR)) {
        Node *t = node_at(p, N_Tuple, open);
        return finish(p, t);
    }
    if (kind(p) == T_KW_YIELD) {
        Node *y = yield_expr(p);
        if (!y || !expect(p, T_RPAR))
            return NULL;
        return y;
    }
    Node *first = starred_or(p, named_expression);
    if (!first)
        return NULL;
    if (kind(p) == T_KW_FOR)
        return comprehension_tail(p, N_GeneratorExp, first, NULL, open);
    if (accept(p, T_RPAR)) {
        if (first->kind == N_Starred)
            return error_node(p, first, "cannot use starred expression here");
        return first;
    }
    if (kind(p) != T_COMMA)
        return missing_comma(p, first);
    Node *t = node_at(p, N_Tuple, open);
    ast_append(p->arena, &t->l1, first);
    while (accept(p, T_COMMA)) {
        if (kind(p) == T_RPAR)
            break;
        Node *e = starred_or(p, named_expression);
        if (!e)
            return NULL;
        ast_append(p->arena, &t->l1, e);
    }
    if (kind(p) != T_RPAR)
        return missing_comma(p, t->l1.items[t->l1.n - 1]);
    advance(p);
    return finish(p, t);
}

static Node *
star_named_expression(Parser *p)
{
    return starred_or(p, named_expression);
}

static Node *
list_atom(Parser *p)
{
    Token *open = advance(p);
    Node *l = node_at(p, N_List, open);
    if (accept(p, T_RSQB))
        return finish(p, l);
    Node *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (kind(p) == T_KW_FOR)
        return comprehension_tail(p, N_ListComp, first, NULL, open);
    ast_append(p->arena, &l->l1, first);
    while (accept(p, T_COMMA)) {
        if (kind(p) == T_RSQB)
            break;
        Node *e = star_named_expression(p);
        if (!e)
            return NULL;
        ast_append(p->arena, &l->l1, e);
    }
    if (kind(p) == T_KW_FOR)
        return error_range(p, &SyntaxErrorType, first->line, first->col,
                           l->l1.items[l->l1.n - 1]->end_line, l->l1.items[l->l1.n - 1]->end_col,
                           "did you forget parentheses around the comprehension target?");
    if (kind(p) != T_RSQB)
        return missing_comma(p, l->l1.items[l->l1.n - 1]);
    advance(p);
    return finish(p, l);
}

static Node *
dict_or_set_atom(Parser *p)
{
    Token *open = advance(p);
    if (accept(p, T_RBRACE))
        return finish(p, node_at(p, N_Dict, open));
    Node *key = NULL, *val = NULL;
    bool is_dict;
    if (kind(p) == T_DOUBLESTAR) {
        advance(p);
        val = bitwise_or(p);
        if (!val)
            return NULL;
        is_dict = true;
    } else {
        key = star_named_expression(p);
        if (!key)
            return NULL;
        is_dict = kind(p) == T_COLON;
        if (is_dict) {
            Token *colon = advance(p);
            if (kind(p) == T_RBRACE || kind(p) == T_COMMA)
                return error_tok(p, colon, "expression expected after dictionary key and ':'");
            val = expression(p);
            if (!val)
                return NULL;
        }
    }
    if (kind(p) == T_KW_FOR) {
        if (is_dict && !key)
            return error_node(p, val, "dict unpacking cannot be used in dict comprehension");
        return is_dict ? comprehension_tail(p, N_DictComp, key, val, open)
                       : comprehension_tail(p, N_SetComp, key, NULL, open);
    }
    Node *d = node_at(p, is_dict ? N_Dict : N_Set, open);
    if (is_dict) {
        ast_append(p->arena, &d->l1, key);
        ast_append(p->arena, &d->l2, val);
    } else {
        ast_append(p->arena, &d->l1, key);
    }
    while (accept(p, T_COMMA)) {
        if (kind(p) == T_RBRACE)
            break;
        if (is_dict) {
            if (accept(p, T_DOUBLESTAR)) {
                key = NULL;
                val = bitwise_or(p);
            } else {
                key = expression(p);
                if (!key)
                    return NULL;
                if (kind(p) != T_COLON)
                    return error_range(p, &SyntaxErrorType, key->line, key->col, key->line, -1,
                                       "':' expected after dictionary key");
                Token *colon = advance(p);
                if (kind(p) == T_RBRACE || kind(p) == T_COMMA)
                    return error_tok(p, colon, "expression expected after dictionary key and ':'");
                val = expression(p);
            }
            if (!val)
                return NULL;
            ast_append(p->arena, &d->l1, key);
            ast_append(p->arena, &d->l2, val);
        } else {
            Node *e = star_named_expression(p);
            if (!e)
                return NULL;
            ast_append(p->arena, &d->l1, e);
        }
    }
    if (kind(p) != T_RBRACE) {
        Node *last = is_dict ? d->l2.items[d->l2.n - 1] : d->l1.items[d->l1.n - 1];
        return missing_comma(p, last);
    }
    advance(p);
    return finish(p, d);
}

static Node *
atom(Parser *p)
{
    Token *t = cur(p);
    switch (t->kind) {
    case T_NAME: advance(p); return name_node(p, t);
    case T_NUMBER: return number(p);
    case T_STRING: return strings(p);
    case T_KW_NONE: advance(p); return constant(p, t, V_NONE);
    case T_KW_TRUE: advance(p); return constant(p, t, V_TRUE);
    case T_KW_FALSE: advance(p); return constant(p, t, V_FALSE);
    case T_ELLIPSIS: advance(p); return constant(p, t, V_ELLIPSIS);
    case T_LPAR: return paren_atom(p);
    case T_LSQB: return list_atom(p);
    case T_LBRACE: return dict_or_set_atom(p);
    default: return invalid_syntax(p);
    }
}

static Node *
slice_item(Parser *p)
{
    Token *start = cur(p);
    Node *lower = NULL;
    if (kind(p) != T_COLON) {
        if (kind(p) == T_STAR)
            return star_named_expression(p);
        lower = named_expression(p);
        if (!lower)
            return NULL;
        if (kind(p) != T_COLON)
            return lower;
    }
    advance(p);
    Node *s = node_at(p, N_Slice, start);
    s->a = lower;
    if (kind(p) != T_COLON && kind(p) != T_RSQB && kind(p) != T_COMMA) {
        s->b = expression(p);
        if (!s->b)
            return NULL;
    }
    if (accept(p, T_COLON)) {
        if (kind(p) != T_RSQB && kind(p) != T_COMMA) {
            s->c = expression(p);
            if (!s->c)
                return NULL;
        }
    }
    return finish(p, s);
}

static Node *
subscript(Parser *p, Node *value, Token *st)
{
    advance(p);
    Token *first_tok = cur(p);
    Node *first = slice_item(p);
    if (!first)
        return NULL;
    Node *index = first;
    if (kind(p) == T_COMMA) {
        index = node_at(p, N_Tuple, first_tok);
        ast_append(p->arena, &index->l1, first);
        while (accept(p, T_COMMA)) {
            if (kind(p) == T_RSQB)
                break;
            Node *e = slice_item(p);
            if (!e)
                return NULL;
            ast_append(p->arena, &index->l1, e);
        }
        finish(p, index);
    }
    if (!expect(p, T_RSQB))
        return NULL;
    Node *s = node_at(p, N_Subscript, st);
    s->a = value;
    s->b = index;
    return finish(p, s);
}

/* CPython reports this at the furthest token its rule looked at: parse the
 * rest of the arguments without reporting, then raise there. */
static Node *
positional_after_keyword(Parser *p, bool unpacking)
{
    p->speculative++;
    while (!p->failed && accept(p, T_COMMA) && kind(p) != T_RPAR) {
        if (kind(p) == T_STAR || kind(p) == T_DOUBLESTAR)
            advance(p);
        else if (kind(p) == T_NAME && peek_kind(p, 1) == T_EQUAL) {
            advance(p);
            advance(p);
        }
        if (!expression(p))
            break;
    }
    if (!p->failed)
        cur(p);
    p->speculative--;
    if (p->lx->failed)
        return NULL; /* a tokenizer error wins */
    p->failed = false;
    Token *t = lex_token(p->lx, p->lx->ntoks - 1);
    return error_tok(p, t, unpacking ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument");
}

static Node *
call_args(Parser *p, Node *func, bool is_class, Token *st)
{
    Token *open = advance(p);
    Node *call = node_at(p, N_Call, st);
    call->a = func;
    bool seen_kw = false, seen_dstar = false;
    while (kind(p) != T_RPAR) {
        Token *t = cur(p);
        if (t->kind == T_STAR) {
            advance(p);
            Node *v = expression(p);
            if (!v)
                return NULL;
            if (seen_dstar)
                return error_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
            Node *s = node_at(p, N_Starred, t);
            s->a = v;
            finish(p, s);
            if (kind(p) == T_KW_FOR)
                return error_node(p, s, "iterable unpacking cannot be used in comprehension");
            ast_append(p->arena, &call->l1, s);
        } else if (t->kind == T_DOUBLESTAR) {
            advance(p);
            Node *v = expression(p);
            if (!v)
                return NULL;
            Node *k = node_at(p, N_Keyword, t);
            k->a = v;
            finish(p, k);
            ast_append(p->arena, &call->l2, k);
            seen_dstar = true;
        } else if (t->kind == T_NAME && peek_kind(p, 1) == T_EQUAL) {
            advance(p);
            advance(p);
            Node *v = expression(p);
            if (!v)
                return NULL;
            Node *k = node_at(p, N_Keyword, t);
            k->name = tok_ident(p, t);
            k->a = v;
            finish(p, k);
            ast_append(p->arena, &call->l2, k);
            seen_kw = true;
        } else {
            Node *e = named_expression_ex(p, false);
            if (!e)
                return NULL;
            if (kind(p) == T_KW_FOR && is_class)
                return error_tok(p, cur(p), "invalid syntax");
            if (kind(p) == T_KW_FOR) {
                Node *g = comprehension_tail(p, N_GeneratorExp, e, NULL, NULL);
                if (!g)
                    return NULL;
                if (call->l1.n || call->l2.n || kind(p) == T_COMMA) {
                    if (kind(p) == T_COMMA && call->l1.n == 0 && call->l2.n == 0 &&
                        peek_kind(p, 1) == T_RPAR) {
                        /* f(x for x in y,) is accepted */
                    } else {
                        return error_node(p, g, "Generator expression must be parenthesized");
                    }
                }
                g->line = open->line;
                g->col = open->col;
                e = g;
                if (kind(p) == T_RPAR) {
                    g->end_line = cur(p)->end_line;
                    g->end_col = cur(p)->end_col;
                }
            } else if (kind(p) == T_EQUAL) {
                Token *eq = cur(p);
                (void)eq;
                return error_range(p, &SyntaxErrorType, e->line, e->col, eq->end_line,
                                   eq->end_col,
                                   "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (seen_dstar || seen_kw)
                return positional_after_keyword(p, seen_dstar);
            ast_append(p->arena, &call->l1, e);
        }
        if (!accept(p, T_COMMA)) {
            if (kind(p) != T_RPAR) {
                Node *last = call->l2.n ? call->l2.items[call->l2.n - 1]
                                        : call->l1.items[call->l1.n - 1];
                if (last->kind == N_Keyword && kind(p) != T_COMMA)
                    return missing_comma(p, last->a);
                return missing_comma(p, last);
            }
            break;
        }
    }
    if (!expect(p, T_RPAR))
        return NULL;
    return finish(p, call);
}

static Node *
primary(Parser *p)
{
    Token *st = cur(p);
    Node *e = atom(p);
    while (e) {
        int k = kind(p);
        if (k == T_DOT) {
            advance(p);
            Token *t = cur(p);
            if (t->kind != T_NAME)
                return invalid_syntax(p);
            advance(p);
            Node *a = node_at(p, N_Attribute, st);
            a->a = e;
            a->name = tok_ident(p, t);
            e = finish(p, a);
        } else if (k == T_LPAR) {
            e = call_args(p, e, false, st);
        } else if (k == T_LSQB) {
            e = subscript(p, e, st);
        } else {
            break;
        }
    }
    return e;
}

static Node *factor(Parser *p);

static Node *
power(Parser *p)
{
    Token *st = cur(p);
    if (st->kind == T_KW_AWAIT) {
        advance(p);
        Node *v = primary(p);
        if (!v)
            return NULL;
        return error_range(p, &SyntaxErrorType, st->line, st->col, v->end_line, v->end_col,
                           p->func_depth ? "'await' outside async function"
                                         : "'await' outside function");
    }
    Node *base = primary(p);
    if (!base)
        return NULL;
    if (kind(p) == T_DOUBLESTAR) {
        advance(p);
        Node *exp = factor(p);
        if (!exp)
            return NULL;
        Node *b = node_at(p, N_BinOp, st);
        b->a = base;
        b->op = NB_POW;
        b->b = exp;
        finish(p, b);
        return b;
    }
    return base;
}

static Node *
factor(Parser *p)
{
    int k = kind(p);
    if (k == T_PLUS || k == T_MINUS || k == T_TILDE) {
        Token *t = advance(p);
        if (!enter(p))
            return NULL;
        Node *operand = factor(p);
        p->depth--;
        if (!operand)
            return NULL;
        Node *u = node_at(p, N_UnaryOp, t);
        u->op = k == T_PLUS ? UOP_ADD : k == T_MINUS ? UOP_SUB : UOP_INVERT;
        u->a = operand;
        finish(p, u);
        return u;
    }
    return power(p);
}

static int
binop_of(int k, int level)
{
    switch (level) {
    case 0:
        if (k == T_STAR) return NB_MUL;
        if (k == T_SLASH) return NB_TRUEDIV;
        if (k == T_DOUBLESLASH) return NB_FLOORDIV;
        if (k == T_PERCENT) return NB_MOD;
        if (k == T_AT) return NB_MATMUL;
        return -1;
    case 1:
        if (k == T_PLUS) return NB_ADD;
        if (k == T_MINUS) return NB_SUB;
        return -1;
    case 2:
        if (k == T_LEFTSHIFT) return NB_LSHIFT;
        if (k == T_RIGHTSHIFT) return NB_RSHIFT;
        return -1;
    case 3: return k == T_AMPER ? NB_AND : -1;
    case 4: return k == T_CIRCUMFLEX ? NB_XOR : -1;
    case 5: return k == T_VBAR ? NB_OR : -1;
    }
    return -1;
}

/* Left-associative binary levels: 0 term .. 5 bitwise_or. */
static Node *
binary_level(Parser *p, int level)
{
    Token *st = cur(p);
    Node *left = level == 0 ? factor(p) : binary_level(p, level - 1);
    while (left) {
        int op = binop_of(kind(p), level);
        if (op < 0)
            break;
        advance(p);
        Node *right = level == 0 ? factor(p) : binary_level(p, level - 1);
        if (!right)
            return NULL;
        Node *b = node_at(p, N_BinOp, st);
        b->a = left;
        b->op = (int16_t)op;
        b->b = right;
        finish(p, b);
        left = b;
    }
    return left;
}

static Node *
bitwise_or(Parser *p)
{
    if (!enter(p))
        return NULL;
    Node *n = binary_level(p, 5);
    p->depth--;
    return n;
}

static int
compare_op(Parser *p)
{
    switch (kind(p)) {
    case T_LESS: advance(p); return CMP_LT;
    case T_LESSEQUAL: advance(p); return CMP_LE;
    case T_EQEQUAL: advance(p); return CMP_EQ;
    case T_NOTEQUAL: advance(p); return CMP_NE;
    case T_GREATER: advance(p); return CMP_GT;
    case T_GREATEREQUAL: advance(p); return CMP_GE;
    case T_KW_IN: advance(p); return CMPOP_IN;
    case T_KW_NOT:
        if (peek_kind(p, 1) == T_KW_IN) {
            advance(p);
            advance(p);
            return CMPOP_NOTIN;
        }
        return -1;
    case T_KW_IS:
        advance(p);
        if (accept(p, T_KW_NOT))
            return CMPOP_ISNOT;
        return CMPOP_IS;
    default: return -1;
    }
}

static Node *
comparison(Parser *p)
{
    Token *st = cur(p);
    Node *left = bitwise_or(p);
    if (!left)
        return NULL;
    int op = compare_op(p);
    if (op < 0)
        return left;
    Node *c = node_at(p, N_Compare, st);
    c->a = left;
    int nops = 0, cap = 4;
    c->ops = arena_alloc(p->arena, sizeof(int) * (size_t)cap);
    while (op >= 0) {
        Node *right = bitwise_or(p);
        if (!right)
            return NULL;
        if (nops == cap) {
            int *n = arena_alloc(p->arena, sizeof(int) * (size_t)cap * 2);
            memcpy(n, c->ops, sizeof(int) * (size_t)cap);
            c->ops = n;
            cap *= 2;
        }
        c->ops[nops++] = op;
        ast_append(p->arena, &c->l1, right);
        finish(p, c);
        op = compare_op(p);
    }
    return c;
}

static Node *
inversion(Parser *p)
{
    if (kind(p) == T_KW_NOT) {
        Token *t = advance(p);
        if (!enter(p))
            return NULL;
        Node *operand = inversion(p);
        p->depth--;
        if (!operand)
            return NULL;
        Node *u = node_at(p, N_UnaryOp, t);
        u->op = UOP_NOT;
        u->a = operand;
        finish(p, u);
        return u;
    }
    return comparison(p);
}

static Node *
boolop_level(Parser *p, int is_or)
{
    Token *st = cur(p);
    Node *first = is_or ? boolop_level(p, 0) : inversion(p);
    if (!first)
        return NULL;
    int k = is_or ? T_KW_OR : T_KW_AND;
    if (kind(p) != k)
        return first;
    Node *b = node_at(p, N_BoolOp, st);
    b->op = (int16_t)is_or;
    ast_append(p->arena, &b->l1, first);
    while (accept(p, k)) {
        Node *n = is_or ? boolop_level(p, 0) : inversion(p);
        if (!n)
            return NULL;
        ast_append(p->arena, &b->l1, n);
        finish(p, b);
    }
    return b;
}

static Node *
disjunction(Parser *p)
{
    return boolop_level(p, 1);
}

static Node *parameters(Parser *p, int closing, bool lambda);

static Node *
lambdef(Parser *p)
{
    Token *t = advance(p);
    Node *args = parameters(p, T_COLON, true);
    if (!args || !expect(p, T_COLON))
        return NULL;
    Node *body = expression(p);
    if (!body)
        return NULL;
    Node *l = node_at(p, N_Lambda, t);
    l->a = args;
    l->b = body;
    finish(p, l);
    return l;
}

static Node *
expression(Parser *p)
{
    if (kind(p) == T_KW_LAMBDA)
        return lambdef(p);
    if (!enter(p))
        return NULL;
    Token *st = cur(p);
    Node *body = disjunction(p);
    if (body && kind(p) == T_KW_IF) {
        advance(p);
        Node *test = disjunction(p);
        if (!test) {
            p->depth--;
            return NULL;
        }
        if (!accept(p, T_KW_ELSE)) {
            p->depth--;
            return error_range(p, &SyntaxErrorType, body->line, body->col, test->end_line,
                               test->end_col, "expected 'else' after 'if' expression");
        }
        Node *orelse = expression(p);
        if (!orelse) {
            p->depth--;
            return NULL;
        }
        Node *e = node_at(p, N_IfExp, st);
        e->a = test;
        e->b = body;
        e->c = orelse;
        finish(p, e);
        body = e;
    }
    p->depth--;
    return body;
}

static Node *
named_expression(Parser *p)
{
    return named_expression_ex(p, true);
}

/* CPython's invalid_named_expression hints for `x = 1` where an expression
 * is expected (not in call arguments, which have their own rules). */
static Node *
assign_in_expression(Parser *p, Node *e)
{
    int save = p->pos;
    advance(p);
    p->speculative++;
    Node *b = bitwise_or(p);
    bool ok = b && !p->failed && kind(p) != T_EQUAL && kind(p) != T_COLONEQUAL;
    p->speculative--;
    if (p->lx->failed)
        return NULL;
    p->failed = false;
    p->pos = save;
    if (!ok)
        return e;
    if (e->kind == N_Name)
        return error_range(p, &SyntaxErrorType, e->line, e->col, b->end_line, b->end_col,
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (hint_kind(e))
        return error_range(p, &SyntaxErrorType, e->line, e->col, e->end_line, e->end_col,
                           "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           parse_expr_name(e));
    return e;
}

static Node *
named_expression_ex(Parser *p, bool hints)
{
    if (kind(p) == T_NAME && peek_kind(p, 1) == T_COLONEQUAL) {
        Token *t = advance(p);
        advance(p);
        Node *v = expression(p);
        if (!v)
            return NULL;
        Node *target = name_node(p, t);
        target->ctx = CTX_STORE;
        Node *n = node_at(p, N_NamedExpr, t);
        n->a = target;
        n->b = v;
        finish(p, n);
        return n;
    }
    Node *e = expression(p);
    if (e && hints && kind(p) == T_EQUAL)
        return assign_in_expression(p, e);
    if (e && kind(p) == T_COLONEQUAL) {
        if (!hints || !starts_expression(peek_kind(p, 1)))
            return invalid_syntax(p);
        return error_range(p, &SyntaxErrorType, e->line, e->col, e->end_line, e->end_col,
                           "cannot use assignment expressions with %s", parse_expr_name(e));
    }
    return e;
}

static Node *
star_expression(Parser *p)
{
    return starred_or(p, expression);
}

static bool
ends_expr_list(int k)
{
    return k == T_NEWLINE || k == T_EQUAL || k == T_SEMI || k == T_RPAR || k == T_COLON ||
           k == T_EOF || k == T_RSQB || k == T_RBRACE || (k >= T_PLUSEQUAL && k <= T_DOUBLESLASHEQUAL) ||
           k == T_ATEQUAL || k == T_KW_IN;
}

/* star_expressions: a tuple when there is a comma. */
static Node *
star_expressions(Parser *p)
{
    Token *st = cur(p);
    Node *first = star_expression(p);
    if (!first || kind(p) != T_COMMA)
        return first;
    Node *t = node_at(p, N_Tuple, st);
    ast_append(p->arena, &t->l1, first);
    while (accept(p, T_COMMA)) {
        if (ends_expr_list(kind(p)))
            break;
        Node *e = star_expression(p);
        if (!e)
            return NULL;
        ast_append(p->arena, &t->l1, e);
    }
    return finish(p, t);
}

/* Targets of for / comprehensions: star_targets, parsed at bitwise_or level. */
static Node *
star_targets(Parser *p)
{
    Node *t0 = NULL;
    Token *start = cur(p);
    Node *e = starred_or(p, bitwise_or);
    if (!e)
        return NULL;
    if (kind(p) != T_COMMA)
        return e;
    t0 = node_at(p, N_Tuple, start);
    ast_append(p->arena, &t0->l1, e);
    while (accept(p, T_COMMA)) {
        if (kind(p) == T_KW_IN || kind(p) == T_EQUAL)
            break;
        e = starred_or(p, bitwise_or);
        if (!e)
            return NULL;
        ast_append(p->arena, &t0->l1, e);
    }
    return finish(p, t0);
}

static Node *
comprehension_tail(Parser *p, NodeKind k, Node *elt, Node *value, Token *open)
{
    if (elt && elt->kind == N_Starred)
        return error_node(p, elt, "iterable unpacking cannot be used in comprehension");
    Node *c = open ? node_at(p, k, open) : node_from(p, k, elt);
    c->a = elt;
    c->b = value;
    while (kind(p) == T_KW_FOR) {
        Token *ft = advance(p);
        Node *gen = node_at(p, N_Comprehension, ft);
        Node *target = star_targets(p);
        if (!target || !to_target(p, target, CTX_STORE, false))
            return NULL;
        if (kind(p) != T_KW_IN)
            return invalid_syntax(p);
        advance(p);
        Node *iter = disjunction(p);
        if (!iter)
            return NULL;
        gen->a = target;
        gen->b = iter;
        while (kind(p) == T_KW_IF) {
            advance(p);
            Node *cond = disjunction(p);
            if (!cond)
                return NULL;
            ast_append(p->arena, &gen->l1, cond);
        }
        finish(p, gen);
        ast_append(p->arena, &c->l1, gen);
    }
    if (open) {
        int close = open->kind == T_LPAR ? T_RPAR : open->kind == T_LSQB ? T_RSQB : T_RBRACE;
        if (kind(p) != close) {
            return invalid_syntax(p);
        }
        advance(p);
    }
    return finish(p, c);
}

static Node *
yield_expr(Parser *p)
{
    Token *t = advance(p);
    if (accept(p, T_KW_FROM)) {
        Node *v = expression(p);
        if (!v)
            return NULL;
        Node *y = node_at(p, N_YieldFrom, t);
        y->a = v;
        finish(p, y);
        return y;
    }
    Node *y = node_at(p, N_Yield, t);
    if (!ends_expr_list(kind(p)) || kind(p) == T_KW_IN) {
        y->a = star_expressions(p);
        if (!y->a)
            return NULL;
        finish(p, y);
    }
    return y;
}

/* ---- parameters ---- */

static Node *
param(Parser *p, bool lambda)
{
    Token *t = cur(p);
    if (t->kind != T_NAME)
        return invalid_syntax(p);
    advance(p);
    Node *a = node_at(p, N_Arg, t);
    a->name = tok_ident(p, t);
    if (!lambda && accept(p, T_COLON)) {
        a->a = expression(p);
        if (!a->a)
            return NULL;
        finish(p, a);
    }
    return a;
}

static bool
dup_param(Parser *p, Node *args, Node *a)
{
    NodeList *lists[2] = {&args->l1, &args->l2};
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->n; i++)
            if (lists[l]->items[i]->name == a->name)
                goto dup;
    if ((args->a && args->a->name == a->name) || (args->b && args->b->name == a->name))
        goto dup;
    return false;
dup:
    error_range(p, &SyntaxErrorType, a->line, a->col, a->line, a->col + (int)strlen(a->name),
                "duplicate argument '%s' in function definition", a->name);
    return true;
}

static Node *
parameters(Parser *p, int closing, bool lambda)
{
    Node *args = node_at(p, N_Arguments, cur(p));
    bool star = false, slash = false;
    Token *startok = NULL;
    while (kind(p) != closing) {
        Token *t = cur(p);
        if (args->b)
            return error_tok(p, t, "arguments cannot follow var-keyword argument");
        if (t->kind == T_SLASH) {
            if (slash || star || args->l1.n == 0)
                return error_tok(p, t, slash ? "/ may appear only once"
                                             : star ? "/ must be ahead of *"
                                                    : "at least one argument must precede /");
            advance(p);
            slash = true;
            args->flag = args->l1.n;
        } else if (t->kind == T_STAR) {
            if (star)
                return error_tok(p, t, "* argument may appear only once");
            startok = advance(p);
            star = true;
            if (kind(p) == T_COMMA || kind(p) == closing) {
                if (kind(p) == closing || peek_kind(p, 1) == closing)
                    return error_tok(p, t, "named arguments must follow bare *");
            } else {
                Node *a = param(p, lambda);
                if (!a || dup_param(p, args, a))
                    return NULL;
                args->a = a;
            }
        } else if (t->kind == T_DOUBLESTAR) {
            advance(p);
            Node *a = param(p, lambda);
            if (!a || dup_param(p, args, a))
                return NULL;
            args->b = a;
        } else {
            Node *a = param(p, lambda);
            if (!a || dup_param(p, args, a))
                return NULL;
            Node *def = NULL;
            if (accept(p, T_EQUAL)) {
                def = expression(p);
                if (!def)
                    return NULL;
            }
            if (star) {
                a->b = def;
                ast_append(p->arena, &args->l2, a);
            } else {
                if (!def && args->l3.n > 0)
                    return error_node(p, a, "non-default argument follows default argument");
                if (def)
                    ast_append(p->arena, &args->l3, def);
                ast_append(p->arena, &args->l1, a);
            }
        }
        if (!accept(p, T_COMMA))
            break;
    }
    if (star && !args->a && args->l2.n == 0)
        return error_tok(p, startok, "named arguments must follow bare *");
    return args;
}

/* ---- statements ---- */

static Node *
simple_target_assign(Parser *p, Node *first, Token *start)
{
    /* first = star_expressions already parsed; kind(p) is '=' */
    NodeList targets = {0};
    Node *value = first;
    while (kind(p) == T_EQUAL) {
        advance(p);
        ast_append(p->arena, &targets, value);
        if (kind(p) == T_KW_YIELD)
            value = yield_expr(p);
        else
            value = star_expressions(p);
        if (!value)
            return NULL;
    }
    bool single = targets.n == 1;
    for (int i = 0; i < targets.n; i++)
        if (!to_target(p, targets.items[i], CTX_STORE, single))
            return NULL;
    Node *a = node_at(p, N_Assign, start);
    a->l1 = targets;
    a->a = value;
    return finish(p, a);
}

static int
augassign_op(int k)
{
    switch (k) {
    case T_PLUSEQUAL: return NB_ADD;
    case T_MINEQUAL: return NB_SUB;
    case T_STAREQUAL: return NB_MUL;
    case T_SLASHEQUAL: return NB_TRUEDIV;
    case T_PERCENTEQUAL: return NB_MOD;
    case T_AMPEREQUAL: return NB_AND;
    case T_VBAREQUAL: return NB_OR;
    case T_CIRCUMFLEXEQUAL: return NB_XOR;
    case T_LEFTSHIFTEQUAL: return NB_LSHIFT;
    case T_RIGHTSHIFTEQUAL: return NB_RSHIFT;
    case T_DOUBLESTAREQUAL: return NB_POW;
    case T_DOUBLESLASHEQUAL: return NB_FLOORDIV;
    case T_ATEQUAL: return NB_MATMUL;
    default: return -1;
    }
}

static Node *
expr_or_assign_stmt(Parser *p)
{
    Token *start = cur(p);
    Node *first;
    if (kind(p) == T_KW_YIELD)
        first = yield_expr(p);
    else
        first = star_expressions(p);
    if (!first)
        return NULL;
    int k = kind(p);
    if (k == T_EQUAL)
        return simple_target_assign(p, first, start);
    if (k == T_COLONEQUAL && first->kind != N_Name && starts_expression(peek_kind(p, 1)))
        return error_range(p, &SyntaxErrorType, first->line, first->col, first->end_line,
                           first->end_col, "cannot use assignment expressions with %s",
                           parse_expr_name(first));
    int op = augassign_op(k);
    if (op >= 0) {
        if (first->kind != N_Name && first->kind != N_Attribute && first->kind != N_Subscript)
            return error_range(p, &SyntaxErrorType, first->line, first->col, first->end_line,
                               first->end_col, "'%s' is an illegal expression for augmented assignment",
                               parse_expr_name(first));
        advance(p);
        Node *value = kind(p) == T_KW_YIELD ? yield_expr(p) : star_expressions(p);
        if (!value)
            return NULL;
        set_ctx(first, CTX_STORE);
        Node *a = node_at(p, N_AugAssign, start);
        a->a = first;
        a->op = (int16_t)op;
        a->b = value;
        return finish(p, a);
    }
    if (k == T_COLON) {
        bool valid = first->kind == N_Name || first->kind == N_Attribute ||
                     first->kind == N_Subscript;
        if (!starts_expression(peek_kind(p, 1))) {
            /* CPython's first pass stops at ':' for a bad target, after it otherwise */
            if (valid)
                advance(p);
            return invalid_syntax(p);
        }
        if (first->kind == N_Tuple)
            return error_node(p, first->l1.items[0],
                              "only single target (not tuple) can be annotated");
        if (first->kind != N_Name && first->kind != N_Attribute && first->kind != N_Subscript)
            return error_node(p, first, "illegal target for annotation");
        advance(p);
        Node *ann = expression(p);
        if (!ann)
            return NULL;
        Node *a = node_at(p, N_AnnAssign, start);
        set_ctx(first, CTX_STORE);
        a->a = first;
        a->b = ann;
        a->flag = first->kind == N_Name && start->kind != T_LPAR;
        if (accept(p, T_EQUAL)) {
            a->c = kind(p) == T_KW_YIELD ? yield_expr(p) : star_expressions(p);
            if (!a->c)
                return NULL;
        }
        return finish(p, a);
    }
    if (first->kind == N_Name && k == T_STRING && strcmp(first->name, "print") == 0)
        return error_range(p, &SyntaxErrorType, first->line, first->col, first->end_line,
                           first->end_col + 1 + (int)cur(p)->len,
                           "Missing parentheses in call to 'print'. Did you mean print(...)?");
    Node *e = node_at(p, N_Expr, start);
    finish(p, e);
    e->a = first;
    return e;
}

static Node *
dotted_name(Parser *p, Token **endtok)
{
    Token *t = cur(p);
    if (t->kind != T_NAME)
        return invalid_syntax(p);
    advance(p);
    Buf b = {0};
    buf_add(&b, t->start, t->len);
    while (kind(p) == T_DOT && peek_kind(p, 1) == T_NAME) {
        advance(p);
        Token *n = advance(p);
        buf_addc(&b, '.');
        buf_add(&b, n->start, n->len);
    }
    Node *a = node_at(p, N_Alias, t);
    a->name = arena_ident(p->arena, b.data, b.len);
    free(b.data);
    finish(p, a);
    (void)endtok;
    return a;
}

/* The NAME token here, consumed; NULL (invalid syntax raised) when there is none. */
static Token *
expect_name(Parser *p)
{
    Token *n = cur(p);
    if (n->kind != T_NAME) {
        invalid_syntax(p);
        return NULL;
    }
    advance(p);
    return n;
}

/* The optional `as NAME` of an import alias, into a->name2; false on error. */
static bool
alias_as(Parser *p, Node *a)
{
    if (!accept(p, T_KW_AS))
        return true;
    Token *n = expect_name(p);
    if (!n)
        return false;
    a->name2 = tok_ident(p, n);
    finish(p, a);
    return true;
}

static Node *
import_stmt(Parser *p)
{
    Token *start = advance(p);
    Node *imp = node_at(p, N_Import, start);
    do {
        Node *a = dotted_name(p, NULL);
        if (!a)
            return NULL;
        if (!alias_as(p, a))
            return NULL;
        ast_append(p->arena, &imp->l1, a);
    } while (accept(p, T_COMMA));
    return finish(p, imp);
}

static Node *
from_import_stmt(Parser *p)
{
    Token *start = advance(p);
    Node *imp = node_at(p, N_ImportFrom, start);
    int level = 0;
    while (kind(p) == T_DOT || kind(p) == T_ELLIPSIS)
        level += advance(p)->kind == T_DOT ? 1 : 3;
    imp->flag = level;
    if (kind(p) != T_KW_IMPORT) {
        Node *m = dotted_name(p, NULL);
        if (!m)
            return NULL;
        imp->name = m->name;
    }
    if (!expect(p, T_KW_IMPORT))
        return NULL;
    if (kind(p) == T_STAR) {
        Token *st = advance(p);
        Node *a = node_at(p, N_Alias, st);
        a->name = arena_ident(p->arena, "*", 1);
        ast_append(p->arena, &imp->l1, a);
        return finish(p, imp);
    }
    bool paren = accept(p, T_LPAR);
    do {
        if (paren && kind(p) == T_RPAR)
            break;
        Token *n = cur(p);
        if (!paren && n->kind == T_NEWLINE && prev_tok(p)->kind == T_COMMA)
            return error_tok(p, n, "trailing comma not allowed without surrounding parentheses");
        if (!expect_name(p))
            return NULL;
        Node *a = node_at(p, N_Alias, n);
        a->name = tok_ident(p, n);
        if (!alias_as(p, a))
            return NULL;
        ast_append(p->arena, &imp->l1, a);
    } while (accept(p, T_COMMA));
    if (paren && !expect(p, T_RPAR))
        return NULL;
    if (!paren && prev_tok(p)->kind == T_COMMA)
        return error_tok(p, prev_tok(p), "trailing comma not allowed without surrounding parentheses");
    return finish(p, imp);
}

static Node *
name_list_stmt(Parser *p, NodeKind k)
{
    Token *start = advance(p);
    Node *s = node_at(p, k, start);
    do {
        Token *t = expect_name(p);
        if (!t)
            return NULL;
        ast_append(p->arena, &s->l1, name_node(p, t));
    } while (accept(p, T_COMMA));
    return finish(p, s);
}

/* s->a = expression, then s->b = expression after an optional `sep` token:
 * raise X [from Y], assert X [, msg]. */
static bool
expr_then_optional(Parser *p, Node *s, int sep)
{
    s->a = expression(p);
    if (!s->a)
        return false;
    if (accept(p, sep)) {
        s->b = expression(p);
        if (!s->b)
            return false;
    }
    return true;
}

static Node *
simple_stmt(Parser *p)
{
    Token *t = cur(p);
    Node *s;
    switch (t->kind) {
    case T_KW_PASS: advance(p); return node_at(p, N_Pass, t);
    case T_KW_BREAK: advance(p); return node_at(p, N_Break, t);
    case T_KW_CONTINUE: advance(p); return node_at(p, N_Continue, t);
    case T_KW_RETURN:
        advance(p);
        s = node_at(p, N_Return, t);
        if (!ends_expr_list(kind(p))) {
            s->a = star_expressions(p);
            if (!s->a)
                return NULL;
        }
        return finish(p, s);
    case T_KW_RAISE:
        advance(p);
        s = node_at(p, N_Raise, t);
        if (!ends_expr_list(kind(p)) && !expr_then_optional(p, s, T_KW_FROM))
            return NULL;
        return finish(p, s);
    case T_KW_GLOBAL: return name_list_stmt(p, N_Global);
    case T_KW_NONLOCAL: return name_list_stmt(p, N_Nonlocal);
    case T_KW_DEL: {
        advance(p);
        s = node_at(p, N_Delete, t);
        do {
            if (ends_expr_list(kind(p)) && s->l1.n > 0)
                break;
            Node *e = starred_or(p, bitwise_or);
            if (!e || !to_target(p, e, CTX_DEL, false))
                return NULL;
            ast_append(p->arena, &s->l1, e);
        } while (accept(p, T_COMMA));
        return finish(p, s);
    }
    case T_KW_ASSERT:
        advance(p);
        s = node_at(p, N_Assert, t);
        if (!expr_then_optional(p, s, T_COMMA))
            return NULL;
        return finish(p, s);
    case T_KW_IMPORT: return import_stmt(p);
    case T_KW_FROM: return from_import_stmt(p);
    default: return expr_or_assign_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int
simple_stmts(Parser *p, NodeList *out)
{
    for (;;) {
        Node *s = simple_stmt(p);
        if (!s)
            return -1;
        if (s->kind == N_AugAssign && s->a == NULL)
            return -1;
        ast_append(p->arena, out, s);
        if (!accept(p, T_SEMI))
            break;
        if (kind(p) == T_NEWLINE)
            break;
    }
    if (kind(p) != T_NEWLINE) {
        Node *last = out->items[out->n - 1];
        if (starts_expression(kind(p)) && last->kind == N_Expr && p->lx->depth == 0)
            return invalid_syntax(p), -1;
        return invalid_syntax(p), -1;
    }
    advance(p);
    return 0;
}

static int
block(Parser *p, NodeList *body, const char *what, Token *kwtok)
{
    if (kind(p) == T_NEWLINE) {
        advance(p);
        if (kind(p) != T_INDENT) {
            Token *t = cur(p);
            if (t->kind == T_EOF || t->kind == T_DEDENT || t->kind == T_NEWLINE) {
                /* DEDENT: the next statement's line; EOF sits after the last newline */
                int l = t->kind == T_DEDENT ? t->line : t->line > 1 ? t->line - 1 : 1;
                error_range(p, &IndentationErrorType, l, -1, l, -2,
                            "expected an indented block after %s on line %d", what, kwtok->line);
                return -1;
            }
            error_range(p, &IndentationErrorType, t->line, t->col, t->line,
                        t->kind == T_NAME || (t->kind >= T_KW_FALSE) ? t->end_col : t->col,
                        "expected an indented block after %s on line %d", what, kwtok->line);
            return -1;
        }
        advance(p);
        while (kind(p) != T_DEDENT && kind(p) != T_EOF) {
            if (!statement_list(p, body))
                return -1;
        }
        if (p->failed)
            return -1;
        advance(p);
        return 0;
    }
    return simple_stmts(p, body);
}

static Node *compound_stmt(Parser *p, NodeList *decorators);

/* `if x = 3:` gets CPython's hints instead of "expected ':'". */
static Node *
condition(Parser *p)
{
    Node *e = named_expression(p);
    if (!e || kind(p) != T_EQUAL)
        return e;
    if (e->kind == N_Name) {
        int save = p->pos;
        advance(p);
        Node *b = bitwise_or(p);
        if (b && kind(p) != T_EQUAL && kind(p) != T_COLONEQUAL)
            return error_range(p, &SyntaxErrorType, e->line, e->col, b->end_line, b->end_col,
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        p->pos = save;
        return e;
    }
    bool excluded = e->kind == N_List || e->kind == N_Tuple || e->kind == N_GeneratorExp ||
                    (e->kind == N_Constant &&
                     (e->value == V_TRUE || e->value == V_FALSE || e->value == V_NONE));
    if (!excluded)
        return error_range(p, &SyntaxErrorType, e->line, e->col, e->end_line, e->end_col,
                           "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           parse_expr_name(e));
    return e;
}

static Node *
if_stmt(Parser *p, bool is_elif)
{
    Token *t = advance(p);
    Node *s = node_at(p, N_If, t);
    s->a = condition(p);
    if (!s->a || !expect_colon(p, false))
        return NULL;
    if (block(p, &s->l1, is_elif ? "'elif' statement" : "'if' statement", t) < 0)
        return NULL;
    finish(p, s);
    if (kind(p) == T_KW_ELIF) {
        Node *e = if_stmt(p, true);
        if (!e)
            return NULL;
        ast_append(p->arena, &s->l2, e);
        finish(p, s);
    } else if (kind(p) == T_KW_ELSE) {
        Token *et = advance(p);
        if (!expect_colon(p, true) || block(p, &s->l2, "'else' statement", et) < 0)
            return NULL;
        finish(p, s);
    }
    return s;
}

/* The optional `else:` block of while / for, into s->l2; false on error. */
static bool
loop_else(Parser *p, Node *s)
{
    if (kind(p) != T_KW_ELSE)
        return true;
    Token *et = advance(p);
    return expect_colon(p, true) && block(p, &s->l2, "'else' statement", et) >= 0;
}

static Node *
while_stmt(Parser *p)
{
    Token *t = advance(p);
    Node *s = node_at(p, N_While, t);
    s->a = condition(p);
    if (!s->a || !expect_colon(p, false) || block(p, &s->l1, "'while' statement", t) < 0)
        return NULL;
    if (!loop_else(p, s))
        return NULL;
    return finish(p, s);
}

static Node *
for_stmt(Parser *p)
{
    Token *t = advance(p);
    Node *s = node_at(p, N_For, t);
    Node *target = star_targets(p);
    if (!target || !to_target(p, target, CTX_STORE, false))
        return NULL;
    if (kind(p) != T_KW_IN)
        return invalid_syntax(p);
    advance(p);
    s->a = target;
    s->b = star_expressions(p);
    if (!s->b || !expect_colon(p, false) || block(p, &s->l1, "'for' statement", t) < 0)
        return NULL;
    if (!loop_else(p, s))
        return NULL;
    return finish(p, s);
}

static Node *
with_item(Parser *p)
{
    Node *w = node_at(p, N_WithItem, cur(p));
    w->a = expression(p);
    if (!w->a)
        return NULL;
    if (accept(p, T_KW_AS)) {
        Node *target = bitwise_or(p);
        if (!target || !to_target(p, target, CTX_STORE, false))
            return NULL;
        w->b = target;
    }
    return finish(p, w);
}

static Node *
with_stmt(Parser *p)
{
    Token *t = advance(p);
    Node *s = node_at(p, N_With, t);
    /* parenthesized form: with (a as b, c): */
    bool paren = false;
    if (kind(p) == T_LPAR) {
        int save = p->pos;
        int depth = 0, i = p->pos;
        for (;; i++) {
            int k = tok_at(p, i)->kind;
            if (k == T_LPAR)
                depth++;
            else if (k == T_RPAR && --depth == 0)
                break;
            else if (k == T_EOF || k == T_NEWLINE)
                break;
        }
        if (tok_at(p, i)->kind == T_RPAR && tok_at(p, i + 1)->kind == T_COLON) {
            for (int j = save + 1; j < i; j++)
                if (tok_at(p, j)->kind == T_KW_AS)
                    paren = true;
        }
        if (paren)
            advance(p);
    }
    do {
        if (paren && kind(p) == T_RPAR)
            break;
        Node *w = with_item(p);
        if (!w)
            return NULL;
        ast_append(p->arena, &s->l1, w);
    } while (accept(p, T_COMMA));
    if (paren && !expect(p, T_RPAR))
        return NULL;
    if (!expect_colon(p, false) || block(p, &s->l2, "'with' statement", t) < 0)
        return NULL;
    return finish(p, s);
}

static Node *
try_stmt(Parser *p)
{
    Token *t = advance(p);
    Node *s = node_at(p, N_Try, t);
    if (!expect_colon(p, true) || block(p, &s->l1, "'try' statement", t) < 0)
        return NULL;
    while (kind(p) == T_KW_EXCEPT) {
        Token *et = advance(p);
        Node *h = node_at(p, N_ExceptHandler, et);
        if (kind(p) == T_STAR)
            return error_tok(p, cur(p), "except* is not supported");
        if (kind(p) != T_COLON) {
            h->a = expression(p);
            if (!h->a)
                return NULL;
            if (kind(p) == T_COMMA) {
                Node *tup = node_from(p, N_Tuple, h->a);
                ast_append(p->arena, &tup->l1, h->a);
                while (accept(p, T_COMMA)) {
                    Node *e = expression(p);
                    if (!e)
                        return NULL;
                    ast_append(p->arena, &tup->l1, e);
                }
                finish(p, tup);
                if (kind(p) == T_COLON || kind(p) == T_KW_AS)
                    return error_range(p, &SyntaxErrorType, tup->line, tup->col, tup->end_line,
                                       tup->end_col, "multiple exception types must be parenthesized");
                h->a = tup;
            }
            if (accept(p, T_KW_AS)) {
                Token *n = expect_name(p);
                if (!n)
                    return NULL;
                h->name = tok_ident(p, n);
            }
        }
        if (!expect_colon(p, false) || block(p, &h->l1, "'except' statement", et) < 0)
            return NULL;
        finish(p, h);
        ast_append(p->arena, &s->l2, h);
    }
    if (kind(p) == T_KW_ELSE) {
        if (s->l2.n == 0)
            return invalid_syntax(p);
        Token *et = advance(p);
        if (!expect_colon(p, true) || block(p, &s->l3, "'else' statement", et) < 0)
            return NULL;
    }
    if (kind(p) == T_KW_FINALLY) {
        Token *ft = advance(p);
        if (!expect_colon(p, true) || block(p, &s->l4, "'finally' statement", ft) < 0)
            return NULL;
    }
    if (s->l2.n == 0 && s->l4.n == 0) {
        Token *c = cur(p);
        if (c->kind == T_EOF || c->kind == T_DEDENT) {
            Token *last = prev_tok(p);
            for (int i = p->pos - 1; i > 0 && (last->kind == T_NEWLINE || last->kind == T_DEDENT); i--)
                last = tok_at(p, i - 1);
            /* file-mode CPython reports offset 0 here */
            return error_range(p, &SyntaxErrorType, last->end_line, -1, last->end_line, -2,
                               "expected 'except' or 'finally' block");
        }
        return error_range(p, &SyntaxErrorType, c->line, c->col, c->end_line, c->end_col,
                           "expected 'except' or 'finally' block");
    }
    return finish(p, s);
}

static Node *
funcdef(Parser *p, NodeList *decorators)
{
    Token *t = advance(p);
    Token *n = expect_name(p);
    if (!n)
        return NULL;
    if (kind(p) != T_LPAR)
        return error_tok(p, cur(p), "expected '('");
    advance(p);
    Node *args = parameters(p, T_RPAR, false);
    if (!args || !expect(p, T_RPAR))
        return NULL;
    Node *f = node_at(p, N_FunctionDef, t);
    f->name = tok_ident(p, n);
    f->a = args;
    if (accept(p, T_RARROW)) {
        f->b = expression(p);
        if (!f->b)
            return NULL;
    }
    if (!expect_colon(p, true))
        return NULL;
    p->func_depth++;
    int rc = block(p, &f->l1, "function definition", t);
    p->func_depth--;
    if (rc < 0)
        return NULL;
    if (decorators)
        f->l2 = *decorators;
    return finish(p, f);
}

static Node *
classdef(Parser *p, NodeList *decorators)
{
    Token *t = advance(p);
    Token *n = expect_name(p);
    if (!n)
        return NULL;
    Node *c = node_at(p, N_ClassDef, t);
    c->name = tok_ident(p, n);
    if (kind(p) == T_LPAR) {
        Node *tmp = node_at(p, N_Name, n);
        Node *call = call_args(p, tmp, true, n);
        if (!call)
            return NULL;
        c->l3 = call->l1;
        c->l4 = call->l2;
    }
    if (!expect_colon(p, false))
        return NULL;
    if (block(p, &c->l1, "class definition", t) < 0)
        return NULL;
    if (decorators)
        c->l2 = *decorators;
    return finish(p, c);
}

static Node *
decorated(Parser *p)
{
    NodeList decos = {0};
    while (kind(p) == T_AT) {
        advance(p);
        Node *d = named_expression(p);
        if (!d || !expect(p, T_NEWLINE))
            return NULL;
        ast_append(p->arena, &decos, d);
    }
    if (kind(p) == T_KW_DEF)
        return funcdef(p, &decos);
    if (kind(p) == T_KW_CLASS)
        return classdef(p, &decos);
    return invalid_syntax(p);
}

static Node *
compound_stmt(Parser *p, NodeList *decorators)
{
    switch (kind(p)) {
    case T_KW_IF: return if_stmt(p, false);
    case T_KW_WHILE: return while_stmt(p);
    case T_KW_FOR: return for_stmt(p);
    case T_KW_TRY: return try_stmt(p);
    case T_KW_WITH: return with_stmt(p);
    case T_KW_DEF: return funcdef(p, decorators);
    case T_KW_CLASS: return classdef(p, decorators);
    case T_AT: return decorated(p);
    default: return NULL;
    }
}

static bool
is_compound(int k)
{
    return k == T_KW_IF || k == T_KW_WHILE || k == T_KW_FOR || k == T_KW_TRY || k == T_KW_WITH ||
           k == T_KW_DEF || k == T_KW_CLASS || k == T_AT;
}

/* statement: compound_stmt | simple_stmts; appends to out. */
static Node *
statement_list(Parser *p, NodeList *out)
{
    int k = kind(p);
    if (p->failed)
        return NULL;
    if (!enter(p))
        return NULL;
    Node *r = NULL;
    if (is_compound(k)) {
        r = compound_stmt(p, NULL);
        if (r)
            ast_append(p->arena, out, r);
    } else if (k == T_INDENT || k == T_DEDENT || k == T_KW_ELSE || k == T_KW_ELIF ||
               k == T_KW_EXCEPT || k == T_KW_FINALLY) {
        r = invalid_syntax(p);
    } else if (simple_stmts(p, out) == 0) {
        r = out->items[out->n - 1];
    }
    p->depth--;
    return r;
}

/* ---- entry points ---- */

static Node *
parse_fstring_expr(Parser *p, const char *s, size_t n, int line, int col)
{
    /* parse "(expr)" so that newlines inside are ignored, as CPython does */
    char *src = malloc(n + 3);
    if (!src)
        abort();
    src[0] = '(';
    memcpy(src + 1, s, n);
    src[n + 1] = ')';
    src[n + 2] = '\0';
    char *ftext = malloc(n + 4);
    if (!ftext)
        abort();
    memcpy(ftext, src, n + 2);
    ftext[n + 2] = '\n';
    ftext[n + 3] = '\0';
    Lexer lx;
    if (lex_init(&lx, p->ts, src, n + 2, p->filename) < 0) {
        free(src);
        p->failed = true;
        return NULL;
    }
    free(src);
    lx.src = p->lx->src;
    lx.srclen = p->lx->srclen;
    lx.line_offset = line - 1;
    lx.col_offset = col - 1;
    Parser sub = *p;
    sub.lx = &lx;
    sub.pos = 0;
    sub.fstring = true;
    sub.ftext = ftext;
    sub.ftextlen = n + 3;
    sub.fline = line;
    sub.fcol = col;
    Node *e = NULL;
    if (kind(&sub) == T_LPAR) {
        advance(&sub);
        e = kind(&sub) == T_KW_YIELD ? yield_expr(&sub) : star_expressions(&sub);
        if (e && kind(&sub) == T_RPAR && peek_kind(&sub, 1) != T_RPAR) {
            advance(&sub);
            if (kind(&sub) != T_NEWLINE && kind(&sub) != T_EOF)
                e = invalid_syntax(&sub);
        } else if (e) {
            e = kind(&sub) == T_EQUAL ? error_tok(&sub, cur(&sub), "invalid syntax")
                                       : missing_comma(&sub, e);
        }
    }
    lex_free(&lx);
    free(ftext);
    if (!e)
        p->failed = true;
    return e;
}

Node *
parse_source(ThreadState *ts, Arena *arena, const char *src, size_t len, const char *filename,
             int mode)
{
    Lexer lx;
    if (lex_init(&lx, ts, src, len, filename) < 0)
        return NULL;
    Parser p = {0};
    p.ts = ts;
    p.arena = arena;
    p.lx = &lx;
    p.filename = filename;
    Node *root = NULL;
    if (mode == PARSE_EVAL) {
        root = ast_new(arena, N_Expression, 1, 0, 1, 0);
        while (kind(&p) == T_NEWLINE)
            advance(&p);
        if (kind(&p) == T_INDENT)
            advance(&p);
        root->a = star_expressions(&p);
        while (root->a && (kind(&p) == T_NEWLINE || kind(&p) == T_DEDENT))
            advance(&p);
        if (root->a && kind(&p) != T_EOF)
            invalid_syntax(&p);
    } else if (mode == PARSE_SINGLE) {
        /* one (simple or compound) statement, as CPython's "single" mode */
        root = ast_new(arena, N_Interactive, 1, 0, 1, 0);
        while (kind(&p) == T_NEWLINE)
            advance(&p);
        if (kind(&p) != T_EOF && statement_list(&p, &root->l1)) {
            Token *t = cur(&p);
            if (t->kind != T_EOF && t->kind != T_NEWLINE) {
                bool compound = root->l1.items[root->l1.n - 1]->kind >= N_FunctionDef &&
                                is_compound(tok_at(&p, 0)->kind);
                if (compound) {
                    invalid_syntax(&p);
                } else {
                    Token *nl = prev_tok(&p);
                    error_range(&p, &SyntaxErrorType, nl->line, nl->col, nl->line, nl->col,
                                "multiple statements found while compiling a single statement");
                }
            }
        }
    } else {
        root = ast_new(arena, N_Module, 1, 0, 1, 0);
        while (!p.failed && kind(&p) != T_EOF) {
            if (kind(&p) == T_NEWLINE) {
                advance(&p);
                continue;
            }
            if (!statement_list(&p, &root->l1))
                break;
        }
    }
    if (p.failed && !lx.failed && ts_has_exc(ts) && exc_matches(ts, &SyntaxErrorType)) {
        /* CPython tokenizes the rest of the source after a parser error and
         * reports a tokenizer error found there instead */
        Value parser_exc = exc_fetch(ts);
        int err_line = lx.ntoks > 0 ? lex_token(&lx, lx.ntoks - 1)->line : 1;
        for (int i = p.pos;; i++) {
            Token *t = lex_token(&lx, i);
            if (!t || t->kind == T_EOF)
                break;
        }
        bool take = lx.failed && ts_has_exc(ts) &&
                    (lx.err_kind == LEXERR_IMMEDIATE ||
                     (lx.err_kind == LEXERR_NEVER_CLOSED && lx.depth > 0 &&
                      err_line > lx.bracket_line[lx.depth - 1]));
        if (!take) {
            if (ts_has_exc(ts))
                exc_clear(ts);
            ts->exc = parser_exc;
        }
    }
    lex_free(&lx);
    if (p.failed) {
        if (!ts_has_exc(ts))
            exc_raise(ts, &SystemErrorType, "parser failed without an exception");
        return NULL;
    }
    return root;
}
