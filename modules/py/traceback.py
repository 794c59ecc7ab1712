"""Extract, format and print exceptions and stacks, like CPython's traceback.

Exceptions are formatted by the interpreter's own printer (_traceback), so
the output is what an uncaught exception shows.  The `limit` arguments are
accepted but only sys.tracebacklimit is honoured for exceptions.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'FrameSummary',
           'StackSummary', 'walk_tb']


class _Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def lines(self):
        text = ''.join(self.parts)
        out = []
        start = 0
        while start < len(text):
            i = text.find('\n', start)
            if i < 0:
                out.append(text[start:])
                break
            out.append(text[start:i + 1])
            start = i + 1
        return out


def _value_of(exc, value):
    if value is _sentinel:
        return exc
    return value


_sentinel = object()


def _getline(filename, lineno):
    if filename.startswith('<'):
        return ''
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return ''


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for frame in self:
            row = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
            if frame.line:
                row += '    {}\n'.format(frame.line.strip())
            result.append(row)
        return result


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    result = StackSummary()
    while tb is not None and (limit is None or len(result) < limit):
        co = tb.tb_frame.f_code
        result.append(FrameSummary(co.co_filename, tb.tb_lineno, co.co_name))
        tb = tb.tb_next
    return result


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    c = _Collect()
    _traceback.print_tb(tb, c)
    entries = []
    for line in c.lines()[1:]:
        if line.startswith('  File ') or not entries:
            entries.append(line)
        else:
            entries[-1] += line
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end="")


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    tb = value.__traceback__
    ctx = value.__context__
    cause = value.__cause__
    try:
        value.__traceback__ = None
        value.__context__ = None
        value.__cause__ = None
        lines = format_exception(value)
    finally:
        value.__traceback__ = tb
        value.__context__ = ctx
        value.__cause__ = cause
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if tb is not _sentinel and tb is not value.__traceback__:
        value = value.with_traceback(tb)
    c = _Collect()
    if chain:
        _traceback.print_exception(value, c)
    else:
        ctx, cause = value.__context__, value.__cause__
        value.__context__ = value.__cause__ = None
        try:
            _traceback.print_exception(value, c)
        finally:
            value.__context__, value.__cause__ = ctx, cause
    return c.lines()


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def _stack(skip, limit):
    frames = _traceback.stack()[:-skip]
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary.from_list([(fn, ln, name, None) for fn, ln, name in frames])


def extract_stack(f=None, limit=None):
    return _stack(2, limit)


def format_stack(f=None, limit=None):
    return _stack(2, limit).format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    print_list(_stack(2, limit), file=file)


def clear_frames(tb):
    pass
