"""Quality checks on releases: run them, hold units with errors, waive a finding.

The checks themselves are in :mod:`workflow.checks`; this module decides which
units they read and what a finding means. ``press check`` reports every unit
that has a translation. A push and a review run the checks on the units they
change (:func:`hold_errors`): a unit with an error needs work, with the finding
in a comment for its translator, and cannot be approved while the error stands.
An editor may waive one finding of one unit with a note (:func:`waive`); the
waiver is a journal line bound to the unit's exact text, so it lapses when the
source or the translation changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from .. import checks, rules, store
from ..checks import Check, Context, Severity, Subject
from ..errors import InputError, RuleError
from ..glossary import Glossary
from ..locales import check_language
from ..model import Unit, UnitState, text_digest
from ..people import Action, Actor
from ..workspace import Workspace


class Finding(NamedTuple):
    """One problem a check found in one unit of one language of a release."""

    release: str
    lang: str
    unit: str
    """The unit's source text."""
    check: str
    severity: Severity
    message: str
    where: str = ""
    """The unit's first position (``p3.s2``)."""

    def json(self) -> dict:
        """The finding as ``press check --json`` shows it (``position``: the unit's first
        place, ``p3.s2``, as ``--waive --unit`` takes it)."""
        return {
            "release": self.release,
            "lang": self.lang,
            "unit": self.unit,
            "position": self.where,
            "check": self.check,
            "severity": str(self.severity),
            "message": self.message,
        }

    @property
    def note(self) -> str:
        """The finding as a comment for the unit's translator."""
        return f"{rules.CHECK_NOTE}{self.check}: {self.message}"


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    releases: list[str] = field(default_factory=list)
    units: int = 0
    """Translated units checked, in every language."""
    waived: int = 0
    """Findings left out because an editor waived them."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Releases that could not be checked, with the reason (a source edited since)."""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]


class Waiver(NamedTuple):
    release: str
    lang: str
    check: str
    where: str
    note: str
    who: str


# The workspace's checking


class Checker:
    """The checks of a workspace, with what they need: the glossary, the waivers, others."""

    def __init__(
        self,
        ws: Workspace,
        only: Iterable[str] | None = None,
        others: Callable[[Subject], list[tuple[str, str]]] | None = None,
    ) -> None:
        self.checks = list(checks.registry().values()) if only is None else checks.find(only)
        glossary = Glossary.load(ws)
        self.context = Context(glossary=glossary, others=others, kept=_kept(glossary))

    def unit(self, origin, lang: str, unit: Unit, waived: set) -> tuple[list[Finding], int]:
        """The findings of one unit of a release (``origin``: its id, source language and
        date), and how many of its findings are waived."""
        release_id, source_lang, day = origin
        subject = Subject(unit.source, unit.translation, source_lang, lang, unit.kind, day)
        found, skipped = [], 0
        results = checks.run(subject, self.context, self.checks)
        digest = text_digest(unit.source, unit.translation) if waived and results else ""
        for check, message in results:
            if (lang, digest, check.id) in waived:
                skipped += 1
                continue
            found.append(
                Finding(
                    release_id, lang, unit.source, check.id, check.severity, message, unit.where
                )
            )
        return found, skipped

    def catalogs(self, origin, catalogs, waived: set, report: CheckReport) -> None:
        """Check every unit with a translation in ``catalogs`` (language -> catalog)."""
        for lang, catalog in catalogs.items():
            for unit in catalog.units:
                if unit.translation:
                    found, skipped = self.unit(origin, lang, unit, waived)
                    report.findings += found
                    report.waived += skipped
                    report.units += 1
        report.releases.append(origin[0])

    def release(self, stored, langs: list[str], report: CheckReport) -> None:
        """Check every unit with a translation of ``stored`` in ``langs`` into ``report``."""
        catalogs = {lang: stored.catalog(lang) for lang in langs}
        self.catalogs(origin(stored), catalogs, waivers(stored.ws, stored.id), report)


def origin(stored) -> tuple[str, str, object]:
    """A loaded release as the checks name it: id, source language, date."""
    return stored.id, stored.release.language, stored.release.date


def _kept(glossary: Glossary) -> frozenset[str]:
    """Forms the glossary gives alike in two languages: a unit of only that may stay as it is."""
    kept = set()
    for term in glossary.terms:
        seen: set[str] = set()
        for forms in term.forms.values():
            folded = {f.casefold() for f in forms}
            kept |= folded & seen
            seen |= folded
    return frozenset(kept)


def waivers(ws: Workspace, release_id: str) -> set[tuple[str, str, str]]:
    """(language, text digest, check) of every finding waived in the release's journal."""
    return {
        (e.get("language", ""), e.get("text", ""), e.get("check", ""))
        for e in store.history(ws, release_id).entries
        if e["action"] == "waive"
    }


def _languages(stored, lang: str | None) -> list[str]:
    return [stored.check_target(check_language(lang))] if lang else stored.targets


