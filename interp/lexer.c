/* interp/lexer.c: the tokenizer driver around the re2c raw scanner.
 * SPDX-License-Identifier: MIT
 *
 * Turns raw tokens into the logical token stream: NEWLINE at the end of
 * each logical line (never inside brackets, never for blank or comment-only
 * lines), INDENT/DEDENT from the indentation stack (tabs advance to the next
 * multiple of 8 as in CPython), whole string literals (the raw scanner only
 * finds the prefix and opening quote), keywords.  Errors carry CPython 3.11's
 * messages and positions.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/exc.h"
#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/tstate.h"
#include "../runtime/tuple.h"

const char *const token_spellings[T_COUNT] = {
#define X(n, s) s,
    TOKENS(X)
#undef X
};

/* ---- SyntaxError construction ---- */

/* Start and length of physical line `line` (1-based) in src, including its newline. */
static const char *
find_line(const char *src, size_t srclen, int line, size_t *len)
{
    const char *p = src, *end = src + srclen;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            p = end;
            break;
        }
        p = nl + 1;
    }
    const char *q = p;
    while (q < end && *q != '\n')
        q++;
    if (q < end)
        q++;
    *len = (size_t)(q - p);
    return p;
}

static int
char_offset(const char *line, size_t linelen, int bytecol)
{
    int n = 0;
    for (int i = 0; i < bytecol && (size_t)i < linelen; i++)
        if (((unsigned char)line[i] & 0xc0) != 0x80)
            n++;
    if ((size_t)bytecol > linelen)
        n += bytecol - (int)linelen;
    return n;
}

Value
lex_syntax_error_text(ThreadState *ts, Type *type, const char *text, size_t tlen,
                      const char *etext, size_t etlen, const char *filename, int line, int col,
                      int end_line, int end_col, const char *msg)
{
    Value vtext = text && line >= 1 ? str_new(ts, text, tlen) : V_NONE;
    int offset = col < 0 ? col + 1 : char_offset(text, tlen, col) + 1;
    int end_offset = end_col < 0 ? end_col + 1 : char_offset(etext, etlen, end_col) + 1;
    Value vmsg = str_from_cstr(ts, msg);
    Value vfile = str_from_cstr(ts, filename);
    if (!vtext || !vmsg || !vfile)
        return VNULL;
    Value loc = tuple_pack(ts, 6, vfile, val_from_int(line), val_from_int(offset), vtext,
                           val_from_int(end_line), val_from_int(end_offset));
    Value args = loc ? tuple_pack(ts, 2, vmsg, loc) : VNULL;
    Value exc = args ? exc_new(ts, type, args) : VNULL;
    if (!exc)
        return VNULL;
    ExcObj *e = exc_as(exc);
    e->fields[0] = vmsg;
    e->fields[1] = vfile;
    e->fields[2] = val_from_int(line);
    e->fields[3] = val_from_int(offset);
    e->fields[4] = vtext;
    e->fields[5] = val_from_int(end_line);
    e->fields[6] = val_from_int(end_offset);
    return exc_raise_value(ts, exc);
}

Value
lex_syntax_error(ThreadState *ts, Type *type, const char *src, size_t srclen, const char *filename,
                 int line, int col, int end_line, int end_col, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    size_t tlen = 0, etlen = 0;
    const char *text = src ? find_line(src, srclen, line, &tlen) : NULL;
    const char *etext = src ? find_line(src, srclen, end_line, &etlen) : NULL;
    return lex_syntax_error_text(ts, type, text, tlen, etext, etlen, filename, line, col, end_line,
                                 end_col, msg);
}

/* ---- the driver ---- */

int
lex_init(Lexer *lx, ThreadState *ts, const char *src, size_t len, const char *filename)
{
    memset(lx, 0, sizeof *lx);
    lx->ts = ts;
    lx->filename = filename;
    lx->buf = malloc(len + 1);
    if (!lx->buf) {
        exc_no_memory(ts);
        return -1;
    }
    memcpy(lx->buf, src, len);
    lx->buf[len] = '\0';
    lx->p = lx->buf;
    if (len >= 3 && memcmp(lx->buf, "\xef\xbb\xbf", 3) == 0)
        lx->p += 3;
    lx->end = lx->buf + len;
    lx->line_start = lx->buf;
    lx->line = 1;
    lx->at_bol = true;
    lx->src = lx->buf;
    lx->srclen = len;
    return 0;
}

