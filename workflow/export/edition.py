"""One language's edition of a release, and the page layout both export formats share.

:func:`source_edition` and :func:`target_edition` make an :class:`Edition` of a
release (and its catalog); :func:`layout` turns it into the parts of a page
(rubric, title, date line, paragraphs, quotes, lists...) with the language's
typography applied and inline Markdown parsed into runs and links. All of it
is plain Python and pure: ``html.py`` renders the page with jinja2 and
``docx.py`` with python-docx, so the two formats cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import locales
from ..markup import Inline, Run, parse_inline, plain_text
from ..model import BlockKind, Release, UnitState
from ..po.catalogs import Catalog

DRAFT_MARK = "DRAFT"


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
    """One language's version of a release, ready to be laid out and rendered."""

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


def source_edition(release: Release, organization: str, draft: bool) -> Edition:
    """The release in its own language."""
    blocks = tuple(
        EditionBlock(b.kind, tuple(Segment(s) for s in b.sentences)) for b in release.blocks
    )
    return Edition(
        release.id, release.language, release.language, organization, blocks, release.date, draft
    )


def target_edition(release: Release, catalog: Catalog, organization: str, draft: bool) -> Edition:
    """A translation; a sentence without a translation shows its source, marked missing."""
    units = catalog.by_source()
    blocks = []
    for block in release.blocks:
        segments = []
        for sentence in block.sentences:
            unit = units.get(sentence)
            if unit is not None and unit.state >= UnitState.TRANSLATED:
                segments.append(Segment(unit.translation))
            else:
                segments.append(Segment(sentence, missing=True))
        blocks.append(EditionBlock(block.kind, tuple(segments)))
    return Edition(
        release.id,
        catalog.language,
        release.language,
        organization,
        tuple(blocks),
        release.date,
        draft,
    )


@dataclass(frozen=True)
class Chunk:
    """One sentence of a block, or a piece of typography between sentences."""

    inlines: tuple[Inline, ...]
    missing: bool = False
    """True for an untranslated sentence: the text is in the source language."""


@dataclass(frozen=True)
class Part:
    """One paragraph-level element of the page.

    ``kind`` is one of rubric, title, date, paragraph, attribution, quote,
    heading (chunks in ``chunks``) or list (one tuple of chunks per item in ``items``).
    """

    kind: str
    chunks: tuple[Chunk, ...] = ()
    items: tuple[tuple[Chunk, ...], ...] = ()


@dataclass(frozen=True)
class Layout:
    """An edition laid out as a page, ready for either renderer."""

    release_id: str
    lang: str
    source_lang: str
    organization: str
    title: str
    """The headline as plain text (document title, ``<title>``)."""
    date: dt.date | None
    draft: bool
    missing_count: int
    parts: tuple[Part, ...]

    @property
    def draft_note(self) -> str:
        """What the top of a draft says after the DRAFT mark, in English like the tool itself."""
        text = "Not for publication."
        if self.missing_count:
            n = self.missing_count
            sentences = "1 sentence is" if n == 1 else f"{n} sentences are"
            source = locales.english_name(self.source_lang)
            text += f" {sentences} not translated yet: highlighted, in {source}."
        return text


# -- layout -------------------------------------------------------------------

_SPACE = Chunk((Run(" "),))
_LEADING_DASH = re.compile(r"^[—–]\s*")
_TRAILING_DASH = re.compile(r"\s*[—–]\s*$")


def layout(edition: Edition) -> Layout:
    """Lay out an edition: dateline into its paragraph, quote typography, lists, date line."""
    lang = edition.language
    blocks = [b for b in edition.blocks if any(s.text.strip() for s in b.segments)]
    leads = _dateline_leads(blocks)
    consumed = set(leads.values())
    parts: list[Part] = []
    for i, block in enumerate(blocks):
        if i in consumed:
            continue
        chunks = _sentences(block)
        kind = block.kind
        if kind is BlockKind.DATELINE:
            parts.append(Part("paragraph", _dateline(block)))
        elif kind is BlockKind.PARAGRAPH and i in leads:
            lead = _dateline(blocks[leads[i]])
            separator = Chunk((Run(locales.dateline_separator(lang)),))
            parts.append(Part("paragraph", (*lead, separator, *chunks)))
        elif kind is BlockKind.QUOTE:
            parts.append(Part("quote", _quote(chunks, lang)))
        elif kind is BlockKind.LIST_ITEM:
            if parts and parts[-1].kind == "list":
                parts[-1] = Part("list", items=(*parts[-1].items, tuple(chunks)))
            else:
                parts.append(Part("list", items=(tuple(chunks),)))
        else:
            parts.append(Part(kind.value, tuple(chunks)))
    if edition.date is not None:
        date = Part("date", (Chunk((Run(locales.format_release_date(edition.date, lang)),)),))
        at = next((n + 1 for n, p in enumerate(parts) if p.kind == "title"), 0)
        parts.insert(at, date)
    title = next((p for p in parts if p.kind == "title"), None)
    return Layout(
        release_id=edition.release_id,
        lang=lang,
        source_lang=edition.source_language,
        organization=edition.organization,
        title=_chunks_text(title.chunks) if title else edition.release_id,
        date=edition.date,
        draft=edition.draft,
        missing_count=edition.missing_count,
        parts=tuple(parts),
    )


def _dateline_leads(blocks: list[EditionBlock]) -> dict[int, int]:
    """Map the index of each paragraph that a dateline opens to the dateline's index.

    A dateline opens the first paragraph after it; with none, it stands alone.
    """
    leads: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.DATELINE:
            continue
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind is BlockKind.DATELINE:
                break
            if blocks[j].kind is BlockKind.PARAGRAPH:
                leads.setdefault(j, i)
                break
    return leads


def _sentences(block: EditionBlock) -> list[Chunk]:
    """The block's sentences, joined with single spaces."""
    chunks: list[Chunk] = []
    for segment in block.segments:
        text = segment.text.strip()
        if block.kind is BlockKind.QUOTE and not chunks:
            text = _LEADING_DASH.sub("", text)  # the dash is typography, added per language
        if not text:
            continue
        if chunks:
            chunks.append(_SPACE)
        chunks.append(Chunk(parse_inline(text), segment.missing))
    return chunks


def _dateline(block: EditionBlock) -> tuple[Chunk, ...]:
    """The dateline as written, bold, without any dash it was typed with."""
    text = " ".join(s.text.strip() for s in block.segments)
    text = _TRAILING_DASH.sub("", text)
    return (Chunk(parse_inline(text, strong=True), block.missing),)


def _quote(chunks: list[Chunk], lang: str) -> tuple[Chunk, ...]:
    dash = locales.quote_dash(lang)
    if dash is not None:
        return (Chunk((Run(dash),)), *chunks)
    opening, closing = locales.quote_marks(lang)
    return (Chunk((Run(opening),)), *chunks, Chunk((Run(closing),)))


def _chunks_text(chunks: tuple[Chunk, ...]) -> str:
    return "".join(plain_text(c.inlines) for c in chunks)
