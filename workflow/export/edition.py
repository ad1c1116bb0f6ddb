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
from collections.abc import Callable
from dataclasses import dataclass

from .. import locales
from ..house import House, Letterhead
from ..markup import Inline, Link, Run, parse_inline, plain_text
from ..model import BlockKind, Photo, Release, UnitState
from ..po.catalogs import Catalog
from .labels import Labels, draft_note, labels
from .typeset import typeset, typeset_runs


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
    photo: Photo | None = None

    @property
    def missing(self) -> bool:
        return any(s.missing for s in self.segments)


@dataclass(frozen=True)
class Edition:
    """One language's version of a release, ready to be laid out and rendered."""

    release_id: str
    language: str
    source_language: str
    house: House
    blocks: tuple[EditionBlock, ...]
    date: dt.date | None = None
    draft: bool = False
    languages: tuple[str, ...] = ()
    """Every language of the bundle (variants such as ``kk-Latn`` included), for links
    between them; empty for an edition on its own."""

    def of_kind(self, kind: BlockKind) -> list[EditionBlock]:
        return [b for b in self.blocks if b.kind is kind]

    @property
    def title(self) -> str:
        blocks = self.of_kind(BlockKind.TITLE)
        return " ".join(s.text for s in blocks[0].segments) if blocks else self.release_id

    @property
    def missing_count(self) -> int:
        return sum(1 for b in self.blocks for s in b.segments if s.missing)


def source_edition(release: Release, house: House, draft: bool) -> Edition:
    """The release in its own language."""
    blocks = tuple(
        EditionBlock(b.kind, tuple(Segment(s) for s in b.sentences), b.photo)
        for b in release.blocks
    )
    return Edition(
        release.id, release.language, release.language, house, blocks, release.date, draft
    )


def target_edition(release: Release, catalog: Catalog, house: House, draft: bool) -> Edition:
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
        blocks.append(EditionBlock(block.kind, tuple(segments), block.photo))
    return Edition(
        release.id,
        catalog.language,
        release.language,
        house,
        tuple(blocks),
        release.date,
        draft,
    )


@dataclass(frozen=True)
class Logo:
    """The letterhead's logo as the bundle carries it (``logo.png`` or ``logo.svg``)."""

    name: str
    data: bytes

    @property
    def is_png(self) -> bool:
        return self.name.endswith(".png")


def file_name(release_id: str, lang: str, fmt: str) -> str:
    """``ID.LANG.FORMAT``: ``2026-11-12-osce.kk-Latn.html``."""
    return f"{release_id}.{lang}.{fmt}"


@dataclass(frozen=True)
class Chunk:
    """One sentence of a block, or a piece of typography between sentences."""

    inlines: tuple[Inline, ...]
    missing: bool = False
    """True for an untranslated sentence: the text is in the source language."""
    dateline: bool = False
    """True for the dateline that opens the first paragraph (``АСТАНА —``)."""


@dataclass(frozen=True)
class Part:
    """One paragraph-level element of the page.

    ``kind`` is one of rubric, title, date, paragraph, attribution, quote,
    heading, photo (chunks in ``chunks``; a photo's are its caption) or list (one
    tuple of chunks per item in ``items``).
    """

    kind: str
    chunks: tuple[Chunk, ...] = ()
    items: tuple[tuple[Chunk, ...], ...] = ()
    photo: Photo | None = None
    """The photo of a ``photo`` part: its file and credit (kept as written)."""

    @property
    def text(self) -> str:
        """The part's text, plain (a photo's caption, for its ``alt`` text)."""
        return " ".join(_chunks_text(self.chunks).split())


