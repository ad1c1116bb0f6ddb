"""The bundle of a release: one DOCX and one HTML file per language.

``build_editions`` is pure (release + catalogs -> editions); ``export_release``
renders and writes them. python-docx and jinja2 are imported only here, when a
bundle is really built.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..catalogs import Catalog
from ..errors import InputError
from ..model import Edition, EditionBlock, Release, Segment, UnitState
from ..releases import load_catalog, load_release, target_languages
from ..status import release_status
from ..workspace import Workspace, atomic_write

FORMATS = ("docx", "html")


def source_edition(release: Release, organization: str, draft: bool) -> Edition:
    blocks = tuple(
        EditionBlock(b.kind, tuple(Segment(s) for s in b.sentences)) for b in release.blocks
    )
    return Edition(
        release.id, release.language, release.language, organization, blocks, release.date, draft
    )


def target_edition(release: Release, catalog: Catalog, organization: str, draft: bool) -> Edition:
    """A translation; a sentence without a translation shows its source, marked missing."""
    units = catalog.by_source()
    blocks = []
    for block in release.blocks:
        segments = []
        for sentence in block.sentences:
            unit = units.get(sentence)
            if unit is not None and unit.state >= UnitState.TRANSLATED:
                segments.append(Segment(unit.translation))
            else:
                segments.append(Segment(sentence, missing=True))
        blocks.append(EditionBlock(block.kind, tuple(segments)))
    return Edition(
        release.id,
        catalog.language,
        release.language,
        organization,
        tuple(blocks),
        release.date,
        draft,
    )


def build_editions(workspace: Workspace, release: Release, draft: bool) -> list[Edition]:
    """Every language's edition, the source language first."""
    organization = workspace.config.organization
    editions = [source_edition(release, organization, draft)]
    for lang in target_languages(workspace, release):
        catalog = load_catalog(workspace, release, lang)
        editions.append(target_edition(release, catalog, organization, draft))
    return editions


@dataclass
class ExportResult:
    folder: Path
    files: list[Path]
    missing: dict[str, int]
    """Untranslated sentences per language (only a draft may have any)."""


def parse_formats(text: str) -> tuple[str, ...]:
    formats = tuple(f.strip().lower() for f in text.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise InputError(f"unknown export format {unknown or text!r}", "use docx, html or both")
    return formats


def export_release(
    workspace: Workspace,
    release_id: str,
    *,
    draft: bool,
    out: Path | None = None,
    formats: tuple[str, ...] = FORMATS,
    as_name: str | None = None,
) -> ExportResult:
    """Render and write the bundle.

    A draft can be made by anyone; the final bundle only by a publisher, and only of an
    approved (or published) release whose content is still what the editor approved.
    """
    from ..review import Action, authorize

    if not draft:
        authorize(workspace, Action.EXPORT, as_name=as_name)
    from .docx import render_docx
    from .html import render_html

    renderers = {"docx": render_docx, "html": render_html}
    folder = out or workspace.export_dir(release_id)
    files, missing = [], {}
    # under the lock, so the content checked is the content rendered
    with workspace.lock():
        release = load_release(workspace, release_id)
        if not draft:
            state = release_status(workspace, release_id)["state"]
            if state not in ("approved", "published"):
                raise InputError(
                    f"release {release_id} is {state}, not approved: only a draft can be exported",
                    f"export a draft with 'press export {release_id} --draft'",
                )
        for edition in build_editions(workspace, release, draft):
            missing[edition.language] = edition.missing_count
            for fmt in formats:
                path = folder / f"{release_id}.{edition.language}.{fmt}"
                atomic_write(path, renderers[fmt](edition))
                files.append(path)
    return ExportResult(folder, files, missing)
