"""Word files: refused safely with one line, read by style names, as last accepted.

The small files here are built from a few XML strings; the Word files as Word
really saves them are in tests/data/pages (tests/test_pages.py reads them).
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
from pathlib import Path

import pytest
from conftest import invoke, snapshot

from workflow.errors import InputError
from workflow.fsio import MB
from workflow.markup import parse_inline, plain_text
from workflow.model import BlockKind
from workflow.sources import MAX_FILE_BYTES, ooxml, read_source
from workflow.sources.ooxml import MAX_MEMBERS, MAX_PART_BYTES, MAX_XML_ELEMENTS
from workflow.sources.reading import CAPTION, MAX_TEXT_LINES, Line
from workflow.sources.word import read_word_lines
from workflow.sources.wordlines import MAX_DROPPED_CELLS

PAGES = Path(__file__).parent / "data" / "pages"
K = BlockKind
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
HEADLINE = "<w:p><w:r><w:t>Ассамблея народа Казахстана провела форум</w:t></w:r></w:p>"


def document_xml(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f"<w:document {NS}><w:body>{body}</w:body></w:document>"
    )


def docx(
    body: str = "",
    *,
    styles: str = "",
    links: dict[str, str] | None = None,
    document: str | None = None,
    extra: dict[str, bytes | str] | None = None,
) -> bytes:
    """A .docx of a body (``<w:p>`` elements), styles and external links (id -> address)."""
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"/>',
        "word/document.xml": document if document is not None else document_xml(body),
    }
    if styles:
        parts["word/styles.xml"] = f"<w:styles {NS}>{styles}</w:styles>"
    if links:
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
        items = "".join(
            f'<Relationship Id="{rid}" Type="{rel}" Target="{url}" TargetMode="External"/>'
            for rid, url in links.items()
        )
        parts["word/_rels/document.xml.rels"] = (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{items}</Relationships>'
        )
    parts.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def para(*runs: str, style: str = "", ppr: str = "") -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    props += ppr
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{''.join(runs)}</w:p>"


def run(text: str, *, b: bool = False, i: bool = False, rsid: str = "00A1B2C3") -> str:
    props = ("<w:b/><w:bCs/>" if b else "") + ("<w:i/><w:iCs/>" if i else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r w:rsidR="{rsid}">{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def lines_of(data: bytes) -> list[tuple[object, str]]:
    lines, _reading = read_word_lines(data, "r.docx")
    return [(line.kind, line.text) for line in lines]


def texts_of(data: bytes) -> list[str]:
    return [text for _kind, text in lines_of(data) if text]


def refusal(data: bytes, name: str = "report.docx") -> InputError:
    with pytest.raises(InputError) as caught:
        read_source(data, name)
    message = str(caught.value)
    assert "\n" not in message and caught.value.hint, message
    return caught.value


# Refusals


def _ole(*streams: str) -> bytes:
    """The start of an OLE compound file naming ``streams`` in its directory."""
    names = b"".join(s.encode("utf-16-le") + b"\x00\x00" for s in streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + names + b"\x00" * 1024


def _zip_with_lying_size(data: bytes, claimed: int) -> bytes:
    """A .docx whose document.xml says it unpacks to ``claimed`` bytes (it unpacks to more)."""
    raw = bytearray(docx(document=data.decode("latin-1")))
    target = b"word/document.xml"
    for signature, size_at, name_at, length_at in (
        (b"PK\x03\x04", 22, 30, 26),
        (b"PK\x01\x02", 24, 46, 28),
    ):
        at = raw.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", raw, at + length_at)
            if raw[at + name_at : at + name_at + length] == target:
                struct.pack_into("<I", raw, at + size_at, claimed)
            at = raw.find(signature, at + 4)
    return bytes(raw)


def test_a_file_that_is_no_zip_is_not_a_word_file():
    error = refusal(b"\x7fELF not a document at all")
    assert str(error) == (
        "report.docx is not a Word file (.docx) (save it from Word as .docx and ingest it again)"
    )


def test_an_old_word_file_is_refused_with_what_to_do():
    error = refusal(_ole("WordDocument", "1Table", "SummaryInformation"), "letter.docx")
    assert error.message == "letter.docx is an old Word file (.doc)"
    assert "save it as .docx" in error.hint


def test_a_password_protected_file_has_its_own_line():
    error = refusal(_ole("EncryptionInfo", "EncryptedPackage"))
    assert "protected with a password" in error.message and "remove the password" in error.hint


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK\x05\x06" + b"\x00" * 18, "not a Word file"),  # an empty zip
        (docx(HEADLINE)[:200], "not a Word file"),  # cut off in the middle
        (b"", "not a Word file"),
    ],
    ids=["empty zip", "truncated", "empty file"],
)
def test_damaged_files_are_refused(data, words):
    assert words in refusal(data).message


def test_a_zip_without_a_document_is_not_a_word_file():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "is not a Word file" in refusal(buffer.getvalue(), "budget.docx").message


def test_a_file_larger_than_press_opens_is_refused():
    data = b"PK\x03\x04" + b"\x00" * (MAX_FILE_BYTES + 1)
    assert "is larger than 20 MB" in refusal(data).message


def test_a_zip_with_too_many_members_is_refused():
    extra = {f"word/media/image{n}.png": b"" for n in range(MAX_MEMBERS)}
    error = refusal(docx(HEADLINE, extra=extra))
    assert f"{MAX_MEMBERS + 2} parts" in error.message


def test_a_part_larger_than_the_bound_is_refused_before_it_is_read():
    padding = "<w:bookmarkEnd/>" * (MAX_PART_BYTES // 16 + 1)
    error = refusal(docx(HEADLINE + padding))
    assert f"word/document.xml unpacks to more than {MAX_PART_BYTES // MB} MB" in error.message


def test_a_part_that_claims_a_small_size_and_inflates_beyond_the_bound_is_refused():
    bomb = document_xml(HEADLINE + " " * (MAX_PART_BYTES + 4096)).encode()
    data = _zip_with_lying_size(bomb, claimed=1024)
    assert zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml").file_size == 1024
    assert len(data) < MAX_PART_BYTES // 100  # deflated, it is small
    error = refusal(data)
    assert "damaged" in error.message or "more than" in error.message


def test_the_bound_holds_where_the_header_lies(monkeypatch):
    """With a bound below the true size, reading stops at the bound (zipfile itself stops at
    the claimed size): never more than the bound is unpacked."""
    monkeypatch.setattr(ooxml, "MAX_PART_BYTES", 2048)
    data = _zip_with_lying_size(document_xml(HEADLINE + " " * 100_000).encode(), claimed=2000)
    assert "report.docx" in refusal(data).message


@pytest.mark.parametrize(
    "member",
    ["../evil.xml", "/etc/passwd", "word/../../evil.xml", "C:\\Windows\\evil.xml", "..\\evil"],
)
def test_a_member_name_that_leaves_the_folder_refuses_the_file(member, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    error = refusal(docx(HEADLINE, extra={member: "x"}))
    assert "points outside the file" in error.message
    assert list(tmp_path.iterdir()) == [] and not Path("/evil.xml").exists()


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
    f"]><w:document {NS}><w:body><w:p><w:r><w:t>&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    f"<w:document {NS}><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "external"])
def test_entities_and_dtds_are_refused(xml):
    assert "declares a DTD or XML entities" in refusal(docx(document=xml)).message


def test_a_dtd_in_the_styles_is_refused_too():
    styles = '<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY x "y">]><w:styles/>'
    data = docx(HEADLINE, extra={"word/styles.xml": styles})
    assert "(word/styles.xml)" in refusal(data).message


def test_ten_thousand_levels_of_nesting_are_refused_without_a_crash():
    depth = 5000
    body = "<w:sdt><w:sdtContent>" * depth + HEADLINE + "</w:sdtContent></w:sdt>" * depth
    assert "nested deeper than a Word file ever is" in refusal(docx(body)).message


def test_xml_that_is_not_well_formed_is_damaged():
    error = refusal(docx(document=f"<w:document {NS}><w:body><w:p></w:body>"))
    assert error.message == "report.docx is damaged (word/document.xml is not well-formed XML)"


def test_a_file_with_no_text_is_refused():
    body = (
        para()
        + para(run("   "))
        + '<w:p><w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/>'
        '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
    )
    error = refusal(docx(body), "blank.docx")
    assert error.message == "blank.docx has no text"


def test_a_file_whose_only_text_is_a_pending_insertion_has_no_text():
    body = para(
        '<w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">', run("Новое"), "</w:ins>"
    )
    assert refusal(docx(body)).message == "report.docx has no text"


def test_a_part_with_more_elements_than_a_release_has_is_refused_before_it_is_parsed(
    monkeypatch,
):
    """32 MB of ``<w:p/>`` deflate to 48 KB; counted from the bytes, never parsed."""

    def parse(*args, **kwargs):
        raise AssertionError("parsed")

    monkeypatch.setattr(ooxml.DefusedET, "iterparse", parse)
    error = refusal(docx(HEADLINE + "<w:p/>" * (MAX_XML_ELEMENTS + 1)))
    assert error.message == (
        "report.docx has more XML elements than a release's Word file ever has "
        f"(word/document.xml: more than {MAX_XML_ELEMENTS:,})"
    )


def test_more_paragraphs_of_text_than_a_source_may_have_are_refused_while_reading():
    body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * (MAX_TEXT_LINES + 1)
    error = refusal(docx(body))
    assert error.message == f"report.docx has more than {MAX_TEXT_LINES:,} paragraphs of text"


def test_a_paragraph_of_many_runs_is_read_in_time_proportional_to_it():
    """Merging Word's run splits once made 30,000 runs take 3 s, 300,000 nearly 5 minutes
    (no timer here: a quadratic merge would stall the suite; ``just bench`` measures)."""
    runs = '<w:r><w:t xml:space="preserve">слово </w:t></w:r>' * 60_000
    lines, _reading = read_word_lines(docx(HEADLINE + f"<w:p>{runs}</w:p>"), "r.docx")
    assert lines[-1].text == ("слово " * 60_000).strip()


def test_a_file_whose_text_is_an_embedded_document_says_so():
    error = refusal(docx('<w:altChunk r:id="altChunk1"/>' + para()))
    assert error.message == "report.docx has its text in an embedded document"
    assert error.hint == "open it in Word and save it as a new .docx"


# Styles by name


RU_STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="a"/><w:next w:val="a"/><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="a"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/>'
    '<w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Subtitle"/>'
    '<w:basedOn w:val="a"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="21"><w:name w:val="Quote"/><w:basedOn w:val="a"/>'
    "<w:rPr><w:i/></w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="22"><w:name w:val="Intense Quote"/>'
    '<w:basedOn w:val="a"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="a"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a9"><w:name w:val="List Bullet"/>'
    '<w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="a8"><w:name w:val="caption"/>'
    '<w:basedOn w:val="a"/></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="aa"><w:name w:val="Пресс-релиз: '
    'подзаголовок"/><w:basedOn w:val="2"/></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ab"><w:name w:val="Текст релиза"/>'
    '<w:basedOn w:val="a"/></w:style>'
)


NUMBERED = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>'


def test_paragraph_kinds_come_from_style_names_not_localised_ids():
    body = (
        para(run("Новости Ассамблеи"), style="a5")
        + para(run("Форум этнокультурных объединений"), style="a3")
        + para(run("Астана, 5 марта 2026 года – Форум открылся."), style="ab")
        + para(run("Итоги дня"), style="1")
        + para(run("Программа"), style="aa")
        + para(run("«Единство – наша сила»"), style="21")
        + para(run("Мы продолжим работу."), style="22")
        + para(run("секции по языкам;"), style="a7", ppr=NUMBERED)
        + para(run("концерт."), style="a9")
        + para(run("Участники форума"), style="a8")
        + para(run("Следующий форум пройдёт осенью."), style="a")
    )
    assert lines_of(docx(body, styles=RU_STYLES))[::2] == [
        (K.RUBRIC, "Новости Ассамблеи"),
        (K.TITLE, "Форум этнокультурных объединений"),
        (None, "Астана, 5 марта 2026 года – Форум открылся."),
        (K.HEADING, "Итоги дня"),
        (K.HEADING, "Программа"),
        (K.QUOTE, "«Единство – наша сила»"),
        (K.QUOTE, "Мы продолжим работу."),
        (K.LIST_ITEM, "секции по языкам;"),
        (K.LIST_ITEM, "концерт."),
        (CAPTION, "Участники форума"),
        (None, "Следующий форум пройдёт осенью."),
    ]


def test_a_heading_1_before_any_body_text_is_the_title_when_there_is_no_title():
    body = (
        para(run("5 марта 2026 года"))  # a date line may stand above it
        + para(run("Форум в Астане"), style="1")
        + para(run("Форум открылся."))
        + para(run("Итоги"), style="1")
    )
    kinds = [kind for kind, text in lines_of(docx(body, styles=RU_STYLES)) if text]
    assert kinds == [None, K.TITLE, None, K.HEADING]


def test_a_heading_1_after_body_text_stays_a_heading():
    body = para(run("Форум открылся.")) + para(run("Итоги"), style="1")
    kinds = [kind for kind, text in lines_of(docx(body, styles=RU_STYLES)) if text]
    assert kinds == [None, K.HEADING]


def test_a_subtitle_under_the_title_is_a_heading():
    body = para(run("Форум"), style="a3") + para(run("Главное за день"), style="a5")
    assert [kind for kind, text in lines_of(docx(body, styles=RU_STYLES)) if text] == [
        K.TITLE,
        K.HEADING,
    ]


def test_a_headline_typed_as_two_title_paragraphs_is_one_title():
    body = para(run("Ассамблея народа Казахстана"), style="a3") + para(
        run("провела форум в Астане"), style="a3"
    )
    assert lines_of(docx(body, styles=RU_STYLES)) == [
        (K.TITLE, "Ассамблея народа Казахстана провела форум в Астане")
    ]


def test_numbering_makes_a_list_item_and_numbering_switched_off_does_not():
    numbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>'
    off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
    body = (
        para(run("первый пункт;"), ppr=numbered)
        + para(run("не пункт."), style="a9", ppr=off)
        + para(run("Обычный абзац."))
    )
    kinds = [kind for kind, text in lines_of(docx(body, styles=RU_STYLES)) if text]
    assert kinds == [K.LIST_ITEM, None, None]


def test_style_names_are_read_case_insensitively_and_a_based_on_loop_ends():
    styles = (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="x"><w:name w:val="Loop A"/>'
        '<w:basedOn w:val="y"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="y"><w:name w:val="Loop B"/>'
        '<w:basedOn w:val="x"/></w:style>'
    )
    body = para(run("Headline"), style="Heading1") + para(run("Text."), style="x")
    assert lines_of(docx(body, styles=styles)) == [
        (K.TITLE, "Headline"),
        (None, ""),
        (None, "Text."),
    ]


def test_a_file_without_styles_is_read_as_normal_throughout():
    assert lines_of(docx(para(run("Headline"), style="Title"))) == [(None, "Headline")]


OTHER_STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Quotations"><w:name w:val="Quotations"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Атауы"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="Тақырып 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="Тақырып 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="List Paragraph"/></w:style>'
)


def test_libreoffice_and_kazakh_style_names_are_known():
    body = (
        para(run("Форум ассамблеи"), style="a3")
        + para(run("Форум открылся."))
        + para(run("Программа"), style="Heading")
        + para(run("Итоги"), style="1")
        + para(run("Секции"), style="2")
        + para(run("«Единство – наша сила»"), style="Quotations")
    )
    kinds = [kind for kind, text in lines_of(docx(body, styles=OTHER_STYLES)) if text]
    assert kinds == [K.TITLE, None, K.HEADING, K.HEADING, K.HEADING, K.QUOTE]


def test_a_list_paragraph_whose_numbering_was_removed_is_no_list_item():
    body = (
        HEADLINE
        + para(run("Форум открылся."), style="a7")
        + para(run("первый пункт;"), style="a7", ppr=NUMBERED)
    )
    kinds = [kind for kind, text in lines_of(docx(body, styles=OTHER_STYLES)) if text]
    assert kinds == [None, None, K.LIST_ITEM]


def test_a_title_after_body_text_is_a_heading():
    after_text = para(run("Форум открылся.")) + para(run("Итоги дня"), style="a3")
    after_heading = (
        para(run("Форум в Астане"), style="1")
        + para(run("Форум открылся."))
        + para(run("Итоги дня"), style="a3")
    )
    for body, kinds in (
        (after_text, [None, K.HEADING]),
        (after_heading, [K.TITLE, None, K.HEADING]),
    ):
        assert [k for k, text in lines_of(docx(body, styles=RU_STYLES)) if text] == kinds


# Tracked changes, comments, what is left out


def _ins(change: int, *runs: str, tag: str = "w:ins") -> str:
    stamp = 'w:author="Ерлан" w:date="2026-03-05T10:00:00Z"'
    return f'<{tag} w:id="{change}" {stamp}>{"".join(runs)}</{tag}>'


def _del(change: int, text: str, tag: str = "w:del") -> str:
    return (
        f'<{tag} w:id="{change}" w:author="Ерлан" w:date="2026-03-05T10:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></{tag}>'
    )


def test_the_text_is_read_as_last_accepted_and_the_notes_say_what_is_pending():
    body = HEADLINE + para(
        run("Форум собрал "),
        _del(1, "около "),
        _ins(2, run("более ")),
        run("500 участников"),
        _ins(3, run(" из всех регионов")),
        run("."),
        '<w:commentRangeStart w:id="7"/>',
        run(" Работали секции."),
        '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>',
        '<w:r><w:commentReference w:id="8"/></w:r>',
    )
    lines, reading = read_word_lines(docx(body), "r.docx")
    assert lines[-1].text == "Форум собрал около 500 участников. Работали секции."
    assert reading.notes == [
        "2 tracked insertions not yet accepted were left out: accept or reject them in Word "
        "and ingest again to include them",
        "1 tracked deletion not yet accepted was kept in the text: accept or reject it in Word "
        "and ingest again",
        "2 comments left out",
    ]
    assert [(d.line, d.reason) for d in reading.dropped] == [
        ("более", "a tracked insertion not yet accepted"),
        ("из всех регионов", "a tracked insertion not yet accepted"),
    ]


def test_a_pending_move_is_read_where_the_text_stood():
    body = (
        HEADLINE
        + para(run("Первый абзац."), _ins(1, run(" Перенесённое."), tag="w:moveTo"))
        + para(_del(2, "Перенесённое.", tag="w:moveFrom"), run(" Второй абзац."))
    )
    lines, reading = read_word_lines(docx(body), "r.docx")
    assert [line.text for line in lines if line.text][1:] == [
        "Первый абзац.",
        "Перенесённое. Второй абзац.",
    ]
    assert reading.notes == [
        "1 tracked move not yet accepted was read where the text stood before: accept or "
        "reject it in Word and ingest again"
    ]


def test_a_change_of_formatting_is_no_change_of_text():
    changed = (
        '<w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
        "<w:rPr/></w:rPrChange></w:rPr><w:t>Форум</w:t></w:r>"
    )
    mark = (
        '<w:pPr><w:rPr><w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>'
    )
    body = HEADLINE + f"<w:p>{mark}{changed}{run(' открылся.')}</w:p>"
    lines, reading = read_word_lines(docx(body), "r.docx")
    assert lines[-1].text == "**Форум** открылся." and reading.notes == []


def test_footnotes_text_boxes_and_hidden_text_are_left_out_and_said_so():
    textbox = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:txbxContent><w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr>'
        "<w:r><w:t>Справка для СМИ</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Справка для СМИ"
        "</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (черновик)</w:t></w:r>'
    body = HEADLINE + para(
        run("Форум открылся"),
        '<w:r><w:footnoteReference w:id="1"/></w:r>',
        hidden,
        run("."),
        textbox,
    )
    lines, reading = read_word_lines(docx(body, styles=RU_STYLES), "r.docx")
    assert lines[-1] == Line("Форум открылся.", None)
    assert reading.notes == [
        "1 footnote left out: copy it into the text in Word to include it",
        "1 text box left out: move the text into the body in Word to include it",
        "hidden text in 1 paragraph left out: unhide it in Word to include it",
    ]
    assert [(d.line, d.reason) for d in reading.dropped] == [
        ("Справка для СМИ", "in a text box"),
        ("(черновик)", "hidden text"),
    ]


def test_the_notes_reach_the_document_through_read_source():
    body = HEADLINE + para(run("Текст."), _ins(1, run(" Вставка.")))
    document = read_source(docx(body), "r.docx")
    assert document.reading.notes[0].startswith("1 tracked insertion not yet accepted was left out")


def test_the_english_fixture_says_what_it_left_out():
    data = (PAGES / "en-word-tracked-changes.docx").read_bytes()
    document = read_source(data, "en-word-tracked-changes.docx")
    assert document.reading.notes == [
        "2 tracked insertions not yet accepted were left out: accept or reject them in Word "
        "and ingest again to include them",
        "2 tracked deletions not yet accepted were kept in the text: accept or reject them "
        "in Word and ingest again",
        "2 comments left out",
        "1 footnote left out: copy it into the text in Word to include it",
    ]
    text = " ".join(text for _kind, text in document.blocks())
    assert "visiting" not in text and "Shymkent" not in text and "a group of" in text
    assert "spelling" not in text and "accord" not in text  # a comment, the footnote


def test_fields_give_their_result_and_never_their_code():
    complex_field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>5 марта 2026</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    simple = '<w:fldSimple w:instr=" SEQ Таблица \\* ARABIC "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
    body = HEADLINE + para(run("Сегодня "), complex_field, run(", в таблице "), simple, run("."))
    assert texts_of(docx(body))[-1] == "Сегодня 5 марта 2026, в таблице 2."


def test_a_deletion_inside_a_pending_insertion_is_no_deletion_kept():
    """Text inserted and then deleted, neither accepted: nothing of it is in the text."""
    inserted_then_deleted = _ins(1, _del(2, " вчера"))
    body = HEADLINE + para(run("Форум открылся"), inserted_then_deleted, run("."))
    lines, reading = read_word_lines(docx(body), "r.docx")
    assert lines[-1].text == "Форум открылся."
    assert not any("deletion" in note for note in reading.notes)


def _field(instruction: str, result: str = "", *, begin: bool = True, end: bool = True) -> str:
    return (
        ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' if begin else "")
        + f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + (run(result) if result else "")
        + ('<w:r><w:fldChar w:fldCharType="end"/></w:r>' if end else "")
    )


CONTENTS_STYLES = (
    RU_STYLES
    + '<w:style w:type="paragraph" w:styleId="11"><w:name w:val="toc 1"/></w:style>'
    + '<w:style w:type="paragraph" w:styleId="af"><w:name w:val="table of figures"/></w:style>'
)


def test_tables_of_contents_and_page_numbers_are_left_out_and_said_so():
    entry = '<w:hyperlink w:anchor="_Toc1">{}<w:r><w:tab/></w:r>{}</w:hyperlink>'
    contents = (
        para(
            _field('TOC \\o "1-3" \\h \\z \\u', end=False),
            entry.format(run("Введение"), _field("PAGEREF _Toc1 \\h", "2")),
            style="11",
        )
        + para(entry.format(run("Итоги"), _field("PAGEREF _Toc2 \\h", "5")))  # no toc style
        + para('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        + para(run("Рисунок 1. Карта области"), "<w:r><w:tab/></w:r>", run("7"), style="af")
    )
    page = para(run("Страница "), _field("PAGE", "4"), run(" из "), _field("NUMPAGES", "12"))
    see = para(run("Программа – на с. "), _field("PAGEREF _Ref1 \\h", "3"), run(" отчёта."))
    body = HEADLINE + contents + para(run("Форум открылся.")) + page + see
    lines, reading = read_word_lines(docx(body, styles=CONTENTS_STYLES), "r.docx")
    assert [line.text for line in lines if line.text] == [
        "Ассамблея народа Казахстана провела форум",
        "Форум открылся.",
        "Программа – на с. 3 отчёта.",  # in a sentence the number stays: it would break
    ]
    assert reading.notes == [
        "3 lines of a table of contents or figures left out",
        "1 page number line left out",
    ]
    assert [(d.line, d.reason) for d in reading.dropped] == [
        ("Введение 2", "a table of contents or figures"),
        ("Итоги 5", "a table of contents or figures"),
        ("Рисунок 1. Карта области 7", "a table of contents or figures"),
        ("Страница 4 из 12", "a page number"),
    ]


MATH = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def test_formulas_symbols_and_embedded_documents_are_said_to_be_left_out():
    formula = f"<m:oMath {MATH}><m:r><m:t>S=πr²</m:t></m:r></m:oMath>"
    display = f"<m:oMathPara {MATH}><m:oMath><m:r><m:t>x=2</m:t></m:r></m:oMath></m:oMathPara>"
    bullet = '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>'
    unknown = '<w:r><w:sym w:font="Wingdings 2" w:char="F050"/></w:r>'
    body = (
        HEADLINE
        + para(bullet, run(" площадь круга "), formula, run(" гектаров"), unknown, run("."))
        + para(display)
        + '<w:altChunk r:id="altChunk1"/>'
    )
    lines, reading = read_word_lines(docx(body), "r.docx")
    assert lines[-1].text == "• площадь круга гектаров."
    assert reading.notes == [
        "2 formulas left out: type them as text in Word to include them",
        "1 symbol of a symbol font left out: type it as text in Word to include it",
        "1 embedded document left out: open the file in Word and save it as a new .docx to "
        "include it",
    ]


def test_a_content_control_showing_its_placeholder_is_no_text():
    placeholder = (
        '<w:sdt><w:sdtPr><w:id w:val="1"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
        '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
        "<w:t>Щёлкните здесь, чтобы ввести текст.</w:t></w:r></w:sdtContent></w:sdt>"
    )
    filled = (
        '<w:sdt><w:sdtPr><w:id w:val="2"/></w:sdtPr><w:sdtContent>'
        f"{run('Астана')}</w:sdtContent></w:sdt>"
    )
    body = HEADLINE + para(filled, run(", "), placeholder, run("5 марта."))
    assert texts_of(docx(body))[-1] == "Астана, 5 марта."


# Inline markup


def test_runs_split_by_word_are_merged_and_a_bold_headline_gets_no_markup():
    body = para(
        run("Ассамб", b=True), run("лея ", b=True, rsid="00C0FFEE"), run("народа", b=True)
    ) + para(
        run("Форум "),
        '<w:proofErr w:type="spellStart"/>',
        run("откры", b=True),
        run("лся", b=True, rsid="00D1D1D1"),
        '<w:proofErr w:type="spellEnd"/>',
        run(" в "),
        '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
        run("Астане", i=True),
        run(" и "),
        run("вчера", b=True, i=True),
        run("."),
    )
    assert texts_of(docx(body)) == [
        "Ассамблея народа",
        "Форум **открылся** в *Астане* и ***вчера***.",
    ]


def test_spaces_at_the_edge_of_a_bold_run_stay_outside_the_markup():
    body = HEADLINE + para(run("Итоги"), run(" 2026 года ", b=True), run("подвели."))
    line = texts_of(docx(body))[-1]
    assert line == "Итоги **2026 года** подвели."
    assert [r.strong for r in parse_inline(line)] == [False, True, False]


def test_a_line_bold_throughout_in_a_paragraph_with_a_soft_break_loses_its_markup():
    body = HEADLINE + para(
        run("Дана Мукашева", b=True),
        "<w:r><w:br/></w:r>",
        run("вице-министр ", i=True),
        run("культуры", i=True, rsid="00FF0001"),
    )
    assert lines_of(docx(body))[-2:] == [(None, "Дана Мукашева"), (None, "вице-министр культуры")]


def test_literal_markup_characters_are_escaped_and_read_back_as_written():
    text = r"Бюджет [проекта] * 2 = `x` \ итог"
    line = texts_of(docx(HEADLINE + para(run(text))))[-1]
    assert line == r"Бюджет \[проекта\] \* 2 = \`x\` \\ итог"
    assert plain_text(parse_inline(line)) == text


def test_links_to_external_addresses_become_markdown_links():
    body = HEADLINE + para(
        run("Подробнее на "),
        '<w:hyperlink r:id="rId5" w:history="1">',
        run("сайте", b=True),
        run(" Ассамблеи"),
        "</w:hyperlink>",
        run(", в "),
        '<w:hyperlink w:anchor="_Toc1">',
        run("разделе 2"),
        "</w:hyperlink>",
        run(", по "),
        '<w:hyperlink r:id="rId6">',
        run("ссылке"),
        "</w:hyperlink>",
        run(" и "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.gov.kz/ru (2)" '
        "</w:instrText></w:r>",
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run("портале"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        run("."),
    )
    links = {"rId5": "https://assembly.kz/ru/", "rId6": "javascript:alert(1)"}
    line = texts_of(docx(body, links=links))[-1]
    assert line == (
        "Подробнее на [**сайте** Ассамблеи](https://assembly.kz/ru/), в разделе 2, по ссылке "
        "и [портале](https://www.gov.kz/ru%20%282%29)."
    )
    hrefs = [i.href for i in parse_inline(line) if i.is_link]
    assert hrefs == ["https://assembly.kz/ru/", "https://www.gov.kz/ru%20%282%29"]


def test_word_characters_become_text_characters():
    """A no-break hyphen is a plain one (a translation memory matches that), a soft hyphen
    nothing, a tab a space; the arrow Word's AutoCorrect makes of "-->" an arrow."""
    body = HEADLINE + para(
        run("Кызыл"),
        "<w:r><w:noBreakHyphen/></w:r>",
        run("Орда"),
        "<w:r><w:tab/></w:r>",
        run("меж"),
        "<w:r><w:softHyphen/></w:r>",
        run("дународный"),
        '<w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>',
        run(" форум"),
    )
    assert texts_of(docx(body))[-1] == "Кызыл-Орда международный→ форум"


