"""The translation memory: exact and fuzzy lookup, incremental index, TMX in and out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from conftest import ingest_file, who

from workflow.actions import pull, push
from workflow.errors import InputError
from workflow.memory import Match, Memory
from workflow.workspace import Workspace, init_workspace

MET_OSCE = "The Deputy Chairman of the Assembly met a delegation of the OSCE in Astana."
MET_UN = "The Deputy Chairman of the Assembly met a delegation of the UN in Astana."
FORUM_2025 = "The forum of the Assembly of People of Kazakhstan opens in Astana in 2025."
FORUM_2026 = "The forum of the Assembly of People of Kazakhstan opens in Astana in 2026."
UNITY = "Unity is our common asset."

KK = {
    MET_OSCE: "Ассамблея Төрағасының орынбасары Астанада ЕҚЫҰ делегациясымен кездесті.",
    FORUM_2025: "Қазақстан халқы Ассамблеясының форумы 2025 жылы Астанада ашылады.",
    UNITY: "Бірлік – ортақ құндылығымыз.",
}
RU = {
    MET_OSCE: "Заместитель Председателя Ассамблеи встретился с делегацией ОБСЕ в Астане.",
    UNITY: "Единство – наше общее достояние.",
}


NEWER_UNITY = "Бірлік – біздің ортақ байлығымыз."
"""The Kazakh translation of UNITY in the newer release of ``memory_ws``."""


def make_release(ws: Workspace, folder: Path, release_id: str, sentences: list[str]) -> str:
    """Ingest a release whose title and paragraphs are ``sentences`` (one sentence each)."""
    title, *body = sentences
    text = f'---\ntitle: "{title}"\ndate: {release_id[:10]}\nlanguage: en\nid: {release_id}\n---\n'
    path = folder / f"{release_id}.md"
    path.write_text(text + "".join(f"\n{s}\n" for s in body), encoding="utf-8")
    return ingest_file(ws, path).release.id


def translate(
    ws: Workspace,
    release_id: str,
    lang: str,
    texts: dict,
    folder: Path,
    review: bool = False,
    confirm: bool = False,
) -> None:
    """Push translations the way a translator does; ``review``: approve every translated unit;
    ``confirm``: the units given a text lose the needs-work mark of a memory draft the release
    was ingested with, as a translator confirming them in Poedit."""
    path = folder / f"{release_id}.{lang}.po"
    path.write_text(pull(ws, who(ws), release_id, lang, review=review).text, encoding="utf-8")
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid in texts:
            entry.msgstr = texts[entry.msgid]
            if confirm:
                entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
                entry.previous_msgid = None
    po.save(str(path))
    push(ws, who(ws), path.read_bytes(), path.name, review=review)


def approve(ws: Workspace, release_id: str, lang: str, folder: Path) -> None:
    translate(ws, release_id, lang, {}, folder, review=True)


def files(root: Path) -> dict[str, bytes]:
    """Every file of the workspace but the derived ones (.press/)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".press" not in p.relative_to(root).parts
    }


@pytest.fixture
def memory_ws(workspace: Workspace, tmp_path: Path) -> Workspace:
    """Two releases: the older one approved in Kazakh, the newer one only translated."""
    old = make_release(workspace, tmp_path, "2026-01-10-forum", [FORUM_2025, MET_OSCE, UNITY])
    translate(workspace, old, "kk", KK, tmp_path)
    approve(workspace, old, "kk", tmp_path)
    translate(workspace, old, "ru", RU, tmp_path)
    new = make_release(workspace, tmp_path, "2026-02-20-unity", ["Unity day", UNITY])
    translate(workspace, new, "kk", {UNITY: NEWER_UNITY}, tmp_path)
    return workspace


# Lookup


def test_exact_match_prefers_approved_over_newer(memory_ws):
    found = Memory(memory_ws).lookup([UNITY, "Nothing like it at all here."], "en", "kk")
    assert found == {
        UNITY: Match(UNITY, KK[UNITY], 100, "2026-01-10-forum", True, "en", "kk"),
    }


