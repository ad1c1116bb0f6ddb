"""Where releases stand: counts per language and the derived release state.

Status reads only summaries of files — a PO file's counts, reviewers and
digests; a ``source.md``'s front matter and digest; a journal's last sign-off —
and keeps them in a derived cache (``.press/status.sqlite``) keyed by each
file's size and modification time, so ``press status`` over thousands of
releases reads only what changed. The cache can be deleted at any time; when
it cannot be written (a read-only checkout) status works without it.

What only a changed file needs (the Markdown reader, the merge for a missing
language) is imported when one is read: a warm ``press status`` should not pay
for the readers of every source format.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

import orjson  # reading 30,000 summaries back is most of a warm status

from .errors import PressError
from .fsio import file_stamp, read_bytes, read_text
from .journal import read_history
from .model import ReleaseState, source_digest
from .po.catalogs import Catalog, read_catalog
from .workspace import (
    MAX_SOURCE_MD_BYTES,
    Workspace,
    catalog_name,
    check_id,
    journal_name,
    source_name,
)

SIGN_OFF_ACTIONS = ("approve", "reject", "publish")
_CACHE_VERSION = "5"


# Summaries: what status needs of each file.


def units_digest(catalog: Catalog) -> str:
    digest = hashlib.sha256()
    for unit in catalog.units:
        digest.update(f"{unit.source}\x00{unit.translation}\x00".encode())
    return digest.hexdigest()[:16]


def catalog_summary(catalog: Catalog) -> dict:
    reviewers: dict[str, int] = {}
    for unit in catalog.units:
        if unit.approved_by:
            reviewers[unit.approved_by.who] = reviewers.get(unit.approved_by.who, 0) + 1
    return {
        "counts": catalog.counts(),
        "reviewers": reviewers,
        "source_digest": catalog.source_digest,
        "units_digest": units_digest(catalog),
    }


def source_summary(text: str) -> dict:
    from .sources.markdown import photo_files, read_front_matter

    front = read_front_matter(text)
    return {
        "title": front.get("title", ""),
        "language": front.get("language", ""),
        "date": front.get("date") or None,
        "digest": source_digest(text),
        "photos": photo_files(text),
    }


def journal_summary(entries: list[dict]) -> dict:
    signed = [e for e in entries if e.get("action") in SIGN_OFF_ACTIONS]
    approvals = [e for e in signed if e["action"] == "approve"]
    return {
        "last": signed[-1] if signed else None,
        "approval": approvals[-1] if approvals else None,
    }


def content_digest(
    source: dict, catalogs: dict[str, dict], photos: dict[str, str] | None = None
) -> str:
    """The digest an editor's approval is bound to: the source, every translation and
    the bytes of every photo (a photo swapped after the approval reopens the release)."""
    digest = hashlib.sha256(source["digest"].encode())
    for lang in sorted(catalogs):
        digest.update(f"\x00{lang}\x00{catalogs[lang]['units_digest']}".encode())
    for file, photo in sorted((photos or {}).items()):
        digest.update(f"\x00photo\x00{file}\x00{photo}".encode())
    return digest.hexdigest()[:16]


def photo_digests(workspace: Workspace, cache: SummaryCache, release_id: str, source: dict):
    """Each photo the source names, with the digest of its file's bytes ("missing" or
    "unreadable" when there is none to read)."""
    folder = f"releases/{check_id(release_id)}"
    out = {}
    for file in source.get("photos", []):
        try:
            summary = cache.get(f"{folder}/{file}", _read_photo)
        except PressError:
            summary = {"digest": "unreadable"}
        out[file] = summary["digest"] if summary else "missing"
    return out


# The cache.


class SummaryCache:
    """File summaries keyed by path, valid while the file's size, mtime and inode are unchanged;
    and each release's status, valid while every file it was made from is.

    Every write of press replaces the file (a new inode), so even two writes within
    the file system's timestamp granularity are told apart. A warm ``press status``
    reads one row per release and stats its files; the file rows are read only when
    a release changed.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.base = str(workspace.root)
        config = workspace.config
        self.config_key = f"{_CACHE_VERSION}|{config.source_language}|{','.join(config.languages)}"
        self._rows: dict[str, tuple[int, int, int, str]] | None = None
        self.dirty: dict[str, tuple[int, int, int, str]] = {}
        self.statuses: dict[str, tuple[str, str]] = {}
        self.dirty_statuses: dict[str, tuple[str, str]] = {}
        self.seen: list[tuple[str, tuple[int, int, int] | None]] | None = None
        self.db: sqlite3.Connection | None = None
        with contextlib.suppress(OSError, sqlite3.Error):
            workspace.state_dir.mkdir(exist_ok=True)
            self.db = sqlite3.connect(workspace.state_dir / "status.sqlite", timeout=5)
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS summary "
                "(path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, inode INTEGER, data TEXT)"
            )
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS status (id TEXT PRIMARY KEY, config TEXT, data TEXT)"
            )
            self.statuses = {
                row[0]: row[1:] for row in self.db.execute("SELECT id, config, data FROM status")
            }

    @property
    def rows(self) -> dict[str, tuple[int, int, int, str]]:
        if self._rows is None:
            self._rows = {}
            if self.db is not None:
                with contextlib.suppress(sqlite3.Error):
                    query = "SELECT path, size, mtime, inode, data FROM summary"
                    self._rows = {row[0]: row[1:] for row in self.db.execute(query)}
        return self._rows

    def stamp(self, name: str) -> tuple[int, int, int] | None:
        """The file ``name`` (workspace-relative) as it is now; None if it is not there.

        Paths are plain strings here: over thousands of releases, building ``Path``
        objects for every file cost more than the reads the cache saves.
        """
        return file_stamp(os.path.join(self.base, name))

    def get(self, name: str, compute) -> dict | None:
        """The summary of the file ``name`` (None if it does not exist), computed only
        when it changed."""
        stamp = self.stamp(name)
        if self.seen is not None:
            self.seen.append((name, stamp))
        if stamp is None:
            return None
        key = f"{_CACHE_VERSION}:{name}"
        cached = self.rows.get(key)
        if cached and cached[:3] == stamp:
            return orjson.loads(cached[3])
        summary = compute(self.workspace.root / name)
        self.rows[key] = self.dirty[key] = (*stamp, orjson.dumps(summary).decode())
        return summary

    def status(self, release_id: str, compute) -> dict:
        """A release's status: kept while the config and every file ``compute`` looked at
        (through :meth:`get`, a missing file too) are as they were."""
        cached = self.statuses.get(release_id)
        if cached and cached[0] == self.config_key:
            files, status = orjson.loads(cached[1])
            if all(self.stamp(name) == (tuple(stamp) if stamp else None) for name, stamp in files):
                return status
        self.seen = []
        try:
            status = compute(release_id)
            files = self.seen
        finally:
            self.seen = None
        row = (self.config_key, orjson.dumps([files, status]).decode())
        self.statuses[release_id] = self.dirty_statuses[release_id] = row
        return status

    def save(self) -> None:
        if self.db is None or not (self.dirty or self.dirty_statuses):
            return
        with contextlib.suppress(sqlite3.Error):
            with self.db:
                self.db.executemany(
                    "INSERT OR REPLACE INTO summary VALUES (?, ?, ?, ?, ?)",
                    [(k, *v) for k, v in self.dirty.items()],
                )
                self.db.executemany(
                    "INSERT OR REPLACE INTO status VALUES (?, ?, ?)",
                    [(k, *v) for k, v in self.dirty_statuses.items()],
                )
            self.dirty.clear()
            self.dirty_statuses.clear()

    def close(self) -> None:
        self.save()
        if self.db is not None:
            self.db.close()


