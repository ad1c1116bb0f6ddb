"""Creating a workspace, ingesting a release, updating it after its source changed.

``init_workspace(folder, organization, source_language, languages)`` (``press init``)
is the workspace module's own: it precedes any workspace and any actor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
from dataclasses import dataclass
from pathlib import Path, PurePath

from .. import journal, store
from ..config import Config
from ..errors import InputError, PressError
from ..locales import wrong_script
from ..memory import Memory
from ..merge import MEMORY_THRESHOLD, Leverage, merge_catalog
from ..model import Release, source_digest
from ..people import Action, Actor
from ..photos import own_folder, read_photos
from ..sources import build_release, default_id, read_source
from ..sources.document import SourceDocument
from ..sources.markdown import render_source
from ..sources.reading import Reading
from ..workspace import Workspace, check_id, init_workspace

MAX_JOURNALED_DROPS = 200
"""Dropped lines an ingest's journal line lists, at most (the original keeps them all)."""


@dataclass
class SourceResult:
    """What an ingest or update did: the release, and per language what became of its units."""

    release: Release
    languages: list[str]
    counts: dict[str, dict[str, int]]
    """Per target language: unchanged, edited, new, removed, restored, memory_exact...."""
    created: bool
    reading: Reading | None = None
    """How the source file was read (an ingest; an update reads press's own source.md)."""
    written: bool = True
    """False for a dry run, or an update that found nothing to change: nothing was written."""

    @property
    def release_id(self) -> str:
        return self.release.id

    @functools.cached_property
    def unit_kinds(self) -> dict[str, int]:
        """How many units of each kind the release has, in the order kinds first appear."""
        kinds: dict[str, int] = {}
        seen: set[str] = set()
        for _position, kind, sentence in self.release.positions():
            if sentence not in seen:
                seen.add(sentence)
                kinds[kind.value] = kinds.get(kind.value, 0) + 1
        return kinds

    @property
    def units(self) -> int:
        return sum(self.unit_kinds.values())


def ingest(
    ws: Workspace,
    actor: Actor,
    data: bytes,
    name: str,
    *,
    lang: str | None = None,
    release_id: str | None = None,
    title: str | None = None,
    dry_run: bool = False,
    beside: Path | None = None,
) -> SourceResult:
    """Read a source file (its bytes, and its file name for the type) into a release.

    ``beside`` is the folder the file was in: the photos a Markdown release names are
    taken from there (or, for a release that has them already, from its own folder)
    and kept under ``releases/<id>/``.

    The release gets one PO file per target language, and the file itself is kept
    verbatim as ``releases/<id>/original.<ext>``. With an explicit ``release_id``
    that exists already, the file replaces the release's source and every
    language is updated as :func:`update` does. A ``dry_run`` reads the file and
    checks everything an ingest checks, and changes nothing: the result says how
    the file was read (anyone may ask: it is a reading, like ``press status``).
    """
    if not dry_run:
        actor.require(Action.INGEST)
    document = read_source(data, name)
    language = _language(ws.config, document, lang)
    problem = wrong_script(" ".join(text for _kind, text in document.blocks()), language)
    if problem:
        raise InputError(
            f"{name} looks like {problem} text, not {language}",
            "give the right language with --lang",
        )
    if title is not None:
        if not title.strip():
            raise InputError("--title is empty", "give the headline, or leave --title out")
        document.title = " ".join(title.split())
    reading = document.reading
    if document.date is None:  # a release without a date is dated the day it came in
        document.date = dt.date.today()
        reading.date_from = "today: the file gives no date"
    elif reading.date_from is None:
        reading.date_from = "the file's front matter"
    explicit = release_id is not None
    release_id = check_id(release_id if explicit else document.id or default_id(document))
    document.id, document.language = release_id, language
    with ws.lock():
        exists = ws.has_release(release_id)
        if exists and not explicit:
            raise InputError(
                f"release '{release_id}' exists already",
                f"replace its source with --id {release_id}, or give another id",
            )
        folders = [(beside, f"{beside}/")] if beside is not None else []
        if dry_run:
            release = _built(document)
            read_photos(release, [*folders, own_folder(ws, release_id)])
            return SourceResult(release, [], {}, not exists, reading, written=False)
        result = _apply_source(
            ws,
            document,
            actor,
            "update" if exists else "ingest",
            note=f"from {name}",
            original=(data, PurePath(name).suffix.lower()),
            folders=folders,
        )
        result.reading = reading
        return result


def update(ws: Workspace, actor: Actor, release_id: str) -> SourceResult:
    """Bring every language up to a hand-edited ``releases/<id>/source.md``."""
    actor.require(Action.UPDATE)
    with ws.lock():
        document = store.read_document(ws, release_id)
        return _apply_source(ws, document, actor, "update", note="source.md edited")


