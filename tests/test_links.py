"""Writes that must not happen: through links planted in a workspace, over devices,
FIFOs and links given as targets, and updates or ingests that would change nothing
or take an empty option for an answer.

A cloned repository can carry a symbolic link (``exports/<id>``, ``translations/ru``,
a journal) that points anywhere on the machine; press refuses to follow one out of
the workspace, with one line, and before it writes anything.
"""

from __future__ import annotations

import os
from pathlib import Path

import polib
import pytest
from conftest import invoke, snapshot, translation, who

from workflow import actions


def translated_file(ws, release_id: str, lang: str) -> Path:
    po = polib.pofile(actions.pull(ws, who(ws), release_id, lang).text)
    for entry in po:
        entry.msgstr = translation(entry.msgid, lang)
    path = ws.root.parent / f"{lang}.po"
    po.save(str(path))
    return path


def outside_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "keep.txt").write_text("not press's to touch\n")
    return folder


def test_an_exports_link_out_of_the_workspace_is_refused(runner, workspace, ingested, tmp_path):
    outside = outside_folder(tmp_path)
    (workspace.root / "exports").mkdir()
    os.symlink(outside, workspace.export_dir(ingested))
    result = invoke(runner, "export", ingested, "--draft", "--format", "docx,html")
    assert result.exit_code == 1
    assert f"exports/{ingested} is a link that leads out of the workspace" in result.stderr
    assert sorted(p.name for p in outside.iterdir()) == ["keep.txt"]
    assert not (workspace.root / "exports" / f"{ingested}.zip").exists()


def test_a_translations_link_out_of_the_workspace_is_refused(runner, workspace, ingested, tmp_path):
    pushed = translated_file(workspace, ingested, "ru")
    outside = outside_folder(tmp_path)
    folder = workspace.root / "translations" / "ru"
    for path in folder.iterdir():
        path.rename(outside / path.name)
    folder.rmdir()
    os.symlink(outside, folder)
    before_outside, before = snapshot(outside), snapshot(workspace.root)
    result = invoke(runner, "push", str(pushed))
    assert result.exit_code == 1
    assert "translations/ru is a link that leads out of the workspace" in result.stderr
    assert snapshot(outside) == before_outside
    assert snapshot(workspace.root) == before


def test_a_journal_that_is_a_link_refuses_the_push_before_anything_is_written(
    runner, workspace, ingested, tmp_path
):
    pushed = translated_file(workspace, ingested, "kk")
    journal = workspace.journal_path(ingested)
    kept = tmp_path / "journal-copy.jsonl"
    kept.write_bytes(journal.read_bytes())
    journal.unlink()
    os.symlink(kept, journal)
    before, before_outside = snapshot(workspace.root), kept.read_bytes()
    result = invoke(runner, "push", str(pushed))
    assert result.exit_code == 1
    assert f"releases/{ingested}/journal.jsonl is a symbolic link" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(workspace.root) == before
    assert kept.read_bytes() == before_outside


def test_pull_refuses_a_fifo_or_a_link_as_its_output(runner, workspace, ingested, tmp_path):
    fifo = tmp_path / "pipe.po"
    os.mkfifo(fifo)
    result = invoke(runner, "pull", ingested, "--lang", "kk", "-o", str(fifo))
    assert result.exit_code == 1 and "is not a regular file" in result.stderr
    assert fifo.is_fifo()
    target = tmp_path / "real.po"
    target.write_text("mine\n")
    link = tmp_path / "link.po"
    os.symlink(target, link)
    result = invoke(runner, "pull", ingested, "--lang", "kk", "-o", str(link))
    assert result.exit_code == 1 and "is a symbolic link" in result.stderr
    assert link.is_symlink() and target.read_text() == "mine\n"


def test_an_update_with_nothing_to_change_writes_nothing(runner, workspace, ingested):
    before = snapshot(workspace.root)
    result = invoke(runner, "update", ingested)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Nothing changed in {ingested}")
    assert snapshot(workspace.root) == before


def test_an_update_after_an_edit_still_writes_and_journals(runner, workspace, ingested):
    path = workspace.source_path(ingested)
    path.write_text(path.read_text().replace("language policy", "the language policy"))
    lines = len(workspace.journal_path(ingested).read_text().splitlines())
    result = invoke(runner, "update", ingested)
    assert result.exit_code == 0 and result.stdout.startswith("Updated")
    assert len(workspace.journal_path(ingested).read_text().splitlines()) == lines + 1


@pytest.mark.parametrize(
    ("option", "says"),
    [
        (["--id", ""], "'' is not a valid release id"),
        (["--title", ""], "--title is empty"),
        (["--title", "   "], "--title is empty"),
    ],
)
def test_an_empty_id_or_title_is_refused(runner, workspace, ingested, release_file, option, says):
    before = snapshot(workspace.root)
    result = invoke(runner, "ingest", str(release_file), *option)
    assert result.exit_code == 1
    assert says in result.stderr
    assert snapshot(workspace.root) == before


def test_export_out_may_name_a_new_folder_but_not_a_new_tree(runner, workspace, ingested, tmp_path):
    result = invoke(
        runner,
        "export",
        ingested,
        "--draft",
        "--format",
        "html",
        "--out",
        str(tmp_path / "a" / "b"),
    )
    assert result.exit_code == 1
    assert f"no such folder: {tmp_path / 'a'}" in result.stderr
    assert not (tmp_path / "a").exists()
    result = invoke(
        runner, "export", ingested, "--draft", "--format", "html", "--out", str(tmp_path / "new")
    )
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "new" / "index.html").is_file()


def test_a_fifo_given_to_tm_import_is_refused_not_opened(runner, workspace, tmp_path):
    fifo = tmp_path / "memory.tmx"
    os.mkfifo(fifo)
    result = invoke(runner, "tm", "import", str(fifo))
    assert result.exit_code == 1
    assert "memory.tmx is not a regular file" in result.stderr


def test_eight_pushes_at_once_lose_no_unit(workspace, ingested, tmp_path):
    """Eight processes push at once: four copies per language, each pulled from the same
    base and each translating its own two units. Every unit of both languages is in."""
    import shutil
    import subprocess
    import sys

    script = shutil.which("press")
    command = [script] if script else [sys.executable, "-m", "workflow"]
    paths = []
    for lang in ("kk", "ru"):
        for part in range(4):
            po = polib.pofile(actions.pull(workspace, who(workspace), ingested, lang).text)
            for number, entry in enumerate(po):
                if number // 2 == part:
                    entry.msgstr = translation(entry.msgid, lang)
            path = tmp_path / f"{lang}-{part}.po"
            po.save(str(path))
            paths.append(path)
    env = {**os.environ, "PRESS_USER": "tester"}
    running = [
        subprocess.Popen(
            [*command, "push", str(p)],
            cwd=workspace.root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for p in paths
    ]
    for proc in running:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    for lang in ("kk", "ru"):
        po = polib.pofile(str(workspace.catalog_path(ingested, lang)))
        assert all(e.msgstr == translation(e.msgid, lang) for e in po if not e.obsolete), lang
