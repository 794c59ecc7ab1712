/* modules/import.h: the import system (modules/import.c) and the embedded stdlib.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_IMPORT_H
#define GILPY_IMPORT_H

#include <stddef.h>

#include "runtime/object.h"

/* One module of modules/py, compiled into the binary by modules/py_embed.cmake. */
typedef struct EmbeddedModule {
    const char *name;   /* dotted name; a package's row is its __init__.py */
    const char *source; /* UTF-8, NUL-terminated */
    size_t len;
    int is_package;
} EmbeddedModule;

extern const EmbeddedModule embedded_modules[]; /* ended by a row with name NULL */

/* builtins.__import__(name, globals, locals, fromlist, level). */
Value import_dunder_import(ThreadState *ts, Value name, Value globals, Value fromlist,
                           int64_t level) SP_RAISES;
/* Import the module with the absolute dotted name and return it (not its top package). */
Value import_module_cstr(ThreadState *ts, const char *name) SP_RAISES;
/* Append the directories of $GILPYPATH to the sys.path list. */
int import_add_env_path(ThreadState *ts, Value path) SP_RAISES;

/* What `gilpy -m name` runs: imports the parent packages, then finds the
 * module (a package runs its __main__).  On success *path is a malloc'd file
 * name (or NULL for an embedded module), *src a malloc'd source, *package the
 * parent package name (malloc'd, "" for a top-level module).  Returns 0, or -1
 * with an exception set (ModuleNotFoundError when there is no such module). */
int import_find_main(ThreadState *ts, const char *name, char **path, char **src, size_t *len,
                     char **package) SP_RAISES;

/* interp/run.c: run module `name` as __main__ (gilpy -m); the exit status. */
int run_main_module(ThreadState *ts, const char *name, const char *prog);

/* The ImportError raised by `from m import name` when m has no attribute name
 * (CPython's texts, including the circular-import hint). */
Value import_from_error(ThreadState *ts, Value mod, Value name) SP_RAISES;

/* modules/mod_atexit.c: run the registered exit handlers, last first. */
void atexit_run(ThreadState *ts);

/* Builtin modules written in C (registered in modules/registry.c). */
Value mod_atexit_init(ThreadState *ts) SP_RAISES;
Value mod_os_init(ThreadState *ts) SP_RAISES;
Value mod_time_init(ThreadState *ts) SP_RAISES;
Value mod_math_init(ThreadState *ts) SP_RAISES;
Value mod_traceback_init(ThreadState *ts) SP_RAISES;

#endif
