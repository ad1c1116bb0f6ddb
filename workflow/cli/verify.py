"""press verify: every file of the workspace checked, and mended where that is safe."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import AsUserOption, JsonOption
from .output import counted, print_json
from .session import session


def verify(
    repair: Annotated[
        bool,
        typer.Option(
            "--repair",
            help="Mend what is safe to mend: stale PO files, torn journal lines, "
            "unjournaled source changes, temporary files.",
        ),
    ] = False,
    json_output: JsonOption = False,
    as_name: AsUserOption = None,
) -> None:
    """Check every release's files: source.md, the PO files (as msgfmt --check
    would), the journal, and files that belong to no release.

    Exit code 0 when everything is sound (or, with --repair, was mended), 1
    when something is left for a person, each with what to do.
    """
    from ..actions import verify as verify_workspace

    result = verify_workspace(*session(as_name), repair=repair)
    if json_output:
        print_json({"releases": result.releases, "problems": [p.json() for p in result.problems]})
    else:
        for problem in result.problems:
            if problem.repaired:
                typer.echo(f"Repaired {problem.where}: {problem.what}")
            else:
                typer.echo(f"{problem.where}: {problem.what} ({problem.fix})", err=True)
        left = len(result.left)
        if not result.problems:
            typer.echo(f"Verified {counted(result.releases, 'release')}: every file is sound")
        elif not left:
            typer.echo(
                f"Verified {counted(result.releases, 'release')}: everything found was repaired"
            )
        else:
            found = f"{counted(result.releases, 'release')}: {counted(left, 'problem')} left"
            typer.echo(f"Verified {found}", err=True)
    if result.left:
        raise typer.Exit(1)
