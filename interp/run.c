/* interp/run.c: run a script as __main__ and turn its outcome into an exit status.
 * SPDX-License-Identifier: MIT
 *
 * Mirrors CPython's pymain_run_* and _PyErr_PrintEx: the std streams are
 * flushed before an uncaught exception is shown (flush_io), SystemExit maps
 * to a status (None -> 0, int -> itself, anything else printed -> 1), any
 * other exception goes through sys.excepthook and gives 1, and an uncaught
 * KeyboardInterrupt ends the process by SIGINT as CPython does.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "../modules/modules.h"
#include "../modules/import.h"

/* Flush stdout and stderr, ignoring (and clearing) errors. */
static void
flush_io(ThreadState *ts)
{
    Value saved = exc_fetch(ts);
    if (sys_flush_std(ts) < 0)
        exc_clear(ts);
    ts->exc = saved;
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
        if (ov) {
            exc_clear(ts);
            return -1; /* CPython: PyLong_AsLong fails, giving -1 */
        }
        /* CPython casts the C long to int: only the low 32 bits count. */
        return (int)(uint32_t)(uint64_t)v;
    }
    Value err = sys_get(ts, "stderr");
    Value s = obj_str(ts, code);
    if (s && err && err != V_NONE) {
        if (file_write_cstr(ts, err, str_cstr(s)) == 0)
            file_write_cstr(ts, err, "\n");
    }
    exc_clear(ts);
    flush_io(ts);
    return 1;
}

static void
call_excepthook(ThreadState *ts, Value exc)
{
    Value sys = ts->interp->sys;
    Value d = sys ? *obj_dict_slot(sys) : VNULL;
    Value tb = exc_as(exc)->traceback ? exc_as(exc)->traceback : V_NONE;
    Value type = val_from_obj(val_type(exc));
    if (d) {
        dict_set_cstr(ts, d, "last_type", type);
        dict_set_cstr(ts, d, "last_value", exc);
        dict_set_cstr(ts, d, "last_traceback", tb);
    }
    Value hook = sys_get(ts, "excepthook");
    if (!hook || hook == V_NONE) {
        Value err = sys_get(ts, "stderr");
        if (err && err != V_NONE)
            file_write_cstr(ts, err, "sys.excepthook is missing\n");
        exc_print(ts, exc, VNULL);
        return;
    }
    ts_push_root(ts, exc);
    Value args[3] = {type, exc, tb};
    Value r = obj_call(ts, hook, args, 3, VNULL);
    if (!r) {
        Value e2 = exc_fetch(ts);
        if (val_isinstance(e2, &SystemExitType)) {
            ts_pop_roots(ts, 1);
            ts->exc = e2;
            return;
        }
        Value err = sys_get(ts, "stderr");
        if (err && err != V_NONE) {
            file_write_cstr(ts, err, "Error in sys.excepthook:\n");
            exc_print(ts, e2, err);
            file_write_cstr(ts, err, "\nOriginal exception was:\n");
            exc_print(ts, exc, err);
        }
        exc_clear(ts);
    }
    ts_pop_roots(ts, 1);
}

/* Report the pending exception as CPython's PyErr_Print does; the exit status. */
static int report_uncaught(ThreadState *ts, Value exc);

static int
handle_uncaught(ThreadState *ts)
{
    flush_io(ts);
    Value exc = exc_fetch(ts);
    ts_push_root(ts, exc); /* printing may run Python code (__str__, hooks) */
    int rc = report_uncaught(ts, exc);
    ts_pop_roots(ts, 1);
    return rc;
}

static int
report_uncaught(ThreadState *ts, Value exc)
{
    if (val_isinstance(exc, &SystemExitType))
        return system_exit_status(ts, exc);
    call_excepthook(ts, exc);
    if (ts_has_exc(ts)) {
        /* The hook itself raised SystemExit. */
        Value e2 = exc_fetch(ts);
        ts_push_root(ts, e2);
        int rc = system_exit_status(ts, e2);
        ts_pop_roots(ts, 1);
        return rc;
    }
    flush_io(ts);
    if (val_isinstance(exc, &KeyboardInterruptType)) {
        /* The process kills itself with SIGINT, but only at the very end
         * of finalization (run_finalize), as CPython does. */
        exc_clear(ts);
        ts->interp->exit_code = SIGINT;
        return 130;
    }
    return 1;
}

