"""DOCX export: the only module that imports python-docx.

It renders the page :func:`workflow.export.edition.layout` computes, so DOCX and
HTML show the same parts with the same typography.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Mapping
from xml.sax.saxutils import escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part as PackagePart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun
from lxml import etree  # python-docx's own XML library, for the font table it leaves as bytes

from ..house import DEFAULT_FONT
from ..markup import Link, Run
from ..photos import PhotoFile
from . import fonts
from .edition import Chunk, Edition, Layout, Logo, Part, layout

FONT = DEFAULT_FONT
"""The font family every run names unless the config names another ([export] font).

It must have a glyph for every character an edition writes: the Kazakh letters
ә ғ қ ң ө ұ ү һ і (and capitals), U+00A0 before dashes, U+202F in dates, the
dashes and « » „ “ ” quotation marks. DejaVu Serif has all of them (checked
with ``fc-query`` on 2.37, and LibreOffice's PDF of a Kazakh draft embeds no
other font). Liberation Serif has them only from 2.0: 1.07, still Debian's
``fonts-liberation``, lacks the Kazakh letters and U+202F. PT fonts lack
U+202F, Carlito lacks U+00A0; Times New Roman could not be checked here.
Windows does not ship DejaVu, so the export embeds a subset of the font's files in
the document (:mod:`workflow.export.fonts`) when it finds them on the machine.
"""

LANGUAGE_TAGS = {"en": "en-GB", "kk": "kk-KZ", "ru": "ru-RU", "kk-Latn": "kk-Latn-KZ"}
"""Proofing languages written as ``w:lang``: British English, as in the release dates."""

_STYLES = {
    "rubric": "Rubric",
    "title": "Headline",
    "date": "Release Date",
    "paragraph": "Body Text",
    "attribution": "Attribution",
    "quote": "Quote",
    "heading": "Heading 2",
    "list": "List Bullet",
    "photo": "Photo Caption",
}
"""One paragraph style per kind of block, each defined in the document (an editor
restyles the release in Word by changing them); the dateline is a character style."""
_PHOTO_HEIGHT = Mm(120)
"""The tallest a photo is set (a portrait photo across the width would fill the page)."""
_ACCENT = RGBColor(0x8A, 0x1C, 0x1C)
_DRAFT_RED = RGBColor(0xC0, 0x00, 0x00)
_GREY = RGBColor(0x55, 0x55, 0x55)
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_DROPPED_PARTS = ("/metadata/thumbnail", "/stylesWithEffects")
"""Template parts that would show python-docx's thumbnail or carry its old theme fonts."""


def render_docx(
    page: Layout | Edition,
    *,
    font: str = FONT,
    logo: Logo | None = None,
    embed: fonts.FontFiles | None = None,
    photos: Mapping[str, PhotoFile] | None = None,
) -> bytes:
    """A page (or an edition, laid out here) as a Word document.

    The letterhead opens it, the end mark and the media contacts close it; the
    header names the office and the date, the footer numbers the pages. With
    ``embed``, a subset of each style of the font travels in the document, so it
    looks the same where the font is not installed. The same content gives the
    same bytes: core properties and the zip entries' times come from the release
    date (or a fixed day when there is none), and nothing else reads the clock.
    """
    if isinstance(page, Edition):
        page = layout(page)
    document = docx.Document()
    _drop_template_parts(document)
    _set_up_page(document)
    _set_up_styles(document, LANGUAGE_TAGS[page.lang], font)
    _set_core_properties(document, page)
    _add_header(document, page)
    _add_footer(document, page)
    _add_letterhead(document, page, logo)
    if page.draft:
        _add_draft_note(document, page)
    for part in page.parts:
        if part.photo is not None and photos and part.photo.file in photos:
            _add_photo(document, part, photos[part.photo.file], page)
        _add_part(document, part, page)
    _add_end(document, page)
    if embed is not None:
        _embed_fonts(document, embed)
    buffer = io.BytesIO()
    document.save(buffer)
    app = _app_properties(page, _word_count(document))
    return _fixed_zip(
        buffer.getvalue(), _timestamp(page).timetuple()[:6], {"docProps/app.xml": app}
    )


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
    section.header_distance = section.footer_distance = Mm(10)


