"""json: a small subset of CPython's json module (loads, load, dumps, dump).

Enough for gilpy's own tools (giltimeline reads Chrome trace files): the
whole JSON grammar is parsed; dumps supports indent, sort_keys and
separators.  Errors raise JSONDecodeError (a ValueError) with CPython's
"msg: line L column C (char N)" text.
"""

__all__ = ['loads', 'load', 'dumps', 'dump', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_WS = ' \t\n\r'
_ESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_NUMCH = '0123456789+-.eE'


class _Parser:
    def __init__(self, s):
        self.s = s
        self.n = len(s)

    def skip(self, i):
        s = self.s
        n = self.n
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= self.n:
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.arr(i + 1)
        if c == '"':
            return self.string(i + 1)
        if c in '-0123456789':
            j = i + 1
            while j < self.n and s[j] in _NUMCH:
                j += 1
            text = s[i:j]
            try:
                if '.' in text or 'e' in text or 'E' in text:
                    return float(text), j
                return int(text), j
            except ValueError:
                raise JSONDecodeError('Expecting value', s, i)
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('NaN', i):
            return float('nan'), i + 3
        if s.startswith('Infinity', i):
            return float('inf'), i + 8
        if s.startswith('-Infinity', i):
            return float('-inf'), i + 9
        raise JSONDecodeError('Expecting value', s, i)

    def string(self, i):
        s = self.s
        parts = []
        start = i
        while True:
            j = s.find('"', i)
            k = s.find('\\', i, j if j >= 0 else self.n)
            if j < 0:
                raise JSONDecodeError('Unterminated string starting at', s, start - 1)
            if k < 0:
                parts.append(s[i:j])
                return ''.join(parts), j + 1
            parts.append(s[i:k])
            e = s[k + 1:k + 2]
            if e == 'u':
                code = int(s[k + 2:k + 6], 16)
                i = k + 6
                if 0xd800 <= code < 0xdc00 and s[i:i + 2] == '\\u':
                    low = int(s[i + 2:i + 6], 16)
                    if 0xdc00 <= low < 0xe000:
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        i += 6
                parts.append(chr(code))
            elif e in _ESC:
                parts.append(_ESC[e])
                i = k + 2
            else:
                raise JSONDecodeError('Invalid \\escape', s, k)

    def obj(self, i):
        s = self.s
        d = {}
        i = self.skip(i)
        if i < self.n and s[i] == '}':
            return d, i + 1
        while True:
            i = self.skip(i)
            if i >= self.n or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= self.n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            val, i = self.value(self.skip(i + 1))
            d[key] = val
            i = self.skip(i)
            if i < self.n and s[i] == ',':
                i += 1
                continue
            if i < self.n and s[i] == '}':
                return d, i + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, i)

    def arr(self, i):
        s = self.s
        out = []
        i = self.skip(i)
        if i < self.n and s[i] == ']':
            return out, i + 1
        while True:
            val, i = self.value(self.skip(i))
            out.append(val)
            i = self.skip(i)
            if i < self.n and s[i] == ',':
                i += 1
                continue
            if i < self.n and s[i] == ']':
                return out, i + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, i)


def loads(s):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    if not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % type(s).__name__)
    p = _Parser(s)
    val, i = p.value(p.skip(0))
    i = p.skip(i)
    if i != p.n:
        raise JSONDecodeError('Extra data', s, i)
    return val


def load(fp):
    return loads(fp.read())


def _quote(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif c == '\t':
            out.append('\\t')
        elif ord(c) < 0x20 or ord(c) > 0x7e:
            o = ord(c)
            if o > 0xffff:
                o -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 + (o >> 10), 0xdc00 + (o & 0x3ff)))
            else:
                out.append('\\u%04x' % o)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float(f):
    if f != f:
        return 'NaN'
    if f == float('inf'):
        return 'Infinity'
    if f == float('-inf'):
        return '-Infinity'
    return repr(f)


def _dump(o, out, indent, level, item_sep, key_sep, sort_keys):
    if o is None:
        out.append('null')
    elif o is True:
        out.append('true')
    elif o is False:
        out.append('false')
    elif isinstance(o, str):
        out.append(_quote(o))
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(_float(o))
    elif isinstance(o, (list, tuple, dict)):
        is_dict = isinstance(o, dict)
        items = list(o.items()) if is_dict else list(o)
        if not items:
            out.append('{}' if is_dict else '[]')
            return
        if is_dict and sort_keys:
            items.sort(key=lambda kv: kv[0])
        out.append('{' if is_dict else '[')
        sep = item_sep
        if indent is not None:
            pad = '\n' + indent * (level + 1)
            sep = item_sep.rstrip() + pad
            out.append(pad)
        first = True
        for it in items:
            if not first:
                out.append(sep)
            first = False
            if is_dict:
                k, v = it
                if isinstance(k, str):
                    out.append(_quote(k))
                elif k is True or k is False or k is None:
                    out.append(_quote({True: 'true', False: 'false', None: 'null'}[k]))
                elif isinstance(k, (int, float)):
                    out.append(_quote(str(k) if isinstance(k, int) else _float(k)))
                else:
                    raise TypeError('keys must be str, int, float, bool or None, not %s'
                                    % type(k).__name__)
                out.append(key_sep)
                _dump(v, out, indent, level + 1, item_sep, key_sep, sort_keys)
            else:
                _dump(it, out, indent, level + 1, item_sep, key_sep, sort_keys)
        if indent is not None:
            out.append('\n' + indent * level)
        out.append('}' if is_dict else ']')
    else:
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)


def dumps(obj, indent=None, sort_keys=False, separators=None):
    if isinstance(indent, int):
        indent = ' ' * indent
    if separators is None:
        separators = (', ', ': ') if indent is None else (',', ': ')
    out = []
    _dump(obj, out, indent, 0, separators[0], separators[1], sort_keys)
    return ''.join(out)


def dump(obj, fp, indent=None, sort_keys=False, separators=None):
    fp.write(dumps(obj, indent=indent, sort_keys=sort_keys, separators=separators))
