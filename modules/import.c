/* modules/import.c: the import system behind builtins.__import__ and `gilpy -m`.
 * SPDX-License-Identifier: MIT
 *
 * Follows importlib._bootstrap of CPython 3.11 without its spec/loader
 * objects: a name is resolved (relative imports use __package__, then
 * __name__), looked up in sys.modules, else found and loaded: builtin C
 * modules (modules/registry.c) first, then `NAME/__init__.py` or `NAME.py`
 * in each sys.path directory (a parent package's __path__ for submodules),
 * then the standard library embedded from modules/py (or read from
 * $GILPY_LIBPATH when it is set, for development).  A module is in
 * sys.modules before its body runs, so circular imports see the partially
 * initialised module, and it is removed again if its body raises.
 *
 * While a module's body runs its ModuleObj.builtin is minus the kernel id of
 * the importing thread (owner_mark()): that is how `from m import x` tells a
 * circular import from a missing name without CPython's
 * __spec__._initializing, and how another thread importing the same module
 * knows to wait until the body has finished (CPython's per-module import
 * locks).  Waits are recorded in sys._import_waits {waiter: owner}, created
 * on first use, to detect two threads waiting for each other's modules: as
 * in CPython, the deadlock is broken by handing out the partial module.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "gil.h"
#include "signals.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "modules.h"
#include "modules/import.h"

/* ModuleObj.builtin while the body runs in the thread `ts`. */
static int32_t
owner_mark(ThreadState *ts)
{
    long id = ts->native_id > 0 && ts->native_id < INT32_MAX ? ts->native_id : 1;
    return -(int32_t)id;
}

static bool
module_initializing(Value m)
{
    return val_is(m, &ModuleType) && ((ModuleObj *)val_as_obj(m))->builtin < 0;
}

/* Where a module's source comes from. */
typedef struct Found {
    char path[PATH_MAX]; /* file, "" for an embedded module */
    char dir[PATH_MAX];  /* a package's directory (its __path__[0]) */
    const EmbeddedModule *emb;
    int is_package;
} Found;

static Value
modules_dict(ThreadState *ts)
{
    return ts->interp->modules;
}

static Value
raise_not_found(ThreadState *ts, const char *msg, const char *name)
{
    Value m = str_from_cstr(ts, msg);
    Value n = m ? str_from_cstr(ts, name) : VNULL;
    Value t = n ? tuple_pack(ts, 1, m) : VNULL;
    Value e = t ? exc_new(ts, &ModuleNotFoundErrorType, t) : VNULL;
    if (!e)
        return VNULL;
    exc_as(e)->fields[1] = n; /* ImportError.name */
    return exc_raise_value(ts, e);
}

static bool
is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool
is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* out = a b c, false if it does not fit in PATH_MAX. */
static bool
cat3(char *out, const char *a, const char *b, const char *c)
{
    int n = snprintf(out, PATH_MAX, "%s%s%s", a, b, c);
    return n >= 0 && n < PATH_MAX;
}

/* Look for `last` (one name component) in directory `dir`. */
static bool
find_in_dir(const char *dir, const char *last, Found *f)
{
    char base[PATH_MAX];
    if (!dir[0]) {
        if (!getcwd(base, sizeof base))
            return false;
    } else {
        snprintf(base, sizeof base, "%s", dir);
    }
    size_t bl = strlen(base);
    const char *sep = bl && base[bl - 1] == '/' ? "" : "/";
    if (!cat3(f->dir, base, sep, last))
        return false;
    if (is_dir(f->dir)) {
        if (cat3(f->path, f->dir, "/__init__.py", "") && is_file(f->path)) {
            f->is_package = 1;
            return true;
        }
    }
    char file[PATH_MAX];
    f->dir[0] = 0;
    f->is_package = 0;
    return cat3(file, base, sep, last) && cat3(f->path, file, ".py", "") && is_file(f->path);
}

static const EmbeddedModule *
find_embedded(const char *name)
{
    for (const EmbeddedModule *e = embedded_modules; e->name; e++)
        if (!strcmp(e->name, name))
            return e;
    return NULL;
}

