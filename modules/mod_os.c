/* modules/mod_os.c: the os module (processes, the environment, files and fds).
 * SPDX-License-Identifier: MIT
 *
 * A POSIX-only subset of CPython's os.  os.path is the Python module
 * posixpath (modules/py/posixpath.py), imported when os is, and also bound
 * as sys.modules['os.path']; it uses the private _stat_kind() below.
 * Blocking reads and writes release the GIL (runtime/gil.h): between
 * SP_BEGIN_ALLOW_THREADS and SP_END_ALLOW_THREADS only C buffers are touched.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bytes.h"
#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "gil.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "signals.h"
#include "tuple.h"
#include "modules.h"
#include "modules/import.h"

extern char **environ;

/* A path argument as a C string (str or bytes; __fspath__ objects too);
 * `kinds` lists what the call accepts, for the TypeError. */
static const char *
path_arg_of(ThreadState *ts, const char *fname, const char *argname, Value v, const char *kinds)
{
    if (str_check(v))
        return str_cstr(v);
    if (bytes_check(v))
        return bytes_as(v)->data;
    Value m = type_lookup_cstr(ts, val_type(v), "__fspath__");
    if (m) {
        Value r = obj_call_method(ts, v, "__fspath__", NULL, 0);
        if (!r)
            return NULL;
        if (str_check(r))
            return str_cstr(r);
        if (bytes_check(r))
            return bytes_as(r)->data;
    }
    exc_raise(ts, &TypeErrorType, "%s: %s should be %s, not %s", fname, argname, kinds,
              obj_type_name(v));
    return NULL;
}

static const char *
path_arg(ThreadState *ts, const char *fname, const char *argname, Value v)
{
    return path_arg_of(ts, fname, argname, v, "string, bytes or os.PathLike");
}

static int
int_arg(ThreadState *ts, Value v, int64_t *out)
{
    if (!int_check(v)) {
        exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(v));
        return -1;
    }
    int ov = 0;
    *out = int_as_i64(ts, v, &ov);
    if (ov) {
        exc_raise(ts, &OverflowErrorType, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

static Value
raise_path(ThreadState *ts, Value path)
{
    return exc_raise_errno(ts, errno, str_check(path) ? path : VNULL);
}

static Value
os_getpid(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_from_int(getpid());
}

/* os.kill(pid, sig) (added by the THREADING helper).  A signal sent to our
 * own process is handled at once in the main thread if its handler is
 * ready (CPython checks signals right after the kill() call). */
static Value
os_kill(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "kill", kwnames) < 0 || arg_check_count(ts, "kill", nargs, 2, 2) < 0)
        return VNULL;
    for (int i = 0; i < 2; i++)
        if (!int_check(args[i]))
            return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(args[i]));
    int ovf = 0;
    int64_t pid = int_as_i64(ts, args[0], &ovf);
    int64_t sig = ovf ? 0 : int_as_i64(ts, args[1], &ovf);
    if (ovf)
        return VNULL;
    if (kill((pid_t)pid, (int)sig) != 0) {
        int e = errno;
        return exc_raise(ts, &OSErrorType, "[Errno %d] %s", e, strerror(e));
    }
    if (signals_pending(ts) && signals_handle_pending(ts) < 0)
        return VNULL;
    return V_NONE;
}

static Value
os_getppid(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_from_int(getppid());
}

static Value
os_getcwd(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return exc_raise_errno(ts, errno, VNULL);
    return str_from_cstr(ts, buf);
}

static Value
os_cpu_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? val_from_int(n) : V_NONE;
}

static Value
os_listdir(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "listdir", nargs, 0, 1) < 0)
        return VNULL;
    const char *p = nargs ? path_arg(ts, "listdir", "path", args[0]) : ".";
    if (!p)
        return VNULL;
    DIR *d = opendir(p);
    if (!d)
        return raise_path(ts, nargs ? args[0] : VNULL);
    Value l = list_new(ts, 8);
    struct dirent *e;
    while (l && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        Value s = str_from_cstr(ts, e->d_name);
        if (!s || list_append(ts, l, s) < 0)
            l = VNULL;
    }
    closedir(d);
    return l;
}

/* The path of a call taking just one: `fname` names the call in the count message,
 * `pname` in the path's type message (CPython words them differently). */
static const char *
only_path(ThreadState *ts, Value *args, int nargs, const char *fname, const char *pname)
{
    if (arg_check_count(ts, fname, nargs, 1, 1) < 0)
        return NULL;
    return path_arg(ts, pname, "path", args[0]);
}

