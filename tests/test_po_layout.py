"""The reader's quick way through files in gettext's own layout gives what the line-by-line
reader gives, and leaves every other file to it (so every refusal stays as it was).

Differential: files render_po writes, and thousands of them with a few characters or lines
changed, are read both ways; where the quick way takes a file, the entries and the header
must be the same, and where the line reader refuses one, the quick way must not take it.
"""

from __future__ import annotations

import random

import pytest
from test_poformat import GOLDEN, HEADER_FIELDS, random_lengths, random_text, same_newlines

from workflow.errors import InputError
from workflow.po.entry import PoEntry
from workflow.po.read import _read, _read_laid_out, _Refused, parse_po
from workflow.po.write import render_po

HEAD = 'msgid ""\nmsgstr ""\n"Language: kk\\n"\n\n'


def _rendered(rng: random.Random, count: int) -> str:
    entries, seen = [], set()
    while len(entries) < count:
        msgid = random_text(rng, random_lengths(rng))
        if not msgid.strip("\n") or msgid in seen:
            continue
        seen.add(msgid)
        entry = PoEntry(msgid, same_newlines(msgid, random_text(rng, random_lengths(rng))))
        if rng.random() < 0.3:
            entry.previous_msgid, entry.flags = random_text(rng, 120), ["fuzzy"]
        if rng.random() < 0.2:
            entry.msgctxt = random_text(rng, 30)
        if rng.random() < 0.3:
            entry.tcomment = "press: translated by aigerim on 2026-11-20\nsee the glossary"
        if rng.random() < 0.1 and entry.previous_msgid is None:
            entry.obsolete = True
        entry.comment = "paragraph" if rng.random() < 0.5 else ""
        entry.occurrences = [(f"p{len(entries)}.s{n}", "") for n in range(rng.randint(0, 12))]
        entries.append(entry)
    return render_po("Пресс-релиз", HEADER_FIELDS, entries)


def _by_lines(text: str):
    try:
        return _read(text)
    except _Refused as refused:
        return ("refused", str(refused))


def test_what_render_po_writes_takes_the_quick_way() -> None:
    rng = random.Random(3)
    for _ in range(20):
        text = _rendered(rng, 40)
        quick = _read_laid_out(text)
        assert quick is not None
        assert quick == _read(text)


def test_the_quick_way_leaves_other_layouts_to_the_line_reader() -> None:
    """Plurals, indented lines, a comment inside an entry, a keyword with no space."""
    assert _read_laid_out(GOLDEN) is None  # it has plurals
    for body in (
        '  msgid "News"\nmsgstr "Жаңалық"\n',
        'msgid "News"\n# note\nmsgstr "Жаңалық"\n',
        'msgid"News"\nmsgstr"Жаңалық"\n',
        'msgid "News"\nmsgstr "Жаңалық"  \n',
        'msgid "News"\nmsgstr "Жаңалық"\n\n"more"\n',
    ):
        assert _read_laid_out(HEAD + body) is None
        assert parse_po(HEAD + body, "kk/x.po").entries[0].msgid == "News"


_PIECES = ('"', "\\", "\n", " ", "\t", "\r", "#", "~", "|", ".", ":", ",", "msgid ",
           "msgstr ", "msgctxt ", "#~ ", "#| ", "x", "\\n", '\\"', "\\q", "\\x41", "\\xd0",
           "msgstr[0] ", "msgid_plural ", "\x85", "\u2028", '""', "\n\n", "# ", "#.", "#:",
           '#, fuzzy', 'msgid ""\nmsgstr ""\n')  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_changed_files_read_alike_both_ways(seed: int) -> None:
    rng = random.Random(seed)
    files = [_rendered(rng, 6) for _ in range(12)]
    quick_ones = 0
    for _ in range(2500):
        text = list(rng.choice(files))
        for _change in range(rng.randint(1, 3)):
            at = rng.randrange(len(text) + 1)
            roll = rng.random()
            if roll < 0.4:
                text.insert(at, rng.choice(_PIECES))
            elif text:
                at = min(at, len(text) - 1)
                if roll < 0.7:
                    del text[at]
                else:
                    text[at] = rng.choice(_PIECES)
        text = "".join(text)
        quick = _read_laid_out(text)
        if quick is not None:
            quick_ones += 1
            assert quick == _by_lines(text), text
    assert quick_ones > 200  # the changes that keep the layout are read the quick way


def test_a_long_line_out_of_layout_is_given_up_at_once() -> None:
    """Only an entry's start is tried: a search from every later place of this line would
    scan to its end each time (hours for a file of a few megabytes)."""
    text = HEAD + "#: " + "#:" * 200_000 + "\nnot a keyword\n"
    assert _read_laid_out(text) is None
    with pytest.raises(InputError, match="line 6"):
        parse_po(text, "kk/x.po")
