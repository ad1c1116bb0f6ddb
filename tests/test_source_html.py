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


def test_comments_end_as_browsers_end_them():
    unclosed = "<main><p>Текст</p><!-- комментарий без конца<p>На предприятии прошли учения.</p>"
    lines, reading = read_page(page(unclosed), "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [("Текст", None)]
    assert "a comment left open (<!--) hides the rest of the page, as in browsers" in reading.notes
    body = (
        "<main><p>Первый абзац.</p><!-- старая версия --!><p>Второй абзац.</p>"
        "<!--><p>Третий абзац.</p><!---><p>Четвертый абзац.</p><!-- a -- b --></main>"
    )
    assert lines_of(page(body)) == [
        ("Первый абзац.", None),
        ("Второй абзац.", None),
        ("Третий абзац.", None),
        ("Четвертый абзац.", None),
    ]


def test_struck_out_text_goes_inserted_text_stays():
    body = (
        "<main><h1>Тариф на питьевую воду пересмотрен</h1><p>С 1 июля тариф составит"
        " <del>112</del> <ins>98</ins> тенге за кубометр, <s>как и в прошлом году</s>"
        " сообщили в департаменте.</p></main>"
    )
    lines, reading = read_page(page(body), "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [
        ("Тариф на питьевую воду пересмотрен", K.TITLE),
        ("С 1 июля тариф составит 98 тенге за кубометр, сообщили в департаменте.", None),
    ]
    assert [(d.line, d.reason) for d in reading.dropped] == [
        ("112", "struck out"),
        ("как и в прошлом году", "struck out"),
    ]


@pytest.mark.parametrize(
    "body", ["<ul>" + "<li>x" * 100_000 + "</ul>", "<p>x</p>" * 50_000], ids=["li", "p"]
)
def test_a_page_of_too_many_blocks_is_refused_while_it_is_parsed(body):
    with pytest.raises(InputError, match="more than 20,000 blocks of text"):
        read_page(page(body), "p.html")  # while parsing, not after (just bench measures)


def test_a_page_of_many_elements_is_refused_at_the_bound():
    with pytest.raises(InputError, match="more than 250,000 elements"):
        read_page(page("<a>" * 333_000), "p.html")  # 1 MB of unclosed links
    lines = lines_of(page("<p>" + "<a href='/n'>y</a> " * 20_000 + "</p>"))
    assert len(lines) == 1 and lines[0][0].startswith("y y y")


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


# Old and plain layouts: the headline above the text, <br> lines, tables, teasers


GOV_AMP = page(
    "<header class='amp-header'><a href='/'>Акимат Актюбинской области</a></header>"
    "<div class='amp-wrapper'>"
    "<div class='amp-breadcrumbs'><a href='/'>Главная</a> / <a href='/press/news'>Новости</a></div>"
    "<h1>В Актобе прошел областной форум волонтеров</h1>"
    "<div>5 марта 2024, 14:05 · Просмотров</div>"
    "<div class='news-lead'>Более 400 человек из всех районов области</div>"
    "<div class='news-text'>"
    "<p>В Актобе состоялся областной форум волонтеров, в котором приняли участие представители"
    " всех районов области.</p>"
    "<p>Участники обсудили развитие волонтерского движения в сельской местности и поддержку"
    " социальных проектов молодежи.</p></div>"
    "<div class='amp-share'><a href='https://t.me/share/url?url=x'>Telegram</a></div></div>"
    "<footer>© 2024 Акимат Актюбинской области</footer>"
)


def test_the_lines_between_the_headline_and_the_text_below_it_are_read():
    lines, reading = read_page(GOV_AMP, "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [
        ("В Актобе прошел областной форум волонтеров", K.TITLE),
        ("Более 400 человек из всех районов области", None),  # a lead: text, for the rules
        (
            "В Актобе состоялся областной форум волонтеров, в котором приняли участие"
            " представители всех районов области.",
            None,
        ),
        (
            "Участники обсудили развитие волонтерского движения в сельской местности и"
            " поддержку социальных проектов молодежи.",
            None,
        ),
    ]
    assert 'the article is the <div class="news-text"> with the most paragraph text' in (
        reading.notes
    )
    assert reading.date == dt.date(2024, 3, 5)
    assert reading.date_from == "the time stamp '5 марта 2024, 14:05 · Просмотров'"
    assert sorted((d.reason, d.line) for d in reading.dropped) == [
        ("breadcrumbs", "Главная / Новости"),
        ("share buttons", "Telegram"),
        ("site footer", "© 2024 Акимат Актюбинской области"),
        ("site header", "Акимат Актюбинской области"),
        ("time stamp", "5 марта 2024, 14:05 · Просмотров"),
    ]
    assert read_source(GOV_AMP, "p.html").date == dt.date(2024, 3, 5)


TABLE_PAGE = (
    "<table width='100%' border='0' cellpadding='0' cellspacing='0'>"
    "<tr><td colspan='2' bgcolor='#003366'><img src='/img/gerb.gif' width='60'>"
    " <font color='#ffffff' size='4'>Акимат Актюбинской области</font></td></tr>"
    "<tr><td width='200' valign='top'><ul><li><a href='/'>Главная</a><li><a href='/news/'>Новости"
    "</a><li><a href='/akim/'>Аким области</a><li><a href='/docs/'>Документы</a></ul></td>"
    "<td valign='top'>\n{headline}<br>\n05.03.2024<br><br>\n"
    "Аким Актюбинской области провел встречу с председателями этнокультурных объединений"
    " региона в Доме дружбы.<br><br>\n"
    "Участники обсудили подготовку к празднованию Наурыза и Дня благодарности, а также работу"
    " воскресных школ.<br><br>\n<a href='/news/'>« Назад</a></td></tr>"
    "<tr><td colspan='2' align='center'><font size='1'>Copyright © 2004-2024 Акимат Актюбинской"
    " области. Все права защищены.</font></td></tr></table>"
)
TABLE_TITLE = "<title>Новости :: Аким области встретился с этнокультурными объединениями</title>"
TABLE_TEXT = [
    (
        "Аким Актюбинской области провел встречу с председателями этнокультурных объединений"
        " региона в Доме дружбы.",
        None,
    ),
    (
        "Участники обсудили подготовку к празднованию Наурыза и Дня благодарности, а также"
        " работу воскресных школ.",
        None,
    ),
]


def test_an_old_table_page_of_br_lines():
    headline = "<b>Аким области встретился с этнокультурными объединениями</b>"
    data = page(TABLE_PAGE.format(headline=headline), TABLE_TITLE)
    lines, reading = read_page(data, "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [
        ("Аким области встретился с этнокультурными объединениями", K.TITLE),  # the bold line
        *TABLE_TEXT,
    ]
    assert "the article is the <td> with the most paragraph text" in reading.notes
    assert (reading.date, reading.date_from) == (dt.date(2024, 3, 5), "the time stamp '05.03.2024'")
    assert sorted((d.reason, d.line) for d in reading.dropped) == [
        ("back link", "« Назад"),
        ("outside the article", "Copyright © 2004-2024 Акимат Актюбинской области. Все права…"),
        ("outside the article", "Акимат Актюбинской области"),
        ("outside the article", "Главная Новости Аким области Документы"),
        ("time stamp", "05.03.2024"),
    ]


def test_the_pages_title_without_its_section_and_not_repeated():
    headline = "<font size='4'>Аким области встретился с этнокультурными объединениями</font>"
    data = page(TABLE_PAGE.format(headline=headline), TABLE_TITLE)
    lines, reading = read_page(data, "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [
        ("Аким области встретился с этнокультурными объединениями", K.TITLE),  # the <title>'s
        *TABLE_TEXT,
    ]
    assert "the headline is the page's <title>: the page has no headline in it" in reading.notes
    assert ("Аким области встретился с этнокультурными объединениями", "headline repeated") in [
        (d.line, d.reason) for d in reading.dropped
    ]


def test_of_two_blocks_of_text_the_one_with_the_headline():
    about = (
        "<td width='220' class='about'>Актюбинская область расположена на северо-западе"
        " Казахстана и граничит с Россией.<br><br>Площадь области составляет 300 тысяч"
        " квадратных километров, население превышает 900 тысяч человек.<br><br>"
        "Административный центр области — город Актобе, крупный промышленный центр.</td>"
    )
    news = (
        "<td><h1>В Актобе открылась выставка ремесленников</h1>В областном историко-краеведческом"
        " музее открылась выставка работ народных мастеров.<br><br>Посетители увидят более 200"
        " изделий из войлока, кожи и дерева.</td>"
    )
    lines, reading = read_page(page(f"<table><tr>{about}{news}</tr></table>"), "p.html")
    assert [line.text for line in lines if line.text] == [
        "В Актобе открылась выставка ремесленников",
        "В областном историко-краеведческом музее открылась выставка работ народных мастеров.",
        "Посетители увидят более 200 изделий из войлока, кожи и дерева.",
    ]
    assert "the article is the <td> with the most paragraph text" in reading.notes
    assert [d.reason for d in reading.dropped] == ["outside the article"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Новости :: Аким области вручил ключи от квартир", "Аким области вручил ключи от квартир"),
        (
            "Акимат Актюбинской области » Новости » Аким области вручил ключи",
            "Аким области вручил ключи",
        ),
        ("Главная | Новости | Өңірде жаңа мектеп ашылды", "Өңірде жаңа мектеп ашылды"),
        ("Өңірде жаңа мектеп ашылды | Zharshy", "Өңірде жаңа мектеп ашылды"),
    ],
)
def test_a_pages_title_loses_the_sites_name_and_section(title, expected):
    data = page(f"<main><p>{ARTICLE_TEXT}</p></main>", f"<title>{title}</title>")
    assert lines_of(data)[0] == (expected, K.TITLE)


