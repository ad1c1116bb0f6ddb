"""A release as read from its source, before it is cut into sentences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..model import BlockKind
from .reading import Reading


@dataclass
class SourceDocument:
    """A release as read from its source file, before segmentation."""

    title: str
    body: list[tuple[BlockKind, str]]
    language: str | None = None
    rubric: str | None = None
    dateline: str | None = None
    place: str | None = None
    date: dt.date | None = None
    id: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    reading: Reading = field(default_factory=Reading, compare=False, repr=False)
    """How the source was read (not stored: ``source.md`` holds only the result)."""

    def blocks(self) -> list[tuple[BlockKind, str]]:
        """Every block in reading order, headline matter first."""
        head = [
            (BlockKind.RUBRIC, self.rubric),
            (BlockKind.TITLE, self.title),
            (BlockKind.DATELINE, self.dateline),
        ]
        return [(kind, text) for kind, text in head if text] + self.body
