"""Sending batches to an engine a few at a time, each kept in the cache as it comes back.

The first error stops the run: no batch not yet started is sent, the ones in
flight are waited for and kept (they are paid for), and the error is handed
back. An interruption (Ctrl-C) or any other exception does the same and is
raised again, so a run cut short never pays for what it then throws away.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable

from ..errors import PressError
from . import Draft, Engine, MachineError, Request
from .cache import DraftCache

WORKERS = 4
"""Requests in flight at once."""

Progress = Callable[[int, int], None]
"""Told (texts translated so far, texts to translate) as batches come back."""


def send_all(
    engine: Engine,
    requests: list[tuple[Request, list[str]]],
    cache: DraftCache,
    progress: Progress | None = None,
) -> tuple[dict[str, Draft], PressError | None]:
    """Send every ``(request, cache keys of its texts)``; the drafts by key, and the first error."""
    drafts: dict[str, Draft] = {}
    total = sum(len(keys) for _request, keys in requests)
    error: PressError | None = None
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS)
    futures = {pool.submit(engine.translate, request): keys for request, keys in requests}
    try:
        for future in concurrent.futures.as_completed(futures):
            if future.cancelled():
                continue
            try:
                results = future.result()
            except PressError as exc:
                error = error or exc
                pool.shutdown(wait=False, cancel_futures=True)
                continue
            except Exception:  # the engine's own bug: still one line, and the rest kept
                error = error or MachineError(
                    f"{engine.name} failed in an unexpected way", "try again later"
                )
                pool.shutdown(wait=False, cancel_futures=True)
                continue
            _keep(cache, drafts, futures[future], results)
            if progress:
                progress(len(drafts), total)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)  # what is in flight is paid for: keep it
        for future, keys in futures.items():
            done = future.done() and not future.cancelled() and future.exception() is None
            if done and keys[0] not in drafts:
                _keep(cache, drafts, keys, future.result())
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return drafts, error


def _keep(cache: DraftCache, drafts: dict[str, Draft], keys: list[str], results) -> None:
    pairs = list(zip(keys, results, strict=True))
    cache.keep((key, draft.text, draft.billed) for key, draft in pairs)
    drafts.update(pairs)
