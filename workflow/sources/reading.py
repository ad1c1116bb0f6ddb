"""What every reader hands to the shared rules, and what the rules report back.

A Word or HTML reader knows some kinds from the file's structure (a Title style,
an ``<h1>``, a ``<blockquote>``) and nothing about the rest (a ministry's Word file
is Normal style throughout). It turns the file into :class:`Line` objects — a
kind where the structure states one, ``None`` where the plain-text rules decide —
with a blank line between paragraphs, and calls :func:`workflow.sources.plaintext.read_lines`.

:class:`Reading` is how a source was read, for ``press ingest --dry-run`` and the
journal: every line dropped as clutter with its reason, where the release date
came from, and what a reader left out of the file (comments, tracked changes).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import BlockKind

MAX_TEXT_LINES = 20_000
"""Lines of text a source may have: a press release has a few hundred, and every rule
stays fast however many there are up to this."""

CAPTION = "caption"
"""The kind of a photo caption or credit (``<figcaption>``, Word's Caption style):
metadata of the release, never a unit."""


class Line(NamedTuple):
    """One line of a source's text, with the kind its file's structure states, if any.

    ``text`` carries inline Markdown (``**strong**``, ``*em*``, ``[text](url)``);
    a structured reader escapes literal ``*``, ``[`` and ``\\`` it finds in the file.
    A blank ``text`` ends a paragraph. (A named tuple: a 2 MB paste is many of them.)
    """

    text: str
    kind: BlockKind | str | None = None
    """A :class:`BlockKind`, :data:`CAPTION`, or ``None`` for the plain-text rules."""
    number: int = 0
    """The line's number in a text file (from 1), for the reading's report; 0 when none."""


DROPPED = "dropped"
"""The kind of the blank line that stands where a dropped line was."""

_MARKUP_CHARS_RE = re.compile(r"[*\[\\`_]")


def plain(text: str) -> str:
    """``text`` without its inline Markdown: what the rules look at (``**Фото:** …``)."""
    if not _MARKUP_CHARS_RE.search(text):
        return text
    from ..markup import parse_inline, plain_text  # only for text with markup in it

    return plain_text(parse_inline(text))


@dataclass(frozen=True)
class Dropped:
    """A line of the source that is not part of the release, and why."""

    line: str
    reason: str
    at: int = 0
    """The line's number in the file, when it has one."""


@dataclass
class Reading:
    """How a source was read: what was dropped, where the date came from, what was left out."""

    dropped: list[Dropped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Sentences about the whole file: "2 comments left out", "1 tracked insertion not accepted"."""
    date: dt.date | None = None
    """A date the file's structure states (``<time datetime>``), before the text's own."""
    date_from: str | None = None
    """Where the release date came from, in words: "the dateline 'Астана, 5 марта'"."""

    def drop(self, line: str, reason: str, at: int = 0) -> None:
        self.dropped.append(Dropped(" ".join(line.split()), reason, at))
