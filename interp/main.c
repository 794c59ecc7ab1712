/* interp/main.c: the gilpy command line, modelled on CPython 3.11's.
 * SPDX-License-Identifier: MIT
 *
 * gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
 * Options are parsed like CPython's getopt (flags may be grouped, -c/-m/-X/-W
 * take the rest of the word or the next word); the same error texts and
 * exit statuses (2 for usage errors, 1 for an uncaught exception, 120 when
 * stdout cannot be flushed at exit).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dict.h"
#include "eval.h"
#include "repl.h"
#include "exc.h"
#include "str.h"
#include "tstate.h"
#include "../modules/modules.h"
#include "../modules/import.h"

static const char usage_line[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options (and corresponding environment variables):\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-V     : print the version number and exit (also --version)\n"
    "-X opt : set implementation-specific option\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static int
usage_error(const char *prog)
{
    fprintf(stderr, usage_line, prog);
    fprintf(stderr, "Try `gilpy -h' for more information.\n");
    return 2;
}

static void
print_version(int verbose)
{
    if (verbose)
        printf("gilpy %s (Python %d.%d.%d compatible, " __DATE__ ")\n", GILPY_VERSION,
               GILPY_PY_MAJOR, GILPY_PY_MINOR, GILPY_PY_MICRO);
    else
        printf("gilpy %s (Python %d.%d)\n", GILPY_VERSION, GILPY_PY_MAJOR, GILPY_PY_MINOR);
}

typedef struct Options {
    const char *cmd, *mod;
    int argi;         /* index of the first argument that goes to sys.argv[1:] */
    int unbuffered, version, help;
    int inspect, quiet; /* -i, -q */
    const char *xopts[64];
    int nxopts;
} Options;

/* Parse options; returns -1 to continue, or an exit status. */
static int
parse_options(int argc, char **argv, Options *o)
{
    const char *prog = argv[0];
    int i = 1;
    for (; i < argc; i++) {
        char *a = argv[i];
        if (a[0] != '-' || a[1] == 0)
            break;
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (!strcmp(a, "--version")) {
                o->version++;
                continue;
            }
            if (!strcmp(a, "--help")) {
                o->help = 1;
                continue;
            }
            fprintf(stderr, "unknown option %s\n", a);
            return usage_error(prog);
        }
        for (int j = 1; a[j]; j++) {
            char c = a[j];
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                const char *arg = a[j + 1] ? a + j + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!arg) {
                    fprintf(stderr, "Argument expected for the -%c option\n", c);
                    return usage_error(prog);
                }
                if (c == 'c' || c == 'm') {
                    *(c == 'c' ? &o->cmd : &o->mod) = arg;
                    o->argi = i + 1;
                    return -1;
                }
                if (c == 'X' && o->nxopts < 64)
                    o->xopts[o->nxopts++] = arg;
                break;
            }
            switch (c) {
            case 'u':
                o->unbuffered = 1;
                break;
            case 'V':
                o->version++;
                break;
            case 'h':
            case '?':
                o->help = 1;
                break;
            case 'E':
            case 'I':
                /* Ignore PYTHON* variables (the only one we read is PYTHONUNBUFFERED). */
                unsetenv("PYTHONUNBUFFERED");
                break;
            case 'i':
                o->inspect = 1;
                break;
            case 'q':
                o->quiet = 1;
                break;
            case 'b': case 'B': case 'd': case 'O': case 'P':
            case 's': case 'S': case 'v': case 'x': case 'R':
                break;
            default:
                fprintf(stderr, "Unknown option: -%c\n", c);
                return usage_error(prog);
            }
        }
    }
    o->argi = i;
    return -1;
}

static int
set_xoptions(ThreadState *ts, Options *o)
{
    Value d = sys_get(ts, "_xoptions");
    for (int k = 0; d && k < o->nxopts; k++) {
        const char *x = o->xopts[k];
        const char *eq = strchr(x, '=');
        Value key = eq ? str_new(ts, x, (size_t)(eq - x)) : str_from_cstr(ts, x);
        Value val = eq ? str_from_cstr(ts, eq + 1) : V_TRUE;
        if (!key || !val || dict_set(ts, d, key, val) < 0)
            return -1;
        /* -X gilstats / giltrace=FILE / gilpolicy=P / gilnarrate / gilwarn=MS */
        if (gil_xoption(ts, x) < 0)
            return -2;
    }
    return 0;
}