void
lex_free(Lexer *lx)
{
    free(lx->buf);
    for (int i = 0; i < lx->nchunks; i++)
        free(lx->chunks[i]);
    free(lx->chunks);
    lx->buf = NULL;
    lx->chunks = NULL;
    lx->nchunks = 0;
}

static int
cur_line(Lexer *lx)
{
    return lx->line + lx->line_offset;
}

static int
col_of(Lexer *lx, const char *p)
{
    int c = (int)(p - lx->line_start);
    if (lx->line == 1)
        c += lx->col_offset;
    return c;
}

static int
error_at(Lexer *lx, Type *t, int line, int col, int end_line, int end_col, const char *msg)
{
    lx->failed = true;
    lex_syntax_error(lx->ts, t, lx->src, lx->srclen, lx->filename, line, col, end_line, end_col,
                     "%s", msg);
    return -1;
}

/* An error located at p on the current line, end = same point. */
static int
error_here(Lexer *lx, const char *p, const char *msg)
{
    int c = col_of(lx, p);
    return error_at(lx, &SyntaxErrorType, cur_line(lx), c, cur_line(lx), c, msg);
}

static void
newline_seen(Lexer *lx, const char *after)
{
    lx->line++;
    lx->line_start = after;
}

/* Measure the indentation of the line at p; returns the first non-blank char. */
static const char *
measure_indent(const char *p, int *col, int *altcol)
{
    int c = 0, alt = 0;
    for (;; p++) {
        if (*p == ' ') {
            c++;
            alt++;
        } else if (*p == '\t') {
            c = (c / 8 + 1) * 8;
            alt++;
        } else if (*p == '\f') {
            c = alt = 0;
        } else {
            break;
        }
    }
    *col = c;
    *altcol = alt;
    return p;
}

static int
tab_error(Lexer *lx)
{
    lx->err_kind = LEXERR_DEFERRED;
    return error_at(lx, &TabErrorType, cur_line(lx), 0, cur_line(lx), -1,
                    "inconsistent use of tabs and spaces in indentation");
}

static bool
is_blank_line_start(const char *p)
{
    return *p == '#' || *p == '\n' || *p == '\r' || *p == '\\' ? (*p != '\\') : false;
}

static int
keyword_kind(const char *s, size_t n)
{
    for (int k = T_KW_FALSE; k < T_COUNT; k++) {
        const char *sp = token_spellings[k];
        if (strlen(sp) == n && memcmp(sp, s, n) == 0)
            return k;
    }
    return T_NAME;
}

static void
set_tok(Lexer *lx, Token *t, int kind, const char *start, const char *end)
{
    t->kind = kind;
    t->start = start;
    t->len = (size_t)(end - start);
    t->line = t->end_line = cur_line(lx);
    t->col = col_of(lx, start);
    t->end_col = col_of(lx, end);
}

/* Scan a string body; p is just after the opening quote. */
static int
scan_string(Lexer *lx, Token *t, const char *start, const char *p)
{
    char q = p[-1];
    bool triple = p[0] == q && p[1] == q;
    int line0 = cur_line(lx), col0 = col_of(lx, start);
    if (triple)
        p += 2;
    for (;;) {
        char c = *p;
        if (c == '\0' && p >= lx->end) {
            char msg[128];
            /* a final newline does not start a new line for this count */
            int l = cur_line(lx) - (p > lx->buf && (p[-1] == '\n' || p[-1] == '\r') ? 1 : 0);
            snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
                     triple ? "triple-quoted " : "", l);
            return error_at(lx, &SyntaxErrorType, line0, col0, line0, col0, msg);
        }
        if (c == '\\') {
            p++;
            if (*p == '\r' && p[1] == '\n')
                p++;
            if (*p == '\n' || *p == '\r')
                newline_seen(lx, p + 1);
            else if (*p == '\0' && p >= lx->end)
                continue;
            p++;
            continue;
        }
        if (c == q) {
            if (!triple) {
                p++;
                break;
            }
            if (p[1] == q && p[2] == q) {
                p += 3;
                break;
            }
            p++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                char msg[128];
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                         cur_line(lx));
                return error_at(lx, &SyntaxErrorType, line0, col0, line0, col0, msg);
            }
            if (c == '\r' && p[1] == '\n')
                p++;
            newline_seen(lx, p + 1);
        }
        p++;
    }
    t->kind = T_STRING;
    t->start = start;
    t->len = (size_t)(p - start);
    t->line = line0;
    t->col = col0;
    t->end_line = cur_line(lx);
    t->end_col = col_of(lx, p);
    lx->p = p;
    return 0;
}

