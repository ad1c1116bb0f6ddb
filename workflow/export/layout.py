"""The page layout that both export formats share.

:func:`layout` turns an :class:`~workflow.model.Edition` into the parts of a
page (rubric, title, date line, paragraphs, quotes, lists...) with the
language's typography applied and inline Markdown parsed into runs and links.
It is plain Python: ``html.py`` renders it with jinja2 and ``docx.py`` with
python-docx, so the two formats cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from .. import locales
from ..model import BlockKind, Edition, EditionBlock

if TYPE_CHECKING:
    pass

DRAFT_MARK = "DRAFT"
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""The only link targets an export writes; any other link keeps its text and loses its target."""


@dataclass(frozen=True)
class Run:
    """Text with one formatting: emphasis (``*em*``), strong (``**strong**``), both or none."""

    text: str
    em: bool = False
    strong: bool = False
    is_link: ClassVar[bool] = False


@dataclass(frozen=True)
class Link:
    """A link (``[text](url)``) to an http, https or mailto address."""

    href: str
    runs: tuple[Run, ...]
    is_link: ClassVar[bool] = True


Inline = Run | Link


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


# -- inline Markdown ----------------------------------------------------------

_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_{}\[\]()#+\-.!])"
    r"|\[(?P<label>(?:\\.|[^\\\[\]])+)\]\((?P<url>(?:[^\s()]|\([^\s()]*\))+)\)"
    r"|\*\*(?P<strong>(?=\S)(?:\\.|[^\\])+?)(?<=\S)\*\*(?!\*)"
    r"|\*(?P<em>(?=[^\s*])(?:\\.|\*\*|[^\\*])+?)(?<=\S)\*(?!\*)"
)
"""Escapes, links, strong, emphasis. Each repeated group reads its text one way only
(no nested quantifiers), so a hostile sentence cannot make matching exponential."""
_MAX_DEPTH = 4
"""Markup nested deeper than this stays literal text."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def parse_inline(text: str, *, strong: bool = False) -> tuple[Inline, ...]:
    """Inline Markdown (``*em*``, ``**strong**``, ``[text](url)``, ``\\*``) as runs and links.

    Anything that is not well-formed markup stays literal text.

    >>> [type(i).__name__ for i in parse_inline("a **b** [c](https://x.kz)")]
    ['Run', 'Run', 'Run', 'Link']
    >>> parse_inline("[c](javascript:alert(1)) 2 * 3")
    (Run(text='c 2 * 3', em=False, strong=False),)
    """
    return tuple(_merge(_parse(_CONTROL.sub("", text), em=False, strong=strong)))


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """The text of runs and links without their formatting."""
    runs = (r for i in inlines for r in (i.runs if isinstance(i, Link) else (i,)))
    return "".join(r.text for r in runs)


def _parse(text: str, *, em: bool, strong: bool, depth: int = 0) -> list[Inline]:
    if depth > _MAX_DEPTH:
        return [Run(text, em, strong)]
    out: list[Inline] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos : m.start()], em, strong))
        pos = m.end()
        if m["escaped"] is not None:
            out.append(Run(m["escaped"], em, strong))
        elif m["label"] is not None:
            label = _parse(m["label"], em=em, strong=strong, depth=depth + 1)
            href = _safe_href(m["url"])
            if href:
                runs = tuple(r for r in _merge(label) if isinstance(r, Run))
                out.append(Link(href, runs))
            else:
                out.extend(label)
        elif m["strong"] is not None:
            out.extend(_parse(m["strong"], em=em, strong=True, depth=depth + 1))
        else:
            out.extend(_parse(m["em"], em=True, strong=strong, depth=depth + 1))
    if pos < len(text):
        out.append(Run(text[pos:], em, strong))
    return out


def _merge(inlines: list[Inline]) -> list[Inline]:
    """Join neighbouring runs that have the same formatting."""
    out: list[Inline] = []
    for item in inlines:
        last = out[-1] if out else None
        if (
            isinstance(item, Run)
            and isinstance(last, Run)
            and (last.em, last.strong) == (item.em, item.strong)
        ):
            out[-1] = Run(last.text + item.text, item.em, item.strong)
        elif not isinstance(item, Run) or item.text:
            out.append(item)
    return out


def _safe_href(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES or (scheme != "mailto" and not parts.netloc):
        return None
    return url


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
