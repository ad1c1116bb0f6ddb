"""Pull and push: what comes back from translators, and what is refused."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from conftest import invoke, snapshot, who

from workflow import store
from workflow.actions import pull, push
from workflow.errors import PressError
from workflow.status import release_status
from workflow.workspace import Workspace

KK = {
    "Kazakhstan and the OSCE discuss interethnic harmony": (
        "Қазақстан мен ЕҚЫҰ этносаралық келісімді талқылады"
    ),
    "News": "Жаңалықтар",
    "ASTANA": "АСТАНА",
}


def translated_file(
    ws: Workspace, release_id: str, path: Path, translations: dict, fuzzy: tuple[str, ...] = ()
) -> Path:
    """What a translator sends back: the pulled file edited and saved by polib."""
    path.write_text(pull(ws, who(ws), release_id, "kk").text, encoding="utf-8")
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid in translations:
            entry.msgstr = translations[entry.msgid]
            if entry.msgid in fuzzy:
                entry.flags.append("fuzzy")
    po.save(str(path))
    return path


def counts(ws: Workspace, release_id: str, lang: str = "kk") -> dict:
    return release_status(ws, release_id)["languages"][lang]


def test_pull_gives_the_workspace_file_with_a_token_of_its_own(workspace, ingested):
    import re

    first = pull(workspace, who(workspace), ingested, "kk").text
    second = pull(workspace, who(workspace), ingested, "kk").text
    tokens = [re.search(r'"X-Press-Pull: ([0-9a-f]{12})\\n"\n', t)[1] for t in (first, second)]
    assert tokens[0] != tokens[1]
    own = workspace.catalog_path(ingested, "kk").read_text(encoding="utf-8")
    assert first.replace(f'"X-Press-Pull: {tokens[0]}\\n"\n', "") == own
    assert 'Language: kk\\n"' in first and "X-Press-Release: " + ingested in first
    assert "X-Press-Pull" not in own


def test_pull_never_writes_over_work_not_pushed(workspace, ingested, runner):
    name = f"{ingested}.kk.po"
    assert invoke(runner, "pull", ingested, "--lang", "kk").exit_code == 0
    assert invoke(runner, "pull", ingested, "--lang", "kk").exit_code == 0  # nothing to lose
    po = polib.pofile(name)
    po.find("News").msgstr = "Жаңалықтар"
    po.save(name)
    edited = Path(name).read_bytes()
    result = invoke(runner, "pull", ingested, "--lang", "kk")
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "holds work the workspace does not have, in 1 unit" in result.stderr
    assert f"push it first ('press push {name}')" in result.stderr
    assert Path(name).read_bytes() == edited
    Path("other.po").write_text("not a PO file\n", encoding="utf-8")
    result = invoke(runner, "pull", ingested, "--lang", "kk", "-o", "other.po")
    assert result.exit_code == 1 and "is not the kk file of" in result.stderr
    pushed = invoke(runner, "push", name)
    assert pushed.exit_code == 0
    assert "1 translated; 7 unchanged (7 still untranslated)" in pushed.stdout
    assert invoke(runner, "pull", ingested, "--lang", "kk").exit_code == 0  # pushed: fresh
    po = polib.pofile(name)
    po.find("News").msgstr = "Хабарлар"
    po.save(name)
    assert invoke(runner, "pull", ingested, "--lang", "kk", "--force").exit_code == 0
    assert polib.pofile(name).find("News").msgstr == "Жаңалықтар"


def test_pushing_a_held_unit_again_changes_nothing(workspace, ingested, tmp_path):
    latin_a = "Қазақстан мен ЕҚЫҰ этносаралық келісімді т\u0061лқылады"  # a Latin a
    wrong = {"Kazakhstan and the OSCE discuss interethnic harmony": latin_a}
    path = translated_file(workspace, ingested, tmp_path / "t.po", wrong)
    first = push(workspace, who(workspace), path.read_bytes(), path.name)
    assert first.changed == {"held": 1} and first.held
    before = snapshot(workspace.root)
    again = push(workspace, who(workspace), path.read_bytes(), path.name)
    assert again.total_changed == 0 and again.held == first.held
    assert snapshot(workspace.root) == before  # no file written, no journal line


def test_push_takes_translations_and_the_translators_fuzzy(workspace, ingested, tmp_path):
    path = translated_file(workspace, ingested, tmp_path / "t.po", KK, fuzzy=("ASTANA",))
    result = push(workspace, who(workspace), path.read_bytes(), path.name)
    assert result.changed == {"translated": 2, "needs_work": 1}
    assert counts(workspace, ingested) == {
        "total": 8,
        "untranslated": 5,
        "needs_work": 1,
        "translated": 2,
        "approved": 0,
        "machine": 0,
    }
    units = store.load(workspace, ingested).catalog("kk").by_source()
    assert units["News"].translation == "Жаңалықтар"
    again = push(workspace, who(workspace), path.read_bytes(), path.name)
    assert again.total_changed == 0 and again.unchanged == 8


def test_empty_msgstr_keeps_an_earlier_translation(workspace, ingested, tmp_path):
    push(
        workspace,
        who(workspace),
        translated_file(workspace, ingested, tmp_path / "a.po", KK).read_bytes(),
        "a.po",
    )
    stale = translated_file(workspace, ingested, tmp_path / "b.po", {"News": ""})
    text = stale.read_text(encoding="utf-8")
    stale.write_text(text.replace('msgstr "Жаңалықтар"', 'msgstr ""'), encoding="utf-8")
    result = push(workspace, who(workspace), stale.read_bytes(), "b.po")
    assert result.kept == 1
    assert counts(workspace, ingested)["translated"] == 3


def _edit(text: str, old: str, new: str) -> bytes:
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: _edit(t, 'msgid "News"', 'msgid "Newz"'), "source text"),
        (lambda t: t.encode() + b'\n#: p9\nmsgid "Extra"\nmsgstr "X"\n', "does not exist"),
        (lambda t: _edit(t, "Language: kk", "Language: en"), "source language"),
        (lambda t: _edit(t, "X-Press-Release: 2026", "X-Press-Release: 2025"), "does not have"),
        (lambda t: _edit(t, "X-Press-Release: ", "X-Other: "), "not a press file"),
        (
            lambda t: _edit(t, "X-Press-Release: 2026", "X-Press-Release: ../../2026"),
            "invalid release id",
        ),
        (lambda t: _edit(t, 'msgid "News"', 'msgid "News'), "not a valid PO file"),
        (lambda t: _edit(t, 'msgstr ""', "msgstr Жаңалық"), "not a valid PO file"),
        (lambda t: _edit(t, 'msgstr ""', 'msgstr "a"\nmsgstr "b"'), "not a valid PO file"),
        (lambda t: t.encode("utf-16"), "not UTF-8"),
        (lambda t: b"", "is empty"),
        (lambda t: _edit(t, 'msgstr "Аударма"', 'msgstr "Аударма\\n"'), "line break"),
        (lambda t: t.encode() + b'\n#: r1\nmsgid "News"\nmsgstr "X"\n', "appears twice"),
        (lambda t: _edit(t, 'msgid "News"', 'msgctxt "x"\nmsgid "News"'), "context"),
    ],
)
def test_a_refused_push_changes_nothing(workspace, ingested, change, message):
    text = pull(workspace, who(workspace), ingested, "kk").text.replace(
        'msgstr ""\n\n#', 'msgstr "Аударма"\n\n#'
    )
    before = snapshot(workspace.root)
    with pytest.raises(PressError, match=message):
        push(workspace, who(workspace), change(text), "bad.po")
    assert snapshot(workspace.root) == before


def test_pull_refuses_the_source_language(workspace, ingested):
    with pytest.raises(PressError, match="source language"):
        pull(workspace, who(workspace), ingested, "en")


def _poedit(path: Path) -> bytes:
    """Poedit-like: long lines unwrapped, its own headers added."""
    po = polib.pofile(str(path), wrapwidth=0)
    po.metadata["X-Generator"] = "Poedit 3.4.4"
    po.metadata["X-Poedit-SourceCharset"] = "UTF-8"
    po.wrapwidth = 0
    return str(po).encode("utf-8")


def _msgcat(*options: str):
    def save(path: Path) -> bytes:
        command = ["msgcat", *options, str(path)]
        return subprocess.run(command, capture_output=True, check=True).stdout

    return save


def _crlf_bom(path: Path) -> bytes:
    return b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n")


@pytest.mark.parametrize(
    "save",
    [_poedit, _msgcat("--no-wrap"), _msgcat("--width=30"), _crlf_bom],
    ids=["poedit", "msgcat-no-wrap", "msgcat-narrow", "crlf-bom"],
)
def test_files_saved_by_other_tools_are_accepted(workspace, ingested, tmp_path, save):
    long = {
        "The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the "
        "OSCE.": "Қазақстан халқы Ассамблеясы Төрағасының орынбасары ЕҚЫҰ делегациясымен кездесті.",
        **KK,
    }
    path = translated_file(workspace, ingested, tmp_path / "t.po", long)
    result = push(workspace, who(workspace), save(path), "saved.po")
    assert result.changed == {"translated": 4}
    units = store.load(workspace, ingested).catalog("kk").by_source()
    assert all(units[source].translation == text for source, text in long.items())


def test_kazakh_translations_under_a_russian_header_are_refused(workspace, ingested, tmp_path):
    kazakh = {
        "The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the "
        "OSCE.": "Қазақстан халқы Ассамблеясы Төрағасының орынбасары ЕҚЫҰ делегациясымен кездесті.",
        "The sides discussed language policy.": "Тараптар тіл саясатын талқылады.",
        **KK,
    }
    path = translated_file(workspace, ingested, tmp_path / "t.po", kazakh)
    wrong = path.read_text(encoding="utf-8").replace("Language: kk", "Language: ru")
    before = snapshot(workspace.root)
    with pytest.raises(PressError, match="look like Kazakh text, not ru"):
        push(workspace, who(workspace), wrong.encode(), "t.po")
    assert snapshot(workspace.root) == before


def test_a_press_mark_that_polib_wrapped_is_still_read(team, tmp_path):
    """polib wraps comments at 78 columns: a long name cuts press's mark in two."""
    ws, rid = team
    config = ws.root / "press.toml"
    long_name = "aigerim.nurlanovna.freelance.translator"
    config.write_text(
        config.read_text() + f'[people."{long_name}"]\nroles = ["translator"]\nlanguages = ["kk"]\n'
    )
    ws = Workspace.find()
    first = translated_file(ws, rid, tmp_path / "first.po", KK)
    push(ws, who(ws, long_name), first.read_bytes(), "first.po")
    second = translated_file(ws, rid, tmp_path / "second.po", {"News": "Хабарлар"})
    assert f"# press: translated by {long_name} on" in second.read_text(encoding="utf-8")
    assert "\n# (text " in second.read_text(encoding="utf-8")  # the mark, wrapped by polib
    result = push(ws, who(ws, "bota"), second.read_bytes(), "second.po")
    assert result.conflicts == [] and result.changed == {"translated": 1}
    units = store.load(ws, rid).catalog("kk").by_source()
    assert units["News"].translation == "Хабарлар"
    assert not any(note.startswith("(text") for note in units["ASTANA"].notes)


