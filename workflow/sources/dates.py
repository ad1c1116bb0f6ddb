"""Dates as pages and releases write them, in the three languages: finding one in a
line, and telling a page's time stamp (``14:05, 3 Наурыз 2024 | GMT +5``) from text.

Every pattern starts only where a number or a word starts, and a stamp is at most
:data:`MAX_DATE_LINE` characters, so a long line is read in linear time.
"""

from __future__ import annotations

import datetime as dt
import re

from ..locales import day_names, month_names
from ..model import LANGUAGES


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for lang in LANGUAGES:
        number = month_names(lang).get(word)
        if number:
            return number
    return None


# Each pattern starts only where a number or word starts (the look-behinds), so
# scanning a long line without spaces is linear, not quadratic.
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?P<m>[^\W\d_]+\.?),?\s*"
    r"(?:(?P<y>\d{4})(?!\d)(?:\s*(?:года|г\.|жылы|ж\.))?)?"
)


_MONTH_DAY_YEAR = re.compile(
    r"(?<![^\W\d_])(?P<m>[^\W\d_]{3,12}\.?)\s+(?P<d>\d{1,2})(?!\d),?(?:\s+(?P<y>\d{4})(?!\d))?"
)


_YEAR_DAY_MONTH = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*(?:жылғы|ж\.)?\s+(?P<d>\d{1,2})\s+(?P<m>[^\W\d_]{3,12})"
)


_NUMERIC = re.compile(r"(?<!\d)(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})(?!\d)")


_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")


MAX_DATE_LINE = 100
"""A time stamp or date line is short; a longer line is text with a date in it."""


def find_date(text: str, default_year: int | None = None) -> tuple[dt.date, re.Match] | None:
    """The first date written in ``text`` in any of the three languages, and where it stands.

    >>> find_date("Вена, 3 марта 2024 года")[0]
    datetime.date(2024, 3, 3)
    >>> find_date("2026 жылғы 26 қараша")[0], find_date("12 Апреля, 2024")[0]
    (datetime.date(2026, 11, 26), datetime.date(2024, 4, 12))
    >>> find_date("ALMATY, 5 May", default_year=2026)[0]
    datetime.date(2026, 5, 5)
    """
    for pattern in (_ISO, _NUMERIC, _YEAR_DAY_MONTH, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["m"]) if parts["m"].isdigit() else _month(parts["m"])
            year = int(parts["y"]) if parts.get("y") else default_year
            if not month or not year:
                continue
            try:
                return dt.date(year, month, int(parts["d"])), match
            except ValueError:
                continue
    return None


_STAMP_LABEL_RE = re.compile(
    r"(?i:опубликовано|опубликован|дата публикации|время публикации|обновлено"
    r"|последнее обновление|последнее изменение|жарияланған күні|жарияланды|жарияланған"
    r"|жаңартылды|соңғы өзгеріс|published on|published|last updated|updated|posted on"
    r"|posted|(?P<plain>дата|күні|date))\s*:?\s*"
)


_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"


_ZONE = r"(?:gmt|utc|ast|almt|msk)\s*(?:[+−-]\s*\d{1,2}(?::?\d{2})?)?|[+−-]\d{2}:?\d{2}"


_RELATIVE = (
    r"сегодня|вчера|бүгін|кеше|today|yesterday"
    r"|\d{1,3}\s*(?:минут\w*|мин\.?|час\w*|секунд\w*|сағат|mins?|minutes?|hours?|hrs?|days?"
    r"|дн\w*|дней|күн)\s*(?:назад|бұрын|ago)"
    r"|\d{1,3}\s*(?:min|мин)\.?\s*(?:read|чтения|оқу)"
)


_STAMP_RE = re.compile(
    rf"(?:(?P<time>{_TIME})|(?P<zone>{_ZONE})|(?P<relative>{_RELATIVE})|(?P<by>by\s+[\w.-]+)"
    r"|(?P<word>(?<![^\W\d_])[^\W\d_]{1,12}\.?(?![^\W\d_]))|\d{4}"
    r"|[|,·•/–—-]|\s)*",
    re.IGNORECASE,
)


_STAMP_WORDS = frozenset(
    # the words of a time stamp that are not weekdays
    str.split(
        "года год жылы жыл at on by сағ gmt utc ast almt msk am pm ago назад бұрын min mins "
        "minute minutes hour hours hrs day days read мин минут минуты минуту час часа часов "
        "секунд дня дней күн сағат чтения оқу сегодня вчера бүгін кеше today yesterday admin"
    )
)


