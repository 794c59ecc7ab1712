/* runtime/traceback.c: traceback objects and CPython 3.11's exception display.
 * SPDX-License-Identifier: MIT
 *
 * exc_print reproduces Python/pythonrun.c + Python/traceback.c of 3.11 byte
 * for byte: chained causes/contexts first, "Traceback (most recent call
 * last):", one `File "f", line n, in name` entry per frame with the source
 * line and, when useful, the caret line built from the instruction's
 * column positions, folding of recursive entries, SyntaxError's own
 * layout, then "Type: message" and __notes__.  CPython re-parses the failing
 * segment to find binary-operator and subscript anchors; we get the same
 * anchors from a small scanner over the segment's tokens (anchor_scan).
 * The whole text is built in a C buffer and written with one file.write().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "../modules/modules.h"

#define TB_RECURSIVE_CUTOFF 3
#define TB_DEFAULT_LIMIT 1000

/* ---- the traceback type ---- */

static void
tb_mark(GC *gc, Obj *o)
{
    TracebackObj *tb = (TracebackObj *)o;
    gc_mark(gc, tb->next);
    gc_mark(gc, tb->code);
    gc_mark(gc, tb->globals);
}

int
tb_lineno(TracebackObj *tb)
{
    if (tb->lineno < 0 && tb->code)
        tb->lineno = code_line_of((CodeObj *)val_as_obj(tb->code), tb->lasti);
    return tb->lineno;
}

static Value
g_tb_next(ThreadState *ts, Value self)
{
    Value n = ((TracebackObj *)val_as_obj(self))->next;
    return n ? n : V_NONE;
}

static int
s_tb_next(ThreadState *ts, Value self, Value v)
{
    if (!v) {
        exc_raise(ts, &TypeErrorType, "can't delete tb_next attribute");
        return -1;
    }
    if (v != V_NONE && !val_is(v, &TracebackType)) {
        exc_raise(ts, &TypeErrorType, "expected traceback object or None, got '%s'",
                  obj_type_name(v));
        return -1;
    }
    for (Value c = v; c && c != V_NONE; c = ((TracebackObj *)val_as_obj(c))->next) {
        if (c == self) {
            exc_raise(ts, &ValueErrorType, "traceback loop detected");
            return -1;
        }
    }
    ((TracebackObj *)val_as_obj(self))->next = v == V_NONE ? VNULL : v;
    return 0;
}

static Value
g_tb_lineno(ThreadState *ts, Value self)
{
    return val_from_int(tb_lineno((TracebackObj *)val_as_obj(self)));
}

static Value
g_tb_lasti(ThreadState *ts, Value self)
{
    /* CPython counts bytes of 2-byte code units. */
    return val_from_int(((TracebackObj *)val_as_obj(self))->lasti * 2);
}

/* tb_frame: frames are not kept after unwinding (PERFORMANCE-NOTES 2.5), so
 * this is a snapshot with the attributes scripts read from it. */
typedef struct FrameSnapObj {
    Obj base;
    Value code, globals;
    int32_t lineno;
} FrameSnapObj;

static void
fs_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((FrameSnapObj *)o)->code);
    gc_mark(gc, ((FrameSnapObj *)o)->globals);
}

static FrameSnapObj *
fs_self(Value v)
{
    return (FrameSnapObj *)val_as_obj(v);
}

static Value
g_f_code(ThreadState *ts, Value self)
{
    return fs_self(self)->code;
}

static Value
g_f_globals(ThreadState *ts, Value self)
{
    return fs_self(self)->globals ? fs_self(self)->globals : V_NONE;
}

static Value
g_f_locals(ThreadState *ts, Value self)
{
    CodeObj *co = (CodeObj *)val_as_obj(fs_self(self)->code);
    if (!(co->flags & CO_OPTIMIZED) && fs_self(self)->globals)
        return fs_self(self)->globals;
    return dict_new(ts);
}

static Value
g_f_lineno(ThreadState *ts, Value self)
{
    return val_from_int(fs_self(self)->lineno);
}

static Value
g_f_back(ThreadState *ts, Value self)
{
    return V_NONE;
}

static Value
g_f_builtins(ThreadState *ts, Value self)
{
    return ts->interp->builtins;
}

static const GetSetDef fs_getsets[] = {
    {"f_code", g_f_code, NULL},       {"f_globals", g_f_globals, NULL},
    {"f_locals", g_f_locals, NULL},   {"f_lineno", g_f_lineno, NULL},
    {"f_back", g_f_back, NULL},       {"f_builtins", g_f_builtins, NULL},
    {NULL},
};

