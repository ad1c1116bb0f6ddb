"""Saved web pages: what is refused, what is the article, what its elements become.

The lines and the reading come from ``read_page`` (the HTML reader's own work); the
units from ``read_source`` and ``build_release``, through the shared plain-text rules.
The three real-looking pages and their units are in ``tests/data/pages`` (``*-html-*``).
"""

from __future__ import annotations

import codecs
import datetime as dt

import pytest
from conftest import invoke, snapshot

from workflow.errors import InputError
from workflow.model import BlockKind
from workflow.sources import build_release, html, htmltree, read_source
from workflow.sources.html import read_page
from workflow.sources.htmltree import MAX_HTML_BYTES
from workflow.sources.markdown import render_source
from workflow.sources.reading import CAPTION

K = BlockKind
NBSP = "\u00a0"


def page(body: str, head: str = "") -> bytes:
    """A small saved page: the doctype, a head and ``body``."""
    head = f'<meta charset="utf-8">{head}'
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def lines_of(data: bytes) -> list[tuple[str, BlockKind | str | None]]:
    """The page's non-blank lines with their kinds."""
    return [(line.text, line.kind) for line in read_page(data, "p.html")[0] if line.text]


def units_of(data: bytes, lang: str = "en") -> list[tuple[str, str]]:
    release = build_release(read_source(data, "p.html"), "x", lang)
    return [(kind.value, text) for _pos, kind, text in release.positions()]


# Refusals: one line each


JS_APP = page('<div id="root"></div><script>render(document.getElementById("root"))</script>')


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Just a headline\n\nAnd some text pasted into a file called .html\n", "not an HTML page"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not an HTML page"),
        (b"PK\x03\x04\x14\x00\x06\x00", "not an HTML page"),
        (b"<hello><world>", "not an HTML page"),
        (b"<html>\x00<body>", "not an HTML page"),
        (JS_APP, "has no article text"),
        (page("<nav><a href='/'>Home</a></nav><footer>© 2026</footer>"), "has no article text"),
        (
            page("<figure><img src=a.jpg><figcaption>Photo: press service</figcaption></figure>"),
            "has no article text",
        ),
        (
            b"<html><body><p>Caf\xe9 au lait, written in Latin-1 with no charset said</p>",
            "is not UTF-8 text (byte 18)",
        ),
        (b"<meta charset=windows-1251><p>\x98</p>", "is not windows-1251 text (byte 30)"),
        (b"\xef\xbb\xbf<p>\xff</p>", "is not UTF-8 text (byte 6)"),
    ],
)
def test_each_refusal_is_one_line(data, message):
    with pytest.raises(InputError) as refused:
        read_source(data, "p.html")
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_page_too_big_is_refused_before_it_is_read():
    with pytest.raises(InputError, match="larger than 20 MB"):
        read_page(b"<" + b" " * MAX_HTML_BYTES, "p.html")


