"""What the checks found in each release, kept in ``.press/checks.sqlite`` between runs.

A release's results stay valid while its files are as they were: ``source.md``, its
journal (the waivers) and each PO file, by size, mtime and inode (every write of
press replaces a file, so two writes are told apart), together with the glossary,
press's version and the checks asked for. ``press check --all`` then reads again
only the releases that changed. Derived data: delete it at any time.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3

from .. import __version__

VERSION = "1"
"""Raised whenever a check changes what it finds, so no older result is served."""


def _stamp(path) -> str:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "-"
    return f"{st.st_size}.{st.st_mtime_ns}.{st.st_ino}"


class ResultCache:
    """Results by release id, each valid for one stamp of its files."""

    def __init__(self, ws, salt: str) -> None:
        self.ws = ws
        self.salt = f"{__version__}/{VERSION}/{salt}/{_stamp(ws.translations_dir / 'glossary.csv')}"
        self.rows: dict[str, tuple[str, str]] = {}
        self.dirty: dict[str, tuple[str, str]] = {}
        self.db: sqlite3.Connection | None = None
        with contextlib.suppress(OSError, sqlite3.Error):
            ws.state_dir.mkdir(exist_ok=True)
            self.db = sqlite3.connect(ws.state_dir / "checks.sqlite", timeout=5)
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS results"
                " (release TEXT PRIMARY KEY, stamp TEXT, data TEXT)"
            )
            self.rows = {r[0]: r[1:] for r in self.db.execute("SELECT * FROM results")}

    def stamp(self, release_id: str) -> str:
        """The release's files as they are now (taken before they are read)."""
        ws = self.ws
        paths = [ws.source_path(release_id), ws.journal_path(release_id)]
        paths += [ws.catalog_path(release_id, lang) for lang in ws.config.languages]
        return "|".join([self.salt, *map(_stamp, paths)])

    def get(self, release_id: str, stamp: str) -> dict | None:
        row = self.rows.get(release_id)
        if not row or row[0] != stamp:
            return None
        try:
            return json.loads(row[1])
        except ValueError:  # a damaged row: checked again
            return None

    def put(self, release_id: str, stamp: str, data: dict) -> None:
        self.dirty[release_id] = (stamp, json.dumps(data, ensure_ascii=False))

    def close(self) -> None:
        """Save what is new; a cache that cannot be written is only slower next time."""
        if self.db is None:
            return
        with contextlib.suppress(sqlite3.Error):
            if self.dirty:
                with self.db:
                    self.db.executemany(
                        "INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                        [(k, *v) for k, v in self.dirty.items()],
                    )
        self.db.close()