def check_release(
    ws: Workspace,
    actor: Actor,
    release_id: str,
    *,
    lang: str | None = None,
    only: Iterable[str] | None = None,
) -> CheckReport:
    """Every finding in the translated units of a release (into ``lang``, or every target
    language). The same sentence elsewhere in the workspace is looked up in the memory."""
    stored = store.load(ws, release_id)
    languages = _languages(stored, lang)
    from ..memory import Memory

    with Memory(ws) as memory, memory.one_view():
        others = _memory_others(memory, release_id)
        report = CheckReport()
        Checker(ws, only, others).release(stored, languages, report)
    return report


def _memory_others(memory, release_id: str) -> Callable[[Subject], list[tuple[str, str]]]:
    """Translations of a subject's source in the workspace's other releases (the memory)."""

    def others(subject: Subject) -> list[tuple[str, str]]:
        found = memory.exact(
            subject.source, subject.source_lang, subject.lang, exclude_release=release_id
        )
        return [
            (match.origin, match.target) for match in found if not match.origin.startswith("tmx:")
        ]

    return others


# Waivers


def waive(
    ws: Workspace,
    actor: Actor,
    release_id: str,
    check_id: str,
    unit: str,
    note: str,
    *,
    lang: str | None = None,
) -> Waiver:
    """An editor waives one finding of one unit (its position or source text), with a note.

    Journaled with the unit's text digest: the waiver lapses when the text changes. A unit
    that a push held for that finding alone is translated again, so a reviewer sees it.
    """
    actor.require(Action.WAIVE)
    (check,) = checks.find([check_id])
    note = " ".join(note.split())
    if not note:
        raise RuleError("a waiver needs a note", "say why the finding does not apply, with --note")
    with store.opened(ws, release_id) as stored:
        lang = _one_language(stored, lang)
        found = _find_unit(stored.catalog(lang).units, unit, release_id)
        from ..memory import Memory

        with Memory(ws) as memory:
            checker = Checker(ws, [check.id], _memory_others(memory, release_id))
            findings, _ = checker.unit(origin(stored), lang, found, waivers(ws, release_id))
        if not findings:
            raise RuleError(
                f"{check.id} finds nothing to waive in {found.where} ({lang})",
                f"see 'press check {release_id} --lang {lang}'",
            )
        text = text_digest(found.source, found.translation)
        before = after = None
        if rules.lift(found, check.id):  # a push held the unit for it: its notes go
            before, after = stored.save(stored.catalog(lang))
        stored.record(
            "waive",
            who=actor.name,
            language=lang,
            note=note,
            unit=found.where,
            check=check.id,
            text=text,
            before=before,
            after=after,
        )
    return Waiver(release_id, lang, check.id, found.where, note, actor.name)


def _one_language(stored, lang: str | None) -> str:
    if lang:
        return stored.check_target(check_language(lang))
    if len(stored.targets) == 1:
        return stored.targets[0]
    raise InputError(
        f"{stored.id} is translated into {', '.join(stored.targets)}: which language?",
        "name it with --lang",
    )


def _find_unit(units: list[Unit], wanted: str, release_id: str) -> Unit:
    """A unit by its position (``p3.s2``) or its source text."""
    text = " ".join(wanted.split())
    for unit in units:
        if text in unit.positions or text == " ".join(unit.source.split()):
            if not unit.translation:
                raise RuleError(f"{unit.where} is not translated", "there is nothing to waive")
            return unit
    raise InputError(
        f"{release_id} has no unit '{wanted}'",
        "give its position (p3.s2) or its source text, as 'press check' shows them",
    )


# Holding units with errors (push and review)


def hold_errors(
    ws: Workspace, stored, lang: str, units: list[Unit]
) -> tuple[list[Finding], list[Unit]]:
    """Check the units a push or review changed; those with errors need work, with the
    findings as notes, and their earlier check notes are settled either way. Returns every
    finding (errors and warnings, for the person who pushed) and the units held."""
    if not units:
        return [], []
    checker = Checker(ws)
    waived = waivers(ws, stored.id)
    findings, held = [], []
    for unit in units:
        found, _ = checker.unit(origin(stored), lang, unit, waived)
        errors = [f for f in found if f.severity is Severity.ERROR]
        if errors and unit.state >= UnitState.NEEDS_WORK:
            if unit.state >= UnitState.TRANSLATED:
                held.append(unit)
            rules.hold(unit, [f.note for f in errors])
        else:
            rules.settle_check_notes(unit)
        findings += found
    return findings, held


def errors_of(ws: Workspace, stored, lang: str, unit: Unit) -> list[Finding]:
    """The errors that stand in one unit (none waived): what keeps it from approval."""
    found, _ = Checker(ws).unit(origin(stored), lang, unit, waivers(ws, stored.id))
    return [f for f in found if f.severity is Severity.ERROR]


def release_errors(ws: Workspace, stored) -> list[Finding]:
    """Every error that stands in a release's translations."""
    report = CheckReport()
    Checker(ws).release(stored, stored.targets, report)
    return report.errors


def describe() -> list[Check]:
    """Every check, in report order (``press check --list``)."""
    return list(checks.registry().values())