def test_the_text_taken_and_the_elements_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(htmltree, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(InputError, match="more than 1,000 characters of text"):
        read_page(page("<p>" + "word " * 300 + "</p>"), "p.html")
    assert lines_of(page("<p>" + "word " * 150 + "</p><script>" + "x" * 5000 + "</script>"))
    monkeypatch.setattr(htmltree, "MAX_ELEMENTS", 100)
    with pytest.raises(InputError, match="more than 100 elements"):
        read_page(page("<p>a</p>" * 101), "p.html")


# Depth and broken markup


def test_deep_nesting_reads_without_recursion():
    deep = "<div>" * 100_000 + "<p>The text at the bottom of the nest.</p>" + "</div>" * 100_000
    assert lines_of(page(deep + "<p>The text after it.</p>")) == [
        ("The text at the bottom of the nest.", None),
        ("The text after it.", None),
    ]


def test_unclosed_divs_read_without_error():
    unclosed = "<div>" * 50_000 + "<p>Still read after fifty thousand open divs.</p>"
    assert lines_of(page(unclosed)) == [("Still read after fifty thousand open divs.", None)]
    assert lines_of(page("<div>text " * 50_000))[-1][0].startswith("text text")


def test_tags_left_open_end_as_browsers_end_them():
    body = (
        "<main><p>One<p>Two<div>Three</div>"
        "<ul><li>First<li>Second<ul><li>Inner</ul><li>Third</ul>"
        "<p>A <b>bold</p> end</b> and <i>italic</i></p></div></span>"
        "<table><tr><td>Cell one<td>Cell two<tr><td>Row two</table>"
        "<h2>Heading<h3>Next heading</h2></main>"
    )
    assert lines_of(page(body)) == [
        ("One", None),
        ("Two", None),
        ("Three", None),
        ("First", K.LIST_ITEM),
        ("Second", K.LIST_ITEM),
        ("Inner", K.LIST_ITEM),
        ("Third", K.LIST_ITEM),
        ("A **bold**", None),
        ("end and *italic*", None),
        ("Cell one", None),
        ("Cell two", None),
        ("Row two", None),
        ("Heading", K.HEADING),
        ("Next heading", K.HEADING),
    ]


def test_odd_markup_does_not_break_the_parser():
    body = "<![ odd ]><p>Text <![CDATA[x]]> after.</p><!-- <p>hidden</p> --><p/>More</br>lines"
    assert lines_of(page(body)) == [("Text after.", None), ("More", None), ("lines", None)]


# The article


ARTICLE_TEXT = "The delegation met the members of the council and discussed the plans."


def test_the_article_is_the_longest_article():
    body = (
        "<article><h2><a href='/a'>A teaser in a list of news</a></h2></article>"
        f"<article><h1>Headline</h1><p>{ARTICLE_TEXT}</p><p>{ARTICLE_TEXT}</p></article>"
        "<article><p>A short card.</p></article>"
    )
    lines, reading = read_page(page(body), "p.html")
    assert [line.text for line in lines if line.text] == ["Headline", ARTICLE_TEXT, ARTICLE_TEXT]
    assert "the article is the <article> (the longest of 3)" in reading.notes


def test_without_an_article_the_main():
    body = f"<div><p>{ARTICLE_TEXT} Outside.</p></div><main><h1>Headline</h1><p>Inside.</p></main>"
    assert lines_of(page(body)) == [("Headline", K.TITLE), ("Inside.", None)]


def test_without_article_or_main_the_densest_text():
    links = "".join(
        f"<p><a href='/n{n}'>Another piece of news number {n}</a></p>" for n in range(9)
    )
    body = (
        f"<div class='col-left'>{links}</div>"
        "<div class='wrap'><h1>Headline</h1><div class='text'>"
        f"<p>{ARTICLE_TEXT}</p><p>{ARTICLE_TEXT} Again.</p></div></div>"
        "<div class='col-right'><p>A short line.</p></div>"
    )
    lines, reading = read_page(page(body), "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [
        ("Headline", K.TITLE),
        (ARTICLE_TEXT, None),
        (f"{ARTICLE_TEXT} Again.", None),
    ]
    assert 'the article is the <div class="text"> with the most paragraph text' in reading.notes
    assert [(d.line, d.reason) for d in reading.dropped] == [
        ("Another piece of news number 0 Another piece of news number…", "outside the article"),
        ("A short line.", "outside the article"),
    ]


def test_else_the_whole_page():
    assert lines_of(page("<h1>Headline</h1>Short text.<br>Another line.")) == [
        ("Headline", K.TITLE),
        ("Short text.", None),
        ("Another line.", None),
    ]


def test_the_site_header_and_footer_go_the_articles_header_stays():
    body = (
        "<header><h1><a href='/'>Site name</a></h1><nav>Home News</nav></header>"
        "<article><header><h1>Headline</h1><time datetime='2026-11-27T01:15:00+05:00'>"
        f"27.11.2026, 01:15</time></header><p>{ARTICLE_TEXT}</p>"
        "<footer>Press service of the akimat</footer></article>"
        "<footer><p>© 2026 Site name. All rights reserved.</p></footer>"
    )
    lines, reading = read_page(page(body), "p.html")
    assert [line.text for line in lines if line.text] == [
        "Headline",
        "27.11.2026, 01:15",
        ARTICLE_TEXT,
        "Press service of the akimat",
    ]
    assert reading.date == dt.date(2026, 11, 27)  # the page's own day, not UTC's 26th
    assert reading.date_from == "<time datetime> 2026-11-27"
    assert [(d.line, d.reason) for d in reading.dropped] == [
        ("Site name Home News", "site header"),
        ("© 2026 Site name. All rights reserved.", "site footer"),
    ]


CHROME = (
    "<div class='cookie-banner'>We use cookies. <button>Accept</button></div>"
    "<nav class='main-menu'><a href='/'>Home</a><a href='/news'>News</a></nav>"
    "<div class='breadcrumbs'><a href='/'>Home</a> / News</div>"
    "<main><article><h1>Headline</h1>"
    "<p>Before the chrome inside the article.</p>"
    "<div class='share-buttons'><a href='https://t.me/share'>Telegram</a></div>"
    "<ul class='post-tags'><li>youth</li><li>Almaty</li></ul>"
    "<div hidden>Hidden text</div><p aria-hidden='true'>Hidden too</p>"
    "<span class='screen-reader-text'>Skip</span>"
    "<p style='display: none'>Not shown</p>"
    "<div class='related-news'><h3>Related</h3><p>Another story</p></div>"
    "<section id='comments'><p>No comments yet</p></section>"
    "<form><label>E-mail</label><input name=e><button>Subscribe</button></form>"
    "<p>After the chrome.</p></article></main>"
    "<aside><p>Most read this week</p></aside>"
)


def test_site_chrome_is_dropped_one_region_at_a_time():
    lines, reading = read_page(page(CHROME), "p.html")
    assert [line.text for line in lines if line.text] == [
        "Headline",
        "Before the chrome inside the article.",
        "After the chrome.",
    ]
    assert sorted((d.reason, d.line) for d in reading.dropped) == [
        ("breadcrumbs", "Home / News"),
        ("comments", "No comments yet"),
        ("cookie notice", "We use cookies. Accept"),
        ("form", "E-mail Subscribe"),
        ("hidden", "Hidden text"),
        ("hidden", "Hidden too"),
        ("hidden", "Not shown"),
        ("hidden", "Skip"),
        ("navigation", "HomeNews"),
        ("related news", "Related Another story"),
        ("share buttons", "Telegram"),
        ("sidebar", "Most read this week"),
        ("tags", "youth Almaty"),
    ]


def test_a_class_never_drops_the_article_itself():
    body = f"<div class='content-with-related-menu'><h1>Headline</h1><p>{ARTICLE_TEXT}</p></div>"
    assert lines_of(page(body)) == [("Headline", K.TITLE), (ARTICLE_TEXT, None)]


def test_dropped_regions_are_listed_in_a_bounded_way():
    menu = "".join(f"<li><a href='/m{n}'>Menu item {n}</a></li>" for n in range(500))
    regions = "".join(f"<div class='banner'>Advert {n}</div>" for n in range(100))
    body = f"<nav><ul>{menu}</ul></nav>{regions}<article><h1>H</h1><p>{ARTICLE_TEXT}</p></article>"
    reading = read_page(page(body), "p.html")[1]
    assert len(reading.dropped) == html.MAX_DROPS
    assert reading.dropped[0].reason == "navigation"
    assert len(reading.dropped[0].line) <= 61 and reading.dropped[0].line.endswith("…")
    assert f"{101 - html.MAX_DROPS} more dropped regions not listed" in reading.notes


# Scripts, styles, javascript: never reach a unit or source.md

HOSTILE = page(
    "<nav><a href='/'>Navigation word</a></nav>"
    "<article><h1>Headline <script>alert('in the headline')</script></h1>"
    "<style>.lead { color: red }</style>"
    "<p>Text with <a href='javascript:alert(1)'>a bad link</a> and"
    " <a href=' JaVaScRiPt:alert(2)'>another</a>."
    "<script>document.write('<p>written</p>')</script></p>"
    "<p onclick='alert(3)'>Clicked <a href='data:text/html,<script>alert(4)</script>'>data</a>.</p>"
    "<noscript><p>Enable JavaScript</p></noscript><template><p>Template text</p></template>"
    "<svg><text>Drawn text</text></svg><iframe src='https://x.example'>Frame text</iframe>"
    "</article>",
    head="<script>var secret = 'in the head';</script><style>body { margin: 0 }</style>",
)


def test_scripts_styles_and_navigation_never_reach_a_unit_or_the_source():
    document = read_source(HOSTILE, "p.html")
    release = build_release(document, "x", "en")
    texts = [text for _pos, _kind, text in release.positions()]
    assert texts == ["Headline", "Text with a bad link and another.", "Clicked data."]
    source = render_source(document)
    for word in (
        "alert",
        "script",
        "javascript",
        "secret",
        "margin",
        "color",
        "written",
        "Navigation",
        "Enable",
        "Template",
        "Drawn",
        "Frame",
        "data:",
    ):
        assert word.lower() not in source.lower(), word
        assert not any(word.lower() in text.lower() for text in texts), word
    assert "9 scripts, styles and embedded objects left out" in document.reading.notes


# Decoding


RU = "Ассамблея народа Казахстана провела заседание совета."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (f'<meta charset="windows-1251"><p>{RU}</p>'.encode("cp1251"), RU),
        (
            (
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
                f"<p>{RU}</p>"
            ).encode("cp1251"),
            RU,
        ),
        (
            f"<meta content='text/html;charset=koi8-r' http-equiv=Content-Type><p>{RU}".encode(
                "koi8-r"
            ),
            RU,
        ),
        (codecs.BOM_UTF8 + f'<meta charset="windows-1251"><p>{RU}</p>'.encode(), RU),
        (codecs.BOM_UTF16_LE + f"<p>{RU}</p>".encode("utf-16-le"), RU),
        (f'<meta charset="utf-16"><p>{RU}</p>'.encode(), RU),  # a page cannot be UTF-16 that way
        (f'<meta charset="no-such-charset"><p>{RU}</p>'.encode(), RU),
        (f'<meta charset="base64"><p>{RU}</p>'.encode(), RU),  # Python codecs, not charsets
        (f'<meta charset="punycode"><p>{RU}</p>'.encode(), RU),
        (f'<!-- <meta charset="koi8-r"> --><p>{RU}</p>'.encode(), RU),
        (
            "<meta charset=iso-8859-1><p>Caf\u00e9 \u2013 \u201cquoted\u201d</p>".encode("cp1252"),
            "Caf\u00e9 \u2013 \u201cquoted\u201d",
        ),
        (b"<p>\xd2\xe5\xea\xf1\xf2 &#1178;&#1199;&#1085; &laquo;x&raquo;</p>", None),
    ],
)
def test_charsets(data, expected):
    if expected is None:  # no charset: strict UTF-8, and cp1251 bytes are refused
        with pytest.raises(InputError, match="not UTF-8 text"):
            read_page(data, "p.html")
        return
    assert lines_of(data) == [(expected, None)]


