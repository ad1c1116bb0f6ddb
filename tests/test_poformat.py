"""render_po must write PO files byte for byte as GNU gettext's msgcat does.

Most tests here are differential: they render many entries into one file,
run `msgcat FILE` on it and compare the bytes. GNU gettext is required (CI
installs it), so a missing msgcat fails the tests instead of skipping them.
"""

from __future__ import annotations

import difflib
import random
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from workflow.po.entry import PoEntry
from workflow.po.write import render_po

HEADER_FIELDS = [
    ("Project-Id-Version", "press 1.0"),
    ("Report-Msgid-Bugs-To", ""),
    ("POT-Creation-Date", "2024-05-12 10:30+0500"),
    ("PO-Revision-Date", "2024-05-13 09:00+0500"),
    ("Last-Translator", "Айгүл Сәрсенбаева <aigul@example.kz>"),
    ("Language-Team", "Kazakh <kk@example.kz>"),
    ("Language", "ru"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "8bit"),
    (
        "Plural-Forms",
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);",
    ),
]


Entry = PoEntry
"""The one PO entry type of press: polib's attribute names, what render_po reads."""


@pytest.fixture(scope="module")
def gettext() -> None:
    for tool in ("msgcat", "msgfmt"):
        assert shutil.which(tool), f"{tool} not found: install GNU gettext"


def assert_msgcat_keeps(text: str, tmp_path: Path, check: bool = True) -> None:
    """msgcat (and msgfmt --check) accept the file and msgcat writes it unchanged.

    --force-po only makes msgcat write a catalog that holds nothing but a header.
    """
    path = tmp_path / "messages.po"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(["msgcat", "--force-po", str(path)], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode()
    expected = result.stdout.decode("utf-8")
    if expected != text:
        diff = difflib.unified_diff(
            expected.splitlines(), text.splitlines(), "msgcat", "render_po", lineterm="", n=2
        )
        pytest.fail("render_po differs from msgcat:\n" + "\n".join(list(diff)[:60]))
    if check:
        checked = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, check=False
        )
        assert checked.returncode == 0, checked.stderr.decode()


def render(entries: list[Entry], comment: str = "Пресс-релиз\n\nPress release") -> str:
    return render_po(comment, HEADER_FIELDS, entries)


# --------------------------------------------------------------------------
# Hand-written examples


GOLDEN = r"""# Пресс-релиз
#
# Copyright
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: press 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"

# Translator: check the name.
#. Heading of the release
#: p1.s1 p1.s2
#, fuzzy
#| msgid "Assembly of People"
msgctxt "title"
msgid "Assembly of People of Kazakhstan"
msgstr "Қазақстан халқы Ассамблеясы"

#: p2.s1
msgid ""
"The session of the Assembly of People of Kazakhstan will be held on 12 May "
"in Astana — the capital."
msgstr ""
"Сессия Ассамблеи народа Казахстана пройдёт 12 мая в Астане — столице страны."

msgid ""
"Line one\n"
"line two"
msgstr ""
"Первая строка\n"
"вторая строка"

msgid "One delegate"
msgid_plural "%d delegates"
msgstr[0] "%d делегат"
msgstr[1] "%d делегата"
msgstr[2] "%d делегатов"

#~ msgid "An old sentence"
#~ msgstr "Старое предложение"
"""


def test_golden_file(gettext: None, tmp_path: Path) -> None:
    entries = [
        Entry(
            "Assembly of People of Kazakhstan",
            "Қазақстан халқы Ассамблеясы",
            msgctxt="title",
            tcomment="Translator: check the name.",
            comment="Heading of the release",
            occurrences=[("p1.s1", ""), ("p1.s2", "")],
            flags=["fuzzy"],
            previous_msgid="Assembly of People",
        ),
        Entry("An old sentence", "Старое предложение", obsolete=True),
        Entry(
            "The session of the Assembly of People of Kazakhstan will be held on 12 May "
            "in Astana — the capital.",
            "Сессия Ассамблеи народа Казахстана пройдёт 12 мая в Астане — столице страны.",
            occurrences=[("p2.s1", "")],
        ),
        Entry("Line one\nline two", "Первая строка\nвторая строка"),
        Entry(
            "One delegate",
            msgid_plural="%d delegates",
            msgstr_plural={1: "%d делегата", 0: "%d делегат", 2: "%d делегатов"},
        ),
    ]
    fields = [("Project-Id-Version", "press 1.0"), HEADER_FIELDS[8]]
    text = render_po("Пресс-релиз\n\nCopyright", fields, entries, header_flags=["fuzzy"])
    assert text == GOLDEN
    assert_msgcat_keeps(text, tmp_path, check=False)


