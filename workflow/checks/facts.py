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
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import NamedTuple

from . import Check, Context, Severity, Subject, numerals, text


class _Mark(NamedTuple):
    """What stands by a number: its month (if a day), a percent sign, a scale word."""

    span: tuple[int, int]
    month: int | None = None
    month_at: int = -1
    percent: bool = False
    scale: Decimal | None = None
    points: bool = False
    """Percentage points, not percent."""


def _mark(
    plain: str, start: int, end: int, values: frozenset, months: numerals.Months, before
) -> _Mark:
    if _day(values, plain[start:end]):
        if after := months.after_day.match(plain, end):
            return _Mark(
                (start, after.end()), numerals.month_of(after), after.start(after.lastgroup)
            )
        if start in before:
            month, month_at = before[start]
            return _Mark((month_at, end), month, month_at)
    if points := numerals.POINTS.match(plain, end):
        return _Mark((start, points.end()), points=True)
    if percent := numerals.PERCENT.match(plain, end):
        return _Mark((start, percent.end()), percent=True)
    if scale := numerals.SCALE.match(plain, end):
        return _Mark((start, scale.end()), scale=Decimal(10) ** int(scale.lastgroup[1:]))
    ordinal = numerals.ORDINAL.match(plain, end)
    return _Mark((start, ordinal.end() if ordinal else end))


def _day(values: frozenset[Decimal], written: str) -> int | None:
    (value,) = values if len(values) == 1 else (None,)
    if value is None or "." in written or "," in written or not 1 <= value <= 31:
        return None
    return int(value) if value == value.to_integral_value() else None


def _before_days(plain: str, names: list[re.Match[str]]) -> dict[int, tuple[int, int]]:
    """Where a day follows a month (``November 26``, ``қарашаның 26-сы``): day -> (month, at)."""
    after = ((name, numerals.THEN_DAY.match(plain, name.end())) for name in names)
    return {day.end(): (numerals.month_of(name), name.start()) for name, day in after if day}


def facts(source: str, lang: str) -> list[tuple[str, frozenset[numerals.Value]]]:
    """The values of a source text, each as written with what it may be, in reading order.

    >>> [written for written, _ in facts("From 10 to 14 November 2026, at 10:00, 15% more", "en")]
    ['10 November', '14 November', '2026', '10:00', '15%']
    """
    plain, specials = numerals.specials(source, lang, source=True)
    months = numerals.months(lang)
    names = list(months.any.finditer(plain))
    before = _before_days(plain, names) if lang == "en" else {}
    found = list(specials)
    used = set()
    spelled: dict[int, str] = {}  # a day of a shared month, as a reader names it: 10 November
    numbers = [
        (start, end, values | _short_year(plain, start, end))
        for start, end, values in numerals.numbers(
            plain, numerals.SOURCE_TIERS.get(lang, numerals.SOURCE_TIERS["en"])
        )
    ]
    marks = [_mark(plain, *number, months, before) for number in numbers]
    marks = _shared(marks, numbers, plain, source=True)
    sums, parts = _sums(numbers, marks, plain), set()
    for at, ((start, end, values), mark) in enumerate(zip(numbers, marks, strict=True)):
        if at in parts:
            continue
        if at in sums:  # 2 миллион 500 мың: one amount, 2.5 million
            total, last = sums[at]
            parts.update(range(at + 1, last + 1))
            found.append((start, marks[last].span[1], frozenset(total)))
        elif mark.month is not None:
            used.add(mark.month_at)
            day = _day(values, plain[start:end])
            found.append((*mark.span, frozenset({("d", day, mark.month)})))
            if mark.month_at < 0 and (name := months.any.search(plain, end)):
                spelled[start] = f"{plain[start:end]} {name.group()}"  # from 10 to 14 November
        elif mark.points:
            found.append((*mark.span, frozenset(("pp", v) for v in values)))
        elif mark.percent:
            found.append((*mark.span, frozenset(("%", v) for v in values)))
        elif _DECADE.match(plain, end) and lang == "en":
            found.append((*mark.span, _decade(values)))
        else:
            scale = mark.scale or 1
            found.append((*mark.span, frozenset(("n", v * scale) for v in values)))
    for match in names:
        if match.lastgroup[0] == "w" and match.start() not in used:
            found.append((match.start(), match.end(), frozenset({("m", numerals.month_of(match))})))
    found.sort(key=lambda item: item[0])
    return [
        (spelled.get(start) or " ".join(source[start:end].split()), values)
        for start, end, values in found
    ]