def test_a_soft_line_break_is_a_line_and_a_paragraph_ends_with_a_blank_line():
    body = HEADLINE + para(run("Первая строка"), "<w:r><w:br/></w:r>", run("вторая строка."))
    assert lines_of(docx(body)) == [
        (None, "Ассамблея народа Казахстана провела форум"),
        (None, ""),
        (None, "Первая строка"),
        (None, "вторая строка."),
    ]


def cell(*texts: str) -> str:
    return f"<w:tc><w:tcPr/>{''.join(para(run(t)) for t in texts)}</w:tc>"


def table(*rows: tuple[str, ...]) -> str:
    cells = ("".join(cell(text) for text in row) for row in rows)
    return (
        "<w:tbl><w:tblPr/><w:tblGrid/>" + "".join(f"<w:tr>{c}</w:tr>" for c in cells) + "</w:tbl>"
    )


def test_table_cells_in_the_body_are_paragraphs_in_reading_order():
    figures = (
        "<w:tbl><w:tblPr/><w:tblGrid/>"
        f"<w:tr>{cell('Город')}{cell('Слушатели')}</w:tr>"
        f"<w:tr>{cell('Астана')}{cell('640', '(из них 120 онлайн)')}</w:tr>"
        "</w:tbl>"
    )
    body = HEADLINE + para(run("Итоги:")) + figures
    lines = [(kind, text) for kind, text in lines_of(docx(body)) if text]
    assert lines == [
        (None, "Ассамблея народа Казахстана провела форум"),
        (None, "Итоги:"),
        (K.PARAGRAPH, "Город"),
        (K.PARAGRAPH, "Слушатели"),
        (K.PARAGRAPH, "Астана"),
        (K.PARAGRAPH, "640"),
        (K.PARAGRAPH, "(из них 120 онлайн)"),
    ]


