"""typography: the language's quotation marks, spaces, and end punctuation.

Quiet where a language simply writes things its own way: Kazakh and Russian take
« » outside and „ “ inside (so a “ that closes a „ is right), English “ ”; the
number formats and no-break spaces of each language are never questioned here
(the export applies them). What is reported is what a reader would see as a slip:
straight or foreign quotation marks (also ' ' and » « used as quotes), a doubled space,
a space before a comma, a doubled full stop, and end punctuation missing or added where
the kind of unit wants it as the source has it.
"""

from __future__ import annotations

import re

from ..model import BlockKind
from . import Check, Severity
from .text import plain

_SPACES = " \u00a0\u202f"
_DOUBLE = re.compile(f"[{_SPACES}]{{2,}}")
_BEFORE = re.compile(f"[{_SPACES}]+([,;:!?)»]|\\.(?![.\\d]))")
_AFTER = re.compile(f"([(«„])[{_SPACES}]+")
_SLIP = re.compile(f"[{_SPACES}][{_SPACES},;:!?)».]|[(«„][{_SPACES}]")
"""What every match of ``_DOUBLE``, ``_BEFORE`` and ``_AFTER`` starts with: one search
for it instead of three, as most translations have none."""
_CLOSERS = "\"'»“”„’)]*_ " + "\u00a0\u202f"
_ENDS = {".": ".", "?": "?", "!": "!", ":": ":", ";": ";", "…": "…"}
_HEADLINES = frozenset({BlockKind.TITLE, BlockKind.RUBRIC, BlockKind.DATELINE, BlockKind.HEADING})
_ABBREVIATED = re.compile(
    r"(?:\b(?:г|гг|ж|жж|т\.б|т\.д|т\.п|млн|млрд|трлн|тыс|долл|руб|чел|см|им|обл|р-н)\.)$", re.I
)
"""A final abbreviation: its dot is not the end punctuation of a headline."""
_SINGLE = re.compile(r"(?:^|(?<=[\s(]))'(?=\w)[^'\n]*\w'(?=[\s.,;:!?)]|$)")
"""Straight single quotes around words ('Лучший Дом дружбы'), not an apostrophe inside a
word (О'Брайен, Qazaqstan'da)."""
_TYPED_PAIR = re.compile(r"(?:''|,,)(?=\w)[^'\n]*\w''")
"""Quotation marks typed as two commas or two apostrophes around words (not ``55''``)."""
_CURLY_SINGLE = re.compile(r"(?:^|(?<=[\s(]))‘(?=\w)[^‘’\n]*\w’(?![\w])")
"""English single quotation marks around words (‘Лучший Дом дружбы’), not an apostrophe."""
_REVERSED = re.compile(r"(?:^|(?<=[\s(]))»(?=\w)")
"""» opening a quotation: the German way round (»Единство«)."""
_DOUBLED_STOP = re.compile(r"(?<![.…])\.\.(?![.…])")
"""Two full stops, which is neither one nor an ellipsis."""


def test(subject, context):
    text = plain(subject.translation)
    source = plain(subject.source)
    if subject.lang in ("kk", "ru"):
        yield from _cyrillic_quotes(text)
        if "„" in text and "«" not in text and "»" not in text and _outer(source):
            yield "„…“ as the outer quotation marks: write «…» (and „…“ inside)"
    elif "«" in text or "»" in text:
        yield "« » in English: write “ ”"
    elif "„" in text or "‹" in text or ",," in text:
        yield "„…“, ‹…› or ,,…'' in English: write “ ”"
    slips = _SLIP.search(text) is not None
    if slips and _DOUBLE.search(text) and not _DOUBLE.search(source):
        yield "a double space"
    if text != text.strip() and source == source.strip():
        yield "a space at the start or end of the translation"
    spaced = text.replace(",,", "„") if slips and ",," in text else text  # a quote, reported
    for pattern, where in ((_BEFORE, "before"), (_AFTER, "after")):
        m = pattern.search(spaced) if slips else None
        if m and not pattern.search(source):
            yield f"a space {where} “{m.group(1)}”"
    if ".." in text and _DOUBLED_STOP.search(text) and not _DOUBLED_STOP.search(source):
        yield "two full stops: write one (or an ellipsis …)"
    yield from _end(source, text, subject.kind, subject.lang)


