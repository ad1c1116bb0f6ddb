"""The kept cut of each release (``.press/built/``): used while the source is as it was,
cut again when it is not, and never the reason a command fails."""

from __future__ import annotations

import json

import pytest

from workflow import store
from workflow.workspace import Workspace


def _entry(ws: Workspace, release_id: str):
    return ws.state_dir / "built" / f"{release_id}.json"


def _fresh(ws: Workspace, release_id: str):
    """The release as the readers cut it now, kept or not."""
    return store.cut(ws, release_id, store.read_source_text(ws, release_id))


def test_a_load_keeps_the_cut_and_the_next_load_uses_it(workspace, ingested):
    first = store.load(workspace, ingested).release
    assert first == _fresh(workspace, ingested)
    path = _entry(workspace, ingested)
    data = json.loads(path.read_text(encoding="utf-8"))
    # an entry changed behind press's back, its key intact: what the next load returns
    # is the entry, the proof that a kept cut is not cut again
    data["release"]["blocks"][-1][1] = ["A sentence only the kept entry has."]
    path.write_text(json.dumps(data), encoding="utf-8")
    again = store.load(workspace, ingested).release
    assert again.blocks[-1].sentences == ("A sentence only the kept entry has.",)


def test_an_edited_source_is_cut_again(workspace, ingested):
    store.load(workspace, ingested)
    source = workspace.source_path(ingested)
    source.write_text(
        source.read_text(encoding="utf-8") + "\nA paragraph added by hand. It has two.\n",
        encoding="utf-8",
    )
    release = store.load(workspace, ingested).release
    assert release.blocks[-1].sentences == ("A paragraph added by hand.", "It has two.")
    assert release == _fresh(workspace, ingested)


def test_another_default_language_is_another_key(workspace, ingested):
    """A source without ``language:`` is in the workspace's source language: a changed
    config cuts it again (the segmenter's rules are the language's)."""
    store.load(workspace, ingested)
    data = json.loads(_entry(workspace, ingested).read_text(encoding="utf-8"))
    assert data["key"][2] == workspace.config.source_language


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff not JSON",
        b"[]",
        b'{"key": 1}',
        "torn",
        "sentences a string",
        "unknown kind",
        "photo of three",
        "metadata not text",
        "date not a date",
    ],
)
def test_a_damaged_entry_is_cut_again_and_replaced(workspace, ingested, damage):
    store.load(workspace, ingested)
    path = _entry(workspace, ingested)
    data = json.loads(path.read_text(encoding="utf-8"))
    kept = path.read_bytes()
    blocks = data["release"]["blocks"]
    if damage == "torn":
        damage = path.read_bytes()[:-40]
    elif damage == "sentences a string":
        blocks[0][1] = blocks[0][1][0]
    elif damage == "unknown kind":
        blocks[0][0] = "sidebar"
    elif damage == "photo of three":
        blocks[0][2] = ["photos/a.jpg", "", "x"]
    elif damage == "metadata not text":
        data["release"]["metadata"] = {"title": 3}
    elif damage == "date not a date":
        data["release"]["date"] = "26 November"
    if isinstance(damage, str):
        damage = json.dumps(data).encode()
    path.write_bytes(damage)
    assert store.load(workspace, ingested).release == _fresh(workspace, ingested)
    assert path.read_bytes() == kept


def test_a_cut_that_cannot_be_kept_is_still_used(workspace, ingested):
    """A ``.press`` press cannot write in (here a file where the folder would be)."""
    workspace.state_dir.mkdir(exist_ok=True)
    (workspace.state_dir / "built").write_text("not a folder", encoding="utf-8")
    assert store.load(workspace, ingested).release == _fresh(workspace, ingested)
    assert store.load(workspace, ingested).release == _fresh(workspace, ingested)


def test_every_command_works_with_the_kept_cuts_deleted(workspace, ingested):
    """Derived data: deleting ``.press/`` loses nothing."""
    before = store.load(workspace, ingested).release
    for path in (workspace.state_dir / "built").iterdir():
        path.unlink()
    assert store.load(workspace, ingested).release == before
    assert _entry(workspace, ingested).is_file()
