"""Commands for communications staff: export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import AsUserOption, ReleaseOrAllArg
from .output import ProgressBar, counted, require_folder, shown
from .session import session

_LONG_RUN = 10
"""Releases from which a progress bar is drawn (in a terminal)."""


def export(
    release_id: ReleaseOrAllArg = None,
    draft: Annotated[
        bool, typer.Option("--draft", help="Export before approval, marking what is missing.")
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Folder for the files (default: exports/ID); their zip goes beside it: DIR.zip.",
        ),
    ] = None,
    formats: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="docx, html, pdf, or some of them [default: docx,html, and pdf with LibreOffice]",
            show_default=False,
        ),
    ] = None,
    all_releases: Annotated[
        bool, typer.Option("--all", help="Every approved release (every release with --draft).")
    ] = False,
    since: Annotated[
        str | None,
        typer.Option(metavar="DATE", help="With --all: only releases dated DATE or later."),
    ] = None,
    as_name: AsUserOption = None,
) -> None:
    """Build the bundle of a release: DOCX and HTML in every language, an index page,
    manifest.json and exports/ID.zip."""
    from ..errors import InputError
    from ..export.bundle import parse_formats

    if (release_id is None) == (not all_releases):
        raise InputError("name one release, or --all", "e.g. press export 2026-11-12-osce")
    if all_releases and out is not None:
        raise InputError("--out takes one release", "leave it out: --all writes to exports/")
    if out is not None:  # the bundle's own folder may be new, the one it goes into not
        require_folder(out)
    if since is not None and not all_releases:
        raise InputError("--since goes with --all", f"press export --all --since {since}")
    chosen = parse_formats(formats) if formats is not None else None
    ws, actor = session(as_name)
    if all_releases:
        _export_all(ws, actor, draft, chosen, _date(since))
        return
    from ..actions import export as export_release

    result = export_release(ws, actor, release_id, draft=draft, out=out, formats=chosen)
    for path in result.files:
        typer.echo(f"  {shown(path)}")
    for lang, missing in result.missing.items():
        if missing:
            are = "is" if missing == 1 else "are"
            typer.echo(
                f"Draft: {counted(missing, 'sentence')} of {lang} {are} untranslated (highlighted)"
            )
    for note in result.notes:
        typer.echo(f"Note: {note}")
    typer.echo(f"Exported {counted(len(result.files), 'file')} to {shown(result.folder)}")
    if result.archive is not None:  # beside the folder, as exports/ID.zip is beside exports/ID
        typer.echo(f"Zip of the bundle, beside its folder: {shown(result.archive)}")


def _export_all(ws, actor, draft: bool, formats: tuple[str, ...] | None, since) -> None:
    from ..actions import export_all

    with ProgressBar("Exporting", _LONG_RUN) as bar:
        result = export_all(
            ws, actor, draft=draft, since=since, formats=formats, progress=bar.update
        )
    for done in result.exported:
        typer.echo(f"  {shown(done.archive)}")
    for note in dict.fromkeys(n for done in result.exported for n in done.notes):
        typer.echo(f"Note: {note}")
    for release_id, why in result.skipped:
        typer.echo(f"Skipped {release_id}: {why}", err=True)
    kind = "draft" if draft else "bundle"
    kind += "" if len(result.exported) == 1 else "s"
    typer.echo(f"Exported {len(result.exported)} {kind} to {shown(ws.root / 'exports')}")


def _date(text: str | None):
    import datetime as dt

    from ..errors import InputError

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--since '{text}' is not a date", "write it as 2026-11-01") from None
