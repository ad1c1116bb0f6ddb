"""Commands translators use: pull and push."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .options import AsUserOption, LangOption, ReleaseArg, require_folder, workspace
from .root import app

ReviewOption = Annotated[
    bool, typer.Option("--review", help="A reviewer's file: approve, send back, correct.")
]


@app.command()
def pull(
    release_id: ReleaseArg,
    lang: LangOption,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Where to write the PO file ('-' for stdout)."),
    ] = None,
    review: ReviewOption = False,
) -> None:
    """Write the PO file a translator (or, with --review, a reviewer) edits.

    The file goes to ./ID.LANG.po unless -o says otherwise.
    """
    from ..exchange import pull as pull_catalog
    from ..locales import check_language
    from ..workspace import atomic_write

    text = pull_catalog(workspace(), release_id, check_language(lang), review=review)
    if output is not None and str(output) == "-":
        sys.stdout.write(text)
        return
    path = output or Path(f"{release_id}.{lang}{'.review' if review else ''}.po")
    require_folder(path)
    atomic_write(path, text)
    if review:
        typer.echo(f"Wrote {path}: review it in Poedit, then 'press push {path} --review'")
    else:
        typer.echo(
            f"Wrote {path}: translate it in Poedit or any PO editor, then 'press push {path}'"
        )


@app.command()
def push(
    file: Annotated[Path, typer.Argument(help="The translated PO file.", show_default=False)],
    review: ReviewOption = False,
    as_name: AsUserOption = None,
) -> None:
    """Take a translated PO file back; only translations and 'fuzzy' marks are read.

    With --review, a reviewer's file: units left as they are are approved, units
    marked fuzzy go back to the translator with the reviewer's comment, and
    corrected units take the reviewer's text as approved.
    """
    from ..errors import InputError
    from ..exchange import push as push_catalog

    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {file}", "check the path") from None
    result = push_catalog(workspace(), data, file.name, review=review, as_name=as_name)
    where = f"{result.release_id} ({result.language})"
    if not result.total_changed:
        typer.echo(f"Nothing changed in {where}: {result.unchanged} units as they were")
    else:
        parts = ", ".join(f"{n} {state.replace('_', ' ')}" for state, n in result.changed.items())
        typer.echo(f"Updated {where}: {parts}; {result.unchanged} unchanged")
    if result.kept:
        typer.echo(f"Kept {result.kept} earlier translations the file left empty")
    if result.newer:
        typer.echo(
            f"Kept {result.newer} units changed in the workspace since this file was pulled "
            "(the file still had their earlier text)"
        )
    if result.conflicts:
        where = ", ".join(result.conflicts[:8]) + (" …" if len(result.conflicts) > 8 else "")
        typer.echo(
            f"Left {len(result.conflicts)} units that someone else changed since this file "
            f"was pulled: {where}. Pull a fresh file and redo them there.",
            err=True,
        )
    if result.own:
        typer.echo(
            f"Left {result.own} units you translated yourself for another reviewer (four eyes)"
        )