/* The embedded stdlib, or its sources under $GILPY_LIBPATH. */
static bool
find_stdlib(const char *name, Found *f)
{
    const char *lib = getenv("GILPY_LIBPATH");
    if (lib && *lib) {
        char rel[PATH_MAX];
        snprintf(rel, sizeof rel, "%s", name);
        char *last = strrchr(rel, '.');
        for (char *p = rel; *p; p++)
            if (*p == '.')
                *p = '/';
        char dir[PATH_MAX];
        if (last) {
            *last = 0;
            return cat3(dir, lib, "/", rel) && find_in_dir(dir, last + 1, f);
        }
        return find_in_dir(lib, rel, f);
    }
    f->emb = find_embedded(name);
    if (!f->emb)
        return false;
    f->path[0] = f->dir[0] = 0;
    f->is_package = f->emb->is_package;
    return true;
}

/* Search the directories of a list (sys.path or a package's __path__). */
static bool
find_in_list(ThreadState *ts, Value dirs, const char *last, Found *f)
{
    if (!dirs || !list_check(dirs))
        return false;
    for (int64_t i = 0; i < list_as(dirs)->len; i++) {
        Value d = list_as(dirs)->items[i];
        if (str_check(d) && find_in_dir(str_cstr(d), last, f))
            return true;
    }
    return false;
}

static char *
read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    if (buf) {
        buf[n] = 0;
        *len = (size_t)n;
    }
    return buf;
}

/* Fill the globals of a module about to run (CPython's _init_module_attrs order). */
static int
init_module_attrs(ThreadState *ts, Value mod, const char *name, const Found *f)
{
    Value d = *obj_dict_slot(mod);
    const char *dot = strrchr(name, '.');
    Value pkg = f->is_package ? str_from_cstr(ts, name)
                              : str_new(ts, name, dot ? (size_t)(dot - name) : 0);
    if (!pkg || dict_set_str(ts, d, NAME(ts, __package__), pkg) < 0)
        return -1;
    if (f->is_package) {
        Value p = list_new(ts, 1);
        Value dir = p ? str_from_cstr(ts, f->dir) : VNULL;
        if (!dir || (f->dir[0] && list_append(ts, p, dir) < 0) ||
            dict_set_str(ts, d, NAME(ts, __path__), p) < 0)
            return -1;
    }
    if (f->path[0]) {
        Value file = str_from_cstr(ts, f->path);
        if (!file || dict_set_str(ts, d, NAME(ts, __file__), file) < 0 ||
            dict_set_cstr(ts, d, "__cached__", V_NONE) < 0)
            return -1;
    }
    Value bm = dict_get_cstr(ts, modules_dict(ts), "builtins");
    return dict_set_str(ts, d, NAME(ts, __builtins__), bm ? bm : ts->interp->builtins);
}

/* Compile and run the module's source in its dict. */
static int
exec_module(ThreadState *ts, Value mod, const char *name, const Found *f)
{
    size_t len;
    char *buf = NULL;
    const char *src;
    char fname[PATH_MAX];
    if (f->emb) {
        src = f->emb->source;
        len = f->emb->len;
        snprintf(fname, sizeof fname, "<frozen %s>", name);
    } else {
        buf = read_file(f->path, &len);
        if (!buf) {
            Value p = str_from_cstr(ts, f->path);
            if (p)
                exc_raise_errno(ts, errno, p);
            return -1;
        }
        src = buf;
        snprintf(fname, sizeof fname, "%s", f->path);
    }
    Value code = compile_source(ts, src, len, fname, "exec");
    free(buf);
    if (!code)
        return -1;
    ts_push_root(ts, code);
    Value d = *obj_dict_slot(mod);
    Value r = eval_code(ts, code, d, d);
    ts_pop_roots(ts, 1);
    return r ? 0 : -1;
}

/* Create, register, run; the module left in sys.modules under `name`. */
static Value
load_module(ThreadState *ts, Value name, const Found *f)
{
    Value mod = module_new(ts, str_cstr(name));
    if (!mod)
        return VNULL;
    ModuleObj *m = (ModuleObj *)val_as_obj(mod);
    m->builtin = owner_mark(ts);
    if (init_module_attrs(ts, mod, str_cstr(name), f) < 0 ||
        dict_set(ts, modules_dict(ts), name, mod) < 0)
        return VNULL;
    ts_push_root(ts, mod);
    ts_push_root(ts, name);
    int rc = exec_module(ts, mod, str_cstr(name), f);
    ts_pop_roots(ts, 2);
    m->builtin = 0;
    if (rc < 0) {
        Value e = exc_fetch(ts);
        ts_push_root(ts, e);
        if (dict_get_str(modules_dict(ts), str_as(name)))
            dict_del(ts, modules_dict(ts), name);
        exc_clear(ts);
        ts_pop_roots(ts, 1);
        ts->exc = e;
        return VNULL;
    }
    /* A module may replace itself in sys.modules. */
    Value r = dict_get_str(modules_dict(ts), str_as(name));
    if (!r)
        return exc_raise(ts, &ImportErrorType, "Loaded module %s not found in sys.modules",
                         str_cstr(name));
    return r;
}

