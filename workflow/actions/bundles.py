"""Exporting the bundle of a release: DOCX and HTML in every language, the index page,
the manifest and the zip."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import store
from ..errors import ConflictError, PressError, RuleError
from ..export.bundle import (
    MANIFEST,
    check_formats,
    default_formats,
    editions,
    manifest,
    pages,
    render_bundle,
    zip_bundle,
)
from ..export.edition import Logo
from ..export.fonts import FontFiles, find_font, font_folders, may_embed, missing_characters
from ..fsio import atomic_write, read_bytes
from ..house import MAX_LOGO_BYTES, logo_matches
from ..model import ReleaseState
from ..people import Action, Actor
from ..photos import own_folder, read_photos
from ..processes import SHARED, in_workers
from ..status import release_digest, release_status, statuses
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
    formats: tuple[str, ...] | None = None,
) -> ExportResult:
    """Render and write the bundle to ``out`` (default ``exports/<id>/``), its manifest
    and, beside the folder, its zip (``exports/<id>.zip``).

    A draft can be made by anyone; the final bundle only by a publisher, and only of an
    approved (or published) release whose content is still what the editor approved.
    """
    formats = check_formats(tuple(formats)) if formats is not None else default_formats()
    if not draft:
        actor.require(Action.EXPORT)
    # absolute, so that the zip beside '.' is the folder's name, not a hidden '.zip'
    folder = Path(os.path.abspath(out)) if out is not None else ws.export_dir(release_id)
    house = ws.config.house
    read = store.load(ws, release_id)  # read before the lock, checked again under it
    for lang in read.targets:
        read.catalog(lang)
    with store.opened(ws, release_id, read=read) as stored:  # what is checked is rendered
        status = release_status(ws, release_id)
        if not draft:
            state = ReleaseState(status["state"])
            if state not in (ReleaseState.APPROVED, ReleaseState.PUBLISHED):
                raise RuleError(
                    f"release {release_id} is {state.label}, not approved: "
                    "only a draft can be exported",
                    f"export a draft with 'press export {release_id} --draft'",
                )
        digest = release_digest(ws, release_id)
        logo = _logo(ws)
        photos = read_photos(stored.release, [own_folder(ws, release_id)])
        catalogs = {lang: stored.catalog(lang) for lang in stored.targets}
    # rendered without the lock: other commands, and the other workers of export --all,
    # go on meanwhile; the files are written under it, if the release is still as read
    made = editions(stored.release, catalogs, house, draft)
    laid_out = pages(made, house)
    notes: list[str] = []
    word = "docx" in formats or "pdf" in formats
    embed = _font(ws, laid_out, draft, notes) if word else None
    files = render_bundle(laid_out, formats, font=house.font, logo=logo, embed=embed, photos=photos)
    if "pdf" in formats:
        files.update(_pdfs(ws, files, stored.release.date, notes))
        if "docx" not in formats:
            files = {name: data for name, data in files.items() if not name.endswith(".docx")}
    files[MANIFEST] = manifest(
        release_id, files, digest=digest, draft=draft, approval=status.get("approval")
    )
    archive = folder.parent / f"{folder.name}.zip"
    with store.opened(ws, release_id, read=stored) as current:
        if current is not stored:
            raise ConflictError(
                f"release {release_id} changed while its bundle was being made",
                f"export it again: 'press export {release_id}'",
            )
        listed = _listed(folder)
        for name, data in files.items():
            atomic_write(folder / name, data)
        _remove_stale(folder, release_id, files, listed)
        atomic_write(archive, zip_bundle(release_id, files, stored.release.date))
    if logo is not None and not logo.is_png and word:
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


def _font(ws: Workspace, laid_out: list, draft: bool, notes: list[str]) -> FontFiles | None:
    """The font files to embed in the Word documents, checked: every character the bundle
    writes has a glyph (a final bundle is refused otherwise, a draft says so), and the
    licence allows embedding. None, with a note, when the font is not on this machine."""
    house = ws.config.house
    folder = ws.root / house.font_dir if house.font_dir else None
    found = find_font(house.font, font_folders(folder))
    if found is None:
        notes.append(
            f"the font '{house.font}' is not on this machine: the Word files name it but "
            "cannot carry it (install it, or put its .ttf files in [export] font_dir)"
        )
        return None
    written = frozenset().union(*(page.characters() for page in laid_out))
    missing = missing_characters(found.paths["regular"], "".join(sorted(written)))
    if missing:
        shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in missing[:5])
        message = f"the font '{house.font}' has no glyph for {shown}"
        hint = "name a font that has them in [export] font (DejaVu Serif has every one)"
        if not draft:
            raise RuleError(message, hint)
        notes.append(f"{message}: {hint}")
    if not all(may_embed(path) for path in found.paths.values()):
        notes.append(
            f"the licence of '{house.font}' does not allow embedding it: the Word files "
            "name it without carrying it"
        )
        return None
    return FontFiles(found.family, found.paths, cache=ws.state_dir / "fonts")


def _pdfs(ws: Workspace, files: dict[str, bytes], date, notes: list[str]) -> dict[str, bytes]:
    """The PDF of every DOCX of the bundle, or none and a note saying why.

    LibreOffice numbers a PDF's objects in an order of its own from one run to the
    next, so each PDF is kept in ``.press/pdf/`` under the digest of the DOCX it was
    made from: the same document gives the same PDF again (and at once).
    """
    from ..export.pdf import PdfError, render_pdfs

    cache = ws.state_dir / "pdf"
    wanted = {name: data for name, data in files.items() if name.endswith(".docx")}
    keys = {
        name: hashlib.sha256(f"{date}\0".encode() + data).hexdigest()
        for name, data in wanted.items()
    }
    out, missing = {}, {}
    for name, data in wanted.items():
        kept = cache / f"{keys[name]}.pdf"
        pdf_name = name.removesuffix(".docx") + ".pdf"
        if kept.is_file():
            out[pdf_name] = kept.read_bytes()
        else:
            missing[name] = data
    if not missing:
        return out
    try:
        made = render_pdfs(missing, date)
    except PdfError as exc:
        notes.append(f"{exc}; the rest of the bundle is built")
        return {}
    for name in missing:
        pdf_name = name.removesuffix(".docx") + ".pdf"
        out[pdf_name] = made[pdf_name]
        atomic_write(cache / f"{keys[name]}.pdf", made[pdf_name])
    return out


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


def _remove_stale(
    folder: Path, release_id: str, files: dict[str, bytes], listed: list[str]
) -> None:
    """Files an earlier export of the release left that this bundle no longer has (a
    language, format or photo since dropped), so the folder is what the manifest lists.

    ``listed``: the names the earlier manifest gave; only those, and the release's own
    documents, are ever removed (a folder given with ``--out`` may hold other files).
    """
    stale = [
        p.name for p in folder.glob(f"{release_id}.*") if p.suffix in (".docx", ".html", ".pdf")
    ]
    for name in [*stale, *listed]:
        path = folder / name
        if name not in files and path.is_file() and not path.is_symlink():
            path.unlink()


def _listed(folder: Path) -> list[str]:
    """The files an earlier manifest in ``folder`` lists (none if it is unreadable);
    names that are not plain relative paths are ignored."""
    try:
        record = json.loads(read_bytes(folder / MANIFEST, limit=4 * 1024 * 1024))
        names = [entry["name"] for entry in record["files"]]
    except (PressError, ValueError, KeyError, TypeError):
        return []
    return [
        n
        for n in names
        if isinstance(n, str) and n and not n.startswith("/") and ".." not in n.split("/")
    ]


@dataclass
class ExportAllResult:
    exported: list[ExportResult] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Releases left out, each with why (not approved, its files unreadable)."""


