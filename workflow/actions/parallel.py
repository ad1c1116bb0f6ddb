"""Pieces of work over many releases, on every core: the one worker pool of the actions.

``press check --all`` and ``press export --all`` each cut their releases into pieces
and call :func:`in_workers`. On Linux the workers are forked, so they inherit what
the caller put in :data:`SHARED` (the workspace, the checker...) without pickling
it; elsewhere, or for a few pieces, the work runs in this process.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator
from typing import TypeVar

from ..errors import WorkspaceError
from ..processes import cores, ignore_interrupts

T = TypeVar("T")
R = TypeVar("R")

SHARED: dict = {}
"""What the worker processes inherit; filled by the caller for the time of one run."""


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
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=ignore_interrupts,
            )
            try:
                yield from pool.map(work, pieces)
            except BrokenProcessPool:
                raise WorkspaceError(*stopped) from None
        else:
            yield from map(work, pieces)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        SHARED.clear()
