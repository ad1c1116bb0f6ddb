"""Kazakh Cyrillic to Kazakh Latin (2021): the alphabet, casing, loan letters, passthrough."""

from __future__ import annotations

import pytest

from workflow.errors import WorkspaceError
from workflow.latin import DEFAULT_CONVENTIONS, check_conventions, to_latin

WHERE = "press.toml: [export.latin]"

REFERENCE = (
    "Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының "
    "үйіне келіп қоныпты."
)
REFERENCE_LATIN = (
    "Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ "
    "üiıne kelıp qonypty."
)

# The 2021 alphabet, written out letter by letter: (capital, small, Latin capital, Latin small).
ALPHABET = [
    ("А", "а", "A", "a"),
    ("Ә", "ә", "Ä", "ä"),
    ("Б", "б", "B", "b"),
    ("В", "в", "V", "v"),
    ("Г", "г", "G", "g"),
    ("Ғ", "ғ", "Ğ", "ğ"),
    ("Д", "д", "D", "d"),
    ("Е", "е", "E", "e"),
    ("Ж", "ж", "J", "j"),
    ("З", "з", "Z", "z"),
    ("И", "и", "İ", "i"),
    ("Й", "й", "İ", "i"),
    ("К", "к", "K", "k"),
    ("Қ", "қ", "Q", "q"),
    ("Л", "л", "L", "l"),
    ("М", "м", "M", "m"),
    ("Н", "н", "N", "n"),
    ("Ң", "ң", "Ñ", "ñ"),
    ("О", "о", "O", "o"),
    ("Ө", "ө", "Ö", "ö"),
    ("П", "п", "P", "p"),
    ("Р", "р", "R", "r"),
    ("С", "с", "S", "s"),
    ("Т", "т", "T", "t"),
    ("У", "у", "U", "u"),
    ("Ұ", "ұ", "Ū", "ū"),
    ("Ү", "ү", "Ü", "ü"),
    ("Ф", "ф", "F", "f"),
    ("Х", "х", "H", "h"),
    ("Һ", "һ", "H", "h"),
    ("Ш", "ш", "Ş", "ş"),
    ("Ы", "ы", "Y", "y"),
    ("І", "і", "I", "ı"),
]

# The loan letters with the default conventions, each standing alone (so a
# capital gets only its first Latin letter capital).
LOAN_LETTERS = [
    ("Ё", "ё", "İo", "io"),
    ("Ю", "ю", "İu", "iu"),
    ("Я", "я", "İa", "ia"),
    ("Ц", "ц", "Ts", "ts"),
    ("Ч", "ч", "Tş", "tş"),
    ("Щ", "щ", "Şş", "şş"),
    ("Э", "э", "E", "e"),
    ("Ъ", "ъ", "", ""),
    ("Ь", "ь", "", ""),
]


def test_reference_sentence() -> None:
    assert to_latin(REFERENCE) == REFERENCE_LATIN


@pytest.mark.parametrize(("capital", "small", "latin_capital", "latin_small"), ALPHABET)
def test_every_letter_of_the_alphabet(
    capital: str, small: str, latin_capital: str, latin_small: str
) -> None:
    assert to_latin(capital) == latin_capital
    assert to_latin(small) == latin_small


@pytest.mark.parametrize(("capital", "small", "latin_capital", "latin_small"), LOAN_LETTERS)
def test_every_loan_letter_alone(
    capital: str, small: str, latin_capital: str, latin_small: str
) -> None:
    assert to_latin(capital) == latin_capital
    assert to_latin(small) == latin_small


def test_whole_alphabet_at_once() -> None:
    assert to_latin("".join(row[0] for row in ALPHABET)) == ("AÄBVGĞDEJZİİKQLMNÑOÖPRSTUŪÜFHHŞYI")
    assert to_latin("".join(row[1] for row in ALPHABET)) == "aäbvgğdejziikqlmnñoöprstuūüfhhşyı"


def test_default_conventions() -> None:
    assert dict(DEFAULT_CONVENTIONS) == {
        "ё": "io",
        "ю": "iu",
        "я": "ia",
        "ц": "ts",
        "ч": "tş",
        "щ": "şş",
        "э": "e",
        "ъ": "",
        "ь": "",
    }


def test_turkish_casing() -> None:
    assert to_latin("ИІ") == "İI"
    assert to_latin("иі") == "iı"
    assert to_latin("ИНТЕРНЕТ") == "İNTERNET"
    assert to_latin("Интернет") == "İnternet"
    assert to_latin("ІРІ ІС-ШАРА") == "IRI IS-ŞARA"
    assert to_latin("Ірі іс-шара") == "Irı ıs-şara"
    assert to_latin("ИЫҚ") == "İYQ"


def test_capital_loan_letters_follow_the_next_letter() -> None:
    assert to_latin("ЦОН") == "TSON"
    assert to_latin("Цой") == "Tsoi"
    assert to_latin("Юрий") == "İurii"
    assert to_latin("ЮНЕСКО") == "İUNESKO"
    assert to_latin("ЧЕМПИОНАТ") == "TŞEMPİONAT"
    assert to_latin("Чемпионат") == "Tşempionat"
    assert to_latin("ЩУЧИНСК") == "ŞŞUTŞİNSK"
    assert to_latin("Щучинск") == "Şşutşinsk"
    assert to_latin("ЁЛКА") == "İOLKA"


