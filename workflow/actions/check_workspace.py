"""press check --all: every release of the workspace, on every core, then consistency.

Each release is read without cutting its source into sentences
(:func:`workflow.store.read_translations`) and checked in a worker process; what was
found is kept in ``.press/checks.sqlite`` (:mod:`workflow.checks.cache`), so a later
run reads again only the releases whose files changed. The consistency check needs
every release at once: it runs last, over what the others saw.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable
from contextlib import closing
from typing import NamedTuple

from .. import checks, store
from ..checks import Context, Severity, Subject
from ..checks.cache import ResultCache, encode
from ..errors import PressError
from ..locales import check_language
from ..model import BlockKind, UnitState, text_digest
from ..people import Actor
from ..processes import SHARED, in_workers
from ..workspace import Workspace
from .check import Checker, CheckReport, Finding, waivers

_PART = 25
"""Releases read and checked in one piece of work."""


def check_all(
    ws: Workspace,
    actor: Actor,
    *,
    lang: str | None = None,
    only: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CheckReport:
    """Every finding in the workspace, release by release (``progress(done, total)``).

    A release that cannot be checked (its source edited since its translations were
    updated) is skipped and named; the others are still checked.
    """
    if lang is not None:
        check_language(lang)
    wanted = checks.find(only) if only else list(checks.registry().values())
    consistency = any(c.id == "consistency" for c in wanted)
    checker = Checker(ws, [c.id for c in wanted if c.id != "consistency"])
    ids = ws.release_ids()
    cache = ResultCache(ws, f"{','.join(c.id for c in checker.checks)}/{lang or ''}")
    threshold = gc.get_threshold()
    # What is read and found lives until the end: the collector would walk it again and
    # again (a tenth of the run) while the checks make no cycles worth collecting early.
    gc.set_threshold(100_000, 50, 100)
    try:
        with closing(cache):
            results = _results(ws, checker, cache, ids, lang, progress)
        return _report(ids, results, consistency)
    finally:
        gc.set_threshold(*threshold)


def _report(ids: list[str], results: dict[str, dict | str], consistency: bool) -> CheckReport:
    """The releases' results in one report, in the order of ``ids``, with the consistency
    check over every unit they saw."""
    report = CheckReport()
    by_source: dict[tuple, list[tuple[str, list]]] = {}
    for release_id in ids:
        data = results[release_id]
        if isinstance(data, str):
            report.skipped.append((release_id, data))
            continue
        report.findings += [
            Finding(release_id, lang_, unit, check, Severity(severity), message, where)
            for lang_, unit, check, severity, message, where in data["findings"]
        ]
        report.units += data["units"]
        report.waived += data["waived"]
        report.releases.append(release_id)
        if consistency:
            for row in data["seen"]:  # (source_lang, day, lang, source, translation, ...)
                by_source.setdefault((row[0], row[2], row[3]), []).append((release_id, row))
    if consistency:
        report.findings += _consistency(by_source)
        order = {release_id: n for n, release_id in enumerate(ids)}
        report.findings.sort(key=lambda f: order[f.release])  # stable: units keep their order
    return report


def _results(ws, checker, cache, ids, lang, progress) -> dict[str, dict | str]:
    """Each release's results (or why it was skipped): from the cache where its files are
    unchanged, else read and checked now."""
    results: dict[str, dict | str] = {}
    for release_id in ids:
        if cache.has(release_id):  # else its stamp is taken where it is read: in a worker
            found = cache.get(release_id, cache.stamp(release_id))
            if found is not None:
                results[release_id] = found
    missing = [release_id for release_id in ids if release_id not in results]
    done = len(results)
    for part in _parts(ws, checker, cache.stamp, missing, lang):
        for release_id, data, kept, stamp in part:
            results[release_id] = data
            if kept is not None:
                cache.put(release_id, stamp, kept)
        done += len(part)
        if progress:
            progress(done, len(ids))
    return results


def _parts(ws, checker, stamp, ids, lang):
    """The parts' results in order; in worker processes when there are many releases."""
    pieces = [ids[i : i + _PART] for i in range(0, len(ids), _PART)]
    yield from in_workers(
        _check_part,
        pieces,
        shared={"ws": ws, "checker": checker, "stamp": stamp, "lang": lang},
        least=4,
        stopped=(
            "a process checking the releases was stopped (out of memory?)",
            "run 'press check --all' again; what was checked is kept",
        ),
    )


def _check_part(ids: list[str]) -> list[tuple[str, dict | str, str | None, str]]:
    """Read and check some releases (in a worker process, or in this one): for each, what
    it found (:func:`_checked`) and that as the cache keeps it (encoded here, on the
    worker's core), or why it could not be read; and the stamp of its files, taken
    before they were read."""
    ws, checker, lang = SHARED["ws"], SHARED["checker"], SHARED["lang"]
    out = []
    for release_id in ids:
        stamp = SHARED["stamp"](release_id)
        try:
            read = store.read_translations(ws, release_id, [lang] if lang else None)
            waived = waivers(ws, release_id)
        except PressError as exc:
            out.append((release_id, str(exc), None, stamp))  # the message and what to do
            continue
        data = _checked(checker, read, waived)
        out.append((release_id, data, encode(data), stamp))
    return out


class Seen(NamedTuple):
    """A translated or approved unit, as the consistency check compares it."""

    release: str
    source_lang: str
    day: str | None
    lang: str
    source: str
    translation: str
    kind: str
    where: str
    waived: bool
    """Its consistency finding is waived."""


def _checked(checker: Checker, read, waived: set) -> dict:
    """One release's findings, counts and seen units, as the cache keeps them."""
    report = CheckReport()
    checker.catalogs((read.id, read.language, read.date), read.catalogs, waived, report)
    day = read.date.isoformat() if read.date else None
    seen = []
    for target, catalog in read.catalogs.items():
        for unit in catalog.units:
            if unit.state >= UnitState.TRANSLATED:  # drafts are nobody's choice yet
                digest = text_digest(unit.source, unit.translation) if waived else ""
                off = (target, digest, "consistency") in waived
                row = (read.language, day, target, unit.source, unit.translation, unit.kind)
                seen.append((*row, unit.where, off))
    findings = [(f.lang, f.unit, f.check, f.severity, f.message, f.where) for f in report.findings]
    return {
        "findings": findings,
        "units": report.units,
        "waived": report.waived,
        "seen": seen,
        "undated": None if read.date else dt.date.today().isoformat(),
    }


def _consistency(by_source: dict[tuple, list[tuple[str, list]]]) -> list[Finding]:
    """The consistency check over every release read: a sentence translated otherwise
    in another release. ``by_source``: the units seen, as (release, row of ``seen``), by
    (source language, language, source text)."""
    (check,) = checks.find(["consistency"])
    findings = []
    for group in by_source.values():
        if len(group) < 2 or len({row[4] for _, row in group}) < 2:
            continue  # most sentences are in one release, or translated alike
        rows = [Seen(release_id, *row) for release_id, row in group]
        for row in rows:
            if row.waived:
                continue
            others = [(r.release, r.translation) for r in rows if r.release != row.release]
            context = Context(others=lambda subject, others=others: others)
            date = dt.date.fromisoformat(row.day) if row.day else None
            subject = Subject(
                row.source, row.translation, row.source_lang, row.lang, BlockKind(row.kind), date
            )
            findings += [
                Finding(row.release, row.lang, row.source, check.id, check.severity, m, row.where)
                for m in check.test(subject, context)
            ]
    return findings
