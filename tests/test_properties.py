"""Properties that must hold for any text, checked with hypothesis: the PO files keep
every translation as it was written, sentences keep every character of their
paragraph, the Kazakh Latin script drops no letter, and a push is what a pull gives
back."""

from __future__ import annotations

import polib
from conftest import RELEASE_MD, who
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workflow import actions
from workflow.checks.blank import is_blank
from workflow.errors import PressError
from workflow.latin import to_latin
from workflow.merge import carry_over
from workflow.model import UnitState
from workflow.po.catalogs import catalog_from_po, render_catalog
from workflow.po.read import parse_po
from workflow.segment import split_sentences
from workflow.sources import build_release
from workflow.sources.markdown import read_markdown
from workflow.workspace import init_workspace

KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
TRICKY = '"\\\t\n\u200e\u200f\u202a\u202c\u2066\u2069«»„“”—…\u00a0\u202f№'
"""Quotes, backslashes, tabs, line breaks, bidirectional marks, no-break spaces."""

text = (
    st.text(
        alphabet=st.one_of(
            st.sampled_from(TRICKY),
            st.sampled_from(KAZAKH + KAZAKH.upper()),
            st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")),
        ),
        min_size=1,
        max_size=120,
    )
    .map(lambda t: t.strip("\n"))
    .filter(lambda t: t.strip())
)

RELEASE = build_release(read_markdown(RELEASE_MD), "2026-11-12-osce", "en")


@settings(max_examples=200, deadline=None)
@given(translation=text)
def test_a_po_file_keeps_any_translation(translation):
    catalog = carry_over(RELEASE, "kk", None)
    unit = catalog.units[0]
    unit.translation, unit.state = translation, UnitState.TRANSLATED
    written = render_catalog(catalog, RELEASE.title)
    read = catalog_from_po(parse_po(written, "kk.po"))
    assert read.units[0].translation == translation
    assert polib.pofile(written).find(unit.source).msgstr == translation  # a second reader


sentence = st.text(
    alphabet=st.one_of(
        st.sampled_from('.!?… ,;:«»"()-—0123456789'),
        st.sampled_from("АБВгдеҚқӘәIJKLmnop"),
    ),
    min_size=1,
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(paragraph=sentence, lang=st.sampled_from(["en", "kk", "ru"]))
def test_sentences_keep_every_character_of_their_paragraph(paragraph, lang):
    cut = split_sentences(paragraph, lang)
    assert "".join("".join(cut).split()) == "".join(paragraph.split())


@settings(max_examples=300, deadline=None)
@given(words=st.text(alphabet=st.sampled_from(KAZAKH + KAZAKH.upper() + " -,."), max_size=200))
def test_the_latin_script_drops_no_letter(words):
    latin = to_latin(words)
    letters = [c for c in words if c.isalpha() and c.lower() not in "ъь"]  # signs: dropped
    assert len([c for c in latin if c.isalpha()]) >= len(letters)
    assert not any("\u0400" <= c <= "\u04ff" for c in latin)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(translation=text)
def test_push_then_pull_gives_back_what_was_pushed(tmp_path_factory, translation):
    root = tmp_path_factory.mktemp("prop") / "ws"
    ws = init_workspace(root, organization="Press Service")
    actor = who(ws, "tester")
    release_id = actions.ingest(ws, actor, RELEASE_MD.encode(), "r.md").release_id
    po = polib.pofile(actions.pull(ws, actor, release_id, "kk").text)
    entry = next(e for e in po if "\n" not in e.msgid)
    entry.msgstr = translation
    try:
        actions.push(ws, actor, str(po).encode(), "kk.po")
    except PressError:  # refused as a whole (text in another script, say): nothing changed
        kept = polib.pofile(actions.pull(ws, actor, release_id, "kk").text).find(entry.msgid)
        assert kept.msgstr == ""
        return
    pulled = polib.pofile(actions.pull(ws, actor, release_id, "kk").text).find(entry.msgid)
    assert pulled.msgstr == ("" if is_blank(translation) else translation)
