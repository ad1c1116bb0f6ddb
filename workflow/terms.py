"""Finding a term in running text the way its language inflects it.

An official name is written in many forms: ``Ассамблеясы``, ``Ассамблеясының``;
``Ассамблея``, ``Ассамблеи``, ``Ассамблеей``. Matching only the dictionary form
would report a correct translation as wrong, so a term becomes a regular
expression that accepts the forms its language gives it, and no other word:

- Russian inflects the head noun and the adjectives before it (stem + any noun or
  adjective ending); the words after the head (``народа Казахстана``,
  ``Республики Казахстан``) and acronyms stay as written.
- Kazakh adds endings to the last word only: up to three suffixes (plural,
  possessive, case) after the dictionary form; a final п/к/қ may voice before a
  vowel; an acronym takes its ending after a hyphen (``ЕҚЫҰ-ға``).
- English adds only a possessive to the last word.

The patterns are compiled once per form, language and mode, and cached: a
glossary check runs over every unit of every release.
"""

from __future__ import annotations

import re
from functools import lru_cache

SOURCE, TARGET, LOOSE = "source", "target", "loose"
"""Modes: SOURCE ignores letter case (its patterns search text :func:`fold` lowered: a
search ignoring case is twice as slow); TARGET keeps it (but for the first letter of a
form written lower-case, which a sentence may capitalise); LOOSE ignores it, to find
forbidden variants and names written in the wrong case or in capitals."""

_WORD = re.compile(r"\w+")
_FIRST = "\x00"
"""Stands for a form's first letter while its pattern is built (a form holds no NUL)."""


def normalise(text: str) -> str:
    """Text as it is matched: ё read as е (the same length, so positions still hold).

    >>> normalise("Объединённый")
    'Объединенный'
    """
    return text.replace("ё", "е").replace("Ё", "Е")


def fold(text: str) -> str:
    """Text as SOURCE patterns and a :class:`FormIndex` search it: normalised and lower-case,
    every character where it was (``İ`` lowers to two characters: it is kept to one).

    >>> fold("Ассамблеёй İzmir")
    'ассамблеей izmir'
    """
    return lower_kept(normalise(text))


