/* tests/repl/repl_driver.c: drive the gilpy REPL through a pseudo-terminal, one .case file.
 * SPDX-License-Identifier: MIT
 *
 * usage: repl_driver GILPY CASEFILE
 *
 * A case file is a list of commands, one per line ('#' starts a comment
 * line).  TEXT arguments take C escapes (\r \n \t \e \\ \xHH) and run to
 * the end of the line; $TMP in them is a fresh temporary directory.
 *
 *   env NAME VALUE    set an environment variable for the next `start`
 *   file PATH TEXT    write TEXT to the file PATH (PATH takes $TMP too)
 *   start ARGS...     run GILPY ARGS in a new 80x24 pseudo-terminal
 *   send TEXT         type TEXT (keys are written one by one)
 *   expect TEXT       wait (10 s at most) until the output after the last
 *                     match contains TEXT; the match moves past it
 *   absent TEXT       the output since the last match does not contain TEXT
 *   sleep MS          wait, collecting output
 *   exit STATUS       wait (10 s at most) for gilpy to exit with STATUS
 *
 * Escape sequences of the line editor are left in the output, so cases
 * expect text that is written plainly.  Everything is bounded: a 50-second
 * alarm kills gilpy and fails the case, so a broken REPL never hangs CTest.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int master = -1;
static pid_t child = -1;
static char *out;              /* everything gilpy wrote */
static size_t out_len, out_cap, mark;
static char tmpdir[256];
static const char *case_path;
static char *gilpy_path;
static int line_no;

static void
dump_output(void)
{
    /* REPL_DRIVER_FULL=1 shows all the output, not only the unmatched part. */
    size_t from = getenv("REPL_DRIVER_FULL") ? 0 : mark;
    fprintf(stderr, "---- output %s (escaped) ----\n", from ? "after the last match" : "");
    for (size_t i = from; i < out_len; i++) {
        unsigned char c = (unsigned char)out[i];
        if (c == '\n')
            fputs("\\n\n", stderr);
        else if (c >= 32 && c < 127)
            fputc(c, stderr);
        else
            fprintf(stderr, "\\x%02x", c);
    }
    fprintf(stderr, "\n----\n");
}

static void
cleanup(void)
{
    if (child > 0) {
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
        child = -1;
    }
    if (tmpdir[0]) {
        char cmd[300];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", tmpdir);
    }
}

static void
fail(const char *fmt, const char *arg)
{
    fprintf(stderr, "%s:%d: ", case_path, line_no);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    dump_output();
    cleanup();
    exit(1);
}

static void
on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "repl_driver: overall time limit reached\n";
    ssize_t w = write(2, msg, sizeof msg - 1);
    (void)w;
    if (child > 0)
        kill(child, SIGKILL);
    _exit(1);
}

static double
now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Collect output for at most `ms` milliseconds (returns early on data). */
static int
pump(int ms)
{
    struct pollfd p = {.fd = master, .events = POLLIN};
    int k = poll(&p, 1, ms);
    if (k <= 0)
        return k;
    if (out_len + 4096 > out_cap) {
        out_cap = (out_cap + 4096) * 2;
        out = realloc(out, out_cap);
        if (!out)
            fail("%s", "out of memory");
    }
    ssize_t n = read(master, out + out_len, 4096);
    if (n <= 0)
        return -1; /* EIO: the child closed the terminal */
    out_len += (size_t)n;
    out[out_len] = 0;
    return 1;
}

/* C escapes and $TMP; returns the decoded length. */
static size_t
decode(const char *s, char *d)
{
    size_t n = 0;
    while (*s) {
        if (!strncmp(s, "$TMP", 4)) {
            n += (size_t)sprintf(d + n, "%s", tmpdir);
            s += 4;
            continue;
        }
        if (*s != '\\' || !s[1]) {
            d[n++] = *s++;
            continue;
        }
        s++;
        char c = *s++;
        switch (c) {
        case 'r': d[n++] = '\r'; break;
        case 'n': d[n++] = '\n'; break;
        case 't': d[n++] = '\t'; break;
        case 'e': d[n++] = 27; break;
        case 'x': {
            char hex[3] = {s[0], s[0] ? s[1] : 0, 0};
            d[n++] = (char)strtol(hex, NULL, 16);
            s += strlen(hex);
            break;
        }
        default: d[n++] = c; break;
        }
    }
    d[n] = 0;
    return n;
}

static char *
find(const char *hay, size_t hn, const char *needle, size_t nn)
{
    return hay && hn ? memmem(hay, hn, needle, nn) : NULL;
}

