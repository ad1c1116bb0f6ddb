"""How the three languages write numbers, amounts, months, times and phone numbers, read as
values for the facts check: ``1,200`` and ``1 200`` are 1200, ``2,5`` is 2.5, ``ноября`` and
``қарашада`` are November, ``10.00`` is a time, ``XXI`` a Roman 21.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import NamedTuple

DIGIT = re.compile(r"\d")
_SPACES = " \u00a0\u202f\u2009"
BLOB = re.compile(r"(?=\d)(?<!\d)\d+(?:[.,]\d+|[ \u00a0\u202f\u2009]\d{3}(?!\d))*")
"""Digits with what may join them into one number: ``1,234,567.89``, ``1 200``, ``2,5``."""
_SEPARATOR = re.compile(r"(\D)")

# (decimal mark, group separators) of a convention: English, Russian and Kazakh, and the
# continental one (``1.234,5``) that copied or converted texts sometimes bring along.
EN = (".", "," + _SPACES)
RU = (",", _SPACES)
_EU = (",", "." + _SPACES)
SOURCE_TIERS = {"en": ((EN,), (_EU,)), "ru": ((RU,), (EN, _EU)), "kk": ((RU,), (EN, _EU))}
"""How a source number is read: its own language's convention first, then any other."""
TRANSLATION_TIERS = ((EN, _EU),)

_PHONE = re.compile(
    r"(?=[\d+(])(?:(?:(?:\+\d{1,3}|\b8)\s?)?\(\d{2,5}\)\s?\d{2,3}(?:[\s-]?\d{2,4}){1,3}(?!\d)"
    r"|\+\d{1,3}[\s-]?\d{2,5}[\s-]\d{2,3}(?:[\s-]?\d{2,4}){1,3}(?!\d)"
    r"|(?<![\d-])\d{2,3}-\d{2}-\d{2}(?![\d-])"
    r"|(?<![\d.,\u00a0-])8[\s-]\d{3}[\s-]\d{3}(?:[\s-]\d{2,4}){1,2}(?![\d.,]\d|\d))"
)
"""``+7 (7172) 74-57-19``, ``+7 7172 745719``, ``8 (7172) 745719``, ``74-57-19``, and a
number dialled from within the country, ``8 800 080 7777`` (no 8,800,080)."""
_NUMERIC_DATE = re.compile(r"(?=\d)(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)")
CLOCK = re.compile(r"(?=\d)\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])\.?m\b\.?", re.I)
_TIME = re.compile(r"(?=\d)(?<![\d.,:])([01]?\d|2[0-3])([:.])([0-5]\d)(?!\d|[.,:]\d)")
_HOURS = re.compile(r"(?=\d)(?<![\d.,:])([01]?\d|2[0-3])\s?ч\.?\s?([0-5]\d)\s?мин\b\.?")
"""Russian's other way of writing a time: ``15 ч 30 мин``."""
# Roman digits, with the Cyrillic letters often typed for them (ХХІ ғасыр).
_M, _C, _X, _I = "[MМ]", "[CС]", "[XХ]", "[IІ]"
_NUMERAL = (
    rf"(?=[MМDCСLXХVIІ])\b({_M}{{0,3}}(?:{_C}{_M}|{_C}D|D?{_C}{{0,3}})"
    rf"(?:{_X}{_C}|{_X}L|L?{_X}{{0,3}})(?:{_I}{_X}|{_I}V|V?{_I}{{0,3}}))"
)
ROMAN = re.compile(
    _NUMERAL + r"[\s-]+(?i:centur|век|ғасыр|session|convocation|congress|kurultai|plenum"
    r"|сесси|созыв|съезд|шақырылым|құрылтай)"
)
"""A source's Roman numeral that names a century, a session, a convocation or a congress
(``XXI century``, ``XXXIV session``, ``VIII созыва``): ``I`` alone is also a pronoun."""
_ROMAN_AFTER = re.compile(r"(?<=\d-)(?=[IVXІХ]{2}|[IVXІХ]\b)" + _NUMERAL + r"\b")
"""A Roman numeral ending a document's number: the convocation of a law (``No. 105-VIII``)."""
_ROMAN_WORD = re.compile(_NUMERAL + r"\b")
"""A translation's may be any number (``XXXIII сессия``, ``I дәрежелі диплом``)."""
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_DIGITS |= {"І": 1, "Х": 10, "С": 100, "М": 1000}

