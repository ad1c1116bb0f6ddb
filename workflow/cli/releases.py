"""Commands about releases: init, ingest, list, status."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import AsUserOption, JsonOption, ReleaseArg, console, print_json, shown, workspace
from .root import app


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="Folder for the workspace.")] = Path("."),
    organization: Annotated[str, typer.Option(help="Name of the press office.")] = "Press office",
    source_language: Annotated[
        str, typer.Option("--source-language", help="Usual language of source releases.")
    ] = "en",
    languages: Annotated[
        str, typer.Option(help="Publication languages, comma-separated.")
    ] = "en,kk,ru",
) -> None:
    """Create a workspace: press.toml, releases/, translations/ and .gitignore."""
    from ..workspace import init_workspace

    langs = [lang.strip() for lang in languages.split(",") if lang.strip()]
    ws = init_workspace(folder, organization, source_language, langs)
    typer.echo(f"Created a press workspace in {shown(ws.root)}")
    typer.echo("Next: press ingest RELEASE.txt --lang en")


@app.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="Source release: .txt or .md.", show_default=False)],
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Language of the source: en, kk or ru.")
    ] = None,
    release_id: Annotated[
        str | None, typer.Option("--id", help="Release id (default: date and headline words).")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Headline, replacing the file's.")] = None,
    as_name: AsUserOption = None,
) -> None:
    """Read a source release and create its PO files for translators.

    With --id of an existing release, the file replaces its source and every
    language is updated as 'press update' does.
    """
    from ..releases import ingest as ingest_release

    ws = workspace()
    result = ingest_release(
        ws, file, lang=lang, release_id=release_id, title=title, as_name=as_name
    )
    _report(ws, result, "Ingested" if result.created else "Updated")


@app.command()
def update(release_id: ReleaseArg, as_name: AsUserOption = None) -> None:
    """Re-read releases/ID/source.md after a hand edit and update every language.

    Unchanged sentences keep their translations and approvals; an edited one
    comes back as needs work with its earlier translation; a new one gets the
    translation memory's best match; a removed one is kept as obsolete.
    """
    from ..updates import update_release

    ws = workspace()
    _report(ws, update_release(ws, release_id, as_name=as_name), "Updated")


_LABELS = {"memory_exact": "from memory (exact)", "memory_fuzzy": "from memory (fuzzy)"}


def _report(ws, result, verb: str) -> None:
    release = result.release
    typer.echo(f"{verb} {release.id} ({release.language}): {result.units} units")
    for target in result.languages:
        counts = result.counts[target]
        shown_counts = ", ".join(f"{n} {_LABELS.get(key, key)}" for key, n in counts.items() if n)
        path = shown(ws.catalog_path(release.id, target))
        typer.echo(f"  {target}: {path}" + (f" ({shown_counts})" if shown_counts else ""))


@app.command("list")
def list_command(json_output: JsonOption = False) -> None:
    """List the releases of the workspace with their state."""
    from ..status import list_releases

    rows = list_releases(workspace())
    if json_output:
        print_json(rows)
        return
    if not rows:
        typer.echo("No releases yet. Add one with: press ingest FILE --lang LANG")
        return
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    id_width = max(len(row["id"]) for row in rows)
    table.add_column("id", no_wrap=True, min_width=id_width)  # ids are copied: never cut
    table.add_column("lang", no_wrap=True)
    table.add_column("state", no_wrap=True)
    table.add_column("title", ratio=1)
    for row in rows:
        table.add_row(row["id"], row["source_language"], row["state"], row["title"])
    console().print(table)


@app.command()
def status(
    release_id: Annotated[
        str | None, typer.Argument(help="Release id; all releases when left out.")
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Show translation progress per language and the release state.

    With an id: a table with progress bars per language; without: one line per release.
    """
    from ..status import release_status, statuses

    ws = workspace()
    if release_id:
        status = release_status(ws, release_id)
        if json_output:
            print_json(status)
        else:
            console().print(_status_table(status))
            if status.get("source_changed"):
                typer.echo(f"source.md was edited: run 'press update {release_id}'")
        return
    rows = statuses(ws)
    if json_output:
        print_json(rows)
    elif not rows:
        typer.echo("No releases yet. Add one with: press ingest FILE --lang LANG")
    else:
        console().print(_overview_table(rows))


def _overview_table(rows: list[dict]):
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    table.add_column("id", no_wrap=True, min_width=max(len(r["id"]) for r in rows))
    table.add_column("state", no_wrap=True)
    table.add_column("translated / approved per language")
    for row in rows:
        parts = []
        for lang, counts in row["languages"].items():
            total = counts["total"] or 1
            done = counts["translated"] + counts["approved"]
            parts.append(f"{lang} {100 * done // total}%/{100 * counts['approved'] // total}%")
        state = row["state"] + (" (source edited)" if row.get("source_changed") else "")
        table.add_row(row["id"], state, "  ".join(parts))
    return table


def _status_table(status: dict):
    from rich.markup import escape
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    title = f"[bold]{escape(status['id'])}[/]  {escape(status['state'])}"
    approval = status.get("approval")
    caption = (
        f"approved by {escape(approval['by'])} at {escape(approval['time'])}" if approval else None
    )
    table = Table(
        title=title,
        title_justify="left",
        caption=caption,
        caption_justify="left",
        box=None,
        pad_edge=False,
    )
    table.add_column("lang")
    table.add_column("progress")
    for column in ("done", "untranslated", "needs work", "translated", "approved"):
        table.add_column(column, justify="right")
    table.add_column("reviewers")
    for lang, counts in status["languages"].items():
        total = counts["total"] or 1
        done = counts["translated"] + counts["approved"]
        table.add_row(
            lang,
            ProgressBar(total=total, completed=done, width=12),
            f"{100 * done // total}%",
            str(counts["untranslated"]),
            str(counts["needs_work"]),
            str(counts["translated"]),
            str(counts["approved"]),
            ", ".join(f"{name} ({n})" for name, n in status["reviewers"].get(lang, {}).items()),
        )
    return table
