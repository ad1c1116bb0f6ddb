"""The repository is a workspace: its sample releases are complete and well formed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from workflow.journal import read_history
from workflow.sources.markdown import render_source
from workflow.status import release_status
from workflow.store import read_document
from workflow.workspace import Workspace

ROOT = Path(__file__).parent.parent
WORKSPACE = Workspace.find(ROOT)
IDS = WORKSPACE.release_ids()
CATALOGS = sorted(ROOT.glob("translations/*/*.po"))


def test_the_repository_is_a_workspace_with_three_samples():
    assert WORKSPACE.root == ROOT
    assert len(IDS) >= 3
    languages = {read_document(WORKSPACE, rid).language for rid in IDS}
    assert {"en", "ru"} <= languages  # one sample is written in Russian


@pytest.mark.parametrize("release_id", IDS)
def test_every_sample_is_approved_by_its_reviewers_and_editor(release_id):
    status = release_status(WORKSPACE, release_id)
    assert status["state"] in ("approved", "published")
    for lang, counts in status["languages"].items():
        assert counts["total"] > 0
        assert counts["approved"] == counts["total"], (release_id, lang)
    who = {entry["who"] for entry in read_history(WORKSPACE.journal_path(release_id)).entries}
    assert len(who) >= 5  # publisher, two translators, two reviewers, editor


@pytest.mark.parametrize("release_id", IDS)
def test_source_md_is_canonical(release_id):
    path = WORKSPACE.source_path(release_id)
    assert render_source(read_document(WORKSPACE, release_id)) == path.read_text("utf-8")


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sample_catalogs_are_as_gettext_writes_them(path):
    again = subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout
    assert again == path.read_bytes()
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)


KAZAKH_ONLY = set("әғқңөұүһі")


@pytest.mark.parametrize("path", [p for p in CATALOGS if p.parent.name == "kk"], ids=str)
def test_kazakh_uses_kazakh_letters_not_look_alikes(path):
    text = path.read_text("utf-8").split('msgstr ""\n', 1)[1]
    msgstrs = [line for line in text.splitlines() if not line.startswith(("#", "msgid"))]
    joined = " ".join(msgstrs)
    assert KAZAKH_ONLY & set(joined.lower())
    assert "ə" not in joined and "ӊ" not in joined  # schwa and en-with-hook look-alikes


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_word_mixes_latin_and_cyrillic_letters(path):
    words = re.findall(r"[^\W\d_]+", path.read_text("utf-8"))
    mixed = [w for w in words if re.search("[a-zA-Z]", w) and re.search("[\u0400-\u04ff]", w)]
    assert mixed == []