static Value
fs_repr(ThreadState *ts, Value self)
{
    CodeObj *co = (CodeObj *)val_as_obj(fs_self(self)->code);
    return str_from_fmt(ts, "<frame at %p, file '%s', line %d, code %s>", (void *)val_as_obj(self),
                        co->filename ? str_cstr(co->filename) : "?", fs_self(self)->lineno,
                        co->name ? str_cstr(co->name) : "?");
}

static Type FrameSnapType = {.name = "frame", .parent = &ObjectType, .basicsize = sizeof(FrameSnapObj),
                      .mark = fs_mark, .repr = fs_repr, .getsets = fs_getsets};

static Value
g_tb_frame(ThreadState *ts, Value self)
{
    TracebackObj *tb = (TracebackObj *)val_as_obj(self);
    if (!tb->code)
        return V_NONE;
    if (!FrameSnapType.dict)
        type_ready(ts, &FrameSnapType);
    FrameSnapObj *f = gc_alloc(ts, &FrameSnapType, sizeof(FrameSnapObj));
    if (!f)
        return VNULL;
    f->code = tb->code;
    f->globals = tb->globals;
    f->lineno = tb_lineno(tb);
    return val_from_obj(f);
}

static const GetSetDef tb_getsets[] = {
    {"tb_next", g_tb_next, s_tb_next},
    {"tb_lineno", g_tb_lineno, NULL},
    {"tb_lasti", g_tb_lasti, NULL},
    {"tb_frame", g_tb_frame, NULL},
    {NULL},
};

Type TracebackType = {.name = "traceback", .parent = &ObjectType, .basicsize = sizeof(TracebackObj),
                      .mark = tb_mark, .getsets = tb_getsets};

