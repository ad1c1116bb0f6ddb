"""The files the memory is made of: finding them, and refreshing the index from them.

A refresh stats every file the memory is made of (``translations/<lang>/*.po``
and ``translations/memory/*.tmx``), or for a lookup into one language only
its folder and the TMX files (no other file holds a unit that translates into
it). Where a folder's listing is the one the index was last brought up
to (its digest, kept in the index per folder), that is all. Otherwise it
re-indexes the files of that folder whose size or mtime changed and drops the
rows of those that are gone. Files are indexed in
transactions of about ``BATCH_UNITS`` units; each file's row is checked again
inside the transaction, so two processes refreshing at once neither duplicate
nor lose anything. No workspace lock is taken: callers of lookup may hold it.
An index that holds no file yet is built from nothing instead (:mod:`build`);
the files are read by :mod:`reading`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from array import array
from collections.abc import Container
from pathlib import Path
from stat import S_ISREG

from ..errors import PressError
from ..model import LANGUAGES
from .index import Batch, batch, transaction

BATCH_UNITS = 50_000
"""Files are indexed in transactions of about this many units."""


# Files of the workspace


def memory_dir(root: Path) -> Path:
    return root / "translations" / "memory"


_TMX_FOLDER = "translations/memory"
_FOLDERS = (*((f"translations/{lang}", ".po") for lang in LANGUAGES), (_TMX_FOLDER, ".tmx"))


def _folders(language: str | None) -> list[tuple[str, str]]:
    """The folders (with their files' suffix) that hold the units translated into
    ``language``: its own and the TMX files' (None: every folder)."""
    if language is None:
        return list(_FOLDERS)
    wanted = (f"translations/{language}", _TMX_FOLDER)
    return [(folder, suffix) for folder, suffix in _FOLDERS if folder in wanted]


_BY_FD = os.stat in os.supports_dir_fd and hasattr(os, "O_DIRECTORY")


class Listing:
    """The files the memory is made of as one scan saw them: each folder's file names, and
    the size and mtime of each file (in one array, in the order of the names)."""

    def __init__(self) -> None:
        self.folders: list[tuple[str, list[str]]] = []
        self.stamps = array("q")

    def digests(self) -> dict[str, bytes]:
        """Each folder's digest: the same digest, the same files (names, sizes, mtimes)."""
        out, at = {}, 0
        for folder, names in self.folders:  # no file name holds a NUL
            digest = hashlib.blake2b(digest_size=16)
            digest.update("\0".join([folder, *names, ""]).encode("utf-8", "surrogateescape"))
            digest.update(self.stamps[at : at + 2 * len(names)].tobytes())
            at += 2 * len(names)
            out[folder] = digest.digest()
        return out

    def files(self, folders: Container[str]) -> dict[str, tuple[int, int]]:
        """Each file of ``folders``: its path (from the workspace's root), size and mtime."""
        out, at = {}, 0
        for folder, names in self.folders:
            part = self.stamps[at : at + 2 * len(names)]
            at += len(part)
            if folder in folders:
                paths = (f"{folder}/{name}" for name in names)
                out.update(zip(paths, zip(part[0::2], part[1::2], strict=True), strict=True))
        return out


def scan(root: Path, language: str | None = None) -> Listing:
    """The files the memory is made of (PO files and TMX files), or those that hold the
    units translated into ``language``."""
    listing = Listing()
    for folder, suffix in _folders(language):
        listing.folders.append((folder, _list(root / folder, suffix, listing.stamps)))
    return listing


def _list(path: Path, suffix: str, stamps: array) -> list[str]:
    """The visible regular files of a folder ending in ``suffix`` (links followed), each
    one's size and mtime added to ``stamps``.

    Every lookup starts by seeing every file, and a memory is thousands of them: a
    ``stat`` of each name relative to the open folder, in one plain loop, is the
    cheapest way there is.
    """
    found: list[str] = []
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY) if _BY_FD else None
    except (FileNotFoundError, NotADirectoryError):
        return found
    try:
        try:
            names = os.listdir(path if fd is None else fd)
        except (FileNotFoundError, NotADirectoryError):
            return found
        stat, keep, add = os.stat, found.append, stamps.append
        for name in names:
            if name.endswith(suffix) and not name.startswith("."):
                try:
                    st = stat(name, dir_fd=fd) if fd is not None else stat(path / name)
                except FileNotFoundError:
                    continue
                if S_ISREG(st.st_mode):
                    keep(name)
                    add(st.st_size)
                    add(st.st_mtime_ns)
    finally:
        if fd is not None:
            os.close(fd)
    return found