/* CPython's flush_std_files at exit: a failing stdout gives status 120. */
static int
finish(ThreadState *ts, int rc)
{
    if (sys_flush_std(ts) < 0) {
        Value e = exc_fetch(ts);
        Value out = sys_get(ts, "stdout");
        Value r = out ? obj_repr(ts, out) : VNULL;
        exc_clear(ts);
        Value err = sys_get(ts, "stderr");
        if (err && err != V_NONE) {
            file_write_cstr(ts, err, "Exception ignored in: ");
            file_write_cstr(ts, err, r ? str_cstr(r) : "<stdout>");
            file_write_cstr(ts, err, "\n");
            exc_print(ts, e, err);
        }
        exc_clear(ts);
        if (rc == 0)
            rc = 120;
    }
    /* Flush files the script left open, as CPython's finalization does. */
    for (Obj *o = ts->interp->gc.objects; o; o = o->gc_next) {
        if (o->type == &FileType && !((FileObj *)o)->closed) {
            FileType.finalize(o);
            ((FileObj *)o)->closed = 1;
        }
    }
    return rc;
}

int
main(int argc, char **argv)
{
    Options o = {0};
    int rc = parse_options(argc, argv, &o);
    if (rc >= 0)
        return rc;
    if (o.help) {
        printf(usage_line, argv[0]);
        fputs(help_text, stdout);
        return 0;
    }
    if (o.version) {
        print_version(o.version > 1);
        return 0;
    }
    const char *script = NULL;
    if (!o.cmd && !o.mod && o.argi < argc && strcmp(argv[o.argi], "-") != 0)
        script = argv[o.argi];
    if (script && access(script, R_OK) != 0) {
        char cwd[4096];
        if (script[0] != '/' && getcwd(cwd, sizeof cwd))
            fprintf(stderr, "%s: can't open file '%s/%s': [Errno %d] %s\n", argv[0], cwd, script,
                    errno, strerror(errno));
        else
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], script, errno,
                    strerror(errno));
        return 2;
    }
    struct stat st;
    if (script && stat(script, &st) == 0 && S_ISDIR(st.st_mode)) {
        char cwd[4096];
        if (script[0] != '/' && getcwd(cwd, sizeof cwd))
            fprintf(stderr, "%s: can't find '__main__' module in '%s/%s'\n", argv[0], cwd, script);
        else
            fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", argv[0], script);
        return 1;
    }
    /* sys.argv: the script (or -c / - / ''), then the remaining words. */
    int first = script ? o.argi : (o.cmd || o.mod) ? o.argi : (o.argi < argc ? o.argi + 1 : o.argi);
    int sargc = 1 + (argc - first);
    if (script)
        sargc = argc - o.argi;
    char **sargv = malloc(sizeof(char *) * (size_t)(sargc + 1));
    if (!sargv)
        return 1;
    int n = 0;
    if (script) {
        for (int k = o.argi; k < argc; k++)
            sargv[n++] = argv[k];
    } else {
        static char dash_c[] = "-c", dash_m[] = "-m", dash[] = "-", empty[] = "";
        sargv[n++] = o.cmd ? dash_c : o.mod ? dash_m : (o.argi < argc ? dash : empty);
        for (int k = first; k < argc; k++)
            sargv[n++] = argv[k];
    }
    sargv[n] = NULL;

    signal(SIGPIPE, SIG_IGN);
    InterpState *in = interp_new();
    ThreadState *ts = in ? ts_new(in) : NULL;
    if (!ts) {
        fprintf(stderr, "Fatal Python error: cannot allocate the interpreter\n");
        return 1;
    }
    in->unbuffered = o.unbuffered;
    if (interp_init(ts, n, sargv) < 0 || (rc = set_xoptions(ts, &o)) < 0) {
        if (rc == -2)
            return 2; /* a bad -X gil... value, already reported */
        fprintf(stderr, "Fatal Python error: init failed\n");
        if (ts->exc)
            exc_print(ts, exc_fetch(ts), VNULL);
        return 1;
    }
    int interactive = !o.cmd && !o.mod && !script && (o.inspect || isatty(STDIN_FILENO));
    if (o.cmd)
        rc = run_main_string(ts, o.cmd, "<string>");
    else if (o.mod)
        rc = run_main_module(ts, o.mod, argv[0]);
    else if (script)
        rc = run_main_file(ts, script);
    else if (!interactive)
        rc = run_main_string(ts, NULL, "<stdin>");
    /* The REPL (interp/repl.c): no program and a terminal on stdin, or -i. */
    if (interactive || o.inspect)
        rc = repl_run(ts, interactive && !o.quiet);
    /* run_finalize (interp/run.c) joins the non-daemon threads, THEN runs
     * the atexit handlers (atexit_run), then freezes the other threads. */
    rc = finish(ts, run_finalize(ts, rc));
    gil_print_stats_at_exit(ts); /* -X gilstats, once stdout is flushed */
    free(sargv);
    return rc;
}
