"""Each language's typography, applied to a translated paragraph when it is exported.

Whatever the translator typed, the exported paragraph gets its language's quotation
marks (« » outside and „ “ inside in Kazakh and Russian, “ ” and ‘ ’ in English) and
a no-break space (U+00A0) wherever a line must not break: after an initial, between
digit groups, between a number and its unit, its year word or its month, after ``№``
and before a spaced dash in running text. Nothing else changes: newlines, U+202F,
double spaces and every other character stay as typed, and URLs and e-mail addresses
are never touched.

Every change is one character for one character (``"`` → ``«``, a space → U+00A0), so
a paragraph split into runs (bold, italics, links) is typeset as one text and cut back
at the same offsets: :func:`typeset_runs`. Every pattern reads its text one way only
(no nested quantifiers, a lookbehind before every open-ended run), so a hostile
paragraph takes linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache

from ..locales import NBSP, month_names, quote_marks

# -- what each language binds to a number ---------------------------------------

UNITS = {
    "en": ("%", "‰", "₸", "$", "€", "km", "kg", "m", "ha", "thousand", "million", "billion",
           "trillion", "tenge", "people", "participants"),
    "kk": ("%", "‰", "₸", "$", "€", "км", "кг", "м", "га", "т", "мың", "млн", "млрд", "трлн",
           "теңге", "тенге", "адам", "қатысушы"),
    "ru": ("%", "‰", "₸", "$", "€", "км", "кг", "м", "га", "т", "тыс.", "млн", "млрд", "трлн",
           "тенге", "человек", "участников"),
}  # fmt: skip
"""What a number counts or measures, bound to it: ``25 %``, ``14 000 теңге``, ``5 km``."""

YEAR_WORDS = {
    "en": (),
    "kk": ("жылғы", "жылы", "жыл", "ж.", "жж."),
    "ru": ("года", "году", "год", "годы", "г.", "гг."),
}
"""Words bound to a four-digit year before them: ``2026 года``, ``2026 жылғы``."""

_INNER_MARKS = {"en": ("‘", "’"), "kk": ("„", "“"), "ru": ("„", "“")}
APOSTROPHE = "’"
"""The English apostrophe, whatever was typed (``don't`` → ``don’t``)."""

# -- patterns ---------------------------------------------------------------------

_LETTER = r"[^\W\d_]"
_CAPITALS = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ"
_QUOTES = "\"'“”„«»‘’"
_SINGLES = "'‘’"
_OPENS_AFTER = "([{—–‐‑-"
"""Besides white space and an opening quote, what a quotation mark opens after."""

_QUOTE_RE = re.compile(f"[{_QUOTES}]")
_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.|mailto:)\S+|(?<![\w.+'-])[\w.+'-]+@[\w-][\w.-]*", re.IGNORECASE
)
"""A URL or an e-mail address, up to the next white space (the lookbehind starts an
address only at the start of a word, so a long word is read once)."""
_ADDRESS_END = ".,;:!?…)]}" + _QUOTES
"""What ends a sentence around an address rather than the address itself."""
_ELISION_RE = re.compile(r"\d\d(?!\d)")
"""Two digits after an apostrophe that stands for a century: ``'90s``."""

_INITIAL_RE = re.compile(rf"(?<!{_LETTER})[{_CAPITALS}]\.( )(?=[{_CAPITALS}])")
_NUMBER_SIGN_RE = re.compile(r"№( )(?=\S)")
_DASH_RE = re.compile(r"(?<=\S)( )(?=[—–](?:\s|$))")
_GROUP_LEAD_RE = re.compile(r"(?<![\w.,])\d{1,3}(?= \d{3}(?!\d))")
"""The first group of a number written in groups: ``1`` of ``1 234 567``."""
_GROUP_RE = re.compile(r" \d{3}(?!\d)")


def _words(words: Iterable[str], *, endings: bool) -> str:
    """An alternation of words, longest first, each ending a word unless it ends in a
    symbol or (with ``endings``, for Kazakh) is a full word that may take a case ending."""

    def one(word: str) -> str:
        if not word[-1].isalpha() or (endings and len(word) > 2 and word.isalpha()):
            return re.escape(word)
        return re.escape(word) + f"(?!{_LETTER})"

    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))


def _after_number(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<=\d)( )(?:{_words(UNITS[lang], endings=lang == 'kk')})")


