"""The one shape of a PO entry, for reading and for writing.

The attribute names are polib's (``msgid``, ``tcomment``, ``occurrences``...), so the
writer takes press's entries and polib's alike, and tests compare the two readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PoEntry:
    """One entry of a PO file, exactly as written: nothing in it is trusted yet."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    tcomment: str = ""
    """Translator comments (``#`` lines), joined with line breaks."""
    comment: str = ""
    """Extracted comments (``#.`` lines), joined with line breaks."""
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    """References (``#:``) as (path, line) pairs; press writes positions with no line."""
    flags: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def plural(self) -> bool:
        return bool(self.msgid_plural)

    @property
    def notes(self) -> list[str]:
        """The translator comment lines."""
        return self.tcomment.split("\n") if self.tcomment else []

    @property
    def extracted(self) -> list[str]:
        """The extracted comment lines (press writes the unit's kind there)."""
        return self.comment.split("\n") if self.comment else []

    @property
    def positions(self) -> list[str]:
        return [path for path, _line in self.occurrences]


@dataclass
class PoFile:
    """A parsed PO file: its header fields and its entries (obsolete ones too)."""

    headers: dict[str, str]
    entries: list[PoEntry]
