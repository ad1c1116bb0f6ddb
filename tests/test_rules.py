"""The unit rules: every change, from every state, as the table says — and what goes with it."""

from __future__ import annotations

import pytest

from workflow import rules
from workflow.errors import RuleError
from workflow.model import Mark, Unit, UnitState
from workflow.rules import TRANSITIONS, Change

U, N, T, A = UnitState
AIGERIM, GULNARA = Mark("aigerim", "2026-11-26"), Mark("gulnara", "2026-11-27")
SOURCE = "The Deputy Chairman met the delegation."
TEXT = "Төраға орынбасары делегациямен кездесті."


def unit_in(state: UnitState) -> Unit:
    """A unit in ``state`` as a workspace file would hold it."""
    unit = Unit(SOURCE)
    if state is not U:
        unit.translation, unit.translated_by = TEXT, AIGERIM
        unit.state = state
    if state is N:
        unit.previous_source = "The Deputy Chairman met a delegation."
    if state is A:
        unit.approved_by = GULNARA
    return unit


def apply(unit: Unit, change: Change) -> None:
    """Each change through its own function, with the arguments it takes."""
    if change in (Change.PUSH, Change.PUSH_FUZZY):
        rules.translate(unit, "Жаңа аударма.", AIGERIM, fuzzy=change is Change.PUSH_FUZZY)
    elif change in (Change.MEMORY_EXACT, Change.MEMORY_FUZZY):
        exact = change is Change.MEMORY_EXACT
        rules.fill_from_memory(
            unit, target=TEXT, source=SOURCE, score=100 if exact else 88, origin="x", approved=True
        )
    elif change is Change.MACHINE:
        rules.fill_from_machine(unit, TEXT, "DeepL")
    elif change is Change.SOURCE_EDIT:
        rules.carry_edit(unit, unit_in(T))
    elif change is Change.APPROVE:
        rules.approve(unit, GULNARA)
    elif change is Change.ACCEPT:
        rules.accept(unit, GULNARA)
    elif change is Change.SEND_BACK:
        rules.send_back(unit, GULNARA, "Use the official name.")
    elif change is Change.EDIT:
        rules.edit(unit, "Төрағаның орынбасары делегацияны қабылдады.", GULNARA)
    elif change is Change.HOLD:
        rules.hold(unit, ["check: facts: 2026 is not in the translation"])
    elif change is Change.LIFT:
        assert rules.lift(unit, "facts")  # the test gives every unit the check's note
    else:
        rules.reject(unit)


@pytest.mark.parametrize("change", list(Change))
@pytest.mark.parametrize("state", list(UnitState))
def test_every_change_from_every_state_is_as_the_table_says(state, change):
    unit = unit_in(state)
    if change is Change.LIFT:
        unit.notes = ["check: facts: 2026 is not in the translation"]
    target = TRANSITIONS.get((state, change))
    if target is None:
        before = (unit.translation, unit.state, unit.notes[:], unit.approved_by)
        with pytest.raises(RuleError, match="cannot be given"):
            apply(unit, change)
        assert (unit.translation, unit.state, unit.notes, unit.approved_by) == before
        return
    apply(unit, change)
    assert unit.state is target
    assert (unit.approved_by is not None) == (target is A)  # an approval only with APPROVED
    if target >= T:
        assert unit.previous_source is None  # the text is for the current source now


def test_a_new_text_is_its_writers_and_takes_the_approval_away():
    unit = unit_in(A)
    rules.translate(unit, "Жаңа аударма.", Mark("irina", "2026-11-28"))
    assert unit.state is T and unit.approved_by is None and unit.translated_by.who == "irina"


def test_the_translators_fuzzy_mark_keeps_the_earlier_source():
    unit = unit_in(N)
    rules.translate(unit, TEXT, AIGERIM, fuzzy=True)
    assert unit.previous_source == "The Deputy Chairman met a delegation."


def test_send_back_notes_are_settled_by_the_approval_others_stay():
    unit = unit_in(T)
    unit.notes = ["memory: exact match from 2026-11-12-osce-delegation"]
    rules.send_back(unit, GULNARA, "Use   the official name.")
    assert unit.notes[-1] == "gulnara, 2026-11-27: Use the official name."
    rules.translate(unit, "Түзетілген аударма.", AIGERIM)
    rules.approve(unit, GULNARA)
    assert unit.notes == ["memory: exact match from 2026-11-12-osce-delegation"]


def test_an_edited_sentence_carries_the_earlier_translation_as_needs_work():
    earlier = unit_in(A)
    earlier.notes = ["Check the title."]
    edited = Unit("The Deputy Chairman met the OSCE delegation.")
    rules.carry_edit(edited, earlier)
    assert edited.state is N and edited.translation == TEXT
    assert edited.previous_source == SOURCE and edited.translated_by == AIGERIM
    assert edited.approved_by is None and edited.notes == ["Check the title."]


def test_memory_fills_translated_only_from_an_approved_exact_match():
    for score, approved, state in ((100, True, T), (100, False, N), (91, True, N)):
        unit = Unit(SOURCE)
        rules.fill_from_memory(
            unit, target=TEXT, source=SOURCE, score=score, origin="tmx:old.tmx", approved=approved
        )
        assert unit.state is state and unit.translated_by.who == "memory"


def test_a_machine_draft_says_where_it_came_from():
    unit = Unit(SOURCE)
    rules.fill_from_machine(unit, TEXT, "DeepL")
    assert unit.state is N and unit.translated_by.who == "machine: DeepL"
    assert unit.notes[-1].startswith("machine: DeepL, ")


def test_carrying_a_unit_over_changes_nothing():
    old, new = unit_in(A), Unit(SOURCE)
    rules.carry_over(new, old)
    assert (new.translation, new.state, new.approved_by) == (TEXT, A, GULNARA)
    new.notes.append("a note")
    assert old.notes == []  # the copies do not share their lists
