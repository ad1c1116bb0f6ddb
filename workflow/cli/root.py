"""The typer application and the terminal's one error boundary.

:class:`PressGroup` turns a :class:`PressError` from anywhere into one red line
on stderr and exit code 1. :func:`make_app` makes the application without its
commands; ``workflow.cli.commands`` registers them; no command module imports
this one.
"""

from __future__ import annotations

from typing import Annotated

import typer
from typer.core import TyperGroup

from ..errors import PressError, Unidentified
from .output import fail_lines, stop_if_stdout_gone


class PressGroup(TyperGroup):
    """The root command group; turns user errors into one line and exit code 1."""

    def list_commands(self, ctx: typer.Context) -> list[str]:
        """Commands in the order they were registered (a release's life), not alphabetically."""
        return list(self.commands)

    def make_context(self, *args, **kwargs):
        try:  # 'press --help | head -1': the help is printed while the arguments are read
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:
            stop_if_stdout_gone()
            raise

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except Unidentified as exc:
            names = ", ".join(exc.names)
            _fail(f"{exc.message} (say who you are with --as NAME or PRESS_USER: {names})")
        except PressError as exc:
            _fail(str(exc))
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                stop_if_stdout_gone()  # 'press list | head -1': the reader has all it wanted
            # the file system refused: say which file and why
            where = f" {exc.filename}" if exc.filename else ""
            _fail(f"cannot access{where}: {exc.strerror or exc}")


def _fail(message: str) -> None:
    fail_lines([message])


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"press {__version__}")
        raise typer.Exit()


def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Show press's version and exit.", is_eager=True, callback=_version
        ),
    ] = False,
) -> None:
    """Translate and publish press releases in English, Kazakh and Russian."""
    if ctx.invoked_subcommand is None:  # 'press' alone: the overview, as --help shows it
        typer.echo(ctx.get_help())
        raise typer.Exit()


def make_app() -> typer.Typer:
    """The root of ``press``: its options, its help and its error boundary."""
    app = typer.Typer(
        cls=PressGroup,
        name="press",
        invoke_without_command=True,
        context_settings={"help_option_names": ["-h", "--help"]},
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
    )
    app.callback()(_root)
    return app
