"""The two pasted releases of tests/data ingest into exactly the expected units."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workflow.sources import build_release, read_source

DATA = Path(__file__).parent / "data"


def expected_units(name: str) -> list[tuple[str, str]]:
    """``kind: text`` lines of ``<name>.units``."""
    lines = (DATA / f"{name}.units").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split(": ", 1)) for line in lines if line.strip()]


@pytest.mark.parametrize(
    ("name", "lang", "date"),
    [
        ("statement-plain-en.txt", "en", None),
        ("site-paste-ru.txt", "ru", dt.date(2026, 11, 19)),
    ],
)
def test_pasted_release_ingests_into_the_right_units(name, lang, date):
    document = read_source((DATA / name).read_bytes(), name)
    release = build_release(document, "x", lang)
    got = [(kind.value, text) for _pos, kind, text in release.positions()]
    assert got == expected_units(name)
    if date:
        assert release.date == date