def test_a_charset_past_the_first_4_kb_is_not_read():
    data = b"<!-- " + b"x" * 4096 + b' --><meta charset="windows-1251"><p>' + RU.encode("cp1251")
    with pytest.raises(InputError, match="not UTF-8 text"):
        read_page(data, "p.html")


def test_entities_are_decoded_and_spaces_collapsed_as_a_browser_shows_them():
    body = (
        "<p>\n  Қ&#1199;н  &laquo;Бірлік&raquo;\t1&nbsp;200 &amp; more  <span> spans </span>\n</p>"
    )
    assert lines_of(page(body)) == [(f"Қүн «Бірлік» 1{NBSP}200 & more spans", None)]


# Kinds and inline markup


def test_elements_give_their_kinds():
    body = (
        "<article><header><h1>The headline</h1></header>"
        "<p>A paragraph.</p><h2>A heading</h2><h4>A small heading</h4>"
        "<blockquote><p>First quoted paragraph.</p><p>Second one.</p></blockquote>"
        "<ul><li>An item</li><li><p>An item in a paragraph</p></li></ul>"
        "<figure><img src='p.jpg' alt='Alt text is never a unit'>"
        "<figcaption>Фото: пресс-служба</figcaption></figure>"
        "<p class='wp-caption-text'>A caption by its class</p>"
        "<div class='photo-credit'>Photo: a credit by its class</div>"
        "<div>Text of a div</div><table><tr><td>A cell</td></tr></table>"
        "<pre>  preformatted\n   text </pre><h1>A second h1</h1></article>"
    )
    assert lines_of(page(body)) == [
        ("The headline", K.TITLE),
        ("A paragraph.", None),
        ("A heading", K.HEADING),
        ("A small heading", K.HEADING),
        ("First quoted paragraph.", K.QUOTE),
        ("Second one.", K.QUOTE),
        ("An item", K.LIST_ITEM),
        ("An item in a paragraph", K.LIST_ITEM),
        ("Фото: пресс-служба", CAPTION),
        ("A caption by its class", CAPTION),
        ("Photo: a credit by its class", CAPTION),
        ("Text of a div", None),
        ("A cell", None),
        ("preformatted text", None),
        ("A second h1", K.HEADING),
    ]


