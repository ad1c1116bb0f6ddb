"""Faults a hand edit, a bad merge or two people at once used to turn into a traceback or a loss.

Each was a traceback (or a silently wrong file) before the release was loaded
under the lock and every file a person can touch was read through one checked path.
"""

from __future__ import annotations

import json
import sys
import threading
import time

import pytest
from conftest import ingest_file, invoke, snapshot, who

from workflow import actions, store
from workflow.errors import PressError
from workflow.model import UnitState
from workflow.workspace import Workspace


def _one_line_error(result, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert message in result.stderr


# A source.md that a hand edit left in another encoding


@pytest.mark.parametrize(
    "args",
    [["status"], ["status", "{id}"], ["list"], ["pull", "{id}", "-l", "kk", "-o", "-"]],
    ids=["status", "status-id", "list", "pull"],
)
def test_a_source_md_that_is_not_utf8_is_one_line(runner, workspace, ingested, args):
    source = workspace.source_path(ingested)
    text = source.read_text(encoding="utf-8").replace("OSCE", "ОБСЕ")
    source.write_bytes(text.encode("cp1251", errors="replace"))
    result = invoke(runner, *[a.format(id=ingested) for a in args])
    _one_line_error(result, f"releases/{ingested}/source.md is not UTF-8 text")
    assert f"press update {ingested}" in result.stderr


def test_updating_a_source_md_that_is_not_utf8_changes_nothing(runner, workspace, ingested):
    source = workspace.source_path(ingested)
    source.write_bytes(source.read_bytes() + "Тараптар\n".encode("cp1251"))
    before = snapshot(workspace.root)
    _one_line_error(invoke(runner, "update", ingested), "is not UTF-8 text")
    assert snapshot(workspace.root) == before


# A journal with lines that are JSON but not entries (a bad merge, a hand edit)


@pytest.mark.parametrize("line", ["[1, 2]", '"approve"', "42", '{"time": 1}', "null"])
def test_a_journal_line_that_is_not_an_entry_is_skipped_with_a_warning(
    runner, workspace, ingested, line
):
    journal = workspace.journal_path(ingested)
    journal.write_text(journal.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    result = invoke(runner, "log", ingested)
    assert result.exit_code == 0, result.output
    assert "ingest" in result.stdout
    assert "skipped 1 line of" in result.stderr
    assert invoke(runner, "log", ingested, "--json").exit_code == 0
    assert invoke(runner, "status", ingested).exit_code == 0


# A config of the wrong types


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('people = "x"', "people must be tables"),
        ('people = ["a"]', "people must be tables"),
        ("[people.a]\nroles = 5", "[people.a]: roles must be a list"),
        ('[people.a]\nroles = "translator"', "[people.a]: roles must be a list"),
        ('[people.a]\nroles = ["translator"]\nlanguages = 5', "languages must be a list"),
        ('[people.a]\nroles = ["translater"]', "unknown roles: 'translater'"),
        ('organization = "Press\\u0007Office"', "organization must be one line"),
        ('organization = "Press\\nOffice"', "organization must be one line"),
        ("organization = 5", "organization must be a name"),
        ("source_language = 5", "source_language 5 is not among"),
        ('languages = ["en", "kk", "kk"]', "names a language twice"),
    ],
)
def test_a_config_of_the_wrong_type_is_one_line(runner, tmp_path, monkeypatch, config, message):
    (tmp_path / "press.toml").write_text(config + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in (["list"], ["status"], ["export", "x", "--draft"]):
        _one_line_error(invoke(runner, *command), message)


def test_a_pyproject_whose_tool_is_not_a_table_is_one_line(runner, tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('tool = "x"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _one_line_error(invoke(runner, "list"), "pyproject.toml: tool is not a table")


def test_a_near_miss_of_a_persons_key_is_warned_about_other_keys_are_kept(runner, workspace):
    config = workspace.root / "press.toml"
    config.write_text(
        config.read_text()
        + '\n[people."asel@apk.kz"]\nroles = ["publisher"]\nemail = "asel@apk.kz"\n'
        + '[people.aigerim]\nroles = ["translator"]\nlanguage = ["kk"]\n'
    )
    result = invoke(runner, "list")
    assert result.exit_code == 0
    assert result.stderr == (
        "warning: press.toml: [people.aigerim]: 'language' is not read "
        "(did you mean 'languages'?)\n"
    )


def test_roles_given_as_a_string_are_not_read_letter_by_letter(runner, workspace):
    config = workspace.root / "press.toml"
    config.write_text(config.read_text() + '\n[people.a]\nroles = "translator"\n')
    result = invoke(runner, "list")
    assert "'t'" not in result.stderr and "roles must be a list" in result.stderr


# Two people at once: a change waits for the lock, then works on the release as it is then


def _wait_for_the_lock(thread: threading.Thread) -> None:
    """Return once ``thread`` is inside filelock's acquire, waiting for the workspace lock."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        frame = sys._current_frames().get(thread.ident)
        while frame is not None:
            if "filelock" in frame.f_code.co_filename and frame.f_code.co_name == "acquire":
                return
            frame = frame.f_back
        assert thread.is_alive(), "the action ended without waiting for the lock"
        time.sleep(0.005)
    raise AssertionError("the action never waited for the lock")


def _in_a_thread(action, *args, **kwargs) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def run():
        try:
            outcome["result"] = action(*args, **kwargs)
        except PressError as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


OLD, NEW = "We value our cooperation.", "We highly value our cooperation."


LABEL = {"kk": "Қазақша", "ru": "По-русски"}


def _translated_file(ws: Workspace, release_id: str, lang: str, change: str = "") -> bytes:
    """The workspace's file with every unit translated (``change`` appended to each)."""
    import polib

    po = polib.pofile(actions.pull(ws, who(ws), release_id, lang).text)
    for entry in po:
        entry.msgstr = f"{LABEL[lang]}: {entry.msgid}{change}"
    return str(po).encode("utf-8")


def _edit_and_update_while_holding_the_lock(holder: Workspace, release_id: str) -> None:
    source = holder.source_path(release_id)
    source.write_text(source.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    actions.update(holder, who(holder), release_id)  # the lock is reentrant for its holder


def _assert_the_catalog_follows_the_new_source(ws: Workspace, release_id: str, lang: str):
    stored = store.load(ws, release_id)
    catalog = stored.catalog(lang)  # refused if its units were made from another source
    units = catalog.by_source()
    assert OLD not in units
    assert units[NEW].state is UnitState.NEEDS_WORK
    assert units[NEW].previous_source == OLD
    assert units[NEW].translation == f"{LABEL[lang]}: {OLD}"
    return units


def test_a_push_waiting_for_the_lock_sees_the_update_that_came_first(workspace, ingested):
    holder = workspace
    actions.push(holder, who(holder), _translated_file(holder, ingested, "kk"), "kk.po")
    late = _translated_file(holder, ingested, "kk", " (түзетілді)")  # pulled before the update
    pusher = Workspace.find()  # another command: its own lock
    with holder.lock():
        thread, outcome = _in_a_thread(actions.push, pusher, who(pusher), late, "late.po")
        _wait_for_the_lock(thread)
        _edit_and_update_while_holding_the_lock(holder, ingested)
    thread.join()
    assert "was pulled before" in str(outcome.get("error"))
    _assert_the_catalog_follows_the_new_source(workspace, ingested, "kk")


def test_a_rejection_waiting_for_the_lock_sees_the_update_that_came_first(workspace, ingested):
    holder = workspace
    for lang in ("kk", "ru"):
        actions.push(holder, who(holder), _translated_file(holder, ingested, lang), f"{lang}.po")
        review = actions.pull(holder, who(holder), ingested, lang, review=True).text
        actions.push(holder, who(holder), review.encode(), f"{lang}.po", review=True)
    editor = Workspace.find()
    with holder.lock():
        thread, outcome = _in_a_thread(actions.reject, editor, who(editor), ingested, "Redo it")
        _wait_for_the_lock(thread)
        _edit_and_update_while_holding_the_lock(holder, ingested)
    thread.join()
    assert "error" not in outcome, outcome
    for lang in ("kk", "ru"):
        units = _assert_the_catalog_follows_the_new_source(workspace, ingested, lang)
        assert not any(u.state is UnitState.APPROVED for u in units.values())


def test_a_journal_line_torn_inside_a_letter_is_skipped_and_the_next_entry_kept(
    runner, workspace, ingested
):
    journal = workspace.journal_path(ingested)
    torn = '{"time": "2026-11-26T10:00:00+00:00", "who": "тест'.encode()[:-1]  # half a letter
    journal.write_bytes(journal.read_bytes() + torn)
    assert invoke(runner, "status").exit_code == 0
    source = workspace.source_path(ingested)
    source.write_text(source.read_text(encoding="utf-8").replace("OSCE", "ОБСЕ"), "utf-8")
    assert invoke(runner, "update", ingested).exit_code == 0  # appends after the torn line
    result = invoke(runner, "log", ingested, "--json")
    assert [e["action"] for e in json.loads(result.stdout)] == ["ingest", "update"]
    assert "skipped 1 line of" in result.stderr


def test_one_broken_release_does_not_hide_the_others(runner, workspace, ingested, tmp_path):
    other = tmp_path / "other.md"
    other.write_text(
        '---\ntitle: "Unity Day concert in Astana"\ndate: 2026-12-01\nlanguage: en\n---\n\n'
        "The concert opens at seven in the evening.\n",
        encoding="utf-8",
    )
    ingest_file(workspace, other)
    workspace.source_path(ingested).write_bytes(b"---\ntitle: \xff\n---\n")
    for command in (["list"], ["status"], ["list", "--json"]):
        result = invoke(runner, *command)
        assert result.exit_code == 1
        assert "2026-12-01-unity-day-concert-in-astana" in result.stdout
        assert result.stderr.count("error:") == 1 and "not UTF-8 text" in result.stderr
