/* interp/repl.c: the interactive prompt, on libedit, that keeps working while threads run.
 * SPDX-License-Identifier: MIT
 *
 * CPython 3.11's REPL is the model: ">>> " / "... " from sys.ps1 / sys.ps2,
 * each input compiled in "single" mode as "<stdin>" (expression statements
 * go through sys.displayhook), compound statements ended by an empty line,
 * exceptions shown by sys.excepthook, Ctrl-D or exit() to leave.
 *
 * Three things differ from a plain readline loop, all because of threads:
 *
 * - The GIL is released while a line is edited, so threads started at the
 *   prompt go on running.  libedit runs without the GIL and touches no
 *   object; the line is copied to a C buffer before the GIL is taken back.
 *   Tab completion needs objects, so it takes the GIL for the lookup only.
 *
 * - Other threads' output would land in the middle of the line being typed.
 *   While the editor waits, sys.stdout / sys.stderr writes to the terminal
 *   go to tty_hook (InterpState.tty_write_hook): it erases the prompt and the
 *   half-typed line, writes the text, and has libedit redraw the prompt and
 *   the line below it (EL_REFRESH).  libedit is
 *   not thread-safe, so `mu` is held by the main thread whenever it is
 *   inside libedit, except while it blocks for a key; the hook takes `mu`.
 *   Lock order: the GIL before `mu` (the hook's thread holds the GIL); the
 *   main thread never waits for the GIL while it holds `mu`.
 *
 * - Keys are read by our own EL_GETCFN function, which polls in short slices
 *   and looks at signals_pending(): SIGINT may be delivered to any thread, so
 *   the main thread's read() is not reliably interrupted.  A pending signal
 *   runs its Python handler (with the GIL); if that raises (the default
 *   KeyboardInterrupt) the line is abandoned.  libedit's own signal handling
 *   (EL_SIGNAL) stays off: it re-sends signals to the whole process group.
 *
 * Without terminals on stdin and stdout (gilpy -i < file, gilpy | tee log),
 * lines are read from stdin and the prompts go to stderr, as CPython does.
 */
#include "repl.h"

#include <errno.h>
#include <histedit.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "int.h"
#include "signals.h"
#include "str.h"
#include "tstate.h"
#include "../modules/modules.h"

typedef struct Repl {
    ThreadState *ts;
    EditLine *el;          /* NULL: plain mode (stdin is not a terminal) */
    History *hist;
    char histfile[PATH_MAX];
    pthread_mutex_t mu;    /* libedit's state and the terminal, see above */
    _Atomic int reading;   /* el_gets is waiting for the line (hook active) */
    int interrupted;       /* a signal handler raised while reading */
    int tty_out[3];        /* fd 1 / fd 2 is a terminal */
    size_t out_col;        /* see advance_column */
    char *pend;            /* other threads' unfinished line, see tty_hook */
    size_t npend, pend_cap;
    int pend_fd;
    uint64_t pend_since;   /* when it started waiting (gil_now_ns) */
    char prompt[256];
    /* SIGINT is blocked in the main thread while libedit runs (its writes
     * and tcsetattr calls are not restarted after a signal) and unblocked
     * while read_byte waits: sigmask_open is the mask to wait with. */
    sigset_t sigint_only, sigmask_open;
} Repl;

/* ---- low-level terminal output ---- */

static void
put(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        p += w;
        n -= (size_t)w;
    }
}

static void
puts_fd(int fd, const char *s)
{
    put(fd, s, strlen(s));
}

/* Code points in p[0..n): the columns a line of ASCII / UTF-8 text takes. */
static size_t
text_width(const char *p, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)p[i] & 0xC0) != 0x80;
    return w;
}