_YEARS = re.compile(r"(?<!\d)(\d{2})(\d{2})[/–-]$")
"""A year and the separator before a second year of two digits: ``2026/27``, ``2025–27``."""


def _short_year(plain: str, start: int, end: int) -> frozenset:
    """The whole year a source's two-digit year after another stands for (``2026/27``).

    >>> sorted(_short_year("the 2026/27 academic year", 9, 11))
    [Decimal('2027')]
    """
    if end - start != 2 or start < 5:
        return frozenset()
    years = _YEARS.search(plain, start - 5, start)
    if years is None:
        return frozenset()
    first = int(years[1] + years[2])
    later = first - first % 100 + int(plain[start:end])
    if later <= first:
        later += 100  # 2099–01
    return frozenset({Decimal(later)}) if later - first <= 10 else frozenset()


_DECADE = re.compile(r"[’']?s\b")
"""``1990s``: Kazakh and Russian name the decade by its last digits (``90-жылдары``,
``90-е годы``)."""


def _decade(values: frozenset) -> frozenset:
    """A decade may be written whole or by its last two digits.

    >>> from decimal import Decimal
    >>> sorted(v[1] for v in _decade(frozenset({Decimal(1990)})))
    [Decimal('90'), Decimal('1990')]
    """
    out = {("n", v) for v in values}
    out |= {("n", v % 100) for v in values if v >= 1000 and v % 10 == 0}
    return frozenset(out)


class Held(NamedTuple):
    """What a translation holds: each value written in it, with what it may be."""

    each: list[frozenset[numerals.Value]]
    """Every number, date, time, phone number, month's name and number word."""
    loose: list[frozenset[numerals.Value]]
    """The numbers written in digits, but those in a date, a time or a phone number."""


def readings(translation: str, lang: str) -> Held:
    """Every value a translation may be read to hold, in any plausible convention.

    >>> sorted(v[1] for item in readings("около 1,200 человек", "ru").each for v in item)
    [Decimal('1.2'), Decimal('1200')]
    """
    plain, specials = numerals.specials(translation, lang, source=False)
    each = [values for _, _, values in specials]
    months = numerals.months(lang)
    names = list(months.any.finditer(plain))
    before = _before_days(plain, names)
    digits = list(numerals.numbers(plain, numerals.TRANSLATION_TIERS))
    loose = {n[0] for n in digits if not any(s[0] <= n[0] < s[1] for s in specials)}
    numbers = sorted([*digits, *numerals.number_words(plain, lang)])
    own = [_mark(plain, *number, months, before) for number in numbers]
    marks = _shared(list(own), numbers, plain)
    held = Held(each, [])
    sums = _sums(numbers, marks, plain)
    for at, ((start, end, values), mark) in enumerate(zip(numbers, marks, strict=True)):
        share = own[at].percent or own[at].points  # 15, 20 и 25 %: 15 may be a count too
        item = sums.get(at, (set(),))[0] | (set() if share else {("n", v) for v in values})
        if mark.percent:  # a share is no count: 3 % is not 3 times
            item.update(("%", v) for v in values)
        if mark.points:
            item.update(("pp", v) for v in values)
        if mark.scale:
            item.update(("n", v * mark.scale) for v in values)
        if mark.month is not None:
            item.add(("d", _day(values, plain[start:end]), mark.month))
        each.append(frozenset(item))
        if start in loose:
            held.loose.append(each[-1])
    each.extend(
        frozenset({("m", numerals.month_of(match))})
        for match in names
        if not (lang == "kk" and _named(plain, match.start()))
    )
    return held


def _named(plain: str, at: int) -> bool:
    """Whether a Kazakh month's name with a capital inside a sentence names something else:
    Kazakh writes months in lower case, so ``Наурыз`` is the holiday, ``Қазан`` the city."""
    if not plain[at].isupper() or not plain[:at].strip():
        return False
    before = plain[:at].rstrip().rstrip("»”\"')")  # a sentence may end inside quotes
    return bool(before) and before[-1] not in '.!?…:;«„"“(—–-' and not before[-1].isdigit()


