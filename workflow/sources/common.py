"""Line classifiers shared by the readers: dates, clutter, attributions, datelines.

These are the documented heuristics of plain-text input (README, "How plain text
is read"). They are deliberately conservative: a line that is not clearly
clutter or an attribution stays a paragraph, so no text is ever lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..locales import day_names, month_names
from ..model import LANGUAGES, BlockKind

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_TERMINAL = ".!?…"


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
    return is_date_line(line) or is_count_line(line)


def normalized(text: str) -> str:
    """Text compared for duplicates: case and spacing folded."""
    return " ".join(text.split()).casefold()


_SENTENCE_END_RE = re.compile(r"[^\W\d_]{2}[.!?…]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


_SURNAME_END_RE = re.compile(
    r"(?:ов|ова|ев|ева|ёв|ин|ина|ын|ына|ский|ская|цкий|ұлы|қызы|ov|ova|ev|eva|in|ina|uly"
    r"|kyzy|sky)$"
)
_NOT_NAMES = frozenset(
    # capitalised words that open a clause, never a name: "В Астане, Алматы…:", "In Astana, …:"
    str.split(
        "в во на с со по к у о об из за от до для при после под над и а но как это так "
        "бұл осы сол ал және мен in at on to for from with by of the a an this these as "
        "and but during after before since among"
    )
)


def _names(part: str) -> bool:
    """A person's name: two to five capitalised words, or one with an initial (``А.Сейтова``)."""
    words = part.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return False
    if words[0].lower() in _NOT_NAMES:
        return False
    return len(words) >= 2 or "." in part


def is_attribution(line: str) -> bool:
    """``Name, Position:`` (or ``Position, Name:``) on its own line, introducing a quote.

    A line ending with a colon, at most 25 words and 200 characters, one clause
    (no sentence ends inside), whose part before or after the first comma is a
    name — or that is a short name alone (at most four capitalised words).

    >>> is_attribution("Erlan Sadykov, Deputy Chairman of the APK:")
    True
    >>> is_attribution("Айгерим Сейтова:"), is_attribution("The minister said the following:")
    (True, False)
    >>> is_attribution("Аким области, Ербол Карашукеев:")
    True
    >>> is_attribution("Бағдарламада, атап айтқанда, мыналар қарастырылған:")
    False
    >>> is_attribution("Напомним:"), is_attribution("В Астане, Алматы и Шымкенте пройдут акции:")
    (False, False)
    """
    line = line.strip()
    if not line.endswith(":") or len(line) > 200 or line[0] in "—–-":
        return False
    body = line[:-1].strip()
    words = body.split()
    if not words or len(words) > 25 or body[-1] in _TERMINAL or _SENTENCE_END_RE.search(body):
        return False
    if "," in body:
        head, tail = body.split(",", 1)
        return _names(head) or _names(tail.split(",", 1)[0])
    if 2 <= len(words) <= 4 and _names(body):
        return True
    # "Аким области Ербол Карашукеев:": a position, then a name ending in a surname
    return (
        len(words) <= 10
        and words[0][:1].isupper()
        and _names(" ".join(words[-2:]))
        and _SURNAME_END_RE.search(words[-1]) is not None
    )


QUOTE_DASHES = "—–―"

_DATELINE_RE = re.compile(
    r"(?P<dateline>[^\n]{2,80}?)(?:\s+(?:[–—―]|--?)\s*|[–—―]\s+)(?P<rest>\S.*)", re.DOTALL
)


_SEGMENT_RE = re.compile(r"(?<=[^\W_]{2})\.\s+")


_BRACKETED_AGENCY_RE = re.compile(r"\(([^()]{2,40})\)$")
_SLASHED_AGENCY_RE = re.compile(r"/([^/\n]{2,40})/\s*(?:[–—―]|--?)\s*")
"""An agency between slashes after the dash: ``АСТАНА, 5 марта — /Kazinform/ — …``."""
_PLACE_WORDS = frozenset(
    # lower-case words of a place's name in a dateline: "Астана қаласы", "г. Астана"
    str.split("қаласы облысы ауданы ауылы кенті г. город область района р-н пос. с. city region")
)


def _dated(part: str) -> bool:
    """What may follow a dateline's place after a comma: a date or a time, or a country."""
    part = part.strip()
    words = part.split()
    return stamp_kind(part) is not None or (
        0 < len(words) <= 2 and all(w[:1].isupper() for w in words)
    )


