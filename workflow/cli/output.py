"""What the terminal shows: tables that fit it, plain lines for pipes, JSON, times, paths.

A table in a terminal uses the terminal's width: a header is never cut, an id
never wrapped, and long text (a title, a note) wraps inside its column; when
even that cannot fit, each row is printed as a short record instead. Piped or
redirected, a table is tab-separated lines under a header line, nothing cut
and no colour, for grep, cut and spreadsheets (``--json`` is the interface
for scripts). Times are shown in local time, readably; JSON keeps ISO 8601.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple, NoReturn

import typer

from ..errors import InputError

_GAP = 2
_MIN_WRAPPED = 16


class Column(NamedTuple):
    header: str
    justify: str = "left"
    wrap: bool = False
    """Long text that wraps in a terminal (never cut); other columns keep their width."""
    width: int = 0
    """For a picture column (a progress bar): its width; it is left out of piped output."""


def console(stderr: bool = False):
    from rich.console import Console

    return Console(highlight=False, stderr=stderr)


def _piped() -> bool:
    """Output to a pipe or file that the environment does not declare a terminal: known
    without rich (most of the start-up of a ``press status | grep``), as rich would tell."""
    import os
    import sys

    declared = "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ
    return not declared and not sys.stdout.isatty()


def fail_lines(messages: list[str]) -> None:
    """Each message as one red line on stderr, then exit code 1 (the terminal's error form)."""
    from rich.markup import escape

    err = console(stderr=True)
    for message in messages:
        err.print(f"[bold red]error:[/] [red]{escape(message)}[/]", soft_wrap=True)
    raise typer.Exit(1)


def stdout_is_gone() -> bool:
    """Whether stdout is a pipe whose reader has gone (``press list | head -1``): a
    :class:`BrokenPipeError` from anything else (a pipe to a helper program) is an error."""
    import select
    import sys

    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real stream (a test's runner)
        return False
    if not hasattr(select, "poll"):  # Windows: no way to ask; stdout is the likely pipe
        return True
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    return any(mask & (select.POLLERR | select.POLLHUP) for _, mask in poller.poll(0))


def stop_if_stdout_gone() -> None:
    """Stop quietly if the reader of stdout went away (:func:`stdout_is_gone`); else return,
    and the caller reports its broken pipe."""
    if stdout_is_gone():
        stdout_gone()


def stdout_gone() -> NoReturn:
    """Stop quietly because the reader of stdout went away, as git does: no message, exit
    code 141 (a process ended by SIGPIPE). Stdout is pointed at the null device first, so
    that the interpreter's last flush of what is still buffered cannot fail again."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass
    raise SystemExit(SIGPIPE_EXIT)


SIGPIPE_EXIT = 141
"""The exit code of a command whose output pipe was closed: 128 + SIGPIPE, as a shell
reports git's or cat's."""


def print_json(data) -> None:
    """``data`` as indented JSON, as ``json.dumps(data, ensure_ascii=False, indent=2)``
    writes it: with an indent, the standard library encodes in Python, which took
    longer than everything else ``press status --json`` does over 10,000 releases;
    orjson writes the same text. What orjson does not take (a key that is no
    string, a dataclass) goes to the standard library, which decides as before."""
    import orjson

    options = (
        orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
    )
    try:
        text = orjson.dumps(data, option=options).decode()
    except TypeError:  # orjson.JSONEncodeError
        import json

        text = json.dumps(data, ensure_ascii=False, indent=2)
    typer.echo(text)


def print_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence],
    *,
    title: str | None = None,
    caption: str | None = None,
) -> None:
    """Print rows under their column headers: fitted to a terminal, or tab-separated."""
    if _piped():
        _plain(columns, rows, title, caption)
        return
    out = console()
    if not out.is_terminal:
        _plain(columns, rows, title, caption)
        return
    from rich.markup import escape
    from rich.table import Table

    widths = [
        c.width or max([len(c.header), *(len(str(row[i])) for row in rows)])
        for i, c in enumerate(columns)
    ]
    fixed = sum(w for c, w in zip(columns, widths, strict=True) if not c.wrap)
    wrapped = sum(max(len(c.header), _MIN_WRAPPED) for c in columns if c.wrap)
    if title:
        out.print(f"[bold]{escape(title)}[/]", soft_wrap=True)
    if fixed + wrapped + _GAP * (len(columns) - 1) > out.width:
        _records(out, columns, rows)
    else:
        table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
        for column, width in zip(columns, widths, strict=True):
            if column.wrap:
                table.add_column(
                    column.header,
                    justify=column.justify,
                    ratio=1,
                    min_width=max(len(column.header), _MIN_WRAPPED),
                    overflow="fold",
                )
            else:
                table.add_column(
                    column.header, justify=column.justify, no_wrap=True, min_width=width
                )
        for row in rows:
            table.add_row(*(cell if not isinstance(cell, str) else escape(cell) for cell in row))
        out.print(table)
    if caption:
        out.print(escape(caption))


def _records(out, columns: Sequence[Column], rows: Sequence[Sequence]) -> None:
    """A terminal too narrow for the table: one line of the short fields (numbers with their
    headers), then each long field indented on lines of its own."""
    from rich.markup import escape
    from rich.padding import Padding

    for row in rows:
        short = []
        for index, (column, cell) in enumerate(zip(columns, row, strict=True)):
            if column.wrap or column.width or not str(cell):
                continue
            labelled = index and column.justify == "right"
            short.append(f"{column.header} {cell}" if labelled else str(cell))
        for number, line in enumerate(_fill(short, out.width - 2)):
            out.print(escape(line if number == 0 else f"  {line}"), soft_wrap=True)
        for column, cell in zip(columns, row, strict=True):
            if column.wrap and str(cell):
                out.print(Padding(escape(str(cell)), (0, 0, 0, 4)))


def _fill(fields: list[str], width: int) -> list[str]:
    """Fields joined by two spaces into lines of at most ``width``, never breaking a field.

    >>> _fill(["2026-11-12-osce", "done 100%", "approved 23"], 28)
    ['2026-11-12-osce  done 100%', 'approved 23']
    """
    lines: list[str] = []
    for text in fields:
        if lines and len(lines[-1]) + 2 + len(text) <= width:
            lines[-1] += "  " + text
        else:
            lines.append(text)
    return lines


def _plain(columns, rows, title: str | None, caption: str | None) -> None:
    keep = [i for i, c in enumerate(columns) if not c.width]
    if title:
        typer.echo(title)
    lines = ["\t".join(columns[i].header for i in keep)]
    lines += ["\t".join(_one_line(row[i]) for i in keep) for row in rows]
    typer.echo("\n".join(lines))
    if caption:
        typer.echo(caption)


def _one_line(cell) -> str:
    return " ".join(str(cell).replace("\t", " ").splitlines())


def counted(n: int, noun: str, plural: str | None = None, *, grouped: bool = False) -> str:
    """A number with its noun in English: one of it, or more (or none) of them.

    >>> counted(1, "unit"), counted(2, "unit"), counted(0, "file"), counted(2, "entry", "entries")
    ('1 unit', '2 units', '0 files', '2 entries')
    >>> counted(12345, "character", grouped=True)
    '12,345 characters'
    """
    number = f"{n:,}" if grouped else str(n)
    return f"{number} {noun if n == 1 else plural or noun + 's'}"


def local_time(iso: str) -> str:
    """An ISO 8601 time as a person reads it, in local time: ``26 Nov 2026 19:05``.

    >>> local_time("not a time")
    'not a time'
    """
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment.day} {moment:%b %Y %H:%M}"


def shown(path) -> str:
    """A path as the user should see it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def require_folder(path) -> None:
    """Refuse to write into a folder that does not exist (a typo should not create one)."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise InputError(f"no such folder: {folder}", "create it first, or check the path")


class ProgressBar:
    """A progress bar on stderr for a long run (``long_run`` steps or more) in a terminal;
    nothing otherwise (piped output stays clean)."""

    def __init__(self, label: str, long_run: int) -> None:
        self.label, self.long_run = label, long_run

    def __enter__(self) -> ProgressBar:
        self._progress = None
        self._task = None
        self._off = False
        return self

    def update(self, done: int, total: int) -> None:
        if self._off:
            return
        if self._progress is None:
            err = console(stderr=True)
            if total < self.long_run or not err.is_terminal:
                self._off = True
                return
            from rich.progress import Progress

            self._progress = Progress(console=err, transient=True)
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=total)
        self._progress.update(self._task, completed=done)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
