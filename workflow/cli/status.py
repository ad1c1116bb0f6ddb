"""Commands everyone uses to see where things stand: list, status, log."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import AsUserOption, JsonOption, ReleaseArg, complete_release
from .output import (
    Column,
    console,
    counted,
    fail_lines,
    local_time,
    print_json,
    print_table,
)
from .session import session


def list_command(json_output: JsonOption = False, as_name: AsUserOption = None) -> None:
    """List the releases of the workspace with their state."""
    from ..actions import list_releases

    overview = list_releases(*session(as_name))
    rows = overview.releases
    if json_output:
        print_json(rows)
    elif rows:
        print_table(
            [Column("id"), Column("lang"), Column("state"), Column("title", wrap=True)],
            [[r["id"], r["source_language"], _state(r), r["title"]] for r in rows],
        )
    elif not overview.unreadable:
        typer.echo("No releases yet. Add one with: press ingest FILE --lang LANG")
    _unreadable(overview.unreadable)


def _unreadable(problems: dict[str, str]) -> None:
    """One error line for each release that could not be read; exit code 1 if any."""
    if problems:
        fail_lines(list(problems.values()))


def status(
    release_id: Annotated[
        str | None,
        typer.Argument(
            help="Release id; all releases when left out.", autocompletion=complete_release
        ),
    ] = None,
    json_output: JsonOption = False,
    as_name: AsUserOption = None,
) -> None:
    """Show translation progress per language and the release state.

    With an id: a table with progress bars per language; without: one line per release.
    """
    from ..actions import status as release_status
    from ..actions import statuses

    ws, actor = session(as_name)
    if release_id:
        found = release_status(ws, actor, release_id)
        if json_output:
            print_json(found)
            return
        _release_table(found)
        if found.get("source_changed"):
            typer.echo(f"source.md was edited: run 'press update {release_id}'")
        return
    overview = statuses(ws, actor)
    rows = overview.releases
    if json_output:
        print_json(rows)
    elif rows:
        print_table(
            [Column("id"), Column("state"), Column("done / approved")],
            [[row["id"], _state(row), _percentages(row)] for row in rows],
        )
    elif not overview.unreadable:
        typer.echo("No releases yet. Add one with: press ingest FILE --lang LANG")
    _unreadable(overview.unreadable)


def _state(row: dict) -> str:
    from ..model import ReleaseState

    label = ReleaseState(row["state"]).label
    return label + (" (source edited)" if row.get("source_changed") else "")


def _percentages(row: dict) -> str:
    parts = []
    for lang, counts in row["languages"].items():
        total = counts["total"] or 1
        done = counts["translated"] + counts["approved"]
        parts.append(f"{lang} {100 * done // total}%/{100 * counts['approved'] // total}%")
    return "  ".join(parts)


def _release_table(status: dict) -> None:
    from rich.progress_bar import ProgressBar

    approval = status.get("approval")
    caption = (
        f"approved by {approval['by']} on {local_time(approval['time'])}" if approval else None
    )
    columns = [
        Column("lang"),
        Column("progress", width=12),
        Column("done", "right"),
        Column("untranslated", "right"),
        Column("needs work", "right"),
        Column("machine", "right"),
        Column("translated", "right"),
        Column("approved", "right"),
        Column("reviewers", wrap=True),
    ]
    rows = []
    for lang, counts in status["languages"].items():
        total = counts["total"] or 1
        done = counts["translated"] + counts["approved"]
        reviewers = status["reviewers"].get(lang, {})
        rows.append(
            [
                lang,
                ProgressBar(total=total, completed=done, width=12),
                f"{100 * done // total}%",
                str(counts["untranslated"]),
                str(counts["needs_work"]),
                str(counts.get("machine", 0)),
                str(counts["translated"]),
                str(counts["approved"]),
                ", ".join(f"{name} ({n})" for name, n in reviewers.items()),
            ]
        )
    title = f"{status['id']}  {_state(status)}"
    print_table(columns, rows, title=title, caption=caption)


def log(
    release_id: ReleaseArg, json_output: JsonOption = False, as_name: AsUserOption = None
) -> None:
    """Show the journal of a release: who did what, when."""
    from ..actions import log as release_log

    history = release_log(*session(as_name), release_id)
    if json_output:
        print_json(history.entries)
    else:
        columns = [
            Column("time"),
            Column("who"),
            Column("action"),
            Column("lang"),
            Column("units", wrap=True),
            Column("note", wrap=True),
        ]
        rows = [
            [
                local_time(entry["time"]),
                entry["who"],
                entry["action"] + (" (correction)" if entry.get("correction") else ""),
                entry.get("language") or "",
                _counts_text(entry.get("counts") or {}),
                _note_text(entry),
            ]
            for entry in history.entries
        ]
        print_table(columns, rows)
    if history.skipped:
        console(stderr=True).print(
            f"warning: skipped {counted(history.skipped, 'line')} of "
            f"releases/{release_id}/journal.jsonl that "
            + ("is not a journal entry" if history.skipped == 1 else "are not journal entries"),
            markup=False,
            soft_wrap=True,
        )


def _note_text(entry: dict) -> str:
    """The entry's note, how many lines an ingest dropped (``--json`` lists them), and
    what a machine translation billed; a waiver names its check and unit."""
    note = str(entry.get("note") or "")
    if entry.get("action") == "waive":
        note = f"{entry.get('check', '?')} in {entry.get('unit', '?')}: {note}"
    parts = [note] if note else []
    dropped = entry.get("dropped")
    if isinstance(dropped, list) and dropped:
        lines = counted(len(dropped), "line")
        parts.append(f"{lines} dropped as page clutter" if note else f"{lines} dropped")
    billed = entry.get("billed")
    if type(billed) is int:
        parts.append(f"{counted(billed, 'character', grouped=True)} billed")
    return "; ".join(parts)


def _counts_text(counts: dict) -> str:
    """``translated 3`` or, per language, ``kk: unchanged 20, edited 1``."""
    parts = []
    for key, value in counts.items() if isinstance(counts, dict) else ():
        if isinstance(value, dict):
            parts.append(
                f"{key}: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in value.items())
            )
        else:
            parts.append(f"{key.replace('_', ' ')} {value}")
    return "; ".join(parts)
