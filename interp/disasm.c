/* interp/disasm.c: opcode names and a bytecode dumper (GILPY_DIS=1).
 * SPDX-License-Identifier: MIT
 *
 * The listing follows `python3.11 -m dis` loosely: line number at the start
 * of each line, jump targets marked >>, the argument resolved to the name
 * or constant it indexes, then the exception table.
 */
#include "disasm.h"

#include <stdint.h>

#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "opcodes.h"

const char *const opcode_names[OP_COUNT] = {
#define OP(name, has_arg) #name,
#include "opcodes.def"
#undef OP
};

static const char *
tuple_str(Value t, uint32_t i)
{
    if (!t || !val_is_obj(t) || i >= (uint32_t)tuple_as(t)->len)
        return "?";
    Value v = tuple_as(t)->items[i];
    return str_check(v) ? str_cstr(v) : "?";
}

static void
print_const(Value v, FILE *out)
{
    if (val_is_int(v))
        fprintf(out, "%lld", (long long)val_as_int(v));
    else if (val_is_imm_float(v))
        fprintf(out, "%.17g (float)", val_as_imm_float(v));
    else if (val_is_obj(v) && str_check(v))
        fprintf(out, "'%.40s'", str_cstr(v));
    else if (val_is_obj(v) && val_as_obj(v)->type == &CodeType)
        fprintf(out, "<code %s>", str_cstr(((CodeObj *)val_as_obj(v))->qualname));
    else if (v == V_NONE)
        fputs("None", out);
    else if (v == V_TRUE || v == V_FALSE)
        fputs(v == V_TRUE ? "True" : "False", out);
    else if (val_is_obj(v))
        fprintf(out, "<%s>", val_as_obj(v)->type->name);
}

static bool
is_target(CodeObj *co, int i)
{
    for (int j = 0; j < co->ncode; j++) {
        int op = (int)INSTR_OP(co->code[j]);
        if ((op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
             op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
             op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
             op == OP_SEND) &&
            (int)INSTR_ARG(co->code[j]) == i)
            return true;
    }
    for (int j = 0; j < co->nexctab; j++)
        if (co->exctab[j].target == i)
            return true;
    return false;
}

static void
print_arg(CodeObj *co, int op, uint32_t arg, FILE *out)
{
    switch (op) {
    case OP_LOAD_CONST:
        fputs(" (", out);
        if (co->consts && arg < (uint32_t)tuple_as(co->consts)->len)
            print_const(tuple_as(co->consts)->items[arg], out);
        fputs(")", out);
        break;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        fprintf(out, " (%s)", tuple_str(co->varnames, arg));
        break;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
    case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        fprintf(out, " (%s)", tuple_str(co->names, arg));
        break;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
        if ((int)arg < co->ncellvars)
            fprintf(out, " (%s)", tuple_str(co->cellvars, arg));
        else
            fprintf(out, " (%s)", tuple_str(co->freevars, arg - (uint32_t)co->ncellvars));
        break;
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SEND:
        fprintf(out, " (to %u)", arg);
        break;
    default: break;
    }
}

void
disasm_code(CodeObj *co, FILE *out)
{
    fprintf(out, "Disassembly of <code object %s, file \"%s\", line %d>:\n",
            co->qualname ? str_cstr(co->qualname) : "?", co->filename ? str_cstr(co->filename) : "?",
            co->firstlineno);
    fprintf(out, "  argcount=%d posonly=%d kwonly=%d nlocals=%d cells=%d frees=%d stack=%d "
                 "flags=0x%x\n",
            co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals, co->ncellvars,
            co->nfreevars, co->stacksize, co->flags);
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        int op = (int)INSTR_OP(w);
        int line = co->positions ? co->positions[i].line : -1;
        if (line != last_line)
            fprintf(out, "%s%4d ", i ? "\n" : "", line);
        else
            fputs("     ", out);
        last_line = line;
        fprintf(out, "%s %5d %-22s", is_target(co, i) ? ">>" : "  ", i,
                op < OP_COUNT ? opcode_names[op] : "???");
        fprintf(out, " %u", INSTR_ARG(w));
        print_arg(co, op, INSTR_ARG(w), out);
        fputc('\n', out);
    }
    if (co->nexctab) {
        fputs("ExceptionTable:\n", out);
        for (int i = 0; i < co->nexctab; i++) {
            ExcTableEntry *e = &co->exctab[i];
            fprintf(out, "  %d to %d -> %d [%d]%s\n", e->start, e->end - 1, e->target, e->depth,
                    e->push_lasti ? " lasti" : "");
        }
    }
    fputc('\n', out);
}
