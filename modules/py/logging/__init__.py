# modules/py/logging/__init__.py: the logging package (loggers, handlers, formatters).
# SPDX-License-Identifier: MIT
#
# Written for gilpy from the logging documentation and CPython 3.11's
# observable behaviour.  The pieces:
#   - LogRecord: one event, with every attribute the docs list (thread and
#     threadName are taken in the thread that logs, process from os.getpid).
#   - Formatter: %-, {- and $-style templates over a record's attributes.
#   - Handler / StreamHandler / FileHandler / NullHandler: each handler has an
#     RLock held around emit(), so many threads can share one handler.
#   - Logger: named channels in a dotted tree under the root logger.  The tree
#     is kept by the Manager in one dict name -> Logger; a new logger adopts
#     the existing loggers below it, so creation order does not matter.
#   - basicConfig() and the module-level shortcuts; lastResort prints the
#     bare message of a WARNING+ record when no handler exists anywhere.
# The module lock (an RLock) guards the logger tree and the handler registry.

import sys
import os
import time
import threading

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
           'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger',
           'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING',
           'addLevelName', 'basicConfig', 'captureWarnings', 'critical', 'debug', 'disable',
           'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort', 'raiseExceptions',
           'getLevelNamesMapping']

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_level_names = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
                DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_name_levels = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_lock = threading.RLock()
_start_time = time.time()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# -- levels ------------------------------------------------------------------

def getLevelName(level):
    """The name of a numeric level, the number of a level name, else 'Level N'."""
    name = _level_names.get(level)
    if name is not None:
        return name
    number = _name_levels.get(level)
    if number is not None:
        return number
    return 'Level %s' % level


def getLevelNamesMapping():
    return dict(_name_levels)


def addLevelName(level, levelName):
    """Give a numeric level a name (used by %(levelname)s)."""
    with _lock:
        _level_names[level] = levelName
        _name_levels[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _name_levels:
            raise ValueError('Unknown level: %r' % level)
        return _name_levels[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


# -- records -----------------------------------------------------------------

_path_names = {}        # pathname -> (filename, module); a few distinct paths per program


def _split_path(pathname):
    try:
        filename = os.path.basename(pathname)
        names = (filename, os.path.splitext(filename)[0])
    except (TypeError, ValueError, AttributeError):
        return (pathname, 'Unknown module')
    if isinstance(pathname, str):
        _path_names[pathname] = names
    return names


class LogRecord:
    """Everything known about one logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log('%(a)s', {'a': 1}): a lone non-empty dict argument is the mapping.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        names = _path_names.get(pathname) if isinstance(pathname, str) else None
        if names is None:
            names = _split_path(pathname)
        self.filename, self.module = names
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _start_time) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in (msg % args)."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes come from dict (e.g. one sent over a socket)."""
    record = _record_factory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# -- formatting --------------------------------------------------------------

def _name_char(c):
    return c.isalnum() or c == '_'


def _has_percent_field(fmt):
    """True if fmt holds a valid %(name)<flags><width><.prec><conversion> field."""
    i = fmt.find('%(')
    while i >= 0:
        j = fmt.find(')', i + 2)
        if j < 0:
            return False
        key = fmt[i + 2:j]
        if key and all(_name_char(c) for c in key):
            k = j + 1
            while k < len(fmt) and fmt[k] in '#0+ -':
                k += 1
            while k < len(fmt) and (fmt[k].isdigit() or fmt[k] == '*'):
                k += 1
            if k < len(fmt) and fmt[k] == '.':
                k += 1
                while k < len(fmt) and (fmt[k].isdigit() or fmt[k] == '*'):
                    k += 1
            if k < len(fmt) and fmt[k] in 'diouxefgcrsa%':
                return True
        i = fmt.find('%(', i + 2)
    return False


def _brace_fields(fmt):
    """The field names of a str.format template; ValueError when it is malformed."""
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == '{':
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        depth = 1
        j = i + 1
        while j < n and depth:
            if fmt[j] == '{':
                depth += 1
            elif fmt[j] == '}':
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        body = fmt[i + 1:j - 1]
        name = body
        for sep in '!:':
            if sep in name:
                name = name[:name.index(sep)]
        rest = body[len(name):]
        if rest.startswith('!'):
            conv = rest[1:2]
            if conv not in ('r', 's', 'a') or (len(rest) > 2 and rest[2] != ':'):
                raise ValueError('invalid conversion: %r' % conv)
        if name:
            fields.append(name)
        i = j
    return fields


def _dollar_substitute(template, values):
    """$name / ${name} substitution (what string.Template.substitute does)."""
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '$' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        nxt = template[i + 1]
        if nxt == '$':
            out.append('$')
            i += 2
        elif nxt == '{':
            j = template.index('}', i)
            out.append(str(values[template[i + 2:j]]))
            i = j + 1
        elif nxt.isalpha() or nxt == '_':
            j = i + 1
            while j < n and _name_char(template[j]):
                j += 1
            out.append(str(values[template[i + 1:j]]))
            i = j
        else:
            raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
    return ''.join(out)


def _has_dollar_field(fmt):
    i = fmt.find('$')
    while i >= 0 and i + 1 < len(fmt):
        nxt = fmt[i + 1]
        if nxt == '{' or nxt.isalpha() or nxt == '_':
            return True
        i = fmt.find('$', i + (2 if nxt == '$' else 1))
    return False


class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            return values
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % (e,))


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def validate(self):
        try:
            fields = _brace_fields(self._fmt)
        except ValueError as e:
            raise ValueError('invalid format: %s' % (e,))
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._fmt.format_map(self._values(record))


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _has_dollar_field(self._fmt):
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return _dollar_substitute(self._fmt, self._values(record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style][0]


class Formatter:
    """Turns a LogRecord into text.

    fmt is a template over the record's attributes in the given style ('%',
    '{' or '$'); datefmt is a time.strftime format for %(asctime)s.
    """

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'
    _time_cache = None

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def _convert(self, secs):
        # time.localtime is a builtin in CPython, so as a class attribute it
        # is not bound to the instance; gilpy's time functions may be Python
        # functions, which would be bound: call those unbound.
        conv = self.converter
        func = getattr(conv, '__func__', None)
        if func is not None and getattr(conv, '__self__', None) is self and \
                getattr(func, '__module__', None) == 'time':
            return func(secs)
        return conv(secs)

    def formatTime(self, record, datefmt=None):
        if datefmt:
            return time.strftime(datefmt, self._convert(record.created))
        # strftime is the costly part of a record; a second's worth of
        # records share one text (kept as one tuple, so threads see a
        # consistent pair).
        key = (int(record.created), self.default_time_format, self.converter)
        cached = self._time_cache
        if cached is not None and cached[0] == key:
            text = cached[1]
        else:
            text = time.strftime(self.default_time_format, self._convert(record.created))
            self._time_cache = (key, text)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        import traceback
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if text.endswith('\n'):
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, record.stack_info and
                      self.formatStack(record.stack_info)):
            if extra:
                if not text.endswith('\n'):
                    text += '\n'
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records (header + each line + footer)."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        return (self.formatHeader(records) + ''.join(self.linefmt.format(r) for r in records)
                + self.formatFooter(records))


