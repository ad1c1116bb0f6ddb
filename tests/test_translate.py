"""press translate: machine drafts through the official DeepL client, against a DeepL-like server.

Nothing is mocked: the client sends real HTTP requests to ``deepl_server.FakeDeepL``
on 127.0.0.1, which answers as DeepL's v2 API does.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import deepl
import pytest
from conftest import DATA, RELEASE_MD, ingest_file, invoke, snapshot, who
from deepl_server import KEY, FakeDeepL

from workflow import actions, store
from workflow.errors import PressError
from workflow.machine import MachineError, connect
from workflow.model import UnitState
from workflow.rules import is_machine_output
from workflow.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
DIGEST = DATA / "regions-digest-en.md"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):
    """The DeepL-like server, with the client pointed at it and its retries off."""
    monkeypatch.setattr(deepl.http_client, "max_network_retries", 0)
    with FakeDeepL() as fake:
        monkeypatch.setenv("DEEPL_AUTH_KEY", KEY)
        monkeypatch.setenv("DEEPL_SERVER_URL", fake.url)
        yield fake


def engine(ws: Workspace, server: FakeDeepL, key: str = KEY):
    return connect(ws.config.machine, key, server.url)


def run(ws: Workspace, server: FakeDeepL, ids=None, lang=None, **options):
    return actions.translate(
        ws, who(ws), ids, lang, engine=options.pop("engine", None) or engine(ws, server), **options
    )


def units(ws: Workspace, release_id: str, lang: str):
    return store.load(ws, release_id).catalog(lang).units


def another_release(ws, folder: Path, release_id: str, *edits: tuple[str, str]) -> str:
    """The sample release again, dated as its id says, with ``edits`` (old, new) made to it."""
    text = RELEASE_MD.replace("2026-11-12", release_id[:10])
    for old, new in edits:
        text = text.replace(old, new)
    path = folder / f"{release_id}.md"
    path.write_text(text, encoding="utf-8")
    return ingest_file(ws, path, release_id=release_id).release_id


def set_config(ws: Workspace, text: str) -> Workspace:
    path = ws.root / "press.toml"
    path.write_text(path.read_text() + text, encoding="utf-8")
    return Workspace.find(ws.root)


# Drafts


def test_a_release_is_pre_translated_as_drafts_that_need_work(workspace, ingested, server):
    result = run(workspace, server, [ingested], "kk")
    drafts = units(workspace, ingested, "kk")
    assert {u.state for u in drafts} == {UnitState.NEEDS_WORK}
    assert all(is_machine_output(u) for u in drafts)
    known = next(u for u in drafts if u.source == "We value our cooperation.")
    assert known.translation == "Біз ынтымақтастығымызды бағалаймыз."
    assert any(n.startswith("machine: DeepL, ") for n in known.notes)
    (body,) = server.translations()
    assert body["source_lang"] == "EN" and body["target_lang"] == "KK"
    assert body["tag_handling"] == "xml"
    assert "formality" not in body and "glossary_id" not in body  # Kazakh takes neither
    assert "The sides discussed language policy." in body["context"]
    row = result.rows[0]
    assert row.machine == row.units == len(drafts) and result.billed == server.count
    journal = [json.loads(x) for x in workspace.journal_path(ingested).read_text().splitlines()]
    assert journal[-1]["action"] == "translate" and journal[-1]["billed"] == server.count
    assert journal[-1]["counts"] == {"machine": len(drafts)}


def test_the_po_file_says_where_a_draft_came_from(workspace, ingested, server):
    run(workspace, server, [ingested], "ru")
    text = workspace.catalog_path(ingested, "ru").read_text(encoding="utf-8")
    assert "#, fuzzy" in text and "# machine: DeepL, " in text
    assert 'msgstr "Мы ценим наше сотрудничество."' in text


def test_batches_hold_at_most_fifty_texts_with_their_paragraphs(workspace, server):
    release = ingest_file(workspace, DIGEST).release_id
    total = len(units(workspace, release, "kk"))
    assert total > 50
    run(workspace, server, [release], "kk")
    bodies = server.translations()
    assert len(bodies) >= 2 and all(len(b["text"]) <= 50 for b in bodies)
    assert sum(len(b["text"]) for b in bodies) == total
    for body in bodies:
        assert all(text in body["context"] for text in body["text"] if "Friendship in" in text)


def test_russian_uses_a_glossary_made_from_the_workspace_glossary(workspace, ingested, server):
    shutil.copy(REPO / "translations" / "glossary.csv", workspace.translations_dir)
    run(workspace, server, [ingested], "ru")
    (glossary,) = server.glossaries.values()
    assert glossary["source_lang"] == "en" and glossary["target_lang"] == "ru"
    assert glossary["entries"]["Assembly of People of Kazakhstan"] == "Ассамблея народа Казахстана"
    (body,) = server.translations()
    assert body["glossary_id"] == glossary["glossary_id"]
    draft = next(u for u in units(workspace, ingested, "ru") if u.source.startswith("The Deputy"))
    assert "Ассамблея народа Казахстана" in draft.translation
    # the next run finds the glossary it made, and makes no other
    release = ingest_file(workspace, DIGEST).release_id
    run(workspace, server, [release], "ru")
    assert len(server.glossaries) == 1
    assert server.translations()[-1]["glossary_id"] == glossary["glossary_id"]


def test_formality_goes_only_where_deepl_takes_it(workspace, ingested, server):
    ws = set_config(workspace, '\n[machine]\nformality = "more"\n')
    run(ws, server, [ingested])
    sent = {b["target_lang"]: b for b in server.translations()}
    assert sent["RU"]["formality"] == "more"
    assert "formality" not in sent["KK"]


def test_markup_and_links_go_as_tags_and_come_back(workspace, server, tmp_path):
    source = tmp_path / "links.md"
    source.write_text(
        '---\ntitle: "Registration opens"\nlanguage: en\n---\n\n'
        "Registration is open on [the Assembly's website](https://assembly.kz/en) "
        "until **15 December**.\n",
        encoding="utf-8",
    )
    release = ingest_file(workspace, source).release_id
    run(workspace, server, [release], "kk")
    sent = server.texts()
    assert any('<a i="0">' in t and "<b>15 December</b>" in t for t in sent)
    assert all("https://" not in t for t in sent)  # the address never leaves the workspace
    unit = next(u for u in units(workspace, release, "kk") if "Registration is" in u.source)
    assert "](https://assembly.kz/en)" in unit.translation and "**15 " in unit.translation
    assert not any("check" in n for n in unit.notes)


def test_a_draft_with_lost_tags_or_numbers_carries_a_note(workspace, server, tmp_path):
    source = tmp_path / "links.md"
    source.write_text(
        '---\ntitle: "Courses"\nlanguage: en\n---\n\n'
        "See **the schedule** of the 14 courses.\n\nAbout 1,200 people took part in 2026.\n",
        encoding="utf-8",
    )
    release = ingest_file(workspace, source).release_id
    server.spoil = lambda text: text.replace("<b>", "").replace("</b>", "").replace("1,200", "")
    run(workspace, server, [release], "kk")
    notes = {u.source: u.notes for u in units(workspace, release, "kk")}
    assert any("bold or italics" in n for n in notes["See **the schedule** of the 14 courses."])
    assert any("1200" in n for n in notes["About 1,200 people took part in 2026."])
    assert not any("check" in n for n in notes["Courses"])


# Never paid twice, never over someone's work


def test_a_dry_run_sends_nothing_and_changes_nothing(workspace, ingested, server, runner):
    before = snapshot(workspace.root)
    result = invoke(runner, "translate", ingested, "--dry-run")
    assert result.exit_code == 0, result.output
    assert server.translations() == [] and not server.glossaries
    assert snapshot(workspace.root) == before
    assert "Dry run: nothing was sent to DeepL." in result.output
    assert "Would bill up to 558 characters" in result.output
    assert "0 characters used this period of 500,000 (500,000 left)" in result.output


def test_a_second_release_with_the_same_sentences_comes_from_the_cache(
    workspace, ingested, server, tmp_path
):
    run(workspace, server, [ingested], "kk")
    first = len(server.texts())
    second = another_release(
        workspace,
        tmp_path,
        "2026-11-13-osce-follow-up",
        ("Unity is our common asset.", "Unity is the foundation of our country."),
    )
    dry = run(workspace, server, [second], "kk", dry_run=True)
    assert dry.rows[0].cached == dry.rows[0].units - 1 and dry.rows[0].machine == 1
    result = run(workspace, server, [second], "kk")
    assert server.texts()[first:] == ["Unity is the foundation of our country."]
    assert result.rows[0].cached == result.rows[0].units - 1
    assert {u.state for u in units(workspace, second, "kk")} == {UnitState.NEEDS_WORK}


def test_a_run_served_from_the_cache_sends_no_request(workspace, ingested, server):
    run(workspace, server, [ingested], "kk")
    requests = len(server.translations())
    path = workspace.catalog_path(ingested, "kk")
    path.unlink()  # the file is gone; the drafts are still paid for
    (workspace.root / "press.toml").touch()
    result = run(workspace, server, [ingested], "kk")
    assert len(server.translations()) == requests and result.billed == 0
    assert result.rows[0].cached == result.rows[0].units


def test_human_work_is_never_overwritten(workspace, ingested, server, tmp_path):
    _push(workspace, ingested, "kk", {"We value our cooperation.": "Біз әріптестікті бағалаймыз."})
    run(workspace, server, [ingested], "kk", include_needs_work=True)
    by_source = {u.source: u for u in units(workspace, ingested, "kk")}
    kept = by_source["We value our cooperation."]
    assert kept.translation == "Біз әріптестікті бағалаймыз." and kept.state is UnitState.TRANSLATED
    assert "We value our cooperation." not in server.texts()


def test_include_needs_work_redoes_drafts_no_person_wrote(workspace, ingested, server):
    run(workspace, server, [ingested], "ru")
    again = run(workspace, server, [ingested], "ru", include_needs_work=True)
    assert again.rows[0].units == 8 and again.rows[0].cached == 8  # the same options: free
    assert again.billed == 0 and again.rows[0].filled == 0  # and the same drafts
    ws = set_config(workspace, '\n[machine]\nformality = "more"\n')
    server.spoil = lambda text: text.replace("Стороны", "Участники")
    redone = run(ws, server, [ingested], "ru", include_needs_work=True)
    assert redone.rows[0].machine == 8 and redone.billed == 279  # another option: another draft
    assert redone.rows[0].filled == 1
    unit = next(u for u in units(ws, ingested, "ru") if u.source.startswith("The sides"))
    assert unit.translation.startswith("Участники") and is_machine_output(unit)


def test_include_needs_work_keeps_a_translators_fuzzy_text(workspace, ingested, server):
    run(workspace, server, [ingested], "kk")
    _push(workspace, ingested, "kk", {"ASTANA": "Астана"}, fuzzy=True)
    server.spoil = lambda text: text + "!"
    ws = set_config(workspace, '\n[machine]\nformality = "less"\n')  # would redo every draft
    run(ws, server, [ingested], "kk", include_needs_work=True)
    unit = next(u for u in units(ws, ingested, "kk") if u.source == "ASTANA")
    assert unit.state is UnitState.NEEDS_WORK and unit.translated_by.who == "tester"
    assert "ASTANA" not in [t for b in server.translations()[1:] for t in b["text"]]


def test_memory_comes_first(workspace, ingested, server, tmp_path):
    """An approved exact match is never sent; a 90% match is offered instead of a draft."""
    second = another_release(
        workspace,
        tmp_path,
        "2026-11-20-second-meeting",
        ("The sides discussed language policy.\n", "The sides discussed the language policy.\n"),
    )
    sentences = {
        "We value our cooperation.": "Біз ынтымақтастығымызды жоғары бағалаймыз.",
        "The sides discussed language policy.": "Тараптар тіл саясатын талқылады.",
    }
    _push(workspace, ingested, "kk", sentences)  # the memory grows after the ingest
    for source in sentences:
        _approve(workspace, ingested, "kk", source)
    result = run(workspace, server, [second], "kk")
    sent = server.texts()
    assert "We value our cooperation." not in sent
    assert "The sides discussed the language policy." not in sent  # offered from the memory
    by_source = {u.source: u for u in units(workspace, second, "kk")}
    exact = by_source["We value our cooperation."]
    assert exact.state is UnitState.TRANSLATED and exact.translation == sentences[exact.source]
    offered = by_source["The sides discussed the language policy."]
    assert offered.translation == "Тараптар тіл саясатын талқылады."
    assert offered.state is UnitState.NEEDS_WORK and not is_machine_output(offered)
    assert (result.rows[0].memory_exact, result.rows[0].memory_fuzzy) == (1, 1)
    again = run(workspace, server, [second], "kk", include_needs_work=True, prefer_machine=True)
    assert "The sides discussed the language policy." in server.texts()
    assert again.rows[0].machine == 1 and is_machine_output(
        next(u for u in units(workspace, second, "kk") if u.source == offered.source)
    )


def test_the_memory_never_offers_a_machine_draft(workspace, ingested, server, tmp_path):
    run(workspace, server, [ingested], "kk")
    _push(workspace, ingested, "kk", {}, accept_drafts=True)  # fuzzy cleared, text not touched
    kept = next(u for u in units(workspace, ingested, "kk") if u.source == "ASTANA")
    assert kept.state is UnitState.TRANSLATED and is_machine_output(kept)
    second = another_release(workspace, tmp_path, "2026-11-21-again")
    assert {u.state for u in units(workspace, second, "kk")} == {UnitState.UNTRANSLATED}
    found = actions.search(workspace, who(workspace), "We value our cooperation.", lang="kk")
    assert found == []


def test_a_person_who_changes_a_unit_meanwhile_keeps_their_text(workspace, ingested, server):
    def meanwhile(done: int, total: int) -> None:
        _push(workspace, ingested, "kk", {"ASTANA": "АСТАНА"})

    result = run(workspace, server, [ingested], "kk", progress=meanwhile)
    unit = next(u for u in units(workspace, ingested, "kk") if u.source == "ASTANA")
    assert unit.state is UnitState.TRANSLATED and not is_machine_output(unit)
    assert result.rows[0].kept == 1


def test_all_translates_every_release_with_units_to_translate(workspace, ingested, server):
    second = ingest_file(workspace, DIGEST).release_id
    result = run(workspace, server, None, "ru")
    assert {r.release_id for r in result.rows} == {ingested, second}
    again = run(workspace, server, None, "ru")  # nothing left: nothing to do, no error
    assert again.rows == [] and again.billed == 0
    russian = ingest_file(
        workspace, REPO / "releases" / "2026-11-24-language-courses" / "source.md"
    )
    result = run(workspace, server, None, "ru")  # a Russian release has nothing into Russian
    assert result.rows == []
    rows = run(workspace, server, None, "kk").rows
    assert [r.release_id for r in rows] == sorted([ingested, second, russian.release_id])
    assert any(b["source_lang"] == "RU" for b in server.translations())


def test_a_glossary_change_bills_again_only_the_sentences_it_concerns(workspace, ingested, server):
    shutil.copy(REPO / "translations" / "glossary.csv", workspace.translations_dir)
    run(workspace, server, [ingested], "ru")
    path = workspace.catalog_path(ingested, "ru")
    path.unlink()
    with (workspace.translations_dir / "glossary.csv").open("a", encoding="utf-8") as csv:
        csv.write("delegation,делегация,делегация,,,,,,\n")
    result = run(workspace, server, [ingested], "ru")
    assert server.texts()[8:] == [
        "The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the OSCE."
    ]
    assert result.rows[0].cached == 7 and len(server.glossaries) == 2


def test_a_glossary_deepl_lost_is_made_again(workspace, ingested, server, tmp_path):
    shutil.copy(REPO / "translations" / "glossary.csv", workspace.translations_dir)
    run(workspace, server, [ingested], "ru")
    server.glossaries.clear()  # deleted in DeepL's web interface, say
    release = ingest_file(workspace, DIGEST).release_id
    run(workspace, server, [release], "ru")
    (made,) = server.glossaries
    assert any(body.get("glossary_id") == made for body in server.translations()[1:])


def test_drafts_from_another_server_are_never_served_as_deepls(workspace, server):
    assert engine(workspace, server).scope == f"DeepL at {server.url}"
    assert connect(workspace.config.machine, KEY).scope == "DeepL"


def test_two_runs_at_once_pay_once(workspace, ingested, server):
    import threading

    server.latency = 0.2
    results, failures = [], []

    def one_run() -> None:
        try:
            results.append(run(Workspace.find(workspace.root), server, [ingested], "kk"))
        except PressError as exc:
            failures.append(exc)

    threads = [threading.Thread(target=one_run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures and len(results) == 2
    assert server.count == 279 and sorted(r.billed for r in results) == [0, 279]
    assert sum(r.rows[0].kept for r in results) == 0  # the other run's drafts are nobody's edit


def test_an_interrupted_run_keeps_what_it_paid_for_and_sends_no_more(
    workspace, server, monkeypatch
):
    from workflow.machine import sending

    monkeypatch.setattr(sending, "WORKERS", 1)
    release = ingest_file(workspace, DIGEST).release_id
    server.latency = 0.2

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(workspace, server, [release], None, progress=stop)  # four batches: kk and ru
    assert len(server.translations()) <= 2  # the one in flight was waited for; no more began
    first = len(server.texts())
    result = run(workspace, server, [release], None)
    assert sum(r.cached for r in result.rows) == first  # what was paid for is not paid again
    assert server.count == sum(map(len, server.texts()))
    assert len(server.texts()) == 2 * len(units(workspace, release, "kk"))


@pytest.mark.parametrize(
    "answer",
    [{"translations": "Сессия"}, {"translations": [{"text": None}]}, ["not", "an", "answer"]],
)
def test_a_malformed_answer_is_one_line(workspace, ingested, server, runner, answer):
    server.malformed.append(answer)
    result = invoke(runner, "translate", ingested, "-l", "kk")
    assert result.exit_code == 1 and "Traceback" not in result.output + result.stderr
    assert "DeepL gave an answer press cannot read" in result.stderr


def test_a_server_the_key_must_not_go_to_is_refused(workspace, ingested, runner, monkeypatch):
    from workflow.errors import WorkspaceError

    monkeypatch.setenv("DEEPL_AUTH_KEY", KEY)
    monkeypatch.setenv("DEEPL_SERVER_URL", "http://deepl.example.org")
    result = invoke(runner, "translate", ingested, "-l", "kk")
    assert result.exit_code == 1 and "https:// address" in result.stderr
    path = workspace.root / "press.toml"
    path.write_text(path.read_text() + '\n[machine]\nserver_url = "http://10.0.0.5:8080"\n')
    with pytest.raises(WorkspaceError, match="server_url must be an https"):
        Workspace.find(workspace.root)


# The budget and the account


def test_a_run_over_the_budget_is_refused_before_anything_is_sent(workspace, ingested, server):
    ws = set_config(workspace, "\n[machine]\nmonthly_characters = 300\n")
    before = snapshot(ws.root)
    with pytest.raises(MachineError) as refused:
        run(ws, server, [ingested])
    assert "would bill up to 558 characters" in refused.value.message
    assert "monthly budget of 300" in refused.value.message
    assert server.translations() == [] and snapshot(ws.root) == before
    run(ws, server, [ingested], "kk")  # 279 fit
    assert server.count == 279


def test_a_dry_run_says_the_run_would_be_refused(workspace, ingested, server, runner):
    set_config(workspace, "\n[machine]\nmonthly_characters = 300\n")
    server.count = 100
    result = invoke(runner, "translate", ingested, "--dry-run")
    assert result.exit_code == 0
    assert "The run would be refused before sending: this run would bill up to 558" in (
        result.output
    )
    assert "100 of the monthly budget of 300 are used (200 left)" in result.output


def test_the_budget_counts_the_journals_where_the_account_does_not_say(workspace, ingested, server):
    ws = set_config(workspace, "\n[machine]\nmonthly_characters = 400\n")
    run(ws, server, [ingested], "kk")  # 279 billed, in the journal
    server.limit = server.count = None  # an account that reports no usage
    with pytest.raises(MachineError, match="279 of the monthly budget of 400 are used"):
        run(ws, server, [ingested], "ru")


def test_the_accounts_own_limit_is_kept_too(workspace, ingested, server):
    server.limit, server.count = 1000, 800
    with pytest.raises(MachineError, match="has 200 of 1,000 left"):
        run(workspace, server, [ingested])
    assert server.translations() == []


# Errors: one line each, earlier batches kept, no key anywhere


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (456, "characters for this billing period are used up (456)"),
        (429, "too many requests (429)"),
        (500, "server error (500)"),
        (503, "server error (503)"),
    ],
)
def test_each_error_gives_its_line_and_keeps_earlier_batches(
    workspace, server, runner, status, message
):
    release = ingest_file(workspace, DIGEST).release_id
    server.fail(status, after=1)
    result = invoke(runner, "translate", release, "--lang", "kk")
    assert result.exit_code == 1
    assert message in result.stderr and "drafts were saved before it" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    saved = [u for u in units(workspace, release, "kk") if u.state is UnitState.NEEDS_WORK]
    assert 0 < len(saved) < len(units(workspace, release, "kk"))
    sent = len(server.texts())
    again = invoke(runner, "translate", release, "--lang", "kk")
    assert again.exit_code == 0, again.stderr
    assert len(server.texts()) - sent == len(units(workspace, release, "kk")) - len(saved)
    assert KEY not in result.stderr + again.output


def test_the_client_retries_a_busy_server_with_back_off(workspace, ingested, server, monkeypatch):
    """The official client's own back-off (here one retry; by default a few, bounded)."""
    monkeypatch.setattr(deepl.http_client, "max_network_retries", 1)
    server.fail(429)
    result = run(workspace, server, [ingested], "kk")
    assert result.rows[0].filled == result.rows[0].units
    assert len(server.translations()) == 2  # the refused request, and its retry