# Tables: letterheads, captions, two languages


MINISTRY_KK = "Қазақстан Республикасы Мәдениет және ақпарат министрлігі"
MINISTRY_RU = "Министерство культуры и информации Республики Казахстан"
LETTERHEAD = table(
    (MINISTRY_KK, MINISTRY_RU),
    ("010000, Астана қ., Мәңгілік Ел даңғылы, 8", "тел.: +7 (7172) 74-05-03, press@mci.gov.kz"),
    ("05.03.2026 № 12-3/456", ""),
)
RELEASE = (
    para(run("В регионах открылись 42 центра обучения языку", b=True))
    + para(run("Министерство подвело итоги первого этапа программы."))
    + para(run("Центры открылись во всех областях."))
)


def test_a_letterhead_table_above_the_text_is_left_out_and_dates_the_release():
    document = read_source(docx(LETTERHEAD + RELEASE), "r.docx")
    assert document.title == "В регионах открылись 42 центра обучения языку"
    assert [text for _kind, text in document.body] == [
        "Министерство подвело итоги первого этапа программы.",
        "Центры открылись во всех областях.",
    ]
    letterhead = [d.line for d in document.reading.dropped if d.reason == "letterhead"]
    assert letterhead[:2] == [MINISTRY_KK, MINISTRY_RU] and len(letterhead) == 5
    assert document.date == dt.date(2026, 3, 5)
    assert document.reading.date_from == "the letterhead's date '05.03.2026'"


