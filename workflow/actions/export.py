"""Exporting the bundle of a release: DOCX and HTML in every language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import store
from ..errors import RuleError
from ..export.bundle import FORMATS, check_formats, editions, render_bundle
from ..fsio import atomic_write
from ..model import ReleaseState
from ..people import Action, Actor
from ..status import release_status
from ..workspace import Workspace


@dataclass
class ExportResult:
    folder: Path
    files: list[Path]
    missing: dict[str, int]
    """Untranslated sentences per language (only a draft may have any)."""


def export(
    ws: Workspace,
    actor: Actor,
    release_id: str,
    *,
    draft: bool,
    out: Path | None = None,
    formats: tuple[str, ...] = FORMATS,
) -> ExportResult:
    """Render and write the bundle to ``out`` (default ``exports/<id>/``).

    A draft can be made by anyone; the final bundle only by a publisher, and only of an
    approved (or published) release whose content is still what the editor approved.
    """
    formats = check_formats(tuple(formats))
    if not draft:
        actor.require(Action.EXPORT)
    folder = Path(out) if out is not None else ws.export_dir(release_id)
    # under the lock, so the content checked is the content rendered
    with store.opened(ws, release_id) as stored:
        if not draft:
            state = ReleaseState(release_status(ws, release_id)["state"])
            if state not in (ReleaseState.APPROVED, ReleaseState.PUBLISHED):
                raise RuleError(
                    f"release {release_id} is {state.label}, not approved: "
                    "only a draft can be exported",
                    f"export a draft with 'press export {release_id} --draft'",
                )
        catalogs = {lang: stored.catalog(lang) for lang in stored.targets}
        made = editions(stored.release, catalogs, ws.config.organization, draft)
        files = []
        for name, data in render_bundle(made, formats).items():
            atomic_write(folder / name, data)
            files.append(folder / name)
    return ExportResult(folder, files, {e.language: e.missing_count for e in made})
