"""press verify: the workspace's files checked as a whole, and mended where that is safe.

A release is sound when its ``source.md`` reads, each target language's PO file
reads as ``msgfmt --check`` accepts it, was made from that ``source.md`` and has no
approval mark bound to another text than its unit's (a hand edit after it), its
journal holds only whole entries, and the last journal line that changed the
source names the ``source.md`` that is there. The workspace is sound when no PO
file belongs to no release and no interrupted write left a temporary file.

``--repair`` mends what can be mended without a person's judgement: a PO file
made from an earlier source (or missing) is brought up to it as ``press update``
does, torn journal lines are set aside in ``.press/repaired/`` (the whole entries
stay), a source change no journal line records is journaled, and temporary files
are removed. A PO file or ``source.md`` that does not read is left to a person
(``git`` has the last good one).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import journal, store
from ..errors import PressError
from ..fsio import atomic_write, is_temporary
from ..model import few, is_valid_id, source_digest
from ..people import Action, Actor
from ..po.catalogs import read_catalog, stale_approvals
from ..workspace import Workspace


@dataclass
class Problem:
    """One thing wrong, where it is, and what to do about it."""

    where: str
    """The file, relative to the workspace (``releases/ID/journal.jsonl``)."""
    what: str
    fix: str
    mend: Callable[[], None] | None = field(default=None, repr=False, compare=False)
    """What ``--repair`` does about it; None when only a person can."""
    repaired: bool = False

    def json(self) -> dict:
        return {
            "where": self.where,
            "problem": self.what,
            "fix": self.fix,
            "repairable": self.mend is not None,
            "repaired": self.repaired,
        }


@dataclass
class Verified:
    releases: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def left(self) -> list[Problem]:
        """The problems still there (all of them, without ``--repair``)."""
        return [p for p in self.problems if not p.repaired]


def verify(ws: Workspace, actor: Actor, *, repair: bool = False) -> Verified:
    """Check every release and the workspace's folders; with ``repair``, mend what is safe.

    Anyone may verify; repairing writes, as ``press update`` does, so it takes the
    same permission. Everything is read under the workspace lock (no command changes
    a file half-way through), and each repair is made and journaled under it.
    """
    if repair:
        actor.require(Action.UPDATE)
    result = Verified()
    with ws.lock():
        for release_id in ws.release_ids():
            result.releases += 1
            result.problems += _release(ws, actor, release_id)
        result.problems += _strays(ws)
        if repair:
            done: list[Callable[[], None]] = []  # one update mends every language
            for problem in result.problems:
                if problem.mend is not None and not any(m is problem.mend for m in done):
                    problem.mend()
                    done.append(problem.mend)
                problem.repaired = problem.mend is not None
    return result


def _release(ws: Workspace, actor: Actor, release_id: str) -> list[Problem]:
    problems: list[Problem] = []
    base = f"releases/{release_id}"
    history = _journal(ws, release_id, problems)
    try:
        text = store.read_source_text(ws, release_id)
        document = store.read_document(ws, release_id)
    except PressError as exc:
        fix = "correct source.md by hand ('git diff' shows what changed), then 'press update'"
        return [*problems, Problem(f"{base}/source.md", exc.message, fix)]
    update = functools.partial(_update, ws, actor, release_id)  # one for every language
    digest = source_digest(text)
    stale = False
    for lang in ws.config.targets(document.language or ws.config.source_language):
        path = ws.catalog_path(release_id, lang)
        where = f"translations/{lang}/{release_id}.po"
        if not path.is_file():
            problems.append(Problem(where, "missing", f"'press update {release_id}'", update))
            stale = True
            continue
        try:
            catalog = read_catalog(path)
        except PressError as exc:
            fix = f"restore it from git ('git checkout -- {where}') or push a good file"
            problems.append(Problem(where, exc.message, fix))
            continue
        if catalog.source_digest != digest:
            what = "made from an earlier source.md"
            problems.append(Problem(where, what, f"'press update {release_id}'", update))
            stale = True
        changed = stale_approvals(path)
        if changed:
            shown = few(changed, 5)
            problems.append(
                Problem(
                    where,
                    f"approvals of another text than the unit's (edited by hand since): {shown}",
                    "they count as translated: review them again; --repair drops the old marks",
                    functools.partial(_rewrite, ws, release_id, lang),
                )
            )
    if history is not None and not stale:
        recorded = [e for e in history.entries if e.get("action") in journal.SOURCE_ACTIONS]
        now = journal.file_digest(ws.source_path(release_id))
        if recorded and "after" in recorded[-1] and recorded[-1]["after"] != now:
            problems.append(
                Problem(
                    f"{base}/source.md",
                    "changed with no journal line (a command that did not finish)",
                    "'press verify --repair' journals it",
                    functools.partial(_journal_source, ws, actor, release_id, recorded[-1], now),
                )
            )
    return problems


def _journal(ws: Workspace, release_id: str, problems: list[Problem]) -> journal.History | None:
    path = ws.journal_path(release_id)
    where = f"releases/{release_id}/journal.jsonl"
    try:
        history = journal.read_history(path)
    except PressError as exc:
        problems.append(Problem(where, exc.message, "restore it from git"))
        return None
    if history.skipped:
        lines = (
            "line is not a whole entry" if history.skipped == 1 else "lines are not whole entries"
        )
        problems.append(
            Problem(
                where,
                f"{history.skipped} {lines} (torn by a crash, or a bad merge)",
                "'press verify --repair' sets them aside in .press/repaired/",
                functools.partial(_set_aside, ws, release_id),
            )
        )
    return history


def _strays(ws: Workspace) -> list[Problem]:
    problems = []
    releases = set(ws.release_ids())
    if ws.translations_dir.is_dir():
        for path in sorted(ws.translations_dir.glob("*/*.po")):
            if is_valid_id(path.stem) and path.stem not in releases:
                where = str(path.relative_to(ws.root))
                fix = f"remove it, or ingest release {path.stem} again"
                problems.append(Problem(where, "belongs to no release", fix))
    for folder in (ws.releases_dir, ws.translations_dir, ws.root / "exports"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob(".*.tmp")):
            if is_temporary(path.name) and path.is_file() and not path.is_symlink():
                where = str(path.relative_to(ws.root))
                what = "a temporary file an interrupted write left"
                fix = "'press verify --repair' removes it"
                problems.append(Problem(where, what, fix, path.unlink))
    return problems


# -- repairs --------------------------------------------------------------------------


def _update(ws: Workspace, actor: Actor, release_id: str) -> None:
    from .releases import update

    update(ws, actor, release_id)


def _rewrite(ws: Workspace, release_id: str, lang: str) -> None:
    """The catalog written again as press reads it: marks bound to no text are gone."""
    stored = store.load(ws, release_id)
    store.save_catalog(ws, stored.catalog(lang), stored.release.title)


def _set_aside(ws: Workspace, release_id: str) -> None:
    """The journal with its whole entries only; the other lines kept in .press/repaired/."""
    path = ws.journal_path(release_id)
    kept, aside = journal.partition(path)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    atomic_write(
        ws.state_dir / "repaired" / f"{release_id}.{stamp}.jsonl", b"\n".join(aside) + b"\n"
    )
    atomic_write(path, b"".join(line + b"\n" for line in kept))


def _journal_source(
    ws: Workspace, actor: Actor, release_id: str, last: dict, now: str | None
) -> None:
    store.record(
        ws,
        release_id,
        "update",
        who=actor.name,
        before=last.get("after"),
        after=now,
        note="journaled by press verify: source.md was changed by a command that did not finish",
    )