static void
cmd_start(char *args)
{
    char *argv[32];
    int argc = 0;
    argv[argc++] = NULL; /* filled below */
    for (char *save = NULL, *w = strtok_r(args, " ", &save); w && argc < 30;
         w = strtok_r(NULL, " ", &save))
        argv[argc++] = w;
    argv[argc] = NULL;
    struct winsize ws = {.ws_row = 24, .ws_col = 80};
    child = forkpty(&master, NULL, NULL, &ws);
    if (child < 0)
        fail("%s", "forkpty failed");
    if (child == 0) {
        argv[0] = gilpy_path;
        setenv("TERM", "xterm", 1);
        execv(gilpy_path, argv);
        _exit(127);
    }
    out_len = mark = 0;
    if (out)
        out[0] = 0;
}

static void
cmd_send(const char *text)
{
    char buf[4096];
    size_t n = decode(text, buf);
    for (size_t i = 0; i < n; i++) {
        if (write(master, buf + i, 1) != 1)
            fail("%s", "write to the terminal failed");
        pump(2);
    }
}

static void
cmd_expect(const char *text)
{
    char buf[4096];
    size_t n = decode(text, buf);
    double end = now() + 10.0;
    for (;;) {
        char *hit = find(out + mark, out_len - mark, buf, n);
        if (hit) {
            mark = (size_t)(hit - out) + n;
            return;
        }
        if (now() > end)
            fail("expected text never came: %s", text);
        if (pump(50) < 0 && !find(out + mark, out_len - mark, buf, n))
            fail("gilpy closed the terminal before: %s", text);
    }
}

static void
cmd_absent(const char *text)
{
    char buf[4096];
    size_t n = decode(text, buf);
    if (out_len > mark && find(out + mark, out_len - mark, buf, n))
        fail("unexpected text: %s", text);
}

static void
cmd_exit(const char *text)
{
    int want = atoi(text), st = 0;
    double end = now() + 10.0;
    for (;;) {
        pid_t r = waitpid(child, &st, WNOHANG);
        if (r == child)
            break;
        if (now() > end)
            fail("gilpy did not exit (wanted status %s)", text);
        pump(20);
    }
    while (pump(10) > 0)
        ;
    child = -1;
    if (!WIFEXITED(st) || WEXITSTATUS(st) != want) {
        char msg[64];
        snprintf(msg, sizeof msg, "%d/%d", WIFEXITED(st) ? WEXITSTATUS(st) : -1,
                 WIFSIGNALED(st) ? WTERMSIG(st) : 0);
        fail("wrong exit (status/signal): %s", msg);
    }
    close(master);
    master = -1;
}

int
main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: repl_driver GILPY CASEFILE\n");
        return 2;
    }
    gilpy_path = argv[1];
    case_path = argv[2];
    FILE *f = fopen(case_path, "r");
    if (!f) {
        perror(case_path);
        return 2;
    }
    snprintf(tmpdir, sizeof tmpdir, "/tmp/gilpy-repl-XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 2;
    }
    signal(SIGALRM, on_alarm);
    alarm(50);
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        line_no++;
        line[strcspn(line, "\n")] = 0;
        if (!line[0] || line[0] == '#')
            continue;
        char *arg = strchr(line, ' ');
        if (arg)
            *arg++ = 0;
        else
            arg = line + strlen(line);
        if (!strcmp(line, "env")) {
            char *val = strchr(arg, ' ');
            char buf[4096];
            if (val)
                *val++ = 0;
            decode(val ? val : "", buf);
            setenv(arg, buf, 1);
        } else if (!strcmp(line, "file")) {
            char *text = strchr(arg, ' ');
            char path[4096], buf[4096];
            if (text)
                *text++ = 0;
            decode(arg, path);
            size_t n = decode(text ? text : "", buf);
            FILE *w = fopen(path, "w");
            if (!w || fwrite(buf, 1, n, w) != n || fclose(w) != 0)
                fail("cannot write %s", path);
        } else if (!strcmp(line, "start")) {
            cmd_start(arg);
        } else if (!strcmp(line, "send")) {
            cmd_send(arg);
        } else if (!strcmp(line, "expect")) {
            cmd_expect(arg);
        } else if (!strcmp(line, "absent")) {
            cmd_absent(arg);
        } else if (!strcmp(line, "sleep")) {
            double end = now() + atoi(arg) / 1000.0;
            while (now() < end)
                pump(10);
        } else if (!strcmp(line, "exit")) {
            cmd_exit(arg);
        } else {
            fail("unknown command %s", line);
        }
    }
    fclose(f);
    cleanup();
    return 0;
}
