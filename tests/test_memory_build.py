"""The memory's build from nothing: the same index as a refresh file by file, all or nothing."""

from __future__ import annotations

import sqlite3

import pytest
from test_memory import FORUM_2025, FORUM_2026, KK, MET_UN, UNITY, drop_index, memory_ws

from workflow.memory import Memory, build, fuzzy
from workflow.workspace import Workspace

__all__ = ["memory_ws"]  # the fixture, shared with test_memory


def contents(ws: Workspace) -> dict:
    """What an index holds, whatever the ids its rows got."""
    conn = sqlite3.connect(ws.state_dir / "memory.sqlite")
    try:
        units = conn.execute(
            "SELECT f.path, f.origin, f.units, s.text, u.target, u.source_language,"
            " u.target_language, u.approved FROM units u JOIN files f ON f.id = u.file_id"
            " JOIN sources s ON s.id = u.source_id ORDER BY 1, 4, 6, 7"
        ).fetchall()
        files = conn.execute("SELECT path, size, mtime_ns, origin, units FROM files ORDER BY 1")
        terms = dict(conn.execute("SELECT term, documents FROM terms"))
        sources = conn.execute("SELECT count(*), count(DISTINCT text) FROM sources").fetchone()
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        return {
            "units": units,
            "files": files.fetchall(),
            "terms": terms,
            "sources": sources,
            "indexes": indexes,
        }
    finally:
        conn.close()


def file_by_file(monkeypatch) -> None:
    monkeypatch.setattr(build, "build", lambda *args: None)


def test_a_build_from_nothing_is_a_refresh_file_by_file(memory_ws, monkeypatch):
    drop_index(memory_ws)
    built = Memory(memory_ws)
    counts = built.refresh()
    assert counts == {"files": 4, "units": 6, "removed": 0, "skipped": 0}
    built.close()
    fresh = contents(memory_ws)
    drop_index(memory_ws)
    with monkeypatch.context() as patched:
        file_by_file(patched)
        with Memory(memory_ws) as memory:
            assert memory.refresh() == counts
    assert fresh == contents(memory_ws)
    sentences = {FORUM_2025, UNITY, *KK}
    words = {w for s in sentences for w in fuzzy.words(s)}
    assert set(fresh["terms"]) == words


def test_files_are_read_in_workers_when_there_are_many(memory_ws, monkeypatch):
    drop_index(memory_ws)
    monkeypatch.setattr(build, "POOL_FILES", 2)
    monkeypatch.setattr(build, "CHUNK_FILES", 1)
    with Memory(memory_ws) as memory:
        assert memory.refresh()["units"] == 6
        found = memory.lookup([UNITY, FORUM_2026, MET_UN], "en", "kk")
    assert found[UNITY].score == 100 and found[UNITY].approved
    assert found[FORUM_2026].source == FORUM_2025


def test_an_interrupted_build_leaves_the_empty_index(memory_ws, monkeypatch):
    drop_index(memory_ws)

    def broken(conn):
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(build, "_index", broken)
        with Memory(memory_ws) as memory, pytest.raises(KeyboardInterrupt):
            memory.refresh()
    empty = contents(memory_ws)
    assert empty["units"] == empty["files"] == [] and "units_source" in empty["indexes"]
    with Memory(memory_ws) as memory:
        assert memory.refresh()["files"] == 4
        assert memory.lookup([UNITY], "en", "kk")[UNITY].score == 100


def test_sentences_whose_hashes_collide_stay_apart(memory_ws, monkeypatch):
    drop_index(memory_ws)
    monkeypatch.setattr(build, "text_hash", lambda text: 7)
    with Memory(memory_ws) as memory:
        memory.refresh()
    held = contents(memory_ws)
    assert held["sources"][0] == held["sources"][1] == len({s for _, _, _, s, *_ in held["units"]})
