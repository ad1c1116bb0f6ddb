"""length: a translation far shorter or longer than its source, for the language pair.

Measured on this repository's sample translations, a Kazakh or Russian sentence
is 0.66 to 1.5 times the length of its English source (median about 1), and the
other pairs differ little. A translation outside 0.4 to 2.5 times the expected
length has most likely lost or doubled a clause (a gloss that a reader in
Kazakhstan does not need, as for the dombra, can halve a sentence). Short units
vary more (a headline word, a name), so below 40 characters the bounds are
wider and below 16 there are none. A translation well over its length is also read
for a sentence written twice, which a paste does.
"""

from __future__ import annotations

import re

from . import Check, Severity
from .text import words_only

TYPICAL = {
    ("en", "kk"): 1.0,
    ("en", "ru"): 1.0,
    ("kk", "ru"): 1.0,
    ("ru", "kk"): 1.0,
    ("kk", "en"): 1.05,
    ("ru", "en"): 1.05,
}
"""Length of the translation per character of the source, by (source, target)."""
_SHORT, _TINY = 40, 16


def test(subject, context):
    source = len(words_only(subject.source))
    if source < _TINY:
        return
    translation = len(words_only(subject.translation))
    typical = TYPICAL.get((subject.source_lang, subject.lang), 1.0)
    low, high = (0.4, 2.5) if source >= _SHORT else (0.25, 3.5)
    ratio = translation / source / typical
    if ratio < low:
        share = f"{translation / source:.0%}"
        yield f"the translation is {share} of the source's length: is a part missing?"
    elif ratio > high and _beyond_spelled_out(subject, source, translation, typical, high):
        yield f"the translation is {translation / source:.1f} times the source's length"
    elif (
        ratio > _REPEATED
        and (twice := _twice(words_only(subject.translation)))
        and not _twice(words_only(subject.source))  # a refrain the source repeats too
    ):
        yield f"“{twice}” is written twice"


def _beyond_spelled_out(subject, source: int, translation: int, typical: float, high: float):
    """Whether a long translation is too long even with each acronym of the source that it
    does not write allowed its name spelled out (ICCROM, the MFA: some 60 letters each)."""
    spelled = sum(a not in subject.translation for a in _ACRONYM.findall(subject.source))
    return (translation - _SPELLED * spelled) / source / typical > high


_SPELLED = 60
"""The letters allowed for an acronym spelled out."""
_ACRONYM = re.compile(r"\b[A-Z]{2,}s?\b")
_REPEATED = 1.2
"""Above this ratio a translation is read for a sentence pasted twice (a Kazakh sentence a
third shorter than its English source is still 1.3 times its length when doubled)."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=\w[.!?])(?=[^\W\d_])(?<![A-Za-z]\.)")
"""Between sentences: after the end mark, spaces or none (``делегатов.Форум``), but not
inside an address or an abbreviation of Latin letters (``assembly.kz``, ``e.g``)."""


def _twice(text: str) -> str | None:
    """A sentence of the text written twice (pasted again), if any.

    >>> _twice("Форум открылся в Астане. Форум открылся в Астане.")
    'Форум открылся в Астане.'
    """
    sentences = [s for s in _SENTENCE_END.split(text) if len(s) >= _TINY]
    return min((s for s in sentences if sentences.count(s) > 1), default=None)


CHECK = Check(
    "length",
    Severity.WARNING,
    "a translation far shorter or longer than its source for the language pair",
    test,
)