@pytest.mark.parametrize("title", ["Акимат Актюбинской области", "Новости", "Жаңалықтар"])
def test_a_pages_title_that_is_only_the_site_or_a_section_is_no_headline(title):
    data = page(f"<main><p>{ARTICLE_TEXT}</p></main>", f"<title>{title}</title>")
    assert lines_of(data) == [(ARTICLE_TEXT, None)]  # the plain-text rules find the headline


TEASER_CARDS = (
    "<article class='card'><h4><a href='/news/1'>Облыста көктемгі егіс науқаны басталды</a></h4>"
    "<p>Биыл облыс диқандары 900 мың гектарға дәнді дақылдар егуді жоспарлап отыр, бұл"
    " былтырғыдан 5 пайызға көп.</p></article>"
    "<article class='card'><h4><a href='/news/2'>Жастар ресурстық орталығы жаңа жобаларды"
    " қолдайды</a></h4><p>Грант байқауына 60-тан астам өтінім түсті.</p></article>"
    "<article class='card'><h4><a href='/news/3'>Хромтауда жаңа спорт кешені салынады</a></h4>"
    "<p>Кешенде жүзу бассейні мен футбол алаңы болады.</p></article>"
)
POST = (
    "<div class='post'><h1>Ақтөбеде 320 орындық жаңа балабақша ашылды</h1>"
    "<div class='post-body'>"
    "<p>Ақтөбе қаласының Нұрдәулет ықшамауданында 320 орындық жаңа балабақша пайдалануға"
    " берілді.</p><p>Балабақшада мемлекеттік тілде оқытатын 12 топ, бассейн және спорт залы"
    " бар.</p></div></div>"
)
POST_LINES = [
    ("Ақтөбе қаласының Нұрдәулет ықшамауданында 320 орындық жаңа балабақша пайдалануға берілді.",
     None),
    ("Балабақшада мемлекеттік тілде оқытатын 12 топ, бассейн және спорт залы бар.", None),
]  # fmt: skip