def _outer(source: str) -> bool:
    """Whether the source quotes with double marks or guillemets and nothing inside them (a
    sentence in the middle of a longer quotation quotes with single ones: ‘…’, or „…“)."""
    return ("“" in source or '"' in source or "«" in source) and not (
        "‘" in source or "„" in source
    )


def _cyrillic_quotes(text: str):
    if "''" in text and _TYPED_PAIR.search(text):
        yield "quotation marks typed as ,,…'' or ''…'': write «…» (and „…“ inside)"
    elif "'" in text and _SINGLE.search(text):
        yield "straight quotation marks '…': write «…» (and „…“ inside)"
    if "‘" in text and _CURLY_SINGLE.search(text):
        yield "English single quotation marks ‘…’: write «…» (and „…“ inside)"
    if "‹" in text or "›" in text:
        yield "single guillemets ‹…›: write «…» (and „…“ inside)"
    if "»" in text and _REVERSED.search(text):
        yield "»…« the wrong way round: write «…»"
    if '"' not in text and "“" not in text and "”" not in text:
        return
    if '"' in text:
        yield 'straight quotation marks "…": write «…» (and „…“ inside)'
    inner = 0
    for c in text:
        if c == "„":
            inner += 1
        elif c == "“" and inner:
            inner -= 1
        elif c in "“”":
            yield "English quotation marks “…”: write «…» (and „…“ inside)"
            return


def _end(source: str, text: str, kind: BlockKind, lang: str):
    had, has = _end_mark(source), _end_mark(text)
    if kind is BlockKind.LIST_ITEM:  # houses end list items with ";", "." or nothing
        return
    if kind in _HEADLINES:
        if has == "." and not had and not _abbreviated(text.rstrip(_CLOSERS + ".") + ".", lang):
            yield "a full stop the source's headline does not have"
        elif has in ("!", "?") and not had:
            yield f"“{has}” at the end, where the source's headline has none"
        elif had == "?" and not has:
            yield "no “?” at the end: the source's headline asks a question"
    elif had and not has:
        yield f"no end punctuation: the source ends with “{had}”"
    elif has and not had:
        yield f"“{has}” at the end, where the source has no end punctuation"
    asked = had == "?" and has == "." and _QUOTED_QUESTION.search(text)  # «Кто?» — спросил он.
    if has and had in ("?", ":") and has != had and not asked:  # a question told, a list
        yield f"“{has}” at the end, where the source ends with “{had}”"


_QUOTED_QUESTION = re.compile(r"\?[»“\"]\s*[—–-]\s*[^?»“\"]*$")
"""A question quoted, then a dash and the words that say who asked: the end of the text."""


def _abbreviated(text: str, lang: str) -> bool:
    """Whether a text ends with an abbreviation, whose dot is no end punctuation: those
    above, or one the sentence splitter knows (``и т. д.``, ``и др.``, ``XXI в.``)."""
    if _ABBREVIATED.search(text):
        return True
    last = _LAST_ABBREVIATION.search(text)
    if last is None:
        return False
    from ..abbreviations import ABBREVIATIONS, Kind  # a headline's final dot is rare

    known = ABBREVIATIONS.get(lang, {})
    chain = last.group()[:-1].replace(" ", "").lower()  # "т.д"; "каз.яз" of two
    before = text[: last.start()].split()[-1:]  # "и пр.": the word before counts too
    kind = known.get(chain) or known.get(chain.rpartition(".")[2])
    if before and f"{before[0].lower()}.{chain}" in known:
        kind = known[f"{before[0].lower()}.{chain}"]
    return kind is not None and kind is not Kind.NEVER  # "рук." is no abbreviation there


_LAST_ABBREVIATION = re.compile(r"(?:\w+\.\s?)*\w+\.$")
"""The last abbreviation of a text, with its dotted parts (``т. д.``)."""


def _end_mark(text: str) -> str:
    end = text.rstrip(_CLOSERS)
    if end.endswith("..."):
        return "…"
    if end.endswith(("?!", "!?")):
        return "?"
    return _ENDS.get(end[-1:], "")


CHECK = Check(
    "typography",
    Severity.WARNING,
    "the language's quotation marks, no doubled or stray spaces, end punctuation as in the source",
    test,
)