static Value import_absolute(ThreadState *ts, Value name);

/* CPython's _find_and_load: parent first, then the module itself. */
static Value
find_and_load(ThreadState *ts, Value name)
{
    const char *cname = str_cstr(name);
    const char *dot = strrchr(cname, '.');
    Value parent_mod = VNULL, path = VNULL;
    if (dot) {
        Value parent = str_new(ts, cname, (size_t)(dot - cname));
        if (!parent)
            return VNULL;
        parent_mod = dict_get_str(modules_dict(ts), str_as(parent));
        if (!parent_mod) {
            ts_push_root(ts, parent);
            parent_mod = import_absolute(ts, parent);
            ts_pop_roots(ts, 1);
            if (!parent_mod)
                return VNULL;
        }
        Value again = dict_get_str(modules_dict(ts), str_as(name));
        if (again)
            return again;
        path = obj_lookup_attr(ts, parent_mod, NAME(ts, __path__));
        if (!path) {
            if (ts_has_exc(ts))
                return VNULL;
            char msg[600];
            snprintf(msg, sizeof msg, "No module named '%s'; '%s' is not a package", cname,
                     str_cstr(parent));
            return raise_not_found(ts, msg, cname);
        }
    } else {
        Value m = import_builtin_module(ts, name);
        if (m || ts_has_exc(ts))
            return m;
        path = ts->interp->path;
    }
    Found *f = calloc(1, sizeof *f);
    if (!f)
        return exc_no_memory(ts);
    bool ok = find_in_list(ts, path, dot ? dot + 1 : cname, f);
    if (!ok) {
        memset(f, 0, sizeof *f);
        ok = find_stdlib(cname, f);
    }
    Value mod = VNULL;
    if (!ok) {
        char msg[600];
        snprintf(msg, sizeof msg, "No module named '%s'", cname);
        raise_not_found(ts, msg, cname);
    } else {
        if (parent_mod)
            ts_push_root(ts, parent_mod);
        mod = load_module(ts, name, f);
        if (parent_mod)
            ts_pop_roots(ts, 1);
    }
    free(f);
    if (mod && parent_mod) {
        ts_push_root(ts, mod);
        Value child = str_from_cstr(ts, dot + 1);
        StrObj *ci = child ? str_intern_value(ts, child) : NULL;
        int rc = ci ? obj_setattr(ts, parent_mod, ci, mod) : -1;
        ts_pop_roots(ts, 1);
        if (rc < 0)
            return VNULL;
    }
    return mod;
}

/* Would waiting for `owner` close a cycle of threads waiting for each other? */
static bool
wait_cycle(ThreadState *ts, Value waits, int32_t owner)
{
    int32_t me = -owner_mark(ts);
    Value cur = val_from_int(owner);
    for (int i = 0; i < 64; i++) {
        Value next = VNULL;
        if (dict_lookup(ts, waits, cur, &next) <= 0 || !next)
            return false;
        if (val_is_int(next) && val_as_int(next) == me)
            return true;
        cur = next;
    }
    return false;
}

/* Another thread is running module m's body: wait until it has finished
 * (or failed, then import it again here).  The module itself if the wait
 * would deadlock, as CPython does. */
static Value
wait_for_module(ThreadState *ts, Value name, Value m)
{
    Value sys = ts->interp->sys;
    Value sd = *obj_dict_slot(sys);
    Value waits = dict_get_cstr(ts, sd, "_import_waits");
    if (!waits) {
        waits = dict_new(ts);
        if (!waits || dict_set_cstr(ts, sd, "_import_waits", waits) < 0)
            return VNULL;
    }
    Value me = val_from_int(-owner_mark(ts));
    ts_push_root(ts, name);
    while (module_initializing(m)) {
        int32_t owner = -((ModuleObj *)val_as_obj(m))->builtin;
        if (owner == -owner_mark(ts) || wait_cycle(ts, waits, owner))
            break;
        if (dict_set(ts, waits, me, val_from_int(owner)) < 0) {
            m = VNULL;
            break;
        }
        struct timespec nap = {0, 200000};
        SP_BEGIN_ALLOW_THREADS(ts, "import")
        nanosleep(&nap, NULL);
        SP_END_ALLOW_THREADS(ts)
        if (dict_del(ts, waits, me) < 0)
            exc_clear(ts);
        if (signals_pending(ts) && eval_handle_breaker(ts) < 0) {
            m = VNULL;
            break;
        }
        m = dict_get_str(modules_dict(ts), str_as(name));
        if (!m) {
            /* The other thread's import failed: try again here. */
            m = find_and_load(ts, name);
            break;
        }
    }
    ts_pop_roots(ts, 1);
    return m;
}

