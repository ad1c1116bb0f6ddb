"""DOCX and HTML exports, read back with python-docx and html.parser."""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from html.parser import HTMLParser

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.text.hyperlink import Hyperlink

from workflow.export.docx import FONT, render_docx
from workflow.export.edition import Edition, EditionBlock, Segment, layout
from workflow.export.html import render_html
from workflow.house import House
from workflow.locales import NBSP, dateline_separator
from workflow.markup import Link, Run, parse_inline, plain_text
from workflow.model import BlockKind

K = BlockKind
DATE = dt.date(2026, 11, 26)

# One release in three languages. A sentence given as ("text", True) is missing:
# its text is the source (English) sentence.
SAMPLES = {
    "en": [
        (K.RUBRIC, "Assembly of People of Kazakhstan"),
        (K.TITLE, "OSCE delegation visits the Assembly of People of Kazakhstan"),
        (K.DATELINE, "ASTANA"),
        (
            K.PARAGRAPH,
            "On 26 November, the Deputy Chairman of the Assembly met a delegation "
            "of the OSCE Permanent Council.",
            "The parties discussed *interethnic harmony* and the Assembly's **regional projects**.",
        ),
        (K.ATTRIBUTION, "Deputy Chairman of the Assembly:"),
        (K.QUOTE, "Unity in diversity is the foundation of our statehood."),
        (K.HEADING, "Next steps"),
        (K.LIST_ITEM, "Regional seminars in 2027."),
        (K.LIST_ITEM, "A joint report for the OSCE."),
        (K.PARAGRAPH, "More on the [Assembly's website](https://assembly.kz/en)."),
    ],
    "kk": [
        (K.RUBRIC, "Қазақстан халқы Ассамблеясы"),
        (K.TITLE, "ЕҚЫҰ делегациясы Қазақстан халқы Ассамблеясына келді"),
        (K.DATELINE, "АСТАНА"),
        (
            K.PARAGRAPH,
            "26 қарашада Ассамблея Төрағасының орынбасары ЕҚЫҰ Тұрақты кеңесінің "
            "делегациясымен кездесті.",
            "Тараптар *ұлтаралық келісім* мен Ассамблеяның **өңірлік жобаларын** талқылады.",
        ),
        (K.ATTRIBUTION, "Ассамблея Төрағасының орынбасары:"),
        (K.QUOTE, f"Әралуандықтағы бірлік{NBSP}— мемлекеттігіміздің негізі."),
        (K.HEADING, "Келесі қадамдар"),
        (K.LIST_ITEM, f"2027{NBSP}жылы өңірлік семинарлар."),
        (K.LIST_ITEM, "ЕҚЫҰ үшін бірлескен баяндама."),
        (K.PARAGRAPH, "Толығырақ [Ассамблея сайтында](https://assembly.kz/kz)."),
    ],
    "ru": [
        (K.RUBRIC, "Ассамблея народа Казахстана"),
        (K.TITLE, "Делегация ОБСЕ посетила Ассамблею народа Казахстана"),
        (K.DATELINE, "АСТАНА"),
        (
            K.PARAGRAPH,
            "26 ноября заместитель Председателя Ассамблеи встретился с делегацией "
            "Постоянного совета ОБСЕ.",
            "Стороны обсудили *межэтническое согласие* и **региональные проекты** Ассамблеи.",
        ),
        (K.ATTRIBUTION, "Заместитель Председателя Ассамблеи:"),
        (K.QUOTE, f"Единство в многообразии{NBSP}— основа нашей государственности."),
        (K.HEADING, "Дальнейшие шаги"),
        (K.LIST_ITEM, f"Региональные семинары в 2027{NBSP}году."),
        (K.LIST_ITEM, "Совместный доклад для ОБСЕ."),
        (K.PARAGRAPH, "Подробнее на [сайте Ассамблеи](https://assembly.kz/ru)."),
    ],
}

# The Kazakh draft: the second sentence of the first paragraph and the heading are missing.
KK_DRAFT = [*SAMPLES["kk"]]
KK_DRAFT[3] = (K.PARAGRAPH, SAMPLES["kk"][3][1], (SAMPLES["en"][3][2], True))
KK_DRAFT[6] = (K.HEADING, ("Next steps", True))


def edition(lang: str, blocks=None, *, draft: bool = False, date=DATE) -> Edition:
    def segment(item):
        return Segment(*item) if isinstance(item, tuple) else Segment(item)

    return Edition(
        release_id="2026-11-26-osce-delegation",
        language=lang,
        source_language="en",
        house=House(organization="Press Service of the Assembly of People of Kazakhstan"),
        blocks=tuple(
            EditionBlock(kind, tuple(segment(s) for s in sentences))
            for kind, *sentences in (blocks or SAMPLES[lang])
        ),
        date=date,
        draft=draft,
    )


