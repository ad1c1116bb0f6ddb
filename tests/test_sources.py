"""Reading sources: plain text heuristics, Markdown, the canonical source.md."""

from __future__ import annotations

import datetime as dt

import pytest

from workflow.errors import InputError
from workflow.fsio import MB, decode_text
from workflow.model import BlockKind
from workflow.sources import build_release, default_id, slugify
from workflow.sources.document import SourceDocument
from workflow.sources.markdown import read_markdown, render_source
from workflow.sources.plaintext import read_plaintext

K = BlockKind

EMAIL_EN = """\
PRESS RELEASE

APK Deputy Chairman: “Unity is our common asset”

ASTANA – The Deputy Chairman of the Assembly of People of Kazakhstan met
representatives of ethnocultural associations. More than 200 people took part.
The meeting was held at the House of Friendship.

Erlan Sadykov, Deputy Chairman of the APK:
— Unity is our common asset. We will keep it.

Aigerim Bekova, Head of the Secretariat:
–Every language of our country deserves care.

The meeting ended with a concert.
"""


def test_plain_english_release_is_read_into_its_kinds():
    doc = read_plaintext(EMAIL_EN)
    assert doc.rubric == "PRESS RELEASE"
    assert doc.title == "APK Deputy Chairman: “Unity is our common asset”"
    assert doc.dateline == "ASTANA"
    assert doc.place == "Astana"
    assert doc.body == [
        (
            K.PARAGRAPH,
            "The Deputy Chairman of the Assembly of People of Kazakhstan met "
            "representatives of ethnocultural associations. More than 200 people took part.",
        ),
        (K.PARAGRAPH, "The meeting was held at the House of Friendship."),
        (K.ATTRIBUTION, "Erlan Sadykov, Deputy Chairman of the APK:"),
        (K.QUOTE, "Unity is our common asset. We will keep it."),
        (K.ATTRIBUTION, "Aigerim Bekova, Head of the Secretariat:"),
        (K.QUOTE, "Every language of our country deserves care."),
        (K.PARAGRAPH, "The meeting ended with a concert."),
    ]


SITE_RU = """\
19 Ноября, 2026
Ассамблея народа Казахстана подвела итоги года
Ассамблея народа Казахстана подвела итоги года
1045

Астана, 19 ноября 2026 года – Состоялось заседание Совета Ассамблеи.

Айгерим Сейтова, заместитель Председателя Ассамблеи народа Казахстана:
— Мы продолжим работу.
"""


def test_site_clutter_never_becomes_a_unit():
    doc = read_plaintext(SITE_RU)
    assert doc.rubric is None
    assert doc.title == "Ассамблея народа Казахстана подвела итоги года"
    assert doc.dateline == "Астана, 19 ноября 2026 года"
    assert doc.date == dt.date(2026, 11, 19)
    texts = [text for _kind, text in doc.blocks()]
    assert "1045" not in texts and "19 Ноября, 2026" not in texts
    assert texts.count(doc.title) == 1
    assert [kind for kind, _ in doc.body] == [K.PARAGRAPH, K.ATTRIBUTION, K.QUOTE]


@pytest.mark.parametrize(
    ("first", "dateline", "rest"),
    [
        ("ALMATY, 5 May – The forum opened.", "ALMATY, 5 May", "The forum opened."),
        (
            "Вена, 3 марта 2024 года – Делегация прибыла.",
            "Вена, 3 марта 2024 года",
            "Делегация прибыла.",
        ),
        ("Астана, 2026 жылғы 26 қараша – Жиын өтті.", "Астана, 2026 жылғы 26 қараша", "Жиын өтті."),
        ("NUR-SULTAN — The talks began.", "NUR-SULTAN", "The talks began."),
        ("Astana – The session opened.", "Astana", "The session opened."),
    ],
)
def test_datelines(first, dateline, rest):
    doc = read_plaintext(f"Headline\n\n{first}\n")
    assert doc.dateline == dateline
    assert doc.body[0] == (K.PARAGRAPH, rest)


def test_a_dash_inside_the_first_sentence_is_not_a_dateline():
    doc = read_plaintext("Headline\n\nThe meeting – held in Astana – went well.\n")
    assert doc.dateline is None
    assert doc.body == [(K.PARAGRAPH, "The meeting – held in Astana – went well.")]


def test_one_paragraph_per_line_and_hard_wrapped_lines():
    doc = read_plaintext("Title\n\nFirst sentence.\nSecond paragraph starts\nand goes on.\n")
    assert doc.body == [
        (K.PARAGRAPH, "First sentence."),
        (K.PARAGRAPH, "Second paragraph starts and goes on."),
    ]


def test_list_items():
    doc = read_plaintext("Title\n\nThe programme:\n- a lecture;\n- a concert.\n")
    assert [k for k, _ in doc.body] == [K.PARAGRAPH, K.LIST_ITEM, K.LIST_ITEM]


