"""script: letters of the wrong script or code point, and invisible characters.

What a reader cannot see but a search, a spell checker and a screen reader trip
over. In a Kazakh or Russian translation:

- a Latin look-alike in a Cyrillic word (``Aстана`` with a Latin A), or a
  Cyrillic one in a Latin word; a word wholly in Latin (``Johanna``, ``OSCE``,
  ``Expo``) is a name, and the parts of a hyphened word (``IT-мамандар``,
  ``COVID-19-ға``) are judged one by one;
- a Latin letter standing as a word between Cyrillic words (``прошла c участием``,
  ``c 10 по 14``), or opening a Russian sentence (``B Астане``); a Greek letter in a
  Cyrillic word (``οбсудил``);
- in Kazakh, Latin ``i``, ``I``, ``ı``, ``h`` typed for ``і``, ``І``, ``һ``;
- a code point of another language typed for a Kazakh letter (``ə`` for ``ә``);
- in Russian, a Kazakh-only letter in a word (``Қазахстана``, ``в Ақорде``):
  Russian spelling never has one, and an editor may waive a word meant to be
  Kazakh. A title in quotation marks (a contest, a newspaper: «Егемен Қазақстан»)
  is cited as written; a name with an established Russian form in quotation marks
  («Акорда») is the glossary's to enforce. A unit the ``language`` check reads as
  Kazakh is that check's to report, not word by word.

In an English translation: a Cyrillic look-alike in a Latin word (``conferenсe``) or a
word left in Kazakh or Russian (``the аким``), but in quotation marks or brackets (a body's
own name cited); a unit all in Cyrillic is the ``language`` check's.

In every language: invisible characters (format characters such as zero-width
spaces, soft hyphens and bidirectional controls), each kind once. No-break spaces
(U+00A0, U+202F) and the thin space are typography, not invisible.
"""

from __future__ import annotations

import re
import unicodedata

from ..locales import _KAZAKH_ONLY
from . import Check, Severity
from .language import reads_as
from .text import WORD, plain

_RUSSIAN_LETTERS = "А-Яа-яЁё"
_OTHER_LETTER = {
    "kk": re.compile(rf"[^\W\d_{_RUSSIAN_LETTERS}{''.join(sorted(_KAZAKH_ONLY))}]"),
    "ru": re.compile(rf"[^\W\d_{_RUSSIAN_LETTERS}]"),
}
"""A letter outside the language's Cyrillic alphabet: the cheap test before any word."""
_PARTS = re.compile(r"[-'’]")
_TWINS = {"a": "а", "c": "с", "e": "е", "k": "к", "o": "о", "y": "у"}
_TWINS |= {"A": "А", "B": "В", "C": "С", "K": "К", "O": "О", "Y": "У"}
_ALONE = re.compile(
    r"(?:(?<=[^\W\d_a-zA-Z] )|(?<=[^\W\d_a-zA-Z][,;:] )|(?<=[—–] ))[acekoy](?= [^\W_a-zA-Z])"
)
"""A Latin letter standing as a word after a Cyrillic word or a dash, before a Cyrillic
word or a number: the look-alike of a Russian one-letter word (``прошла c участием``,
``c 10 по 14 ноября``: the preposition с)."""
_OPENING = re.compile(r"(?:^|(?<=[.!?…] )|(?<=[.!?…][»”\"] ))[ABCKOY](?= (?:[^\W\d_a-zA-Z]|\d))")
"""In Russian, a Latin capital opening a sentence before a word or a number: ``B Астане``,
``C 1 января`` (in Kazakh a group or a class may be ``B тобы``)."""
_TYPED_LATIN = {
    "PK": "РК", "OOH": "ООН", "AHK": "АНК", "AO": "АО", "TOO": "ТОО", "OAO": "ОАО",
    "BKO": "ВКО", "CKO": "СКО", "HAO": "НАО", "KHP": "КНР",
}  # fmt: skip
"""Russian acronyms that an English layout types in Latin look-alikes (the Republic of
Kazakhstan, the UN, the Assembly, companies and partnerships, the East and North
Kazakhstan regions, China)."""
_ACRONYMS = frozenset(_TYPED_LATIN.values())
_TO_CYRILLIC = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")


def _as_cyrillic(word: str) -> str:
    """A word in capitals with its Latin look-alikes read as the Cyrillic letters."""
    return word.translate(_TO_CYRILLIC)


