/* interp/complete.c: Tab completion for the REPL, without running Python code.
 * SPDX-License-Identifier: MIT
 *
 * Modelled on CPython's rlcompleter, with one deliberate difference: it
 * never evaluates anything.  rlcompleter eval()s the text before the dot and
 * getattr()s every candidate, which runs property getters, __getattr__ and
 * __dir__ of the user's objects from inside a key press.  Here a dotted name
 * is resolved by reading dicts only (the module or instance __dict__, then
 * the raw class attributes along the MRO), and the candidates are the keys
 * of those same dicts.  Reading dicts neither calls Python code nor reaches a
 * GC safe point, so the names can be copied out as C strings directly.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "repl.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

static const char *const keywords[] = {
    "False", "None",   "True",    "and",      "as",       "assert", "async",  "await",
    "break", "class",  "continue", "def",     "del",      "elif",   "else",   "except",
    "finally", "for",  "from",    "global",   "if",       "import", "in",     "is",
    "lambda", "nonlocal", "not",  "or",       "pass",     "raise",  "return", "try",
    "while", "with",   "yield",   NULL};

typedef struct Matches {
    char **v;
    size_t n, cap;
} Matches;

static void
add(Matches *m, const char *word, size_t len, const char *suffix)
{
    if (m->n + 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 32;
        char **nv = realloc(m->v, cap * sizeof *nv);
        if (!nv)
            return;
        m->v = nv;
        m->cap = cap;
    }
    size_t sl = strlen(suffix);
    char *s = malloc(len + sl + 1);
    if (!s)
        return;
    memcpy(s, word, len);
    memcpy(s + len, suffix, sl + 1);
    m->v[m->n++] = s;
}

/* rlcompleter's suffixes: "(" after a callable, none after a property. */
static const char *
value_suffix(Value v)
{
    if (!v || val_is(v, &PropertyType))
        return "";
    if (val_is(v, &StaticMethodType) || val_is(v, &ClassMethodType) || obj_is_callable(v))
        return "(";
    return "";
}

/* Names of `dict` starting with prefix (len n); `hide` drops names that start
 * with it ("_" or "__", rlcompleter's noprefix).  `prepend` goes before each. */
static void
add_dict_keys(Matches *m, Value dict, const char *prefix, size_t n, const char *hide,
              const char *prepend)
{
    if (!dict || !val_is(dict, &DictType))
        return;
    size_t pl = strlen(prepend);
    Value k, v;
    for (int64_t i = 0; dict_next(dict, &i, &k, &v);) {
        if (!str_check(k))
            continue;
        const char *s = str_cstr(k);
        if (strncmp(s, prefix, n) != 0 || (hide && strncmp(s, hide, strlen(hide)) == 0))
            continue;
        char buf[512];
        size_t sl = strlen(s);
        if (pl + sl >= sizeof buf)
            continue;
        memcpy(buf, prepend, pl);
        memcpy(buf + pl, s, sl);
        add(m, buf, pl + sl, value_suffix(v));
    }
}

/* The object's own attribute dict: a module's globals, a class's dict, an
 * instance's __dict__ (materialised from inline values if need be: this
 * allocates a dict but runs no Python code). */
static Value
own_dict(ThreadState *ts, Value obj)
{
    if (val_isinstance(obj, &TypeType))
        return ((Type *)val_as_obj(obj))->dict;
    if (!val_is_obj(obj) || !obj_dict_slot(obj))
        return VNULL;
    Value d = obj_get_dict(ts, obj);
    if (!d)
        exc_clear(ts);
    return d;
}

static Value
raw_dict_get(Value dict, const char *name)
{
    if (!dict || !val_is(dict, &DictType))
        return VNULL;
    Value k, v;
    for (int64_t i = 0; dict_next(dict, &i, &k, &v);)
        if (str_check(k) && strcmp(str_cstr(k), name) == 0)
            return v;
    return VNULL;
}

static Value
mro_lookup(Type *t, const char *name)
{
    Value mro = t->mro;
    if (!mro)
        return raw_dict_get(t->dict, name);
    for (int64_t i = 0; i < tuple_as(mro)->len; i++) {
        Value v = raw_dict_get(((Type *)val_as_obj(tuple_as(mro)->items[i]))->dict, name);
        if (v)
            return v;
    }
    return VNULL;
}

/* obj.name by reading dicts only; VNULL if absent or only a property has it. */
static Value
raw_attr(ThreadState *ts, Value obj, const char *name)
{
    Value v = raw_dict_get(own_dict(ts, obj), name);
    if (!v && val_isinstance(obj, &TypeType))
        v = mro_lookup((Type *)val_as_obj(obj), name);
    if (!v)
        v = mro_lookup(val_type(obj), name);
    return v && !val_is(v, &PropertyType) ? v : VNULL;
}

