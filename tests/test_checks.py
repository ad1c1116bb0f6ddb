"""The registry of checks, and the small checks: blank, untranslated, markup, typography,
length, terminology and consistency — each with what it must find and what it must not.

facts, script and language have test modules of their own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workflow import checks
from workflow.checks import Context, Severity, Subject
from workflow.glossary import Glossary, Term
from workflow.model import BlockKind

K = BlockKind


def found(check_id: str, source: str, translation: str, lang: str = "ru", **options) -> list[str]:
    context = options.pop("context", Context())
    subject = Subject(source, translation, options.pop("source_lang", "en"), lang, **options)
    return list(checks.registry()[check_id].test(subject, context))


# The registry


def test_every_check_has_an_id_a_severity_a_description_and_its_module():
    registry = checks.registry()
    assert list(registry) == list(checks.MODULES)
    for check_id, check in registry.items():
        assert check.id == check_id
        assert check.severity in (Severity.ERROR, Severity.WARNING)
        assert check.description and "\n" not in check.description and len(check.description) <= 140


def test_errors_are_the_checks_of_facts_and_warnings_those_of_style():
    severities = {c.id: c.severity for c in checks.registry().values()}
    assert {c for c, s in severities.items() if s is Severity.WARNING} == {
        "typography",
        "length",
        "consistency",
    }


def test_an_unknown_check_is_one_clear_refusal():
    from workflow.errors import InputError

    with pytest.raises(InputError, match="there is no check 'spelling'"):
        checks.find(["spelling"])


def test_a_blank_translation_is_reported_by_blank_alone():
    subject = Subject("The meeting took place on 12 November 2026.", " \u200b ", "en", "ru")
    assert [c.id for c, _ in checks.run(subject, Context())] == ["blank"]


# blank


@pytest.mark.parametrize("text", [" ", "\u200b", "\u00a0\u202f", " \u200b\u200d ", "\t", "\ufeff"])
def test_blank_finds_only_spaces_and_invisible_marks(text):
    assert found("blank", "Astana", text)


@pytest.mark.parametrize("text", ["Астана", " . ", "—", "2026", "«»"])
def test_blank_leaves_anything_visible(text):
    assert not found("blank", "Astana", text)


# untranslated


@pytest.mark.parametrize(
    ("source", "translation", "lang"),
    [
        ("The delegation visited Astana.", "The delegation visited Astana.", "ru"),
        ("The delegation visited Astana.", "The delegation  visited Astana. ", "kk"),
        ("Read **the plan** online.", "Read the plan online.", "kk"),
        ("ASTANA", "ASTANA", "kk"),
        ("OSCE", "OSCE", "ru"),
        ("Запись на курсы продолжается.", "Запись на курсы продолжается.", "kk"),
    ],
)
def test_untranslated_finds_a_copied_source(source, translation, lang):
    source_lang = "ru" if source.startswith("Запись") else "en"
    assert found("untranslated", source, translation, lang, source_lang=source_lang) == [
        "the translation is the source text, copied"
    ]


@pytest.mark.parametrize(
    ("source", "translation", "options"),
    [
        ("2026", "2026", {}),
        ("www.gov.kz", "www.gov.kz", {}),
        ("press@apk.kz", "press@apk.kz", {}),
        ("+7 7172 74 57 19", "+7 7172 74 57 19", {}),
        ("Astana", "Астана", {}),
        ("Астана", "Астана", {"source_lang": "ru", "lang": "kk"}),
        ("Анонс", "Анонс", {"source_lang": "ru", "lang": "kk"}),
        ("Алматы, Шымкент", "Алматы, Шымкент", {"source_lang": "kk", "lang": "ru"}),
    ],
)
def test_untranslated_leaves_what_rightly_reads_the_same(source, translation, options):
    lang = options.pop("lang", "ru")
    kept = frozenset({"астана"})
    assert not found(
        "untranslated", source, translation, lang, context=Context(kept=kept), **options
    )


def test_the_glossary_says_which_names_are_kept_in_both_languages(tmp_path):
    from workflow.actions.check import _kept

    glossary = Glossary(
        (
            Term({"en": ("Astana",), "kk": ("Астана",), "ru": ("Астана",)}),
            Term({"en": ("Expo",), "kk": ("Expo",), "ru": ("ЭКСПО",)}),
        )
    )
    assert _kept(glossary) == {"астана", "expo"}


# markup


@pytest.mark.parametrize(
    ("source", "translation", "message"),
    [
        (
            "Details are on [the Assembly's site](https://assembly.kz).",
            "Подробности на сайте Ассамблеи.",
            "the link to https://assembly.kz is not in the translation",
        ),
        (
            "Details are on [the site](https://assembly.kz).",
            "Подробности на [сайте](https://assembly.kz/ru).",
            "the link to https://assembly.kz is not in the translation",
        ),
        (
            "Registration is **free of charge**.",
            "Тіркелу тегін.",
            "the source's bold text is not bold in the translation",
        ),
        (
            "The courses are *free*.",
            "Курсы **бесплатные**.",
            "the source's italic text is not italic in the translation",
        ),
        (
            "Write to press@assembly.kz for accreditation.",
            "Аккредитация: press@asembly.kz.",
            "the e-mail address press@assembly.kz is not in the translation as written",
        ),
        (
            "The programme is at www.gov.kz/apk.",
            "Бағдарлама www.gov.kz сайтында.",
            "the address www.gov.kz/apk is not in the translation as written",
        ),
        (
            "Registration is **free of charge**.",
            "Регистрация **бесплатная.",
            "unclosed ** in the translation: the asterisks would be printed",
        ),
    ],
)
def test_markup_finds_what_was_lost_or_changed(source, translation, message):
    assert message in found("markup", source, translation)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        (
            "Details are on [the Assembly's site](https://assembly.kz).",
            "Толығырақ [Ассамблея сайтында](https://assembly.kz).",
        ),
        ("**Registration** is **free of charge**.", "**Регистрация бесплатная**."),
        ("Write to press@assembly.kz or call.", "Пишите на press@assembly.kz или звоните."),
        ("See www.gov.kz/apk.", "Смотрите www.gov.kz/apk."),
        ("The plan, 2026-2030.", "План на 2026–2030 годы."),
        ("A 2 * 3 grid.", "Сетка 2 * 3."),
    ],
)
def test_markup_leaves_markup_kept_in_another_word_order(source, translation):
    assert found("markup", source, translation) == []


# typography


@pytest.mark.parametrize(
    ("translation", "lang", "kind", "message"),
    [
        ('Он назвал курсы "мостом дружбы".', "ru", K.PARAGRAPH, "straight quotation marks"),
        ('Ол курстарды "достық көпірі" деп атады.', "kk", K.PARAGRAPH, "straight quotation marks"),
        ("Он назвал курсы “мостом дружбы”.", "ru", K.PARAGRAPH, "English quotation marks"),
        ("Ол курстарды “достық көпірі” деп атады.", "kk", K.PARAGRAPH, "English quotation marks"),
        ("He called them «a bridge».", "en", K.PARAGRAPH, "« » in English"),
        ("Он назвал курсы  мостом дружбы.", "ru", K.PARAGRAPH, "a double space"),
        ("Он назвал курсы\u00a0 мостом дружбы.", "ru", K.PARAGRAPH, "a double space"),
        ("Он назвал курсы мостом дружбы .", "ru", K.PARAGRAPH, "a space before “.”"),
        ("Он назвал курсы , мостом дружбы.", "ru", K.PARAGRAPH, "a space before “,”"),
        ("Он назвал курсы « мостом дружбы».", "ru", K.PARAGRAPH, "a space after “«”"),
        ("Он назвал курсы мостом дружбы", "ru", K.PARAGRAPH, "no end punctuation"),
        ("Курсы — мост дружбы.", "ru", K.TITLE, "a full stop the source's headline"),
        (" Он назвал курсы мостом дружбы.", "ru", K.PARAGRAPH, "a space at the start or end"),
    ],
)
def test_typography_finds_slips(translation, lang, kind, message):
    source = "He called the courses a bridge of friendship."
    if kind is K.TITLE:
        source = "Courses are a bridge of friendship"
    problems = found("typography", source, translation, lang, kind=kind)
    assert any(p.startswith(message) for p in problems), problems


@pytest.mark.parametrize(
    ("source", "translation", "lang", "kind"),
    [
        ('He called them "a bridge".', "Он назвал их «мостом».", "ru", K.PARAGRAPH),
        (
            'He spoke of the "Unity" programme.',
            "Он рассказал о программе «Курсы „Единство“».",
            "ru",
            K.PARAGRAPH,
        ),
        ("They called it “a bridge”.", "Олар оны «көпір» деп атады.", "kk", K.PARAGRAPH),
        ("They called it “a bridge”.", "They called it “a bridge”.", "en", K.PARAGRAPH),
        ("Courses open in 2026", "Курсы откроются в 2026 г.", "ru", K.TITLE),
        ("Courses open in 2026", "Курстар 2026 ж. ашылады", "kk", K.TITLE),
        ("ASTANA", "АСТАНА", "kk", K.DATELINE),
        (
            "Olga Voronina, Member of the Mazhilis:",
            "Ольга Воронина, депутат Мажилиса:",
            "ru",
            K.ATTRIBUTION,
        ),
        ("Unity is our asset!", "Единство — наше достояние!", "ru", K.QUOTE),
        ("We met in Astana.", "Мы встретились в\u00a0Астане.", "ru", K.PARAGRAPH),
        (
            "The plan covers 2026–2030.",
            "План охватывает 2026\u00a0— 2030\u00a0годы.",
            "ru",
            K.PARAGRAPH,
        ),
        ("Is it free?", "Это бесплатно?", "ru", K.PARAGRAPH),
        ("More to follow...", "Продолжение следует…", "ru", K.PARAGRAPH),
        ("He said: “Yes.”", "Он сказал: «Да».", "ru", K.PARAGRAPH),
        ("Language courses", "Языковые курсы", "ru", K.LIST_ITEM),
        ("Sunday schools", "жексенбілік мектептер;", "kk", K.LIST_ITEM),
        ("Sunday schools", "воскресные школы.", "ru", K.LIST_ITEM),
    ],
)
def test_typography_is_quiet_where_the_language_writes_its_own_way(source, translation, lang, kind):
    assert found("typography", source, translation, lang, kind=kind) == []


# length


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        (
            "The delegation, led by the Senior Adviser, is visiting Kazakhstan from 10 to "
            "14 November as part of the regular dialogue.",
            "Делегация прибыла.",
        ),
        (
            "The courses open on Monday.",
            "Курсы открываются в понедельник, и в этот же день начнётся запись на весенний "
            "поток, а также пройдёт встреча с преподавателями и выпускниками прошлых лет.",
        ),
    ],
)
def test_length_finds_a_translation_far_off_its_source(source, translation):
    assert found("length", source, translation)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("ASTANA", "АСТАНА"),
        ("APK", "Ассамблея народа Казахстана"),
        (
            "Some 68 per cent of the participants were adults.",
            "Около 68 % слушателей — взрослые.",
        ),
        (
            "Young people want to take part, not just listen.",
            "Жастар тек тыңдап қана қоймай, өздері қатысқысы келеді.",
        ),
    ],
)
def test_length_leaves_ordinary_differences(source, translation):
    assert found("length", source, translation) == []


# terminology (the matching itself is tested in test_glossary.py)


def test_terminology_reports_the_glossary_findings():
    glossary = Glossary(
        (
            Term(
                {
                    "en": ("First President of the Republic of Kazakhstan",),
                    "ru": ("Первый Президент Республики Казахстан",),
                },
                avoid={"ru": ("Елбасы",)},
            ),
        )
    )
    context = Context(glossary=glossary)
    source = "The First President of the Republic of Kazakhstan sent a greeting."
    assert found("terminology", source, "Елбасы направил приветствие.", context=context)
    assert not found(
        "terminology",
        source,
        "Первый Президент Республики Казахстан направил приветствие.",
        context=context,
        day=dt.date(2026, 11, 26),
    )
    assert not found("terminology", source, "Елбасы направил приветствие.")  # no glossary


# consistency


def test_consistency_names_another_release_that_translated_the_sentence_otherwise():
    def others(subject):
        return [
            ("2026-11-12-osce", "Делегация ОБСЕ прибыла в Астану."),
            ("2026-11-19-unity", "Делегация ОБСЕ прибыла в Астану."),
        ]

    context = Context(others=others)
    source = "The OSCE delegation arrived in Astana."
    problems = found("consistency", source, "В Астану прибыла делегация ОБСЕ.", context=context)
    assert problems == [
        "translated differently in 2026-11-12-osce (and in 1 more): "
        "Делегация ОБСЕ прибыла в Астану."
    ]
    assert found("consistency", source, "Делегация ОБСЕ прибыла в Астану.", context=context) == []
