"""press reads PO files as GNU gettext does: what msgfmt accepts, nothing it refuses.

Differential where it can be: files that render_po writes (byte for byte what msgcat
writes) read back to the same entries; on files both accept, the reader agrees with
polib; each file the reader refuses is one ``msgfmt --check`` refuses too.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from test_poformat import GOLDEN, HEADER_FIELDS, random_lengths, random_text, same_newlines

from workflow.errors import InputError
from workflow.po.entry import PoEntry
from workflow.po.read import parse_po
from workflow.po.write import render_po

HEAD = 'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def shape(entry) -> tuple:
    """What an entry says, from our reader or from polib."""
    return (
        entry.msgctxt,
        entry.msgid,
        entry.msgstr,
        entry.msgid_plural or "",
        dict(entry.msgstr_plural or {}),
        entry.tcomment or "",
        entry.comment or "",
        list(entry.flags),
        [path for path, _ in entry.occurrences],
        entry.previous_msgid,
        entry.previous_msgctxt,
        bool(entry.obsolete),
    )


def assert_same_as_polib(text: str) -> None:
    ours = parse_po(text, "x.po")
    theirs = polib.pofile(text, wrapwidth=0)
    assert ours.headers == dict(theirs.metadata)
    assert [shape(e) for e in ours.entries] == [shape(e) for e in theirs]


def test_the_golden_file_reads_as_polib_reads_it() -> None:
    assert_same_as_polib(GOLDEN)
    po = parse_po(GOLDEN, "x.po")
    first = po.entries[0]
    assert (first.msgctxt, first.previous_msgid, first.fuzzy) == (
        "title",
        "Assembly of People",
        True,
    )
    assert po.entries[-1].obsolete and po.entries[-1].msgstr == "Старое предложение"
    assert po.entries[3].msgstr_plural == {0: "%d делегат", 1: "%d делегата", 2: "%d делегатов"}


def test_what_render_po_writes_reads_back_the_same() -> None:
    """Wrapped at 79 columns, with inner newlines, contexts, plurals, previous texts."""
    rng = random.Random(21)
    entries, seen = [], set()
    while len(entries) < 600:
        msgid = random_text(rng, random_lengths(rng))
        if not msgid.strip("\n") or msgid in seen:
            continue
        seen.add(msgid)
        entry = PoEntry(msgid, same_newlines(msgid, random_text(rng, random_lengths(rng))))
        number = len(entries)
        if number % 3 == 0:
            entry.msgid_plural = same_newlines(msgid, random_text(rng, 60))
            entry.msgstr_plural = {n: same_newlines(msgid, random_text(rng, 70)) for n in range(3)}
            entry.msgstr = ""
        if number % 4 == 0:
            entry.previous_msgid, entry.flags = random_text(rng, 120), ["fuzzy"]
        if number % 7 == 0:
            entry.msgctxt = random_text(rng, 30)
        entry.tcomment = "Translator: see the glossary" if number % 5 == 0 else ""
        entry.comment = "paragraph" if number % 2 else ""
        entry.occurrences = [(f"p{number}.s1", "")] if number % 2 else []
        entries.append(entry)
    text = render_po("Пресс-релиз", HEADER_FIELDS, entries)
    po = parse_po(text, "x.po")
    assert [shape(e) for e in po.entries] == [shape(e) for e in entries]
    assert po.headers == dict(HEADER_FIELDS)
    assert_same_as_polib(text)


def test_control_characters_survive_the_round_trip() -> None:
    """BEL and its kin are written as gettext's escapes and read back as the characters
    (read as two letters, a unit with a BEL would never match its own file again)."""
    msgid = 'Bell \a, backspace \b, form feed \f, tab \t, vtab \v, CR \r, "quote" and \\'
    entry = PoEntry(msgid, "Звонок \a и «кавычки» \\")
    text = render_po("", HEADER_FIELDS, [entry])
    assert "\\a" in text
    (read,) = parse_po(text, "x.po").entries
    assert (read.msgid, read.msgstr) == (entry.msgid, entry.msgstr)


def test_escapes_gettext_defines_are_read_as_characters() -> None:
    text = HEAD + 'msgid "\\x41\\101\\?\\\'"\nmsgstr "\\x42"\n'
    (entry,) = parse_po(text, "x.po").entries
    assert (entry.msgid, entry.msgstr) == ("AA?'", "B")


def test_separators_stay_inside_a_string() -> None:
    """U+2028, U+2029, U+0085 and 0x1C are no line ends of a PO file (polib takes them
    for ones)."""
    text = HEAD + 'msgid "one\u2028two\u2029three\x85four\x1cfive"\nmsgstr "бір\u2028екі"\n'
    (entry,) = parse_po(text, "x.po").entries
    assert entry.msgid == "one\u2028two\u2029three\x85four\x1cfive"
    assert entry.msgstr == "бір\u2028екі"


ACCEPTED = {
    "comments msgfmt takes: a bare #, #@ and a bare #,": (
        '#\n#@ tool note\n#,\n#: p1.s1\nmsgid "News"\nmsgstr "Жаңалық"\n'
    ),
    "indented lines and a tab after the keyword": ('  msgid\t"News"\n\tmsgstr  "Жаңалық"\n'),
    "an obsolete entry with its previous text": (
        '#~| msgid "Old news"\n#~ msgid "News"\n#~ msgstr "Жаңалық"\n'
    ),
    "a file ending without a line break": 'msgid "News"\nmsgstr "Жаңалық"',
    "a keyword and its string with no space between": 'msgid"News"\nmsgstr"Жаңалық"\n',
}


@pytest.mark.parametrize("body", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_files_msgfmt_accepts_are_read(body: str, tmp_path: Path) -> None:
    assert _msgfmt_accepts(HEAD + body, tmp_path)
    (entry,) = parse_po(HEAD + body, "x.po").entries
    assert (entry.msgid, entry.msgstr) == ("News", "Жаңалық")


REFUSED = {
    "unterminated": ('msgid "News\nmsgstr "Жаңалық"\n', "line 6"),
    "no quotes": ('msgid "News"\nmsgstr Жаңалық\n', "line 7"),
    "an escape gettext does not know": ('msgid "News"\nmsgstr "Жаңа\\qлық"\n', "'\\q'"),
    "a unicode escape": ('msgid "News"\nmsgstr "\\u0416"\n', "'\\u'"),
    "a quote inside": ('msgid "News"\nmsgstr "Жаңа"лық"\n', "quotation mark"),
    "no msgstr": ('msgid "News"\n\nmsgid "Events"\nmsgstr "Іс-шаралар"\n', "no msgstr"),
    "no msgstr at the end": ('msgid "News"\n', "no msgstr"),
    "msgstr twice": ('msgid "News"\nmsgstr "a"\nmsgstr "b"\n', "msgstr twice"),
    "msgstr[0] on a singular entry": ('msgid "News"\nmsgstr[0] "Жаңалық"\n', "msgid_plural"),
    "msgstr on a plural entry": (
        'msgid "One item"\nmsgid_plural "%d items"\nmsgstr "Бір"\n',
        "plural entry",
    ),
    "the header twice": (HEAD, "second header"),
    "a duplicate msgid": (
        'msgid "News"\nmsgstr "Жаңалық"\n\nmsgid "News"\nmsgstr "Жаңалықтар"\n',
        "appears twice",
    ),
    "a stray string": ('# note\n"News"\nmsgid "News"\nmsgstr "Ж"\n', "continues nothing"),
    "an unknown keyword": ('msgid "News"\nmsgtxt "Жаңалық"\n', "not a PO keyword"),
    "msgctxt after msgid": ('msgid "News"\nmsgctxt "title"\nmsgstr "Ж"\n', "no msgstr"),
}


@pytest.mark.parametrize(("body", "reason"), REFUSED.values(), ids=REFUSED.keys())
def test_files_msgfmt_refuses_are_refused(body: str, reason: str, tmp_path: Path) -> None:
    assert not _msgfmt_accepts(HEAD + body, tmp_path)
    with pytest.raises(InputError) as refused:
        parse_po(HEAD + body, "kk/x.po")
    assert str(refused.value).startswith("kk/x.po is not a valid PO file")
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(InputError, match="is empty"):
        parse_po(" \n\n", "kk/x.po")


def test_an_escape_for_a_byte_is_refused_with_what_to_do() -> None:
    """gettext makes a byte of ``\\xd0``; press keeps characters, so it asks for one."""
    with pytest.raises(InputError, match="not a character press can keep"):
        parse_po(HEAD + 'msgid "News"\nmsgstr "\\xd0\\x96"\n', "kk/x.po")


def _msgfmt_accepts(text: str, tmp_path: Path) -> bool:
    assert shutil.which("msgfmt"), "msgfmt not found: install GNU gettext"
    path = tmp_path / "check.po"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, check=False
    )
    return done.returncode == 0
