"""Releases in a workspace: ingest, load, list and status.

Every function takes a :class:`Workspace` and returns data; the command line
prints it. Writing functions take the workspace lock and journal what they did.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import journal
from .catalogs import Catalog, now_stamp, read_catalog, render_catalog, source_digest, sync_catalog
from .errors import InputError, WorkspaceError
from .model import Release
from .sources import SourceDocument, build_release, default_id, read_source_file
from .sources.markdown import read_markdown
from .workspace import Workspace, atomic_write, check_id

_KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def check_script(
    text: str,
    language: str,
    name: str,
    *,
    hint: str = "give the right language with --lang",
    kazakh_share: float = 0.02,
    latin: bool = True,
) -> None:
    """Refuse a text whose letters plainly belong to another language than declared.

    ``kazakh_share``: the share of Kazakh-only letters above which a Russian text is
    taken for Kazakh (Kazakh prose has about a tenth; a Russian text, a name or two).
    ``latin``: also refuse mostly Latin text as Kazakh or Russian.
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 40:
        return
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    kazakh = sum(1 for c in letters if c in _KAZAKH_ONLY)
    share = cyrillic / len(letters)
    if language == "en" and share > 0.5:
        wrong = "Cyrillic"
    elif latin and language in ("kk", "ru") and share < 0.3:
        wrong = "Latin"
    elif language == "ru" and kazakh / len(letters) > kazakh_share:
        wrong = "Kazakh"
    elif language == "kk" and len(letters) > 300 and kazakh == 0:
        wrong = "Russian"
    else:
        return
    raise InputError(f"{name} looks like {wrong} text, not {language}", hint)


def _resolve_language(workspace: Workspace, document: SourceDocument, lang: str | None) -> str:
    if lang and document.language and lang != document.language:
        raise InputError(
            f"--lang {lang} contradicts 'language: {document.language}' in the file",
            "drop --lang or correct the front matter",
        )
    language = lang or document.language or workspace.config.source_language
    if language not in workspace.config.languages:
        raise InputError(
            f"language '{language}' is not one of this workspace's languages",
            f"use one of {', '.join(workspace.config.languages)}",
        )
    return language


def ingest(
    workspace: Workspace,
    path: Path,
    *,
    lang: str | None = None,
    release_id: str | None = None,
    title: str | None = None,
    as_name: str | None = None,
):
    """Read a source file and create the release with one PO file per target language.

    With an explicit ``release_id`` that exists already, the file replaces the
    release's source and every language is updated as ``press update`` does.
    Returns a :class:`workflow.updates.SourceResult`.
    """
    from .review import Action, authorize
    from .updates import apply_source

    actor = authorize(workspace, Action.INGEST, as_name=as_name)
    document = read_source_file(path)
    language = _resolve_language(workspace, document, lang)
    check_script(" ".join(text for _kind, text in document.blocks()), language, path.name)
    if title:
        document.title = " ".join(title.split())
    if document.date is None:  # a release without a date is dated the day it came in
        document.date = dt.date.today()
    explicit = release_id is not None
    release_id = check_id(release_id or document.id or default_id(document))
    document.id, document.language = release_id, language
    with workspace.lock():
        exists = workspace.has_release(release_id)
        if exists and not explicit:
            raise InputError(
                f"release '{release_id}' exists already",
                f"replace its source with --id {release_id}, or give another id",
            )
        return apply_source(
            workspace,
            document,
            who=actor.name,
            action="update" if exists else "ingest",
            note=f"from {path.name}",
        )


def load_document(workspace: Workspace, release_id: str) -> SourceDocument:
    workspace.require_release(release_id)
    path = workspace.source_path(release_id)
    return read_markdown(path.read_text(encoding="utf-8"))


def load_release(workspace: Workspace, release_id: str) -> Release:
    """The release as its ``source.md`` says now."""
    document = load_document(workspace, release_id)
    language = document.language or workspace.config.source_language
    return build_release(document, release_id, language)


def target_languages(workspace: Workspace, release: Release) -> list[str]:
    return workspace.config.targets(release.language)


def check_target(workspace: Workspace, release: Release, lang: str) -> None:
    if lang == release.language:
        raise InputError(
            f"'{lang}' is the source language of {release.id}: it has no translation file",
            f"use one of {', '.join(target_languages(workspace, release))}",
        )
    if lang not in target_languages(workspace, release):
        raise InputError(
            f"'{lang}' is not a target language of {release.id}",
            f"use one of {', '.join(target_languages(workspace, release))}",
        )


def current_digest(workspace: Workspace, release_id: str) -> str:
    return source_digest(workspace.source_path(release_id).read_text(encoding="utf-8"))


def load_catalog(workspace: Workspace, release: Release, lang: str) -> Catalog:
    """The release's catalog in ``lang``; refused when ``source.md`` changed since it was made."""
    path = workspace.catalog_path(release.id, lang)
    digest = current_digest(workspace, release.id)
    existing = read_catalog(path) if path.is_file() else None
    if existing is not None and existing.source_digest != digest:
        raise WorkspaceError(
            f"the source of {release.id} changed since its translations were updated",
            f"run 'press update {release.id}' first",
        )
    catalog = sync_catalog(release, lang, existing)
    catalog.source_digest = digest
    return catalog


def write_catalog(workspace: Workspace, release: Release, catalog: Catalog) -> tuple:
    """Write a changed catalog (lock held); the file's digests before and after, to journal."""
    path = workspace.catalog_path(release.id, catalog.language)
    before = journal.file_digest(path)
    catalog.revision_date = now_stamp()
    atomic_write(path, render_catalog(catalog, release.title))
    return before, journal.file_digest(path)
