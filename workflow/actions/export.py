"""Exporting the bundle of a release: DOCX and HTML in every language, the index page,
the manifest and the zip."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import store
from ..errors import RuleError
from ..export.bundle import (
    FORMATS,
    MANIFEST,
    Logo,
    check_formats,
    editions,
    manifest,
    render_bundle,
    zip_bundle,
)
from ..fsio import atomic_write, read_bytes
from ..house import MAX_LOGO_BYTES, logo_matches
from ..model import ReleaseState
from ..people import Action, Actor
from ..status import release_digest, release_status
from ..workspace import Workspace


@dataclass
class ExportResult:
    folder: Path
    files: list[Path]
    """Every file of the bundle, the manifest last."""
    missing: dict[str, int]
    """Untranslated sentences per language (only a draft may have any)."""
    archive: Path | None = None
    """The zip of the bundle (``exports/<id>.zip``)."""
    notes: list[str] = field(default_factory=list)
    """What the user should know about the bundle (an SVG logo left out of DOCX)."""


def export(
    ws: Workspace,
    actor: Actor,
    release_id: str,
    *,
    draft: bool,
    out: Path | None = None,
    formats: tuple[str, ...] = FORMATS,
) -> ExportResult:
    """Render and write the bundle to ``out`` (default ``exports/<id>/``), its manifest
    and, beside the folder, its zip (``exports/<id>.zip``).

    A draft can be made by anyone; the final bundle only by a publisher, and only of an
    approved (or published) release whose content is still what the editor approved.
    """
    formats = check_formats(tuple(formats))
    if not draft:
        actor.require(Action.EXPORT)
    folder = Path(out) if out is not None else ws.export_dir(release_id)
    house = ws.config.house
    # under the lock, so the content checked is the content rendered
    with store.opened(ws, release_id) as stored:
        status = release_status(ws, release_id)
        if not draft:
            state = ReleaseState(status["state"])
            if state not in (ReleaseState.APPROVED, ReleaseState.PUBLISHED):
                raise RuleError(
                    f"release {release_id} is {state.label}, not approved: "
                    "only a draft can be exported",
                    f"export a draft with 'press export {release_id} --draft'",
                )
        logo = _logo(ws)
        catalogs = {lang: stored.catalog(lang) for lang in stored.targets}
        made = editions(stored.release, catalogs, house, draft)
        files = render_bundle(made, formats, house=house, logo=logo)
        files[MANIFEST] = manifest(
            release_id,
            files,
            digest=release_digest(ws, release_id),
            draft=draft,
            approval=status.get("approval"),
        )
        archive = folder.parent / f"{folder.name}.zip"
        for name, data in files.items():
            atomic_write(folder / name, data)
        _remove_stale(folder, release_id, files)
        atomic_write(archive, zip_bundle(release_id, files, stored.release.date))
    notes = []
    if logo is not None and not logo.is_png and "docx" in formats:
        notes.append(
            "the logo is SVG, which Word documents cannot show: the DOCX files have none "
            "(give a PNG logo in [letterhead] for both)"
        )
    return ExportResult(
        folder,
        [folder / name for name in files],
        {e.language: e.missing_count for e in made},
        archive,
        notes,
    )


def _logo(ws: Workspace) -> Logo | None:
    """The configured logo's bytes, checked again (the file may have changed since)."""
    name = ws.config.house.logo
    if name is None:
        return None
    data = read_bytes(ws.root / name, limit=MAX_LOGO_BYTES, name=f"[letterhead] logo '{name}'")
    if not logo_matches(name, data[:4096]):
        raise RuleError(
            f"[letterhead] logo '{name}' is not the image its name says",
            "save the logo as PNG or SVG under that name",
        )
    return Logo("logo" + Path(name).suffix.lower(), data)


def _remove_stale(folder: Path, release_id: str, files: dict[str, bytes]) -> None:
    """Files an earlier export of the release left that this bundle no longer has
    (a language or format since dropped), so the folder is what the manifest lists."""
    for path in folder.glob(f"{release_id}.*"):
        if path.name not in files and path.suffix in (".docx", ".html") and path.is_file():
            path.unlink()
