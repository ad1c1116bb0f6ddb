"""The translation memory: every translated unit of every release, and imported TMX files.

The memory is a derived index, ``.press/memory.sqlite``, of the workspace's
PO files (``translations/<lang>/<id>.po``, read through ``catalogs``) and of
the TMX files imported into ``translations/memory/`` (copied there, so they
are versioned and survive deleting ``.press/``). It updates itself before
every lookup, search and export: files whose size or mtime changed are read
again, deleted ones are dropped (a lookup into one language sees to the files
that translate into it: that language's PO files and the TMX files). Delete it
at any time; it is rebuilt (the files read on every core, the rows written in
one transaction: see ``build``).

Scores are a plain edit-distance ratio (``rapidfuzz.fuzz.ratio``) rounded
down; 100 only for an identical sentence. At equal score an approved unit
wins over a translated one, a release over a TMX file, a newer release over
an older one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from . import files, fuzzy, index

if TYPE_CHECKING:
    from ..workspace import Workspace

# A lookup imports only what it needs: TMX, atomic writes and the file readers are
# imported by the functions that use them, so that ``press tm search`` starts fast.

DB_NAME = "memory.sqlite"


@dataclass(frozen=True)
class Match:
    """A unit of the memory found for a sentence."""

    source: str
    """The memory's source sentence."""
    target: str
    """Its translation."""
    score: int
    """0-100; 100 only for an identical source sentence."""
    origin: str
    """The release id, or ``tmx:<file name>``."""
    approved: bool
    """The unit was approved in its release (TMX units: False)."""
    source_language: str
    target_language: str


Found = tuple[Match, str]
"""A match and its unit's preference (a TMX unit exported by press: its state and release)."""


def _rank(found: Found) -> tuple:
    """Better matches rank higher: score, approval, a release over TMX, the newer release.

    Between units of one TMX file, the state and release recorded by a press export decide,
    so that a memory exported and imported elsewhere gives the same matches.
    """
    match, preference = found
    release = not match.origin.startswith("tmx:")
    return (match.score, match.approved, release, match.origin, preference)


def _ranked(found: list[Found]) -> list[Found]:
    """Best first; equal ones in a fixed order."""
    ordered = sorted(found, key=lambda f: (f[0].source, f[0].target))
    return sorted(ordered, key=_rank, reverse=True)


def _unit_filter(source: str, target: str, exclude_release: str | None) -> tuple[str, list]:
    """The SQL condition and parameters for units of a language pair, not of one release."""
    condition = "u.source_language = ? AND u.target_language = ?"
    params: list = [source, target]
    if exclude_release is not None:
        condition += " AND f.origin != ?"
        params.append(exclude_release)
    return condition, params


