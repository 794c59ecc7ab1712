/* modules/sys.c: the sys module and the C file type behind sys.stdout and open().
 * SPDX-License-Identifier: MIT
 *
 * FileObj is a small buffered file on a descriptor.  Output buffering
 * follows CPython's std streams: line-buffered on a tty, block-buffered
 * (8 KiB) on pipes and files, and written through with -u or
 * PYTHONUNBUFFERED.  CPython's stderr is line-buffered; since nothing
 * flushes stdout before a stderr write, the interleaving on a shared pipe
 * is the same as CPython's.  run.c flushes stdout before printing an
 * uncaught exception (CPython's flush_io) and at exit.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "modules.h"
#include "thread_mod.h"
#include "modules/import.h"

#define FILE_BUFSIZE 8192

/* ---- the file type ---- */

static void
file_mark(GC *gc, Obj *o)
{
    FileObj *f = (FileObj *)o;
    gc_mark(gc, f->dict);
    gc_mark(gc, f->name);
    gc_mark(gc, f->mode);
    gc_mark(gc, f->encoding);
    gc_mark(gc, f->buffer);
    gc_mark(gc, f->peer);
}

/* Write all of buf to the descriptor; errno on failure.  With a ts the
 * GIL is released around each write(2) (a pipe or terminal may block);
 * buf must then be memory no other thread can change: a str's bytes or a
 * buffer detached from its file (write_detached).  Without a ts (a
 * finalizer in the collector) the GIL stays held. */
