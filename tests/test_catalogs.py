"""PO files: written as GNU gettext writes them, read back the same, states mapped."""

from __future__ import annotations

import subprocess

import pytest

from workflow import store
from workflow.merge import carry_over
from workflow.model import UnitState
from workflow.po.catalogs import catalog_from_po, render_catalog
from workflow.po.read import parse_po


def _catalog_with_every_state(workspace, ingested):
    stored = store.load(workspace, ingested)
    release, catalog = stored.release, stored.catalog("ru")
    states = [UnitState.UNTRANSLATED, UnitState.NEEDS_WORK, UnitState.TRANSLATED]
    for i, unit in enumerate(catalog.units):
        unit.state = states[i % 3]
        if unit.state is not UnitState.UNTRANSLATED:
            unit.translation = "Перевод: «" + unit.source + "» — на русском языке, " * 3
    return release, catalog


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_msgcat_reproduces_the_file_and_msgfmt_accepts_it(workspace, ingested, tmp_path, lang):
    release, catalog = _catalog_with_every_state(workspace, ingested)
    catalog.language = lang
    path = tmp_path / f"{lang}.po"
    path.write_text(render_catalog(catalog, release.title), encoding="utf-8")
    again = subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout
    assert again == path.read_bytes()
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)


def test_headers_carry_language_plural_forms_and_release(workspace, ingested):
    text = workspace.catalog_path(ingested, "kk").read_text(encoding="utf-8")
    assert '"Language: kk\\n"' in text
    assert '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in text
    assert '"Content-Type: text/plain; charset=UTF-8\\n"' in text
    ru = workspace.catalog_path(ingested, "ru").read_text(encoding="utf-8")
    assert "nplurals=3;" in ru
    assert f'"X-Press-Release: {ingested}\\n"' in text


def test_translators_see_kind_and_position(workspace, ingested):
    text = workspace.catalog_path(ingested, "kk").read_text(encoding="utf-8")
    assert '#. title: the headline of the release\n#: t1\nmsgid "Kazakhstan' in text
    assert "#. quote: the opening dash" in text
    assert "#: p1.s2 p2\n" in text  # one unit for a sentence that appears twice


def test_read_and_render_round_trip(workspace, ingested):
    release, catalog = _catalog_with_every_state(workspace, ingested)
    text = render_catalog(catalog, release.title)
    back = catalog_from_po(parse_po(text, "x.po"))
    assert [(u.source, u.translation, u.state, u.kind, u.positions) for u in back.units] == [
        (u.source, u.translation, u.state, u.kind, u.positions) for u in catalog.units
    ]
    assert render_catalog(carry_over(release, "ru", back), release.title) == text


@pytest.mark.parametrize(
    ("comment", "marks", "notes"),
    [
        ("press: translated by aigerim on 2026-11-20", 1, []),
        ("press: approved by dana on 2026-11-21 (text 0123456789ab)", 1, []),
        ("press: translated by somebody", 0, []),  # like a mark, but none: no one's note
        ("see the glossary", 0, ["see the glossary"]),
        ("press: translated by aigerim on 2026-11-20\nsee the glossary", 1, ["see the glossary"]),
        ("press: approved by dana on 2026-11-21\n(text 0123456789ab)", 1, []),  # wrapped
        ("", 0, []),
    ],
)
def test_marks_and_notes_are_told_apart(comment, marks, notes):
    from workflow.po.catalogs import _split_notes
    from workflow.po.entry import PoEntry

    found, written = _split_notes(PoEntry("Astana", "Астана", tcomment=comment))
    assert (len(found), written) == (marks, notes)