/* ---- a growable output buffer ---- */

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void
buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1024;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void
buf_puts(Buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static void
buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void
buf_printf(Buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < (int)sizeof tmp) {
        buf_add(b, tmp, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big)
        return;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_add(b, big, (size_t)n);
    free(big);
}

/* ---- source lines ---- */

/* Line `lineno` (1-based) of file `path` without its '\n', malloc'd; NULL if unavailable. */
static char *
read_source_line(const char *path, int lineno)
{
    if (lineno < 1 || !path[0] || path[0] == '<')
        return NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = -1;
    for (int i = 0; i < lineno; i++) {
        n = getline(&line, &cap, f);
        if (n < 0)
            break;
    }
    fclose(f);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[--n] = 0;
    return line;
}

static bool
is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

/* Number of code points in the first `nbytes` bytes of s. */
static long
char_offset(const char *s, long nbytes)
{
    long len = (long)strlen(s);
    if (nbytes > len)
        nbytes = len;
    long n = 0;
    for (long i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* ---- anchors: what CPython finds by parsing the segment ---- */

enum { TK_NAME, TK_NUM, TK_STR, TK_OP, TK_OPEN, TK_CLOSE };

typedef struct Tok {
    int kind;
    int start, end; /* byte offsets in the segment */
    int match;      /* for brackets: index of the matching bracket */
    int depth;      /* bracket depth outside this token */
} Tok;

#define MAX_TOKS 512

static bool
is_ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || (unsigned char)c >= 0x80;
}

static int
scan_string(const char *s, int i, int n)
{
    char q = s[i];
    bool triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
    i += triple ? 3 : 1;
    while (i < n) {
        if (s[i] == '\\') {
            i += 2;
            continue;
        }
        if (s[i] == q) {
            if (!triple)
                return i + 1;
            if (i + 2 < n && s[i + 1] == q && s[i + 2] == q)
                return i + 3;
        }
        i++;
    }
    return -1;
}

/* Tokenize the segment; -1 if it does not look like one valid expression. */
static int
tokenize(const char *s, int n, Tok *t)
{
    int nt = 0, stack[64], sp = 0;
    for (int i = 0; i < n;) {
        char c = s[i];
        if (is_ws(c) || c == '\n' || c == '\r' || c == '\\') {
            i++;
            continue;
        }
        if (c == '#')
            break;
        if (nt >= MAX_TOKS)
            return -1;
        Tok *k = &t[nt];
        k->start = i;
        k->depth = sp;
        k->match = -1;
        if (is_ident_char(c) && !(c >= '0' && c <= '9')) {
            int j = i;
            while (j < n && is_ident_char(s[j]))
                j++;
            if (j < n && (s[j] == '\'' || s[j] == '"') && j - i <= 2) {
                int e = scan_string(s, j, n);
                if (e < 0)
                    return -1;
                k->kind = TK_STR;
                j = e;
            } else {
                k->kind = TK_NAME;
            }
            i = j;
        } else if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')) {
            int j = i;
            while (j < n && (is_ident_char(s[j]) || s[j] == '.' ||
                             ((s[j] == '+' || s[j] == '-') && (s[j - 1] == 'e' || s[j - 1] == 'E') &&
                              !(s[i] == '0' && i + 1 < n && (s[i + 1] == 'x' || s[i + 1] == 'X')))))
                j++;
            k->kind = TK_NUM;
            i = j;
        } else if (c == '\'' || c == '"') {
            int e = scan_string(s, i, n);
            if (e < 0)
                return -1;
            k->kind = TK_STR;
            i = e;
        } else if (c == '(' || c == '[' || c == '{') {
            if (sp >= 64)
                return -1;
            k->kind = TK_OPEN;
            stack[sp++] = nt;
            i++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (sp == 0)
                return -1;
            k->kind = TK_CLOSE;
            k->match = stack[--sp];
            k->depth = sp;
            t[k->match].match = nt;
            i++;
        } else {
            static const char *const ops[] = {"**=", "//=", ">>=", "<<=", "...", "**", "//", "<<",
                                              ">>", "<=", ">=", "==", "!=", "->", ":=", "+=",
                                              "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", NULL};
            int len = 1;
            for (int o = 0; ops[o]; o++) {
                int l = (int)strlen(ops[o]);
                if (i + l <= n && !memcmp(s + i, ops[o], (size_t)l)) {
                    len = l;
                    break;
                }
            }
            k->kind = TK_OP;
            i += len;
        }
        k->end = i;
        nt++;
    }
    if (sp != 0)
        return -1;
    return nt;
}

static bool
tok_is(const char *s, const Tok *k, const char *text)
{
    size_t l = strlen(text);
    return (size_t)(k->end - k->start) == l && !memcmp(s + k->start, text, l);
}

static bool
is_keyword_tok(const char *s, const Tok *k)
{
    static const char *const kws[] = {"if", "else", "lambda", "and", "or", "not", "in", "is",
                                      "for", "yield", "return", "del", "assert", "raise", "import",
                                      "from", "pass", "break", "continue", "global", "nonlocal",
                                      "while", "with", "def", "class", "try", "except", "finally",
                                      "async", "elif", "as", NULL};
    if (k->kind != TK_NAME)
        return false;
    for (int i = 0; kws[i]; i++)
        if (tok_is(s, k, kws[i]))
            return true;
    return false;
}

/* Does token k end an operand (so a following +/- is binary)? */
static bool
ends_operand(const char *s, const Tok *k)
{
    if (k->kind == TK_NUM || k->kind == TK_STR || k->kind == TK_CLOSE)
        return true;
    return k->kind == TK_NAME && !is_keyword_tok(s, k) && !tok_is(s, k, "await");
}

static int
binop_level(const char *s, const Tok *k)
{
    if (k->kind != TK_OP)
        return 0;
    if (tok_is(s, k, "|")) return 1;
    if (tok_is(s, k, "^")) return 2;
    if (tok_is(s, k, "&")) return 3;
    if (tok_is(s, k, "<<") || tok_is(s, k, ">>")) return 4;
    if (tok_is(s, k, "+") || tok_is(s, k, "-")) return 5;
    if (tok_is(s, k, "*") || tok_is(s, k, "/") || tok_is(s, k, "//") || tok_is(s, k, "%") ||
        tok_is(s, k, "@"))
        return 6;
    if (tok_is(s, k, "**")) return 8;
    return 0;
}

/* Is the token range [a, b] one parenthesized group that the parser drops
 * (a grouping, not a tuple, genexp or empty)? */
static bool
is_group(const char *s, const Tok *t, int a, int b)
{
    if (a >= b || t[a].kind != TK_OPEN || s[t[a].start] != '(' || t[a].match != b || b == a + 1)
        return false;
    for (int i = a + 1; i < b; i++) {
        if (t[i].depth != t[a].depth + 1)
            continue;
        if (tok_is(s, &t[i], ",") || tok_is(s, &t[i], "for") || tok_is(s, &t[i], "yield"))
            return false;
    }
    return true;
}

static void
strip_groups(const char *s, const Tok *t, int *a, int *b)
{
    while (is_group(s, t, *a, *b)) {
        (*a)++;
        (*b)--;
    }
}

/* Anchors for a BinOp or Subscript segment, in bytes relative to the
 * segment; returns 1 and sets left and right, else 0. */
static int
anchor_scan(const char *s, int n, int *left, int *right)
{
    Tok t[MAX_TOKS];
    int nt = tokenize(s, n, t);
    if (nt <= 0)
        return 0;
    int a = 0, b = nt - 1;
    strip_groups(s, t, &a, &b);
    int base = t[a].depth;
    int root = -1, root_level = 99;
    for (int i = a; i <= b; i++) {
        Tok *k = &t[i];
        if (k->depth != base || k->kind == TK_OPEN || k->kind == TK_CLOSE)
            continue;
        if (is_keyword_tok(s, k))
            return 0;
        if (k->kind == TK_OP) {
            if (tok_is(s, k, ",") || tok_is(s, k, "=") || tok_is(s, k, ":") || tok_is(s, k, ":=") ||
                tok_is(s, k, "<") || tok_is(s, k, ">") || tok_is(s, k, "==") || tok_is(s, k, "!=") ||
                tok_is(s, k, "<=") || tok_is(s, k, ">=") || tok_is(s, k, ";") ||
                (k->end - k->start >= 2 && s[k->end - 1] == '=' ))
                return 0;
            int lv = binop_level(s, k);
            if (lv && i > a && ends_operand(s, &t[i - 1])) {
                bool better = lv < root_level || (lv == root_level && lv != 8);
                if (better) {
                    root = i;
                    root_level = lv;
                }
            }
        }
    }
    bool unary_start = t[a].kind == TK_OP || tok_is(s, &t[a], "await");
    if (root >= 0) {
        if (root_level == 8 && unary_start && !tok_is(s, &t[a], "await"))
            return 0; /* -a ** b is UnaryOp(-, a ** b) */
        int la = a, lb = root - 1, ra = root + 1, rb = b;
        if (lb < la || ra > rb)
            return 0;
        strip_groups(s, t, &la, &lb);
        strip_groups(s, t, &ra, &rb);
        int lend = t[lb].end, rstart = t[ra].start;
        int found = 0;
        for (int i = lend; i < rstart; i++) {
            if (is_ws(s[i]) || s[i] == '\n' || s[i] == '\r' || s[i] == '\\')
                continue;
            *left = i;
            *right = i + 1;
            if (i + 1 < rstart && !is_ws(s[i + 1]))
                ++*right;
            found = 1; /* 3.11.2 anchors on a closing paren of a grouped left operand */
            break;
        }
        return found;
    }
    /* Subscript: the expression ends with [...] in postfix position. */
    if (unary_start || t[b].kind != TK_CLOSE || s[t[b].start] != ']')
        return 0;
    int open = t[b].match;
    if (open <= a || !ends_operand(s, &t[open - 1]))
        return 0;
    int sa = open + 1, sb = b - 1;
    if (sa > sb)
        return 0;
    strip_groups(s, t, &sa, &sb);
    int l = t[open - 1].end;
    while (l < n && s[l] != '[')
        l++;
    int r = t[sb].end + 1;
    while (r < n && s[r] != ']')
        r++;
    if (r < n)
        r++;
    *left = l;
    *right = r;
    return 1;
}

/* ---- one traceback entry ---- */

static void
display_line(Buf *b, TracebackObj *tb, CodeObj *co, int lineno)
{
    const char *fname = co->filename ? str_cstr(co->filename) : "???";
    buf_printf(b, "  File \"%s\", line %d, in %s\n", fname, lineno,
               co->name ? str_cstr(co->name) : "???");
    char *line = read_source_line(fname, lineno);
    if (!line)
        return;
    long i = 0;
    while (line[i] && is_ws(line[i]))
        i++;
    if (!line[i]) {
        free(line);
        return;
    }
    buf_puts(b, "    ");
    buf_puts(b, line + i);
    buf_puts(b, "\n");
    long truncation = i - 4;
    if (!co->positions || tb->lasti < 0 || tb->lasti >= co->ncode)
        goto done;
    CodePos p = co->positions[tb->lasti];
    if (p.line < 0 || p.end_line < 0 || p.col < 0 || p.end_col < 0 || p.line != lineno)
        goto done;
    long linelen = (long)strlen(line);
    long start = char_offset(line, p.col), end = char_offset(line, p.end_col);
    long left = -1, right = -1;
    if (p.line == p.end_line) {
        if (p.col < p.end_col && p.end_col <= linelen) {
            int l, r;
            if (anchor_scan(line + p.col, p.end_col - p.col, &l, &r)) {
                left = char_offset(line + p.col, l) + start;
                right = char_offset(line + p.col, r) + start;
            }
        }
    } else {
        long k = linelen;
        while (--k >= 0 && (is_ws(line[k]) || line[k] == '\r'))
            ;
        end = k + 1;
    }
    long source_len = char_offset(line, linelen);
    long stripped_len = source_len - truncation - 4;
    bool special = left != -1 || right != -1;
    if (end - start == stripped_len && !special)
        goto done;
    for (long off = truncation + 1; off <= end; off++) {
        if (off <= start)
            buf_puts(b, " ");
        else if (special && left < off && off <= right)
            buf_puts(b, "^");
        else
            buf_puts(b, special ? "~" : "^");
    }
    buf_puts(b, "\n");
done:
    free(line);
}

static bool
same_str(Value a, Value b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    return str_eq(str_as(a), str_as(b));
}

static void
format_tb(Buf *b, Value tbv, long limit)
{
    long depth = 0;
    for (Value t = tbv; t; t = ((TracebackObj *)val_as_obj(t))->next)
        depth++;
    while (tbv && depth > limit) {
        depth--;
        tbv = ((TracebackObj *)val_as_obj(tbv))->next;
    }
    Value last_file = VNULL, last_name = VNULL;
    int last_line = -1;
    long cnt = 0;
    for (; tbv; tbv = ((TracebackObj *)val_as_obj(tbv))->next) {
        TracebackObj *tb = (TracebackObj *)val_as_obj(tbv);
        CodeObj *co = (CodeObj *)val_as_obj(tb->code);
        int ln = tb_lineno(tb);
        if (!last_file || !same_str(co->filename, last_file) || last_line == -1 ||
            ln != last_line || !same_str(co->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                long more = cnt - TB_RECURSIVE_CUTOFF;
                buf_printf(b, "  [Previous line repeated %ld more time%s]\n", more,
                           more > 1 ? "s" : "");
            }
            last_file = co->filename;
            last_line = ln;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF)
            display_line(b, tb, co, ln);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        long more = cnt - TB_RECURSIVE_CUTOFF;
        buf_printf(b, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
    }
}

/* sys.tracebacklimit if it is an int, else CPython's default of 1000. */
static long
tb_limit(ThreadState *ts)
{
    Value v = ts->interp->sys ? dict_get_cstr(ts, *obj_dict_slot(ts->interp->sys), "tracebacklimit")
                              : VNULL;
    if (!v || !int_check(v))
        return TB_DEFAULT_LIMIT;
    if (!val_is_int(v))
        return int_sign(v) > 0 ? (long)1 << 62 : 0;
    return (long)val_as_int(v);
}

/* ---- exception display ---- */

/* ---- "Did you mean" suggestions (CPython 3.11 Python/suggestions.c) ---- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int
substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t
levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    while (an && bn && a[0] == b[0])
        a++, an--, b++, bn--;
    while (an && bn && a[an - 1] == b[bn - 1])
        an--, bn--;
    if (an == 0 || bn == 0)
        return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE)
        return max_cost + 1;
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + (size_t)substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest of n candidate names (str Values), or VNULL. */
static Value
best_suggestion(Value *cands, int64_t n, Value name)
{
    if (n >= MAX_CANDIDATE_ITEMS)
        return VNULL;
    StrObj *nm = str_as(name);
    size_t best_dist = (size_t)-1 >> 1;
    Value best = VNULL;
    for (int64_t i = 0; i < n; i++) {
        if (!str_check(cands[i]))
            continue;
        StrObj *c = str_as(cands[i]);
        if (str_eq(c, nm))
            continue;
        size_t max = ((size_t)nm->size + (size_t)c->size + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max)
            max = best_dist - 1;
        size_t d = levenshtein(nm->data, (size_t)nm->size, c->data, (size_t)c->size, max);
        if (d > max)
            continue;
        if (!best || d < best_dist) {
            best = cands[i];
            best_dist = d;
        }
    }
    return best;
}

static Value
suggest_from_dict(ThreadState *ts, Value d, Value name)
{
    if (!d || !dict_check(d))
        return VNULL;
    Value keys = dict_keys_list(ts, d);
    if (!keys)
        return VNULL;
    return best_suggestion(list_as(keys)->items, list_as(keys)->len, name);
}

static Value
offer_suggestion(ThreadState *ts, Value exc)
{
    ExcObj *e = exc_as(exc);
    Value name = e->fields[0];
    if (!name || !str_check_exact(name))
        return VNULL;
    if (val_isinstance(exc, &AttributeErrorType)) {
        Value obj = e->fields[1];
        if (!obj)
            return VNULL;
        Value dir = builtin_dir(ts, obj);
        if (!dir || !list_check(dir))
            return VNULL;
        return best_suggestion(list_as(dir)->items, list_as(dir)->len, name);
    }
    if (!val_isinstance(exc, &NameErrorType) || !e->traceback)
        return VNULL;
    TracebackObj *tb = (TracebackObj *)val_as_obj(e->traceback);
    while (tb->next)
        tb = (TracebackObj *)val_as_obj(tb->next);
    CodeObj *co = (CodeObj *)val_as_obj(tb->code);
    Value s = VNULL;
    if (co->varnames) {
        int64_t n = tuple_as(co->varnames)->len;
        if (n > co->nlocals)
            n = co->nlocals;
        s = best_suggestion(tuple_as(co->varnames)->items, n, name);
    }
    if (!s)
        s = suggest_from_dict(ts, tb->globals, name);
    if (!s)
        s = suggest_from_dict(ts, ts->interp->builtins, name);
    return s;
}


/* str(v) as a malloc'd C string, or NULL (exception cleared). */
static char *
safe_str(ThreadState *ts, Value v, bool repr)
{
    Value saved = exc_fetch(ts);
    ts_push_root(ts, saved);
    ts_push_root(ts, v);
    Value s = repr ? obj_repr(ts, v) : obj_str(ts, v);
    char *r = NULL;
    if (s && str_check(s))
        r = strdup(str_cstr(s));
    ts_pop_roots(ts, 2);
    ts->exc = saved;
    return r;
}

static int64_t
int_field(Value v, int64_t dflt)
{
    return v && val_is_int(v) ? val_as_int(v) : dflt;
}

static void
print_error_text(Buf *b, long offset, long end_offset, const char *text)
{
    long caret_rep = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            break;
        long inl = nl - text;
        if (inl >= offset)
            break;
        inl++;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    buf_puts(b, "    ");
    buf_puts(b, text);
    if (text[len] != '\n')
        buf_puts(b, "\n");
    if (offset < 0)
        return;
    buf_puts(b, "    ");
    while (--offset >= 0)
        buf_puts(b, " ");
    for (long i = 0; i < caret_rep; i++)
        buf_puts(b, "^");
    buf_puts(b, "\n");
}

/* SyntaxError: '  File "f", line n', the text and carets (CPython's
 * parse_syntax_error + print_error_text); returns the value whose str() is
 * printed after the type name: the msg, or exc itself if lineno is not an int. */
static Value
print_syntax_error(ThreadState *ts, Buf *b, Value exc)
{
    ExcObj *e = exc_as(exc);
    Value msg = e->fields[0], fn = e->fields[1], text = e->fields[4];
    if (!e->fields[2] || !val_is_int(e->fields[2]))
        return exc;
    if (e->fields[3] && !val_is_int(e->fields[3]))
        return exc;
    const char *fname = fn && str_check(fn) ? str_cstr(fn) : "<string>";
    int64_t lineno = val_as_int(e->fields[2]);
    int64_t offset = int_field(e->fields[3], -1);
    int64_t end_lineno = lineno, end_offset = -1;
    if (val_type(exc) == &SyntaxErrorType) {
        end_lineno = int_field(e->fields[5], lineno);
        end_offset = int_field(e->fields[6], -1);
    }
    buf_printf(b, "  File \"%s\", line %lld\n", fname, (long long)lineno);
    if (text && str_check(text)) {
        const char *t = str_cstr(text);
        long size = (long)strlen(t);
        if (end_lineno > lineno)
            end_offset = size;
        if (end_offset > size + 1)
            end_offset = size + 1;
        print_error_text(b, (long)offset, (long)end_offset, t);
    }
    return msg ? msg : V_NONE;
}

static void
print_message(ThreadState *ts, Buf *b, Value exc)
{
    Type *t = val_type(exc);
    Value shown = exc;
    if (val_isinstance(exc, &SyntaxErrorType))
        shown = print_syntax_error(ts, b, exc);
    Value mod = t->module;
    if (!mod && t->dict && (t->flags & TF_HEAPTYPE))
        mod = dict_get_str(t->dict, NAME(ts, __module__));
    if (mod && str_check(mod)) {
        const char *m = str_cstr(mod);
        if (strcmp(m, "builtins") && strcmp(m, "__main__"))
            buf_printf(b, "%s.", m);
    }
    const char *qn = t->qualname ? str_cstr(t->qualname) : t->name;
    buf_puts(b, qn);
    char *s = safe_str(ts, shown, false);
    if (!s)
        buf_puts(b, ": <exception str() failed>");
    else if (s[0])
        buf_printf(b, ": %s", s);
    free(s);
    if (shown == exc && (val_isinstance(exc, &NameErrorType) ||
                         val_isinstance(exc, &AttributeErrorType))) {
        Value saved = exc_fetch(ts);
        ts_push_root(ts, saved);
        Value sug = offer_suggestion(ts, exc);
        if (sug)
            buf_printf(b, ". Did you mean: '%s'?", str_cstr(sug));
        exc_clear(ts);
        ts_pop_roots(ts, 1);
        ts->exc = saved;
    }
    buf_puts(b, "\n");
}

static void
print_notes(ThreadState *ts, Buf *b, Value exc)
{
    StrObj *nm = str_intern(ts, "__notes__");
    Value saved = exc_fetch(ts);
    Value notes = nm ? obj_lookup_attr(ts, exc, nm) : VNULL;
    if (!notes) {
        ts->exc = saved;
        return;
    }
    if (!list_check(notes) && !tuple_check(notes)) {
        char *r = safe_str(ts, notes, true);
        buf_puts(b, r ? r : "<__notes__ repr() failed>");
        buf_puts(b, "\n");
        free(r);
        ts->exc = saved;
        return;
    }
    int64_t n = list_check(notes) ? list_as(notes)->len : tuple_as(notes)->len;
    for (int64_t i = 0; i < n; i++) {
        Value note = list_check(notes) ? list_as(notes)->items[i] : tuple_as(notes)->items[i];
        char *r = safe_str(ts, note, false);
        buf_puts(b, r ? r : "<note str() failed>");
        buf_puts(b, "\n");
        free(r);
        if (list_check(notes))
            n = list_as(notes)->len;
    }
    ts->exc = saved;
}

/* Exception groups print as boxes (CPython 3.11): at group depth d > 0
 * every line starts with 2*d spaces and the margin "| "; the outermost
 * group's header uses "+ ". */
typedef struct PrintCtx {
    Value *seen;
    int nseen;
    int depth;
    bool need_close;
} PrintCtx;

#define MAX_SEEN 256
#define MAX_GROUP_WIDTH 15

static void
buf_indent(Buf *b, int n)
{
    for (int i = 0; i < n; i++)
        buf_puts(b, " ");
}

/* Copy text into b, each line prefixed by indent spaces and a margin. */
static void
add_prefixed(Buf *b, const char *text, int indent, const char *first_margin, const char *margin)
{
    for (bool first = true; text && *text; first = false) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) + 1 : strlen(text);
        buf_indent(b, indent);
        buf_puts(b, first ? first_margin : margin);
        buf_add(b, text, n);
        text += n;
    }
}

