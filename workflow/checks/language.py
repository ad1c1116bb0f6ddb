"""language: a unit translated into another of the office's languages than the target.

The whole-file check (:func:`workflow.locales.wrong_script`) needs 40 letters, so a
short Russian sentence in a Kazakh file passes it; this check reads each unit. It
weighs letters and common words: Kazakh-only letters (``ә ғ қ ң ө ұ ү һ і``) and
Kazakh words (``және``, ``мен``, ``бойынша``), Russian function words and endings
(``в``, ``для``, ``которые``, ``-ого``), English function words (``the``, ``of``),
and the letters of the 2021 Kazakh Latin alphabet (``ä ğ ñ ö ū ü ş ı``).

Only a clear verdict is reported: at least three words of the script and a margin
of evidence. A Kazakh unit reads as Russian only with no Kazakh letter and no
Kazakh word at all (two Russian words in a short unit, one in five words or more, or
four Cyrillic words of which two are in lower case and one Russian: a list of names is
no sentence);
a Russian unit reads as Kazakh with Kazakh letters in two words and at least three
Kazakh words, more than twice the Russian ones. A name, an acronym, a headline of
two words say nothing. Words in quotation marks (a quoted title)
are left out when three words remain without them. A copied source is the
``untranslated`` check's; Kazakh letters in a few words of a Russian unit are the
``script`` check's (it stays quiet on a unit this check reads as Kazakh); a
Kazakh unit in the Latin script is reported here, once, for the whole unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from ..locales import _KAZAKH_ONLY, english_name
from . import Check, Severity
from .text import WORD, plain, without_addresses, words_only


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_RUSSIAN = _set(
    "и в во на с со по что чтобы для не о об от к ко из за при это этот эта эти этого "
    "этой также года году лет был была было были будет будут который которая которое "
    "которые которых которым которой его её ее их а как до после или но уже ещё еще так "
    "только более менее между через под над перед все всех всего всё свой своей своих "
    "она они мы наш наша наши нашей наших где когда если ли бы есть нет может могут "
    "республики казахстан казахстана казахстане казахстаном народа государства глава "
    "главы председатель председателя заместитель ассамблеи прошла прошёл состоялась "
    "состоялся встреча встречи рамках числе области сфере вопросы вопросов ходе города "
    "района дома домов дружбы"
)
"""Russian function and common press words, none of them Kazakh (``он`` is ten in Kazakh)."""
_RUSSIAN_ENDINGS = (
    "ого", "его", "ому", "ему", "ыми", "ими", "ых", "ий", "ый", "ая", "ое", "ые", "ие",
    "ться", "тся", "ость", "ости", "ение", "ения", "ении", "ание", "ания", "ании", "ства",
    "или", "али", "ыли", "ели", "яли",
)  # fmt: skip
"""Russian endings no Kazakh word of five letters or more has (read only on such words)."""
_KAZAKH = _set(
    "және мен бен пен бұл осы сол үшін деп деген бойынша жылы жылғы арқылы туралы "
    "сондай-ақ болып болды болады болатын ол олар оның олардың біз біздің да де еді тиіс "
    "керек жөнінде жөніндегі ретінде кезінде барысында аясында бірге дейін кейін бастап "
    "арасында арасындағы астам шамамен ал бірақ немесе яғни тағы әр әрбір барлық мемлекет "
    "басшысы қаласы облысы"
)
"""Kazakh function and common press words (``та``, ``те`` are Russian words too: not here)."""
_KAZAKH_SUFFIXES = _set(
    "ден дан тен тан нен нан ге ке ға қа да де та те ы і сы сі шы ші ншы нші ның нің дың "
    "дің тың тің мен бен пен ды ді ты ті ны ні дағы дегі тағы тегі ғы гі қы кі"
)
"""Case endings hyphened to a number or an acronym (``2026-да``, ``ЮНЕСКО-ға``)."""
_ENGLISH = _set(
    "the of and to in is are for on with by at a an was were will be been has have had "
    "that this these from as it its their which who also not or would after before "
    "between during about into more than our we his her she he they"
)
_KAZAKH_LATIN_LETTERS = frozenset("äğñöūüşıİÄĞÑÖŪÜŞ")
"""Letters of the 2021 Kazakh Latin alphabet that English does not have."""
_KAZAKH_LATIN = _set(
    "jäne ben pen bul būl osy üşın dep boiynşa jyly jylğy arqyly turaly sondai-aq bolyp "
    "ol olar bız edı tiıs kerek jönınde qazaqstan halqy memleket basşysy"
)
"""Kazakh Latin words (``men`` is English too: not here)."""

_CYRILLIC = re.compile("[\u0400-\u052f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_KAZAKH_LETTER = re.compile(f"[{''.join(sorted(_KAZAKH_ONLY))}]")
_KAZAKH_SMALL = re.compile(f"[{''.join(sorted(c for c in _KAZAKH_ONLY if c.islower()))}]")
_TOKEN = re.compile(f"([«»„“”])|({WORD.pattern})")
"""A quotation mark or a word: the text is read in one pass."""


@dataclass(slots=True)
class _Tally:
    """The words of a text by script and by the language they speak for."""

    words: int = 0
    latin: int = 0
    cyrillic: int = 0
    kazakh_letters: int = 0
    """Cyrillic words with a Kazakh-only letter."""
    kazakh_names: int = 0
    """Of those, the ones with a capital: names (Қостанай), which a Russian text may keep."""
    kk: int = 0
    ru: int = 0
    en: int = 0
    kazakh_latin: int = 0
    kazakh_latin_common: int = 0
    common: int = 0
    """Cyrillic words in lower case: no name, no acronym, no capital of a headline."""

    def __add__(self, other: _Tally) -> _Tally:
        return _Tally(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def reads_as(text: str, lang: str) -> str | None:
    """The language (or script) a plain text clearly is in instead of ``lang``, or None.

    One of ``"English"``, ``"Kazakh"``, ``"Russian"``, ``"Latin"`` (a Kazakh or
    Russian target written in the Latin script) and ``"Cyrillic"`` (an English
    target in Cyrillic, neither clearly Kazakh nor Russian).

    >>> reads_as("Делегация ОБСЕ прибыла в Астану для встречи.", "kk")
    'Russian'
    >>> reads_as("Мәжіліс", "ru"), reads_as("ЕҚЫҰ делегациясы Астанаға келді.", "kk")
    (None, None)
    """
    if not _worth_reading(text, lang):
        return None
    outside, inside = _read(without_addresses(text))
    tally = outside if outside.words >= 3 or _leans(outside, lang) else outside + inside
    if lang == "en":
        if tally.kazakh_latin_common >= 2 and not tally.en and tally.latin >= 3:
            return "Kazakh"  # Ulttyq änder merekelık konsertte oryndaldy
        return _cyrillic_verdict(tally)
    if tally.latin >= 3 and tally.latin >= 0.6 * tally.words:
        return _latin_verdict(tally)
    if tally.cyrillic < 3 or tally.cyrillic < 0.6 * tally.words:
        return None
    if lang == "kk" and _russian_with_a_kazakh_name(tally):
        return "Russian"  # Встреча прошла в Қостанае: a name spelled the Kazakh way
    if lang == "kk" and tally.kazakh_letters == 0 and tally.kk == 0:
        if tally.ru >= (2 if tally.cyrillic < 5 else 1):
            return "Russian"
        # four Cyrillic words, two of them no names, one of them Russian, without one Kazakh
        # letter or word (Жастар форумы Атырауда басталды has none either, and no Russian)
        return "Russian" if tally.cyrillic >= 4 and tally.common >= 2 and tally.ru else None
    if lang == "ru" and tally.kazakh_letters >= 2 and tally.kk >= max(3, 2 * tally.ru + 2):
        return "Kazakh"
    return None


def _russian_with_a_kazakh_name(tally: _Tally) -> bool:
    """Whether the only Kazakh in a Cyrillic text is in names, and the rest reads Russian."""
    names_only = tally.kk and tally.kk == tally.kazakh_names
    return bool(names_only) and tally.ru >= 2 and tally.cyrillic >= 4 and tally.common >= 2


def _leans(outside: _Tally, lang: str) -> bool:
    """Whether the few words outside the quotation marks are the target's own (or say
    nothing of any language), so a title quoted in another language is a name:
    ``Хор «Менің елім — Қазақстаным»``. With no word outside, the quotation is the text."""
    if not outside.words or lang == "en":
        return False
    own, other = (outside.kk, outside.ru) if lang == "kk" else (outside.ru, outside.kk)
    return not other and (own > 0 or outside.cyrillic == outside.words)


def _worth_reading(text: str, lang: str) -> bool:
    """Whether a verdict is possible at all: the cheap test before reading the words."""
    if lang == "en":
        return _CYRILLIC.search(text) is not None or not _KAZAKH_LATIN_LETTERS.isdisjoint(text)
    if _LATIN.search(text) or "«" in text or "“" in text:
        return True
    if lang == "kk":  # a Kazakh acronym (ЕҚЫҰ) in a Russian sentence is no Kazakh text
        return _KAZAKH_SMALL.search(text) is None
    return _KAZAKH_LETTER.search(text) is not None


def _read(text: str) -> tuple[_Tally, _Tally]:
    """The tallies of the words outside and inside quotation marks."""
    outside, inside = _Tally(), _Tally()
    depth, inner = 0, 0
    for m in _TOKEN.finditer(text):
        mark = m.group(1)
        if mark:
            if mark in "«„" or (mark == "“" and not inner):
                depth, inner = depth + 1, inner + (mark == "„")
            elif depth:
                depth, inner = depth - 1, inner - (mark == "“" and inner > 0)
            continue
        word, start, end = m.group(2), m.start(), m.end()
        if len(word) == 1 and text[end : end + 1] == ".":
            continue  # an initial or an abbreviation (Ж. К. Омарова, г. Астана)
        _count(inside if depth else outside, word, _after_hyphen(text, start))
    return outside, inside


def _after_hyphen(text: str, start: int) -> bool:
    """Whether the word is hyphened to a number (``2026-да``)."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit()


