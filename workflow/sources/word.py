"""Word files (``.docx``), read into lines for the plain-text rules.

The package itself (the zip, its members, the defused XML read as a stream of
events) is :mod:`workflow.sources.ooxml`'s; this module reads what the events mean.

What a reader of the file sees is what press reads:

* paragraph kinds from style *names* (Russian-localised Word saves the ids ``1``,
  ``a3``; the names stay ``heading 1``, ``Title``), through ``basedOn`` chains;
  Normal and any style it does not know leave the kind to the plain-text rules;
* bold, italic and external links as inline Markdown, with Word's run splits
  (revision ids, proofing marks) merged; a line bold or italic throughout gets
  no markup (a headline is not emphasis);
* table cells as paragraphs, in reading order (in the body, stated as paragraphs:
  a figure in a cell is not a page's view count); the result of a field, not its code;
* tracked changes as last accepted: a pending insertion is left out, a pending
  deletion kept, a pending move read where the text stood before.

Comments, footnotes, endnotes, text boxes and hidden text are left out, and
``Reading.notes`` says how many. Headers and footers are not read and not
mentioned: nearly every ministry file has a letterhead and page numbers there,
and a note on every file would teach people to skip the notes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from urllib.parse import quote, urlsplit
from xml.etree.ElementTree import Element

from ..errors import InputError
from ..markup import LINK_SCHEMES
from ..model import BlockKind
from . import plaintext
from .common import is_clutter
from .document import SourceDocument
from .ooxml import DOCUMENT, LINKS, STYLES, attr, events, read_parts
from .reading import CAPTION, Line, Reading

MAX_TEXT_CHARS = 2_000_000
"""The most characters of text press takes from one file (a release has a few thousand)."""


def read_word(data: bytes, name: str) -> SourceDocument:
    """Read a Word file: its lines and how it was read, through the plain-text rules."""
    lines, reading = read_word_lines(data, name)
    return plaintext.read_lines(lines, reading)


def read_word_lines(data: bytes, name: str) -> tuple[list[Line], Reading]:
    """The lines of a Word file (a blank line between paragraphs) and what was left out."""
    parts = read_parts(data, name)
    styles = _read_styles(parts.get(STYLES, b""), name)
    body = _Body(styles, _read_links(parts.get(LINKS, b""), name), name)
    for event, path, element in events(parts[DOCUMENT], DOCUMENT, name):
        body.handle(event, path, element)
    reading = Reading(notes=body.notes())
    for text, reason in body.dropped:
        reading.drop(text, reason)
    lines = _lines(body.paragraphs, styles)
    if not any(line.text for line in lines):
        raise InputError(
            f"{name} has no text",
            "put the release in the body of the document (not in comments or text boxes)",
        )
    return lines, reading


# Links


def _read_links(data: bytes, name: str) -> dict[str, str]:
    """Relationship id to target, for the document's external hyperlinks."""
    links: dict[str, str] = {}
    if not data:
        return links
    for event, path, element in events(data, LINKS, name):
        if event == "start" and path[-1] == "rel:Relationship":
            target, kind = attr(element, "Target"), attr(element, "Type") or ""
            if target and attr(element, "TargetMode") == "External" and kind.endswith("/hyperlink"):
                links[attr(element, "Id") or ""] = target
    return links


# Styles


_ROLES = {
    "title": "title",
    "subtitle": "subtitle",
    "quote": "quote",
    "intense quote": "quote",
    "caption": "caption",
    "list paragraph": "list",
    # the names Word shows in Russian, for styles copied from a template under them
    "заголовок": "title",
    "название": "title",
    "подзаголовок": "subtitle",
    "цитата": "quote",
    "выделенная цитата": "quote",
    "название объекта": "caption",
    "абзац списка": "list",
}
_HEADING = re.compile(r"(?:heading|заголовок) ([1-9])")
_LIST = re.compile(r"list(?: bullet| number)?(?: [2-5])?|маркированный список|нумерованный список")
_TOGGLES = {"w:b": "bold", "w:i": "italic", "w:vanish": "hidden"}


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    toggles: dict[str, bool] = field(default_factory=dict)


