"""untranslated: the translation is the source, copied.

A unit may rightly read the same in both languages: a unit with no words (a
number, an address), a contact line (a label or two and an address or a handle:
``E-mail: press@assembly.kz``), a name the glossary gives the same in both
languages (the context's ``kept``), and between Kazakh and Russian, which share the Cyrillic
script and many loanwords, a unit of one or two words (``Анонс``, ``Алматы``):
a whole sentence copied from one into the other is what this check finds there.
"""

from __future__ import annotations

import re

from . import Check, Severity
from .text import plain, without_addresses, words

_CYRILLIC = {"kk", "ru"}


def test(subject, context):
    if _first_words_differ(subject.source, subject.translation):
        return
    source = _words(subject.source)
    if _words(subject.translation) != source or source in context.kept:
        return
    text = plain(subject.source)
    bare = without_addresses(text)
    found = [w for w in words(bare) if w.casefold() not in context.kept]
    cyrillic = {subject.source_lang, subject.lang} == _CYRILLIC
    least = 3 if cyrillic else 1
    if bare != text or _CONTACT.fullmatch(text.strip()):  # a label or two and an address or
        least = 3  # a number (E-mail: press@apk.kz, WhatsApp: +7 701 123 45 67)
    if cyrillic and _CREDIT.fullmatch(text.strip()):
        return  # Фото: Ерлан Омаров, a credit line alike in Kazakh and Russian
    if len(found) >= least:
        yield "the translation is the source text, copied"


def _words(text: str) -> str:
    """The words of a text, in lower case: a copy whose quotation marks, dashes, apostrophes,
    numbers' spaces or final stop were changed on the way (autocorrect) is still a copy."""
    return " ".join(words(plain(text).replace("’", "'"))).casefold()


def _first_words_differ(source: str, translation: str) -> bool:
    """The cheap test first: a translation whose first letter is another is no copy (letter
    case aside: casefolding maps each letter on its own)."""
    first, other = _FIRST_LETTER.search(plain(source)), _FIRST_LETTER.search(plain(translation))
    return bool(first and other) and first.group().casefold() != other.group().casefold()


_FIRST_LETTER = re.compile(r"[^\W\d_]")
_CONTACT = re.compile(r"[^\W\d_][\w /-]*:\s*\+?\d[\d\s()-]{7,}\d")
"""A label and a phone number: ``WhatsApp: +7 701 123 45 67``."""
_CREDIT = re.compile(r"(?:Фото|Видео):\s*(?:[А-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*[\s.-]*){1,3}")
"""A credit with a label Kazakh and Russian share and a name of up to three capitalised
words: ``Фото: Ерлан Омаров``."""


CHECK = Check(
    "untranslated",
    Severity.ERROR,
    "the translation is the source copied (unless it is a name kept in both languages)",
    test,
)
