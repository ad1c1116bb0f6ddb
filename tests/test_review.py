"""Review and approval: roles, four eyes, the editor's sign-off, derived state, journal."""

from __future__ import annotations

import json

import polib
import pytest
from conftest import invoke, snapshot, translation, who

from workflow.actions import pull, push
from workflow.errors import ConflictError, PressError
from workflow.model import UnitState
from workflow.people import PERMISSIONS, Action
from workflow.po.catalogs import read_catalog
from workflow.status import release_status
from workflow.workspace import Workspace


def _file(ws, rid, lang, tmp_path, edit=None, review=False):
    """A pulled file, every unit filled (or changed by ``edit``), as bytes."""
    path = tmp_path / f"{lang}.po"
    path.write_text(pull(ws, who(ws), rid, lang, review=review).text, encoding="utf-8")
    po = polib.pofile(str(path))
    for entry in po:
        if edit:
            edit(entry)
        elif not entry.msgstr:
            entry.msgstr = translation(entry.msgid, lang)
    po.save(str(path))
    return path.read_bytes()


def _translate_and_approve(ws, rid, tmp_path):
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    push(ws, who(ws, "irina"), _file(ws, rid, "ru", tmp_path), "ru.po")
    push(ws, who(ws, "gulnara"), _file(ws, rid, "kk", tmp_path, review=True), "kk.po", review=True)
    push(ws, who(ws, "olga"), _file(ws, rid, "ru", tmp_path, review=True), "ru.po", review=True)


def _state(ws, rid):
    return release_status(ws, rid)["state"]


# The permission table, row by row: every (action, role) allowed, every other refused.

ROLE_OF = {"translator": "aigerim", "reviewer": "gulnara", "editor": "erlan", "publisher": "asel"}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(ROLE_OF))
def test_permission_table(team, action, role):
    ws, _rid = team
    allowed = (action, role) in PERMISSIONS
    actor = who(ws, ROLE_OF[role])
    if allowed:
        actor.require(action, "kk")
    else:
        with pytest.raises(PressError, match="may not"):
            actor.require(action, "kk")


@pytest.mark.parametrize(("action", "name"), [(Action.PUSH, "aigerim"), (Action.REVIEW, "gulnara")])
def test_language_bound_roles_stay_in_their_language(team, action, name):
    ws, _rid = team
    with pytest.raises(PressError, match="in ru"):
        who(ws, name).require(action, "ru")


def test_unknown_or_missing_identity_may_read_but_not_change(team, tmp_path, runner):
    ws, rid = team
    assert invoke(runner, "status", rid).exit_code == 0
    for reading in (
        ["status", rid],
        ["list"],
        ["log", rid],
        ["pull", rid, "--lang", "kk", "-o", "-"],
    ):
        assert invoke(runner, *reading, "--as", "aigerim").exit_code == 0  # --as is welcome
    before = snapshot(ws.root)
    result = invoke(runner, "ingest", str(tmp_path / "r.md"), "--id", "other")
    assert result.exit_code == 1 and "no one is named" in result.stderr
    result = invoke(runner, "ingest", str(tmp_path / "r.md"), "--id", "other", "--as", "nobody")
    assert "'nobody' is not one of" in result.stderr
    result = invoke(runner, "ingest", str(tmp_path / "r.md"), "--id", "other", "--dry-run")
    assert result.exit_code == 0, result.stderr  # a reading: anyone may ask
    assert snapshot(ws.root) == before


def test_single_user_workspace_may_do_everything(workspace, ingested, tmp_path):
    push(workspace, who(workspace), _file(workspace, ingested, "kk", tmp_path), "kk.po")
    push(workspace, who(workspace), _file(workspace, ingested, "ru", tmp_path), "ru.po")
    for lang in ("kk", "ru"):  # no four eyes for a single user
        data = _file(workspace, ingested, lang, tmp_path, review=True)
        assert push(workspace, who(workspace), data, "r.po", review=True).changed == {"approved": 8}
    assert _state(workspace, ingested) == "ready"


def test_a_review_file_is_pushed_with_review_only(team, tmp_path, runner):
    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    path = tmp_path / "r.kk.review.po"
    path.write_bytes(_file(ws, rid, "kk", tmp_path, review=True))
    before = snapshot(ws.root)
    result = invoke(runner, "push", str(path), "--as", "gulnara")
    assert result.exit_code == 1 and "is a review file" in result.stderr
    assert f"push it with 'press push {path.name} --review'" in result.stderr
    assert snapshot(ws.root) == before
    result = invoke(runner, "push", str(path), "--review", "--as", "gulnara")
    assert result.exit_code == 0 and "8 approved" in result.stdout


