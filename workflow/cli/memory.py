"""The translation memory: press tm import, export, search."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import AsUserOption, JsonOption, TargetOption
from .output import Column, counted, print_json, print_table, require_folder, shown
from .session import session

tm = typer.Typer(
    help="The translation memory: every translated unit of every release, plus imported TMX.",
    no_args_is_help=True,
)

TmxArg = Annotated[Path, typer.Argument(help="A TMX file.", show_default=False)]


@tm.command("import")
def import_command(file: TmxArg, as_name: AsUserOption = None) -> None:
    """Import a TMX memory (from Trados, memoQ, OmegaT) into the workspace.

    The file is kept in translations/memory/ so the memory survives a rebuild.
    """
    from ..actions import import_tmx
    from ..errors import InputError

    if not file.exists():
        raise InputError(f"no such file: {file}", "give the path of a .tmx file")
    if not file.is_file():  # a folder, a device or a FIFO: never opened
        raise InputError(f"{file.name} is not a regular file", "give the path of a .tmx file")
    imported = import_tmx(*session(as_name), file)
    typer.echo(f"Imported {counted(imported.units, 'translation unit')} from {file.name}")


@tm.command("export")
def export_command(file: TmxArg, lang: TargetOption = None) -> None:
    """Write the memory as a TMX 1.4b file for CAT tools."""
    from ..actions import export_tmx

    require_folder(file)
    count = export_tmx(*session(None), file, lang)
    typer.echo(f"Wrote {counted(count, 'translation unit')} to {shown(file)}")


@tm.command("search")
def search_command(
    text: Annotated[str, typer.Argument(help="A sentence or a few words.", show_default=False)],
    lang: TargetOption = None,
    limit: Annotated[int, typer.Option(help="How many matches at most.", min=1)] = 10,
    json_output: JsonOption = False,
    as_name: AsUserOption = None,
) -> None:
    """Show the memory's best matches for a text, with their scores."""
    from dataclasses import asdict

    from ..actions import search

    matches = search(*session(as_name), text, lang=lang, limit=limit)
    if json_output:
        print_json([asdict(m) for m in matches])
        return
    if not matches:
        typer.echo("No match in the memory.")
        return
    columns = [
        Column("score", "right"),
        Column("langs"),
        Column("source", wrap=True),
        Column("translation", wrap=True),
        Column("origin"),
    ]
    rows = [
        [
            f"{m.score}%",
            f"{m.source_language}→{m.target_language}",
            m.source,
            m.target,
            m.origin + (" ✓" if m.approved else ""),
        ]
        for m in matches
    ]
    print_table(columns, rows)
