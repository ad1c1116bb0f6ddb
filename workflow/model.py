"""The document model: releases, blocks, units, their states and digests. Data only, no I/O.

Nothing here changes a unit's state: ``rules.py`` does, and only it.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
from dataclasses import dataclass, field
from typing import NamedTuple

LANGUAGES = ("en", "kk", "ru")
"""The languages a press office publishes in, in the order they are listed."""

_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_valid_id(text: str) -> bool:
    """A release id is lower-case ASCII letters, digits and single hyphens.

    >>> is_valid_id("2026-11-26-osce-delegation"), is_valid_id("../etc"), is_valid_id("Astana")
    (True, False, False)
    """
    return len(text) <= 80 and _ID_RE.fullmatch(text) is not None


class BlockKind(enum.StrEnum):
    """What a block of a release is; translators see it in the PO file."""

    RUBRIC = "rubric"
    TITLE = "title"
    DATELINE = "dateline"
    PARAGRAPH = "paragraph"
    ATTRIBUTION = "attribution"
    QUOTE = "quote"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    PHOTO = "photo"
    """A photo: its caption is the unit; the file and the credit are kept as written."""

    @property
    def code(self) -> str:
        """The short letter used in unit positions (``p3.s2``)."""
        return _KIND_CODES[self]


_KIND_CODES = {
    BlockKind.RUBRIC: "r",
    BlockKind.TITLE: "t",
    BlockKind.DATELINE: "d",
    BlockKind.PARAGRAPH: "p",
    BlockKind.ATTRIBUTION: "a",
    BlockKind.QUOTE: "q",
    BlockKind.HEADING: "h",
    BlockKind.LIST_ITEM: "l",
    BlockKind.PHOTO: "f",
}

WHOLE_BLOCK_KINDS = frozenset(
    {BlockKind.RUBRIC, BlockKind.TITLE, BlockKind.DATELINE, BlockKind.ATTRIBUTION, BlockKind.PHOTO}
)
"""Kinds that are one unit as a whole and are never cut into sentences."""


class UnitState(enum.IntEnum):
    """The state of one translation unit, ordered: ``state >= TRANSLATED`` reads naturally."""

    UNTRANSLATED = 0
    NEEDS_WORK = 10
    TRANSLATED = 20
    APPROVED = 30

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")

    @property
    def key(self) -> str:
        """The name used in JSON output (``needs_work``)."""
        return self.name.lower()


class ReleaseState(enum.StrEnum):
    """The state of a release, always derived from its units and records.

    The values are identifiers (``in_review``), as ``--json`` shows them; ``label``
    is the words a person reads (``in review``).
    """

    TRANSLATING = "translating"
    IN_REVIEW = "in_review"
    READY = "ready"
    APPROVED = "approved"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class Photo(NamedTuple):
    """A photo of a release: its file under ``releases/<id>/`` and its credit.

    The caption is the block's one unit; the credit is a name, kept as written.
    """

    file: str
    """A relative path inside the release's folder (``photos/hall.jpg``)."""
    credit: str = ""


class Block(NamedTuple):
    """One block of a release: its kind and its sentences (one unit each)."""

    kind: BlockKind
    sentences: tuple[str, ...]
    photo: Photo | None = None
    """The photo a PHOTO block shows (its caption is the one sentence)."""

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


@dataclass(frozen=True)
class Release:
    """A source release: metadata and the ordered blocks of its body.

    The title, rubric and dateline are blocks too (kinds TITLE, RUBRIC,
    DATELINE), so every unit of the release is in ``blocks``.
    """

    id: str
    language: str
    blocks: tuple[Block, ...]
    date: dt.date | None = None
    place: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.kind is BlockKind.TITLE), "")

    def positions(self) -> list[tuple[str, BlockKind, str]]:
        """Every sentence with its position (``p3.s2``) and block kind, in order.

        Positions count blocks of each kind from 1, and sentences within a block from 1.
        """
        counters: dict[BlockKind, int] = {}
        out = []
        for block in self.blocks:
            counters[block.kind] = counters.get(block.kind, 0) + 1
            prefix = f"{block.kind.code}{counters[block.kind]}"
            if len(block.sentences) == 1:
                out.append((prefix, block.kind, block.sentences[0]))
            else:
                for i, sentence in enumerate(block.sentences, 1):
                    out.append((f"{prefix}.s{i}", block.kind, sentence))
        return out

    def units(self) -> list[Unit]:
        """The release's translation units: equal sentences are one unit, in first-seen order."""
        by_source: dict[str, Unit] = {}
        for position, kind, sentence in self.positions():
            unit = by_source.get(sentence)
            if unit is None:
                by_source[sentence] = Unit(source=sentence, kind=kind, positions=[position])
            else:
                unit.positions.append(position)
        return list(by_source.values())


class Mark(NamedTuple):
    """Who did something to a unit, and on which day (``YYYY-MM-DD``)."""

    who: str
    day: str
    pull: str = ""
    """For a text pushed from a PO file: the file's pull (its ``X-Press-Pull`` token), so a
    second push of the same file is told from a push of another copy pulled alike."""


def source_digest(text: str) -> str:
    """A short digest of a release's ``source.md`` text, to tell a stale PO file."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def text_digest(source: str, translation: str) -> str:
    """The digest an approval is bound to: any change to either text breaks it.

    >>> text_digest("Astana", "Астана") == text_digest("Astana", "Астана ")
    False
    """
    data = f"{source}\x00{translation}".encode()
    return hashlib.sha256(data).hexdigest()[:12]


@dataclass
class Unit:
    """One translation unit of one language: a source sentence and its translation."""

    source: str
    kind: BlockKind = BlockKind.PARAGRAPH
    positions: list[str] = field(default_factory=list)
    translation: str = ""
    state: UnitState = UnitState.UNTRANSLATED
    notes: list[str] = field(default_factory=list)
    """Translator comments (``#`` lines): notes from people and tools."""
    previous_source: str | None = None
    """The earlier source text of an edited sentence (``#| msgid``)."""
    translated_by: Mark | None = None
    """Who wrote the current translation (four eyes: they may not approve it)."""
    approved_by: Mark | None = None
    """The approval of the current text; set only when ``state`` is APPROVED."""

    @property
    def where(self) -> str:
        """How reports name the unit: its first position (``p3.s2``), else its text."""
        return unit_label(self.positions, self.source)


def few(names: list[str], most: int = 8) -> str:
    """The first ``most`` of some names (units' positions), as a message lists them.

    >>> few(["p1.s1", "p2.s1", "p3.s1"], 2)
    'p1.s1, p2.s1 …'
    """
    return ", ".join(names[:most]) + (" …" if len(names) > most else "")


def unit_label(positions: list[str], source: str, width: int = 40) -> str:
    """A unit as reports name it: ``p3.s2``, or its source text cut to ``width``.

    >>> unit_label([], "The Deputy Chairman of the Assembly met a delegation of the OSCE.")
    "'The Deputy Chairman of the Assembly met…'"
    """
    if positions:
        return positions[0]
    return f"'{source if len(source) <= width else source[: width - 1] + '…'}'"