def test_teaser_cards_beside_a_post_are_not_the_article():
    widget = f"<div class='widget'><h3 class='widget-title'>Көп оқылған</h3>{TEASER_CARDS}</div>"
    body = f"<div class='layout'><div class='col-main'>{POST}</div><div class='col-side'>{widget}"
    lines, reading = read_page(page(body + "</div></div>"), "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [
        ("Ақтөбеде 320 орындық жаңа балабақша ашылды", K.TITLE),
        *POST_LINES,
    ]
    assert (
        'the article is the <div class="post-body"> with the most paragraph text'
        " (3 small <article>s side by side are teasers)"
    ) in reading.notes
    # one card alone is no list, but the post stands by the <h1>
    one = TEASER_CARDS.split("</article>")[0] + "</article>"
    body = f"<div class='layout'>{POST}<div class='widget'>{one}</div></div>"
    lines, reading = read_page(page(body), "p.html")
    assert [line.text for line in lines if line.text][1:] == [text for text, _ in POST_LINES]
    # in a <main>, the teasers are dropped from it
    body = f"<main>{POST}<div class='more'><h3>Басқа жаңалықтар</h3>{TEASER_CARDS}</div></main>"
    lines, reading = read_page(page(body), "p.html")
    assert [line.text for line in lines if line.text][1:] == [text for text, _ in POST_LINES]
    assert [d.reason for d in reading.dropped] == ["teasers"]