# Status.


def units_state(languages: dict[str, dict[str, int]]) -> ReleaseState:
    """The release state its units give: translating, in review or ready."""
    if any(c["untranslated"] or c["needs_work"] for c in languages.values()):
        return ReleaseState.TRANSLATING
    if any(c["translated"] for c in languages.values()):
        return ReleaseState.IN_REVIEW
    return ReleaseState.READY


def sign_off(journal: dict, digest: str) -> ReleaseState | None:
    """Approved or published, if the last sign-off still matches the content."""
    last = journal["last"]
    if last is None or last["action"] == "reject" or last.get("after") != digest:
        return None
    return ReleaseState.PUBLISHED if last["action"] == "publish" else ReleaseState.APPROVED


def _missing_catalog(workspace: Workspace, release_id: str, lang: str) -> dict:
    """A language added to the config after ingest: every unit untranslated."""
    from . import store
    from .merge import carry_over

    return catalog_summary(carry_over(store.load(workspace, release_id).release, lang, None))


def _status(workspace: Workspace, cache: SummaryCache, release_id: str) -> dict:
    source = cache.get(source_name(release_id), _read_source)
    language = source["language"] or workspace.config.source_language
    catalogs = {}
    for lang in workspace.config.targets(language):
        summary = cache.get(catalog_name(release_id, lang), _read_catalog)
        catalogs[lang] = summary or _missing_catalog(workspace, release_id, lang)
    languages = {lang: summary["counts"] for lang, summary in catalogs.items()}
    source_changed = any(
        summary["source_digest"] != source["digest"] for summary in catalogs.values()
    )
    state, approval = units_state(languages), None
    if source_changed:
        # the counts are of the sentences before the hand edit: until 'press update',
        # the release is being translated, whatever they say
        state = ReleaseState.TRANSLATING
    elif state is ReleaseState.READY:
        journal = cache.get(journal_name(release_id), _read_journal)
        journal = journal or journal_summary([])
        photos = photo_digests(workspace, cache, release_id, source)
        signed = sign_off(journal, content_digest(source, catalogs, photos))
        state, approval = signed or state, journal["approval"] if signed else None
    status = {
        "id": release_id,
        "title": source["title"],
        "date": source["date"],
        "state": state.value,
        "source_language": language,
        "languages": languages,
        "reviewers": {lang: summary["reviewers"] for lang, summary in catalogs.items()},
    }
    if approval:
        status["approval"] = {"by": approval["who"], "time": approval["time"]}
    if source_changed:
        status["source_changed"] = True  # source.md edited by hand: 'press update' is due
    return status