POINTS = re.compile(
    r"[\s-]*(?:percentage[\s-]+points?|pp\b|p\.\s?p\.|п\.\s?п\.|процентн\w*\s+пункт\w*"
    r"|пайыздық\s+(?:тармақ|пункт)\w*)",
    re.I,
)
"""Percentage points after a number, which a share in percent is not (``3 п. п.``, ``3,4
пайыздық тармаққа``): looked for before :data:`PERCENT`, which would take them for percent."""
PERCENT = re.compile(
    r"[\s-]*(?:%|per\s?cent|percent\w*|pct\b|процент\w*|проц\b\.?|пайыз\w*|п\.\s?п\.)", re.I
)
"""A percent sign or word after a number; ``п. п.`` is Russian's percentage points."""
SCALE = re.compile(
    r"-?\s*(?:(?P<s3>thousand|тыс\w*\.?|мың\w*)|(?P<s6>million|mln\b|mn\b|млн\b\.?|миллион\w*)"
    r"|(?P<s9>billion|bn\b|bln\b|млрд\b\.?|миллиард\w*)|(?P<s12>trillion|trn\b|трлн\b\.?|триллион\w*))",
    re.I,
)
SIGN_OR_SCALE = re.compile(
    r"%|per\s?cent|pct|проц|пайыз|п\.\s?п\.|thousand|тыс|мың|million|mln|mn|млн|миллион"
    r"|billion|bn|bln|млрд|миллиард|trillion|trn|трлн|триллион"
)
"""What every match of ``PERCENT`` or ``SCALE`` holds, searched in lower-case text: a search
for those two (they may start with spaces) tries every place and is ten times slower."""
ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
CONNECTOR = re.compile(
    r"(?:-[^\W\d_]+)?\s*(?:[-–—,]|and|or|to|и|или|до|по|және|немесе|мен|бен|пен)?\s*", re.I
)
"""What may stand between numbers in a row that share a sign, scale word or month."""

# Russian changes a month name's ending (ноябрь, ноября, ноябре; май, мая), so its names
# match on stems with the endings a month takes; Kazakh only adds endings (қараша,
# қарашада, қарашаның), so its CLDR names are stems as they stand; English names are exact.
_SOFT, _HARD = "(?:ь|я|е|ю|ём|ем)", "(?:а|е|у|ом)?"
_RU_MONTHS = (f"январ{_SOFT}", f"феврал{_SOFT}", f"март{_HARD}", f"апрел{_SOFT}",
              "ма(?:й|я|е|ю|ем)", f"июн{_SOFT}", f"июл{_SOFT}", f"август{_HARD}",
              f"сентябр{_SOFT}", f"октябр{_SOFT}", f"ноябр{_SOFT}", f"декабр{_SOFT}")  # fmt: skip
THEN_DAY = re.compile(r"(?:\s+айыны?ң)?[.,]?\s+(?=\d)")
"""Between a month and its day: ``November 26``, ``қарашаның 26-сы``, ``қараша айының 26-сы``."""
_DAY_GAP = r"(?:-[^\W\d_]+(?=\s)|st|nd|rd|th)?(?:\s+of)?(?:\s+|-)"
"""Between a day and its month: ``26 ноября``, ``27-го ноября``, ``1st of May``, ``26-қарашада``."""

