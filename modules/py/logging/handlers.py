# modules/py/logging/handlers.py: handlers that hand records between threads.
# SPDX-License-Identifier: MIT
#
# Written for gilpy from the logging.handlers documentation.  Only the
# thread-related part: QueueHandler puts a finished record on a queue, so a
# logging call in a busy thread costs one put; a QueueListener runs a
# background thread that takes the records off the queue and passes them to
# the real handlers.

import copy
import threading
import logging


class QueueHandler(logging.Handler):
    """Sends each record, already formatted, to a queue (queue.Queue-like)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of record with the message merged and the exception text dropped.

        Merging here means the consumer never needs the (maybe unpicklable,
        maybe mutable) arguments.
        """
        text = self.format(record)
        record = copy.copy(record)
        record.message = text
        record.msg = text
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue in a daemon thread and hands them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        has_task_done = hasattr(self.queue, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
            except Exception:
                break
            if record is self._sentinel:
                if has_task_done:
                    self.queue.task_done()
                break
            self.handle(record)
            if has_task_done:
                self.queue.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Ask the thread to finish the records already queued, then wait for it."""
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