static bool
is_id_char(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

static int
check_number(Lexer *lx, const char *start, const char *p)
{
    bool is_hex = start[0] == '0' && (start[1] == 'x' || start[1] == 'X');
    bool is_oct = start[0] == '0' && (start[1] == 'o' || start[1] == 'O');
    bool is_bin = start[0] == '0' && (start[1] == 'b' || start[1] == 'B');
    const char *kindname = is_hex ? "hexadecimal" : is_oct ? "octal" : is_bin ? "binary" : "decimal";
    if ((is_hex || is_oct || is_bin) && p == start + 1) {
        /* "0x" with no valid digit: the scanner stopped after the 0 */
        p = start + 2;
        unsigned char d = (unsigned char)*p;
        if ((is_oct || is_bin) && d >= '0' && d <= '9') {
            char msg[80];
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", d, kindname);
            int col = col_of(lx, p);
            return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
        }
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kindname);
        int col = col_of(lx, d == '_' ? p : p - 1);
        return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
    }
    if (!is_hex && !is_oct && !is_bin && start[0] == '0' && p - start > 1) {
        bool nonzero = false, special = false;
        for (const char *s = start; s < p; s++) {
            if (*s >= '1' && *s <= '9')
                nonzero = true;
            if (*s == '.' || *s == 'e' || *s == 'E' || *s == 'j' || *s == 'J')
                special = true;
        }
        if (nonzero && !special) {
            int c0 = col_of(lx, start);
            return error_at(lx, &SyntaxErrorType, cur_line(lx), c0, cur_line(lx), c0 + 1,
                            "leading zeros in decimal integer literals are not permitted; use an "
                            "0o prefix for octal integers");
        }
    }
    unsigned char c = (unsigned char)*p;
    if (c == '_' || (is_id_char(c) && !(c >= '0' && c <= '9'))) {
        /* `1if x else y` is accepted by CPython with a warning */
        static const char *const kws[] = {"if", "else", "and", "or", "in", "is", "not", "for"};
        for (size_t i = 0; c != '_' && i < sizeof kws / sizeof kws[0]; i++) {
            size_t n = strlen(kws[i]);
            if (strncmp(p, kws[i], n) == 0 && !is_id_char((unsigned char)p[n]))
                return 0;
        }
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kindname);
        /* CPython points at the last digit, or at a trailing '_' */
        int col = col_of(lx, c == '_' ? p : p - 1);
        return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
    }
    if ((is_oct || is_bin) && c >= '0' && c <= '9') {
        char msg[80];
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kindname);
        int col = col_of(lx, p);
        return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
    }
    return 0;
}

static const char *
bracket_close(char open)
{
    return open == '(' ? ")" : open == '[' ? "]" : "}";
}

static int
bracket(Lexer *lx, int kind, const char *start)
{
    char c = *start;
    if (kind == T_LPAR || kind == T_LSQB || kind == T_LBRACE) {
        if (lx->depth >= 200)
            return error_here(lx, start, "too many nested parentheses");
        lx->brackets[lx->depth] = c;
        lx->bracket_line[lx->depth] = cur_line(lx);
        lx->bracket_col[lx->depth] = col_of(lx, start);
        lx->depth++;
        return 0;
    }
    char msg[160];
    int col = col_of(lx, start);
    if (lx->depth == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
    }
    char open = lx->brackets[lx->depth - 1];
    if (bracket_close(open)[0] != c) {
        if (lx->bracket_line[lx->depth - 1] != cur_line(lx))
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     c, open, lx->bracket_line[lx->depth - 1]);
        else
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
    }
    lx->depth--;
    return 0;
}

static int
invalid_char(Lexer *lx, const char *start, const char *p)
{
    unsigned char c = (unsigned char)*start;
    int col = col_of(lx, start);
    char msg[128];
    if (c >= 0x80) {
        uint32_t cp = 0;
        int n = utf8_decode(start, &cp);
        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, start, (unsigned)cp);
        return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
    }
    if (c < 32 || c == 127) {
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
        return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
    }
    return 1; /* an ASCII character like '$' or '?': a token the parser rejects */
}

/* Coarse XID check for non-ASCII identifier characters (no Unicode tables):
 * reject the symbol, punctuation, currency, arrow, box, emoji and private-use
 * blocks, which covers what people actually mistype. */