static bool
is_exc_group(Value exc)
{
    return val_isinstance(exc, &BaseExceptionGroupType);
}

static void
print_one(ThreadState *ts, Buf *b, Value exc, PrintCtx *ctx)
{
    if (!val_isinstance(exc, &BaseExceptionType)) {
        buf_printf(b, "TypeError: print_exception(): Exception expected for value, %s found\n",
                   obj_type_name(exc));
        return;
    }
    const char *margin = ctx->depth ? "| " : "";
    int indent = 2 * ctx->depth;
    Buf t = {0};
    Value tb = exc_as(exc)->traceback;
    long limit = tb_limit(ts);
    if (tb && limit > 0) {
        buf_puts(&t, is_exc_group(exc) ? "Exception Group Traceback (most recent call last):\n"
                                   : "Traceback (most recent call last):\n");
        format_tb(&t, tb, limit);
    }
    if (!ctx->depth) {
        if (t.len)
            buf_add(b, t.p, t.len);
        print_message(ts, b, exc);
        print_notes(ts, b, exc);
        free(t.p);
        return;
    }
    add_prefixed(b, t.p, indent, is_exc_group(exc) && ctx->depth == 1 ? "+ " : margin, margin);
    free(t.p);
    Buf m = {0};
    print_message(ts, &m, exc);
    print_notes(ts, &m, exc);
    add_prefixed(b, m.p, indent, margin, margin);
    free(m.p);
}

