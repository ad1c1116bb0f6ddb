"""Kazakh Cyrillic to Kazakh Latin (the 2021 alphabet), for a Latin-script export.

Each letter of the Kazakh Cyrillic alphabet has one Latin letter, capital and
small mapped directly, with Turkish-style casing: the capital of ``i`` is ``İ``
and the capital of ``ı`` is ``I`` (so ``ИІ`` gives ``İI``, ``иі`` gives ``iı``).
The letters Kazakh has only in loanwords (Ё Ю Я Ц Ч Щ Э Ъ Ь) follow
conventions rather than the decree, so they can be configured; the defaults
are :data:`DEFAULT_CONVENTIONS`. Everything else (digits, punctuation, Latin
text, quotes, spaces, Markdown, URLs, other Cyrillic letters) is left as it is.

The transliteration cannot be reversed: И and Й both give ``i``, Х and Һ both
give ``h``, and the loan letters turn into letters that also stand for
themselves (``ц`` gives ``ts``). Keep the Cyrillic text as the source; the
Latin one is only ever derived from it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from .errors import WorkspaceError

# The alphabet, small and capital side by side, letter for letter.
_CYRILLIC_SMALL = "аәбвгғдежзийкқлмнңоөпрстуұүфхһшыі"
_LATIN_SMALL = "aäbvgğdejziikqlmnñoöprstuūüfhhşyı"
_CYRILLIC_CAPITAL = "АӘБВГҒДЕЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺШЫІ"
_LATIN_CAPITAL = "AÄBVGĞDEJZİİKQLMNÑOÖPRSTUŪÜFHHŞYI"

# The loan letters, small and capital, and what they give by default.
_LOAN_SMALL = "ёюяцчщэъь"
_LOAN_CAPITAL = "ЁЮЯЦЧЩЭЪЬ"

DEFAULT_CONVENTIONS: Mapping[str, str] = MappingProxyType(
    {"ё": "io", "ю": "iu", "я": "ia", "ц": "ts", "ч": "tş", "щ": "şş", "э": "e", "ъ": "", "ь": ""}
)
"""The loan letters' default Latin spellings, in lower case (the capitals follow)."""

# The letters a convention may use, and their capitals (Turkish-style: i İ, ı I).
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyzäğıñöşūü"
_LATIN_UPPER = str.maketrans(_LATIN_LETTERS, "ABCDEFGHİJKLMNOPQRSTUVWXYZÄĞIÑÖŞŪÜ")
_MAX_LENGTH = 3


def check_conventions(raw: object, where: str) -> dict[str, str]:
    """Check a table of loan-letter spellings given by a user; return all of them.

    ``where`` names the table in messages (as ``"press.toml: [export.latin]"``).
    Keys are small loan letters, values at most three small Latin letters of
    the 2021 alphabet (``""`` drops the letter). Letters not given keep their
    defaults.

    >>> check_conventions({"ц": "c"}, "press.toml: [export.latin]")["ц"]
    'c'
    >>> check_conventions({"ц": "ц"}, "[export.latin]")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    workflow.errors.WorkspaceError: [export.latin] 'ц' must be Latin letters, as "ts" (write ...)
    """
    if not isinstance(raw, Mapping):
        raise WorkspaceError(f"{where} must be a table", 'write "ц" = "ts" under it')
    conventions = dict(DEFAULT_CONVENTIONS)
    for key, value in raw.items():
        letter = unicodedata.normalize("NFC", key) if isinstance(key, str) else key
        if letter not in DEFAULT_CONVENTIONS:
            small = letter.lower() if isinstance(letter, str) else None
            hint = (
                f'write the letter in lower case: "{small}"; its capital follows'
                if small in DEFAULT_CONVENTIONS
                else f"use some of {', '.join(_LOAN_SMALL)}"
            )
            raise WorkspaceError(f"{where} {_shown(key)} is not a loan letter", hint)
        spelling = unicodedata.normalize("NFC", value) if isinstance(value, str) else value
        if (
            not isinstance(spelling, str)
            or len(spelling) > _MAX_LENGTH
            or any(c not in _LATIN_LETTERS for c in spelling)
        ):
            default = DEFAULT_CONVENTIONS[letter]
            raise WorkspaceError(
                f"{where} '{letter}' must be Latin letters, as \"{default}\"",
                f'write "{letter}" = "{default}": at most {_MAX_LENGTH} of a-z ä ğ ı ñ ö ş ū ü, '
                'or "" to drop the letter',
            )
        conventions[letter] = spelling
    return conventions