def test_entries_parsed_by_polib_render_unchanged(gettext: None, tmp_path: Path) -> None:
    """polib.POEntry objects fit render_po, and a parsed file comes out as it went in."""
    text = GOLDEN.replace("#| msgid", '#| msgctxt "old"\n#| msgid')
    assert_msgcat_keeps(text, tmp_path, check=False)
    catalog = polib.pofile(text)
    header_flags = ["fuzzy"] if catalog.metadata_is_fuzzy else []
    fields = list(catalog.metadata.items())
    assert render_po(catalog.header, fields, catalog, header_flags) == text


def test_header_only(gettext: None, tmp_path: Path) -> None:
    assert_msgcat_keeps(render_po("", [], []), tmp_path, check=False)
    assert_msgcat_keeps(render_po("A\n\nB", HEADER_FIELDS, [], ["fuzzy"]), tmp_path)


def test_gettext_normalisations() -> None:
    """What gettext drops or reorders, render_po drops or reorders too."""
    entries = [
        Entry("untranslated", flags=["python-format", "fuzzy", "no-wrap", "wrap"]),
        Entry("gone", "", obsolete=True),
        Entry("refs", "x", occurrences=[("./a.py", "007"), ("a.py", "7"), ("b", "")]),
    ]
    text = render_po("", [("Language", "kk")], entries)
    assert '#, python-format\nmsgid "untranslated"' in text
    assert "gone" not in text
    assert "#: a.py:7 b\n" in text
    assert text.endswith('msgstr "x"\n')


# --------------------------------------------------------------------------
# Differential tests

WORDS = (
    # Russian
    "Ассамблея народа Казахстана провела заседание в Астане по вопросам "
    "межэтнического согласия, государственной политики и общественного "
    "развития республики сотрудничество международный председатель",
    # Kazakh
    "Қазақстан халқы Ассамблеясы бірлік келісім мемлекеттік тіл әлеуметтік "
    "ғылыми құжат өңір ұлттық үкімет һижра іс-шара Ақорда қоғамдық Нұр-Сұлтан",
    # English
    "The Assembly of People of Kazakhstan held a meeting on interethnic harmony "
    "public policy and development of civil society in the capital",
)
VOCABULARY = " ".join(WORDS).split()
NUMBERS = ["25%", "25 %", "№ 5", "№5", "1\u00a0000\u00a0000", "3,5", "12.05.2024", "10:30"]
AMOUNTS = ["+7 (7172) 74-00-00", "$100", "100\u202f₸", "€50", "км/ч", "и/или", "5‰", "2024–2025"]
ODD_WORDS = ["https://www.gov.kz/memleket/entities/assembly?lang=ru&page=2", "C:\\Users\\press"]
ODD_WORDS += ["за\u0301мок", "тест\u00adовый", "A.B.C.", "т.е.", "e-mail", "@press", "#tag"]
MARKS = ["...", "…", "?!", "!!!", "(см. выше)", "[1]", "{x}", "'a'", "«Ел бірлігі»", "“quoted”"]
MARKS += ["„цитата“", "‘single’", '"double"', "- пункт", "— тире", "–", "—", "-", "/", "\\"]
MARKS += ["\\n", "\t", "~", "*", "<b>", "a=b", "\x7f"]
WIDE = ["東京", "（注）", "中文字", "😀", "👍", "🇰🇿", "한국어"]
TOKENS = NUMBERS + AMOUNTS + ODD_WORDS + MARKS + WIDE
PUNCTUATION = [".", ",", ":", ";", "!", "?", "…", ")", "»", "”", '"', ""]
SEPARATORS = [" "] * 12 + ["  ", "\u00a0", "\u202f", "\t", " – ", " — ", "—", "-", "/", "\n"]