static void
add_mro_keys(Matches *m, Type *t, const char *prefix, size_t n, const char *hide,
             const char *prepend)
{
    Value mro = t->mro;
    if (!mro) {
        add_dict_keys(m, t->dict, prefix, n, hide, prepend);
        return;
    }
    for (int64_t i = 0; i < tuple_as(mro)->len; i++)
        add_dict_keys(m, ((Type *)val_as_obj(tuple_as(mro)->items[i]))->dict, prefix, n, hide,
                      prepend);
}

static int
is_word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80;
}

/* "expr.attr": resolve the dotted name expr, list its attributes. */
static void
attr_matches(ThreadState *ts, Matches *m, const char *word, size_t len)
{
    const char *dot = NULL;
    for (size_t i = 0; i < len; i++)
        if (word[i] == '.')
            dot = word + i;
    char expr[512];
    size_t el = (size_t)(dot - word);
    if (el == 0 || el >= sizeof expr)
        return;
    memcpy(expr, word, el);
    expr[el] = 0;
    Value obj = VNULL;
    for (char *save = NULL, *part = strtok_r(expr, ".", &save); part;
         part = strtok_r(NULL, ".", &save)) {
        if (!obj) {
            obj = raw_dict_get(ts->interp->main_dict, part);
            if (!obj)
                obj = raw_dict_get(ts->interp->builtins, part);
        } else {
            obj = raw_attr(ts, obj, part);
        }
        if (!obj)
            return;
    }
    const char *attr = dot + 1;
    size_t n = len - el - 1;
    const char *hide = n == 0 ? "_" : (n == 1 && attr[0] == '_') ? "__" : NULL;
    char prepend[520];
    snprintf(prepend, sizeof prepend, "%.*s.", (int)el, word);
    add_dict_keys(m, own_dict(ts, obj), attr, n, hide, prepend);
    if (val_isinstance(obj, &TypeType))
        add_mro_keys(m, (Type *)val_as_obj(obj), attr, n, hide, prepend);
    add_mro_keys(m, val_type(obj), attr, n, hide, prepend);
}

static void
name_matches(Matches *m, ThreadState *ts, const char *word, size_t len)
{
    for (int i = 0; keywords[i]; i++) {
        const char *k = keywords[i];
        if (strncmp(k, word, len) != 0)
            continue;
        const char *suffix = " ";
        if (!strcmp(k, "finally") || !strcmp(k, "try"))
            suffix = ":";
        else if (!strcmp(k, "False") || !strcmp(k, "None") || !strcmp(k, "True") ||
                 !strcmp(k, "break") || !strcmp(k, "continue") || !strcmp(k, "pass") ||
                 !strcmp(k, "else"))
            suffix = "";
        add(m, k, strlen(k), suffix);
    }
    add_dict_keys(m, ts->interp->main_dict, word, len, NULL, "");
    add_dict_keys(m, ts->interp->builtins, word, len, NULL, "");
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **
complete_candidates(ThreadState *ts, const char *line, size_t end, size_t *start)
{
    size_t s = end;
    while (s > 0 && (is_word_char(line[s - 1]) || line[s - 1] == '.'))
        s--;
    /* A number such as "1." or a word right after a closing bracket or a
     * string ("x".up): nothing we can resolve without evaluating. */
    if (s < end && isdigit((unsigned char)line[s]))
        return NULL;
    if (s > 0 && (line[s - 1] == ')' || line[s - 1] == ']' || line[s - 1] == '"' ||
                  line[s - 1] == '\''))
        return NULL;
    *start = s;
    Matches m = {0};
    const char *word = line + s;
    size_t len = end - s;
    if (memchr(word, '.', len))
        attr_matches(ts, &m, word, len);
    else
        name_matches(&m, ts, word, len);
    if (m.n == 0) {
        free(m.v);
        return NULL;
    }
    qsort(m.v, m.n, sizeof *m.v, cmp_str);
    size_t k = 0;
    for (size_t i = 0; i < m.n; i++) {
        if (k > 0 && strcmp(m.v[k - 1], m.v[i]) == 0)
            free(m.v[i]);
        else
            m.v[k++] = m.v[i];
    }
    m.v[k] = NULL;
    return m.v;
}

void
complete_free(char **list)
{
    if (!list)
        return;
    for (char **p = list; *p; p++)
        free(*p);
    free(list);
}