def refresh(
    conn: sqlite3.Connection,
    root: Path,
    skip_release: str | None = None,
    language: str | None = None,
) -> dict[str, int]:
    """Bring the index up to the files on disk; what was done, counted.

    ``skip_release``: leave that release's PO files as they are indexed (a lookup that
    excludes the release does not need them; its update is about to rewrite them).
    ``language``: only the files that hold units translated into it (None: all). An
    index that holds no file yet is always built whole.
    """
    counts = {"files": 0, "units": 0, "removed": 0, "skipped": 0}
    empty = conn.execute("SELECT 1 FROM files LIMIT 1").fetchone() is None
    if empty:
        language = None  # the first build reads every file at once, on every core
    scanned = scan(root, language)
    digests = scanned.digests()
    seen = dict(conn.execute("SELECT folder, listing FROM seen"))
    changed = {folder for folder, digest in digests.items() if seen.get(folder) != digest}
    if not changed:
        return counts  # the index was brought up to these very files
    disk = scanned.files(changed)
    if skip_release is not None:
        own = f"{skip_release}.po"
        disk = {path: stat for path, stat in disk.items() if not path.endswith(f"/{own}")}
    known = {
        path: (size, mtime)
        for path, size, mtime in conn.execute("SELECT path, size, mtime_ns FROM files")
        if path.rpartition("/")[0] in changed
    }
    gone = [
        path
        for path in known
        if path not in disk and not (skip_release and path.endswith(f"/{skip_release}.po"))
    ]
    stale = sorted((path for path, stat in disk.items() if known.get(path) != stat), reverse=True)
    if empty and stale:
        from .build import build
        from .reading import read_po

        po = sorted(path for path in stale if path.endswith(".po"))
        built = build(conn, root, po, read_po) if po else None
        if built is not None:
            counts = built
            stale = [path for path in stale if not path.endswith(".po")]
    if gone:
        with batch(conn) as changes:
            for path in gone:
                row = conn.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
                if row is not None and not (root / path).is_file():
                    changes.drop_file(row[0])
                    counts["removed"] += 1
    while stale:
        with batch(conn) as changes:
            size = 0
            while stale and size < BATCH_UNITS:
                done = _index_file(changes, root, stale.pop())
                if done is not None:
                    units, readable = done
                    counts["files"] += 1
                    counts["units"] += units
                    counts["skipped"] += not readable
                    size += units + 50
    if skip_release is None:  # the index holds these folders' files as listed (or newer)
        with transaction(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO seen VALUES (?, ?)",
                [(folder, digests[folder]) for folder in sorted(changed)],
            )
    return counts


def _index_file(changes: Batch, root: Path, path: str) -> tuple[int, bool] | None:
    """(Re-)index one file: units indexed, and if it was readable.

    None when there was nothing to do (the file is gone, or another process indexed it).
    An unreadable file is recorded with its error and no units, and read again once it changes.
    """
    from .reading import po_rows, tmx_origin, tmx_rows

    full = root / path
    try:
        st = full.stat()
    except FileNotFoundError:
        return None
    sql = "SELECT size, mtime_ns FROM files WHERE path = ?"
    if changes.conn.execute(sql, (path,)).fetchone() == (st.st_size, st.st_mtime_ns):
        return None
    is_tmx = path.startswith("translations/memory/")
    origin = tmx_origin(full.name) if is_tmx else full.stem
    file_id = changes.add_file(path, st.st_size, st.st_mtime_ns, origin)
    try:
        if is_tmx:
            count = changes.insert_units(file_id, tmx_rows(full, full.name))
        else:
            origin, rows = po_rows(full, path.split("/")[1])
            count = changes.insert_units(file_id, rows)
    except (PressError, OSError, ValueError) as exc:  # a broken file must not stop the rest
        changes.conn.execute("UPDATE files SET error = ? WHERE id = ?", (str(exc), file_id))
        return 0, False
    changes.conn.execute("UPDATE files SET origin = ? WHERE id = ?", (origin, file_id))
    return count, True


def add_tmx(changes: Batch, path: str, file: Path, name: str, shown: str | None = None) -> int:
    """Index an imported TMX file (being copied to ``path``); refuse it with an InputError."""
    from .reading import tmx_origin, tmx_rows

    st = file.stat()
    file_id = changes.add_file(path, st.st_size, st.st_mtime_ns, tmx_origin(name))
    return changes.insert_units(file_id, tmx_rows(file, shown or name))
