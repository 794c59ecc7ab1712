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

/* Table of builtin modules (modules/registry.c), ended by {NULL}. */
extern const BuiltinModuleDef builtin_modules[];

#endif