@dataclass
class _Styles:
    by_id: dict[str, _Style] = field(default_factory=dict)
    default: str | None = None
    """The default paragraph style (Normal), for a paragraph that names none."""
    defaults: dict[str, bool] = field(default_factory=dict)

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.by_id and len(seen) < 50:
            seen.add(style_id)
            yield self.by_id[style_id]
            style_id = self.by_id[style_id].based_on

    def role(self, style_id: str | None) -> str | None:
        """What a paragraph style says a paragraph is, by the first name in its chain it knows."""
        for style in self.chain(style_id or self.default):
            heading = _HEADING.fullmatch(style.name)
            if heading:
                return "heading1" if heading[1] == "1" else "heading"
            if style.name in _ROLES or _LIST.fullmatch(style.name):
                return _ROLES.get(style.name, "list")
        return None

    def numbered(self, style_id: str | None) -> bool:
        ids = (s.num_id for s in self.chain(style_id or self.default) if s.num_id is not None)
        return next(ids, "0") != "0"

    def toggle(self, style_id: str | None, prop: str) -> bool | None:
        values = (s.toggles[prop] for s in self.chain(style_id) if prop in s.toggles)
        return next(values, None)


def _read_styles(data: bytes, name: str) -> _Styles:
    styles = _Styles()
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
        elif tag in _TOGGLES and parent == "w:rPr":
            if path[-3] == "w:style":
                style.toggles[_TOGGLES[tag]] = _on(element)
            elif path[-3] == "w:rPrDefault":
                styles.defaults[_TOGGLES[tag]] = _on(element)
    return styles


def _on_default(element: Element) -> bool:
    return (attr(element, "w:default") or "").lower() in ("1", "true", "on")