/* A fresh __main__ module; its dict becomes interp->main_dict. */
static Value
make_main(ThreadState *ts, const char *file)
{
    Value m = module_new(ts, "__main__");
    if (!m)
        return VNULL;
    Value d = *obj_dict_slot(m);
    Value bm = dict_get_cstr(ts, ts->interp->modules, "builtins");
    Value ann = dict_new(ts);
    /* CPython's order of the __main__ globals. */
    if (!ann || dict_set_str(ts, d, NAME(ts, __doc__), V_NONE) < 0 ||
        dict_set_str(ts, d, NAME(ts, __package__), V_NONE) < 0 ||
        dict_set_str(ts, d, NAME(ts, __loader__), V_NONE) < 0 ||
        dict_set_str(ts, d, NAME(ts, __spec__), V_NONE) < 0 ||
        dict_set_str(ts, d, NAME(ts, __annotations__), ann) < 0 ||
        dict_set_str(ts, d, NAME(ts, __builtins__), bm ? bm : ts->interp->builtins) < 0 ||
        dict_set_cstr(ts, ts->interp->modules, "__main__", m) < 0)
        return VNULL;
    if (file) {
        Value f = str_from_cstr(ts, file);
        if (!f || dict_set_str(ts, d, NAME(ts, __file__), f) < 0 ||
            dict_set_cstr(ts, d, "__cached__", V_NONE) < 0)
            return VNULL;
    }
    ts->interp->main_dict = d;
    return d;
}

static int
set_path0(ThreadState *ts, const char *dir)
{
    Value s = str_from_cstr(ts, dir);
    Value path = ts->interp->path;
    if (!s || !path)
        return -1;
    if (list_as(path)->len == 0)
        return list_append(ts, path, s);
    return list_insert(ts, path, 0, s);
}

static int
run_source(ThreadState *ts, const char *src, size_t len, const char *filename, const char *file)
{
    Value d = make_main(ts, file);
    if (!d)
        return handle_uncaught(ts);
    Value code = compile_source(ts, src, len, filename, "exec");
    if (!code)
        return handle_uncaught(ts);
    ts_push_root(ts, code);
    Value r = eval_code(ts, code, d, d);
    ts_pop_roots(ts, 1);
    if (!r)
        return handle_uncaught(ts);
    return 0;
}

static char *
read_all(FILE *f, size_t *len)
{
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n + 4096 > cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

int
run_main_file(ThreadState *ts, const char *path)
{
    char abspath[PATH_MAX];
    if (path[0] == '/' || !getcwd(abspath, sizeof abspath - strlen(path) - 2))
        snprintf(abspath, sizeof abspath, "%s", path);
    else
        snprintf(abspath + strlen(abspath), sizeof abspath - strlen(abspath), "/%s", path);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "gilpy: can't open file '%s': [Errno %d] %s\n", abspath, errno,
                strerror(errno));
        return 2;
    }
    size_t len;
    char *src = read_all(f, &len);
    fclose(f);
    if (!src)
        return 1;
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", abspath);
    char *slash = strrchr(dir, '/');
    if (slash)
        *(slash == dir ? slash + 1 : slash) = 0;
    char real[PATH_MAX];
    if (realpath(dir, real))
        snprintf(dir, sizeof dir, "%s", real);
    if (set_path0(ts, dir) < 0) {
        free(src);
        return handle_uncaught(ts);
    }
    int rc = run_source(ts, src, len, abspath, abspath);
    free(src);
    return rc;
}

