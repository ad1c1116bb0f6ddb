"""The paragraphs of a Word file as lines for the plain-text rules: kinds, layout, markup.

:mod:`workflow.sources.word` walks ``document.xml`` into :class:`Paragraph` objects;
this module decides what they are on the page:

* kinds from the style names (:mod:`workflow.sources.wordstyles`): the first Title
  above the body text is the title, a Title after it a heading; a Caption next to a
  table is text, one next to a picture the photo's caption;
* a table above any body text is a letterhead (the ministry's name in two languages,
  its address, the outgoing number and date) and is left out, its date kept as the
  release's; a table in the body holds content, each cell a paragraph;
* a table whose columns are in two languages is the release twice, side by side:
  refused, since press reads one language from a file;
* bold, italic and external links as inline Markdown, with Word's run splits merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby

from ..errors import InputError
from ..locales import wrong_script
from ..markup import enclose, escape, link_target
from ..model import BlockKind
from .dates import MAX_DATE_LINE, find_date, is_clutter
from .reading import CAPTION, Line, Reading
from .wordstyles import Styles

MAX_LETTERHEAD_CELL = 300
"""The longest cell of a letterhead (a ministry's name with its department, an address);
a table above the text with a longer cell holds the release's content."""
MAX_LETTERHEAD_CELLS = 16
"""The most cells of a letterhead (two or three columns, a row or three)."""
MAX_DROPPED_CELLS = 10
"""Letterhead cells listed one by one in the reading; the rest are counted in one line."""


@dataclass
class Segment:
    """Text with one formatting and one link target; ``None`` text is a line break."""

    text: str | None
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass
class Paragraph:
    style: str | None = None
    num_id: str | None = None
    table: int = 0
    """The outermost table the paragraph is in (from 1, in reading order); 0 for none."""
    row: int = 0
    column: int = 0
    picture: bool = False
    segments: list[Segment] = field(default_factory=list)


def lines_of(
    paragraphs: list[Paragraph], styles: Styles, reading: Reading, name: str
) -> list[Line]:
    """The lines of the paragraphs with text, a blank line between, kinds from the styles."""
    rendered = [(p, _render_lines(p.segments)) for p in paragraphs]
    texts = [(p, lines) for p, lines in rendered if lines]
    roles = [_role(p, styles) for p, _ in texts]
    joined = [" ".join(lines) for _, lines in texts]
    letterhead = _letterhead(texts, roles, joined, reading)
    if letterhead:
        keep = [i for i in range(len(texts)) if i not in letterhead]
        texts, roles = [texts[i] for i in keep], [roles[i] for i in keep]
        joined = [joined[i] for i in keep]
    _refuse_two_languages(texts, joined, name)
    kinds = _kinds(roles, joined)
    _tables_and_captions(texts, joined, kinds, _beside_pictures(rendered))
    out: list[Line] = []
    previous = None
    for kind, (_p, lines) in zip(kinds, texts, strict=True):
        if kind in (BlockKind.TITLE, BlockKind.RUBRIC, BlockKind.HEADING, CAPTION):
            lines = [" ".join(line for line in lines if line)]
        if kind is BlockKind.TITLE and previous is BlockKind.TITLE:  # a headline in two
            out[-1] = Line(f"{out[-1].text} {lines[0]}", kind)
            continue
        if out:
            out.append(Line(""))
        out.extend(Line(line, kind if line else None) for line in lines)
        previous = kind
    return out


def _role(paragraph: Paragraph, styles: Styles) -> str | None:
    """What the style says; a list item also where the paragraph or its style is numbered,
    and not where the paragraph switches its numbering off (``numId`` 0) or a List
    Paragraph has lost its numbering."""
    role = styles.role(paragraph.style)
    if role not in (None, "list", "list paragraph"):
        return role
    if paragraph.num_id == "0":
        return None
    numbered = bool(paragraph.num_id) or styles.numbered(paragraph.style)
    return "list" if numbered or role == "list" else None


# Tables


def _tables_and_captions(
    texts: list[tuple[Paragraph, list[str]]],
    joined: list[str],
    kinds: list[BlockKind | str | None],
    pictures: set[int],
) -> None:
    """A table's cells in the body are paragraphs (a figure is no page's view count; a
    table above all other text, and no letterhead, is left to the rules); a Caption by a
    table, not a picture, is text ("Таблица 1 – Основные показатели")."""
    body = next((i for i, (p, _) in enumerate(texts) if not p.table), len(texts))
    for i, (p, _) in enumerate(texts):
        if kinds[i] is CAPTION and id(p) not in pictures and _by_table(texts, i, joined[i]):
            kinds[i] = None
        if p.table and i > body and kinds[i] is None:
            kinds[i] = BlockKind.PARAGRAPH


def _letterhead(
    texts: list[tuple[Paragraph, list[str]]],
    roles: list[str | None],
    joined: list[str],
    reading: Reading,
) -> set[int]:
    """The paragraphs of the tables above any body text, when those are a letterhead (a
    few short cells), recorded in the reading; the first date in a cell dates the release.
    A file of nothing but tables has none; a Title paragraph in one stays."""
    body = next(
        (i for i, (p, _) in enumerate(texts) if not p.table and _is_body(roles[i], joined[i])),
        None,
    )
    if body is None:
        return set()
    tables = {p.table for p, _ in texts[:body] if p.table}
    cells: dict[tuple[int, int, int], list[int]] = {}
    for i, (p, _) in enumerate(texts):
        if p.table in tables:
            cells.setdefault((p.table, p.row, p.column), []).append(i)
    text = {cell: " ".join(joined[i] for i in where) for cell, where in cells.items()}
    if len(cells) > MAX_LETTERHEAD_CELLS or any(
        len(t) > MAX_LETTERHEAD_CELL for t in text.values()
    ):
        return set()
    for cell in list(cells)[:MAX_DROPPED_CELLS]:
        reading.drop(text[cell], "letterhead")
    if len(cells) > MAX_DROPPED_CELLS:
        reading.drop(f"({len(cells) - MAX_DROPPED_CELLS} more cells)", "letterhead")
    dated = (find_date(t) for t in text.values() if len(t) <= MAX_DATE_LINE)
    found = next(filter(None, dated), None)
    if found and reading.date is None:
        reading.date, reading.date_from = found[0], f"the letterhead's date '{found[1][0]}'"
    return {i for where in cells.values() for i in where if roles[i] != "title"}


def _refuse_two_languages(
    texts: list[tuple[Paragraph, list[str]]], joined: list[str], name: str
) -> None:
    """Refuse a table whose columns hold the release in two languages, when it is most of
    the text (a Kazakh place name in a Russian table of figures is no second language)."""
    columns: dict[int, dict[int, list[str]]] = {}
    for (p, _), text in zip(texts, joined, strict=True):
        if p.table:
            columns.setdefault(p.table, {}).setdefault(p.column, []).append(text)
    total = None
    for table in columns.values():
        languages = {_language(" ".join(texts_)) for texts_ in table.values()} - {None}
        if len(languages) < 2:
            continue
        total = total if total is not None else _letters(" ".join(joined))
        if 2 * _letters(" ".join(" ".join(t) for t in table.values())) >= total:
            raise InputError(
                f"{name} has the text in two languages side by side (a table's columns)",
                "save each language's column as its own file and ingest each with its --lang",
            )


def _language(text: str) -> str | None:
    """``kk``, ``ru`` or ``en`` for a column of at least 200 letters that is plainly one."""
    text = text[:20_000]
    if _letters(text) < 200:
        return None
    if wrong_script(text, "en") is None:
        return "en"
    if wrong_script(text, "ru", kazakh_share=0.04, latin=False) == "Kazakh":
        return "kk"
    if wrong_script(text, "ru", kazakh_share=0.01, latin=False) is None:
        return "ru"
    return None


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


_TABLE_CAPTION = re.compile(r"(?:таблица|кесте|table)\s*\d", re.IGNORECASE)


def _beside_pictures(rendered: list[tuple[Paragraph, list[str]]]) -> set[int]:
    """The ids of the paragraphs holding a picture or next to one."""
    near: set[int] = set()
    for i, (p, _) in enumerate(rendered):
        if p.picture:
            near.update(id(q) for q, _ in rendered[max(i - 1, 0) : i + 2])
    return near


def _by_table(texts: list[tuple[Paragraph, list[str]]], i: int, text: str) -> bool:
    """A caption of a table: above or below one, or named as one."""
    around = [texts[j][0] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
    return any(p.table for p in around) or _TABLE_CAPTION.match(text) is not None


# Kinds


_KIND_OF_ROLE = {
    "heading": BlockKind.HEADING,
    "heading1": BlockKind.HEADING,
    "quote": BlockKind.QUOTE,
    "list": BlockKind.LIST_ITEM,
    "caption": CAPTION,
}


def _kinds(roles: list[str | None], texts: list[str]) -> list[BlockKind | str | None]:
    """Each paragraph's kind: the first Title above the body text (and the Title paragraphs
    right after it) is the title, or with none a heading 1 before any body text; a Title
    after body text is a heading; a Subtitle above the title is the rubric; Normal is left
    to the plain-text rules."""
    pairs = list(zip(roles, texts, strict=True))
    head = next((i for i, (r, t) in enumerate(pairs) if _is_body(r, t)), len(roles))
    prose = next((i for i, (r, t) in enumerate(pairs) if _is_prose(r, t)), len(roles))
    title = next((i for i, r in enumerate(roles[:prose]) if r == "title"), None)
    if title is None and head < len(roles) and roles[head] == "heading1":
        title = head
    last = title
    while last is not None and last + 1 < len(roles) and roles[last + 1] == "title":
        last += 1
    kinds: list[BlockKind | str | None] = []
    for i, role in enumerate(roles):
        if title is not None and last is not None and title <= i <= last:
            kinds.append(BlockKind.TITLE)
        elif role == "title":
            kinds.append(BlockKind.HEADING)
        elif role == "subtitle" and title is not None:
            kinds.append(BlockKind.RUBRIC if i < title else BlockKind.HEADING)
        elif role == "subtitle":
            kinds.append(None if i < head else BlockKind.HEADING)
        else:
            kinds.append(_KIND_OF_ROLE.get(role or ""))
    return kinds


def _is_body(role: str | None, text: str) -> bool:
    """Not what may stand above a headline: a Subtitle, a date line, a view count."""
    return role != "subtitle" and not (role is None and is_clutter(text))


_SENTENCE_END = re.compile(r"[.!?…][»”\"')\]*_]*$")


def _is_prose(role: str | None, text: str) -> bool:
    """Body text a Title below cannot head: a sentence of a few words in a paragraph, a
    quote or a list (not "Пресс-релиз:", not a date line)."""
    return (
        role in (None, "quote", "list")
        and _SENTENCE_END.search(text) is not None
        and len(text.split()) >= 2
        and not is_clutter(text)
    )


# Inline markup


_SPACES = re.compile(r"[ \t\r\n]+")


def _render_lines(segments: list[Segment]) -> list[str]:
    """A paragraph's lines (split at line breaks) as text with inline Markdown; none when
    it has no text."""
    lines: list[list[Segment]] = [[]]
    for segment in segments:
        if segment.text is None:
            lines.append([])
        elif segment.text:
            lines[-1].append(segment)
    rendered = [_render(line) for line in lines]
    while rendered and not rendered[-1]:
        rendered.pop()
    while rendered and not rendered[0]:
        rendered.pop(0)
    return rendered


def _render(segments: list[Segment]) -> str:
    """One line: spaces folded, Word's run splits merged, bold and italic as Markdown.

    A line bold (or italic) throughout gets no markup for it: that is the look of a
    headline or a name line, not emphasis.
    """
    words = [s for s in segments if s.text and s.text.strip()]
    if not words:
        return ""
    whole_bold = all(s.bold for s in words)
    whole_italic = all(s.italic for s in words)
    merged: list[tuple[bool, bool, str | None, list[str]]] = []
    for s in segments:
        text = s.text or ""
        bold, italic = s.bold and not whole_bold, s.italic and not whole_italic
        if merged and not text.strip():  # a space takes the formatting before it
            bold, italic = merged[-1][0], merged[-1][1]
        if merged and merged[-1][:3] == (bold, italic, s.href):
            merged[-1][3].append(text)
        else:
            merged.append((bold, italic, s.href, [text]))
    runs = [Segment(_SPACES.sub(" ", "".join(parts)), b, i, h) for b, i, h, parts in merged]
    out = []
    for href, group in groupby(runs, key=lambda s: s.href):
        text = "".join(_strong(list(g)) for _b, g in groupby(group, key=lambda s: s.bold))
        url = link_target(href) if href else None
        out.append(enclose(text, "[", f"]({url})") if url else text)
    return _SPACES.sub(" ", "".join(out)).strip()


def _strong(segments: list[Segment]) -> str:
    text = "".join(
        enclose(escape(s.text or ""), "*") if s.italic else escape(s.text or "") for s in segments
    )
    return enclose(text, "**") if segments[0].bold else text
