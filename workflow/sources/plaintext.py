"""Plain text the way press offices paste it from a website or an e-mail, and the
rules every reader shares (:func:`read_lines`).

The rules, in order (README, "How a source is read"):

The first pass is :class:`.page.Page`, the head :func:`.head.read_head`, quotations
:mod:`.quotes`; this module holds the body and puts the parts together.

1. Every line's spacing is made plain (:func:`~.spacing.clean_spaces`); a line
   where a page glued two fields together is cut apart.
2. A page's furniture — time stamps, menus, breadcrumbs, view counts, share
   buttons, tag lines, author and source footers, read-also links — is dropped,
   with the reason (:mod:`.clutter`); a time stamp above the body gives the
   release date. Photo credits and captions become metadata (``photo``, ``caption``).
3. Of the lines above the body, a site's or an office's name is dropped; a
   capital line, a rubric word (``Пресс-релиз``) or a word or two right above
   the next line is the rubric; the first line left is the headline (a line
   under it opens the body). A headline repeated by the site is dropped.
4. The first body paragraph may open with a dateline, ``PLACE[, date][. AGENCY] –``:
   it becomes its own unit without the dash, and its date is the release's.
5. A ``Name, Position:`` line, or a name line and a position line before a
   quote, is an attribution; a paragraph led by ``—``/``–`` or wholly in «…» or
   “…” is a quote, the dash or the outer marks dropped. A quote that carries its
   attribution after it (``«…», — сказал министр.``) ends where the quotation
   ends: the attribution and the narrative after it are blocks of their own.
   ``- ``/``• `` lines are list items.
6. Lines not separated by a blank line belong to one paragraph when the earlier
   one does not end a sentence and the later one goes on in lower case — or, in a
   hard-wrapped e-mail (short lines throughout), whenever the earlier one does
   not end a sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import InputError
from ..model import BlockKind
from .clutter import (
    is_name,
    is_site_name,
)
from .common import (
    LIST_MARKERS,
    QUOTE_DASHES,
    Dateline,
    ends_sentence,
    is_attribution,
    take_dateline,
)
from .document import SourceDocument
from .head import hard_wrapped, read_head
from .page import Page
from .quotes import QUOTES, split_attribution, split_quotes
from .reading import MAX_TEXT_LINES, Line, Reading, plain
from .spacing import split_lines


def read_plaintext(text: str) -> SourceDocument:
    """Read a pasted plain-text release."""
    lines = []
    blank = False
    for number, line in enumerate(split_lines(text), 1):
        if line.strip() or not blank:  # a run of blank lines is one paragraph break
            lines.append(Line(line, None, number))
        blank = not line.strip()
    return read_lines(lines)


def read_lines(source: list[Line], reading: Reading | None = None) -> SourceDocument:
    """Read lines (a paste, or a Word or HTML file's paragraphs) into a document.

    A line's ``kind``, where the file's structure states one, is taken as it is;
    the rules decide the rest. ``reading`` carries what the structured reader
    already found (dropped parts, a ``<time datetime>``); the document's
    ``reading`` is it, completed.
    """
    reading = reading or Reading()
    if sum(1 for line in source if line.text) > MAX_TEXT_LINES:
        raise InputError(
            f"the source has more than {MAX_TEXT_LINES:,} lines of text",
            "a press release has a few hundred: check that it is the right file",
        )
    page = Page(reading)
    lines = page.prepare(source)
    wrapped = hard_wrapped(lines)
    head, start = read_head(lines, page, wrapped)
    body = _body(lines[start:], wrapped)
    if (
        len(body) > 1
        and body[-1][0] is BlockKind.PARAGRAPH
        and is_name(body[-1][1])
        and not is_site_name(body[-1][1])
        and body[-2][0] is not BlockKind.QUOTE
        and not body[-2][1].endswith((":", "»", "”", "»."))
    ):
        reading.drop(body.pop()[1], "author byline")  # a name alone under the article
    reading.dropped.sort(key=lambda dropped: dropped.at)
    document = SourceDocument(
        title=head.get("title", ""), body=body, rubric=head.get("rubric"), reading=reading
    )
    stamp = page.stamp(start)
    if reading.date is None and stamp is not None:
        reading.date, reading.date_from = stamp
    document.date = reading.date
    if body and body[0][0] is BlockKind.PARAGRAPH:  # **ПАВЛОДАР. KAZINFORM** – …
        body[0] = (BlockKind.PARAGRAPH, _LEAD_EMPHASIS_RE.sub(r"\2\3", body[0][1], count=1))
    dateline = take_dateline(body, (document.date or dt.date.today()).year)
    metadata = page.metadata
    if dateline is None and page.place_date is not None:
        text, place, date = page.place_date
        dateline = Dateline(text, place.title() if place.isupper() else place, date)
    if dateline:
        document.dateline, document.place = dateline.text, dateline.place
        if dateline.agency:
            metadata["agency"] = dateline.agency
        if dateline.date:  # the dateline's date is the release's, not a site's listing date
            document.date = dateline.date
            reading.date_from = f"the dateline '{dateline.text}'"
    document.metadata = metadata
    return document


_LEAD_EMPHASIS_RE = re.compile(r"^(\*{1,2})([^*\n]{2,80})\1(\s*(?:[–—―]|--?)\s)")
"""A dateline in bold or italics at the start of the first paragraph."""


def _body(lines: list[Line], wrapped: bool) -> list[tuple[BlockKind, str]]:
    lines = _join_attributions(lines)
    blocks: list[list] = []  # [kind, text] pairs still open for continuation
    open_block = False
    for index, line in enumerate(lines):
        text = line.text
        if not text:
            open_block = False
            continue
        if line.kind is BlockKind.TITLE:  # a second title, in the body: a heading
            line = Line(text, BlockKind.HEADING, line.number)
        if isinstance(line.kind, BlockKind):
            if open_block and blocks[-1][0] is line.kind and blocks[-1][2] == "stated":
                blocks[-1][1] = f"{blocks[-1][1]} {text}"
            else:
                blocks.append([line.kind, text, "stated"])
            open_block = True
        elif open_block and _runs_on(blocks[-1], lines, index, wrapped):
            blocks[-1][1] = f"{blocks[-1][1]} {text}"
        elif is_attribution(plain(text)):
            blocks.append([BlockKind.ATTRIBUTION, text, "read"])
            open_block = False
        elif text[0] in QUOTE_DASHES:
            blocks.append(_dash_led(text, blocks[-1] if blocks else None))
            open_block = blocks[-1][0] is not BlockKind.ATTRIBUTION
        elif text.startswith(LIST_MARKERS):
            blocks.append([BlockKind.LIST_ITEM, text[2:].strip(), "read"])
            open_block = True
        else:
            blocks.append([BlockKind.PARAGRAPH, text, "read"])
            open_block = True
    out: list[tuple[BlockKind, str]] = []
    for kind, text, how in blocks:
        if kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE):
            out += split_quotes(kind, text)
        elif kind is BlockKind.ATTRIBUTION and how == "after quote":
            attribution, rest, resumed = split_attribution(text)
            out.append((kind, attribution or text))
            if attribution and rest:
                out += split_quotes(BlockKind.QUOTE if resumed else BlockKind.PARAGRAPH, rest)
        elif text:
            out.append((kind, text))
    return out


def _dash_led(text: str, previous: list | None) -> list:
    """A line led by a dash: a quote; or, going on in lower case, the attribution of the
    quote before it (``«…»,`` then ``– сказал аким.``) or an item of a dashed list."""
    rest = text.lstrip(QUOTE_DASHES).strip()
    listed = previous is not None and (
        previous[1].endswith(":")
        or (previous[0] is BlockKind.LIST_ITEM and previous[1].endswith((";", ",")))
    )
    if listed and (rest.endswith((";", ",")) or previous[0] is BlockKind.LIST_ITEM):
        return [BlockKind.LIST_ITEM, rest, "read"]  # "План на 2025 год:" then "– Строительство…;"
    if not rest[:1].islower():
        return [BlockKind.QUOTE, rest, "read"]
    quoted = previous is not None and (
        previous[0] is BlockKind.QUOTE or previous[1].endswith(("»,", "”,", "?»", "!»", "?”", "!”"))
    )
    if quoted:
        return [BlockKind.ATTRIBUTION, text, "after quote"]
    return [BlockKind.LIST_ITEM, rest, "read"]


def _runs_on(block: list, lines: list[Line], index: int, wrapped: bool) -> bool:
    """Whether ``lines[index]`` continues the open block (no blank line between them)."""
    kind, text, how = block
    line = lines[index].text
    if how == "stated" or kind is BlockKind.ATTRIBUTION:
        return False
    if ends_sentence(text) and not (text.endswith(":") and line[0].islower()):
        return False  # "Напомним:" goes on in lower case: one sentence
    if line[0] in QUOTE_DASHES or line.startswith(LIST_MARKERS) or is_attribution(line):
        return False
    return wrapped or line[0].islower()


def _is_position(text: str) -> bool:
    return (
        len(text) <= 200
        and len(text.split()) <= 25
        and text[0] not in QUOTE_DASHES
        and text[0] not in QUOTES
        and not text.startswith(LIST_MARKERS)
        and not ends_sentence(text)
        and any(c.islower() for c in text)
    )


def _opens_quote(line: Line) -> bool:
    text = line.text
    return line.kind is BlockKind.QUOTE or (
        line.kind is None and bool(text) and (text[0] in QUOTE_DASHES or text[0] in "«“„")
    )


def _join_attributions(lines: list[Line]) -> list[Line]:
    """A name line and a position line before a quote become one attribution line."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind is None and line.text and is_name(line.text.rstrip(",")):
            position_at = _next_text(lines, index + 1)
            quote_at = _next_text(lines, position_at + 1) if position_at is not None else None
            if (
                quote_at is not None
                and lines[position_at].kind is None
                and _is_position(lines[position_at].text)
                and _opens_quote(lines[quote_at])
            ):
                joined = f"{line.text.rstrip(',')}, {lines[position_at].text}"
                out += [Line(joined, BlockKind.ATTRIBUTION), Line("")]
                index = position_at + 1
                continue
        out.append(line)
        index += 1
    return out


def _next_text(lines: list[Line], index: int) -> int | None:
    """The index of the next non-blank line, across at most one blank line."""
    for at in (index, index + 1):
        if at < len(lines) and lines[at].text:
            return at
        if at < len(lines) and lines[at].kind is not None:
            return None
    return None
