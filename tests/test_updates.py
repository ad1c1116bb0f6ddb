"""Source updates: unchanged, edited, new, removed and restored sentences; memory leverage."""

from __future__ import annotations

import difflib
import gc
import json
import random
import subprocess

import polib
import pytest
from conftest import RELEASE_MD, ingest_file, invoke, translation, who

from workflow.actions import pull, push, update
from workflow.errors import PressError
from workflow.merge import _opcodes, pair_edits
from workflow.model import UnitState
from workflow.po.catalogs import read_catalog
from workflow.status import release_status


def _translate(ws, rid, tmp_path, lang="kk", review=False):
    path = tmp_path / f"{lang}.po"
    path.write_text(pull(ws, who(ws), rid, lang, review=review).text, encoding="utf-8")
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = entry.msgstr or translation(entry.msgid, lang)
    po.save(str(path))
    push(ws, who(ws), path.read_bytes(), path.name, review=review)


def _edit_source(ws, rid, old, new):
    path = ws.source_path(rid)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _units(ws, rid, lang="kk"):
    return read_catalog(ws.catalog_path(rid, lang)).by_source()


EDITED = "The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the OSCE."


def test_update_after_a_hand_edit(workspace, ingested, tmp_path, runner):
    ws, rid = workspace, ingested
    _translate(ws, rid, tmp_path)
    _translate(ws, rid, tmp_path, review=True)  # every kk unit approved
    _edit_source(ws, rid, EDITED, EDITED.replace("met a delegation", "received a delegation"))
    _edit_source(ws, rid, "> We value our cooperation. ", "> ")
    _edit_source(
        ws,
        rid,
        "Unity is our common asset.",
        "Unity is our common asset. Dialogue builds trust between nations.",
    )
    assert release_status(ws, rid)["source_changed"] is True
    with pytest.raises(PressError, match="press update"):
        pull(ws, who(ws), rid, "kk")

    result = invoke(runner, "update", rid)
    assert result.exit_code == 0, result.output
    assert "1 edited" in result.stdout and "1 new" in result.stdout
    assert "1 removed" in result.stdout

    units = _units(ws, rid)
    edited = units[EDITED.replace("met a delegation", "received a delegation")]
    assert edited.state is UnitState.NEEDS_WORK
    assert edited.translation == translation(EDITED, "kk")
    assert edited.previous_source == EDITED
    assert units["Dialogue builds trust between nations."].state is UnitState.UNTRANSLATED
    assert units["ASTANA"].state is UnitState.APPROVED  # unchanged keeps its approval
    catalog = read_catalog(ws.catalog_path(rid, "kk"))
    assert [u.source for u in catalog.obsolete] == ["We value our cooperation."]

    text = ws.catalog_path(rid, "kk").read_text(encoding="utf-8")
    assert f'#| msgid "{EDITED}"' in text or '#| msgid ""' in text
    assert '#~ msgid "We value our cooperation."' in text
    again = subprocess.run(
        ["msgcat", str(ws.catalog_path(rid, "kk"))], capture_output=True, check=True
    ).stdout
    assert again == ws.catalog_path(rid, "kk").read_bytes()

    log = json.loads(invoke(runner, "log", rid, "--json").stdout)
    assert log[-1]["action"] == "update"
    assert log[-1]["counts"]["kk"] == {"unchanged": 6, "edited": 1, "new": 1, "removed": 1}
    assert release_status(ws, rid).get("source_changed") is None


def test_a_removed_sentence_that_comes_back_is_restored(workspace, ingested, tmp_path):
    ws, rid = workspace, ingested
    _translate(ws, rid, tmp_path)
    _edit_source(ws, rid, "> We value our cooperation. ", "> ")
    update(ws, who(ws), rid)
    _edit_source(ws, rid, "> Unity", "> We value our cooperation. Unity")
    result = update(ws, who(ws), rid)
    assert result.counts["kk"]["restored"] == 1
    unit = _units(ws, rid)["We value our cooperation."]
    assert unit.state is UnitState.TRANSLATED and unit.translation == translation(unit.source, "kk")


def test_an_approved_release_whose_source_changed_is_no_longer_approved(
    workspace, ingested, tmp_path, runner
):
    ws, rid = workspace, ingested
    for lang in ("kk", "ru"):
        _translate(ws, rid, tmp_path, lang)
        _translate(ws, rid, tmp_path, lang, review=True)
    assert invoke(runner, "approve", rid).exit_code == 0
    assert release_status(ws, rid)["state"] == "approved"
    _edit_source(ws, rid, "language policy.", "language policy and education.")
    invoke(runner, "update", rid)
    assert release_status(ws, rid)["state"] == "translating"


