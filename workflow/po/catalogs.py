"""A release's units in one language <-> a PO file, and the marks only press writes.

Unit states map to the file here and nowhere else: an empty ``msgstr`` is
untranslated, ``fuzzy`` is needs work, text without it is translated, and text
with a ``# press: approved by NAME on DAY (text DIGEST)`` comment whose digest
matches the current source and translation is approved. Only the workspace's
own files are read for approvals; a pushed file's comments are never trusted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..fsio import MB, read_text
from ..locales import english_name, plural_forms
from ..model import BlockKind, Mark, Unit, UnitState, text_digest
from ..rules import is_machine_output
from .entry import PoEntry, PoFile
from .read import parse_po
from .write import render_po

MAX_PO_BYTES = 10 * MB
"""The largest PO file a person may push."""
MAX_CATALOG_BYTES = 64 * MB
"""The largest of the workspace's own PO files press reads (a long release is large)."""

_KIND_NOTES = {
    BlockKind.TITLE: "title: the headline of the release",
    BlockKind.RUBRIC: "rubric: the section label above the headline",
    BlockKind.DATELINE: "dateline: place (and date) opening the first paragraph; "
    "the dash after it is added on export",
    BlockKind.PARAGRAPH: "paragraph",
    BlockKind.ATTRIBUTION: "attribution: name and position of the speaker, ending with a colon",
    BlockKind.QUOTE: "quote: the opening dash or quotation marks are added on export",
    BlockKind.HEADING: "heading",
    BlockKind.LIST_ITEM: "list item",
    BlockKind.PHOTO: "photo: the caption under a photo (the credit is kept as written)",
}
_KINDS_BY_WORD = {note.split(":")[0]: kind for kind, note in _KIND_NOTES.items()}


@dataclass
class Catalog:
    """One release's units in one target language: the content of a PO file."""

    release_id: str
    language: str
    source_language: str
    units: list[Unit] = field(default_factory=list)
    revision_date: str = ""
    last_translator: str = ""
    source_digest: str = ""
    """The digest of the ``source.md`` the units were made from (a stale file shows)."""
    obsolete: list[Unit] = field(default_factory=list)
    """Translated units whose sentence left the release (``#~``), kept for reuse."""

    def counts(self) -> dict[str, int]:
        """Units per state, keyed as in ``press status --json``; ``machine``: of them, those
        whose text is a machine's draft that no person has approved yet."""
        counts = {"total": len(self.units)}
        counts.update({state.key: 0 for state in UnitState})
        counts["machine"] = 0
        for unit in self.units:
            counts[unit.state.key] += 1
            counts["machine"] += is_machine_output(unit)
        return counts

    def by_source(self) -> dict[str, Unit]:
        return {unit.source: unit for unit in self.units}


def now_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M+0000")


# Marks that only press writes, as translator comments: msgcat keeps comments but drops
# flags it does not know, and a person reading the file in Poedit sees them.
_TRANSLATED_RE = re.compile(
    r"press: translated by (?P<who>.+) on (?P<day>\d{4}-\d{2}-\d{2})"
    r"(?: \(text (?P<digest>[0-9a-f]{12})(?:, pull (?P<pull>[0-9a-f]{12}))?\))?"
)
_APPROVED_RE = re.compile(
    r"press: approved by (?P<who>.+) on (?P<day>\d{4}-\d{2}-\d{2})"
    r" \(text (?P<digest>[0-9a-f]{12})\)"
)


def _marks(unit: Unit) -> list[str]:
    lines = []
    if unit.translated_by and unit.translation:
        mark, digest = unit.translated_by, text_digest(unit.source, unit.translation)
        pull = f", pull {mark.pull}" if mark.pull else ""
        lines.append(f"press: translated by {mark.who} on {mark.day} (text {digest}{pull})")
    if unit.state is UnitState.APPROVED and unit.approved_by:
        digest = text_digest(unit.source, unit.translation)
        mark = unit.approved_by
        lines.append(f"press: approved by {mark.who} on {mark.day} (text {digest})")
    return lines


def _mark(line: str) -> re.Match | None:
    if line.startswith("press: translated "):
        return _TRANSLATED_RE.fullmatch(line)
    return _APPROVED_RE.fullmatch(line) if line.startswith("press: approved ") else None