def lower_kept(text: str) -> str:
    """Lower-case, every character where it was: :func:`fold` of a normalised text."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(c.lower()[:1] for c in text)


def index_key(form: str) -> str:
    """The first letters of a form's first word, which no inflection changes: its first
    three, or two of a word of three letters or fewer (a final к may voice: Бөк, Бөгі)."""
    words = _WORD.findall(fold(form))
    first = words[0] if words else ""
    return first[:3] if len(first) > 3 else first[:2]


class FormIndex:
    """Forms found by their first letters, so that a text costs one search, not one per
    term, and each pattern is tried only where its form may start.

    >>> index = FormIndex([("Глава государства", 1), ("ОБСЕ", 2), ("Дом дружбы", 3)])
    >>> sorted(index.candidates(fold("Глава государства посетил Дома дружбы")))
    [(1, [0]), (3, [26])]
    """

    def __init__(self, entries) -> None:
        self._by_key: dict[str, list] = {}
        for form, payload in entries:
            self._by_key.setdefault(index_key(form), []).append(payload)
        keys = [key for key in self._by_key if key]
        self._finder = re.compile(_trie(keys)) if keys else None

    def candidates(self, text: str) -> list[tuple[object, list[int]]]:
        """The payloads of the forms whose first letters are in ``text`` (folded), each with
        the positions where they are (a pattern's own bounds then say if a word starts there)."""
        if self._finder is None:
            return []
        starts: dict[str, list[int]] = {}
        for found in self._finder.finditer(text):
            key = found.group()
            starts.setdefault(key, []).append(found.start())
            if len(key) > 2:
                starts.setdefault(key[:2], []).append(found.start())
        by_key = self._by_key
        return [(p, at) for key, at in starts.items() if key in by_key for p in by_key[key]]


def _trie(keys) -> str:
    """An alternation of short keys as a trie (``a(?:pk|s(?:s|t))``): Python's regular
    expressions try an alternation's branches one by one, a trie's first letters at once.

    >>> _trie(["аб", "абв", "ав"])
    'а(?:б(?:в)?|в)'
    """
    by_first: dict[str, list[str]] = {}
    for key in sorted(set(keys)):
        by_first.setdefault(key[0], []).append(key[1:])
    parts = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        if not longer:
            parts.append(re.escape(first))
        else:
            optional = "?" if "" in rests else ""
            parts.append(f"{re.escape(first)}(?:{_trie(longer)}){optional}")
    return "|".join(parts)


def is_acronym(word: str) -> bool:
    """An abbreviation written in capitals (``ОБСЕ``, ``ҚХА``, ``APK``): never inflected."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=65536)
def pattern(form: str, lang: str, mode: str = TARGET) -> re.Pattern:
    """The compiled pattern of a form in ``lang`` (see the module's rules) in ``mode``."""
    words = normalise(form).split()
    if not words:
        raise ValueError("a term needs at least one word")
    first = words[0][0]
    relaxed = mode == TARGET and first.islower()
    if relaxed:  # a sentence may start with the term: its first letter in either case
        words[0] = _FIRST + words[0][1:]
    body = r"\s+".join(_PIECES.get(lang, _exact)(words))
    if relaxed:
        body = body.replace(_FIRST, f"[{first}{first.upper()}]", 1)
    left, right = _BOUNDS.get(lang, (r"(?<![\w-])", r"(?![\w-])"))
    if mode == SOURCE:  # searched in folded text; the pattern has no upper-case escapes
        return re.compile(left + body.lower() + right)
    return re.compile(left + body + right, re.IGNORECASE if mode == LOOSE else 0)


def present(forms, lang: str, text: str) -> tuple[bool, str | None]:
    """Whether one of the forms is in a (normalised) text; if not, what is there in the
    wrong letter case. A form written all in capitals (a dateline, a headline) counts.

    >>> present(["Глава государства"], "ru", "ГЛАВА ГОСУДАРСТВА ПРИБЫЛ"), present(
    ...     ["Глава государства"], "ru", "встреча с главой государства")
    ((True, None), (False, 'главой государства'))
    """
    wrong = None
    for form in forms:
        if pattern(form, lang, TARGET).search(text):
            return True, None
        for m in pattern(form, lang, LOOSE).finditer(text):
            if m.group() == m.group().upper():
                return True, None
            wrong = wrong or m.group()
    return False, wrong


def spans(forms, lang: str, text: str) -> list[tuple[int, int]]:
    """Where any of the forms is in a (normalised) text, letter case aside."""
    return [m.span() for form in forms for m in pattern(form, lang, LOOSE).finditer(text)]


def _exact(words: list[str]) -> list[str]:
    return [re.escape(w) for w in words]


def _listed(words: str) -> tuple[str, ...]:
    return tuple(words.split())


def _alternatives(endings) -> str:
    return "|".join(sorted(endings, key=lambda e: (-len(e), e)))


# English: only the last word takes an ending, the possessive.


def _english(words: list[str]) -> list[str]:
    pieces = _exact(words)
    pieces[-1] += "(?:['’]s)?"
    return pieces


# Russian: the head noun and the adjectives before it inflect, the rest stays.

_RU_ADJECTIVE = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_RU_ENDINGS = frozenset(
    _listed(
        # adjectives, every case and gender
        "ый ий ой ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ою ею ых их ыми ими "
        # nouns, every declension (with -ия/-ие/-ий and -ья/-ье stems)
        "а я о е ы и у ю ь й ам ям ах ях ами ями ов ев ей ью ия ию ии ием ией иям иями иях "
        "ья ье ьи ьем ьей ьям ьями ьях"
    )
)
_RU_INFLECTED = f"(?:{_alternatives(_RU_ENDINGS)})?"


def russian_stem(word: str) -> str:
    """The word without its longest noun or adjective ending, at least three letters kept.

    >>> russian_stem("Ассамблея"), russian_stem("Постоянный"), russian_stem("Дом")
    ('Ассамбле', 'Постоянн', 'Дом')
    """
    lower = word.lower()
    for size in (4, 3, 2, 1):
        if len(word) - size >= 3 and lower[-size:] in _RU_ENDINGS:
            return word[:-size]
    return word


def _russian(words: list[str]) -> list[str]:
    pieces = _exact(words)
    if _is_latin(words[-1]):
        pieces[-1] += _CYRILLIC_TAIL
    for i, word in enumerate(words):
        if not _fixed(word):
            pieces[i] = re.escape(russian_stem(word)) + _RU_INFLECTED
        if not (word.lower().endswith(_RU_ADJECTIVE) or _fixed(word)):
            break  # the head: the words after it stay as written
    return pieces


def _fixed(word: str) -> bool:
    return is_acronym(word) or any(c.isdigit() for c in word) or _is_latin(word)


def _is_latin(word: str) -> bool:
    """A word in the Latin script (``Zoom``, ``Hub``): a name that Kazakh and Russian keep
    as it is, joining an ending or another word to it with a hyphen."""
    return word.isascii() and any(c.isalpha() for c in word)


_CYRILLIC_TAIL = "(?:-[а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+)?"
"""A Kazakh ending or a Russian word after a Latin name's hyphen: ``Zoom-да``,
``Telegram-арнасы``, ``Zoom-конференция``."""


# Kazakh: the last word takes a chain of suffixes.

_KK_PLURAL = _listed("лар лер дар дер тар тер")
_KK_POSSESSIVE_VOWEL = _listed("ымыз іміз ыңыз іңіз ым ім ың ің ы і")
_KK_POSSESSIVE = (*_KK_POSSESSIVE_VOWEL, *_listed("мыз міз ңыз ңіз м ң сы сі"))
_KK_CASE = _listed(
    "ның нің дың дің тың тің "  # genitive
    "ға ге қа ке на не а е "  # dative
    "ны ні ды ді ты ті н "  # accusative
    "да де та те нда нде "  # locative
    "дан ден тан тен нан нен "  # ablative
    "мен бен пен менен бенен пенен "  # instrumental
    "дағы дегі тағы тегі ндағы ндегі "  # "the one in"
    "дай дей тай тей ша ше"  # equative
)
_KK_CHAIN = (
    f"(?:{_alternatives(_KK_PLURAL)})?(?:{_alternatives(_KK_POSSESSIVE)})?"
    f"(?:{_alternatives(_KK_CASE)})?"
)
_KK_AFTER_VOICING = f"(?:{_alternatives(_KK_POSSESSIVE_VOWEL)})(?:{_alternatives(_KK_CASE)})?"
_KK_VOWELS = frozenset("аәеиоөұүуыіэюяё")
_KK_VOICED = {"п": "б", "к": "г", "қ": "ғ"}


def kazakh_last_word(word: str) -> str:
    """The pattern of a Kazakh phrase's last word, with every ending it may take.

    >>> bool(re.fullmatch(kazakh_last_word("Ассамблеясы"), "Ассамблеясының"))
    True
    >>> [bool(re.fullmatch(kazakh_last_word("үйі"), w)) for w in ("үйлерінде", "үйшігі")]
    [True, False]
    """
    if is_acronym(word):
        return re.escape(word) + f"(?:-(?=\\w){_KK_CHAIN})?"
    if _is_latin(word):
        return re.escape(word) + _CYRILLIC_TAIL
    ways = [re.escape(word) + _KK_CHAIN]
    base = _without_possessive(word)
    if base:  # the plural goes before the possessive: үйі -> үйлері, Ассамблеялары
        plural = _alternatives(_KK_PLURAL)
        ways.append(re.escape(base) + f"(?:{plural})[ыі](?:{_alternatives(_KK_CASE)})?")
    voiced = _KK_VOICED.get(word[-1:].lower())
    if voiced and len(word) > 2:
        if word[-1].isupper():
            voiced = voiced.upper()
        ways.append(re.escape(word[:-1] + voiced) + _KK_AFTER_VOICING)
    return "(?:" + "|".join(ways) + ")"


def _without_possessive(word: str) -> str | None:
    """The word without a third-person possessive ending (-сы/-сі after a vowel, -ы/-і
    after a consonant), or None when it has none."""
    lower = word.lower()
    if lower[-2:] in ("сы", "сі") and len(word) > 3 and lower[-3] in _KK_VOWELS:
        return word[:-2]
    if lower[-1:] in ("ы", "і") and len(word) > 2 and lower[-2] not in _KK_VOWELS:
        return word[:-1]
    return None


def _kazakh(words: list[str]) -> list[str]:
    pieces = _exact(words)
    pieces[-1] = kazakh_last_word(words[-1])
    return pieces


_PIECES = {"en": _english, "ru": _russian, "kk": _kazakh}
_BOUNDS = {"en": (r"(?<!\w)", r"(?!\w)")}
"""Words are bounded: no match inside a longer word. In Kazakh and Russian a hyphen
joins words too (``Нур-Султан``); English compounds (``OSCE-led``) still hold the term."""
