"""Review and approval: who may do what, the unit transitions, the release sign-off.

Two tables hold the rules: ``PERMISSIONS`` says which role may do which action
(and whether only in that person's languages), ``UNIT_TRANSITIONS`` which state
a unit reaches by which review decision. Anything not in them is refused with
one :class:`ReviewError`.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from dataclasses import dataclass

from . import journal
from .errors import PressError
from .model import Mark, ReleaseState, Unit, UnitState, review_note
from .workspace import ROLES, Person, Workspace


class ReviewError(PressError):
    """A decision the rules do not allow."""


class Action(enum.StrEnum):
    INGEST = "ingest"
    UPDATE = "update"
    PUSH = "push"
    REVIEW = "review"
    APPROVE = "approve"
    REJECT = "reject"
    EXPORT = "export"
    PUBLISH = "publish"
    MEMORY = "import memory"


# (action, role) -> whether the action is bound to the person's languages.
PERMISSIONS: dict[tuple[Action, str], bool] = {
    (Action.PUSH, "translator"): True,
    (Action.PUSH, "reviewer"): True,
    (Action.REVIEW, "reviewer"): True,
    (Action.APPROVE, "editor"): False,
    (Action.REJECT, "editor"): False,
    (Action.INGEST, "publisher"): False,
    (Action.UPDATE, "publisher"): False,
    (Action.EXPORT, "publisher"): False,
    (Action.PUBLISH, "publisher"): False,
    (Action.MEMORY, "publisher"): False,
}

# (state, decision) -> the state a reviewer's decision leads to.
UNIT_TRANSITIONS: dict[tuple[UnitState, str], UnitState] = {
    (UnitState.TRANSLATED, "approve"): UnitState.APPROVED,
    (UnitState.APPROVED, "approve"): UnitState.APPROVED,
    (UnitState.NEEDS_WORK, "send back"): UnitState.NEEDS_WORK,
    (UnitState.TRANSLATED, "send back"): UnitState.NEEDS_WORK,
    (UnitState.APPROVED, "send back"): UnitState.NEEDS_WORK,
    (UnitState.UNTRANSLATED, "edit"): UnitState.APPROVED,
    (UnitState.NEEDS_WORK, "edit"): UnitState.APPROVED,
    (UnitState.TRANSLATED, "edit"): UnitState.APPROVED,
    (UnitState.APPROVED, "edit"): UnitState.APPROVED,
}


@dataclass(frozen=True)
class Actor:
    """Who runs a command: a person of the workspace, or the one user of a single-user one."""

    name: str
    person: Person | None

    def may(self, action: Action, lang: str | None = None) -> bool:
        if self.person is None:
            return True
        for role in self.person.roles:
            bound = PERMISSIONS.get((action, role))
            if bound is not None and (not bound or self.person.works_in(lang)):
                return True
        return False

    def mark(self) -> Mark:
        return Mark(self.name, dt.date.today().isoformat())


def identify(workspace: Workspace, as_name: str | None = None) -> Actor | None:
    """The actor of this command, or None for someone the workspace does not know."""
    config = workspace.config
    if config.single_user:
        return Actor(as_name or journal.current_user(), None)
    name = as_name or os.environ.get("PRESS_USER", "").strip()
    person = config.people.get(name)
    return Actor(name, person) if person else None


def authorize(
    workspace: Workspace, action: Action, lang: str | None = None, as_name: str | None = None
) -> Actor:
    """The actor, if allowed to do ``action`` (in ``lang``); else one clear refusal."""
    actor = identify(workspace, as_name)
    if actor is None:
        name = as_name or os.environ.get("PRESS_USER", "")
        who = f"'{name}' is not one of this workspace's people" if name else "no one is named"
        raise ReviewError(
            f"{who}: only people in the config may change anything",
            f"say who you are with --as NAME or PRESS_USER ({', '.join(workspace.config.people)})",
        )
    if not actor.may(action, lang):
        roles = ", ".join(sorted(actor.person.roles)) if actor.person else ""
        where = f" in {lang}" if lang and _bound(action) else ""
        raise ReviewError(
            f"{actor.name} ({roles}) may not {action.value}{where}",
            f"that takes {_article(_roles_for(action))}" + (f" of {lang}" if where else ""),
        )
    return actor


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _bound(action: Action) -> bool:
    return any(bound for (a, _role), bound in PERMISSIONS.items() if a is action)


def _roles_for(action: Action) -> str:
    return " or ".join(r for r in ROLES if (action, r) in PERMISSIONS)


# Unit decisions


def _transition(unit: Unit, decision: str) -> UnitState:
    state = UNIT_TRANSITIONS.get((unit.state, decision))
    if state is None:
        raise ReviewError(
            f"a unit that is {unit.state.label} cannot be given '{decision}'",
            "translate it first" if unit.state is UnitState.UNTRANSLATED else "",
        )
    return state


def own_work(workspace: Workspace, actor: Actor, unit: Unit) -> bool:
    """Four eyes: the actor wrote the unit's current translation and may not approve it."""
    if actor.person is None or not workspace.config.four_eyes:
        return False
    return unit.translated_by is not None and unit.translated_by.who == actor.name


def approve_unit(workspace: Workspace, actor: Actor, unit: Unit) -> None:
    _transition(unit, "approve")
    if own_work(workspace, actor, unit):
        raise ReviewError(
            f"{actor.name} translated this unit and may not approve it",
            "another reviewer of the language must (four eyes)",
        )
    unit.approve(actor.mark())