static int
write_all(ThreadState *ts, int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w;
        if (ts) {
            SP_BEGIN_ALLOW_THREADS(ts, "write")
            w = write(fd, p, n);
            SP_END_ALLOW_THREADS(ts)
        } else {
            w = write(fd, p, n);
        }
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Write x's buffered bytes with the buffer taken out of x, so that a thread
 * writing to x while this one is blocked starts a new buffer instead of
 * moving or overwriting the bytes being written. */
static int
write_detached(ThreadState *ts, FileObj *x)
{
    size_t n = x->wlen, cap = x->wcap;
    char *buf = x->wbuf;
    if (!n)
        return 0;
    x->wbuf = NULL;
    x->wcap = 0;
    x->wlen = 0;
    int rc = write_all(ts, x->fd, buf, n);
    int err = errno;
    if (!x->wbuf) {
        x->wbuf = buf;
        x->wcap = cap;
    } else {
        free(buf);
    }
    errno = err;
    return rc;
}

/* Where a file's flushed bytes go: the descriptor, or for a text file with
 * a .buffer view the view's buffer (TextIOWrapper over BufferedWriter), so
 * text and binary writes interleave as in CPython. */
static int
sink_write(ThreadState *ts, FileObj *f, const char *p, size_t n)
{
    if (!f->buffer)
        return write_all(ts, f->fd, p, n);
    FileObj *v = (FileObj *)val_as_obj(f->buffer);
    if (v->wlen + n > v->wcap || v->write_through) {
        if (write_detached(ts, v) < 0)
            return -1;
    }
    if (n > v->wcap || v->write_through)
        return write_all(ts, v->fd, p, n);
    memcpy(v->wbuf + v->wlen, p, n);
    v->wlen += n;
    return 0;
}

static int
raw_flush(ThreadState *ts, FileObj *f)
{
    if (f->wlen == 0)
        return 0;
    if (!f->buffer)
        return write_detached(ts, f);
    size_t n = f->wlen;
    f->wlen = 0;
    return sink_write(ts, f, f->wbuf, n);
}

static void
file_finalize(Obj *o)
{
    FileObj *f = (FileObj *)o;
    if (!f->closed) {
        /* Only this object's own buffer: a .buffer peer may be gone already. */
        if (f->wlen)
            write_all(NULL, f->fd, f->wbuf, f->wlen);
        f->wlen = 0;
        if (f->closefd && f->fd > 2)
            close(f->fd);
    }
    free(f->wbuf);
    free(f->rbuf);
}

static FileObj *
file_self(Value v)
{
    return (FileObj *)val_as_obj(v);
}

static int
check_open(ThreadState *ts, FileObj *f)
{
    if (f->closed) {
        exc_raise(ts, &ValueErrorType, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

int
file_flush(ThreadState *ts, FileObj *f)
{
    if (check_open(ts, f) < 0)
        return -1;
    if (raw_flush(ts, f) < 0 || (f->buffer && raw_flush(ts, file_self(f->buffer)) < 0)) {
        exc_raise_errno(ts, errno, VNULL);
        return -1;
    }
    return 0;
}

/* Append bytes to the write buffer, honouring the buffering mode. */
int
file_write_bytes(ThreadState *ts, FileObj *f, const char *p, size_t n)
{
    if (check_open(ts, f) < 0)
        return -1;
    if (!f->writable) {
        exc_raise(ts, &UnsupportedOperationType, "not writable");
        return -1;
    }
    if (f->rlen > f->rpos) {
        /* Reading ahead moved the OS position; put it back before writing. */
        lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR);
    }
    f->rlen = f->rpos = 0;
    if (ts->interp->tty_write_hook && (f->fd == 1 || f->fd == 2)) {
        /* The REPL is editing a line (set only while it waits for input):
         * it puts the text above the prompt and redraws the line. */
        if (file_flush(ts, f) < 0)
            return -1;
        if (ts->interp->tty_write_hook(ts, f->fd, p, n))
            return 0;
    }
    if ((f->wlen + n > FILE_BUFSIZE || n >= FILE_BUFSIZE || f->write_through) &&
        raw_flush(ts, f) < 0) {
        exc_raise_errno(ts, errno, VNULL);
        return -1;
    }
    if (n >= FILE_BUFSIZE || f->write_through) {
        if (sink_write(ts, f, p, n) < 0) {
            exc_raise_errno(ts, errno, VNULL);
            return -1;
        }
        return 0;
    }
    if (f->wcap < f->wlen + n) {
        size_t cap = FILE_BUFSIZE;
        char *nb = realloc(f->wbuf, cap);
        if (!nb) {
            exc_no_memory(ts);
            return -1;
        }
        f->wbuf = nb;
        f->wcap = cap;
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    if (f->line_buffering && memchr(p, '\n', n))
        return file_flush(ts, f);
    return 0;
}

/* Read more bytes into the read buffer; 0 at EOF, -1 error, else bytes read. */
static ssize_t
fill(ThreadState *ts, FileObj *f)
{
    if (f->rpos > 0) {
        /* Drop consumed bytes so the buffer only grows for long lines. */
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < FILE_BUFSIZE) {
        size_t cap = f->rcap ? f->rcap * 2 : FILE_BUFSIZE * 2;
        char *nb = realloc(f->rbuf, cap);
        if (!nb) {
            exc_no_memory(ts);
            return -1;
        }
        f->rbuf = nb;
        f->rcap = cap;
    }
    for (;;) {
        /* Block without the GIL unless another thread is already reading
         * this file (it could move rbuf under us). */
        int fd = f->fd;
        char *buf = f->rbuf + f->rlen;
        size_t room = f->rcap - f->rlen;
        ssize_t r;
        if (!f->reading) {
            f->reading = 1;
            SP_BEGIN_ALLOW_THREADS(ts, "read")
            r = read(fd, buf, room);
            SP_END_ALLOW_THREADS(ts)
            f->reading = 0;
        } else {
            r = read(fd, buf, room);
        }
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            exc_raise_errno(ts, errno, VNULL);
            return -1;
        }
        f->rlen += (size_t)r;
        return r;
    }
}

/* Move bytes read ahead by `from` to the front of `to`'s read buffer, so a
 * text file and its .buffer view see one stream. */
static int
take_readahead(ThreadState *ts, FileObj *to, FileObj *from)
{
    size_t n = from->rlen - from->rpos;
    if (!n)
        return 0;
    size_t have = to->rlen - to->rpos;
    char *nb = malloc(n + have + FILE_BUFSIZE);
    if (!nb) {
        exc_no_memory(ts);
        return -1;
    }
    memcpy(nb, from->rbuf + from->rpos, n);
    if (have)
        memcpy(nb + n, to->rbuf + to->rpos, have);
    free(to->rbuf);
    to->rbuf = nb;
    to->rcap = n + have + FILE_BUFSIZE;
    to->rpos = 0;
    to->rlen = n + have;
    from->rpos = from->rlen = 0;
    return 0;
}

static int
check_readable(ThreadState *ts, FileObj *f)
{
    if (check_open(ts, f) < 0)
        return -1;
    if (!f->readable) {
        exc_raise(ts, &UnsupportedOperationType, "not readable");
        return -1;
    }
    if (f->wlen && file_flush(ts, f) < 0)
        return -1;
    if (f->peer && take_readahead(ts, f, file_self(f->peer)) < 0)
        return -1;
    if (f->buffer && take_readahead(ts, f, file_self(f->buffer)) < 0)
        return -1;
    if (!f->rbuf) {
        /* The readers compute rbuf + rpos before the first fill. */
        f->rbuf = malloc(FILE_BUFSIZE);
        if (!f->rbuf) {
            exc_no_memory(ts);
            return -1;
        }
        f->rcap = FILE_BUFSIZE;
    }
    return 0;
}

/* Text mode decodes with the file's encoding (strict, as CPython) and
 * translates "\r\n" and a lone "\r" to "\n" (universal newlines). A "\r"
 * ending the chunk is kept: its "\n" may start the next read. */
static Value
decode_text(ThreadState *ts, FileObj *f, const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && (unsigned char)p[i] < 0x80)
        i++;
    if (i == n)
        return str_new(ts, p, n);
    const char *enc = f->encoding && str_check(f->encoding) ? str_cstr(f->encoding) : "utf-8";
    return bytes_decode(ts, p, n, enc, "strict");
}

static Value
make_result(ThreadState *ts, FileObj *f, const char *p, size_t n)
{
    if (f->binary)
        return bytes_new(ts, p, n);
    if (f->keep_newlines || !memchr(p, '\r', n))
        return decode_text(ts, f, p, n);
    char *buf = malloc(n ? n : 1);
    if (!buf)
        return exc_no_memory(ts);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r' && i + 1 < n)
            buf[k++] = '\n', i += p[i + 1] == '\n';
        else
            buf[k++] = p[i];
    }
    Value r = decode_text(ts, f, buf, k);
    free(buf);
    return r;
}

Value
file_readline(ThreadState *ts, FileObj *f, int64_t limit)
{
    if (check_readable(ts, f) < 0)
        return VNULL;
    size_t scanned = 0;
    for (;;) {
        char *start = f->rbuf + f->rpos;
        size_t avail = f->rlen - f->rpos;
        char *nl = avail > scanned ? memchr(start + scanned, '\n', avail - scanned) : NULL;
        size_t take = 0;
        if (nl)
            take = (size_t)(nl - start) + 1;
        if (limit >= 0 && (size_t)limit <= avail && (!nl || take > (size_t)limit))
            take = (size_t)limit;
        if (take) {
            Value r = make_result(ts, f, start, take);
            f->rpos += take;
            return r;
        }
        scanned = avail;
        ssize_t got = fill(ts, f);
        if (got < 0)
            return VNULL;
        if (got == 0) {
            start = f->rbuf + f->rpos;
            avail = f->rlen - f->rpos;
            Value r = make_result(ts, f, avail ? start : "", avail);
            f->rpos = f->rlen;
            return r;
        }
    }
}

/* read(n): n < 0 reads to EOF; n counts code points in text mode. */
static Value
file_read(ThreadState *ts, FileObj *f, int64_t n)
{
    if (check_readable(ts, f) < 0)
        return VNULL;
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        size_t take = avail;
        bool enough = false;
        if (n >= 0) {
            if (f->binary) {
                enough = avail >= (size_t)n;
                take = enough ? (size_t)n : avail;
            } else {
                size_t i = 0;
                int64_t cps = 0;
                const char *p = f->rbuf + f->rpos;
                while (i < avail && cps < n) {
                    unsigned char c = (unsigned char)p[i];
                    size_t l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
                    if (i + l > avail)
                        break;
                    i += l;
                    cps++;
                }
                enough = cps == n;
                take = i;
            }
        }
        if (!enough) {
            ssize_t got = fill(ts, f);
            if (got < 0)
                return VNULL;
            if (got > 0)
                continue;
            take = n >= 0 && take < f->rlen - f->rpos ? take : f->rlen - f->rpos;
        }
        Value r = make_result(ts, f, take ? f->rbuf + f->rpos : "", take);
        f->rpos += take;
        return r;
    }
}