def _russian_file(workspace: Workspace, release_id: str, charset: str) -> str:
    """The Russian file translated, its header declaring ``charset``, as text."""
    from conftest import translation

    po = polib.pofile(pull(workspace, who(workspace), release_id, "ru").text)
    for entry in po:
        entry.msgstr = translation(entry.msgid, "ru")
    text = str(po)
    return text.replace("charset=UTF-8", f"charset={charset}")


def test_a_file_declaring_cp1251_is_read_in_it_and_kept_as_utf8(workspace, ingested):
    text = _russian_file(workspace, ingested, "CP1251").replace("\n", "\r\n")
    result = push(workspace, who(workspace), text.encode("cp1251"), "ru.po")
    assert result.changed == {"translated": 8}
    stored = workspace.catalog_path(ingested, "ru").read_bytes()
    assert "charset=UTF-8" in stored.decode("utf-8")
    units = store.load(workspace, ingested).catalog("ru").by_source()
    assert units["ASTANA"].translation == "АСТАНА"


def test_a_file_saved_as_utf8_under_a_cp1251_header_is_read_as_utf8(workspace, ingested):
    text = _russian_file(workspace, ingested, "windows-1251")
    result = push(workspace, who(workspace), text.encode("utf-8"), "ru.po")
    assert result.changed == {"translated": 8}
    assert store.load(workspace, ingested).catalog("ru").by_source()["ASTANA"].translation == (
        "АСТАНА"
    )


def test_cp1251_under_a_utf8_header_is_refused(workspace, ingested):
    text = _russian_file(workspace, ingested, "UTF-8")
    before = snapshot(workspace.root)
    with pytest.raises(PressError, match="is not UTF-8 text"):
        push(workspace, who(workspace), text.encode("cp1251"), "ru.po")
    assert snapshot(workspace.root) == before


def test_another_charset_is_refused(workspace, ingested):
    text = _russian_file(workspace, ingested, "KOI8-R")
    with pytest.raises(PressError, match="declares the charset koi8-r, not UTF-8"):
        push(workspace, who(workspace), text.encode("koi8-r", "replace"), "ru.po")


@pytest.mark.parametrize("control", ["\x1b[31m", "\x07", "\x0c", "\x85"])
def test_a_translation_with_a_control_character_is_refused(workspace, ingested, control):
    po = polib.pofile(pull(workspace, who(workspace), ingested, "kk").text)
    entry = next(iter(po))
    entry.msgstr = f"Астана{control} форумы"
    before = snapshot(workspace.root)
    with pytest.raises(PressError, match=f"U\\+{ord(control[0]):04X} \\(no text"):
        push(workspace, who(workspace), str(po).encode(), "kk.po")
    assert snapshot(workspace.root) == before
