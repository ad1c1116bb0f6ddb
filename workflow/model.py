"""The document model: releases, blocks, units and their states. Data only, no I/O."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
from dataclasses import dataclass, field

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
}

WHOLE_BLOCK_KINDS = frozenset(
    {BlockKind.RUBRIC, BlockKind.TITLE, BlockKind.DATELINE, BlockKind.ATTRIBUTION}
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
    """The state of a release, always derived from its units and records."""

    TRANSLATING = "translating"
    IN_REVIEW = "in review"
    READY = "ready"
    APPROVED = "approved"
    PUBLISHED = "published"


@dataclass(frozen=True)
class Block:
    """One block of a release: its kind and its sentences (one unit each)."""

    kind: BlockKind
    sentences: tuple[str, ...]

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


REVIEW_NOTE_RE = re.compile(r"[^,\n]+, \d{4}-\d{2}-\d{2}: ")
"""A reviewer's note when sending a unit back: ``gulnara, 2026-11-26: use the official name``."""


def review_note(mark: Mark, text: str) -> str:
    return f"{mark.who}, {mark.day}: {' '.join(text.split())}"


@dataclass(frozen=True)
class Mark:
    """Who did something to a unit, and on which day (``YYYY-MM-DD``)."""

    who: str
    day: str


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

    def take_over(self, old: Unit) -> None:
        """Carry an earlier unit's translation, state, notes and marks over (same sentence)."""
        self.translation, self.state = old.translation, old.state
        self.notes, self.previous_source = old.notes, old.previous_source
        self.translated_by, self.approved_by = old.translated_by, old.approved_by

    def set_translation(self, text: str, state: UnitState, mark: Mark | None) -> None:
        """A new text (or the same text in another state): any approval is gone."""
        if text != self.translation:
            self.translated_by = mark
            self.previous_source = None if state >= UnitState.TRANSLATED else self.previous_source
        self.translation, self.state, self.approved_by = text, state, None

    def approve(self, mark: Mark) -> None:
        """Approve the current text; reviewers' send-back notes are settled with it."""
        self.state, self.approved_by = UnitState.APPROVED, mark
        self.notes = [note for note in self.notes if not REVIEW_NOTE_RE.match(note)]


@dataclass(frozen=True)
class Segment:
    """One sentence as it is rendered in an export."""

    text: str
    missing: bool = False
    """True when no translation exists and ``text`` is the source sentence."""


@dataclass(frozen=True)
class EditionBlock:
    kind: BlockKind
    segments: tuple[Segment, ...]

    @property
    def missing(self) -> bool:
        return any(s.missing for s in self.segments)


@dataclass(frozen=True)
class Edition:
    """One language's version of a release, ready to be rendered as DOCX or HTML."""

    release_id: str
    language: str
    source_language: str
    organization: str
    blocks: tuple[EditionBlock, ...]
    date: dt.date | None = None
    draft: bool = False

    def of_kind(self, kind: BlockKind) -> list[EditionBlock]:
        return [b for b in self.blocks if b.kind is kind]

    @property
    def title(self) -> str:
        blocks = self.of_kind(BlockKind.TITLE)
        return " ".join(s.text for s in blocks[0].segments) if blocks else self.release_id

    @property
    def missing_count(self) -> int:
        return sum(1 for b in self.blocks for s in b.segments if s.missing)
