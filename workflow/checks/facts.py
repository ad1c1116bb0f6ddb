"""facts: every number, amount, percentage, year and date of the source is in the translation.

Values are compared, not spellings: ``1,200`` is ``1 200``, ``15%`` is ``15 пайыз``,
``26 November`` is ``26 ноября`` and ``2026 жылғы 26 қарашада``. The source is read in its
own language's convention; a number of the translation in any plausible one (how it is
written is the typography check's business). Only what the source writes in digits is a
fact, with the months it names and its Roman centuries; a translation may add values, and
may write 1 to 10 as words. Signs are not read: a dash between numbers is no minus. A value
the source repeats may be written once, unless a number the source has not took its place.

>>> source = "On 26 November 2026, 15% of 1,200 delegates voted for the plan."
>>> list(CHECK.test(Subject(source, "2026 жылғы 26 қарашада 1 200 делегаттың "
...                         "15 пайызы жоспарды қолдады.", "en", "kk"), Context()))
[]
>>> list(CHECK.test(Subject(source, "26 октября 2025 года 15 % из 1 200 делегатов "
...                         "поддержали план.", "en", "ru"), Context()))
['26 November is not in the translation', '2026 is not in the translation']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from . import Check, Context, Severity, Subject, text

_DIGIT = re.compile(r"\d")
_SPACES = " \u00a0\u202f\u2009"
_BLOB = re.compile(r"(?=\d)(?<!\d)\d+(?:[.,]\d+|[ \u00a0\u202f\u2009]\d{3}(?!\d))*")
"""Digits with what may join them into one number: ``1,234,567.89``, ``1 200``, ``2,5``."""
_SEPARATOR = re.compile(r"(\D)")

# (decimal mark, group separators) of a convention: English, Russian and Kazakh, and the
# continental one (``1.234,5``) that copied or converted texts sometimes bring along.
_EN = (".", "," + _SPACES)
_RU = (",", _SPACES)
_EU = (",", "." + _SPACES)
_SOURCE_TIERS = {"en": ((_EN,), (_EU,)), "ru": ((_RU,), (_EN, _EU)), "kk": ((_RU,), (_EN, _EU))}
"""How a source number is read: its own language's convention first, then any other."""
_TRANSLATION_TIERS = ((_EN, _EU),)

_PHONE = re.compile(
    r"(?=[\d+(])(?:(?:(?:\+\d{1,3}|\b8)\s?)?\(\d{2,5}\)\s?\d{2,3}(?:[\s-]?\d{2,4}){1,3}(?!\d)"
    r"|\+\d{1,3}[\s-]?\d{2,5}[\s-]\d{2,3}(?:[\s-]?\d{2,4}){1,3}(?!\d)"
    r"|(?<![\d-])\d{2,3}-\d{2}-\d{2}(?![\d-]))"
)
"""``+7 (7172) 74-57-19``, ``+7 7172 745719``, ``8 (7172) 745719``, ``74-57-19``."""
_NUMERIC_DATE = re.compile(r"(?=\d)(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)")
_CLOCK = re.compile(r"(?=\d)\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])\.?m\b\.?", re.I)
_TIME = re.compile(r"(?=\d)(?<![\d.,:])([01]?\d|2[0-3])([:.])([0-5]\d)(?!\d|[.,:]\d)")
# Roman digits, with the Cyrillic letters often typed for them (ХХІ ғасыр).
_M, _C, _X, _I = "[MМ]", "[CС]", "[XХ]", "[IІ]"
_NUMERAL = (
    rf"(?=[MМDCСLXХVIІ])\b({_M}{{0,3}}(?:{_C}{_M}|{_C}D|D?{_C}{{0,3}})"
    rf"(?:{_X}{_C}|{_X}L|L?{_X}{{0,3}})(?:{_I}{_X}|{_I}V|V?{_I}{{0,3}}))"
)
_ROMAN = re.compile(_NUMERAL + r"[\s-]+(?i:centur|век|ғасыр)")
"""A source's Roman numeral names a century (``XXI century``): ``I`` is also a pronoun."""
_ROMAN_WORD = re.compile(_NUMERAL + r"\b")
"""A translation's may be any number (``XXXIII сессия``, ``I дәрежелі диплом``)."""
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_DIGITS |= {"І": 1, "Х": 10, "С": 100, "М": 1000}

