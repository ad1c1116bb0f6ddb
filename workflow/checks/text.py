"""What several checks read out of a unit's text: its words without markup, addresses.

Not a check itself (it has no ``CHECK``).
"""

from __future__ import annotations

import re
from functools import lru_cache

# the cached readings of markup, which the glossary shares: read here by the checks
from ..markup import inline as inline
from ..markup import plain as plain

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>«»\"“”)\]]*[^\s<>«»\"“”)\].,;:!?…]", re.I)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
DOMAIN = re.compile(
    r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:kz|қаз|com|org|net|int|gov|edu|info|ru|uz|kg)\b", re.I
)
"""A bare domain name (``assembly.kz``), written with no ``www.`` or scheme."""
_TLD = re.compile(r"\.(?:kz|қаз|com|org|net|int|gov|edu|info|ru|uz|kg)\b", re.I)
"""What every match of ``DOMAIN`` holds: a search that starts with a dot is quick, one for
``DOMAIN`` tries every place."""


TAG = re.compile(r"(?<![\w&])#\w+")
"""A hashtag (``#BirlikKuni2026``): an identifier, kept as it is in every language."""
_ENDING = re.compile(r"-[\u0400-\u04ff]+$")
"""A Kazakh case ending after an address (``www.assembly.kz-те``, ``press@apk.kz-ке``)."""


def addresses(pattern: re.Pattern, text: str) -> list[str]:
    """The addresses ``pattern`` (``URL``, ``EMAIL``) finds, without a case ending.

    >>> addresses(EMAIL, "Өтінімдерді press@assembly.kz-ке жіберіңіз")
    ['press@assembly.kz']
    """
    return [_ENDING.sub("", found) for found in pattern.findall(text)]


WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A word: letters, with hyphens or apostrophes inside (``сондай-ақ``, ``country’s``)."""


@lru_cache(maxsize=1024)
def words_only(text: str) -> str:
    """The words of a text as a reader sees them: no markup, single spaces.

    >>> words_only("Read  **the plan**.")
    'Read the plan.'

    Kept for the last texts read, as :func:`plain` is: a source is measured and compared
    once for each language it goes into.
    """
    return " ".join(plain(text).split())


def without_addresses(text: str) -> str:
    """The text with its web and e-mail addresses, domain names and hashtags blanked out
    (their digits are no facts, their letters no words to translate).

    >>> without_addresses("See www.gov.kz/2026, assembly.kz or #Birlik2026; write to press@apk.kz")
    'See  ,   or  ; write to  '
    """
    if "@" in text:
        text = EMAIL.sub(" ", text)
    if "www" in text or "://" in text:
        text = URL.sub(" ", text)
    if "." in text and _TLD.search(text):
        text = DOMAIN.sub(" ", text)
    if "#" in text:
        text = TAG.sub(" ", text)
    return text


def words(text: str) -> list[str]:
    """The words of a plain text, as written."""
    return WORD.findall(text)
