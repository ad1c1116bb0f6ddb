"""press check as people use it: the sample releases, planted faults, the pofilter false
alarms, checks on push and in review, waivers, and the editor's sign-off."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest
from conftest import DATA, invoke, snapshot, who

from workflow import actions, checks
from workflow.actions.check import _kept
from workflow.checks import Context, Subject
from workflow.errors import PressError, RuleError
from workflow.glossary import Glossary
from workflow.journal import read_history
from workflow.model import UnitState
from workflow.po.catalogs import read_catalog
from workflow.workspace import Workspace

ROOT = Path(__file__).parent.parent
OSCE = "2026-11-12-osce-delegation"
COURSES = "2026-11-24-language-courses"


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    return [line.split("\t") for line in lines[1:] if line]


@pytest.fixture
def samples(tmp_path, monkeypatch) -> Workspace:
    """A copy of this repository's workspace: its sample releases, translations, people."""
    root = tmp_path / "samples"
    root.mkdir()
    shutil.copy(ROOT / "pyproject.toml", root)
    for folder in ("releases", "translations"):
        shutil.copytree(ROOT / folder, root / folder)
    monkeypatch.chdir(root)
    monkeypatch.delenv("PRESS_USER", raising=False)
    return Workspace.find(root)


def _check_json(runner, *args):
    result = invoke(runner, "check", *args, "--json")
    return result, json.loads(result.stdout)


# The sample releases and the pofilter false alarms


def test_the_sample_releases_raise_nothing(samples, runner):
    result, findings = _check_json(runner, "--all")
    assert (result.exit_code, findings) == (0, [])
    for release_id in samples.release_ids():
        result, findings = _check_json(runner, release_id)
        assert (result.exit_code, findings) == (0, []), release_id


def _context() -> Context:
    glossary = Glossary.load(Workspace.find(ROOT))
    return Context(glossary=glossary, kept=_kept(glossary))


CORRECT = _rows("checks_correct.tsv")


def test_the_false_alarm_corpus_is_large_and_alarms_pofilter():
    assert len(CORRECT) >= 30
    assert {row[0] for row in CORRECT} == {"kk", "ru"}
    flagged = {test for row in CORRECT for test in row[3].split(",")}
    assert {"acronyms", "numbers", "sentencecount", "doublequoting", "unchanged"} <= flagged


@pytest.mark.parametrize(("lang", "source", "translation", "pofilter", "why"), CORRECT)
def test_what_pofilter_flags_in_correct_translations_press_leaves_alone(
    lang, source, translation, pofilter, why
):
    found = checks.run(Subject(source, translation, "en", lang), _context())
    assert [(c.id, m) for c, m in found] == [], why


FAULTS = _rows("checks_faults.tsv")


@pytest.mark.parametrize(("lang", "source", "translation", "check", "fault"), FAULTS)
def test_each_planted_fault_is_found_by_its_check(lang, source, translation, check, fault):
    found = checks.run(Subject(source, translation, "en", lang), _context())
    assert check in [c.id for c, _ in found], fault


def _waive(runner, unit: str, note: str, *, check: str = "facts", as_name: str = "erlan"):
    """``press check OSCE --waive CHECK --unit UNIT --lang ru --note NOTE --as NAME``."""
    args = ("--waive", check, "--unit", unit, "--lang", "ru", "--note", note, "--as", as_name)
    return invoke(runner, "check", OSCE, *args)


# Planted faults in the sample files, through the command line


def _plant(ws: Workspace, release_id: str, lang: str, changes: dict[str, str]) -> None:
    """Change translations in the workspace's own file (as a hand edit would)."""
    path = ws.catalog_path(release_id, lang)
    po = polib.pofile(str(path), wrapwidth=79)
    for entry in po:
        if entry.msgid in changes:
            entry.msgstr = changes[entry.msgid](entry.msgstr, entry.msgid)
    po.save(str(path))


def _first(po_path: Path, test) -> str:
    return next(e.msgid for e in polib.pofile(str(po_path)) if test(e))


