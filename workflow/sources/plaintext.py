"""Plain text the way press offices paste it from a website or an e-mail, and the
rules every reader shares (:func:`read_lines`).

The rules, in order (README, "How a source is read"):

1. Every line's spacing is made plain (:func:`~.common.clean_spaces`); a line
   where a page glued two fields together is cut apart.
2. A page's furniture — time stamps, menus, breadcrumbs, view counts, share
   buttons, tag lines, author and source footers, read-also links — is dropped,
   with the reason (:mod:`.clutter`); the first time stamp gives the release
   date. Photo credits and captions become metadata (``photo``, ``caption``).
3. Of the lines above the body, the last is the headline; a short or capital
   line directly above it is the rubric; any other (a site's or an office's
   name) is dropped. A headline repeated by the site is dropped.
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

from ..model import BlockKind
from ..segment import split_sentences
from .clutter import clutter_reason, credit, is_name, is_site_name, unglue
from .common import (
    QUOTE_DASHES,
    clean_spaces,
    could_be_title,
    ends_sentence,
    find_date,
    is_attribution,
    is_rubric,
    normalized,
    split_lines,
    take_dateline,
)
from .document import SourceDocument
from .reading import CAPTION, Line, Reading

_LIST_MARKERS = ("- ", "• ", "* ", "· ")
_DROPPED = "dropped"
"""The kind of the blank line that stands where a dropped line was."""
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}
_CREDIT_REASONS = {"photo": "photo credit (kept as photo)", "caption": "caption (kept as caption)"}
_MAX_QUOTE_SPLITS = 20
"""Quotes and attributions taken apart in one paragraph, at most (a bound, not a rule)."""


def read_plaintext(text: str) -> SourceDocument:
    """Read a pasted plain-text release."""
    return read_lines([Line(line, None, n) for n, line in enumerate(split_lines(text), 1)])


def read_lines(source: list[Line], reading: Reading | None = None) -> SourceDocument:
    """Read lines (a paste, or a Word or HTML file's paragraphs) into a document.

    A line's ``kind``, where the file's structure states one, is taken as it is;
    the rules decide the rest. ``reading`` carries what the structured reader
    already found (dropped parts, a ``<time datetime>``); the document's
    ``reading`` is it, completed.
    """
    reading = reading or Reading()
    metadata: dict[str, str] = {}
    lines, stamp = _prepare(source, reading, metadata)
    wrapped = _hard_wrapped(lines)
    head, start = _head(lines, reading, wrapped)
    body = _body(lines[start:], wrapped)
    while body and body[-1][0] is BlockKind.PARAGRAPH and is_name(body[-1][1]):
        reading.drop(body.pop()[1], "author byline")  # a name alone under the article
    reading.dropped.sort(key=lambda dropped: dropped.at)
    document = SourceDocument(
        title=head.get("title", ""), body=body, rubric=head.get("rubric"), reading=reading
    )
    if reading.date is None and stamp is not None:
        reading.date, reading.date_from = stamp
    document.date = reading.date
    dateline = take_dateline(body, (document.date or dt.date.today()).year)
    if dateline:
        document.dateline, document.place = dateline.text, dateline.place
        if dateline.agency:
            metadata["agency"] = dateline.agency
        if dateline.date:  # the dateline's date is the release's, not a site's listing date
            document.date = dateline.date
            reading.date_from = f"the dateline '{dateline.text}'"
    document.metadata = metadata
    return document


def _prepare(
    source: list[Line], reading: Reading, metadata: dict[str, str]
) -> tuple[list[Line], tuple[dt.date, str] | None]:
    """Lines with plain spacing, clutter dropped (a blank line in its place), credits taken.

    Returns the lines and the first time stamp's date, with where it came from.
    """
    lines: list[Line] = []
    stamp = None
    skip_related = False
    for line in source:
        at = line.number
        parts = unglue(clean_spaces(line.text)) if line.text else [""]
        if len(parts) > 1 and is_name(parts[0]):
            reading.drop(parts.pop(0), "author byline", at)
        for part in parts:
            text = clean_spaces(part)
            if not text:
                lines.append(Line(""))
                continue
            if skip_related:
                skip_related = False
                if could_be_title(text) and not ends_sentence(text):
                    reading.drop(text, "read-also link", at)
                    lines.append(Line("", _DROPPED))
                    continue
            credited = credit(text) if line.kind in (None, CAPTION) else None
            if credited or line.kind == CAPTION:
                key, value = credited or ("caption", text)
                metadata[key] = f"{metadata[key]}; {value}" if key in metadata else value
                reading.drop(text, _CREDIT_REASONS[key], at)
                lines.append(Line("", _DROPPED))
                continue
            reason = clutter_reason(text) if line.kind is None else None
            if reason is None:
                lines.append(Line(text, line.kind, at))
                continue
            reading.drop(text, reason, at)
            lines.append(Line("", _DROPPED))
            if reason == "time stamp" and stamp is None:
                found = find_date(text)
                if found:
                    stamp = (found[0], f"the time stamp '{text}'")
            if reason == "read-also link" and not text.partition(":")[2].strip():
                skip_related = True  # a bare "Читайте также": the related headline follows
    return lines, stamp


def _hard_wrapped(lines: list[Line]) -> bool:
    """Whether the text is a hard-wrapped e-mail: short lines, several running on."""
    texts = [line.text for line in lines if line.text and line.kind is None]
    if not texts or max(len(text) for text in texts) > 100:
        return False
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
    if text[0].islower():
        return True
    return wrapped and not (could_be_title(text) and _stands_alone(lines, index + 1))


def _stands_alone(lines: list[Line], index: int) -> bool:
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not following or normalized(following) == normalized(lines[index].text)


def _head(lines: list[Line], reading: Reading, wrapped: bool) -> tuple[dict, int]:
    """Rubric and title; the index where the body starts. Other head lines are dropped."""
    candidates: list[int] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text
        if not text:
            index += 1
            continue
        if line.kind is BlockKind.TITLE:
            candidates.append(index)
            index += 1
            break
        if line.kind not in (None, BlockKind.RUBRIC):
            break
        if candidates and normalized(text) == normalized(lines[candidates[-1]].text):
            reading.drop(text, "headline repeated", line.number)
            index += 1
            continue
        if line.kind is None and (
            not could_be_title(text)
            or is_attribution(text)
            or text[0] in QUOTE_DASHES
            or text.startswith(_LIST_MARKERS)
            or (candidates and _continued(lines, index, wrapped))
            or (candidates and ends_sentence(text) and len(text.split()) > 15)
        ):
            break
        candidates.append(index)
        index += 1
    found: dict = {}
    if not candidates:
        return found, index
    title = lines[candidates[-1]].text
    found["title"] = title
    above = candidates[:-1]
    if above:
        last = lines[above[-1]]
        between = lines[above[-1] + 1 : candidates[-1]]
        if last.kind is BlockKind.RUBRIC or (
            is_rubric(last.text, title)
            and not is_site_name(last.text)
            and not any(line.kind == _DROPPED for line in between)
        ):
            found["rubric"] = last.text
            above = above[:-1]
    for dropped in above:
        line = lines[dropped]
        reading.drop(line.text, "site or office name above the headline", line.number)
    while index < len(lines):  # the site's repeat of the headline under it
        text = lines[index].text
        if text and normalized(text) != normalized(title):
            break
        if text:
            reading.drop(text, "headline repeated", lines[index].number)
        index += 1
    return found, index


def _body(lines: list[Line], wrapped: bool) -> list[tuple[BlockKind, str]]:
    lines = _join_attributions(lines)
    blocks: list[list] = []  # [kind, text] pairs still open for continuation
    open_block = False
    for index, line in enumerate(lines):
        text = line.text
        if not text:
            open_block = False
            continue
        if isinstance(line.kind, BlockKind):
            if open_block and blocks[-1][0] is line.kind and blocks[-1][2] == "stated":
                blocks[-1][1] = f"{blocks[-1][1]} {text}"
            else:
                blocks.append([line.kind, text, "stated"])
            open_block = True
        elif open_block and _runs_on(blocks[-1], lines, index, wrapped):
            blocks[-1][1] = f"{blocks[-1][1]} {text}"
        elif is_attribution(text):
            blocks.append([BlockKind.ATTRIBUTION, text, "read"])
            open_block = False
        elif text[0] in QUOTE_DASHES:
            blocks.append([BlockKind.QUOTE, text.lstrip(QUOTE_DASHES).strip(), "read"])
            open_block = True
        elif text.startswith(_LIST_MARKERS):
            blocks.append([BlockKind.LIST_ITEM, text[2:].strip(), "read"])
            open_block = True
        else:
            blocks.append([BlockKind.PARAGRAPH, text, "read"])
            open_block = True
    out: list[tuple[BlockKind, str]] = []
    for kind, text, _how in blocks:
        if kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE):
            out += _split_quotes(kind, text)
        elif text:
            out.append((kind, text))
    return out


def _runs_on(block: list, lines: list[Line], index: int, wrapped: bool) -> bool:
    """Whether ``lines[index]`` continues the open block (no blank line between them)."""
    kind, text, how = block
    if how == "stated" or kind is BlockKind.ATTRIBUTION or ends_sentence(text):
        return False
    line = lines[index].text
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
        if line.kind is None and line.text and is_name(line.text):
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


_DASH_ATTRIBUTION_RE = re.compile(r"([,!?…])\s+[—–]\s+(?=[^\W\d_])")


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
        attribution, text = _first_sentence(rest.lstrip(", "))
        out.append((BlockKind.ATTRIBUTION, attribution))
        if text and text[0] in QUOTE_DASHES:
            kind, text = BlockKind.QUOTE, text.lstrip(QUOTE_DASHES).strip()
        else:
            kind = BlockKind.PARAGRAPH
    if text:
        out.append((kind, text))
    return out


def _quotation(kind: BlockKind, text: str) -> tuple[str | None, str]:
    """The quotation ``text`` opens with, and what follows it; ``None`` when it does not.

    A quotation is a paragraph wholly in quotation marks, or one followed by its
    attribution (``«…», — сказал он``, ``“…,” he said``); in a dash-led quote, the
    attribution follows ``, — `` (``— Мы готовы, — сказал он.``).
    """
    if kind is BlockKind.QUOTE and text[0] not in _QUOTES:
        dash = _DASH_ATTRIBUTION_RE.search(text)
        if dash is None or not text[dash.end() :][:1].islower():
            return None, text
        mark = dash.group(1)
        quote = text[: dash.start()] + ("" if mark == "," else mark)
        return quote.strip(), "— " + text[dash.end() :]
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
    if rest[0] in ",—–" or inner.endswith(","):
        return inner.rstrip(",").rstrip(), rest
    if inner.endswith(("?", "!", "…")) and rest[:1].islower():
        return inner, rest
    return None, text


def _first_sentence(text: str) -> tuple[str, str]:
    """The first sentence of ``text`` and the rest (the segmenter of the text's script)."""
    lang = "en" if re.search("[a-zA-Z]", text[:40]) and not re.search("[а-яА-Я]", text) else "ru"
    if lang == "ru" and re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", text):
        lang = "kk"
    sentences = split_sentences(text, lang)
    if not sentences:
        return text, ""
    first = sentences[0]
    return first, text[len(first) :].strip() if text.startswith(first) else " ".join(sentences[1:])