def test_translator_cannot_approve(team, tmp_path):
    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    with pytest.raises(PressError, match="aigerim \\(translator\\) may not review"):
        push(
            ws,
            who(ws, "aigerim"),
            _file(ws, rid, "kk", tmp_path, review=True),
            "kk.po",
            review=True,
        )


def test_four_eyes_a_reviewer_cannot_approve_own_work(team, tmp_path, runner):
    ws, rid = team
    push(ws, who(ws, "bota"), _file(ws, rid, "kk", tmp_path), "kk.po")
    result = push(
        ws, who(ws, "bota"), _file(ws, rid, "kk", tmp_path, review=True), "kk.po", review=True
    )
    assert result.own == 8 and result.total_changed == 0
    interactive = invoke(runner, "review", rid, "--lang", "kk", "--as", "bota", input="a\nq\n")
    assert "8 units you translated are left for another reviewer" in interactive.stdout
    assert release_status(ws, rid)["languages"]["kk"]["approved"] == 0
    other = push(
        ws, who(ws, "gulnara"), _file(ws, rid, "kk", tmp_path, review=True), "kk.po", review=True
    )
    assert other.changed == {"approved": 8}


def test_four_eyes_can_be_turned_off(team, tmp_path):
    ws, rid = team
    config = ws.root / "press.toml"
    config.write_text("four_eyes = false\n" + config.read_text())
    ws = Workspace.find()
    push(ws, who(ws, "bota"), _file(ws, rid, "kk", tmp_path), "kk.po")
    result = push(
        ws, who(ws, "bota"), _file(ws, rid, "kk", tmp_path, review=True), "kk.po", review=True
    )
    assert result.changed == {"approved": 8}


def test_review_push_sends_back_and_corrects(team, tmp_path):
    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")

    def review(entry):
        if entry.msgid == "ASTANA":
            entry.flags.append("fuzzy")
            entry.tcomment = "Use capitals as in the source."
        elif entry.msgid == "News":
            entry.msgstr = "Жаңалықтар"

    result = push(
        ws,
        who(ws, "gulnara"),
        _file(ws, rid, "kk", tmp_path, edit=review, review=True),
        "kk.po",
        review=True,
    )
    assert result.changed == {"sent_back": 1, "edited": 1, "approved": 6}
    units = read_catalog(ws.catalog_path(rid, "kk")).by_source()
    assert units["ASTANA"].state is UnitState.NEEDS_WORK
    assert units["ASTANA"].notes[-1].endswith("Use capitals as in the source.")
    assert units["News"].state is UnitState.APPROVED
    assert units["News"].approved_by.who == "gulnara"


def test_an_approval_mark_in_a_pushed_file_is_never_trusted(team, tmp_path):
    ws, rid = team

    def forge(entry):
        entry.msgstr = "X"
        entry.tcomment = "press: approved by gulnara on 2026-11-26 (text 000000000000)"

    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path, edit=forge), "kk.po")
    counts = release_status(ws, rid)["languages"]["kk"]
    assert counts["approved"] == 0 and counts["translated"] == 8


