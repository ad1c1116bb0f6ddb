"""Commands of reviewers and editors: review, approve, reject, publish."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Annotated

import typer

from .options import AsUserOption, LangOption, ReleaseArg
from .output import console, counted
from .session import session

KEYS = "a approve · s send back · e edit · k skip · q quit"
_DECISIONS = {"a": "approve", "s": "send back", "e": "edit"}
INTERRUPTED = 130
"""The exit code of a command stopped with Ctrl-C (128 + SIGINT), as shells expect."""


@dataclass
class Tally:
    waiting: int
    done: dict[str, int] = field(default_factory=dict)

    def add(self, what: str) -> None:
        self.done[what] = self.done.get(what, 0) + 1

    def summary(self) -> str:
        """``2 approved, 1 sent back, 1 skipped; 5 still waiting``, in plain words."""
        order = ("approved", "sent back", "edited", "skipped")
        parts = [f"{self.done[what]} {what}" for what in order if self.done.get(what)]
        decided = sum(n for what, n in self.done.items() if what != "skipped")
        still = self.waiting - decided
        waiting = f"{still} still waiting for review" if still else "nothing left to review"
        return f"Review saved: {', '.join(parts) or 'nothing decided'}; {waiting}."


def review(release_id: ReleaseArg, lang: LangOption, as_name: AsUserOption = None) -> None:
    """Review the translations of a language unit by unit, in the terminal.

    Every decision is saved as it is made, so it is safe to quit at any moment
    (q, the end of the input, or Ctrl-C).
    """
    from ..actions import review_queue

    ws, actor = session(as_name)
    queue = review_queue(ws, actor, release_id, lang)
    out = console()
    if queue.own:
        own = len(queue.own)
        typer.echo(
            f"{counted(own, 'unit')} you translated {'is' if own == 1 else 'are'} left "
            "for another reviewer (four eyes)."
        )
    if not queue.waiting:
        typer.echo(f"Nothing waits for review in {release_id} ({lang}).")
        return
    tally = Tally(len(queue.waiting))
    try:
        for number, unit in enumerate(queue.waiting, 1):
            _show(out, queue, unit, number, len(queue.waiting))
            if not _decide(out, ws, actor, queue, unit, tally):
                break
    except KeyboardInterrupt:
        typer.echo()
        typer.echo(tally.summary())
        raise typer.Exit(INTERRUPTED) from None
    typer.echo(tally.summary())


def _decide(out, ws, actor, queue, unit, tally: Tally) -> bool:
    """Ask for one unit's decision and save it; False when the reviewer quits."""
    from ..actions import decide
    from ..errors import ConflictError, PressError

    while True:
        answer = _ask(f"{KEYS}: ")
        if answer is None or answer == "q":
            return False
        if answer == "k":
            tally.add("skipped")
            typer.echo(f"Skipped {unit.where}.")
            return True
        decision = _DECISIONS.get(answer)
        if decision is None:
            typer.echo(f"Type a, s, e, k or q ({KEYS}).")
            continue
        note = text = ""
        if decision == "send back":
            note = _ask_note()
            if note is None:
                return False
        elif decision == "edit":
            text = _ask_edit(unit.translation)
            if text is None:
                return False
            if text == unit.translation:
                typer.echo("The text is as it was: approve it with a, or edit it.")
                continue
        try:
            decided = decide(
                ws,
                actor,
                queue.release_id,
                queue.language,
                unit.source,
                decision,
                text=text,
                note=note,
                shown=unit.translation,
            )
        except ConflictError as exc:  # changed or gone meanwhile: what was shown is stale
            typer.echo(f"error: {exc}; left for now", err=True)
            tally.add("skipped")
            return True
        except PressError as exc:
            typer.echo(f"error: {exc}", err=True)
            continue
        tally.add(decided.decision.done.replace("_", " "))
        typer.echo(_CONFIRM[decision].format(where=unit.where))
        return True


_CONFIRM = {
    "approve": "Approved {where}.",
    "send back": "Sent {where} back to the translator with your note.",
    "edit": "Saved your text of {where}, approved by you.",
}


def _ask(prompt: str) -> str | None:
    """One key (the first letter typed; Enter skips); None at the end of the input."""
    try:
        answer = input(prompt)
    except EOFError:
        return None
    return answer.strip().lower()[:1] or "k"


def _ask_note() -> str | None:
    """The note for the translator: sending back needs one."""
    while True:
        try:
            note = " ".join(input("Note for the translator: ").split())
        except EOFError:
            return None
        if note:
            return note
        typer.echo("A unit is sent back with a note: say what the translator should change.")


def _ask_edit(current: str) -> str | None:
    """The reviewer's text, starting from the current translation.

    In a terminal the current text is put on the input line to be corrected in
    place (readline); otherwise it is shown, and an empty answer keeps it.
    """
    try:
        if sys.stdin.isatty() and sys.stdout.isatty():  # readline edits only a terminal
            return _prefilled("Your text: ", current)
        typer.echo(f"Current text: {current}")
        return input("Your text (Enter keeps it): ").strip() or current
    except EOFError:
        return None


def _prefilled(prompt: str, text: str) -> str:
    try:
        import readline
    except ImportError:  # no line editing on this Python: Enter keeps the shown text
        typer.echo(f"Current text: {text}")
        return input(prompt).strip() or text
    readline.set_startup_hook(lambda: readline.insert_text(text))
    try:
        return input(prompt).strip()
    finally:
        readline.set_startup_hook(None)


def _show(out, queue, unit, number: int, total: int) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    before, after = queue.neighbours(unit)
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
    for finding in queue.findings.get(unit.source, ()):
        colour = "red" if finding.severity == "error" else "yellow"
        lines.append(f"[{colour}]{finding.severity}: {finding.check}: {escape(finding.message)}[/]")
    where = ", ".join(unit.positions)
    title = f"{number}/{total}  {unit.kind.value} {where}  ({queue.language}, {unit.state.label})"
    out.print(Panel("\n".join(lines), title=escape(title), title_align="left"))


def approve(release_id: ReleaseArg, as_name: AsUserOption = None) -> None:
    """Approve a release as its editor, once every unit of every language is approved."""
    from ..actions import approve as approve_release

    signed = approve_release(*session(as_name), release_id)
    kind = "a correction of the published release" if signed.correction else "approved"
    typer.echo(f"{release_id}: {kind}, by {signed.who} (content {signed.digest})")


def reject(
    release_id: ReleaseArg,
    note: Annotated[str, typer.Option("--note", help="What is wrong.", show_default=False)],
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Only this language (default: all).")
    ] = None,
    as_name: AsUserOption = None,
) -> None:
    """Send a release back: the units of a language (or all) lose their approval."""
    from ..actions import reject as reject_release

    signed = reject_release(*session(as_name), release_id, note, lang)
    counts = ", ".join(counted(n, f"{lang_} unit") for lang_, n in (signed.counts or {}).items())
    typer.echo(f"{release_id}: sent back ({counts} no longer approved)")


def publish(release_id: ReleaseArg, as_name: AsUserOption = None) -> None:
    """Record that an approved release was published; a later change reopens it."""
    from ..actions import publish as publish_release

    signed = publish_release(*session(as_name), release_id)
    typer.echo(f"{release_id}: published by {signed.who}")
