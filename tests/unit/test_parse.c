/* tests/unit/test_parse.c: the front end compiles valid snippets and rejects
 * invalid ones with CPython 3.11's SyntaxError message and position.
 * SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../interp/eval.h"
#include "../../runtime/exc.h"
#include "../../runtime/str.h"
#include "../../runtime/tstate.h"

static int failures;

static const char *const valid[] = {
    "x = 1\n",
    "def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\n",
    "def f(a, /, b, *, c): pass\n",
    "class A(B, metaclass=M):\n    x = 1\n    def m(self):\n        return super().m() + __class__.x\n",
    "for i, (a, *b) in x:\n    continue\nelse:\n    pass\n",
    "while x < 10:\n    x += 1\n    if x == 5: break\nelse:\n    y = 2\n",
    "try:\n    f()\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nelse:\n    pass\nfinally:\n    g()\n",
    "with open(f) as a, b as (c, d):\n    return_ = 1\n",
    "def g():\n    try:\n        return 1\n    finally:\n        print(2)\n",
    "def g():\n    for x in y:\n        with z:\n            try:\n                break\n            except E:\n                continue\n",
    "lambda x, *y, **z: (x, y, z)\n",
    "f(*a, **k)\nf(1, *a, 2, x=3, **k, y=4)\n",
    "x = [i for i in range(3) if i for j in k]\ny = {a: b for a, b in c}\nz = {a for a in b}\nw = (a for a in b)\n",
    "x = f'{a!r:>{w}} {b=} {{}} {c:.2f}'\n",
    "x = 'a' 'b' \"c\" '''d\ne''' r'\\n'\n",
    "x = b'abc' b'\\x00'\n",
    "x = 0x1f + 0o17 + 0b101 + 1_000 + 1.5e3 + .5 + 5. + 10**30\n",
    "del a, b[1], c.d\n",
    "global x\nx = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
    "import a.b.c as d, e\nfrom . import f\nfrom ..g import (h, i as j,)\n",
    "assert x, 'msg'\n",
    "x = a if b else c\ny = not a and b or c\nz = a < b <= c != d\n",
    "x[1:2, ::3] = y\nx[...] = 1\n",
    "@dec\n@dec2(1)\ndef f(): pass\n",
    "def gen():\n    x = yield 1\n    yield from g()\n",
    "if (n := 10) > 5:\n    pass\n",
    "x: int = 5\ny: list\n",
    "a = b = c = 1\na, *b, c = range(10)\n",
    "print(*[1], sep='')\n",
    "x = -1 ** 2\ny = ~x\n",
    "class C:\n    def __f(self):\n        return self.__x\n",
    "if x:\n  pass\nelif y:\n  pass\nelse:\n  pass\n",
    "x = \\\n  1\n",
    "x = (1 +\n     2)\n",
    "# comment only\n\n   \n",
    "",
};

static const struct {
    const char *src;
    const char *type;
    const char *msg;
    int lineno, offset, end_lineno, end_offset;
} invalid[] = {
    {"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"\"\"abc\n\ny", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5},
    {"x = (1,\n2", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = 1)", "SyntaxError", "unmatched ')'", 1, 6, 1, 6},
    {"x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('",
     1, 7, 1, 7},
    {"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1",
     2, 1, 2, 5},
    {"if x:\n  a\n b", "IndentationError", "unindent does not match any outer indentation level",
     3, 3, 3, -1},
    {"  x=1", "IndentationError", "unexpected indent", 1, 2, 1, -1},
    {"x = 012", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 6},
    {"x = 0x1g", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7},
    {"a $ b", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
    {"x = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"def f():\n  return\nbreak", "SyntaxError", "'break' outside loop", 3, 1, 3, 6},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 2},
    {"f() = 1", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"for x in y\n  pass", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12,
     1, 13},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1,
     1, 1, 7},
    {"for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"True = 1", "SyntaxError", "cannot assign to True", 1, 1, 1, 5},
    {"class A:\n  return 1", "SyntaxError", "'return' outside function", 2, 3, 2, 11},
    {"x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"def f():\n  x = 1\n  global x", "SyntaxError",
     "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
    {"nonlocal x", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
    {"def f():\n  nonlocal x", "SyntaxError", "no binding for nonlocal 'x' found", 2, 3, 2, 13},
    {"yield x", "SyntaxError", "'yield' outside function", 1, 1, 1, 8},
    {"x = 5 = y", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"print \"x\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?",
     1, 1, 1, 10},
    {"f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"a = 1 if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    /* generated from python3.11 (file mode) */
    {"x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0},
    {"x = {1: 2, 3: }\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 13, 1, 14},
    {"def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(a, *, **k): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 10, 1, 11},
    {"if x = 3:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {"while x = 3: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12},
    {"from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {"class A(x for x in y): pass\n", "SyntaxError", "invalid syntax", 1, 11, 1, 14},
    {"x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 7},
    {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6},
    {"x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7, 1, 7},
    {"if True:\n\tx = 1\n        y = 2\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"x = '\\N{DASH}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 15, 1, 15},
    {"x = 'ab\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 1, 12, 1, 12},
    {"f\"{x!z}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"f\"{!r}\"\n", "SyntaxError", "f-string: expression required before '!'", 1, 8, 1, 8},
    {"f\"{x:{y:{z}}}\"\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 15},
    {"def f() return 1\n", "SyntaxError", "expected ':'", 1, 9, 1, 15},
    {"class A return\n", "SyntaxError", "invalid syntax", 1, 9, 1, 15},
    {"if x y:\n  pass\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
    {"try x\n", "SyntaxError", "expected ':'", 1, 5, 1, 6},
    {"def f:\n", "SyntaxError", "expected '('", 1, 6, 1, 7},
    {"dr in (-1, 0, 1):\n", "SyntaxError", "invalid syntax", 1, 17, 1, 18},
    {"print(1, 2:=, 3)\n", "SyntaxError", "invalid syntax", 1, 11, 1, 13},
    {"__debug__ = 1\n", "SyntaxError", "cannot assign to __debug__", 1, 1, 1, 10},
    {"f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
    {"a $ b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"x = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"a \xe2\x82\xac" " b\n", "SyntaxError", "invalid character '\xe2\x82\xac" "' (U+20AC)", 1, 3, 1, 3},
    {"try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 0, 2, -1},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 0, 1, -1},
    {"x=1\\", "SyntaxError", "unexpected EOF while parsing", 1, 5, 1, -1},
    {"f(a=1, b, c)\n", "SyntaxError", "positional argument follows keyword argument", 1, 12, 1, 13},
    {"x = 1\nx = (1,\ny = 2\nz = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 4)", 4, 5, 4, 5},
    {"(a.b) := 1\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"del (a, f())\n", "SyntaxError", "cannot delete function call", 1, 9, 1, 12},
};

static int
field_int(Value v)
{
    return val_is_int(v) ? (int)val_as_int(v) : -999;
}

static void
check_invalid(ThreadState *ts, int i)
{
    const char *src = invalid[i].src;
    Value code = compile_source(ts, src, strlen(src), "t.py", "exec");
    if (code) {
        printf("FAIL: no error for %s\n", src);
        failures++;
        return;
    }
    Value exc = exc_fetch(ts);
    ExcObj *e = exc_as(exc);
    const char *tname = val_type(exc)->name;
    const char *msg = val_is_obj(e->fields[0]) && str_check(e->fields[0]) ? str_cstr(e->fields[0]) : "?";
    int l = field_int(e->fields[2]), o = field_int(e->fields[3]);
    int el = field_int(e->fields[5]), eo = field_int(e->fields[6]);
    if (strcmp(tname, invalid[i].type) != 0 || strcmp(msg, invalid[i].msg) != 0 ||
        l != invalid[i].lineno || o != invalid[i].offset || el != invalid[i].end_lineno ||
        eo != invalid[i].end_offset) {
        printf("FAIL: %s\n  got      %s %s (%d,%d)-(%d,%d)\n  expected %s %s (%d,%d)-(%d,%d)\n", src,
               tname, msg, l, o, el, eo, invalid[i].type, invalid[i].msg, invalid[i].lineno,
               invalid[i].offset, invalid[i].end_lineno, invalid[i].end_offset);
        failures++;
    }
}

static void
check_file(ThreadState *ts, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    if (!compile_source(ts, buf, n, path, "exec")) {
        Value exc = exc_fetch(ts);
        ExcObj *e = exc_as(exc);
        printf("FAIL: %s: %s line %d\n", path,
               val_is_obj(e->fields[0]) ? str_cstr(e->fields[0]) : "?", field_int(e->fields[2]));
        failures++;
    }
}

int
main(int argc, char **argv)
{
    InterpState *in = interp_new();
    ThreadState *ts = in ? ts_new(in) : NULL;
    char *args[] = {(char *)"test_parse", NULL};
    if (!ts || interp_init(ts, 1, args) < 0) {
        printf("cannot start the interpreter\n");
        return 1;
    }
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
        if (!compile_source(ts, valid[i], strlen(valid[i]), "t.py", "exec")) {
            Value exc = exc_fetch(ts);
            ExcObj *e = exc_as(exc);
            printf("FAIL: rejected:\n%s  -> %s line %d offset %d\n", valid[i],
                   val_is_obj(e->fields[0]) && str_check(e->fields[0]) ? str_cstr(e->fields[0]) : "?",
                   field_int(e->fields[2]), field_int(e->fields[3]));
            failures++;
        }
    }
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++)
        check_invalid(ts, (int)i);
    for (int i = 1; i < argc; i++)
        check_file(ts, argv[i]);
    if (!compile_source(ts, "1 + 2", 5, "<string>", "eval"))
        printf("FAIL: eval mode\n"), failures++;
    /* many tokens: token storage grows while the parser holds token pointers */
    size_t cap = 1 << 20, n = 0;
    char *big = malloc(cap);
    n += (size_t)snprintf(big + n, cap - n, "d = {");
    for (int i = 0; i < 20000; i++)
        n += (size_t)snprintf(big + n, cap - n, "'k%d' 'x': %d, ", i, i);
    n += (size_t)snprintf(big + n, cap - n, "}\n");
    if (!compile_source(ts, big, n, "big.py", "exec"))
        printf("FAIL: big dict\n"), failures++;
    free(big);
    printf("test_parse: %d failure(s)\n", failures);
    return failures != 0;
}