def _sums(
    numbers: list[numerals.Found], marks: list[_Mark], plain: str
) -> dict[int, tuple[set, int]]:
    """Amounts written in parts of falling scale, ``1 млн 750 тыс.``, ``1 млрд 200 млн 500
    тыс.``: the sum (1.75 million) by the first part, with the place of the last."""
    sums: dict[int, tuple[set, int]] = {}
    for at in range(len(numbers) - 1):
        total = {("n", a * marks[at].scale) for a in numbers[at][2]} if marks[at].scale else None
        last = at
        while total and last + 1 < len(numbers):
            first, then = marks[last], marks[last + 1]
            scale = then.scale or (1 if _units_after(first, then, plain) else None)
            if not (scale and scale < first.scale):
                break  # falling scales: 1 млн 750 тыс., and 3 тысяч 200 is 3,200
            if plain[first.span[1] : numbers[last + 1][0]].strip():
                break  # only spaces between the parts
            total = {("n", t[1] + b * scale) for t in total for b in numbers[last + 1][2]}
            last += 1
            if scale == 1:
                break  # units end the amount
        if last > at:
            sums[at] = total, last
    return sums


def _units_after(first: _Mark, then: _Mark, plain: str) -> bool:
    """Whether a plain number ends an amount after a thousand written out (3 тысяч 200), not
    after a million (5 млн 10 организациям) or an abbreviation's dot (5 тыс. 20 проектов)."""
    if first.scale != 1000 or then.percent or then.points or then.month is not None:
        return False
    return not plain[: first.span[1]].rstrip().endswith(".")


def _shared(
    marks: list[_Mark], numbers: list[numerals.Found], plain: str, source: bool = False
) -> list[_Mark]:
    """Numbers in a row share the sign or scale word of the last (``15 и 20 %``, ``2–3 млрд``),
    days the month of the last (``26 и 27 ноября``, ``10–14 қарашада``) or of the first
    (``November 26–27``). In a source, a comma makes no row: ``In 2026, 15%`` is a year."""
    row = [numerals.CONNECTOR.fullmatch(plain, a[1], b[0]) for a, b in pairwise(numbers)]
    if source:
        row = [match if match and "," not in match.group() else None for match in row]
    for i in reversed(range(len(row))):
        later, mark = marks[i + 1], marks[i]
        signed = later.percent or later.scale or later.points
        if source and signed and _year(numbers[i][2]):
            signed = False  # from 45% in 2024 to 52%: a year, not a share
        if row[i] and signed and not (mark.percent or mark.scale or mark.points):
            marks[i] = mark._replace(percent=later.percent, scale=later.scale, points=later.points)
        start, end, values = numbers[i]
        if row[i] and later.month and mark.month is None and _day(values, plain[start:end]):
            marks[i] = marks[i]._replace(month=later.month)
    for i, (start, end, values) in enumerate(numbers[1:]):
        earlier, mark = marks[i], marks[i + 1]
        if row[i] and earlier.month and mark.month is None and _day(values, plain[start:end]):
            marks[i + 1] = mark._replace(month=earlier.month)
    return marks


@dataclass(eq=False)
class _Source:
    """What the check reads from a source text, once for all the languages it goes into."""

    digits: list[str] | None
    """Its numbers, sorted, when each is a whole number written in digits alone and nothing
    in the text means more than its digits (a phone number, a date, a time, a month, a
    percent, a scale word, a Roman century): a translation that writes the same numbers
    then plainly holds its facts."""
    plain: str
    """The text as read: no markup, no addresses."""
    lang: str
    roman: bool
    """It names a Roman century (in :attr:`plain`)."""
    currencies: dict[str, str]
    """The currencies it names, each with how it first writes it (``KZT``: ``tenge``)."""
    weekdays: dict[int, str]
    """The days of the week it names (``Monday``: 1), each as it first writes it."""

    @cached_property
    def strict(self) -> list[tuple] | None:
        """Its values read strictly (:func:`_strict`), sorted; None when that is not enough.

        Read when first asked for: the translations of a source of whole numbers are
        mostly settled by its :attr:`digits` alone.
        """
        found = None if self.roman else _strict(self.plain, self.lang, source=True)
        return None if found is None else sorted(found)


