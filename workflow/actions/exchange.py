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
import datetime as dt
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import rules, store
from ..checks.blank import is_blank
from ..errors import ConflictError, InputError, PressError, RuleError
from ..fsio import decode_text
from ..locales import check_language, wrong_script
from ..model import Mark, ReleaseState, UnitState, few, is_valid_id, text_digest, unit_label
from ..people import Action, Actor
from ..po.catalogs import (
    MAX_PO_BYTES,
    REVIEW_HEADER,
    Catalog,
    base_digest,
    pull_token,
    render_catalog,
    state_of,
    user_notes,
    with_pull,
)
from ..po.entry import PoEntry, PoFile
from ..po.read import parse_po
from ..workspace import Workspace


@dataclass
class Pulled:
    """The PO text of one language of a release, for a translator or (``review``) a reviewer."""

    release_id: str
    language: str
    text: str
    review: bool = False


def pull(
    ws: Workspace,
    actor: Actor,
    release_id: str,
    lang: str,
    *,
    review: bool = False,
    replacing: tuple[str, bytes] | None = None,
) -> Pulled:
    """The PO text a translator edits: the workspace's file for that language.

    With ``review``, the same units with a header telling a reviewer what to do.
    Anyone may pull; a catalog made from an older ``source.md`` is refused. Each
    file gets a token of its own (``X-Press-Pull``): a second push of the same file
    is its translator's later work, a push of another copy that changed a unit
    this one changed too is a conflict, whoever pushes it.

    ``replacing``: the name and bytes of the file the new one will replace. A file
    that holds work the workspace does not have (a translation not pushed yet), or
    that is not this release's file, is refused: nothing is written over it.
    """
    check_language(lang)
    stored = store.load(ws, release_id)
    catalog = stored.catalog(lang)
    if replacing is not None:
        name, data = replacing
        where = _differing(catalog, release_id, lang, data, name)
        if where is None:
            raise InputError(
                f"{name} is there already and is not the {lang} file of {release_id}",
                "move it away, or pull with --force to write over it",
            )
        if where:
            raise InputError(
                f"{name} holds work the workspace does not have, in {len(where)} "
                f"unit{'s' if len(where) != 1 else ''} ({few(where)})",
                f"push it first ('press push {name}'), or pull with --force to write over it",
            )
    token = secrets.token_hex(6)
    if review:
        text = render_catalog(catalog, stored.release.title, review=True)
        return Pulled(release_id, lang, with_pull(text, token), True)
    path = stored.path(lang)
    if path.is_file():
        return Pulled(release_id, lang, with_pull(path.read_text(encoding="utf-8"), token))
    with store.opened(ws, release_id) as current:  # a language added to the config after ingest
        catalog = current.catalog(lang)
        if not path.is_file():
            current.save(catalog)
        return Pulled(release_id, lang, with_pull(path.read_text(encoding="utf-8"), token))


def _differing(
    catalog: Catalog, release_id: str, lang: str, data: bytes, name: str
) -> list[str] | None:
    """Where a PO file a pull wrote differs from ``catalog``: the positions of the units
    it gives another text, or another needs-work mark (work not pushed yet, or pushed
    from another copy since). None when it is no PO file of that release and language.
    """
    try:
        po = parse_po(_decode_po(data, name), name)
        if _identify(po, name) != (release_id, lang):
            return None
    except PressError:
        return None
    written = {entry.msgid: entry for entry in po.entries if entry.msgid and not entry.obsolete}
    out = []
    for unit in catalog.units:
        entry = written.get(unit.source)
        if entry is None or not entry.msgstr:
            continue
        fuzzy = unit.state is UnitState.NEEDS_WORK
        if entry.msgstr != unit.translation or entry.fuzzy != fuzzy:
            out.append(unit.where)
    return out


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
    clashes: list[tuple[str, str, str, str]] = field(default_factory=list)
    """Each unit changed both in the file and, from another copy, in the workspace:
    (position, source, the workspace's text, the file's text)."""
    forced: list[str] = field(default_factory=list)
    """Positions of conflicts where ``on_conflict="force"`` took the file's text."""
    findings: list = field(default_factory=list)
    """What the quality checks found in the units the file changed (``check.Finding``)."""
    held: list[str] = field(default_factory=list)
    """Positions of units that need work for an error the checks found."""
    untranslated: int = 0
    """Units of the language with no translation yet, after the push."""
    signed_off: ReleaseState | None = None
    """The release was approved (or published) before this push changed it: it needs its
    units approved and the release approved again."""
    _keys: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def total_changed(self) -> int:
        return sum(self.changed.values())

    def count(self, key: str, unit) -> None:
        self.changed[key] = self.changed.get(key, 0) + 1
        self._keys[unit.source] = key

    @property
    def conflicts(self) -> list[str]:
        """The positions of the conflicting units."""
        return [where for where, *_ in self.clashes]

    def clash(self, unit, text: str) -> None:
        self.clashes.append((unit.where, unit.source, unit.translation, text))

    def hold(self, units, still=()) -> None:
        """Units the checks held count as ``held``, not as what the file made of them; those
        ``still`` as they were (held before, with the same text) count as unchanged."""
        same = {unit.source for unit in still}
        for unit in units:
            key = self._keys.pop(unit.source, None)
            if key and self.changed.get(key):
                self.changed[key] -= 1
                if not self.changed[key]:
                    del self.changed[key]
            if unit.source in same:
                self.unchanged += 1
            else:
                self.changed["held"] = self.changed.get("held", 0) + 1