def test_capital_loan_letter_at_the_end_follows_the_previous_letter() -> None:
    assert to_latin("ОРТАЛЫҚ АЗИЯ.") == "ORTALYQ AZİİA."
    assert to_latin("Орталық Азия.") == "Ortalyq Aziia."
    assert to_latin("ТАТЬЯНА, ИЛЬЯ.") == "TATİANA, İLİA."
    # No letter on either side: only the first Latin letter is a capital.
    assert to_latin("Я.") == "İa."
    assert to_latin("«Ц»") == "«Ts»"


def test_hard_and_soft_signs_are_dropped() -> None:
    assert to_latin("объект") == "obekt"
    assert to_latin("ОБЪЕКТ") == "OBEKT"
    assert to_latin("Кольцов") == "Koltsov"
    assert to_latin("пьеса") == "pesa"


def test_loan_words() -> None:
    assert to_latin("Концерт") == "Kontsert"
    assert to_latin("цифрлық") == "tsifrlyq"
    assert to_latin("эпос") == "epos"
    assert to_latin("Экология") == "Ekologiia"
    assert to_latin("ЭКОЛОГИЯ") == "EKOLOGİİA"
    assert to_latin("ёлка") == "iolka"


def test_configured_conventions_change_the_output() -> None:
    conventions = check_conventions({"ц": "c", "ч": "ch"}, WHERE)
    assert to_latin("Цой мен Чехов", conventions) == "Coi men Chehov"
    assert to_latin("ЦОН, ЧЕХОВ", conventions) == "CON, CHEHOV"
    # The letters not configured keep their defaults.
    assert to_latin("Юрий", conventions) == "İurii"
    # And the defaults are untouched.
    assert to_latin("Цой мен Чехов") == "Tsoi men Tşehov"


def test_a_part_of_the_conventions_may_be_given_directly() -> None:
    assert to_latin("Цой мен Юрий", {"ц": "c"}) == "Coi men İurii"


def test_configured_capitals_are_turkish_style() -> None:
    conventions = {"ю": "ıu", "я": "ya", "ъ": "ı"}
    assert to_latin("ЮНЕСКО", conventions) == "IUNESKO"
    assert to_latin("Юрий", conventions) == "Iurii"
    assert to_latin("ЯРМАРКА", conventions) == "YARMARKA"
    assert to_latin("ОБЪЕКТ", conventions) == "OBIEKT"


def test_a_dropped_or_single_letter_convention_may_be_configured() -> None:
    assert to_latin("Ильич", {"ь": "i"}) == "İliitş"
    assert to_latin("ИЛЬИЧ", {"ь": "i"}) == "İLİİTŞ"
    assert to_latin("Эхо", {"э": ""}) == "ho"


def test_unknown_letters_in_direct_conventions_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        to_latin("қала", {"қ": "k"})


def test_check_conventions_returns_the_defaults_updated() -> None:
    assert check_conventions({}, WHERE) == dict(DEFAULT_CONVENTIONS)
    conventions = check_conventions({"ц": "c", "ъ": "", "щ": "shc"}, WHERE)
    assert conventions == {**DEFAULT_CONVENTIONS, "ц": "c", "щ": "shc"}
    assert DEFAULT_CONVENTIONS["ц"] == "ts"


def test_check_conventions_accepts_decomposed_letters() -> None:
    # "ё" as е + combining diaeresis, "ş" as s + combining cedilla.
    conventions = check_conventions({"е\u0308": "s\u0327"}, WHERE)
    assert conventions["ё"] == "ş"


def test_check_conventions_refuses_an_unknown_key() -> None:
    with pytest.raises(WorkspaceError) as refused:
        check_conventions({"ж": "zh"}, WHERE)
    assert refused.value.message == f"{WHERE} 'ж' is not a loan letter"
    assert "ё, ю, я, ц, ч, щ, э, ъ, ь" in refused.value.hint


def test_check_conventions_refuses_a_capital_key() -> None:
    with pytest.raises(WorkspaceError) as refused:
        check_conventions({"Ц": "ts"}, WHERE)
    assert "'Ц'" in refused.value.message
    assert '"ц"' in refused.value.hint


def test_check_conventions_refuses_a_non_string_value() -> None:
    with pytest.raises(WorkspaceError) as refused:
        check_conventions({"ц": 5}, WHERE)
    assert refused.value.message == f"{WHERE} 'ц' must be Latin letters, as \"ts\""
    assert '"ц" = "ts"' in refused.value.hint


def test_check_conventions_refuses_a_cyrillic_value() -> None:
    with pytest.raises(WorkspaceError) as refused:
        check_conventions({"ч": "ч"}, WHERE)
    assert refused.value.message == f"{WHERE} 'ч' must be Latin letters, as \"tş\""