def test_the_whole_sign_off(team, tmp_path, runner):
    ws, rid = team
    refused = invoke(runner, "approve", rid, "--as", "erlan")
    assert refused.exit_code == 1 and "it is translating" in refused.stderr
    assert "not approved yet: kk 8 untranslated; ru 8 untranslated" in refused.stderr
    _translate_and_approve(ws, rid, tmp_path)
    assert _state(ws, rid) == "ready"
    assert invoke(runner, "export", rid, "--as", "asel").exit_code == 1
    assert invoke(runner, "approve", rid, "--as", "gulnara").exit_code == 1
    assert invoke(runner, "approve", rid, "--as", "erlan").exit_code == 0
    assert _state(ws, rid) == "approved"
    assert release_status(ws, rid)["approval"]["by"] == "erlan"
    assert invoke(runner, "export", rid, "--as", "aigerim").exit_code == 1
    assert invoke(runner, "export", rid, "--as", "asel").exit_code == 0

    # a changed translation drops its approval and the release's
    def change(entry):
        if entry.msgid == "News":
            entry.msgstr = "Жаңалық"

    kk = tmp_path / "changed.kk.po"
    kk.write_bytes(_file(ws, rid, "kk", tmp_path, edit=change))
    pushed = invoke(runner, "push", str(kk), "--as", "aigerim")
    assert pushed.exit_code == 0
    assert f"{rid} was approved; this push changed it" in pushed.stdout
    assert _state(ws, rid) == "in_review"
    refused = invoke(runner, "export", rid, "--as", "asel")
    assert refused.exit_code == 1 and "not approved" in refused.stderr

    push(ws, who(ws, "gulnara"), _file(ws, rid, "kk", tmp_path, review=True), "kk.po", review=True)
    assert _state(ws, rid) == "ready"
    assert invoke(runner, "approve", rid, "--as", "erlan").exit_code == 0
    assert invoke(runner, "publish", rid, "--as", "asel").exit_code == 0
    assert _state(ws, rid) == "published"

    # after publication a change reopens it and the next approval is a correction
    invoke(runner, "reject", rid, "--note", "Title wording", "--lang", "ru", "--as", "erlan")
    assert _state(ws, rid) == "in_review"
    push(ws, who(ws, "olga"), _file(ws, rid, "ru", tmp_path, review=True), "ru.po", review=True)
    result = invoke(runner, "approve", rid, "--as", "erlan")
    assert "correction" in result.stdout

    entries = json.loads(invoke(runner, "log", rid, "--json").stdout)
    assert {e["who"] for e in entries} == {"asel", "aigerim", "irina", "gulnara", "olga", "erlan"}
    assert [e["action"] for e in entries if e["action"] in ("approve", "publish", "reject")] == [
        "approve",
        "approve",
        "publish",
        "reject",
        "approve",
    ]
    assert entries[-1]["correction"] is True
    table = invoke(runner, "log", rid).stdout
    assert "erlan" in table and "approve (correction)" in table


def test_a_source_edit_takes_the_release_out_of_approved(team, tmp_path, runner):
    ws, rid = team
    _translate_and_approve(ws, rid, tmp_path)
    invoke(runner, "approve", rid, "--as", "erlan")
    source = ws.source_path(rid)
    source.write_text(source.read_text().replace("language policy", "language  policy"))
    assert _state(ws, rid) != "approved"


def test_interactive_review(team, tmp_path, runner):
    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    keys = "a\ns\nCheck the name.\ne\nЖаңалықтар\nk\nq\n"
    result = invoke(runner, "review", rid, "--lang", "kk", "--as", "gulnara", input=keys)
    assert result.exit_code == 0, result.output
    assert "1/8" in result.stdout and "Review saved" in result.stdout
    counts = release_status(ws, rid)["languages"]["kk"]
    assert counts["approved"] == 2 and counts["needs_work"] == 1
    log = [
        e
        for e in json.loads(invoke(runner, "log", rid, "--json").stdout)
        if e["action"] == "review"
    ]
    assert [list(e["counts"]) for e in log] == [["approved"], ["sent_back"], ["edited"]]
    # quitting by closing the input keeps what was decided
    again = invoke(runner, "review", rid, "--lang", "kk", "--as", "gulnara", input="a\n")
    assert again.exit_code == 0
    assert release_status(ws, rid)["languages"]["kk"]["approved"] == 3


def test_draft_export_marks_and_final_export_has_none(team, tmp_path, runner):
    ws, rid = team
    assert invoke(runner, "export", rid, "--draft", "--format", "html").exit_code == 0
    html = (ws.export_dir(rid) / f"{rid}.kk.html").read_text()
    assert "ЖОБА" in html
    _translate_and_approve(ws, rid, tmp_path)
    invoke(runner, "approve", rid, "--as", "erlan")
    assert invoke(runner, "export", rid, "--as", "asel", "--format", "html").exit_code == 0
    html = (ws.export_dir(rid) / f"{rid}.kk.html").read_text()
    assert "ЖОБА" not in html


def _set(source: str, text: str):
    def edit(entry):
        if entry.msgid == source:
            entry.msgstr = text

    return edit


def test_a_stale_review_file_neither_reverts_nor_approves_newer_work(team, tmp_path):
    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    (tmp_path / "reviewer").mkdir()
    review_file = _file(ws, rid, "kk", tmp_path / "reviewer", review=True)  # pulled now
    push(
        ws,
        who(ws, "aigerim"),
        _file(ws, rid, "kk", tmp_path, edit=_set("News", "Жаңалықтар")),
        "fix.po",
    )
    result = push(ws, who(ws, "gulnara"), review_file, "review.po", review=True)
    assert result.newer == 1 and result.changed == {"approved": 7}
    news = read_catalog(ws.catalog_path(rid, "kk")).by_source()["News"]
    assert news.translation == "Жаңалықтар" and news.state is UnitState.TRANSLATED


