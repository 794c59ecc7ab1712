/* interp/vm.h: private interface between ceval.c, call.c, func.c and gen.c (VM).
 * SPDX-License-Identifier: MIT
 *
 * Frames live in ts->frames (never moves) and their value windows on
 * ts->stack (never moves either).  ts->stack_top is always the end of the
 * running frame's window, so C code that re-enters the VM puts the new
 * frame there.  Generators copy their window out while suspended.
 */
#ifndef GILPY_VM_H
#define GILPY_VM_H

#include "../runtime/func.h"
#include "../runtime/tstate.h"

/* Values a frame of `co` needs above its base: locals, cells, stack. */
static inline int
code_framesize(const CodeObj *co)
{
    return co->nlocals + co->ncellvars + co->nfreevars + co->stacksize;
}

/* Deepest nesting of C-level VM entries before RecursionError (C stack). */
#define VM_MAX_C_DEPTH 6000

/* Re-entering the VM from C: too deep for the C stack (counted, and
 * measured against the thread's real stack, recorded when the thread bound
 * itself: threads made after threading.stack_size() may have small ones). */
static inline bool
vm_c_depth_exceeded(ThreadState *ts)
{
    if (ts->c_depth >= VM_MAX_C_DEPTH)
        return true;
    if (ts->c_stack_hi && ts->c_stack_size) {
        size_t size = ts->c_stack_size;
        size_t used = (size_t)(ts->c_stack_hi - (char *)__builtin_frame_address(0));
        size_t margin = size / 4 < ((size_t)96 << 10) ? size / 4 : ((size_t)96 << 10);
        if (used + margin > size)
            return true;
    }
    return false;
}

typedef struct GenObj {
    Obj base;
    Value func;       /* FuncObj */
    Value code;       /* CodeObj */
    Value name;
    Value qualname;
    Value globals;
    Value builtins;
    Value exc_state;  /* exception being handled inside the generator, or VNULL */
    Value *saved;     /* malloc'd copy of the frame window while suspended */
    int32_t nsaved;   /* live values in saved (0 while running or finished) */
    int32_t ip_off;   /* next instruction index */
    int32_t lasti;
    uint8_t running;
    uint8_t finished;
    uint8_t started;
} GenObj;

/* call.c */
/* Push a frame for `fn` whose arguments are at `base` (nargs positional, then
 * one value per kwnames item); binds them in place. NULL + exception on error. */
Frame *vm_push_function_frame(ThreadState *ts, FuncObj *fn, Value *base, int nargs,
                              Value kwnames) SP_RAISES;
/* A fresh frame record on top of ts->frames (recursion check included). */
Frame *vm_frame_alloc(ThreadState *ts) SP_RAISES;

static inline void
vm_frame_pop(ThreadState *ts, Frame *f)
{
    ts->frame = f->prev;
    ts->frame_count--;
    ts->recursion_depth--;
}
/* The RecursionError for a too-deep call. */
void vm_recursion_error(ThreadState *ts);

/* ceval.c: run frame f (already pushed, is_entry set) until it returns or
 * yields.  throwflag: resume with ts->exc raised at the current instruction. */
Value vm_run_frame(ThreadState *ts, Frame *f, int throwflag) SP_RAISES;

/* gen.c */
Value gen_new_from_frame(ThreadState *ts, Frame *f) SP_RAISES; /* pops f */
/* Suspend the running generator frame f at YIELD_VALUE (values [base, sp)). */
void gen_suspend(ThreadState *ts, Frame *f, Value *sp, uint32_t *ip);
/* The generator frame finished (returned or raised). */
void gen_finish(ThreadState *ts, Frame *f);
/* Resume: 0 yielded (*out), 1 returned (*out = return value), -1 error. */
int gen_send_ex(ThreadState *ts, Value gen, Value v, Value *out) SP_RAISES;

#endif
