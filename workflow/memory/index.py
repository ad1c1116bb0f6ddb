"""The SQLite index of the memory: schema, connection, transactions, writing units.

The index is derived from the workspace's files and can be deleted at any
time (a damaged file or an older schema is rebuilt too). Each indexed file is
a row of ``files`` (path, size, mtime_ns, origin). Source sentences are
stored once (``sources``, keyed by a 64-bit hash of their text for exact
matches, with the FTS5 table ``sources_fts`` over their words for fuzzy
candidates, and ``terms`` counting the sentences that hold each word);
``units`` holds every translation of them with its direction and approval.
``seen`` holds, for each folder of the memory, the digest of the listing of its
files (names, sizes, mtimes) the index was last brought up to, so a lookup that
finds the same listings is done.

Writers use ``BEGIN IMMEDIATE`` transactions; readers (WAL) keep seeing the
index as it was until a writer commits.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .fuzzy import words

SCHEMA_VERSION = 4

SCHEMA = """
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    origin TEXT NOT NULL,
    units INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    hash INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL,
    source_id INTEGER NOT NULL,
    target TEXT NOT NULL,
    source_language TEXT NOT NULL,
    target_language TEXT NOT NULL,
    approved INTEGER NOT NULL,
    preference TEXT NOT NULL
);
CREATE VIRTUAL TABLE sources_fts USING fts5 (
    text, content='sources', content_rowid='id', detail='none',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE terms (
    term TEXT PRIMARY KEY,
    documents INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE seen (
    folder TEXT PRIMARY KEY,
    listing BLOB NOT NULL
) WITHOUT ROWID;
"""
INDEXES = {
    "sources_hash": "CREATE INDEX sources_hash ON sources (hash)",
    "units_source": (
        "CREATE INDEX units_source ON units (source_id, source_language, target_language)"
    ),
    "units_file": "CREATE INDEX units_file ON units (file_id)",
}
"""Made after the tables (a build from nothing drops them, and makes them after the rows)."""


def text_hash(text: str) -> int:
    """A signed 64-bit hash of a sentence, the key of exact matches.

    >>> text_hash("Astana") == text_hash("Astana"), text_hash("Astana") == text_hash("Astana.")
    (True, False)
    """
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


# Connection


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating or rebuilding as needed) the index at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open(path)
    except sqlite3.DatabaseError:  # not a database, or damaged: it is derived, start again
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{path}{suffix}")
        return _open(path)


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=120, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA temp_store = MEMORY")
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            with transaction(conn):
                if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    _create(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _create(conn: sqlite3.Connection) -> None:
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'sources_fts_%'"
    ).fetchall()
    for (name,) in tables:
        conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    for statement in INDEXES.values():
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """A write transaction: taken at once, so a writer never deadlocks on an upgrade."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def reading(conn: sqlite3.Connection) -> Iterator[None]:
    """A read transaction: one snapshot of the index (WAL), whatever writers do meanwhile."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


# Writing


class Batch:
    """Changes to the index inside one write transaction (see :func:`batch`).

    Word counts are gathered in memory and written once at the end, and sources
    no unit uses any more are deleted then (a file read again reuses its sources).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.terms: Counter[str] = Counter()
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS maybe_orphans (id INTEGER PRIMARY KEY)")

    def add_file(self, path: str, size: int, mtime_ns: int, origin: str) -> int:
        """A new row for ``path`` (replacing any earlier one and its units); its id."""
        row = self.conn.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
        if row is not None:
            self.drop_file(row[0])
        return self.conn.execute(
            "INSERT INTO files (path, size, mtime_ns, origin) VALUES (?, ?, ?, ?)",
            (path, size, mtime_ns, origin),
        ).lastrowid

    def drop_file(self, file_id: int) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO maybe_orphans SELECT source_id FROM units WHERE file_id = ?",
            (file_id,),
        )
        self.conn.execute("DELETE FROM units WHERE file_id = ?", (file_id,))
        self.conn.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def insert_units(self, file_id: int, rows: Iterable[tuple]) -> int:
        """Insert a file's units: ``(source, target, source_language, target_language,
        approved, preference)``.

        Inside a savepoint, so a file that turns out unreadable half-way leaves nothing.
        """
        count, chunk, terms = 0, [], Counter()
        self.conn.execute("SAVEPOINT file")
        try:
            for row in rows:
                chunk.append(row)
                if len(chunk) >= 2000:
                    count += self._insert_chunk(file_id, chunk, terms)
                    chunk = []
            count += self._insert_chunk(file_id, chunk, terms)
        except BaseException:
            self.conn.execute("ROLLBACK TO file")
            self.conn.execute("RELEASE file")
            raise
        self.conn.execute("RELEASE file")
        self.terms.update(terms)
        self.conn.execute("UPDATE files SET units = ? WHERE id = ?", (count, file_id))
        return count

    def _insert_chunk(self, file_id: int, rows: list[tuple], terms: Counter[str]) -> int:
        if not rows:
            return 0
        ids = self._source_ids([row[0] for row in rows], terms)
        self.conn.executemany(
            "INSERT INTO units (file_id, source_id, target, source_language, target_language,"
            " approved, preference) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(file_id, ids[source], *rest) for source, *rest in rows],
        )
        return len(rows)

    def _source_ids(self, texts: list[str], terms: Counter[str]) -> dict[str, int]:
        """The id of each source text, inserting (and indexing) those not stored yet."""
        wanted = {text: text_hash(text) for text in texts}
        hashes = list(set(wanted.values()))
        ids: dict[str, int] = {}
        for start in range(0, len(hashes), 500):
            part = hashes[start : start + 500]
            marks = ",".join("?" * len(part))
            sql = f"SELECT id, text FROM sources WHERE hash IN ({marks})"
            for source_id, text in self.conn.execute(sql, part):
                if text in wanted:
                    ids[text] = source_id
        new = []
        for text, digest in wanted.items():
            if text not in ids:
                sql = "INSERT INTO sources (hash, text) VALUES (?, ?)"
                ids[text] = self.conn.execute(sql, (digest, text)).lastrowid
                new.append((ids[text], text))
                terms.update(set(words(text)))
        self.conn.executemany("INSERT INTO sources_fts (rowid, text) VALUES (?, ?)", new)
        return ids

    def finish(self) -> None:
        """Delete the sources no unit uses any more, and write the word counts."""
        conn = self.conn
        conn.execute(
            "DELETE FROM maybe_orphans WHERE EXISTS"
            " (SELECT 1 FROM units WHERE units.source_id = maybe_orphans.id)"
        )
        # "id IN (...)" and not a join: SQLite would read every source to join a few orphans
        orphans = conn.execute(
            "SELECT text FROM sources WHERE id IN (SELECT id FROM maybe_orphans)"
        ).fetchall()
        for (text,) in orphans:
            self.terms.subtract(set(words(text)))
        conn.execute(
            "INSERT INTO sources_fts (sources_fts, rowid, text)"
            " SELECT 'delete', id, text FROM sources WHERE id IN (SELECT id FROM maybe_orphans)"
        )
        conn.execute("DELETE FROM sources WHERE id IN (SELECT id FROM maybe_orphans)")
        conn.execute("DELETE FROM maybe_orphans")
        conn.executemany(
            "INSERT INTO terms (term, documents) VALUES (?, ?)"
            " ON CONFLICT (term) DO UPDATE SET documents = documents + excluded.documents",
            ((term, n) for term, n in self.terms.items() if n),
        )
        fewer = [(term,) for term, n in self.terms.items() if n < 0]
        conn.executemany("DELETE FROM terms WHERE term = ? AND documents <= 0", fewer)
        self.terms.clear()


@contextlib.contextmanager
def batch(conn: sqlite3.Connection) -> Iterator[Batch]:
    """A write transaction for changing the index; committed with its word counts."""
    with transaction(conn):
        changes = Batch(conn)
        yield changes
        changes.finish()


def export_rows(conn: sqlite3.Connection, target_language: str | None) -> Iterator[tuple]:
    """``(source, target, source_language, target_language, origin, approved)`` of every unit.

    In a fixed order: by file path, then as the file has them.
    """
    files = conn.execute("SELECT id, origin FROM files ORDER BY path").fetchall()
    sql = (
        "SELECT s.text, u.target, u.source_language, u.target_language, ?, u.approved"
        " FROM units u JOIN sources s ON s.id = u.source_id WHERE u.file_id = ?"
    )
    if target_language is not None:
        sql += " AND u.target_language = ?"
    sql += " ORDER BY u.id"
    for file_id, origin in files:
        params = [origin, file_id] + ([target_language] if target_language else [])
        yield from conn.execute(sql, params)