static void print_recursive(ThreadState *ts, Buf *b, Value exc, PrintCtx *ctx);

static void
print_group(ThreadState *ts, Buf *b, Value exc, PrintCtx *ctx)
{
    if (ctx->depth == 0)
        ctx->depth = 1;
    print_one(ts, b, exc, ctx);
    Value excs = exc_as(exc)->fields[1]; /* F_GEXCS of exc.c */
    int64_t total = excs && tuple_check(excs) ? tuple_as(excs)->len : 0;
    int64_t n = total > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : total;
    ctx->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last)
            ctx->need_close = true;
        buf_indent(b, 2 * ctx->depth);
        if (truncated)
            buf_printf(b, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else
            buf_printf(b, "%s+---------------- %lld ----------------\n", i == 0 ? "+-" : "  ",
                       (long long)(i + 1));
        ctx->depth++;
        if (!truncated) {
            print_recursive(ts, b, tuple_as(excs)->items[i], ctx);
        } else {
            int64_t more = total - MAX_GROUP_WIDTH;
            buf_indent(b, 2 * ctx->depth);
            buf_printf(b, "| and %lld more exception%s\n", (long long)more, more > 1 ? "s" : "");
        }
        if (last && ctx->need_close) {
            buf_indent(b, 2 * ctx->depth);
            buf_puts(b, "+------------------------------------\n");
            ctx->need_close = false;
        }
        ctx->depth--;
    }
    if (ctx->depth == 1)
        ctx->depth = 0;
}