ON_CONFLICT = ("refuse", "skip", "force")


def push(
    ws: Workspace,
    actor: Actor,
    data: bytes,
    name: str,
    *,
    review: bool = False,
    on_conflict: str = "refuse",
) -> PushResult:
    """Take a translator's (or, with ``review``, a reviewer's) PO file back.

    A unit changed both in the file and, from another copy, in the workspace since the
    file was pulled is a conflict. By default a file with any refuses as a whole, each
    named with both texts; ``on_conflict="skip"`` takes the rest of the file and leaves
    those units as the workspace has them, ``"force"`` takes the file's text for them
    too (journaled as ``forced``).
    """
    from .check import hold_errors  # the checks: for a push, not for every pull

    if on_conflict not in ON_CONFLICT:
        raise ValueError(f"on_conflict must be one of {ON_CONFLICT}")
    text = _decode_po(data, name)
    po = parse_po(text, name)
    release_id, lang = _identify(po, name)
    if not review and _is_review_file(po):
        raise InputError(
            f"{name} is a review file: its units left as they are would not be approved",
            f"push it with 'press push {name} --review'",
        )
    actor.require(Action.REVIEW if review else Action.PUSH, lang)
    if not ws.has_release(release_id):
        raise ConflictError(
            f"{name} is for release '{release_id}', which this workspace does not have",
            "run 'press list' to see the releases",
        )
    with store.opened(ws, release_id) as stored:
        stored.check_target(lang)
        catalog = stored.catalog(lang)
        try:
            entries = _check_entries(po.entries, catalog, name)
        except ConflictError:
            pulled = po.headers.get("X-Press-Source-Digest", "").strip()
            if pulled and pulled != catalog.source_digest:  # the release was updated since
                raise ConflictError(
                    f"{name} was pulled before {release_id} was updated from its source",
                    f"pull a fresh file ('press pull {release_id} --lang {lang} -o NEW.po'), "
                    "copy your new translations into it and push that",
                ) from None
            raise
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
        mark = Mark(actor.name, dt.date.today().isoformat(), pull_token(po.headers))
        result = apply(actor, catalog, entries, name, mark, on_conflict == "force")
        if result.clashes and on_conflict == "refuse":
            raise _conflicts(name, result)
        changed = [
            u for u in catalog.units if u.translation and was[u.source] != (u.translation, u.state)
        ]
        result.findings, held = hold_errors(ws, stored, lang, changed)
        result.held = [unit.where for unit in held]
        result.hold(held, still=[u for u in held if was[u.source] == (u.translation, u.state)])
        result.untranslated = sum(1 for unit in catalog.units if not unit.translation)
        if result.total_changed:
            if not review:
                catalog.last_translator = actor.name
            result.signed_off = _signed_off(ws, release_id)
            before, after = stored.save(catalog)
            counts = result.changed | (
                {"conflicts": len(result.conflicts)} if result.conflicts else {}
            )
            forced = {"forced": result.forced} if result.forced else {}
            stored.record(
                "review" if review else "push",
                who=actor.name,
                language=lang,
                counts=counts,
                before=before,
                after=after,
                note=f"from {name}",
                **forced,
            )
    return result


def _signed_off(ws: Workspace, release_id: str) -> ReleaseState | None:
    """The release's state if it is approved or published (as its files are now), else
    None. Most releases pushed to were never signed off: their journal says so at once."""
    history = store.history(ws, release_id).entries
    if not any(entry["action"] in ("approve", "publish") for entry in history):
        return None
    from ..status import release_status

    state = ReleaseState(release_status(ws, release_id)["state"])
    return state if state in (ReleaseState.APPROVED, ReleaseState.PUBLISHED) else None


def _conflicts(name: str, result: PushResult) -> ConflictError:
    """The refusal of a file with conflicts: each unit with both texts (three at most)."""
    shown = "; ".join(
        f"{where} '{_cut(source)}': workspace «{_cut(theirs)}», file «{_cut(ours)}»"
        for where, source, theirs, ours in result.clashes[:3]
    )
    more = f" and {len(result.clashes) - 3} more" if len(result.clashes) > 3 else ""
    units = "unit was" if len(result.clashes) == 1 else "units were"
    return ConflictError(
        f"{name}: {len(result.clashes)} {units} changed in the workspace since this file "
        f"was pulled, and in the file too: {shown}{more}",
        "pull a fresh file and redo them there; or push with --skip-conflicts (the rest "
        "of the file) or --force (this file's text for them too)",
    )