def _parts(dateline: str) -> tuple[str, str | None] | None:
    """A dateline's place segment (``PLACE[, date]``) and its agency, if it names one.

    ``Нур-Султан, 12 марта. Kazakhstan Today`` → (``Нур-Султан, 12 марта``,
    ``Kazakhstan Today``); ``АСТАНА. 28 ноября. КАЗИНФОРМ`` → (``АСТАНА, 28 ноября``, …).
    """
    bracketed = _BRACKETED_AGENCY_RE.search(dateline)
    if bracketed:  # ASTANA (Kazinform)
        head = dateline[: bracketed.start()].strip()
        return (head, bracketed.group(1).strip()) if head else None
    segments = _SEGMENT_RE.split(dateline.rstrip("."))
    if len(segments) == 1:
        return dateline, None
    if len(segments) > 3:
        return None
    *head, agency = segments
    agency_words = agency.split()
    if not 0 < len(agency_words) <= 3 or not all(w[:1].isupper() for w in agency_words):
        return None
    if len(head) == 2 and find_date(head[1], default_year=2000) is None:
        return None
    return ", ".join(head), agency


def split_dateline(paragraph: str) -> tuple[str, str] | None:
    """Split ``PLACE[, date][. AGENCY] – text`` into the dateline and the rest of the paragraph.

    >>> split_dateline("ASTANA – The Deputy Chairman met the delegation.")
    ('ASTANA', 'The Deputy Chairman met the delegation.')
    >>> split_dateline("Вена, 3 марта 2024 года – Делегация прибыла.")
    ('Вена, 3 марта 2024 года', 'Делегация прибыла.')
    >>> split_dateline("NUR-SULTAN, 5 May –The talks began.")
    ('NUR-SULTAN, 5 May', 'The talks began.')
    >>> split_dateline("Астана. КазТАГ – Министр провёл брифинг.")
    ('Астана. КазТАГ', 'Министр провёл брифинг.')
    >>> split_dateline("Астана қаласы, 2024 жылғы 5 наурыз – Жиын өтті.")[0]
    'Астана қаласы, 2024 жылғы 5 наурыз'
    >>> split_dateline("Сегодня, 5 марта, в Астане прошло заседание – одно из важнейших.") is None
    True
    >>> split_dateline("The meeting – held in Astana – was productive.") is None
    True
    >>> split_dateline("Today – a historic day for the Assembly.") is None
    True
    """
    match = _DATELINE_RE.match(paragraph)
    if not match:
        return None
    dateline = match.group("dateline").strip()
    words = dateline.replace(",", " ").split()
    if (
        not words
        or len(words) > 10
        or any(c in re.sub(r"\d:\d", "", dateline) for c in '!?:;«»"“”')
    ):
        return None
    parts = _parts(dateline)
    if parts is None:
        return None
    head, agency = parts
    place, _, after = (part.strip() for part in head.partition(","))
    if after and find_date(place, default_year=2000) and stamp_kind(place):
        place, after = after, place  # "2025 жылғы 18 маусым, Қарағанды қаласы": date first
    place_words = place.split()
    if not place_words or len(place_words) > 3 or (after and not _dated(after)):
        return None
    letters = [c for c in place if c.isalpha()]
    shouting = len(letters) >= 3 and all(c.isupper() for c in letters)
    named = [w for w in place_words if w.lower() not in _PLACE_WORDS]
    capitalised = bool(named) and all(w[:1].isupper() for w in named)
    has_date = find_date(head, default_year=2000) is not None
    rest = match.group("rest").strip()
    # a lone capitalised word is a place only when a sentence starts after the dash
    # ("Astana – The session opened", not "Today – a historic day")
    lone_place = len(place_words) == 1 and "," not in head and rest[:1].isupper()
    if not rest[:1].isupper() and not rest[:1].isdigit() and rest[:1] not in '«“"/(*[':
        return None  # "ЦОН – это удобно": a definition, not a dateline
    if shouting and len(letters) < 5 and not (has_date or agency):
        return None  # "ЕНПФ – Единый накопительный…": an acronym, not a place
    if shouting or (capitalised and (has_date or lone_place or agency is not None)):
        return dateline, rest
    return None


