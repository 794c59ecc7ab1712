/* tests/unit/test_eval.c: hand-assembled code objects run by the VM.
 * SPDX-License-Identifier: MIT
 *
 * Independent of the compiler: each test builds a CodeObj with INSTR(...)
 * and runs it with eval_code, checking loops, calls, exception tables,
 * RecursionError and generators.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/eval.h"
#include "interp/opcodes.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/str.h"
#include "runtime/tstate.h"
#include "runtime/tuple.h"

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);              \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static Value
strv(ThreadState *ts, const char *s)
{
    return val_from_obj(str_intern(ts, s));
}

static Value
mk_code(ThreadState *ts, const char *name, const uint32_t *ins, int n, Value consts, Value names,
        int nlocals, int argcount, int stacksize, uint32_t flags)
{
    Value cv = code_new(ts);
    CodeObj *co = (CodeObj *)val_as_obj(cv);
    co->code = malloc(sizeof(uint32_t) * (size_t)n);
    memcpy(co->code, ins, sizeof(uint32_t) * (size_t)n);
    co->ncode = n;
    co->consts = consts;
    co->names = names ? names : tuple_new(ts, 0);
    Value vn = tuple_new(ts, nlocals);
    for (int i = 0; i < nlocals; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "v%d", i);
        tuple_as(vn)->items[i] = strv(ts, buf);
    }
    co->varnames = vn;
    co->cellvars = tuple_new(ts, 0);
    co->freevars = tuple_new(ts, 0);
    co->nlocals = nlocals;
    co->argcount = argcount;
    co->stacksize = stacksize;
    co->flags = flags;
    co->name = strv(ts, name);
    co->qualname = co->name;
    co->filename = strv(ts, "<test>");
    return cv;
}

static Value
run(ThreadState *ts, Value code, Value globals)
{
    return eval_code(ts, code, globals, globals);
}

static void
test_loop(ThreadState *ts, Value g)
{
    const uint32_t ins[] = {
        INSTR(OP_LOAD_CONST, 0), INSTR(OP_STORE_FAST, 0), INSTR(OP_LOAD_CONST, 0),
        INSTR(OP_STORE_FAST, 1), INSTR(OP_LOAD_FAST, 1), INSTR(OP_LOAD_CONST, 1),
        INSTR(OP_COMPARE_OP, CMP_LT), INSTR(OP_POP_JUMP_IF_FALSE, 17),
        INSTR(OP_LOAD_FAST, 0), INSTR(OP_LOAD_FAST, 1), INSTR(OP_BINARY_OP, NB_ADD),
        INSTR(OP_STORE_FAST, 0), INSTR(OP_LOAD_FAST, 1), INSTR(OP_LOAD_CONST, 2),
        INSTR(OP_BINARY_OP, NB_ADD), INSTR(OP_STORE_FAST, 1), INSTR(OP_JUMP, 4),
        INSTR(OP_LOAD_FAST, 0), INSTR(OP_RETURN_VALUE, 0),
    };
    Value consts = tuple_pack(ts, 3, val_from_int(0), val_from_int(100), val_from_int(1));
    Value co = mk_code(ts, "<module>", ins, sizeof ins / sizeof ins[0], consts, VNULL, 2, 0, 4, 0);
    Value r = run(ts, co, g);
    CHECK(r == val_from_int(4950));
}

static void
test_call(ThreadState *ts, Value g)
{
    const uint32_t fins[] = {INSTR(OP_LOAD_FAST, 0), INSTR(OP_LOAD_CONST, 1),
                             INSTR(OP_BINARY_OP, NB_MUL), INSTR(OP_RETURN_VALUE, 0)};
    Value fconsts = tuple_pack(ts, 2, V_NONE, val_from_int(2));
    Value fco = mk_code(ts, "f", fins, 4, fconsts, VNULL, 1, 1, 2, CO_OPTIMIZED | CO_NEWLOCALS);
    const uint32_t ins[] = {INSTR(OP_LOAD_CONST, 0), INSTR(OP_MAKE_FUNCTION, 0),
                            INSTR(OP_STORE_FAST, 0), INSTR(OP_LOAD_FAST, 0),
                            INSTR(OP_LOAD_CONST, 1), INSTR(OP_CALL, 1), INSTR(OP_RETURN_VALUE, 0)};
    Value consts = tuple_pack(ts, 2, fco, val_from_int(21));
    Value co = mk_code(ts, "<module>", ins, 7, consts, VNULL, 1, 0, 3, 0);
    Value r = run(ts, co, g);
    CHECK(r == val_from_int(42));

    /* wrong argument count: CPython's text */
    const uint32_t ins2[] = {INSTR(OP_LOAD_CONST, 0), INSTR(OP_MAKE_FUNCTION, 0),
                             INSTR(OP_CALL, 0), INSTR(OP_RETURN_VALUE, 0)};
    co = mk_code(ts, "<module>", ins2, 4, consts, VNULL, 0, 0, 3, 0);
    r = run(ts, co, g);
    CHECK(r == VNULL && exc_matches(ts, &TypeErrorType));
    if (ts->exc) {
        Value s = obj_str(ts, ts->exc);
        CHECK(s && strcmp(str_cstr(s), "f() missing 1 required positional argument: 'v0'") == 0);
    }
    exc_clear(ts);
}