static bool
cp_is_symbol(uint32_t cp)
{
    if (cp < 0xc0)
        return cp != 0xaa && cp != 0xb5 && cp != 0xba;
    if (cp == 0xd7 || cp == 0xf7)
        return true;
    if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf) ||
        (cp >= 0x2190 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x3003) ||
        (cp >= 0x3008 && cp <= 0x3020) || (cp >= 0xe000 && cp <= 0xf8ff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff0f) ||
        (cp >= 0xff1a && cp <= 0xff20) || (cp >= 0x1f000 && cp <= 0x1faff) || cp == 0xfeff ||
        cp == 0xfffd)
        return true;
    return false;
}

static int
check_identifier(Lexer *lx, const char *start, const char *end)
{
    for (const char *s = start; s < end;) {
        if ((unsigned char)*s < 0x80) {
            s++;
            continue;
        }
        uint32_t cp = 0;
        int n = utf8_decode(s, &cp);
        if (n <= 0)
            n = 1;
        if (cp_is_symbol(cp)) {
            char msg[128];
            int col = col_of(lx, s);
            snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, s, (unsigned)cp);
            return error_at(lx, &SyntaxErrorType, cur_line(lx), col, cur_line(lx), col, msg);
        }
        s += n;
    }
    return 0;
}

/* At the start of a logical line: skip blank lines, then emit INDENT/DEDENT
 * if needed.  Returns 1 if a token was produced in *t, 0 if not, -1 on error. */
static int
line_start(Lexer *lx, Token *t)
{
    for (;;) {
        int col, altcol;
        const char *p = measure_indent(lx->p, &col, &altcol);
        if (is_blank_line_start(p)) {
            while (*p && *p != '\n' && *p != '\r')
                p++;
            if (*p == '\r' && p[1] == '\n')
                p++;
            if (*p == '\0') {
                lx->p = p;
                return 0;
            }
            lx->p = p + 1;
            newline_seen(lx, lx->p);
            continue;
        }
        if (*p == '\0' && p >= lx->end) {
            lx->p = p;
            return 0;
        }
        lx->at_bol = false;
        int top = lx->nindent > 0 ? lx->indents[lx->nindent - 1] : 0;
        int alttop = lx->nindent > 0 ? lx->altindents[lx->nindent - 1] : 0;
        if (col == top && altcol != alttop)
            return tab_error(lx);
        if (col > top) {
            if (lx->nindent >= 100)
                return error_here(lx, p, "too many levels of indentation");
            if (altcol <= alttop)
                return tab_error(lx);
            lx->altindents[lx->nindent] = altcol;
            lx->indents[lx->nindent++] = col;
            set_tok(lx, t, T_INDENT, lx->p, p);
            lx->p = p;
            return 1;
        }
        if (col < top) {
            int n = 0;
            while (lx->nindent > 0 && lx->indents[lx->nindent - 1] > col) {
                lx->nindent--;
                n++;
            }
            int newtop = lx->nindent > 0 ? lx->indents[lx->nindent - 1] : 0;
            if (newtop != col) {
                /* CPython reports the end of the offending line */
                const char *e = p;
                while (*e && *e != '\n' && *e != '\r')
                    e++;
                int c = col_of(lx, e);
                lx->err_kind = LEXERR_DEFERRED;
                return error_at(lx, &IndentationErrorType, cur_line(lx), c, cur_line(lx), -2,
                                "unindent does not match any outer indentation level");
            }
            if (altcol != (lx->nindent > 0 ? lx->altindents[lx->nindent - 1] : 0))
                return tab_error(lx);
            lx->pending_dedents = n - 1;
            set_tok(lx, t, T_DEDENT, p, p);
            lx->p = p;
            return 1;
        }
        lx->p = p;
        return 0;
    }
}

static int
at_eof(Lexer *lx, Token *t, const char *start)
{
    if (lx->depth > 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "'%c' was never closed", lx->brackets[lx->depth - 1]);
        int l = lx->bracket_line[lx->depth - 1], c = lx->bracket_col[lx->depth - 1];
        lx->err_kind = LEXERR_NEVER_CLOSED;
        return error_at(lx, &SyntaxErrorType, l, c, l, -1, msg);
    }
    if (!lx->at_bol) {
        lx->at_bol = true;
        set_tok(lx, t, T_NEWLINE, start, start);
        return 0;
    }
    if (lx->nindent > 0) {
        lx->nindent--;
        set_tok(lx, t, T_DEDENT, start, start);
        return 0;
    }
    lx->eof_done = true;
    set_tok(lx, t, T_EOF, start, start);
    return 0;
}