def _on(element: Element) -> bool:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) is on."""
    return (attr(element, "w:val") or "true").lower() not in ("0", "false", "off", "none")


# The document body


@dataclass
class _Segment:
    """Text with one formatting and one link target; ``None`` text is a line break."""

    text: str | None
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass
class _Paragraph:
    style: str | None = None
    num_id: str | None = None
    in_table: bool = False
    segments: list[_Segment] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)


@dataclass
class _Run:
    style: str | None = None
    toggles: dict[str, bool] = field(default_factory=dict)


@dataclass
class _Field:
    instruction: list[str] = field(default_factory=list)
    result: bool = False
    linked: bool = False


@dataclass
class _Aside:
    """Text read but left out (a pending insertion, a text box), and why."""

    kind: str
    reason: str
    parts: list[str] = field(default_factory=list)


_ASIDES = {
    "w:ins": ("insertion", "a tracked insertion not yet accepted"),
    "w:moveTo": ("move", "a tracked move not yet accepted (read where it stood before)"),
    "w:txbxContent": ("text box", "in a text box"),
}
_KEPT_CHANGES = {"w:del": "deletion", "w:moveFrom": ""}  # a move is counted at its w:moveTo
_SKIPPED = frozenset({"mc:Fallback", "w:sectPr", "w:pPrChange", "w:rPrChange", "w:tblPrChange"})
_CHARACTERS = {"w:tab": " ", "w:ptab": " ", "w:noBreakHyphen": "\u2011", "w:br": None, "w:cr": None}
_HYPERLINK_FIELD = re.compile(r'\s*HYPERLINK\s+(?:"([^"]+)"|([^\s"\\]\S*))', re.IGNORECASE)


class _Body:
    """The state of a walk through ``document.xml``: one event at a time, no recursion."""

    def __init__(self, styles: _Styles, links: dict[str, str], name: str) -> None:
        self.styles, self.links, self.name = styles, links, name
        self.paragraphs: list[_Paragraph] = []
        self.dropped: list[tuple[str, str]] = []
        self.counts: Counter[str] = Counter()
        self.comments: set[str] = set()
        self.paragraph = _Paragraph()
        self.runs: list[_Run] = []
        self.asides: list[_Aside] = []
        self.fields: list[_Field] = []
        self.hrefs: list[str | None] = []
        self.placeholders: list[bool] = []
        self.changes: list[int] = []  # characters read when each kept change began
        self.tables = 0
        self.chars = 0
        self.skip_depth = 0

    def handle(self, event: str, path: list[str], element: Element) -> None:
        if self.skip_depth:
            if event == "end" and len(path) == self.skip_depth:
                self.skip_depth = 0
            return
        tag, parent = path[-1], path[-2] if len(path) > 1 else ""
        if event == "start":
            self.start(tag, parent, path, element)
        else:
            self.end(tag, parent, element)

    def start(self, tag: str, parent: str, path: list[str], element: Element) -> None:
        if tag in _SKIPPED or (tag == "w:sdtContent" and self.placeholders[-1:] == [True]):
            self.skip_depth = len(path)
        elif tag == "w:p" and not self.asides:
            self.paragraph = _Paragraph(in_table=self.tables > 0)
        elif tag == "w:tbl" and not self.asides:
            self.tables += 1
        elif tag == "w:r":
            self.runs.append(_Run())
        elif parent.endswith("Pr") or tag.endswith("Pr"):
            self.properties(tag, path, element)
        elif tag in _ASIDES:
            self.asides.append(_Aside(*_ASIDES[tag]))
        elif tag in _KEPT_CHANGES:
            self.changes.append(self.chars)
        elif tag == "w:hyperlink":
            self.hrefs.append(self.links.get(attr(element, "r:id") or ""))
        elif tag == "w:fldSimple":
            self.fields.append(_Field(result=True, linked=True))
            self.hrefs.append(_field_link(attr(element, "w:instr") or ""))
        elif tag == "w:fldChar":
            self.field_char(attr(element, "w:fldCharType"))
        elif tag in _CHARACTERS and parent == "w:r":
            self.text(_CHARACTERS[tag])
        elif tag in ("w:commentRangeStart", "w:commentReference"):
            self.comments.add(attr(element, "w:id") or "")
        elif tag in ("w:footnoteReference", "w:endnoteReference"):
            self.counts[tag[2:-9]] += 1
        elif tag == "w:sdt":
            self.placeholders.append(False)

    def properties(self, tag: str, path: list[str], element: Element) -> None:
        """Paragraph style and numbering; a run's style and toggles; a placeholder's mark.

        (Inside a text box or a pending insertion only the text counts.)
        """
        parent, owner = path[-2], path[-3] if len(path) > 2 else ""
        if parent == "w:sdtPr" and tag == "w:showingPlcHdr" and self.placeholders:
            self.placeholders[-1] = _on(element)
        elif self.asides:
            return
        elif parent == "w:pPr" and tag == "w:pStyle":
            self.paragraph.style = attr(element, "w:val")
        elif parent == "w:pPr" and tag == "w:numPr":
            self.paragraph.num_id = self.paragraph.num_id or ""
        elif parent == "w:numPr" and tag == "w:numId":
            self.paragraph.num_id = attr(element, "w:val") or ""
        elif parent == "w:rPr" and owner == "w:r" and tag == "w:rStyle":
            self.runs[-1].style = attr(element, "w:val")
        elif parent == "w:rPr" and owner == "w:r" and tag in _TOGGLES:
            self.runs[-1].toggles[_TOGGLES[tag]] = _on(element)

    def end(self, tag: str, parent: str, element: Element) -> None:
        if tag in ("w:t", "w:delText") and parent == "w:r":
            self.text(element.text or "")
        elif tag in ("w:instrText", "w:delInstrText") and self.fields:
            self.fields[-1].instruction.append(element.text or "")
        elif tag == "w:r" and self.runs:
            self.runs.pop()
        elif tag == "w:p":
            self.end_paragraph()
        elif tag == "w:tbl" and not self.asides and self.tables:
            self.tables -= 1
        elif tag in _ASIDES and not parent.endswith("Pr") and self.asides:
            aside = self.asides.pop()
            text = " ".join("".join(aside.parts).split())
            if text:
                self.counts[aside.kind] += 1
                self.dropped.append((text, aside.reason))
        elif tag in _KEPT_CHANGES and not parent.endswith("Pr") and self.changes:
            if self.chars > self.changes.pop() and _KEPT_CHANGES[tag]:
                self.counts[_KEPT_CHANGES[tag]] += 1
        elif tag in ("w:hyperlink", "w:fldSimple") and self.hrefs:
            self.hrefs.pop()
            if tag == "w:fldSimple" and self.fields:
                self.fields.pop()
        elif tag == "w:sdt" and self.placeholders:
            self.placeholders.pop()

    def field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields and not self.fields[-1].result:
            field_ = self.fields[-1]
            field_.result = field_.linked = True
            self.hrefs.append(_field_link("".join(field_.instruction)))
        elif kind == "end" and self.fields and self.fields.pop().linked and self.hrefs:
            self.hrefs.pop()

    def text(self, text: str | None) -> None:
        """Text (``None``: a line break) where it goes: the paragraph, or what is left out."""
        if not all(f.result for f in self.fields):
            return  # a field's code, not its result
        self.chars += len(text or "")
        if self.chars > MAX_TEXT_CHARS:
            raise InputError(
                f"{self.name} has more text than press reads ({MAX_TEXT_CHARS:,} characters)",
                "ingest the release on its own, not a whole collection of documents",
            )
        if self.asides:
            self.asides[-1].parts.append(" " if text is None else text)
            return
        bold, italic, hidden = (self.toggle(p) for p in ("bold", "italic", "hidden"))
        if hidden and text is not None:
            self.paragraph.hidden.append(text)
            return
        href = next((h for h in reversed(self.hrefs) if h), None)
        self.paragraph.segments.append(_Segment(text, bold, italic, href))

    def toggle(self, prop: str) -> bool:
        """A run's bold, italic or hidden: its own, its style's, its paragraph style's, default."""
        run = self.runs[-1] if self.runs else _Run()
        value = run.toggles.get(prop)
        for style in (run.style, self.paragraph.style or self.styles.default):
            value = self.styles.toggle(style, prop) if value is None else value
        return bool(self.styles.defaults.get(prop, False) if value is None else value)

    def end_paragraph(self) -> None:
        if self.asides:
            self.asides[-1].parts.append(" ")
            return
        if self.paragraph.hidden:
            self.counts["hidden"] += 1
            self.dropped.append(("".join(self.paragraph.hidden), "hidden text"))
        self.paragraphs.append(self.paragraph)
        self.paragraph = _Paragraph()

    def notes(self) -> list[str]:
        """Sentences about what was left out or kept, for ``Reading.notes``."""
        counts = self.counts
        counts["comment"] = len(self.comments)
        notes = []
        for key, template in _NOTES:
            n = counts[key]
            if n:
                one = n == 1
                notes.append(
                    template.format(
                        n=n,
                        s="" if one else "s",
                        es="" if one else "es",
                        was="was" if one else "were",
                        it="it" if one else "them",
                    )
                )
        return notes


