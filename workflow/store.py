"""A release's files: open it under the lock, then load; save catalogs and the source.

Actions that change a release do it in one order, and this module holds it:

    with store.opened(ws, release_id) as release:   # the lock first, then the files
        catalog = release.catalog("kk")             # refused if source.md changed since
        ...                                         # change units through rules.py
        before, after = release.save(catalog)       # atomic, under the lock
        release.record("push", who=..., ...)        # one journal line

Reading actions use :func:`load`, which takes no lock: every file is replaced
atomically, and a catalog made from another ``source.md`` than the one read is
refused, so a reader never mixes two states of a release.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import built, journal
from .errors import ConflictError, InputError
from .fsio import atomic_write, check_target, file_stamp, read_text
from .merge import carry_over
from .model import Release, source_digest
from .photos import PhotoFile
from .po.catalogs import Catalog, now_stamp, read_catalog, render_catalog
from .workspace import MAX_SOURCE_MD_BYTES, ORIGINAL_SUFFIXES, Workspace

if TYPE_CHECKING:  # the readers are imported when a source is read (see cut)
    from .sources.document import SourceDocument


def read_source_text(ws: Workspace, release_id: str) -> str:
    """The text of ``releases/<id>/source.md`` (a hand edit may have broken it: one line)."""
    ws.require_release(release_id)
    return read_text(
        ws.source_path(release_id),
        limit=MAX_SOURCE_MD_BYTES,
        name=f"releases/{release_id}/source.md",
        fix=f"save it as UTF-8 and run 'press update {release_id}'",
    )


def _document(ws: Workspace, release_id: str, text: str) -> SourceDocument:
    from .sources.markdown import read_markdown

    document = read_markdown(text)
    document.id = release_id
    document.language = document.language or ws.config.source_language
    return document


def read_document(ws: Workspace, release_id: str) -> SourceDocument:
    """The release's source document as ``source.md`` says now, id and language filled in."""
    return _document(ws, release_id, read_source_text(ws, release_id))


def cut(ws: Workspace, release_id: str, text: str) -> Release:
    """The release ``text`` (its ``source.md``) makes: its blocks cut into sentences.

    :func:`load` keeps what this makes (:mod:`workflow.built`): most of a push or a
    pull would otherwise be importing the readers.
    """
    from .sources import build_release

    document = _document(ws, release_id, text)
    return build_release(document, release_id, document.language)


@dataclass
class StoredRelease:
    """A release as its files say: the source, and its catalogs as they are asked for."""

    ws: Workspace
    release: Release
    digest: str
    """The digest of the ``source.md`` read; a catalog made from another is stale."""
    _catalogs: dict[str, Catalog] = field(default_factory=dict)
    _stamps: dict[Path, tuple | None] = field(default_factory=dict)
    """Each file read, as it was just before it was read (see :func:`opened`)."""

    @property
    def id(self) -> str:
        return self.release.id

    @property
    def targets(self) -> list[str]:
        """The languages the release is translated into."""
        return self.ws.config.targets(self.release.language)

    def check_target(self, lang: str) -> str:
        """Refuse a language the release has no translation file in."""
        if lang == self.release.language:
            raise InputError(
                f"'{lang}' is the source language of {self.id}: it has no translation file",
                f"use one of {', '.join(self.targets)}",
            )
        if lang not in self.targets:
            raise InputError(
                f"'{lang}' is not a target language of {self.id}",
                f"use one of {', '.join(self.targets)}",
            )
        return lang

    def path(self, lang: str) -> Path:
        return self.ws.catalog_path(self.id, lang)

    def catalog(self, lang: str) -> Catalog:
        """The release's catalog in ``lang``; refused when ``source.md`` changed since it was made.

        A language added to the config after ingest gets a catalog of untranslated units.
        """
        if lang not in self._catalogs:
            self.check_target(lang)
            path = self.path(lang)
            self._stamps[path] = file_stamp(path)
            existing = read_catalog(path) if path.is_file() else None
            if existing is not None and existing.source_digest != self.digest:
                raise _stale(self.id)
            catalog = carry_over(self.release, lang, existing)
            catalog.source_digest = self.digest
            self._catalogs[lang] = catalog
        return self._catalogs[lang]

    def save(self, catalog: Catalog) -> tuple[str | None, str | None]:
        """Write a changed catalog; the file's digests before and after, for the journal."""
        return save_catalog(self.ws, catalog, self.release.title)

    def record(self, action: str, **fields) -> dict:
        """Append one line to the release's journal (see :func:`journal.entry`)."""
        return record(self.ws, self.id, action, **fields)

    def unchanged(self) -> bool:
        """Whether every file read is still as it was read (the same inode, size and mtime)."""
        return all(file_stamp(path) == stamp for path, stamp in self._stamps.items())


def _stale(release_id: str) -> ConflictError:
    """The refusal of a catalog made from an earlier ``source.md``."""
    return ConflictError(
        f"the source of {release_id} changed since its translations were updated",
        f"run 'press update {release_id}' first (it takes a publisher)",
    )