_GREEK = re.compile("[\u0370-\u03ff]")
"""Greek letters, whose ``ο α ε ρ`` a Greek layout gives for Cyrillic ones."""
_QUOTED = re.compile(r"«[^«»]*»|„[^„“]*“")
"""A quoted title: in Russian, a Kazakh name in quotation marks is cited as it is written."""

WRONG = {
    "ə": ("schwa", "ә"),
    "Ə": ("schwa", "Ә"),
    "ɵ": ("barred o", "ө"),
    "Ɵ": ("barred o", "Ө"),
    "ӊ": ("en with tail", "ң"),
    "Ӊ": ("en with tail", "Ң"),
    "ҥ": ("en-ghe", "ң"),
    "Ҥ": ("en-ghe", "Ң"),
    "ҡ": ("Bashkir qa", "қ"),
    "Ҡ": ("Bashkir qa", "Қ"),
    "ӈ": ("en with hook", "ң"),
    "Ӈ": ("en with hook", "Ң"),
    "ѳ": ("fita", "ө"),
    "Ѳ": ("fita", "Ө"),
    "ҳ": ("ha with descender", "һ"),
    "Ҳ": ("ha with descender", "Һ"),
}
"""Code points typed for Kazakh letters, with the letter meant.

The ones that turn up in files typed with another layout or font: the Latin schwa
(Azerbaijani layouts, and fonts without Cyrillic ``ә``); the Latin barred o, the
same glyph as ``ө``, and the old fita ``ѳ``, which some fonts draw alike; the Khanty ``ӊ``,
the ``ӈ`` with a hook and the Altai/Mari ``ҥ``, which some fonts and layouts give for
``ң``; the Tajik ``ҳ`` for ``һ``; the Bashkir ``ҡ`` of the Bashkir layout (Tatar shares
Kazakh's code points, so its layout gives the right ones). Left out, as no layout
in use here gives them: ``ӷ`` for ``ғ`` and the palochka ``ӏ``, which has no dot,
for ``і``. Latin ``y`` for ``у`` or ``ү`` and Latin ``h`` for ``һ`` are look-alikes.
"""
KAZAKH_LATIN = {"i": "і", "I": "І", "ı": "і", "İ": "І", "h": "һ"}
"""Latin letters typed in a Kazakh word for the Kazakh letter they look like."""

_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
"""The format (Cf) characters of Unicode 15: zero-width spaces and joiners, the
word joiner, U+FEFF, the soft hyphen, bidirectional marks and controls, U+180E…"""


def _is_cyrillic(c: str) -> bool:
    return "\u0400" <= c <= "\u052f"


def _is_latin(c: str) -> bool:
    return c.isascii() or ("\u00c0" <= c <= "\u02af" and c not in "×÷") or "\u1e00" <= c <= "\u1eff"


def _code(c: str) -> str:
    return f"U+{ord(c):04X}"


def _quoted(letters) -> str:
    return ", ".join(f"“{c}”" for c in dict.fromkeys(letters))


def invisible(text: str):
    """One message per kind of invisible character in a text.

    >>> list(invisible("Астана\\u200b қаласы\\u00a0— елорда"))
    ['an invisible character (U+200B ZERO WIDTH SPACE) in the translation']
    """
    for c in dict.fromkeys(_INVISIBLE.findall(text)):
        name = unicodedata.name(c, "")
        yield f"an invisible character ({_code(c)}{' ' + name if name else ''}) in the translation"


def _wrong(part: str, word: str):
    """Code points of :data:`WRONG` in a part of a word (a Latin one only beside Cyrillic)."""
    cyrillic = any(_is_cyrillic(c) and c not in WRONG for c in part)
    for c in dict.fromkeys(c for c in part if c in WRONG):
        if cyrillic or _is_cyrillic(c):
            name, right = WRONG[c]
            yield f"“{c}” ({_code(c)}, {name}) in “{word}”: write “{right}” ({_code(right)})"


def _mixed(part: str, word: str, lang: str):
    """Letters of one script in a part of a word written in the other (or Greek ones)."""
    if _GREEK.search(part) and any(_is_cyrillic(c) for c in part):
        yield f"Greek {_quoted(_GREEK.findall(part))} in the Cyrillic word “{word}”"
    latin = [c for c in part if c.isalpha() and _is_latin(c) and c not in WRONG]
    if not latin:
        return
    cyrillic = [c for c in part if _is_cyrillic(c)]
    if not cyrillic:
        return
    if len(latin) > len(cyrillic) and _as_cyrillic(part) not in _ACRONYMS:  # AНK is АНК
        yield f"Cyrillic {_quoted(cyrillic)} in the Latin word “{word}”"
        return
    kazakh = [c for c in latin if c in KAZAKH_LATIN] if lang == "kk" else []
    for c in dict.fromkeys(kazakh):
        right = KAZAKH_LATIN[c]
        yield f"Latin “{c}” in the Kazakh word “{word}”: write “{right}” ({_code(right)})"
    others = [c for c in latin if c not in kazakh]
    if others:
        yield f"Latin {_quoted(others)} in the Cyrillic word “{word}”"