def _split_notes(entry: PoEntry) -> tuple[list[re.Match], list[str]]:
    """press's marks (as matches) and the comment lines people wrote.

    An editor that wraps comments (polib saves at 78 columns) may have cut a long
    mark in two; its lines are joined again. A line that starts like a mark but
    is none is neither a mark nor anybody's note.
    """
    comment = entry.tcomment
    if "press: " not in comment:
        return [], entry.notes  # most files of people, and every line a note
    if "\n" not in comment and comment.startswith("press: "):  # what press writes most
        match = _mark(comment)
        return ([match] if match else []), []
    lines, marks, notes, i = entry.notes, [], [], 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.startswith("press: "):
            notes.append(line)
            continue
        if i < len(lines) and lines[i].lstrip().startswith("(text "):
            line = f"{line} {lines[i].strip()}"  # the digest, wrapped onto a line of its own
            i += 1
        match = _mark(line)
        for end in range(i + 1, min(i + 3, len(lines)) + 1) if match is None else ():
            match = _mark(" ".join([line, *(part.strip() for part in lines[i:end])]))
            if match is not None:
                i = end
                break
        if match is not None:
            marks.append(match)
    return marks, notes


def user_notes(entry: PoEntry) -> list[str]:
    """The comment lines people wrote (everything but press's own marks)."""
    return _split_notes(entry)[1]


def _read_marks(entry: PoEntry, marks: list[re.Match]) -> tuple[Mark | None, Mark | None]:
    """The marks of a workspace file; an approval counts only for the text it was given to."""
    translated = approved = None
    for match in marks:
        if match.re is _TRANSLATED_RE:
            translated = Mark(match["who"], match["day"], match["pull"] or "")
        elif match["digest"] == text_digest(entry.msgid, entry.msgstr):
            approved = Mark(match["who"], match["day"])
    return translated, approved


PULL_HEADER = "X-Press-Pull"
"""The token each pulled file gets, to tell one file from another copy pulled alike."""
_PULL_RE = re.compile(r"[0-9a-f]{12}")


def with_pull(text: str, token: str) -> str:
    """A workspace PO file's text as it is handed out: its header gains the pull's token
    (after ``X-Press-Release``), so its pushes can be told from another copy's."""
    line = '"X-Press-Release: '
    at = text.find(line)
    end = text.find("\n", at) + 1 if at >= 0 else 0
    if not end:
        return text
    return f'{text[:end]}"{PULL_HEADER}: {token}\\n"\n{text[end:]}'


def pull_token(headers: dict[str, str]) -> str:
    """The pull token a pushed file's header gives ("" if none, or not one press writes)."""
    token = headers.get(PULL_HEADER, "").strip()
    return token if _PULL_RE.fullmatch(token) else ""


def base_digest(entry: PoEntry) -> str | None:
    """The digest of the text a pulled file was given for this unit, if its mark says.

    Only a base for telling what changed since the file was pulled; never trusted as a
    state (a forged one can only hide a conflict from the one who forged it).
    """
    for match in _split_notes(entry)[0]:
        if match["digest"]:
            return match["digest"]
    return None


def state_of(entry: PoEntry) -> UnitState:
    """The state an entry's own markings give (an approval is never read from a file)."""
    if not entry.msgstr:
        return UnitState.UNTRANSLATED
    return UnitState.NEEDS_WORK if entry.fuzzy else UnitState.TRANSLATED


def catalog_from_po(po: PoFile) -> Catalog:
    """A workspace catalog from its parsed file."""
    headers = po.headers
    units, obsolete = [], []
    for entry in po.entries:
        if not entry.msgid:
            continue
        kind = _KINDS_BY_WORD.get(entry.extracted[0].split(":")[0] if entry.extracted else "")
        marks, notes = _split_notes(entry)
        translated_by, approved_by = _read_marks(entry, marks) if marks else (None, None)
        state = state_of(entry)
        if approved_by and state is UnitState.TRANSLATED:
            state = UnitState.APPROVED
        (obsolete if entry.obsolete else units).append(
            Unit(
                source=entry.msgid,
                kind=kind or BlockKind.PARAGRAPH,
                positions=entry.positions,
                translation=entry.msgstr,
                state=state,
                notes=notes,
                previous_source=entry.previous_msgid,
                translated_by=translated_by,
                approved_by=approved_by if state is UnitState.APPROVED else None,
            )
        )
    return Catalog(
        release_id=headers.get("X-Press-Release", ""),
        language=headers.get("Language", ""),
        source_language=headers.get("X-Press-Source-Language", ""),
        units=units,
        revision_date=headers.get("PO-Revision-Date", ""),
        last_translator=headers.get("Last-Translator", ""),
        source_digest=headers.get("X-Press-Source-Digest", ""),
        obsolete=obsolete,
    )


