/* interp/parser.h: recursive-descent parser, tokens -> AST (grammar/GRAMMAR.md).
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_PARSER_H
#define GILPY_PARSER_H

#include "ast.h"

enum { PARSE_EXEC, PARSE_EVAL, PARSE_SINGLE };

/* Parse a whole source into a Module / Expression / Interactive node, or
 * return NULL with SyntaxError (or IndentationError) raised. */
Node *parse_source(ThreadState *ts, Arena *arena, const char *src, size_t len,
                   const char *filename, int mode);

/* For messages: "literal", "function call", ... as CPython's _PyPegen_get_expr_name. */
const char *parse_expr_name(Node *e);

#endif
