"""press translate: machine drafts from DeepL for the units no person has translated."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import AsUserOption, JsonOption, ReleaseOrAllArg, TargetOption
from .output import Column, ProgressBar, counted, print_json, print_table
from .session import session

_LONG_RUN = 100
"""Texts to send from which a progress bar is drawn (in a terminal)."""


def translate(
    release_id: ReleaseOrAllArg = None,
    lang: TargetOption = None,
    all_releases: Annotated[
        bool, typer.Option("--all", help="Every release with units to translate.")
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Send nothing: show what would be billed, and the account."),
    ] = False,
    include_needs_work: Annotated[
        bool,
        typer.Option("--include-needs-work", help="Also redo units whose draft no person wrote."),
    ] = False,
    prefer_machine: Annotated[
        bool,
        typer.Option(
            "--prefer-machine", help="A machine draft even where the memory has a 90% match."
        ),
    ] = False,
    as_name: AsUserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Pre-translate untranslated units with DeepL, as drafts that need work.

    The memory comes first, then press's cache of what DeepL was paid for; only the
    rest is sent, and never more than the [machine] monthly_characters budget.
    Drafts are marked fuzzy with their origin in a comment: a translator or a
    reviewer makes them translations. The key comes from DEEPL_AUTH_KEY;
    DEEPL_SERVER_URL points at another server.
    """
    import os
    from dataclasses import asdict

    from ..actions import translate as run
    from ..errors import InputError
    from ..machine import connect

    if (release_id is None) == (not all_releases):
        raise InputError(
            "name one release, or --all", "e.g. press translate 2026-11-12-osce-delegation -l kk"
        )
    ws, actor = session(as_name)
    engine = connect(
        ws.config.machine, os.environ.get("DEEPL_AUTH_KEY", ""), os.environ.get("DEEPL_SERVER_URL")
    )
    with ProgressBar("Translating", _LONG_RUN) as bar:
        result = run(
            ws,
            actor,
            None if all_releases else [release_id],
            lang,
            engine=engine,
            dry_run=dry_run,
            include_needs_work=include_needs_work,
            prefer_machine=prefer_machine,
            progress=bar.update,
        )
    if json_output:
        print_json(asdict(result))
        return
    _show(result)


def _show(result) -> None:
    if not any(row.units for row in result.rows):
        typer.echo("Nothing to translate: every unit has a translation or a draft.")
        return
    if result.dry_run:
        typer.echo(f"Dry run: nothing was sent to {result.engine}.")
    columns = [
        Column("release"),
        Column("lang"),
        Column("units", "right"),
        Column("memory", "right"),
        Column("cache", "right"),
        Column("to send" if result.dry_run else "sent", "right"),
        Column("characters" if result.dry_run else "billed", "right"),
    ]
    if not result.dry_run:
        columns.append(Column("to check", "right"))
    rows = []
    for row in result.rows:
        figures = [row.memory_exact + row.memory_fuzzy, row.cached, row.machine]
        money = row.characters if result.dry_run else row.billed
        rows.append(
            [row.release_id, row.language, row.units, *figures, f"{money:,}"]
            + ([] if result.dry_run else [row.to_check])
        )
    print_table(columns, rows)
    for line in _summary(result):
        typer.echo(line)


def _summary(result) -> list[str]:
    lines = []
    exact = sum(r.memory_exact for r in result.rows)
    offered = sum(r.memory_fuzzy for r in result.rows)
    if exact or offered:
        lines.append(
            f"From the memory: {exact} approved exact matches, "
            f"{offered} close matches offered instead of a draft."
        )
    if result.dry_run:
        lines.append(f"Would bill up to {result.characters:,} characters (each text once).")
        if result.refused:
            lines.append(f"The run would be refused before sending: {result.refused}.")
    else:
        lines.append(f"Billed {result.billed:,} characters.")
        kept = sum(r.kept for r in result.rows)
        if kept:
            lines.append(f"Kept {counted(kept, 'unit')} a person changed meanwhile.")
        for row in result.rows:
            if row.stale:
                lines.append(
                    f"The source of {row.release_id} changed meanwhile: its drafts wait in the "
                    f"cache (run 'press update {row.release_id}', then translate again)."
                )
        check = sum(r.to_check for r in result.rows)
        if check:
            carry = "carries" if check == 1 else "carry"
            lines.append(
                f"{counted(check, 'draft')} {carry} a note to check "
                "(a number, link or official name)."
            )
    usage = result.usage
    if usage is not None and usage.count is not None:
        account = f"{result.engine} account: {usage.count:,} characters used this period"
        if usage.limit is not None:
            account += f" of {usage.limit:,} ({usage.left:,} left)"
        lines.append(account + ".")
    if result.budget is not None:
        lines.append(f"Budget: {result.budget:,} characters a month ([machine] in the config).")
    return lines
