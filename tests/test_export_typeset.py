"""Each language's typography on export: quotation marks and no-break spaces, one
character for one, whatever the translator typed."""

from __future__ import annotations

import random

import pytest

from workflow.export.typeset import typeset, typeset_runs

NB = "\u00a0"
QUOTES = "\"'“”„«»‘’"


# -- release sentences, as a translator types them --------------------------------

RELEASES = [
    (
        "en",
        'On 26 November 2026, the Deputy Chairman said in Astana: "The Assembly of '
        "People of Kazakhstan is 'a house of friendship' for all.\"",
        "On 26\u00a0November 2026, the Deputy Chairman said in Astana: “The Assembly of "
        "People of Kazakhstan is ‘a house of friendship’ for all.”",
    ),
    (
        "en",
        "The People's Assembly awarded grants of 14,000 tenge to 1 200 people – "
        "78 % of the applicants.",
        "The People’s Assembly awarded grants of 14,000\u00a0tenge "
        "to 1\u00a0200\u00a0people\u00a0– 78\u00a0% of the applicants.",
    ),
    (
        "en",
        "K. Tokayev met the delegation on May 1 and «Birlik» volunteers on 5 June.",
        "K.\u00a0Tokayev met the delegation on May\u00a01 and “Birlik” volunteers on 5\u00a0June.",
    ),
    (
        "kk",
        "2026 жылғы 26 қарашада Астанада Қазақстан халқы Ассамблеясының XXXIV сессиясы өтті.",
        "2026\u00a0жылғы 26\u00a0қарашада Астанада "
        "Қазақстан халқы Ассамблеясының XXXIV сессиясы өтті.",
    ),
    (
        "kk",
        'Төраға орынбасары: "Біз "Бірлік" жобасын қолдаймыз" деді. Жарна – 14 000 теңге.',
        "Төраға орынбасары: «Біз „Бірлік“ жобасын қолдаймыз» деді. "
        "Жарна\u00a0– 14\u00a0000\u00a0теңге.",
    ),
    (
        "kk",
        "Н. Ә. Назарбаев атындағы орталықта 1 200 адам жиналды, бұл өткен жылдан 25 % көп.",
        "Н.\u00a0Ә.\u00a0Назарбаев атындағы орталықта 1\u00a0200\u00a0адам жиналды, "
        "бұл өткен жылдан 25\u00a0% көп.",
    ),
    (
        "ru",
        "26 ноября 2026 года в Астане состоялась сессия Ассамблеи народа Казахстана.",
        "26\u00a0ноября 2026\u00a0года в Астане состоялась сессия Ассамблеи народа Казахстана.",
    ),
    (
        "ru",
        "Председатель отметил: «Ассамблея — это «дом дружбы» для всех». Рост составил 25%.",
        "Председатель отметил: «Ассамблея\u00a0— это „дом дружбы“ для всех». Рост составил 25%.",
    ),
    (
        "ru",
        'Проект "Рухани жаңғыру" (приказ № 5) охватил 1 234 567 человек в 17 регионах.',
        "Проект «Рухани жаңғыру» (приказ №\u00a05) "
        "охватил 1\u00a0234\u00a0567\u00a0человек в 17 регионах.",
    ),
]


@pytest.mark.parametrize(("lang", "typed", "expected"), RELEASES)
def test_release_sentences(lang, typed, expected):
    assert typeset(typed, lang) == expected


# -- quotation marks ------------------------------------------------------------------