def test_a_page_of_teasers_only_is_a_list_of_news():
    body = f"<div class='news-list'><h1>Жаңалықтар</h1>{TEASER_CARDS}</div>"
    with pytest.raises(InputError, match="is a list of news, not one article"):
        read_page(page(body), "p.html")


# The headline and the rubric


def test_the_headline_is_never_the_sites_logo_nor_a_section_name():
    body = (
        "<header class='site-header'><div class='logo'><img src='/logo.png' alt=''>"
        "<h1>Акимат Актюбинской области</h1></div>"
        "<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav></header>"
        "<div class='content'><h1 class='page-title'>Новости</h1><article class='post'>"
        "<div class='category'><a href='/news/economy'>Экономика</a></div>"
        "<h2 class='entry-title'>На Актюбинской ТЭЦ завершили ремонт двух котлов</h2>"
        "<p>На Актюбинской теплоэлектроцентрали завершили капитальный ремонт двух котлоагрегатов"
        " перед новым отопительным сезоном.</p>"
        "<a class='back' href='/news'>Назад к новостям</a></article></div>"
    )
    lines, reading = read_page(page(body, "<title>Акимат Актюбинской области</title>"), "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [
        ("Экономика", K.RUBRIC),
        ("На Актюбинской ТЭЦ завершили ремонт двух котлов", K.TITLE),
        (
            "На Актюбинской теплоэлектроцентрали завершили капитальный ремонт двух"
            " котлоагрегатов перед новым отопительным сезоном.",
            None,
        ),
    ]
    assert sorted((d.reason, d.line) for d in reading.dropped) == [
        ("back link", "Назад к новостям"),
        ("section name", "Новости"),
        ("site header", "Акимат Актюбинской области Главная Новости"),
    ]
    document = read_source(page(body), "p.html")
    assert (document.rubric, document.title) == (
        "Экономика",
        "На Актюбинской ТЭЦ завершили ремонт двух котлов",
    )


def test_without_an_h1_a_bold_first_line_is_the_headline():
    body = (
        "<div id='wrap'><div class='menu-left'><a href='/'>Главная</a><br>"
        "<a href='/news'>Новости</a></div><div class='text'>"
        "<p><strong>В Хромтау открылся центр обслуживания населения</strong></p>"
        "<p>В городе Хромтау после капитального ремонта открылся обновленный центр"
        " обслуживания населения.</p>"
        "<p><b>Теперь жители района могут получить более 700 государственных услуг</b>"
        " в одном здании.</p></div></div>"
    )
    assert lines_of(page(body, "<title>Новости</title>")) == [
        ("В Хромтау открылся центр обслуживания населения", K.TITLE),
        (
            "В городе Хромтау после капитального ремонта открылся обновленный центр"
            " обслуживания населения.",
            None,
        ),
        (
            "**Теперь жители района могут получить более 700 государственных услуг** в одном"
            " здании.",
            None,
        ),
    ]
    bold_lead = body.replace("открылся центр обслуживания населения</strong>", "открылся.</strong>")
    assert lines_of(page(bold_lead))[0] == ("**В Хромтау открылся.**", None)  # a sentence


