"""The date a saved page states: a ``<time datetime>``, its JSON-LD ``datePublished``,
its ``article:published_time``, or a meta line under the headline.

A ``<time>`` marked (``itemprop="datePublished"``, ``pubdate``, a class) or labelled
("Опубликовано:", "Жарияланды:", "Published") as the publication's wins over the
first one, and one marked or labelled as an update's never dates the release, nor one in
a dropped region (related news, comments) but a WordPress ``entry-meta``. The JSON-LD
script is read only when small (:data:`~workflow.sources.htmltree.MAX_JSON_LD`), by
:func:`json.loads`, and only its top level and ``@graph`` are looked at.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from itertools import islice

from ..model import BlockKind
from .clutter import clutter_reason
from .common import ends_sentence, place_and_date
from .dates import MAX_DATE_LINE, find_date, stamp_kind
from .htmlarticle import PageElement
from .reading import CAPTION, Line, Reading, plain

DATE_REGIONS = frozenset({"post meta"})
"""Dropped regions whose ``<time>`` still dates the article."""

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_PUBLISH_LABEL = re.compile(
    r"(?i)(?:опубликован\w*|дата публикации|жарияланды|жарияланған(?: күні)?"
    r"|published(?: on)?|posted(?: on)?)\s*:?\s*$"
)
_UPDATE_LABEL = re.compile(
    r"(?i)(?:обновлен\w*|изменен\w*|жаңартылды|(?:last )?updated(?: on)?|modified)\s*:?\s*$"
)
_ARTICLE_TYPES = re.compile(r"Article|Posting|Report")
_MAX_TIMES = 50
"""The ``<time>`` elements of a region looked at for the publication's (a page's own come
first; an archive's list of thousands need not be read)."""
_META_PARTS = re.compile(r"\s*[·|•]\s*|\s+/\s+")


def time_date(regions: list[PageElement]) -> tuple[dt.date, str] | None:
    """The date of a ``<time datetime>`` in the first of ``regions`` that has one, and where
    it came from, in words: the first marked as the publication's (``itemprop``,
    ``pubdate``, a class, a label such as "Опубликовано:" before it), else the first not
    marked as an update's."""
    for top in regions:
        first = None
        for node, before in islice(_times(top), _MAX_TIMES):
            date = iso_date(node.attrs.get("datetime", ""))
            if date is None:
                continue
            mark = node.stamp
            if mark is None and _PUBLISH_LABEL.search(before):
                mark = "published"
            elif mark is None and _UPDATE_LABEL.search(before):
                mark = "updated"
            if mark == "published":
                first = date
                break
            if mark is None and first is None:
                first = date
        if first is not None:
            return first, f"<time datetime> {first.isoformat()}"
    return None


def meta_date(json_ld: list[str], published: str | None) -> tuple[dt.date, str] | None:
    """The page's JSON-LD ``datePublished``, else its ``article:published_time``."""
    date = _json_ld_date(json_ld)
    if date is not None:
        return date, f"the page's JSON-LD datePublished {date.isoformat()}"
    date = iso_date(published or "")
    if date is not None:
        return date, f"<meta article:published_time> {date.isoformat()}"
    return None


def _times(top: PageElement) -> Iterator[tuple[PageElement, str]]:
    """The ``<time>`` elements under ``top``, each with the text just before it."""
    before = ""
    for item in _document_dated(top):
        if isinstance(item, str):
            before = (before + item)[-40:]
        elif item.tag == "time":
            yield item, before


def _document_dated(top: PageElement) -> Iterator[PageElement | str]:
    stack: list = [top]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, PageElement):
            stack.extend(
                child
                for child in reversed(item.children)
                if isinstance(child, str)
                or (isinstance(child, PageElement) and child.drop in (None, *DATE_REGIONS))
            )


def iso_date(value: str) -> dt.date | None:
    match = _ISO_DATE.match(value)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def _json_ld_date(scripts: list[str]) -> dt.date | None:
    """The ``datePublished`` of the page's JSON-LD: an article's, else the first found."""
    found = []
    for script in scripts:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else [data]
        for item in items[:50]:
            if isinstance(item, dict) and isinstance(item.get("@graph"), list):
                items.extend(item["@graph"][:50])
        for item in items[:100]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                date = iso_date(item["datePublished"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                article = any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds)
                if date is not None:
                    found.append((not article, len(found), date))
    return min(found)[2] if found else None


# Meta lines under the headline


def date_lines(lines: list[Line], reading: Reading) -> tuple[dt.date, str] | None:
    """Meta lines under the headline that the plain-text rules would keep in the body (a
    bare date, "5 марта 2024, 14:05 · Просмотров"), dropped; the date of the first, and
    where it came from, unless a time stamp the rules drop and date by comes before it."""
    start = next((at for at, line in enumerate(lines) if line.kind is BlockKind.TITLE), None)
    if start is None:
        return None
    found, stamped, seen = None, False, 0
    for at in range(start + 1, len(lines)):
        line = lines[at]
        if not line.text or line.kind == CAPTION:
            continue
        seen += 1
        text = plain(line.text)
        if seen > 6 or line.kind is not None or len(text) > MAX_DATE_LINE:
            break
        if ends_sentence(text) and not text.endswith(":"):
            break
        if stamp_kind(text) == "time stamp":
            stamped = True  # the plain-text rules drop it, and date by it
            continue
        date = _stamp_date(text)
        if date is not None:
            reading.drop(text, "time stamp", line.number)
            lines[at] = Line("")
            if found is None and not stamped:
                found = (date, f"the time stamp '{text}'")
    return found


def _stamp_date(text: str) -> dt.date | None:
    """The date of a page's meta line: a time stamp, with view counts and labels beside it."""
    if place_and_date(text) is not None:
        return None  # "Астана, 5 марта 2024 года": a dateline
    parts = [part for part in _META_PARTS.split(text) if part]
    stamps = []
    for part in parts:
        if stamp_kind(part):
            stamps.append(part)
        elif not _meta_part(part):
            glued = _glued_stamp(part)
            if glued is None:
                return None
            stamps.append(glued)
    found = find_date(stamps[0]) if stamps else None
    return found[0] if found else None


def _glued_stamp(part: str) -> str | None:
    """The time stamp in a stamp and a view count or label side by side, with no mark
    between them ("13 ноября 2026, 09:05 Просмотров: 1 045")."""
    spaces = [at for at, char in enumerate(part) if char == " "]
    for at in spaces[:20]:
        left, right = part[:at], part[at + 1 :]
        if stamp_kind(left) and _meta_part(right):
            return left
        if stamp_kind(right) and _meta_part(left):
            return right
    return None


def _meta_part(text: str) -> bool:
    """A view count, a label or the like: furniture, or a word or two without a digit."""
    words = text.split()
    return clutter_reason(text) is not None or (
        len(words) <= 2 and not any(char.isdigit() for char in text)
    )