def export_all(
    ws: Workspace,
    actor: Actor,
    *,
    draft: bool,
    since: dt.date | None = None,
    formats: tuple[str, ...] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportAllResult:
    """Export every release (dated ``since`` or later), on every core.

    A final export takes the approved and published releases and names the others as
    skipped; ``draft`` exports every release as a draft. Each release is exported as
    :func:`export` does it, under its own lock, into ``exports/<id>/``.
    """
    formats = check_formats(tuple(formats)) if formats is not None else default_formats()
    if not draft:
        actor.require(Action.EXPORT)
    result = ExportAllResult()
    chosen = []
    for status in statuses(ws, unreadable=(unreadable := {})):
        day = dt.date.fromisoformat(status["date"]) if status.get("date") else None
        if since is not None and (day is None or day < since):
            continue
        state = ReleaseState(status["state"])
        if not draft and state not in (ReleaseState.APPROVED, ReleaseState.PUBLISHED):
            result.skipped.append((status["id"], f"{state.label}, not approved"))
            continue
        chosen.append(status["id"])
    result.skipped += sorted(unreadable.items())
    work = in_workers(
        _export_one,
        chosen,
        shared={"ws": ws, "actor": actor, "draft": draft, "formats": formats},
        least=2,
        most=2,
        stopped=(
            "a process exporting the releases was stopped (out of memory?)",
            "run the export again; the bundles written so far are whole",
        ),
    )
    for done, outcome in enumerate(work, 1):
        if isinstance(outcome, ExportResult):
            result.exported.append(outcome)
        else:
            result.skipped.append(outcome)
        if progress:
            progress(done, len(chosen))
    return result


def _export_one(release_id: str) -> ExportResult | tuple[str, str]:
    """One release's bundle (in a worker process, or in this one), or why it has none."""
    try:
        return export(
            SHARED["ws"],
            SHARED["actor"],
            release_id,
            draft=SHARED["draft"],
            formats=SHARED["formats"],
        )
    except PressError as exc:
        return (release_id, str(exc))
