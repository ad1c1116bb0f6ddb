"""The history of a release: ``releases/<id>/journal.jsonl``, one JSON object per line.

Append-only; ``.gitattributes`` merges it with ``merge=union`` so two branches
can both append.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import subprocess
from pathlib import Path

from .workspace import Workspace, append_line


def current_user() -> str:
    """Who is running the command: ``PRESS_USER``, else git's ``user.name``, else the login."""
    name = os.environ.get("PRESS_USER", "").strip()
    if name:
        return name
    try:
        result = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5
        )
        if result.returncode == 0 and result.stdout.strip():
            return result.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def digest_of(data: bytes | None) -> str | None:
    """A short digest of a file's bytes, as the journal records it."""
    return None if data is None else hashlib.sha256(data).hexdigest()[:16]


def file_digest(path: Path) -> str | None:
    return digest_of(path.read_bytes()) if path.is_file() else None


def record(
    workspace: Workspace,
    release_id: str,
    action: str,
    *,
    who: str,
    language: str | None = None,
    counts: dict[str, int] | None = None,
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
    **extra,
) -> dict:
    """Append one line to the release's journal and return it."""
    entry: dict = {
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "who": who,
        "action": action,
    }
    if language:
        entry["language"] = language
    if counts:
        entry["counts"] = counts
    if before is not None or after is not None:
        entry["before"], entry["after"] = before, after
    if note:
        entry["note"] = note
    entry.update(extra)
    append_line(workspace.journal_path(release_id), json.dumps(entry, ensure_ascii=False))
    return entry


def read_journal(workspace: Workspace, release_id: str) -> list[dict]:
    path = workspace.journal_path(release_id)
    return read_journal_file(path) if path.is_file() else []


def read_journal_file(path: Path) -> list[dict]:
    """The entries of a journal file; a torn line from a crash is skipped, never fatal."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return entries