/* remove(path, *, dir_fd=None) and its alias unlink (named `fname`). */
static Value
remove_as(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"path", "dir_fd", NULL};
    Value a[2];
    if (mod_parse_args(ts, fname, args, nargs, kwnames, names, 1, 1, a) < 0)
        return VNULL;
    const char *p = path_arg(ts, fname, "path", a[0]);
    int64_t dir_fd = AT_FDCWD;
    if (!p || (a[1] && a[1] != V_NONE && int_arg(ts, a[1], &dir_fd) < 0))
        return VNULL;
    return unlinkat((int)dir_fd, p, 0) < 0 ? raise_path(ts, a[0]) : V_NONE;
}

static Value
os_remove(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return remove_as(ts, "remove", args, nargs, kwnames);
}

static Value
os_unlink(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return remove_as(ts, "unlink", args, nargs, kwnames);
}

static Value
os_mkdir(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "mkdir", nargs, 1, 2) < 0)
        return VNULL;
    const char *p = path_arg(ts, "mkdir", "path", args[0]);
    int64_t mode = 0777;
    if (!p || (nargs > 1 && int_arg(ts, args[1], &mode) < 0))
        return VNULL;
    if (mkdir(p, (mode_t)mode) < 0)
        return raise_path(ts, args[0]);
    return V_NONE;
}

static Value
os_rmdir(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    const char *p = only_path(ts, args, nargs, "rmdir", "rmdir");
    if (!p)
        return VNULL;
    return rmdir(p) < 0 ? raise_path(ts, args[0]) : V_NONE;
}

static Value
os_rename(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "rename", nargs, 2, 2) < 0)
        return VNULL;
    const char *a = path_arg(ts, "rename", "src", args[0]);
    const char *b = a ? path_arg(ts, "rename", "dst", args[1]) : NULL;
    if (!b)
        return VNULL;
    if (rename(a, b) < 0)
        return raise_path(ts, args[0]);
    return V_NONE;
}

/* posixpath's helper: 0 missing, 1 file, 2 directory, 3 other. */
static Value
os_stat_kind(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    const char *p = only_path(ts, args, nargs, "_stat_kind", "stat");
    if (!p)
        return VNULL;
    struct stat st;
    if (stat(p, &st) < 0)
        return val_from_int(0);
    return val_from_int(S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3);
}

static Value
os_getsize(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "getsize", nargs, 1, 1) < 0)
        return VNULL;
    /* os.stat also takes an open file descriptor */
    struct stat st;
    if (int_check(args[0])) {
        int64_t fd;
        if (int_arg(ts, args[0], &fd) < 0)
            return VNULL;
        if (fstat((int)fd, &st) < 0)
            return raise_path(ts, args[0]);
        return int_from_i64(ts, (int64_t)st.st_size);
    }
    const char *p =
        path_arg_of(ts, "stat", "path", args[0], "string, bytes, os.PathLike or integer");
    if (!p)
        return VNULL;
    if (stat(p, &st) < 0)
        return raise_path(ts, args[0]);
    return int_from_i64(ts, (int64_t)st.st_size);
}

/* read() or write() with the GIL released, retried after EINTR once the signal
 * handlers have run (PEP 475); -1 with the exception set. */
static ssize_t
fd_io(ThreadState *ts, bool writing, int fd, char *buf, size_t n)
{
    for (;;) {
        ssize_t r;
        int err;
        SP_BEGIN_ALLOW_THREADS(ts, writing ? "os.write" : "os.read")
        r = writing ? write(fd, buf, n) : read(fd, buf, n);
        err = errno;
        SP_END_ALLOW_THREADS(ts)
        if (r >= 0)
            return r;
        if (err != EINTR) {
            exc_raise_errno(ts, err, VNULL);
            return -1;
        }
        if (eval_handle_breaker(ts) < 0)
            return -1;
    }
}

static Value
os_read(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int64_t fd, n;
    if (arg_no_kwargs(ts, "read", kwnames) < 0 || arg_check_count(ts, "read", nargs, 2, 2) < 0 ||
        int_arg(ts, args[0], &fd) < 0 || int_arg(ts, args[1], &n) < 0)
        return VNULL;
    if (n < 0) {
        errno = EINVAL;
        return exc_raise_errno(ts, EINVAL, VNULL);
    }
    char *buf = malloc((size_t)n + 1);
    if (!buf)
        return exc_no_memory(ts);
    ssize_t r = fd_io(ts, false, (int)fd, buf, (size_t)n);
    Value b = r < 0 ? VNULL : bytes_new(ts, buf, (size_t)r);
    free(buf);
    return b;
}

