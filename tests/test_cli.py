"""The command line through typer's CliRunner; results checked through the library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import invoke, snapshot

from workflow.cli import app
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
    assert names == [
        f"{ingested}.{lang}.{fmt}" for lang in ("en", "kk", "ru") for fmt in ("docx", "html")
    ]
    assert "untranslated" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "missing.txt"], "no such file"),
        (["ingest", "{release}", "--id", "../escape"], "not a valid release id"),
        (["ingest", "{release}", "--lang", "ru"], "contradicts"),
        (["ingest", "{release}"], "exists already"),
        (["ingest", "{docx}"], "unsupported file type"),
        (["status", "no-such-release"], "no release"),
        (["pull", "{id}", "--lang", "de"], "unknown language"),
        (["push", "nothing.po"], "no such file"),
        (["export", "{id}", "--draft", "--format", "pdf"], "unknown export format"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(
    runner, workspace, ingested, release_file, tmp_path, args, message
):
    docx = tmp_path / "r.docx"
    docx.write_bytes(b"PK")
    args = [a.format(release=release_file, id=ingested, docx=docx) for a in args]
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
