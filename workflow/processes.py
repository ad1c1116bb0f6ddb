"""Work over many pieces on every core: the one worker pool of press.

``press check --all`` and ``press export --all`` cut their releases into pieces, and
the memory's build from nothing its PO files, and each calls :func:`in_workers`. On
Linux the workers are forked, so they inherit what the caller put in :data:`SHARED`
(the workspace, the checker...) without pickling it; elsewhere, or for a few pieces,
the work runs in this process.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from typing import TypeVar

from .errors import WorkspaceError

T = TypeVar("T")
R = TypeVar("R")

SHARED: dict = {}
"""What the worker processes inherit; filled by the caller for the time of one run."""

AHEAD = 2
"""Pieces given to each worker ahead of the one being read back: results never pile
up in memory while the caller is busy with the last one."""


def in_workers(
    work: Callable[[T], R],
    pieces: list[T],
    *,
    shared: dict,
    least: int,
    stopped: tuple[str, str],
    most: int = 4,
) -> Iterator[R]:
    """``work(piece)`` for every piece, in order: in worker processes when there are at
    least ``least`` pieces and more than one core, else here.

    ``stopped`` is the message and hint of the error raised when a worker dies (out of
    memory, killed): what was done before is the caller's to keep.
    """
    workers = min(cores(), most, len(pieces))
    SHARED.update(shared)
    pool = None
    try:
        if workers > 1 and len(pieces) >= least and sys.platform.startswith("linux"):
            # fork is safe on Linux (not on macOS), and shares SHARED without pickling
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=ignore_interrupts,
            )
            waiting, pending = deque(pieces), deque()
            try:
                while waiting or pending:
                    while waiting and len(pending) < AHEAD * workers:
                        pending.append(pool.submit(work, waiting.popleft()))
                    yield pending.popleft().result()
            except BrokenProcessPool:
                raise WorkspaceError(*stopped) from None
        else:
            yield from map(work, pieces)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        SHARED.clear()


def cores() -> int:
    """The cores this process may run on (``taskset`` and container limits count, which
    ``os.cpu_count`` ignores)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def ignore_interrupts() -> None:
    """A worker leaves Ctrl-C to the process that started it: that one stops them all."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
