"""Plain text the way press offices paste it from a website or an e-mail, and the
rules every reader shares (:func:`read_lines`).

The rules, in order (README, "How a source is read"):

1. Every line's spacing is made plain (:func:`~.common.clean_spaces`); a line
   where a page glued two fields together is cut apart.
2. A page's furniture — time stamps, menus, breadcrumbs, view counts, share
   buttons, tag lines, author and source footers, read-also links — is dropped,
   with the reason (:mod:`.clutter`); the first time stamp gives the release
   date. Photo credits and captions become metadata (``photo``, ``caption``).
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
import itertools
import re

from ..errors import InputError
from ..markup import parse_inline, plain_text
from ..model import BlockKind
from ..segment import split_sentences
from .clutter import (
    MAX_META_LINE,
    RUBRIC_WORDS,
    WEAK_REASONS,
    clutter_reason,
    credit,
    is_name,
    is_site_name,
    unglue,
)
from .common import (
    QUOTE_DASHES,
    Dateline,
    clean_spaces,
    could_be_title,
    ends_sentence,
    find_date,
    is_attribution,
    is_rubric,
    normalized,
    place_and_date,
    split_dateline,
    split_lines,
    take_dateline,
)
from .document import SourceDocument
from .reading import CAPTION, MAX_TEXT_LINES, Line, Reading

_LIST_MARKERS = ("- ", "• ", "* ", "· ")
_DROPPED = "dropped"
"""The kind of the blank line that stands where a dropped line was."""
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}
_CREDIT_REASONS = {"photo": "photo credit (kept as photo)", "caption": "caption (kept as caption)"}
_MAX_QUOTE_SPLITS = 20
"""Quotes and attributions taken apart in one paragraph, at most (a bound, not a rule)."""


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
    page = _Page(reading)
    lines = page.prepare(source)
    wrapped = _hard_wrapped(lines)
    head, start = _head(lines, page, wrapped)
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


class _Page:
    """What reading a page's lines gathers besides them: metadata, time stamps, weak clutter."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.metadata: dict[str, str] = {}
        self.stamps: list[tuple[int, dt.date, str, bool]] = []
        """(index in the lines, date, the stamp, whether it is labelled "Опубликовано")."""
        self.place_date: tuple[str, str, dt.date] | None = None
        """A dateline on a line of its own above the body: its text, place and date."""
        self.weak: dict[int, str] = {}
        """Lines that are clutter only above the body (a bare date, ``- Новости``)."""

    def stamp(self, body_start: int) -> tuple[dt.date, str] | None:
        """The release date a time stamp gives: the first above the body, else the first
        labelled one anywhere (a stamp in a related-news list dates another article)."""
        for index, date, text, labelled in self.stamps:
            if index < body_start or labelled:
                return date, f"the time stamp '{text}'"
        return None

    def prepare(self, source: list[Line]) -> list[Line]:
        """Lines with plain spacing, clutter dropped (a blank line in its place), credits taken."""
        reading = self.reading
        lines: list[Line] = []
        related: str | bool = False
        """After a bare "Читайте также" ("label"), then in the list of related headlines
        ("list"): each of them goes too, up to a blank line after the list."""
        for line in source:
            at = line.number
            if not line.text:
                lines.append(line if line.kind is None else Line(""))
                related = related == "label"  # a related list ends at a blank line after it
                continue
            parts = unglue(clean_spaces(line.text))
            if len(parts) > 1 and is_name(parts[0]):
                reading.drop(parts.pop(0), "author byline", at)
            for part in parts:
                text = clean_spaces(part) if len(parts) > 1 else part
                if not text:
                    lines.append(Line(""))
                    continue
                headline = could_be_title(text) and not ends_sentence(text)
                if related and line.kind is None and headline and len(text) <= MAX_META_LINE:
                    reading.drop(text, "read-also link", at)
                    lines.append(Line("", _DROPPED))
                    related = "list"
                    continue
                related = False
                probe = _plain(text)  # the rules read the words, not their bold or links
                credited = credit(probe) if line.kind in (None, CAPTION) else None
                if credited or line.kind == CAPTION:
                    key, value = credited or ("caption", text)
                    meta = self.metadata
                    meta[key] = f"{meta[key]}; {value}" if key in meta else value
                    reading.drop(text, _CREDIT_REASONS.get(key, f"{key} credit"), at)
                    lines.append(Line("", _DROPPED))
                    continue
                reason = clutter_reason(probe) if line.kind is None else None
                if reason in WEAK_REASONS:
                    self.weak[len(lines)] = reason
                if reason is None or reason in WEAK_REASONS:
                    lines.append(Line(text, line.kind, at))
                    continue
                reading.drop(text, reason, at)
                if reason == "time stamp":
                    self._stamped(len(lines), probe)
                lines.append(Line("", _DROPPED))
                if reason == "read-also link" and not text.partition(":")[2].strip():
                    related = "label"  # a bare "Читайте также": related headlines follow
        return lines

    def _stamped(self, index: int, text: str) -> None:
        found = find_date(text)
        if found:
            self.stamps.append((index, found[0], text, ":" in text[: found[1].start()]))

    def drop_weak(self, lines: list[Line], index: int) -> None:
        """Drop a weak clutter line found above the body (a bare date gives the date)."""
        line = lines[index]
        reason = self.weak[index]
        self.reading.drop(line.text, reason, line.number)
        if reason == "date line":
            self._stamped(index, _plain(line.text))
        lines[index] = Line("", _DROPPED)