def test_planted_faults_in_a_kazakh_and_a_russian_file_are_each_reported(samples, runner):
    kk = samples.catalog_path(OSCE, "kk")
    ru = samples.catalog_path(OSCE, "ru")
    year = _first(ru, lambda e: "2026" in e.msgstr)
    latin_a = _first(kk, lambda e: "а" in e.msgstr and e.msgid != year)
    schwa = _first(kk, lambda e: "ә" in e.msgstr and e.msgid not in (latin_a,))
    spaced = _first(ru, lambda e: " " in e.msgstr and e.msgid != year)
    quoted = _first(ru, lambda e: len(e.msgstr.split()) > 3 and e.msgid not in (year, spaced))
    copied = _first(kk, lambda e: len(e.msgid.split()) > 4 and e.msgid not in (latin_a, schwa))
    _plant(
        samples,
        OSCE,
        "kk",
        {
            latin_a: lambda t, s: t.replace("а", "a", 1),
            schwa: lambda t, s: t.replace("ә", "ə", 1),
            copied: lambda t, s: s,
        },
    )
    _plant(
        samples,
        OSCE,
        "ru",
        {
            year: lambda t, s: t.replace("2026", "2025", 1),
            spaced: lambda t, s: t.replace(" ", "  ", 1),
            quoted: lambda t, s: t.replace(t.split()[1], f'"{t.split()[1]}"', 1),
        },
    )
    result, findings = _check_json(runner, OSCE)
    assert result.exit_code == 1
    assert all(
        set(f) == {"release", "lang", "unit", "position", "check", "severity", "message"}
        for f in findings
    )
    got = {(f["lang"], f["unit"], f["check"]) for f in findings}
    for expected in (
        ("kk", latin_a, "script"),
        ("kk", schwa, "script"),
        ("kk", copied, "untranslated"),
        ("ru", year, "facts"),
        ("ru", spaced, "typography"),
        ("ru", quoted, "typography"),
    ):
        assert expected in got, expected
    only_kk = {f["lang"] for f in _check_json(runner, OSCE, "--lang", "kk")[1]}
    assert only_kk == {"kk"}


def test_the_table_and_the_list(samples, runner):
    _plant(
        samples,
        OSCE,
        "ru",
        {
            _first(samples.catalog_path(OSCE, "ru"), lambda e: "2026" in e.msgstr): lambda t, s: (
                t.replace("2026", "2025")
            )
        },
    )
    result = invoke(runner, "check", OSCE)
    assert result.exit_code == 1
    assert "\tfacts\terror\t2026 is not in the translation" in result.stdout
    assert "1 error, 0 warnings in 2026-11-12-osce-delegation" in result.stdout
    listed = invoke(runner, "check", "--list")
    assert listed.exit_code == 0
    for check_id in checks.MODULES:
        assert f"\n{check_id}\t" in listed.stdout
    described = json.loads(invoke(runner, "check", "--list", "--json").stdout)
    assert [c["id"] for c in described] == list(checks.MODULES)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "name one release, or --all"),
        ((OSCE, "--all"), "name one release, or --all"),
        ((OSCE, "--only", "spelling"), "there is no check 'spelling'"),
        (("no-such-release",), "no-such-release"),
        ((OSCE, "--lang", "en"), "source language"),
        ((OSCE, "--waive", "facts"), "a waiver is for one finding"),
    ],
)
def test_a_wrong_call_is_one_line_and_exit_code_1(samples, runner, args, message):
    result = invoke(runner, "check", *args)
    assert result.exit_code == 1 and message in result.stderr
    assert "Traceback" not in result.output


# Checks on push


def _pulled(ws, release_id, lang, tmp_path, changes) -> Path:
    path = tmp_path / f"{release_id}.{lang}.po"
    path.write_text(actions.pull(ws, who(ws, "asel"), release_id, lang).text, encoding="utf-8")
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid in changes:  # as Poedit does, an edit clears the fuzzy mark
            entry.msgstr = changes[entry.msgid]
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
    po.save(str(path))
    return path


