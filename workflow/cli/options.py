"""Arguments and options shared by several commands, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def complete_release(incomplete: str) -> list[str]:
    """Shell completion of a release id: the workspace's ids that start so."""
    from ..errors import PressError
    from ..workspace import Workspace

    try:
        ids = Workspace.find().release_ids()
    except (PressError, OSError):
        return []
    return [release_id for release_id in ids if release_id.startswith(incomplete)]


def complete_language(incomplete: str) -> list[str]:
    from ..model import LANGUAGES

    return [lang for lang in LANGUAGES if lang.startswith(incomplete)]


ReleaseArg = Annotated[
    str,
    typer.Argument(
        help="Release id (see 'press list').", show_default=False, autocompletion=complete_release
    ),
]
ReleaseOrAllArg = Annotated[
    str | None,
    typer.Argument(
        help="Release id (see 'press list'); or --all.",
        show_default=False,
        autocompletion=complete_release,
    ),
]
LangOption = Annotated[
    str,
    typer.Option(
        "--lang",
        "-l",
        help="Language: en, kk or ru.",
        show_default=False,
        autocompletion=complete_language,
    ),
]
TargetOption = Annotated[
    str | None,
    typer.Option(
        "--lang", "-l", help="Only this language (en, kk, ru).", autocompletion=complete_language
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
AsUserOption = Annotated[
    str | None,
    typer.Option("--as", help="Who you are (default: PRESS_USER).", show_default=False),
]
ReviewOption = Annotated[
    bool, typer.Option("--review", help="A reviewer's file: approve, send back, correct.")
]
FileArg = Annotated[Path, typer.Argument(show_default=False)]
