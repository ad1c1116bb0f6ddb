"""The command line's manners: a closed pipe, English plurals, waiting for the lock,
and where ``export --out`` puts the zip."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest
from conftest import invoke, translation, who

from workflow.actions import pull, push
from workflow.cli.output import counted

PRESS = [sys.executable, "-m", "workflow"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PRESS_ROOT", "FORCE_COLOR")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # press --help keeps its text there
    return env


# A closed pipe: 'press list | head -1' ends quietly, as git does.


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["status", "{id}"],
        ["log", "{id}"],
        ["list", "--json"],
        ["--help"],
        ["status", "--help"],
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_the_command_quietly(workspace, ingested, tmp_path, args):
    args = [arg.format(id=ingested) for arg in args]
    child = subprocess.Popen(
        [*PRESS, *args],
        cwd=workspace.root,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()  # the reader is gone before press writes a line
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141, stderr  # 128 + SIGPIPE, as a shell reports git's
    assert stderr == ""


def test_a_pipe_read_to_the_end_is_no_error(workspace, ingested, tmp_path):
    done = subprocess.run(
        f"{' '.join(PRESS)} list | head -c 1",
        shell=True,
        cwd=workspace.root,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout == "i" and done.stderr == ""


# English plurals.


def test_counted_says_one_unit_and_two_units():
    assert [counted(n, "unit") for n in (0, 1, 2)] == ["0 units", "1 unit", "2 units"]
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(3, "entry", "entries") == "3 entries"
    assert counted(1234, "character", grouped=True) == "1,234 characters"


def _one_translated(ws, rid, lang, tmp_path, name, *, review=False) -> bytes:
    """A pulled file with only its first unit translated (and, to review, that one)."""
    path = tmp_path / f"{lang}-{name}.po"
    path.write_text(pull(ws, who(ws, name), rid, lang, review=review).text, encoding="utf-8")
    po = polib.pofile(str(path))
    first = next(entry for entry in po if not entry.obsolete)
    first.msgstr = translation(first.msgid, lang)
    po.save(str(path))
    return path.read_bytes()


def test_one_own_unit_is_left_for_another_reviewer(team, tmp_path, runner):
    ws, rid = team
    push(ws, who(ws, "bota"), _one_translated(ws, rid, "kk", tmp_path, "bota"), "kk.po")
    result = invoke(runner, "review", rid, "--lang", "kk", "--as", "bota", input="q\n")
    assert result.exit_code == 0, result.output
    assert "1 unit you translated is left for another reviewer (four eyes)." in result.stdout


def test_one_unit_sent_back_and_one_untranslated_sentence(team, tmp_path, runner):
    ws, rid = team
    push(ws, who(ws, "bota"), _one_translated(ws, rid, "kk", tmp_path, "bota"), "kk.po")
    reviewed = _one_translated(ws, rid, "kk", tmp_path, "gulnara", review=True)
    assert push(ws, who(ws, "gulnara"), reviewed, "kk.po", review=True).changed == {"approved": 1}
    result = invoke(runner, "reject", rid, "--lang", "kk", "--note", "redo", "--as", "erlan")
    assert result.exit_code == 0, result.output
    assert "(1 kk unit no longer approved)" in result.stdout

    filled = tmp_path / "kk-all.po"
    filled.write_text(pull(ws, who(ws, "aigerim"), rid, "kk").text, encoding="utf-8")
    po = polib.pofile(str(filled))
    entries = [entry for entry in po if not entry.obsolete]
    left = [entry for entry in entries if len(entry.occurrences) == 1][-1]  # one sentence
    for entry in entries:
        if entry is not left:
            entry.msgstr = translation(entry.msgid, "kk")
            entry.flags = []
    po.save(str(filled))
    push(ws, who(ws, "aigerim"), filled.read_bytes(), "kk.po")
    draft = invoke(runner, "export", rid, "--draft", "--format", "html", "--as", "asel")
    assert draft.exit_code == 0, draft.output
    said = [line for line in draft.stdout.splitlines() if not line.startswith("  ")]
    assert "Draft: 1 sentence of kk is untranslated (highlighted)" in said, said
    assert "sentences of ru are untranslated" in draft.stdout
    assert any(line.startswith("Exported 5 files to ") for line in said)


def test_one_skipped_journal_line_is_one_line(workspace, ingested, runner):
    journal = workspace.journal_path(ingested)
    with journal.open("a", encoding="utf-8") as handle:
        handle.write("not a journal entry\n")
    result = invoke(runner, "log", ingested)
    assert result.exit_code == 0, result.output
    assert (
        f"skipped 1 line of releases/{ingested}/journal.jsonl that is not a journal entry"
        in result.stderr
    )


# Waiting for the workspace lock.

_HOLDER = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(float(sys.argv[2]))
lock.release()
"""


def test_a_command_says_once_that_it_waits_for_the_lock(workspace, release_file, tmp_path):
    lock_file = workspace.state_dir / "lock"
    workspace.state_dir.mkdir(exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(lock_file), "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline() == "held\n"
        start = time.monotonic()
        done = subprocess.run(
            [*PRESS, "ingest", str(release_file), "--lang", "en"],
            cwd=workspace.root,
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
        waited = time.monotonic() - start
    finally:
        holder.wait(timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("waiting for another press command to finish…") == 1
    assert done.stdout.startswith("Ingested ")
    assert waited > 1.0  # it did wait for the holder
    again = subprocess.run(  # nobody holds the lock: nothing is said
        [*PRESS, "update", done.stdout.split()[1]],
        cwd=workspace.root,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 0, again.stderr
    assert "waiting" not in again.stderr


def test_the_library_prints_nothing_while_it_waits(workspace, capfd):
    import threading

    from workflow.workspace import Workspace

    told = []
    second = Workspace.find()
    second.on_lock_wait = lambda: told.append(time.monotonic())
    held, release = threading.Event(), threading.Event()

    def hold():
        with workspace.lock():
            held.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(10)
    threading.Timer(1.5, release.set).start()
    start = time.monotonic()
    with second.lock():
        pass
    thread.join()
    assert len(told) == 1 and told[0] - start >= 0.9
    assert capfd.readouterr() == ("", "")


# export --out: the zip goes beside the folder, and the output says where.


def test_export_out_names_the_zip_beside_its_folder(workspace, ingested, runner):
    result = invoke(runner, "export", ingested, "--draft", "--out", "bundle", "--format", "html")
    assert result.exit_code == 0, result.output
    assert (workspace.root / "bundle" / "index.html").is_file()
    assert (workspace.root / "bundle.zip").is_file()
    last = result.stdout.splitlines()[-1]
    assert last == "Zip of the bundle, beside its folder: bundle.zip"


def test_export_out_dot_zips_beside_the_current_folder(workspace, ingested, runner, monkeypatch):
    here = workspace.root / "site"
    here.mkdir()
    monkeypatch.chdir(here)
    result = invoke(runner, "export", ingested, "--draft", "--out", ".", "--format", "html")
    assert result.exit_code == 0, result.output
    assert (here / "index.html").is_file()
    assert not (here / ".zip").exists()
    assert (workspace.root / "site.zip").is_file()
    assert result.stdout.splitlines()[-1].endswith(str(workspace.root / "site.zip"))