def test_a_push_with_an_error_is_kept_and_the_unit_needs_work(samples, runner, tmp_path):
    ru = samples.catalog_path(OSCE, "ru")
    entry = next(e for e in polib.pofile(str(ru)) if "2026" in e.msgstr)
    good = next(e for e in polib.pofile(str(ru)) if e.msgid != entry.msgid and len(e.msgstr) > 30)
    path = _pulled(
        samples,
        OSCE,
        "ru",
        tmp_path,
        {entry.msgid: entry.msgstr.replace("2026", "2025"), good.msgid: good.msgstr + " "},
    )
    result = invoke(runner, "push", str(path), "--as", "irina")
    assert result.exit_code == 0, result.output
    assert "2026 is not in the translation" in result.stdout
    assert "1 unit needs work for errors the checks found" in result.stdout
    assert "1 translated, 1 held" in result.stdout
    units = read_catalog(ru).by_source()
    held = units[entry.msgid]
    assert held.state is UnitState.NEEDS_WORK and "2025" in held.translation  # kept, not lost
    assert any(n.startswith("check: facts: 2026") for n in held.notes)
    assert units[good.msgid].state is UnitState.TRANSLATED  # a warning holds nothing
    line = read_history(samples.journal_path(OSCE)).entries[-1]
    assert line["action"] == "push" and line["counts"]["held"] == 1
    # The translator corrects it: the note goes with the error.
    path = _pulled(samples, OSCE, "ru", tmp_path, {entry.msgid: entry.msgstr})
    invoke(runner, "push", str(path), "--as", "irina")
    fixed = read_catalog(ru).by_source()[entry.msgid]
    assert fixed.state is UnitState.TRANSLATED
    assert not any(n.startswith("check: ") for n in fixed.notes)


def test_a_blank_translation_is_pushed_as_untranslated(samples, tmp_path):
    kk = samples.catalog_path(COURSES, "kk")
    entry = polib.pofile(str(kk))[0]
    before = read_catalog(kk).by_source()[entry.msgid]
    path = _pulled(samples, COURSES, "kk", tmp_path, {entry.msgid: " \u200b "})
    result = actions.push(samples, who(samples, "aigerim"), path.read_bytes(), path.name)
    after = read_catalog(kk).by_source()[entry.msgid]
    assert (after.translation, after.state) == (before.translation, before.state)
    assert result.kept == 1


def test_a_reviewers_file_approves_nothing_with_an_error(samples, tmp_path):
    kk = samples.catalog_path(OSCE, "kk")
    entry = next(e for e in polib.pofile(str(kk)) if "ЕҚЫҰ" in e.msgstr)
    path = tmp_path / "review.po"
    path.write_text(
        actions.pull(samples, who(samples, "asel"), OSCE, "kk", review=True).text, encoding="utf-8"
    )
    po = polib.pofile(str(path))
    for e in po:
        if e.msgid == entry.msgid:
            e.msgstr = e.msgstr.replace("ЕҚЫҰ", "EҚЫҰ")  # a Latin E
    po.save(str(path))
    result = actions.push(
        samples, who(samples, "gulnara"), path.read_bytes(), path.name, review=True
    )
    unit = read_catalog(kk).by_source()[entry.msgid]
    assert unit.state is UnitState.NEEDS_WORK and result.held == [unit.where]
    assert any(f.check == "script" for f in result.findings)


# Review, waivers and the sign-off


def _unapproved_error(ws: Workspace) -> tuple[str, str]:
    """A translated unit whose text has an error (written before the checks saw it)."""
    from workflow import rules, store

    with store.opened(ws, OSCE) as stored:
        catalog = stored.catalog("ru")
        unit = next(u for u in catalog.units if "2026" in u.translation)
        rules.translate(unit, unit.translation.replace("2026", "2025"), who(ws, "irina").mark())
        stored.save(catalog)
    return unit.source, unit.where