def _hard_wrapped(lines: list[Line]) -> bool:
    """Whether the text is a hard-wrapped e-mail: short lines, several running on."""
    texts = [line.text for line in lines if line.text and line.kind is None]
    if not texts or sum(len(text) > 100 for text in texts) * 10 > len(texts):
        return False  # a long line or two (a signature's address) do not count
    running = sum(
        1
        for a, b in itertools.pairwise(lines)
        if a.text and b.text and a.kind is None and len(a.text) >= 50
    )
    return running >= 2


def _continued(lines: list[Line], index: int, wrapped: bool) -> bool:
    """Whether the line at ``index`` runs on into the next one (one paragraph, wrapped)."""
    following = lines[index + 1] if index + 1 < len(lines) else Line("")
    text = following.text
    if not text or following.kind is not None or ends_sentence(lines[index].text):
        return False
    if _capitals(lines[index].text):
        return False  # ПРЕСС-РЕЛИЗ above the headline
    if text[0].islower():
        return True
    return wrapped and not (could_be_title(text) and _stands_alone(lines, index + 1))


def _runs_into(lines: list[Line], at: int, following: int, wrapped: bool) -> bool:
    """Whether the head line at ``at`` goes on in the one at ``following`` (a wrapped headline)."""
    if following == at + 1:
        return _continued(lines, at, wrapped)
    line, next_line = lines[at], lines[following]
    structured = line.number == 0 and all(not ln.text for ln in lines[at + 1 : following])
    return (
        structured
        and next_line.kind is None
        and next_line.text[:1].islower()
        and not ends_sentence(line.text)
    )


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _stands_alone(lines: list[Line], index: int) -> bool:
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not following or normalized(following) == normalized(lines[index].text)


