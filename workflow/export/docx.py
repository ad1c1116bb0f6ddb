"""DOCX export: the only module that imports python-docx.

It renders the page :func:`workflow.export.edition.layout` computes, so DOCX and
HTML show the same parts with the same typography.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from .. import locales
from ..markup import Link, Run
from .edition import DRAFT_MARK, Chunk, Edition, Layout, Part, layout

FONT = "DejaVu Serif"
"""The one font family every run names.

It must have a glyph for every character an edition writes: the Kazakh letters
ә ғ қ ң ө ұ ү һ і (and capitals), U+00A0 before dashes, U+202F in dates, the
dashes and « » „ “ ” quotation marks. DejaVu Serif has all of them (checked
with ``fc-query`` on 2.37, and LibreOffice's PDF of a Kazakh draft embeds no
other font). Liberation Serif has them only from 2.0: 1.07, still Debian's
``fonts-liberation``, lacks the Kazakh letters and U+202F. PT fonts lack
U+202F, Carlito lacks U+00A0; Times New Roman could not be checked here.
Windows does not ship DejaVu, so Word substitutes a font there; an office that
standardises on another font passes ``font=``.
"""

LANGUAGE_TAGS = {"en": "en-GB", "kk": "kk-KZ", "ru": "ru-RU"}
"""Proofing languages written as ``w:lang``: British English, as in the release dates."""

_STYLES = {
    "rubric": "Rubric",
    "title": "Heading 1",
    "date": "Release Date",
    "paragraph": "Normal",
    "attribution": "Attribution",
    "quote": "Quote",
    "heading": "Heading 2",
    "list": "List Bullet",
}
_ACCENT = RGBColor(0x8A, 0x1C, 0x1C)
_DRAFT_RED = RGBColor(0xC0, 0x00, 0x00)
_GREY = RGBColor(0x55, 0x55, 0x55)
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_DROPPED_PARTS = ("/metadata/thumbnail", "/stylesWithEffects")
"""Template parts that would show python-docx's thumbnail or carry its old theme fonts."""


def render_docx(edition: Edition, *, font: str = FONT) -> bytes:
    """The edition as a Word document.

    The same content gives the same bytes: core properties and the zip entries'
    times come from the release date (or a fixed day when there is none).
    """
    page = layout(edition)
    document = docx.Document()
    _drop_template_parts(document)
    _set_up_page(document)
    _set_up_styles(document, LANGUAGE_TAGS[page.lang], font)
    _set_core_properties(document, page)
    if page.draft:
        _add_draft_header(document, page)
        _add_draft_note(document, page)
    for part in page.parts:
        _add_part(document, part, page)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), _timestamp(page).timetuple()[:6])


# -- document set-up ----------------------------------------------------------


def _drop_template_parts(document) -> None:
    for rels in (document.part.package.rels, document.part.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype.endswith(_DROPPED_PARTS):
                del rels[r_id]


def _set_up_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(20)


def _set_up_styles(document, language_tag: str, font: str) -> None:
    styles = document.styles
    _name_font(styles.element, font)
    rpr_default = styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault"))
    _set_lang(rpr_default.find(qn("w:rPr")), language_tag)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language_tag)

    normal = styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    for name, size in (("Heading 1", 18), ("Heading 2", 13)):
        style = styles[name]
        style.font.size, style.font.bold = Pt(size), True
        style.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)
        style.paragraph_format.space_before = Pt(14 if size < 18 else 0)
        style.paragraph_format.space_after = Pt(6)
    quote = styles["Quote"]
    quote.font.italic = True
    quote.paragraph_format.left_indent = Mm(8)

    rubric = _add_style(styles, "Rubric", size=9, bold=True, color=_ACCENT)
    rubric.font.all_caps = True
    rubric.paragraph_format.space_after = Pt(4)
    rubric.paragraph_format.keep_with_next = True
    date = _add_style(styles, "Release Date", size=10, color=_GREY)
    date.paragraph_format.space_after = Pt(14)
    attribution = _add_style(styles, "Attribution", bold=True)
    attribution.paragraph_format.space_after = Pt(2)
    attribution.paragraph_format.keep_with_next = True
    _add_style(styles, "Draft Note", size=10, color=_DRAFT_RED)
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x0B, 0x57, 0xA4)
    link.font.underline = True