HOSTILE = edition(
    "en",
    [
        (K.TITLE, "Tom & Jerry <script>alert('x')</script>"),
        (K.PARAGRAPH, 'Fish & chips <b>bold</b> "quoted" it\'s [click](javascript:alert(1)).'),
        (
            K.PARAGRAPH,
            '[site](https://example.org/?a=1&b="2") and [mail](mailto:press@example.org).',
        ),
    ],
)


# -- layout and inline markup ---------------------------------------------------------


def test_inline_markup_becomes_runs_and_links():
    assert parse_inline("a *b* **c** [d *e*](https://x.kz) \\*f\\*") == (
        Run("a "),
        Run("b", em=True),
        Run(" "),
        Run("c", strong=True),
        Run(" "),
        Link("https://x.kz", (Run("d "), Run("e", em=True))),
        Run(" *f*"),
    )


def test_inline_markup_nests():
    assert parse_inline("*a **b** c* ***d***") == (
        Run("a ", em=True),
        Run("b", em=True, strong=True),
        Run(" c", em=True),
        Run(" "),
        Run("d", em=True, strong=True),
    )


@pytest.mark.parametrize("text", ["*x " + "**a " * 200, "**" * 3000, "[" * 500 + "](" * 500])
def test_hostile_markup_is_parsed_quickly(text):
    start = time.perf_counter()
    assert plain_text(parse_inline(text))
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize(
    "text",
    [
        "2 * 3 * 4",
        "a ** b",
        "[x](ftp://x.kz)",
        "[x](/local)",
        "[x](javascript:alert(1))",
        "[x](data:text/html,1)",
    ],
)
def test_anything_else_stays_text(text):
    assert all(isinstance(i, Run) and not (i.em or i.strong) for i in parse_inline(text))


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("en", f"ASTANA{NBSP}– On 26{NBSP}November"),
        ("kk", f"АСТАНА{NBSP}— 26{NBSP}қарашада"),
        ("ru", f"АСТАНА{NBSP}— 26{NBSP}ноября"),
    ],
)
def test_dateline_opens_the_first_paragraph(lang, opening):
    document = read_docx(render_docx(edition(lang)))
    paragraphs = [p for p in document.paragraphs if p.style.name == "Body Text"]
    assert paragraphs[0].text.startswith(opening)
    assert paragraphs[0].runs[0].text == opening.split(NBSP)[0].split(" ")[0]
    assert paragraphs[0].runs[0].style.name == "Dateline"
    assert paragraphs[0].runs[0].style.font.bold


def test_dateline_without_paragraph_stands_alone_without_its_dash():
    page = layout(edition("ru", [(K.TITLE, "Заголовок"), (K.DATELINE, "АСТАНА –")], date=None))
    assert [p.kind for p in page.parts] == ["title", "paragraph"]
    assert page.parts[1].chunks[0].inlines == (Run("АСТАНА", strong=True),)


@pytest.mark.parametrize(("lang", "text"), [("en", "“Unity.”"), ("ru", f"—{NBSP}Единство.")])
def test_quote_dash_typed_in_the_source_is_replaced(lang, text):
    page = layout(edition(lang, [(K.QUOTE, "— Unity." if lang == "en" else "– Единство.")]))
    assert "".join(plain_text(c.inlines) for c in page.parts[-1].chunks) == text


# -- DOCX --------------------------------------------------------------------------


def loose(text: str) -> str:
    """Text with the typography export adds undone (no-break spaces, typographic
    apostrophes), for tests about something else."""
    return text.replace(NBSP, " ").replace("’", "'")


def read_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


FRAME = {
    "Letterhead",
    "Letterhead Details",
    "Draft Note",
    "End Mark",
    "Contacts",
    "Contacts Heading",
}
"""The styles of what press writes around the release: letterhead, draft note, end."""


def body(document) -> list:
    """The release's own paragraphs, without the letterhead, draft note and end."""
    return [p for p in document.paragraphs if p.style.name not in FRAME]