# -- filters -----------------------------------------------------------------

class Filter:
    """Lets through records of the logger called name and of its descendants."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer:
    """Base of loggers and handlers: holds a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False if any filter rejects the record (a filter is an object or a callable)."""
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True


# -- handlers ----------------------------------------------------------------

_handlers = {}          # name -> handler, for handlers given a name
_handlerList = []       # every handler made, in order, flushed and closed at exit


class Handler(Filterer):
    """Sends records somewhere; subclasses implement emit(record)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        self.createLock()
        with _lock:
            _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Filter the record, then emit it with the handler's lock held."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised in emit() on stderr (if raiseExceptions)."""
        if not (raiseExceptions and sys.stderr):
            return
        t, v, tb = sys.exc_info()
        try:
            import traceback
            sys.stderr.write('--- Logging error ---\n')
            traceback.print_exception(t, v, tb, None, sys.stderr)
            sys.stderr.write('Call stack:\n')
            frame = _caller_frame()
            if frame is not None:
                sys.stderr.write(''.join(_format_frames(frame)))
            else:
                sys.stderr.write('Logged from file %s, line %s\n' % (record.filename,
                                                                     record.lineno))
            try:
                sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except Exception:
                sys.stderr.write('Unable to print the message and arguments'
                                 ' - possible formatting error.\nUse the'
                                 ' traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            t = v = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record plus a newline to a stream (default: sys.stderr)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replace the stream; return the old one (None if it is the same)."""
        if stream is self.stream:
            return None
        self.acquire()
        try:
            old = self.stream
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (type(self).__name__, name, getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file opened with mode (default 'a'), maybe on first use."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        if self.errors is None:
            return open(self.baseFilename, self.mode, encoding=self.encoding)
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        self.acquire()
        try:
            stream = self.stream
            self.stream = None
            if stream:
                try:
                    stream.flush()
                finally:
                    if hasattr(stream, 'close'):
                        stream.close()
        finally:
            self.release()
            StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """Discards everything (for libraries that must not print by default)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _StderrHandler(StreamHandler):
    """lastResort: always writes to the current sys.stderr."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# -- the frame that called logging -------------------------------------------

def _this_file():
    return _this_file.__code__.co_filename


_srcfile = _this_file()


def _is_internal(frame):
    return frame.f_code.co_filename == _srcfile


def _caller_frame(stacklevel=1):
    """The stacklevel-th frame outside this module, walking outwards; None if none."""
    try:
        frame = sys._getframe(1)
    except (AttributeError, ValueError):
        return None
    found = None
    while frame is not None:
        if not _is_internal(frame):
            found = frame
            stacklevel -= 1
            if stacklevel <= 0:
                return frame
        frame = frame.f_back
    return found


def _format_frames(frame):
    """Traceback-style lines for frame and its callers, outermost first."""
    import traceback
    items = []
    while frame is not None:
        items.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name, None))
        frame = frame.f_back
    items.reverse()
    return traceback.StackSummary.from_list(items).format()