def test_a_unit_with_an_error_cannot_be_approved_until_an_editor_waives_it(samples, runner):
    source, where = _unapproved_error(samples)
    olga = who(samples, "olga")
    queue = actions.review_queue(samples, olga, OSCE, "ru")
    assert [f.check for f in queue.findings[source]] == ["facts"]
    with pytest.raises(RuleError, match=f"{where} cannot be approved: facts: 2026"):
        actions.decide(samples, olga, OSCE, "ru", source, "approve")
    with pytest.raises(RuleError, match="cannot be approved: facts"):
        actions.decide(samples, olga, OSCE, "ru", source, "edit", text="В 2024 году.")
    # The translator may not waive; an editor may, with a note.
    refused = _waive(runner, where, "x", as_name="irina")
    assert refused.exit_code == 1 and "may not waive" in refused.stderr
    no_note = invoke(
        runner, "check", OSCE, "--waive", "facts", "--unit", where, "--lang", "ru", "--as", "erlan"
    )
    assert no_note.exit_code == 1 and "needs a note" in no_note.stderr
    before = snapshot(samples.root)
    nothing = _waive(runner, where, "x", check="script")
    assert nothing.exit_code == 1 and "finds nothing to waive" in nothing.stderr
    assert snapshot(samples.root) == before
    waived = _waive(runner, where, "the source year is a typo; the press office confirmed 2025")
    assert waived.exit_code == 0, waived.output
    assert f"Waived facts in {where} (ru)" in waived.stdout
    line = read_history(samples.journal_path(OSCE)).entries[-1]
    assert (line["action"], line["who"], line["check"], line["unit"]) == (
        "waive",
        "erlan",
        "facts",
        where,
    )
    assert f"facts in {where}: the source year is a typo" in invoke(runner, "log", OSCE).stdout
    result, findings = _check_json(runner, OSCE)
    assert (result.exit_code, findings) == (0, [])
    actions.decide(samples, olga, OSCE, "ru", source, "approve")


def test_a_waiver_lapses_when_the_text_changes(samples, runner):
    from workflow import rules, store

    source, where = _unapproved_error(samples)
    _waive(runner, where, "ok")
    assert _check_json(runner, OSCE)[0].exit_code == 0
    with store.opened(samples, OSCE) as stored:
        catalog = stored.catalog("ru")
        unit = catalog.by_source()[source]
        rules.translate(
            unit, unit.translation.replace("2025", "2024"), who(samples, "irina").mark()
        )
        stored.save(catalog)
    result, findings = _check_json(runner, OSCE)
    assert result.exit_code == 1 and [f["check"] for f in findings] == ["facts"]


def test_the_editor_cannot_approve_a_release_while_an_error_stands(samples):
    from workflow import rules, store

    with store.opened(samples, OSCE) as stored:  # approved before the checks knew better
        catalog = stored.catalog("kk")
        unit = next(u for u in catalog.units if "ЕҚЫҰ" in u.translation)
        unit.translation = unit.translation.replace("ЕҚЫҰ", "EҚЫҰ")
        rules.translate(unit, unit.translation, who(samples, "aigerim").mark())
        rules.approve(unit, who(samples, "gulnara").mark())
        stored.save(catalog)
    with pytest.raises(
        PressError, match=r"cannot approve 2026-11-12-osce-delegation: \d+ check errors stand"
    ):
        actions.approve(samples, who(samples, "erlan"), OSCE)


def test_the_terminal_review_shows_the_error_and_refuses_to_approve(samples, runner):
    _source, where = _unapproved_error(samples)
    result = invoke(runner, "review", OSCE, "--lang", "ru", "--as", "olga", input="a\nq\n")
    assert result.exit_code == 0, result.output
    assert "error: facts: 2026 is not in the translation" in result.stdout
    assert f"{where} cannot be approved: facts: 2026" in result.stderr
    assert "nothing decided" in result.stdout


# The whole workspace: worker processes, and results kept between runs


def _copy_release(ws: Workspace, release_id: str, new_id: str) -> None:
    shutil.copytree(ws.releases_dir / release_id, ws.releases_dir / new_id)
    for lang in ws.config.languages:
        path = ws.catalog_path(release_id, lang)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            ws.catalog_path(new_id, lang).write_text(text.replace(release_id, new_id))


