/* runtime/giltrace.h: per-thread GIL event buffers written as a Chrome trace.
 * SPDX-License-Identifier: MIT
 *
 * gil.c records every hand-off while tracing is on (-X giltrace=FILE,
 * gil.trace_start()).  Each thread appends to its own buffer of fixed-size
 * chunks that never move; appends happen where gil.c already holds the GIL's
 * mutex, so tracing adds no lock and no contention of its own.  The file is
 * written by giltrace_stop (gil.trace_stop() or exit) in the trace-event JSON
 * format that Perfetto and chrome://tracing open.
 */
#ifndef GILPY_GILTRACE_H
#define GILPY_GILTRACE_H

#include <stddef.h>
#include <pthread.h>
#include <stdint.h>

typedef struct ThreadState ThreadState;

enum { GT_HOLD, GT_WAIT, GT_BLOCKED, GT_REQUEST };
/* Why a hold ended. */
enum { GT_END_FORCED, GT_END_BLOCKING, GT_END_EXIT, GT_END_OPEN, GT_END_TICKS };

typedef struct GilEvent {
    uint64_t t0, dur;     /* ns since the trace started */
    uint64_t flow;        /* request id: GT_REQUEST starts it, a forced GT_HOLD ends it */
    struct GilTraceBuf *target; /* GT_REQUEST: the buffer of the thread asked to drop */
    const char *why;      /* GT_HOLD blocking / GT_BLOCKED: the call's name (a literal) */
    uint8_t kind, end;
    char where[48];       /* GT_HOLD forced: "backward jump in f, line 7" */
} GilEvent;

#define GT_CHUNK 256
typedef struct GilChunk {
    struct GilChunk *next;
    GilEvent ev[GT_CHUNK];
} GilChunk;

typedef struct GilTraceBuf {
    struct GilTraceBuf *next;  /* the trace's list of buffers */
    struct GilTrace *trace;
    uint64_t ident;
    int is_main;
    int ended;                 /* its thread has ended: its ident may be reused */
    char name[64];             /* threading's name once known */
    GilChunk *first, *last;
    size_t count;
} GilTraceBuf;

typedef struct GilTrace {
    char *path;
    uint64_t t0;               /* gil_now_ns() at start */
    GilTraceBuf *bufs;
    uint64_t next_flow;
    uint64_t gen;              /* matches ThreadState.gil_trace_gen when its buffer is ours */
} GilTrace;

/* All of these are called with the GIL's mutex held (gil.c). */
GilTrace *giltrace_new(const char *path, uint64_t gen);
GilEvent *giltrace_event(ThreadState *ts, GilTrace *t, int kind);
/* ts's buffer in t, made if needed; ts may be another thread (the holder). */
struct GilTraceBuf *giltrace_buf(ThreadState *ts, GilTrace *t);
/* Remember threading's name for b's thread if it has one (GIL held). */
void giltrace_name(ThreadState *ts, GilTraceBuf *b);
/* The same for every live thread not named yet (GIL held, mutex not held:
 * it takes `mutex` to read the list). */
void giltrace_name_all(ThreadState *ts, GilTrace *t, pthread_mutex_t *mutex);
/* Write the file and free t.  Called with the GIL held once t has been
 * detached from the Gil under its mutex, so nobody appends any more.
 * 0, or -1 with errno set. */
int giltrace_write(ThreadState *ts, GilTrace *t);

#endif
