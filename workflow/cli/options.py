"""Arguments and options shared by several commands, defined once."""

from __future__ import annotations

from typing import Annotated

import typer

ReleaseArg = Annotated[
    str, typer.Argument(help="Release id (see 'press list').", show_default=False)
]
LangOption = Annotated[
    str, typer.Option("--lang", "-l", help="Language: en, kk or ru.", show_default=False)
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
AsUserOption = Annotated[
    str | None,
    typer.Option("--as", help="Who you are (default: PRESS_USER).", show_default=False),
]


def workspace():
    """The workspace of the current folder (or PRESS_ROOT)."""
    from ..workspace import Workspace

    return Workspace.find()


def console():
    from rich.console import Console

    return Console(highlight=False)


def print_json(data) -> None:
    import json

    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def shown(path) -> str:
    """A path as the user should see it: relative to the current folder when inside it."""
    from pathlib import Path

    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def require_folder(path) -> None:
    """Refuse to write into a folder that does not exist (a typo should not create one)."""
    from pathlib import Path

    from ..errors import InputError

    folder = Path(path).parent
    if not folder.is_dir():
        raise InputError(f"no such folder: {folder}", "create it first, or check the path")
