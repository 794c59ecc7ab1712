/* runtime/giltrace.c: per-thread GIL event buffers and the Chrome trace writer.
 * SPDX-License-Identifier: MIT
 *
 * The file is a JSON object {"traceEvents": [...]} of the trace-event format:
 * per thread (tid 1 = the main thread, then in order of first GIL use)
 * complete slices ("ph":"X") named hold / wait / blocked, instants ("ph":"i")
 * for drop requests with a flow arrow ("ph":"s" -> "ph":"f") from the asking
 * thread to the hold it ended, and a track "GIL" (tid 0) whose slices are
 * named after the owner.  Thread names are metadata ("ph":"M").
 */
#include "giltrace.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "str.h"
#include "tstate.h"

GilTrace *
giltrace_new(const char *path, uint64_t gen)
{
    GilTrace *t = calloc(1, sizeof *t);
    if (!t || !(t->path = strdup(path))) {
        free(t);
        return NULL;
    }
    t->t0 = gil_now_ns();
    t->gen = gen;
    return t;
}

GilTraceBuf *
giltrace_buf(ThreadState *ts, GilTrace *t)
{
    if (ts->gil_trace_gen == t->gen && ts->gil_trace_buf)
        return ts->gil_trace_buf;
    GilTraceBuf *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->trace = t;
    /* ident stays 0 until ts itself appends: ts may be another thread,
     * which sets its ident without our mutex (giltrace_event) */
    b->is_main = ts == ts->interp->main_ts;
    /* keep registration order (tids follow it), main thread first */
    GilTraceBuf **p = &t->bufs;
    if (!b->is_main)
        while (*p)
            p = &(*p)->next;
    b->next = *p;
    *p = b;
    ts->gil_trace_buf = b;
    ts->gil_trace_gen = t->gen;
    return b;
}

GilEvent *
giltrace_event(ThreadState *ts, GilTrace *t, int kind)
{
    GilTraceBuf *b = giltrace_buf(ts, t);
    if (!b)
        return NULL;
    if (b->ident == 0)
        b->ident = ts->ident; /* a new thread binds its ident after its first take */
    size_t i = b->count % GT_CHUNK;
    if (i == 0) {
        GilChunk *c = malloc(sizeof *c);
        if (!c)
            return NULL;
        c->next = NULL;
        if (b->last)
            b->last->next = c;
        else
            b->first = c;
        b->last = c;
    }
    GilEvent *e = &b->last->ev[i];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    b->count++;
    return e;
}

void
giltrace_name(ThreadState *ts, GilTraceBuf *b)
{
    if (b->name[0] || b->ident == 0 || b->ended)
        return;
    Value m = dict_get_cstr(ts, ts->interp->modules, "threading");
    Value *md = m ? obj_dict_slot(m) : NULL;
    Value active = md && *md ? dict_get_cstr(ts, *md, "_active") : VNULL;
    if (!active || !dict_check(active))
        return;
    int64_t i = 0;
    Value k, v;
    while (dict_next(active, &i, &k, &v)) {
        if (!val_is_int(k) || (uint64_t)val_as_int(k) != b->ident)
            continue;
        Value *vd = val_is_obj(v) ? obj_dict_slot(v) : NULL;
        Value name = vd && *vd && dict_check(*vd) ? dict_get_cstr(ts, *vd, "_name") : VNULL;
        if (name && val_is(name, &StrType))
            snprintf(b->name, sizeof b->name, "%s", str_cstr(name));
        return;
    }
}

void
giltrace_name_all(ThreadState *ts, GilTrace *t, pthread_mutex_t *mutex)
{
    GilTraceBuf *todo[32];
    int n = 0;
    pthread_mutex_lock(mutex);
    for (GilTraceBuf *b = t->bufs; b && n < 32; b = b->next)
        if (!b->name[0] && !b->ended && b->ident && !b->is_main)
            todo[n++] = b;
    pthread_mutex_unlock(mutex);
    for (int i = 0; i < n; i++)
        giltrace_name(ts, todo[i]);
}

/* ---------------------------------------------------------------- writer */

static void
put_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void
put_us(FILE *f, const char *key, uint64_t ns)
{
    fprintf(f, ",\"%s\":%llu.%03llu", key, (unsigned long long)(ns / 1000),
            (unsigned long long)(ns % 1000));
}

static const char *
buf_name(GilTraceBuf *b, char *tmp, size_t n)
{
    if (b->name[0])
        return b->name;
    if (b->is_main)
        return "MainThread";
    snprintf(tmp, n, "Thread-%llu", (unsigned long long)b->ident);
    return tmp;
}

