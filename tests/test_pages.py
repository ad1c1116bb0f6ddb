"""Sources as they really arrive — pasted pages, Word files, saved HTML pages —
read into exactly the expected units, date and metadata.

Each ``tests/data/pages/<name>.<ext>`` (``.txt``, ``.docx``, ``.html``) has a
``<name>.expect`` beside it, written by hand:

* ``@lang ru``, ``@date 2024-03-05``, ``@place Астана`` and ``@<key> <value>`` for each
  metadata value (``@photo пресс-служба акимата``); a key not given must be absent;
* then one ``kind: text`` line per unit position, in reading order, as
  ``Release.positions()`` lists them (each sentence of a paragraph its own line);
  ``{nbsp}`` stands for a no-break space the text keeps;
* ``#`` lines are comments.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workflow.sources import build_release, read_source
from workflow.sources.markdown import read_markdown, render_source

PAGES = Path(__file__).parent / "data" / "pages"
SOURCES = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".docx", ".html"))


def read_expect(path: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    facts: dict[str, str] = {}
    units: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        line = line.replace("{nbsp}", "\u00a0")
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            facts[key] = value.strip()
        else:
            kind, sep, text = line.partition(": ")
            assert sep, f"{path.name}: not 'kind: text': {line!r}"
            units.append((kind, text))
    return facts, units


@pytest.mark.parametrize("source", SOURCES, ids=[p.name for p in SOURCES])
def test_source_reads_into_the_expected_release(source: Path) -> None:
    facts, expected = read_expect(source.with_suffix(".expect"))
    document = read_source(source.read_bytes(), source.name)
    release = build_release(document, "x", facts.pop("lang"))
    got = [(kind.value, text) for _pos, kind, text in release.positions()]
    assert got == expected
    date = facts.pop("date", None)
    assert release.date == (dt.date.fromisoformat(date) if date else None)
    assert release.place == facts.pop("place", None)
    assert release.metadata == facts


def test_every_kind_of_source_is_here() -> None:
    """Twelve pastes (four per language), three Word files and three HTML pages at least."""
    pastes = [p for p in SOURCES if p.suffix == ".txt"]
    for lang in ("en", "kk", "ru"):
        assert sum(p.name.startswith(f"{lang}-") for p in pastes) >= 4, lang
    assert sum(p.suffix == ".docx" for p in SOURCES) >= 3
    assert sum(p.suffix == ".html" for p in SOURCES) >= 3


@pytest.mark.parametrize("source", SOURCES, ids=[p.name for p in SOURCES])
def test_source_md_reads_back_the_same_release(source: Path) -> None:
    """What an ingest stores as source.md gives the same units, kinds and facts again
    (so ``press update`` after a hand edit changes only what was edited)."""
    facts, _ = read_expect(source.with_suffix(".expect"))
    document = read_source(source.read_bytes(), source.name)
    document.id, document.language = "x", facts["lang"]
    again = read_markdown(render_source(document))
    first, second = (build_release(d, "x", facts["lang"]) for d in (document, again))
    assert second.positions() == first.positions()
    assert (second.date, second.place, second.metadata) == (first.date, first.place, first.metadata)
