"""Pull and push: PO files going out to translators and coming back.

A pushed file is untrusted: it may come by mail from a freelancer, saved by any
editor. Push reads release and language from its headers, takes translation
text and the translator's own ``fuzzy`` mark, and nothing else. Every problem
refuses the whole file before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import journal
from .catalogs import (
    Catalog,
    PoEntry,
    PoFile,
    decode_po,
    now_stamp,
    parse_po,
    render_catalog,
    state_of,
)
from .errors import ConflictError, InputError
from .model import LANGUAGES, Release, UnitState, is_valid_id
from .releases import check_target, load_catalog, load_release
from .workspace import Workspace, atomic_write


def pull(workspace: Workspace, release_id: str, lang: str) -> str:
    """The PO text a translator edits: the workspace's file for that language."""
    release = load_release(workspace, release_id)
    check_target(workspace, release, lang)
    path = workspace.catalog_path(release_id, lang)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    with workspace.lock():  # a language added to the config after ingest
        text = render_catalog(load_catalog(workspace, release, lang), release.title)
        atomic_write(path, text)
    return text


@dataclass
class PushResult:
    release_id: str
    language: str
    changed: dict[str, int] = field(default_factory=dict)
    """Units that changed, by their new state."""
    unchanged: int = 0
    kept: int = 0
    """Units the file left empty although the workspace has a translation (kept)."""

    @property
    def total_changed(self) -> int:
        return sum(self.changed.values())


def _identify(po: PoFile, name: str) -> tuple[str, str]:
    release_id = po.headers.get("X-Press-Release", "").strip()
    if not release_id:
        raise InputError(
            f"{name} is not a press file (no X-Press-Release header)",
            "push the file you got from 'press pull'",
        )
    if not is_valid_id(release_id):
        raise InputError(f"{name} names an invalid release id", "push a file from 'press pull'")
    lang = po.headers.get("Language", "").strip().replace("-", "_").split("_")[0].lower()
    if lang not in LANGUAGES:
        raise InputError(
            f"{name} has Language '{po.headers.get('Language', '')}', not one of "
            f"{', '.join(LANGUAGES)}",
            "push the file you got from 'press pull'",
        )
    charset = po.headers.get("Content-Type", "charset=UTF-8").lower()
    if "charset=" in charset and charset.split("charset=")[1].strip() not in ("utf-8", "utf8"):
        raise InputError(f"{name} declares a charset other than UTF-8", "save it as UTF-8")
    return release_id, lang


def _check_entries(entries: list[PoEntry], catalog: Catalog, name: str) -> list[PoEntry]:
    """The live entries of a pushed file, each matching a unit; else refuse."""
    by_source = catalog.by_source()
    by_position = {pos: unit for unit in catalog.units for pos in unit.positions}
    problems: list[str] = []
    live = []
    for entry in entries:
        if entry.obsolete or not entry.msgid:
            continue
        label = entry.positions[0] if entry.positions else f"'{_short(entry.msgid)}'"
        if entry.msgctxt is not None or entry.plural:
            problems.append(f"unit {label} has a context or plural form press never writes")
        elif entry.msgid not in by_source:
            if any(by_position.get(p) for p in entry.positions):
                problems.append(f"unit {label}: its source text (msgid) was changed")
            else:
                problems.append(f"unit {label} does not exist in {catalog.release_id}")
        else:
            live.append(entry)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ConflictError(
            f"{name}: {problems[0]}{more}",
            "change only msgstr; pull a fresh file with 'press pull' if the release changed",
        )
    return live


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def push(workspace: Workspace, data: bytes, name: str) -> PushResult:
    """Take a translator's PO file back into the workspace."""
    po = parse_po(decode_po(data, name), name)
    release_id, lang = _identify(po, name)
    if not workspace.has_release(release_id):
        raise ConflictError(
            f"{name} is for release '{release_id}', which this workspace does not have",
            "run 'press list' to see the releases",
        )
    release: Release = load_release(workspace, release_id)
    check_target(workspace, release, lang)
    who = journal.current_user()
    with workspace.lock():
        catalog = load_catalog(workspace, release, lang)
        entries = _check_entries(po.entries, catalog, name)
        result = _apply(catalog, entries)
        if result.total_changed:
            catalog.revision_date = now_stamp()
            catalog.last_translator = who
            path = workspace.catalog_path(release_id, lang)
            before = journal.file_digest(path)
            atomic_write(path, render_catalog(catalog, release.title))
            journal.record(
                workspace,
                release_id,
                "push",
                who=who,
                language=lang,
                counts=result.changed,
                before=before,
                after=journal.file_digest(path),
                note=f"from {name}",
            )
    return result


def _apply(catalog: Catalog, entries: list[PoEntry]) -> PushResult:
    result = PushResult(catalog.release_id, catalog.language)
    by_source = catalog.by_source()
    for entry in entries:
        unit = by_source[entry.msgid]
        state = state_of(entry)
        if state is UnitState.UNTRANSLATED:
            if unit.translation:
                result.kept += 1
            else:
                result.unchanged += 1
            continue
        same_text = entry.msgstr == unit.translation
        if same_text and (state is unit.state or unit.state > state >= UnitState.TRANSLATED):
            result.unchanged += 1
            continue
        unit.translation, unit.state = entry.msgstr, state
        if state >= UnitState.TRANSLATED:
            unit.previous_source = None
        result.changed[state.key] = result.changed.get(state.key, 0) + 1
    return result