static int
do_close(ThreadState *ts, FileObj *f)
{
    if (f->closed)
        return 0;
    int r = raw_flush(ts, f);
    int err = errno;
    f->closed = 1;
    if (f->closefd && f->fd > 2)
        close(f->fd);
    if (r < 0) {
        exc_raise_errno(ts, err, VNULL);
        return -1;
    }
    return 0;
}

/* ---- file methods ---- */

static int64_t
opt_size(ThreadState *ts, Value *args, int nargs, int *err)
{
    *err = 0;
    if (nargs < 2 || args[1] == V_NONE)
        return -1;
    if (!int_check(args[1])) {
        exc_raise(ts, &TypeErrorType, "argument should be integer or None, not '%s'",
                  obj_type_name(args[1]));
        *err = 1;
        return 0;
    }
    int ov = 0;
    int64_t v = int_as_i64(ts, args[1], &ov);
    if (ov)
        *err = 1;
    return v;
}

static Value
fm_write(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "write", kwnames) < 0 || arg_check_count(ts, "write", nargs - 1, 1, 1) < 0)
        return VNULL;
    FileObj *f = file_self(args[0]);
    Value s = args[1];
    if (f->binary) {
        const char *d;
        int64_t n;
        if (!bytes_view(s, &d, &n))
            return exc_raise(ts, &TypeErrorType, "a bytes-like object is required, not '%s'",
                             obj_type_name(s));
        if (file_write_bytes(ts, f, d, (size_t)n) < 0)
            return VNULL;
        return int_from_i64(ts, n);
    }
    if (!str_check(s))
        return exc_raise(ts, &TypeErrorType, "write() argument must be str, not %s",
                         obj_type_name(s));
    if (file_write_bytes(ts, f, str_as(s)->data, (size_t)str_as(s)->size) < 0)
        return VNULL;
    return int_from_i64(ts, str_as(s)->len);
}

static Value
fm_writelines(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "writelines", nargs - 1, 1, 1) < 0)
        return VNULL;
    Value it = obj_iter(ts, args[1]);
    if (!it)
        return VNULL;
    ts_push_root(ts, it);
    Value item;
    while ((item = obj_next(ts, it))) {
        Value a[2] = {args[0], item};
        if (!fm_write(ts, a, 2, VNULL)) {
            ts_pop_roots(ts, 1);
            return VNULL;
        }
    }
    ts_pop_roots(ts, 1);
    return ts_has_exc(ts) ? VNULL : V_NONE;
}

static Value
fm_flush(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return file_flush(ts, file_self(args[0])) < 0 ? VNULL : V_NONE;
}

static Value
fm_read(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "read", nargs - 1, 0, 1) < 0)
        return VNULL;
    int err;
    int64_t n = opt_size(ts, args, nargs, &err);
    return err ? VNULL : file_read(ts, file_self(args[0]), n);
}

static Value
fm_readline(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "readline", nargs - 1, 0, 1) < 0)
        return VNULL;
    int err;
    int64_t n = opt_size(ts, args, nargs, &err);
    return err ? VNULL : file_readline(ts, file_self(args[0]), n);
}

static Value
fm_readlines(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    FileObj *f = file_self(args[0]);
    Value l = list_new(ts, 0);
    if (!l)
        return VNULL;
    for (;;) {
        Value line = file_readline(ts, f, -1);
        if (!line)
            return VNULL;
        int64_t len = f->binary ? bytes_as(line)->size : str_as(line)->size;
        if (len == 0)
            return l;
        if (list_append(ts, l, line) < 0)
            return VNULL;
    }
}