def test_exclude_release_and_translated_flag(memory_ws):
    found = Memory(memory_ws).lookup([UNITY], "en", "kk", exclude_release="2026-01-10-forum")
    match = found[UNITY]
    assert (match.origin, match.approved, match.score) == ("2026-02-20-unity", False, 100)
    assert match.target == NEWER_UNITY
    ru = Memory(memory_ws).lookup([UNITY, MET_OSCE], "en", "ru")
    assert {s: (m.target, m.approved) for s, m in ru.items()} == {
        UNITY: (RU[UNITY], False),
        MET_OSCE: (RU[MET_OSCE], False),
    }


def test_fuzzy_match_and_threshold(memory_ws):
    memory = Memory(memory_ws)
    match = memory.lookup([MET_UN], "en", "kk")[MET_UN]
    assert match.source == MET_OSCE and match.target == KK[MET_OSCE]
    assert 75 <= match.score < 100 and match.approved
    assert memory.lookup([MET_UN], "en", "kk", threshold=match.score + 1) == {}
    assert memory.lookup([MET_UN], "en", "kk", threshold=match.score)[MET_UN] == match
    unrelated = "Kazakhstan exported more grain to China this year than ever before."
    assert memory.lookup([unrelated], "en", "kk") == {}
    assert memory.lookup([MET_UN], "kk", "en") == {}  # no unit in that direction


def test_a_number_only_difference_is_not_100(memory_ws):
    match = Memory(memory_ws).lookup([FORUM_2026], "en", "kk")[FORUM_2026]
    assert match.source == FORUM_2025 and 90 <= match.score <= 99


def test_a_long_sentence_differing_in_one_digit_scores_99(workspace, tmp_path):
    long_2025 = "The Assembly " + "and its partners " * 40 + "meet in 2025."
    long_2026 = long_2025.replace("2025", "2026")
    rid = make_release(workspace, tmp_path, "2026-03-01-long", ["Long", long_2025])
    kazakh = "Ассамблея " + "және оның серіктестері " * 40 + "2025 жылы кездеседі."
    translate(workspace, rid, "kk", {long_2025: kazakh}, tmp_path)
    found = Memory(workspace).lookup([long_2026, long_2025], "en", "kk")
    assert (found[long_2026].score, found[long_2025].score) == (99, 100)


# The index follows the files


def drop_index(ws: Workspace) -> None:
    for path in ws.state_dir.glob("memory.sqlite*"):
        path.unlink()


def test_refresh_is_incremental(memory_ws, tmp_path):
    drop_index(memory_ws)  # ingest may have used the memory already
    memory = Memory(memory_ws)
    first = memory.refresh()
    assert first["files"] == 4 and first["units"] == 6 and first["removed"] == 0
    assert memory.refresh() == {"files": 0, "units": 0, "removed": 0, "skipped": 0}
    translate(memory_ws, "2026-02-20-unity", "kk", {"Unity day": "Бірлік күні"}, tmp_path)
    assert memory.refresh()["files"] == 1
    assert memory.lookup(["Unity day"], "en", "kk")["Unity day"].target == "Бірлік күні"
    memory_ws.catalog_path("2026-01-10-forum", "kk").unlink()
    assert memory.refresh()["removed"] == 1
    found = memory.lookup([UNITY, FORUM_2025], "en", "kk")
    assert list(found) == [UNITY] and found[UNITY].origin == "2026-02-20-unity"


def test_an_unchanged_listing_is_the_whole_refresh_and_any_change_is_seen(memory_ws):
    drop_index(memory_ws)
    memory = Memory(memory_ws)
    memory.refresh()

    def newer() -> str:
        found = memory.lookup([UNITY], "en", "kk", exclude_release="2026-01-10-forum")
        return found[UNITY].target

    path = memory_ws.catalog_path("2026-02-20-unity", "kk")
    po = polib.pofile(str(path))
    po.find(UNITY).msgstr = "Бірлік – біздің ортақ құндылығымыз."
    po.save(str(path))  # a hand edit in place, as an editor saves it
    assert memory.refresh()["files"] == 1
    assert newer() == "Бірлік – біздің ортақ құндылығымыз."
    stamp = path.stat()
    po.find(UNITY).msgstr = "Бірлік – біздің ортақ құндылығымыз!"
    po.save(str(path))  # the same size: only the mtime tells
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))
    assert path.stat().st_size == stamp.st_size
    assert newer() == "Бірлік – біздің ортақ құндылығымыз!"
    assert memory.refresh() == {"files": 0, "units": 0, "removed": 0, "skipped": 0}


