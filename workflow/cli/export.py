"""Commands for communications staff: export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import AsUserOption, ReleaseArg
from .output import shown
from .session import session


def export(
    release_id: ReleaseArg,
    draft: Annotated[
        bool, typer.Option("--draft", help="Export before approval, marking what is missing.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for the files (default: exports/ID).")
    ] = None,
    formats: Annotated[str, typer.Option("--format", help="docx, html or both.")] = "docx,html",
    as_name: AsUserOption = None,
) -> None:
    """Build the DOCX and HTML files of a release in every language."""
    from ..actions import export as export_release
    from ..export.bundle import parse_formats

    chosen = parse_formats(formats)
    ws, actor = session(as_name)
    result = export_release(ws, actor, release_id, draft=draft, out=out, formats=chosen)
    for path in result.files:
        typer.echo(f"  {shown(path)}")
    for lang, missing in result.missing.items():
        if missing:
            typer.echo(f"Draft: {missing} sentences of {lang} are untranslated (highlighted)")
    for note in result.notes:
        typer.echo(f"Note: {note}")
    typer.echo(f"Exported {len(result.files)} files to {shown(result.folder)}")
    if result.archive is not None:
        typer.echo(f"  and the zip of them all: {shown(result.archive)}")
