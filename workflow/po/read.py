"""Reading PO text: the only module that imports polib.

polib parses every wrapping (files saved by Poedit, Lokalize or msgcat read
alike); before it does, a strict line check refuses what polib would read
leniently, and after it, a duplicate check refuses entries gettext would not
accept twice. polib is imported when a file is read, not at start-up.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .entry import PoEntry, PoFile

_QUOTED = r'"(?:[^"\\]|\\.)*"'
_PO_LINE = re.compile(
    rf"(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+)?{_QUOTED}[ \t]*"
)


def _check_syntax(text: str, name: str) -> None:
    """Refuse lines polib would read leniently (``msgstr text`` without quotes loses letters)."""
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not _PO_LINE.fullmatch(stripped):
            raise InputError(
                f"{name} is not a valid PO file: line {number} is not a quoted string",
                "check the file in a PO editor, or pull a fresh one",
            )


def parse_po(text: str, name: str) -> PoFile:
    """Parse PO text (LF line ends, no BOM); refuse what is not a PO file in one line."""
    import polib

    if not text.strip():
        raise InputError(f"{name} is empty", "send the PO file you translated")
    _check_syntax(text, name)
    try:
        po = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "syntax error"
        raise InputError(f"{name} is not a valid PO file: {reason}", "check the file") from None
    # polib's own duplicate check scans every earlier entry for each entry (quadratic)
    seen: set[tuple] = set()
    for entry in po:
        key = (entry.msgctxt, entry.msgid, entry.obsolete)
        if key in seen:
            raise InputError(
                f"{name} is not a valid PO file: '{entry.msgid[:40]}' appears twice",
                "check the file",
            )
        seen.add(key)
    return PoFile(headers=dict(po.metadata), entries=[_entry(e) for e in po])


def _entry(raw) -> PoEntry:
    """polib's entry as ours (polib lists obsolete entries too)."""
    return PoEntry(
        msgid=raw.msgid,
        msgstr=raw.msgstr,
        msgctxt=raw.msgctxt,
        msgid_plural=raw.msgid_plural or "",
        msgstr_plural=dict(raw.msgstr_plural or {}),
        tcomment=raw.tcomment or "",
        comment=raw.comment or "",
        occurrences=[(path, line) for path, line in raw.occurrences],
        flags=list(raw.flags),
        previous_msgctxt=raw.previous_msgctxt,
        previous_msgid=raw.previous_msgid,
        previous_msgid_plural=raw.previous_msgid_plural,
        obsolete=bool(raw.obsolete),
    )
