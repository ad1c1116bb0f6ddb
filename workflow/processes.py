"""What the worker processes of press share: how many there may be, and Ctrl-C.

Used by the pool of ``actions/parallel.py`` (check --all, export --all) and by the
memory's build from nothing, which lies below the actions.
"""

from __future__ import annotations

import os


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