def random_text(rng: random.Random, columns: int) -> str:
    """Press-release-like text of roughly the given length."""
    parts: list[str] = []
    length = 0
    while length < columns:
        roll = rng.random()
        if roll < 0.65:
            word = rng.choice(VOCABULARY) + rng.choice(PUNCTUATION[-1:] * 6 + PUNCTUATION)
        elif roll < 0.93:
            word = rng.choice(TOKENS)
        else:
            word = "".join(rng.choice(VOCABULARY) for _ in range(rng.randint(3, 12)))
        parts.append(word)
        parts.append(rng.choice(SEPARATORS))
        length += len(word) + 1
    text = "".join(parts[:-1])[:columns]
    if rng.random() < 0.15:
        text += "\n"
    if rng.random() < 0.05:
        text = "\n" + text
    return text


def random_lengths(rng: random.Random) -> int:
    """Mostly lengths around the 79-column boundary, some short, some long."""
    roll = rng.random()
    if roll < 0.5:
        return rng.randint(60, 90)
    if roll < 0.7:
        return rng.randint(1, 40)
    return rng.randint(90, 400)


def same_newlines(msgid: str, msgstr: str) -> str:
    """msgstr with msgid's leading and trailing newline, as msgfmt --check wants."""
    msgstr = msgstr.strip("\n") or "x"
    head = "\n" if msgid.startswith("\n") else ""
    return head + msgstr + ("\n" if msgid.endswith("\n") else "")


def unique_msgids(rng: random.Random, count: int) -> list[str]:
    seen: set[str] = set()
    while len(seen) < count:
        msgid = random_text(rng, random_lengths(rng))
        if msgid.strip("\n"):
            seen.add(msgid)
    return sorted(seen, key=lambda text: rng.random())


def test_random_messages(gettext: None, tmp_path: Path) -> None:
    rng = random.Random(14)
    entries = []
    for msgid in unique_msgids(rng, 2500):
        entry = Entry(msgid, same_newlines(msgid, random_text(rng, random_lengths(rng))))
        if rng.random() < 0.1:
            entry.msgstr = ""
        if rng.random() < 0.2:
            entry.msgctxt = random_text(rng, rng.randint(1, 100))
        entries.append(entry)
    assert_msgcat_keeps(render(entries), tmp_path)


def test_random_plural_obsolete_and_previous(gettext: None, tmp_path: Path) -> None:
    rng = random.Random(15)
    entries = []
    for number, msgid in enumerate(unique_msgids(rng, 1200)):
        entry = Entry(msgid, same_newlines(msgid, random_text(rng, random_lengths(rng))))
        if number % 3 == 0:
            entry.msgid_plural = same_newlines(msgid, random_text(rng, random_lengths(rng)))
            entry.msgstr_plural = {
                form: same_newlines(msgid, random_text(rng, random_lengths(rng)))
                for form in range(3)
            }
        if number % 4 == 0:
            entry.previous_msgid = random_text(rng, random_lengths(rng))
            entry.previous_msgctxt = rng.choice([None, "title", random_text(rng, 90)])
            entry.flags = ["fuzzy"]
        if number % 4 == 0 and entry.msgid_plural:
            entry.previous_msgid_plural = random_text(rng, random_lengths(rng))
        if number % 7 == 0:
            entry.msgctxt = random_text(rng, random_lengths(rng))
        entry.obsolete = number % 5 == 0
        entries.append(entry)
    assert_msgcat_keeps(render(entries), tmp_path)