def send_back(actor: Actor, unit: Unit, note: str = "") -> None:
    state = _transition(unit, "send back")
    unit.set_translation(unit.translation, state, unit.translated_by)
    if note:
        unit.notes.append(review_note(actor.mark(), note))


def edit_unit(actor: Actor, unit: Unit, text: str) -> None:
    """A reviewer's own text: it counts as approved by them (the edit is theirs)."""
    _transition(unit, "edit")
    mark = actor.mark()
    unit.set_translation(text, UnitState.TRANSLATED, mark)
    unit.approve(mark)


# The release sign-off


def check_release_state(
    state: ReleaseState, allowed: tuple[ReleaseState, ...], doing: str, release_id: str
) -> None:
    if state not in allowed:
        hints = {
            ReleaseState.TRANSLATING: "every unit must be translated and approved first",
            ReleaseState.IN_REVIEW: "every unit of every language must be approved first",
        }
        raise ReviewError(
            f"cannot {doing} {release_id}: it is {state.value}",
            hints.get(state, f"see 'press status {release_id}'"),
        )


def _current(workspace: Workspace, release_id: str):
    from .status import release_digest, release_status

    status = release_status(workspace, release_id)
    if status.get("source_changed"):
        raise ReviewError(
            f"the source of {release_id} was edited since its translations were updated",
            f"run 'press update {release_id}' first",
        )
    return status, ReleaseState(status["state"]), release_digest(workspace, release_id)


def approve_release(workspace: Workspace, release_id: str, actor: Actor) -> dict:
    """The editor's sign-off: every unit of every language approved; bound to the content."""
    with workspace.lock():
        _status, state, digest = _current(workspace, release_id)
        check_release_state(state, (ReleaseState.READY,), "approve", release_id)
        entries = journal.read_journal(workspace, release_id)
        correction = any(e["action"] == "publish" for e in entries)
        return journal.record(
            workspace,
            release_id,
            "approve",
            who=actor.name,
            before=digest,
            after=digest,
            **({"correction": True} if correction else {}),
        )


def publish_release(workspace: Workspace, release_id: str, actor: Actor) -> dict:
    """Record publication of an approved release."""
    with workspace.lock():
        _status, state, digest = _current(workspace, release_id)
        check_release_state(state, (ReleaseState.APPROVED,), "publish", release_id)
        return journal.record(
            workspace, release_id, "publish", who=actor.name, before=digest, after=digest
        )


def reject_release(
    workspace: Workspace, release_id: str, actor: Actor, note: str, lang: str | None = None
) -> dict:
    """Send a release back: the units of ``lang`` (or of every language) lose their approval."""
    from .releases import check_target, load_catalog, load_release, write_catalog

    if not note.strip():
        raise ReviewError("a rejection needs a note", "say what is wrong with --note")
    release = load_release(workspace, release_id)
    langs = [lang] if lang else workspace.config.targets(release.language)
    for target in langs:
        check_target(workspace, release, target)
    with workspace.lock():
        _status, _state, before = _current(workspace, release_id)
        counts = {}
        for target in langs:
            catalog = load_catalog(workspace, release, target)
            approved = [u for u in catalog.units if u.state is UnitState.APPROVED]
            for unit in approved:
                unit.state, unit.approved_by = UnitState.TRANSLATED, None
            if approved:
                write_catalog(workspace, release, catalog)
            counts[target] = len(approved)
        _status, _state, after = _current(workspace, release_id)
        return journal.record(
            workspace,
            release_id,
            "reject",
            who=actor.name,
            language=lang,
            before=before,
            after=after,
            note=" ".join(note.split()),
            counts=counts,
        )


DECISIONS = ("approve", "send back", "edit")
_PAST = {"approve": "approved", "send back": "sent_back", "edit": "edited"}


def review_queue(workspace: Workspace, release_id: str, lang: str):
    """The release and its catalog in ``lang``, and the units waiting for a reviewer.

    Units that need work wait for their translator, not for a reviewer.
    """
    from .releases import check_target, load_catalog, load_release

    release = load_release(workspace, release_id)
    check_target(workspace, release, lang)
    catalog = load_catalog(workspace, release, lang)
    waiting = [u for u in catalog.units if u.state is UnitState.TRANSLATED]
    return release, catalog, waiting


def decide(
    workspace: Workspace,
    release_id: str,
    lang: str,
    actor: Actor,
    source: str,
    decision: str,
    *,
    text: str = "",
    note: str = "",
) -> Unit:
    """One reviewer's decision on one unit, saved and journaled at once."""
    from .releases import load_catalog, load_release, write_catalog

    if not actor.may(Action.REVIEW, lang):
        raise ReviewError(f"{actor.name} may not review {lang}", "that takes a reviewer")
    with workspace.lock():
        release = load_release(workspace, release_id)
        catalog = load_catalog(workspace, release, lang)
        unit = catalog.by_source().get(source)
        if unit is None:
            raise ReviewError("the unit is no longer in the release", "start the review again")
        if decision == "approve":
            approve_unit(workspace, actor, unit)
        elif decision == "send back":
            send_back(actor, unit, note)
        elif decision == "edit":
            edit_unit(actor, unit, text)
        else:
            raise ReviewError(f"unknown decision '{decision}'", f"use {', '.join(DECISIONS)}")
        before, after = write_catalog(workspace, release, catalog)
        journal.record(
            workspace,
            release_id,
            "review",
            who=actor.name,
            language=lang,
            counts={_PAST[decision]: 1},
            before=before,
            after=after,
            note=note or None,
            unit=unit.positions[0] if unit.positions else None,
        )
    return unit