QUOTE_CASES = [
    # straight quotes, each language's outer marks
    ("en", 'They said "yes".', "They said “yes”."),
    ("kk", 'Олар "иә" деді.', "Олар «иә» деді."),
    ("ru", 'Они сказали "да".', "Они сказали «да»."),
    # foreign marks normalised
    ("ru", "Программа “Рухани жаңғыру” и „Бірлік“", "Программа «Рухани жаңғыру» и «Бірлік»"),
    ("en", "The «Birlik» and „Unity“ projects", "The “Birlik” and “Unity” projects"),
    ("kk", "«Бірлік» қоры", "«Бірлік» қоры"),
    # nesting by depth, whatever marks were typed
    ("ru", "«Фонд «Самрук-Казына»»", "«Фонд „Самрук-Казына“»"),
    ("ru", '"Фонд "Самрук-Казына""', "«Фонд „Самрук-Казына“»"),
    ("kk", '"Ол "Бірлік" деді"', "«Ол „Бірлік“ деді»"),
    ("en", "\"He called it 'a house of friendship'.\"", "“He called it ‘a house of friendship’.”"),
    ("en", "“He called it “a house”.”", "“He called it ‘a house’.”"),
    ("en", "'Unity' matters", "“Unity” matters"),
    # opening after a bracket, a dash or another opening mark; closing after punctuation
    ("kk", '("Бірлік")', "(«Бірлік»)"),
    ("ru", '—"Да"', "—«Да»"),
    ("en", '"Unity," he said.', "“Unity,” he said."),
    # unbalanced quotes: the best that can be done
    ("en", 'He said "yes', "He said “yes"),
    ("en", 'He said yes" twice', "He said yes” twice"),
    ("ru", '"а" б"', "«а» б»"),
    ("kk", 'ол " иә " деді', "ол « иә » деді"),
]


@pytest.mark.parametrize(("lang", "typed", "expected"), QUOTE_CASES)
def test_quotation_marks(lang, typed, expected):
    assert typeset(typed, lang) == expected


APOSTROPHES = [
    ("en", "the People's Assembly", "the People’s Assembly"),
    ("en", "don't and can't", "don’t and can’t"),
    ("en", "the peoples' rights", "the peoples’ rights"),
    ("en", "the 1990s' reforms in the '90s", "the 1990s’ reforms in the ’90s"),
    ("en", '"the Assembly\'s role"', "“the Assembly’s role”"),
    ("en", "People’s", "People’s"),
    ("kk", "O'zbekiston", "O'zbekiston"),
    ("ru", "компания O'Key и Қазақстан'", "компания O'Key и Қазақстан'"),
]


@pytest.mark.parametrize(("lang", "typed", "expected"), APOSTROPHES)
def test_apostrophes(lang, typed, expected):
    assert typeset(typed, lang) == expected


ADDRESSES = [
    (
        "ru",
        'Сайт: https://apk.kz/search?q="бірлік"&p=1 и "Бірлік".',
        'Сайт: https://apk.kz/search?q="бірлік"&p=1 и «Бірлік».',
    ),
    (
        "en",
        "Write to o'brien@apk.kz or see www.apk.kz/people's-house, 'Birlik'",
        "Write to o'brien@apk.kz or see www.apk.kz/people's-house, “Birlik”",
    ),
    (
        "kk",
        'Хат: mailto:press@apk.kz?subject="Бірлік"&x=1 "Бірлік"',
        'Хат: mailto:press@apk.kz?subject="Бірлік"&x=1 «Бірлік»',
    ),
]


@pytest.mark.parametrize(("lang", "typed", "expected"), ADDRESSES)
def test_addresses_are_never_touched(lang, typed, expected):
    assert typeset(typed, lang) == expected


def test_quotes_around_an_address_are_typeset():
    assert typeset('Сайт: "www.apk.kz".', "ru") == "Сайт: «www.apk.kz»."
    assert typeset("Write to 'press@apk.kz'.", "en") == "Write to “press@apk.kz”."


# -- no-break spaces --------------------------------------------------------------------