def _count(tally: _Tally, word: str, after_number: bool) -> None:
    tally.words += 1
    lower = word.lower()
    if word.isascii() or not _CYRILLIC.search(word):
        if _LATIN.search(word):
            tally.latin += 1
            if lower in _ENGLISH:
                tally.en += 1
            elif lower in _KAZAKH_LATIN or not _KAZAKH_LATIN_LETTERS.isdisjoint(word):
                tally.kazakh_latin += 1
                tally.kazakh_latin_common += word[0].islower()  # no name (Müller)
        return
    tally.cyrillic += 1
    if len(word) > 1 and word.isupper():
        return  # an acronym is a name (ЕҚЫҰ in a Russian sentence): no language's word
    if word[0].islower():
        tally.common += 1
    if not _KAZAKH_ONLY.isdisjoint(word):
        tally.kazakh_letters += 1
        tally.kazakh_names += word[0].isupper()
        tally.kk += 1
    elif lower in _KAZAKH or _kazakh_suffix(lower, word, after_number):
        tally.kk += 1
    elif lower in _RUSSIAN or (len(lower) >= 5 and lower.endswith(_RUSSIAN_ENDINGS)):
        tally.ru += 1


def _kazakh_suffix(lower: str, word: str, after_number: bool) -> bool:
    """A Kazakh case ending after a number or an acronym (``ОБСЕ-де``)."""
    if after_number:
        return lower in _KAZAKH_SUFFIXES
    head, _, last = word.rpartition("-")
    return bool(head) and head.isupper() and last.lower() in _KAZAKH_SUFFIXES