def place_and_date(line: str) -> tuple[str, dt.date] | None:
    """A line that is only a place and a date — a dateline on its own line — read.

    >>> place_and_date("г. Астана 12.03.2025")
    ('г. Астана', datetime.date(2025, 3, 12))
    >>> place_and_date("2025 жылғы 18 маусым, Қарағанды қаласы")
    ('Қарағанды қаласы', datetime.date(2025, 6, 18))
    >>> place_and_date("В Астане 12 марта прошёл форум") is None
    True
    """
    line = line.strip()
    if len(line) > MAX_DATE_LINE:
        return None
    found = find_date(line, default_year=2000)
    if not found:
        return None
    date, match = found
    before, after = line[: match.start()].strip(" ,"), line[match.end() :].strip(" ,")
    if bool(before) == bool(after):
        return None  # the place stands before the date or after it, not both or neither
    place = before or after
    words = place.split()
    named = [w for w in words if w.lower() not in _PLACE_WORDS]
    if not 0 < len(words) <= 3 or not named or not all(w[:1].isupper() for w in named):
        return None
    if not re.search(r"\d{4}", match.group()):
        return None  # a year: "Астана, 5 марта" alone may be a programme's line
    return place, date


def place_of(dateline: str) -> str:
    """The place named by a dateline, in title case when it was shouted.

    >>> place_of("NUR-SULTAN, 5 May"), place_of("Вена, 3 марта 2024 года")
    ('Nur-Sultan', 'Вена')
    >>> place_of("АЛМАТЫ. KAZINFORM")
    'Алматы'
    """
    parts = _parts(dateline)
    head = parts[0] if parts else dateline
    place, _, after = (part.strip() for part in head.partition(","))
    if after and stamp_kind(place):
        place = after  # the date first, as Kazakh official datelines put it
    return place.title() if place.isupper() else place


def agency_of(dateline: str) -> str | None:
    """The news agency a dateline names, as written (``АЛМАТЫ. KAZINFORM`` → ``KAZINFORM``)."""
    parts = _parts(dateline)
    return parts[1] if parts else None


@dataclass(frozen=True)
class Dateline:
    """The dateline that opens a release's first paragraph."""

    text: str
    place: str
    date: dt.date | None
    agency: str | None = None


def take_dateline(body: list[tuple[BlockKind, str]], year: int) -> Dateline | None:
    """Cut the dateline off the first paragraph of ``body``, if it opens with one.

    ``year`` completes a date without one (``ALMATY, 5 May``). Every reader does
    this the same way; each decides whether the dateline's place and date or its
    own (front matter, a date line above the headline) win.

    >>> body = [(BlockKind.PARAGRAPH, "ALMATY, 5 May – The forum opened.")]
    >>> take_dateline(body, 2026)
    Dateline(text='ALMATY, 5 May', place='Almaty', date=datetime.date(2026, 5, 5), agency=None)
    >>> body
    [(<BlockKind.PARAGRAPH: 'paragraph'>, 'The forum opened.')]
    """
    first = next((i for i, (kind, _) in enumerate(body) if kind is not BlockKind.HEADING), None)
    if first is None or first > 2 or body[first][0] is not BlockKind.PARAGRAPH:
        return None  # the first paragraph, under at most two subheadings
    split = split_dateline(body[first][1])
    if split is None:
        return None
    text, rest = split
    agency = agency_of(text)
    slashed = _SLASHED_AGENCY_RE.match(rest)
    if slashed:
        agency, rest = agency or slashed.group(1).strip(), rest[slashed.end() :]
    body[first] = (BlockKind.PARAGRAPH, rest)
    dated = find_date(text, default_year=year)
    return Dateline(text, place_of(text), dated[0] if dated else None, agency)


def is_rubric(line: str, headline: str) -> bool:
    """A section label above a headline: shorter than it, no full stop or colon at the
    end, and either in capitals or at most four words.

    >>> is_rubric("PRESS RELEASE", "Kazakhstan and the OSCE meet"), is_rubric("Анонс", "Курсы")
    (True, False)
    """
    line = line.strip()
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    short = len(words) <= 4 or (bool(letters) and all(c.isupper() for c in letters))
    return (
        0 < len(words) <= 6
        and short
        and len(line) < len(headline.strip())
        and line[-1] not in ".:"
        and could_be_title(headline)
    )


def could_be_title(line: str) -> bool:
    """A headline: one line, not ending with a full stop or colon (``Казахстан – ЕС: …`` is
    one, although it looks like a dateline).

    >>> could_be_title("APK Deputy Chairman: “Unity is our common asset”")
    True
    """
    line = line.strip()
    return bool(line) and len(line) <= 300 and line[-1] not in ".:,;"


def ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip("»”\"')]*_").endswith(tuple(_TERMINAL + ":"))


# White space as web pages and Word leave it
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
"""Soft hyphens, zero-width spaces and joiners, word joiners, stray byte-order marks."""
_LINE_BREAKS_RE = re.compile("\r\n|[\r\u2028\u0085\x1c\x1d\x1e\x0b\x0c]")
_PARAGRAPH_BREAKS_RE = re.compile("\u2029")
_ODD_SPACE = "\t\u00a0\u202f\u2007\u2000-\u200a\u205f\u3000"
_SPACES_RE = re.compile(f"[ {_ODD_SPACE}]{{2,}}|[{_ODD_SPACE}]")
"""Runs of spaces, and every space that is not a plain one (a lone plain space is left be)."""
_NO_BREAK_SPACES = "\u00a0\u202f\u2007"
_ABBREVIATION_END_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}\.$")
"""A short word and its full stop just before a no-break space: ``г.``, ``т. е.``, ``ст.``."""
_ANY_NO_BREAK_RE = re.compile("[\u00a0\u202f\u2007]")
_LOOSE_NO_BREAK_RE = re.compile("(?<!\\d)[\u00a0\u202f\u2007]|[\u00a0\u202f\u2007](?!\\d)")
_CAPITAL_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯӘҒҚҢӨҰҮҺІ"


def split_lines(text: str) -> list[str]:
    """Lines of a pasted text, whatever ends them: CR LF, CR, U+2028, U+0085, form feeds.

    A paragraph separator (U+2029) ends a paragraph: a blank line.

    >>> split_lines("a\\r\\nb\\u2028c\\u2029d")
    ['a', 'b', 'c', '', 'd']
    """
    text = _PARAGRAPH_BREAKS_RE.sub("\n\n", text)
    return _LINE_BREAKS_RE.sub("\n", text).split("\n")


def _meant(text: str, start: int, end: int, *, typography: bool) -> bool:
    """Whether the no-break space at ``text[start:end]`` is one an author meant.

    Always between digit groups (``5 000``) and after an initial (``Н. А. Назарбаев``).
    With ``typography`` (the line uses no-break spaces sparingly, as an author does)
    also where Russian and Kazakh typography binds (LANGUAGE.md): between a number
    and the word or unit after it (``17 областях``, ``2026 года``, ``12 %``), after
    ``№`` and ``§``, and before a dash.
    """
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before.isdigit() and after.isdigit():
        return True
    if before == "." and start >= 2 and text[start - 2] in _CAPITAL_LETTERS:
        lone = start < 3 or not text[start - 3].isalpha()
        return lone and after.isalpha() and after.isupper()
    if not typography:
        return False
    initial = after.isupper() and text[end + 1 : end + 2] == "."  # Токаев К. К.
    return (
        (before.isdigit() and (after.isalpha() or after == "%"))
        or before in "№§"  # № 5
        or (before == "." and _ABBREVIATION_END_RE.search(text, 0, start) is not None)
        or (after in "—–" and before.isalnum())  # a dash in the middle of a sentence
        or initial
    )


def clean_spaces(line: str) -> str:
    """A line with a web page's spacing made plain: runs of spaces, tabs and no-break spaces
    used as spaces become one space, invisible characters go; a no-break space the
    author meant stays (see :func:`_meant`).

    >>> clean_spaces("В  Астане\\u00a0 открыли\\tшколу на 1\\u00a0200 мест\\u00ad.")
    'В Астане открыли школу на 1\\xa0200 мест.'
    >>> clean_spaces("Н.\\u00a0А.\\u00a0Назарбаев и\\u00a0делегация")
    'Н.\\xa0А.\\xa0Назарбаев и делегация'
    >>> clean_spaces("в 17\\u00a0областях, 2026\\u00a0года")
    'в 17\\xa0областях, 2026\\xa0года'
    """
    line = _INVISIBLE_RE.sub("", line)
    # a page that puts no-break spaces for most spaces (digit groups aside) uses them as spaces
    no_break = len(_LOOSE_NO_BREAK_RE.findall(line)) if _ANY_NO_BREAK_RE.search(line) else 0
    typography = no_break <= 3 or no_break <= line.count(" ")

    def space(match: re.Match[str]) -> str:
        run = match.group()
        meant = len(run) == 1 and run in _NO_BREAK_SPACES
        return run if meant and _meant(line, *match.span(), typography=typography) else " "

    return _SPACES_RE.sub(space, line).strip()