def _head(lines: list[Line], page: _Page, wrapped: bool) -> tuple[dict, int]:
    """Rubric and title; the index where the body starts.

    The head is the lines above the body that could be headlines. Of them, a site's
    or an office's name is dropped; a short or capital line directly above the next
    one is the rubric; the first that is left is the headline. Lines after it that
    could be headlines too (a subheading, a lead without a full stop) open the body:
    nothing that may be text is dropped for being in the head.
    """
    reading = page.reading
    candidates: list[int] = []
    titled = False  # a stated title was found: only clutter above the body may follow
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text
        if not text:
            index += 1
            continue
        if index in page.weak:
            page.drop_weak(lines, index)
            index += 1
            continue
        if line.kind is None and page.place_date is None:
            placed = place_and_date(_plain(text))
            if placed:  # "Астана, 12 марта 2025 года" on its own line: the dateline
                page.place_date = (_plain(text), *placed)
                lines[index] = Line("", _DROPPED)
                index += 1
                continue
        if candidates and normalized(text) == normalized(lines[candidates[-1]].text):
            reading.drop(text, "headline repeated", line.number)
            index += 1
            continue
        if titled:
            break
        heading_first = line.kind is BlockKind.HEADING and all(
            _site_name(lines, at, wrapped) or _rubric_like(lines[at].text) for at in candidates
        )
        if line.kind is BlockKind.TITLE or heading_first:
            if heading_first:  # a heading under an office's name or a rubric: the headline
                lines[index] = line = Line(text, BlockKind.TITLE, line.number)
            candidates.append(index)
            titled = True
            index += 1
            continue
        if line.kind not in (None, BlockKind.RUBRIC):
            break
        if line.kind is None and (
            not could_be_title(text)
            or is_attribution(text)
            or text[0] in QUOTE_DASHES
            or text.startswith(_LIST_MARKERS)
            or (candidates and _continued(lines, index, wrapped))
            or (candidates and ends_sentence(text) and len(text.split()) > 15)
            or (candidates and len(text) > 100 and split_dateline(text) is not None)
        ):
            break
        candidates.append(index)
        index += 1
    found: dict = {}
    if not candidates:
        return found, index
    stated = lines[candidates[-1]].kind is BlockKind.TITLE
    title_at = candidates[-1] if stated else None
    above = candidates[:-1] if stated else candidates
    while len(above) > (0 if stated else 1) and _site_name(lines, above[0], wrapped):
        at = above.pop(0)
        reading.drop(lines[at].text, "site or office name above the headline", lines[at].number)
    if stated and above and _rubric(lines, above[-1], title_at):
        found["rubric"] = lines[above.pop()].text
    elif not stated and len(above) > 1 and _rubric(lines, above[0], above[1], len(above) == 2):
        found["rubric"] = lines[above.pop(0)].text
    if stated:
        title = lines[title_at].text
        for at in above:  # a letterhead above a stated title
            reading.drop(lines[at].text, "site or office name above the headline", lines[at].number)
    else:
        title_at = above.pop(0)
        title = lines[title_at].text
        if above and _runs_into(lines, title_at, above[0], wrapped):
            title = f"{title} {lines[above.pop(0)].text}"  # a headline wrapped over two lines
        if above:  # a subheading or a lead under the headline: the body starts there
            index = above[0]
    found["title"] = title
    while index < len(lines):  # the site's repeat of the headline under it
        text = lines[index].text
        if text and normalized(text) != normalized(title):
            break
        if text:
            reading.drop(text, "headline repeated", lines[index].number)
        index += 1
    return found, index


_MARKUP_CHARS_RE = re.compile(r"[*\[\\`_]")
_LEAD_EMPHASIS_RE = re.compile(r"^(\*{1,2})([^*\n]{2,80})\1(\s*(?:[–—―]|--?)\s)")
"""A dateline in bold or italics at the start of the first paragraph."""


def _plain(text: str) -> str:
    """``text`` without its inline Markdown: what the rules look at (``**Фото:** …``)."""
    if not _MARKUP_CHARS_RE.search(text):
        return text
    return plain_text(parse_inline(text))


def _rubric_like(text: str) -> bool:
    return _capitals(text) or normalized(_plain(text)).strip(" .:") in RUBRIC_WORDS


def _site_name(lines: list[Line], at: int, wrapped: bool) -> bool:
    """A site's or an office's name above the headline (never a line that runs on)."""
    line = lines[at]
    short = len(line.text.split()) <= 10
    return (
        line.kind is None
        and short
        and is_site_name(line.text)
        and not (_continued(lines, at, wrapped))
    )