def test_markdown_front_matter_quotes_headings_lists():
    doc = read_markdown(
        '---\ntitle: "Title: “quoted”"\nrubric: News  # a label\ndate: 2026-11-12\n'
        "place: Astana\nlanguage: en\n---\n\nA paragraph\nwrapped.\n\n"
        "Erlan Sadykov, Deputy Chairman:\n\n> One. Two.\n>\n> Three.\n\n## Next\n\n- a\n- b\n"
    )
    assert doc.title == "Title: “quoted”"
    assert doc.rubric == "News"
    assert doc.dateline == "Astana"
    assert doc.date == dt.date(2026, 11, 12)
    assert doc.body == [
        (K.PARAGRAPH, "A paragraph wrapped."),
        (K.ATTRIBUTION, "Erlan Sadykov, Deputy Chairman:"),
        (K.QUOTE, "One. Two."),
        (K.QUOTE, "Three."),
        (K.HEADING, "Next"),
        (K.LIST_ITEM, "a"),
        (K.LIST_ITEM, "b"),
    ]


def test_markdown_headline_as_heading_one():
    doc = read_markdown("# The headline\n\nText.\n")
    assert doc.title == "The headline"
    assert doc.body == [(K.PARAGRAPH, "Text.")]


@pytest.mark.parametrize("source", [EMAIL_EN, SITE_RU])
def test_canonical_source_reads_back_unchanged(source):
    doc = read_plaintext(source)
    doc.id, doc.language = "2026-11-19-x", "en"
    assert read_markdown(render_source(doc)) == doc


def test_markup_like_paragraphs_survive_the_round_trip():
    doc = SourceDocument(
        title="T",
        body=[
            (K.PARAGRAPH, "# not a heading"),
            (K.PARAGRAPH, "> not a quote"),
            (K.PARAGRAPH, "- not a list"),
            (K.PARAGRAPH, "1. not a list"),
        ],
    )
    assert read_markdown(render_source(doc)).body == doc.body


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('---\ntitle: "open\n---\n', "unterminated"),
        ("---\ntitle: x\n", "not closed"),
        ("---\ndate: 12/11/2026\n---\n", "not a date"),
        ("---\njust words\n---\n", "key: value"),
    ],
)
def test_bad_front_matter_is_one_clear_error(text, message):
    with pytest.raises(InputError, match=message):
        read_markdown(text)


def test_decoding_refuses_what_is_not_utf8_text():
    with pytest.raises(InputError, match="not UTF-8"):
        decode_text("Привет".encode("cp1251"), "r.txt", limit=MB, fix="save it as UTF-8")
    with pytest.raises(InputError, match="not a text file"):
        decode_text(b"PK\x03\x04\x00\x00", "r.txt", limit=MB, fix="save it as UTF-8")


def test_whole_blocks_are_one_unit_and_paragraphs_are_cut():
    doc = read_plaintext(EMAIL_EN)
    release = build_release(doc, "2026-11-26-x", "en")
    kinds = [(b.kind, len(b.sentences)) for b in release.blocks]
    assert kinds[:4] == [(K.RUBRIC, 1), (K.TITLE, 1), (K.DATELINE, 1), (K.PARAGRAPH, 2)]
    positions = [p for p, _k, _s in release.positions()]
    assert positions[:5] == ["r1", "t1", "d1", "p1.s1", "p1.s2"]


def test_equal_sentences_are_one_unit():
    doc = SourceDocument(title="T", body=[(K.PARAGRAPH, "Same. Other."), (K.QUOTE, "Same.")])
    units = build_release(doc, "x", "en").units()
    assert [(u.source, u.positions) for u in units] == [
        ("T", ["t1"]),
        ("Same.", ["p1.s1", "q1"]),
        ("Other.", ["p1.s2"]),
    ]


def test_default_id_is_date_and_headline_words():
    doc = SourceDocument(
        title="Қазақстан мен ЕҚЫҰ: ынтымақтастық", body=[], date=dt.date(2026, 11, 26)
    )
    assert default_id(doc) == "2026-11-26-qazaqstan-men-eqyu-yntymaqtastyq"
    assert slugify("!!!") == "release"


def test_a_short_headline_above_a_hard_wrapped_paragraph_is_not_a_rubric():
    doc = read_plaintext(
        "Language courses open\n\nThe Assembly of People of Kazakhstan opens free courses of "
        "the Kazakh\nlanguage in all regions. Registration is open until 1 December.\n"
    )
    assert doc.rubric is None and doc.title == "Language courses open"
    assert doc.body[0][1].startswith("The Assembly") and doc.body[0][1].endswith("1 December.")


def test_markdown_reads_datelines_and_dash_quotes_as_plain_text_does():
    doc = read_markdown(
        "---\ntitle: Встреча\nplace: Астана\nlanguage: ru\n---\n\n"
        "АСТАНА, 26 ноября 2026 года – В Астане прошла встреча.\n\n— Мы рады гостям.\n"
    )
    assert doc.dateline == "АСТАНА, 26 ноября 2026 года" and doc.place == "Астана"
    assert doc.date == dt.date(2026, 11, 26)
    assert doc.body == [(K.PARAGRAPH, "В Астане прошла встреча."), (K.QUOTE, "Мы рады гостям.")]
    assert read_markdown(render_source(doc)) == doc


def test_a_capitalised_word_before_a_dash_is_a_place_only_before_a_sentence():
    doc = read_plaintext("Headline\n\nToday – a historic day for the Assembly.\n")
    assert doc.dateline is None
