/* modules/mod_signal.c: the _signal module (signal.py wraps it with enums).
 * SPDX-License-Identifier: MIT
 *
 * The handler table and the C-level handler live in runtime/signals.c; this
 * file checks arguments with CPython's messages and enforces that handlers
 * are installed only by the main thread.  After raise_signal / pthread_kill
 * the main thread runs the pending handlers at once, so a handler has run
 * when the call returns (CPython's PyErr_CheckSignals).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "../runtime/dict.h"
#include "../runtime/exc.h"
#include "../runtime/float.h"
#include "../runtime/func.h"
#include "../runtime/set.h"
#include "../runtime/int.h"
#include "../runtime/signals.h"
#include "../runtime/str.h"
#include "../runtime/tstate.h"
#include "../runtime/tuple.h"
#include "modules.h"
#include "thread_mod.h"

/* A signal number argument: an int in 1..NSIG-1, else ValueError. */
static int
signum_arg(ThreadState *ts, Value v, int *out)
{
    Value n = obj_index(ts, v);
    if (!n)
        return -1;
    int ovf = 0;
    int64_t s = int_as_i64(ts, n, &ovf);
    if (ovf) {
        exc_clear(ts);
        s = -1;
    }
    if (s < 1 || s >= NSIG)
        return exc_raise(ts, &ValueErrorType, "signal number out of range"), -1;
    *out = (int)s;
    return 0;
}

static int
check_pending(ThreadState *ts)
{
    if (ts == ts->interp->main_ts && signals_pending(ts))
        return signals_handle_pending(ts);
    return 0;
}

static Value
sig_signal(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "signal", kwnames) < 0 || arg_check_count(ts, "signal", nargs, 2, 2) < 0)
        return VNULL;
    int signum;
    if (signum_arg(ts, args[0], &signum) < 0)
        return VNULL;
    Value h = args[1];
    if (ts != ts->interp->main_ts)
        return exc_raise(ts, &ValueErrorType,
                         "signal only works in main thread of the main interpreter");
    if (int_check(h)) {
        Value n = obj_index(ts, h);
        if (!n)
            return VNULL;
        if (n != val_from_int(0) && n != val_from_int(1))
            return exc_raise(ts, &TypeErrorType, "signal handler must be signal.SIG_IGN, "
                                                 "signal.SIG_DFL, or a callable object");
        h = n;
    } else if (!obj_is_callable(h)) {
        return exc_raise(ts, &TypeErrorType, "signal handler must be signal.SIG_IGN, "
                                             "signal.SIG_DFL, or a callable object");
    }
    if (signum == SIGKILL || signum == SIGSTOP)
        return exc_raise_errno(ts, EINVAL, VNULL);
    Value old = signals_get_handler(ts, signum);
    ts_push_root(ts, old);
    int rc = signals_set_handler(ts, signum, h);
    ts_pop_roots(ts, 1);
    if (rc < 0 || check_pending(ts) < 0)
        return VNULL;
    return old;
}

static Value
sig_getsignal(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "getsignal", kwnames) < 0 ||
        arg_check_count(ts, "getsignal", nargs, 1, 1) < 0)
        return VNULL;
    int signum;
    if (signum_arg(ts, args[0], &signum) < 0)
        return VNULL;
    return signals_get_handler(ts, signum);
}

static Value
sig_raise_signal(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "raise_signal", kwnames) < 0 ||
        arg_check_count(ts, "raise_signal", nargs, 1, 1) < 0)
        return VNULL;
    int signum;
    if (signum_arg(ts, args[0], &signum) < 0)
        return VNULL;
    if (raise(signum) != 0) {
        int e = errno;
        return exc_raise_errno(ts, e, VNULL);
    }
    if (check_pending(ts) < 0)
        return VNULL;
    return V_NONE;
}

static Value
sig_pthread_kill(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "pthread_kill", kwnames) < 0 ||
        arg_check_count(ts, "pthread_kill", nargs, 2, 2) < 0)
        return VNULL;
    Value tid = obj_index(ts, args[0]);
    if (!tid)
        return VNULL;
    int ovf = 0;
    uint64_t id = (uint64_t)int_as_i64(ts, tid, &ovf);
    if (ovf)
        return VNULL;
    Value n = obj_index(ts, args[1]);
    if (!n)
        return VNULL;
    int64_t signum = int_as_i64(ts, n, &ovf);
    if (ovf)
        return VNULL;
    int err = pthread_kill((pthread_t)id, (int)signum);
    if (err != 0)
        return exc_raise_errno(ts, err, VNULL);
    if (check_pending(ts) < 0)
        return VNULL;
    return V_NONE;
}

static Value
sig_alarm(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "alarm", kwnames) < 0 || arg_check_count(ts, "alarm", nargs, 1, 1) < 0)
        return VNULL;
    if (!int_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(args[0]));
    int ovf = 0;
    int64_t s = int_as_i64(ts, args[0], &ovf);
    if (ovf)
        return VNULL;
    return val_from_int((int64_t)alarm((unsigned)s));
}

static Value
itimer_tuple(ThreadState *ts, const struct itimerval *v)
{
    Value a = float_new(ts, (double)v->it_value.tv_sec + v->it_value.tv_usec / 1e6);
    Value b = a ? float_new(ts, (double)v->it_interval.tv_sec + v->it_interval.tv_usec / 1e6)
                : VNULL;
    return b ? tuple_pack(ts, 2, a, b) : VNULL;
}

