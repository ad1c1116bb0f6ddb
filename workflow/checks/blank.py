"""blank: a translation of only spaces or invisible characters is no translation."""

from __future__ import annotations

import unicodedata

from . import Check, Severity


def is_blank(text: str) -> bool:
    """Whether a text has nothing a reader could see: spaces, line breaks, invisible marks.

    >>> is_blank(" \\u200b\\u00a0"), is_blank(" . ")
    (True, False)
    """
    return all(unicodedata.category(c)[0] in "ZC" for c in text)


def test(subject, context):
    if is_blank(subject.translation):
        yield "the translation is only spaces or invisible characters: it counts as untranslated"


CHECK = Check(
    "blank",
    Severity.ERROR,
    "a translation of only spaces or invisible characters (it counts as untranslated)",
    test,
)