def test_the_last_item_of_breadcrumbs_above_the_headline_is_the_rubric():
    crumbs = "<a href='/'>Главная</a> » <a href='/news'>Новости</a> » <span>{}</span>"
    text = (
        "<h1>В Актобе открылся центр поддержки семьи</h1><div class='text'>"
        f"<p>{ARTICLE_TEXT}</p><p>{ARTICLE_TEXT}</p></div>"
    )
    body = f"<div class='page'><nav class='breadcrumbs'>{crumbs.format('Общество')}</nav>{text}"
    lines, reading = read_page(page(body + "</div>"), "p.html")
    assert [(line.text, line.kind) for line in lines if line.text][:2] == [
        ("Общество", K.RUBRIC),
        ("В Актобе открылся центр поддержки семьи", K.TITLE),
    ]
    assert [(d.line, d.reason) for d in reading.dropped] == [
        ("Главная » Новости » Общество", "navigation")
    ]
    plain = f"<div class='page'><nav class='breadcrumbs'>{crumbs.format('Новости')}</nav>{text}"
    assert lines_of(page(plain + "</div>"))[0][1] is K.TITLE  # "Новости" is no rubric


# The date


META = (
    "<article class='news'><h1>В области стартовала акция «Дорога в школу»</h1>{meta}"
    "<p>В Актюбинской области стартовала республиканская акция «Дорога в школу», которая"
    " продлится до 1 октября.</p>"
    "<h3>Читайте также</h3><ul>"
    "<li><a href='/news/5501'>Школьники области заняли призовые места на олимпиаде</a>"
    " <time datetime='2024-04-02'>2 апреля</time></li>"
    "<li><a href='/news/5488'>В Шалкаре построят новую школу</a>"
    " <time datetime='2024-03-28'>28 марта</time></li></ul>{end}"
    "<div id='comments'><div class='comment'><time datetime='2024-05-11'>11.05.2024</time>"
    " Айгерим: Хорошая акция!</div></div></article>"
)


@pytest.mark.parametrize(
    ("meta", "end"),
    [
        (
            "<div class='news-meta'>Обновлено: <time datetime='2024-05-20T16:40'>20.05.2024</time>"
            " Опубликовано: <time datetime='2024-05-10T09:00'>10.05.2024</time></div>",
            "",
        ),
        ("", "<p>Опубликовано: <time datetime='2024-05-10T09:00'>10.05.2024</time></p>"),
        (
            "<div class='news-meta'><time itemprop='dateModified' datetime='2024-05-20'>"
            "20.05.2024</time> <time itemprop='datePublished' datetime='2024-05-10'>10.05.2024"
            "</time></div>",
            "",
        ),
        (
            "<div class='news-meta'><time class='entry-date updated' datetime='2024-05-20'>"
            "20.05.2024</time> · <time pubdate datetime='2024-05-10'>10.05.2024</time></div>",
            "",
        ),
    ],
    ids=["labels", "related-list-first", "itemprop", "class-and-pubdate"],
)
def test_the_date_is_the_publications_never_an_updates_or_a_related_storys(meta, end):
    lines, reading = read_page(page(META.format(meta=meta, end=end)), "p.html")
    assert (reading.date, reading.date_from) == (dt.date(2024, 5, 10), "<time datetime> 2024-05-10")
    assert ("Читайте также", "related news") in [(d.line, d.reason) for d in reading.dropped]
    assert not any("Школьники" in line.text for line in lines)


def test_without_a_time_element_the_json_ld_or_the_meta_date():
    body = META.format(meta="", end="")
    for time_tag in ("<time datetime='2024-04-02'>", "<time datetime='2024-03-28'>",
                     "<time datetime='2024-05-11'>"):  # fmt: skip
        body = body.replace(time_tag, "<time>")
    json_ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "datePublished": "2019-01-01"},'
        '{"@type": "NewsArticle", "datePublished": "2024-05-10T09:00:00+05:00"}]}</script>'
    )
    meta = "<meta property='article:published_time' content='2024-05-09T23:00:00+05:00'>"
    reading = read_page(page(body, json_ld + meta), "p.html")[1]
    assert (reading.date, reading.date_from) == (
        dt.date(2024, 5, 10),
        "the page's JSON-LD datePublished 2024-05-10",
    )
    broken = '<script type="application/ld+json">' + "[" * 5000 + "</script>"
    huge = '<script type="application/ld+json">{"datePublished": "2020-01-01", "x": "'
    huge += "y" * 30_000 + '"}</script>'
    reading = read_page(page(body, broken + huge + meta), "p.html")[1]
    assert (reading.date, reading.date_from) == (
        dt.date(2024, 5, 9),
        "<meta article:published_time> 2024-05-09",
    )


