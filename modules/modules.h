/* modules/modules.h: builtin modules and their registry.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_MODULES_H
#define GILPY_MODULES_H

#include "../runtime/module.h"

/* Create the builtins module and install its dict as interp->builtins. */
Value mod_builtins_init(ThreadState *ts) SP_RAISES;
/* Create sys (argv, path, stdout, ...) and install interp->sys. */
Value mod_sys_init(ThreadState *ts, int argc, char **argv) SP_RAISES;
/* print(*args, sep=' ', end='\n', file=None, flush=False) as a C call. */
int builtin_print_value(ThreadState *ts, Value v, Value file) SP_RAISES;
/* Write a C string to a Python file object (sys.stdout / sys.stderr). */
int file_write_cstr(ThreadState *ts, Value file, const char *s) SP_RAISES;
Value sys_get(ThreadState *ts, const char *name); /* sys.<name> or VNULL */

/* The dis and gc modules (modules/mod_dis.c, mod_gc.c). */
Value mod_dis_init(ThreadState *ts) SP_RAISES;
Value mod_gc_init(ThreadState *ts) SP_RAISES;

/* Table of builtin modules (modules/registry.c), ended by {NULL}. */
extern const BuiltinModuleDef builtin_modules[];


/* ---- added by BUILTINS: shared between builtins.c, sys.c, registry.c, run.c ---- */
#define GILPY_VERSION "0.1.0"
#define GILPY_PY_MAJOR 3
#define GILPY_PY_MINOR 11
#define GILPY_PY_MICRO 7

/* The module `name` (a str) if it is a builtin module, created on first use
 * and stored in sys.modules; VNULL with no exception if there is no such
 * builtin module, VNULL with an exception if its init failed. */
Value import_builtin_module(ThreadState *ts, Value name) SP_RAISES;

/* The C file object behind sys.stdout/stderr/stdin and open(). */
typedef struct FileObj {
    Obj base;
    Value dict;
    Value name;      /* str (or int for open(fd)) */
    Value mode;      /* str */
    Value encoding;  /* str */
    int fd;
    uint8_t readable, writable, binary, closed, closefd;
    uint8_t line_buffering, write_through;
    char *wbuf;
    size_t wlen, wcap;
    int reading;          /* a thread is blocked in read() on it, without the GIL */
    char *rbuf;
    size_t rpos, rlen, rcap;
    Value buffer;    /* text file: its binary .buffer view (made on first use) */
    Value peer;      /* binary .buffer view: the text file it belongs to */
    uint8_t keep_newlines; /* open(newline='' or '\n'...): reads do not translate \r */
} FileObj;

extern Type FileType, UnsupportedOperationType;
Value file_new_fd(ThreadState *ts, int fd, Value name, const char *mode, const char *encoding,
                  int closefd) SP_RAISES;
int file_write_bytes(ThreadState *ts, FileObj *f, const char *p, size_t n) SP_RAISES;
int file_flush(ThreadState *ts, FileObj *f) SP_RAISES;
/* One line (limit < 0: any length); "" at EOF. */
Value file_readline(ThreadState *ts, FileObj *f, int64_t limit) SP_RAISES;
/* Flush sys.stdout then sys.stderr; -1 with the exception set if one failed. */
int sys_flush_std(ThreadState *ts) SP_RAISES;

/* dir(obj): sorted list of attribute names. */
Value builtin_dir(ThreadState *ts, Value obj) SP_RAISES;

/* Bind vector-call arguments to named parameters like Argument Clinic:
 * names is NULL-terminated; the first `npos` names may be given by position,
 * `min` are required; out[i] is VNULL for missing ones.  CPython's TypeError texts. */
int mod_parse_args(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
                   const char *const *names, int npos, int min, Value *out) SP_RAISES;

#endif