static Value
fm_close(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return do_close(ts, file_self(args[0])) < 0 ? VNULL : V_NONE;
}

static Value
fm_fileno(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    FileObj *f = file_self(args[0]);
    if (check_open(ts, f) < 0)
        return VNULL;
    return val_from_int(f->fd);
}

static Value
fm_isatty(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    FileObj *f = file_self(args[0]);
    if (check_open(ts, f) < 0)
        return VNULL;
    return val_bool(isatty(f->fd));
}

static Value
fm_readable(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    FileObj *f = file_self(args[0]);
    if (check_open(ts, f) < 0)
        return VNULL;
    return val_bool(f->readable);
}

static Value
fm_writable(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    FileObj *f = file_self(args[0]);
    if (check_open(ts, f) < 0)
        return VNULL;
    return val_bool(f->writable);
}

static Value
fm_seekable(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    FileObj *f = file_self(args[0]);
    if (check_open(ts, f) < 0)
        return VNULL;
    return val_bool(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static Value
fm_tell(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    FileObj *f = file_self(args[0]);
    if (check_open(ts, f) < 0)
        return VNULL;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0)
        return exc_raise_errno(ts, errno, VNULL);
    return int_from_i64(ts, (int64_t)pos - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen);
}

static Value
fm_seek(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "seek", nargs - 1, 1, 2) < 0)
        return VNULL;
    FileObj *f = file_self(args[0]);
    if (file_flush(ts, f) < 0)
        return VNULL;
    if (!int_check(args[1]) || (nargs > 2 && !int_check(args[2])))
        return exc_raise(ts, &TypeErrorType, "an integer is required");
    int ov = 0;
    int64_t off = int_as_i64(ts, args[1], &ov);
    if (ov)
        return VNULL;
    int whence = nargs > 2 ? (int)val_as_int(args[2]) : SEEK_SET;
    if (whence == SEEK_CUR)
        off -= (int64_t)(f->rlen - f->rpos);
    f->rpos = f->rlen = 0;
    off_t r = lseek(f->fd, (off_t)off, whence);
    if (r < 0)
        return exc_raise_errno(ts, errno, VNULL);
    return int_from_i64(ts, (int64_t)r);
}

static Value
fm_enter(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (check_open(ts, file_self(args[0])) < 0)
        return VNULL;
    return args[0];
}

static Value
fm_exit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return do_close(ts, file_self(args[0])) < 0 ? VNULL : V_NONE;
}

static const MethodDef file_methods[] = {
    {"write", fm_write, 0},       {"writelines", fm_writelines, 0}, {"flush", fm_flush, 0},
    {"read", fm_read, 0},         {"readline", fm_readline, 0},     {"readlines", fm_readlines, 0},
    {"close", fm_close, 0},       {"fileno", fm_fileno, 0},         {"isatty", fm_isatty, 0},
    {"readable", fm_readable, 0}, {"writable", fm_writable, 0},     {"seekable", fm_seekable, 0},
    {"tell", fm_tell, 0},         {"seek", fm_seek, 0},             {"__enter__", fm_enter, 0},
    {"__exit__", fm_exit, 0},     {NULL},
};

static Value
fg_name(ThreadState *ts, Value self)
{
    return file_self(self)->name;
}

static Value
fg_mode(ThreadState *ts, Value self)
{
    return file_self(self)->mode;
}

static Value
fg_closed(ThreadState *ts, Value self)
{
    return val_bool(file_self(self)->closed);
}

static Value
fg_encoding(ThreadState *ts, Value self)
{
    FileObj *f = file_self(self);
    if (f->binary)
        return exc_raise(ts, &AttributeErrorType, "'_io.BufferedReader' object has no attribute 'encoding'");
    return f->encoding;
}

static Value
fg_errors(ThreadState *ts, Value self)
{
    return str_from_cstr(ts, file_self(self)->fd == 2 ? "backslashreplace" : "strict");
}

static Value
fg_buffer(ThreadState *ts, Value self)
{
    FileObj *f = file_self(self);
    if (f->binary)
        return exc_raise(ts, &AttributeErrorType, "'%s' object has no attribute 'buffer'",
                         f->readable ? "_io.BufferedReader" : "_io.BufferedWriter");
    if (!f->buffer) {
        const char *m = str_cstr(f->mode);
        const char *bm = strchr(m, '+') ? "rb+" : strchr(m, 'r') ? "rb" : "wb";
        Value b = file_new_fd(ts, f->fd, f->name, bm, "utf-8", 0);
        if (!b)
            return VNULL;
        FileObj *v = file_self(b);
        v->peer = self;
        v->write_through = f->write_through;
        v->wbuf = malloc(FILE_BUFSIZE);
        if (!v->wbuf)
            return exc_no_memory(ts);
        v->wcap = FILE_BUFSIZE;
        f->buffer = b;
    }
    return f->buffer;
}

static Value
fg_line_buffering(ThreadState *ts, Value self)
{
    return val_bool(file_self(self)->line_buffering);
}

static const GetSetDef file_getsets[] = {
    {"name", fg_name, NULL},         {"mode", fg_mode, NULL},
    {"closed", fg_closed, NULL},     {"encoding", fg_encoding, NULL},
    {"errors", fg_errors, NULL},     {"line_buffering", fg_line_buffering, NULL},
    {"buffer", fg_buffer, NULL},
    {NULL},
};

