"""press check: the quality checks of a release, of the workspace, and waivers."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import AsUserOption, JsonOption, ReleaseOrAllArg, TargetOption
from .output import Column, ProgressBar, print_json, print_table
from .session import session

_LONG_RUN = 50
"""Releases from which a progress bar is drawn (in a terminal)."""


def check(
    release_id: ReleaseOrAllArg = None,
    lang: TargetOption = None,
    json_output: JsonOption = False,
    all_releases: Annotated[bool, typer.Option("--all", help="Every release.")] = False,
    list_checks: Annotated[
        bool, typer.Option("--list", help="Describe the checks and stop.")
    ] = False,
    only: Annotated[
        list[str] | None,
        typer.Option("--only", metavar="CHECK", help="Run only this check (repeat for more)."),
    ] = None,
    waive: Annotated[
        str | None,
        typer.Option(
            metavar="CHECK", help="Waive this check's finding in one unit (editors; with --unit)."
        ),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option(metavar="UNIT", help="The unit to waive: its position (p3.s2) or source."),
    ] = None,
    note: Annotated[str, typer.Option(help="Why the finding does not apply (a waiver).")] = "",
    as_name: AsUserOption = None,
) -> None:
    """Check translations: facts, markup, script, language, typography, terms and more.

    Errors block approval (exit code 1, as when a release cannot be read); warnings
    inform. Every push and review runs the checks too: a unit with an error needs
    work, with the finding in a comment.
    An editor may waive a finding that does not apply: --waive CHECK --unit POS --note.
    """
    from ..errors import InputError

    if list_checks:
        _list(json_output)
        return
    if (release_id is None) == (not all_releases):
        raise InputError(
            "name one release, or --all", "e.g. press check 2026-11-12-osce-delegation -l kk"
        )
    if waive or unit:
        _waive(release_id, waive, unit, note, lang, as_name, all_releases)
        return
    ws, actor = session(as_name)
    if all_releases:
        from ..actions import check_all

        with ProgressBar("Checking", _LONG_RUN) as bar:
            report = check_all(ws, actor, lang=lang, only=only, progress=bar.update)
    else:
        from ..actions import check_release

        report = check_release(ws, actor, release_id, lang=lang, only=only)
    _show(report, json_output, release_id or "the workspace")
    if report.errors or report.skipped:
        raise typer.Exit(1)


def _list(json_output: bool) -> None:
    from ..actions import describe_checks

    checks = describe_checks()
    if json_output:
        rows = [
            {"id": c.id, "severity": str(c.severity), "description": c.description} for c in checks
        ]
        print_json(rows)
        return
    columns = [Column("check"), Column("severity"), Column("description", wrap=True)]
    print_table(columns, [[c.id, str(c.severity), c.description] for c in checks])


def _waive(release_id, check_id, unit, note, lang, as_name, all_releases) -> None:
    from ..actions import waive
    from ..errors import InputError

    if all_releases or not check_id or not unit:
        raise InputError(
            "a waiver is for one finding: one release, --waive CHECK and --unit",
            "e.g. press check ID --waive facts --unit p2.s1 --lang ru --note 'the year is implied'",
        )
    waiver = waive(*session(as_name), release_id, check_id, unit, note, lang=lang)
    typer.echo(
        f"Waived {waiver.check} in {waiver.where} ({waiver.lang}) of {waiver.release}, "
        f"by {waiver.who}: {waiver.note}"
    )


def _show(report, json_output: bool, what: str) -> None:
    for release_id, why in report.skipped:
        typer.echo(f"Skipped {release_id}: {why}", err=True)
    if json_output:
        print_json([finding.json() for finding in report.findings])
        return
    errors, warnings = len(report.errors), len(report.findings) - len(report.errors)
    waived = f"; {report.waived} waived" if report.waived else ""
    if report.skipped:
        waived += f"; {_count(len(report.skipped), 'release')} not read"
    checked = f"{report.units} translated units checked"
    if not report.findings:
        where = f"the {_count(len(report.releases), 'release')} read" if report.skipped else what
        typer.echo(f"No problems in {where}: {checked}{waived}.")
        return
    columns = [
        *([Column("release")] if len(report.releases) > 1 else []),
        Column("lang"),
        Column("unit"),
        Column("check"),
        Column("severity"),
        Column("message", wrap=True),
        Column("source", wrap=True),
    ]
    many = len(report.releases) > 1
    rows = [
        [
            *([f.release] if many else []),
            f.lang,
            f.where,
            f.check,
            str(f.severity),
            f.message,
            f.unit,
        ]
        for f in report.findings
    ]
    caption = (
        f"{_count(errors, 'error')}, {_count(warnings, 'warning')} in {what} ({checked}{waived})."
    )
    print_table(columns, rows, caption=caption)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"