@pytest.mark.parametrize(
    ("lang", "date", "quote"),
    [
        (
            "en",
            f"26{NBSP}November 2026",
            "“Unity in diversity is the foundation of our statehood.”",
        ),
        (
            "kk",
            f"2026{NBSP}жылғы 26{NBSP}қараша",
            f"—{NBSP}Әралуандықтағы бірлік{NBSP}— мемлекеттігіміздің",
        ),
        ("ru", f"26{NBSP}ноября 2026{NBSP}года", f"—{NBSP}Единство в многообразии{NBSP}— основа"),
    ],
)
def test_docx_has_each_block_in_its_style(lang, date, quote):
    blocks = SAMPLES[lang]
    paragraphs = body(read_docx(render_docx(edition(lang))))
    styles = [p.style.name for p in paragraphs]
    assert styles == [
        "Rubric",
        "Headline",
        "Release Date",
        "Body Text",
        "Attribution",
        "Quote",
        "Heading 2",
        "List Bullet",
        "List Bullet",
        "Body Text",
    ]
    texts = [p.text for p in paragraphs]
    assert texts[0] == blocks[0][1]
    assert texts[1] == blocks[1][1]
    assert texts[2] == date
    assert loose(texts[3]).endswith(" ".join(blocks[3][1:]).replace("*", ""))
    assert texts[4] == blocks[4][1]
    assert texts[5].startswith(quote)
    assert texts[7:9] == [blocks[7][1], blocks[8][1]]


def test_docx_inline_markup_and_links():
    paragraphs = body(read_docx(render_docx(edition("en"))))
    runs = {r.text: r for r in paragraphs[3].runs}
    assert runs["interethnic harmony"].italic
    assert runs["regional projects"].bold
    links = paragraphs[-1].hyperlinks
    assert [(h.address, h.text) for h in links] == [
        ("https://assembly.kz/en", "Assembly’s website")
    ]


def test_docx_names_one_font_and_the_language():
    document = read_docx(render_docx(edition("kk")))
    styles = document.styles.element
    fonts = list(styles.iter(qn("w:rFonts")))
    assert fonts
    for element in fonts:
        assert element.get(qn("w:ascii")) == element.get(qn("w:hAnsi")) == FONT
        assert element.get(qn("w:asciiTheme")) is None
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "kk-KZ"
    props = document.core_properties
    assert props.title == SAMPLES["kk"][1][1]
    assert props.language == "kk-KZ"
    assert props.created == props.modified == dt.datetime(2026, 11, 26, tzinfo=dt.UTC)


def test_docx_final_edition_has_no_draft_marks():
    document = read_docx(render_docx(edition("ru")))
    header = document.sections[0].header.paragraphs[0].text
    assert (
        header
        == f"Press Service of the Assembly of People of Kazakhstan\t26{NBSP}ноября 2026{NBSP}года"
    )
    assert "ПРОЕКТ" not in "\n".join(p.text for p in document.paragraphs)
    assert not [r for p in document.paragraphs for r in p.runs if r.font.highlight_color]
    assert document.core_properties.content_status == "Final"


def all_runs(paragraph):
    for item in paragraph.iter_inner_content():
        yield from item.runs if isinstance(item, Hyperlink) else [item]


def test_docx_draft_marks_every_page_and_each_missing_sentence():
    document = read_docx(render_docx(edition("kk", KK_DRAFT, draft=True)))
    header = document.sections[0].header
    assert not header.is_linked_to_previous
    assert "\tЖОБА" in header.paragraphs[0].text
    note = next(p for p in document.paragraphs if p.style.name == "Draft Note")
    assert note.text.startswith("ЖОБА Жариялауға арналмаған.")
    assert "аударылмаған сөйлемдер саны: 2" in note.text and "ағылшын тілінде" in note.text
    highlighted = [
        r.text
        for p in document.paragraphs
        for r in all_runs(p)
        if r.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert highlighted == [
        "The parties discussed ",
        "interethnic harmony",
        " and the Assembly's ",
        "regional projects",
        ".",
        "Next steps",
    ]
    missing = next(r for r in body(document)[3].runs if r.text == "interethnic harmony")
    assert missing._r.rPr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"


def test_docx_keeps_hostile_text_as_text():
    document = read_docx(render_docx(HOSTILE))
    texts = [p.text for p in document.paragraphs]
    assert "Tom & Jerry <script>alert(“x”)</script>" in texts
    assert "Fish & chips <b>bold</b> “quoted” it’s click." in texts
    links = [h.address for p in document.paragraphs for h in p.hyperlinks]
    assert links == ['https://example.org/?a=1&b="2"', "mailto:press@example.org"]


def test_docx_is_the_same_bytes_every_time(monkeypatch):
    first = render_docx(edition("kk", KK_DRAFT, draft=True))
    later = time.time() + 86400 * 400
    monkeypatch.setattr(time, "time", lambda: later)
    assert render_docx(edition("kk", KK_DRAFT, draft=True)) == first
    assert render_docx(edition("kk", KK_DRAFT, draft=True, date=None))


# -- HTML --------------------------------------------------------------------------


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Element | None):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self, tag: str | None = None):
        for child in self.children:
            if isinstance(child, Element):
                if tag is None or child.tag == tag:
                    yield child
                yield from child.iter(tag)