def read_catalog(path: Path) -> Catalog:
    """A workspace's PO file (named in errors with its language folder: ``kk/x.po``)."""
    name = f"{path.parent.name}/{path.name}"
    text = read_text(
        path, limit=MAX_CATALOG_BYTES, name=name, fix="save it as UTF-8 in a PO editor"
    )
    return catalog_from_po(parse_po(text, name))


def stale_approvals(path: Path) -> list[str]:
    """The positions of a workspace file's units whose approval mark names another text
    than theirs (edited by hand after the approval): they read as translated, not
    approved; for ``press verify``."""
    name = f"{path.parent.name}/{path.name}"
    text = read_text(path, limit=MAX_CATALOG_BYTES, name=name, fix="save it as UTF-8")
    out = []
    for entry in parse_po(text, name).entries:
        if entry.obsolete:
            continue
        for match in _split_notes(entry)[0]:
            if match.re is _APPROVED_RE and match["digest"] != text_digest(
                entry.msgid, entry.msgstr
            ):
                out.append(entry.positions[0] if entry.positions else entry.msgid[:40])
    return out


# Building and writing


def entry_of(unit: Unit, obsolete: bool = False) -> PoEntry:
    """A unit as a PO entry; an obsolete one keeps its text and marks, not its place."""
    return PoEntry(
        msgid=unit.source,
        msgstr=unit.translation,
        comment="" if obsolete else _KIND_NOTES[unit.kind],
        tcomment="\n".join([*unit.notes, *_marks(unit)]),
        occurrences=[] if obsolete else [(position, "") for position in unit.positions],
        flags=["fuzzy"] if unit.state is UnitState.NEEDS_WORK else [],
        previous_msgid=(
            unit.previous_source if unit.state is UnitState.NEEDS_WORK and not obsolete else None
        ),
        obsolete=obsolete,
    )


REVIEW_HEADER = "X-Press-Review"
"""A review file's header field (``yes``): such a file is pushed with ``--review``."""
_REVIEW_HELP = (
    "Review file: push it back with 'press push FILE --review'.\n"
    "Leave a unit as it is to approve it; mark it fuzzy (Poedit: Needs Work) and add\n"
    "a comment to send it back; correct its text to approve your own version."
)


def render_catalog(catalog: Catalog, title: str = "", *, review: bool = False) -> str:
    """The PO text of a catalog, as GNU gettext would write it."""
    lang = catalog.language
    comment = (
        f"{english_name(lang)} translation of the release {catalog.release_id}"
        + (f":\n{title}" if title else ".")
        + "\n"
        + (
            _REVIEW_HELP
            if review
            else "Translate the msgstr lines only; '#.' says what each unit is."
        )
    )
    headers = [
        ("Project-Id-Version", catalog.release_id),
        ("PO-Revision-Date", catalog.revision_date or now_stamp()),
        ("Last-Translator", catalog.last_translator),
        ("Language-Team", english_name(lang)),
        ("Language", lang),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", plural_forms(lang)),
        ("X-Generator", f"press {__version__}"),
        ("X-Press-Release", catalog.release_id),
        ("X-Press-Source-Language", catalog.source_language),
        ("X-Press-Source-Digest", catalog.source_digest),
        *([(REVIEW_HEADER, "yes")] if review else []),
    ]
    entries = [entry_of(unit) for unit in catalog.units]
    entries += [entry_of(unit, obsolete=True) for unit in catalog.obsolete if unit.translation]
    return render_po(comment, headers, entries)