static Value
file_repr(ThreadState *ts, Value self)
{
    FileObj *f = file_self(self);
    Value n = obj_repr(ts, f->name);
    if (!n)
        return VNULL;
    if (f->binary)
        return str_from_fmt(ts, "<_io.%s name=%s>",
                            f->readable && f->writable ? "BufferedRandom"
                            : f->readable              ? "BufferedReader"
                                                       : "BufferedWriter",
                            str_cstr(n));
    return str_from_fmt(ts, "<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>", str_cstr(n),
                        str_cstr(f->mode), str_cstr(f->encoding));
}

static Value
file_iter(ThreadState *ts, Value self)
{
    if (check_open(ts, file_self(self)) < 0)
        return VNULL;
    return self;
}

static Value
file_iternext(ThreadState *ts, Value self)
{
    FileObj *f = file_self(self);
    Value line = file_readline(ts, f, -1);
    if (!line)
        return VNULL;
    int64_t len = f->binary ? bytes_as(line)->size : str_as(line)->size;
    return len ? line : VNULL;
}

Type FileType = {.name = "_io.TextIOWrapper", .parent = &ObjectType, .basicsize = sizeof(FileObj),
                 .dict_offset = offsetof(FileObj, dict), .mark = file_mark,
                 .finalize = file_finalize, .repr = file_repr, .iter = file_iter,
                 .iternext = file_iternext, .methods = file_methods, .getsets = file_getsets};

Type UnsupportedOperationType = {.name = "UnsupportedOperation", .parent = &OSErrorType,
                                 .flags = TF_BASETYPE | TF_EXC_SUBCLASS,
                                 .basicsize = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict)};

Value
file_new_fd(ThreadState *ts, int fd, Value name, const char *mode, const char *encoding,
            int closefd)
{
    FileObj *f = gc_alloc(ts, &FileType, sizeof(FileObj));
    if (!f)
        return VNULL;
    f->fd = fd;
    f->name = name;
    f->closefd = (uint8_t)closefd;
    f->mode = str_from_cstr(ts, mode);
    f->encoding = str_from_cstr(ts, encoding);
    if (!f->mode || !f->encoding)
        return VNULL;
    f->binary = strchr(mode, 'b') != NULL;
    f->readable = strchr(mode, 'r') || strchr(mode, '+');
    f->writable = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, 'x') || strchr(mode, '+');
    return val_from_obj(f);
}

/* ---- sys functions ---- */

static Value
sys_exit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "exit", kwnames) < 0 || arg_check_count(ts, "exit", nargs, 0, 1) < 0)
        return VNULL;
    /* PyErr_SetObject semantics: a tuple argument is the args tuple. */
    if (nargs && tuple_check(args[0]) && val_is(args[0], &TupleType)) {
        Value e = exc_new(ts, &SystemExitType, args[0]);
        return e ? exc_raise_value(ts, e) : VNULL;
    }
    return exc_raise_arg(ts, &SystemExitType, nargs ? args[0] : VNULL);
}

static Value
sys_getrecursionlimit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_from_int(ts->interp->recursion_limit);
}

static Value
sys_setrecursionlimit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "setrecursionlimit", nargs, 1, 1) < 0)
        return VNULL;
    if (float_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    Value i = obj_index(ts, args[0]);
    if (!i)
        return VNULL;
    int ov = 0;
    int64_t n = int_as_i64(ts, i, &ov);
    if (ov || n > 0x7fffffff)
        return exc_raise(ts, &OverflowErrorType, "Python int too large to convert to C int");
    if (n < 1)
        return exc_raise(ts, &ValueErrorType, "recursion limit must be greater or equal than 1");
    if (ts->recursion_depth >= n)
        return exc_raise(ts, &RecursionErrorType,
                         "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                         (int)n, ts->recursion_depth);
    ts->interp->recursion_limit = (int)n;
    return V_NONE;
}

static Value
exc_info_tuple(ThreadState *ts, Value e)
{
    if (!e || e == V_NONE)
        return tuple_pack(ts, 3, V_NONE, V_NONE, V_NONE);
    Value tb = exc_as(e)->traceback;
    return tuple_pack(ts, 3, val_from_obj(val_type(e)), e, tb ? tb : V_NONE);
}

static Value
sys_exc_info(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return exc_info_tuple(ts, ts->exc_info);
}

static Value
sys_exception(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return ts->exc_info ? ts->exc_info : V_NONE;
}

static Value
sys_excepthook(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "excepthook", nargs, 3, 3) < 0)
        return VNULL;
    Value e = args[1];
    /* As PyErr_Display: the tb argument is used only if the exception has none. */
    if (val_isinstance(e, &BaseExceptionType) && val_is(args[2], &TracebackType) &&
        !exc_as(e)->traceback)
        exc_as(e)->traceback = args[2];
    exc_print(ts, e, VNULL);
    return ts_has_exc(ts) ? VNULL : V_NONE;
}

static Value
sys_displayhook(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "displayhook", nargs, 1, 1) < 0)
        return VNULL;
    Value v = args[0];
    if (v == V_NONE)
        return V_NONE;
    Value b = ts->interp->builtins;
    if (dict_set_str(ts, b, NAME(ts, _), V_NONE) < 0)
        return VNULL;
    Value r = obj_repr(ts, v);
    if (!r)
        return VNULL;
    Value out = sys_get(ts, "stdout");
    if (!out || out == V_NONE)
        return exc_raise(ts, &RuntimeErrorType, "lost sys.stdout");
    if (file_write_cstr(ts, out, str_cstr(r)) < 0 || file_write_cstr(ts, out, "\n") < 0)
        return VNULL;
    if (dict_set_str(ts, b, NAME(ts, _), v) < 0)
        return VNULL;
    return V_NONE;
}