@lru_cache(maxsize=4096)
def _source(source: str, lang: str) -> _Source | None:
    """The source's reading, or None when it holds no fact at all: no digit, no month and
    no Roman century (most sentences). Each of those is searched for once."""
    months = numerals.months(lang)
    roman = numerals.roman_in_source(source)
    named = months.any.search(source) is not None
    days = numerals.weekdays(source)
    if not (roman or named or numerals.DIGIT.search(source)):
        plain = text.without_addresses(text.plain(source))
        return _Source([], plain, lang, False, {}, days) if days else None  # on Thursday
    digits = None
    if not (
        roman
        or named
        or numerals.digits_hint(source, source=True)
        or numerals.SIGN_OR_SCALE.search(source.lower())
    ):
        digits = sorted(numerals.BLOB.findall(source))
        if not all(number.isdigit() for number in digits):
            digits = None  # 12.5, 1,200 and 2 600 are read by their convention
    plain = text.without_addresses(text.plain(source))
    if plain != source:  # markup or an address hid or made a Roman century
        roman = numerals.roman_in_source(plain)
    return _Source(digits, plain, lang, roman, currencies(plain), days)


def _in_words(source: str) -> re.Pattern[str] | None:
    """The words in which Kazakh and Russian say a number of this source's (``24 hours``:
    ``сутки``, ``тәулік``), or None when it has none of those phrases."""
    found = [words for phrase, words in _IN_WORDS if phrase.search(source)]
    return re.compile("|".join(found), re.I) if found else None


_IN_WORDS = [
    (re.compile(phrase, re.I), words)
    for phrase, words in (
        (r"(?<![\d/])24/7(?![\d/])|\b24[ -]hours?\b|\b24 сағат|\b24 час",
         r"круглосуточн|сут(?:ки|ок|очн)|тәулік|around the clock|round-the-clock|24/7"),
        (r"(?<![\d/])24/7(?![\d/])|\b7[ -]days?\b|\b7 күн|\b7 дн(?:ей|я)",
         r"без выходных|ежедневн|демалыссыз|күн сайын|недел|апта|a week|every day|seven days"),
        (r"\b12 (?:noon|midnight)\b|\b12[:.]00\b|\b00[:.]00\b",
         r"полд[её]н|полуд|полу?ноч|түскі|түнгі|noon|midnight"),
        (r"\b12[ -]months?\b|\b12 ай|\b12 месяц",
         r"\bгод(?:а|у)?\b|годичн|годов|бір жыл|a year|one year"),
        (r"\b6[ -]months?\b|\b6 ай|\b6 месяц",
         r"полгода|полугод|жарты жыл|жартыжылдық|half a year|six months"),
        (r"\b30[ -]minutes?\b|\b30 минут",
         r"полчаса|получас|жарты сағат|half an hour|thirty minutes"),
        (r"\b90[ -]minutes?\b|\b90 минут",
         r"полтора часа|полуторачас|бір жарым сағат|an hour and a half"),
        (r"\b10[ -](?:years?|days?)\b|\b10 жыл|\b10 лет",
         r"десятилет|декад|онжылдық|онкүндік|a decade|ten years"),
        (r"\b100[ -]years?\b|\b100th anniversary\b|\b100 жыл|\b100 лет|\b100-летн",
         r"столет|\bвек|ғасыр|centur|centenary"),
        (r"\b5-year\b|\b5 жылдық|\b5-летн", r"пятилет|бесжылдық|five-year"),
        (r"\btop 3\b|\bүздік 3\b|\bтоп-3\b", r"тройк|үштік|top three"),
        (r"\btop 5\b|\bүздік 5\b|\bтоп-5\b", r"пят[её]рк|бестік|top five"),
        (r"\btop 10\b|\bүздік 10\b|\bтоп-10\b", r"десятк|ондық|top ten"),
        (r"\b1(?= in \d)", r"кажд|\bәр\b|әрбір|every|част[ьи]\b|бөлігі"),
        (r"\b1/3\b", r"трет[ьи]|үштен бір|a third|one third"),
        (r"\b2/3\b", r"две трети|двух третей|үштен екі|two thirds|two-thirds"),
        (r"\b1/2\b", r"половин|жарты|half"),
        (r"\b1/4\b", r"четверт|төрттен бір|a quarter|one quarter"),
    )
]  # fmt: skip
"""A number any source gives with its unit and the words that say it as a whole, in any of
the three languages: 24 hours a day (круглосуточно, тәулік бойы, around the clock), 7 days
a week (без выходных), 12 noon (полдень), 6 months (полгода), 90 minutes (полтора часа),
100 years (столетие), the top 5 (пятёрка), 1 in 5 (каждый пятый). The number is held by
those words only where the translation writes no number the source has not (аптасына 6
күн for 7 days is a change)."""


