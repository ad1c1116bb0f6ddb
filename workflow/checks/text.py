"""What several checks read out of a unit's text: its words without markup, addresses.

Not a check itself (it has no ``CHECK``).
"""

from __future__ import annotations

import re
from functools import lru_cache

# the addresses, which the glossary blanks out too: read here by the checks
from ..addresses import DOMAIN as DOMAIN
from ..addresses import EMAIL as EMAIL
from ..addresses import URL as URL
from ..addresses import addresses as addresses
from ..addresses import without_addresses as without_addresses

# the cached readings of markup, which the glossary shares: read here by the checks
from ..markup import inline as inline
from ..markup import plain as plain

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


def words(text: str) -> list[str]:
    """The words of a plain text, as written."""
    return WORD.findall(text)