def _shown(value: object) -> str:
    return f"'{value}'" if isinstance(value, str) else repr(value)


def to_latin(text: str, conventions: Mapping[str, str] | None = None) -> str:
    """``text`` with its Kazakh Cyrillic letters in the Kazakh Latin alphabet.

    ``conventions`` spells the loan letters (as :func:`check_conventions`
    returns them, or some of them; the rest keep :data:`DEFAULT_CONVENTIONS`).
    A capital loan letter spelt with several letters is all in capitals when
    the letter right after it is a capital, or, with no letter after it, the
    letter right before it; otherwise only its first letter is a capital.

    >>> sentence = ("Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының "
    ...             "бір үлкен қазысының үйіне келіп қоныпты.")
    >>> print(to_latin(sentence))  # doctest: +NORMALIZE_WHITESPACE
    Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ
    bır ülken qazysynyñ üiıne kelıp qonypty.
    >>> to_latin("ЦОН, Цой, ЮНЕСКО, Юрий")
    'TSON, Tsoi, İUNESKO, İurii'
    """
    table, capitals, pattern = _compiled(_frozen(conventions))
    if pattern is not None:
        text = pattern.sub(lambda match: _capital(match, capitals), text)
    return text.translate(table)


def _frozen(conventions: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    """The full set of spellings as a hashable key, in the loan letters' order."""
    if conventions is None:
        conventions = DEFAULT_CONVENTIONS
    unknown = set(conventions) - set(DEFAULT_CONVENTIONS)
    if unknown:
        raise ValueError(f"not loan letters: {', '.join(sorted(unknown))}")
    return tuple((c, conventions.get(c, DEFAULT_CONVENTIONS[c])) for c in _LOAN_SMALL)


def _upper(latin: str) -> str:
    return latin.translate(_LATIN_UPPER)


@lru_cache(maxsize=16)
def _compiled(
    conventions: tuple[tuple[str, str], ...],
) -> tuple[dict[int, str], dict[str, tuple[str, str]], re.Pattern[str] | None]:
    """The translation table, the context-dependent capitals and their pattern.

    The capitals map to (all capitals, first letter capital); the table holds
    every other letter, the capital loan letters of at most one Latin letter too.
    """
    table = {ord(c): latin for c, latin in zip(_CYRILLIC_SMALL, _LATIN_SMALL, strict=True)}
    table.update(
        {ord(c): latin for c, latin in zip(_CYRILLIC_CAPITAL, _LATIN_CAPITAL, strict=True)}
    )
    capitals: dict[str, tuple[str, str]] = {}
    for (small, latin), capital in zip(conventions, _LOAN_CAPITAL, strict=True):
        table[ord(small)] = latin
        if len(latin) > 1:
            capitals[capital] = (_upper(latin), _upper(latin[0]) + latin[1:])
        else:
            table[ord(capital)] = _upper(latin)
    pattern = re.compile(f"[{''.join(capitals)}]") if capitals else None
    return table, capitals, pattern


def _capital(match: re.Match[str], capitals: Mapping[str, tuple[str, str]]) -> str:
    """A capital loan letter spelt all in capitals, or with only its first one."""
    text, start, end = match.string, match.start(), match.end()
    if end < len(text) and text[end].isalpha():
        neighbour = text[end]
    elif start > 0 and text[start - 1].isalpha():
        neighbour = text[start - 1]
    else:
        neighbour = ""
    upper, title = capitals[match.group()]
    return upper if neighbour.isupper() else title