_SHORT_YEAR_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")


def _weekday(word: str) -> bool:
    word = word.lower().rstrip(".")
    return any(word in day_names(lang) for lang in LANGUAGES)


def stamp_kind(line: str) -> str | None:
    """``"time stamp"`` for a page's time stamp (a date or a time with a time, zone, label,
    weekday or "ago"), ``"date line"`` for a bare date, ``None`` for anything else.

    A bare date is clutter only above the body; in it, it is a programme's or a list's.

    >>> stamp_kind("14:05, 3 Наурыз 2024 | GMT +5"), stamp_kind("Сегодня, 14:05")
    ('time stamp', 'time stamp')
    >>> stamp_kind("5 минут назад"), stamp_kind("Вт, 05.03.2024 - 14:05")
    ('time stamp', 'time stamp')
    >>> stamp_kind("12 Апреля, 2024"), stamp_kind("Вена, 3 марта 2024 года – Делегация прибыла.")
    ('date line', None)
    """
    line = line.strip()
    if not line or len(line) > MAX_DATE_LINE:
        return None
    parts = [part.strip() for part in line.split(" | ")]
    if len(parts) > 1:  # "Опубликовано: … | Обновлено: …", "5 марта 2024, 14:05 | Просмотров: 120"
        kinds = [stamp_kind(part) or ("count" if is_count_line(part) else None) for part in parts]
        if all(kinds) and any(k != "count" for k in kinds):
            return "time stamp"
    labelled = _STAMP_LABEL_RE.match(line)
    rest = line[labelled.end() :] if labelled else line
    found = find_date(rest, default_year=2000)
    if found:
        rest = rest[: found[1].start()] + " " + rest[found[1].end() :]
    else:
        short = _SHORT_YEAR_RE.search(rest)
        if short:
            found = (None, short)
            rest = rest[: short.start()] + " " + rest[short.end() :]
    tokens = _STAMP_RE.fullmatch(rest)
    if tokens is None:
        return None
    words = [w.lower() for w in re.findall(r"[^\W\d_]{2,12}", rest)]
    weekdays = [w for w in words if w not in _STAMP_WORDS]
    if not all(_weekday(w) for w in weekdays):
        return None
    timed = re.search(_TIME, rest)
    relative = re.search(_RELATIVE, rest, re.I)
    if not found and not timed and not relative:
        return None
    if not found and not relative:
        return "date line"  # a time alone, "10:00 – 10:30": a programme's, in the body
    label = labelled and not labelled.group("plain")  # "Дата: 28 мая" may be a programme's
    strong = label or timed or relative or re.search(_ZONE, rest, re.I) or weekdays
    return "time stamp" if strong else "date line"


def is_date_line(line: str) -> bool:
    """A line that is nothing but a date or a time, with what a page's time stamp carries.

    >>> is_date_line("12 Апреля, 2024"), is_date_line("26.11.2026 14:30")
    (True, True)
    >>> is_date_line("14:05, 3 Наурыз 2024 | GMT +5"), is_date_line("Опубликовано: 5 марта 2024")
    (True, True)
    >>> is_date_line("Вена, 3 марта 2024 года – Делегация прибыла.")
    False
    """
    return stamp_kind(line) is not None


_COUNT_RE = re.compile(
    r"(?:(?:просмотр\w*|views?|қаралым\w*|көрсетілім\w*)\s*:?\s*)?[\d\s\u00a0\u202f]+"
    r"(?:\s*(?:просмотр\w*|views?|қаралым\w*))?",
    re.IGNORECASE,
)


def is_count_line(line: str) -> bool:
    """A bare number such as a view count under a headline copied from a site.

    >>> is_count_line("1045"), is_count_line("Просмотров: 1 045"), is_count_line("2026 год")
    (True, True, False)
    """
    line = line.strip()
    return (
        0 < len(line) <= 40
        and any(c.isdigit() for c in line)
        and _COUNT_RE.fullmatch(line) is not None
    )


def is_clutter(line: str) -> bool:
    """A time stamp, a date line or a bare count: what a page puts by its headline."""
    return is_date_line(line) or is_count_line(line)
