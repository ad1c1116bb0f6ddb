"""press verify, and what a killed command leaves behind.

Planted faults (a torn journal line, a PO file from an earlier source, a temporary
file, a stray PO file, a source change no journal line records) are each named by
``press verify`` with what to do, and ``--repair`` mends every one but the one a
person must decide. Then ``push``, ``ingest``, ``update`` and ``export`` are killed
(SIGKILL) at random moments, 200 times in all: after each kill every PO file passes
``msgfmt --check``, the release state can be derived, and ``press verify`` is clean
or says what to do, after which ``--repair`` leaves it clean.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest
from conftest import RELEASE_MD, invoke, translation, who

from workflow import actions, journal
from workflow.workspace import Workspace, init_workspace


def test_a_sound_workspace_verifies_clean(runner, workspace, ingested):
    result = invoke(runner, "verify")
    assert result.exit_code == 0
    assert result.stdout.strip() == "Verified 1 release: every file is sound"


def test_planted_faults_are_named_and_repaired(runner, workspace, ingested):
    ws = workspace
    journal_path = ws.journal_path(ingested)
    with journal_path.open("a") as handle:
        handle.write('{"time": "2026-12-0')  # torn by a crash
    (ws.translations_dir / "kk" / f".{ingested}.po.k3j9x2qa.tmp").write_text("half")
    shutil.copy(ws.catalog_path(ingested, "kk"), ws.translations_dir / "kk" / "gone-1.po")
    source = ws.source_path(ingested)
    source.write_text(source.read_text().replace("language policy", "the language policy"))
    result = invoke(runner, "verify", "--json")
    assert result.exit_code == 1
    found = {(p["where"], p["problem"]): p for p in json.loads(result.stdout)["problems"]}
    assert found[
        (
            f"releases/{ingested}/journal.jsonl",
            "1 line is not a whole entry (torn by a crash, or a bad merge)",
        )
    ]["repairable"]
    assert found[(f"translations/kk/{ingested}.po", "made from an earlier source.md")]["repairable"]
    assert found[(f"translations/ru/{ingested}.po", "made from an earlier source.md")]["repairable"]
    assert found[
        (
            f"translations/kk/.{ingested}.po.k3j9x2qa.tmp",
            "a temporary file an interrupted write left",
        )
    ]["repairable"]
    assert not found[("translations/kk/gone-1.po", "belongs to no release")]["repairable"]
    assert len(found) == 5
    result = invoke(runner, "verify", "--repair")
    assert result.exit_code == 1  # the stray file is a person's to decide
    assert result.stdout.count("Repaired ") == 4
    result = invoke(runner, "verify")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "translations/kk/gone-1.po: belongs to no release (remove it, or ingest release "
        "gone-1 again)",
        "Verified 1 release: 1 problem left",
    ]
    kept = list((ws.state_dir / "repaired").iterdir())
    assert [p.read_text() for p in kept] == ['{"time": "2026-12-0\n']
    assert journal.partition(journal_path)[1] == []


def test_a_source_change_no_journal_line_records_is_journaled(runner, workspace, ingested):
    source = workspace.source_path(ingested)
    source.write_text(source.read_text().replace("language policy", "the language policy"))
    actions.update(workspace, who(workspace), ingested)
    path = workspace.journal_path(ingested)
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n")  # killed before its journal line
    result = invoke(runner, "verify")
    assert result.exit_code == 1
    assert "changed with no journal line (a command that did not finish)" in result.stderr
    assert invoke(runner, "verify", "--repair").exit_code == 0
    assert invoke(runner, "verify").exit_code == 0
    last = json.loads(path.read_text().splitlines()[-1])
    assert last["action"] == "update" and "press verify" in last["note"]


def test_repairing_takes_the_publishers_permission(team, runner):
    assert invoke(runner, "verify", "--as", "aigerim").exit_code == 0  # anyone may verify
    result = invoke(runner, "verify", "--repair", "--as", "aigerim")
    assert result.exit_code == 1
    assert "Repaired" not in result.stdout and result.stderr.count("\n") == 1


# -- killed commands ------------------------------------------------------------------

KILLS = 200
COMMANDS = ("push", "ingest", "update", "export")


def _press(*args: str) -> list[str]:
    script = shutil.which("press")
    return [script, *args] if script else [sys.executable, "-m", "workflow", *args]


def _translated(ws: Workspace, release_id: str, lang: str, round_: int) -> bytes:
    po = polib.pofile(actions.pull(ws, who(ws), release_id, lang).text)
    for entry in po:
        entry.msgstr = f"{translation(entry.msgid, lang)} {round_}".strip()
    return str(po).encode("utf-8")


def _work(ws: Workspace, release_id: str, command: str, round_: int, folder: Path) -> list[str]:
    """The command line of one run of ``command``, its input prepared."""
    if command == "push":
        lang = ("kk", "ru")[round_ % 2]
        path = folder / f"{lang}-{round_}.po"
        path.write_bytes(_translated(ws, release_id, lang, round_))
        return _press("push", str(path))
    if command == "ingest":
        path = folder / f"source-{round_}.md"
        path.write_text(RELEASE_MD.replace("language policy", f"language policy {round_}"))
        return _press("ingest", str(path), "--id", release_id)
    if command == "update":
        source = ws.source_path(release_id)
        text = source.read_text(encoding="utf-8")
        source.write_text(text + f"\nA line added in round {round_}.\n")
        return _press("update", release_id)
    return _press("export", release_id, "--draft", "--format", "docx,html")


def _sound(ws: Workspace, root: Path) -> None:
    for path in sorted(root.glob("translations/*/*.po")):
        done = subprocess.run(
            ["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True, text=True
        )
        assert done.returncode == 0, (path, done.stderr)
    for release_id in ws.release_ids():
        assert actions.status(ws, who(ws), release_id)["state"]
    verified = actions.verify(ws, who(ws))
    if verified.left:
        assert all(p.mend is not None and p.fix for p in verified.left), verified.left
        repaired = actions.verify(ws, who(ws), repair=True)
        assert not repaired.left
        assert not actions.verify(ws, who(ws)).left


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
def test_commands_killed_at_random_moments_leave_a_sound_workspace(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    init_workspace(root, organization="Press Service")
    monkeypatch.chdir(root)
    monkeypatch.setenv("PRESS_USER", "tester")
    monkeypatch.delenv("PRESS_ROOT", raising=False)
    ws = Workspace.find(root)
    release_id = actions.ingest(ws, who(ws), RELEASE_MD.encode(), "release.md").release_id
    rng = random.Random(20261203)
    durations: dict[str, float] = {}
    env = {**os.environ, "PRESS_USER": "tester"}
    started, kills, round_ = time.monotonic(), 0, 0
    while kills < KILLS and round_ < 2 * KILLS:
        round_ += 1
        command = COMMANDS[round_ % len(COMMANDS)]
        line = _work(ws, release_id, command, round_, tmp_path)
        if command not in durations:  # how long a whole run takes, to kill within it
            begin = time.monotonic()
            subprocess.run(line, cwd=root, env=env, capture_output=True, check=False)
            durations[command] = time.monotonic() - begin
            line = _work(ws, release_id, command, round_, tmp_path)
        late = rng.random() < 0.6  # most kills near the end, where the writes are
        low = 0.5 if late else 0.0
        delay = durations[command] * rng.uniform(low, 1.05)
        proc = subprocess.Popen(
            line, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        _sound(ws, root)
    assert kills >= KILLS, kills
    assert time.monotonic() - started < 400


def test_an_approval_of_another_text_is_named_and_its_mark_dropped(team, runner):
    ws, rid = team
    po = polib.pofile(actions.pull(ws, who(ws, "aigerim"), rid, "kk").text)
    for entry in po:
        entry.msgstr = translation(entry.msgid, "kk")
    actions.push(ws, who(ws, "aigerim"), str(po).encode(), "kk.po")
    review = actions.pull(ws, who(ws, "gulnara"), rid, "kk", review=True).text
    actions.push(ws, who(ws, "gulnara"), review.encode(), "kk.po", review=True)
    path = ws.catalog_path(rid, "kk")
    text = path.read_text(encoding="utf-8")
    news = translation("News", "kk")
    assert "press: approved by gulnara" in text
    path.write_text(text.replace(f'msgstr "{news}"', 'msgstr "Жаңалықтар"'), encoding="utf-8")
    result = invoke(runner, "verify", "--as", "asel")
    assert result.exit_code == 1
    assert f"translations/kk/{rid}.po: approvals of another text than the unit's" in result.stderr
    assert "r1" in result.stderr
    assert invoke(runner, "verify", "--repair", "--as", "asel").exit_code == 0
    assert invoke(runner, "verify", "--as", "asel").exit_code == 0
    assert actions.status(ws, who(ws), rid)["languages"]["kk"]["approved"] == 7