# Numbers as words (translations only): 1 to 10 as cardinals, ordinals, collectives with
# their case forms (and Kazakh's possessive: үштен екісі, two of three; треть, a third),
# Russian compounds (трёхдневный) and multiples (вдвое); one and a half, two and a half; a
# hundred, a thousand, a million or a billion standing alone (более ста, мыңнан астам,
# более миллиона) or halved (полмиллиона). Kazakh forms are listed, not stemmed: үшін
# (for), оны (him) and онда (there) are no numbers, nor бірге (together). бір is also
# Kazakh's article: a dropped 1 may go unseen.
_RU_END = "(?:ый|ой|ий|ая|ое|ого|ому|ым|ом|ую|ые|ых|ыми)"
_EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                     "eighth", "ninth")  # fmt: skip
_EN_TEENS = ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen")  # fmt: skip
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _english_tens() -> list[tuple[str, str]]:
    """English 11 to 99 in words, cardinal and ordinal (``Forty books``, ``thirty-fourth``):
    a sentence in English starts with a number spelled out."""
    out = []
    for tens, word in enumerate(_EN_TENS, 2):
        stem = word[:-1] + "ie"  # twentieth
        for unit, (cardinal, ordinal) in enumerate(
            zip(_EN_UNITS, _EN_UNIT_ORDINALS, strict=True), 1
        ):
            out.append((str(tens * 10 + unit), f"{word}[- ]{cardinal}|{word}[- ]{ordinal}"))
        out.append((str(tens * 10), f"{word}|{stem}th"))
    for teen, word in enumerate(_EN_TEENS, 11):
        ordinal = {"twelve": "twelfth"}.get(word, f"{word}th")
        out.append((str(teen), f"{word}|{ordinal}"))
    return out


_NUMBER_WORDS = {
    "en": (("1.5", "one and a half|an hour and a half|a day and a half"),
           ("500000", "half a million"), ("100", "a hundred|one hundred|centenary"),
           ("1000", "a thousand|one thousand"), ("1000000", "a million|one million"),
           ("1000000000", "a billion|one billion"), *_english_tens(),
           ("1", "one|first"), ("2", "two|second|twice|doubled|twofold"),
           ("3", "three|third|thrice|tripled|threefold"), ("4", "four|fourth"),
           ("5", "five|fifth"), ("6", "six|sixth"), ("7", "seven|seventh"), ("8", "eight|eighth"),
           ("9", "nine|ninth"), ("10", "ten|tenth")),
    "ru": (("1.5", "полтора|полторы|полутора"), ("2.5", r"(?:два|две|двух|двум)\s+с\s+половиной"),
           ("1", rf"один|одн(?:а|о|ого|ой|ому|им|ом|у)|одно\w+|перв{_RU_END}"),
           ("2", rf"два|две|двум|двумя|двое|вдвое|дву\w+|втор{_RU_END}"
                 r"|оба|обе|обоих|обеих|обоим|обеим"),
           ("3", r"три|тр[её]х\w*|тр[её]м|тремя|трое|втрое|трети|треть|третью|"
                 r"трет(?:ий|ья|ье|ьего|ьей|ьему|ьим|ьем|ью|ьи|ьих)"),
           ("4", rf"четыре|четыр[её]х\w*|четыр[её]м|четырьмя|четверо|вчетверо|"
                 rf"четв[её]рт{_RU_END}|четверт[ьи]|четвертью"),
           ("5", rf"пять|пяти\w*|пятью|пятеро|впятеро|пят{_RU_END}"),
           ("6", rf"шесть|шести\w*|шестью|шестеро|вшестеро|шест{_RU_END}"),
           ("7", rf"семь|семи(?!нар)\w*|семью|семеро|всемеро|седьм{_RU_END}"),
           ("8", rf"восемь|восьми\w*|восемью|восьмью|ввосьмеро|восьм{_RU_END}"),
           ("9", rf"девять|девяти\w*|девятью|вдевятеро|девят{_RU_END}"),
           ("10", rf"десять|десяти\w*|десятью|вдесятеро|десят{_RU_END}"),
           ("100", "сто|ста|сотня|сотню|сотне"), ("500", "полтысячи"),
           ("1000", "тысяча|тысячи|тысячу|тысячей|тысяче"),
           ("500000", r"полмиллиона|полумиллион\w*"),
           ("1000000", "миллион|миллиона|миллиону|миллионом|миллионе"),
           ("500000000", "полмиллиарда"),
           ("1000000000", "миллиард|миллиарда|миллиарду|миллиардом|миллиарде")),
    "kk": (("1.5", r"бір\s+жарым"), ("2.5", r"екі\s+жарым"),
           ("1", r"бір|бірі|бірінші\w*|біреу\w*|алғашқы\w*"),
           ("2", r"екі|екіге|екіден|екінің|екіні|екіде|екімен|екісі\w*|екінші\w*|екеу\w*"),
           ("3", r"үш|үшке|үштен|үштің|үшті|үште|үшпен|үші|үшіне|үшінде|үшінші\w*|үшеу\w*"),
           ("4", r"төрт|төртке|төрттен|төрттің|төртті|төртте|төртпен|төрті\w*|төртеу\w*"),
           ("5", r"бес|беске|бестен|бестің|бесті|бесте|беспен|бесі\w*|бесінші\w*|бесеу\w*"),
           ("6", r"алты|алтыға|алтыдан|алтының|алтыны|алтыда|алтымен|алтысы\w*|алтыншы\w*"
                 r"|алтау\w*"),
           ("7", r"жеті|жетіге|жетіден|жетінің|жетіні|жетіде|жетімен|жетісі\w*|жетінші\w*"
                 r"|жетеу\w*"),
           ("8", r"сегіз|сегізге|сегізден|сегіздің|сегізді|сегізде|сегізбен|сегізі\w*"
                 r"|сегізінші\w*|сегізеу\w*"),
           ("9", r"тоғыз|тоғызға|тоғыздан|тоғыздың|тоғызды|тоғызда|тоғызбен|тоғызы\w*"
                 r"|тоғызыншы\w*|тоғызау\w*"),
           ("10", r"он|онға|оннан|онның|онды|онмен|оныншы\w*"),
           ("100", r"жүз|жүзге|жүзден|жүздің|жүзді|жүзбен"),
           ("500000", r"жарты\s+миллион\w*"), ("1000", r"мың|мыңнан|мыңға|мыңның|мыңды"),
           ("1000000", r"миллион|миллионнан|миллионға|миллионның|миллионды"),
           ("1000000000", r"миллиард|миллиардтан|миллиардқа|миллиардтың|миллиардты")),
}  # fmt: skip
"""By language: (value, the words that write it); a phrase before the words it starts with."""