static int
next_token(Lexer *lx, Token *t)
{
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        set_tok(lx, t, T_DEDENT, lx->p, lx->p);
        return 0;
    }
    if (lx->at_bol && lx->depth == 0) {
        int r = line_start(lx, t);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    for (;;) {
        const char *start = lx->p;
        const char *p = start;
        int kind = lex_scan_raw(&p);
        switch (kind) {
        case R_WS:
        case R_COMMENT:
            lx->p = p;
            continue;
        case R_NL:
            lx->p = p;
            if (lx->depth > 0 || lx->at_bol) {
                newline_seen(lx, p);
                continue;
            }
            set_tok(lx, t, T_NEWLINE, start, start);
            newline_seen(lx, p);
            lx->at_bol = true;
            return 0;
        case R_CONT:
            lx->p = p;
            newline_seen(lx, p);
            if (*p == '\0' && p >= lx->end) {
                lx->err_kind = LEXERR_DEFERRED;
                return error_at(lx, &SyntaxErrorType, cur_line(lx) - 1 < 1 ? 1 : cur_line(lx) - 1,
                                col_of(lx, start) + 1, cur_line(lx) - 1, -2,
                                "unexpected EOF while parsing");
            }
            continue;
        case R_BADCONT:
            lx->err_kind = LEXERR_DEFERRED;
            if (*p == '\0' && p >= lx->end)
                return error_at(lx, &SyntaxErrorType, cur_line(lx), col_of(lx, start) + 1,
                                cur_line(lx), -2, "unexpected EOF while parsing");
            return error_at(lx, &SyntaxErrorType, cur_line(lx), col_of(lx, start) + 1,
                            cur_line(lx), -1,
                            "unexpected character after line continuation character");
        case R_NUL:
            if (start < lx->end) {
                /* CPython (file mode): offset 0, the text up to the NUL */
                lx->failed = true;
                lex_syntax_error_text(lx->ts, &SyntaxErrorType, lx->line_start,
                                      (size_t)(start - lx->line_start), lx->line_start,
                                      (size_t)(start - lx->line_start), lx->filename, cur_line(lx),
                                      -1, cur_line(lx), -1, "source code cannot contain null bytes");
                return -1;
            }
            lx->p = start;
            return at_eof(lx, t, start);
        case R_STRSTART:
            return scan_string(lx, t, start, p);
        case R_ERROR: {
            int r = invalid_char(lx, start, p);
            if (r <= 0)
                return r;
            lx->p = p;
            set_tok(lx, t, T_UNKNOWN, start, p);
            return 0;
        }
        case T_NAME:
            if (check_identifier(lx, start, p) < 0)
                return -1;
            lx->p = p;
            set_tok(lx, t, keyword_kind(start, (size_t)(p - start)), start, p);
            return 0;
        case T_NUMBER:
            if (check_number(lx, start, p) < 0)
                return -1;
            lx->p = p;
            set_tok(lx, t, T_NUMBER, start, p);
            return 0;
        default:
            if (kind == T_LPAR || kind == T_RPAR || kind == T_LSQB || kind == T_RSQB ||
                kind == T_LBRACE || kind == T_RBRACE) {
                if (bracket(lx, kind, start) < 0)
                    return -1;
            }
            lx->p = p;
            set_tok(lx, t, kind, start, p);
            return 0;
        }
    }
}

#define TOK_CHUNK 1024

static Token *
tok_slot(Lexer *lx, int i)
{
    return &lx->chunks[i / TOK_CHUNK][i % TOK_CHUNK];
}

Token *
lex_token(Lexer *lx, int i)
{
    while (i >= lx->ntoks) {
        if (lx->failed)
            return NULL;
        if (lx->ntoks > 0 && tok_slot(lx, lx->ntoks - 1)->kind == T_EOF)
            return tok_slot(lx, lx->ntoks - 1);
        if (lx->ntoks == lx->nchunks * TOK_CHUNK) {
            Token **nc = realloc(lx->chunks, sizeof(Token *) * (size_t)(lx->nchunks + 1));
            Token *chunk = nc ? malloc(sizeof(Token) * TOK_CHUNK) : NULL;
            if (!nc || !chunk) {
                free(chunk);
                if (nc)
                    lx->chunks = nc;
                exc_no_memory(lx->ts);
                lx->failed = true;
                return NULL;
            }
            lx->chunks = nc;
            lx->chunks[lx->nchunks++] = chunk;
        }
        Token *t = tok_slot(lx, lx->ntoks);
        lx->err_kind = LEXERR_IMMEDIATE;
        if (next_token(lx, t) < 0) {
            lx->failed = true;
            return NULL;
        }
        lx->ntoks++;
    }
    return tok_slot(lx, i);
}