def test_exact_line_lengths(gettext: None, tmp_path: Path) -> None:
    """Strings whose lines end at columns 76-82, with every kind of keyword."""
    rng = random.Random(16)
    entries = []
    for number in range(1500):
        # msgid, msgstr[2], "#~ msgid", "#| msgid" and msgctxt move the boundary.
        offset = rng.choice([len('msgid "'), len('msgstr[2] "'), len('#~ msgid "'), 1])
        text = random_text(rng, 200).replace("\n", " ")
        head = text[: rng.randint(76, 82) - offset - 1]
        msgid = f"{head}{rng.choice(['', ' ', '  ', '-', '—', '.'])}{number}"
        entry = Entry(msgid, msgid.upper(), obsolete=number % 4 == 1)
        if number % 4 == 2:
            entry.msgid_plural, entry.msgstr_plural = msgid + "s", {0: head, 1: head, 2: head}
        if number % 4 == 3:
            entry.previous_msgid, entry.msgctxt = head, head
        entries.append(entry)
    assert_msgcat_keeps(render(entries), tmp_path)


PAIR_ALPHABET = (
    "aZәЖ7 .,:;!?…%‰№$+€₸°±«»“”„‘’'\"()[]{}-–—‐‑/\\|~@#&*_=<>^`´§©®™•·"
    "\u00a0\u202f\u2009\u2007\u00ad\u0301\u200b\u2060\ufeff\u200e\t\x01\x7f\u2028"
    "中（）😀한"
)


def test_every_pair_of_characters_at_the_boundary(gettext: None, tmp_path: Path) -> None:
    """Each ordered pair of characters straddles column 77, with and without a space.

    A break opportunity between them, if any, is where gettext must break.
    """
    entries = []
    for first in PAIR_ALPHABET:
        for second in PAIR_ALPHABET:
            for gap in ("", " "):
                msgid = f"{first}{gap}{second}"
                # The word fills the continuation line up to the pair.
                entries.append(Entry(msgid, "x" * 76 + msgid + "y" * 10))
    entries.append(Entry("end", "x"))
    assert_msgcat_keeps(render(entries), tmp_path, check=False)


COMMON_BLOCKS = [(0x20, 0x7E), (0xA0, 0x17F), (0x400, 0x52F), (0x2000, 0x214F)]
MORE_BLOCKS = [(0x180, 0x3FF), (0x1E00, 0x1FFF), (0x2150, 0x22FF)]


def characters(blocks: list[tuple[int, int]]) -> list[str]:
    return [chr(code) for low, high in blocks for code in range(low, high + 1)]


def test_every_character_of_common_blocks(gettext: None, tmp_path: Path) -> None:
    """Latin, Cyrillic, punctuation, currency and letterlike symbols at the boundary.

    The character ends a full line, before or after a partner, so a break
    opportunity on either side of it decides where the line breaks.
    """
    pairs = {
        pair
        for char in characters(COMMON_BLOCKS)
        for partner in ["a", " ", "(", "—", "%", "7"]
        for pair in (char + partner, partner + char)
    }
    entries = [Entry(pair, "w" * 76 + pair + " end") for pair in sorted(pairs)]
    assert_msgcat_keeps(render(entries), tmp_path, check=False)


def test_random_characters(gettext: None, tmp_path: Path) -> None:
    """Strings of random characters from Latin, Greek, Cyrillic, punctuation and maths."""
    rng = random.Random(18)
    alphabet = characters(COMMON_BLOCKS + MORE_BLOCKS)
    frequent = list(" " * 30 + 'aбв.,-—–«»()/%"\\\t\n\u00a0\u202f\u0301!?')
    msgids = set()
    for _ in range(4000):
        length = rng.choice([rng.randint(1, 20), rng.randint(60, 100), rng.randint(100, 300)])
        pick = [rng.choice(frequent if rng.random() < 0.6 else alphabet) for _ in range(length)]
        msgids.add("".join(pick))
    entries = [Entry(msgid, msgid[::-1], obsolete=len(msgid) % 9 == 0) for msgid in msgids]
    assert_msgcat_keeps(render(entries), tmp_path, check=False)


def without_directives(text: str) -> str:
    """Text in which no format flag finds a directive (gettext would not break inside one)."""
    return text.translate(str.maketrans("%${}", "pS()"))