_PERCENT = re.compile(r"[\s-]*(?:%|per\s?cent|percent\w*|pct\b|процент\w*|пайыз\w*)", re.I)
_SCALE = re.compile(
    r"-?\s*(?:(?P<s3>thousand|тыс\w*\.?|мың\w*)|(?P<s6>million|mln\b|млн\b\.?|миллион\w*)"
    r"|(?P<s9>billion|bn\b|млрд\b\.?|миллиард\w*)|(?P<s12>trillion|trn\b|трлн\b\.?|триллион\w*))",
    re.I,
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_CONNECTOR = re.compile(
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
_THEN_DAY = re.compile(r"[.,]?\s+(?=\d)")
_DAY_GAP = r"(?:-[^\W\d_]+(?=\s)|st|nd|rd|th)?(?:\s+of)?(?:\s+|-)"
"""Between a day and its month: ``26 ноября``, ``27-го ноября``, ``1st of May``, ``26-қарашада``."""

# Digits 1 to 10 as words (translations only): cardinals, ordinals, collectives with their
# case forms, Russian compounds (трёхдневный). Kazakh forms are listed, not stemmed: үшін
# (for) and оны (him) are no numbers. бір is also Kazakh's article: a dropped 1 may go unseen.
_RU_END = "(?:ый|ой|ий|ая|ое|ого|ому|ым|ом|ую|ые|ых|ыми)"
_NUMBER_WORDS = {
    "en": ("one|first", "two|second|twice", "three|third", "four|fourth", "five|fifth",
           "six|sixth", "seven|seventh", "eight|eighth", "nine|ninth", "ten|tenth"),
    "ru": (rf"один|одн(?:а|о|ого|ой|ому|им|ом|у)|одно\w+|перв{_RU_END}",
           rf"два|две|двум|двумя|двое|дву\w+|втор{_RU_END}",
           r"три|тр[её]х\w*|тр[её]м|тремя|трое|трет(?:ий|ья|ье|ьего|ьей|ьему|ьим|ьем|ью|ьи|ьих)",
           rf"четыре|четыр[её]х\w*|четыр[её]м|четырьмя|четверо|четв[её]рт{_RU_END}",
           rf"пять|пяти\w*|пятью|пятеро|пят{_RU_END}",
           rf"шесть|шести\w*|шестью|шестеро|шест{_RU_END}",
           rf"семь|семи(?!нар)\w*|семью|семеро|седьм{_RU_END}",
           rf"восемь|восьми\w*|восемью|восьмью|восьм{_RU_END}",
           rf"девять|девяти\w*|девятью|девят{_RU_END}",
           rf"десять|десяти\w*|десятью|десят{_RU_END}"),
    "kk": (r"бір|бірінші\w*", r"екі|екінші\w*|екеу\w*", r"үш|үшінші\w*|үшеу\w*",
           r"төрт|төртінші\w*|төртеу\w*", r"бес|бесінші\w*|бесеу\w*", r"алты|алтыншы\w*|алтау\w*",
           r"жеті|жетінші\w*|жетеу\w*", r"сегіз|сегізінші\w*|сегізеу\w*",
           r"тоғыз|тоғызыншы\w*|тоғызау\w*", r"он|оныншы\w*"),
}  # fmt: skip

Value = tuple
"""A fact as compared: ("n", Decimal), ("%", Decimal), ("d", day, month), ("m", month),
("t", hour, minute) or ("p", digits of a phone number)."""
Found = tuple[int, int, frozenset[Value]]
"""Where a value is written (start, end) and what it may be."""
Special = Iterator[tuple[int, int, frozenset[Value], bool]]
"""Values of one kind, each with whether the text is read on without it (its digits blanked)."""


class _Months(NamedTuple):
    any: re.Pattern[str]
    """Any form of a month's name; the group ``w11`` is a full name, ``a11`` an abbreviation."""
    after_day: re.Pattern[str]
    """A month after a day, matched from the day's end (``27-го ноября``, ``26 қарашада``)."""


@cache
def _months(lang: str) -> _Months:
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
    groups = [f"(?P<w{n}>(?:{'|'.join(forms)})\\b)" for n, forms in sorted(wide.items())]
    groups += [
        f"(?P<a{n}>(?:{'|'.join(map(re.escape, forms))})\\b\\.?)"
        for n, forms in sorted(short.items())
    ]
    alternation = "|".join(groups)
    flags = 0 if lang == "en" else re.I
    return _Months(
        re.compile(rf"{_initials(groups)}\b(?:{alternation})", flags),
        re.compile(rf"{_DAY_GAP}(?:{alternation})", flags),
    )


def _month(match: re.Match[str]) -> int:
    return int(match.lastgroup[1:])


def _value(number: str, decimal: str, groups: str) -> Decimal | None:
    """A number read in one convention, or None when it cannot be written so.

    >>> _value("1,200", *_EN), _value("1,200", *_RU), _value("1 234 567,89", *_RU)
    (Decimal('1200'), Decimal('1.2'), Decimal('1234567.89'))
    >>> _value("1,5", *_EN) is None
    True
    """
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

    >>> _read("2025 200", _SOURCE_TIERS["en"])
    [('2025', frozenset({Decimal('2025')})), ('200', frozenset({Decimal('200')}))]
    """
    for tier in tiers:
        values = frozenset(v for c in tier if (v := _value(number, *c)) is not None)
        if values:
            return [(number, values)]
    parts = number.split()
    if len(parts) == 1:
        return [(run, frozenset({Decimal(run)})) for run in re.findall(r"\d+", number)]
    return [item for part in parts for item in _read(part, tiers)]


def _numbers(plain: str, tiers: tuple) -> Iterator[Found]:
    """Every number written in digits."""
    for match in _BLOB.finditer(plain):
        position = match.start()
        for part, values in _read(match.group(), tiers):
            start = plain.index(part, position)
            position = start + len(part)
            yield start, position, values


def _number_words(plain: str, lang: str) -> Iterator[Found]:
    if lang in _NUMBER_WORDS:
        for match in _number_word_pattern(lang).finditer(plain):
            yield match.start(), match.end(), frozenset({Decimal(match.lastgroup[1:])})


@cache
def _number_word_pattern(lang: str) -> re.Pattern[str]:
    groups = [f"(?P<n{n}>{forms})" for n, forms in enumerate(_NUMBER_WORDS[lang], 1)]
    return re.compile(rf"{_initials(groups)}\b(?:{'|'.join(groups)})\b", re.I)


def _initials(groups: list[str]) -> str:
    """A look-ahead for the letters that start the groups' words: it makes a scan 3 times faster.

    >>> _initials(["(?P<n1>one|first)", "(?P<n2>(?:two|twice))"])
    '(?=[oft])'
    """
    words = (word.lstrip("(?:") for group in groups for word in group.split(">", 1)[1].split("|"))
    return f"(?=[{''.join(dict.fromkeys(w[0] for w in words if w[:1].isalpha()))}])"


def _phones(plain: str, lang: str, source: bool) -> Special:
    """Phone numbers as their digits (a leading trunk 8 is the country's 7).

    A translation's number also stands for its last digits: a local number is in it.
    """
    if "+" not in plain and "(" not in plain and "-" not in plain:
        return
    for match in _PHONE.finditer(plain):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) == 11 and digits[0] == "8":
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
    """``10:00``, ``10 am``, ``3.30 p.m.``; ``10.00`` may also be a number, but not before a
    sign or scale (``2.50%``). A full hour may be written as its number alone."""
    clocks = []
    for match in _CLOCK.finditer(plain):
        hour, minute = int(match[1]) % 12 + (12 if match[3] in "pP" else 0), int(match[2] or 0)
        clocks.append(match.span())
        yield *match.span(), _time(hour, minute, int(match[1])), source
    for match in _TIME.finditer(plain):
        after = match.end()
        if any(a <= match.start() < b for a, b in clocks):
            continue
        values = _time(int(match[1]), int(match[3]))
        if match[2] == ".":
            if _PERCENT.match(plain, after) or _SCALE.match(plain, after):
                continue
            values |= {("n", Decimal(f"{match[1]}.{match[3]}"))}
        yield match.start(), after, values, source


def _time(hour: int, minute: int, *hours: int) -> frozenset[Value]:
    numbers = {("n", Decimal(h)) for h in (hour, *hours)} if minute == 0 else set()
    return frozenset({("t", hour, minute), *numbers})


def _romans(plain: str, lang: str, source: bool) -> Special:
    for match in (_ROMAN if source else _ROMAN_WORD).finditer(plain):
        digits = [_ROMAN_DIGITS[digit] for digit in match[1]]
        total = sum(-a if a < b else a for a, b in pairwise([*digits, 0]))
        if total:
            yield match.start(1), match.end(1), frozenset({("n", Decimal(total))}), False


_SPECIAL = (_phones, _numeric_dates, _times, _romans)


def _specials(plain: str, lang: str, source: bool) -> tuple[str, list[Found]]:
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


class _Mark(NamedTuple):
    """What stands by a number: its month (if a day), a percent sign, a scale word."""

    span: tuple[int, int]
    month: int | None = None
    month_at: int = -1
    percent: bool = False
    scale: Decimal | None = None


def _mark(plain: str, start: int, end: int, values: frozenset, months: _Months, before) -> _Mark:
    if _day(values, plain[start:end]):
        if after := months.after_day.match(plain, end):
            return _Mark((start, after.end()), _month(after), after.start(after.lastgroup))
        if start in before:
            month, month_at = before[start]
            return _Mark((month_at, end), month, month_at)
    if percent := _PERCENT.match(plain, end):
        return _Mark((start, percent.end()), percent=True)
    if scale := _SCALE.match(plain, end):
        return _Mark((start, scale.end()), scale=Decimal(10) ** int(scale.lastgroup[1:]))
    ordinal = _ORDINAL.match(plain, end)
    return _Mark((start, ordinal.end() if ordinal else end))


def _day(values: frozenset[Decimal], written: str) -> int | None:
    (value,) = values if len(values) == 1 else (None,)
    if value is None or "." in written or "," in written or not 1 <= value <= 31:
        return None
    return int(value) if value == value.to_integral_value() else None


def _before_days(plain: str, names: list[re.Match[str]]) -> dict[int, tuple[int, int]]:
    """Where a day follows a month (``November 26``, ``қарашаның 26-сы``): day -> (month, at)."""
    after = ((name, _THEN_DAY.match(plain, name.end())) for name in names)
    return {day.end(): (_month(name), name.start()) for name, day in after if day}


def facts(source: str, lang: str) -> list[tuple[str, frozenset[Value]]]:
    """The values of a source text, each as written with what it may be, in reading order.

    >>> [written for written, _ in facts("From 10 to 14 November 2026, at 10:00, 15% more", "en")]
    ['10', '14 November', '2026', '10:00', '15%']
    """
    plain, specials = _specials(source, lang, source=True)
    months = _months(lang)
    names = list(months.any.finditer(plain))
    before = _before_days(plain, names) if lang == "en" else {}
    found = list(specials)
    used = set()
    for start, end, values in _numbers(plain, _SOURCE_TIERS.get(lang, _SOURCE_TIERS["en"])):
        mark = _mark(plain, start, end, values, months, before)
        if mark.month is not None:
            used.add(mark.month_at)
            day = _day(values, plain[start:end])
            found.append((*mark.span, frozenset({("d", day, mark.month)})))
        elif mark.percent:
            found.append((*mark.span, frozenset(("%", v) for v in values)))
        else:
            scale = mark.scale or 1
            found.append((*mark.span, frozenset(("n", v * scale) for v in values)))
    for match in names:
        if match.lastgroup[0] == "w" and match.start() not in used:
            found.append((match.start(), match.end(), frozenset({("m", _month(match))})))
    found.sort(key=lambda item: item[0])
    return [(" ".join(source[start:end].split()), values) for start, end, values in found]


class Held(NamedTuple):
    """What a translation holds: each value written in it, with what it may be."""

    each: list[frozenset[Value]]
    """Every number, date, time, phone number, month's name and number word."""
    loose: list[frozenset[Value]]
    """The numbers written in digits, but those in a date, a time or a phone number."""


def readings(translation: str, lang: str) -> Held:
    """Every value a translation may be read to hold, in any plausible convention.

    >>> sorted(v[1] for item in readings("около 1,200 человек", "ru").each for v in item)
    [Decimal('1.2'), Decimal('1200')]
    """
    plain, specials = _specials(translation, lang, source=False)
    each = [values for _, _, values in specials]
    months = _months(lang)
    names = list(months.any.finditer(plain))
    before = _before_days(plain, names)
    digits = list(_numbers(plain, _TRANSLATION_TIERS))
    loose = {n[0] for n in digits if not any(s[0] <= n[0] < s[1] for s in specials)}
    numbers = sorted([*digits, *_number_words(plain, lang)])
    marks = _shared([_mark(plain, *number, months, before) for number in numbers], numbers, plain)
    held = Held(each, [])
    for (start, end, values), mark in zip(numbers, marks, strict=True):
        item = {("n", v) for v in values}
        if mark.percent:
            item.update(("%", v) for v in values)
        if mark.scale:
            item.update(("n", v * mark.scale) for v in values)
        if mark.month is not None:
            item.add(("d", _day(values, plain[start:end]), mark.month))
        each.append(frozenset(item))
        if start in loose:
            held.loose.append(each[-1])
    each.extend(frozenset({("m", _month(match))}) for match in names)
    return held


def _shared(marks: list[_Mark], numbers: list[Found], plain: str) -> list[_Mark]:
    """Numbers in a row share the sign or scale word of the last (``15 и 20 %``, ``2–3 млрд``)
    and the month of the first (``November 26–27``)."""
    row = [_CONNECTOR.fullmatch(plain, a[1], b[0]) for a, b in pairwise(numbers)]
    for i in reversed(range(len(row))):
        later, mark = marks[i + 1], marks[i]
        if row[i] and (later.percent or later.scale) and not (mark.percent or mark.scale):
            marks[i] = mark._replace(percent=later.percent, scale=later.scale)
    for i, (start, end, values) in enumerate(numbers[1:]):
        earlier, mark = marks[i], marks[i + 1]
        if row[i] and earlier.month and mark.month is None and _day(values, plain[start:end]):
            marks[i + 1] = mark._replace(month=earlier.month)
    return marks


def _worth_reading(source: str, lang: str) -> bool:
    """Whether a source may hold a fact at all: most sentences hold no digit and no month."""
    if _DIGIT.search(source) or _months(lang).any.search(source):
        return True
    return _ROMAN.search(source) is not None


_DIGITS = re.compile(r"\d+")


def _same_digits(source: str, translation: str, lang: str) -> bool:
    """Whether the translation plainly holds the source's facts: the same runs of digits,
    and nothing in the source whose meaning goes beyond its digits (a month, a percent,
    a scale word, a Roman century, a clock's am or pm). Most sentences are settled so."""
    if sorted(_DIGITS.findall(source)) != sorted(_DIGITS.findall(translation)):
        return False
    return not (
        _PERCENT.search(source)
        or _SCALE.search(source)
        or _months(lang).any.search(source)
        or _ROMAN.search(source)
        or _CLOCK.search(source)
    )


def missing(subject: Subject, context: Context) -> Iterable[str]:
    """Each value of the source that the translation does not hold, once."""
    if not _worth_reading(subject.source, subject.source_lang):
        return
    if _same_digits(subject.source, subject.translation, subject.source_lang):
        return
    found = facts(text.without_addresses(text.plain(subject.source)), subject.source_lang)
    if not found:
        return
    translation = text.without_addresses(text.plain(subject.translation))
    held = readings(translation, subject.lang)
    lost = _lost(found, held)
    if lost and subject.source_lang != subject.lang:  # as the source writes it: a copied date
        copied = readings(translation, subject.source_lang)
        held = Held(held.each + copied.each, held.loose)
        lost = _lost(lost, held)
    spelled: dict[frozenset[Value], str] = {}
    for written, values in found:
        spelled.setdefault(values, written)
    messages = [f"{spelled[values]} is not in the translation" for _, values in lost]
    messages += _fewer(found, held, spelled)
    yield from dict.fromkeys(messages)


def _lost(found: list[tuple[str, frozenset[Value]]], held: Held) -> list[tuple[str, frozenset]]:
    every = set().union(*held.each)
    return [(written, values) for written, values in found if values.isdisjoint(every)]


def _fewer(found: list, held: Held, spelled: dict[frozenset[Value], str]) -> Iterator[str]:
    """Values the source writes more often than the translation, when the translation has a
    number the source has not: one of the two was changed (``4 regions, a 4-day seminar``).
    A translation that only writes a value once where the source repeats it is quiet."""
    every = frozenset().union(*(values for _, values in found))
    if all(not item.isdisjoint(every) for item in held.loose):
        return
    times = Counter(values for _, values in found)
    for values, written in spelled.items():
        count = sum(1 for item in held.each if not item.isdisjoint(values))
        if 0 < count < times[values]:
            yield f"{written} is {times[values]} times in the source, {count} in the translation"


CHECK = Check(
    "facts",
    Severity.ERROR,
    "numbers, amounts, percentages, years and dates of the source are in the translation",
    missing,
)
