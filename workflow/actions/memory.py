"""The translation memory: import and export TMX, search it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..locales import check_language
from ..memory import Match, Memory, tmx_file_name
from ..people import Action, Actor
from ..workspace import Workspace


@dataclass
class Imported:
    name: str
    """The file's name in ``translations/memory/``."""
    units: int


def import_tmx(ws: Workspace, actor: Actor, path: Path) -> Imported:
    """Check a TMX file (from Trados, memoQ, OmegaT), keep it in ``translations/memory/``
    and index it. A file that is not safe TMX, or has nothing in our languages, changes nothing.
    """
    actor.require(Action.MEMORY)
    with ws.lock(), Memory(ws) as memory:
        units = memory.import_tmx(Path(path))
    return Imported(tmx_file_name(Path(path).name), units)


def export_tmx(ws: Workspace, actor: Actor, path: Path, lang: str | None = None) -> int:
    """Write the memory (or the units into ``lang``) as TMX 1.4b to ``path``; how many units."""
    if lang is not None:
        check_language(lang)
    with Memory(ws) as memory:
        return memory.export_tmx(Path(path), target_language=lang)


def search(
    ws: Workspace, actor: Actor, text: str, *, lang: str | None = None, limit: int = 10
) -> list[Match]:
    """The memory's best matches for a sentence or a few words, best first."""
    if lang is not None:
        check_language(lang)
    with Memory(ws) as memory:
        return memory.search(text, target_language=lang, limit=limit)