static void
double_to_tv(double d, struct timeval *tv)
{
    tv->tv_sec = (time_t)d;
    tv->tv_usec = (suseconds_t)((d - (double)tv->tv_sec) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && d > 0)
        tv->tv_usec = 1;
}

static Value
sig_setitimer(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "setitimer", kwnames) < 0 ||
        arg_check_count(ts, "setitimer", nargs, 2, 3) < 0)
        return VNULL;
    int ovf = 0;
    if (!int_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "an integer is required");
    int which = (int)int_as_i64(ts, args[0], &ovf);
    double secs, interval = 0;
    if (float_coerce(ts, args[1], &secs) < 0 || (nargs == 3 && float_coerce(ts, args[2], &interval) < 0))
        return VNULL;
    struct itimerval nv, old;
    double_to_tv(secs, &nv.it_value);
    double_to_tv(interval, &nv.it_interval);
    if (setitimer(which, &nv, &old) != 0) {
        int e = errno;
        return exc_raise_errno(ts, e, VNULL);
    }
    return itimer_tuple(ts, &old);
}

static Value
sig_getitimer(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "getitimer", nargs, 1, 1) < 0)
        return VNULL;
    if (!int_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "an integer is required");
    int ovf = 0;
    struct itimerval old;
    if (getitimer((int)int_as_i64(ts, args[0], &ovf), &old) != 0) {
        int e = errno;
        return exc_raise_errno(ts, e, VNULL);
    }
    return itimer_tuple(ts, &old);
}

static Value
sig_set_wakeup_fd(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1)
        return exc_raise(ts, &TypeErrorType, "set_wakeup_fd() takes exactly 1 positional argument "
                                             "(%d given)", nargs);
    if (!int_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(args[0]));
    int ovf = 0;
    int64_t fd = int_as_i64(ts, args[0], &ovf);
    if (ovf)
        return VNULL;
    if (ts != ts->interp->main_ts)
        return exc_raise(ts, &ValueErrorType,
                         "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1 && !(fcntl((int)fd, F_GETFL) & O_NONBLOCK))
        return exc_raise(ts, &ValueErrorType, "the fd %lld must be in non-blocking mode",
                         (long long)fd);
    return val_from_int(signals_set_wakeup_fd((int)fd));
}

static Value
sig_strsignal(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "strsignal", nargs, 1, 1) < 0)
        return VNULL;
    int signum;
    if (signum_arg(ts, args[0], &signum) < 0)
        return VNULL;
    const char *s = strsignal(signum);
    if (!s || !strncmp(s, "Unknown signal", 14) || !strncmp(s, "Real-time signal", 16))
        return V_NONE;
    return str_from_cstr(ts, s);
}

static Value
sig_valid_signals(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value s = set_new(ts, &SetType);
    for (int i = 1; s && i < NSIG; i++) {
        if (i == 32 || i == 33)
            continue; /* reserved by glibc for its threads */
        if (set_add(ts, s, val_from_int(i)) < 0)
            return VNULL;
    }
    return s;
}

static const MethodDef signal_functions[] = {
    {"signal", sig_signal, 0},
    {"getsignal", sig_getsignal, 0},
    {"raise_signal", sig_raise_signal, 0},
    {"pthread_kill", sig_pthread_kill, 0},
    {"alarm", sig_alarm, 0},
    {"setitimer", sig_setitimer, 0},
    {"getitimer", sig_getitimer, 0},
    {"set_wakeup_fd", sig_set_wakeup_fd, 0},
    {"strsignal", sig_strsignal, 0},
    {"valid_signals", sig_valid_signals, 0},
    {NULL, NULL, 0},
};

static const struct {
    const char *name;
    int value;
} signal_constants[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},       {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
    {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},       {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},     {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM},     {"SIGCHLD", SIGCHLD},     {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP},     {"SIGTSTP", SIGTSTP},     {"SIGTTIN", SIGTTIN},
    {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},       {"SIGXCPU", SIGXCPU},
    {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},         {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},       {"SIGRTMIN", 34},
    {"SIGRTMAX", 64},         {"NSIG", NSIG},           {"SIG_DFL", 0},
    {"SIG_IGN", 1},           {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK},
    {"SIG_SETMASK", SIG_SETMASK}, {"ITIMER_REAL", ITIMER_REAL},
    {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    {NULL, 0},
};

Value
mod_signal_init(ThreadState *ts)
{
    Value m = module_new(ts, "_signal");
    if (!m || module_add_functions(ts, m, signal_functions) < 0)
        return VNULL;
    Value d = *obj_dict_slot(m);
    for (int i = 0; signal_constants[i].name; i++)
        if (dict_set_cstr(ts, d, signal_constants[i].name, val_from_int(signal_constants[i].value)) < 0)
            return VNULL;
    Value dih = signals_default_int_handler(ts);
    if (!dih || dict_set_cstr(ts, d, "default_int_handler", dih) < 0 ||
        dict_set_cstr(ts, d, "ItimerError", val_from_obj(&OSErrorType)) < 0)
        return VNULL;
    Value mn = str_from_cstr(ts, "_signal");
    if (!mn)
        return VNULL;
    ((BuiltinFuncObj *)val_as_obj(dih))->module = mn;
    return m;
}