def _same_numbers(digits: list[str], translation: str) -> bool:
    """Whether the translation writes the source's whole numbers (``digits``, sorted), each
    as often, and nothing that reads its digits otherwise (a phone number, a date, a time,
    a share: the source has none, so 3 % for 3 times is read fully)."""
    if digits != sorted(numerals.BLOB.findall(translation)):
        return False
    return not (numerals.special_hint(translation, source=False) or _SHARE.search(translation))


_SHARE = re.compile(r"%|процент|пайыз|п\.\s?п\.", re.I)


def _plainly_held(found: list[tuple], translation: str, lang: str) -> bool:
    """Whether the translation read strictly in its own language's convention holds the
    source's strictly read values (``found``, sorted), each number as often (a Roman
    number of the translation may stand for one of the source's): then the full reading
    finds nothing lost, as it reads the source the same way and the translation in more
    ways, and most sentences with dates, sums and shares are settled so.

    Anything the strict reading does not cover sends the unit to the full one: a phone
    number, a numeric date, a time, a Roman century, a decade, a month that is not a
    day's, a day after its month, or a number not written in the language's own convention.
    """
    held = _strict(translation, lang, source=False)
    if held is None:
        return False
    if found == sorted(held):
        return True
    wanted, written = Counter(found), Counter(held)
    if written - wanted:
        return False
    romans = Counter(values for _, _, values in numerals.romans(translation))
    return not (wanted - written) - romans


def _year(values: frozenset) -> bool:
    return any(isinstance(v, Decimal) and v == int(v) and 1900 <= v <= 2100 for v in values)


def _in_a_row(plain: str, end: int) -> bool:
    """Whether a source's number is followed by another in a row (``10 to 14``, ``15–20``),
    which may share its month, sign or scale word (a comma makes none: see :func:`_shared`)."""
    row = numerals.CONNECTOR.match(plain, end)
    joined = row.end() > end and "," not in row.group()
    return joined and plain[row.end() : row.end() + 1].isdigit()


def _near_special(plain: str, written: str, start: int, end: int) -> bool:
    """Whether a number may be part of a phone number, a numeric date, a time or a clock:
    each of those has a number with a dot in it, or one with ``:``, ``/`` or ``-`` and a
    digit after it, ``+`` or ``(`` before it, or ``am``/``pm`` after it."""
    if "." in written or (start and plain[start - 1] in "+("):
        return True
    after = plain[end : end + 2]
    if len(after) < 2:
        return False  # a clock's "am" needs two letters
    if after[0] in ":/-":
        return after[1].isdigit()
    return after[0] in "aApP" or (after[0].isspace() and after[1] in "aApP")


_CONVENTIONS = {"en": numerals.EN, "ru": numerals.RU, "kk": numerals.RU}


def _strict(plain: str, lang: str, source: bool) -> list[tuple] | None:
    """The values of a text read in its own convention only, or None when that is not enough.

    A source with a Roman century is not read so: :func:`_source` asks for none.
    """
    convention = _CONVENTIONS.get(lang)
    if convention is None:
        return None
    months = numerals.months(lang)
    names: list[re.Match[str]] | None = None  # the text's month names, when first needed
    before: dict | None = None
    out: list[tuple] = []
    days, hinted = 0, False
    for match in numerals.BLOB.finditer(plain):
        written = match.group()
        start, end = match.span()
        if not hinted and _near_special(plain, written, start, end):
            if numerals.digits_hint(plain, source):
                return None
            hinted = True
        whole = written.isdigit()  # most numbers: then read alike in every convention
        value = Decimal(written) if whole else numerals.value(written, *convention)
        if value is None:
            return None
        day = whole and 1 <= value <= 31
        if day and (after := months.after_day.match(plain, end)):
            out.append(("d", int(value), numerals.month_of(after)))
            days += 1
            continue
        percent = numerals.PERCENT.match(plain, end)
        scale = None if percent else numerals.SCALE.match(plain, end)
        if source and not (percent or scale) and _in_a_row(plain, end):
            return None  # 10 to 14 November, 15 to 20%: the full reading shares the month
        if day and (source or percent or scale):
            if before is None:
                names = list(months.any.finditer(plain))
                before = _before_days(plain, names)
            if start in before:  # a day after its month (November 26)
                if source:
                    return None
                percent = scale = None  # the full reading holds the number, and the day
        if percent:
            points = numerals.POINTS.match(plain, end) is not None
            out.append(("pp" if points else "%", value))
        elif scale:
            out.append(("n", value * Decimal(10) ** int(scale.lastgroup[1:])))
        elif source and _DECADE.match(plain, end):
            return None
        else:
            out.append(("n", value))
    if source:
        if names is None:
            names = list(months.any.finditer(plain))
        if len(names) != days:
            return None  # a month of no day's is a fact of its own
    return out


