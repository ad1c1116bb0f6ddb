"""The glossary: list its terms, add one, check a release's translations against it."""

from __future__ import annotations

import datetime as dt

from .. import store
from ..errors import InputError
from ..fsio import atomic_write
from ..glossary import (
    GLOSSARY_NAME,
    Glossary,
    Term,
    TermFinding,
    check_term,
    glossary_path,
    quoted,
    render_glossary,
    split_forms,
)
from ..locales import check_language
from ..model import UnitState
from ..people import Action, Actor
from ..workspace import Workspace


def list_terms(
    ws: Workspace, actor: Actor, *, lang: str | None = None, on: dt.date | None = None
) -> list[Term]:
    """The glossary's terms in the file's order: only those given in ``lang``, only those
    in force on the day ``on``."""
    if lang is not None:
        check_language(lang)
    terms = Glossary.load(ws).terms
    return [
        t for t in terms if (lang is None or lang in t.forms) and (on is None or t.in_force(on))
    ]


def add_term(ws: Workspace, actor: Actor, term: Term) -> Term:
    """Add a row to ``translations/glossary.csv`` and return it as written.

    A term must name the thing in two languages at least (a glossary pairs them), and no
    form of it may already be another row's while both are in force: one form, one
    answer. A refused term changes nothing.
    """
    actor.require(Action.GLOSSARY)
    term = _cleaned(term)
    with ws.lock():
        glossary = Glossary.load(ws)
        for number, other in enumerate(glossary.terms, 2):
            _refuse_clash(term, other, f"{GLOSSARY_NAME}, row {number}")
        atomic_write(glossary_path(ws), render_glossary((*glossary.terms, term)))
    return term


def _cleaned(term: Term) -> Term:
    """The term as the file would read it back, refused when it could not be a row."""
    forms = {lang: _forms(cells) for lang, cells in term.forms.items()}
    avoid = {lang: _forms(cells) for lang, cells in term.avoid.items()}
    term = Term(
        {lang: forms[lang] for lang in sorted(forms) if forms[lang]},
        " ".join(term.note.split()),
        {lang: avoid[lang] for lang in sorted(avoid) if avoid[lang]},
        term.valid_from,
        term.valid_until,
    )
    check_term(term)
    if len(term.forms) < 2:
        raise InputError(
            "a glossary term needs its forms in two languages at least",
            "give it in two of en, kk and ru",
        )
    for lang, variants in term.avoid.items():
        both = {v.casefold() for v in variants} & {f.casefold() for f in term.forms.get(lang, ())}
        if both:
            raise InputError(
                f"{quoted(sorted(both)[0], lang)} is both a form of the term and to be avoided",
                "leave it out of one of them",
            )
    return term


def _forms(cells) -> tuple[str, ...]:
    """Forms in single spaces, each once; a string with `` | `` holds several."""
    return split_forms(" | ".join((cells,) if isinstance(cells, str) else cells))


def _refuse_clash(term: Term, other: Term, where: str) -> None:
    """Refuse a term that shares a form with another row in force on the same days, or
    accepts what that row forbids (or forbids what it accepts)."""
    if not _overlap(term, other):
        return
    shared = _common(term.forms, other.forms)
    if shared:
        raise InputError(
            f"{quoted(shared[1], shared[0])} is in the glossary already ({where})",
            "edit that row instead, or give the dates each row is valid",
        )
    for clash, what in (
        (_common(term.forms, other.avoid), "is to be avoided"),
        (_common(term.avoid, other.forms), "is a form of another term"),
    ):
        if clash:
            raise InputError(
                f"{quoted(clash[1], clash[0])} {what} ({where})",
                "a form is either accepted or to be avoided, not both",
            )


def _common(mine: dict, theirs: dict) -> tuple[str, str] | None:
    """A (language, form) in both, letter case aside, if any."""
    for lang, forms in mine.items():
        known = {f.casefold() for f in theirs.get(lang, ())}
        for form in forms:
            if form.casefold() in known:
                return lang, form
    return None


def _overlap(a: Term, b: Term) -> bool:
    start = max(a.valid_from or dt.date.min, b.valid_from or dt.date.min)
    end = min(a.valid_until or dt.date.max, b.valid_until or dt.date.max)
    return start <= end


def check_release(
    ws: Workspace, actor: Actor, release_id: str, *, lang: str | None = None
) -> list[TermFinding]:
    """Every translated unit of a release (into ``lang``, or every target language) whose
    translation does not use the glossary's terms as they are on the release's date.

    A release with no date is checked against the terms in force today.
    """
    stored = store.load(ws, release_id)
    languages = [stored.check_target(check_language(lang))] if lang else stored.targets
    day = stored.release.date
    glossary = Glossary.load(ws).in_force(day)
    findings: list[TermFinding] = []
    for target in languages:
        for unit in stored.catalog(target).units:
            if unit.state >= UnitState.NEEDS_WORK and unit.translation.strip():
                findings += glossary.check(
                    unit.source, unit.translation, stored.release.language, target, day
                )
    return findings