static Value
sys_intern(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "intern", nargs, 1, 1) < 0)
        return VNULL;
    if (!str_check_exact(args[0]))
        return exc_raise(ts, &TypeErrorType, "intern() argument must be str, not %s",
                         obj_type_name(args[0]));
    StrObj *s = str_intern_value(ts, args[0]);
    return s ? val_from_obj(s) : VNULL;
}

static Value
sys_getdefaultencoding(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return str_from_cstr(ts, "utf-8");
}

static Value
sys_getsizeof(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "getsizeof", nargs, 1, 2) < 0)
        return VNULL;
    Value v = args[0];
    if (!val_is_obj(v))
        return val_from_int(val_is_int(v) ? 28 : 24);
    return val_from_int(val_as_obj(v)->gc_size ? val_as_obj(v)->gc_size
                                                 : val_type(v)->basicsize);
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"excepthook", sys_excepthook, 0},
    {"displayhook", sys_displayhook, 0},
    {"intern", sys_intern, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"getfilesystemencoding", sys_getdefaultencoding, 0},
    {"getsizeof", sys_getsizeof, 0},
    {NULL},
};

/* ---- version_info: a tuple subclass with named fields ---- */

static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};

#define VI_GETTER(i, nm)                                                                       \
    static Value vi_##nm(ThreadState *ts, Value self)                                        \
    {                                                                                          \
        return tuple_as(self)->items[i];                                                       \
    }
VI_GETTER(0, major)
VI_GETTER(1, minor)
VI_GETTER(2, micro)
VI_GETTER(3, releaselevel)
VI_GETTER(4, serial)

static const GetSetDef vi_getsets[] = {
    {"major", vi_major, NULL}, {"minor", vi_minor, NULL}, {"micro", vi_micro, NULL},
    {"releaselevel", vi_releaselevel, NULL}, {"serial", vi_serial, NULL}, {NULL},
};

static Value
vi_repr(ThreadState *ts, Value self)
{
    char buf[256];
    size_t n = (size_t)snprintf(buf, sizeof buf, "sys.version_info(");
    for (int i = 0; i < 5; i++) {
        Value r = obj_repr(ts, tuple_as(self)->items[i]);
        if (!r)
            return VNULL;
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s=%s", i ? ", " : "", vi_fields[i],
                              str_cstr(r));
    }
    snprintf(buf + n, sizeof buf - n, ")");
    return str_from_cstr(ts, buf);
}

static Type VersionInfoType = {.name = "sys.version_info", .parent = &TupleType,
                               .flags = TF_TUPLE_SUBCLASS, .repr = vi_repr,
                               .getsets = vi_getsets};

static Value
make_version_info(ThreadState *ts)
{
    TupleObj *t = gc_alloc(ts, &VersionInfoType, sizeof(TupleObj) + 5 * sizeof(Value));
    if (!t)
        return VNULL;
    t->len = 5;
    t->hash_cache = -1;
    t->items[0] = val_from_int(GILPY_PY_MAJOR);
    t->items[1] = val_from_int(GILPY_PY_MINOR);
    t->items[2] = val_from_int(GILPY_PY_MICRO);
    t->items[3] = str_from_cstr(ts, "final");
    t->items[4] = val_from_int(0);
    return t->items[3] ? val_from_obj(t) : VNULL;
}

/* ---- the module ---- */

Value
sys_get(ThreadState *ts, const char *name)
{
    Value sys = ts->interp->sys;
    if (!sys)
        return VNULL;
    return dict_get_cstr(ts, ((ModuleObj *)val_as_obj(sys))->dict, name);
}

static Value
sys_dict(ThreadState *ts)
{
    return ((ModuleObj *)val_as_obj(ts->interp->sys))->dict;
}

/* A module object used as a simple attribute namespace (implementation, flags). */
static Value
make_namespace(ThreadState *ts, const char *name)
{
    Value m = module_new(ts, name);
    return m;
}

static int
set_str(ThreadState *ts, Value d, const char *k, const char *v)
{
    Value s = str_from_cstr(ts, v);
    return s ? dict_set_cstr(ts, d, k, s) : -1;
}

static int
add_std_streams(ThreadState *ts, Value d)
{
    InterpState *in = ts->interp;
    const char *env = getenv("PYTHONUNBUFFERED");
    bool unbuffered = in->unbuffered || (env && env[0]);
    static const struct {
        int fd;
        const char *name, *mode, *attr, *dunder;
    } std[] = {{0, "<stdin>", "r", "stdin", "__stdin__"},
               {1, "<stdout>", "w", "stdout", "__stdout__"},
               {2, "<stderr>", "w", "stderr", "__stderr__"}};
    for (int i = 0; i < 3; i++) {
        Value nm = str_from_cstr(ts, std[i].name);
        Value f = nm ? file_new_fd(ts, std[i].fd, nm, std[i].mode, "utf-8", 0) : VNULL;
        if (!f)
            return -1;
        FileObj *fo = file_self(f);
        bool tty = isatty(std[i].fd);
        fo->line_buffering = (uint8_t)(std[i].fd == 2 || tty);
        fo->write_through = (uint8_t)(unbuffered && std[i].fd != 0);
        if (dict_set_cstr(ts, d, std[i].attr, f) < 0 || dict_set_cstr(ts, d, std[i].dunder, f) < 0)
            return -1;
    }
    return 0;
}

