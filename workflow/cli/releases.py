"""Commands of communications staff: init, ingest, update."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import AsUserOption, ReleaseArg
from .output import counted, shown
from .session import read_input, session


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
    from ..actions import init_workspace

    langs = [lang.strip() for lang in languages.split(",") if lang.strip()]
    ws = init_workspace(folder, organization, source_language, langs)
    typer.echo(f"Created a press workspace in {shown(ws.root)}")
    typer.echo("Next: press ingest RELEASE.txt --lang en")


def ingest(
    file: Annotated[
        Path,
        typer.Argument(
            help="Source release: .txt, .md, .docx or a saved .html page.", show_default=False
        ),
    ],
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Language of the source: en, kk or ru.")
    ] = None,
    release_id: Annotated[
        str | None, typer.Option("--id", help="Release id (default: date and headline words).")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Headline, replacing the file's.")] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Show how the file is read (units, date, dropped lines); write nothing.",
        ),
    ] = False,
    as_name: AsUserOption = None,
) -> None:
    """Read a source release and create its PO files for translators.

    Lines a web page puts around the article (menus, time stamps, view counts,
    tags, footers) are dropped and photo credits kept as metadata; --dry-run
    shows each with its reason. The file itself is kept as
    releases/ID/original.<ext>. With --id of an existing release, the file
    replaces its source and every language is updated as 'press update' does.
    A Markdown release's photos (![caption](photos/hall.jpg "credit")) are
    taken from beside the file and kept under releases/ID/.
    """
    from ..actions import ingest as ingest_release
    from ..sources import MAX_FILE_BYTES

    data = read_input(file, MAX_FILE_BYTES)
    ws, actor = session(as_name)
    result = ingest_release(
        ws,
        actor,
        data,
        file.name,
        lang=lang,
        release_id=release_id,
        title=title,
        dry_run=dry_run,
        beside=file.parent,
    )
    if dry_run:
        _show_reading(file.name, result)
        return
    _report(ws, result, "Ingested" if result.created else "Updated")
    _summarise_reading(ws, result)


def update(release_id: ReleaseArg, as_name: AsUserOption = None) -> None:
    """Re-read releases/ID/source.md after a hand edit and update every language.

    Unchanged sentences keep their translations and approvals; an edited one
    comes back as needs work with its earlier translation; a new one gets the
    translation memory's best match; a removed one is kept as obsolete.
    """
    from ..actions import update as update_release

    ws, actor = session(as_name)
    result = update_release(ws, actor, release_id)
    if not result.written:
        typer.echo(f"Nothing changed in {release_id}: source.md is as every language has it")
        return
    _report(ws, result, "Updated")


def _show_reading(name: str, result) -> None:
    """The whole reading of a file, for --dry-run: blocks and units, date, what was dropped."""
    release, reading = result.release, result.reading
    verb = "a new release" if result.created else "replacing the source of"
    typer.echo(f"{name} read as {release.language}, {verb} {release.id} (dry run: nothing written)")
    typer.echo(f"Date: {release.date.isoformat()}, from {reading.date_from}")
    facts = ([f"place: {release.place}"] if release.place else []) + [
        f"{key}: {value}" for key, value in release.metadata.items()
    ]
    if facts:
        typer.echo("; ".join(facts))
    typer.echo("")
    width = max(len(block.kind.value) for block in release.blocks)
    for block in release.blocks:
        for number, sentence in enumerate(block.sentences):
            label = block.kind.value if number == 0 else ""
            typer.echo(f"  {label:<{width}}  {sentence}")
    typer.echo("")
    units = result.units
    typer.echo(f"{counted(units, 'unit')} in {counted(len(release.blocks), 'block')}.")
    if reading.dropped:
        typer.echo(f"Dropped {counted(len(reading.dropped), 'line')}:")
        width = max(len(d.reason) for d in reading.dropped)
        for dropped in reading.dropped:
            where = f"line {dropped.at}" if dropped.at else ""
            typer.echo(f"  {where:>9}  {dropped.reason:<{width}}  {dropped.line}")
    else:
        typer.echo("No line dropped.")
    for note in reading.notes:
        typer.echo(note)


def _summarise_reading(ws, result) -> None:
    """The reading in short, after a real ingest: units per kind, lines dropped, the original."""
    release, reading = result.release, result.reading
    kinds = result.unit_kinds
    typer.echo("  units: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items()))
    typer.echo(f"  date: {release.date.isoformat()}, from {reading.date_from}")
    if reading.dropped:
        reasons: dict[str, int] = {}
        for dropped in reading.dropped:
            reasons[dropped.reason] = reasons.get(dropped.reason, 0) + 1
        shown_reasons = ", ".join(f"{n} {reason}" for reason, n in reasons.items())
        typer.echo(
            f"  dropped {counted(len(reading.dropped), 'line')} ({shown_reasons});"
            " 'press ingest FILE --dry-run' lists them"
        )
    for note in reading.notes:
        typer.echo(f"  {note}")
    original = next(ws.release_dir(release.id).glob("original.*"), None)
    if original is not None:
        typer.echo(f"  original kept as {shown(original)}")


_LABELS = {"memory_exact": "from memory (exact)", "memory_fuzzy": "from memory (fuzzy)"}


def _report(ws, result, verb: str) -> None:
    release = result.release
    typer.echo(f"{verb} {release.id} ({release.language}): {counted(result.units, 'unit')}")
    for target in result.languages:
        counts = dict(result.counts[target])
        if "new" in counts:  # the units filled from the memory are new too: shown once
            counts["new"] -= sum(counts.get(key, 0) for key in _LABELS)
        shown_counts = ", ".join(f"{n} {_LABELS.get(key, key)}" for key, n in counts.items() if n)
        path = shown(ws.catalog_path(release.id, target))
        typer.echo(f"  {target}: {path}" + (f" ({shown_counts})" if shown_counts else ""))