def test_a_wrong_key_is_one_line(workspace, ingested, server, runner, monkeypatch):
    monkeypatch.setenv("DEEPL_AUTH_KEY", "0000-wrong:fx")
    result = invoke(runner, "translate", ingested, "-l", "kk")
    assert result.exit_code == 1
    assert "DeepL refused the key (403)" in result.stderr and "0000-wrong" not in result.stderr


def test_no_key_is_one_line(workspace, ingested, server, runner, monkeypatch):
    monkeypatch.delenv("DEEPL_AUTH_KEY")
    result = invoke(runner, "translate", ingested, "-l", "kk")
    assert result.exit_code == 1 and "DEEPL_AUTH_KEY is not set" in result.stderr


def test_no_connection_is_one_line(workspace, ingested, runner, monkeypatch):
    monkeypatch.setattr(deepl.http_client, "max_network_retries", 0)
    with FakeDeepL() as gone:
        url = gone.url
    monkeypatch.setenv("DEEPL_AUTH_KEY", KEY)
    monkeypatch.setenv("DEEPL_SERVER_URL", url)
    before = snapshot(workspace.root)
    result = invoke(runner, "translate", ingested, "-l", "kk")
    assert result.exit_code == 1 and "cannot reach DeepL (no connection)" in result.stderr
    assert snapshot(workspace.root) == before