class Memory:
    """The translation memory of a workspace. Creating one does not touch the disk."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._conn: sqlite3.Connection | None = None
        self._fresh: set[tuple[str | None, str | None]] | None = None
        """Inside ``one_view``: what was refreshed for since it began, as (``skip_release``,
        the one language or None for all)."""

    @property
    def path(self) -> Path:
        return self.workspace.state_dir / DB_NAME

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = index.connect(self.path)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Memory:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def refresh(
        self, *, skip_release: str | None = None, language: str | None = None
    ) -> dict[str, int]:
        """Re-index changed and new files, drop deleted ones.

        Counts: ``files`` (re-)indexed, ``units`` indexed, ``removed`` files,
        ``skipped`` files that could not be read (they are tried again when they change).
        ``skip_release`` leaves that release's own PO files as they are; ``language``
        sees only to the files that hold units translated into it.
        """
        counts = files.refresh(self._db(), self.workspace.root, skip_release, language)
        if self._fresh is not None:
            self._fresh.add((skip_release, language))
        return counts

    @contextlib.contextmanager
    def one_view(self) -> Iterator[Memory]:
        """Lookups inside see the files as they were at the first one (refreshed once).

        The consistency check looks up every unit of a release: the files are compared
        with the index once for the command, not once per sentence. Outside, every
        lookup refreshes first.
        """
        self._fresh = set()
        try:
            yield self
        finally:
            self._fresh = None

    def _fresh_for(self, skip_release: str | None = None, language: str | None = None) -> None:
        fresh = self._fresh
        if fresh is None or not ({(skip_release, language), (skip_release, None)} & fresh):
            self.refresh(skip_release=skip_release, language=language)

    # Lookup and search

    def lookup(
        self,
        sources: list[str],
        source_language: str,
        target_language: str,
        *,
        threshold: int = 75,
        exclude_release: str | None = None,
    ) -> dict[str, Match]:
        """The best match of each sentence at or above ``threshold``; none for the others.

        ``exclude_release``: ignore that release's units (a release must not leverage itself).
        """
        wanted = list(dict.fromkeys(s for s in sources if s))
        if not wanted or source_language == target_language:
            return {}
        self._fresh_for(exclude_release, target_language)
        unit_filter = _unit_filter(source_language, target_language, exclude_release)
        with index.reading(self._db()):
            return self._lookup(wanted, threshold, unit_filter)

    def exact(
        self,
        source: str,
        source_language: str,
        target_language: str,
        *,
        exclude_release: str | None = None,
    ) -> list[Match]:
        """Every unit whose source is exactly ``source``, best first (the consistency check)."""
        if not source or source_language == target_language:
            return []
        self._fresh_for(exclude_release, target_language)
        unit_filter = _unit_filter(source_language, target_language, exclude_release)
        with index.reading(self._db()):
            found = self._exact([source], unit_filter).get(source, [])
        return [match for match, _ in _ranked(found)]

    def _lookup(
        self, wanted: list[str], threshold: int, unit_filter: tuple[str, list]
    ) -> dict[str, Match]:
        total = self._size()
        if not total:
            return {}  # an empty memory (a new workspace) matches nothing
        found = {
            source: _ranked(matches)[0][0]
            for source, matches in self._exact(wanted, unit_filter).items()
        }
        rest = [s for s in wanted if s not in found]
        known: dict[str, int] = {}
        fuzzy.document_counts(self._db(), {w for s in rest for w in fuzzy.words(s)}, known)
        for source in rest:
            matches = self._similar(source, threshold, unit_filter, known, total)
            if matches:
                found[source] = _ranked(matches)[0][0]
        return found

    def search(
        self,
        text: str,
        *,
        target_language: str | None = None,
        limit: int = 10,
        threshold: int = 50,
    ) -> list[Match]:
        """The units whose source is most like ``text``, in any source language, best first."""
        text = " ".join(text.split())
        if not text or limit <= 0:
            return []
        self._fresh_for(language=target_language)
        unit_filter: tuple[str, list] = ("", [])
        if target_language is not None:
            unit_filter = ("u.target_language = ?", [target_language])
        with index.reading(self._db()):
            known: dict[str, int] = {}
            fuzzy.document_counts(self._db(), set(fuzzy.words(text)), known)
            matches = self._exact([text], unit_filter).get(text, [])
            matches += self._similar(
                text,
                threshold,
                unit_filter,
                known,
                self._size(),
                budget=fuzzy.SEARCH_BUDGET,
                scorer=fuzzy.search_score,
            )
        unique: dict[tuple, Match] = {}
        for match, _preference in _ranked(matches):
            key = (match.source, match.target, match.source_language, match.target_language)
            unique.setdefault(key, match)
        return list(unique.values())[:limit]

    def _size(self) -> int:
        return self._db().execute("SELECT max(id) FROM sources").fetchone()[0] or 0

    def _units(
        self, scored: dict[int, tuple[str, int]], unit_filter: tuple[str, list]
    ) -> list[Found]:
        """The units of the scored sources (id -> text, score) that pass the filter."""
        condition, params = unit_filter
        ids = list(scored)
        marks = ",".join("?" * len(ids))
        sql = (
            "SELECT u.source_id, u.target, u.approved, f.origin, u.source_language,"
            " u.target_language, u.preference FROM units u JOIN files f ON f.id = u.file_id"
            f" WHERE u.source_id IN ({marks})" + (f" AND {condition}" if condition else "")
        )
        return [
            (Match(scored[sid][0], target, scored[sid][1], origin, bool(approved), sl, tl), pref)
            for sid, target, approved, origin, sl, tl, pref in self._db().execute(sql, ids + params)
        ]

    def _exact(self, texts: list[str], unit_filter: tuple[str, list]) -> dict[str, list[Found]]:
        """Units whose source is identical to one of ``texts``."""
        by_hash = {index.text_hash(t): t for t in texts}
        wanted = set(texts)
        scored: dict[int, tuple[str, int]] = {}
        hashes = list(by_hash)
        for start in range(0, len(hashes), 500):
            part = hashes[start : start + 500]
            marks = ",".join("?" * len(part))
            sql = f"SELECT id, text FROM sources WHERE hash IN ({marks})"
            for source_id, text in self._db().execute(sql, part):
                if text in wanted:
                    scored[source_id] = (text, 100)
        found: dict[str, list[Found]] = {}
        if scored:
            for item in self._units(scored, unit_filter):
                found.setdefault(item[0].source, []).append(item)
        return found

    def _similar(
        self,
        text: str,
        threshold: int,
        unit_filter: tuple[str, list],
        known: dict[str, int],
        total: int,
        budget: int = fuzzy.LOOKUP_BUDGET,
        scorer=fuzzy.score,
    ) -> list[Found]:
        """Units whose source scores at least ``threshold`` against ``text`` (not identical)."""
        groups = fuzzy.word_groups(fuzzy.words(text), known, total, budget)
        if not groups:
            return []
        expression = fuzzy.match_expression(groups)
        limit = fuzzy.CANDIDATES * (4 if budget > fuzzy.LOOKUP_BUDGET else 1)
        scored = {}
        for source_id, candidate in fuzzy.candidates(self._db(), expression, limit, unit_filter):
            value = scorer(text, candidate, threshold)
            if value is not None and value < 100:
                scored[source_id] = (candidate, value)
        return self._units(scored, unit_filter) if scored else []

    # TMX

    def import_tmx(self, path: Path) -> int:
        """Check a TMX file, copy it to ``translations/memory/`` and index it; units imported.

        A file of the same name in the memory is refused, as is a file that is not
        TMX, declares entities, or has no unit in our languages: nothing changes then.
        The caller holds the workspace lock (``actions.memory.import_tmx``).
        """
        from ..fsio import fsync_dir
        from .tmx import MAX_TMX_BYTES

        path = Path(path)
        if not path.is_file():
            raise InputError(f"{path} is not a file", "give the path of a .tmx file")
        if path.stat().st_size > MAX_TMX_BYTES:
            raise InputError(
                f"{path.name} is larger than {MAX_TMX_BYTES // (1024 * 1024)} MB",
                "split it into smaller TMX files",
            )
        name = tmx_file_name(path.name)
        folder = files.memory_dir(self.workspace.root)
        target = folder / name
        if target.exists():
            raise InputError(
                f"the memory has a TMX file named {name} already",
                f"rename your file, or delete translations/memory/{name} to replace it",
            )
        conn = self._db()
        created = not folder.is_dir()
        temporary = None
        try:
            temporary = _copy_beside(path, target)
            with index.batch(conn) as changes:
                stored = f"translations/memory/{name}"
                count = files.add_tmx(changes, stored, temporary, name, shown=path.name)
                os.replace(temporary, target)
        except BaseException:
            if temporary is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)
            if created:
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        fsync_dir(folder)
        return count

    def export_tmx(self, path: Path, *, target_language: str | None = None) -> int:
        """Write every unit of the memory (or those into one language) as TMX 1.4b; how many."""
        from ..fsio import atomic_file
        from ..locales import check_language
        from .tmx import TmxUnit, write_tmx

        if target_language is not None:
            check_language(target_language)
        self.refresh()
        conn = self._db()
        with index.reading(conn):
            units = (
                TmxUnit(*row[:5], "approved" if row[5] else "translated")
                for row in index.export_rows(conn, target_language)
            )
            with atomic_file(Path(path)) as handle:
                count = write_tmx(handle, units)
        return count


def tmx_file_name(name: str) -> str:
    """The name an imported file gets in ``translations/memory/``.

    >>> tmx_file_name("Legacy memory (2019).TMX"), tmx_file_name("../x.xml"), tmx_file_name("??")
    ('Legacy-memory-2019.tmx', 'x.tmx', 'memory.tmx')
    """
    stem = Path(name).stem if "." in name.lstrip(".") else name
    stem = re.sub(r"[^\w.-]+", "-", stem).strip(".-")
    return f"{stem or 'memory'}.tmx"


def _copy_beside(path: Path, target: Path) -> Path:
    """A copy of ``path`` in a hidden temporary file next to ``target``, flushed to disk."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle, open(path, "rb") as source:
            while block := source.read(1 << 20):
                handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        os.unlink(temporary)
        raise
    return Path(temporary)
