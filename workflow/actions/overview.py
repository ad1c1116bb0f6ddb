"""Where releases stand and how they got there: list, status, log. Anyone may read them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import status as derived
from ..journal import History, read_history
from ..people import Actor
from ..workspace import Workspace


@dataclass
class Overview:
    """Every release of the workspace, and those whose files could not be read."""

    releases: list[dict]
    unreadable: dict[str, str] = field(default_factory=dict)
    """Release id -> what is wrong with it (a hand edit broke a file): one line each."""


def list_releases(ws: Workspace, actor: Actor) -> Overview:
    """Every release: ``id``, ``title``, ``date``, ``state`` and ``source_language``;
    ``source_changed`` when its ``source.md`` was edited since its translations were
    updated (as ``press status`` says)."""
    overview = statuses(ws, actor)
    overview.releases = [
        {k: row[k] for k in derived.LIST_KEYS}
        | ({"source_changed": True} if row.get("source_changed") else {})
        for row in overview.releases
    ]
    return overview


def statuses(ws: Workspace, actor: Actor) -> Overview:
    """The status object of every release, in id order (see :func:`status`)."""
    unreadable: dict[str, str] = {}
    return Overview(derived.statuses(ws, unreadable=unreadable), unreadable)


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
    ws.require_release(release_id)
    return read_history(ws.journal_path(release_id))
