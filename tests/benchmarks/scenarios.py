"""The data of each case, written to a folder, with the answers its results are checked against."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from benchmarks.data import (
    ReleaseText,
    SentenceMaker,
    catalog_of,
    check_fast_po,
    make_release,
    new_workspace,
    plain_po,
    pseudo_translation,
    translate,
    write_catalog,
    write_source,
)
from workflow.model import UnitState

# The update case


@dataclass
class UpdateData:
    root: Path
    """The press workspace, its source.md already edited."""
    release_id: str
    old_po: Path
    """The translated PO file before the edit (msgmerge's and pot2po's input)."""
    new_pot: Path
    edits: dict[str, str]
    """Edited sentence -> the sentence it was."""
    added: list[str]
    removed: list[str]
    kept: list[str]


def make_update(folder: Path, sentences: int, seed: int = 11) -> UpdateData:
    """A translated release of ``sentences`` sentences, then 10 % edited, 5 % new, 5 % removed."""
    maker = SentenceMaker(seed)
    ws = new_workspace(folder / "ws", ["en", "kk"])
    taken: set[str] = set()
    old = make_release(
        maker, "2026-11-26-update-bench", "Release for the update bench", sentences, taken
    )
    digest = write_source(ws, old)
    units = translate(old.units(verify=True), "kk", UnitState.TRANSLATED)
    path = write_catalog(ws, catalog_of(old, "kk", units, digest), old.title, fast=False)
    old_po = folder / "old.po"
    shutil.copyfile(path, old_po)
    new, edits, added, removed = _edit_release(maker, old, taken)
    ws.source_path(old.id).write_text(new.source_text(), encoding="utf-8")
    new_pot = folder / "new.pot"
    new_pot.write_text(plain_po([(u.source, "") for u in new.units(verify=True)], None), "utf-8")
    changed = set(edits.values()) | set(removed)
    kept = [s for s in old.sentences() if s not in changed]
    return UpdateData(ws.root, old.id, old_po, new_pot, edits, added, removed, kept)


def _edit_release(maker: SentenceMaker, old: ReleaseText, taken: set[str]):
    rng = maker.rng
    count = len(old.sentences())
    slots = [(p, s) for p, para in enumerate(old.paragraphs) for s in range(len(para))]
    chosen = rng.sample(slots, count // 10 + count // 20)
    paragraphs: list[list] = [list(p) for p in old.paragraphs]
    edits = {}
    for p, s in chosen[: count // 10]:
        original = paragraphs[p][s]
        edited = maker.edit(original)
        while edited in taken:
            edited = maker.edit(original)
        taken.add(edited)
        paragraphs[p][s], edits[edited] = edited, original
    removed = []
    for p, s in chosen[count // 10 :]:
        removed.append(paragraphs[p][s])
        paragraphs[p][s] = None
    paragraphs = [kept for p in paragraphs if (kept := [s for s in p if s is not None])]
    added = maker.unique(count // 20, taken)
    for sentence in added:
        paragraph = paragraphs[rng.randrange(len(paragraphs))]
        paragraph.insert(rng.randint(0, len(paragraph)), sentence)
    return ReleaseText(old.id, old.title, paragraphs), edits, added, removed


def update_quality(data: UpdateData, entries: dict[str, tuple[str, bool]]) -> dict[str, int]:
    """Edits recovered, misleading fills of new sentences, unchanged sentences kept."""

    def entry(sentence):
        return entries.get(sentence, ("", False))

    return {
        "edits": len(data.edits),
        "recovered": sum(
            1
            for new, old in data.edits.items()
            if entry(new)[1] and entry(new)[0] == pseudo_translation(old, "kk")
        ),
        "new": len(data.added),
        "misleading": sum(1 for s in data.added if entry(s)[0]),
        "unchanged": len(data.kept),
        "kept": sum(1 for s in data.kept if entry(s) == (pseudo_translation(s, "kk"), False)),
    }


# The memory cases


@dataclass
class MemoryData:
    root: Path
    units: int
    files: int
    query: list[str]
    exact: dict[str, str]
    """Query sentence -> its translation in the memory."""
    edited: dict[str, str]
    """Query sentence -> the memory sentence it was edited from."""
    new: list[str]
    tm_po: Path | None
    picks: list[int]
    """The files the exact and edited sentences come from."""

    def file(self, index: int) -> Path:
        return self.root / "translations" / "kk" / f"{memory_id(index)}.po"


def memory_id(index: int) -> str:
    return f"2025-01-01-memory-{index:05d}"


def make_memory(folder: Path, files: int, per_file: int, *, tm_po: bool, seed: int = 21):
    """``files`` PO files of ``per_file`` approved units, and a 40-sentence query."""
    maker = SentenceMaker(seed)
    ws = new_workspace(folder / "ws", ["en", "kk"])
    picks = random.Random(seed).sample(range(files), 20)
    picked: dict[int, str] = {}
    pairs: list[tuple[str, str]] = []
    for i in range(files):
        release = make_release(
            maker, memory_id(i), f"Memory release number {i}", per_file - 1, set()
        )
        digest = write_source(ws, release)
        units = translate(release.units(verify=i == 0), "kk", UnitState.APPROVED)
        catalog = catalog_of(release, "kk", units, digest)
        path = write_catalog(ws, catalog, release.title, fast=True)
        if i == 0:
            check_fast_po(path, catalog)
        if i in picks:
            picked[i] = maker.rng.choice(release.sentences())
        if tm_po:
            pairs += [(u.source, u.translation) for u in units]
    exact = [picked[i] for i in picks[:10]]
    edited = {maker.edit(picked[i]): picked[i] for i in picks[10:]}
    new = SentenceMaker(seed + 1000).unique(20, set())
    query = [*exact, *edited, *new]
    random.Random(seed).shuffle(query)
    tm = None
    if tm_po:
        tm = folder / "memory.po"
        tm.write_text(plain_po(pairs, "kk", fast=True), encoding="utf-8")
    exact_map = {s: pseudo_translation(s, "kk") for s in exact}
    return MemoryData(ws.root, files * per_file, files, query, exact_map, edited, new, tm, picks)


def memory_quality(data: MemoryData, found: dict[str, dict]) -> dict[str, int]:
    """Recall of exact and edited sentences, and false matches of new ones.

    ``found`` maps a query sentence to its match (``source``, ``target``, ``score``).
    """
    return {
        "exact": sum(
            1
            for s, target in data.exact.items()
            if (m := found.get(s)) and m["score"] == 100 and m["target"] == target
        ),
        "edited": sum(
            1
            for s, origin in data.edited.items()
            if (m := found.get(s)) and m["score"] >= 75 and m["source"] == origin
        ),
        "false": sum(1 for s in data.new if s in found),
    }


def memory_quality_by_target(data: MemoryData, targets: dict[str, str]) -> dict[str, int]:
    """The same figures from a PO file filled by a tool that does not say what it matched."""
    return {
        "exact": sum(1 for s, target in data.exact.items() if targets.get(s) == target),
        "edited": sum(
            1
            for s, origin in data.edited.items()
            if targets.get(s) == pseudo_translation(origin, "kk")
        ),
        "false": sum(1 for s in data.new if targets.get(s)),
    }


def touch_memory(data: MemoryData) -> tuple[int, int]:
    """Change one memory file and delete another (neither holds a query sentence)."""
    changed, deleted = [i for i in range(data.files) if i not in data.picks][:2]
    path = data.file(changed)
    added = "An added sentence for the incremental refresh."
    path.write_text(
        path.read_text(encoding="utf-8")
        + f'\nmsgid "{added}"\nmsgstr "{pseudo_translation(added, "kk")}"\n',
        encoding="utf-8",
    )
    data.file(deleted).unlink()
    return changed, deleted


# The status case


STATE_MIX = (
    ("untranslated", 0.2),
    ("partial", 0.3),
    ("translated", 0.3),
    ("approved", 0.2),
)


def make_status(folder: Path, releases: int, per_release: int, seed: int = 31):
    """A workspace of ``releases`` releases in kk and ru in a mix of states; the expected totals."""
    maker = SentenceMaker(seed)
    rng = random.Random(seed)
    ws = new_workspace(folder / "ws", ["en", "kk", "ru"])
    totals = dict.fromkeys(("total", *(s.key for s in UnitState)), 0)
    profiles, weights = zip(*STATE_MIX, strict=True)
    for i in range(releases):
        release = make_release(
            maker,
            f"2025-01-01-status-{i:05d}",
            f"Status release number {i}",
            per_release - 1,
            set(),
        )
        digest = write_source(ws, release)
        for lang in ("kk", "ru"):
            units = release.units(verify=i == 0)
            profile = rng.choices(profiles, weights)[0]
            for unit in units:
                state = _state(profile, rng)
                translate([unit], lang, state)
                totals[state.key] += 1
            totals["total"] += len(units)
            catalog = catalog_of(release, lang, units, digest)
            path = write_catalog(ws, catalog, release.title, fast=True)
            if i == 0:
                check_fast_po(path, catalog)
    return ws.root, totals


def _state(profile: str, rng: random.Random) -> UnitState:
    if profile == "partial":
        return rng.choice(list(UnitState))
    return UnitState[profile.upper()]


# The segment case

_PHRASES = ("Mr. Karimov", "Dr. Seitova", "No. 12", "e.g. the", "U.S. officials", "3.5 percent")


def make_paragraphs(count: int, seed: int = 41) -> list[list[str]]:
    """Paragraphs of three to six sentences; some sentences hold abbreviations and decimals."""
    maker = SentenceMaker(seed)
    rng = maker.rng
    paragraphs = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            words = maker.sentence()[:-1].split()
            if rng.random() < 0.3:
                at = rng.randint(1, len(words) - 1)
                words[at:at] = rng.choice(_PHRASES).split()
            sentences.append(" ".join(words) + ".")
        paragraphs.append(sentences)
    return paragraphs


def write_json(path: Path, value) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path
