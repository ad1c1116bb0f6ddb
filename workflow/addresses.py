"""Addresses in running text: web and e-mail addresses, bare domain names, hashtags and
handles. They are identifiers, written alike in every language: their digits are no
facts, their letters no words to translate, and a name inside one (``press@apk.kz``,
``zoom.us``) is no term of the glossary.
"""

from __future__ import annotations

import re

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>«»\"“”)\]]*[^\s<>«»\"“”)\].,;:!?…]", re.I)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TLDS = r"(?:kz|қаз|com|org|net|int|gov|edu|info|ru|uz|kg|us|me)"
DOMAIN = re.compile(
    rf"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.{_TLDS}\b(?:/[^\s<>«»\"“”)\]]*[^\s<>«»\"“”)\].,;:!?…])?",
    re.I,
)
"""A bare domain name (``assembly.kz``), written with no ``www.`` or scheme, and its path
(``facebook.com/assemblykz``)."""
TLD = re.compile(rf"\.{_TLDS}\b", re.I)
"""What every match of ``DOMAIN`` holds: a search that starts with a dot is quick, one for
``DOMAIN`` tries every place."""
TAG = re.compile(r"(?<![\w&])#\w+")
"""A hashtag (``#BirlikKuni2026``)."""
HANDLE = re.compile(r"(?<![\w@.])@\w{2,}")
"""A handle (``@assembly_news``), as a messenger or a social network names an account."""
_ENDING = re.compile(r"-[\u0400-\u04ff]+$")
"""A Kazakh case ending after an address (``www.assembly.kz-те``, ``press@apk.kz-ке``)."""


def addresses(pattern: re.Pattern, text: str) -> list[str]:
    """The addresses ``pattern`` (``URL``, ``EMAIL``, ``DOMAIN``) finds, without a case ending.

    >>> addresses(EMAIL, "Өтінімдерді press@assembly.kz-ке жіберіңіз")
    ['press@assembly.kz']
    """
    return [_ENDING.sub("", found) for found in pattern.findall(text)]


def without_addresses(text: str) -> str:
    """The text with its web and e-mail addresses, domain names, hashtags and handles
    blanked out.

    >>> without_addresses("See www.gov.kz/2026, assembly.kz or #Birlik2026; write to press@apk.kz")
    'See  ,   or  ; write to  '
    >>> without_addresses("Telegram: @assembly_news, facebook.com/assemblykz")
    'Telegram:  ,  '
    """
    if "@" in text:
        text = EMAIL.sub(" ", text)
        if "@" in text:
            text = HANDLE.sub(" ", text)
    if "www" in text or "://" in text:
        text = URL.sub(" ", text)
    if "." in text and TLD.search(text):
        text = DOMAIN.sub(" ", text)
    if "#" in text:
        text = TAG.sub(" ", text)
    return text
