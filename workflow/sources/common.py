"""Line classifiers shared by the readers: datelines, attributions, rubrics, headlines.

These are the documented heuristics of plain-text input (README, "How a source is
read"); dates are in :mod:`.dates`, spacing in :mod:`.spacing`, page furniture in
:mod:`.clutter`. They are deliberately conservative: a line that is not clearly
a dateline or an attribution stays a paragraph, so no text is ever lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import BlockKind
from .dates import MAX_DATE_LINE, find_date, stamp_kind

_TERMINAL = ".!?…"


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


LIST_MARKERS = ("- ", "• ", "* ", "· ")
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
