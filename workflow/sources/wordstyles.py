"""The styles of a Word file (``word/styles.xml``): what each paragraph style says a paragraph is.

A paragraph's kind comes from its style's *name* (Russian-localised Word saves the
ids ``1``, ``a3``; the names stay ``heading 1``, ``Title``), through ``basedOn``
chains: the first name in the chain that press knows decides. Names are those Word
writes for its built-in styles, the names Word shows in Russian and Kazakh (for
styles copied from a template under them), and LibreOffice's (``Heading``,
``Quotations``, ``Contents 1``). Normal and any style press does not know leave the
kind to the plain-text rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from .ooxml import STYLES, attr, events

_ROLES = {
    "title": "title",
    "subtitle": "subtitle",
    "quote": "quote",
    "intense quote": "quote",
    "quotations": "quote",  # LibreOffice
    "caption": "caption",
    "list paragraph": "list paragraph",  # a list item only while numbered
    "heading": "heading",  # LibreOffice: what its Heading 1… are based on
    "toc heading": "contents",
    "contents heading": "contents",  # LibreOffice
    "table of figures": "contents",
    # the names Word shows in Russian
    "заголовок": "title",
    "название": "title",
    "подзаголовок": "subtitle",
    "цитата": "quote",
    "выделенная цитата": "quote",
    "название объекта": "caption",
    "абзац списка": "list paragraph",
    "заголовок оглавления": "contents",
    "перечень рисунков": "contents",
    # the names Word shows in Kazakh
    "атауы": "title",
    "тақырып": "title",
}
_HEADING = re.compile(r"(?:heading|заголовок|тақырып) ([1-9])")
_CONTENTS = re.compile(r"(?:toc|contents|оглавление) [1-9]")
_LIST = re.compile(r"list(?: bullet| number)?(?: [2-5])?|маркированный список|нумерованный список")
TOGGLES = {"w:b": "bold", "w:i": "italic", "w:vanish": "hidden"}
"""The run properties press reads, by tag."""


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    toggles: dict[str, bool] = field(default_factory=dict)


@dataclass
class Styles:
    """The paragraph and character styles of a file, by id."""

    by_id: dict[str, _Style] = field(default_factory=dict)
    default: str | None = None
    """The default paragraph style (Normal), for a paragraph that names none."""
    defaults: dict[str, bool] = field(default_factory=dict)
    _roles: dict[str | None, str | None] = field(default_factory=dict, repr=False)
    _toggles: dict[tuple[str | None, str], bool | None] = field(default_factory=dict, repr=False)

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.by_id and len(seen) < 50:
            seen.add(style_id)
            yield self.by_id[style_id]
            style_id = self.by_id[style_id].based_on

    def role(self, style_id: str | None) -> str | None:
        """What a paragraph style says a paragraph is, by the first name in its chain it knows:
        ``title``, ``subtitle``, ``heading1``, ``heading``, ``quote``, ``caption``, ``list``,
        ``list paragraph`` (a list item if numbered), ``contents`` (a table of contents)."""
        style_id = style_id or self.default
        if style_id not in self._roles:
            self._roles[style_id] = next(filter(None, map(_role, self.chain(style_id))), None)
        return self._roles[style_id]

    def numbered(self, style_id: str | None) -> bool:
        ids = (s.num_id for s in self.chain(style_id or self.default) if s.num_id is not None)
        return next(ids, "0") != "0"

    def toggle(self, style_id: str | None, prop: str) -> bool | None:
        """A style's bold, italic or hidden, through its chain; None where none says."""
        key = (style_id, prop)
        if key not in self._toggles:
            values = (s.toggles[prop] for s in self.chain(style_id) if prop in s.toggles)
            self._toggles[key] = next(values, None)
        return self._toggles[key]


def _role(style: _Style) -> str | None:
    heading = _HEADING.fullmatch(style.name)
    if heading:
        return "heading1" if heading[1] == "1" else "heading"
    if _CONTENTS.fullmatch(style.name):
        return "contents"
    if style.name in _ROLES:
        return _ROLES[style.name]
    return "list" if _LIST.fullmatch(style.name) else None


def read_styles(data: bytes, name: str) -> Styles:
    styles = Styles()
    if not data:
        return styles
    style = _Style()
    for event, path, element in events(data, STYLES, name):
        tag, parent = path[-1], path[-2] if len(path) > 1 else ""
        if event == "end":
            if tag == "w:style" and (style_id := attr(element, "w:styleId")):
                styles.by_id[style_id] = style
            continue
        if tag == "w:style":
            style = _Style()
            if attr(element, "w:type") == "paragraph" and _on_default(element):
                styles.default = attr(element, "w:styleId")
        elif parent == "w:style" and tag == "w:name":
            style.name = " ".join((attr(element, "w:val") or "").split()).lower()
        elif parent == "w:style" and tag == "w:basedOn":
            style.based_on = attr(element, "w:val")
        elif path[-3:] == ["w:pPr", "w:numPr", "w:numId"] and "w:style" in path:
            style.num_id = attr(element, "w:val")
        elif tag in TOGGLES and parent == "w:rPr":
            if path[-3] == "w:style":
                style.toggles[TOGGLES[tag]] = on(element)
            elif path[-3] == "w:rPrDefault":
                styles.defaults[TOGGLES[tag]] = on(element)
    return styles


def _on_default(element: Element) -> bool:
    return (attr(element, "w:default") or "").lower() in ("1", "true", "on")


def on(element: Element) -> bool:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) is on."""
    return (attr(element, "w:val") or "true").lower() not in ("0", "false", "off", "none")
