/* grammar/lexer.re: the raw Python token scanner (re2c input).
 * SPDX-License-Identifier: MIT
 *
 * Recognises one raw token at a time in a NUL-terminated UTF-8 buffer:
 * operators, names, numbers, comments, whitespace, newlines, line
 * continuations and the *start* of a string literal (prefix and opening
 * quote).  String bodies, indentation and bracket depth are handled by the
 * driver in interp/lexer.c, which knows the context (triple quotes,
 * f-strings, logical lines).  Build: re2c -W --no-generation-date -8.
 */
#include "lexer.h"

int
lex_scan_raw(const char **pp)
{
    const char *YYCURSOR = *pp;
    const char *YYMARKER = YYCURSOR;
    int kind;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:flags:utf-8 = 1;

        idstart = [a-zA-Z_] | [\u0080-\U0010FFFF];
        idcont = idstart | [0-9];
        digitpart = [0-9] ("_"? [0-9])*;
        decint = [1-9] ("_"? [0-9])* | "0"+ ("_"? "0")*;
        hexint = "0" [xX] ("_"? [0-9a-fA-F])+;
        octint = "0" [oO] ("_"? [0-7])+;
        binint = "0" [bB] ("_"? [01])+;
        fraction = "." digitpart;
        exponent = [eE] [+-]? digitpart;
        pointfloat = digitpart? fraction | digitpart ".";
        expfloat = (digitpart | pointfloat) exponent;
        floatnum = pointfloat | expfloat;
        imagnum = (floatnum | digitpart) [jJ];
        prefix = [rR] | [uU] | [bB] | [fF] | [bB] [rR] | [rR] [bB] | [fF] [rR] | [rR] [fF];

        "\x00" { kind = R_NUL; goto done; }
        [ \t\f]+ { kind = R_WS; goto done; }
        "#" [^\n\r\x00]* { kind = R_COMMENT; goto done; }
        "\r\n" | "\n" | "\r" { kind = R_NL; goto done; }
        "\\" [ \t\f]* ("\r\n" | "\n" | "\r") { kind = R_CONT; goto done; }
        "\\" { kind = R_BADCONT; goto done; }
        prefix? ["'] { kind = R_STRSTART; goto done; }
        idstart idcont* { kind = T_NAME; goto done; }
        decint | hexint | octint | binint | floatnum | imagnum { kind = T_NUMBER; goto done; }
        "0" [0-9_]* [0-9] { kind = T_NUMBER; goto done; }

        "(" { kind = T_LPAR; goto done; }
        ")" { kind = T_RPAR; goto done; }
        "[" { kind = T_LSQB; goto done; }
        "]" { kind = T_RSQB; goto done; }
        "{" { kind = T_LBRACE; goto done; }
        "}" { kind = T_RBRACE; goto done; }
        ":" { kind = T_COLON; goto done; }
        "," { kind = T_COMMA; goto done; }
        ";" { kind = T_SEMI; goto done; }
        "+" { kind = T_PLUS; goto done; }
        "-" { kind = T_MINUS; goto done; }
        "*" { kind = T_STAR; goto done; }
        "/" { kind = T_SLASH; goto done; }
        "|" { kind = T_VBAR; goto done; }
        "&" { kind = T_AMPER; goto done; }
        "<" { kind = T_LESS; goto done; }
        ">" { kind = T_GREATER; goto done; }
        "=" { kind = T_EQUAL; goto done; }
        "." { kind = T_DOT; goto done; }
        "%" { kind = T_PERCENT; goto done; }
        "==" { kind = T_EQEQUAL; goto done; }
        "!=" { kind = T_NOTEQUAL; goto done; }
        "<=" { kind = T_LESSEQUAL; goto done; }
        ">=" { kind = T_GREATEREQUAL; goto done; }
        "~" { kind = T_TILDE; goto done; }
        "^" { kind = T_CIRCUMFLEX; goto done; }
        "<<" { kind = T_LEFTSHIFT; goto done; }
        ">>" { kind = T_RIGHTSHIFT; goto done; }
        "**" { kind = T_DOUBLESTAR; goto done; }
        "+=" { kind = T_PLUSEQUAL; goto done; }
        "-=" { kind = T_MINEQUAL; goto done; }
        "*=" { kind = T_STAREQUAL; goto done; }
        "/=" { kind = T_SLASHEQUAL; goto done; }
        "%=" { kind = T_PERCENTEQUAL; goto done; }
        "&=" { kind = T_AMPEREQUAL; goto done; }
        "|=" { kind = T_VBAREQUAL; goto done; }
        "^=" { kind = T_CIRCUMFLEXEQUAL; goto done; }
        "<<=" { kind = T_LEFTSHIFTEQUAL; goto done; }
        ">>=" { kind = T_RIGHTSHIFTEQUAL; goto done; }
        "**=" { kind = T_DOUBLESTAREQUAL; goto done; }
        "//" { kind = T_DOUBLESLASH; goto done; }
        "//=" { kind = T_DOUBLESLASHEQUAL; goto done; }
        "@" { kind = T_AT; goto done; }
        "@=" { kind = T_ATEQUAL; goto done; }
        "->" { kind = T_RARROW; goto done; }
        "..." { kind = T_ELLIPSIS; goto done; }
        ":=" { kind = T_COLONEQUAL; goto done; }
        "!" { kind = T_BANG; goto done; }
        * { kind = R_ERROR; goto done; }
    */
done:
    *pp = YYCURSOR;
    return kind;
}
