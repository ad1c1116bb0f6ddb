"""Where releases stand and how they got there: list, status, log. Anyone may read them."""

from __future__ import annotations

from .. import status as derived
from .. import store
from ..journal import History
from ..people import Actor
from ..workspace import Workspace


def list_releases(ws: Workspace, actor: Actor) -> list[dict]:
    """Every release: ``id``, ``title``, ``date``, ``state`` and ``source_language``."""
    return derived.list_releases(ws)


def statuses(ws: Workspace, actor: Actor) -> list[dict]:
    """The status object of every release, in id order (see :func:`status`)."""
    return derived.statuses(ws)


def status(ws: Workspace, actor: Actor, release_id: str) -> dict:
    """The stable status object of ``press status ID --json``.

    ``id``, ``title``, ``date``, ``state`` (``translating``, ``in_review``,
    ``ready``, ``approved``, ``published``), ``source_language`` and
    ``languages`` (per language ``total``, ``untranslated``, ``needs_work``,
    ``translated``, ``approved``) are always there; ``reviewers`` (per language,
    units approved per person), ``approval`` (``by``, ``time``) and
    ``source_changed`` when they apply.
    """
    return derived.release_status(ws, release_id)


def log(ws: Workspace, actor: Actor, release_id: str) -> History:
    """The journal of a release: its entries, and how many lines were not entries."""
    return store.history(ws, release_id)