# Furniture inside the article


WORDPRESS = page(
    "<main id='main' class='site-main'><article id='post-2281' class='post type-post"
    " status-publish hentry'><header class='entry-header'>"
    "<h1 class='entry-title'>Мұғалжарда жаңа су құбыры іске қосылды</h1>"
    "<div class='entry-meta'><span class='posted-on'>Жарияланды: <a href='/2024/06/14/'>"
    "<time class='entry-date published' datetime='2024-06-14T10:20:00+05:00'>14.06.2024</time>"
    "<time class='updated' datetime='2024-06-15T08:00:00+05:00'>15.06.2024</time></a></span>"
    " <span class='byline'>Автор: <a href='/author/admin/'>admin</a></span></div></header>"
    "<div class='entry-content'>"
    "<p>Мұғалжар ауданының Қайыңды ауылында ұзындығы 14 шақырым болатын жаңа су құбыры"
    " пайдалануға берілді.</p>"
    "<div class='inline-ad'><a href='https://shop.example/'><img src='/ads/b.jpg' alt=''></a>"
    "<span>Жеңілдіктер аптасы – барлық тауарларға 30 пайыз</span></div>"
    "<p>Енді 600-ден астам тұрғын таза ауыз сумен тұрақты қамтамасыз етіледі.</p>"
    "<blockquote class='twitter-tweet'><p lang='kk'>Қайыңды ауылына таза су келді!</p>&mdash;"
    " Аудан әкімдігі <a href='https://twitter.com/x/status/1'>June 14, 2024</a></blockquote>"
    "<div class='adv-block'><p>Реклама</p><a href='https://bank.example/'>Депозит 16 пайызбен</a>"
    "</div><p>Жоба «Ауыл – Ел бесігі» бағдарламасы аясында жүзеге асырылды.</p>"
    "<blockquote class='instagram-media'><a href='https://www.instagram.com/p/x/'>Бұл жазбаны"
    " Instagram-да қараңыз</a></blockquote><p>Реклама</p>"
    "<div class='jp-relatedposts' id='jp-relatedposts'><h3>Ұқсас жазбалар</h3>"
    "<p>Ембіде жаңа мектеп салынады</p></div>"
    "<div class='read-also'><p>Сондай-ақ оқыңыз: <a href='/2024/06/10/'>Аудан фермерлері егіс"
    " науқанын аяқтады</a></p></div>"
    "<div class='other-news'><a href='/1'>Ауданда жол жөндеу басталды</a></div>"
    "<div class='similar-posts'><a href='/2'>Қандыағашта саябақ ашылды</a></div>"
    "<div class='ya-share2' data-services='vkontakte,telegram'><a href='https://vk.example/'>"
    "ВКонтакте</a></div><div class='post-rating'><span>Мақаланы бағалаңыз: 4,6 (12 дауыс)"
    "</span></div></div>"
    "<footer class='entry-footer'><span class='cat-links'>Санаттар: <a href='/category/news/'>"
    "Жаңалықтар</a>, <a href='/category/village/'>Ауыл</a></span></footer>"
    "<p>Санаттар: <a href='/category/news/'>Жаңалықтар</a></p>"
    "<div id='disqus_thread'><p>Пікірлерді көру үшін JavaScript қосыңыз.</p></div>"
    "</article></main>"
)