def test_a_language_deepl_does_not_offer_is_one_line(workspace, ingested, server, runner):
    del server.targets["KK"]
    result = invoke(runner, "translate", ingested, "-l", "kk")
    assert result.exit_code == 1
    assert "DeepL does not translate into Kazakh on this account" in result.stderr


def test_no_file_under_the_workspace_holds_the_key(workspace, ingested, server, runner):
    invoke(runner, "translate", ingested)
    server.fail(500)
    invoke(runner, "translate", "--all", "--include-needs-work", "--prefer-machine")
    assert invoke(runner, "export", ingested, "--draft", "--format", "docx,html").exit_code == 0
    assert (workspace.root / "exports").is_dir() and (workspace.root / ".press").is_dir()
    for path in workspace.root.rglob("*"):  # .press/ and exports/ included
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


# Who may, and the command line


def test_a_translator_translates_only_their_language(team, server):
    ws, release = team
    with pytest.raises(PressError, match="may not machine-translate in ru"):
        actions.translate(ws, who(ws, "aigerim"), [release], "ru", engine=engine(ws, server))
    result = actions.translate(ws, who(ws, "aigerim"), [release], None, engine=engine(ws, server))
    assert [r.language for r in result.rows] == ["kk"]
    with pytest.raises(PressError, match="may not machine-translate"):
        actions.translate(ws, who(ws, "olga"), [release], "ru", engine=engine(ws, server))


