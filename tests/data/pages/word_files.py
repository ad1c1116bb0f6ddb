"""The Word files of tests/data/pages, built from the XML parts Word writes.

Run ``python tests/data/pages/word_files.py`` to write them again; the ``.docx``
files are committed, so the tests never need this. Each part is written the way
Microsoft Word (365, Windows) saves it: the XML declaration and then the whole part
on one line, every namespace Word declares on the root, ``mc:Ignorable``, revision
ids (``w:rsidR``, ``w14:paraId``) on paragraphs and runs, runs split where Word
splits them (at revision ids and proofing marks), settings, ``docProps/app.xml``
and ``core.xml``. The zip is Word's too: ``[Content_Types].xml`` first, deflated,
every entry dated 1980-01-01 (Word writes no timestamps), so a build is byte for
byte the same. Left out, as press never reads them: the theme part and the
thumbnail.

* ``ru-word-ministry-letter.docx``: a ministry's release typed in Normal style
  throughout (Russian-localised Word: style ids ``a``, ``a0``…), headline in bold,
  letterhead in the page header, a table of figures, a photo credit.
* ``kk-word-assembly-forum.docx``: a Kazakh release using Word's styles as
  Russian-localised Word saves them (ids ``1``, ``a3``, ``21``; names
  ``heading 1``, ``Title``, ``Quote``), a numbered List Paragraph, a picture and
  its Caption.
* ``en-word-tracked-changes.docx``: an English release under review: pending
  insertions and deletions, two comments, a footnote, a link to a site and a
  HYPERLINK field, bold and italic runs split mid-word, bookmarks, a date
  content control.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent

DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

W_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
    'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"'
)
STYLES_NAMESPACES = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument"
TIMES = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'


# Paragraphs and runs, as Word writes them


class Ids:
    """Word's paragraph ids (``w14:paraId``, ``w14:textId``): unique per file, below 0x80000000."""

    def __init__(self, seed: int) -> None:
        self.next = seed

    def __call__(self) -> str:
        self.next += 0x01137F1
        return f'w14:paraId="{self.next:08X}" w14:textId="{0x77777777 - self.next:08X}"'