def test_furniture_inside_the_article_is_dropped_with_its_reason():
    lines, reading = read_page(WORDPRESS, "p.html")
    assert [(line.text, line.kind) for line in lines if line.text] == [
        ("Мұғалжарда жаңа су құбыры іске қосылды", K.TITLE),
        (
            "Мұғалжар ауданының Қайыңды ауылында ұзындығы 14 шақырым болатын жаңа су құбыры"
            " пайдалануға берілді.",
            None,
        ),
        ("Енді 600-ден астам тұрғын таза ауыз сумен тұрақты қамтамасыз етіледі.", None),
        ("Жоба «Ауыл – Ел бесігі» бағдарламасы аясында жүзеге асырылды.", None),
    ]
    assert [(d.reason, d.line) for d in reading.dropped] == [
        ("post meta", "Жарияланды: 14.06.202415.06.2024 Автор: admin"),
        ("advert", "Жеңілдіктер аптасы – барлық тауарларға 30 пайыз"),
        ("embedded post", "Қайыңды ауылына таза су келді! — Аудан әкімдігі June 14…"),
        ("advert", "Реклама Депозит 16 пайызбен"),
        ("embedded post", "Бұл жазбаны Instagram-да қараңыз"),
        ("advert", "Реклама"),
        ("related news", "Ұқсас жазбалар Ембіде жаңа мектеп салынады"),
        ("related news", "Сондай-ақ оқыңыз: Аудан фермерлері егіс науқанын аяқтады"),
        ("related news", "Ауданда жол жөндеу басталды"),
        ("related news", "Қандыағашта саябақ ашылды"),
        ("share buttons", "ВКонтакте"),
        ("rating widget", "Мақаланы бағалаңыз: 4,6 (12 дауыс)"),
        ("categories", "Санаттар: Жаңалықтар, Ауыл"),
        ("categories", "Санаттар: Жаңалықтар"),
        ("comments", "Пікірлерді көру үшін JavaScript қосыңыз."),
    ]
    assert (reading.date, reading.date_from) == (dt.date(2024, 6, 14), "<time datetime> 2024-06-14")


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
    if expected is None:  # no charset, one word of windows-1251: too little to tell, refused
        with pytest.raises(InputError, match="not UTF-8 text"):
            read_page(data, "p.html")
        return
    assert lines_of(data) == [(expected, None)]


def test_a_charset_past_the_first_4_kb_is_not_read():
    # KOI8-R: windows-1251, tried when UTF-8 fails, reads it as capitals, not Cyrillic text
    data = b"<!-- " + b"x" * 4096 + b' --><meta charset="koi8-r"><p>' + RU.encode("koi8-r")
    with pytest.raises(InputError, match="not UTF-8 text"):
        read_page(data, "p.html")


AKTOBE = "В Актобе прошел форум молодежи, участники обсудили занятость и жилье."
TIL = "Ақтөбеде жастар форумы өтті, қатысушылар жұмыспен қамту мәселесін талқылады."


@pytest.mark.parametrize(
    ("data", "text", "note"),
    [
        (
            f'<meta charset="windows-1251"><p>{AKTOBE}</p>'.encode(),  # "Р’ РђРєС‚РѕР±Рµ"
            AKTOBE,
            "the page says windows-1251 but is UTF-8: read as UTF-8",
        ),
        (
            (
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
                f"<p>{TIL}</p>"
            ).encode(),  # "Ә" in UTF-8 has a byte windows-1251 lacks
            TIL,
            "the page says windows-1251 but is UTF-8: read as UTF-8",
        ),
        (
            f"<html><body><p>{AKTOBE}</p>".encode("cp1251"),
            AKTOBE,
            "the page says no charset and is not UTF-8: read as windows-1251 (Cyrillic)",
        ),
    ],
    ids=["utf-8-said-cp1251", "kazakh-utf-8-said-cp1251", "cp1251-said-nothing"],
)
def test_a_charset_said_wrong_or_not_at_all(data, text, note):
    lines, reading = read_page(data, "p.html")
    assert [line.text for line in lines if line.text] == [text]
    assert note in reading.notes


def test_without_a_charset_only_cyrillic_text_is_read_as_windows_1251():
    for data in (
        f"<p>{AKTOBE}</p>".encode("koi8-r"),  # as windows-1251: capitals, no Russian
        "<p>Café au lait, crème brûlée, déjà vu, naïve</p>".encode("cp1252"),
    ):
        with pytest.raises(InputError, match="is not UTF-8 text"):
            read_page(data, "p.html")
    cp1251 = f'<meta charset="windows-1251"><p>{AKTOBE}</p>'.encode("cp1251")
    assert read_page(cp1251, "p.html")[1].notes == ["the article is the whole page"]


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