class TreeBuilder(HTMLParser):
    VOID = frozenset({"meta", "br", "link", "img", "input", "hr"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        if tag not in self.VOID:
            self.current = element

    def handle_endtag(self, tag):
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        self.current = self.current.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(text: str) -> Element:
    builder = TreeBuilder()
    builder.feed(text)
    builder.close()
    assert builder.current is builder.root, "unclosed elements"
    return builder.root


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_html_page_in_its_language(lang):
    text = render_html(edition(lang))
    assert text.startswith("<!DOCTYPE html>\n")
    root = parse_html(text)
    html = next(root.iter("html"))
    assert html.attrs["lang"] == lang
    blocks = SAMPLES[lang]
    assert next(root.iter("h1")).text == blocks[1][1]
    assert next(root.iter("title")).text == blocks[1][1]
    assert next(root.iter("time")).attrs["datetime"] == "2026-11-26"
    assert [li.text for li in root.iter("li")] == [blocks[7][1], blocks[8][1]]
    assert next(root.iter("h2")).text == blocks[6][1]
    assert next(root.iter("em")).text == blocks[3][2].split("*")[1]
    assert [a.attrs["href"] for a in root.iter("a")] == [
        f"https://assembly.kz/{lang}".replace("/kk", "/kz")
    ]
    assert next(root.iter("blockquote")).text.startswith("“" if lang == "en" else f"—{NBSP}")
    opening = next(p for p in root.iter("p") if "class" not in p.attrs)
    lead = blocks[2][1] + dateline_separator(lang).replace(" –", NBSP + "–") + blocks[3][1][:10]
    assert loose(opening.text).startswith(loose(lead))
    assert opening.children[0].tag == "strong"


def test_html_final_edition_has_no_draft_marks():
    text = render_html(edition("kk"))
    root = parse_html(text)
    assert "DRAFT" not in text
    assert not list(root.iter("mark"))
    assert not [d for d in root.iter("div") if "draft" in d.attrs.get("class", "")]


def test_html_draft_banner_and_marks():
    root = parse_html(render_html(edition("kk", KK_DRAFT, draft=True)))
    banner = next(root.iter("div"))
    assert banner.attrs["class"] == "draft-banner"
    assert banner.text.startswith("ЖОБА Жариялауға арналмаған.")
    assert "аударылмаған сөйлемдер саны: 2" in banner.text
    marks = list(root.iter("mark"))
    assert [(m.attrs["class"], m.attrs["lang"]) for m in marks] == [("untranslated", "en")] * 2
    assert marks[0].text == SAMPLES["en"][3][2].replace("*", "")
    assert marks[1].parent.tag == "h2"


def test_html_missing_sentence_of_a_final_edition_keeps_its_language():
    root = parse_html(render_html(edition("kk", KK_DRAFT)))
    assert not list(root.iter("mark"))
    assert [s.text for s in root.iter("span") if s.attrs.get("lang") == "en"] == [
        SAMPLES["en"][3][2].replace("*", ""),
        "Next steps",
    ]


def test_html_escapes_everything():
    text = render_html(HOSTILE)
    root = parse_html(text)
    assert [s.attrs["type"] for s in root.iter("script")] == ["application/ld+json"]
    data = next(root.iter("script")).text
    assert "<" not in data and json.loads(data)["headline"].startswith("Tom & Jerry <script>")
    assert not list(root.iter("b"))
    assert "Tom &amp; Jerry &lt;script&gt;" in text
    assert next(root.iter("h1")).text == "Tom & Jerry <script>alert(“x”)</script>"
    paragraphs = [p.text for p in root.iter("p")]
    assert "Fish & chips <b>bold</b> “quoted” it’s click." in paragraphs
    hrefs = [a.attrs["href"] for a in root.iter("a")]
    assert hrefs == ['https://example.org/?a=1&b="2"', "mailto:press@example.org"]
    assert "javascript" not in text


def test_html_loads_nothing_from_outside():
    text = render_html(edition("en"))
    root = parse_html(text)
    for tag in ("img", "iframe", "object"):
        assert not list(root.iter(tag))
    assert all(s.attrs["type"] == "application/ld+json" for s in root.iter("script"))
    assert not list(root.iter("link"))  # an edition on its own has no other languages
    assert "url(" not in text and "@import" not in text
    assert next(root.iter("style")).text.strip()
