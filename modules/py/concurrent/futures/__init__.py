# modules/py/concurrent/futures/__init__.py: the concurrent.futures package.
# SPDX-License-Identifier: MIT
#
# Futures, wait()/as_completed() and the Executor base live in _base; the
# thread pool in thread.  gilpy has no multiprocessing, so there is no
# ProcessPoolExecutor.
"""Execute computations asynchronously using threads."""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor')
