"""The ``press`` command line: the only place that imports typer and rich.

Each command parses its arguments, resolves who the user is (``session.py``),
calls one action (``workflow.actions``) and prints the result. The typer
application is in ``root.py`` (with the one error boundary); ``commands.py``
registers the commands of the modules beside it. A command imports its action
inside its body, so a run pays only for the command it runs.

``press --help`` is answered from a cache when it can be: importing typer costs
more than the rest of the start-up together, and the help text only changes
when the command modules do. The cache (one small file in the user's cache
folder) is keyed by press's version, the size and mtime of every command
module, the program name and the terminal width, and is written the first time
from typer's own output, so the text is always typer's.
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(__file__)


def __getattr__(name: str):
    if name == "app":
        from .commands import app

        return app
    raise AttributeError(name)


def _help_cache_file() -> str | None:
    from shutil import get_terminal_size

    from .. import __version__

    try:
        stamps = sorted(
            (entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
            for entry in os.scandir(_HERE)
            if entry.name.endswith(".py")
        )
    except OSError:
        return None
    width = min(get_terminal_size().columns, 80)
    prog = os.path.basename(sys.argv[0])
    key = f"{__version__}|{prog}|{width}|{stamps}"
    import zlib

    name = f"help-{zlib.crc32(key.encode()):08x}-{len(key)}.txt"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "press", name)


def _cached_help(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return None


def _render_help(app, path: str | None) -> None:
    """Let typer print the help, and keep a copy for next time."""
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.suppress(SystemExit):
        app(standalone_mode=False)
    text = buffer.getvalue()
    sys.stdout.write(text)
    if path and text:
        with contextlib.suppress(OSError):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            temporary = f"{path}.{os.getpid()}.tmp"
            with open(temporary, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temporary, path)


def main() -> None:
    """The ``press`` command."""
    try:
        try:
            _main()
        finally:  # what is still buffered, while a closed pipe can be told apart
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        from .output import stop_if_stdout_gone

        stop_if_stdout_gone()
        raise


def _main() -> None:
    completing = "_PRESS_COMPLETE" in os.environ  # the shell asks for completions
    wants_help = sys.argv[1:] in (["--help"], ["-h"], []) and not completing
    path = _help_cache_file() if wants_help else None
    if path:
        text = _cached_help(path)
        if text:
            sys.stdout.write(text)
            return
    from .commands import COMMANDS, only  # a table: it imports nothing

    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command in COMMANDS and not completing:
        only(command)()  # a run that names its command builds only that one
        return
    from .commands import app

    if wants_help:
        _render_help(app, path)
    else:
        app()