_NOTES = (
    (
        "insertion",
        "{n} tracked insertion{s} not yet accepted {was} left out: "
        "accept or reject {it} in Word and ingest again to include {it}",
    ),
    (
        "deletion",
        "{n} tracked deletion{s} not yet accepted {was} kept in the text: "
        "accept or reject {it} in Word and ingest again",
    ),
    (
        "move",
        "{n} tracked move{s} not yet accepted {was} read where the text stood before: "
        "accept or reject {it} in Word and ingest again",
    ),
    ("comment", "{n} comment{s} left out"),
    ("footnote", "{n} footnote{s} left out: copy {it} into the text in Word to include {it}"),
    ("endnote", "{n} endnote{s} left out: copy {it} into the text in Word to include {it}"),
    ("text box", "{n} text box{es} left out: move the text into the body in Word to include it"),
    ("hidden", "hidden text in {n} paragraph{s} left out: unhide it in Word to include it"),
)


def _field_link(instruction: str) -> str | None:
    """The address of a ``HYPERLINK "url"`` field; None for other fields and local links."""
    match = _HYPERLINK_FIELD.match(instruction)
    return (match[1] or match[2]) if match else None


# Lines


def _lines(paragraphs: list[_Paragraph], styles: _Styles) -> list[Line]:
    """The lines of the paragraphs with text, a blank line between, kinds from the styles."""
    texts = [(p, _render_lines(p.segments)) for p in paragraphs]
    texts = [(p, lines) for p, lines in texts if any(lines)]
    kinds = _kinds([_role(p, styles) for p, _ in texts], [" ".join(t) for _, t in texts])
    # a table in the body holds content (figures are not a page's view counts); one above
    # any other text is a letterhead's layout, left to the rules
    body = next((i for i, (p, _) in enumerate(texts) if not p.in_table), len(texts))
    for i, (p, _) in enumerate(texts):
        if p.in_table and i > body and kinds[i] is None:
            kinds[i] = BlockKind.PARAGRAPH
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


