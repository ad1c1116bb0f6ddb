"""Releases in a workspace: ingest, load, list and status.

Every function takes a :class:`Workspace` and returns data; the command line
prints it. Writing functions take the workspace lock and journal what they did.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from . import journal
from .catalogs import Catalog, now_stamp, read_catalog, render_catalog, sync_catalog
from .errors import InputError
from .model import Release, ReleaseState
from .sources import SourceDocument, build_release, default_id, read_source_file
from .sources.markdown import read_front_matter, read_markdown, render_source
from .workspace import Workspace, atomic_write, check_id

_KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def check_script(text: str, language: str, name: str) -> None:
    """Refuse a source whose letters plainly belong to another language than declared."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 40:
        return
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    kazakh = sum(1 for c in letters if c in _KAZAKH_ONLY)
    share = cyrillic / len(letters)
    if language == "en" and share > 0.5:
        wrong = "Cyrillic"
    elif language in ("kk", "ru") and share < 0.3:
        wrong = "Latin"
    elif language == "ru" and kazakh / len(letters) > 0.02:
        wrong = "Kazakh"
    elif language == "kk" and len(letters) > 300 and kazakh == 0:
        wrong = "Russian"
    else:
        return
    raise InputError(
        f"{name} looks like {wrong} text, not {language}",
        "give the right language with --lang",
    )


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


@dataclass
class IngestResult:
    release: Release
    units: int
    languages: list[str]


def ingest(
    workspace: Workspace,
    path: Path,
    *,
    lang: str | None = None,
    release_id: str | None = None,
    title: str | None = None,
    as_name: str | None = None,
) -> IngestResult:
    """Read a source file and create the release with one PO file per target language."""
    from .review import Action, authorize

    actor = authorize(workspace, Action.INGEST, as_name=as_name)
    document = read_source_file(path)
    language = _resolve_language(workspace, document, lang)
    check_script(" ".join(text for _kind, text in document.blocks()), language, path.name)
    if title:
        document.title = " ".join(title.split())
    release_id = check_id(release_id or document.id or default_id(document))
    document.id, document.language = release_id, language
    release = build_release(document, release_id, language)
    if len(release.blocks) < 2:
        raise InputError(f"{path.name} has a headline but no text", "check the file")
    targets = workspace.config.targets(language)
    with workspace.lock():
        if workspace.has_release(release_id):
            raise InputError(
                f"release '{release_id}' exists already",
                "give another id with --id, or edit its source.md",
            )
        for target in targets:
            catalog = sync_catalog(release, target, None)
            text = render_catalog(catalog, release.title)
            atomic_write(workspace.catalog_path(release_id, target), text)
        atomic_write(workspace.source_path(release_id), render_source(document))
        units = len(release.units())
        journal.record(
            workspace,
            release_id,
            "ingest",
            who=actor.name,
            language=language,
            counts={"units": units},
            after=journal.file_digest(workspace.source_path(release_id)),
            note=f"from {path.name}",
        )
    return IngestResult(release, units, targets)


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


def load_catalog(workspace: Workspace, release: Release, lang: str) -> Catalog:
    """The release's catalog in ``lang``, matched to the current source."""
    path = workspace.catalog_path(release.id, lang)
    existing = read_catalog(path) if path.is_file() else None
    return sync_catalog(release, lang, existing)


# Reading the state of releases cheaply: front matter and PO counts only.


def _front(workspace: Workspace, release_id: str) -> dict[str, str]:
    return read_front_matter(workspace.source_path(release_id).read_text(encoding="utf-8"))


def _catalogs(workspace: Workspace, release_id: str, langs: list[str]) -> dict[str, Catalog]:
    catalogs = {}
    for lang in langs:
        path = workspace.catalog_path(release_id, lang)
        if path.is_file():
            catalogs[lang] = read_catalog(path)
        else:  # a language added to the config after ingest: all untranslated
            catalogs[lang] = sync_catalog(load_release(workspace, release_id), lang, None)
    return catalogs


