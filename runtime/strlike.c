/* runtime/strlike.c: argument parsing shared by the str and bytes methods (see strlike.h).
 * SPDX-License-Identifier: MIT
 */
#include "strlike.h"

#include "strimpl.h"

int
strlike_codec_args(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
                   const char **encoding, const char **errors)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    Value a[2];
    if (str_parse_args(ts, fname, args + 1, nargs - 1, kwnames, kw, 0, 2, ARGS_OLD, a) < 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (a[i] && !str_check(a[i])) {
            exc_raise(ts, &TypeErrorType, "%s() argument '%s' must be str, not %s", fname, kw[i],
                      obj_type_name(a[i]));
            return -1;
        }
    *encoding = a[0] ? str_cstr(a[0]) : "utf-8";
    *errors = a[1] ? str_cstr(a[1]) : "strict";
    return 0;
}
