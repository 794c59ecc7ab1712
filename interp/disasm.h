/* interp/disasm.h: bytecode dumper (debug aid, GILPY_DIS=1).
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_DISASM_H
#define GILPY_DISASM_H

#include <stdio.h>

#include "../runtime/func.h"

/* Print co and, recursively, the code objects among its constants. */
void disasm_code(CodeObj *co, FILE *out);

#endif
