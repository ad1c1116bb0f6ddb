"""The shortcuts the checks read texts with find exactly what the long way finds."""

from __future__ import annotations

import re

import pytest

from workflow.checks import Context, Subject, numerals, registry, run, text
from workflow.markup import parse_inline, plain_text

_PLAIN_HINT = re.compile(r"\d[:./-]\d|[+(]\d|\d\s?[apAP]\.?[mM]\b")
"""What ``numerals._HINT`` stands for, written as a plain choice."""

TEXTS = [
    "On 26 November 2026, 15% of 1,200 delegates voted.",
    "Call +7 (7172) 74-57-19 or 74-57-19 at 10:00, 3.30 p.m. or 10 am",
    "26.11.2026, 26/11/2026, 2-3 млрд, (1) and +1",
    "a4pm 4 PM 4pM 4 p.m. 12:5 1.2 x-1 -1 (a) +",
    "XXI ғасыр, the XXI century, 1990s",
    "",
]


@pytest.mark.parametrize("value", TEXTS)
def test_the_hint_finds_what_the_plain_choice_finds(value):
    assert (numerals._HINT.search(value) is None) == (_PLAIN_HINT.search(value) is None)
    for start in range(len(value)):
        piece = value[start:]
        assert (numerals._HINT.search(piece) is None) == (_PLAIN_HINT.search(piece) is None)


@pytest.mark.parametrize("source", [True, False])
@pytest.mark.parametrize("value", TEXTS)
def test_special_hint_is_a_roman_century_or_the_digits_hint(value, source):
    roman = source and numerals.ROMAN.search(value) is not None
    assert numerals.special_hint(value, source) == (roman or numerals.digits_hint(value, source))


@pytest.mark.parametrize(
    "value", ["Read **the plan** on [gov.kz](https://gov.kz).", "5 \\* 3", "plain", "a\x07b"]
)
def test_the_kept_readings_are_the_markup_module_s(value):
    assert text.inline(value) == parse_inline(value)
    marked = any(mark in value for mark in ("*", "[", "\\"))
    assert text.plain(value) == (plain_text(parse_inline(value)) if marked else value)
    assert text.words_only(value) == " ".join(text.plain(value).split())


def test_a_blank_translation_is_reported_by_blank_alone():
    found = run(Subject("The plan of 2026.", " \u200b", "en", "kk"), Context())
    assert [check.id for check, _ in found] == ["blank"]
    assert next(iter(registry())) == "blank"
