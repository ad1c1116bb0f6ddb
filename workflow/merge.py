"""Source updates, the pure part: an old catalog and a new release give the new catalog.

:func:`merge_catalog` carries every unchanged sentence's translation and
approval over, recognises edited sentences (the new sentence that takes the
place of a removed one) and hands them back as needs work with the earlier
translation and the earlier source (``#| msgid``), keeps removed sentences as
obsolete entries, restores a sentence that comes back, and asks the
translation memory (a function given to it) for the rest. It reads and writes
nothing; ``actions/releases.py`` does, under the lock.

Edits are found in two passes: first along the order of the release
(``difflib`` aligns the old and new sentence sequences, and each changed hunk
pairs its sentences by similarity — an edit stays where it was), then across
the whole release for sentences that moved. Both passes score with a plain
edit-distance ratio (``memory.fuzzy.best_pairs``), never a token-set score
that rates unrelated sentences high.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field

from . import rules
from .model import Release, Unit
from .po.catalogs import Catalog, now_stamp

EDIT_THRESHOLD = 70
"""Within a changed hunk, a new sentence this similar to a removed one is its edit."""
MOVE_THRESHOLD = 80
"""Across the release (a sentence that moved and changed), the bar is higher."""
MEMORY_THRESHOLD = 75

Leverage = Callable[[list[str]], dict]
"""Given source sentences, the best memory match of each (``memory.Match``)."""

COUNT_KEYS = ("unchanged", "edited", "new", "removed", "restored", "memory_exact", "memory_fuzzy")


@dataclass
class MergeCounts:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n


def pair_edits(
    old_order: list[str], new_order: list[str], removed: set[str], added: set[str]
) -> dict[str, str]:
    """Which added sentence is an edit of which removed one (new -> old)."""
    # imported here: every command that loads a release imports this module, and the
    # memory package (sqlite3 and all) is needed only when a source changed
    from .memory.fuzzy import best_pairs

    edits: dict[str, str] = {}
    for tag, i1, i2, j1, j2 in _opcodes(old_order, new_order):
        if tag != "replace":
            continue
        olds = [s for s in old_order[i1:i2] if s in removed]
        news = [s for s in new_order[j1:j2] if s in added]
        edits.update(best_pairs(news, olds, EDIT_THRESHOLD))
    paired_old = set(edits.values())
    rest_new = [s for s in new_order if s in added and s not in edits]
    rest_old = [s for s in old_order if s in removed and s not in paired_old]
    edits.update(best_pairs(rest_new, rest_old, MOVE_THRESHOLD))
    return edits


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """``difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()``, the same.

    A release's sentences are unique in each list (equal sentences are one unit), and
    then every matching block is part of a run of consecutive sentences found in both:
    :func:`_matching_blocks` looks at those runs, not at each sentence, as difflib does.
    """
    if len(set(a)) != len(a) or len(set(b)) != len(b):
        return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    codes = []
    i = j = 0
    for ai, bj, size in _matching_blocks(a, b):
        tag = "replace" if i < ai and j < bj else "delete" if i < ai else "insert" if j < bj else ""
        if tag:
            codes.append((tag, i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            codes.append(("equal", ai, i, bj, j))
    return codes


def _matching_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    """difflib's matching blocks of two lists without repeated items, and the end (n, m, 0).

    As difflib does: the longest block of the range (the first of equal ones), then
    the same on either side of it; adjacent blocks are joined.
    """
    where = {item: j for j, item in enumerate(b)}
    runs: list[tuple[int, int, int]] = []  # (i, j, size), in the order of a
    for i, item in enumerate(a):
        j = where.get(item)
        if j is None:
            continue
        if runs and runs[-1][0] + runs[-1][2] == i and runs[-1][1] + runs[-1][2] == j:
            runs[-1] = (runs[-1][0], runs[-1][1], runs[-1][2] + 1)
        else:
            runs.append((i, j, 1))
    ends = [i + size for i, _j, size in runs]
    blocks = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        best = (alo, blo, 0)
        for index in range(bisect.bisect_right(ends, alo), len(runs)):
            i, j, size = runs[index]
            if i >= ahi:
                break
            low = max(i, alo, blo - j + i)
            high = min(i + size, ahi, bhi - j + i)
            if high - low > best[2]:
                best = (low, low + j - i, high - low)
        i, j, k = best
        if k:
            blocks.append(best)
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    blocks.sort()
    joined = []
    for block in blocks:
        if (
            joined
            and joined[-1][0] + joined[-1][2] == block[0]
            and (joined[-1][1] + joined[-1][2] == block[1])
        ):
            joined[-1] = (joined[-1][0], joined[-1][1], joined[-1][2] + block[2])
        else:
            joined.append(block)
    return [*joined, (len(a), len(b), 0)]


def _leverage(units: list[Unit], leverage: Leverage | None, counts: MergeCounts) -> None:
    if not units or leverage is None:
        return
    matches = leverage([unit.source for unit in units])
    for unit in units:
        match = matches.get(unit.source)
        if match is None:
            continue
        counts.add(fill_from_match(unit, match))


def fill_from_match(unit: Unit, match) -> str:
    """Fill a new unit from a memory match (``memory.Match``); the count it goes under."""
    change = rules.fill_from_memory(
        unit,
        target=match.target,
        source=match.source,
        score=match.score,
        origin=match.origin,
        approved=match.approved,
    )
    return "memory_exact" if change is rules.Change.MEMORY_EXACT else "memory_fuzzy"


def merge_catalog(
    release: Release, language: str, old: Catalog | None, leverage: Leverage | None = None
) -> tuple[Catalog, dict[str, int]]:
    """The catalog of ``release`` in ``language``, carrying over what ``old`` has."""
    counts = MergeCounts()
    units = release.units()
    known = old.by_source() if old else {}
    obsolete = {u.source: u for u in old.obsolete} if old else {}
    new_sources = {u.source for u in units}
    added = {u.source for u in units if u.source not in known}
    removed = {s for s in known if s not in new_sources}
    translated_removed = {s for s in removed if known[s].translation}
    edits = pair_edits(
        [u.source for u in old.units] if old else [],
        [u.source for u in units],
        translated_removed,
        {s for s in added if s not in obsolete},
    )
    fresh = []
    for unit in units:
        if unit.source in known:
            rules.carry_over(unit, known[unit.source])
            counts.add("unchanged")
        elif unit.source in obsolete:
            rules.carry_over(unit, obsolete.pop(unit.source))
            counts.add("restored")
        elif unit.source in edits:
            rules.carry_edit(unit, known[edits[unit.source]])
            counts.add("edited")
        else:
            fresh.append(unit)
            counts.add("new")
    _leverage(fresh, leverage, counts)
    edited = set(edits.values())
    gone = [known[s] for s in known if s in translated_removed and s not in edited]
    counts.add("removed", len(removed) - len(edits))
    catalog = Catalog(
        release_id=release.id,
        language=language,
        source_language=release.language,
        units=units,
        revision_date=now_stamp(),
        last_translator=old.last_translator if old else "",
        obsolete=[*gone, *(u for u in obsolete.values() if u.source not in new_sources)],
    )
    return catalog, counts.counts


def carry_over(release: Release, language: str, existing: Catalog | None) -> Catalog:
    """The catalog of ``release`` in ``language`` from a catalog of the same source.

    Every sentence keeps what ``existing`` has for it; positions and kinds are the
    release's (a language added to the config after ingest starts untranslated).
    """
    known = existing.by_source() if existing else {}
    units = []
    for unit in release.units():
        old = known.get(unit.source)
        if old is not None:
            rules.carry_over(unit, old)
        units.append(unit)
    return Catalog(
        release_id=release.id,
        language=language,
        source_language=release.language,
        units=units,
        revision_date=existing.revision_date if existing else now_stamp(),
        last_translator=existing.last_translator if existing else "",
        source_digest=existing.source_digest if existing else "",
        obsolete=existing.obsolete if existing else [],
    )
