"""Review and sign-off: a reviewer's decisions on units, an editor's on the release.

Each decision is saved and journaled the moment it is made, so a review can be
left at any point and nothing decided is lost.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .. import rules, store
from ..errors import ConflictError, RuleError
from ..locales import check_language
from ..model import ReleaseState, Unit, UnitState
from ..people import Action, Actor
from ..po.catalogs import Catalog
from ..status import release_digest, release_status
from ..workspace import Workspace
from .check import Checker, Finding, errors_of, origin, release_errors, waivers


class Decision(enum.StrEnum):
    APPROVE = "approve"
    SEND_BACK = "send back"
    EDIT = "edit"

    @property
    def done(self) -> str:
        """The key the journal counts it under."""
        return {"approve": "approved", "send back": "sent_back", "edit": "edited"}[self.value]


@dataclass
class Queue:
    """What waits for a reviewer in one language of a release."""

    release_id: str
    language: str
    catalog: Catalog
    waiting: list[Unit]
    """Translated units, in the order of the release, that this reviewer may decide."""
    own: list[Unit]
    """Translated units the reviewer wrote themselves: left for another reviewer (four eyes)."""
    findings: dict[str, list[Finding]] = field(default_factory=dict)
    """What the quality checks find in each waiting unit (by source text)."""

    def neighbours(self, unit: Unit) -> tuple[str, str]:
        """The sentences before and after a unit in the release, for context."""
        order = [u.source for u in self.catalog.units]
        index = order.index(unit.source)
        before = order[index - 1] if index > 0 else ""
        after = order[index + 1] if index + 1 < len(order) else ""
        return before, after


def review_queue(ws: Workspace, actor: Actor, release_id: str, lang: str) -> Queue:
    """The units waiting for ``actor``'s review in ``lang``.

    Units that need work wait for their translator, not for a reviewer.
    """
    actor.require(Action.REVIEW, check_language(lang))
    stored = store.load(ws, release_id)
    catalog = stored.catalog(lang)
    translated = [u for u in catalog.units if u.state is UnitState.TRANSLATED]
    own = [u for u in translated if actor.wrote(u)]
    waiting = [u for u in translated if not actor.wrote(u)]
    checker, waived = Checker(ws), waivers(ws, release_id)
    findings = {u.source: checker.unit(origin(stored), lang, u, waived)[0] for u in waiting}
    return Queue(release_id, lang, catalog, waiting, own, findings)


@dataclass
class Decided:
    unit: Unit
    decision: Decision


def decide(
    ws: Workspace,
    actor: Actor,
    release_id: str,
    lang: str,
    source: str,
    decision: Decision | str,
    *,
    text: str = "",
    note: str = "",
    shown: str | None = None,
) -> Decided:
    """One reviewer's decision on one unit (its source text), saved and journaled at once.

    Sending back needs a note for the translator; an edit is the reviewer's own
    text, approved by them. ``shown`` is the translation the reviewer decided on:
    when it is given and the unit's text changed since, the decision is refused.
    """
    try:
        decision = Decision(decision)
    except ValueError:
        choices = ", ".join(d.value for d in Decision)
        raise RuleError(f"unknown decision '{decision}'", f"use one of {choices}") from None
    actor.require(Action.REVIEW, check_language(lang))
    note = " ".join(note.split())
    if decision is Decision.SEND_BACK and not note:
        raise RuleError("sending a unit back needs a note", "say what the translator should change")
    if decision is Decision.EDIT and not text.strip():
        raise RuleError("an edit needs the text", "type your translation of the unit")
    with store.opened(ws, release_id) as stored:
        catalog = stored.catalog(lang)
        unit = catalog.by_source().get(source)
        if unit is None:
            raise ConflictError("the unit is no longer in the release", "start the review again")
        if shown is not None and unit.translation != shown:
            who = f" by {unit.translated_by.who}" if unit.translated_by else ""
            raise ConflictError(
                f"{unit.where} was changed{who} since you saw it", "look at it again"
            )
        if decision is Decision.APPROVE and unit.state is UnitState.NEEDS_WORK:
            raise RuleError(
                f"{unit.where} was sent back to its translator meanwhile",
                "it waits for the translator now",
            )
        if decision is not Decision.SEND_BACK:
            _refuse_errors(
                ws, stored, lang, unit, text.strip() if decision is Decision.EDIT else None
            )
        mark = actor.mark()
        if decision is Decision.APPROVE:
            actor.require_other_eyes(unit)
            rules.approve(unit, mark)
        elif decision is Decision.SEND_BACK:
            rules.send_back(unit, mark, note)
        else:
            rules.edit(unit, text.strip(), mark)
        before, after = stored.save(catalog)
        stored.record(
            "review",
            who=actor.name,
            language=lang,
            counts={decision.done: 1},
            before=before,
            after=after,
            note=note or None,
            unit=unit.where,
        )
    return Decided(unit, decision)


def _refuse_errors(ws: Workspace, stored, lang: str, unit: Unit, text: str | None) -> None:
    """A unit with an error the checks find (in ``text``, a reviewer's own) is not approved."""
    if text is not None:  # the reviewer's text, as the unit would hold it
        unit = Unit(unit.source, unit.kind, unit.positions, translation=text)
    errors = errors_of(ws, stored, lang, unit)
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise RuleError(
            f"{unit.where} cannot be approved: {first.check}: {first.message}{more}",
            "correct your text"
            if text is not None
            else f"send it back, or an editor may waive it: press check {stored.id} "
            f"--waive {first.check} --unit {unit.where} --lang {lang} --note ...",
        )


# The release sign-off


@dataclass
class SignOff:
    """An editor's or publisher's decision on a whole release, as journaled."""

    release_id: str
    action: str
    who: str
    digest: str
    """The content digest (source and every translation) the decision is bound to."""
    correction: bool = False
    """An approval after publication: it corrects the published release."""
    counts: dict[str, int] | None = None
    """For a rejection: units per language that lost their approval."""


_STATE_HINTS = {
    ReleaseState.TRANSLATING: "every unit must be translated and approved first",
    ReleaseState.IN_REVIEW: "every unit of every language must be approved first",
}


def _current(ws: Workspace, release_id: str, doing: str, allowed: tuple[ReleaseState, ...]) -> str:
    """The release's content digest, refused unless its state allows ``doing``."""
    status = release_status(ws, release_id)
    if status.get("source_changed"):
        raise ConflictError(
            f"the source of {release_id} was edited since its translations were updated",
            f"run 'press update {release_id}' first (it takes a publisher)",
        )
    state = ReleaseState(status["state"])
    if allowed and state not in allowed:
        hint = _STATE_HINTS.get(state, f"see 'press status {release_id}'")
        waiting = _not_approved(status) if state in _STATE_HINTS else ""
        raise RuleError(
            f"cannot {doing} {release_id}: it is {state.label}",
            f"{hint}; not approved yet: {waiting}" if waiting else hint,
        )
    return release_digest(ws, release_id)


def _not_approved(status: dict) -> str:
    """What keeps a release from being ready, by language: ``kk 1 needs work; ru 2 translated``.

    >>> _not_approved({"languages": {"kk": {"total": 3, "approved": 2, "needs_work": 1},
    ...                              "ru": {"total": 3, "approved": 3}}})
    'kk 1 needs work'
    """
    parts = []
    for lang, counts in status["languages"].items():
        left = [
            f"{counts[key]} {key.replace('_', ' ')}"
            for key in ("untranslated", "needs_work", "translated")
            if counts.get(key)
        ]
        if left:
            parts.append(f"{lang} {', '.join(left)}")
    return "; ".join(parts)


def approve(ws: Workspace, actor: Actor, release_id: str) -> SignOff:
    """The editor's sign-off: every unit of every language approved; bound to the content."""
    actor.require(Action.APPROVE)
    with ws.lock():
        digest = _current(ws, release_id, "approve", (ReleaseState.READY,))
        errors = release_errors(ws, store.load(ws, release_id))
        if errors:
            first = errors[0]
            raise RuleError(
                f"cannot approve {release_id}: {len(errors)} check errors stand, the first in "
                f"{first.where} ({first.lang}): {first.check}: {first.message}",
                f"see 'press check {release_id}'; send those units back or waive them",
            )
        history = store.history(ws, release_id)
        correction = any(e["action"] == "publish" for e in history.entries)
        store.record(
            ws,
            release_id,
            "approve",
            who=actor.name,
            before=digest,
            after=digest,
            **({"correction": True} if correction else {}),
        )
    return SignOff(release_id, "approve", actor.name, digest, correction)


def publish(ws: Workspace, actor: Actor, release_id: str) -> SignOff:
    """Record publication of an approved release."""
    actor.require(Action.PUBLISH)
    with ws.lock():
        digest = _current(ws, release_id, "publish", (ReleaseState.APPROVED,))
        store.record(ws, release_id, "publish", who=actor.name, before=digest, after=digest)
    return SignOff(release_id, "publish", actor.name, digest)


def reject(
    ws: Workspace, actor: Actor, release_id: str, note: str, lang: str | None = None
) -> SignOff:
    """Send a release back: the units of ``lang`` (or of every language) lose their approval."""
    actor.require(Action.REJECT)
    note = " ".join(note.split())
    if not note:
        raise RuleError("a rejection needs a note", "say what is wrong with --note")
    if lang is not None:
        check_language(lang)
    with store.opened(ws, release_id) as stored:
        langs = [stored.check_target(lang)] if lang else stored.targets
        before = _current(ws, release_id, "reject", ())
        counts = {}
        for target in langs:
            catalog = stored.catalog(target)
            approved = [u for u in catalog.units if u.state is UnitState.APPROVED]
            for unit in approved:
                rules.reject(unit)
            if approved:
                stored.save(catalog)
            counts[target] = len(approved)
        after = release_digest(ws, release_id)
        stored.record(
            "reject",
            who=actor.name,
            language=lang,
            before=before,
            after=after,
            note=note,
            counts=counts,
        )
    return SignOff(release_id, "reject", actor.name, after, counts=counts)
