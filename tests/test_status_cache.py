"""The status cache: a release's status is kept while every file it was made from is.

A warm ``press status`` reads one row per release and stats its files; these tests
change each kind of file a status depends on, by hand as a user would, and see the
status follow.
"""

from __future__ import annotations

import os

import polib
from conftest import translation

from workflow.status import release_status, statuses
from workflow.workspace import Workspace


def _fill_by_hand(path, lang: str, count: int) -> None:
    """Translate ``count`` more units in a PO file, saved in place as an editor would."""
    po = polib.pofile(str(path))
    for entry in [e for e in po if not e.msgstr][:count]:
        entry.msgstr = translation(entry.msgid, lang)
    po.save(str(path))


def test_a_hand_edit_of_a_po_file_is_seen(workspace, ingested):
    before = release_status(workspace, ingested)["languages"]["kk"]
    _fill_by_hand(workspace.catalog_path(ingested, "kk"), "kk", 2)
    after = release_status(workspace, ingested)["languages"]["kk"]
    assert after["untranslated"] == before["untranslated"] - 2
    assert after["translated"] == before["translated"] + 2


def test_an_unchanged_release_is_not_read_again(workspace, ingested):
    """Bytes changed behind the cache's back (same size, mtime and inode) are not read:
    the proof that a warm status reads no PO file."""
    first = statuses(workspace)
    path = workspace.catalog_path(ingested, "kk")
    st = os.stat(path)
    with open(path, "r+b") as handle:  # in place: the same inode
        handle.write(b"#" * st.st_size)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert statuses(workspace) == first


def test_a_language_added_to_the_config_is_seen(workspace, ingested):
    config = workspace.root / "press.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('"kk", "ru"', '"kk"'), encoding="utf-8")
    narrower = Workspace.find(workspace.root)
    assert set(release_status(narrower, ingested)["languages"]) == {"kk"}
    config.write_text(text, encoding="utf-8")
    wider = Workspace.find(workspace.root)
    assert set(release_status(wider, ingested)["languages"]) == {"kk", "ru"}


def test_a_deleted_catalog_is_seen(workspace, ingested):
    release_status(workspace, ingested)
    workspace.catalog_path(ingested, "ru").unlink()  # a language whose file is gone
    counts = release_status(workspace, ingested)["languages"]["ru"]
    assert counts["untranslated"] == counts["total"]


def test_a_status_cache_that_cannot_be_written_is_no_error(workspace, ingested):
    first = release_status(workspace, ingested)
    state = workspace.root / ".press"
    (state / "status.sqlite").unlink()
    (state / "status.sqlite").mkdir()  # sqlite cannot open it
    assert release_status(workspace, ingested) == first