Value = tuple
"""A fact as compared: ("n", Decimal), ("%", Decimal), ("d", day, month), ("m", month),
("t", hour, minute) or ("p", digits of a phone number)."""
Found = tuple[int, int, frozenset[Value]]
"""Where a value is written (start, end) and what it may be."""
Special = Iterator[tuple[int, int, frozenset[Value], bool]]
"""Values of one kind, each with whether the text is read on without it (its digits blanked)."""


class Months(NamedTuple):
    any: re.Pattern[str]
    """Any form of a month's name; the group ``w11`` is a full name, ``a11`` an abbreviation."""
    after_day: re.Pattern[str]
    """A month after a day, matched from the day's end (``27-го ноября``, ``26 қарашада``)."""


@cache
def months(lang: str) -> Months:
    """The month patterns of a language, built on first use from CLDR (and the stems above)."""
    from .. import locales

    names = locales.month_names(lang)
    wide: dict[int, list[str]] = {}
    short: dict[int, list[str]] = {}
    for form, number in names.items():
        others = (f for f, n in names.items() if n == number and f != form)
        shelf = short if any(f.startswith(form) for f in others) else wide
        shelf.setdefault(number, []).append(form)
    if lang == "ru":
        wide = {number: [stem] for number, stem in enumerate(_RU_MONTHS, 1)}
    elif lang == "kk":
        wide = {n: [re.escape(f) + r"\w*" for f in forms] for n, forms in wide.items()}
    else:  # English names are capitalised: "may" and "march" are no months
        wide = {n: [re.escape(f.capitalize()) for f in forms] for n, forms in wide.items()}
        short = {n: [f.capitalize() for f in forms] for n, forms in short.items()}
        short.setdefault(9, []).append("Sept")  # the other English way
    groups = [f"(?P<w{n}>(?:{'|'.join(forms)})\\b)" for n, forms in sorted(wide.items())]
    groups += [
        f"(?P<a{n}>(?:{'|'.join(map(re.escape, forms))})\\b\\.?)"
        for n, forms in sorted(short.items())
    ]
    alternation = "|".join(groups)
    flags = 0 if lang == "en" else re.I
    return Months(
        re.compile(rf"{_initials(groups)}\b(?:{alternation})", flags),
        re.compile(rf"{_DAY_GAP}(?:{alternation})", flags),
    )