_CURRENCY = re.compile(
    r"(?P<KZT>\b(?:tenge|KZT|теңге\w*|тенге)\b|₸)"
    r"|(?P<USD>\b(?:dollars?|USD|доллар\w*|долл\b\.?)|\$)"
    r"|(?P<EUR>\b(?:euros?|EUR|евро|еуро)\b|€)"
    r"|(?P<CNY>\b(?:yuan|CNY|юан\w*|юань)\b)"
    r"|(?P<KGS>\b(?:soms?|KGS|сомов|сомға|сомнан)\b|(?<=\d )сома?\b)"
    r"|(?P<RUB>\b(?:roubles?|rubles?|RUB|рубл\w*|руб\b\.?)|₽)",
    re.I,
)
_CURRENCY_HINT = re.compile(
    r"[₸$€₽]|tenge|kzt|теңге|тенге|доллар|долл|usd|euro|eur|евро|еуро|ru[bл]|руб|yuan|cny|юан|som|kgs|сом"
)
"""What every match of ``_CURRENCY`` holds, searched in lower-case text."""


def currencies(plain: str) -> dict[str, str]:
    """The currencies a text names, each with how it first writes it.

    >>> currencies("Гранты на 850 млн тенге и USD 2 млн")
    {'KZT': 'тенге', 'USD': 'USD'}
    """
    if not _CURRENCY_HINT.search(plain.lower()):
        return {}
    found: dict[str, str] = {}
    for match in _CURRENCY.finditer(plain):
        found.setdefault(match.lastgroup, match.group())
    return found


def missing(subject: Subject, context: Context) -> Iterable[str]:
    """Each value of the source that the translation does not hold, once; and a currency
    or a day of the week of the source that the translation changed for another (tenge for
    dollars, вторник for Monday)."""
    read = _source(subject.source, subject.source_lang)
    if read is None:
        return
    if read.weekdays:  # a day of the week changed for another (Monday as вторник)
        named = numerals.weekdays(text.plain(subject.translation))
        yield from _changed(read.weekdays, named)
    if read.currencies:
        named = currencies(text.plain(subject.translation))
        yield from _changed(read.currencies, named)
        if named and named.keys() <= read.currencies.keys() and len(read.currencies) > 1:
            for code, written in read.currencies.items():  # $5 million and 2 bn tenge
                if code not in named:
                    yield f"{written} is not in the translation"
    if read.digits is not None and _same_numbers(read.digits, subject.translation):
        return
    translation = text.without_addresses(text.plain(subject.translation))
    if read.strict is not None and _plainly_held(read.strict, translation, subject.lang):
        return
    yield from read_fully(read.plain, translation, subject.source_lang, subject.lang)


def _changed(wanted: dict, named: dict) -> Iterator[str]:
    """What the source names (currencies, days of the week: code -> as written) that the
    translation has changed for another of its kind."""
    others = [written for key, written in named.items() if key not in wanted]
    for key, written in wanted.items() if others else ():
        if key not in named:
            yield f"{written} is not in the translation: it names {others[0]}"