def _stack_text(frame):
    text = 'Stack (most recent call last):\n' + ''.join(_format_frames(frame))
    if text.endswith('\n'):
        text = text[:-1]
    return text


# -- loggers -----------------------------------------------------------------

class Logger(Filterer):
    """A named channel; records go to its handlers and, if propagate, its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        """The first non-zero level from this logger up to the root."""
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """error() with the exception being handled appended to the message."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function name, stack text) of the code that logged."""
        frame = _caller_frame(stacklevel)
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        code = frame.f_code
        sinfo = _stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func,
                                 extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger is not None:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        """Pass the record to the handlers of this logger and, while propagating, its ancestors."""
        seen = 0
        logger = self
        while logger is not None:
            for hdlr in logger.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            logger = logger.parent if logger.propagate else None
        if seen == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Owns the logger tree: one dict from dotted name to Logger."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            logger = self.loggerDict.get(name)
            if logger is None:
                logger = (self.loggerClass or _loggerClass)(name)
                logger.manager = self
                self.loggerDict[name] = logger
                self._link(logger)
            return logger

    def _nearest_ancestor(self, name):
        i = name.rfind('.')
        while i > 0:
            found = self.loggerDict.get(name[:i])
            if found is not None:
                return found
            i = name.rfind('.', 0, i)
        return self.root

    def _link(self, logger):
        """Hook a new logger into the tree: find its parent, adopt its children."""
        parent = self._nearest_ancestor(logger.name)
        logger.parent = parent
        below = logger.name + '.'
        for other in self.loggerDict.values():
            if other is logger or not other.name.startswith(below):
                continue
            if other.parent is self.root or not other.parent.name.startswith(below):
                other.parent = logger

    def setLoggerClass(self, klass):
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def getLogger(name=None):
    """The logger with this dotted name, created on first use (no name: the root)."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


class LoggerAdapter:
    """Wraps a logger, adding contextual `extra` to every call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# -- configuration and module-level shortcuts ---------------------------------

def _basic_handlers(kwargs, encoding, errors):
    handlers = kwargs.pop('handlers', None)
    if handlers is not None:
        if 'stream' in kwargs or 'filename' in kwargs:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        return handlers
    if 'stream' in kwargs and 'filename' in kwargs:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = kwargs.pop('filename', None)
    mode = kwargs.pop('filemode', 'a')
    if filename:
        if 'b' in mode:
            errors = None
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(kwargs.pop('stream', None))]


def basicConfig(**kwargs):
    """Give the root logger a handler and formatter, unless it already has handlers.

    Keywords: filename, filemode, format, datefmt, style, level, stream,
    handlers, force (remove and close the root's handlers first), encoding,
    errors.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in list(root.handlers):
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = _basic_handlers(kwargs, encoding, errors)
        datefmt = kwargs.pop('datefmt', None)
        style = kwargs.pop('style', '%')
        _style_class(style)
        fmt = Formatter(kwargs.pop('format', _STYLES[style][1]), datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def _root_ready():
    if not root.handlers:
        basicConfig()


def critical(msg, *args, **kwargs):
    _root_ready()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _root_ready()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _root_ready()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _root_ready()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_ready()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _root_ready()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at level or below, whatever the loggers say."""
    root.manager.disable = level


def shutdown(handlerList=_handlerList):
    """Flush and close every handler (run at exit)."""
    for h in reversed(list(handlerList)):
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


try:
    import atexit
    atexit.register(shutdown)
except ImportError:
    pass


_saved_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger('py.warnings')
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning('%s', text)


def captureWarnings(capture):
    """Send warnings.warn() output to the 'py.warnings' logger (or stop doing so)."""
    global _saved_showwarning
    import warnings
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
