"""The glossary: the CSV file, inflection-aware matching, the actions and press glossary."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

import polib
import pytest
from conftest import DATA, ingest_file, who

from workflow import store
from workflow.actions import pull, push, update
from workflow.actions.glossary import add_term, check_release, list_terms
from workflow.errors import InputError, NotPermitted, WorkspaceError
from workflow.glossary import (
    Glossary,
    Term,
    read_glossary,
    read_glossary_file,
    render_glossary,
)
from workflow.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "translations" / "glossary.csv"
TERMS = read_glossary_file(SHIPPED)
APK = "Assembly of People of Kazakhstan"
HEADER = "en,kk,ru,note\n"


def _cases() -> list[tuple[str, str, str, str, str]]:
    lines = (DATA / "terminology_cases.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


CASES = _cases()


def _term(lang: str, form: str) -> Term:
    """The shipped glossary's term whose preferred form is ``form``, valid on any day;
    a term of that one form when the glossary has none."""
    for term in TERMS:
        if term.preferred(lang) == form:
            return replace(term, valid_from=None, valid_until=None)
    return Term({lang: (form,), "en" if lang != "en" else "ru": ("the term",)})


@pytest.mark.parametrize(("lang", "form", "text", "expected", "comment"), CASES)
def test_terminology_cases(lang, form, text, expected, comment):
    term = _term(lang, form)
    source = "en" if lang != "en" else "ru"
    findings = Glossary((term,)).check(term.preferred(source), text, source, lang, None)
    assert bool(findings) == (expected == "flag"), f"{comment}: {[f.message for f in findings]}"


def test_the_table_covers_each_language():
    counts = Counter((lang, expected) for lang, _, _, expected, _ in CASES)
    for lang in ("kk", "ru"):
        assert counts[lang, "ok"] >= 20 and counts[lang, "flag"] >= 10, counts
    assert {expected for *_, expected, _ in CASES} == {"ok", "flag"}


# The sample workspace: its translations are correct, and the glossary sees its terms


def test_the_sample_translations_use_every_term():
    ws = Workspace.find(ROOT)
    assert ws.config.languages == ("en", "kk", "ru")
    for release_id in ws.release_ids():
        assert check_release(ws, who(ws, ""), release_id) == [], release_id


def test_the_sample_terms_are_found():
    glossary = Glossary(TERMS)
    source = "Dauren Kenzhebekov, Deputy Chairman of the Assembly of People of Kazakhstan:"
    assert [form for _, form in glossary.found(source, "en")] == [f"Deputy Chairman of the {APK}"]
    ws = Workspace.find(ROOT)
    stored = store.load(ws, "2026-11-24-language-courses")
    found = {
        form for unit in stored.release.units() for _, form in glossary.found(unit.source, "ru")
    }
    assert {"Ассамблея народа Казахстана", "Дом дружбы", "Астана"} <= found


# Matching


def test_the_longest_match_wins_and_matches_do_not_overlap():
    glossary = Glossary(TERMS).in_force(dt.date(2026, 11, 26))
    found = glossary.found("The OSCE Permanent Council and the OSCE met in ASTANA.", "en")
    assert [form for _, form in found] == ["OSCE Permanent Council", "OSCE", "Astana"]
    found = glossary.found("Ассамблеи народа Казахстана и АНК", "ru")
    assert [form for _, form in found] == ["Ассамблея народа Казахстана", "АНК"]


def test_a_term_inside_a_longer_word_is_not_found():
    glossary = Glossary(TERMS)
    assert glossary.found("The OSCEAN project and Astanaland", "en") == []
    assert glossary.found("Нур-Султанский район", "ru") == []
    assert glossary.found("TheOSCE and unAstana", "en") == []
    assert glossary.found("ПроАссамблея народа Казахстана", "ru") == []


def test_findings_say_what_to_write():
    glossary = Glossary(TERMS)
    day = dt.date(2026, 11, 26)
    [missing] = glossary.check(
        f"The {APK} met.", "Қазақстан халықтары Ассамблеясы", "en", "kk", day
    )
    assert missing.problem == "missing" and missing.source_form == APK
    assert missing.message == (
        "“Assembly of People of Kazakhstan” should be «Қазақстан халқы Ассамблеясы» "
        "(in any case form)"
    )
    [case] = glossary.check(
        "The Head of State spoke.", "Выступил глава государства.", "en", "ru", day
    )
    assert "with its capital letters: not «глава государства»" in case.message
    [avoided] = glossary.check("He spoke.", "Елбасы сөз сөйледі.", "en", "kk", day)
    assert avoided.problem == "avoided"
    assert avoided.message == (
        "«Елбасы» is not to be used: write «Қазақстан Республикасының Тұңғыш Президенті»"
    )
    assert avoided.unit == "He spoke." and avoided.language == "kk"


def test_the_names_in_force_on_the_release_date_count():
    glossary = Glossary(TERMS)
    source, translation = "The forum was held in Nur-Sultan.", "Форум прошёл в Астане."
    [finding] = glossary.check(source, translation, "en", "ru", dt.date(2020, 6, 1))
    assert finding.message == "“Nur-Sultan” should be «Нур-Султан» (in any case form)"
    assert glossary.check(source, translation, "en", "ru", dt.date(2026, 11, 26)) == []
    assert glossary.check("Astana", "Нур-Султан", "en", "ru", dt.date(2020, 6, 1)) == []


@pytest.mark.parametrize(
    ("day", "name"),
    [
        ("2019-03-22", "Astana"),
        ("2019-03-23", "Nur-Sultan"),
        ("2020-06-01", "Nur-Sultan"),
        ("2022-09-16", "Nur-Sultan"),
        ("2022-09-17", "Astana"),
        ("2026-11-26", "Astana"),
    ],
)
def test_pairs_give_the_capital_of_the_day(day, name):
    pairs = Glossary(TERMS).pairs("en", "ru", dt.date.fromisoformat(day))
    other = "Astana" if name == "Nur-Sultan" else "Nur-Sultan"
    assert pairs[name] == {"Astana": "Астана", "Nur-Sultan": "Нур-Султан"}[name]
    assert other not in pairs


def test_pairs_hold_every_source_form_once():
    pairs = Glossary(TERMS).pairs("en", "ru", dt.date(2026, 11, 26))
    assert pairs[f"Deputy Chairman of the {APK}"] == pairs["APK Deputy Chairman"]
    assert pairs["Majilis of the Parliament of the Republic of Kazakhstan"] == (
        "Мажилис Парламента Республики Казахстан"
    )
    assert pairs["Houses of Friendship"] == "Дом дружбы" and "houses of friendship" not in pairs
    assert Glossary(TERMS).pairs("ru", "en", None)["АНК"] == "APK"


def test_pairs_leave_out_words_made_from_a_name():
    """The glossary accepts «астаналық» (of Astana) for Astana; a machine glossary must not
    turn it into «Астана»."""
    pairs = Glossary(TERMS).pairs("kk", "ru", dt.date(2026, 11, 26))
    assert pairs["Астана"] == "Астана" and "астаналық" not in pairs


# The file


def test_the_shipped_glossary_reads_back_as_it_is_written():
    assert SHIPPED.read_text(encoding="utf-8") == render_glossary(TERMS)
    assert read_glossary(render_glossary(TERMS)) == TERMS
    names = {term.preferred("en") for term in TERMS}
    assert {"Head of State", "APK", "OSCE", "Nur-Sultan", "Astana"} <= names
    elbasy = next(t for t in TERMS if "Елбасы" in t.avoid.get("kk", ()))
    assert elbasy.preferred("en") == "First President of the Republic of Kazakhstan"


def test_what_excel_saves_is_read():
    text = '\ufeffen,kk,ru,note,valid_from\r\nAkmola,Ақмола,Акмола,"old name, 1961–1998",\r\n'
    [term] = read_glossary(text)
    assert term.forms == {"en": ("Akmola",), "kk": ("Ақмола",), "ru": ("Акмола",)}
    assert term.note == "old name, 1961–1998" and term.valid_from is None
    only_ru = read_glossary(HEADER + ",,Глава государства,\n\n")
    assert only_ru[0].forms == {"ru": ("Глава государства",)}


def test_no_file_is_an_empty_glossary(tmp_path):
    assert read_glossary_file(tmp_path / "glossary.csv") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "en,kk,ru,note,valid_form\n",
            "row 1: unknown column 'valid_form' (did you mean 'valid_from'?)",
        ),
        ("en,kk,ru\n", "row 1: there is no column 'note'"),
        ("en,kk,ru,note,en\n", "row 1: the column 'en' is there twice"),
        (HEADER + "A,Б,В,\nX,Y,Z,,extra\n", "row 3: it has more cells than the header"),
        (
            "en,kk,ru,note,valid_from\nAstana,Астана,Астана,,2022-9-17\n",
            "row 2: valid_from '2022-9-17' is not a date (write dates as YYYY-MM-DD)",
        ),
        (
            "en,kk,ru,note,valid_from,valid_until\nX,Х,Х,,2022-01-02,2022-01-01\n",
            "row 2: valid_from 2022-01-02 is after valid_until 2022-01-01",
        ),
        (HEADER + ",,,just a note\n", "row 2: no term in en, kk or ru"),
        (HEADER + 'A,"Б,В,\n', "row 2: it is not CSV"),
    ],
)
def test_a_broken_file_is_refused_in_one_line(text, expected):
    with pytest.raises(WorkspaceError) as error:
        read_glossary(text)
    assert str(error.value).startswith("translations/glossary.csv, " + expected)
    assert "\n" not in str(error.value)


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "glossary.csv"
    path.write_bytes(HEADER.encode() + "Астана,,,\n".encode("cp1251"))
    with pytest.raises(WorkspaceError, match="not UTF-8"):
        read_glossary_file(path)


# The actions


@pytest.fixture
def glossary_ws(workspace: Workspace) -> Workspace:
    """The test workspace with the shipped glossary."""
    shutil.copy(SHIPPED, workspace.translations_dir / "glossary.csv")
    return workspace


AKMOLA = Term(
    {"en": ("Akmola",), "kk": ("Ақмола",), "ru": ("Акмола",)},
    "the capital's name until 1998",
    valid_until=dt.date(1998, 5, 5),
)


def test_add_term_writes_the_row(glossary_ws):
    added = add_term(glossary_ws, who(glossary_ws), AKMOLA)
    assert added == AKMOLA
    terms = Glossary.load(glossary_ws).terms
    assert terms == (*TERMS, AKMOLA)
    assert list_terms(glossary_ws, who(glossary_ws), on=dt.date(1995, 3, 1))[-1] == AKMOLA
    assert AKMOLA not in list_terms(glossary_ws, who(glossary_ws), on=dt.date(2026, 1, 1))


def test_add_term_cleans_what_it_is_given(workspace):
    term = Term({"en": ("  Head  of State ",), "ru": ("Глава государства | Глава  государства",)})
    added = add_term(workspace, who(workspace), term)
    assert added.forms == {"en": ("Head of State",), "ru": ("Глава государства",)}
    assert Glossary.load(workspace).terms == (added,)


@pytest.mark.parametrize(
    ("term", "message"),
    [
        (Term({"en": ("Astana",), "ru": ("Астана",)}), "“Astana” is in the glossary already"),
        (Term({"en": ("Capital",), "kk": ("ЕЛОРДА",), "ru": ("ОБСЕ",)}), "«ОБСЕ» is in"),
        (Term({"en": ("Akmola",)}), "two languages at least"),
        (Term({}), "no term in en, kk or ru"),
        (Term({"en": ("A | B",), "xx": ("C",)}), "unknown language 'xx'"),
        (Term({"en": ("Elbasy",), "kk": ("Елбасы",)}, avoid={"kk": ("Елбасы",)}), "both"),
        (replace(AKMOLA, valid_from=dt.date(1999, 1, 1)), "is after valid_until"),
        (Term({"en": ("Astana\x00",), "kk": ("Х",)}), "cannot be a term"),
        (Term({"en": ("Capital",), "kk": ("Елорда",)}, avoid={"kk": ("Астана",)}), "row 11"),
    ],
)
def test_add_term_refuses_and_changes_nothing(glossary_ws, term, message):
    before = SHIPPED.read_bytes()
    with pytest.raises(InputError, match=message):
        add_term(glossary_ws, who(glossary_ws), term)
    assert (glossary_ws.translations_dir / "glossary.csv").read_bytes() == before


def test_the_same_name_on_other_days_is_another_row(glossary_ws):
    older = Term({"en": ("Astana",), "ru": ("Астана",)}, valid_until=dt.date(1990, 1, 1))
    with pytest.raises(InputError, match="row 11"):
        add_term(glossary_ws, who(glossary_ws), older)
    earlier = Term({"en": ("Akmola",), "ru": ("Акмола",)}, valid_from=dt.date(1961, 1, 1))
    add_term(glossary_ws, who(glossary_ws), replace(earlier, valid_until=dt.date(1992, 1, 1)))
    add_term(glossary_ws, who(glossary_ws), replace(earlier, valid_from=dt.date(1992, 1, 2)))
    assert len(Glossary.load(glossary_ws).terms) == len(TERMS) + 2


def test_add_term_writes_atomically(glossary_ws, monkeypatch):
    import workflow.fsio

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workflow.fsio.os, "replace", refuse)
    with pytest.raises(OSError):
        add_term(glossary_ws, who(glossary_ws), AKMOLA)
    assert (glossary_ws.translations_dir / "glossary.csv").read_bytes() == SHIPPED.read_bytes()
    assert sorted(p.name for p in glossary_ws.translations_dir.iterdir()) == ["glossary.csv"]


def test_only_some_roles_change_the_glossary(team):
    ws, _ = team
    shutil.copy(SHIPPED, ws.translations_dir / "glossary.csv")
    with pytest.raises(NotPermitted, match="aigerim"):
        add_term(ws, who(ws, "aigerim"), AKMOLA)
    add_term(ws, who(ws, "gulnara"), AKMOLA)
    assert len(list_terms(ws, who(ws, "aigerim"), lang="kk")) == len(TERMS) + 1


KK = {
    "Kazakhstan and the OSCE discuss interethnic harmony": (
        "Қазақстан мен ЕҚЫҰ ұлтаралық келісім мәселелерін талқылады"
    ),
    "ASTANA": "АСТАНА",
    "The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the OSCE.": (
        "Қазақстан халықтары Ассамблеясы Төрағасының орынбасары ЕҚЫҰ делегациясымен кездесті."
    ),
    "Erlan Sadykov, Deputy Chairman of the APK:": "Ерлан Садықов, ҚХА Төрағасының орынбасары:",
}
RU = {
    "The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the OSCE.": (
        "Заместитель Председателя Ассамблеи народа Казахстана встретился с делегацией ОБСЕ."
    ),
    "Erlan Sadykov, Deputy Chairman of the APK:": "Ерлан Садыков, заместитель Председателя АНК:",
}


def translate(ws: Workspace, release_id: str, lang: str, texts: dict, folder: Path) -> None:
    """Push translations the way a translator does."""
    path = folder / f"{release_id}.{lang}.po"
    path.write_text(pull(ws, who(ws), release_id, lang).text, encoding="utf-8")
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = texts.get(entry.msgid, entry.msgstr)
    po.save(str(path))
    push(ws, who(ws), path.read_bytes(), path.name)


@pytest.fixture
def checked(glossary_ws, ingested, tmp_path) -> tuple[Workspace, str]:
    """A release translated into Kazakh (with one wrong name) and Russian (correctly)."""
    translate(glossary_ws, ingested, "kk", KK, tmp_path)
    translate(glossary_ws, ingested, "ru", RU, tmp_path)
    return glossary_ws, ingested


def test_check_release_reports_the_translated_units(checked):
    ws, release_id = checked
    [finding] = check_release(ws, who(ws), release_id)
    assert finding.language == "kk" and finding.problem == "missing"
    assert finding.unit.startswith("The Deputy Chairman of the Assembly")
    assert "«Қазақстан халқы Ассамблеясы Төрағасының орынбасары»" in finding.message
    assert check_release(ws, who(ws), release_id, lang="ru") == []
    with pytest.raises(InputError, match="source language"):
        check_release(ws, who(ws), release_id, lang="en")


def test_a_release_with_no_date_is_checked_against_todays_names(glossary_ws, tmp_path):
    source = tmp_path / "forum.md"
    source.write_text(
        '---\ntitle: "Forum in Astana"\nlanguage: en\n---\n\nThe forum opens in Astana.\n',
        encoding="utf-8",
    )
    release_id = ingest_file(glossary_ws, source).release.id
    path = glossary_ws.source_path(release_id)  # a hand edit takes the date away
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(x for x in lines if not x.startswith("date:")), encoding="utf-8")
    update(glossary_ws, who(glossary_ws), release_id)
    assert store.load(glossary_ws, release_id).release.date is None
    translate(glossary_ws, release_id, "ru", {"Forum in Astana": "Форум в Нур-Султане"}, tmp_path)
    [finding] = check_release(glossary_ws, who(glossary_ws), release_id)
    assert finding.message == "«Нур-Султан» is not to be used: write «Астана»"
    assert finding.unit == "Forum in Astana"


# The command line


def _app():
    """press with the glossary commands, whether or not its app has them already."""
    import typer

    from workflow.cli.commands import app
    from workflow.cli.glossary import glossary
    from workflow.cli.root import PressGroup

    if any(group.name == "glossary" for group in app.registered_groups):
        return app
    local = typer.Typer(cls=PressGroup, rich_markup_mode=None, pretty_exceptions_enable=False)
    local.callback()(lambda: None)
    local.add_typer(glossary, name="glossary")
    return local


def press(runner, *args):
    return runner.invoke(_app(), list(args), catch_exceptions=False)


def test_cli_list(runner, glossary_ws):
    result = press(runner, "glossary", "list")
    assert result.exit_code == 0, result.output
    assert "Head of State\tМемлекет басшысы\tГлава государства" in result.stdout
    assert "2019-03-23 – 2022-09-16" in result.stdout
    rows = json.loads(press(runner, "glossary", "list", "--json", "--on", "2020-01-01").stdout)
    assert {
        "forms": {"en": ["Nur-Sultan"], "kk": ["Нұр-Сұлтан"], "ru": ["Нур-Султан"]},
        "note": "the name of the capital from 23 March 2019 to 16 September 2022",
        "avoid": {},
        "valid_from": "2019-03-23",
        "valid_until": "2022-09-16",
    } in rows
    assert not any(row["forms"]["en"] == ["Astana"] for row in rows)
    assert press(runner, "glossary", "list", "--on", "2020").exit_code == 1


def test_cli_list_of_no_glossary(runner, workspace):
    assert "No terms yet" in press(runner, "glossary", "list").stdout
    assert press(runner, "glossary", "list", "--lang", "kk").stdout == "No such terms.\n"
    assert json.loads(press(runner, "glossary", "list", "--json").stdout) == []


def test_cli_add(runner, glossary_ws):
    result = press(
        runner,
        "glossary",
        "add",
        "--en",
        "Akmola",
        "--kk",
        "Ақмола",
        "--ru",
        "Акмола",
        "--note",
        "the capital's name until 1998",
        "--valid-until",
        "1998-05-05",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "Added “Akmola” to translations/glossary.csv\n"
    assert Glossary.load(glossary_ws).terms[-1] == AKMOLA
    elbasy = press(runner, "glossary", "add", "--en", "Elbasy", "--kk", "Елбасы")
    assert elbasy.exit_code == 1
    assert "“Elbasy” is to be avoided (translations/glossary.csv, row 9)" in elbasy.stderr


def test_cli_add_avoid_and_refusals(runner, workspace):
    result = press(
        runner,
        "glossary",
        "add",
        "--en",
        "Head of State",
        "--kk",
        "Мемлекет басшысы",
        "--avoid",
        "kk:Елбасы",
        "--avoid",
        "kk:Ұлт Көшбасшысы",
        "--as",
        "tester",
    )
    assert result.exit_code == 0, result.output
    [term] = Glossary.load(workspace).terms
    assert term.avoid == {"kk": ("Елбасы", "Ұлт Көшбасшысы")}
    again = press(runner, "glossary", "add", "--en", "Head of State", "--ru", "Глава государства")
    assert again.exit_code == 1 and "“Head of State” is in the glossary already" in again.stderr
    bad = press(runner, "glossary", "add", "--en", "X", "--kk", "Х", "--avoid", "Елбасы")
    assert bad.exit_code == 1 and "LANG:TEXT" in bad.stderr
    date = press(runner, "glossary", "add", "--en", "X", "--kk", "Х", "--valid-from", "1.1.2020")
    assert date.exit_code == 1 and "--valid-from '1.1.2020' is not a date" in date.stderr
    assert Glossary.load(workspace).terms == (term,)


def test_cli_check(runner, checked):
    _, release_id = checked
    clean = press(runner, "glossary", "check", release_id, "--lang", "ru")
    assert clean.exit_code == 0 and clean.stdout == f"No terminology problems in {release_id}.\n"
    found = press(runner, "glossary", "check", release_id)
    assert found.exit_code == 1
    assert "kk\tmissing\t“Deputy Chairman of the Assembly of People" in found.stdout
    assert found.stdout.endswith(f"1 terminology problem in {release_id}.\n")
    [row] = json.loads(press(runner, "glossary", "check", release_id, "--json").stdout)
    assert row["language"] == "kk" and row["problem"] == "missing"
    assert row["source_form"] == f"Deputy Chairman of the {APK}"
    assert row["term"]["forms"]["ru"][0].startswith("заместитель Председателя")
    assert press(runner, "glossary", "check", release_id, "--json", "-l", "ru").stdout == "[]\n"


def test_cli_check_of_the_samples(runner, monkeypatch):
    monkeypatch.chdir(ROOT)
    for release_id in Workspace.find(ROOT).release_ids():
        result = press(runner, "glossary", "check", release_id)
        assert result.exit_code == 0, result.output