def test_an_old_file_does_not_overwrite_a_reviewers_correction(team, tmp_path, runner):
    ws, rid = team
    first = _file(ws, rid, "kk", tmp_path)
    push(ws, who(ws, "aigerim"), first, "kk.po")
    keys = "e\nЖаңалықтар\nq\n"  # the first unit in the queue is the rubric "News"
    invoke(runner, "review", rid, "--lang", "kk", "--as", "gulnara", input=keys)
    before = snapshot(ws.root)
    with pytest.raises(ConflictError, match="r1 'News': workspace «Жаңалықтар», file «"):
        push(ws, who(ws, "aigerim"), first, "kk.po")  # the same old file again
    assert snapshot(ws.root) == before
    news = read_catalog(ws.catalog_path(rid, "kk")).by_source()["News"]
    assert news.translation == "Жаңалықтар" and news.state is UnitState.APPROVED


def test_both_sides_changed_is_a_conflict_and_the_workspace_wins(team, tmp_path, runner):
    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    path = tmp_path / "mine.po"
    path.write_text(pull(ws, who(ws), rid, "kk").text, encoding="utf-8")  # bota's copy
    push(
        ws,
        who(ws, "aigerim"),
        _file(ws, rid, "kk", tmp_path, edit=_set("News", "Жаңалықтар")),
        "a.po",
    )
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid in ("News", "ASTANA"):
            entry.msgstr = {"News": "Хабарлар", "ASTANA": "АСТАНА қаласы"}[entry.msgid]
    po.save(str(path))
    before = snapshot(ws.root)
    result = invoke(runner, "push", str(path), "--as", "bota")
    assert result.exit_code == 1  # refused as a whole: nothing is overwritten
    assert len(result.stderr.strip().splitlines()) == 1
    assert "r1 'News': workspace «Жаңалықтар», file «Хабарлар»" in result.stderr
    assert snapshot(ws.root) == before
    result = invoke(runner, "push", str(path), "--as", "bota", "--skip-conflicts")
    assert result.exit_code == 0 and "Left 1 unit changed in the workspace" in result.stdout
    units = read_catalog(ws.catalog_path(rid, "kk")).by_source()
    assert units["News"].translation == "Жаңалықтар"
    assert units["ASTANA"].translation == "АСТАНА қаласы"
    result = invoke(runner, "push", str(path), "--as", "bota", "--force")
    assert result.exit_code == 0 and "Took this file's text for 1 unit changed" in result.stdout
    assert read_catalog(ws.catalog_path(rid, "kk")).by_source()["News"].translation == "Хабарлар"
    last = json.loads(ws.journal_path(rid).read_text().splitlines()[-1])
    assert last["forced"] == ["r1"]


def test_a_translator_may_overwrite_their_own_later_work(team, tmp_path):
    ws, rid = team
    path = tmp_path / "own.po"
    path.write_text(pull(ws, who(ws), rid, "kk").text, encoding="utf-8")
    for text in ("Жаңалық", "Жаңалықтар"):
        po = polib.pofile(str(path))
        next(e for e in po if e.msgid == "News").msgstr = text
        po.save(str(path))
        push(ws, who(ws, "aigerim"), path.read_bytes(), "own.po")
    news = read_catalog(ws.catalog_path(rid, "kk")).by_source()["News"]
    assert news.translation == "Жаңалықтар"


def test_a_send_back_note_is_settled_by_the_approval(team, tmp_path, runner):
    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    invoke(runner, "review", rid, "--lang", "kk", "--as", "gulnara", input="s\nCapitals.\nq\n")
    news = read_catalog(ws.catalog_path(rid, "kk")).by_source()["News"]
    assert news.state is UnitState.NEEDS_WORK and news.notes[-1].endswith("Capitals.")

    def fix(entry):
        if entry.msgid == "News":
            entry.msgstr = "ЖАҢАЛЫҚТАР"
            entry.flags.remove("fuzzy")  # the translator settles it

    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path, edit=fix), "fix.po")
    invoke(runner, "review", rid, "--lang", "kk", "--as", "gulnara", input="a\nq\n")
    news = read_catalog(ws.catalog_path(rid, "kk")).by_source()["News"]
    assert news.state is UnitState.APPROVED and news.notes == []