static int
add_info(ThreadState *ts, Value d)
{
    Value vi = make_version_info(ts);
    if (!vi || dict_set_cstr(ts, d, "version_info", vi) < 0)
        return -1;
    char ver[128];
    snprintf(ver, sizeof ver, "%d.%d.%d (gilpy %s)", GILPY_PY_MAJOR, GILPY_PY_MINOR,
             GILPY_PY_MICRO, GILPY_VERSION);
    if (set_str(ts, d, "version", ver) < 0 || set_str(ts, d, "platform", "linux") < 0 ||
        set_str(ts, d, "byteorder", "little") < 0 || set_str(ts, d, "copyright", "MIT") < 0)
        return -1;
    Value hv = val_from_int((GILPY_PY_MAJOR << 24) | (GILPY_PY_MINOR << 16) |
                            (GILPY_PY_MICRO << 8) | 0xf0);
    if (dict_set_cstr(ts, d, "hexversion", hv) < 0 ||
        dict_set_cstr(ts, d, "maxsize", int_from_i64(ts, INT64_MAX)) < 0 ||
        dict_set_cstr(ts, d, "maxunicode", val_from_int(0x10FFFF)) < 0 ||
        dict_set_cstr(ts, d, "api_version", val_from_int(1013)) < 0)
        return -1;
    Value impl = make_namespace(ts, "implementation");
    if (!impl)
        return -1;
    Value idict = ((ModuleObj *)val_as_obj(impl))->dict;
    if (set_str(ts, idict, "name", "gilpy") < 0 || dict_set_cstr(ts, idict, "version", vi) < 0 ||
        dict_set_cstr(ts, idict, "cache_tag", V_NONE) < 0 ||
        dict_set_cstr(ts, d, "implementation", impl) < 0)
        return -1;
    Value flags = make_namespace(ts, "flags");
    if (!flags)
        return -1;
    Value fdict = ((ModuleObj *)val_as_obj(flags))->dict;
    static const char *const fl[] = {"debug", "inspect", "interactive", "optimize",
                                     "dont_write_bytecode", "no_user_site", "no_site",
                                     "ignore_environment", "verbose", "bytes_warning", "quiet",
                                     "hash_randomization", "isolated", "utf8_mode",
                                     "warn_default_encoding", "int_max_str_digits", NULL};
    for (int i = 0; fl[i]; i++)
        if (dict_set_cstr(ts, fdict, fl[i], val_from_int(0)) < 0)
            return -1;
    if (dict_set_cstr(ts, fdict, "dev_mode", V_FALSE) < 0 ||
        dict_set_cstr(ts, fdict, "safe_path", V_FALSE) < 0 ||
        dict_set_cstr(ts, d, "flags", flags) < 0)
        return -1;
    return 0;
}

/* sys.float_info, sys.int_info, sys.hash_info as attribute namespaces. */
static int
add_numeric_info(ThreadState *ts, Value d)
{
    static const struct {
        const char *ns, *name;
        double f;
        int is_float;
    } items[] = {
        {"float_info", "max", 1.7976931348623157e+308, 1},
        {"float_info", "max_exp", 1024, 0},
        {"float_info", "max_10_exp", 308, 0},
        {"float_info", "min", 2.2250738585072014e-308, 1},
        {"float_info", "min_exp", -1021, 0},
        {"float_info", "min_10_exp", -307, 0},
        {"float_info", "dig", 15, 0},
        {"float_info", "mant_dig", 53, 0},
        {"float_info", "epsilon", 2.220446049250313e-16, 1},
        {"float_info", "radix", 2, 0},
        {"float_info", "rounds", 1, 0},
        {"int_info", "bits_per_digit", 30, 0},
        {"int_info", "sizeof_digit", 4, 0},
        {"int_info", "default_max_str_digits", 4300, 0},
        {"int_info", "str_digits_check_threshold", 640, 0},
        {"hash_info", "width", 64, 0},
        {"hash_info", "modulus", 2305843009213693951.0, 0},
        {"hash_info", "inf", 314159, 0},
        {"hash_info", "nan", 0, 0},
        {"hash_info", "imag", 1000003, 0},
        {"hash_info", "hash_bits", 64, 0},
        {"hash_info", "seed_bits", 128, 0},
        {"hash_info", "cutoff", 0, 0},
    };
    Value ns = VNULL;
    const char *cur = "";
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        if (strcmp(cur, items[i].ns) != 0) {
            cur = items[i].ns;
            ns = make_namespace(ts, cur);
            if (!ns || dict_set_cstr(ts, d, cur, ns) < 0)
                return -1;
        }
        Value v;
        if (items[i].is_float)
            v = float_new(ts, items[i].f);
        else if (!strcmp(items[i].name, "modulus"))
            v = int_from_i64(ts, ((int64_t)1 << 61) - 1);
        else
            v = val_from_int((int64_t)items[i].f);
        if (!v || dict_set_cstr(ts, *obj_dict_slot(ns), items[i].name, v) < 0)
            return -1;
    }
    Value alg = str_from_cstr(ts, "siphash13");
    return alg ? dict_set_cstr(ts, *obj_dict_slot(ns), "algorithm", alg) : -1;
}

