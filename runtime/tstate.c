/* runtime/tstate.c: creating and destroying interpreter and thread states.
 * SPDX-License-Identifier: MIT
 *
 * Each thread's value stack and frame array are reserved once with mmap and
 * committed by the kernel page by page as they are touched, so they never
 * move (frames and generators keep pointers into them) and cost nothing
 * until used.  An ended thread's pair goes to a small pool for the next
 * thread (ts_release_stacks), as glibc does with pthread stacks.
 */
#define _GNU_SOURCE 1
#include "tstate.h"

#include <stdlib.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "exc.h"

#define TS_STACK_VALUES ((size_t)4 << 20) /* 32 MiB of address space */
#define TS_MAX_FRAMES ((size_t)1 << 20)

static void *
reserve(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

InterpState *
interp_new(void)
{
    InterpState *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    in->gil = calloc(1, sizeof *in->gil);
    if (!in->gil) {
        free(in);
        return NULL;
    }
    gil_init(in->gil);
    in->gc.threshold = (size_t)8 << 20;
    in->recursion_limit = 1000;
    const char *stress = getenv("GILPY_GC_STRESS");
#ifdef SP_GC_STRESS
    in->gc.stress = 1;
#endif
    if (stress && *stress && *stress != '0')
        in->gc.stress = 1;
    return in;
}

ThreadState *
ts_new(InterpState *in)
{
    ThreadState *ts = calloc(1, sizeof *ts);
    if (!ts)
        return NULL;
    ts->interp = in;
    if (in->nspare) { /* a thread that ended left its reservations */
        in->nspare--;
        ts->stack = in->spare[in->nspare].stack;
        ts->frames = in->spare[in->nspare].frames;
    } else {
        ts->stack = reserve(TS_STACK_VALUES * sizeof(Value));
        ts->frames = reserve(TS_MAX_FRAMES * sizeof(Frame));
    }
    if (!ts->stack || !ts->frames) {
        if (ts->stack)
            munmap(ts->stack, TS_STACK_VALUES * sizeof(Value));
        if (ts->frames)
            munmap(ts->frames, TS_MAX_FRAMES * sizeof(Frame));
        free(ts);
        return NULL;
    }
    ts->stack_limit = ts->stack + TS_STACK_VALUES;
    ts->stack_top = ts->stack;
    ts->frame_capacity = (int)TS_MAX_FRAMES;
    atomic_init(&ts->breaker, 0);
    ts->next = in->threads;
    if (in->threads)
        in->threads->prev = ts;
    in->threads = ts;
    if (!in->main_ts)
        in->main_ts = ts;
    return ts;
}

void
ts_unlink(ThreadState *ts)
{
    InterpState *in = ts->interp;
    if (ts->prev)
        ts->prev->next = ts->next;
    else if (in->threads == ts)
        in->threads = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
    ts->next = ts->prev = NULL;
}

void
ts_release_stacks(ThreadState *ts)
{
    InterpState *in = ts->interp;
    if (!ts->stack)
        return;
    if (in->nspare < TS_SPARE) {
        in->spare[in->nspare].stack = ts->stack;
        in->spare[in->nspare].frames = ts->frames;
        in->nspare++;
    } else {
        munmap(ts->stack, TS_STACK_VALUES * sizeof(Value));
        munmap(ts->frames, TS_MAX_FRAMES * sizeof(Frame));
    }
    ts->stack = NULL;
    ts->frames = NULL;
}

void
ts_free(ThreadState *ts)
{
    free(ts); /* its stacks went back with ts_release_stacks */
}

void
ts_delete(ThreadState *ts)
{
    ts_unlink(ts);
    ts_release_stacks(ts);
    ts_free(ts);
}

void
ts_bind_os_thread(ThreadState *ts)
{
    ts->ident = (uint64_t)pthread_self();
    ts->native_id = (long)syscall(SYS_gettid);
    pthread_attr_t a;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &a) == 0) {
        if (pthread_attr_getstack(&a, &addr, &size) == 0) {
            ts->c_stack_hi = (char *)addr + size;
            ts->c_stack_size = size;
        }
        pthread_attr_destroy(&a);
    }
}

int
ts_stack_reserve(ThreadState *ts, int n)
{
    if (ts->stack_top + n <= ts->stack_limit)
        return 0;
    exc_raise(ts, &MemoryErrorType, "Stack overflow");
    return -1;
}
