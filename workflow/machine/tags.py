"""A unit's inline Markdown as the XML tags a machine translator keeps, and back.

DeepL's tag handling moves tags with the words they enclose, so emphasis and
links survive translation as ``<b>``, ``<i>`` and ``<a i="N">``; the link's
address stays here (it is never sent, so it cannot come back changed). What
comes back is read by a small tokenizer of exactly these tags and XML's five
entities: an XML parser would accept far more than press ever sent, and
anything else is a damaged draft.

After translation :func:`problems` says what a translator must look at: a tag
or link that did not come back, or a number of the source missing from the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as xml_escape

from ..markup import Link, Run, enclose, escape, parse_inline, plain_text


@dataclass(frozen=True)
class Tagged:
    """What is sent for one unit: the text with tags, and what the tags stand for."""

    text: str
    links: tuple[str, ...] = ()
    """The address of ``<a i="N">`` at index N."""
    marked: bool = False
    """The source has inline markup (else the text is plain and comes back plain)."""


def to_tags(source: str) -> Tagged:
    """A unit's source as tagged text.

    >>> to_tags("Read **the plan** on [gov.kz](https://gov.kz).").text
    'Read <b>the plan</b> on <a i="0">gov.kz</a>.'
    >>> to_tags("Tom & Jerry: 2 * 3").text
    'Tom &amp; Jerry: 2 * 3'
    """
    inlines = parse_inline(source)
    if len(inlines) <= 1 and (not inlines or _plain(inlines[0], source)):
        return Tagged(xml_escape(source, quote=False))
    links: list[str] = []
    parts = []
    for item in inlines:
        if isinstance(item, Link):
            inner = "".join(_run(run) for run in item.runs)
            parts.append(f'<a i="{len(links)}">{inner}</a>')
            links.append(item.href)
        else:
            parts.append(_run(item))
    return Tagged("".join(parts), tuple(links), marked=True)


def _plain(item: Run | Link, source: str) -> bool:
    return isinstance(item, Run) and not (item.em or item.strong) and item.text == source


def _run(run: Run) -> str:
    text = xml_escape(run.text, quote=False)
    if run.em:
        text = f"<i>{text}</i>"
    if run.strong:
        text = f"<b>{text}</b>"
    return text


# Reading a translation back

_TOKEN = re.compile(
    r'<(?P<close>/)?(?P<tag>b|i|a)(?: i="(?P<n>\d{1,4})")?>'
    r"|&(?P<entity>amp|lt|gt|quot|apos);"
    r"|(?P<text>[^<&]+)"
)
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_MARKS = {"b": "**", "i": "*"}


class Damaged(ValueError):
    """The tags that came back are not the ones sent, or not well nested."""


def from_tags(text: str, tagged: Tagged) -> str:
    """A translation with tags as inline Markdown; :class:`Damaged` when it cannot be read.

    >>> sent = to_tags("Read **the plan** on [gov.kz](https://gov.kz).")
    >>> from_tags('Читайте <b>план</b> на <a i="0">gov.kz</a>.', sent)
    'Читайте **план** на [gov.kz](https://gov.kz).'
    """
    if not tagged.marked:
        if "<" in text:
            raise Damaged("tags came back where none were sent")
        return _unescape(text)
    stack: list[tuple[str, str | None, list[str]]] = [("", None, [])]
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() != pos:
            raise Damaged("an unknown tag or entity")
        pos = m.end()
        if m["text"] is not None:
            stack[-1][2].append(escape(m["text"]))
        elif m["entity"] is not None:
            stack[-1][2].append(escape(_ENTITIES[m["entity"]]))
        elif not m["close"]:
            stack.append((m["tag"], m["n"], []))
        else:
            tag, n, parts = stack.pop() if len(stack) > 1 else ("", None, [])
            if tag != m["tag"]:
                raise Damaged(f"</{m['tag']}> closes nothing")
            stack[-1][2].append(_close(tag, n, "".join(parts), tagged))
    if pos != len(text) or len(stack) != 1:
        raise Damaged("a tag is not closed")
    return "".join(stack[0][2])


def _close(tag: str, n: str | None, inner: str, tagged: Tagged) -> str:
    if tag != "a":
        return enclose(inner, _MARKS[tag])
    if n is None or int(n) >= len(tagged.links):
        raise Damaged("a link press did not send")
    return enclose(inner, "[", f"]({tagged.links[int(n)]})")


def _unescape(text: str) -> str:
    return re.sub(r"&(amp|lt|gt|quot|apos);", lambda m: _ENTITIES[m[1]], text)


def strip_tags(text: str) -> str:
    """A damaged draft's words without any tags (the translator puts the markup back)."""
    return _unescape(re.sub(r"<[^>]*>", "", text))


# What a translator must look at

_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*")


def numbers(text: str) -> list[str]:
    """The numbers of a text as digits only, whatever the locale's separators.

    >>> numbers("1,200 people, 2.5 per cent, 14 000 детей, 2,5 %")
    ['1200', '25', '14000', '25']
    """
    return [re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text)]


_MARKED = re.compile(r"[*\[\\]")
"""What inline markup starts with; a text without it is plain."""


def problems(source: str, translation: str) -> list[str]:
    """What differs between a source and its machine draft in links, markup and numbers."""
    found = []
    if not _MARKED.search(source) and not _MARKED.search(translation):  # plain text: numbers
        missing = _missing(numbers(source), numbers(translation))
        return [f"numbers of the source not in the draft: {', '.join(missing)}"] if missing else []
    source_inlines, draft_inlines = parse_inline(source), parse_inline(translation)
    links = sorted(i.href for i in source_inlines if isinstance(i, Link))
    if links != sorted(i.href for i in draft_inlines if isinstance(i, Link)):
        found.append("a link did not come back as in the source")
    if _styles(source_inlines) != _styles(draft_inlines):
        found.append("bold or italics did not come back as in the source")
    missing = _missing(numbers(plain_text(source_inlines)), numbers(plain_text(draft_inlines)))
    if missing:
        found.append(f"numbers of the source not in the draft: {', '.join(missing)}")
    return found


def _styles(inlines) -> tuple[bool, bool]:
    """Whether a text has bold, and italics (a translation may split or join the runs)."""
    runs = [r for i in inlines for r in (i.runs if isinstance(i, Link) else (i,))]
    return any(r.strong for r in runs), any(r.em for r in runs)


def _missing(wanted: list[str], found: list[str]) -> list[str]:
    left = list(found)
    missing = []
    for number in wanted:
        if number in left:
            left.remove(number)
        else:
            missing.append(number)
    return missing
