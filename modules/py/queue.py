# modules/py/queue.py: thread-safe queues (Queue, LifoQueue, PriorityQueue, SimpleQueue).
# SPDX-License-Identifier: MIT
#
# Written for gilpy from the `queue` documentation.  Each bounded queue owns
# one lock shared by three conditions: "an item arrived", "a slot freed" and
# "every task is done".  All blocking goes through threading.Condition.wait,
# which releases the GIL while it sleeps and lets a SIGINT reach the main
# thread.  Subclasses only change the storage (_init/_qsize/_put/_get), as
# the documentation says they may.

import threading
import heapq
from collections import deque
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


# CPython defines Empty in its C accelerator, so tracebacks say _queue.Empty.
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _deadline(timeout):
    """Absolute monotonic deadline for a blocking call (None: wait forever)."""
    if timeout is None:
        return None
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    return _now() + timeout


def _wait_until(cond, ready, deadline):
    """Wait on cond until ready() is true; False if the deadline passed first."""
    while not ready():
        if deadline is None:
            cond.wait()
            continue
        left = deadline - _now()
        if left <= 0.0:
            return False
        cond.wait(left)
    return True


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def __class_getitem__(cls, item):
        return cls

    # -- task accounting ------------------------------------------------
    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        with self.mutex:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        '''Block until every item put in the queue has been marked done.'''
        with self.mutex:
            _wait_until(self.all_tasks_done, self._all_done, None)

    def _all_done(self):
        return self.unfinished_tasks == 0

    # -- size ---------------------------------------------------------------
    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return self.maxsize > 0 and self._qsize() >= self.maxsize

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def _has_item(self):
        return self._qsize() > 0

    # -- put / get ------------------------------------------------------------
    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue, waiting for a free slot if block is true.'''
        with self.mutex:
            if self.maxsize > 0 and block:
                deadline = _deadline(timeout)
                if not _wait_until(self.not_full, self._has_room, deadline):
                    raise Full
            elif not self._has_room():
                raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item, waiting for one if block is true.'''
        with self.mutex:
            if block:
                deadline = _deadline(timeout)
                if not _wait_until(self.not_empty, self._has_item, deadline):
                    raise Empty
            elif not self._qsize():
                raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item into the queue without blocking (Full if no slot).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item if one is immediately available (else Empty).'''
        return self.get(block=False)

    # -- storage (FIFO) -------------------------------------------------------
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    def __init__(self):
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())

    def __class_getitem__(cls, item):
        return cls

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue (never blocks; block and timeout are ignored).'''
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        self.put(item, False)

    def get(self, block=True, timeout=None):
        '''Remove and return an item, waiting for one if block is true.'''
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        with self._ready:
            if not self._items:
                if not block:
                    raise Empty
                if not _wait_until(self._ready, self._items.__len__, _deadline(timeout)):
                    raise Empty
            return self._items.popleft()

    def get_nowait(self):
        '''Remove and return an item if one is immediately available (else Empty).'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return not self._items

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._items)