def _latin_verdict(tally: _Tally) -> str | None:
    if tally.en >= 2 and tally.en > tally.kazakh_latin:
        return "English"
    if tally.kazakh_latin >= 2 and tally.kazakh_latin >= tally.en:
        return "Latin"
    return None


def _cyrillic_verdict(tally: _Tally) -> str | None:
    if tally.cyrillic < 3 or tally.cyrillic < 0.6 * tally.words:
        return None
    if tally.kk > tally.ru:
        return "Kazakh"
    return "Russian" if tally.ru > tally.kk else "Cyrillic"


def message(verdict: str, lang: str) -> str:
    """What the check says of a verdict.

    >>> message("Russian", "kk")
    'the translation reads as Russian, not Kazakh'
    """
    if verdict == "Latin":
        return "the translation is in the Latin script, not in Cyrillic"
    if verdict == "Cyrillic":
        return f"the translation is in Cyrillic, not {english_name(lang)}"
    return f"the translation reads as {verdict}, not {english_name(lang)}"


def test(subject, context):
    text = plain(subject.translation)
    verdict = reads_as(text, subject.lang)
    if verdict and words_only(text).casefold() != words_only(subject.source).casefold():
        yield message(verdict, subject.lang)


CHECK = Check(
    "language",
    Severity.ERROR,
    "a unit written in another of the office's languages (or script) than the target",
    test,
)