@dataclass(frozen=True)
class Layout:
    """An edition laid out as a page, ready for either renderer.

    Every text on it, the labels and letterhead included, is in the page's
    language (``kk-Latn`` in the Latin script) with that language's typography.
    """

    release_id: str
    lang: str
    """``en``, ``kk``, ``ru`` or a variant (``kk-Latn``)."""
    source_lang: str
    letterhead: Letterhead
    words: Labels
    title: str
    """The headline as plain text (document title, ``<title>``)."""
    date: dt.date | None
    date_text: str
    """The release date as the office writes it in this language ("" without one)."""
    draft: bool
    draft_note: str
    missing_count: int
    parts: tuple[Part, ...]
    languages: tuple[str, ...] = ()
    """Every language of the bundle, this one included, in the bundle's order."""

    @property
    def base_lang(self) -> str:
        """The language without its script: ``kk`` for ``kk-Latn``."""
        return self.lang.split("-")[0]

    @property
    def organization(self) -> str:
        return self.letterhead.name

    def characters(self) -> frozenset[str]:
        """Every character the page writes: its text, letterhead, labels and date."""
        texts = [self.title, self.date_text, self.draft_note, self.words.draft]
        texts += [self.words.contacts, self.words.phone, self.words.email, self.words.page]
        head = self.letterhead
        texts += [head.name, head.address, head.phone, head.email, head.website, head.contact]
        texts.append(head.end_mark)
        for part in self.parts:
            if part.photo is not None and part.photo.credit:
                texts += [self.words.photo, part.photo.credit]
            for chunks in (part.chunks, *part.items):
                texts += [run.text for c in chunks for i in c.inlines for run in _runs_of(i)]
        return frozenset("".join(texts))

    @property
    def photos(self) -> list[Photo]:
        """The photos on the page, in reading order."""
        return [part.photo for part in self.parts if part.photo is not None]

    @property
    def summary(self) -> str:
        """The first paragraph as plain text, cut at 300 characters (for previews)."""
        first = next((p for p in self.parts if p.kind == "paragraph"), None)
        text = " ".join(_chunks_text(first.chunks).split()) if first else self.title
        return text if len(text) <= 300 else text[:299].rsplit(" ", 1)[0] + "…"


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
        elif kind is BlockKind.PHOTO:
            parts.append(Part("photo", tuple(chunks), photo=block.photo))
        elif kind is BlockKind.LIST_ITEM:
            if parts and parts[-1].kind == "list":
                parts[-1] = Part("list", items=(*parts[-1].items, tuple(chunks)))
            else:
                parts.append(Part("list", items=(tuple(chunks),)))
        else:
            parts.append(Part(kind.value, tuple(chunks)))
    date_text = ""
    if edition.date is not None:
        pattern = edition.house.date_patterns[lang]
        date_text = locales.format_release_date(edition.date, lang, pattern)
        date = Part("date", (Chunk((Run(date_text),)),))
        at = next((n + 1 for n, p in enumerate(parts) if p.kind == "title"), 0)
        parts.insert(at, date)
    parts = [_typeset(part, lang) for part in parts]
    title = next((p for p in parts if p.kind == "title"), None)
    return Layout(
        release_id=edition.release_id,
        lang=lang,
        source_lang=edition.source_language,
        letterhead=edition.house.letterhead(lang),
        words=labels(lang),
        title=_chunks_text(title.chunks) if title else edition.release_id,
        date=edition.date,
        date_text=typeset(date_text, lang),
        draft=edition.draft,
        draft_note=draft_note(lang, edition.missing_count, edition.source_language),
        missing_count=edition.missing_count,
        parts=tuple(parts),
        languages=edition.languages or (lang,),
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
    return (Chunk(parse_inline(text, strong=True), block.missing, dateline=True),)


def _quote(chunks: list[Chunk], lang: str) -> tuple[Chunk, ...]:
    dash = locales.quote_dash(lang)
    if dash is not None:
        return (Chunk((Run(dash),)), *chunks)
    opening, closing = locales.quote_marks(lang)
    return (Chunk((Run(opening),)), *chunks, Chunk((Run(closing),)))


def _chunks_text(chunks: tuple[Chunk, ...]) -> str:
    return "".join(plain_text(c.inlines) for c in chunks)


def _typeset(part: Part, lang: str) -> Part:
    """The part with its language's quotation marks and no-break spaces, the whole
    paragraph read at once (a quote may open in one run and close in the next)."""
    if part.kind == "list":
        items = tuple(_typeset_chunks(item, lang) for item in part.items)
        return Part(part.kind, items=items)
    return Part(part.kind, _typeset_chunks(part.chunks, lang), photo=part.photo)


def _typeset_chunks(chunks: tuple[Chunk, ...], lang: str) -> tuple[Chunk, ...]:
    runs = [run for chunk in chunks for inline in chunk.inlines for run in _runs_of(inline)]
    texts = iter(typeset_runs([run.text for run in runs], lang))
    return _map_texts(chunks, lambda _: next(texts))


def _map_texts(chunks: tuple[Chunk, ...], change: Callable[[str], str]) -> tuple[Chunk, ...]:
    """The chunks with every run's text changed, in reading order; links keep their href."""

    def run(r: Run) -> Run:
        return Run(change(r.text), r.em, r.strong)

    def inline(i: Inline) -> Inline:
        return Link(i.href, tuple(run(r) for r in i.runs)) if isinstance(i, Link) else run(i)

    return tuple(Chunk(tuple(inline(i) for i in c.inlines), c.missing, c.dateline) for c in chunks)


def _runs_of(inline: Inline) -> tuple[Run, ...]:
    return inline.runs if isinstance(inline, Link) else (inline,)


def latin_layout(page: Layout, conventions: dict[str, str] | None = None) -> Layout:
    """A Kazakh page in the 2021 Latin alphabet (``kk-Latn``): every Kazakh text on it,
    letterhead and labels included, transliterated; links and addresses kept.

    An untranslated sentence of a draft (a ``missing`` chunk) is in the source
    language, not in Kazakh: it is kept exactly as written (Russian in Cyrillic,
    English as it is), never run through the transliteration.
    """
    from ..latin import DEFAULT_CONVENTIONS, to_latin

    table = {**DEFAULT_CONVENTIONS, **(conventions or {})}

    def latin(text: str) -> str:
        return to_latin(text, table)

    def kazakh_only(chunks: tuple[Chunk, ...]) -> tuple[Chunk, ...]:
        return tuple(c if c.missing else _map_texts((c,), latin)[0] for c in chunks)

    parts = tuple(
        Part(
            p.kind,
            kazakh_only(p.chunks),
            tuple(kazakh_only(item) for item in p.items),
            p.photo,
        )
        for p in page.parts
    )
    title = next((p for p in parts if p.kind == "title"), None)
    head = page.letterhead
    letterhead = Letterhead(
        name=latin(head.name),
        address=latin(head.address),
        phone=head.phone,
        email=head.email,
        website=head.website,
        contact=latin(head.contact),
        end_mark=head.end_mark,
        logo=head.logo,
    )
    words = Labels(
        **{
            key: {k: latin(v) for k, v in value.items()}
            if isinstance(value, dict)
            else latin(value)
            for key, value in vars(page.words).items()
        }
    )
    changed = {
        "lang": "kk-Latn",
        "letterhead": letterhead,
        "words": words,
        # the headline as its chunks now read (an untranslated one stays in its language);
        # without one, the title is the release id, which is no Kazakh text
        "title": _chunks_text(title.chunks) if title is not None else page.title,
        "date_text": latin(page.date_text),
        "draft_note": latin(page.draft_note),
        "parts": parts,
    }
    return Layout(**{**vars(page), **changed})