def test_a_refresh_that_leaves_a_release_out_does_not_vouch_for_it(memory_ws, tmp_path):
    drop_index(memory_ws)
    memory = Memory(memory_ws)
    memory.refresh()
    path = memory_ws.catalog_path("2026-02-20-unity", "kk")
    po = polib.pofile(str(path))
    po.find(UNITY).msgstr = "Бірлік – біздің ортақ құндылығымыз."
    po.save(str(path))
    assert memory.refresh(skip_release="2026-02-20-unity")["files"] == 0
    assert memory.refresh()["files"] == 1


def test_a_lookup_into_one_language_sees_to_its_files_and_the_tmx_files(memory_ws, tmp_path):
    drop_index(memory_ws)
    memory = Memory(memory_ws)
    assert memory.refresh(language="kk")["files"] == 4  # a first build reads every file
    ru = memory_ws.catalog_path("2026-01-10-forum", "ru")
    po = polib.pofile(str(ru))
    po.find(UNITY).msgstr = "Единство – наше общее богатство."
    po.save(str(ru))  # a hand edit in place of a Russian file
    (memory_ws.translations_dir / "memory").mkdir(exist_ok=True)
    (memory_ws.translations_dir / "memory" / "legacy.tmx").write_text(TMX, encoding="utf-8")
    assert memory.refresh(language="kk") == {"files": 1, "units": 4, "removed": 0, "skipped": 0}
    assert memory.lookup(["Единство"], "ru", "kk")["Единство"].target == "Бірлік"
    assert memory.refresh(language="kk")["files"] == 0  # Kazakh and TMX: as listed
    assert memory.lookup([UNITY], "en", "ru")[UNITY].target == "Единство – наше общее богатство."
    assert memory.refresh() == {"files": 0, "units": 0, "removed": 0, "skipped": 0}
    ru.unlink()
    found = memory.search("Unity is our common asset", target_language="ru")
    assert found == [] and memory.refresh()["removed"] == 0  # seen by the search already


def test_a_po_file_whose_language_is_not_its_folders_gives_no_unit(memory_ws):
    path = memory_ws.catalog_path("2026-02-20-unity", "kk")
    po = polib.pofile(str(path))
    po.metadata["Language"] = "ru"  # a hand edit: Kazakh text, a Russian header, kk/
    po.save(str(path))
    memory = Memory(memory_ws)
    found = memory.lookup([UNITY], "en", "kk", exclude_release="2026-01-10-forum")
    assert found == {}
    assert memory.lookup([UNITY], "en", "ru")[UNITY].target == RU[UNITY]


def test_the_index_can_be_deleted(memory_ws):
    memory = Memory(memory_ws)
    assert memory.lookup([UNITY], "en", "kk")[UNITY].approved
    memory.close()
    shutil.rmtree(memory_ws.state_dir)
    again = Memory(memory_ws)
    assert again.lookup([UNITY], "en", "kk")[UNITY].approved
    assert again.refresh()["files"] == 0