def read_fully(source: str, translation: str, source_lang: str, lang: str) -> Iterator[str]:
    """What :func:`missing` says of two plain texts, every value read in every way."""
    found = facts(source, source_lang)
    if not found:
        return
    held = readings(translation, lang)
    lost = _lost(found, held)
    if lost and source_lang != lang:  # as the source writes it: a copied date
        copied = readings(translation, source_lang)
        held = Held(held.each + copied.each, held.loose)
        lost = _lost(lost, held)
    spelled: dict[frozenset[numerals.Value], str] = {}
    for written, values in found:
        spelled.setdefault(values, written)
    if lost and (words := _in_words(source)) and words.search(translation):
        lost = _not_in_words(lost, found, held, source, translation, words, lang)
    messages = [f"{spelled[values]} is not in the translation" for _, values in lost]
    if not lost and len(spelled) > 1:  # each value found: but each in a place of its own?
        messages += [
            f"{spelled[one]} and {spelled[other]} are read from one number of the translation:"
            " was one of them changed?"
            for one, other in _unmatched(list(spelled), held.each)
        ]
    messages += _fewer(found, held, spelled)
    yield from dict.fromkeys(messages)


def _bare(values: frozenset) -> bool:
    return all(value[0] == "n" for value in values)


def _not_in_words(
    lost: list, found: list, held: Held, source: str, translation: str, words: re.Pattern, lang: str
) -> list:
    """The lost values but those the translation says in words (see :data:`_IN_WORDS`), each
    once for each phrase of the source that has it, if the translation writes no number of
    its own outside those words (два года for 12 months is a change)."""
    every = frozenset().union(*(values for _, values in found))
    if any(item.isdisjoint(every) for item in held.loose):
        return lost  # another number in place of the one said in words?
    rest = words.sub(" ", translation)
    numbers = [values for *_, values in numerals.number_words(rest, lang) if 1 not in values]
    if any(values.isdisjoint(v[1] for v in every) for values in numbers):
        return lost  # but бір, one, первый: бір апта is a week, алғашқы жарты жыл a half
    said: Counter = Counter()
    for phrase, _ in _IN_WORDS:
        for match in phrase.finditer(source):
            said.update({match.group(), *re.findall(r"\d+", match.group())})
    kept = []
    for written, values in lost:
        if said[written] > 0:
            said[written] -= 1  # 24 hours a day in 24 regions: one 24 is said in words
        else:
            kept.append((written, values))
    return kept


def _unmatched(
    wanted: list[frozenset], items: list[frozenset]
) -> list[tuple[frozenset, frozenset]]:
    """The source's values (each once) left over when each must be held by a number of its
    own: ``the 5th meeting on 5 March`` is not held by ``6-шы отырысы 5 наурызда``, whose
    one 5 cannot be both. The values with the fewest places are placed first, so the
    one reported is the one that lost its place; of two with as many, a date, a time or
    a share is placed before a bare number (the 5th is reported, not the day).

    Each left over comes with a value that holds its place.

    >>> five, day = frozenset({("n", 5)}), frozenset({("d", 5, 3)})
    >>> _unmatched([five, day], [frozenset({("n", 6)}), frozenset({("n", 5), ("d", 5, 3)})])
    [(frozenset({('n', 5)}), frozenset({('d', 5, 3)}))]
    """
    places = {
        values: [at for at, item in enumerate(items) if _may_hold(item, values)]
        for values in wanted
    }
    taken: dict[int, frozenset] = {}

    def place(values: frozenset, seen: set[int]) -> bool:  # an augmenting path
        for at in places[values]:
            if at not in seen:
                seen.add(at)
                if at not in taken or place(taken[at], seen):
                    taken[at] = values
                    return True
        return False

    order = sorted(wanted, key=lambda values: (len(places[values]), _bare(values)))
    left = [values for values in order if not place(values, set())]
    return [(values, taken[places[values][0]]) for values in left if places[values]]


def _lost(
    found: list[tuple[str, frozenset[numerals.Value]]], held: Held
) -> list[tuple[str, frozenset]]:
    """The source's values that nothing in the translation may be. A time of the source is
    held by a number (``в 7 часов вечера`` for 7 p.m.) or by the same time, not by another
    time of the same hour (``7:00``)."""
    return [
        (written, values)
        for written, values in found
        if not any(_may_hold(item, values) for item in held.each)
    ]


def _may_hold(item: frozenset, values: frozenset) -> bool:
    """Whether a value of the translation may be one of the source's: a time only by its
    time, if it has one (``в 7 часов`` may be 7 p.m., ``7:00`` may not)."""
    if any(value[0] == "t" for value in values):
        return not values.isdisjoint({value for value in item if value[0] == "t"} or item)
    return not values.isdisjoint(item)


def _fewer(found: list, held: Held, spelled: dict[frozenset[numerals.Value], str]) -> Iterator[str]:
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
