"""What the checks found in each release, kept in ``.press/checks.sqlite`` between runs.

A release's results stay valid while its files are as they were: ``source.md``, its
journal (the waivers) and each PO file, by size, mtime and inode (every write of
press replaces a file, so two writes are told apart), together with the glossary,
the config's languages, press's version and the checks asked for. ``press check
--all`` then reads again only the releases that changed. Derived data: delete it at
any time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

from .. import __version__
from ..fsio import file_stamp

VERSION = "1"
"""Raised whenever a check changes what it finds, so no older result is served."""


def _code() -> str:
    """The stamps of press's own modules: results of changed checks are never served."""
    package = Path(__file__).resolve().parent.parent
    stamps = "|".join(_stamp(p) for p in sorted(package.rglob("*.py")))
    return hashlib.sha256(stamps.encode()).hexdigest()[:16]


def _stamp(path) -> str:
    stamp = file_stamp(path)
    return ".".join(map(str, stamp)) if stamp else "-"


def encode(data: dict) -> str:
    """A release's results as the cache keeps them (done where they were found: in a
    worker process, not in the one that waits for all of them)."""
    return json.dumps(data, ensure_ascii=False)


class ResultCache:
    """Results by release id, each valid for one stamp of its files."""

    def __init__(self, ws, salt: str) -> None:
        from ..glossary import glossary_path

        self.ws = ws
        config = f"{ws.config.source_language}:{','.join(ws.config.languages)}"
        self.salt = "/".join(
            (__version__, VERSION, _code(), salt, config, _stamp(glossary_path(ws)))
        )
        self.stamps: dict[str, str] = {}
        """Each kept release's stamp; its data are read only when the stamp still holds
        (after a change to press or the glossary none does, and none is read)."""
        self.dirty: dict[str, tuple[str, str]] = {}
        self.db: sqlite3.Connection | None = None
        path = ws.state_dir / "checks.sqlite"
        for _attempt in range(2):
            try:
                ws.state_dir.mkdir(exist_ok=True)
                self.db = sqlite3.connect(path, timeout=5)
                self.db.execute(
                    "CREATE TABLE IF NOT EXISTS results"
                    " (release TEXT PRIMARY KEY, stamp TEXT, data TEXT)"
                )
                self.stamps = dict(self.db.execute("SELECT release, stamp FROM results"))
                return
            except sqlite3.DatabaseError:  # a damaged file: derived, so made again
                if self.db is not None:
                    self.db.close()
                self.db = None
                with contextlib.suppress(OSError):
                    path.unlink()
            except (OSError, sqlite3.Error):
                self.db = None
                return

    def stamp(self, release_id: str) -> str:
        """The release's files as they are now (taken before they are read)."""
        ws = self.ws
        paths = [ws.source_path(release_id), ws.journal_path(release_id)]
        paths += [ws.catalog_path(release_id, lang) for lang in ws.config.languages]
        return "|".join([self.salt, *map(_stamp, paths)])

    def has(self, release_id: str) -> bool:
        """Whether results of the release are kept (valid or not: see :meth:`get`)."""
        return release_id in self.stamps

    def get(self, release_id: str, stamp: str) -> dict | None:
        if self.db is None or self.stamps.get(release_id) != stamp:
            return None
        try:
            (kept,) = self.db.execute(
                "SELECT data FROM results WHERE release = ?", (release_id,)
            ).fetchone()
            data = json.loads(kept)
        except (TypeError, ValueError, sqlite3.Error):  # a damaged row: checked again
            return None
        if data.get("undated") not in (None, dt.date.today().isoformat()):
            return None  # an undated release is checked with the names in force today
        return data

    def put(self, release_id: str, stamp: str, kept: str) -> None:
        """Keep a release's results, as :func:`encode` gave them."""
        self.dirty[release_id] = (stamp, kept)

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
