"""Every change to a unit's state, as one table, and the only code that assigns a state.

``TRANSITIONS`` maps (the unit's state, the change) to the state it reaches;
a change the table does not hold is refused with one :class:`RuleError`. Each
change is one small function below, which also settles what goes with the
state: who wrote the text, the approval (bound to the exact text, so any new
text or source takes it away), the earlier source of an edited sentence, and
the notes. Who may make a change is not decided here (``people.py``), nor what
a pushed file means (``actions/exchange.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re

from .errors import RuleError
from .model import Mark, Unit, UnitState

U, N, T, A = (
    UnitState.UNTRANSLATED,
    UnitState.NEEDS_WORK,
    UnitState.TRANSLATED,
    UnitState.APPROVED,
)


class Change(enum.StrEnum):
    PUSH = "translate"
    """A translator's text."""
    PUSH_FUZZY = "translate as needs work"
    """A translator's text that they marked fuzzy."""
    MEMORY_EXACT = "fill from an exact memory match"
    MEMORY_FUZZY = "fill from a fuzzy memory match"
    MACHINE = "fill from machine translation"
    SOURCE_EDIT = "carry over an edited sentence"
    APPROVE = "approve"
    ACCEPT = "approve as it stands"
    """A reviewer clears a needs-work mark and approves the text (a review file)."""
    SEND_BACK = "send back"
    EDIT = "edit"
    """A reviewer's own text, approved by them."""
    REJECT = "reject"
    """An editor sends the release back: approvals are gone, the texts stay."""
    HOLD = "hold for a check's error"
    """A quality check found an error in the text: it needs work (``actions/check.py``)."""
    LIFT = "lift a check's hold"
    """An editor waived the error that held the unit: its text is translated again."""


TRANSITIONS: dict[tuple[UnitState, Change], UnitState] = {
    **{(state, Change.PUSH): T for state in UnitState},
    **{(state, Change.PUSH_FUZZY): N for state in UnitState},
    (U, Change.MEMORY_EXACT): T,
    (U, Change.MEMORY_FUZZY): N,
    (U, Change.MACHINE): N,
    (N, Change.MACHINE): N,
    (U, Change.SOURCE_EDIT): N,
    (T, Change.APPROVE): A,
    (A, Change.APPROVE): A,
    (N, Change.ACCEPT): A,
    (N, Change.SEND_BACK): N,
    (T, Change.SEND_BACK): N,
    (A, Change.SEND_BACK): N,
    **{(state, Change.EDIT): A for state in UnitState},
    (A, Change.REJECT): T,
    (N, Change.HOLD): N,
    (T, Change.HOLD): N,
    (A, Change.HOLD): N,
    (N, Change.LIFT): T,
}

REVIEW_NOTE_RE = re.compile(r"[^,\n]+, \d{4}-\d{2}-\d{2}: ")
"""A reviewer's note when sending a unit back: ``gulnara, 2026-11-26: use the official name``."""


def _target(unit: Unit, change: Change) -> UnitState:
    """The state ``change`` leads the unit to; refused when the table does not hold it."""
    state = TRANSITIONS.get((unit.state, change))
    if state is None:
        raise RuleError(
            f"a unit that is {unit.state.label} cannot be given '{change.value}'",
            "translate it first" if unit.state is U else "",
        )
    return state


def _enter(unit: Unit, state: UnitState, approval: Mark | None = None) -> None:
    """Give the unit its new state: an approval only with APPROVED, the earlier source
    only while it needs work (a translated text is for the current source)."""
    unit.state = state
    unit.approved_by = approval if state is A else None
    if state >= T:
        unit.previous_source = None


def _write(unit: Unit, text: str, by: Mark | None) -> None:
    """A new text is its writer's; the same text keeps who wrote it."""
    if text != unit.translation:
        unit.translation, unit.translated_by = text, by


def _settle_review_notes(unit: Unit) -> None:
    unit.notes = [note for note in unit.notes if not REVIEW_NOTE_RE.match(note)]


# The changes


def translate(unit: Unit, text: str, by: Mark, *, fuzzy: bool = False) -> None:
    """A translator's text (``fuzzy``: marked as needing work)."""
    state = _target(unit, Change.PUSH_FUZZY if fuzzy else Change.PUSH)
    _write(unit, text, by)
    _enter(unit, state)


def fill_from_memory(
    unit: Unit, *, target: str, source: str, score: int, origin: str, approved: bool
) -> Change:
    """A new sentence filled from the memory: translated only from an approved exact match."""
    change = Change.MEMORY_EXACT if score == 100 and approved else Change.MEMORY_FUZZY
    state = _target(unit, change)
    _write(unit, target, Mark("memory", dt.date.today().isoformat()))
    _enter(unit, state)
    if change is Change.MEMORY_EXACT:
        unit.notes = [f"memory: exact match from {origin}"]
    else:
        unit.previous_source = source
        unit.notes = [f"memory: {score}% match from {origin}"]
    return change