def test_a_letterhead_of_many_cells_is_recorded_within_a_bound():
    cells = tuple(f"Отдел {n}" for n in range(MAX_DROPPED_CELLS + 3))
    _lines, reading = read_word_lines(docx(table(cells) + RELEASE), "r.docx")
    assert [d.line for d in reading.dropped][-2:] == [
        f"Отдел {MAX_DROPPED_CELLS - 1}",
        "(3 more cells)",
    ]


def test_a_table_that_is_all_the_text_or_long_is_no_letterhead():
    alone = table((MINISTRY_KK, MINISTRY_RU), ("05.03.2026 № 12-3/456", ""))
    assert texts_of(docx(alone)) == [MINISTRY_KK, MINISTRY_RU, "05.03.2026 № 12-3/456"]
    lead = "Министерство подвело итоги первого этапа программы. " * 8
    assert texts_of(docx(table((lead.strip(),)) + RELEASE))[0] == lead.strip()


CAPTION_STYLES = RU_STYLES + (
    '<w:style w:type="paragraph" w:styleId="ac"><w:name w:val="caption"/></w:style>'
)
PICTURE = '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"/></w:drawing></w:r></w:p>'


def test_a_caption_by_a_table_is_text_and_one_by_a_picture_the_photos():
    body = (
        HEADLINE
        + para(run("Форум открылся."))
        + para(run("Таблица 1 – Основные показатели"), style="ac")
        + table(("Астана", "640"))
        + PICTURE
        + para(run("Участники форума"), style="ac")
    )
    assert [(k, t) for k, t in lines_of(docx(body, styles=CAPTION_STYLES)) if t][2:] == [
        (None, "Таблица 1 – Основные показатели"),
        (K.PARAGRAPH, "Астана"),
        (K.PARAGRAPH, "640"),
        (CAPTION, "Участники форума"),
    ]


