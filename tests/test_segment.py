"""Sentence segmentation: hand-checked press-release cases in three languages.

Most cases live in ``tests/data/segment_cases.tsv``, one per line, with every
expected boundary marked ``" ‖ "`` in the text; the cases here need characters
a TSV line cannot show plainly (no-break spaces, line breaks, padding).
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest

from workflow.errors import InputError
from workflow.segment import split_sentences

MARK = " ‖ "
CASES_FILE = Path(__file__).parent / "data" / "segment_cases.tsv"


def read_cases() -> list[tuple[str, str, list[str]]]:
    """(lang, input text, expected sentences) for every case line of the cases file."""
    cases = []
    for line in CASES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, marked = line.split("\t")
            cases.append((lang, marked.replace(MARK, " "), marked.split(MARK)))
    return cases


def case_ids(cases: list[tuple[str, str, list[str]]]) -> list[str]:
    """``ru-12``: the language and the case's number among that language's cases."""
    seen: dict[str, int] = {}
    ids = []
    for lang, _, _ in cases:
        seen[lang] = seen.get(lang, 0) + 1
        ids.append(f"{lang}-{seen[lang]}")
    return ids


CASES = read_cases()


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=case_ids(CASES))
def test_case(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_enough_cases_per_language() -> None:
    counts = {lang: sum(1 for case in CASES if case[0] == lang) for lang in ("en", "kk", "ru")}
    assert min(counts.values()) >= 134 and sum(counts.values()) >= 400, counts


NBSP, NNBSP = "\u00a0", "\u202f"

SPECIAL_CASES = [
    ("en", "", []),
    ("kk", " \n\t ", []),
    ("en", "The session ended", ["The session ended"]),
    ("ru", "  Сессия открылась в 10:00.  ", ["Сессия открылась в 10:00."]),
    ("en", "The session opened.\nIt ended.", ["The session opened.", "It ended."]),
    ("kk", "Сессия ашылды.   Делегаттар\n отырды.", ["Сессия ашылды.", "Делегаттар\n отырды."]),
    # A no-break space after a full stop binds: no split.
    ("ru", f"Встреча прошла в г.{NBSP}Астане.", [f"Встреча прошла в г.{NBSP}Астане."]),
    ("ru", f"Выступил Н.{NBSP}А.{NBSP}Назарбаев.", [f"Выступил Н.{NBSP}А.{NBSP}Назарбаев."]),
    ("ru", f"Астана, 1 мая 2026 г.{NBSP}— Сегодня…", [f"Астана, 1 мая 2026 г.{NBSP}— Сегодня…"]),
    # CLDR puts a narrow no-break space between a year and "г."/"ж.".
    (
        "kk",
        f"Сессия 2026{NNBSP}ж. 26 қарашада өтеді.",
        [f"Сессия 2026{NNBSP}ж. 26 қарашада өтеді."],
    ),
    (
        "ru",
        f"Закон принят в 2025{NNBSP}г. Он вступит.",
        [f"Закон принят в 2025{NNBSP}г.", "Он вступит."],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPECIAL_CASES, ids=case_ids(SPECIAL_CASES))
def test_special_whitespace(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize("letter", "АБӘҒҚҢӨҰҮҺІЁ")
def test_kazakh_capital_initial_does_not_end_a_sentence(letter: str) -> None:
    text = f"Баяндаманы {letter}. Сейітова жасады."
    assert split_sentences(text, "kk") == [text]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(InputError):
        split_sentences("Hello.", "de")


def normalise(text: str) -> str:
    return " ".join(text.split())


def assert_verbatim(text: str, sentences: list[str]) -> None:
    """Sentences are stripped slices of ``text``, in order, covering all of it."""
    assert normalise(" ".join(sentences)) == normalise(text)
    position = 0
    for sentence in sentences:
        assert sentence == sentence.strip() and sentence
        found = text.index(sentence, position)
        assert not text[position:found].strip()
        position = found + len(sentence)
    assert not text[position:].strip()


@pytest.mark.parametrize(
    ("lang", "text"),
    [case[:2] for case in CASES + SPECIAL_CASES],
    ids=case_ids(CASES + SPECIAL_CASES),
)
def test_sentences_are_verbatim(lang: str, text: str) -> None:
    assert_verbatim(text, split_sentences(text, lang))


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_verbatim_on_random_paragraphs(lang: str) -> None:
    rng = random.Random(lang)
    texts = [text for case_lang, text, _ in CASES if case_lang == lang]
    for _ in range(200):
        pieces = rng.sample(texts, 3)
        text = "".join(rng.choice([" ", "  ", "\n", NBSP, " \u00a0"]) + p for p in pieces)
        assert_verbatim(text, split_sentences(text, lang))


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_cases_joined_keep_their_sentences(lang: str) -> None:
    """Each case's sentences come out the same when it follows another case."""
    cases = [case for case in CASES if case[0] == lang and re.search(r"[.!?…»”*)]$", case[1])]
    for previous, current in itertools.pairwise(cases):
        if current[1][0].islower():
            continue
        text = previous[1] + " " + current[1]
        assert split_sentences(text, lang) == previous[2] + current[2], text


def test_stops_are_found_as_the_stop_pattern_finds_them():
    """The quick scan for stop marks finds every match ``_STOP_RE.finditer`` finds, alike."""
    from workflow import segment

    rng = random.Random(3)
    alphabet = list("ab Ж1.. !?…»”“\"')]*_([«\u00a0\u2009\t\n")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        expected = [(m.span(), m.span(1), m.groups()) for m in segment._STOP_RE.finditer(text)]
        found = [(m.span(), m.span(1), m.groups()) for m in segment._stops(text)]
        assert found == expected, text