def test_a_reviewer_may_fill_an_untranslated_unit_and_send_it_back(team, tmp_path):
    ws, rid = team

    def partly(entry):
        if entry.msgid != "News":
            entry.msgstr = translation(entry.msgid, "kk")

    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path, edit=partly), "kk.po")

    def suggest(entry):
        if entry.msgid == "News":
            entry.msgstr, entry.flags = "Жаңалықтар", ["fuzzy"]
            entry.tcomment = "My suggestion; check the house style."

    data = _file(ws, rid, "kk", tmp_path, edit=suggest, review=True)
    result = push(ws, who(ws, "gulnara"), data, "kk.review.po", review=True)
    assert result.changed == {"sent_back": 1, "approved": 7}
    news = read_catalog(ws.catalog_path(rid, "kk")).by_source()["News"]
    assert news.state is UnitState.NEEDS_WORK and news.translation == "Жаңалықтар"
    assert news.notes[-1].endswith("My suggestion; check the house style.")


def test_a_decision_on_a_unit_that_changed_since_it_was_shown_is_refused(team, tmp_path):
    from workflow.actions import decide, review_queue
    from workflow.errors import ConflictError, RuleError

    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    queue = review_queue(ws, who(ws, "gulnara"), rid, "kk")
    first, second = queue.waiting[:2]
    decide(ws, who(ws, "bota"), rid, "kk", first.source, "send back", note="Wrong word.")
    with pytest.raises(RuleError, match="was sent back to its translator meanwhile"):
        decide(ws, who(ws, "gulnara"), rid, "kk", first.source, "approve", shown=first.translation)
    push(
        ws,
        who(ws, "aigerim"),
        _file(ws, rid, "kk", tmp_path, edit=_set(second.source, "Жаңа")),
        "kk.po",
    )
    with pytest.raises(ConflictError, match="was changed by aigerim since you saw it"):
        decide(
            ws, who(ws, "gulnara"), rid, "kk", second.source, "approve", shown=second.translation
        )
    units = read_catalog(ws.catalog_path(rid, "kk")).by_source()
    assert units[first.source].state is UnitState.NEEDS_WORK
    assert units[first.source].notes[-1].endswith("Wrong word.")
    assert units[second.source].state is UnitState.TRANSLATED


def test_an_unknown_decision_is_one_clear_refusal(team):
    from workflow.actions import decide

    ws, rid = team
    with pytest.raises(PressError, match="unknown decision 'approved'"):
        decide(ws, who(ws, "gulnara"), rid, "kk", "News", "approved")


def test_two_copies_pulled_by_one_person_clash_on_the_unit_both_changed(team, tmp_path, runner):
    """A coordinator pulls the file twice (one copy per freelancer) and pushes both: the
    second copy's change to a unit the first changed is a conflict, whoever pushes."""
    ws, rid = team
    push(ws, who(ws, "aigerim"), _file(ws, rid, "kk", tmp_path), "kk.po")
    copies = []
    for name in ("first", "second"):
        path = tmp_path / f"{name}.po"
        path.write_text(pull(ws, who(ws), rid, "kk").text, encoding="utf-8")
        copies.append(path)
    for path, text in zip(copies, ("Жаңалық", "Хабар"), strict=True):
        po = polib.pofile(str(path))
        next(e for e in po if e.msgid == "News").msgstr = text
        if text == "Хабар":  # the second copy also changes a unit the first left alone
            next(e for e in po if e.msgid == "ASTANA").msgstr = "АСТАНА қ."
        po.save(str(path))
    assert invoke(runner, "push", str(copies[0]), "--as", "aigerim").exit_code == 0
    result = invoke(runner, "push", str(copies[1]), "--as", "aigerim")
    assert result.exit_code == 1
    assert "r1 'News': workspace «Жаңалық», file «Хабар»" in result.stderr
    units = read_catalog(ws.catalog_path(rid, "kk")).by_source()
    assert units["News"].translation == "Жаңалық"  # the first copy's, not overwritten
    assert units["ASTANA"].translation != "АСТАНА қ."  # nothing of the second copy is in


def test_a_pulled_file_passes_msgfmt_with_its_token(team, tmp_path):
    import shutil
    import subprocess

    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext is not installed")
    ws, rid = team
    path = tmp_path / "kk.po"
    path.write_text(pull(ws, who(ws), rid, "kk").text, encoding="utf-8")
    done = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "X-Press-Pull: " in path.read_text(encoding="utf-8")