def content_digest(workspace: Workspace, release_id: str, catalogs: dict[str, Catalog]) -> str:
    """The digest an editor's approval is bound to: the source and every translation."""
    digest = hashlib.sha256(workspace.source_path(release_id).read_bytes())
    for lang in sorted(catalogs):
        for unit in catalogs[lang].units:
            digest.update(f"\x00{lang}\x00{unit.source}\x00{unit.translation}".encode())
    return digest.hexdigest()[:16]


def units_state(languages: dict[str, dict[str, int]]) -> ReleaseState:
    """The release state its units give: translating, in review or ready."""
    if any(c["untranslated"] or c["needs_work"] for c in languages.values()):
        return ReleaseState.TRANSLATING
    if any(c["translated"] for c in languages.values()):
        return ReleaseState.IN_REVIEW
    return ReleaseState.READY


SIGN_OFF_ACTIONS = ("approve", "reject", "publish")


def sign_off(entries: list[dict], digest: str) -> tuple[ReleaseState | None, dict | None]:
    """Approved or published, if the last sign-off still matches the content."""
    last = next((e for e in reversed(entries) if e["action"] in SIGN_OFF_ACTIONS), None)
    if last is None or last["action"] == "reject" or last.get("after") != digest:
        return None, None
    approval = next(e for e in reversed(entries) if e["action"] == "approve")
    state = ReleaseState.PUBLISHED if last["action"] == "publish" else ReleaseState.APPROVED
    return state, approval


def _reviewers(catalog: Catalog) -> dict[str, int]:
    counts: dict[str, int] = {}
    for unit in catalog.units:
        if unit.approved_by:
            counts[unit.approved_by.who] = counts.get(unit.approved_by.who, 0) + 1
    return counts


def release_status(workspace: Workspace, release_id: str) -> dict:
    """The stable status object of ``press status --json``.

    ``id``, ``title``, ``date``, ``state``, ``source_language`` and ``languages``
    (per language ``total``, ``untranslated``, ``needs_work``, ``translated``,
    ``approved``) are always there; ``reviewers`` (per language, units approved
    per person) and ``approval`` (who approved the release and when) when known.
    """
    workspace.require_release(release_id)
    front = _front(workspace, release_id)
    source_language = front.get("language") or workspace.config.source_language
    catalogs = _catalogs(workspace, release_id, workspace.config.targets(source_language))
    languages = {lang: catalog.counts() for lang, catalog in catalogs.items()}
    state, approval = units_state(languages), None
    if state is ReleaseState.READY:
        entries = journal.read_journal(workspace, release_id)
        signed, approval = sign_off(entries, content_digest(workspace, release_id, catalogs))
        state = signed or state
    status = {
        "id": release_id,
        "title": front.get("title", ""),
        "date": front.get("date") or None,
        "state": state.value,
        "source_language": source_language,
        "languages": languages,
        "reviewers": {lang: _reviewers(catalog) for lang, catalog in catalogs.items()},
    }
    if approval:
        status["approval"] = {"by": approval["who"], "time": approval["time"]}
    return status


def write_catalog(workspace: Workspace, release: Release, catalog: Catalog) -> tuple:
    """Write a changed catalog (lock held); the file's digests before and after, to journal."""
    path = workspace.catalog_path(release.id, catalog.language)
    before = journal.file_digest(path)
    catalog.revision_date = now_stamp()
    atomic_write(path, render_catalog(catalog, release.title))
    return before, journal.file_digest(path)


def list_releases(workspace: Workspace) -> list[dict]:
    """Every release with its id, title, date, state and source language."""
    keys = ("id", "title", "date", "state", "source_language")
    return [
        {key: status[key] for key in keys}
        for status in (release_status(workspace, rid) for rid in workspace.release_ids())
    ]