KAZAKH = (
    "Қазақстан халқы Ассамблеясының кезекті сессиясы Астанада өтті. Сессияға елдің барлық "
    "өңірлерінен этномәдени бірлестіктердің өкілдері қатысты. Жиында қоғамдық келісім мен "
    "жалпыұлттық бірлікті нығайту мәселелері талқыланды."
)
RUSSIAN = (
    "Очередная сессия Ассамблеи народа Казахстана прошла в Астане. В ней приняли участие "
    "представители этнокультурных объединений из всех регионов страны. Участники обсудили "
    "вопросы укрепления общественного согласия и общенационального единства."
)


def test_a_release_in_two_languages_side_by_side_is_refused_with_one_line():
    error = refusal(docx(table((KAZAKH, RUSSIAN), (KAZAKH, RUSSIAN))))
    assert error.message == (
        "report.docx has the text in two languages side by side (a table's columns)"
    )
    assert "save each language's column as its own file" in error.hint


def test_kazakh_names_in_a_russian_table_are_no_second_language():
    cities = table(("Город", "Слушатели"), ("Қызылорда", "640"), ("Өскемен", "815"))
    body = HEADLINE + para(run(RUSSIAN)) + cities + para(run(RUSSIAN))
    assert "Қызылорда" in texts_of(docx(body))