def fill_from_machine(unit: Unit, text: str, engine: str, notes: list[str] = ()) -> None:
    """A machine draft: needs work, and says where it came from until a person changes it.

    ``notes`` are what the translator should look at in the draft (a number or link
    that did not come back, an official name it lacks); each starts with ``machine:``,
    so a later draft replaces them.
    """
    state = _target(unit, Change.MACHINE)
    day = dt.date.today().isoformat()
    _write(unit, text, Mark(f"machine: {engine}", day))
    _enter(unit, state)
    unit.previous_source = None  # a memory draft's source is no longer what the text is from
    unit.notes = [note for note in unit.notes if not note.startswith("machine: ")]
    unit.notes.append(f"machine: {engine}, {day}")
    unit.notes.extend(notes)


def is_machine_output(unit: Unit) -> bool:
    """The unit's text is a machine's, and no person has approved it yet."""
    return (
        unit.translated_by is not None
        and unit.translated_by.who.startswith("machine: ")
        and unit.state < A
    )


def carry_edit(unit: Unit, earlier: Unit) -> None:
    """The new unit of an edited sentence takes the earlier translation, as needs work.

    The earlier source goes along (``#| msgid``), so the translator sees what changed.
    """
    state = _target(unit, Change.SOURCE_EDIT)
    _write(unit, earlier.translation, earlier.translated_by)
    _enter(unit, state)
    unit.previous_source, unit.notes = earlier.source, list(earlier.notes)


def carry_over(unit: Unit, old: Unit) -> None:
    """The same sentence again: it keeps everything it had (no change of state)."""
    unit.translation, unit.state = old.translation, old.state
    unit.notes, unit.previous_source = list(old.notes), old.previous_source
    unit.translated_by, unit.approved_by = old.translated_by, old.approved_by


def approve(unit: Unit, by: Mark) -> None:
    """A reviewer approves the current text; their send-back notes are settled with it."""
    _enter(unit, _target(unit, Change.APPROVE), approval=by)
    _settle_review_notes(unit)


def accept(unit: Unit, by: Mark) -> None:
    """A reviewer clears the needs-work mark of a unit and approves its text as it stands."""
    _enter(unit, _target(unit, Change.ACCEPT), approval=by)
    _settle_review_notes(unit)


def send_back(unit: Unit, by: Mark, note: str = "") -> None:
    """A reviewer sends a unit back to its translator, with a note."""
    _enter(unit, _target(unit, Change.SEND_BACK))
    if note:
        unit.notes.append(review_note(by, note))


def edit(unit: Unit, text: str, by: Mark) -> None:
    """A reviewer's own text: it counts as approved by them (the edit is theirs)."""
    state = _target(unit, Change.EDIT)
    _write(unit, text, by)
    _enter(unit, state, approval=by)
    _settle_review_notes(unit)


def reject(unit: Unit) -> None:
    """An editor's rejection takes a unit's approval away; its text stays."""
    _enter(unit, _target(unit, Change.REJECT))


CHECK_NOTE = "check: "
"""How a quality check's note starts (``check: facts: 2026 is not in the translation``)."""


def hold(unit: Unit, notes: list[str]) -> None:
    """A check found errors in the unit's text: it needs work, the findings in its notes
    (each starts with ``check: ``, so the next check replaces them)."""
    _enter(unit, _target(unit, Change.HOLD))
    settle_check_notes(unit)
    unit.notes.extend(notes)


def lift(unit: Unit, check_id: str) -> bool:
    """An editor waived ``check_id``'s finding: its notes go, and a unit that only the checks
    held (no other check's note left) is translated again. Whether the check held it."""
    mine = f"{CHECK_NOTE}{check_id}: "
    if not any(note.startswith(mine) for note in unit.notes):
        return False
    state = _target(unit, Change.LIFT)  # only a unit that needs work is held
    unit.notes = [note for note in unit.notes if not note.startswith(mine)]
    if not any(note.startswith(CHECK_NOTE) for note in unit.notes):
        _enter(unit, state)
    return True


def settle_check_notes(unit: Unit) -> None:
    """The checks' earlier notes go: they were about a text the unit no longer has."""
    unit.notes = [note for note in unit.notes if not note.startswith(CHECK_NOTE)]


def review_note(mark: Mark, text: str) -> str:
    return f"{mark.who}, {mark.day}: {' '.join(text.split())}"