def _rubric(lines: list[Line], at: int, following: int, last: bool = True) -> bool:
    """Whether the head line at ``at`` is the rubric of the one at ``following``.

    A rubric in capitals is one wherever it stands; one in ordinary letters only when
    it has two words at most, stands on the line right above the headline, and that
    is the last line of the head (``last``).
    """
    line = lines[at]
    if line.kind is BlockKind.RUBRIC:
        return True
    if line.kind is not None or not is_rubric(line.text, lines[following].text):
        return False
    if is_site_name(line.text):
        return False
    if _rubric_like(line.text):
        return True
    # "Анонс" right above its headline: no blank line between, or the next paragraph of a
    # Word or HTML file (whose paragraphs are each a line, with a blank between)
    between = lines[at + 1 : following]
    adjacent = not between or (line.number == 0 and all(not ln.text for ln in between))
    return last and adjacent and len(line.text.split()) <= 2


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
        elif is_attribution(_plain(text)):
            blocks.append([BlockKind.ATTRIBUTION, text, "read"])
            open_block = False
        elif text[0] in QUOTE_DASHES:
            blocks.append(_dash_led(text, blocks[-1] if blocks else None))
            open_block = blocks[-1][0] is not BlockKind.ATTRIBUTION
        elif text.startswith(_LIST_MARKERS):
            blocks.append([BlockKind.LIST_ITEM, text[2:].strip(), "read"])
            open_block = True
        else:
            blocks.append([BlockKind.PARAGRAPH, text, "read"])
            open_block = True
    out: list[tuple[BlockKind, str]] = []
    for kind, text, how in blocks:
        if kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE):
            out += _split_quotes(kind, text)
        elif kind is BlockKind.ATTRIBUTION and how == "after quote":
            attribution, rest, resumed = _attribution(text)
            out.append((kind, attribution or text))
            if attribution and rest:
                out += _split_quotes(BlockKind.QUOTE if resumed else BlockKind.PARAGRAPH, rest)
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
    if line[0] in QUOTE_DASHES or line.startswith(_LIST_MARKERS) or is_attribution(line):
        return False
    return wrapped or line[0].islower()


