"""The history of a release: ``releases/<id>/journal.jsonl``, one JSON object per line.

Append-only; ``.gitattributes`` merges it with ``merge=union`` so two branches
can both append. Reading is forgiving where a journal can really go wrong — a
line torn by a crash, a line that a bad merge or a hand edit left as something
other than an entry — and says how many lines it skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .fsio import MB, append_line, read_bytes

MAX_JOURNAL_BYTES = 64 * MB
SOURCE_ACTIONS = ("ingest", "update")
"""The actions whose entries record a release's source (``after``: its digest) and photos."""
_REQUIRED = ("time", "who", "action")


@dataclass
class History:
    """A journal as read: its entries in order, and how many lines were not entries."""

    entries: list[dict] = field(default_factory=list)
    skipped: int = 0


def digest_of(data: bytes | None) -> str | None:
    """A short digest of a file's bytes, as the journal records it."""
    return None if data is None else hashlib.sha256(data).hexdigest()[:16]


def file_digest(path: Path) -> str | None:
    return digest_of(path.read_bytes()) if path.is_file() else None


def entry(
    action: str,
    *,
    who: str,
    language: str | None = None,
    counts: dict | None = None,
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
    **extra,
) -> dict:
    """One journal entry, stamped with the time now (UTC)."""
    line: dict = {
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "who": who,
        "action": action,
    }
    if language:
        line["language"] = language
    if counts:
        line["counts"] = counts
    if before is not None or after is not None:
        line["before"], line["after"] = before, after
    if note:
        line["note"] = note
    line.update(extra)
    return line


def append(path: Path, line: dict) -> dict:
    """Append an entry to a journal file and return it."""
    append_line(path, json.dumps(line, ensure_ascii=False))
    return line


def _is_entry(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(k), str) for k in _REQUIRED)


def read_history(path: Path) -> History:
    """The entries of a journal file (none when it does not exist).

    A line that is not UTF-8 JSON (torn by a crash) or not an entry (an object
    with a ``time``, ``who`` and ``action``) is skipped and counted, never fatal.
    """
    history = History()
    for _raw, value in _lines(path):
        if value is None:
            history.skipped += 1
        else:
            history.entries.append(value)
    return history


def partition(path: Path) -> tuple[list[bytes], list[bytes]]:
    """A journal's lines as they are written: those that are whole entries, and the
    others (torn by a crash, or left by a bad merge)."""
    whole, other = [], []
    for raw, value in _lines(path):
        (other if value is None else whole).append(raw)
    return whole, other


def _lines(path: Path) -> Iterator[tuple[bytes, dict | None]]:
    """Each non-blank line of a journal file, and its entry (None if it is not one)."""
    if not path.is_file():
        return
    name = f"releases/{path.parent.name}/{path.name}"
    for raw in read_bytes(path, limit=MAX_JOURNAL_BYTES, name=name).split(b"\n"):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            value = None
        yield raw, value if _is_entry(value) else None
