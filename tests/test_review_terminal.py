"""``press review`` as a reviewer uses it: keys, confirmations, notes, edits, quitting."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time

import polib
import pytest
from conftest import invoke, translation, who

from workflow import actions, store
from workflow.model import UnitState

KEYS = "a approve · s send back · e edit · k skip · q quit"


@pytest.fixture
def waiting(team):
    """A team workspace whose Kazakh units are all translated by aigerim: 8 wait for review."""
    ws, rid = team
    po = polib.pofile(actions.pull(ws, who(ws), rid, "kk").text)
    for entry in po:
        entry.msgstr = translation(entry.msgid, "kk")
    actions.push(ws, who(ws, "aigerim"), str(po).encode(), "kk.po")
    return ws, rid


def _review(runner, rid, keys):
    return invoke(runner, "review", rid, "--lang", "kk", "--as", "gulnara", input=keys)


def _units(ws, rid):
    return store.load(ws, rid).catalog("kk").by_source()


def test_a_wrong_key_is_answered_with_the_keys_as_they_are(runner, waiting):
    _ws, rid = waiting
    result = _review(runner, rid, "x\nq\n")
    assert f"Type a, s, e, k or q ({KEYS})." in result.stdout


def test_each_decision_is_confirmed_in_one_short_line(runner, waiting):
    ws, rid = waiting
    result = _review(runner, rid, "a\ns\nUse capitals.\ne\nЖаңа мәтін\nk\nq\n")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    for expected in (
        "Approved r1.",
        "Sent t1 back to the translator with your note.",
        "Saved your text of d1, approved by you.",
        "Skipped p1.s1.",
    ):
        assert any(line.endswith(expected) for line in lines), expected
    assert (
        "Review saved: 1 approved, 1 sent back, 1 edited, 1 skipped; 5 still waiting for review."
        in result.stdout
    )
    units = _units(ws, rid)
    assert units["News"].state is UnitState.APPROVED
    assert units["ASTANA"].translation == "Жаңа мәтін"


def test_sending_back_needs_a_note(runner, waiting):
    ws, rid = waiting
    result = _review(runner, rid, "s\n\n   \nCheck the name.\nq\n")
    assert result.stdout.count("A unit is sent back with a note") == 2
    news = _units(ws, rid)["News"]
    assert news.state is UnitState.NEEDS_WORK and news.notes[-1].endswith("Check the name.")


def test_an_edit_starts_from_the_current_text(runner, waiting):
    ws, rid = waiting
    result = _review(runner, rid, "e\n\nq\n")  # Enter keeps the text: nothing is saved
    assert "Current text: Ақпарат" in result.stdout
    assert "The text is as it was" in result.stdout
    assert _units(ws, rid)["News"].state is UnitState.TRANSLATED


def test_a_review_that_decides_everything_says_so(runner, waiting):
    _ws, rid = waiting
    result = _review(runner, rid, "a\n" * 8)
    assert "Review saved: 8 approved; nothing left to review." in result.stdout


def _press(*args: str) -> list[str]:
    return [sys.executable, "-m", "workflow", *args]


def _read_until(fd: int, seen: bytearray, token: bytes, after: int = 0) -> None:
    """Read the process's output into ``seen`` until ``token`` stands in it past ``after``."""
    deadline = time.monotonic() + 30
    while token not in seen[after:]:
        assert time.monotonic() < deadline, f"never saw {token!r} in {bytes(seen[-400:])!r}"
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            assert chunk, f"the review ended before {token!r}: {bytes(seen[-400:])!r}"
            seen += chunk


def test_ctrl_c_keeps_what_was_decided_and_exits_130(waiting):
    ws, rid = waiting
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        _press("review", rid, "--lang", "kk", "--as", "gulnara"),
        cwd=ws.root,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    seen = bytearray()
    proc.stdin.write(b"a\n")
    proc.stdin.flush()
    _read_until(proc.stdout.fileno(), seen, b"2/8")
    _read_until(proc.stdout.fileno(), seen, b"quit: ")
    proc.send_signal(signal.SIGINT)
    rest, _ = proc.communicate(timeout=30)
    assert proc.returncode == 130, bytes(seen) + rest
    assert b"Review saved: 1 approved; 7 still waiting for review." in rest
    assert b"Traceback" not in seen + rest
    assert _units(ws, rid)["News"].state is UnitState.APPROVED


def test_in_a_terminal_the_edit_line_holds_the_current_text(waiting):
    """The current translation is on the input line, so a one-word fix is a one-word edit."""
    ws, rid = waiting
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100", "LINES": "40"}
    proc = subprocess.Popen(
        _press("review", rid, "--lang", "kk", "--as", "gulnara"),
        cwd=ws.root,
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
    )
    os.close(slave)
    seen = bytearray()
    try:
        _read_until(master, seen, b"quit: ")
        os.write(master, b"e\r")
        _read_until(master, seen, b"Your text: ")
        prompt = seen.rfind(b"Your text: ")
        _read_until(master, seen, "Ақпарат".encode(), after=prompt)  # put there by readline
        os.write(master, " (түзетілді)\r".encode())
        _read_until(master, seen, b"approved by you")
        os.write(master, b"q\r")
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    news = _units(ws, rid)["News"]
    assert news.translation == "Ақпарат (түзетілді)"
    assert news.state is UnitState.APPROVED and news.approved_by.who == "gulnara"