static void
test_except(ThreadState *ts, Value g)
{
    const uint32_t ins[] = {
        INSTR(OP_LOAD_CONST, 1), INSTR(OP_LOAD_CONST, 0), INSTR(OP_BINARY_OP, NB_TRUEDIV),
        INSTR(OP_RETURN_VALUE, 0), INSTR(OP_NOP, 0), INSTR(OP_PUSH_EXC_INFO, 0),
        INSTR(OP_POP_TOP, 0), INSTR(OP_POP_EXCEPT, 0), INSTR(OP_LOAD_CONST, 2),
        INSTR(OP_RETURN_VALUE, 0),
    };
    Value consts = tuple_pack(ts, 3, val_from_int(0), val_from_int(1), val_from_int(99));
    Value co = mk_code(ts, "<module>", ins, 10, consts, VNULL, 0, 0, 3, 0);
    CodeObj *c = (CodeObj *)val_as_obj(co);
    c->exctab = calloc(1, sizeof(ExcTableEntry));
    c->exctab[0] = (ExcTableEntry){0, 4, 5, 0, 0};
    c->nexctab = 1;
    Value r = run(ts, co, g);
    CHECK(r == val_from_int(99));
    CHECK(ts->exc == VNULL && ts->exc_info == VNULL);
}

static void
test_recursion(ThreadState *ts, Value g)
{
    const uint32_t fins[] = {INSTR(OP_LOAD_GLOBAL, 0), INSTR(OP_CALL, 0),
                             INSTR(OP_RETURN_VALUE, 0)};
    Value names = tuple_pack(ts, 1, strv(ts, "rec"));
    Value fco = mk_code(ts, "rec", fins, 3, tuple_pack(ts, 1, V_NONE), names, 0, 0, 2,
                        CO_OPTIMIZED | CO_NEWLOCALS);
    const uint32_t ins[] = {INSTR(OP_LOAD_CONST, 0), INSTR(OP_MAKE_FUNCTION, 0),
                            INSTR(OP_STORE_NAME, 0), INSTR(OP_LOAD_NAME, 0), INSTR(OP_CALL, 0),
                            INSTR(OP_RETURN_VALUE, 0)};
    Value co = mk_code(ts, "<module>", ins, 6, tuple_pack(ts, 1, fco), names, 0, 0, 2, 0);
    Value r = run(ts, co, g);
    CHECK(r == VNULL && exc_matches(ts, &RecursionErrorType));
    CHECK(ts->frame == NULL && ts->recursion_depth == 0);
    exc_clear(ts);
}

static void
test_generator(ThreadState *ts, Value g)
{
    const uint32_t gins[] = {INSTR(OP_LOAD_CONST, 1), INSTR(OP_YIELD_VALUE, 0),
                             INSTR(OP_POP_TOP, 0),    INSTR(OP_LOAD_CONST, 2),
                             INSTR(OP_YIELD_VALUE, 0), INSTR(OP_POP_TOP, 0),
                             INSTR(OP_LOAD_CONST, 0), INSTR(OP_RETURN_VALUE, 0)};
    Value gconsts = tuple_pack(ts, 3, V_NONE, val_from_int(1), val_from_int(2));
    Value gco = mk_code(ts, "gen", gins, 8, gconsts, VNULL, 0, 0, 2,
                        CO_OPTIMIZED | CO_NEWLOCALS | CO_GENERATOR);
    /* total = 0; for x in gen(): total = total + x; return total */
    const uint32_t ins[] = {
        INSTR(OP_LOAD_CONST, 1), INSTR(OP_STORE_FAST, 0), INSTR(OP_LOAD_CONST, 0),
        INSTR(OP_MAKE_FUNCTION, 0), INSTR(OP_CALL, 0), INSTR(OP_GET_ITER, 0),
        INSTR(OP_FOR_ITER, 12), INSTR(OP_LOAD_FAST, 0), INSTR(OP_BINARY_OP, NB_ADD),
        INSTR(OP_STORE_FAST, 0), INSTR(OP_JUMP, 6), INSTR(OP_NOP, 0),
        INSTR(OP_LOAD_FAST, 0), INSTR(OP_RETURN_VALUE, 0),
    };
    Value co = mk_code(ts, "<module>", ins, 14, tuple_pack(ts, 2, gco, val_from_int(0)), VNULL,
                       1, 0, 4, 0);
    Value r = run(ts, co, g);
    CHECK(r == val_from_int(3));
}

int
main(int argc, char **argv)
{
    InterpState *in = interp_new();
    ThreadState *ts = ts_new(in);
    if (interp_init(ts, argc, argv) < 0) {
        fprintf(stderr, "interp_init failed\n");
        return 1;
    }
    Value g = dict_new(ts);
    gc_add_root(ts, &g);
    dict_set_str(ts, g, NAME(ts, __builtins__), in->builtins);
    dict_set_str(ts, g, NAME(ts, __name__), strv(ts, "__main__"));
    test_loop(ts, g);
    test_call(ts, g);
    test_except(ts, g);
    test_recursion(ts, g);
    test_generator(ts, g);
    if (failures)
        fprintf(stderr, "test_eval: %d failure(s)\n", failures);
    else
        printf("test_eval: ok\n");
    return failures != 0;
}