/* sys.modules[name], importing it first if needed. */
static Value
import_absolute(ThreadState *ts, Value name)
{
    Value m = dict_get_str(modules_dict(ts), str_as(name));
    if (m && module_initializing(m))
        return wait_for_module(ts, name, m);
    if (m == V_NONE) {
        char msg[600];
        snprintf(msg, sizeof msg, "import of %s halted; None in sys.modules", str_cstr(name));
        return raise_not_found(ts, msg, str_cstr(name));
    }
    return m ? m : find_and_load(ts, name);
}

Value
import_module_cstr(ThreadState *ts, const char *name)
{
    Value n = str_from_cstr(ts, name);
    if (!n)
        return VNULL;
    ts_push_root(ts, n);
    Value m = import_absolute(ts, n);
    ts_pop_roots(ts, 1);
    return m;
}

/* The package a relative import starts from (CPython's _calc___package__). */
static Value
calc_package(ThreadState *ts, Value globals)
{
    if (!globals || !dict_check(globals))
        return exc_raise(ts, &KeyErrorType, "'__name__' not in globals");
    Value pkg = dict_get_str(globals, NAME(ts, __package__));
    if (pkg && pkg != V_NONE) {
        if (!str_check(pkg))
            return exc_raise(ts, &TypeErrorType, "package must be a string");
        return pkg;
    }
    Value spec = dict_get_str(globals, NAME(ts, __spec__));
    if (spec && spec != V_NONE)
        return obj_getattr_cstr(ts, spec, "parent");
    Value name = dict_get_str(globals, NAME(ts, __name__));
    if (!name)
        return exc_raise(ts, &KeyErrorType, "'__name__' not in globals");
    if (!str_check(name))
        return exc_raise(ts, &TypeErrorType, "module name must be str, not %s",
                         obj_type_name(name));
    if (dict_get_str(globals, NAME(ts, __path__)))
        return name;
    const char *s = str_cstr(name), *dot = strrchr(s, '.');
    return str_new(ts, s, dot ? (size_t)(dot - s) : 0);
}

static Value
resolve_name(ThreadState *ts, Value name, Value globals, int64_t level)
{
    Value pkg = calc_package(ts, globals);
    if (!pkg)
        return VNULL;
    const char *p = str_cstr(pkg);
    if (!*p)
        return exc_raise(ts, &ImportErrorType, "attempted relative import with no known parent package");
    size_t end = strlen(p);
    for (int64_t i = 1; i < level; i++) {
        while (end > 0 && p[end - 1] != '.')
            end--;
        if (end == 0)
            return exc_raise(ts, &ImportErrorType, "attempted relative import beyond top-level package");
        end--;
    }
    if (str_as(name)->size == 0)
        return str_new(ts, p, end);
    return str_from_fmt(ts, "%.*s.%s", (int)end, p, str_cstr(name));
}

