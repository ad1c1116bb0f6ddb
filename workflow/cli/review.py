"""Commands of reviewers and editors: review, approve, reject, publish, log."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import AsUserOption, JsonOption, LangOption, ReleaseArg, console, print_json
from .options import workspace as find_workspace
from .root import app

_KEYS = "[a]pprove  [s]end back  [e]dit  [k] skip  [q]uit"


@app.command()
def review(release_id: ReleaseArg, lang: LangOption, as_name: AsUserOption = None) -> None:
    """Review the translations of a language unit by unit, in the terminal.

    Every decision is saved as it is made, so it is safe to quit at any moment.
    """
    from rich.markup import escape

    from ..errors import PressError
    from ..locales import check_language
    from ..review import Action, authorize, decide, own_work, review_queue

    ws = find_workspace()
    actor = authorize(ws, Action.REVIEW, check_language(lang), as_name)
    _release, catalog, waiting = review_queue(ws, release_id, lang)
    out = console()
    own = [unit for unit in waiting if own_work(ws, actor, unit)]
    if own:
        out.print(f"{len(own)} units you translated are left for another reviewer (four eyes).")
        waiting = [unit for unit in waiting if unit not in own]
    if not waiting:
        out.print(f"Nothing waits for review in {release_id} ({lang}).")
        return
    order = [u.source for u in catalog.units]
    done: dict[str, int] = {}
    for number, unit in enumerate(waiting, 1):
        _show(out, unit, order, number, len(waiting), lang)
        while True:
            key = _ask(_KEYS)
            if key in ("q", None):
                _summary(out, done, len(waiting))
                return
            if key == "k":
                break
            decision = {"a": "approve", "s": "send back", "e": "edit"}.get(key)
            if decision is None:
                out.print(f"Type one of: {_KEYS}")
                continue
            note = _ask_text("Note for the translator") if decision == "send back" else ""
            text = _ask_text("Your translation", unit.translation) if decision == "edit" else ""
            try:
                decide(ws, release_id, lang, actor, unit.source, decision, text=text, note=note)
            except PressError as exc:
                out.print(f"[red]{escape(str(exc))}[/]")
                continue
            done[decision] = done.get(decision, 0) + 1
            break
    _summary(out, done, len(waiting))


def _ask(prompt: str) -> str | None:
    try:
        answer = typer.prompt(prompt, default="", show_default=False)
    except typer.Abort:
        return None
    return answer.strip().lower()[:1] or "k"


def _ask_text(prompt: str, default: str = "") -> str:
    try:
        return typer.prompt(prompt, default=default, show_default=bool(default)).strip()
    except typer.Abort:
        return default


def _show(out, unit, order: list[str], number: int, total: int, lang: str) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    index = order.index(unit.source)
    before = order[index - 1] if index > 0 else ""
    after = order[index + 1] if index + 1 < len(order) else ""
    where = ", ".join(unit.positions)
    lines = []
    if before:
        lines.append(f"[dim]… {escape(before)}[/]")
    lines.append(f"[bold]{escape(unit.source)}[/]")
    if after:
        lines.append(f"[dim]… {escape(after)}[/]")
    lines.append("")
    lines.append(f"[green]{escape(unit.translation)}[/]")
    if unit.translated_by:
        lines.append(f"[dim]translated by {escape(unit.translated_by.who)}[/]")
    lines.extend(f"[yellow]note: {escape(note)}[/]" for note in unit.notes)
    state = f"{unit.state.label}"
    title = f"{number}/{total}  {unit.kind.value} {where}  ({lang}, {state})"
    out.print(Panel("\n".join(lines), title=escape(title), title_align="left"))


def _summary(out, done: dict[str, int], total: int) -> None:
    parts = ", ".join(f"{n} {what}" for what, n in done.items()) or "no decisions"
    out.print(f"Review saved: {parts} ({total} units were waiting).")


@app.command()
def approve(release_id: ReleaseArg, as_name: AsUserOption = None) -> None:
    """Approve a release as its editor, once every unit of every language is approved."""
    from ..review import Action, approve_release, authorize

    ws = find_workspace()
    entry = approve_release(ws, release_id, authorize(ws, Action.APPROVE, as_name=as_name))
    kind = "a correction of the published release" if entry.get("correction") else "approved"
    typer.echo(f"{release_id}: {kind}, by {entry['who']} (content {entry['after']})")


@app.command()
def reject(
    release_id: ReleaseArg,
    note: Annotated[str, typer.Option("--note", help="What is wrong.", show_default=False)],
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Only this language (default: all).")
    ] = None,
    as_name: AsUserOption = None,
) -> None:
    """Send a release back: the units of a language (or all) lose their approval."""
    from ..review import Action, authorize, reject_release

    ws = find_workspace()
    actor = authorize(ws, Action.REJECT, as_name=as_name)
    entry = reject_release(ws, release_id, actor, note, lang)
    counts = ", ".join(f"{n} {lang_} units" for lang_, n in entry["counts"].items())
    typer.echo(f"{release_id}: sent back ({counts} no longer approved)")


@app.command()
def publish(release_id: ReleaseArg, as_name: AsUserOption = None) -> None:
    """Record that an approved release was published; a later change reopens it."""
    from ..review import Action, authorize, publish_release

    ws = find_workspace()
    entry = publish_release(ws, release_id, authorize(ws, Action.PUBLISH, as_name=as_name))
    typer.echo(f"{release_id}: published by {entry['who']}")


@app.command()
def log(release_id: ReleaseArg, json_output: JsonOption = False) -> None:
    """Show the journal of a release: who did what, when."""
    from rich.table import Table

    from ..journal import read_journal

    ws = find_workspace()
    ws.require_release(release_id)
    entries = read_journal(ws, release_id)
    if json_output:
        print_json(entries)
        return
    table = Table(box=None, pad_edge=False)
    for column in ("time", "who", "action", "lang", "units", "note"):
        table.add_column(column, no_wrap=column in ("time", "action"))
    for entry in entries:
        counts = entry.get("counts") or {}
        table.add_row(
            entry["time"].replace("+00:00", "Z"),
            entry["who"],
            entry["action"] + (" (correction)" if entry.get("correction") else ""),
            entry.get("language") or "",
            _counts_text(counts),
            entry.get("note") or "",
        )
    console().print(table)


def _counts_text(counts: dict) -> str:
    """``translated 3`` or, per language, ``kk: unchanged 20, edited 1``."""
    parts = []
    for key, value in counts.items():
        if isinstance(value, dict):
            parts.append(
                f"{key}: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in value.items())
            )
        else:
            parts.append(f"{key.replace('_', ' ')} {value}")
    return "; ".join(parts)