def t(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def r(text: str, rpr: str = "", rsid: str = "") -> str:
    """A run of text (``rsid``: the session that last formatted it)."""
    attr = f' w:rsidRPr="{rsid}"' if rsid else ""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r{attr}>{props}{t(text)}</w:r>"


def p(ids: Ids, *content: str, ppr: str = "", rsid: str = "00C41A7E", rsid_p: str = "") -> str:
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rsid_p = f' w:rsidP="{rsid_p}"' if rsid_p else ""
    return (
        f'<w:p {ids()} w:rsidR="{rsid}" w:rsidRDefault="{rsid}"{rsid_p}>'
        f"{props}{''.join(content)}</w:p>"
    )


def document(body: str, sect: str) -> str:
    return f"{DECLARATION}<w:document {W_NAMESPACES}><w:body>{body}{sect}</w:body></w:document>"


def a4_section(rsid: str, refs: str = "") -> str:
    return (
        f'<w:sectPr w:rsidR="{rsid}" w:rsidSect="{rsid}">{refs}'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" '
        'w:header="708" w:footer="708" w:gutter="0"/>'
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
    )


# Package parts


def content_types(overrides: list[tuple[str, str]], png: bool = False) -> str:
    defaults = '<Default Extension="png" ContentType="image/png"/>' if png else ""
    defaults += (
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    )
    parts = [
        ("/word/document.xml", f"{CT}.wordprocessingml.document.main+xml"),
        ("/word/styles.xml", f"{CT}.wordprocessingml.styles+xml"),
        ("/word/settings.xml", f"{CT}.wordprocessingml.settings+xml"),
        ("/word/webSettings.xml", f"{CT}.wordprocessingml.webSettings+xml"),
        *overrides,
        ("/word/fontTable.xml", f"{CT}.wordprocessingml.fontTable+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", f"{CT}.extended-properties+xml"),
    ]
    items = "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in parts)
    return (
        f"{DECLARATION}<Types "
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f"{defaults}{items}</Types>"
    )


PACKAGE_RELS = (
    f"{DECLARATION}<Relationships "
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def document_rels(rels: list[tuple[str, str, str]]) -> str:
    """(id, type, target); a target with ``://`` is external."""
    items = []
    for rid, kind, target in rels:
        mode = ' TargetMode="External"' if "://" in target else ""
        items.append(
            f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{escape(target)}"{mode}/>'
        )
    return (
        f"{DECLARATION}<Relationships "
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{''.join(items)}</Relationships>"
    )


def app_xml(pages: int, words: int, chars: int, lines: int, paras: int, company: str) -> str:
    return (
        f"{DECLARATION}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><TotalTime>47</TotalTime><Pages>{pages}</Pages>"
        f"<Words>{words}</Words><Characters>{chars}</Characters>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        f"<Lines>{lines}</Lines><Paragraphs>{paras}</Paragraphs><ScaleCrop>false</ScaleCrop>"
        f"<Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{chars + words}</CharactersWithSpaces>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    )


def core_xml(creator: str, editor: str, created: str, modified: str, revision: int) -> str:
    return (
        f"{DECLARATION}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title></dc:title><dc:subject></dc:subject><dc:creator>{escape(creator)}</dc:creator>"
        "<cp:keywords></cp:keywords><dc:description></dc:description>"
        f"<cp:lastModifiedBy>{escape(editor)}</cp:lastModifiedBy><cp:revision>{revision}"
        f'</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def settings_xml(rsids: list[str], lang: str, extra: str = "", decimal: str = ",") -> str:
    items = "".join(f'<w:rsid w:val="{rsid}"/>' for rsid in rsids[1:])
    separator = ";" if decimal == "," else ","
    return (
        f"{DECLARATION}<w:settings {STYLES_NAMESPACES.replace('mc:Ignorable', _SETTINGS_NS)}>"
        '<w:zoom w:percent="100"/>'
        f'{extra}<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
        "<w:compat>"
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/'
        'office/word" w:val="15"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/'
        'office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/'
        'office/word" w:val="1"/>'
        '<w:compatSetting w:name="differentiateMultirowTableHeaders" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="0"/>'
        f'</w:compat><w:rsids><w:rsidRoot w:val="{rsids[0]}"/>{items}</w:rsids>'
        '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
        '<m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/>'
        '<m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
        '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
        f'<w:themeFontLang w:val="{lang}"/>'
        '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
        'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" '
        'w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
        'w:followedHyperlink="followedHyperlink"/>'
        '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/>'
        '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
        f'</w:shapeDefaults><w:decimalSymbol w:val="{decimal}"/>'
        f'<w:listSeparator w:val="{separator}"/>'
        '<w14:docId w14:val="3E1F2A5B"/><w15:chartTrackingRefBased/>'
        '<w15:docId w15:val="{5B8C2E41-0D7A-4F3B-9A61-2C7E8D9F0A13}"/></w:settings>'
    )


_SETTINGS_NS = (
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
    "mc:Ignorable"
)

WEB_SETTINGS = (
    f"{DECLARATION}<w:webSettings {STYLES_NAMESPACES}><w:optimizeForBrowser/>"
    "<w:allowPNG/></w:webSettings>"
)


def font_table() -> str:
    fonts = (
        ("Times New Roman", "02020603050405020304", "roman", "E0002EFF", "C000785B"),
        ("Calibri", "020F0502020204030204", "swiss", "E4002EFF", "C200247B"),
        ("Calibri Light", "020F0302020204030204", "swiss", "E4002EFF", "C200247B"),
    )
    items = "".join(
        f'<w:font w:name="{name}"><w:panose1 w:val="{panose}"/><w:charset w:val="CC"/>'
        f'<w:family w:val="{family}"/><w:pitch w:val="variable"/><w:sig w:usb0="{u0}" '
        f'w:usb1="{u1}" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" '
        'w:csb1="00000000"/></w:font>'
        for name, panose, family, u0, u1 in fonts
    )
    return f"{DECLARATION}<w:fonts {STYLES_NAMESPACES}>{items}</w:fonts>"


def styles_xml(lang: str, styles: str) -> str:
    """Word's styles part: defaults, a few latent styles, then ``styles``."""
    latent = "".join(
        f'<w:lsdException w:name="{name}" w:uiPriority="{prio}" w:qFormat="1"/>'
        for name, prio in (
            ("Normal", 0),
            ("heading 1", 9),
            ("heading 2", 9),
            ("caption", 35),
            ("Title", 10),
            ("Subtitle", 11),
            ("Strong", 22),
            ("Emphasis", 20),
            ("List Paragraph", 34),
            ("Quote", 29),
            ("Intense Quote", 30),
        )
    )
    return (
        f"{DECLARATION}<w:styles {STYLES_NAMESPACES}><w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
        'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/>'
        f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}" w:eastAsia="en-US" '
        'w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
        'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">'
        f"{latent}</w:latentStyles>{styles}</w:styles>"
    )


def style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str = "",
    body: str = "",
    default: bool = False,
    rsid: str = "",
) -> str:
    default_attr = ' w:default="1"' if default else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    rsid_el = f'<w:rsid w:val="{rsid}"/>' if rsid else ""
    return (
        f'<w:style w:type="{kind}"{default_attr} w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}{body}{rsid_el}</w:style>'
    )


BASE_STYLES_RU = (
    style("paragraph", "a", "Normal", default=True, body="<w:qFormat/>")
    + style(
        "character",
        "a0",
        "Default Paragraph Font",
        default=True,
        body='<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>',
    )
    + style(
        "table",
        "a1",
        "Normal Table",
        default=True,
        body='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    )
    + style(
        "numbering",
        "a2",
        "No List",
        default=True,
        body='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
    )
)


def build_docx(parts: list[tuple[str, bytes | str]]) -> bytes:
    """The zip of ``parts`` in the given order, as Word writes it: deflated, 1980-01-01."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            payload = data.encode("utf-8") if isinstance(data, str) else data
            archive.writestr(info, payload, compresslevel=6)
    return buffer.getvalue()


def tiny_png() -> bytes:
    """A 2x2 grey PNG: a stand-in for the photo of a release."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# The Russian ministry release: Normal style throughout

RU_RSIDS = ["00A3512C", "00B71E04", "00C41A7E", "00D90F3B", "00E2C6A1", "0041B7D2"]
RU_TEXT = TIMES + '<w:sz w:val="28"/><w:szCs w:val="28"/>'
RU_BOLD = TIMES + '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>'
RU_ITALIC = TIMES + '<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/>'
RU_JUSTIFIED = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="709"/>'
RU_JUSTIFIED += '<w:jc w:val="both"/>'
NBSP = "\u00a0"


def ru_cell(ids: Ids, text: str, width: int, rpr: str) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        + p(
            ids,
            r(text, rpr),
            ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            f'<w:jc w:val="center"/><w:rPr>{rpr}</w:rPr>',
            rsid="00D90F3B",
        )
        + "</w:tc>"
    )


def ru_table(ids: Ids) -> str:
    rows = [("Город", "Слушатели"), ("Астана", "640"), ("Алматы", "815"), ("Шымкент", "590")]
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:jc w:val="center"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
        'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="3402"/><w:gridCol w:w="2268"/></w:tblGrid>'
    ]
    for index, (city, count) in enumerate(rows):
        rpr = RU_BOLD if index == 0 else RU_TEXT
        out.append(
            f'<w:tr w:rsidR="00D90F3B" w:rsidTr="00D90F3B">'
            f"{ru_cell(ids, city, 3402, rpr)}{ru_cell(ids, count, 2268, rpr)}</w:tr>"
        )
    out.append("</w:tbl>")
    return "".join(out)


def ru_document() -> str:
    ids = Ids(0x0A1B2C00)
    ppr = f"{RU_JUSTIFIED}<w:rPr>{RU_TEXT}</w:rPr>"
    empty = p(
        ids, ppr=f'<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:rPr>{RU_TEXT}</w:rPr>'
    )
    body = [
        p(
            ids,
            r("5 марта 2026 года", RU_TEXT),
            ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>'
            f"<w:rPr>{RU_TEXT}</w:rPr>",
        ),
        empty,
        p(
            ids,
            r("В регионах открылись 42 центра обучения ", RU_BOLD),
            r("государственному", RU_BOLD, rsid="00B71E04"),
            r(" языку", RU_BOLD),
            ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>'
            f"<w:rPr>{RU_BOLD}</w:rPr>",
        ),
        empty,
        p(
            ids,
            r(
                "Астана – Министерство культуры и информации Республики Казахстан подвело "
                "итоги первого этапа программы по развитию сети центров обучения "
                "государственному языку. Центры открылись во всех 17 областях и трёх "
                "городах республиканского значения. Бесплатные курсы для взрослых уже "
                "посещают ",
                RU_TEXT,
            ),
            r(f"более 6{NBSP}000", RU_BOLD),
            r(" человек", RU_BOLD, rsid="00E2C6A1"),
            r(".", RU_TEXT),
            ppr=ppr,
        ),
        p(
            ids,
            r(
                "Занятия проходят по вечерам и в выходные дни, группы формируются по пяти "
                "уровням владения языком. Для слушателей подготовлены учебные пособия, "
                "аудиокурс и мобильное приложение с ежедневными заданиями.",
                RU_TEXT,
            ),
            ppr=ppr,
        ),
        p(
            ids,
            r("Дана Мукашева", RU_BOLD),
            f"<w:r><w:rPr>{RU_BOLD}</w:rPr><w:br/></w:r>",
            r("вице-министр культуры и информации Республики Казахстан", RU_ITALIC),
            ppr='<w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/>'
            f'<w:ind w:firstLine="709"/><w:jc w:val="both"/><w:rPr>{RU_BOLD}</w:rPr>',
            rsid="00E2C6A1",
        ),
        p(
            ids,
            r(
                "— Интерес к курсам превзошёл наши ожидания: в некоторых центрах группы "
                "набраны до конца года. Поэтому на втором этапе мы сделаем упор на ",
                RU_TEXT,
            ),
            '<w:proofErr w:type="spellStart"/>',
            r("онлайн-обучение", RU_TEXT),
            '<w:proofErr w:type="spellEnd"/>',
            r(" и на занятия для жителей сёл.", RU_TEXT),
            ppr=ppr,
            rsid="00E2C6A1",
        ),
        p(ids, r("Наибольшее число слушателей – в трёх крупных городах:", RU_TEXT), ppr=ppr),
        ru_table(ids),
        empty,
        p(
            ids,
            r(
                "Второй этап программы начнётся в сентябре. До конца года планируется "
                "открыть ещё 25 центров в районных центрах и крупных сёлах.",
                RU_TEXT,
            ),
            ppr=ppr,
        ),
        empty,
        p(
            ids,
            r("Фото: пресс-служба Министерства культуры и информации РК", RU_ITALIC),
            ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>'
            f"<w:rPr>{RU_ITALIC}</w:rPr>",
            rsid="0041B7D2",
        ),
    ]
    refs = '<w:headerReference w:type="default" r:id="rId7"/>'
    refs += '<w:footerReference w:type="default" r:id="rId8"/>'
    return document("".join(body), a4_section("00A3512C", refs))


def ru_header() -> str:
    ids = Ids(0x1C2D3E00)
    centre = '<w:pStyle w:val="a4"/><w:jc w:val="center"/>'
    bold = TIMES + '<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>'
    body = p(
        ids,
        r("МИНИСТЕРСТВО КУЛЬТУРЫ И ИНФОРМАЦИИ РЕСПУБЛИКИ КАЗАХСТАН", bold),
        ppr=centre,
    ) + p(ids, r("Пресс-служба", TIMES + '<w:sz w:val="24"/><w:szCs w:val="24"/>'), ppr=centre)
    return f"{DECLARATION}<w:hdr {W_NAMESPACES}>{body}</w:hdr>"


def ru_footer() -> str:
    ids = Ids(0x2D3E4F00)
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = p(ids, field, ppr='<w:pStyle w:val="a6"/><w:jc w:val="right"/>')
    return f"{DECLARATION}<w:ftr {W_NAMESPACES}>{body}</w:ftr>"


def ru_styles() -> str:
    header_footer = (
        style(
            "paragraph",
            "a4",
            "header",
            based_on="a",
            body='<w:link w:val="a5"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4677"/>'
            '<w:tab w:val="right" w:pos="9355"/></w:tabs>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>',
        )
        + style(
            "character",
            "a5",
            "Верхний колонтитул Знак",
            based_on="a0",
            body='<w:link w:val="a4"/><w:uiPriority w:val="99"/>',
        )
        + style(
            "paragraph",
            "a6",
            "footer",
            based_on="a",
            body='<w:link w:val="a7"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4677"/>'
            '<w:tab w:val="right" w:pos="9355"/></w:tabs>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>',
        )
        + style(
            "character",
            "a7",
            "Нижний колонтитул Знак",
            based_on="a0",
            body='<w:link w:val="a6"/><w:uiPriority w:val="99"/>',
        )
    )
    grid = style(
        "table",
        "a3",
        "Table Grid",
        based_on="a1",
        body='<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders></w:tblPr>",
    )
    return styles_xml("ru-RU", BASE_STYLES_RU + grid + header_footer)


def ru_docx() -> bytes:
    rels = [
        ("rId3", "webSettings", "webSettings.xml"),
        ("rId7", "header", "header1.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId1", "styles", "styles.xml"),
        ("rId9", "fontTable", "fontTable.xml"),
        ("rId8", "footer", "footer1.xml"),
    ]
    overrides = [
        ("/word/header1.xml", f"{CT}.wordprocessingml.header+xml"),
        ("/word/footer1.xml", f"{CT}.wordprocessingml.footer+xml"),
    ]
    return build_docx(
        [
            ("[Content_Types].xml", content_types(overrides)),
            ("_rels/.rels", PACKAGE_RELS),
            ("word/document.xml", ru_document()),
            ("word/_rels/document.xml.rels", document_rels(rels)),
            ("word/header1.xml", ru_header()),
            ("word/footer1.xml", ru_footer()),
            ("word/settings.xml", settings_xml(RU_RSIDS, "ru-RU")),
            ("word/styles.xml", ru_styles()),
            ("word/webSettings.xml", WEB_SETTINGS),
            ("word/fontTable.xml", font_table()),
            (
                "docProps/core.xml",
                core_xml(
                    "Сейтказина А.", "Омарова Д.", "2026-03-04T09:12:00Z", "2026-03-05T04:40:00Z", 4
                ),
            ),
            ("docProps/app.xml", app_xml(1, 178, 1221, 10, 2, "МКИ РК")),
        ]
    )


# The Kazakh Assembly release: Word's styles, as Russian-localised Word saves them

KK_RSIDS = ["00612A9D", "00734BE1", "0085C0F2", "009A1D63"]
KK = '<w:lang w:val="kk-KZ"/>'


def kk_styles() -> str:
    styles = (
        style(
            "paragraph",
            "1",
            "heading 1",
            based_on="a",
            body='<w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/>'
            '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/>'
            '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
            'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
            '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
            '<w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>',
        )
        + style(
            "character",
            "10",
            "Заголовок 1 Знак",
            based_on="a0",
            body='<w:link w:val="1"/><w:uiPriority w:val="9"/>'
            '<w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>',
        )
        + style(
            "paragraph",
            "a3",
            "Title",
            based_on="a",
            body='<w:next w:val="a"/><w:link w:val="a4"/><w:uiPriority w:val="10"/><w:qFormat/>'
            '<w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/>'
            "<w:contextualSpacing/></w:pPr><w:rPr><w:b/><w:bCs/>"
            '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="48"/>'
            '<w:szCs w:val="48"/></w:rPr>',
        )
        + style(
            "character",
            "a4",
            "Заголовок Знак",
            based_on="a0",
            body='<w:link w:val="a3"/><w:uiPriority w:val="10"/>'
            '<w:rPr><w:b/><w:bCs/><w:sz w:val="48"/></w:rPr>',
        )
        + style(
            "paragraph",
            "a5",
            "Subtitle",
            based_on="a",
            body='<w:next w:val="a"/><w:link w:val="a6"/><w:uiPriority w:val="11"/><w:qFormat/>'
            '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr><w:caps/>'
            '<w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/>'
            '<w:spacing w:val="15"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>',
        )
        + style(
            "character",
            "a6",
            "Подзаголовок Знак",
            based_on="a0",
            body='<w:link w:val="a5"/><w:uiPriority w:val="11"/>',
        )
        + style(
            "paragraph",
            "21",
            "Quote",
            based_on="a",
            body='<w:next w:val="a"/><w:link w:val="22"/><w:uiPriority w:val="29"/><w:qFormat/>'
            '<w:pPr><w:spacing w:before="160"/><w:ind w:left="567" w:right="567"/>'
            '<w:jc w:val="both"/></w:pPr><w:rPr><w:i/><w:iCs/>'
            '<w:color w:val="404040" w:themeColor="text1" w:themeTint="BF"/></w:rPr>',
        )
        + style(
            "character",
            "22",
            "Цитата 2 Знак",
            based_on="a0",
            body='<w:link w:val="21"/><w:uiPriority w:val="29"/><w:rPr><w:i/></w:rPr>',
        )
        + style(
            "paragraph",
            "a7",
            "List Paragraph",
            based_on="a",
            body='<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
            "<w:contextualSpacing/></w:pPr>",
        )
        + style(
            "paragraph",
            "a8",
            "caption",
            based_on="a",
            body='<w:next w:val="a"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>'
            '<w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:rPr><w:i/><w:iCs/><w:color w:val="0E2841" w:themeColor="text2"/>'
            '<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
        )
    )
    return styles_xml("ru-RU", BASE_STYLES_RU + styles)


KK_NUMBERING = (
    f"{DECLARATION}<w:numbering {W_NAMESPACES}>"
    '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
    '<w:nsid w:val="5D2A41E7"/><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:tmpl w:val="0419000F"/>'
    '<w:lvl w:ilvl="0" w:tplc="04190001"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr>'
    '<w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" '
    'w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1" w:tplc="04190003" w:tentative="1"><w:start w:val="1"/>'
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr>'
    '<w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" '
    'w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1" w16cid:durableId="1408763255">'
    '<w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def kk_picture(ids: Ids) -> str:
    """A paragraph holding only an inline picture (the release's photo)."""
    pic = (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" '
        'distL="0" distR="0" wp14:anchorId="6A1B2C3D" wp14:editId="4E5F6A7B">'
        '<wp:extent cx="5940425" cy="3960283"/><wp:effectExtent l="0" t="0" r="3175" b="2540"/>'
        '<wp:docPr id="1" name="Рисунок 1" descr="Форумға қатысушылар"/>'
        "<wp:cNvGraphicFramePr><a:graphicFrameLocks "
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>'
        '</wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
        'drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/'
        'drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
        'drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="forum.png"/>'
        "<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>"
        '<a:blip r:embed="rId6"><a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}">'
        '<a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" '
        'val="0"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch>'
        '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5940425" '
        'cy="3960283"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
    return p(ids, pic, ppr='<w:keepNext/><w:jc w:val="center"/>', rsid="009A1D63")


def kk_document() -> str:
    ids = Ids(0x3E4F5A00)
    justified = '<w:jc w:val="both"/>'
    items = [
        "мемлекеттік тілді дамыту және тіл үйрену клубтарын ашу;",
        "этномәдени бірлестіктердің жастар қанаттарын қолдау;",
        "медиация және жергілікті қоғамдастықтардағы келісім.",
    ]
    listed = [
        p(
            ids,
            r(item, KK),
            ppr='<w:pStyle w:val="a7"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
            f"</w:numPr>{justified}<w:rPr>{KK}</w:rPr>",
            rsid="00734BE1",
        )
        for item in items
    ]
    body = [
        p(ids, r("Қоғамдық келісім", KK), ppr=f'<w:pStyle w:val="a5"/><w:rPr>{KK}</w:rPr>'),
        p(
            ids,
            r("Қазақстан халқы Ассамблеясының жастар форумы ", KK),
            r("Шымкентте", KK, rsid="0085C0F2"),
            r(" өтті", KK),
            ppr=f'<w:pStyle w:val="a3"/><w:rPr>{KK}</w:rPr>',
        ),
        p(
            ids,
            r(
                "Шымкент, 2026 жылғы 14 сәуір – Қазақстан халқы Ассамблеясының «Бірлік – "
                "болашақ кепілі» атты жастар форумы Достық үйінде өтті. Оған еліміздің "
                "барлық өңірінен этномәдени бірлестіктердің 500-ден астам жас өкілі қатысты.",
                KK,
            ),
            ppr=f"{justified}<w:rPr>{KK}</w:rPr>",
        ),
        p(
            ids,
            r(
                "Форумды Қазақстан халқы Ассамблеясы Төрағасының орынбасары Жанар "
                "Серікқызы ашты. Ол жастардың қоғамдық келісімді нығайтудағы рөліне "
                "тоқталып, Ассамблеяның жаңа жастар жобаларын таныстырды.",
                KK,
            ),
            ppr=f"{justified}<w:rPr>{KK}</w:rPr>",
        ),
        p(
            ids,
            r("Форумның негізгі бағыттары", KK),
            ppr=f'<w:pStyle w:val="1"/><w:rPr>{KK}</w:rPr>',
        ),
        p(ids, r("Форум жұмысы үш бағыт бойынша өтті:", KK), ppr=f"{justified}<w:rPr>{KK}</w:rPr>"),
        *listed,
        p(
            ids,
            r("Жанар Серікқызы, Қазақстан халқы Ассамблеясы Төрағасының орынбасары:", KK),
            ppr=f"{justified}<w:rPr>{KK}</w:rPr>",
            rsid="0085C0F2",
        ),
        p(
            ids,
            r(
                "Бірлік – біздің ең басты құндылығымыз. Жастар оны сақтап қана қоймай, жаңа "
                "мазмұнмен байытуы керек. Ассамблея үздік жастар жобаларын қолдауға дайын.",
                KK,
            ),
            ppr=f'<w:pStyle w:val="21"/><w:rPr>{KK}</w:rPr>',
            rsid="0085C0F2",
        ),
        p(
            ids,
            r(
                "Форум қорытындысы бойынша қатысушылар Ассамблеяның өңірлік жастар "
                "кеңестеріне арналған ұсыныстар қабылдады.",
                KK,
            ),
            ppr=f"{justified}<w:rPr>{KK}</w:rPr>",
        ),
        kk_picture(ids),
        p(
            ids,
            r("Форумға қатысушылар Шымкенттегі Достық үйінің алдында", KK),
            ppr=f'<w:pStyle w:val="a8"/><w:jc w:val="center"/><w:rPr>{KK}</w:rPr>',
            rsid="009A1D63",
        ),
    ]
    return document("".join(body), a4_section("00612A9D"))


def kk_docx() -> bytes:
    rels = [
        ("rId3", "settings", "settings.xml"),
        ("rId7", "fontTable", "fontTable.xml"),
        ("rId2", "numbering", "numbering.xml"),
        ("rId1", "styles", "styles.xml"),
        ("rId6", "image", "media/image1.png"),
        ("rId4", "webSettings", "webSettings.xml"),
    ]
    overrides = [("/word/numbering.xml", f"{CT}.wordprocessingml.numbering+xml")]
    return build_docx(
        [
            ("[Content_Types].xml", content_types(overrides, png=True)),
            ("_rels/.rels", PACKAGE_RELS),
            ("word/document.xml", kk_document()),
            ("word/_rels/document.xml.rels", document_rels(rels)),
            ("word/media/image1.png", tiny_png()),
            ("word/numbering.xml", KK_NUMBERING),
            ("word/styles.xml", kk_styles()),
            ("word/settings.xml", settings_xml(KK_RSIDS, "ru-RU")),
            ("word/webSettings.xml", WEB_SETTINGS),
            ("word/fontTable.xml", font_table()),
            (
                "docProps/core.xml",
                core_xml(
                    "Әлібекова Г.",
                    "Әлібекова Г.",
                    "2026-04-14T06:02:00Z",
                    "2026-04-14T08:31:00Z",
                    3,
                ),
            ),
            ("docProps/app.xml", app_xml(1, 139, 1093, 9, 2, "ҚХА")),
        ]
    )


# The English release under review: tracked changes, comments, links

EN_RSIDS = ["00F15A2B", "001C7D3E", "00294E8F", "0036A1B0", "00471C2D"]
EN = '<w:lang w:val="en-GB"/>'
DATE = "2026-11-12T09:40:00Z"


def ins(change: int, author: str, *runs: str) -> str:
    return f'<w:ins w:id="{change}" w:author="{author}" w:date="{DATE}">{"".join(runs)}</w:ins>'


def dele(change: int, author: str, text: str) -> str:
    return (
        f'<w:del w:id="{change}" w:author="{author}" w:date="{DATE}">'
        f'<w:r w:rsidDel="00471C2D"><w:rPr>{EN}</w:rPr>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def comment_range(number: int, *content: str) -> str:
    return (
        f'<w:commentRangeStart w:id="{number}"/>{"".join(content)}'
        f'<w:commentRangeEnd w:id="{number}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f'</w:rPr><w:commentReference w:id="{number}"/></w:r>'
    )


def en_document() -> str:
    ids = Ids(0x4A5B6C00)
    editor = "Sarah Collins"
    date_control = (
        '<w:sdt><w:sdtPr><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:id w:val="-1392731590"/>'
        '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013437"/></w:placeholder>'
        '<w:date w:fullDate="2026-11-12T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
        '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/>'
        '<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtEndPr/><w:sdtContent>'
        f"{r('12 November 2026', EN)}</w:sdtContent></w:sdt>"
    )
    body = [
        p(
            ids,
            '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
            r(
                "Assembly of People of Kazakhstan presents its mediation network to OSCE experts",
                EN,
            ),
            ppr=f'<w:pStyle w:val="Title"/><w:rPr>{EN}</w:rPr>',
            rsid="00F15A2B",
        ),
        p(
            ids,
            r("ASTANA, ", EN),
            date_control,
            r(
                " – The Assembly of People of Kazakhstan (APK) presented its network of public "
                "mediation councils to ",
                EN,
            ),
            dele(1, editor, "a group of "),
            ins(2, editor, r("visiting ", EN, rsid="00471C2D")),
            r(
                "experts from the Organization for Security and Co-operation in Europe (OSCE).",
                EN,
            ),
            ppr=f"<w:rPr>{EN}</w:rPr>",
            rsid="001C7D3E",
        ),
        p(
            ids,
            r("The councils work in all 17 regions", EN),
            ins(3, editor, r(" and in the cities of Astana, Almaty and Shymkent", EN)),
            r(". More than ", EN),
            r("1,2", f"<w:b/><w:bCs/>{EN}", rsid="00294E8F"),
            r("00 mediators", f"<w:b/><w:bCs/>{EN}", rsid="0036A1B0"),
            r(" – teachers, doctors, elders and heads of ethnocultural associations – ", EN),
            comment_range(0, r("settle local disputes", EN)),
            r(" before they reach a court.", EN),
            ppr=f"<w:rPr>{EN}</w:rPr>",
            rsid="001C7D3E",
        ),
        p(
            ids,
            r("The experts studied the work of the ", EN),
            '<w:proofErr w:type="spellStart"/>',
            r("Keli", f"<w:i/><w:iCs/>{EN}", rsid="00294E8F"),
            r("sim", f"<w:i/><w:iCs/>{EN}", rsid="0036A1B0"),
            '<w:proofErr w:type="spellEnd"/>',
            r(" council", EN),
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>{EN}</w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>',
            r(" in Astana and met its members", EN),
            dele(4, editor, " and volunteers"),
            r(". They also discussed how the councils train young mediators.", EN),
            ppr=f"<w:rPr>{EN}</w:rPr>",
            rsid="00294E8F",
        ),
        p(
            ids,
            r(
                "“Dialogue is the first tool of any mediator. We are ready to share what our "
                "councils have learned with partners across the OSCE region,” said ",
                EN,
            ),
            comment_range(
                1,
                '<w:proofErr w:type="spellStart"/>',
                r("Serik Abenov", EN),
                '<w:proofErr w:type="spellEnd"/>',
            ),
            r(", Deputy Chairman of the APK.", EN),
            ppr=f"<w:rPr>{EN}</w:rPr>",
            rsid="0036A1B0",
        ),
        p(
            ids,
            r("The programme of the visit is available on the ", EN),
            '<w:hyperlink r:id="rId9" w:history="1">'
            + r("Assembly’s", f'<w:rStyle w:val="Hyperlink"/>{EN}')
            + r(" website", f'<w:rStyle w:val="Hyperlink"/>{EN}', rsid="00471C2D")
            + "</w:hyperlink>",
            '<w:bookmarkStart w:id="1" w:name="programme"/>',
            r(".", EN),
            '<w:bookmarkEnd w:id="1"/>',
            ppr=f"<w:rPr>{EN}</w:rPr>",
            rsid="0036A1B0",
        ),
        p(
            ids,
            r(
                "The seminar on mediation will continue in Almaty. Its conclusions will be "
                "published on the ",
                EN,
            ),
            f'<w:r><w:rPr>{EN}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r><w:rPr>{EN}</w:rPr><w:instrText xml:space="preserve"> HYPERLINK '
            '"https://www.osce.org/" </w:instrText></w:r>',
            f'<w:r><w:rPr>{EN}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
            r("OSCE website", f'<w:rStyle w:val="Hyperlink"/>{EN}'),
            f'<w:r><w:rPr>{EN}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>',
            r(".", EN),
            ppr=f"<w:rPr>{EN}</w:rPr>",
            rsid="00471C2D",
        ),
    ]
    return document("".join(body), a4_section("00F15A2B"))


def en_comments() -> str:
    ids = Ids(0x5B6C7D00)
    notes = [
        (0, "Aigerim Bekova", "Is “settle” too strong? Most cases end in an agreement."),
        (1, "Aigerim Bekova", "Check the spelling of the name with the Secretariat."),
    ]
    items = "".join(
        f'<w:comment w:id="{n}" w:author="{who}" w:date="{DATE}" w:initials="AB">'
        + p(
            ids,
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>',
            r(text),
            ppr='<w:pStyle w:val="CommentText"/>',
        )
        + "</w:comment>"
        for n, who, text in notes
    )
    return f"{DECLARATION}<w:comments {W_NAMESPACES}>{items}</w:comments>"


def en_notes(kind: str, text: str = "") -> str:
    """``footnotes.xml`` or ``endnotes.xml``: the two separators, and a note with ``text``."""
    ids = Ids(0x6C7D8E00 if kind == "footnote" else 0x7D8E9F00)
    spacing = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    parts = [
        f'<w:{kind} w:type="separator" w:id="-1">'
        + p(ids, "<w:r><w:separator/></w:r>", ppr=spacing)
        + f"</w:{kind}>",
        f'<w:{kind} w:type="continuationSeparator" w:id="0">'
        + p(ids, "<w:r><w:continuationSeparator/></w:r>", ppr=spacing)
        + f"</w:{kind}>",
    ]
    if text:
        parts.append(
            f'<w:{kind} w:id="1">'
            + p(
                ids,
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
                r(" " + text, EN),
                ppr='<w:pStyle w:val="FootnoteText"/>',
            )
            + f"</w:{kind}>"
        )
    return f"{DECLARATION}<w:{kind}s {W_NAMESPACES}>{''.join(parts)}</w:{kind}s>"


def en_styles() -> str:
    styles = (
        style("paragraph", "Normal", "Normal", default=True, body="<w:qFormat/>")
        + style(
            "character",
            "DefaultParagraphFont",
            "Default Paragraph Font",
            default=True,
            body='<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>',
        )
        + style(
            "table",
            "TableNormal",
            "Normal Table",
            default=True,
            body='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
        )
        + style(
            "numbering",
            "NoList",
            "No List",
            default=True,
            body='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
        )
        + style(
            "paragraph",
            "Title",
            "Title",
            based_on="Normal",
            body='<w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/>'
            '<w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/>'
            '<w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
            'w:hAnsiTheme="majorHAnsi"/><w:spacing w:val="-10"/><w:kern w:val="28"/>'
            '<w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>',
        )
        + style(
            "character",
            "TitleChar",
            "Title Char",
            based_on="DefaultParagraphFont",
            body='<w:link w:val="Title"/><w:uiPriority w:val="10"/>',
        )
        + style(
            "character",
            "CommentReference",
            "annotation reference",
            based_on="DefaultParagraphFont",
            body='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
            '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
        )
        + style(
            "paragraph",
            "CommentText",
            "annotation text",
            based_on="Normal",
            body='<w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/>'
            '<w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
        )
        + style(
            "paragraph",
            "FootnoteText",
            "footnote text",
            based_on="Normal",
            body='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
            '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
        )
        + style(
            "character",
            "FootnoteReference",
            "footnote reference",
            based_on="DefaultParagraphFont",
            body='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
        )
        + style(
            "character",
            "Hyperlink",
            "Hyperlink",
            based_on="DefaultParagraphFont",
            body='<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr>'
            '<w:color w:val="467886" w:themeColor="hyperlink"/><w:u w:val="single"/>'
            "</w:rPr>",
        )
    )
    return styles_xml("en-GB", styles)


EN_SETTINGS_EXTRA = (
    '<w:trackRevisions/><w:proofState w:spelling="clean" w:grammar="clean"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
)


def en_docx() -> bytes:
    rels = [
        ("rId8", "comments", "comments.xml"),
        ("rId3", "settings", "settings.xml"),
        ("rId7", "endnotes", "endnotes.xml"),
        ("rId2", "styles", "styles.xml"),
        ("rId1", "customXml", "../customXml/item1.xml"),
        ("rId6", "footnotes", "footnotes.xml"),
        ("rId11", "fontTable", "fontTable.xml"),
        ("rId5", "webSettings", "webSettings.xml"),
        ("rId9", "hyperlink", "https://assembly.kz/en/"),
    ]
    overrides = [
        ("/customXml/itemProps1.xml", f"{CT}.customXmlProperties+xml"),
        ("/word/footnotes.xml", f"{CT}.wordprocessingml.footnotes+xml"),
        ("/word/endnotes.xml", f"{CT}.wordprocessingml.endnotes+xml"),
        ("/word/comments.xml", f"{CT}.wordprocessingml.comments+xml"),
    ]
    item = f'{DECLARATION}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/'
    item += '2006/bibliography" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA"'
    item += ' Version="6"/>'
    props = (
        f'{DECLARATION}<ds:datastoreItem ds:itemID="{{3C2B1A09-8E7D-4C6B-A5F4-E3D2C1B0A998}}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        '<ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/'
        '2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>'
    )
    item_rels = document_rels([("rId1", "customXmlProps", "itemProps1.xml")])
    return build_docx(
        [
            ("[Content_Types].xml", content_types(overrides)),
            ("_rels/.rels", PACKAGE_RELS),
            ("word/document.xml", en_document()),
            ("word/_rels/document.xml.rels", document_rels(rels)),
            ("word/footnotes.xml", en_notes("footnote", "Kelisim means “accord” in Kazakh.")),
            ("word/endnotes.xml", en_notes("endnote")),
            ("word/comments.xml", en_comments()),
            ("customXml/item1.xml", item),
            ("customXml/_rels/item1.xml.rels", item_rels),
            ("customXml/itemProps1.xml", props),
            ("word/settings.xml", settings_xml(EN_RSIDS, "en-GB", EN_SETTINGS_EXTRA, ".")),
            ("word/styles.xml", en_styles()),
            ("word/webSettings.xml", WEB_SETTINGS),
            ("word/fontTable.xml", font_table()),
            (
                "docProps/core.xml",
                core_xml(
                    "Daniyar Sarsenov",
                    "Sarah Collins",
                    "2026-11-11T15:20:00Z",
                    "2026-11-12T09:41:00Z",
                    6,
                ),
            ),
            ("docProps/app.xml", app_xml(1, 196, 1118, 9, 2, "")),
        ]
    )


FILES = {
    "ru-word-ministry-letter.docx": ru_docx,
    "kk-word-assembly-forum.docx": kk_docx,
    "en-word-tracked-changes.docx": en_docx,
}


def main() -> None:
    for name, build in FILES.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {name}")


if __name__ == "__main__":
    main()