NO_BREAK = [
    # initials
    ("ru", "Н. А. Назарбаев", "Н.\u00a0А.\u00a0Назарбаев"),
    ("en", "K. Tokayev", "K.\u00a0Tokayev"),
    ("kk", "Қ. Тоқаев", "Қ.\u00a0Тоқаев"),
    ("ru", "в г. Астане", "в г. Астане"),
    ("kk", "АҚШ. Бұл", "АҚШ. Бұл"),
    # digit groups
    ("ru", "1 234 567", "1\u00a0234\u00a0567"),
    ("ru", "12 500,5", "12\u00a0500,5"),
    ("kk", "14 000-нан", "14\u00a0000-нан"),
    ("en", "1 000", "1\u00a0000"),
    ("kk", "2026 жылы 300 қатысушы", "2026\u00a0жылы 300\u00a0қатысушы"),
    ("ru", "в 2026 100 делегатов", "в 2026 100 делегатов"),
    ("ru", "12 5000 и 12 50", "12 5000 и 12 50"),
    # a number and what it counts or measures
    ("ru", "25 %", "25\u00a0%"),
    ("ru", "25%", "25%"),
    ("en", "5 km and 3 million", "5\u00a0km and 3\u00a0million"),
    ("ru", "200 кг, 5 тыс. тенге", "200\u00a0кг, 5\u00a0тыс. тенге"),
    ("kk", "300 адамға 5 мың теңгеден", "300\u00a0адамға 5\u00a0мың теңгеден"),
    ("kk", "5 ₸ және 5 $", "5\u00a0₸ және 5\u00a0$"),
    ("ru", "5 метров и 5 маршрутов", "5 метров и 5 маршрутов"),
    ("en", "5 kilometres", "5 kilometres"),
    ("kk", "5 кмге", "5 кмге"),
    # a year and its word
    ("ru", "2026 года, 2026 году, 2026 г.", "2026\u00a0года, 2026\u00a0году, 2026\u00a0г."),
    ("kk", "1991 жылы, 2026 ж., 2025 жылдың", "1991\u00a0жылы, 2026\u00a0ж., 2025\u00a0жылдың"),
    ("ru", "за 2 года", "за 2 года"),
    ("ru", "в г. Астана", "в г. Астана"),
    # day and month
    ("ru", "12 ноября", "12\u00a0ноября"),
    ("ru", "1 Мая и 5 мая", "1\u00a0Мая и 5\u00a0мая"),
    ("en", "1 May and May 1", "1\u00a0May and May\u00a01"),
    ("en", "Nov. 26, 2026", "Nov.\u00a026, 2026"),
    ("kk", "26 қараша, 26 қарашада", "26\u00a0қараша, 26\u00a0қарашада"),
    ("ru", "32 мая", "32 мая"),
    ("en", "in May 2026", "in May 2026"),
    ("en", "aged 18 may apply", "aged 18 may apply"),
    ("kk", "5 қарлы күн", "5 қарлы күн"),
    ("ru", "5 майских", "5 майских"),
    # №
    ("ru", "№ 5", "№\u00a05"),
    ("ru", "№5", "№5"),
    ("kk", "№  5", "№  5"),
    # before a dash in running text
    ("ru", "Астана — столица", "Астана\u00a0— столица"),
    ("en", "Astana – the capital", "Astana\u00a0– the capital"),
    ("ru", "1941–1945", "1941–1945"),
    ("ru", "— Да, — сказал он", "— Да,\u00a0— сказал он"),
    ("en", "well - known", "well - known"),
]


@pytest.mark.parametrize(("lang", "typed", "expected"), NO_BREAK)
def test_no_break_spaces(lang, typed, expected):
    assert typeset(typed, lang) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Астана\n— столица", "Астана\n— столица"),
        ("1\n000", "1\n000"),
        ("12\nноября", "12\nноября"),
        ("№\n5", "№\n5"),
        ("1\u202f000 тенге", "1\u202f000\u00a0тенге"),
        ("12  ноября", "12  ноября"),
        ("25\t%", "25\t%"),
        ("Н.\tА. Назарбаев", "Н.\tА.\u00a0Назарбаев"),
    ],
)
def test_newlines_narrow_and_double_spaces_stay(typed, expected):
    assert typeset(typed, "ru") == expected