def test_a_line_break_is_a_new_line_and_two_are_a_new_paragraph():
    lines = read_page(page("<main><p>Erlan Sadykov<br>Deputy Chairman<br><br>Next</p></main>"), "p")
    assert [(line.text, line.kind) for line in lines[0]] == [
        ("Erlan Sadykov", None),
        ("Deputy Chairman", None),
        ("", None),
        ("Next", None),
    ]
    assert lines_of(page("<h1>Two-line<br>headline</h1><p>Text.</p>"))[0] == (
        "Two-line headline",
        K.TITLE,
    )


def test_the_lines_go_through_the_shared_rules():
    body = (
        "<main><h1>Forum opens</h1><figure><img src=f.jpg><figcaption>Photo: Aigerim Bekova"
        "</figcaption></figure><p>ASTANA – The forum opened. Guests came.</p>"
        "<p>Erlan Sadykov<br>Deputy Chairman of the APK</p>"
        "<blockquote><p>We value it.</p></blockquote></main>"
    )
    assert units_of(page(body)) == [
        ("title", "Forum opens"),
        ("dateline", "ASTANA"),
        ("paragraph", "The forum opened."),
        ("paragraph", "Guests came."),
        ("attribution", "Erlan Sadykov, Deputy Chairman of the APK"),
        ("quote", "We value it."),
    ]
    assert read_source(page(body), "p.html").metadata == {"photo": "Aigerim Bekova"}