static int
add_executable(ThreadState *ts, Value d)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    return set_str(ts, d, "executable", buf);
}

Value
mod_sys_init(ThreadState *ts, int argc, char **argv)
{
    InterpState *in = ts->interp;
    type_ready(ts, &FileType);
    type_ready(ts, &UnsupportedOperationType);
    type_ready(ts, &VersionInfoType);
    static Type *const mine[] = {&FileType, &UnsupportedOperationType, &VersionInfoType};
    for (int i = 0; i < 3; i++) {
        gc_add_root(ts, &mine[i]->dict);
        gc_add_root(ts, &mine[i]->mro);
        gc_add_root(ts, &mine[i]->bases);
    }
    /* Dotted C names: __name__ is the last part, __module__ the rest. */
    static Type *const dotted[] = {&FileType, &UnsupportedOperationType, &VersionInfoType};
    static const char *const modnames[] = {"_io", "io", "sys"};
    for (int i = 0; i < 3; i++) {
        const char *dot = strrchr(dotted[i]->name, '.');
        const char *base = dot ? dot + 1 : dotted[i]->name;
        dotted[i]->name_obj = str_from_cstr(ts, base);
        dotted[i]->qualname = dotted[i]->name_obj;
        dotted[i]->module = str_from_cstr(ts, modnames[i]);
        gc_add_root(ts, &dotted[i]->name_obj);
        gc_add_root(ts, &dotted[i]->module);
    }
    Value m = module_new(ts, "sys");
    if (!m)
        return VNULL;
    in->sys = m;
    Value d = sys_dict(ts);
    if (module_add_functions(ts, m, sys_functions) < 0)
        return VNULL;
    in->argv = list_new(ts, argc);
    if (!in->argv)
        return VNULL;
    for (int i = 0; i < argc; i++) {
        Value s = str_from_cstr(ts, argv[i]);
        if (!s || list_append(ts, in->argv, s) < 0)
            return VNULL;
    }
    if (argc == 0) {
        Value s = str_from_cstr(ts, "");
        if (!s || list_append(ts, in->argv, s) < 0)
            return VNULL;
    }
    in->path = list_new(ts, 1);
    if (!in->path || import_add_env_path(ts, in->path) < 0)
        return VNULL;
    Value xopt = dict_new(ts);
    Value orig = xopt ? tuple_from_array(ts, NULL, 0) : VNULL;
    if (!orig || dict_set_cstr(ts, d, "argv", in->argv) < 0 ||
        dict_set_cstr(ts, d, "orig_argv", in->argv) < 0 ||
        dict_set_cstr(ts, d, "path", in->path) < 0 ||
        dict_set_cstr(ts, d, "modules", in->modules) < 0 ||
        dict_set_cstr(ts, d, "_xoptions", xopt) < 0 ||
        dict_set_cstr(ts, d, "builtin_module_names", orig) < 0 ||
        dict_set_cstr(ts, d, "warnoptions", list_new(ts, 0)) < 0 ||
        dict_set_cstr(ts, d, "dont_write_bytecode", V_TRUE) < 0)
        return VNULL;
    if (add_std_streams(ts, d) < 0 || add_info(ts, d) < 0 || add_executable(ts, d) < 0 ||
        add_numeric_info(ts, d) < 0)
        return VNULL;
    if (sys_thread_install(ts, d) < 0) /* THREADING: modules/sys_thread.c */
        return VNULL;
    static const char *const hooks[][2] = {{"excepthook", "__excepthook__"},
                                           {"displayhook", "__displayhook__"}};
    for (int i = 0; i < 2; i++) {
        Value h = dict_get_cstr(ts, d, hooks[i][0]);
        if (!h || dict_set_cstr(ts, d, hooks[i][1], h) < 0)
            return VNULL;
    }
    Value names = list_new(ts, 0);
    if (!names)
        return VNULL;
    for (int i = 0; builtin_modules[i].name; i++) {
        Value s = str_from_cstr(ts, builtin_modules[i].name);
        if (!s || list_append(ts, names, s) < 0)
            return VNULL;
    }
    Value bn = tuple_from_iterable(ts, names);
    if (!bn || dict_set_cstr(ts, d, "builtin_module_names", bn) < 0)
        return VNULL;
    if (dict_set_cstr(ts, in->modules, "sys", m) < 0)
        return VNULL;
    return m;
}

/* Flush sys.stdout and sys.stderr as CPython's flush_std_files; -1 if stdout failed. */
int
sys_flush_std(ThreadState *ts)
{
    int rc = 0;
    static const char *const names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        Value f = sys_get(ts, names[i]);
        if (!f || f == V_NONE)
            continue;
        if (val_is(f, &FileType)) {
            if (file_self(f)->closed)
                continue;
            if (file_flush(ts, file_self(f)) < 0)
                rc = -1;
        } else {
            Value r = obj_call_method(ts, f, "flush", NULL, 0);
            if (!r)
                rc = -1;
        }
        if (rc < 0)
            return rc;
    }
    return rc;
}

int
file_write_cstr(ThreadState *ts, Value file, const char *s)
{
    if (val_is(file, &FileType) && !file_self(file)->binary)
        return file_write_bytes(ts, file_self(file), s, strlen(s));
    Value str = str_from_cstr(ts, s);
    if (!str)
        return -1;
    Value r = obj_call_method(ts, file, "write", &str, 1);
    return r ? 0 : -1;
}
