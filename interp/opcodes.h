/* interp/opcodes.h: opcode numbers and names from opcodes.def.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_OPCODES_H
#define GILPY_OPCODES_H

enum {
#define OP(name, has_arg) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
};

extern const char *const opcode_names[OP_COUNT];

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w) ((w) & 0xffu)
#define INSTR_ARG(w) ((w) >> 8)

#endif
