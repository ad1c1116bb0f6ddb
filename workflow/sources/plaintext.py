"""Plain text the way press offices paste it from a website or an e-mail.

The heuristics, in order (README, "How plain text is read"):

1. Site clutter before the headline — a lone date line (``12 Апреля, 2024``,
   kept as the release date), a bare view count (``1045``), a repeated
   headline — is dropped, never made a unit.
2. The first remaining line is the headline; a short line (six words or fewer,
   no full stop) directly above another headline-like line is the rubric. A
   headline is one unit, whatever colons or quotes it has.
3. The first body paragraph may open with a dateline, ``PLACE[, date] – ``:
   it becomes its own unit without the dash.
4. A ``Name, Position:`` line on its own is an attribution; a paragraph that
   opens with ``—`` or ``–`` (with or without a space) is a quote, the dash
   dropped; ``- ``/``• `` lines are list items.
5. Lines not separated by a blank line belong to one paragraph unless the
   earlier line ends a sentence (so both one-paragraph-per-line pastes and
   hard-wrapped e-mails read right).
"""

from __future__ import annotations

import datetime as dt

from ..model import BlockKind
from .common import (
    QUOTE_DASHES,
    could_be_title,
    ends_sentence,
    find_date,
    is_attribution,
    is_clutter,
    is_rubric,
    normalized,
    split_dateline,
    take_dateline,
)
from .document import SourceDocument
from .reading import Line, Reading

_LIST_MARKERS = ("- ", "• ", "* ", "· ")


def _head(lines: list[str]) -> tuple[dict, int]:
    """Rubric, title and the date found in clutter; the index where the body starts."""
    found: dict = {}
    candidates: list[int] = []
    index = 0
    while index < len(lines) and len(candidates) < 2:
        line = lines[index].strip()
        if not line:
            index += 1
            continue
        if is_clutter(line):
            date = find_date(line)
            if date and "date" not in found:
                found["date"] = date[0]
            index += 1
            continue
        if candidates and normalized(line) == normalized(lines[candidates[-1]]):
            index += 1  # a headline repeated by the site
            continue
        if candidates and not (
            is_rubric(lines[candidates[0]], line) and _stands_alone(lines, index)
        ):
            break
        candidates.append(index)
        index += 1
        if not could_be_title(line):
            break
    if len(candidates) == 2:
        found["rubric"] = lines[candidates[0]].strip()
    if candidates:
        found["title"] = lines[candidates[-1]].strip()
    # clutter and repeats between the headline and the body
    while index < len(lines):
        line = lines[index].strip()
        if line and not is_clutter(line) and normalized(line) != normalized(found.get("title", "")):
            break
        if line and is_clutter(line) and "date" not in found:
            date = find_date(line)
            if date:
                found["date"] = date[0]
        index += 1
    return found, index


def _stands_alone(lines: list[str], index: int) -> bool:
    """A headline stands on its own line: what follows is blank, clutter or its repeat.

    (The first line of a hard-wrapped paragraph is followed by the rest of it.)
    """
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return (
        not following
        or is_clutter(following)
        or normalized(following) == normalized(lines[index])
        or split_dateline(following) is not None
    )


def _body_blocks(lines: list[str]) -> list[tuple[BlockKind, str]]:
    blocks: list[list] = []  # [kind, text] pairs still open for continuation
    open_block = False
    for raw in lines:
        line = raw.strip()
        if not line:
            open_block = False
            continue
        if is_attribution(line):
            blocks.append([BlockKind.ATTRIBUTION, line])
            open_block = False
        elif line[0] in QUOTE_DASHES:
            blocks.append([BlockKind.QUOTE, line.lstrip(QUOTE_DASHES).strip()])
            open_block = True
        elif line.startswith(_LIST_MARKERS):
            blocks.append([BlockKind.LIST_ITEM, line[2:].strip()])
            open_block = True
        elif open_block and not ends_sentence(blocks[-1][1]):
            blocks[-1][1] = f"{blocks[-1][1]} {line}"
        else:
            blocks.append([BlockKind.PARAGRAPH, line])
            open_block = True
    return [(kind, text) for kind, text in blocks if text]


def read_plaintext(text: str) -> SourceDocument:
    """Read a pasted plain-text release."""
    return read_lines([Line(line) for line in text.split("\n")])


def read_lines(source: list[Line], reading: Reading | None = None) -> SourceDocument:
    """Read lines (a paste, or a Word or HTML file's paragraphs) into a document.

    A line's ``kind``, where the file's structure states one, is taken as it is;
    the rules decide the rest. ``reading`` carries what the structured reader
    already found (dropped parts, a ``<time datetime>``); the document's
    ``reading`` is it, completed.
    """
    lines = [line.text for line in source]
    head, start = _head(lines)
    body = _body_blocks(lines[start:])
    document = SourceDocument(title=head.get("title", ""), body=body, rubric=head.get("rubric"))
    document.date = head.get("date")
    dateline = take_dateline(body, (document.date or dt.date.today()).year)
    if dateline:
        document.dateline, document.place = dateline.text, dateline.place
        # the dateline's date is the release's, not a site's listing date
        document.date = dateline.date or document.date
    return document
