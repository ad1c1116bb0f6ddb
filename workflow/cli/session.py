"""Who runs the command, and in which workspace: resolved here, for the terminal only.

The library never reads the environment or git to learn who the user is; this
face does, and passes an :class:`~workflow.people.Actor` down. The library is
imported inside the functions, when a command runs: every command module imports
this one, and ``press --version``, ``--help`` and shell completion should not pay
for what they do not use.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..people import Actor
    from ..workspace import Workspace


def workspace() -> Workspace:
    """The workspace of the current folder (or PRESS_ROOT); its config's warnings on stderr."""
    import typer

    from ..workspace import Workspace

    ws = Workspace.find()
    for warning in ws.config.warnings:
        typer.echo(f"warning: {warning}", err=True)
    ws.on_lock_wait = WaitNotice()
    return ws


class WaitNotice:
    """Tells the user once, on stderr, that the command waits for the workspace lock
    (another press command holds it); it goes on waiting. Silent in the worker
    processes a command forks (export --all), which wait for each other."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.told = False

    def __call__(self) -> None:
        if self.told or os.getpid() != self.pid:
            return
        self.told = True
        import typer

        typer.echo("waiting for another press command to finish…", err=True)


def actor(ws: Workspace, as_name: str | None) -> Actor:
    """The person named by ``--as``, else ``PRESS_USER``.

    In a single-user workspace, with neither, git's ``user.name`` or the login name:
    the journal should say who it was.
    """
    from ..people import identify

    name = (as_name or os.environ.get("PRESS_USER", "")).strip()
    if not name and ws.config.single_user:
        name = _git_user() or _login()
    return identify(ws.config, name)


def session(as_name: str | None) -> tuple[Workspace, Actor]:
    ws = workspace()
    return ws, actor(ws, as_name)


def _git_user() -> str:
    import subprocess

    try:
        done = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def read_input(path: Path, limit: int) -> bytes:
    """A file the user named, read before anything else is asked of them (bounded)."""
    from ..fsio import read_bytes

    return read_bytes(path, limit=limit)
