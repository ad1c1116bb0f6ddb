"""The typer application: the root group, the error boundary, the command modules.

:class:`PressGroup` is the one error boundary: a :class:`PressError` from anywhere
becomes one red line on stderr and exit code 1.
"""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from ..errors import PressError

COMMAND_ORDER = (
    "init",
    "ingest",
    "update",
    "list",
    "status",
    "pull",
    "push",
    "review",
    "approve",
    "reject",
    "translate",
    "check",
    "export",
    "publish",
    "log",
    "tm",
    "glossary",
    "verify",
)


class PressGroup(TyperGroup):
    """The root command group; turns user errors into one line and exit code 1."""

    def list_commands(self, ctx: typer.Context) -> list[str]:
        """Commands in the order of a release's life, not alphabetically."""
        names = super().list_commands(ctx)
        rank = {name: i for i, name in enumerate(COMMAND_ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(rank)))

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except PressError as exc:
            _fail(str(exc))
        except OSError as exc:  # the file system refused: say which file and why
            where = f" {exc.filename}" if exc.filename else ""
            _fail(f"cannot access{where}: {exc.strerror or exc}")


def _fail(message: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"[bold red]error:[/] [red]{escape(message)}[/]"
    )
    raise typer.Exit(1)


app = typer.Typer(
    cls=PressGroup,
    name="press",
    help="Translate and publish press releases in English, Kazakh and Russian.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

from . import exchange, export, memory, releases, review  # noqa: E402  (commands register on import)

__all__ = ["app", "exchange", "export", "memory", "releases", "review"]
