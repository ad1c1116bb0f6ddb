"""Line classifiers shared by the readers: dates, clutter, attributions, datelines.

These are the documented heuristics of plain-text input (README, "How plain text
is read"). They are deliberately conservative: a line that is not clearly
clutter or an attribution stays a paragraph, so no text is ever lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..locales import month_names
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


_DAY_MONTH_YEAR = re.compile(
    r"(?P<d>\d{1,2})\s+(?P<m>[^\W\d_]+\.?),?\s*(?:(?P<y>\d{4})(?:\s*(?:года|г\.|жылы|ж\.))?)?"
)
_MONTH_DAY_YEAR = re.compile(r"(?P<m>[^\W\d_]+\.?)\s+(?P<d>\d{1,2}),?(?:\s+(?P<y>\d{4}))?")
_YEAR_DAY_MONTH = re.compile(r"(?P<y>\d{4})\s*(?:жылғы|ж\.)?\s+(?P<d>\d{1,2})\s+(?P<m>[^\W\d_]+)")
_NUMERIC = re.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")


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


_TIME_RE = re.compile(r"(?:\d{1,2}[:.]\d{2})?")


def is_date_line(line: str) -> bool:
    """A line that is nothing but a date (and maybe a time): site clutter.

    >>> is_date_line("12 Апреля, 2024"), is_date_line("26.11.2026 14:30")
    (True, True)
    >>> is_date_line("Вена, 3 марта 2024 года – Делегация прибыла.")
    False
    """
    line = line.strip()
    found = find_date(line, default_year=2000)
    if not found:
        return False
    _, match = found
    rest = (line[: match.start()] + line[match.end() :]).strip(" ,|·•-–—")
    return _TIME_RE.fullmatch(rest) is not None


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
    return bool(line) and any(c.isdigit() for c in line) and _COUNT_RE.fullmatch(line) is not None


def is_clutter(line: str) -> bool:
    return is_date_line(line) or is_count_line(line)


def normalized(text: str) -> str:
    """Text compared for duplicates: case and spacing folded."""
    return " ".join(text.split()).casefold()


def is_attribution(line: str) -> bool:
    """``Name, Position:`` on its own line, introducing a quote.

    A line ending with a colon, at most 25 words and 200 characters, that names a
    position after a comma, or is a short name (at most four capitalised words).

    >>> is_attribution("Erlan Sadykov, Deputy Chairman of the APK:")
    True
    >>> is_attribution("Айгерим Сейтова:"), is_attribution("The minister said the following:")
    (True, False)
    """
    line = line.strip()
    if not line.endswith(":") or len(line) > 200 or line[0] in "—–-":
        return False
    body = line[:-1].strip()
    words = body.split()
    if not words or len(words) > 25 or body[-1] in _TERMINAL:
        return False
    if "," in body:
        return body.split(",", 1)[0].strip()[:1].isupper()
    return len(words) <= 4 and all(w[:1].isupper() for w in words)


QUOTE_DASHES = "—–―"

_DATELINE_RE = re.compile(
    r"(?P<dateline>[^\n]{2,80}?)(?:\s+(?:[–—―]|--?)\s*|[–—―]\s+)(?P<rest>\S.*)", re.DOTALL
)


def split_dateline(paragraph: str) -> tuple[str, str] | None:
    """Split ``PLACE[, date] – text`` into the dateline and the rest of the paragraph.

    >>> split_dateline("ASTANA – The Deputy Chairman met the delegation.")
    ('ASTANA', 'The Deputy Chairman met the delegation.')
    >>> split_dateline("Вена, 3 марта 2024 года – Делегация прибыла.")
    ('Вена, 3 марта 2024 года', 'Делегация прибыла.')
    >>> split_dateline("NUR-SULTAN, 5 May –The talks began.")
    ('NUR-SULTAN, 5 May', 'The talks began.')
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
    if not words or len(words) > 8 or any(c in dateline for c in '!?:;«»"“”'):
        return None
    place = dateline.split(",", 1)[0].strip()
    place_words = place.split()
    if not place_words or len(place_words) > 3:
        return None
    letters = [c for c in place if c.isalpha()]
    shouting = len(letters) >= 3 and all(c.isupper() for c in letters)
    capitalised = all(w[:1].isupper() for w in place_words)
    has_date = find_date(dateline, default_year=2000) is not None
    rest = match.group("rest").strip()
    # a lone capitalised word is a place only when a sentence starts after the dash
    # ("Astana – The session opened", not "Today – a historic day")
    lone_place = len(place_words) == 1 and "," not in dateline and rest[:1].isupper()
    if shouting or (capitalised and (has_date or lone_place)):
        return dateline, rest
    return None


def place_of(dateline: str) -> str:
    """The place named by a dateline, in title case when it was shouted.

    >>> place_of("NUR-SULTAN, 5 May"), place_of("Вена, 3 марта 2024 года")
    ('Nur-Sultan', 'Вена')
    """
    place = dateline.split(",", 1)[0].strip()
    return place.title() if place.isupper() else place


@dataclass(frozen=True)
class Dateline:
    """The dateline that opens a release's first paragraph."""

    text: str
    place: str
    date: dt.date | None


def take_dateline(body: list[tuple[BlockKind, str]], year: int) -> Dateline | None:
    """Cut the dateline off the first paragraph of ``body``, if it opens with one.

    ``year`` completes a date without one (``ALMATY, 5 May``). Every reader does
    this the same way; each decides whether the dateline's place and date or its
    own (front matter, a date line above the headline) win.

    >>> body = [(BlockKind.PARAGRAPH, "ALMATY, 5 May – The forum opened.")]
    >>> take_dateline(body, 2026)
    Dateline(text='ALMATY, 5 May', place='Almaty', date=datetime.date(2026, 5, 5))
    >>> body
    [(<BlockKind.PARAGRAPH: 'paragraph'>, 'The forum opened.')]
    """
    if not body or body[0][0] is not BlockKind.PARAGRAPH:
        return None
    split = split_dateline(body[0][1])
    if split is None:
        return None
    text, rest = split
    body[0] = (BlockKind.PARAGRAPH, rest)
    dated = find_date(text, default_year=year)
    return Dateline(text, place_of(text), dated[0] if dated else None)


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
    """A headline: one line, not ending with a full stop or colon, no dateline.

    >>> could_be_title("APK Deputy Chairman: “Unity is our common asset”")
    True
    """
    line = line.strip()
    return bool(line) and len(line) <= 300 and line[-1] not in ".:" and not split_dateline(line)


def ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip("»”\"')]*_").endswith(tuple(_TERMINAL + ":"))
