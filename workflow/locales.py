"""Language facts from CLDR (Babel) and the press office's typography.

Babel is imported lazily: ``press --help`` should not pay for locale data. The
facts every push and pull needs (plural forms, month and day names of the
office's languages) are kept in ``cldr.py``, written from Babel by
:func:`write_cldr_module`; loading Babel's data for them cost 40-60 ms of each
command. A test holds the module equal to the installed Babel.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from .errors import InputError
from .model import LANGUAGES

NBSP = "\u00a0"
NNBSP = "\u202f"

_ENGLISH_NAMES = {"en": "English", "kk": "Kazakh", "ru": "Russian"}

# Release dates follow official press usage rather than CLDR's defaults
# (see LANGUAGE.md): "26 November 2026", "2026 жылғы 26 қараша", "26 ноября 2026 года".
RELEASE_DATE_PATTERNS = {
    "en": "d MMMM y",
    "kk": "y 'жылғы' d MMMM",
    "ru": "d MMMM y 'года'",
}


def check_language(lang: str, where: str = "") -> str:
    """Return ``lang`` if it is one of the three languages, else refuse it.

    The one check of a language code given by a person (an option, a file's header);
    ``where`` names what gave it.

    >>> check_language("kk")
    'kk'
    """
    if lang not in LANGUAGES:
        raise InputError(f"{where}unknown language '{lang}'", f"use one of {', '.join(LANGUAGES)}")
    return lang


_KAZAKH_ONLY = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


_SCRIPT_SAMPLE = 50_000
"""Characters of a text looked at to tell its script: enough for any verdict."""


def wrong_script(
    text: str, language: str, *, kazakh_share: float = 0.02, latin: bool = True
) -> str | None:
    """The language a text plainly is in instead of ``language``, or None when it fits.

    ``kazakh_share``: the share of Kazakh-only letters above which a Russian text is
    taken for Kazakh (Kazakh prose has about a tenth; a Russian text, a name or two).
    ``latin``: also name mostly Latin text given as Kazakh or Russian. Texts of fewer
    than 40 letters are never judged.

    >>> wrong_script("Делегация ОБСЕ прибыла в Астану для встречи с руководством.", "en")
    'Cyrillic'
    >>> wrong_script("Қазақстан халқы Ассамблеясы төрағасының орынбасары қабылдады.", "ru")
    'Kazakh'
    """
    letters = [c for c in text[:_SCRIPT_SAMPLE] if c.isalpha()]
    if len(letters) < 40:
        return None
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    kazakh = sum(1 for c in letters if c in _KAZAKH_ONLY)
    share = cyrillic / len(letters)
    if language == "en" and share > 0.5:
        return "Cyrillic"
    if latin and language in ("kk", "ru") and share < 0.3:
        return "Latin"
    if language == "ru" and kazakh / len(letters) > kazakh_share:
        return "Kazakh"
    if language == "kk" and len(letters) > 300 and kazakh == 0:
        return "Russian"
    return None


def english_name(lang: str) -> str:
    """The language's name in English.

    >>> english_name("kk")
    'Kazakh'
    """
    return _ENGLISH_NAMES[lang]


@cache
def plural_forms(lang: str) -> str:
    """The gettext ``Plural-Forms`` header from CLDR.

    >>> plural_forms("kk")
    'nplurals=2; plural=(n != 1);'
    """
    from .cldr import PLURAL_FORMS

    if lang in PLURAL_FORMS:
        return PLURAL_FORMS[lang]
    from babel.messages.plurals import get_plural

    return get_plural(lang).plural_forms


def format_release_date(date: dt.date, lang: str, pattern: str | None = None) -> str:
    """A release date as the press office writes it in each language.

    >>> d = dt.date(2026, 11, 26)
    >>> [format_release_date(d, lang) for lang in ("en", "kk", "ru")]
    ['26 November 2026', '2026 жылғы 26 қараша', '26 ноября 2026 года']
    """
    from babel.dates import format_date

    return format_date(date, pattern or RELEASE_DATE_PATTERNS[lang], locale=lang)


def is_date_pattern(pattern: str, lang: str) -> bool:
    """Whether Babel can format a date with ``pattern`` and it shows a day, a month and
    a year (letters outside quotes).

    >>> is_date_pattern("d MMMM y 'года'", "ru"), is_date_pattern("d MMMM", "ru")
    (True, False)
    """
    from babel.dates import format_date

    bare = "".join(part for n, part in enumerate(pattern.split("'")) if n % 2 == 0)
    if not ("d" in bare and ("M" in bare or "L" in bare) and "y" in bare):
        return False
    try:
        format_date(dt.date(2026, 11, 26), pattern, locale=lang)
    except (ValueError, KeyError, TypeError, AttributeError):
        return False
    return True


@cache
def day_names(lang: str) -> frozenset[str]:
    """Lower-case weekday names of a language, wide and abbreviated (``вторник``, ``вт``).

    >>> "сейсенбі" in day_names("kk"), "вт" in day_names("ru"), "tue" in day_names("en")
    (True, True, True)
    """
    from .cldr import DAY_NAMES

    if lang in DAY_NAMES:
        return frozenset(DAY_NAMES[lang])
    return _babel_day_names(lang)


def _babel_day_names(lang: str) -> frozenset[str]:
    from babel.dates import get_day_names

    return frozenset(
        name.lower().rstrip(".")
        for width in ("wide", "abbreviated", "short")
        for context in ("format", "stand-alone")
        for name in get_day_names(width, context, lang).values()
    )


@cache
def month_names(lang: str) -> dict[str, int]:
    """Lower-case month names of a language (all forms CLDR knows) to month numbers.

    >>> month_names("ru")["апреля"], month_names("kk")["қараша"], month_names("en")["may"]
    (4, 11, 5)
    """
    from .cldr import MONTH_NAMES

    if lang in MONTH_NAMES:
        return dict(MONTH_NAMES[lang])
    return _babel_month_names(lang)


def _babel_month_names(lang: str) -> dict[str, int]:
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, lang).items():
                names[name.lower().rstrip(".")] = number
    return names


def cldr_module_text() -> str:
    """The text of ``cldr.py``, from the installed Babel."""
    from babel import __version__ as babel_version
    from babel.messages.plurals import get_plural

    plurals = {lang: get_plural(lang).plural_forms for lang in LANGUAGES}
    months = {lang: _babel_month_names(lang) for lang in LANGUAGES}
    days = {lang: sorted(_babel_day_names(lang)) for lang in LANGUAGES}
    return (
        f'"""CLDR facts of the office\'s languages, written from Babel {babel_version} by\n'
        "``workflow.locales.write_cldr_module()``: do not edit by hand.\n"
        '"""\n\n'
        f"PLURAL_FORMS = {plurals!r}\n\n"
        f"MONTH_NAMES = {months!r}\n\n"
        f"DAY_NAMES = {days!r}\n"
    )


def write_cldr_module() -> None:
    """Write ``cldr.py`` again (after a Babel update changed CLDR's data)."""
    from pathlib import Path

    from .fsio import atomic_write

    atomic_write(Path(__file__).with_name("cldr.py"), cldr_module_text())


def dateline_separator(lang: str) -> str:
    """What stands between a dateline and the paragraph it opens.

    Russian and Kazakh put a no-break space before a spaced em dash; English a spaced en dash.
    """
    return " – " if lang == "en" else f"{NBSP}— "


def quote_marks(lang: str) -> tuple[str, str]:
    """Outer quotation marks.

    >>> quote_marks("ru"), quote_marks("en")
    (('«', '»'), ('“', '”'))
    """
    return ("“", "”") if lang == "en" else ("«", "»")


def quote_dash(lang: str) -> str | None:
    """The dash that opens a quoted paragraph, or None where quotation marks are used."""
    return None if lang == "en" else "—" + NBSP