/* CPython's _handle_fromlist: import submodules named in fromlist (or __all__). */
static int
handle_fromlist(ThreadState *ts, Value mod, Value fromlist, bool recursive)
{
    Value lst = list_from_iterable(ts, fromlist);
    if (!lst)
        return -1;
    ts_push_root(ts, lst);
    int rc = 0;
    for (int64_t i = 0; rc == 0 && i < list_as(lst)->len; i++) {
        Value x = list_as(lst)->items[i];
        if (!str_check(x)) {
            if (recursive) {
                Value mn = obj_getattr(ts, mod, NAME(ts, __name__));
                if (mn)
                    exc_raise(ts, &TypeErrorType, "Item in %s.__all__ must be str, not %s",
                              str_check(mn) ? str_cstr(mn) : "?", obj_type_name(x));
            } else {
                exc_raise(ts, &TypeErrorType, "Item in ``from list'' must be str, not %s",
                          obj_type_name(x));
            }
            rc = -1;
            break;
        }
        if (!strcmp(str_cstr(x), "*")) {
            if (recursive)
                continue;
            Value all = obj_lookup_attr(ts, mod, NAME(ts, __all__));
            if (all)
                rc = handle_fromlist(ts, mod, all, true);
            else if (ts_has_exc(ts))
                rc = -1;
            continue;
        }
        Value has = obj_lookup_attr(ts, mod, str_as(x));
        if (has)
            continue;
        if (ts_has_exc(ts)) {
            rc = -1;
            break;
        }
        Value mn = obj_getattr(ts, mod, NAME(ts, __name__));
        Value full = mn && str_check(mn) ? str_from_fmt(ts, "%s.%s", str_cstr(mn), str_cstr(x))
                                         : VNULL;
        if (!full) {
            rc = -1;
            break;
        }
        ts_push_root(ts, full);
        if (!import_absolute(ts, full)) {
            /* A missing submodule is fine: IMPORT_FROM reports the name. */
            Value e = ts->exc;
            if (val_isinstance(e, &ModuleNotFoundErrorType) && exc_as(e)->fields[1] &&
                str_check(exc_as(e)->fields[1]) &&
                str_eq(str_as(exc_as(e)->fields[1]), str_as(full)) &&
                dict_get_str(modules_dict(ts), str_as(full)) != V_NONE)
                exc_clear(ts);
            else
                rc = -1;
        }
        ts_pop_roots(ts, 1);
    }
    ts_pop_roots(ts, 1);
    return rc;
}

Value
import_dunder_import(ThreadState *ts, Value name, Value globals, Value fromlist, int64_t level)
{
    if (level < 0)
        return exc_raise(ts, &ValueErrorType, "level must be >= 0");
    Value abs = name;
    if (level > 0) {
        abs = resolve_name(ts, name, globals, level);
        if (!abs)
            return VNULL;
    } else if (str_as(name)->size == 0) {
        return exc_raise(ts, &ValueErrorType, "Empty module name");
    }
    ts_push_root(ts, abs);
    Value mod = import_absolute(ts, abs);
    ts_pop_roots(ts, 1);
    if (!mod)
        return VNULL;
    int has_from = fromlist && fromlist != V_NONE ? obj_truth(ts, fromlist) : 0;
    if (has_from < 0)
        return VNULL;
    if (!has_from) {
        const char *n = str_cstr(name), *dot = strchr(n, '.');
        if (level == 0) {
            if (!dot)
                return mod;
            Value top = str_new(ts, n, (size_t)(dot - n));
            return top ? import_absolute(ts, top) : VNULL;
        }
        if (!*n)
            return mod;
        if (!dot)
            return mod;
        /* Return the package the relative name's first part names. */
        size_t cut = strlen(n) - (size_t)(dot - n);
        const char *a = str_cstr(abs);
        Value top = str_new(ts, a, strlen(a) - cut);
        return top ? import_absolute(ts, top) : VNULL;
    }
    Value path = obj_lookup_attr(ts, mod, NAME(ts, __path__));
    if (!path)
        return ts_has_exc(ts) ? VNULL : mod;
    ts_push_root(ts, mod);
    int rc = handle_fromlist(ts, mod, fromlist, false);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : mod;
}

Value
import_from_error(ThreadState *ts, Value mod, Value name)
{
    Value modname = obj_lookup_attr(ts, mod, NAME(ts, __name__));
    exc_clear(ts);
    const char *mn = modname && str_check(modname) ? str_cstr(modname) : "<unknown module name>";
    Value file = obj_lookup_attr(ts, mod, NAME(ts, __file__));
    exc_clear(ts);
    Value msg;
    if (module_initializing(mod))
        msg = str_from_fmt(ts, "cannot import name '%s' from partially initialized module '%s' "
                               "(most likely due to a circular import) (%s)",
                           str_cstr(name), mn,
                           file && str_check(file) ? str_cstr(file) : "unknown location");
    else if (file && str_check(file))
        msg = str_from_fmt(ts, "cannot import name '%s' from '%s' (%s)", str_cstr(name), mn,
                           str_cstr(file));
    else
        msg = str_from_fmt(ts, "cannot import name '%s' from '%s' (unknown location)",
                           str_cstr(name), mn);
    Value t = msg ? tuple_pack(ts, 1, msg) : VNULL;
    Value e = t ? exc_new(ts, &ImportErrorType, t) : VNULL;
    if (!e)
        return VNULL;
    exc_as(e)->fields[1] = modname && str_check(modname) ? modname : V_NONE;
    exc_as(e)->fields[2] = file && str_check(file) ? file : V_NONE;
    return exc_raise_value(ts, e);
}