def test_the_whole_workspace_in_worker_processes_finds_what_one_process_finds(
    samples, runner, monkeypatch
):
    from workflow.actions import check_workspace as module

    _copy_release(samples, OSCE, "2026-11-13-osce-delegation-again")
    _plant(
        samples,
        OSCE,
        "ru",
        {
            _first(samples.catalog_path(OSCE, "ru"), lambda e: "2026" in e.msgstr): lambda t, s: (
                t.replace("2026", "2025")
            )
        },
    )
    alone = _check_json(runner, "--all")[1]
    (samples.state_dir / "checks.sqlite").unlink()
    monkeypatch.setattr(module, "_PART", 1)  # four releases, four parts: the pool is used
    result, together = _check_json(runner, "--all")
    assert result.exit_code == 1 and together == alone
    assert {(f["release"], f["check"]) for f in together} >= {
        (OSCE, "facts"),
        (OSCE, "consistency"),  # the copy still has the right year
        ("2026-11-13-osce-delegation-again", "consistency"),
    }
    one = _check_json(runner, OSCE)[1]  # one release: the others from the memory
    assert {(f["release"], f["check"]) for f in one} == {(OSCE, "facts"), (OSCE, "consistency")}


def test_a_second_run_reads_only_what_changed(samples, runner):
    first = _check_json(runner, "--all")[1]
    assert first == [] and (samples.state_dir / "checks.sqlite").is_file()
    ru = samples.catalog_path(OSCE, "ru")
    year = _first(ru, lambda e: "2026" in e.msgstr)
    _plant(samples, OSCE, "ru", {year: lambda t, s: t.replace("2026", "2025")})
    changed = _check_json(runner, "--all")[1]
    assert [(f["release"], f["unit"], f["check"]) for f in changed] == [(OSCE, year, "facts")]
    where = read_catalog(ru).by_source()[year].where
    _waive(runner, where, "ok")
    assert _check_json(runner, "--all")[1] == []  # the journal changed: read again
    glossary = samples.translations_dir / "glossary.csv"
    glossary.write_text(
        glossary.read_text(encoding="utf-8") + "delegation,өкілдер,представительство,,,,,,\n",
        encoding="utf-8",
    )
    after = _check_json(runner, "--all")[1]
    assert any(f["check"] == "terminology" for f in after)  # the glossary changed: read again
    shutil.rmtree(samples.state_dir)
    assert _check_json(runner, "--all")[1] == after  # derived: the same without it


def test_a_release_that_cannot_be_read_is_named_and_the_exit_code_is_1(samples, runner):
    source = samples.source_path(COURSES)
    source.write_text(
        source.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8"
    )
    result = invoke(runner, "check", "--all")
    assert result.exit_code == 1
    assert f"Skipped {COURSES}: the source of {COURSES} changed" in result.stderr
    assert f"press update {COURSES}" in result.stderr
    assert "No problems in the 2 releases read" in result.stdout


def test_a_waiver_frees_a_unit_a_push_held_so_a_reviewer_sees_it(samples, runner, tmp_path):
    ru = samples.catalog_path(OSCE, "ru")
    entry = next(e for e in polib.pofile(str(ru)) if "2026" in e.msgstr)
    path = _pulled(
        samples, OSCE, "ru", tmp_path, {entry.msgid: entry.msgstr.replace("2026", "2025")}
    )
    invoke(runner, "push", str(path), "--as", "irina")
    held = read_catalog(ru).by_source()[entry.msgid]
    assert held.state is UnitState.NEEDS_WORK
    result = _waive(runner, held.where, "the year is right")
    assert result.exit_code == 0, result.output
    freed = read_catalog(ru).by_source()[entry.msgid]
    assert freed.state is UnitState.TRANSLATED and not any(
        n.startswith("check: ") for n in freed.notes
    )
    queue = actions.review_queue(samples, who(samples, "olga"), OSCE, "ru")
    assert [u.source for u in queue.waiting] == [entry.msgid] and queue.findings[entry.msgid] == []
    actions.decide(samples, who(samples, "olga"), OSCE, "ru", entry.msgid, "approve")


def test_a_damaged_results_file_is_made_again(samples, runner):
    import sqlite3

    samples.state_dir.mkdir(exist_ok=True)
    (samples.state_dir / "checks.sqlite").write_bytes(b"not a database" * 100)
    assert _check_json(runner, "--all")[0].exit_code == 0
    with sqlite3.connect(samples.state_dir / "checks.sqlite") as db:
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 3