def _set_up_styles(document, language_tag: str, font: str) -> None:
    styles = document.styles
    _name_font(styles.element, font)
    rpr_default = styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault"))
    _set_lang(rpr_default.find(qn("w:rPr")), language_tag)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language_tag)
    proof_state = settings.find(qn("w:proofState"))
    if proof_state is not None:  # the template says "spelling clean": let Word check it
        settings.remove(proof_state)

    normal = styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    body = styles["Body Text"]
    body.base_style = normal
    body.paragraph_format.space_after = Pt(8)
    for name, size in (("Heading 1", 18), ("Heading 2", 13)):
        style = styles[name]
        style.font.size, style.font.bold = Pt(size), True
        style.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)
        style.paragraph_format.space_before = Pt(14 if size < 18 else 0)
        style.paragraph_format.space_after = Pt(6)
    headline = styles.add_style("Headline", WD_STYLE_TYPE.PARAGRAPH)
    headline.base_style, headline.quick_style = styles["Heading 1"], True
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
    name = _add_style(styles, "Letterhead", size=14, bold=True, color=_ACCENT)
    name.paragraph_format.space_after = Pt(2)
    details = _add_style(styles, "Letterhead Details", size=8.5, color=_GREY)
    details.paragraph_format.space_after = Pt(18)
    _border(details, "bottom")
    picture = _add_style(styles, "Photo")
    picture.paragraph_format.space_before = Pt(6)
    picture.paragraph_format.space_after = Pt(3)
    picture.paragraph_format.keep_with_next = True
    caption = _add_style(styles, "Photo Caption", size=9.5, color=_GREY)
    caption.paragraph_format.space_after = Pt(12)
    end = _add_style(styles, "End Mark", bold=True)
    end.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    end.paragraph_format.space_before = Pt(12)
    end.paragraph_format.space_after = Pt(18)
    contacts = _add_style(styles, "Contacts", size=9.5, color=_GREY)
    contacts.paragraph_format.space_after = Pt(0)
    contacts_heading = _add_style(styles, "Contacts Heading", size=9.5, bold=True)
    contacts_heading.paragraph_format.keep_with_next = True
    contacts_heading.paragraph_format.space_after = Pt(2)
    _border(contacts_heading, "top")
    for name in ("Header", "Footer"):
        styles[name].font.size, styles[name].font.color.rgb = Pt(8.5), _GREY
    dateline = styles.add_style("Dateline", WD_STYLE_TYPE.CHARACTER)
    dateline.font.bold = True
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x0B, 0x57, 0xA4)
    link.font.underline = True
    for style in styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _set_lang(style.element.get_or_add_rPr(), language_tag)


def _add_style(styles, name: str, *, size: float | None = None, bold: bool = False, color=None):
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


def _border(style, side: str) -> None:
    """A thin rule above or below the paragraphs of a style (python-docx has no API)."""
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "6"), ("w:color", "8A1C1C")):
        line.set(qn(key), value)
    borders.append(line)
    # w:pBdr goes before w:spacing and what follows it in CT_PPr's sequence
    anchor = next(
        (
            ppr.find(qn(t))
            for t in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc")
            if ppr.find(qn(t)) is not None
        ),
        None,
    )
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        ppr.append(borders)


def _name_font(styles_element, font: str) -> None:
    """Name ``font`` for every script in every style, replacing the template's theme fonts.

    A theme font attribute would win over the named font in Word, so it is removed.
    """
    for named in styles_element.iter(qn("w:rFonts")):
        for attribute in _THEME_FONT_ATTRIBUTES:
            named.attrib.pop(qn(attribute), None)
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            named.set(qn(attribute), font)


