"""The translation memory: press tm import, export, search."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import AsUserOption, console, print_json, require_folder, shown
from .options import workspace as find_workspace
from .root import app

tm = typer.Typer(
    help="The translation memory: every translated unit of every release, plus imported TMX.",
    no_args_is_help=True,
)
app.add_typer(tm, name="tm")

TmxArg = Annotated[Path, typer.Argument(help="A TMX file.", show_default=False)]
TargetOption = Annotated[
    str | None, typer.Option("--lang", "-l", help="Only this target language (en, kk, ru).")
]


@tm.command("import")
def import_command(file: TmxArg, as_name: AsUserOption = None) -> None:
    """Import a TMX memory (from Trados, memoQ, OmegaT) into the workspace.

    The file is kept in translations/memory/ so the memory survives a rebuild.
    """
    from ..memory import Memory
    from ..review import Action, authorize

    ws = find_workspace()
    authorize(ws, Action.MEMORY, as_name=as_name)
    with Memory(ws) as memory:
        count = memory.import_tmx(file)
    typer.echo(f"Imported {count} translation units from {file.name}")


@tm.command("export")
def export_command(file: TmxArg, lang: TargetOption = None) -> None:
    """Write the memory as a TMX 1.4b file for CAT tools."""
    from ..locales import check_language
    from ..memory import Memory

    if lang:
        check_language(lang)
    require_folder(file)
    with Memory(find_workspace()) as memory:
        count = memory.export_tmx(file, target_language=lang)
    typer.echo(f"Wrote {count} translation units to {shown(file)}")


@tm.command("search")
def search_command(
    text: Annotated[str, typer.Argument(help="A sentence or a few words.", show_default=False)],
    lang: TargetOption = None,
    limit: Annotated[int, typer.Option(help="How many matches at most.")] = 10,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show the memory's best matches for a text, with their scores."""
    from dataclasses import asdict

    from ..locales import check_language
    from ..memory import Memory

    if lang:
        check_language(lang)
    with Memory(find_workspace()) as memory:
        matches = memory.search(text, target_language=lang, limit=limit)
    if json_output:
        print_json([asdict(m) for m in matches])
        return
    if not matches:
        typer.echo("No match in the memory.")
        return
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for column in ("score", "langs", "source", "translation", "origin"):
        table.add_column(column, justify="right" if column == "score" else "left")
    for m in matches:
        table.add_row(
            f"{m.score}%",
            f"{m.source_language}→{m.target_language}",
            m.source,
            m.target,
            m.origin + (" ✓" if m.approved else ""),
        )
    console().print(table)
