"""Arguments and options shared by several commands, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ReleaseArg = Annotated[
    str, typer.Argument(help="Release id (see 'press list').", show_default=False)
]
LangOption = Annotated[
    str, typer.Option("--lang", "-l", help="Language: en, kk or ru.", show_default=False)
]
TargetOption = Annotated[
    str | None, typer.Option("--lang", "-l", help="Only this language (en, kk, ru).")
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