def month_of(match: re.Match[str]) -> int:
    return int(match.lastgroup[1:])


def value(number: str, decimal: str, groups: str) -> Decimal | None:
    """A number read in one convention, or None when it cannot be written so.

    >>> value("1,200", *EN), value("1,200", *RU), value("1 234 567,89", *RU)
    (Decimal('1200'), Decimal('1.2'), Decimal('1234567.89'))
    >>> value("1,5", *EN) is None
    True
    """
    if number.isdigit():
        return Decimal(number)
    runs = _SEPARATOR.split(number)
    digits, separators = runs[0::2], runs[1::2]
    fraction = ""
    if separators and separators[-1] == decimal:
        fraction = "." + digits.pop().rstrip("0")
        separators.pop()
    grouped = all(s in groups for s in separators) and all(len(d) == 3 for d in digits[1:])
    if separators and (len(digits[0]) > 3 or not grouped):
        return None
    return Decimal("".join(digits) + fraction.rstrip("."))


def _read(number: str, tiers: tuple) -> list[tuple[str, frozenset[Decimal]]]:
    """The numbers of what ``_BLOB`` took for one, with the values each may have.

    >>> _read("2025 200", SOURCE_TIERS["en"])
    [('2025', frozenset({Decimal('2025')})), ('200', frozenset({Decimal('200')}))]
    """
    for tier in tiers:
        values = frozenset(v for c in tier if (v := value(number, *c)) is not None)
        if values:
            return [(number, values)]
    parts = number.split()
    if len(parts) == 1:
        return [(run, frozenset({Decimal(run)})) for run in re.findall(r"\d+", number)]
    return [item for part in parts for item in _read(part, tiers)]


def numbers(plain: str, tiers: tuple) -> Iterator[Found]:
    """Every number written in digits."""
    for match in BLOB.finditer(plain):
        position = match.start()
        for part, values in _read(match.group(), tiers):
            start = plain.index(part, position)
            position = start + len(part)
            yield start, position, values


_WEEKDAYS = re.compile(
    r"(?=[MTWFSпвчсдбжПВЧСДБЖ])\b(?:"
    r"(?P<d1>Monday|(?i:понедельник\w*|дүйсенбі\w*))|(?P<d2>Tuesday|(?i:вторник\w*|сейсенбі\w*))"
    r"|(?P<d3>Wednesday|(?i:сәрсенбі\w*))|(?P<d4>Thursday|(?i:четверг\w*|бейсенбі\w*))"
    r"|(?P<d5>Friday|(?i:пятниц\w*)|жұма(?:да|сы|ның|ға|дан|лық)?)"
    r"|(?P<d6>Saturday|(?i:суббот\w*|сенбі\w*))"
    r"|(?P<d7>Sunday|(?i:воскресень\w*|воскресн\w*|жексенбі\w*)))\b"
)
"""The days of the week in the three languages (``среда`` is left out: it is also the
environment, ``жұма`` is read in lower case only: Жұма is also a name)."""


def weekdays(plain: str) -> dict[int, str]:
    """The days of the week a text names (1 is Monday), each with how it first writes it.

    >>> weekdays("Брифинг состоится во вторник; жексенбілік мектеп")
    {2: 'вторник', 7: 'жексенбілік'}
    """
    found: dict[int, str] = {}
    lower = plain.lower()
    if not any(part in lower for part in _WEEKDAY_PARTS):
        return found  # most texts: the parts are looked for, not the names
    for match in _WEEKDAYS.finditer(plain):
        found.setdefault(int(match.lastgroup[1:]), match.group())
    return found


