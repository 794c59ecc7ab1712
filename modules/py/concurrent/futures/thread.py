# modules/py/concurrent/futures/thread.py: ThreadPoolExecutor.
# SPDX-License-Identifier: MIT
#
# Written for gilpy from the concurrent.futures documentation.  Submitted
# calls wait in one SimpleQueue.  A worker thread is started on submit only
# when no worker is idle (an idle-count semaphore tells), up to max_workers,
# so threads are reused across tasks; they are named PREFIX_N with PREFIX
# defaulting to ThreadPoolExecutor-K.  A _STOP marker in the queue ends the
# workers: each one that sees it puts it back for its siblings.  Workers are
# not daemons; at interpreter exit threading._shutdown first runs
# _stop_all_pools (registered with threading._register_atexit), which lets
# queued work finish and joins every worker, as CPython does.

from concurrent.futures import _base
import queue
import threading
import os

_STOP = object()
_live_pools = []               # (set of threads, work queue) of every executor
_exiting = False
_exit_lock = threading.Lock()


def _stop_all_pools():
    global _exiting
    with _exit_lock:
        _exiting = True
        pools = list(_live_pools)
    for threads, tasks in pools:
        tasks.put(_STOP)
    for threads, tasks in pools:
        for t in list(threads):
            t.join()


# threading._register_atexit runs before non-daemon threads are joined; the
# workers are non-daemon, so plain atexit would come too late.
_register = getattr(threading, '_register_atexit', None)
if _register is None:
    import atexit
    _register = atexit.register
_register(_stop_all_pools)


class _Task:
    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            exc = None
        else:
            self.future.set_result(value)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


def _worker_loop(pool, tasks, idle, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import logging
            logging.getLogger('concurrent.futures').critical('Exception in initializer:',
                                                             exc_info=True)
            pool._break()
            return
    while True:
        task = tasks.get()
        if task is _STOP:
            tasks.put(_STOP)
            return
        task.run()
        task = None
        idle.release()


class ThreadPoolExecutor(_base.Executor):
    """An Executor running each call in one of a pool of reused threads."""

    _pools_made = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % ThreadPoolExecutor._pools_made
            ThreadPoolExecutor._pools_made += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        with _exit_lock:
            _live_pools.append((self._threads, self._work_queue))

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker thread; return its Future."""
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            with _exit_lock:
                if _exiting:
                    raise RuntimeError('cannot schedule new futures after '
                                       'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_Task(future, fn, args, kwargs))
            self._start_worker_if_needed()
            return future

    def _start_worker_if_needed(self):
        if self._idle_semaphore.acquire(timeout=0):
            return                      # an idle worker will take the task
        n = len(self._threads)
        if n >= self._max_workers:
            return
        t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n),
                             target=_worker_loop,
                             args=(self, self._work_queue, self._idle_semaphore,
                                   self._initializer, self._initargs))
        t.start()
        self._threads.add(t)

    def _break(self):
        """An initializer failed: fail every queued call and refuse new ones."""
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for task in self._drain():
                task.future.set_exception(BrokenThreadPool(self._broken))

    def _drain(self):
        """Remove and return the queued tasks (the _STOP marker stays queued)."""
        tasks = []
        saw_stop = False
        while True:
            try:
                task = self._work_queue.get_nowait()
            except queue.Empty:
                break
            if task is _STOP:
                saw_stop = True
            else:
                tasks.append(task)
        if saw_stop:
            self._work_queue.put(_STOP)
        return tasks

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; with wait, return once every worker has ended.

        With cancel_futures, calls that have not started are cancelled.
        """
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for task in self._drain():
                    task.future.cancel()
            self._work_queue.put(_STOP)
        if wait:
            for t in list(self._threads):
                t.join()