static void
print_recursive(ThreadState *ts, Buf *b, Value exc, PrintCtx *ctx)
{
    if (ctx->nseen < MAX_SEEN)
        ctx->seen[ctx->nseen++] = exc;
    if (val_isinstance(exc, &BaseExceptionType)) {
        ExcObj *e = exc_as(exc);
        Value next = e->cause;
        const char *msg = "The above exception was the direct cause of the following exception:\n";
        if (!next && !e->suppress_context) {
            next = e->context;
            msg = "During handling of the above exception, another exception occurred:\n";
        }
        if (next) {
            bool was_seen = false;
            for (int i = 0; i < ctx->nseen; i++)
                was_seen |= ctx->seen[i] == next;
            if (!was_seen) {
                bool need_close = ctx->need_close;
                print_recursive(ts, b, next, ctx);
                ctx->need_close = need_close;
                const char *margin = ctx->depth ? "| " : "";
                Buf m = {0};
                buf_printf(&m, "\n%s\n", msg);
                add_prefixed(b, m.p, 2 * ctx->depth, margin, margin);
                free(m.p);
            }
        }
    }
    if (is_exc_group(exc))
        print_group(ts, b, exc, ctx);
    else
        print_one(ts, b, exc, ctx);
}

void
tb_print(ThreadState *ts, Value tb, Value file)
{
    Buf b = {0};
    long limit = tb_limit(ts);
    if (tb && tb != V_NONE && limit > 0) {
        buf_puts(&b, "Traceback (most recent call last):\n");
        format_tb(&b, tb, limit);
    }
    if (b.len) {
        if (!file)
            file = sys_get(ts, "stderr");
        if (file && file != V_NONE)
            file_write_cstr(ts, file, b.p);
    }
    free(b.p);
}

void
exc_print(ThreadState *ts, Value exc, Value file)
{
    Value seen[MAX_SEEN];
    PrintCtx ctx = {seen, 0, 0, false};
    Buf b = {0};
    print_recursive(ts, &b, exc, &ctx);
    if (!file)
        file = sys_get(ts, "stderr");
    Value saved = exc_fetch(ts);
    if (b.p) {
        if (!file) {
            fputs("lost sys.stderr\n", stderr);
        } else if (file == V_NONE) {
            /* CPython prints nothing when sys.stderr is None. */
        } else if (file_write_cstr(ts, file, b.p) < 0) {
            exc_clear(ts);
        } else {
            Value r = obj_call_method(ts, file, "flush", NULL, 0);
            if (!r)
                exc_clear(ts);
        }
    }
    ts->exc = saved;
    free(b.p);
}