def test_the_command_prints_what_it_did(workspace, ingested, server, runner):
    result = invoke(runner, "translate", ingested, "-l", "ru")
    assert result.exit_code == 0, result.stderr
    assert "Billed 279 characters." in result.output
    assert "DeepL account: 279 characters used this period of 500,000" in result.output
    again = invoke(runner, "translate", ingested, "-l", "ru")
    assert "Nothing to translate" in again.output
    data = json.loads(
        invoke(runner, "translate", ingested, "-l", "ru", "--dry-run", "--json").output
    )
    assert data["dry_run"] is True and data["rows"][0]["units"] == 0


def test_an_id_or_all_is_needed(workspace, server, runner):
    result = invoke(runner, "translate")
    assert result.exit_code == 1 and "name one release, or --all" in result.stderr


def test_the_config_checks_machine_settings(workspace):
    from workflow.errors import WorkspaceError

    for bad in ("monthly_characters = -5", 'formality = "polite"', 'server_url = "ftp://x"'):
        path = workspace.root / "press.toml"
        path.write_text(path.read_text().split("\n[machine]")[0] + f"\n[machine]\n{bad}\n")
        with pytest.raises(WorkspaceError, match=r"\[machine\]"):
            Workspace.find(workspace.root)


# Helpers: a translator's and a reviewer's work, through the library


def _push(ws, release, lang, texts: dict[str, str], *, accept_drafts=False, fuzzy=False) -> None:
    import polib

    pulled = actions.pull(ws, who(ws), release, lang)
    po = polib.pofile(pulled.text)
    for entry in po:
        if entry.msgid in texts:
            entry.msgstr = texts[entry.msgid]
            entry.flags = ["fuzzy"] if fuzzy else [f for f in entry.flags if f != "fuzzy"]
        elif accept_drafts and entry.msgstr:
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
    actions.push(ws, who(ws), str(po).encode(), f"{release}.{lang}.po")


def _approve(ws, release, lang, source) -> None:
    actions.decide(ws, who(ws), release, lang, source, "approve")