_WEEKDAY_PARTS = ("day", "сенбі", "жұма", "понедельн", "вторник", "четверг", "пятниц", "суббот",
                  "воскрес")  # fmt: skip
"""What every name of :data:`_WEEKDAYS` holds."""


def number_words(plain: str, lang: str) -> Iterator[Found]:
    if lang in _NUMBER_WORDS:
        for match in _number_word_pattern(lang).finditer(plain):
            value = Decimal(match.lastgroup[1:].replace("_", "."))
            if value >= 1000 and _AFTER_DIGITS.search(plain, 0, match.start()):
                continue  # 2 миллион: the scale of the number before, no number of its own
            yield match.start(), match.end(), frozenset({value})


_AFTER_DIGITS = re.compile(r"\d\s*$")


@cache
def _number_word_pattern(lang: str) -> re.Pattern[str]:
    groups = [f"(?P<n{n.replace('.', '_')}>{forms})" for n, forms in _NUMBER_WORDS[lang]]
    return re.compile(rf"{_initials(groups)}\b(?:{'|'.join(groups)})\b", re.I)


def _initials(groups: list[str]) -> str:
    """A look-ahead for the letters that start the groups' words: it makes a scan 3 times faster.

    >>> _initials(["(?P<n1>one|first)", "(?P<n2>(?:two|twice))"])
    '(?=[oft])'
    """
    words = (word.lstrip("(?:") for group in groups for word in group.split(">", 1)[1].split("|"))
    return f"(?=[{''.join(dict.fromkeys(w[0] for w in words if w[:1].isalpha()))}])"


def _phones(plain: str, lang: str, source: bool) -> Special:
    """Phone numbers as their digits (a leading trunk 8 is the country's 7; ``+8`` is not).

    A translation's number also stands for its last digits: a local number is in it.
    """
    if "+" not in plain and "(" not in plain and "-" not in plain:
        return
    for match in _PHONE.finditer(plain):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) == 11 and digits[0] == "8" and "+" not in match.group():
            digits = "7" + digits[1:]
        ends = [digits] if source else [digits[-k:] for k in range(6, len(digits) + 1)]
        yield match.start(), match.end(), frozenset(("p", d) for d in ends), True


def _numeric_dates(plain: str, lang: str, source: bool) -> Special:
    """``26.11.2026`` (day first) and ``26/11/2026`` (either way round): a date and a year."""
    for match in _NUMERIC_DATE.finditer(plain):
        a, b, year = int(match[1]), int(match[3]), ("n", Decimal(match[4]))
        orders = [(a, b)] if match[2] == "." else [(a, b), (b, a)]
        days = frozenset(("d", d, m) for d, m in orders if 1 <= d <= 31 and 1 <= m <= 12)
        if days:
            months = frozenset() if source else frozenset(("m", value[2]) for value in days)
            yield match.start(), match.end(), days | months, True
            yield match.start(), match.end(), frozenset({year}), True


def _times(plain: str, lang: str, source: bool) -> Special:
    """``10:00``, ``10 am``, ``3.30 p.m.``, ``15 ч 30 мин``; ``10.00`` may also be a number,
    but not before a sign or scale (``2.50%``). A full hour may be written as its number
    alone. Their digits are read as the time alone: ``10:30`` holds no 10 of its own."""
    clocks = []
    for match in CLOCK.finditer(plain):
        hour, minute = int(match[1]) % 12 + (12 if match[3] in "pP" else 0), int(match[2] or 0)
        clocks.append(match.span())
        yield *match.span(), _time(hour, minute, int(match[1])), True
    for match in _TIME.finditer(plain):
        after = match.end()
        if any(a <= match.start() < b for a, b in clocks):
            continue
        values = _time(int(match[1]), int(match[3]))
        if match[2] == ".":
            if PERCENT.match(plain, after) or SCALE.match(plain, after):
                continue
            values |= {("n", Decimal(f"{match[1]}.{match[3]}"))}
        yield match.start(), after, values, True
    if lang == "ru" and "ч" in plain:
        for match in _HOURS.finditer(plain):
            yield *match.span(), _time(int(match[1]), int(match[2])), True


