"""Word files (``.docx``), read into lines for the plain-text rules.

The package itself (the zip, its members, the defused XML read as a stream of
events) is :mod:`workflow.sources.ooxml`'s; this module reads what the events mean.

What a reader of the file sees is what press reads:

* paragraph kinds from style *names* (:mod:`workflow.sources.wordstyles`), and
  what the paragraphs are on the page (:mod:`workflow.sources.wordlines`: a
  letterhead table, a table's caption, a second Title, inline markup);
* table cells as paragraphs, in reading order; the result of a field, not its code;
* tracked changes as last accepted: a pending insertion is left out, a pending
  deletion kept, a pending move read where the text stood before;
* Word's characters as text characters: a no-break hyphen as ``-`` (translation
  memories match the plain one), the arrows and bullets of the Symbol and Wingdings
  fonts as their Unicode characters.

Comments, footnotes, endnotes, text boxes, hidden text, formulas, embedded
documents, other symbols, tables of contents and figures (their styles, a ``TOC``
field's result) and page-number lines (``PAGE``, ``NUMPAGES``, ``PAGEREF``) are left
out, and ``Reading.notes`` says how many. Headers and footers are not read and not
mentioned: nearly every ministry file has a letterhead and page numbers there,
and a note on every file would teach people to skip the notes.

Reading costs time in proportion to the part, and the part is bounded: in bytes and
elements before it is parsed (:mod:`workflow.sources.ooxml`), in characters and
paragraphs of text while it is read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from ..errors import InputError
from . import plaintext
from .document import SourceDocument
from .ooxml import DOCUMENT, LINKS, STYLES, attr, events, read_parts
from .reading import MAX_TEXT_LINES, Line, Reading
from .wordlines import Paragraph, Segment, lines_of
from .wordstyles import TOGGLES, Styles, on, read_styles

MAX_TEXT_CHARS = 2_000_000
"""The most characters of text press takes from one file (a release has a few thousand)."""


def read_word(data: bytes, name: str) -> SourceDocument:
    """Read a Word file: its lines and how it was read, through the plain-text rules."""
    lines, reading = read_word_lines(data, name)
    return plaintext.read_lines(lines, reading)


def read_word_lines(data: bytes, name: str) -> tuple[list[Line], Reading]:
    """The lines of a Word file (a blank line between paragraphs) and what was left out."""
    parts = read_parts(data, name)
    styles = read_styles(parts.get(STYLES, b""), name)
    body = _Body(styles, _read_links(parts.get(LINKS, b""), name), name)
    handle = body.handle
    for event, path, element in events(parts[DOCUMENT], DOCUMENT, name):
        handle(event, path, element)
    reading = Reading(notes=body.notes())
    for text, reason in body.dropped:
        reading.drop(text, reason)
    lines = lines_of(body.paragraphs, styles, reading, name)
    if not any(line.text for line in lines):
        if body.counts["embedded"]:
            raise InputError(
                f"{name} has its text in an embedded document",
                "open it in Word and save it as a new .docx",
            )
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


# The document body


@dataclass
class _Run:
    style: str | None = None
    toggles: dict[str, bool] = field(default_factory=dict)


@dataclass
class _Field:
    instruction: list[str] = field(default_factory=list)
    result: bool = False
    linked: bool = False
    left_out: str | None = None
    """Why its result is left out (``contents``, ``page``), if it is."""


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
_CHARACTERS = {"w:tab": " ", "w:ptab": " ", "w:noBreakHyphen": "-", "w:br": None, "w:cr": None}
_HYPERLINK_FIELD = re.compile(r'\s*HYPERLINK\s+(?:"([^"]+)"|([^\s"\\]\S*))', re.IGNORECASE)
_LEFT_OUT_FIELDS = {"TOC": "contents"} | dict.fromkeys(
    ("PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF"), "page"
)
_SYMBOLS = {
    # the Symbol font: bullets, arrows, signs, the Greek letters of units and formulas
    "symbol": dict(
        zip(
            b"\xb7\xae\xac\xad\xaf\xab\xde\xdc\xdb\xb0\xb1\xb4\xb8\xa3\xb3\xb9\xbb\xa5\xbc-\xd7"
            b"\xd2\xd3\xd4\xe2\xe3\xe4abgdelmpsDSW",
            "•→←↑↓↔⇒⇐⇔°±×÷≤≥≠≈∞…−⋅®©™®©™αβγδελμπσΔΣΩ",
            strict=True,
        )
    ),
    # Wingdings: what Word's AutoCorrect makes of --> <-- ==> <== <=> :) :(, and its bullets
    "wingdings": dict(
        zip(b"\xe0\xdf\xe8\xe7\xf3JL\xa7ln\xd8\xfc\xfb\xfevq", "→←⇒⇐⇔☺☹▪●■➢✓✗☑❖❑", strict=True)
    ),
}
_PAGE_LINE_WORDS = 3
"""A paragraph with a page number and no more words than this ("Страница 4 из 12") goes."""


class _Body:
    """The state of a walk through ``document.xml``: one event at a time, no recursion."""

    def __init__(self, styles: Styles, links: dict[str, str], name: str) -> None:
        self.styles, self.links, self.name = styles, links, name
        self.paragraphs: list[Paragraph] = []
        self.dropped: list[tuple[str, str]] = []
        self.counts: Counter[str] = Counter()
        self.comments: set[str] = set()
        self.paragraph = Paragraph()
        self.hidden: list[str] = []  # the paragraph's hidden text
        self.contents: list[str] = []  # the paragraph's text in a table of contents
        self.pages: list[int] = []  # the paragraph's segments that are page numbers
        self.runs: list[_Run] = []
        self.asides: list[_Aside] = []
        self.fields: list[_Field] = []
        self.hrefs: list[str | None] = []
        self.placeholders: list[bool] = []
        self.changes: list[int] = []  # characters kept when each kept change began
        self.tables = self.table = self.row = self.column = 0
        self.chars = self.kept = self.texts = 0
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
        elif tag == "w:r":
            self.runs.append(_Run())
        elif parent.endswith("Pr") or tag.endswith("Pr"):
            self.properties(tag, path, element)
        elif tag in _CHARACTERS and parent == "w:r":
            self.text(_CHARACTERS[tag])
        elif tag in ("w:p", "w:tbl", "w:tr", "w:tc"):
            if not self.asides:
                self.layout(tag)
        elif tag in _ASIDES:
            self.asides.append(_Aside(*_ASIDES[tag]))
        elif tag in _KEPT_CHANGES:
            self.changes.append(self.kept)
        elif tag == "w:hyperlink":
            self.hrefs.append(self.links.get(attr(element, "r:id") or ""))
        elif tag == "w:fldSimple":
            instruction = attr(element, "w:instr") or ""
            self.fields.append(_Field(result=True, linked=True, left_out=_left_out(instruction)))
            self.hrefs.append(_field_link(instruction))
        elif tag == "w:fldChar":
            self.field_char(attr(element, "w:fldCharType"))
        elif tag == "w:sym" and parent == "w:r":
            self.symbol(element)
        elif tag in ("w:drawing", "w:pict") and not self.asides:
            self.paragraph.picture = True
        elif tag in ("w:commentRangeStart", "w:commentReference"):
            self.comments.add(attr(element, "w:id") or "")
        elif tag in ("w:footnoteReference", "w:endnoteReference"):
            self.counts[tag[2:-9]] += 1
        elif tag == "w:sdt":
            self.placeholders.append(False)
        elif tag in ("m:oMath", "w:altChunk"):  # a formula, an embedded document: no text here
            self.skip_depth = len(path)
            if not self.asides:
                self.counts["formula" if tag == "m:oMath" else "embedded"] += 1

    def layout(self, tag: str) -> None:
        """A paragraph begins, or a table, a row, a cell (of the outermost table)."""
        if tag == "w:p":
            table = self.table if self.tables else 0
            self.paragraph = Paragraph(table=table, row=self.row, column=self.column)
        elif tag == "w:tbl":
            self.tables += 1
            if self.tables == 1:
                self.table, self.row = self.table + 1, -1
        elif self.tables == 1 and tag == "w:tr":
            self.row, self.column = self.row + 1, -1
        elif self.tables == 1 and tag == "w:tc":
            self.column += 1

    def properties(self, tag: str, path: list[str], element: Element) -> None:
        """Paragraph style and numbering; a run's style and toggles; a placeholder's mark.

        (Inside a text box or a pending insertion only the text counts.)
        """
        parent, owner = path[-2], path[-3] if len(path) > 2 else ""
        if parent == "w:sdtPr" and tag == "w:showingPlcHdr" and self.placeholders:
            self.placeholders[-1] = on(element)
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
        elif parent == "w:rPr" and owner == "w:r" and tag in TOGGLES:
            self.runs[-1].toggles[TOGGLES[tag]] = on(element)

    def end(self, tag: str, parent: str, element: Element) -> None:
        if tag in ("w:t", "w:delText") and parent == "w:r":
            self.text(element.text or "")
        elif tag == "w:r" and self.runs:
            self.runs.pop()
        elif tag in ("w:instrText", "w:delInstrText") and self.fields:
            self.fields[-1].instruction.append(element.text or "")
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
            if self.kept > self.changes.pop() and _KEPT_CHANGES[tag]:
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
            instruction = "".join(field_.instruction)
            field_.left_out = _left_out(instruction)
            self.hrefs.append(_field_link(instruction))
        elif kind == "end" and self.fields and self.fields.pop().linked and self.hrefs:
            self.hrefs.pop()

    def symbol(self, element: Element) -> None:
        """A character of a symbol font, as its Unicode character where press knows it."""
        try:
            code = int(attr(element, "w:char") or "", 16)
        except ValueError:
            return
        font = (attr(element, "w:font") or "").strip().lower()
        if 0x100 <= code <= 0x10FFFF and not 0xF000 <= code <= 0xF0FF:
            self.text(chr(code))
        elif (char := _SYMBOLS.get(font, {}).get(code & 0xFF)) is not None:
            self.text(char)
        elif not self.asides and all(f.result for f in self.fields):
            self.counts["symbol"] += 1

    def text(self, text: str | None) -> None:
        """Text (``None``: a line break) where it goes: the paragraph, or what is left out."""
        fields = self.fields
        if fields and not all(f.result for f in fields):
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
        left_out = next((f.left_out for f in fields if f.left_out), None) if fields else None
        if left_out == "contents":
            self.contents.append(" " if text is None else text)
            return
        bold, italic, hidden = self.toggle("bold"), self.toggle("italic"), self.toggle("hidden")
        if hidden and text is not None:
            self.hidden.append(text)
            return
        if left_out == "page":
            self.pages.append(len(self.paragraph.segments))
        else:
            self.kept += len(text or "")
        href = next((h for h in reversed(self.hrefs) if h), None) if self.hrefs else None
        self.paragraph.segments.append(Segment(text, bold, italic, href))

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
        paragraph, segments = self.paragraph, self.paragraph.segments
        if not (segments or self.hidden or self.contents or paragraph.picture):
            return  # an empty paragraph (Word's spacing): nothing to keep or say
        if self.hidden:
            self.counts["hidden"] += 1
            self.dropped.append(("".join(self.hidden), "hidden text"))
        if self.styles.role(paragraph.style) == "contents":
            self.contents.extend(s.text or " " for s in segments)
            segments.clear()
        if self.contents:
            self.counts["contents"] += 1
            self.dropped.append(("".join(self.contents), "a table of contents or figures"))
        if self.pages:
            self.page_numbers(segments)
        self.hidden, self.contents, self.pages = [], [], []
        self.paragraph = Paragraph()
        if any(s.text and not s.text.isspace() for s in segments):
            self.texts += 1
            if self.texts > MAX_TEXT_LINES:
                raise InputError(
                    f"{self.name} has more than {MAX_TEXT_LINES:,} paragraphs of text",
                    "a press release has a few hundred: check that it is the right file",
                )
        elif not paragraph.picture:
            return
        self.paragraphs.append(paragraph)

    def page_numbers(self, segments: list[Segment]) -> None:
        """Leave out a paragraph that is a page number ("Страница 4 из 12", "- 4 -"); in a
        sentence ("см. с. 4") the number stays, or the sentence would be broken."""
        numbers = set(self.pages)
        rest = "".join(s.text or " " for i, s in enumerate(segments) if i not in numbers)
        if len(re.findall(r"\w+", rest)) <= _PAGE_LINE_WORDS:
            self.counts["page"] += 1
            self.dropped.append(("".join(s.text or " " for s in segments), "a page number"))
            segments.clear()

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
    ("contents", "{n} line{s} of a table of contents or figures left out"),
    ("page", "{n} page number line{s} left out"),
    ("formula", "{n} formula{s} left out: type {it} as text in Word to include {it}"),
    (
        "symbol",
        "{n} symbol{s} of a symbol font left out: type {it} as text in Word to include {it}",
    ),
    (
        "embedded",
        "{n} embedded document{s} left out: open the file in Word and save it as a new .docx "
        "to include {it}",
    ),
)


def _field_link(instruction: str) -> str | None:
    """The address of a ``HYPERLINK "url"`` field; None for other fields and local links."""
    match = _HYPERLINK_FIELD.match(instruction)
    return (match[1] or match[2]) if match else None


def _left_out(instruction: str) -> str | None:
    """Why a field's result is left out: a table of contents, a page number; None: kept."""
    words = instruction.split(maxsplit=1)
    return _LEFT_OUT_FIELDS.get(words[0].upper()) if words else None
