"""Commands of communications staff: init, ingest, update."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import AsUserOption, ReleaseArg
from .output import shown
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
    from ..actions import ingest as ingest_release
    from ..sources import MAX_FILE_BYTES

    data = read_input(file, MAX_FILE_BYTES)
    ws, actor = session(as_name)
    result = ingest_release(
        ws, actor, data, file.name, lang=lang, release_id=release_id, title=title
    )
    _report(ws, result, "Ingested" if result.created else "Updated")


def update(release_id: ReleaseArg, as_name: AsUserOption = None) -> None:
    """Re-read releases/ID/source.md after a hand edit and update every language.

    Unchanged sentences keep their translations and approvals; an edited one
    comes back as needs work with its earlier translation; a new one gets the
    translation memory's best match; a removed one is kept as obsolete.
    """
    from ..actions import update as update_release

    ws, actor = session(as_name)
    _report(ws, update_release(ws, actor, release_id), "Updated")


_LABELS = {"memory_exact": "from memory (exact)", "memory_fuzzy": "from memory (fuzzy)"}


def _report(ws, result, verb: str) -> None:
    release = result.release
    typer.echo(f"{verb} {release.id} ({release.language}): {result.units} units")
    for target in result.languages:
        counts = result.counts[target]
        shown_counts = ", ".join(f"{n} {_LABELS.get(key, key)}" for key, n in counts.items() if n)
        path = shown(ws.catalog_path(release.id, target))
        typer.echo(f"  {target}: {path}" + (f" ({shown_counts})" if shown_counts else ""))