def _time(hour: int, minute: int, *hours: int) -> frozenset[Value]:
    numbers = {("n", Decimal(h)) for h in (hour, *hours)} if minute == 0 else set()
    return frozenset({("t", hour, minute), *numbers})


def _romans(plain: str, lang: str, source: bool) -> Special:
    if source:
        matches = [*ROMAN.finditer(plain), *_ROMAN_AFTER.finditer(plain)]
    else:
        matches = _ROMAN_WORD.finditer(plain)
    for match in matches:
        if len(match[1]) == 1 and _no_number(plain, match, source):
            continue
        digits = [_ROMAN_DIGITS[digit] for digit in match[1]]
        total = sum(-a if a < b else a for a, b in pairwise([*digits, 0]))
        if total:
            yield match.start(1), match.end(1), frozenset({("n", Decimal(total))}), False


def _no_number(plain: str, match: re.Match[str], source: bool) -> bool:
    """Whether a Roman numeral of one letter is no number: in a source, a С, М, D or L (С
    сессии: the preposition); in a translation, an initial or those letters."""
    if source:
        return match[1] not in "IІXХV"
    return _LETTER_NOT_NUMBER.match(plain, match.start(1)) is not None


_LETTER_NOT_NUMBER = re.compile(r"[MМCСDL]|[XХIІ]\.")
"""A letter standing alone that is no Roman number in a translation: ``М. Жұмабаев`` (an
initial), ``С приветствием`` (the preposition); ``Х``, ``І`` only as an initial (``Х съезд``,
``І тоқсан`` are the 10th congress, the 1st quarter)."""


def romans(plain: str) -> Iterator[tuple[int, int, Value]]:
    """A translation's Roman numbers (``XXXIII сессия``), each one value."""
    for start, end, values, _ in _romans(plain, "", source=False):
        (value,) = values
        yield start, end, value


_SPECIAL = (_phones, _numeric_dates, _times, _romans)


_HINT = re.compile(r"[\d+(](?:(?<=\d)(?:[:./-]\d|\s?[apAP]\.?[mM]\b)|(?<=[+(])\d)")
"""What any phone number, numeric date, time or clock holds (a search for each is slow): a
digit, then ``:``, ``.``, ``/`` or ``-`` and a digit, or ``am``/``pm``; or ``+`` or ``(``
before a digit. It starts with one class of characters, which a search skips to; a choice
of branches would be tried at every place."""
CLOCK_HINT = re.compile(r"\d\s?[apAP]\.?[mM]\b")
"""What any match of ``CLOCK`` holds."""


def roman_in_source(plain: str) -> bool:
    """Whether a source holds a Roman numeral that is a fact (:data:`ROMAN`, ``105-VIII``)."""
    return ROMAN.search(plain) is not None or ("-" in plain and bool(_ROMAN_AFTER.search(plain)))


def special_hint(plain: str, source: bool) -> bool:
    """Whether :func:`specials` may find anything that changes how a text's digits read:
    a phone number, a numeric date, a time; in a source also a clock and a Roman century."""
    if source and roman_in_source(plain):
        return True
    return digits_hint(plain, source)


def digits_hint(plain: str, source: bool) -> bool:
    """:func:`special_hint` but for a Roman century: whether the text may hold a phone
    number, a numeric date, a time, or in a source a clock."""
    if not _HINT.search(plain):
        return False
    return bool(
        (("+" in plain or "(" in plain or "-" in plain) and _PHONE.search(plain))
        or _NUMERIC_DATE.search(plain)
        or _TIME.search(plain)
        or (source and CLOCK.search(plain))
    )


def specials(plain: str, lang: str, source: bool) -> tuple[str, list[Found]]:
    """Phones, numeric dates, times, Roman numerals; the text with those (mostly) blanked."""
    found: list[Found] = []
    for finder in _SPECIAL:
        blanks = []
        for start, end, values, blank in finder(plain, lang, source):
            found.append((start, end, values))
            if blank:
                blanks.append((start, end))
        for start, end in reversed(blanks):
            plain = plain[:start] + " " * (end - start) + plain[end:]
    return plain, found