static size_t
term_columns(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

/* Move to the first column of the prompt's row and clear to the end of the
 * screen: the prompt and the line being edited disappear.  Needs `mu`. */
static void
erase_edit_line(Repl *r)
{
    const LineInfo *li = el_line(r->el);
    size_t col = text_width(r->prompt, strlen(r->prompt));
    if (li)
        col += text_width(li->buffer, (size_t)(li->cursor - li->buffer));
    size_t row = col / term_columns();
    char seq[32];
    if (row > 0) {
        snprintf(seq, sizeof seq, "\x1b[%zuA", row);
        puts_fd(STDOUT_FILENO, seq);
    }
    puts_fd(STDOUT_FILENO, "\r\x1b[J");
}

/* Where other threads' text left off: the columns on its last, unfinished
 * line (print's text before its "\n"), 0 if it ended with a newline. */
static size_t
advance_column(size_t col, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\n' || c == '\r')
            col = 0;
        else if (c == '\t')
            col = (col / 8 + 1) * 8;
        else if ((c & 0xC0) != 0x80 && c >= 0x20)
            col++;
    }
    return col;
}

/* Put other threads' text on the screen while a line is edited: erase the
 * prompt and the line, write the text where the previous text left off (an
 * unfinished line goes on in place, the prompt moving to the row below
 * it), then have libedit redraw the prompt and the half-typed line with the
 * cursor where it was.  Needs `mu`. */
static void
draw_above(Repl *r, int fd, const char *p, size_t n)
{
    erase_edit_line(r);
    size_t cols = term_columns();
    if (r->out_col % cols != 0) {
        char seq[32];
        snprintf(seq, sizeof seq, "\x1b[A\x1b[%zuG", r->out_col % cols + 1);
        puts_fd(STDOUT_FILENO, seq);
    }
    put(fd, p, n);
    r->out_col = advance_column(r->out_col, p, n);
    if (r->out_col > 0)
        puts_fd(STDOUT_FILENO, "\r\n");
    el_set(r->el, EL_REFRESH);
}

/* Held text (see tty_hook) that waited long enough is drawn.  Needs `mu`. */
static void
draw_pending(Repl *r, uint64_t min_age_ns)
{
    if (r->npend && gil_now_ns() - r->pend_since >= min_age_ns) {
        draw_above(r, r->pend_fd, r->pend, r->npend);
        r->npend = 0;
    }
}

/* InterpState.tty_write_hook: another thread writes to fd 1 / 2 while the
 * main thread edits a line.  Complete lines are drawn above the prompt at
 * once; the text of an unfinished line (print writes its parts, then the
 * "\n") is held for a moment so a line is drawn in one piece, and drawn by
 * the main thread's key wait if its end does not come (progress dots). */
static int
tty_hook(ThreadState *ts, int fd, const char *p, size_t n)
{
    Repl *r = ts->interp->tty_hook_data;
    if (!r || !r->el || fd < 1 || fd > 2 || !r->tty_out[fd])
        return 0;
    /* The main thread itself writes while reading only from a signal
     * handler run by read_byte, which has released `mu`; never wait on it. */
    if (ts == r->ts) {
        if (pthread_mutex_trylock(&r->mu) != 0)
            return 0;
    } else {
        pthread_mutex_lock(&r->mu);
    }
    int done = 0;
    if (atomic_load(&r->reading)) {
        if (r->npend && r->pend_fd != fd)
            draw_pending(r, 0);
        if (r->npend + n > r->pend_cap) {
            size_t cap = (r->npend + n) * 2;
            char *nb = realloc(r->pend, cap);
            if (!nb) {
                pthread_mutex_unlock(&r->mu);
                return 0;
            }
            r->pend = nb;
            r->pend_cap = cap;
        }
        if (r->npend == 0)
            r->pend_since = gil_now_ns();
        memcpy(r->pend + r->npend, p, n);
        r->npend += n;
        r->pend_fd = fd;
        size_t k = r->npend;
        while (k > 0 && r->pend[k - 1] != '\n')
            k--;
        if (k > 0) {
            draw_above(r, fd, r->pend, k);
            memmove(r->pend, r->pend + k, r->npend - k);
            r->npend -= k;
            r->pend_since = gil_now_ns();
        }
        done = 1;
    }
    pthread_mutex_unlock(&r->mu);
    return done;
}

/* ---- reading keys without the GIL ---- */

/* How long an unfinished line of other threads' output may wait for its end. */
#define PEND_DRAW_NS 50000000u

/* Called without the GIL.  A pending signal runs its handler with the GIL;
 * -1 (and r->interrupted) if the handler raised. */
