"""Similar sentences: FTS5 candidates found by their rarest words, scored by edit distance.

The one owner of rapidfuzz (imported when a score is first needed): the memory's
lookups and searches score here, and so does the pairing of edited sentences in
a source update (:func:`best_pairs`).

A sentence edited by a word or two shares most of its words with the original.
The query asks FTS5 for sentences holding the rarest words of the new one
(the ``terms`` table counts the sentences that hold each word): any one of them when they are
rare enough, otherwise any two (or three...) of the six rarest, so that a
candidate missing two or three of those words is still found while the number
of rows FTS5 ranks stays near ``budget``. The best-ranked candidates (bm25) are
then scored with a plain edit-distance ratio (``rapidfuzz.fuzz.ratio``).
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from itertools import combinations

CANDIDATES = 60
"""Candidates scored per sentence (best bm25 first)."""
LOOKUP_BUDGET = 1000
"""About how many rows FTS5 may match (and rank) for one sentence of a lookup."""
SEARCH_BUDGET = 8000
_SPARE = {1: 7, 2: 4, 3: 3, 4: 3, 5: 2, 6: 2}
"""For groups of k words: how many of the rarest words (beyond k) a candidate may lack."""
_READ_COST = 1 / 250
"""Reading a rowid of a doclist, against ranking a matched row (measured at 1M sentences)."""
_WORD = re.compile(r"[^\W_]+")
_MARKS = re.compile("[\u0300-\u036f]")
"""The combining diacritics NFD splits off Latin and Cyrillic letters."""


def words(text: str) -> list[str]:
    """The words of a sentence as FTS5's ``unicode61 remove_diacritics 2`` sees them.

    Case and diacritics are folded for finding candidates only (``ё`` is ``е``,
    ``й`` is ``и``); Kazakh letters have no decomposition and stay apart. Scores
    are computed on the text as written.

    >>> words("Қазақстан мен ЕҚЫҰ: её 2026-жылы, Café")
    ['қазақстан', 'мен', 'еқыұ', 'ее', '2026', 'жылы', 'cafe']
    """
    folded = text.lower()
    if not folded.isascii():
        folded = _MARKS.sub("", unicodedata.normalize("NFD", folded))
    return _WORD.findall(folded)


def document_counts(conn: sqlite3.Connection, terms: set[str], known: dict[str, int]) -> None:
    """Add to ``known`` how many stored sentences hold each of ``terms`` (0 when none)."""
    missing = sorted(t for t in terms if t not in known)
    for start in range(0, len(missing), 200):
        part = missing[start : start + 200]
        marks = ",".join("?" * len(part))
        sql = f"SELECT term, documents FROM terms WHERE term IN ({marks})"
        known.update(conn.execute(sql, part).fetchall())
    for term in missing:
        known.setdefault(term, 0)


def word_groups(terms: list[str], counts: dict[str, int], total: int, budget: int) -> list:
    """Groups of words; a candidate holds every word of at least one group.

    Of the options (any one of the m rarest words, any two of them, ...) the one
    that lets a candidate lack the most of those words within ``budget``; the
    cheapest one when none fits.

    >>> word_groups(["a", "b", "c"], {"a": 5, "b": 10, "c": 900}, 10_000, 2000)
    [('a',), ('b',), ('c',)]
    >>> len(word_groups(list("abcdefgh"), dict.fromkeys("abcdefgh", 5000), 10**6, 2000))
    15
    """
    known = sorted({t for t in terms if counts.get(t)}, key=lambda t: (counts[t], t))
    n = len(known)
    lack = min(2, n - 1)
    best, best_key = [], None
    for k in range(1, min(n, len(_SPARE)) + 1):
        for m in range(k + lack, min(n, k + _SPARE[k]) + 1):
            groups = list(combinations(known[:m], k))
            cost = _cost(groups, counts, max(total, 1))
            key = (True, m - k, -cost) if cost <= budget else (False, 0, -cost)
            if best_key is None or key > best_key:
                best, best_key = groups, key
    return best


def _cost(groups: list, counts: dict[str, int], total: int) -> float:
    """What a query costs, in rows ranked: rows expected to match, and doclists read."""
    expected = reading = 0.0
    for group in groups:
        sizes = [counts[t] for t in group]
        expected += min(min(sizes), math.prod(s / total for s in sizes) * total)
        reading += sum(sizes) if len(sizes) > 1 else 0
    return expected + reading * _READ_COST


def match_expression(groups: list) -> str:
    """The FTS5 query of word groups: ``("a" AND "b") OR ("a" AND "c")``."""
    return " OR ".join("(" + " AND ".join(map(_quote, group)) + ")" for group in groups)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def candidates(
    conn: sqlite3.Connection, expression: str, limit: int, unit_filter: tuple[str, list]
) -> list[tuple[int, str]]:
    """The best-ranked stored sentences matching ``expression`` that have a wanted unit."""
    condition, params = unit_filter
    exists = (
        f" AND EXISTS (SELECT 1 FROM units u JOIN files f ON f.id = u.file_id"
        f" WHERE u.source_id = s.id AND {condition})"
        if condition
        else ""
    )
    sql = (
        "SELECT s.id, s.text FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid"
        f" WHERE sources_fts MATCH ?{exists} ORDER BY sources_fts.rank LIMIT ?"
    )
    return conn.execute(sql, [expression, *params, limit]).fetchall()


def score(query: str, text: str, cutoff: int) -> int | None:
    """The similarity of two sentences, 0-100; 100 only for identical text; None below cutoff.

    >>> score("The forum opens in 2025.", "The forum opens in 2026.", 75)
    95
    >>> score("Unity is our common asset.", "Unity is our common asset.", 75)
    100
    """
    if query == text:
        return 100
    from rapidfuzz import fuzz

    ratio = fuzz.ratio(query, text, score_cutoff=cutoff)
    if ratio < cutoff:
        return None
    return min(99, int(ratio))


def search_score(query: str, text: str, cutoff: int) -> int | None:
    """Like :func:`score`, but a short query also scores by the best-matching part of a
    long sentence, so a few words find the sentences that contain them (a concordance).

    >>> search_score("Астана", "Встреча прошла в Астане в ноябре.", 50)
    83
    """
    if query == text:
        return 100
    from rapidfuzz import fuzz

    value = fuzz.ratio(query, text)
    if len(query) < 0.6 * len(text):
        value = max(value, fuzz.partial_ratio(query.lower(), text.lower()))
    if value < cutoff:
        return None
    return min(99, int(value))


def best_pairs(news: list[str], olds: list[str], cutoff: int) -> list[tuple[str, str]]:
    """Best-first one-to-one pairs of similar sentences (new, old), each at least ``cutoff``.

    >>> best_pairs(["The forum opens in 2026."], ["The forum opens in 2025.", "Unity."], 70)
    [('The forum opens in 2026.', 'The forum opens in 2025.')]
    """
    if not news or not olds:
        return []
    from rapidfuzz import fuzz, process

    candidates = [
        (score, i, j)
        for i, new in enumerate(news)
        for _old, score, j in process.extract(
            new, olds, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        )
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs, used_new, used_old = [], set(), set()
    for _score, i, j in candidates:
        if i not in used_new and j not in used_old:
            used_new.add(i)
            used_old.add(j)
            pairs.append((news[i], olds[j]))
    return pairs