def _set_lang(rpr, language_tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        # w:lang comes after every property python-docx writes but these three
        after = [rpr.find(qn(t)) for t in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        following = next((e for e in after if e is not None), None)
        if following is not None:
            following.addprevious(lang)
        else:
            rpr.append(lang)
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


_WORD = re.compile(r"\S+")


def _word_count(document) -> tuple[int, int, int]:
    """Words, characters without spaces and characters with them, as Word counts them."""
    texts = [p.text for p in document.paragraphs]
    words = sum(len(_WORD.findall(t)) for t in texts)
    with_spaces = sum(len(t) for t in texts)
    without = sum(len(t) - t.count(" ") - t.count("\u00a0") for t in texts)
    return words, without, with_spaces


def _app_properties(page: Layout, counts: tuple[int, int, int]) -> bytes:
    """``docProps/app.xml``: press as the application, the office as the company, and
    the document's real counts (python-docx's template claims another program and 0)."""
    words, characters, with_spaces = counts
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Pages>1</Pages>"
        f"<Words>{words}</Words><Characters>{characters}</Characters>"
        f"<Application>press</Application><DocSecurity>0</DocSecurity>"
        f"<Lines>{max(1, with_spaces // 70)}</Lines>"
        f"<Paragraphs>{len(page.parts)}</Paragraphs><ScaleCrop>false</ScaleCrop>"
        f"<Company>{escape(page.organization)}</Company><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{with_spaces}</CharactersWithSpaces>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "</Properties>"
    ).encode()


def _fixed_zip(data: bytes, when: tuple[int, ...], replaced: dict[str, bytes]) -> bytes:
    """Rewrite the package with fixed entry times (python-docx stamps them with the clock)
    and the parts in ``replaced`` swapped for the given bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = entry.external_attr
            target.writestr(fixed, replaced.get(entry.filename) or source.read(entry))
    return out.getvalue()


# -- embedded fonts -----------------------------------------------------------------

_FONT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_EMBED_TAGS = {
    "regular": "w:embedRegular",
    "bold": "w:embedBold",
    "italic": "w:embedItalic",
    "bold_italic": "w:embedBoldItalic",
}
_BEFORE_EMBEDDING = (
    "w:writeProtection",
    "w:view",
    "w:zoom",
    "w:removePersonalInformation",
    "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries",
    "w:displayBackgroundShape",
    "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth",
    "w:printFormsData",
)
"""The settings that come before ``w:embedTrueTypeFonts`` in CT_Settings' sequence."""


def _embed_fonts(document, files: fonts.FontFiles) -> None:
    """Each style of the font, subset to what the document writes, as an obfuscated part
    of the font table; the settings tell Word the fonts are embedded (python-docx has no
    API for any of it)."""
    characters = frozenset(_document_text(document))
    table = next(
        rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FONT_TABLE
    )
    xml = parse_xml(table.blob)
    for entry in xml.findall(qn("w:font")):
        if entry.get(qn("w:name")) == files.family:
            xml.remove(entry)
    entry = OxmlElement("w:font")
    entry.set(qn("w:name"), files.family)
    for tag, value in (("w:charset", "CC"), ("w:family", "roman"), ("w:pitch", "variable")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        entry.append(child)
    for number, style in enumerate(s for s in fonts.STYLES if s in files.paths):
        data = fonts.subset(files.paths[style], characters, files.cache)
        key = fonts.font_key(files.family, style, data)
        name = PackURI(f"/word/fonts/font{number + 1}.odttf")
        part = PackagePart(name, _FONT_CONTENT_TYPE, fonts.obfuscate(data, key), table.package)
        embed = OxmlElement(_EMBED_TAGS[style])
        embed.set(qn("r:id"), table.relate_to(part, RT.FONT))
        embed.set(qn("w:fontKey"), key)
        embed.set(qn("w:subsetted"), "1")
        entry.append(embed)
    xml.append(entry)
    table._blob = etree.tostring(xml, xml_declaration=True, encoding="UTF-8", standalone=True)
    settings = document.settings.element
    anchor = None
    for tag in _BEFORE_EMBEDDING:
        found = settings.find(qn(tag))
        anchor = found if found is not None else anchor
    for tag in ("w:saveSubsetFonts", "w:embedTrueTypeFonts"):
        element = OxmlElement(tag)
        if anchor is not None:
            anchor.addnext(element)
        else:
            settings.insert(0, element)


def _document_text(document) -> str:
    """Every character the document writes: body, header, footer, and page numbers."""
    section = document.sections[0]
    paragraphs = [*document.paragraphs, *section.header.paragraphs, *section.footer.paragraphs]
    return "".join(p.text for p in paragraphs) + "0123456789"


# -- header, footer, letterhead, end ----------------------------------------------


def _add_header(document, page: Layout) -> None:
    """The office's name and the release date on every page; a draft's mark beside them."""
    header = document.sections[0].header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.style = "Header"
    _right_tab(paragraph, document)
    _lang_run(paragraph.add_run(page.organization), page)
    right = page.date_text
    if page.draft:
        mark = _lang_run(paragraph.add_run("\t" + page.words.draft), page)
        mark.bold, mark.font.size, mark.font.color.rgb = True, Pt(14), _DRAFT_RED
        if right:
            _lang_run(paragraph.add_run(f"   {right}"), page)
    elif right:
        _lang_run(paragraph.add_run("\t" + right), page)


def _add_footer(document, page: Layout) -> None:
    """The page number in the document's language ("Страница 1 из 2")."""
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = "Footer"
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in re.split(r"(\{page\}|\{pages\})", page.words.page):
        if piece == "{page}":
            _add_field(paragraph, "PAGE", page)
        elif piece == "{pages}":
            _add_field(paragraph, "NUMPAGES", page)
        elif piece:
            _lang_run(paragraph.add_run(piece), page)


def _add_field(paragraph: Paragraph, instruction: str, page: Layout) -> None:
    """A simple field (PAGE, NUMPAGES) showing 1 until Word or LibreOffice updates it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = _lang_run(paragraph.add_run("1"), page)
    field.append(run._r)
    paragraph._p.append(field)


def _right_tab(paragraph: Paragraph, document) -> None:
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _add_letterhead(document, page: Layout, logo: Logo | None) -> None:
    head = page.letterhead
    if logo is not None and logo.is_png:
        picture = document.add_paragraph(style="Letterhead")
        picture.add_run().add_picture(io.BytesIO(logo.data), height=Mm(16))
    _lang_run(document.add_paragraph(style="Letterhead").add_run(head.name), page)
    details = _details(page)
    paragraph = document.add_paragraph(style="Letterhead Details")
    _lang_run(paragraph.add_run(" · ".join(details) if details else "\u00a0"), page)


def _details(page: Layout) -> list[str]:
    """Address, phone, e-mail and website, each with its label, as the letterhead shows."""
    address = page.letterhead.address
    return ([address] if address else []) + _reach(page)


def _reach(page: Layout) -> list[str]:
    head, words = page.letterhead, page.words
    out = []
    if head.phone:
        out.append(f"{words.phone}\u00a0{head.phone}")
    if head.email:
        out.append(f"{words.email}: {head.email}")
    if head.website:
        out.append(head.website)
    return out


def _add_end(document, page: Layout) -> None:
    """The end mark, then the media contacts (the contact, the office's phone and mail)."""
    head = page.letterhead
    if head.end_mark:
        _lang_run(document.add_paragraph(style="End Mark").add_run(head.end_mark), page)
    lines = [head.contact] if head.contact else _reach(page)
    if not lines:
        return
    _lang_run(document.add_paragraph(style="Contacts Heading").add_run(page.words.contacts), page)
    for line in lines:
        _lang_run(document.add_paragraph(style="Contacts").add_run(line), page)


def _lang_run(run: DocxRun, page: Layout, lang: str | None = None) -> DocxRun:
    _set_lang(run._r.get_or_add_rPr(), LANGUAGE_TAGS[lang or page.lang])
    return run


# -- content ------------------------------------------------------------------


def _add_draft_note(document, page: Layout) -> None:
    paragraph = document.add_paragraph(style="Draft Note")
    _lang_run(paragraph.add_run(page.words.draft), page).bold = True
    _lang_run(paragraph.add_run(f" {page.draft_note}"), page)


def _add_part(document, part: Part, page: Layout) -> None:
    style = _STYLES.get(part.kind, "Body Text")
    if part.kind == "list":
        for item in part.items:
            _add_chunks(document.add_paragraph(style=style), item, page)
        return
    paragraph = document.add_paragraph(style=style)
    _add_chunks(paragraph, part.chunks, page)
    if part.photo is not None and part.photo.credit:  # on a line of its own, as written
        paragraph.add_run().add_break()
        _lang_run(paragraph.add_run(f"{page.words.photo}:\u00a0{part.photo.credit}"), page)


def _add_photo(document, part: Part, photo: PhotoFile, page: Layout) -> None:
    """The picture across the text's width (no taller than half the page), its caption
    as the picture's description for screen readers; the caption follows as a part."""
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    height = int(width * photo.height / photo.width)
    if height > _PHOTO_HEIGHT:
        width, height = int(_PHOTO_HEIGHT * photo.width / photo.height), _PHOTO_HEIGHT
    run = document.add_paragraph(style="Photo").add_run()
    shape = run.add_picture(io.BytesIO(photo.data), width=width, height=height)
    shape._inline.docPr.set("descr", part.text)


def _add_chunks(paragraph: Paragraph, chunks: tuple[Chunk, ...], page: Layout) -> None:
    for chunk in chunks:
        for inline in chunk.inlines:
            if isinstance(inline, Link):
                _add_link(paragraph, inline, chunk, page)
            else:
                _add_run(paragraph, inline, chunk, page)


def _add_run(paragraph: Paragraph, run: Run, chunk: Chunk, page: Layout) -> DocxRun:
    out = paragraph.add_run(run.text)
    if chunk.dateline:
        out.style = "Dateline"
    elif run.strong:
        out.bold = True
    if run.em:
        out.italic = True
    if chunk.missing:
        if page.draft:
            out.font.highlight_color = WD_COLOR_INDEX.YELLOW
        return _lang_run(out, page, page.source_lang)
    return _lang_run(out, page)


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