static Value
os_write(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int64_t fd;
    if (arg_no_kwargs(ts, "write", kwnames) < 0 || arg_check_count(ts, "write", nargs, 2, 2) < 0 ||
        int_arg(ts, args[0], &fd) < 0)
        return VNULL;
    const char *data;
    int64_t size;
    if (!bytes_view(args[1], &data, &size))
        return exc_raise(ts, &TypeErrorType, "a bytes-like object is required, not '%s'",
                         obj_type_name(args[1]));
    /* Copy: the buffer must not be touched by others while the GIL is released. */
    char *copy = malloc((size_t)size + 1);
    if (!copy)
        return exc_no_memory(ts);
    memcpy(copy, data, (size_t)size);
    ssize_t r = fd_io(ts, true, (int)fd, copy, (size_t)size);
    free(copy);
    return r < 0 ? VNULL : val_from_int(r);
}

static Value
os_pipe(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int fds[2];
    if (pipe(fds) < 0)
        return exc_raise_errno(ts, errno, VNULL);
    return tuple_pack(ts, 2, val_from_int(fds[0]), val_from_int(fds[1]));
}

static Value
os_close(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int64_t fd;
    if (arg_check_count(ts, "close", nargs, 1, 1) < 0 || int_arg(ts, args[0], &fd) < 0)
        return VNULL;
    if (close((int)fd) < 0)
        return exc_raise_errno(ts, errno, VNULL);
    return V_NONE;
}

static Value
os_exit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int64_t code;
    if (arg_check_count(ts, "_exit", nargs, 1, 1) < 0 || int_arg(ts, args[0], &code) < 0)
        return VNULL;
    _exit((int)code);
}

/* execv(path, argv): replace the process image.  As in CPython, stdio
 * buffers are not flushed and the other threads simply vanish. */
static Value
os_execv(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "execv", kwnames) < 0 || arg_check_count(ts, "execv", nargs, 2, 2) < 0)
        return VNULL;
    const char *path = path_arg(ts, "execv", "path", args[0]);
    if (!path)
        return VNULL;
    Value *items;
    int64_t n;
    if (list_check(args[1])) {
        items = list_as(args[1])->items;
        n = list_as(args[1])->len;
    } else if (tuple_check(args[1])) {
        items = tuple_as(args[1])->items;
        n = tuple_as(args[1])->len;
    } else {
        return exc_raise(ts, &TypeErrorType, "execv() arg 2 must be a tuple or list");
    }
    if (n < 1)
        return exc_raise(ts, &ValueErrorType, "execv() arg 2 must not be empty");
    char **argv = calloc((size_t)n + 1, sizeof(char *));
    if (!argv)
        return exc_no_memory(ts);
    for (int64_t i = 0; i < n; i++) {
        const char *a = path_arg(ts, "execv", "args", items[i]);
        if (!a) {
            free(argv);
            return VNULL;
        }
        argv[i] = (char *)a;
    }
    if (!argv[0][0]) {
        free(argv);
        return exc_raise(ts, &ValueErrorType, "execv() arg 2 first element cannot be empty");
    }
    execv(path, argv);
    int e = errno;
    free(argv);
    return exc_raise_errno(ts, e, VNULL);
}

static Value
os_strerror(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int64_t code;
    if (arg_check_count(ts, "strerror", nargs, 1, 1) < 0 || int_arg(ts, args[0], &code) < 0)
        return VNULL;
    return str_from_cstr(ts, strerror((int)code));
}

static Value
os_fspath(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "fspath", nargs, 1, 1) < 0)
        return VNULL;
    if (str_check(args[0]) || bytes_check(args[0]))
        return args[0];
    if (type_lookup_cstr(ts, val_type(args[0]), "__fspath__")) {
        Value r = obj_call_method(ts, args[0], "__fspath__", NULL, 0);
        if (r && !str_check(r) && !bytes_check(r))
            return exc_raise(ts, &TypeErrorType,
                             "expected %s.__fspath__() to return str or bytes, not %s",
                             obj_type_name(args[0]), obj_type_name(r));
        return r;
    }
    return exc_raise(ts, &TypeErrorType, "expected str, bytes or os.PathLike object, not %s",
                     obj_type_name(args[0]));
}