def _role(paragraph: _Paragraph, styles: _Styles) -> str | None:
    """What the style says; a list item also where the paragraph or its style is numbered,
    and not where the paragraph switches its numbering off (``numId`` 0)."""
    role = styles.role(paragraph.style)
    if role not in (None, "list"):
        return role
    if paragraph.num_id == "0":
        return None
    numbered = bool(paragraph.num_id) or styles.numbered(paragraph.style)
    return "list" if numbered or role == "list" else None


_KIND_OF_ROLE = {
    "heading": BlockKind.HEADING,
    "heading1": BlockKind.HEADING,
    "quote": BlockKind.QUOTE,
    "list": BlockKind.LIST_ITEM,
    "caption": CAPTION,
}


def _kinds(roles: list[str | None], texts: list[str]) -> list[BlockKind | str | None]:
    """Each paragraph's kind: the first Title (and the Title paragraphs right after it)
    is the title, or with none a heading 1 before any body text; a Subtitle above the
    title is the rubric; Normal is left to the plain-text rules."""
    head = next(
        (i for i, (r, t) in enumerate(zip(roles, texts, strict=True)) if _is_body(r, t)),
        len(roles),
    )
    title = roles.index("title") if "title" in roles else None
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


_SPACES = re.compile(r"[ \t\r\n]+")
_ESCAPED = re.compile(r"([\\*\[\]`])")


def _render_lines(segments: list[_Segment]) -> list[str]:
    """A paragraph's lines (split at line breaks) as text with inline Markdown."""
    lines: list[list[_Segment]] = [[]]
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


def _render(segments: list[_Segment]) -> str:
    """One line: spaces folded, Word's run splits merged, bold and italic as Markdown.

    A line bold (or italic) throughout gets no markup for it: that is the look of a
    headline or a name line, not emphasis.
    """
    segments = [
        _Segment(_SPACES.sub(" ", s.text or ""), s.bold, s.italic, s.href) for s in segments
    ]
    words = [s for s in segments if s.text.strip()]
    whole_bold = bool(words) and all(s.bold for s in words)
    whole_italic = bool(words) and all(s.italic for s in words)
    merged: list[_Segment] = []
    for s in segments:
        bold, italic = s.bold and not whole_bold, s.italic and not whole_italic
        if merged and not s.text.strip():  # a space takes the formatting before it
            bold, italic = merged[-1].bold, merged[-1].italic
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].href) == (
            bold,
            italic,
            s.href,
        ):
            text = merged[-1].text + s.text
            merged[-1] = _Segment(text.replace("  ", " "), bold, italic, s.href)
        else:
            merged.append(_Segment(s.text, bold, italic, s.href))
    out = []
    for href, group in groupby(merged, key=lambda s: s.href):
        text = "".join(_strong(list(g)) for _b, g in groupby(group, key=lambda s: s.bold))
        url = _url(href)
        out.append(_wrap(text, "[", f"]({url})") if url else text)
    return _SPACES.sub(" ", "".join(out)).strip()


def _strong(segments: list[_Segment]) -> str:
    text = "".join(_wrap(_escape(s.text), "*") if s.italic else _escape(s.text) for s in segments)
    return _wrap(text, "**") if segments[0].bold else text


def _wrap(text: str, before: str, after: str | None = None) -> str:
    """``text`` between marks, its outer spaces kept outside them."""
    core = text.strip()
    if not core:
        return text
    start = text[: len(text) - len(text.lstrip())]
    end = text[len(text.rstrip()) :]
    return f"{start}{before}{core}{before if after is None else after}{end}"


def _escape(text: str) -> str:
    return _ESCAPED.sub(r"\\\1", text)


def _url(href: str | None) -> str | None:
    """A link target markup keeps (http, https, mailto), with spaces and brackets encoded."""
    if not href:
        return None
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES:
        return None
    return re.sub(r"[\s()]", lambda m: quote(m[0]), href.strip())
