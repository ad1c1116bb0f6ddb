"""Pull and push: PO files going out to translators and reviewers, and coming back.

A pushed file is untrusted: it may come by mail from a freelancer, saved by any
editor. Push reads release and language from its headers, takes translation
text and the translator's own ``fuzzy`` mark (a reviewer's: fuzzy, comments and
corrections), and nothing else. Every problem refuses the whole file before
anything is written; the release is loaded only once the lock is held, so what
push changes is what it checked against.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import rules, store
from ..checks.blank import is_blank
from ..errors import ConflictError, InputError, RuleError
from ..fsio import decode_text
from ..locales import check_language, wrong_script
from ..model import UnitState, is_valid_id, text_digest, unit_label
from ..people import Action, Actor
from ..po.catalogs import (
    MAX_PO_BYTES,
    Catalog,
    base_digest,
    render_catalog,
    state_of,
    user_notes,
)
from ..po.entry import PoEntry, PoFile
from ..po.read import parse_po
from ..workspace import Workspace
from .check import hold_errors


@dataclass
class Pulled:
    """The PO text of one language of a release, for a translator or (``review``) a reviewer."""

    release_id: str
    language: str
    text: str
    review: bool = False


def pull(
    ws: Workspace, actor: Actor, release_id: str, lang: str, *, review: bool = False
) -> Pulled:
    """The PO text a translator edits: the workspace's file for that language.

    With ``review``, the same units with a header telling a reviewer what to do.
    Anyone may pull; a catalog made from an older ``source.md`` is refused.
    """
    check_language(lang)
    stored = store.load(ws, release_id)
    catalog = stored.catalog(lang)
    if review:
        return Pulled(
            release_id, lang, render_catalog(catalog, stored.release.title, review=True), True
        )
    path = stored.path(lang)
    if path.is_file():
        return Pulled(release_id, lang, path.read_text(encoding="utf-8"))
    with store.opened(ws, release_id) as current:  # a language added to the config after ingest
        catalog = current.catalog(lang)
        if not path.is_file():
            current.save(catalog)
        return Pulled(release_id, lang, path.read_text(encoding="utf-8"))


@dataclass
class PushResult:
    release_id: str
    language: str
    changed: dict[str, int] = field(default_factory=dict)
    """Units that changed, by what became of them (``translated``, ``sent_back``...)."""
    unchanged: int = 0
    kept: int = 0
    """Units the file left empty although the workspace has a translation (kept)."""
    own: int = 0
    """Units a reviewer left as they are but translated themselves (four eyes: not approved)."""
    newer: int = 0
    """Units the file left as they were pulled, changed in the workspace since (kept)."""
    conflicts: list[str] = field(default_factory=list)
    """Positions of units changed both in the file and, by someone else, in the workspace."""
    findings: list = field(default_factory=list)
    """What the quality checks found in the units the file changed (``check.Finding``)."""
    held: list[str] = field(default_factory=list)
    """Positions of units that need work for an error the checks found."""
    _keys: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def total_changed(self) -> int:
        return sum(self.changed.values())

    def count(self, key: str, unit) -> None:
        self.changed[key] = self.changed.get(key, 0) + 1
        self._keys[unit.source] = key

    def hold(self, units) -> None:
        """Units the checks held count as ``held``, not as what the file made of them."""
        for unit in units:
            key = self._keys.pop(unit.source, None)
            if key and self.changed.get(key):
                self.changed[key] -= 1
                if not self.changed[key]:
                    del self.changed[key]
            self.changed["held"] = self.changed.get("held", 0) + 1


def push(
    ws: Workspace, actor: Actor, data: bytes, name: str, *, review: bool = False
) -> PushResult:
    """Take a translator's (or, with ``review``, a reviewer's) PO file back."""
    text = decode_text(data, name, limit=MAX_PO_BYTES, fix="save it as UTF-8 in your editor")
    po = parse_po(text, name)
    release_id, lang = _identify(po, name)
    actor.require(Action.REVIEW if review else Action.PUSH, lang)
    if not ws.has_release(release_id):
        raise ConflictError(
            f"{name} is for release '{release_id}', which this workspace does not have",
            "run 'press list' to see the releases",
        )
    with store.opened(ws, release_id) as stored:
        stored.check_target(lang)
        catalog = stored.catalog(lang)
        entries = _check_entries(po.entries, catalog, name)
        problem = wrong_script(
            " ".join(entry.msgstr for entry in entries),
            lang,
            kazakh_share=0.04,
            latin=False,  # untranslated English left in a file is for quality checks
        )
        if problem:
            raise InputError(
                f"{name}: the translations look like {problem} text, not {lang}",
                f"is the file's Language header ({lang}) right? Push it as the language it is in",
            )
        apply = _apply_review if review else _apply
        was = {unit.source: (unit.translation, unit.state) for unit in catalog.units}
        result = apply(actor, catalog, entries, name)
        changed = [
            u for u in catalog.units if u.translation and was[u.source] != (u.translation, u.state)
        ]
        result.findings, held = hold_errors(ws, stored, lang, changed)
        result.held = [unit.where for unit in held]
        result.hold(held)
        if result.total_changed:
            if not review:
                catalog.last_translator = actor.name
            before, after = stored.save(catalog)
            counts = result.changed | (
                {"conflicts": len(result.conflicts)} if result.conflicts else {}
            )
            stored.record(
                "review" if review else "push",
                who=actor.name,
                language=lang,
                counts=counts,
                before=before,
                after=after,
                note=f"from {name}",
            )
    return result


def _identify(po: PoFile, name: str) -> tuple[str, str]:
    """The release and language a pushed file says it is for."""
    release_id = po.headers.get("X-Press-Release", "").strip()
    if not release_id:
        raise InputError(
            f"{name} is not a press file (no X-Press-Release header)",
            "push the file you got from 'press pull'",
        )
    if not is_valid_id(release_id):
        raise InputError(f"{name} names an invalid release id", "push a file from 'press pull'")
    header = po.headers.get("Language", "")
    lang = header.strip().replace("-", "_").split("_")[0].lower()
    check_language(lang, where=f"{name} has Language '{header}': ")
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
        label = unit_label(entry.positions, entry.msgid)
        if entry.msgctxt is not None or entry.plural:
            problems.append(f"unit {label} has a context or plural form press never writes")
        elif entry.msgid not in by_source:
            if any(by_position.get(p) for p in entry.positions):
                problems.append(f"unit {label}: its source text (msgid) was changed")
            else:
                problems.append(f"unit {label} does not exist in {catalog.release_id}")
        elif entry.msgstr and _line_ends(entry.msgstr) != _line_ends(entry.msgid):
            problems.append(
                f"unit {label}: the translation starts or ends with a line break, the source not"
            )
        else:
            if is_blank(entry.msgstr):  # only spaces or invisible marks: not a translation
                entry.msgstr = ""
            live.append(entry)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ConflictError(
            f"{name}: {problems[0]}{more}",
            "change only msgstr; pull a fresh file with 'press pull' if the release changed",
        )
    return live


def _line_ends(text: str) -> tuple[bool, bool]:
    """Whether a text begins and ends with a line break (msgfmt --check wants both alike)."""
    return text.startswith("\n"), text.endswith("\n")


@contextlib.contextmanager
def _unit(name: str, unit) -> Iterator[None]:
    """A rule refusing a unit of a pushed file: the refusal names the file and the unit."""
    try:
        yield
    except RuleError as exc:
        raise RuleError(f"{name}: unit {unit.where}: {exc.message}", exc.hint) from None


def _since_pull(entry: PoEntry, unit, who: str) -> str:
    """How the workspace's unit relates to the file's: current, stale or conflict.

    A unit's text in the file is compared with the text the file was pulled with
    (the digest in press's mark on the entry): ``stale`` when only the workspace
    changed since (the file's old text must not overwrite it), ``conflict`` when
    both changed and the workspace change was someone else's.
    """
    if entry.msgstr == unit.translation or not unit.translation:
        return "current"  # nothing in the workspace the file could overwrite
    base = base_digest(entry)
    if base is not None:
        if base == text_digest(unit.source, unit.translation):
            return "current"
        touched = text_digest(entry.msgid, entry.msgstr) != base
    elif unit.translated_by is None:
        return "current"  # an unmarked text: nothing tells when it was written
    else:
        touched = True  # translated in the workspace since an untranslated pull
    if not touched:
        return "stale"
    if unit.translated_by is not None and unit.translated_by.who == who:
        return "current"  # the pusher's own later work
    return "conflict"


def _apply(actor: Actor, catalog: Catalog, entries: list[PoEntry], name: str) -> PushResult:
    """A translator's file: new texts, and the translator's own fuzzy marks."""
    result = PushResult(catalog.release_id, catalog.language)
    by_source = catalog.by_source()
    mark = actor.mark()
    for entry in entries:
        unit = by_source[entry.msgid]
        state = state_of(entry)
        if state is UnitState.UNTRANSLATED:
            if unit.translation:
                result.kept += 1
            else:
                result.unchanged += 1
            continue
        relation = _since_pull(entry, unit, actor.name)
        if relation == "stale":
            result.newer += 1
            continue
        if relation == "conflict":
            result.conflicts.append(unit.where)
            continue
        same_text = entry.msgstr == unit.translation
        if same_text and (state is unit.state or unit.state > state >= UnitState.TRANSLATED):
            result.unchanged += 1
            continue
        with _unit(name, unit):
            rules.translate(unit, entry.msgstr, mark, fuzzy=entry.fuzzy)
        result.count(unit.state.key, unit)
    return result


def _apply_review(actor: Actor, catalog: Catalog, entries: list[PoEntry], name: str) -> PushResult:
    """A reviewer's file: left as is approves, fuzzy sends back, an edit is the reviewer's."""
    result = PushResult(catalog.release_id, catalog.language)
    by_source = catalog.by_source()
    mark = actor.mark()
    for entry in entries:
        unit = by_source[entry.msgid]
        notes = [n for n in user_notes(entry) if n not in unit.notes]
        relation = _since_pull(entry, unit, actor.name) if entry.msgstr else "current"
        if not entry.msgstr:
            result.unchanged += 1
        elif relation == "stale":  # the reviewer never saw the workspace's newer text
            result.newer += 1
        elif relation == "conflict":
            result.conflicts.append(unit.where)
        elif entry.fuzzy:
            if (
                unit.state is UnitState.NEEDS_WORK
                and entry.msgstr == unit.translation
                and not notes
            ):
                result.unchanged += 1
                continue
            with _unit(name, unit):
                if entry.msgstr != unit.translation:  # the reviewer's own text goes back too
                    rules.translate(unit, entry.msgstr, mark, fuzzy=True)
                rules.send_back(unit, mark, " ".join(notes))
            result.count("sent_back", unit)
        elif entry.msgstr != unit.translation:
            with _unit(name, unit):
                rules.edit(unit, entry.msgstr, mark)
            result.count("edited", unit)
        elif unit.state is UnitState.APPROVED:
            result.unchanged += 1
        elif actor.wrote(unit):
            result.own += 1
        else:  # left as it is (or its fuzzy mark cleared): approved
            with _unit(name, unit):
                if unit.state is UnitState.NEEDS_WORK:
                    rules.accept(unit, mark)
                else:
                    rules.approve(unit, mark)
            result.count("approved", unit)
    return result