static int
check_signals(Repl *r)
{
    ThreadState *ts = r->ts;
    if (!signals_pending(ts))
        return 0;
    SP_END_ALLOW_THREADS(ts)
    int rc = signals_handle_pending(ts);
    SP_BEGIN_ALLOW_THREADS(ts, "input")
    if (rc < 0) {
        r->interrupted = 1;
        errno = EINTR;
        return -1;
    }
    return 0;
}

/* One byte of stdin: 1, 0 at EOF, -1 on error or interruption.  Called
 * with `mu` held and without the GIL; `mu` is released while blocked, so
 * other threads' output can be drawn meanwhile. */
static int
read_byte(Repl *r, unsigned char *c)
{
    int rc;
    pthread_mutex_unlock(&r->mu);
    pthread_sigmask(SIG_SETMASK, &r->sigmask_open, NULL);
    for (;;) {
        if (r->el) {
            pthread_mutex_lock(&r->mu);
            draw_pending(r, PEND_DRAW_NS);
            pthread_mutex_unlock(&r->mu);
        }
        if (check_signals(r) < 0) {
            rc = -1;
            break;
        }
        struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
        int k = poll(&p, 1, (int)(SIGNALS_SLICE_NS / 1000000));
        if (k < 0 && errno != EINTR) {
            rc = -1;
            break;
        }
        if (k > 0) {
            ssize_t n = read(STDIN_FILENO, c, 1);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            rc = (int)n;
            break;
        }
    }
    pthread_sigmask(SIG_BLOCK, &r->sigint_only, NULL);
    pthread_mutex_lock(&r->mu);
    return rc;
}

/* EL_GETCFN: one character, decoded from UTF-8 whatever the locale. */
static int
getc_fn(EditLine *el, wchar_t *wc)
{
    Repl *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    unsigned char c;
    int n = read_byte(r, &c);
    *wc = 0;
    if (n <= 0)
        return n;
    int need = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2
             : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (need < 0) {
        *wc = 0xFFFD;
        return 1;
    }
    uint32_t cp = need == 0 ? c : c & (0x3F >> need);
    for (int i = 0; i < need; i++) {
        n = read_byte(r, &c);
        if (n <= 0)
            return n;
        if ((c & 0xC0) != 0x80) {
            *wc = 0xFFFD;
            return 1;
        }
        cp = cp << 6 | (c & 0x3F);
    }
    *wc = (wchar_t)cp;
    return 1;
}

/* ---- Tab completion ---- */

static int
blank_text(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t')
            return 0;
    return 1;
}

/* Several candidates and nothing to add: list them under the line. */
static void
list_candidates(char **c)
{
    size_t n = 0, w = 0;
    for (; c[n]; n++)
        if (text_width(c[n], strlen(c[n])) > w)
            w = text_width(c[n], strlen(c[n]));
    size_t cols = term_columns() / (w + 2);
    if (cols == 0)
        cols = 1;
    size_t rows = (n + cols - 1) / cols;
    puts_fd(STDOUT_FILENO, "\n");
    for (size_t i = 0; i < rows; i++) {
        for (size_t j = 0; j < cols && j * rows + i < n; j++) {
            const char *s = c[j * rows + i];
            puts_fd(STDOUT_FILENO, s);
            if ((j + 1) * rows + i < n)
                for (size_t k = text_width(s, strlen(s)); k < w + 2; k++)
                    puts_fd(STDOUT_FILENO, " ");
        }
        puts_fd(STDOUT_FILENO, "\n");
    }
}

/* Bound to Tab: indent on a blank line, else complete the word before the
 * cursor (the common prefix of the candidates, or list them). */