def test_without_an_h1_the_title_is_the_pages_title_without_the_site():
    head = "<title>Forum opens in Almaty | Assembly of People of Kazakhstan</title>"
    assert lines_of(page(f"<main><p>{ARTICLE_TEXT}</p></main>", head))[0] == (
        "Forum opens in Almaty",
        K.TITLE,
    )
    head = (
        "<meta property='og:site_name' content='Жаршы'>"
        "<title>Астана — город будущего — Жаршы</title>"
    )
    assert lines_of(page(f"<main><p>{ARTICLE_TEXT}</p></main>", head))[0] == (
        "Астана — город будущего",
        K.TITLE,
    )


def test_inline_markup():
    body = (
        "<main><p><strong>Strong</strong>, <b>bold</b>, <em>em</em>, <i>italic</i>,"
        " <strong>both <em>nested</em></strong>, <strong> spaced </strong>words,"
        " <b></b>empty, m<sup>2</sup> and H<sub>2</sub>O,"
        " literal * [ ] ` \\ marks,"
        " <a href='https://x.example/a b(c)'>odd <b>link</b></a>.</p></main>"
    )
    text = lines_of(page(body))[0][0]
    assert text == (
        "**Strong**, **bold**, *em*, *italic*, **both *nested***, **spaced** words, empty,"
        " m2 and H2O, literal \\* \\[ \\] \\` \\\\ marks,"
        " [odd **link**](https://x.example/a%20b%28c%29)."
    )
    from workflow.markup import parse_inline, plain_text

    assert plain_text(parse_inline(text)) == (
        "Strong, bold, em, italic, both nested, spaced words, empty, m2 and H2O,"
        " literal * [ ] ` \\ marks, odd link."
    )


