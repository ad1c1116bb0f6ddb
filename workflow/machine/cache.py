"""What the engine was paid for: ``.press/machine.sqlite``, so no sentence is billed twice.

A draft is keyed by engine, source and target language, the options that change
the output (formality, the glossary's content) and the exact text sent, across
every release of the workspace. Each batch is committed as it arrives, so a run
cut short by an error (or a kill) keeps what it paid for. The glossary ids the
engine made are kept here too, by the digest of their entries. Like everything
under ``.press/`` it may be deleted; what it held is then billed again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import WorkspaceError

DB_NAME = "machine.sqlite"
_GLOSSARIES_KEPT = 8
"""Glossary ids kept per language pair (an older one is forgotten, and remade if needed)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    key TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    billed INTEGER NOT NULL,
    day TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS glossaries (
    pair TEXT NOT NULL,
    digest TEXT NOT NULL,
    id TEXT NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (pair, digest)
);
"""


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30)
    try:
        conn.executescript(_SCHEMA)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """A cache that cannot be used (locked too long, a full disk) is one line, not a traceback."""
    try:
        yield
    except sqlite3.Error as exc:
        raise WorkspaceError(
            f".press/{DB_NAME} cannot be used: {exc}",
            "free some disk space or wait for other press commands; delete the file if it is "
            "damaged (what it held is then billed again)",
        ) from None


def draft_key(engine: str, source: str, target: str, options: dict, text: str) -> str:
    """The cache key of one text sent with ``options``.

    >>> draft_key("DeepL", "en", "kk", {}, "Astana") == draft_key("DeepL", "en", "ru", {}, "Astana")
    False
    """
    data = json.dumps([engine, source, target, options, text], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def entries_digest(entries: dict[str, str]) -> str:
    data = json.dumps(sorted(entries.items()), ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()[:16]


class DraftCache:
    """The workspace's machine-translation cache. Opening it creates ``.press/`` if needed."""

    def __init__(self, state_dir: Path) -> None:
        state_dir.mkdir(exist_ok=True)
        path = state_dir / DB_NAME
        with _errors():
            try:
                self._conn = _open(path)
            except sqlite3.DatabaseError as exc:
                if exc.sqlite_errorcode not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
                    raise
                path.unlink()  # not a database any more: it is derived, start again
                self._conn = _open(path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> DraftCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def drafts(self, keys: Iterable[str]) -> dict[str, str]:
        """The cached text of each key the cache holds."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, str] = {}
        with _errors():
            for start in range(0, len(wanted), 500):
                part = wanted[start : start + 500]
                marks = ",".join("?" * len(part))
                sql = f"SELECT key, text FROM drafts WHERE key IN ({marks})"
                found.update(self._conn.execute(sql, part))
        return found

    def keep(self, rows: Iterable[tuple[str, str, int]]) -> None:
        """Store ``(key, text, billed)`` rows in one transaction."""
        day = dt.date.today().isoformat()
        with _errors(), self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO drafts (key, text, billed, day) VALUES (?, ?, ?, ?)",
                [(key, text, billed, day) for key, text, billed in rows],
            )

    def glossary(self, pair: str, digest: str) -> str | None:
        with _errors():
            row = self._conn.execute(
                "SELECT id FROM glossaries WHERE pair = ? AND digest = ?", (pair, digest)
            ).fetchone()
        return row[0] if row else None

    def keep_glossary(self, pair: str, digest: str, glossary_id: str) -> list[str]:
        """Remember a glossary's id; the ids forgotten to make room (to delete at the engine)."""
        day = dt.date.today().isoformat()
        with _errors(), self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO glossaries (pair, digest, id, day) VALUES (?, ?, ?, ?)",
                (pair, digest, glossary_id, day),
            )
            old = self._conn.execute(
                "SELECT digest, id FROM glossaries WHERE pair = ? ORDER BY day DESC, rowid DESC"
                f" LIMIT -1 OFFSET {_GLOSSARIES_KEPT}",
                (pair,),
            ).fetchall()
            self._conn.executemany(
                "DELETE FROM glossaries WHERE pair = ? AND digest = ?",
                [(pair, d) for d, _id in old],
            )
        return [glossary_id for _digest, glossary_id in old]