def _language(config: Config, document: SourceDocument, lang: str | None) -> str:
    if lang and document.language and lang != document.language:
        raise InputError(
            f"--lang {lang} contradicts 'language: {document.language}' in the file",
            "drop --lang or correct the front matter",
        )
    language = lang or document.language or config.source_language
    if language not in config.languages:
        raise InputError(
            f"language '{language}' is not one of this workspace's languages",
            f"use one of {', '.join(config.languages)}",
        )
    return language


def _memory_leverage(ws: Workspace, release: Release, language: str) -> Leverage:
    def lookup(sources: list[str]) -> dict:
        with Memory(ws) as memory:
            return memory.lookup(
                sources,
                release.language,
                language,
                threshold=MEMORY_THRESHOLD,
                exclude_release=release.id,
            )

    return lookup


def _built(document: SourceDocument) -> Release:
    assert document.id and document.language
    release = build_release(document, document.id, document.language)
    if len(release.blocks) < 2:
        raise InputError("the release has a headline but no text", "check the source")
    return release


def _unchanged(ws, release_id, text, olds, counts, photos, targets) -> bool:
    """Whether an update would change nothing: the same source text, every catalog made
    from it with every unit as it was, and every photo as the journal last recorded it
    (a photo replaced by hand is journaled by the update)."""
    try:
        same_text = store.read_source_text(ws, release_id) == text
    except PressError:
        return False
    digest = source_digest(text)
    entries = store.history(ws, release_id).entries
    sourced = [e for e in entries if e["action"] in journal.SOURCE_ACTIONS]
    journaled = sourced[-1].get("photos", {}) if sourced else {}
    return (
        same_text
        and all(lang in olds and olds[lang].source_digest == digest for lang in targets)
        and not any(n for c in counts.values() for kind, n in c.items() if kind != "unchanged")
        and journaled == {p.file: p.digest for p in photos.values()}
    )


@contextlib.contextmanager
def _collector_paused():
    """The cyclic garbage collector held off while a release is merged.

    A merge makes a few objects per sentence (units, entries, strings) and keeps
    them to the end, none in a cycle: each of the collector's passes would walk
    them all again, for nothing (a quarter of an update of a long release).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_collector_paused()
def _apply_source(
    ws: Workspace,
    document: SourceDocument,
    actor: Actor,
    action: str,
    *,
    note: str,
    original: tuple[bytes, str] | None = None,
    folders: list[tuple[Path, str]] | None = None,
) -> SourceResult:
    """Store a release's source and bring every language's catalog up to it (lock held).

    Every catalog is merged and every photo read before anything is written: a
    refusal changes nothing. ``original`` is the ingested file's bytes and type, kept
    beside the source; the photos are looked for in ``folders`` (path, name in
    messages), then in the release's own folder.
    """
    release_id = document.id
    assert release_id and document.language
    text = render_source(document)
    release = _built(document)
    photos = read_photos(release, [*(folders or []), own_folder(ws, release_id)])
    created = not ws.has_release(release_id)
    olds = store.stored_catalogs(ws, release_id)
    written_in = {old.source_language for old in olds.values() if old.source_language}
    if written_in - {document.language}:
        raise InputError(
            f"release {release_id} is written in {written_in.pop()}, not {document.language}",
            "keep its language (ingest the other version under another id)",
        )
    digest = source_digest(text)
    targets = ws.config.targets(document.language)
    store.check_targets(ws, release_id, targets)
    counts, catalogs = {}, []
    for lang in targets:
        leverage = _memory_leverage(ws, release, lang)
        catalog, counts[lang] = merge_catalog(release, lang, olds.get(lang), leverage)
        catalog.source_digest = digest
        catalogs.append(catalog)
    if action == "update" and _unchanged(ws, release_id, text, olds, counts, photos, targets):
        return SourceResult(release, targets, counts, created, written=False)
    store.save_photos(ws, release_id, list(photos.values()))
    for catalog in catalogs:
        store.save_catalog(ws, catalog, release.title)
    before, after = store.save_source(ws, release_id, text)
    if original is not None:
        store.save_original(ws, release_id, *original)
    nonzero = {lang: {k: v for k, v in c.items() if v} for lang, c in counts.items()}
    dropped = document.reading.dropped
    extra = {"dropped": [[d.reason, d.line] for d in dropped[:MAX_JOURNALED_DROPS]]}
    store.record(
        ws,
        release_id,
        action,
        who=actor.name,
        language=document.language,
        counts=nonzero | {"units": len({sentence for *_, sentence in release.positions()})},
        before=before,
        after=after,
        note=note,
        **(extra if dropped else {}),
        **({"photos": {p.file: p.digest for p in photos.values()}} if photos else {}),
    )
    return SourceResult(release, targets, counts, created)


__all__ = ["SourceResult", "ingest", "init_workspace", "update"]