/* getenv(key, default=None): reads os.environ, as CPython's does. */
static Value
os_getenv(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"key", "default", NULL};
    Value a[2];
    if (mod_parse_args(ts, "getenv", args, nargs, kwnames, names, 2, 1, a) < 0)
        return VNULL;
    if (!str_check(a[0]))
        return exc_raise(ts, &TypeErrorType, "str expected, not %s", obj_type_name(a[0]));
    Value os = dict_get_cstr(ts, ts->interp->modules, "os");
    Value env = os ? obj_getattr_cstr(ts, os, "environ") : VNULL;
    if (!env)
        return VNULL;
    Value v = dict_check(env) ? dict_get_str(env, str_as(a[0])) : VNULL;
    return v ? v : (a[1] ? a[1] : V_NONE);
}

static Value
os_putenv(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "putenv", nargs, 2, 2) < 0)
        return VNULL;
    if (!str_check(args[0]) || !str_check(args[1]))
        return exc_raise(ts, &TypeErrorType, "str expected, not %s",
                         obj_type_name(str_check(args[0]) ? args[1] : args[0]));
    if (setenv(str_cstr(args[0]), str_cstr(args[1]), 1) < 0)
        return exc_raise_errno(ts, errno, VNULL);
    return V_NONE;
}

static Value
make_environ(ThreadState *ts)
{
    Value d = dict_new(ts);
    for (char **e = environ; d && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        Value k = str_new(ts, *e, (size_t)(eq - *e));
        Value v = k ? str_from_cstr(ts, eq + 1) : VNULL;
        if (!v)
            return VNULL;
        if (!dict_get_str(d, str_as(k)) && dict_set(ts, d, k, v) < 0)
            return VNULL;
    }
    return d;
}

static const MethodDef os_functions[] = {
    {"kill", os_kill, 0},         {"getpid", os_getpid, 0},     {"getppid", os_getppid, 0},   {"getcwd", os_getcwd, 0},
    {"cpu_count", os_cpu_count, 0}, {"listdir", os_listdir, 0}, {"remove", os_remove, 0},
    {"unlink", os_unlink, 0} ,     {"mkdir", os_mkdir, 0},       {"rmdir", os_rmdir, 0},
    {"rename", os_rename, 0},     {"read", os_read, 0},         {"write", os_write, 0},
    {"pipe", os_pipe, 0},         {"close", os_close, 0},       {"_exit", os_exit, 0},
    {"strerror", os_strerror, 0}, {"fspath", os_fspath, 0},     {"getenv", os_getenv, 0},
    {"putenv", os_putenv, 0},     {"_stat_kind", os_stat_kind, 0},
    {"_getsize", os_getsize, 0},  {"execv", os_execv, 0},
    {NULL},
};

static int
set_cstr(ThreadState *ts, Value d, const char *k, const char *v)
{
    Value s = str_from_cstr(ts, v);
    return s ? dict_set_cstr(ts, d, k, s) : -1;
}

Value
mod_os_init(ThreadState *ts)
{
    Value m = module_new(ts, "os");
    if (!m || module_add_functions(ts, m, os_functions) < 0)
        return VNULL;
    Value d = *obj_dict_slot(m);
    Value env = make_environ(ts);
    if (!env || dict_set_cstr(ts, d, "environ", env) < 0 || set_cstr(ts, d, "name", "posix") < 0 ||
        set_cstr(ts, d, "sep", "/") < 0 || set_cstr(ts, d, "linesep", "\n") < 0 ||
        set_cstr(ts, d, "pathsep", ":") < 0 || set_cstr(ts, d, "curdir", ".") < 0 ||
        set_cstr(ts, d, "pardir", "..") < 0 || set_cstr(ts, d, "extsep", ".") < 0 ||
        set_cstr(ts, d, "devnull", "/dev/null") < 0 ||
        dict_set_cstr(ts, d, "altsep", V_NONE) < 0 ||
        dict_set_cstr(ts, d, "error", val_from_obj(&OSErrorType)) < 0)
        return VNULL;
    /* os is in sys.modules only after init returns: register it now so that
     * posixpath can import it. */
    if (dict_set_cstr(ts, ts->interp->modules, "os", m) < 0)
        return VNULL;
    ts_push_root(ts, m);
    Value p = import_module_cstr(ts, "posixpath");
    ts_pop_roots(ts, 1);
    if (!p || dict_set_cstr(ts, d, "path", p) < 0 ||
        dict_set_cstr(ts, ts->interp->modules, "os.path", p) < 0) {
        Value e = exc_fetch(ts);
        dict_del(ts, ts->interp->modules, str_from_cstr(ts, "os"));
        exc_clear(ts);
        ts->exc = e;
        return VNULL;
    }
    return m;
}