def _after_year(lang: str) -> re.Pattern[str] | None:
    if not YEAR_WORDS[lang]:
        return None
    return re.compile(rf"(?<!\d)\d{{4}}( )(?:{_words(YEAR_WORDS[lang], endings=lang == 'kk')})")


_UNIT_RES = {lang: _after_number(lang) for lang in UNITS}
_YEAR_RES = {lang: _after_year(lang) for lang in YEAR_WORDS}


def _abbreviations(names: dict[str, int]) -> set[str]:
    """The names that cut another name of the same month short: ``нояб``, ``қар``."""
    return {
        n for n in names if any(o != n and o.startswith(n) and names[o] == names[n] for o in names)
    }


@cache
def _month_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Day before month (``26 ноября``) and, in English, month before day (``May 1``).

    Built on first use: the month names come from CLDR (Babel). A full Kazakh name may
    take a case ending (``қарашада``); an abbreviation is a whole word (``қар``, snow, is
    no month in ``5 қарлы``).
    """
    names = month_names(lang)
    short = _abbreviations(names)
    if lang == "kk":
        full = _words(names.keys() - short, endings=True)
        month = f"(?:(?:{full}){_LETTER}*|{_words(short, endings=False)})"
    else:
        month = f"(?:{_words(names, endings=False)})"
    day_month = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})(?P<space> )(?P<month>{month})", re.I)
    if lang != "en":
        return day_month, None
    month_day = rf"(?<!{_LETTER})(?P<month>{month})\.?(?P<space> )(?P<day>\d{{1,2}})(?!\d|[.,]\d)"
    return day_month, re.compile(month_day, re.I)


# -- the API --------------------------------------------------------------------


def typeset(text: str, lang: str) -> str:
    r"""One plain-text paragraph with the typography of ``lang`` (``en``, ``kk``, ``ru``).

    >>> typeset('Төраға: "Біз "Бірлік" жобасын қолдаймыз".', "kk")
    'Төраға: «Біз „Бірлік“ жобасын қолдаймыз».'
    >>> typeset('On 26 November the People\'s Assembly said "yes".', "en")
    'On 26\xa0November the People’s Assembly said “yes”.'
    >>> typeset("26 ноября 2026 года собрались 1 200 человек", "ru")
    '26\xa0ноября 2026\xa0года собрались 1\xa0200\xa0человек'
    """
    return typeset_runs([text], lang)[0]


def typeset_runs(texts: Sequence[str], lang: str) -> list[str]:
    """The pieces (runs) of one paragraph typeset together, each change kept in its piece.

    The paragraph is read whole (a quote may open in one run and close in the next);
    every change is one character for one, so each piece keeps its length.

    >>> typeset_runs(['He said "', "unity", '" twice'], "en")
    ['He said “', 'unity', '” twice']
    >>> typeset_runs(["14 000", " теңге"], "kk")
    ['14\\xa0000', '\\xa0теңге']
    """
    lang = lang.split("-")[0]  # kk-Latn reads as kk
    if lang not in UNITS:
        raise ValueError(f"no typography for language {lang!r}")
    text = "".join(texts)
    chars = list(text)
    for at, mark in _quotation_marks(text, lang):
        chars[at] = mark
    for at in _no_break_spaces(text, lang):
        chars[at] = NBSP
    return _cut("".join(chars), texts)


def _cut(text: str, pieces: Sequence[str]) -> list[str]:
    """``text`` cut where the pieces it was joined from meet."""
    out, start = [], 0
    for piece in pieces:
        out.append(text[start : start + len(piece)])
        start += len(piece)
    return out


# -- quotation marks --------------------------------------------------------------


class _Nesting:
    """The quotations open at a point of a paragraph, the innermost last."""

    def __init__(self, lang: str) -> None:
        self.levels = (quote_marks(lang), _INNER_MARKS[lang])
        self.open_quotes: list[bool] = []
        """For each open quotation: whether its mark was typed as a single quote."""
        self.doubles = 0

    def marks(self, depth: int) -> tuple[str, str]:
        """Outer marks at odd depths, inner marks at even ones."""
        return self.levels[(depth - 1) % 2]

    def would_close(self, single: bool) -> bool:
        """Whether a mark of this kind, standing alone between spaces, closes a quotation."""
        return bool(self.open_quotes) and (not single or self.open_quotes[-1])

    def open(self, single: bool) -> str:
        self.open_quotes.append(single)
        self.doubles += not single
        return self.marks(len(self.open_quotes))[0]

    def close(self, single: bool) -> str | None:
        """The closing mark; None for a single quote that closes nothing (an apostrophe).

        A double quote closes the innermost quotation typed with double quotes, and any
        single ones left open inside it; else the innermost quotation, or none (a stray
        closing mark, written at the outer level).
        """
        stack = self.open_quotes
        if single:
            if not stack or not stack[-1]:
                return None
            depth = len(stack)
            stack.pop()
            return self.marks(depth)[1]
        if self.doubles:
            while stack.pop():  # single quotes left open inside
                pass
            self.doubles -= 1
            return self.marks(len(stack) + 1)[1]
        depth = max(len(stack), 1)
        if stack:
            stack.pop()
        return self.marks(depth)[1]


def _quotation_marks(text: str, lang: str) -> Iterator[tuple[int, str]]:
    """Where a quotation mark or apostrophe is not the one the language writes, and
    the one it writes there."""
    english = lang == "en"
    inside_address = _addresses(text)
    nesting = _Nesting(lang)
    last_opening = -2
    for m in _QUOTE_RE.finditer(text):
        at, typed = m.start(), m.group()
        if inside_address(at):
            continue
        single = typed in _SINGLES
        if single and _is_apostrophe(text, at, english):
            mark: str | None = APOSTROPHE if english else typed
        else:
            opens = _opens(text, at, after_opening=last_opening == at - 1)
            if opens is None:
                opens = not nesting.would_close(single)
            if opens:
                mark, last_opening = nesting.open(single), at
            else:
                mark = nesting.close(single) or (APOSTROPHE if english else typed)
        if mark != typed:
            yield at, mark


def _is_apostrophe(text: str, at: int, english: bool) -> bool:
    """A single quote between a letter or digit and a letter (``don't``, ``1990's``), or,
    in English, one for a century's digits (``'90s``)."""
    before = text[at - 1] if at else ""
    after = text[at + 1 : at + 2]
    if before.isalnum() and after.isalpha():
        return True
    return english and not before.isalnum() and _ELISION_RE.match(text, at + 1) is not None


def _opens(text: str, at: int, *, after_opening: bool) -> bool | None:
    """Whether the quotation mark at ``at`` opens a quotation, by what stands around it:
    it opens after the start, white space, an opening bracket, a dash or an opening mark,
    and closes after anything else (``after_opening``: the character before is a mark
    just made an opening one). None: it stands alone between spaces."""
    before = text[at - 1] if at else ""
    if not (after_opening or before == "" or before.isspace() or before in _OPENS_AFTER):
        return False
    after = text[at + 1 : at + 2]
    return None if after == "" or after.isspace() else True


def _addresses(text: str) -> Callable[[int], bool]:
    """A test of whether an offset of ``text`` is inside a URL or an e-mail address."""
    starts, ends = [], []
    for m in _ADDRESS_RE.finditer(text):
        address = m.group().rstrip(_ADDRESS_END).lstrip(".'")
        if address:
            starts.append(m.start() + m.group().index(address))
            ends.append(starts[-1] + len(address))

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < ends[k]

    return inside


# -- no-break spaces ----------------------------------------------------------------


def _no_break_spaces(text: str, lang: str) -> Iterator[int]:
    """The offsets of the spaces (U+0020, one alone) where a line must not break."""
    patterns = (_INITIAL_RE, _NUMBER_SIGN_RE, _DASH_RE, _UNIT_RES[lang], _YEAR_RES[lang])
    for pattern in patterns:
        if pattern is not None:
            yield from (m.start(1) for m in pattern.finditer(text))
    yield from _digit_group_spaces(text)
    yield from _date_spaces(text, lang)


def _digit_group_spaces(text: str) -> Iterator[int]:
    """The spaces between the groups of a number: ``1 234 567``, ``14 000-нан``; not in
    ``2026 100`` (a group follows a lead of one to three digits)."""
    pos = 0
    while (lead := _GROUP_LEAD_RE.search(text, pos)) is not None:
        pos = lead.end()
        while (group := _GROUP_RE.match(text, pos)) is not None:
            yield pos
            pos = group.end()


def _date_spaces(text: str, lang: str) -> Iterator[int]:
    """The space between a day and its month (``26 қарашада``, ``1 May``, ``May 1``).

    In English a month is capitalised: ``18 may apply`` is no date.
    """
    for pattern in _month_res(lang):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if 1 <= int(m["day"]) <= 31 and (lang != "en" or m["month"][0].isupper()):
                yield m.start("space")