def _cut(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


_CHARSET_RE = re.compile(rb"charset=([A-Za-z0-9_-]+)")
_UTF8_CYRILLIC_RE = re.compile(rb"[\xd0\xd1\xd2\xd3][\x80-\xbf]")
"""A Cyrillic letter in UTF-8; as CP1251 it would read "Рђ", "СЏ"…, which no text writes."""
_WINDOWS_CYRILLIC = ("cp1251", "windows-1251")
"""The one other charset a pushed file may declare: old Windows tools in Kazakhstan
save Russian and Kazakh text in it (Kazakh letters outside it cannot be in such a file)."""


def _decode_po(data: bytes, name: str) -> str:
    """A pushed file's text: UTF-8, or CP1251 where its header declares that and the
    bytes are not UTF-8 (a file saved as UTF-8 under an old header is read as UTF-8)."""
    fix = "save it as UTF-8 in your editor"
    declared = _CHARSET_RE.search(data[:8192])
    charset = declared[1].decode("ascii").lower() if declared else "utf-8"
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if charset in _WINDOWS_CYRILLIC:
            if len(_UTF8_CYRILLIC_RE.findall(data)) >= 3:  # UTF-8 with a CP1251 part pasted in
                raise InputError(f"{name} mixes UTF-8 and CP1251 text", fix) from None
            return decode_text(data, name, limit=MAX_PO_BYTES, fix=fix, encoding="cp1251")
        if charset not in ("utf-8", "utf8"):
            raise InputError(f"{name} declares the charset {charset}, not UTF-8", fix) from None
    return decode_text(data, name, limit=MAX_PO_BYTES, fix=fix)


def _is_review_file(po: PoFile) -> bool:
    """Whether a file is one ``press pull --review`` wrote (its header says so)."""
    return po.headers.get(REVIEW_HEADER, "").strip().lower() == "yes"


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
    declared = charset.split("charset=")[1].strip() if "charset=" in charset else "utf-8"
    if declared not in ("utf-8", "utf8", *_WINDOWS_CYRILLIC):
        raise InputError(f"{name} declares the charset {declared}, not UTF-8", "save it as UTF-8")
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
        elif control := _CONTROL_RE.search(entry.msgstr):
            problems.append(
                f"unit {label}: the translation holds the control character "
                f"U+{ord(control[0]):04X} (no text of a release has one: remove it)"
            )
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


_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 and C1 controls but tab and line feed: an escape sequence, a bell, a form feed
pasted from a terminal or an old editor (a source keeps none, see ``sources``)."""


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


def _since_pull(entry: PoEntry, unit, mark: Mark) -> str:
    """How the workspace's unit relates to the file's: current, stale or conflict.

    A unit's text in the file is compared with the text the file was pulled with
    (the digest in press's mark on the entry): ``stale`` when only the workspace
    changed since (the file's old text must not overwrite it), ``conflict`` when
    both changed, unless the workspace's text came from this same file (its pull
    token, ``mark.pull``: the file pushed again after more work). A file without a
    token (pulled by an older press) falls back on who pushes: their own later work.
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
    by = unit.translated_by
    if by is not None and mark.pull:
        return "current" if by.pull == mark.pull else "conflict"
    if by is not None and by.who == mark.who:
        return "current"  # no token to tell the files apart: the pusher's own later work
    return "conflict"


def _apply(
    actor: Actor, catalog: Catalog, entries: list[PoEntry], name: str, mark: Mark, force: bool
) -> PushResult:
    """A translator's file: new texts, and the translator's own fuzzy marks."""
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
        relation = _since_pull(entry, unit, mark)
        if relation == "stale":
            result.newer += 1
            continue
        if relation == "conflict":
            result.clash(unit, entry.msgstr)
            if not force:
                continue
            result.forced.append(unit.where)
        same_text = entry.msgstr == unit.translation
        if same_text and (state is unit.state or unit.state > state >= UnitState.TRANSLATED):
            result.unchanged += 1
            continue
        with _unit(name, unit):
            rules.translate(unit, entry.msgstr, mark, fuzzy=entry.fuzzy)
        result.count(unit.state.key, unit)
    return result


def _apply_review(
    actor: Actor, catalog: Catalog, entries: list[PoEntry], name: str, mark: Mark, force: bool
) -> PushResult:
    """A reviewer's file: left as is approves, fuzzy sends back, an edit is the reviewer's."""
    result = PushResult(catalog.release_id, catalog.language)
    by_source = catalog.by_source()
    for entry in entries:
        unit = by_source[entry.msgid]
        notes = [n for n in user_notes(entry) if n not in unit.notes]
        relation = _since_pull(entry, unit, mark) if entry.msgstr else "current"
        if relation == "conflict":
            result.clash(unit, entry.msgstr)
            if not force:
                continue
            result.forced.append(unit.where)
            relation = "current"
        if not entry.msgstr:
            result.unchanged += 1
        elif relation == "stale":  # the reviewer never saw the workspace's newer text
            result.newer += 1
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
