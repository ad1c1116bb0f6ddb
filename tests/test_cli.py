"""The command line through typer's CliRunner; results checked through the library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ingest_file, invoke, snapshot, translation, who

from workflow.cli import app
from workflow.export.bundle import default_formats
from workflow.status import release_status
from workflow.workspace import Workspace


def _commands():
    import typer.main

    group = typer.main.get_command(app)
    return group, sorted(group.commands)


@pytest.mark.parametrize("name", _commands()[1])
def test_every_command_has_help(runner, name):
    group, _ = _commands()
    assert (group.commands[name].help or "").strip(), f"'press {name}' has no help text"
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_every_command_is_in_the_readme(name=None):
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in _commands()[1]:
        assert f"press {command}" in readme, f"README does not show 'press {command}'"


def test_init_creates_a_workspace(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "init", "office", "--organization", "Press Service")
    assert result.exit_code == 0, result.output
    root = tmp_path / "office"
    assert (root / "press.toml").is_file() and (root / "releases").is_dir()
    assert "exports/" in (root / ".gitignore").read_text()
    ws = Workspace.find(root / "releases")
    assert ws.config.organization == "Press Service"
    assert ws.config.languages == ("en", "kk", "ru")
    again = invoke(runner, "init", "office")
    assert again.exit_code == 1 and "already" in again.stderr


def test_ingest_list_status(runner, workspace, release_file):
    result = invoke(runner, "ingest", str(release_file), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "2026-11-12-kazakhstan-and-the-osce-discuss" in result.stdout
    rows = json.loads(invoke(runner, "list", "--json").stdout)
    assert rows == [
        {
            "id": "2026-11-12-kazakhstan-and-the-osce-discuss-interethnic",
            "title": "Kazakhstan and the OSCE discuss interethnic harmony",
            "date": "2026-11-12",
            "state": "translating",
            "source_language": "en",
        }
    ]
    status = json.loads(invoke(runner, "status", rows[0]["id"], "--json").stdout)
    assert status["state"] == "translating" and status["source_language"] == "en"
    assert set(status["languages"]) == {"kk", "ru"}
    assert status["languages"]["ru"] == {
        "total": 8,
        "untranslated": 8,
        "needs_work": 0,
        "translated": 0,
        "approved": 0,
        "machine": 0,
    }
    table = invoke(runner, "status").stdout
    assert "kk" in table and "0%" in table


def test_status_works_from_a_subfolder_and_with_press_root(
    runner, workspace, ingested, monkeypatch, tmp_path
):
    monkeypatch.chdir(workspace.root / "translations")
    assert invoke(runner, "status", ingested, "--json").exit_code == 0
    monkeypatch.chdir(tmp_path)
    assert invoke(runner, "list").exit_code == 1
    monkeypatch.setenv("PRESS_ROOT", str(workspace.root))
    assert ingested in invoke(runner, "list").stdout


def test_pull_and_push_through_the_cli(runner, workspace, ingested, tmp_path):
    out = tmp_path / "kk.po"
    assert invoke(runner, "pull", ingested, "--lang", "kk", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8").replace(
        'msgid "ASTANA"\nmsgstr ""', 'msgid "ASTANA"\nmsgstr "АСТАНА"'
    )
    out.write_text(text, encoding="utf-8")
    result = invoke(runner, "push", str(out))
    assert result.exit_code == 0 and "1 translated" in result.stdout
    assert release_status(workspace, ingested)["languages"]["kk"]["translated"] == 1
    journal = (workspace.journal_path(ingested)).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["action"] for line in journal] == ["ingest", "push"]
    assert json.loads(journal[-1])["who"] == "tester"


def test_pull_to_stdout(runner, workspace, ingested):
    result = invoke(runner, "pull", ingested, "-l", "ru", "-o", "-")
    assert result.stdout.startswith("# Russian translation")


def test_export_draft_writes_every_language(runner, workspace, ingested):
    refused = invoke(runner, "export", ingested)
    assert refused.exit_code == 1 and "--draft" in refused.stderr
    result = invoke(runner, "export", ingested, "--draft")
    assert result.exit_code == 0, result.output
    folder = workspace.export_dir(ingested)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        [
            *(
                f"{ingested}.{lang}.{fmt}"
                for lang in ("en", "kk", "ru")
                for fmt in default_formats()
            ),
            "index.html",
            "manifest.json",
        ]
    )
    assert (folder.parent / f"{ingested}.zip").is_file()
    assert "untranslated" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "missing.txt"], "no such file"),
        (["ingest", "{release}", "--id", "../escape"], "not a valid release id"),
        (["ingest", "{release}", "--lang", "ru"], "contradicts"),
        (["ingest", "{release}"], "exists already"),
        (["ingest", "{pdf}"], "unsupported file type"),
        (["status", "no-such-release"], "no release"),
        (["pull", "{id}", "--lang", "de"], "unknown language"),
        (["push", "nothing.po"], "no such file"),
        (["export", "{id}", "--draft", "--format", "odt"], "unknown export format"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(
    runner, workspace, ingested, release_file, tmp_path, args, message
):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    args = [a.format(release=release_file, id=ingested, pdf=pdf) for a in args]
    before = snapshot(workspace.root)
    result = invoke(runner, *args)
    assert result.exit_code == 1, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert snapshot(workspace.root) == before


def test_usage_errors_are_exit_2(runner, workspace):
    assert runner.invoke(app, ["pull"]).exit_code == 2


def _loaded_after(args: list[str], cwd: Path) -> list[str]:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print('LOADED', *sorted(m for m in ('docx', 'jinja2', "
        "'deepl', 'rapidfuzz', 'polib', 'babel') if m in sys.modules), file=sys.stderr))\n"
        f"sys.argv = ['press', *{args!r}]\n"
        "from workflow.cli import main\nmain()\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cwd.parent / "cache")}  # cold: no help cache
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60, env=env
    )
    line = [x for x in result.stderr.splitlines() if x.startswith("LOADED")][-1]
    return line.split()[1:]


def test_start_up_stays_light(workspace, ingested):
    assert _loaded_after(["--help"], workspace.root) == []
    loaded = _loaded_after(["status"], workspace.root)
    assert not {"docx", "jinja2", "deepl", "rapidfuzz"} & set(loaded)


def test_help_from_the_cache_is_typers_own(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "COLUMNS": "80"}
    command = [
        sys.executable,
        "-c",
        "import sys; sys.argv = ['press', '--help'];from workflow.cli import main; main()",
    ]
    first = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert first.stdout.startswith("Usage: press")  # rendered by typer on a cache miss
    assert list((tmp_path / "press").iterdir())  # and cached
    second = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert first.stdout == second.stdout
    assert "ingest" in first.stdout and "review" in first.stdout


def test_pull_into_a_missing_folder_is_refused(runner, workspace, ingested, tmp_path):
    result = invoke(runner, "pull", ingested, "-l", "kk", "-o", str(tmp_path / "typo" / "x.po"))
    assert result.exit_code == 1 and "no such folder" in result.stderr
    assert not (tmp_path / "typo").exists()


# Conventions, as users of git and gh expect them


def test_version_and_the_overview(runner, workspace):
    from workflow import __version__

    version = invoke(runner, "--version")
    assert version.exit_code == 0 and version.stdout == f"press {__version__}\n"
    alone = invoke(runner)
    assert alone.exit_code == 0 and alone.stdout.startswith("Usage: press")
    assert "ingest" in alone.stdout and "--install-completion" in alone.stdout


def _every_command() -> list[list[str]]:
    group, names = _commands()
    found = []
    for name in names:
        command = group.commands[name]
        subcommands = getattr(command, "commands", None)
        found += [[name, sub] for sub in sorted(subcommands)] if subcommands else [[name]]
    return found


@pytest.mark.parametrize("command", _every_command(), ids=" ".join)
def test_h_is_help_on_every_command(runner, command):
    result = runner.invoke(app, [*command, "-h"])
    assert result.exit_code == 0 and result.stdout.startswith("Usage: press")


def _complete(cwd: Path, words: str) -> list[str]:
    env = {
        **os.environ,
        "_PRESS_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split(" ")) - 1),
    }
    script = Path(sys.executable).with_name("press")
    done = subprocess.run(
        [str(script)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    return done.stdout.split()


def test_the_shell_completes_commands_release_ids_and_languages(workspace, ingested):
    assert _complete(workspace.root, "press sta") == ["status"]
    assert _complete(workspace.root, "press status 2026-11") == [ingested]
    assert _complete(workspace.root, "press pull x --lang k") == ["kk"]
    press = Path(sys.executable).with_name("press")
    shown = subprocess.run(  # typer finds the shell from the process that runs press
        ["bash", "-c", f"'{press}' --show-completion; exit $?"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "_PRESS_COMPLETE" in shown.stdout


LONG_ID = "2026-11-26-assembly-of-people-of-kazakhstan-opens-regional-houses"
LONG_TITLE = (
    "The Assembly of People of Kazakhstan opens regional Houses of Friendship "
    "in Turkistan, Shymkent and Aktobe"
)


def _long_release(workspace, tmp_path) -> None:
    path = tmp_path / "long.md"
    path.write_text(
        f'---\ntitle: "{LONG_TITLE}"\ndate: 2026-11-26\nlanguage: en\n---\n\n'
        "The houses open on Monday. Each has a library and language classes.\n",
        encoding="utf-8",
    )
    ingest_file(workspace, path, release_id=LONG_ID)


def _terminal(columns: int) -> dict:
    return {"TTY_COMPATIBLE": "1", "NO_COLOR": "1", "COLUMNS": str(columns)}


@pytest.mark.parametrize("columns", [120, 80, 50])
def test_tables_fit_the_terminal_and_cut_nothing(runner, workspace, tmp_path, columns):
    _long_release(workspace, tmp_path)
    listed = runner.invoke(app, ["list"], env=_terminal(columns)).stdout
    assert LONG_ID in listed  # an id is copied: never wrapped or cut
    assert " ".join(LONG_TITLE.split()) in " ".join(listed.split())
    assert all(len(line) <= columns for line in listed.splitlines()[1:])
    status = runner.invoke(app, ["status", LONG_ID], env=_terminal(columns)).stdout
    assert "…" not in listed + status
    for header in ("untranslated", "needs work", "translated", "approved"):
        assert header in status


def test_piped_tables_are_plain_tab_separated_lines(runner, workspace, tmp_path):
    _long_release(workspace, tmp_path)
    lines = invoke(runner, "list").stdout.splitlines()
    assert lines[0].split("\t") == ["id", "lang", "state", "title"]
    assert lines[1].split("\t") == [LONG_ID, "en", "translating", LONG_TITLE]
    assert "\x1b" not in invoke(runner, "status", LONG_ID).stdout


def test_times_are_local_and_readable_and_json_keeps_iso(runner, workspace, ingested):
    import datetime as dt
    import re

    log = invoke(runner, "log", ingested).stdout
    entry = json.loads(invoke(runner, "log", ingested, "--json").stdout)[0]
    moment = dt.datetime.fromisoformat(entry["time"])
    assert moment.tzinfo is not None  # ISO 8601 with its offset
    local = moment.astimezone()
    assert f"{local.day} {local:%b %Y %H:%M}" in log
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", log)


@pytest.mark.parametrize(
    "args",
    [["push", "missing.po"], ["ingest", "missing.txt"], ["tm", "import", "missing.tmx"]],
)
def test_a_missing_file_is_reported_before_a_missing_identity(runner, team, args):
    result = invoke(runner, *args)  # nobody is named: PRESS_USER is unset in a team workspace
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_no_identity_says_how_to_give_one(runner, team, tmp_path):
    _ws, rid = team
    result = invoke(runner, "approve", rid)
    assert "no one is named" in result.stderr
    assert "say who you are with --as NAME or PRESS_USER: asel, aigerim" in result.stderr


def test_a_partial_release_id_gets_did_you_mean(runner, workspace, ingested):
    result = invoke(runner, "status", "2026-11-12")
    assert result.exit_code == 1
    assert f"no release '2026-11-12' in this workspace (did you mean {ingested}?)" in result.stderr
    assert "did you mean" in invoke(runner, "pull", "2026-11-12-kazakstan", "-l", "kk").stderr


def test_an_unknown_export_format_is_named_plainly(runner, workspace, ingested):
    result = invoke(runner, "export", ingested, "--draft", "--format", "odt")
    assert "unknown export format 'odt' (use docx, html, pdf)" in result.stderr


def test_release_states_are_identifiers_in_json_and_words_on_screen(runner, workspace, ingested):
    import polib

    from workflow import actions

    for lang in ("kk", "ru"):
        po = polib.pofile(actions.pull(workspace, who(workspace), ingested, lang).text)
        for entry in po:
            entry.msgstr = translation(entry.msgid, lang)
        actions.push(workspace, who(workspace), str(po).encode(), f"{lang}.po")
    assert json.loads(invoke(runner, "status", ingested, "--json").stdout)["state"] == "in_review"
    assert json.loads(invoke(runner, "list", "--json").stdout)[0]["state"] == "in_review"
    assert "\tin review\t" in invoke(runner, "list").stdout


def test_an_edited_source_shows_in_the_list_and_the_hint_names_who_updates(
    runner, workspace, ingested
):
    path = workspace.source_path(ingested)
    path.write_text(path.read_text(encoding="utf-8").replace("language policy", "languages"))
    assert "translating (source edited)" in invoke(runner, "list").stdout
    (row,) = json.loads(invoke(runner, "list", "--json").stdout)
    assert row["source_changed"] is True
    refused = invoke(runner, "pull", ingested, "--lang", "kk")
    assert refused.exit_code == 1
    assert f"run 'press update {ingested}' first (it takes a publisher)" in refused.stderr