static void
put_head(FILE *f, int *first, const char *ph, const char *name, int tid, uint64_t t)
{
    fputs(*first ? "\n" : ",\n", f);
    *first = 0;
    fprintf(f, "{\"ph\":\"%s\",\"cat\":\"gil\",\"pid\":1,\"tid\":%d,\"name\":", ph, tid);
    put_str(f, name);
    put_us(f, "ts", t);
}

static const char *const end_words[] = {"forced by a request", "blocking call", "thread end",
                                        "still holding when the trace stopped",
                                        "its ticks:N budget was used up"};

static void
put_event(FILE *f, int *first, GilTrace *t, GilEvent *e, int tid, const char *tname)
{
    char tmp[64];
    switch (e->kind) {
    case GT_HOLD:
        put_head(f, first, "X", "hold", tid, e->t0);
        put_us(f, "dur", e->dur);
        fputs(",\"args\":{\"ended\":", f);
        put_str(f, end_words[e->end]);
        if (e->end == GT_END_BLOCKING && e->why) {
            fputs(",\"call\":", f);
            put_str(f, e->why);
        }
        if ((e->end == GT_END_FORCED || e->end == GT_END_TICKS) && e->where[0]) {
            fputs(",\"at\":", f);
            put_str(f, e->where);
        }
        fputs("}}", f);
        put_head(f, first, "X", tname, 0, e->t0);
        put_us(f, "dur", e->dur);
        fputs(",\"args\":{\"owner\":", f);
        put_str(f, tname);
        fputs("}}", f);
        if (e->end == GT_END_FORCED && e->flow) {
            uint64_t at = e->t0 + (e->dur ? e->dur - 1 : 0);
            put_head(f, first, "f", "drop request", tid, at);
            fprintf(f, ",\"id\":%llu,\"bp\":\"e\"}", (unsigned long long)e->flow);
        }
        break;
    case GT_WAIT:
    case GT_BLOCKED:
        put_head(f, first, "X", e->kind == GT_WAIT ? "wait" : "blocked", tid, e->t0);
        put_us(f, "dur", e->dur);
        if (e->kind == GT_BLOCKED && e->why) {
            fputs(",\"args\":{\"call\":", f);
            put_str(f, e->why);
            fputc('}', f);
        }
        fputc('}', f);
        break;
    case GT_REQUEST:
        put_head(f, first, "i", "drop request", tid, e->t0);
        fputs(",\"s\":\"t\",\"args\":{\"holder\":", f);
        put_str(f, e->target ? buf_name(e->target, tmp, sizeof tmp) : "?");
        fputs("}}", f);
        if (e->flow) {
            put_head(f, first, "s", "drop request", tid, e->t0);
            fprintf(f, ",\"id\":%llu}", (unsigned long long)e->flow);
        }
        break;
    }
}

static void
free_trace(GilTrace *t)
{
    for (GilTraceBuf *b = t->bufs, *nb; b; b = nb) {
        nb = b->next;
        for (GilChunk *c = b->first, *nc; c; c = nc) {
            nc = c->next;
            free(c);
        }
        free(b);
    }
    free(t->path);
    free(t);
}

int
giltrace_write(ThreadState *ts, GilTrace *t)
{
    FILE *f = fopen(t->path, "w");
    if (!f) {
        int e = errno;
        free_trace(t);
        errno = e;
        return -1;
    }
    int first = 1, tid = 1;
    char tmp[64];
    fputs("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"gilpy -X giltrace\"},"
          "\"traceEvents\":[",
          f);
    put_head(f, &first, "M", "thread_name", 0, 0);
    fputs(",\"args\":{\"name\":\"GIL\"}}", f);
    for (GilTraceBuf *b = t->bufs; b; b = b->next, tid++) {
        const char *name = buf_name(b, tmp, sizeof tmp);
        put_head(f, &first, "M", "thread_name", tid, 0);
        fputs(",\"args\":{\"name\":", f);
        put_str(f, name);
        fprintf(f, ",\"ident\":%llu}}", (unsigned long long)b->ident);
        put_head(f, &first, "M", "thread_sort_index", tid, 0);
        fprintf(f, ",\"args\":{\"sort_index\":%d}}", tid);
        size_t k = 0;
        for (GilChunk *c = b->first; c; c = c->next)
            for (size_t i = 0; i < GT_CHUNK && k < b->count; i++, k++)
                put_event(f, &first, t, &c->ev[i], tid, name);
    }
    fputs("\n]}\n", f);
    int rc = fclose(f) == 0 ? 0 : -1;
    int e = errno;
    free_trace(t);
    errno = e;
    return rc;
}