def _read_source(path: Path) -> dict:
    name = f"releases/{path.parent.name}/source.md"
    fix = f"save it as UTF-8 and run 'press update {path.parent.name}'"
    return source_summary(read_text(path, limit=MAX_SOURCE_MD_BYTES, name=name, fix=fix))


def _read_photo(path: Path) -> dict:
    from .photos import MAX_PHOTO_BYTES

    data = read_bytes(path, limit=MAX_PHOTO_BYTES, name=f"photo {path.name}")
    return {"digest": hashlib.sha256(data).hexdigest()[:16]}


def _read_catalog(path: Path) -> dict:
    return catalog_summary(read_catalog(path))


def _read_journal(path: Path) -> dict:
    return journal_summary(read_history(path).entries)


def statuses(
    workspace: Workspace,
    release_ids: list[str] | None = None,
    *,
    unreadable: dict[str, str] | None = None,
) -> list[dict]:
    """The status objects of ``release_ids`` (default: every release), in order.

    With ``unreadable``, a release whose files cannot be read (a hand edit broke
    one) is left out and its error put there, so one broken release does not hide
    the others; without it, the error is raised.
    """
    ids = workspace.release_ids() if release_ids is None else release_ids
    cache = SummaryCache(workspace)
    found = []
    try:
        for release_id in ids:
            try:
                found.append(cache.status(release_id, lambda rid: _status(workspace, cache, rid)))
            except PressError as exc:
                if unreadable is None:
                    raise
                unreadable[release_id] = str(exc)
    finally:
        cache.close()
    return found


def release_status(workspace: Workspace, release_id: str) -> dict:
    """The stable status object of ``press status ID --json``.

    ``id``, ``title``, ``date``, ``state``, ``source_language`` and ``languages``
    (per language ``total``, ``untranslated``, ``needs_work``, ``translated``,
    ``approved``) are always there; ``reviewers`` (per language, units approved per
    person), ``approval`` (who approved the release and when) and ``source_changed``
    (``source.md`` edited since the last update) when they apply.
    """
    workspace.require_release(release_id)
    return statuses(workspace, [release_id])[0]


def release_digest(workspace: Workspace, release_id: str) -> str:
    """The current content digest of a release (what an approval records)."""
    cache = SummaryCache(workspace)
    try:
        source = cache.get(source_name(release_id), _read_source)
        language = source["language"] or workspace.config.source_language
        catalogs = {
            lang: cache.get(catalog_name(release_id, lang), _read_catalog)
            or _missing_catalog(workspace, release_id, lang)
            for lang in workspace.config.targets(language)
        }
        return content_digest(source, catalogs, photo_digests(workspace, cache, release_id, source))
    finally:
        cache.close()


LIST_KEYS = ("id", "title", "date", "state", "source_language")
"""What ``press list`` shows of each release."""
