"""The start-up budget, guarded by what a command imports (never by a timer).

A run that names its command builds an app with that command alone
(``workflow.cli.commands.only``): these tests hold its text to the whole app's,
and hold ``press status`` to the modules it needs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from workflow.cli.commands import COMMANDS, app, only


def _calls() -> list[list[str]]:
    calls = []
    for name, (module, attribute) in COMMANDS.items():
        calls += [[name, "--help"], [name, "--no-such-option"]]
        command = getattr(__import__(f"workflow.cli.{module}", fromlist=[attribute]), attribute)
        if isinstance(command, typer.Typer):
            for sub in command.registered_commands:
                sub_name = sub.name or sub.callback.__name__.replace("_", "-")
                calls += [[name, sub_name, "--help"], [name, sub_name, "--no-such-option"]]
    return calls


@pytest.mark.parametrize("args", _calls(), ids=" ".join)
def test_one_command_speaks_as_the_whole_app(args):
    runner = CliRunner()
    env = {"COLUMNS": "80", "PRESS_USER": ""}
    alone = runner.invoke(only(args[0]), args, prog_name="press", env=env)
    whole = runner.invoke(app, args, prog_name="press", env=env)
    assert (alone.exit_code, alone.stdout, alone.stderr) == (
        whole.exit_code,
        whole.stdout,
        whole.stderr,
    )
    assert alone.exit_code in (0, 2)


def test_the_whole_help_lists_every_command_in_a_releases_order():
    result = CliRunner().invoke(app, ["--help"], prog_name="press", env={"COLUMNS": "80"})
    listed = [
        line.split()[0]
        for line in result.stdout.split("Commands:")[1].splitlines()
        if line.startswith("  ") and not line.startswith("   ")
    ]
    assert listed == [name for name in COMMANDS if name not in ("tm", "glossary")] + [
        "tm",
        "glossary",
    ]


STATUS_MAY_IMPORT = {
    "workflow",
    "workflow.actions",
    "workflow.actions.overview",
    "workflow.cli",
    "workflow.cli.commands",
    "workflow.cli.options",
    "workflow.cli.output",
    "workflow.cli.root",
    "workflow.cli.session",
    "workflow.cli.status",
    "workflow.config",
    "workflow.errors",
    "workflow.fsio",
    "workflow.house",
    "workflow.journal",
    "workflow.locales",
    "workflow.machine",
    "workflow.model",
    "workflow.people",
    "workflow.po",
    "workflow.po.catalogs",
    "workflow.po.entry",
    "workflow.po.read",
    "workflow.po.write",
    "workflow.rules",
    "workflow.status",
    "workflow.workspace",
}
"""What a warm ``press status`` reads with: the workspace, the status cache, the PO
reader (for a changed file), the output. Not the readers of source formats, the merge,
the checks, the memory, machine translation or export."""

NEVER_AT_START = {
    "pydantic",  # typer 0.29 imports it for every parameter (see pyproject.toml)
    "rich",  # tables in a terminal and red error lines only
    "babel",
    "docx",
    "jinja2",
    "deepl",
    "rapidfuzz",
    "fontTools",
    "polib",
    "defusedxml",
    "xml",
    "asyncio",
    "http",
    "ssl",
}


def _imported(args: list[str], cwd: Path) -> set[str]:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print('IMPORTED', *sorted(sys.modules), file=sys.stderr))\n"
        f"sys.argv = ['press', *{args!r}]\n"
        "from workflow.cli import main\nmain()\n"
    )
    env = {**os.environ, "PRESS_USER": "asel"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    line = [x for x in result.stderr.splitlines() if x.startswith("IMPORTED")][-1]
    return set(line.split()[1:])


@pytest.mark.parametrize("args", [["status"], ["list"], ["status", "--json"]], ids=" ".join)
def test_a_bare_status_imports_only_what_it_needs(workspace, ingested, args):
    _imported(args, workspace.root)  # the first run fills the status cache
    imported = _imported(args, workspace.root)
    ours = {name for name in imported if name == "workflow" or name.startswith("workflow.")}
    assert ours <= STATUS_MAY_IMPORT, sorted(ours - STATUS_MAY_IMPORT)
    tops = {name.split(".")[0] for name in imported}
    assert not tops & NEVER_AT_START, sorted(tops & NEVER_AT_START)


def test_the_kept_cldr_facts_are_babels():
    """``workflow/cldr.py`` spares each command Babel's locale data; after a Babel update
    that changed them, write it again: ``python -c "from workflow.locales import
    write_cldr_module; write_cldr_module()"``."""
    from workflow import cldr, locales

    written: dict = {}
    exec(locales.cldr_module_text(), written)
    assert written["PLURAL_FORMS"] == cldr.PLURAL_FORMS
    assert written["MONTH_NAMES"] == cldr.MONTH_NAMES
    assert written["DAY_NAMES"] == cldr.DAY_NAMES


def test_a_push_and_a_pull_load_no_locale_data(workspace, ingested):
    imported = _imported(["pull", ingested, "-l", "kk", "-o", "out.po"], workspace.root)
    assert "babel" not in {name.split(".")[0] for name in imported}
