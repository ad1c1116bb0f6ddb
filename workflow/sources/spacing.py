"""White space as web pages and Word leave it: lines split whatever ends them, runs of
spaces made one, the no-break spaces an author meant kept."""

from __future__ import annotations

import re

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
    also where Russian and Kazakh typography binds: between a number
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
