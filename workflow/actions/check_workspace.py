"""press check --all: every release of the workspace, on every core, then consistency.

Each release is read without cutting its source into sentences
(:func:`workflow.store.read_translations`) and checked in a worker process; what was
found is kept in ``.press/checks.sqlite`` (:mod:`workflow.checks.cache`), so a later
run reads again only the releases whose files changed. The consistency check needs
every release at once: it runs last, over what the others saw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from .. import checks, store
from ..checks import Context, Severity, Subject
from ..checks.cache import ResultCache
from ..errors import PressError
from ..locales import check_language
from ..model import BlockKind, UnitState, text_digest
from ..people import Actor
from ..workspace import Workspace
from .check import Checker, CheckReport, Finding, waivers

_PART = 25
"""Releases read and checked in one piece of work."""
_SHARED: dict = {}
"""What the worker processes inherit: the workspace, the checker, the language."""


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
    checker = Checker(ws, only)
    consistency = any(c.id == "consistency" for c in checker.checks)
    checker.checks = [c for c in checker.checks if c.id != "consistency"]
    ids = ws.release_ids()
    cache = ResultCache(ws, f"{','.join(c.id for c in checker.checks)}/{lang or ''}")
    try:
        results = _results(ws, checker, cache, ids, lang, progress)
    finally:
        cache.close()
    report, seen = CheckReport(), []
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
        seen += [(release_id, *row) for row in data["seen"]]
    if consistency:
        report.findings += _consistency(seen)
        order = {release_id: n for n, release_id in enumerate(ids)}
        report.findings.sort(key=lambda f: order[f.release])  # stable: units keep their order
    return report


def _results(ws, checker, cache, ids, lang, progress) -> dict[str, dict | str]:
    """Each release's results (or why it was skipped): from the cache where its files are
    unchanged, else read and checked now."""
    results: dict[str, dict | str] = {}
    stamps = {}
    for release_id in ids:
        stamps[release_id] = stamp = cache.stamp(release_id)
        found = cache.get(release_id, stamp)
        if found is not None:
            results[release_id] = found
    missing = [release_id for release_id in ids if release_id not in results]
    done = len(results)
    for part in _parts(ws, checker, missing, lang):
        for release_id, data in part:
            results[release_id] = data
            if not isinstance(data, str):
                cache.put(release_id, stamps[release_id], data)
        done += len(part)
        if progress:
            progress(done, len(ids))
    return results


def _parts(ws, checker, ids, lang):
    """The parts' results in order; in worker processes when there are many releases."""
    import multiprocessing
    import os

    pieces = [ids[i : i + _PART] for i in range(0, len(ids), _PART)]
    workers = min(os.cpu_count() or 1, 4, len(pieces))
    _SHARED.update(ws=ws, checker=checker, lang=lang)
    pool = None
    try:
        if (
            workers > 1
            and len(ids) >= 4 * _PART
            and "fork" in multiprocessing.get_all_start_methods()
        ):
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("fork"), initializer=_quiet
            )
            yield from pool.map(_check_part, pieces)
        else:
            yield from map(_check_part, pieces)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        _SHARED.clear()


def _quiet() -> None:
    """A worker leaves Ctrl-C to the command: it finishes its part, and no more is given."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_part(ids: list[str]) -> list[tuple[str, dict | str]]:
    """Read and check some releases (in a worker process, or in this one): for each, its
    findings, counts and what the consistency check compares — or why it was skipped."""
    ws, checker, lang = _SHARED["ws"], _SHARED["checker"], _SHARED["lang"]
    out = []
    for release_id in ids:
        try:
            read = store.read_translations(ws, release_id, [lang] if lang else None)
            waived = waivers(ws, release_id)
        except PressError as exc:
            out.append((release_id, exc.message))
            continue
        report = CheckReport()
        checker.catalogs((read.id, read.language, read.date), read.catalogs, waived, report)
        day = read.date.isoformat() if read.date else None
        seen = []
        for target, catalog in read.catalogs.items():
            for unit in catalog.units:
                if unit.state >= UnitState.TRANSLATED:  # drafts are nobody's choice yet
                    digest = text_digest(unit.source, unit.translation) if waived else ""
                    off = (target, digest, "consistency") in waived
                    seen.append(
                        (
                            read.language,
                            day,
                            target,
                            unit.source,
                            unit.translation,
                            unit.kind,
                            unit.where,
                            off,
                        )
                    )
        findings = [
            (f.lang, f.unit, f.check, f.severity, f.message, f.where) for f in report.findings
        ]
        out.append(
            (
                release_id,
                {
                    "findings": findings,
                    "units": report.units,
                    "waived": report.waived,
                    "seen": seen,
                },
            )
        )
    return out


def _consistency(seen: list[tuple]) -> list[Finding]:
    """The consistency check over every release read: a sentence translated otherwise
    in another release."""
    by_source: dict[tuple, list[tuple]] = {}
    for row in seen:
        by_source.setdefault((row[1], row[3], row[4]), []).append(row)
    (check,) = checks.find(["consistency"])
    findings = []
    for rows in by_source.values():
        if len({row[5] for row in rows}) < 2:
            continue
        for release_id, source_lang, day, target, source, text, kind, where, off in rows:
            if off:
                continue
            others = [(r[0], r[5]) for r in rows if r[0] != release_id]
            context = Context(others=lambda subject, others=others: others)
            date = dt.date.fromisoformat(day) if day else None
            subject = Subject(source, text, source_lang, target, BlockKind(kind), date)
            findings += [
                Finding(release_id, target, source, check.id, Severity(check.severity), m, where)
                for m in check.test(subject, context)
            ]
    return findings
