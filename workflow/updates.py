"""Source updates: a release's sentences change after translation has started.

``merge_catalog`` is the pure heart: it carries every unchanged sentence's
translation and approval over, recognises edited sentences (the new sentence
that takes the place of a removed one) and hands them back as needs work with
the earlier translation and the earlier source (``#| msgid``), keeps removed
sentences as obsolete entries, restores a sentence that comes back, and asks
the translation memory for the rest. ``apply_source`` writes the result for
every language under the lock and journals the counts.

Edits are found in two passes: first along the order of the release
(``difflib`` aligns the old and new sentence sequences, and each changed hunk
pairs its sentences by similarity — an edit stays where it was), then across
the whole release for sentences that moved. Both passes score with a plain
edit-distance ratio (rapidfuzz ``fuzz.ratio``), never a token-set score that
rates unrelated sentences high.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field

from . import journal
from .catalogs import Catalog, now_stamp, read_catalog, render_catalog, source_digest
from .errors import InputError
from .model import Mark, Release, Unit, UnitState
from .sources import SourceDocument, build_release
from .sources.markdown import render_source
from .workspace import Workspace, atomic_write

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


def _greedy_pairs(news: list[str], olds: list[str], cutoff: int) -> list[tuple[str, str]]:
    """Best-first one-to-one pairs of similar sentences."""
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


def pair_edits(
    old_order: list[str], new_order: list[str], removed: set[str], added: set[str]
) -> dict[str, str]:
    """Which added sentence is an edit of which removed one (new -> old)."""
    matcher = difflib.SequenceMatcher(None, old_order, new_order, autojunk=False)
    edits: dict[str, str] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        olds = [s for s in old_order[i1:i2] if s in removed]
        news = [s for s in new_order[j1:j2] if s in added]
        edits.update(_greedy_pairs(news, olds, EDIT_THRESHOLD))
    paired_old = set(edits.values())
    rest_new = [s for s in new_order if s in added and s not in edits]
    rest_old = [s for s in old_order if s in removed and s not in paired_old]
    edits.update(_greedy_pairs(rest_new, rest_old, MOVE_THRESHOLD))
    return edits


def _leverage(units: list[Unit], leverage: Leverage | None, counts: MergeCounts) -> None:
    if not units or leverage is None:
        return
    matches = leverage([unit.source for unit in units])
    filled = Mark("memory", dt.date.today().isoformat())
    for unit in units:
        match = matches.get(unit.source)
        if match is None:
            continue
        unit.translation, unit.translated_by = match.target, filled
        if match.score == 100 and match.approved:
            unit.state = UnitState.TRANSLATED
            unit.notes = [f"memory: exact match from {match.origin}"]
            counts.add("memory_exact")
        else:
            unit.state = UnitState.NEEDS_WORK
            unit.previous_source = match.source
            unit.notes = [f"memory: {match.score}% match from {match.origin}"]
            counts.add("memory_fuzzy")


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
            unit.take_over(known[unit.source])
            counts.add("unchanged")
        elif unit.source in obsolete:
            unit.take_over(obsolete.pop(unit.source))
            counts.add("restored")
        elif unit.source in edits:
            earlier = known[edits[unit.source]]
            unit.translation, unit.state = earlier.translation, UnitState.NEEDS_WORK
            unit.previous_source, unit.notes = earlier.source, earlier.notes
            unit.translated_by = earlier.translated_by
            counts.add("edited")
        else:
            fresh.append(unit)
            counts.add("new")
    _leverage(fresh, leverage, counts)
    gone = [known[s] for s in known if s in translated_removed and s not in edits.values()]
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


@dataclass
class SourceResult:
    release: Release
    languages: list[str]
    counts: dict[str, dict[str, int]]
    created: bool

    @property
    def units(self) -> int:
        return len(self.release.units())


def _memory_leverage(workspace: Workspace, release: Release, language: str) -> Leverage:
    def lookup(sources: list[str]) -> dict:
        from .memory import Memory

        with Memory(workspace) as memory:
            return memory.lookup(
                sources,
                release.language,
                language,
                threshold=MEMORY_THRESHOLD,
                exclude_release=release.id,
            )

    return lookup


def apply_source(
    workspace: Workspace,
    document: SourceDocument,
    *,
    who: str,
    action: str,
    note: str | None = None,
    use_memory: bool = True,
) -> SourceResult:
    """Store a release's source and bring every language's catalog up to it (lock held)."""
    release_id = document.id
    assert release_id and document.language
    text = render_source(document)
    release = build_release(document, release_id, document.language)
    if len(release.blocks) < 2:
        raise InputError("the release has a headline but no text", "check the source")
    created = not workspace.has_release(release_id)
    olds = _old_catalogs(workspace, release_id)
    written_in = {old.source_language for old in olds.values() if old.source_language}
    if written_in - {document.language}:
        raise InputError(
            f"release {release_id} is written in {written_in.pop()}, not {document.language}",
            "keep its language (ingest the other version under another id)",
        )
    digest = source_digest(text)
    targets = workspace.config.targets(document.language)
    counts, catalogs = {}, []
    # every catalog is merged before anything is written: a refusal changes nothing
    for lang in targets:
        leverage = _memory_leverage(workspace, release, lang) if use_memory else None
        catalog, counts[lang] = merge_catalog(release, lang, olds.get(lang), leverage)
        catalog.source_digest = digest
        catalogs.append(catalog)
    for catalog in catalogs:
        path = workspace.catalog_path(release_id, catalog.language)
        atomic_write(path, render_catalog(catalog, release.title))
    source_path = workspace.source_path(release_id)
    before = journal.file_digest(source_path)
    atomic_write(source_path, text)
    journal.record(
        workspace,
        release_id,
        action,
        who=who,
        language=document.language,
        counts={lang: _nonzero(c) for lang, c in counts.items()} | {"units": len(release.units())},
        before=before,
        after=journal.file_digest(source_path),
        note=note,
    )
    return SourceResult(release, targets, counts, created)


def _old_catalogs(workspace: Workspace, release_id: str) -> dict[str, Catalog]:
    """The release's catalogs as they are, in every language of the workspace."""
    olds = {}
    for lang in workspace.config.languages:
        path = workspace.catalog_path(release_id, lang)
        if path.is_file():
            olds[lang] = read_catalog(path)
    return olds


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


def update_release(
    workspace: Workspace, release_id: str, *, as_name: str | None = None
) -> SourceResult:
    """Re-read ``releases/<id>/source.md`` after a hand edit and update every language."""
    from .releases import load_document
    from .review import Action, authorize

    actor = authorize(workspace, Action.UPDATE, as_name=as_name)
    with workspace.lock():
        document = load_document(workspace, release_id)
        document.id = release_id
        document.language = document.language or workspace.config.source_language
        return apply_source(
            workspace, document, who=actor.name, action="update", note="source.md edited"
        )
