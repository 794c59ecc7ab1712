# modules/py/concurrent/futures/_base.py: Future, Executor, wait() and as_completed().
# SPDX-License-Identifier: MIT
#
# Written for gilpy from the concurrent.futures documentation.  A Future is a
# small state machine guarded by one Condition.  wait() and as_completed()
# attach a _Collector to every future they watch; a future tells its
# collectors when it finishes or is cancelled, so the watcher sleeps on one
# Condition instead of polling.  Done-callbacks run in the thread that
# completed the future (or at once, in the caller, if it is already done).

import threading
import time
from collections import namedtuple

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_CANCEL_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_STATE_WORDS = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


# Since Python 3.11 the module's TimeoutError is the builtin one.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


def _log_exception(msg, *args):
    """Report an error from a callback the way CPython does (logger 'concurrent.futures')."""
    import logging
    logging.getLogger('concurrent.futures').exception(msg, *args)


class _Collector:
    """Gathers futures as they complete, for one wait() or as_completed() call."""

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.arrived = []

    def future_done(self, future):
        with self.cond:
            self.arrived.append(future)
            self.cond.notify_all()

    def take(self, timeout):
        """Wait up to timeout for at least one future; return and clear the arrivals."""
        with self.cond:
            if not self.arrived:
                self.cond.wait(timeout)
            got = self.arrived
            self.arrived = []
            return got


def _register(fs, collector):
    """Split fs into (done, pending), attaching collector to each pending future.

    Each future is examined under its own lock only, so two threads waiting
    on overlapping sets can never deadlock.
    """
    done = set()
    pending = set()
    for f in fs:
        with f._cond:
            if f._state in _DONE_STATES:
                done.add(f)
            else:
                f._collectors.append(collector)
                pending.add(f)
    return done, pending


def _detach(fs, collector):
    for f in fs:
        with f._cond:
            if collector in f._collectors:
                f._collectors.remove(collector)


def as_completed(fs, timeout=None):
    """Iterate over the futures of fs as they complete (finished or cancelled).

    Duplicates are yielded once; TimeoutError if some are still pending when
    the timeout (seconds from this call) runs out.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    collector = _Collector()
    done, pending = _register(fs, collector)
    return _completed_iter(done, pending, collector, deadline, len(fs))


def _completed_iter(ready, waiting, collector, deadline, total):
    try:
        for f in ready:
            yield f
        while waiting:
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(waiting), total))
            for f in collector.take(left):
                if f in waiting:
                    waiting.discard(f)
                    yield f
    finally:
        _detach(waiting, collector)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _failed(f):
    return f._state == FINISHED and f._exception is not None


def _satisfied(done, not_done, return_when):
    if not not_done:
        return True
    if return_when == FIRST_COMPLETED:
        return len(done) > 0
    if return_when == FIRST_EXCEPTION:
        for f in done:
            if _failed(f):
                return True
    return False


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs; return a named 2-tuple of sets (done, not_done)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    collector = _Collector()
    done, not_done = _register(fs, collector)
    try:
        while not _satisfied(done, not_done, return_when):
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
            for f in collector.take(left):
                done.add(f)
                not_done.discard(f)
    finally:
        _detach(not_done, collector)
    return DoneAndNotDoneFutures(done, not_done)


class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        self._cond = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._collectors = []
        self._callbacks = []

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        with self._cond:
            text = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                            _STATE_WORDS[self._state])
            if self._state == FINISHED:
                if self._exception is not None:
                    text += ' raised %s' % type(self._exception).__name__
                else:
                    text += ' returned %s' % type(self._result).__name__
            return text + '>'

    # -- queries --------------------------------------------------------------
    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._cond:
            return self._state in _CANCEL_STATES

    def running(self):
        """Return True if the future is currently executing."""
        with self._cond:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._cond:
            return self._state in _DONE_STATES

    def _wait_done(self, timeout):
        """Wait for completion under self._cond; TimeoutError if it did not come."""
        if self._state not in _DONE_STATES:
            self._cond.wait(timeout)
            if self._state not in _DONE_STATES:
                raise TimeoutError()
        if self._state in _CANCEL_STATES:
            raise CancelledError()

    def result(self, timeout=None):
        """Return the call's value, waiting up to timeout seconds.

        Re-raises the call's exception (with its traceback); CancelledError if
        cancelled; TimeoutError if not done in time.
        """
        with self._cond:
            self._wait_done(timeout)
            exc = self._exception
            value = self._result
        if exc is not None:
            try:
                raise exc
            finally:
                exc = None
        return value

    def exception(self, timeout=None):
        """Return the exception raised by the call (None if it returned)."""
        with self._cond:
            self._wait_done(timeout)
            return self._exception

    # -- callbacks ------------------------------------------------------------
    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it already is)."""
        with self._cond:
            if self._state not in _DONE_STATES:
                self._callbacks.append(fn)
                return
        self._run_callback(fn)

    def _run_callback(self, fn):
        try:
            fn(self)
        except Exception:
            _log_exception('exception calling callback for %r', self)

    def _finish_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._run_callback(fn)

    # -- for executors --------------------------------------------------------
    def cancel(self):
        """Cancel the future if it has not started; return whether it is cancelled."""
        with self._cond:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCEL_STATES:
                return True
            self._state = CANCELLED
            self._cond.notify_all()
            self._tell_collectors()
        self._finish_callbacks()
        return True

    def _tell_collectors(self):
        for c in list(self._collectors):
            c.future_done(self)

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or acknowledge its cancellation (False)."""
        with self._cond:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _complete(self, result, exception):
        with self._cond:
            if self._state in _DONE_STATES:
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            self._cond.notify_all()
            self._tell_collectors()
        self._finish_callbacks()

    def set_result(self, result):
        """Set the return value of the work (for executors and tests)."""
        self._complete(result, None)

    def set_exception(self, exception):
        """Set the exception raised by the work (for executors and tests)."""
        self._complete(None, exception)


def _result_or_cancel(fut, timeout):
    try:
        return fut.result(timeout)
    except TimeoutError:
        fut.cancel()
        raise


class Executor:
    """Abstract base class of executors: submit() plus map(), shutdown() and `with`."""

    def __class_getitem__(cls, item):
        return cls

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) but the calls run in the executor.

        Every call is submitted now; the results come back in order.  With a
        timeout, __next__ raises TimeoutError once timeout seconds from this
        call have passed.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _ordered_results(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once pending futures are done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _ordered_results(futures, deadline):
    futures.reverse()
    try:
        while futures:
            if deadline is None:
                yield _result_or_cancel(futures.pop(), None)
            else:
                yield _result_or_cancel(futures.pop(), deadline - time.monotonic())
    finally:
        for f in futures:
            f.cancel()