int
import_add_env_path(ThreadState *ts, Value path)
{
    const char *env = getenv("GILPYPATH");
    if (!env || !*env)
        return 0;
    const char *p = env;
    for (;;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        if (n) {
            Value s = str_new(ts, p, n);
            if (!s || list_append(ts, path, s) < 0)
                return -1;
        }
        if (!colon)
            return 0;
        p = colon + 1;
    }
}

/* Does package `full` have a __main__ submodule?  If not, runpy's error. */
static bool
find_main_submodule(ThreadState *ts, const char *full)
{
    Value pkg = dict_get_cstr(ts, modules_dict(ts), full);
    Value dirs = pkg ? obj_lookup_attr(ts, pkg, NAME(ts, __path__)) : VNULL;
    exc_clear(ts);
    Found *f = calloc(1, sizeof *f);
    char sub[PATH_MAX];
    bool ok = f && cat3(sub, full, ".__main__", "") &&
              (find_in_list(ts, dirs, "__main__", f) || find_stdlib(sub, f));
    free(f);
    if (!ok) {
        char msg[3 * PATH_MAX];
        snprintf(msg, sizeof msg,
                 "No module named %s.__main__; '%s' is a package and cannot be directly executed",
                 full, full);
        raise_not_found(ts, msg, full);
    }
    return ok;
}

int
import_find_main(ThreadState *ts, const char *name, char **path, char **src, size_t *len,
                 char **package)
{
    *path = *src = *package = NULL;
    char full[PATH_MAX];
    snprintf(full, sizeof full, "%s", name);
    const char *dot = strrchr(full, '.');
    Value parent_mod = VNULL;
    if (dot) {
        Value parent = str_new(ts, full, (size_t)(dot - full));
        parent_mod = parent ? import_absolute(ts, parent) : VNULL;
        if (!parent_mod)
            return -1;
    }
    Found *f = calloc(1, sizeof *f);
    if (!f) {
        exc_no_memory(ts);
        return -1;
    }
    Value dirs = ts->interp->path;
    if (parent_mod) {
        dirs = obj_lookup_attr(ts, parent_mod, NAME(ts, __path__));
        if (!dirs) {
            free(f);
            if (!ts_has_exc(ts)) {
                char msg[3 * PATH_MAX];
                snprintf(msg, sizeof msg,
                         "Error while finding module specification for '%s' (ModuleNotFoundError: "
                         "__path__ attribute not found on '%.*s' while trying to find '%s')",
                         full, (int)(dot - full), full, full);
                raise_not_found(ts, msg, full);
            }
            return -1;
        }
    }
    bool ok = find_in_list(ts, dirs, dot ? dot + 1 : full, f);
    if (!ok) {
        memset(f, 0, sizeof *f);
        ok = find_stdlib(full, f);
    }
    if (ok && f->is_package) {
        /* A package runs its __main__ submodule, after importing the package. */
        free(f);
        if (!import_module_cstr(ts, full))
            return -1;
        size_t nl = strlen(full);
        if (nl >= 9 && !strcmp(full + nl - 9, ".__main__")) {
            exc_raise(ts, &ImportErrorType, "Cannot use package as __main__ module");
            return -1;
        }
        if (!find_main_submodule(ts, full))
            return -1;
        char sub[PATH_MAX + 16];
        snprintf(sub, sizeof sub, "%s.__main__", full);
        return import_find_main(ts, sub, path, src, len, package);
    }
    if (!ok) {
        free(f);
        char msg[PATH_MAX + 100];
        snprintf(msg, sizeof msg, "No module named %s", full);
        raise_not_found(ts, msg, full);
        return -1;
    }
    if (f->emb) {
        *src = malloc(f->emb->len + 1);
        if (*src) {
            memcpy(*src, f->emb->source, f->emb->len + 1);
            *len = f->emb->len;
        }
    } else {
        *src = read_file(f->path, len);
        *path = strdup(f->path);
    }
    *package = strndup(full, dot ? (size_t)(dot - full) : 0);
    free(f);
    if (!*src || !*package) {
        exc_raise(ts, &ImportErrorType, "can't read module %s", name);
        return -1;
    }
    return 0;
}
