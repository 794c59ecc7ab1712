/* runtime/bool.c: Python bool, the int subclass with two static instances.
 * SPDX-License-Identifier: MIT
 *
 * True and False are plain Obj headers (no mpz): int.c treats them as the
 * small ints 1 and 0 wherever it reads an operand, so every int slot works
 * on them unchanged and returns ints.  Only &, |, ^ between two bools and
 * the repr differ, plus the constructor (bool(x) is truth testing).
 */
#include "exc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

Obj TrueObj = {.type = &BoolType};
Obj FalseObj = {.type = &BoolType};

static Value
bool_repr(ThreadState *ts, Value v)
{
    return v == V_TRUE ? str_new(ts, "True", 4) : str_new(ts, "False", 5);
}

static Value
bool_new(ThreadState *ts, Type *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && tuple_as(kwnames)->len > 0)
        return exc_raise(ts, &TypeErrorType, "bool() takes no keyword arguments");
    if (nargs > 1)
        return exc_raise(ts, &TypeErrorType, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0)
        return V_FALSE;
    int t = obj_truth(ts, args[0]);
    return t < 0 ? VNULL : val_bool(t);
}

/* `result` is the bool answer when both operands are bools. */
#define BOOL_NB(name, op, result)                                                       \
    static Value name(ThreadState *ts, Value a, Value b)                                \
    {                                                                                   \
        if ((a == V_TRUE || a == V_FALSE) && (b == V_TRUE || b == V_FALSE))             \
            return val_bool(result);                                                    \
        if (!int_check(a) || !int_check(b))                                             \
            return V_NOTIMPL;                                                           \
        return int_binop(ts, a, b, op);                                                 \
    }
BOOL_NB(bool_and, NB_AND, a == V_TRUE && b == V_TRUE)
BOOL_NB(bool_or, NB_OR, a == V_TRUE || b == V_TRUE)
BOOL_NB(bool_xor, NB_XOR, a != b)

/* Every other slot (arithmetic, hash, compare, index...) is inherited from
 * int by type_ready.  No TF_BASETYPE: bool cannot be subclassed. */
Type BoolType = {
    .name = "bool",
    .parent = &IntType,
    .basicsize = sizeof(Obj),
    .flags = TF_INT_SUBCLASS,
    .repr = bool_repr,
    .nb = {[NB_AND] = bool_and, [NB_OR] = bool_or, [NB_XOR] = bool_xor},
    .new_ = bool_new,
};