@pytest.mark.parametrize("value", ["tsss", "Ts", "t s", "ç", "ts1", ["ts"], None])
def test_check_conventions_refuses_other_bad_values(value: object) -> None:
    with pytest.raises(WorkspaceError):
        check_conventions({"ц": value}, WHERE)


@pytest.mark.parametrize("raw", [["ц", "ts"], "ц = ts", None])
def test_check_conventions_refuses_what_is_not_a_table(raw: object) -> None:
    with pytest.raises(WorkspaceError) as refused:
        check_conventions(raw, WHERE)
    assert refused.value.message == f"{WHERE} must be a table"


def test_check_conventions_refuses_a_non_string_key() -> None:
    with pytest.raises(WorkspaceError):
        check_conventions({1: "ts"}, WHERE)


def test_passthrough() -> None:
    latin = "Press release: OSCE, 26 November 2026 (No. 14/3)."
    assert to_latin(latin) == latin
    assert to_latin("ЕҚЫҰ (OSCE)") == "EQYŪ (OSCE)"
    assert to_latin("0123456789 !?.,;:—–-…") == "0123456789 !?.,;:—–-…"
    assert to_latin("https://assembly.kz/kk/news?id=42") == "https://assembly.kz/kk/news?id=42"
    assert to_latin("**Астана**") == "**Astana**"
    assert to_latin("*Алматы* [сайт](https://akorda.kz/kk)") == (
        "*Almaty* [sait](https://akorda.kz/kk)"
    )
    assert to_latin("«Жаңалықтар»") == "«Jañalyqtar»"
    assert to_latin("") == ""


def test_spaces_are_kept() -> None:
    assert to_latin("26\u00a0қараша") == "26\u00a0qaraşa"
    assert to_latin("1\u202f200 адам") == "1\u202f200 adam"
    assert to_latin("бір\tекі\nүш") == "bır\tekı\nüş"


def test_other_cyrillic_letters_pass_through() -> None:
    assert to_latin("ї є ґ Ї Є Ґ ў") == "ї є ґ Ї Є Ґ ў"
    assert to_latin("Київ") == "Kiїv"


# Press-release sentences, worked out letter by letter.
PRESS_RELEASE = [
    (
        "2026 жылғы 26 қараша күні Астанада Қазақстан халқы Ассамблеясының кезекті сессиясы өтті.",
        "2026 jylğy 26 qaraşa künı Astanada Qazaqstan halqy Assambleiasynyñ kezektı "
        "sessiiasy öttı.",
    ),
    (
        "Іс-шараға «Қазақстан халқы Ассамблеясы» мүшелері, қоғам қайраткерлері және "
        "БАҚ өкілдері қатысты.",
        "Is-şarağa «Qazaqstan halqy Assambleiasy» müşelerı, qoğam qairatkerlerı jäne "
        "BAQ ökılderı qatysty.",
    ),
    (
        "ЮНЕСКО өкілі Ассамблея төрағасының орынбасарымен кездесті.",
        "İUNESKO ökılı Assambleia törağasynyñ orynbasarymen kezdestı.",
    ),
    (
        "ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ: БІРЛІК ПЕН КЕЛІСІМ",
        "QAZAQSTAN HALQY ASSAMBLEİASY: BIRLIK PEN KELISIM",
    ),
    (
        "Жиынды Ассамблея хатшылығының меңгерушісі Ерлан Жақыпов жүргізді.",
        "Jiyndy Assambleia hatşylyğynyñ meñgeruşısı Erlan Jaqypov jürgızdı.",
    ),
    (
        "Жобаға 1\u00a0200 адам қатысты, оның 45\u00a0%-ы — жастар.",
        "Jobağa 1\u00a0200 adam qatysty, onyñ 45\u00a0%-y — jastar.",
    ),
    (
        "Концерт «Достық үйінде» сағат 18:00-де басталады, билеттер тегін.",
        "Kontsert «Dostyq üiınde» sağat 18:00-de bastalady, biletter tegın.",
    ),
    (
        "Толығырақ: https://assembly.kz/kk/news, тел.: +7 (7172) 74-14-56.",
        "Tolyğyraq: https://assembly.kz/kk/news, tel.: +7 (7172) 74-14-56.",
    ),
    (
        "**АСТАНА**, 2026 жылғы 26 қараша. Ассамблея ЦОН арқылы өтінім қабылдай бастады.",
        "**ASTANA**, 2026 jylğy 26 qaraşa. Assambleia TSON arqyly ötınım qabyldai bastady.",
    ),
    (
        "Этномәдени бірлестіктердің жетекшілері ұлттық мерекелерді бірге тойлауға уәде берді.",
        "Etnomädeni bırlestıkterdıñ jetekşılerı ūlttyq merekelerdı bırge toilauğa uäde berdı.",
    ),
]


@pytest.mark.parametrize(("cyrillic", "latin"), PRESS_RELEASE)
def test_press_release_sentences(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_a_long_text_at_once() -> None:
    text = "\n\n".join(cyrillic for cyrillic, _ in PRESS_RELEASE) * 200
    expected = "\n\n".join(latin for _, latin in PRESS_RELEASE) * 200
    assert to_latin(text) == expected