static unsigned char
complete_fn(EditLine *el, int ch)
{
    Repl *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    const LineInfo *li = el_line(el);
    size_t end = (size_t)(li->cursor - li->buffer);
    if (blank_text(li->buffer, end)) {
        el_insertstr(el, "    ");
        return CC_REFRESH;
    }
    char *line = strndup(li->buffer, end);
    if (!line)
        return CC_ERROR;
    ThreadState *ts = r->ts;
    size_t start = 0;
    pthread_mutex_unlock(&r->mu);
    SP_END_ALLOW_THREADS(ts)
    char **c = complete_candidates(ts, line, end, &start);
    SP_BEGIN_ALLOW_THREADS(ts, "input")
    pthread_mutex_lock(&r->mu);
    free(line);
    if (!c)
        return CC_REFRESH_BEEP;
    size_t wl = end - start, lcp = strlen(c[0]);
    for (size_t i = 1; c[i]; i++) {
        size_t k = 0;
        while (k < lcp && c[i][k] == c[0][k])
            k++;
        lcp = k;
    }
    unsigned char rc = CC_REFRESH;
    if (lcp > wl) {
        char *ins = strndup(c[0] + wl, lcp - wl);
        if (ins)
            el_insertstr(el, ins);
        free(ins);
    } else if (c[1]) {
        list_candidates(c);
        rc = CC_REDISPLAY;
    }
    complete_free(c);
    return rc;
}

/* ---- the editor ---- */

static char *
prompt_fn(EditLine *el)
{
    Repl *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    return r->prompt;
}

/* libedit decodes and displays multibyte text by the locale's LC_CTYPE;
 * like CPython (PEP 538), fall back to UTF-8 when the locale is plain C. */