@pytest.mark.parametrize(
    ("head", "href", "expected"),
    [
        ("", "https://a.example/x", "[link](https://a.example/x)"),
        ("", "mailto:press@a.example", "[link](mailto:press@a.example)"),
        ("", "/relative/path", "link"),
        ("", "#top", "link"),
        ("", "tel:+77172000000", "link"),
        ("", "ftp://a.example/file", "link"),
        (
            "<base href='https://b.example/news/'>",
            "item-1",
            "[link](https://b.example/news/item-1)",
        ),
        (
            "<meta property='og:url' content='https://o.example/a/b'>",
            "../c",
            "[link](https://o.example/c)",
        ),
        (
            "<link rel='canonical' href='https://c.example/x/y'>",
            "/z",
            "[link](https://c.example/z)",
        ),
        (
            "<link rel='canonical' href='https://c.example/x/y'>",
            "//cdn.example/f",
            "[link](https://cdn.example/f)",
        ),
        ("<base href='/relative/'>", "z", "link"),
    ],
)
def test_links(head, href, expected):
    assert lines_of(page(f"<main><p><a href='{href}'>link</a></p></main>", head)) == [
        (expected, None)
    ]


# The real-looking pages, and the command line


def test_the_saved_pages_date_and_drops():
    from pathlib import Path

    pages = Path(__file__).parent / "data" / "pages"
    kk = read_source((pages / "kk-html-til-ortalygy.html").read_bytes(), "kk.html")
    assert kk.reading.date_from == "<time datetime> 2026-11-26"
    reasons = {dropped.reason for dropped in kk.reading.dropped}
    assert {"site header", "breadcrumbs", "tags", "share buttons", "sidebar"} <= reasons
    assert {"site footer", "cookie notice", "time stamp", "view count"} <= reasons
    ru = read_source((pages / "ru-html-sovet-ank.html").read_bytes(), "ru.html")
    assert ru.reading.date == dt.date(2026, 11, 13)  # the <time>; the dateline's is the release's
    assert ru.date == dt.date(2026, 11, 12)


def test_press_ingest_a_saved_page(runner, workspace):
    from pathlib import Path

    saved = Path(__file__).parent / "data" / "pages" / "kk-html-til-ortalygy.html"
    result = invoke(runner, "ingest", str(saved), "--lang", "kk")
    assert result.exit_code == 0, result.output
    release_id = "2026-11-26-astanada-eresekterge-memlekettik-tildi-oqytatyn"
    assert f"Ingested {release_id} (kk)" in result.stdout
    source = (workspace.root / "releases" / release_id / "source.md").read_text(encoding="utf-8")
    assert "Бауыржан Серікұлы" in source and "Қаралым" not in source and "<" not in source


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Not a page at all, only text.", "is not an HTML page"),
        (JS_APP, "has no article text"),
        (b"<p>\xff\xfe broken</p>", "is not UTF-8 text"),
    ],
)
def test_a_bad_page_is_one_line_and_exit_1(runner, workspace, tmp_path, content, message):
    bad = tmp_path / "bad.html"
    bad.write_bytes(content)
    before = snapshot(workspace.root)
    result = invoke(runner, "ingest", str(bad), "--lang", "kk")
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert snapshot(workspace.root) == before