def _kazakh_letters(word: str) -> str | None:
    """The Kazakh-only letters of a word in a Russian text, as a message."""
    letters = [c for c in word if c in _KAZAKH_ONLY]
    if not letters:
        return None
    kind = "letters" if len(set(letters)) > 1 else "letter"
    return f"Kazakh {kind} {_quoted(letters)} in the Russian word “{word}”"


def letters(text: str, lang: str, source: str = ""):
    """One message per wrong letter in the words of a Kazakh or Russian plain text.

    >>> list(letters("Aстана — ЕҚЫҰ-ның IT-мамандар", "kk"))
    ['Latin “A” in the Cyrillic word “Aстана”']
    """
    other = _OTHER_LETTER[lang]
    if not other.search(text):
        return
    found: dict[str, None] = {}
    kazakh: dict[str, None] = {}
    quoted = (
        [m.span() for m in _QUOTED.finditer(text)]
        if lang == "ru" and ("«" in text or "„" in text)
        else []
    )
    for m in WORD.finditer(text):
        word = m.group()
        if word.isascii():
            if lang == "ru" and word in _TYPED_LATIN and word not in source:
                found[f"“{word}” in Latin letters: write “{_TYPED_LATIN[word]}” in Cyrillic"] = None
            continue
        if not other.search(word):
            continue
        for part in _PARTS.split(word):
            found.update(dict.fromkeys(_wrong(part, word)))
            found.update(dict.fromkeys(_mixed(part, word, lang)))
        message = _kazakh_letters(word) if lang == "ru" else None
        if message and not any(a < m.start() < b for a, b in quoted):
            kazakh[message] = None
    alone = [*_ALONE.finditer(text), *(_OPENING.finditer(text) if lang == "ru" else ())]
    for m in alone:
        letter = m.group()
        found[f"Latin “{letter}” standing for the Cyrillic word “{_TWINS[letter]}”"] = None
    yield from found
    if kazakh and reads_as(text, "ru") != "Kazakh":
        yield from kazakh


def test(subject, context):
    yield from invisible(subject.translation)
    if subject.lang in _OTHER_LETTER:
        yield from letters(plain(subject.translation), subject.lang, subject.source)
    elif subject.lang == "en" and _CYRILLIC_LETTER.search(subject.translation):
        yield from english_letters(plain(subject.translation))


def english_letters(text: str):
    """Cyrillic in an English text: a look-alike in a Latin word (``conferenсe``), or a word
    left in Kazakh or Russian (``the аким``); a word cited in quotation marks or brackets
    (the original name of a body) is fine.

    >>> for message in english_letters("The conferenсe of the region's аким (әкімдік) opened."):
    ...     print(message)
    Cyrillic “с” in the Latin word “conferenсe”
    the Cyrillic word “аким” in the English translation
    """
    if not _LATIN_WORD.search(text):
        return  # a unit all in Cyrillic (Ақорда) is the language check's to read
    cited = [m.span() for m in _CITED.finditer(text)]
    found: dict[str, None] = {}
    for m in WORD.finditer(text):
        word = m.group()
        cyrillic = [c for c in word if _is_cyrillic(c)]
        if not cyrillic:
            continue
        if any(c.isalpha() and _is_latin(c) for c in word):
            found[f"Cyrillic {_quoted(cyrillic)} in the Latin word “{word}”"] = None
        elif not any(a <= m.start() < b for a, b in cited):
            found[f"the Cyrillic word “{word}” in the English translation"] = None
    yield from found


_CYRILLIC_LETTER = re.compile("[\u0400-\u052f]")
_LATIN_WORD = re.compile("[A-Za-z]{2,}")
_CITED = re.compile(r"«[^«»]*»|“[^“”]*”|\([^()]*\)|\"[^\"]*\"")
"""What an English text may hold in another script: a name cited in quotes or brackets."""


CHECK = Check(
    "script",
    Severity.ERROR,
    "wrong-script letters (Latin in Cyrillic words, Cyrillic in English), wrong Kazakh code "
    "points, Kazakh letters in Russian, invisible marks",
    test,
)