def test_strict_open_xml_is_read_too():
    strict = 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"'
    body = HEADLINE + para(run("Текст", b=True), run("."))
    xml = f"<w:document {strict}><w:body>{body}</w:body></w:document>"
    assert texts_of(docx(document=xml)) == [
        "Ассамблея народа Казахстана провела форум",
        "**Текст**.",
    ]


# The fixtures and the command line


@pytest.mark.parametrize(
    "name",
    ["ru-word-ministry-letter.docx", "kk-word-assembly-forum.docx", "en-word-tracked-changes.docx"],
)
def test_the_fixtures_are_what_the_generator_builds(name):
    """Part for part (the deflated bytes depend on the zlib a Python is built with)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("word_files", PAGES / "word_files.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def parts(data: bytes) -> list[tuple[str, bytes]]:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info.filename, archive.read(info)) for info in archive.infolist()]

    built = parts(module.FILES[name]())
    assert parts((PAGES / name).read_bytes()) == built, "run tests/data/pages/word_files.py"


def test_the_kazakh_fixture_states_its_kinds_by_style_names():
    lines, _reading = read_word_lines((PAGES / "kk-word-assembly-forum.docx").read_bytes(), "kk")
    kinds = [line.kind for line in lines if line.text]
    assert kinds[:2] == [K.RUBRIC, K.TITLE]
    assert kinds.count(K.LIST_ITEM) == 3 and kinds.count(K.QUOTE) == 1
    assert kinds[-1] == CAPTION and K.HEADING in kinds


def test_press_ingest_reads_a_word_file(runner, workspace):
    source = PAGES / "ru-word-ministry-letter.docx"
    result = invoke(runner, "ingest", str(source), "--lang", "ru")
    assert result.exit_code == 0, result.output
    assert "Ingested 2026-03-05-" in result.stdout
    release = next((workspace.root / "releases").iterdir())
    assert (release / "original.docx").read_bytes() == source.read_bytes()
    text = (release / "source.md").read_text(encoding="utf-8")
    assert "В регионах открылись 42 центра" in text and "МИНИСТЕРСТВО" not in text


def test_press_ingest_says_what_a_word_file_left_out(runner, workspace):
    result = invoke(runner, "ingest", str(PAGES / "en-word-tracked-changes.docx"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "  2 tracked insertions not yet accepted were left out" in result.stdout
    assert "  2 comments left out" in result.stdout


def test_press_ingest_refuses_a_broken_word_file_with_one_line(runner, workspace, tmp_path):
    broken = tmp_path / "report.docx"
    broken.write_bytes(docx(document=BILLION_LAUGHS))
    before = snapshot(workspace.root)
    result = invoke(runner, "ingest", str(broken), "--lang", "ru")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: report.docx declares a DTD or XML entities (word/document.xml); refused for "
        "safety (save it from Word as .docx and ingest it again)"
    )
    assert "Traceback" not in result.output
    assert snapshot(workspace.root) == before