def test_ingest_with_an_existing_id_replaces_the_source(workspace, ingested, tmp_path, runner):
    ws, rid = workspace, ingested
    _translate(ws, rid, tmp_path)
    changed = tmp_path / "v2.md"
    changed.write_text(
        RELEASE_MD.replace("Unity is our common asset.", "Unity is our strength."), encoding="utf-8"
    )
    refused = invoke(runner, "ingest", str(changed))
    assert refused.exit_code == 1 and f"--id {rid}" in refused.stderr
    result = invoke(runner, "ingest", str(changed), "--id", rid)
    assert result.exit_code == 0 and result.stdout.startswith("Updated")
    assert _units(ws, rid)["Unity is our strength."].state is UnitState.NEEDS_WORK


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            ["a1", "The talks began in Astana.", "z"],
            ["a1", "The talks began in Almaty.", "z"],
            {"The talks began in Almaty.": "The talks began in Astana."},
        ),
        (["x", "The talks began in Astana."], ["x", "A concert for children followed."], {}),
        # moved and edited: found by the second pass
        (
            ["The talks began in Astana on Monday.", "b", "c"],
            ["b", "c", "The talks began in Astana on Tuesday."],
            {"The talks began in Astana on Tuesday.": "The talks began in Astana on Monday."},
        ),
    ],
)
def test_pair_edits(old, new, expected):
    removed = set(old) - set(new)
    added = set(new) - set(old)
    assert pair_edits(old, new, removed, added) == expected


def _edited(rng: random.Random, old: list[str]) -> list[str]:
    """``old`` with sentences removed, added, replaced and moved; no sentence twice."""
    new = list(old)
    for _ in range(rng.randint(0, 12)):
        choice = rng.random()
        if choice < 0.6 and new:
            at = rng.randrange(len(new))
            if choice < 0.2:
                new.pop(at)
            elif choice < 0.4:
                new[at] = f"edited {rng.random()}"
            else:
                new.insert(rng.randint(0, len(new) - 1), new.pop(at))
        else:
            new.insert(rng.randint(0, len(new)), f"added {rng.random()}")
    if rng.random() < 0.1:
        rng.shuffle(new)
    return list(dict.fromkeys(new))


def test_the_alignment_is_difflibs():
    """Sentences aligned run by run give difflib's opcodes, hunk for hunk."""
    rng = random.Random(5)
    for _ in range(4000):
        old = [f"s{i}" for i in range(rng.randint(0, 60))]
        new = _edited(rng, old)
        expected = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
        assert _opcodes(old, new) == expected, (old, new)
    repeated = ["a", "b", "a", "c"]  # not a release's units: difflib itself
    assert (
        _opcodes(repeated, ["a", "c"])
        == difflib.SequenceMatcher(None, repeated, ["a", "c"], autojunk=False).get_opcodes()
    )


def test_update_leaves_the_garbage_collector_as_it_was(workspace, ingested):
    source = workspace.source_path(ingested)
    source.write_text(source.read_text(encoding="utf-8") + "\nA new closing line.\n", "utf-8")
    assert gc.isenabled()
    update(workspace, who(workspace), ingested)
    assert gc.isenabled()


def test_a_second_release_arrives_prefilled_from_memory(workspace, ingested, tmp_path):
    ws, rid = workspace, ingested
    _translate(ws, rid, tmp_path)
    _translate(ws, rid, tmp_path, review=True)
    second = tmp_path / "second.md"
    second.write_text(
        RELEASE_MD.replace("2026-11-12", "2026-11-20")
        .replace(
            "Kazakhstan and the OSCE discuss interethnic harmony",
            "The OSCE delegation visits the House of Friendship",
        )
        .replace("a delegation of the OSCE", "a delegation of the UNESCO"),
        encoding="utf-8",
    )
    result = ingest_file(ws, second)
    counts = result.counts["kk"]
    assert counts["memory_exact"] >= 4 and counts["memory_fuzzy"] >= 1
    units = _units(ws, result.release.id)
    unity = units["Unity is our common asset."]
    assert unity.state is UnitState.TRANSLATED
    assert unity.notes == [f"memory: exact match from {rid}"]
    fuzzy = units[EDITED.replace("OSCE", "UNESCO")]
    assert fuzzy.state is UnitState.NEEDS_WORK and fuzzy.previous_source == EDITED
    assert fuzzy.notes[0].startswith("memory: ") and rid in fuzzy.notes[0]
    title = units["The OSCE delegation visits the House of Friendship"]
    assert title.state is UnitState.UNTRANSLATED
