"""Building the index from nothing: a new workspace's memory, or one deleted or damaged.

Refreshing file by file keeps every index, the FTS table and the word counts
up to date after each row: right for a few changed files, slow for thousands.
A build from nothing reads the PO files in worker processes (``processes``),
writes the rows with no index to keep up, then makes the indexes, the FTS
table and the word counts in one pass each. It is all one write transaction
of the index in place, so an interrupted build leaves the empty index it
started from, and a reader never sees half of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from ..processes import SHARED, in_workers
from .index import INDEXES, text_hash, transaction

POOL_FILES = 64
"""Fewer PO files than this are read in this process (starting workers costs more)."""
CHUNK_FILES = 16
"""PO files a worker reads at a time."""
WRITE_ROWS = 20_000
"""Units written per ``executemany``."""
FTS_HASH_BYTES = 64 << 20
"""FTS5 collects this much of the word index in memory before writing a segment
(1 MB by default: a million sentences would make thousands of segments to merge)."""

Read = tuple[str, int, int, str, list, str | None]
"""A file read: path, size, mtime_ns, origin, rows, and the error that made it unreadable."""


def build(
    conn: sqlite3.Connection,
    root: Path,
    paths: list[str],
    read_po: Callable[[Path, str], Read | None],
) -> dict[str, int] | None:
    """Index the PO files ``paths`` into an index that holds no file; what was done, counted.

    ``read_po(root, path)`` reads one file, None when it is gone (in worker processes, when
    there are many). None when another process indexed files meanwhile: the caller then
    refreshes file by file.
    """
    counts = {"files": 0, "units": 0, "removed": 0, "skipped": 0}
    with transaction(conn):
        if conn.execute("SELECT 1 FROM files LIMIT 1").fetchone() is not None:
            return None
        _empty(conn)
        writer = _Writer(conn)
        for (path, size, mtime_ns, origin, rows, error), hashes in _read_all(root, paths, read_po):
            writer.add_file(path, size, mtime_ns, origin, rows, hashes, error)
            counts["files"] += 1
            counts["units"] += len(rows)
            counts["skipped"] += error is not None
        writer.flush()
        _index(conn)
    return counts


def _empty(conn: sqlite3.Connection) -> None:
    """No rows and no secondary index: rows go in fastest so, and the indexes come after."""
    for name in INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    for table in ("units", "sources", "terms"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("INSERT INTO sources_fts (sources_fts) VALUES ('delete-all')")


def _index(conn: sqlite3.Connection) -> None:
    """The indexes, the FTS table (in few large segments, merged) and the word counts."""
    for statement in INDEXES.values():
        conn.execute(statement)
    configure = "INSERT INTO sources_fts (sources_fts, rank) VALUES (?, ?)"
    conn.execute(configure, ("hashsize", FTS_HASH_BYTES))
    conn.execute(configure, ("automerge", 0))
    conn.execute("INSERT INTO sources_fts (sources_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO sources_fts (sources_fts) VALUES ('optimize')")
    conn.execute("DELETE FROM sources_fts_config WHERE k IN ('hashsize', 'automerge')")
    # FTS5's own word list is what a query matches: its document counts are the cost figures
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary"
        " USING fts5vocab(main, sources_fts, 'row')"
    )
    conn.execute("INSERT INTO terms (term, documents) SELECT term, doc FROM temp.vocabulary")
    conn.execute("DROP TABLE temp.vocabulary")


class _Writer:
    """Rows written in large batches; each source sentence stored once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.files: list[tuple] = []
        self.sources: list[tuple] = []
        self.units: list[tuple] = []
        self.ids: dict[int, int] = {}
        """text_hash -> source id << 32 | 32 bits of Python's own hash of the text: a
        second, independent hash, so that texts whose text_hash collide stay apart."""
        self.collided: dict[str, int] = {}
        """The ids of texts whose text_hash another text has (the exact lookup tells them
        apart by their text)."""
        self.next_file = self.next_source = 1

    def add_file(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        origin: str,
        rows: list,
        hashes: list[int],
        error: str | None,
    ) -> None:
        """A file's row and its units; ``hashes`` are the text_hash of each unit's source."""
        file_id = self.next_file
        self.next_file += 1
        self.files.append((file_id, path, size, mtime_ns, origin, len(rows), error))
        ids, sources, units = self.ids, self.sources, self.units
        for (source, *rest), digest in zip(rows, hashes, strict=True):
            check = hash(source) & 0xFFFFFFFF
            known = ids.get(digest)
            if known is not None and known & 0xFFFFFFFF == check:
                source_id = known >> 32
            else:
                source_id = self.collided.get(source) if known is not None else None
                if source_id is None:
                    source_id = self.next_source
                    self.next_source += 1
                    sources.append((source_id, digest, source))
                    if known is None:
                        ids[digest] = source_id << 32 | check
                    else:
                        self.collided[source] = source_id
            units.append((file_id, source_id, *rest))
        if len(units) >= WRITE_ROWS:
            self.flush()

    def flush(self) -> None:
        conn = self.conn
        conn.executemany("INSERT INTO sources (id, hash, text) VALUES (?, ?, ?)", self.sources)
        conn.executemany(
            "INSERT INTO units (file_id, source_id, target, source_language, target_language,"
            " approved, preference) VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.units,
        )
        conn.executemany(
            "INSERT INTO files (id, path, size, mtime_ns, origin, units, error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.files,
        )
        self.files.clear()
        self.sources.clear()
        self.units.clear()


# Reading, on every core


def _read_all(root: Path, paths: list[str], read_po) -> Iterator[tuple[Read, list[int]]]:
    """Every file read, with the text_hash of its units' sources: in worker processes when
    there are many (hashing there too, as writing the rows here is what takes longest)."""
    chunks = [paths[i : i + CHUNK_FILES] for i in range(0, len(paths), CHUNK_FILES)]
    for found in in_workers(
        _read_chunk,
        chunks,
        shared={"root": root, "read_po": read_po},
        least=max(POOL_FILES // CHUNK_FILES, 2),
        stopped=(
            "a process reading the memory's files stopped (out of memory, or killed)",
            "run the command again; the memory is built the next time it is used",
        ),
    ):
        yield from found


def _read_chunk(paths: list[str]) -> list[tuple[Read, list[int]]]:
    root, read_po = SHARED["root"], SHARED["read_po"]
    out = []
    for path in paths:
        read = read_po(root, path)
        if read is not None:
            out.append((read, [text_hash(row[0]) for row in read[4]]))
    return out