int
run_main_string(ThreadState *ts, const char *src, const char *filename)
{
    if (set_path0(ts, "") < 0)
        return handle_uncaught(ts);
    if (src)
        return run_source(ts, src, strlen(src), filename, NULL);
    size_t len;
    char *buf = read_all(stdin, &len);
    if (!buf)
        return 1;
    int rc = run_source(ts, buf, len, filename, filename);
    free(buf);
    return rc;
}

/* `gilpy -m name`: run the module found on sys.path (the cwd first) as
 * __main__, as CPython's runpy._run_module_as_main does; sys.argv[0] becomes
 * the module's file.  Import errors while finding it print "prog: message". */
int
run_main_module(ThreadState *ts, const char *name, const char *prog)
{
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd) || set_path0(ts, cwd) < 0)
        return handle_uncaught(ts);
    char *path, *src, *package;
    size_t len = 0;
    if (import_find_main(ts, name, &path, &src, &len, &package) < 0) {
        free(src);
        free(path);
        free(package);
        if (!ts_has_exc(ts) || !val_isinstance(ts->exc, &ImportErrorType))
            return handle_uncaught(ts);
        flush_io(ts);
        Value e = exc_fetch(ts);
        Value s = obj_str(ts, e);
        fprintf(stderr, "%s: %s\n", prog, s ? str_cstr(s) : "No module named");
        exc_clear(ts);
        return 1;
    }
    char fname[PATH_MAX];
    snprintf(fname, sizeof fname, "%s", path ? path : name);
    Value a0 = str_from_cstr(ts, fname);
    Value argv = ts->interp->argv;
    int rc;
    if (a0 && list_as(argv)->len > 0)
        list_set_fast(list_as(argv), 0, a0);
    if (!a0 || list_as(argv)->len == 0) {
        rc = handle_uncaught(ts);
    } else {
        Value d = make_main(ts, path);
        Value pk = d ? str_from_cstr(ts, package) : VNULL;
        if (!pk || dict_set_str(ts, d, NAME(ts, __package__), pk) < 0) {
            rc = handle_uncaught(ts);
        } else {
            Value code = compile_source(ts, src, len, fname, "exec");
            Value r = VNULL;
            if (code) {
                ts_push_root(ts, code);
                r = eval_code(ts, code, d, d);
                ts_pop_roots(ts, 1);
            }
            rc = r ? 0 : handle_uncaught(ts);
        }
    }
    free(src);
    free(path);
    free(package);
    return rc;
}

/* THREADING: the end of the interpreter, in CPython's order (Py_FinalizeEx),
 * after the main module ended in any way: wait for the non-daemon threads
 * (threading._shutdown, if threading was imported), run the atexit handlers,
 * then set the GIL's `finalizing` flag so daemon and _thread threads never
 * run Python again (gil_take refuses them and they end quietly), flush the
 * std streams, and die by SIGINT after an uncaught KeyboardInterrupt. */
int
run_finalize(ThreadState *ts, int rc)
{
    InterpState *in = ts->interp;
    Value saved = exc_fetch(ts);
    Value m = dict_get_cstr(ts, in->modules, "threading");
    if (m && val_is(m, &ModuleType)) {
        ts_push_root(ts, m);
        Value r = obj_call_method(ts, m, "_shutdown", NULL, 0);
        if (!r) {
            Value e = exc_fetch(ts);
            Value err = sys_get(ts, "stderr");
            Value mr = obj_repr(ts, m);
            if (err && err != V_NONE && mr) {
                Value line = str_from_fmt(ts, "Exception ignored in: %s\n", str_cstr(mr));
                if (line)
                    file_write_cstr(ts, err, str_cstr(line));
                exc_print(ts, e, err);
            }
            exc_clear(ts);
        }
        ts_pop_roots(ts, 1);
    }
    atexit_run(ts);
    exc_clear(ts);
    gil_at_exit(ts); /* -X giltrace: write the file; -X gilstats: the table */
    atomic_store(&in->gil->finalizing, 1);
    ts->exc = saved;
    if (in->exit_code == SIGINT) {
        flush_io(ts);
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return rc;
}