static void
set_ctype_locale(void)
{
    const char *loc = setlocale(LC_CTYPE, "");
    if (!loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX"))
        if (!setlocale(LC_CTYPE, "C.UTF-8"))
            setlocale(LC_CTYPE, "C.utf8");
}

static void
history_path(Repl *r)
{
    const char *f = getenv("GILPY_HISTFILE");
    const char *home = getenv("HOME");
    if (f && *f)
        snprintf(r->histfile, sizeof r->histfile, "%s", f);
    else if (home && *home)
        snprintf(r->histfile, sizeof r->histfile, "%s/.gilpy_history", home);
    else
        r->histfile[0] = 0;
}

static int
editor_open(Repl *r)
{
    HistEvent ev;
    set_ctype_locale();
    r->hist = history_init();
    r->el = el_init("gilpy", stdin, stdout, stderr);
    if (!r->hist || !r->el)
        return -1;
    history(r->hist, &ev, H_SETSIZE, 1000);
    history(r->hist, &ev, H_SETUNIQUE, 1);
    history_path(r);
    if (r->histfile[0])
        history(r->hist, &ev, H_LOAD, r->histfile);
    el_set(r->el, EL_CLIENTDATA, r);
    el_set(r->el, EL_EDITOR, "emacs");
    el_set(r->el, EL_HIST, history, r->hist);
    el_set(r->el, EL_PROMPT, prompt_fn);
    el_set(r->el, EL_GETCFN, getc_fn);
    el_set(r->el, EL_ADDFN, "gilpy-complete", "Complete a name or indent", complete_fn);
    el_set(r->el, EL_BIND, "^I", "gilpy-complete", NULL);
    el_set(r->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    /* The user's ~/.editrc (lines for all programs or "gilpy:") comes last,
     * so it may override the bindings above. */
    el_source(r->el, NULL);
    return 0;
}

static void
editor_close(Repl *r)
{
    if (r->el)
        el_end(r->el);
    if (r->hist)
        history_end(r->hist);
    r->el = NULL;
    r->hist = NULL;
}

static void
history_add(Repl *r, const char *line)
{
    HistEvent ev;
    if (!r->hist || blank_text(line, strlen(line)))
        return;
    history(r->hist, &ev, H_ENTER, line);
    if (r->histfile[0])
        history(r->hist, &ev, H_SAVE, r->histfile);
}

/* ---- reading one line ---- */

enum { LINE_OK = 1, LINE_EOF = 0, LINE_INTR = -1 };

static void
flush_std(ThreadState *ts)
{
    Value saved = exc_fetch(ts);
    if (sys_flush_std(ts) < 0)
        exc_clear(ts);
    ts->exc = saved;
}

/* Keys typed ahead (a paste): the auto-indent would double the pasted one. */
static int
typeahead(void)
{
    int n = 0;
    return ioctl(STDIN_FILENO, FIONREAD, &n) == 0 && n > 0;
}

static int
edit_line(Repl *r, const char *indent, char **out)
{
    ThreadState *ts = r->ts;
    if (indent[0] && !typeahead())
        el_push(r->el, indent);
    /* Raw mode before the prompt shows: keys typed right after it must not
     * be echoed (or a ^D taken as EOF) by the terminal's cooked mode. */
    el_set(r->el, EL_PREP_TERM, 1);
    char *copy = NULL;
    int count = 0;
    r->interrupted = 0;
    r->out_col = 0;
    ts->interp->tty_hook_data = r;
    ts->interp->tty_write_hook = tty_hook;
    SP_BEGIN_ALLOW_THREADS(ts, "input")
    pthread_sigmask(SIG_BLOCK, &r->sigint_only, &r->sigmask_open);
    pthread_mutex_lock(&r->mu);
    atomic_store(&r->reading, 1);
    const char *line = el_gets(r->el, &count);
    if (line)
        copy = strdup(line);
    atomic_store(&r->reading, 0);
    if (r->npend)
        put(r->pend_fd, r->pend, r->npend);
    r->npend = 0;
    pthread_mutex_unlock(&r->mu);
    pthread_sigmask(SIG_SETMASK, &r->sigmask_open, NULL);
    SP_END_ALLOW_THREADS(ts)
    ts->interp->tty_write_hook = NULL;
    if (r->interrupted) {
        free(copy);
        return LINE_INTR;
    }
    if (!copy)
        return line ? exc_no_memory(ts), LINE_INTR : LINE_EOF;
    *out = copy;
    return LINE_OK;
}

/* Plain mode: the prompt to stderr, then one line of stdin. */
static int
plain_line(Repl *r, char **out)
{
    ThreadState *ts = r->ts;
    Value err = sys_get(ts, "stderr");
    if (err && err != V_NONE && file_write_cstr(ts, err, r->prompt) < 0)
        exc_clear(ts);
    flush_std(ts);
    size_t n = 0, cap = 128;
    char *buf = malloc(cap);
    if (!buf)
        return exc_no_memory(ts), LINE_INTR;
    int rc = 1;
    unsigned char c;
    r->interrupted = 0;
    SP_BEGIN_ALLOW_THREADS(ts, "input")
    pthread_sigmask(SIG_BLOCK, &r->sigint_only, &r->sigmask_open);
    pthread_mutex_lock(&r->mu);
    while ((rc = read_byte(r, &c)) == 1) {
        if (n + 2 > cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                break;
            buf = nb;
        }
        buf[n++] = (char)c;
        if (c == '\n')
            break;
    }
    pthread_mutex_unlock(&r->mu);
    pthread_sigmask(SIG_SETMASK, &r->sigmask_open, NULL);
    SP_END_ALLOW_THREADS(ts)
    buf[n] = 0;
    if (r->interrupted) {
        free(buf);
        return LINE_INTR;
    }
    if (n == 0) {
        free(buf);
        return LINE_EOF;
    }
    *out = buf;
    return LINE_OK;
}

/* sys.ps1 / sys.ps2 as text (str() of any object, as CPython). */
static void
set_prompt(Repl *r, const char *which, const char *dflt)
{
    ThreadState *ts = r->ts;
    Value p = sys_get(ts, which);
    Value s = p ? obj_str(ts, p) : VNULL;
    if (!s)
        exc_clear(ts);
    snprintf(r->prompt, sizeof r->prompt, "%s", s ? str_cstr(s) : dflt);
}

/* One line without its newline; LINE_INTR with the exception set. */
static int
read_line(Repl *r, int first, const char *indent, char **out)
{
    ThreadState *ts = r->ts;
    if (signals_pending(ts) && signals_handle_pending(ts) < 0)
        return LINE_INTR;
    set_prompt(r, first ? "ps1" : "ps2", first ? ">>> " : "... ");
    flush_std(ts);
    int rc = r->el ? edit_line(r, indent, out) : plain_line(r, out);
    if (rc == LINE_OK) {
        size_t n = strlen(*out);
        while (n > 0 && ((*out)[n - 1] == '\n' || (*out)[n - 1] == '\r'))
            (*out)[--n] = 0;
        history_add(r, *out);
    }
    return rc;
}

/* ---- statements ---- */

/* The indentation offered for the line after `prev` inside a block: one
 * level more after a ':', one less after return/pass/break/continue/raise. */
static void
next_indent(const char *prev, char *out, size_t cap)
{
    size_t ind = 0;
    while (prev[ind] == ' ' || prev[ind] == '\t')
        ind++;
    size_t end = strlen(prev);
    const char *hash = strchr(prev, '#');
    if (hash && !strchr(prev, '\'') && !strchr(prev, '"'))
        end = (size_t)(hash - prev);
    while (end > 0 && (prev[end - 1] == ' ' || prev[end - 1] == '\t'))
        end--;
    size_t want = ind;
    static const char *const dedent[] = {"return", "pass", "break", "continue", "raise", NULL};
    if (end > 0 && prev[end - 1] == ':') {
        want = ind + 4;
    } else {
        for (int i = 0; dedent[i]; i++) {
            size_t k = strlen(dedent[i]);
            if (!strncmp(prev + ind, dedent[i], k) &&
                (prev[ind + k] == 0 || prev[ind + k] == ' ' || prev[ind + k] == '('))
                want = ind >= 4 ? ind - 4 : 0;
        }
    }
    if (want >= cap)
        want = cap - 1;
    memset(out, ' ', want);
    out[want] = 0;
}

/* Does this first line open a compound statement (ended by an empty line)? */
static int
starts_block(const char *line)
{
    while (*line == ' ' || *line == '\t')
        line++;
    if (*line == '@')
        return 1;
    static const char *const kw[] = {"if", "while", "for", "try", "with", "def", "class", "async",
                                     NULL};
    for (int i = 0; kw[i]; i++) {
        size_t k = strlen(kw[i]);
        if (!strncmp(line, kw[i], k) && !(line[k] == '_' || (line[k] >= 'a' && line[k] <= 'z') ||
                                          (line[k] >= 'A' && line[k] <= 'Z') ||
                                          (line[k] >= '0' && line[k] <= '9')))
            return 1;
    }
    return 0;
}

/* A SyntaxError that more lines could fix: an open bracket or string, a
 * trailing backslash, a header still waiting for its block. */
static int
incomplete_error(ThreadState *ts, int *needs_block)
{
    if (!ts->exc || !val_isinstance(ts->exc, &SyntaxErrorType))
        return 0;
    Value e = exc_fetch(ts);
    Value m = exc_as(e)->fields[0]; /* SyntaxError.msg */
    ts->exc = e;
    if (!m || !str_check(m))
        return 0;
    const char *s = str_cstr(m);
    *needs_block = strstr(s, "expected an indented block") != NULL;
    return *needs_block || strstr(s, "was never closed") || strstr(s, "unexpected EOF") ||
           strstr(s, "unterminated triple-quoted string");
}

/* SyntaxError.lineno of the pending exception (0 if unknown). */
static int64_t
error_line(ThreadState *ts)
{
    Value e = ts->exc;
    Value ln = e && val_isinstance(e, &SyntaxErrorType) ? exc_as(e)->fields[2] : VNULL;
    return ln && val_is_int(ln) ? val_as_int(ln) : 0;
}

static int
system_exit_status(ThreadState *ts, Value exc)
{
    Value code = exc_as(exc)->fields[0];
    if (!code || code == V_NONE)
        return 0;
    if (int_check(code)) {
        int ov = 0;
        int64_t v = int_as_i64(ts, code, &ov);
        exc_clear(ts);
        return ov || v > INT_MAX || v < INT_MIN ? -1 : (int)v;
    }
    Value err = sys_get(ts, "stderr");
    Value s = obj_str(ts, code);
    if (s && err && err != V_NONE && file_write_cstr(ts, err, str_cstr(s)) == 0)
        file_write_cstr(ts, err, "\n");
    exc_clear(ts);
    return 1;
}

/* Show the pending exception with sys.excepthook (PyErr_Print).  Returns
 * -1 to go on, or the exit status for a SystemExit. */
static int
show_exception(ThreadState *ts)
{
    flush_std(ts);
    Value exc = exc_fetch(ts);
    ts_push_root(ts, exc);
    int status = -1;
    if (val_isinstance(exc, &SystemExitType)) {
        status = system_exit_status(ts, exc);
        ts_pop_roots(ts, 1);
        return status < 0 ? 1 : status;
    }
    Value sys = ts->interp->sys;
    Value d = sys ? *obj_dict_slot(sys) : VNULL;
    Value tb = exc_as(exc)->traceback ? exc_as(exc)->traceback : V_NONE;
    Value type = val_from_obj(val_type(exc));
    if (d && (dict_set_cstr(ts, d, "last_type", type) < 0 ||
              dict_set_cstr(ts, d, "last_value", exc) < 0 ||
              dict_set_cstr(ts, d, "last_traceback", tb) < 0))
        exc_clear(ts);
    Value hook = sys_get(ts, "excepthook");
    Value err = sys_get(ts, "stderr");
    if (!hook || hook == V_NONE) {
        if (err && err != V_NONE)
            file_write_cstr(ts, err, "sys.excepthook is missing\n");
        exc_clear(ts);
        exc_print(ts, exc, VNULL);
    } else {
        Value args[3] = {type, exc, tb};
        if (!obj_call(ts, hook, args, 3, VNULL)) {
            Value e2 = exc_fetch(ts);
            ts_push_root(ts, e2);
            if (val_isinstance(e2, &SystemExitType)) {
                status = system_exit_status(ts, e2);
                status = status < 0 ? 1 : status;
            } else if (err && err != V_NONE) {
                file_write_cstr(ts, err, "Error in sys.excepthook:\n");
                exc_print(ts, e2, err);
                file_write_cstr(ts, err, "\nOriginal exception was:\n");
                exc_print(ts, exc, err);
            }
            ts_pop_roots(ts, 1);
        }
    }
    exc_clear(ts);
    flush_std(ts);
    ts_pop_roots(ts, 1);
    return status;
}

/* Bare `exit` or `quit` leaves, as in CPython 3.13's REPL (3.11 prints a
 * hint instead), unless the user gave the name another meaning. */
static int
bare_exit(ThreadState *ts, const char *line)
{
    while (*line == ' ' || *line == '\t')
        line++;
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
    if (!((n == 4 && !strncmp(line, "exit", 4)) || (n == 4 && !strncmp(line, "quit", 4))))
        return 0;
    char name[5];
    memcpy(name, line, 4);
    name[4] = 0;
    return !dict_get_cstr(ts, ts->interp->main_dict, name);
}

typedef struct Input {
    char *src;
    size_t len, cap;
    int nlines;
} Input;

static int
input_add(Input *in, const char *line)
{
    size_t n = strlen(line);
    if (in->len + n + 2 > in->cap) {
        size_t cap = (in->len + n + 2) * 2;
        char *nb = realloc(in->src, cap);
        if (!nb)
            return -1;
        in->src = nb;
        in->cap = cap;
    }
    memcpy(in->src + in->len, line, n);
    in->len += n;
    in->src[in->len++] = '\n';
    in->src[in->len] = 0;
    in->nlines++;
    return 0;
}

enum { STMT_CODE, STMT_NONE, STMT_ERROR, STMT_EOF };

/* Read lines until they form a statement; its code object in *code. */
static int
read_statement(Repl *r, Value *code)
{
    ThreadState *ts = r->ts;
    Input in = {0};
    int block = 0, rc = STMT_NONE;
    char indent[128] = "", *line = NULL;
    for (;;) {
        int lr = read_line(r, in.nlines == 0, indent, &line);
        if (lr == LINE_INTR) {
            if (r->el)
                puts_fd(STDOUT_FILENO, "\n");
            rc = STMT_ERROR;
            break;
        }
        if (lr == LINE_EOF) {
            puts_fd(STDERR_FILENO, "\n");
            rc = STMT_EOF;
            break;
        }
        int blank = blank_text(line, strlen(line));
        if (blank && in.nlines == 0) {
            rc = STMT_NONE;
            break;
        }
        if (in.nlines == 0 && bare_exit(ts, line)) {
            rc = STMT_EOF;
            break;
        }
        if (in.nlines == 0)
            block = starts_block(line);
        if (input_add(&in, line) < 0) {
            exc_no_memory(ts);
            rc = STMT_ERROR;
            break;
        }
        next_indent(line, indent, sizeof indent);
        free(line);
        line = NULL;
        *code = compile_source(ts, in.src, in.len, "<stdin>", "single");
        if (*code) {
            if (block && !blank)
                continue;
            rc = STMT_CODE;
            break;
        }
        int needs_block = 0;
        if (block && !blank && in.nlines > 1 && !incomplete_error(ts, &needs_block) &&
            error_line(ts) >= in.nlines) {
            /* Inside a block, an error on the last line may be mended by
             * the next one ("try:" body then "except"); one on an earlier
             * line is reported at once, as CPython does. */
            exc_clear(ts);
            continue;
        }
        if (incomplete_error(ts, &needs_block) && !(blank && needs_block)) {
            exc_clear(ts);
            block |= needs_block;
            if (!block)
                indent[0] = 0;
            continue;
        }
        rc = STMT_ERROR;
        break;
    }
    free(line);
    free(in.src);
    return rc;
}

static int
run_code(ThreadState *ts, Value code)
{
    ts_push_root(ts, code);
    Value res = eval_code(ts, code, ts->interp->main_dict, ts->interp->main_dict);
    ts_pop_roots(ts, 1);
    return res ? -1 : show_exception(ts);
}

/* ---- the loop ---- */

static void
print_banner(ThreadState *ts)
{
    char b[512];
    snprintf(b, sizeof b,
             "gilpy %s (Python %d.%d.%d compatible, %s, %s) [GCC %s] on linux\n"
             "Type \"exit()\" or Ctrl-D to leave; Tab completes, Ctrl-R searches the "
             "history.\n",
             GILPY_VERSION, GILPY_PY_MAJOR, GILPY_PY_MINOR, GILPY_PY_MICRO, __DATE__, __TIME__,
             __VERSION__);
    Value err = sys_get(ts, "stderr");
    if (err && err != V_NONE && file_write_cstr(ts, err, b) < 0)
        exc_clear(ts);
}

static int
ensure_main(ThreadState *ts)
{
    if (!ts->interp->main_dict) {
        int rc = run_main_string(ts, "", "<stdin>");
        if (rc != 0 || !ts->interp->main_dict)
            return -1;
    }
    Value sys = ts->interp->sys;
    Value d = sys ? *obj_dict_slot(sys) : VNULL;
    if (!d)
        return -1;
    static const char *const ps[][2] = {{"ps1", ">>> "}, {"ps2", "... "}};
    for (int i = 0; i < 2; i++) {
        if (dict_get_cstr(ts, d, ps[i][0]))
            continue;
        Value s = str_from_cstr(ts, ps[i][1]);
        if (!s || dict_set_cstr(ts, d, ps[i][0], s) < 0)
            return -1;
    }
    return 0;
}

int
repl_run(ThreadState *ts, int banner)
{
    if (ensure_main(ts) < 0) {
        if (ts_has_exc(ts))
            exc_print(ts, exc_fetch(ts), VNULL);
        return 1;
    }
    Repl r;
    memset(&r, 0, sizeof r);
    r.ts = ts;
    pthread_mutex_init(&r.mu, NULL);
    sigemptyset(&r.sigint_only);
    sigaddset(&r.sigint_only, SIGINT);
    r.tty_out[1] = isatty(STDOUT_FILENO);
    r.tty_out[2] = isatty(STDERR_FILENO);
    /* As CPython: line editing only when both stdin and stdout are terminals. */
    if (isatty(STDIN_FILENO) && r.tty_out[1] && editor_open(&r) < 0)
        editor_close(&r);
    if (banner)
        print_banner(ts);
    int status = 0;
    for (;;) {
        Value code = VNULL;
        int k = read_statement(&r, &code);
        if (k == STMT_EOF)
            break;
        if (k == STMT_NONE)
            continue;
        int st = k == STMT_ERROR ? show_exception(ts) : run_code(ts, code);
        if (st >= 0) {
            status = st;
            break;
        }
    }
    ts->interp->tty_write_hook = NULL;
    ts->interp->tty_hook_data = NULL;
    editor_close(&r);
    free(r.pend);
    pthread_mutex_destroy(&r.mu);
    flush_std(ts);
    return status;
}