def test_a_damaged_index_is_rebuilt_and_a_broken_po_file_skipped(memory_ws):
    Memory(memory_ws).refresh()
    (memory_ws.state_dir / "memory.sqlite").write_bytes(b"not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (memory_ws.state_dir / f"memory.sqlite{suffix}").unlink(missing_ok=True)
    broken = memory_ws.translations_dir / "kk" / "2026-05-05-broken.po"
    broken.write_text('msgid "x"\nmsgstr unquoted\n', encoding="utf-8")
    memory = Memory(memory_ws)
    counts = memory.refresh()
    assert counts["skipped"] == 1 and counts["units"] == 6
    assert memory.lookup([UNITY], "en", "kk")[UNITY].score == 100


def test_two_memories_on_one_workspace_do_not_duplicate(memory_ws, tmp_path):
    one, two = Memory(memory_ws), Memory(memory_ws)
    one.refresh()
    two.refresh()
    translate(memory_ws, "2026-02-20-unity", "kk", {"Unity day": "Бірлік күні"}, tmp_path)
    assert one.refresh()["files"] == 1
    assert two.refresh()["files"] == 0
    found = two.search("Unity day", target_language="kk")
    assert [m.source for m in found].count("Unity day") == 1


# Search


def test_search_is_best_first_across_languages(memory_ws, tmp_path):
    rid = "2026-03-03-kk-source"
    path = tmp_path / "kk.md"
    path.write_text(
        f'---\ntitle: "{KK[UNITY]}"\ndate: 2026-03-03\nlanguage: kk\nid: {rid}\n---\n\n'
        "Форум ашылды.\n",
        encoding="utf-8",
    )
    ingest_file(memory_ws, path)
    translate(memory_ws, rid, "ru", {KK[UNITY]: RU[UNITY]}, tmp_path)
    memory = Memory(memory_ws)
    results = memory.search("Unity is our common asset")
    assert [m.score for m in results] == sorted((m.score for m in results), reverse=True)
    assert results[0].source == UNITY and results[0].approved  # approved first at equal score
    assert {(m.target_language, m.origin) for m in results} == {
        ("kk", "2026-01-10-forum"),
        ("ru", "2026-01-10-forum"),
        ("kk", "2026-02-20-unity"),
    }
    assert [m.target for m in memory.search(KK[UNITY])] == [RU[UNITY]]
    assert [m.target_language for m in memory.search(UNITY, target_language="ru")] == ["ru"]
    assert len(memory.search(UNITY, limit=1)) == 1
    assert memory.search("   ") == []


# TMX


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
          adminlang="en-US" srclang="ru-RU" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="ru-RU"><seg>Форум   откроется
        <bpt i="1">&lt;b&gt;</bpt>в Астане<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="kk-KZ"><seg>Форум <hi>Астанада</hi> ашылады.<ph>&lt;br/&gt;</ph></seg></tuv>
      <tuv xml:lang="de-DE"><seg>Das Forum wird in Astana eröffnet.</seg></tuv>
      <tuv lang="EN"><seg>The forum opens in Astana.</seg></tuv>
    </tu>
    <tu srclang="*all*">
      <tuv xml:lang="KK"><seg>Бірлік</seg></tuv>
      <tuv xml:lang="ru_RU"><seg>Единство</seg></tuv>
    </tu>
    <tu><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv><tuv xml:lang="fr"><seg>Que</seg></tuv></tu>
  </body>
</tmx>
"""


def test_import_tmx_reads_languages_directions_and_inline_codes(workspace, tmp_path):
    source = tmp_path / "Legacy memory.tmx"
    source.write_text(TMX, encoding="utf-8")
    memory = Memory(workspace)
    assert memory.import_tmx(source) == 4
    copied = workspace.root / "translations" / "memory" / "Legacy-memory.tmx"
    assert copied.read_bytes() == source.read_bytes()
    forum = "Форум откроется в Астане."
    found = memory.lookup([forum], "ru", "kk")[forum]
    assert found == Match(forum, "Форум Астанада ашылады.", 100, "tmx:Legacy-memory.tmx", False,
                          "ru", "kk")  # fmt: skip
    assert memory.lookup([forum], "ru", "en")[forum].target == "The forum opens in Astana."
    assert memory.lookup(["The forum opens in Astana."], "en", "ru") == {}
    assert memory.lookup(["Бірлік"], "kk", "ru")["Бірлік"].target == "Единство"
    assert memory.lookup(["Единство"], "ru", "kk")["Единство"].target == "Бірлік"
    with pytest.raises(InputError, match="already"):
        memory.import_tmx(source)
    assert memory.refresh()["files"] == 0
    copied.unlink()
    assert memory.lookup([forum], "ru", "kk") == {}


def test_cyrillic_fuzzy_matches_and_yo(workspace, tmp_path):
    arrived = "Её делегация прибыла в Астану в четверг."
    source = tmp_path / "ru.tmx"
    source.write_text(
        '<tmx version="1.4b"><header srclang="ru"/><body><tu>'
        f'<tuv xml:lang="ru"><seg>{arrived}</seg></tuv>'
        '<tuv xml:lang="kk"><seg>Оның делегациясы бейсенбіде Астанаға келді.</seg></tuv>'
        "</tu></body></tmx>",
        encoding="utf-8",
    )
    memory = Memory(workspace)
    assert memory.import_tmx(source) == 1
    for query in (
        "Ее делегация прибыла в Астану в четверг.",
        arrived.replace("четверг", "пятницу"),
    ):
        match = memory.lookup([query], "ru", "kk")[query]
        assert match.source == arrived and 80 <= match.score < 100
    assert [m.source for m in memory.search("делегация прибыла в Астану")] == [arrived]
    with pytest.raises(InputError, match="unknown language"):
        memory.export_tmx(tmp_path / "x.tmx", target_language="de")


def test_tmx_round_trip(memory_ws, tmp_path):
    exported = tmp_path / "out" / "all.tmx"
    memory = Memory(memory_ws)
    assert memory.export_tmx(exported) == 6
    text = exported.read_text(encoding="utf-8")
    assert 'creationtool="press"' in text and 'srclang="*all*"' in text
    assert '<prop type="x-press-origin">2026-01-10-forum</prop>' in text
    assert '<prop type="x-press-state">approved</prop>' in text and KK[UNITY] in text
    assert memory.export_tmx(tmp_path / "again.tmx") == 6
    assert (tmp_path / "again.tmx").read_bytes() == exported.read_bytes()
    assert memory.export_tmx(tmp_path / "ru.tmx", target_language="ru") == 2

    other = init_workspace(tmp_path / "other")
    imported = Memory(other)
    assert imported.import_tmx(exported) == 6
    for lang in ("kk", "ru"):
        sources = [FORUM_2025, MET_OSCE, UNITY, "Unity day", MET_UN]
        before = memory.lookup(sources, "en", lang, exclude_release="2026-02-20-unity")
        after = imported.lookup(sources, "en", lang)
        assert {s: (m.source, m.target, m.score) for s, m in before.items()} == {
            s: (m.source, m.target, m.score) for s, m in after.items()
        }
        assert all(m.origin == "tmx:all.tmx" and not m.approved for m in after.values())
    assert imported.export_tmx(tmp_path / "back.tmx") == 6


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv><tuv xml:lang="kk"><seg>x</seg></tuv></tu>
</body></tmx>
"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (BILLION_LAUGHS, "entities"),
        ('msgid "x"\nmsgstr "y"\n', "not an XML file"),
        ("<html><body><p>Hello</p></body></html>", "not a TMX file"),
        ('<tmx version="2.0"><header srclang="en"/><body/></tmx>', "TMX 2.0"),
        (TMX.split("<tu>")[0] + "</body></tmx>", "no translation units"),
        (
            TMX.replace("kk-KZ", "de")
            .replace("ru-RU", "fr")
            .replace('"EN"', '"it"')
            .replace("KK", "es")
            .replace("ru_RU", "pt"),
            "no translation units",
        ),
        (
            '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>A</seg>'
            '</tuv><tuv xml:lang="kk"><seg>Ә</seg></tuv></tu>',
            "not an XML file",
        ),
    ],
)
def test_a_bad_tmx_file_is_refused_and_changes_nothing(memory_ws, tmp_path, content, message):
    memory = Memory(memory_ws)
    before_index = memory.search(UNITY, limit=50)
    before = files(memory_ws.root)
    bad = tmp_path / "bad.tmx"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        memory.import_tmx(bad)
    assert files(memory_ws.root) == before
    assert not (memory_ws.root / "translations" / "memory").exists()
    assert memory.search(UNITY, limit=50) == before_index
    assert memory.refresh()["files"] == 0


def test_import_refuses_a_missing_file(workspace, tmp_path):
    with pytest.raises(InputError, match="not a file"):
        Memory(workspace).import_tmx(tmp_path / "nowhere.tmx")


def test_importing_the_module_does_not_load_rapidfuzz_or_defusedxml():
    code = (
        "import sys, workflow.memory; "
        "print([m for m in ('rapidfuzz', 'defusedxml') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_few_words_find_the_sentences_that_hold_them(memory_ws, tmp_path):
    rid = "2026-02-20-unity"
    translate(memory_ws, rid, "kk", {"Unity day": "Бірлік күні"}, tmp_path)
    found = Memory(memory_ws).search("common asset", target_language="kk")
    assert found and "common asset" in found[0].source


def test_ingest_counts_a_unit_filled_from_the_memory_once(memory_ws, tmp_path, runner):
    from conftest import invoke

    path = tmp_path / "new.md"
    path.write_text(
        '---\ntitle: "Unity week"\ndate: 2026-03-10\nlanguage: en\nid: 2026-03-10-week\n---\n'
        f"\n{UNITY}\n\nThe week ends with a concert.\n",
        encoding="utf-8",
    )
    result = invoke(runner, "ingest", str(path))
    assert result.exit_code == 0, result.stderr
    assert "kk: translations/kk/2026-03-10-week.po (2 new, 1 from memory (exact))" in result.stdout