def random_paths(rng: random.Random) -> list[str]:
    """Positions like press's p3.s2, and file names, some non-ASCII or repeated."""
    paths = [f"p{rng.randint(1, 40)}.s{rng.randint(1, 30)}" for _ in range(rng.randint(0, 30))]
    paths += rng.sample(["./релизы/2024/пресс-релиз.md", "./a.md", "a.md", "релиз.md"], 2)
    return [*paths, "releases/2024/very-long-directory-name/" * rng.randint(0, 3) + "x.md"]


def test_comments_references_and_flags(gettext: None, tmp_path: Path) -> None:
    rng = random.Random(17)
    flag_choices = ["fuzzy", "c-format", "no-c-format", "python-format", "no-wrap", "wrap"]
    flag_choices += ["python-brace-format", "range: 1..5", "possible-sh-format"]
    entries = []
    for number in range(400):
        entry = Entry(
            f"Message {number}: {without_directives(random_text(rng, random_lengths(rng)))}",
            rng.choice(["", without_directives(random_text(rng, random_lengths(rng)))]),
            tcomment=rng.choice(["", "note", "two\nlines", "\nblank first", " indented"]),
            comment=rng.choice(["", "extracted", "a\n\nb", "  spaced"]),
            occurrences=[
                (path, rng.choice(["", "07", str(rng.randint(1, 999))]))
                for path in random_paths(rng)
            ],
            flags=rng.sample(flag_choices, rng.randint(0, 3)),
            obsolete=number % 7 == 0,
        )
        entry.msgstr = same_newlines(entry.msgid, entry.msgstr) if entry.msgstr else ""
        entries.append(entry)
    assert_msgcat_keeps(render(entries), tmp_path)


def _character_path_breaks(text: str, held: set[int], width: int, start: int) -> list[int]:
    """The line breaks the full UAX #14 algorithm gives, opportunity by opportunity."""
    from workflow.po import write as poformat

    return poformat._width_breaks(
        poformat._opportunities(text, held), None, len(text), width, start
    )


def test_the_plain_text_path_agrees_with_the_character_path():
    """Letters, digits, spaces and . , ; : are broken where the full algorithm breaks them."""
    from workflow.po import write as poformat

    rng = random.Random(11)
    letters = "abcXYZжЖқҚәӘөіІёЁ"
    pieces = [*letters, *"0123456789", " ", "  ", ".", ",", ";", ":", "Астана", "2,5", "1.200"]
    broken = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 90)))
        for width, start in ((77, 6), (20, 0), (3, 0)):
            slow = _character_path_breaks(text, set(), width, start)
            assert poformat._simple_breaks(text, set(), width, start) == slow, text
            broken += bool(slow)
    assert broken > 5000


def test_the_simple_path_agrees_with_the_character_path():
    """Simple text is broken by looking near each line's end only; it must break where
    the full algorithm breaks it, escapes and lines without any opportunity included."""
    from workflow.po import write as poformat

    chars = [chr(c) for c in range(0x20, 0x2200) if poformat._SIMPLE.fullmatch(chr(c))]
    assert len(chars) > 500
    rng = random.Random(7)
    words = ["Астана", "ҚХА", "the", "2026", "25%", "№", "«", "»", "—", "–", "-", "/", "(", ")"]
    words += ["x" * 90, '\\"', "[kk]"]
    for _ in range(6000):
        pieces = [
            rng.choice(chars) if rng.random() < 0.5 else rng.choice(words)
            for _ in range(rng.randint(1, 40))
        ]
        text = "".join(p + (" " * rng.choice([0, 1, 1, 2])) for p in pieces)
        held = set(rng.sample(range(len(text)), min(len(text), 3))) if rng.random() < 0.3 else set()
        width, start = rng.choice([(77, 6), (74, 10), (20, 0), (5, 0), (77, 80)])
        slow = _character_path_breaks(text, held, width, start)
        assert poformat._simple_breaks(text, held, width, start) == slow, (text, held)
        assert poformat._columns(text) is None
        assert all(poformat._column_width(ch) == 1 for ch in text)