def test_nothing_else_changes():
    typed = "Ассамблея  провела… сессию!  (XXXIV) — 3,5 млрд? ‹да› ‚нет‘ ``x``"
    out = typeset(typed, "ru")
    assert out == "Ассамблея  провела… сессию!  (XXXIV)\u00a0— 3,5\u00a0млрд? ‹да› ‚нет‘ ``x``"


def test_typeset_is_idempotent():
    for lang, _, expected in RELEASES + QUOTE_CASES + NO_BREAK:
        assert typeset(expected, lang) == expected, expected


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        typeset("text", "de")


# -- runs -----------------------------------------------------------------------------


def test_runs_keep_their_count_and_lengths():
    runs = ["Төраға орынбасары ", '"Бірлік"', " жобасы туралы: ", "2026 жылғы 26", " қарашада"]
    out = typeset_runs(runs, "kk")
    assert [len(r) for r in out] == [len(r) for r in runs]
    assert out == [
        "Төраға орынбасары ",
        "«Бірлік»",
        " жобасы туралы: ",
        "2026\u00a0жылғы 26",
        "\u00a0қарашада",
    ]


def test_a_quote_opens_in_one_run_and_closes_in_another():
    runs = ['Председатель: "Ассамблея — это ', "дом дружбы", '" для всех']
    assert typeset_runs(runs, "ru") == [
        "Председатель: «Ассамблея\u00a0— это ",
        "дом дружбы",
        "» для всех",
    ]
    assert typeset_runs(['He said "', "'Unity'", '"'], "en") == ["He said “", "‘Unity’", "”"]


def test_a_number_in_one_run_and_its_unit_in_the_next():
    assert typeset_runs(["14 000", " теңге"], "kk") == ["14\u00a0000", "\u00a0теңге"]
    assert typeset_runs(["14", " 000", " ", "теңге"], "kk") == [
        "14",
        "\u00a0000",
        "\u00a0",
        "теңге",
    ]
    assert typeset_runs(["26", " ", "November"], "en") == ["26", "\u00a0", "November"]


def test_runs_may_be_empty():
    assert typeset_runs([], "en") == []
    assert typeset_runs(["", '"', "", "Бірлік", '"', ""], "kk") == ["", "«", "", "Бірлік", "»", ""]


# -- hostile and random input ---------------------------------------------------------

N = 100_000
HOSTILE = [
    '"' * N,
    ("'\"«„“”»‘’ " * N)[:N],
    ('1 "000" 2\'3 «4» ' * N)[:N],
    "1" + " 000" * (N // 4),
    "1 " * (N // 2),
    "a" * N + "@",
    "www." * (N // 4),
    "https://" + '"' * N,
    "a'" * (N // 2),
    "А. " * (N // 3),
    "1 мая " * (N // 6),
    "5 — " * (N // 4),
]


@pytest.mark.parametrize("typed", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_a_hostile_paragraph_is_handled(typed, lang):
    assert len(typeset(typed, lang)) == len(typed)


ALPHABET = "aAsSzqНнАқҚә019 " + "   " + QUOTES + ".,—(\n\u202f%№"


def _random_texts(seed: int, count: int = 300) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(ALPHABET, k=rng.randint(0, 60))) for _ in range(count)]


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_only_quotes_and_spaces_change(lang):
    for typed in _random_texts(seed=len(lang) + ord(lang[0])):
        out = typeset(typed, lang)
        assert len(out) == len(typed)
        for was, now in zip(typed, out, strict=True):
            if was != now:
                assert (was in QUOTES and now in QUOTES) or (was == " " and now == NB), (typed, out)


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_runs_agree_with_the_joined_paragraph(lang):
    rng = random.Random(7)
    for typed in _random_texts(seed=11):
        cuts = sorted(rng.sample(range(len(typed) + 1), k=min(3, len(typed) + 1)))
        runs = [typed[a:b] for a, b in zip([0, *cuts], [*cuts, len(typed)], strict=True)]
        out = typeset_runs(runs, lang)
        assert [len(r) for r in out] == [len(r) for r in runs]
        assert "".join(out) == typeset(typed, lang)
