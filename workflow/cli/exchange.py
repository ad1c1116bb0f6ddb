"""Commands translators use: pull and push."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..model import few
from .options import AsUserOption, LangOption, ReleaseArg, ReviewOption
from .output import counted, require_folder
from .session import read_input, session


def pull(
    release_id: ReleaseArg,
    lang: LangOption,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Where to write the PO file ('-' for stdout)."),
    ] = None,
    review: ReviewOption = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Write over a file there that holds work not pushed yet (it is lost)."
        ),
    ] = False,
    as_name: AsUserOption = None,
) -> None:
    """Write the PO file a translator (or, with --review, a reviewer) edits.

    The file goes to ./ID.LANG.po unless -o names another file or a folder. A file
    there already is written over only if it holds nothing the workspace does not
    have: one with translations not pushed yet is left as it is (push it first).
    """
    from ..actions import pull as pull_catalog
    from ..fsio import atomic_write
    from ..po.catalogs import MAX_PO_BYTES

    to_stdout = output is not None and str(output) == "-"
    name = f"{release_id}.{lang}{'.review' if review else ''}.po"
    path = output or Path(name)
    if path.is_dir():  # a folder: the file goes into it, as cp does
        path = path / name
    if not to_stdout:
        require_folder(path)
    replacing = None
    if not to_stdout and not force and path.is_file() and not path.is_symlink():
        replacing = (str(path), read_input(path, MAX_PO_BYTES))
    pulled = pull_catalog(*session(as_name), release_id, lang, review=review, replacing=replacing)
    if to_stdout:
        sys.stdout.write(pulled.text)
        return
    atomic_write(path, pulled.text)
    if review:
        typer.echo(f"Wrote {path}: review it in Poedit, then 'press push {path} --review'")
    else:
        typer.echo(
            f"Wrote {path}: translate it in Poedit or any PO editor, then 'press push {path}'"
        )


def push(
    file: Annotated[Path, typer.Argument(help="The translated PO file.", show_default=False)],
    review: ReviewOption = False,
    skip_conflicts: Annotated[
        bool,
        typer.Option(
            "--skip-conflicts",
            help="Take the rest of a file with conflicts; leave those units as they are.",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Take this file's text for conflicting units too."),
    ] = False,
    as_name: AsUserOption = None,
) -> None:
    """Take a translated PO file back; only translations and 'fuzzy' marks are read.

    With --review, a reviewer's file: units left as they are are approved, units
    marked fuzzy go back to the translator with the reviewer's comment, and
    corrected units take the reviewer's text as approved. A file with units
    changed in the workspace since it was pulled (from another copy), and in the
    file too, is refused as a whole, each named with both texts; --skip-conflicts
    takes the rest, --force takes the file's text for them too (journaled).
    """
    from ..actions import push as push_catalog
    from ..errors import InputError
    from ..po.catalogs import MAX_PO_BYTES

    if skip_conflicts and force:
        raise InputError("--skip-conflicts and --force exclude each other", "give one of them")
    data = read_input(file, MAX_PO_BYTES)
    on_conflict = "force" if force else "skip" if skip_conflicts else "refuse"
    result = push_catalog(
        *session(as_name), data, file.name, review=review, on_conflict=on_conflict
    )
    where = f"{result.release_id} ({result.language})"
    left = f" ({result.untranslated} still untranslated)" if result.untranslated else ""
    if not result.total_changed:
        typer.echo(
            f"Nothing changed in {where}: {counted(result.unchanged, 'unit')} as before{left}"
        )
    else:
        parts = ", ".join(f"{n} {state.replace('_', ' ')}" for state, n in result.changed.items())
        typer.echo(f"Updated {where}: {parts}; {result.unchanged} unchanged{left}")
    if result.signed_off:
        typer.echo(
            f"{result.release_id} was {result.signed_off.label}; this push changed it, so its "
            "units need review and the release an editor's approval again"
        )
    if result.kept:
        typer.echo(f"Kept {counted(result.kept, 'earlier translation')} the file left empty")
    if result.newer:
        typer.echo(
            f"Kept {counted(result.newer, 'unit')} changed in the workspace since this file was "
            "pulled (the file still had the earlier text)"
        )
    if result.forced:
        where = few(result.forced)
        typer.echo(
            f"Took this file's text for {counted(len(result.forced), 'unit')} changed in the "
            f"workspace since it was pulled: {where} (journaled)"
        )
    elif result.conflicts:
        where = few(result.conflicts)
        typer.echo(
            f"Left {counted(len(result.conflicts), 'unit')} changed in the workspace since this "
            f"file was pulled: {where}. Pull a fresh file and redo the work there."
        )
    if result.own:
        typer.echo(
            f"Left {counted(result.own, 'unit')} you translated yourself for another reviewer "
            "(four eyes)"
        )
    _show_findings(result)


def _show_findings(result) -> None:
    """What the checks found in the units the file changed: errors hold a unit (it needs
    work, the finding in a comment for its translator); warnings only inform."""
    if result.held:
        where = few(result.held)
        typer.echo(
            f"{_units(len(result.held))} work for errors the checks found: {where} "
            "(the findings are in their comments; correct them and push again)"
        )
    for finding in result.findings:
        typer.echo(f"  {finding.where} {finding.check} ({finding.severity}): {finding.message}")


def _units(n: int) -> str:
    return "1 unit needs" if n == 1 else f"{n} units need"