def _is_position(text: str) -> bool:
    return (
        len(text) <= 200
        and len(text.split()) <= 25
        and text[0] not in QUOTE_DASHES
        and text[0] not in _QUOTES
        and not text.startswith(_LIST_MARKERS)
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


def _closing(text: str) -> int | None:
    """Where the quotation opened by ``text[0]`` closes, nested quotations counted."""
    opener = text[0]
    closer = _QUOTES[opener]
    depth = 0
    for at, char in enumerate(text):
        if char == opener and (opener != closer or at == 0):
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return at
    return None


_DASH_ATTRIBUTION_RE = re.compile(r"([,!?…])\s+([—–])\s+(?=[^\W\d_])")
_AFTER_QUOTE_RE = re.compile(r",?\s*[—–-]\s+(?=[^\W\d_])")
_RESUMED_RE = re.compile(r",\s*(?:([—–])\s+|(?=[«“„\"]))")
"""Where a quote resumes after an attribution in its middle: ``, — `` or ``, «``."""
_FIRST_SENTENCE_WINDOW = 1000
"""Characters an attribution is looked for in (an attribution is short; the bound
keeps a paragraph of many quotes linear)."""


def _split_quotes(kind: BlockKind, text: str) -> list[tuple[BlockKind, str]]:
    """A paragraph or quote with its quotations, attributions and narrative apart."""
    out: list[tuple[BlockKind, str]] = []
    for _ in range(_MAX_QUOTE_SPLITS):
        if not text:
            return out
        quote, rest = _quotation(kind, text)
        if quote is None:
            break
        out.append((BlockKind.QUOTE, quote))
        if not rest:
            return out
        if rest[0] in ".;":  # «…». — the full stop outside the marks ends the quote
            if rest[0] == "." and not ends_sentence(quote):
                out[-1] = (BlockKind.QUOTE, quote + ".")
            text, kind = rest[1:].strip(), BlockKind.PARAGRAPH
            continue
        attribution, text, resumed = _attribution(rest.lstrip(", "))
        if attribution:
            out.append((BlockKind.ATTRIBUTION, attribution))
        if resumed or (text and text[0] in QUOTE_DASHES):
            kind, text = BlockKind.QUOTE, text.lstrip(QUOTE_DASHES).strip()
        else:
            kind = BlockKind.PARAGRAPH
    if text:
        out.append((kind, text))
    return out


def _attribution(text: str) -> tuple[str, str, bool]:
    """The attribution after a quotation, what follows it, and whether the quote resumes.

    The attribution is the rest of the sentence, or up to where the quote resumes
    (``— сказал аким, — до конца года``, ``the akim said, “and repair the roads.”``).
    """
    first, after = _first_sentence(text)
    resume = _RESUMED_RE.search(first)
    if resume is None:
        return first, after, False
    attribution = first[: resume.start() + 1]
    rest = f"{first[resume.end() :]} {after}".strip()
    return attribution, rest, resume.group(1) is not None


def _quotation(kind: BlockKind, text: str) -> tuple[str | None, str]:
    """The quotation ``text`` opens with, and what follows it; ``None`` when it does not.

    A quotation is a paragraph wholly in quotation marks, or one followed by its
    attribution as direct speech is punctuated: ``«…», — сказал он``, ``«…?» — спросил
    он``, ``“…,” he said``. ``«Ауыл – Ел бесігі» – это программа`` and ``«Самрук-Казына»,
    «Байтерек» …`` are not. In a dash-led quote, the attribution follows ``, — ``
    (``— Мы готовы, — сказал он.``).
    """
    if kind is BlockKind.QUOTE and text[0] not in _QUOTES:
        dash = _DASH_ATTRIBUTION_RE.search(text)
        if dash is None or not text[dash.end() :][:1].islower():
            return None, text
        mark = dash.group(1)
        quote = text[: dash.start()] + ("" if mark == "," else mark)
        return quote.strip(), f"{dash.group(2)} {text[dash.end() :]}"
    if text[0] not in _QUOTES:
        return None, text
    close = _closing(text)
    if close is None:
        return (text[1:].strip(), "") if kind is BlockKind.QUOTE else (None, text)
    inner = text[1:close].strip()
    rest = text[close + 1 :].strip()
    if not inner:
        return None, text
    if not rest or rest[0] in ".;":
        return inner, rest
    if rest == ",":  # the attribution is on the next line
        return inner, ""
    spoken = rest.startswith(",") or inner.endswith(("?", "!", "…"))
    after = _AFTER_QUOTE_RE.match(rest)
    if spoken and after and rest[after.end() :][:1].islower():
        return inner, rest
    if inner.endswith(",") and rest[:1].isalpha():  # English: “…,” he said
        return inner.rstrip(",").rstrip(), rest
    if text[0] == "“" and inner.endswith(("?", "!")) and rest[:1].islower():
        return inner, rest  # “Are we ready?” asked the minister.
    return None, text


def _first_sentence(text: str) -> tuple[str, str]:
    """The first sentence of ``text`` and the rest (the segmenter of the text's script)."""
    window = text[:_FIRST_SENTENCE_WINDOW]
    lang = (
        "en" if re.search("[a-zA-Z]", window[:40]) and not re.search("[а-яА-Я]", window) else "ru"
    )
    if lang == "ru" and re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", window):
        lang = "kk"
    sentences = split_sentences(window, lang)
    if not sentences or (len(sentences) == 1 and len(text) > len(window)):
        return "", text  # no end in sight: not an attribution, the text goes on as it is
    first = sentences[0]
    return first, text[text.index(first) + len(first) :].strip()