def load(ws: Workspace, release_id: str) -> StoredRelease:
    """The release as its files say now, for reading (no lock)."""
    stamp = file_stamp(ws.source_path(release_id))
    text = read_source_text(ws, release_id)
    digest = source_digest(text)
    release = built.release(ws, release_id, digest, lambda: cut(ws, release_id, text))
    stored = StoredRelease(ws, release, digest)
    stored._stamps[ws.source_path(release_id)] = stamp
    stored._stamps[ws.journal_path(release_id)] = file_stamp(ws.journal_path(release_id))
    return stored


@contextlib.contextmanager
def opened(
    ws: Workspace, release_id: str, *, read: StoredRelease | None = None
) -> Iterator[StoredRelease]:
    """Take the workspace lock, then load the release: what is changed is what was read.

    ``read``: the release as loaded earlier without the lock (an action that spent a
    while elsewhere, waiting for a translation engine); it is used again if none of its
    files changed since, and loaded afresh otherwise.
    """
    with ws.lock():
        stored = read if read is not None and read.id == release_id and read.unchanged() else None
        stored = stored or load(ws, release_id)
        check_targets(ws, stored.id, stored.targets)
        yield stored


def check_targets(ws: Workspace, release_id: str, langs: list[str]) -> None:
    """Refuse before anything is written when a file of the release a command may write
    (source, journal, the catalogs in ``langs``) is a link, or leads out of the
    workspace: a refusal changes nothing."""
    paths = [ws.source_path(release_id), ws.journal_path(release_id)]
    paths += [ws.catalog_path(release_id, lang) for lang in langs]
    for path in paths:
        check_target(path)


@dataclass
class Translations:
    """A release's translations as its files say, read without cutting the source into
    sentences: for reading many releases at once (``press check --all``)."""

    id: str
    language: str
    """The source language."""
    date: dt.date | None
    catalogs: dict[str, Catalog]
    """Target language -> its catalog (the languages that have a file)."""


def read_translations(
    ws: Workspace, release_id: str, langs: list[str] | None = None
) -> Translations:
    """The release's catalogs in ``langs`` (default: every target language), refused like
    :meth:`StoredRelease.catalog` when ``source.md`` changed since they were made."""
    from .sources.markdown import parse_date, read_front_matter

    text = read_source_text(ws, release_id)
    head = read_front_matter(text)
    language = head.get("language") or ws.config.source_language
    day = parse_date(head["date"]) if head.get("date") else None
    digest = source_digest(text)
    catalogs = {}
    for lang in ws.config.targets(language) if langs is None else langs:
        path = ws.catalog_path(release_id, lang)
        if lang != language and path.is_file():
            catalog = read_catalog(path)
            if catalog.source_digest != digest:
                raise _stale(release_id)
            catalogs[lang] = catalog
    return Translations(release_id, language, day, catalogs)


# Writing (the lock held)


def _require_lock(ws: Workspace) -> None:
    if not ws.locked:
        raise RuntimeError("a release's files are written only under the workspace lock")


def stored_catalogs(ws: Workspace, release_id: str) -> dict[str, Catalog]:
    """The release's catalogs as they are, whatever source they were made from."""
    found = {}
    for lang in ws.config.languages:
        path = ws.catalog_path(release_id, lang)
        if path.is_file():
            found[lang] = read_catalog(path)
    return found


def save_catalog(ws: Workspace, catalog: Catalog, title: str) -> tuple[str | None, str | None]:
    """Write a catalog atomically; the file's digests before and after."""
    _require_lock(ws)
    path = ws.catalog_path(catalog.release_id, catalog.language)
    before = journal.file_digest(path)
    catalog.revision_date = now_stamp()
    atomic_write(path, render_catalog(catalog, title))
    return before, journal.file_digest(path)


def save_source(ws: Workspace, release_id: str, text: str) -> tuple[str | None, str | None]:
    """Write ``source.md`` atomically; its digests before and after."""
    _require_lock(ws)
    path = ws.source_path(release_id)
    before = journal.file_digest(path)
    atomic_write(path, text)
    return before, journal.file_digest(path)


def save_photos(ws: Workspace, release_id: str, photos: list[PhotoFile]) -> None:
    """Keep each photo under ``releases/<id>/`` at its path (rewritten only if changed)."""
    _require_lock(ws)
    folder = ws.release_dir(release_id)
    for photo in photos:  # every target checked before the first is written
        check_target(folder / photo.file)
    for photo in photos:
        path = folder / photo.file
        if not (path.is_file() and path.read_bytes() == photo.data):
            atomic_write(path, photo.data)


def save_original(ws: Workspace, release_id: str, data: bytes, suffix: str) -> Path:
    """Keep the file a release was ingested from, verbatim, replacing an earlier one."""
    _require_lock(ws)
    path = ws.original_path(release_id, suffix)
    atomic_write(path, data)
    for other in ORIGINAL_SUFFIXES:
        stale = ws.original_path(release_id, other)
        if other != suffix and stale.is_file():
            stale.unlink()
    return path


def record(ws: Workspace, release_id: str, action: str, **fields) -> dict:
    """Append one journal line to the release (the lock held)."""
    _require_lock(ws)
    return journal.append(ws.journal_path(release_id), journal.entry(action, **fields))


def history(ws: Workspace, release_id: str) -> journal.History:
    ws.require_release(release_id)
    return journal.read_history(ws.journal_path(release_id))