def _add_style(styles, name: str, *, size: int | None = None, bold: bool = False, color=None):
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    if size:
        style.font.size = Pt(size)
    if bold:
        style.font.bold = True
    if color is not None:
        style.font.color.rgb = color
    return style


def _name_font(styles_element, font: str) -> None:
    """Name ``font`` for every script in every style, replacing the template's theme fonts.

    A theme font attribute would win over the named font in Word, so it is removed.
    """
    for fonts in styles_element.iter(qn("w:rFonts")):
        for attribute in _THEME_FONT_ATTRIBUTES:
            fonts.attrib.pop(qn(attribute), None)
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), font)


def _set_lang(rpr, language_tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)  # w:lang comes after every other property python-docx writes
    lang.set(qn("w:val"), language_tag)


def _set_core_properties(document, page: Layout) -> None:
    props = document.core_properties
    props.title = page.title
    props.language = LANGUAGE_TAGS[page.lang]
    props.author = props.last_modified_by = page.organization
    props.identifier = page.release_id
    props.content_status = "Draft" if page.draft else "Final"
    props.subject = props.keywords = props.category = props.comments = ""
    props.revision = 1
    props.created = props.modified = _timestamp(page)


def _timestamp(page: Layout) -> dt.datetime:
    """The release date at midnight UTC, or a fixed day: never the clock."""
    day = page.date if page.date and page.date.year >= 1980 else dt.date(1980, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _fixed_zip(data: bytes, when: tuple[int, ...]) -> bytes:
    """Rewrite the package with fixed entry times (python-docx stamps them with the clock)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = entry.external_attr
            target.writestr(fixed, source.read(entry))
    return out.getvalue()


# -- content ------------------------------------------------------------------


def _add_draft_header(document, page: Layout) -> None:
    """DRAFT at the top of every page: the section's one default header."""
    header = document.sections[0].header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark = paragraph.add_run(DRAFT_MARK)
    mark.bold, mark.font.size, mark.font.color.rgb = True, Pt(14), _DRAFT_RED
    detail = paragraph.add_run(f"   {page.release_id} · {locales.english_name(page.lang)}")
    detail.font.size, detail.font.color.rgb = Pt(9), _GREY


def _add_draft_note(document, page: Layout) -> None:
    paragraph = document.add_paragraph(style="Draft Note")
    paragraph.add_run(DRAFT_MARK).bold = True
    paragraph.add_run(f" {page.draft_note}")
    _set_lang(paragraph.runs[-1]._r.get_or_add_rPr(), LANGUAGE_TAGS["en"])


def _add_part(document, part: Part, page: Layout) -> None:
    style = _STYLES.get(part.kind, "Normal")
    if part.kind == "list":
        for item in part.items:
            _add_chunks(document.add_paragraph(style=style), item, page)
    else:
        _add_chunks(document.add_paragraph(style=style), part.chunks, page)


def _add_chunks(paragraph: Paragraph, chunks: tuple[Chunk, ...], page: Layout) -> None:
    for chunk in chunks:
        for inline in chunk.inlines:
            if isinstance(inline, Link):
                _add_link(paragraph, inline, chunk, page)
            else:
                _add_run(paragraph, inline, chunk, page)


def _add_run(paragraph: Paragraph, run: Run, chunk: Chunk, page: Layout) -> DocxRun:
    out = paragraph.add_run(run.text)
    if run.strong:
        out.bold = True
    if run.em:
        out.italic = True
    if chunk.missing:
        if page.draft:
            out.font.highlight_color = WD_COLOR_INDEX.YELLOW
        _set_lang(out._r.get_or_add_rPr(), LANGUAGE_TAGS[page.source_lang])
    return out


def _add_link(paragraph: Paragraph, link: Link, chunk: Chunk, page: Layout) -> None:
    """A real hyperlink: python-docx reads them but has no API to write one."""
    r_id = paragraph.part.relate_to(link.href, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), r_id)
    paragraph._p.append(hyperlink)
    for run in link.runs:
        out = _add_run(paragraph, run, chunk, page)
        out.style = "Hyperlink"
        hyperlink.append(out._r)
