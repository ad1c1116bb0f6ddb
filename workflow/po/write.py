"""Write PO files exactly as GNU gettext writes them.

Why by hand: a translator's editor (Poedit and friends) saves PO files through
GNU gettext, and a file that `press` saves must not differ from what gettext
would write, or every save turns into a diff war. No maintained Python library
writes GNU-identical PO text: polib and babel both wrap long strings by their
own rules (re-saving one msgmerge output with polib changed 33,000 lines). So
this module serialises, `read.py` parses, and `msgcat FILE` reproduces every
file byte for byte.

What GNU gettext 0.21 (write-po.c) does, and this module follows:

* A string is escaped (\\\\ \\" \\a \\b \\f \\n \\r \\t \\v), cut after every
  newline into portions, and each portion is line-broken at 79 columns (quotes
  and keyword included) at the Unicode UAX #14 break opportunities that
  libunistring 1.0 finds. Spaces stay at the end of the line they follow.
* When a string has an inner newline or does not fit on its first line, the
  first line is `msgid ""` and the text starts on the next line.
* Comments are written as given, references are wrapped at 79 columns, and
  flags are put in gettext's order.

Known limits: flags gettext does not know are kept (gettext drops them);
gettext does not break inside the format directives of an entry flagged
c-format, python-format and so on, which this module does not parse; and the
line-break classes outside Latin, Greek, Cyrillic and the common punctuation
and symbol blocks come from general categories, so emoji and CJK punctuation
may break differently.
"""

from __future__ import annotations

import functools
import itertools
import re
import string
import unicodedata
from collections.abc import Iterable, Sequence

from .entry import PoEntry

PAGE_WIDTH = 79


def render_po(
    header_comment: str,
    header_fields: list[tuple[str, str]],
    entries: Iterable[PoEntry],
    header_flags: Sequence[str] = (),
) -> str:
    """The text of a PO file exactly as GNU gettext (msgcat) writes it.

    Like gettext, obsolete entries go after the live ones, obsolete entries
    without a translation are left out, and a fuzzy flag is not written on an
    entry whose msgstr is empty.

    >>> print(render_po("Demo", [("Language", "kk")], []), end="")
    # Demo
    msgid ""
    msgstr "Language: kk\\n"
    """
    entries = list(entries)
    header_msgstr = "".join(f"{key}: {value}\n" for key, value in header_fields)
    blocks = [_render_header(header_comment, header_msgstr, header_flags)]
    blocks += [_rendered(entry) for entry in entries if not entry.obsolete]
    blocks += [_render_entry(entry) for entry in entries if entry.obsolete and _first_msgstr(entry)]
    return "\n".join(blocks)


# --------------------------------------------------------------------------
# Entries


def _render_header(comment: str, msgstr: str, flags: Sequence[str]) -> str:
    """The header entry: msgid "" with the header fields as msgstr."""
    lines = _comment_lines("#", comment)
    lines += _flag_lines(flags, bool(msgstr))
    lines += _wrap("msgid", "", "", wrap=True)
    lines += _wrap("msgstr", msgstr, "", wrap=True)
    return "\n".join(lines) + "\n"


def _rendered(entry: PoEntry) -> str:
    """``_render_entry``, remembered for untranslated entries: a new release's catalogs
    (one per language) have every one of them alike."""
    if entry.msgstr or entry.msgstr_plural or entry.tcomment or entry.previous_msgid:
        return _render_entry(entry)
    return _render_untranslated(
        entry.msgid,
        entry.msgctxt,
        entry.msgid_plural,
        entry.comment,
        tuple(entry.occurrences),
        tuple(entry.flags),
        entry.previous_msgctxt,
    )


@functools.lru_cache(maxsize=1 << 16)
def _render_untranslated(
    msgid: str,
    msgctxt: str | None,
    msgid_plural: str,
    comment: str,
    occurrences: tuple[tuple[str, str], ...],
    flags: tuple[str, ...],
    previous_msgctxt: str | None,
) -> str:
    entry = PoEntry(
        msgid=msgid,
        msgctxt=msgctxt,
        msgid_plural=msgid_plural,
        comment=comment,
        occurrences=list(occurrences),
        flags=list(flags),
        previous_msgctxt=previous_msgctxt,
    )
    return _render_entry(entry)


def _render_entry(entry: PoEntry) -> str:
    """One entry: comments, references, flags, previous strings, strings."""
    wrap = _wants_wrapping(entry.flags)
    prefix = "#~ " if entry.obsolete else ""
    lines = _comment_lines("#", entry.tcomment)
    lines += _comment_lines("#.", entry.comment)
    lines += _reference_lines(entry.occurrences)
    lines += _flag_lines(entry.flags, bool(_first_msgstr(entry)), entry.obsolete)
    lines += _previous_lines(entry, "#~| " if entry.obsolete else "#| ", wrap)
    if entry.msgctxt is not None:
        lines += _wrapped("msgctxt", entry.msgctxt, prefix, wrap)
    lines += _wrapped("msgid", entry.msgid, prefix, wrap)
    if entry.msgid_plural:
        lines += _wrapped("msgid_plural", entry.msgid_plural, prefix, wrap)
        for index, msgstr in _plural_msgstrs(entry):
            lines += _wrapped(f"msgstr[{index}]", msgstr, prefix, wrap)
    else:
        lines += _wrapped("msgstr", entry.msgstr, prefix, wrap)
    return "\n".join(lines) + "\n"


def _first_msgstr(entry: PoEntry) -> str:
    """The msgstr, or msgstr[0] of a plural entry, as gettext tests for it."""
    return _plural_msgstrs(entry)[0][1] if entry.msgid_plural else entry.msgstr


def _plural_msgstrs(entry: PoEntry) -> list[tuple[int, str]]:
    """(index, msgstr) of each plural form, in order; one empty form if none."""
    forms = sorted((int(index), text) for index, text in entry.msgstr_plural.items())
    return forms or [(0, "")]


def _previous_lines(entry: PoEntry, prefix: str, wrap: bool) -> list[str]:
    """The `#| msgid ...` lines of the strings a fuzzy entry was made from."""
    lines = []
    for keyword, value in (
        ("msgctxt", entry.previous_msgctxt),
        ("msgid", entry.previous_msgid),
        ("msgid_plural", entry.previous_msgid_plural),
    ):
        if value:
            lines += _wrap(keyword, value, prefix, wrap)
    return lines


def _comment_lines(marker: str, text: str) -> list[str]:
    """`# text` or `#. text` lines, one per line of text; a blank line is `#`."""
    if not text:
        return []
    return [f"{marker} {line}" if line else marker for line in text.split("\n")]


_DOT_SLASH = re.compile(r"^(\./)+")
_NUMBER = re.compile(r"[0-9]+")


def _reference_lines(occurrences: Iterable[tuple[str, str | int]]) -> list[str]:
    """`#: file:line` references, joined by spaces and wrapped at 79 columns.

    gettext drops duplicates and leading "./", and, assuming ASCII file
    names, counts bytes rather than columns.
    """
    references: list[str] = []
    for path, line in occurrences:
        if path.startswith("./"):
            path = _DOT_SLASH.sub("", path)
        line = str(line)
        if line and _NUMBER.fullmatch(line):
            line = str(int(line))
        reference = f"{path}:{line}" if line else path
        if reference not in references:
            references.append(reference)
    lines: list[str] = []
    column = 2
    for reference in references:
        width = len(reference.encode()) + 1
        if not lines or (column > 2 and column + width > PAGE_WIDTH):
            lines.append("#:")
            column = 2
        lines[-1] += " " + reference
        column += width
    return lines


# --------------------------------------------------------------------------
# Flags

# In gettext's order.
_FORMAT_LANGUAGES = [
    "c", "objc", "python", "python-brace", "java", "java-printf", "csharp", "javascript",
    "scheme", "lisp", "elisp", "librep", "ruby", "sh", "awk", "lua", "object-pascal",
    "smalltalk", "qt", "qt-plural", "kde", "kde-kuit", "boost", "tcl", "perl", "perl-brace",
    "php", "gcc-internal", "gfc-internal", "ycp",
]  # fmt: skip
_FORMAT_FLAG = re.compile(r"(no-|possible-)?(.+)-format")
_RANGE_FLAG = re.compile(r"range: *([0-9]+)\.\.([0-9]+)")


def _flag_lines(flags: Sequence[str], translated: bool, obsolete: bool = False) -> list[str]:
    """The `#, ...` line with flags in gettext's order: fuzzy, formats, range, no-wrap.

    Unknown flags, which gettext would drop, are kept at the end.
    """
    if not flags:
        return []
    fuzzy = False
    formats: dict[str, str] = {}
    ranges: list[str] = []
    others: list[str] = []
    for flag in flags:
        flag = flag.strip()
        fmt = _FORMAT_FLAG.fullmatch(flag)
        if flag == "fuzzy":
            fuzzy = True
        elif fmt and fmt[2] in _FORMAT_LANGUAGES:
            formats[fmt[2]] = f"no-{fmt[2]}-format" if fmt[1] == "no-" else f"{fmt[2]}-format"
        elif _RANGE_FLAG.fullmatch(flag):
            ranges = [] if obsolete else [flag]
        elif flag not in ("wrap", "no-wrap"):
            others.append(flag)
    written = ["fuzzy"] if fuzzy and translated else []
    written += [formats[language] for language in _FORMAT_LANGUAGES if language in formats]
    written += [f"range: {m[1]}..{m[2]}" for m in map(_RANGE_FLAG.fullmatch, ranges)]
    written += [] if _wants_wrapping(flags) else ["no-wrap"]
    written += others
    return ["#, " + ", ".join(written)] if written else []


def _wants_wrapping(flags: Sequence[str]) -> bool:
    """False when the last of the wrap/no-wrap flags is no-wrap."""
    choices = [flag.strip() for flag in flags if flag.strip() in ("wrap", "no-wrap")]
    return not choices or choices[-1] == "wrap"


# --------------------------------------------------------------------------
# Strings

_ESCAPES = {
    "\a": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v",
    "\\": "\\", '"': '"',
}  # fmt: skip

# Break values, as in libunistring's unilbrk.h.
_UNDEFINED, _PROHIBITED, _POSSIBLE, _MANDATORY = 0, 1, 2, 3


def _wrap(keyword: str, value: str, prefix: str, wrap: bool) -> list[str]:
    """The lines of `keyword "value"`, wrapped as write-po.c's wrap() does."""
    return list(_wrapped(keyword, value, prefix, wrap))


@functools.lru_cache(maxsize=1 << 16)
def _wrapped(keyword: str, value: str, prefix: str, wrap: bool) -> tuple[str, ...]:
    """``_wrap``, remembered: a release's catalogs (one per language) share every msgid."""
    return tuple(_wrap_lines(keyword, value, prefix, wrap))


def _wrap_lines(keyword: str, value: str, prefix: str, wrap: bool) -> list[str]:
    # The text of a continuation line starts after the prefix and the quote
    # and must leave room for the closing quote.
    indent = len(prefix) + 1
    width = (PAGE_WIDTH if wrap else 1 << 30) - 1 - indent
    if "\n" not in value:
        text, held = _escape(value)
        if _SIMPLE.fullmatch(text):
            return _wrap_simple(keyword, text, held, prefix, width)
    lines: list[str] = []
    first_line = True
    portions = re.findall(r"[^\n]*\n|[^\n]+", value) if "\n" in value else [value]
    for number, portion in enumerate(portions):
        text, held = _escape(portion)
        columns = _columns(text)
        start = len(prefix) + len(keyword) + 2 - indent if first_line else 0
        if columns is None:
            zero = None
            if start and len(text) + start > width:
                zero = _simple_breaks(text, held, width, 0)
            # text that does not fit breaks wherever it can: if it can at 0, it can at start
            breaks = zero or _simple_breaks(text, held, width, start)
        else:
            fits = columns[-1] + start <= width
            # a text that fits breaks nowhere (with start or with 0): no opportunities needed
            opportunities = [] if fits else _opportunities(text, held)
            breaks = _width_breaks(opportunities, columns, len(text), width, start)
        if first_line and text and (number + 1 < len(portions) or start > width or breaks):
            lines.append(f'{prefix}{keyword} ""')
            first_line = False
            if columns is None:
                breaks = zero if zero is not None else _simple_breaks(text, held, width, 0)
            else:
                breaks = _width_breaks(opportunities, columns, len(text), width, 0)
        pieces = [text[i:j] for i, j in itertools.pairwise([0, *breaks, len(text)])]
        lines.append(f'{prefix}{keyword + " " if first_line else ""}"{pieces[0]}"')
        lines += [f'{prefix}"{piece}"' for piece in pieces[1:]]
        first_line = False
    return lines


def _wrap_simple(keyword: str, text: str, held: set[int], prefix: str, width: int) -> list[str]:
    """``_wrap_lines`` of one line of simple text, already escaped (most strings of a release)."""
    start = len(prefix) + len(keyword) + 2 - (len(prefix) + 1)
    if len(text) + start <= width:
        return [f'{prefix}{keyword} "{text}"']
    breaks = _simple_breaks(text, held, width, 0)
    # it stays on the first line only when it can break nowhere (see _wrap_lines)
    if not breaks and start <= width and not _simple_breaks(text, held, width, start):
        return [f'{prefix}{keyword} "{text}"']
    lines = [f'{prefix}{keyword} ""']
    lines += [f'{prefix}"{text[i:j]}"' for i, j in itertools.pairwise([0, *breaks, len(text)])]
    return lines


_ESCAPE_TABLE = str.maketrans({ch: "\\" + code for ch, code in _ESCAPES.items()})
_ESCAPED = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")


def _escape(portion: str) -> tuple[str, set[int]]:
    """The escaped text, and the places write-po.c allows no break before.

    No break inside an escape sequence, nor before the final `\\n`.
    """
    held: set[int] = set()
    if not _ESCAPED.search(portion):  # most text has nothing to escape: spare translate
        return portion, held
    text = portion.translate(_ESCAPE_TABLE)
    if len(text) != len(portion):
        at = 0
        for ch in portion:
            if ch in _ESCAPES:
                held.add(at + 1)
                at += 2
            else:
                at += 1
    if portion.endswith("\n"):
        held.add(len(text) - 2)
    return text, held


def _width_breaks(
    opportunities: list[tuple[int, int]],
    columns: list[int] | None,
    length: int,
    width: int,
    start: int,
) -> list[int]:
    """Where to break so that lines fit in width columns (u8_width_linebreaks).

    ``opportunities`` are the places a line may (or must) break, ``columns`` the
    running column count (None when every character is one column wide).
    """

    at = columns.__getitem__ if columns is not None else int  # int(i) is i, and quick
    breaks: list[int] = []
    last_break = None
    column, piece_start = start, 0
    for i, opportunity in opportunities:
        # At a break opportunity, the piece of text since the last one ends:
        # when it does not fit, break the line where it started.
        piece = at(i) - at(piece_start)
        if last_break is not None and column + piece > width:
            if not breaks or breaks[-1] != last_break:
                breaks.append(last_break)
            column = 0
        if opportunity == _MANDATORY:
            last_break, column, piece_start = None, 0, i + 1
        else:
            last_break, column, piece_start = i, column + piece, i
    overflows = last_break is not None and column + at(length) - at(piece_start) > width
    if overflows and (not breaks or breaks[-1] != last_break):
        breaks.append(last_break)
    return breaks


def _columns(text: str) -> list[int] | None:
    """The column at which each character starts (and the end), or None if all are narrow."""
    if _NARROW.fullmatch(text):
        return None
    columns = [0]
    for ch in text:
        columns.append(columns[-1] + _column_width(ch))
    return columns


# --------------------------------------------------------------------------
# Unicode line breaking (UAX #14) as libunistring 1.0 implements it

# Text made only of these characters (Latin, Cyrillic without its combining
# marks, common punctuation) has every letter of class AL, every digit NU,
# and every character one column wide: :func:`_simple_breaks` breaks it.
_SIMPLE_RANGES = (
    (0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0xB1), (0xB4, 0xB8), (0xBA, 0xBB), (0xBF, 0x24F),
    (0x400, 0x482), (0x48A, 0x4FF), (0x2010, 0x2027), (0x2030, 0x203E), (0x2041, 0x2053),
    (0x2055, 0x205E), (0x2116, 0x2116),
)  # fmt: skip
_SIMPLE = re.compile(f"[{''.join(f'{chr(a)}-{chr(b)}' for a, b in _SIMPLE_RANGES)}]*")
_NARROW = _SIMPLE


def _opportunities(text: str, held: set[int]) -> list[tuple[int, int]]:
    """The places a line may or must break, in order, less those in ``held``."""
    found = [
        (i, value)
        for i, value in enumerate(_break_opportunities(list(text)))
        if value in (_POSSIBLE, _MANDATORY)
    ]
    return [(i, value) for i, value in found if i not in held] if held else found


def _simple_breaks(text: str, held: set[int], width: int, start: int) -> list[int]:
    """``_width_breaks`` of simple text (see ``_SIMPLE``), looking only near each line's end.

    Simple text has no mandatory break and every character is one column wide, so
    each line ends at the last break opportunity that fits (or, when none fits, at
    the first one after the line's start). Those are found by a regular expression
    run backwards over the characters' line-break classes (see ``_simple_rules``):
    a break needs the class of the last non-space character before it, and
    backwards that is a look-ahead, which ``re`` allows at any length.
    """
    n = len(text)
    line, column = 0, start
    if column + n <= width:
        return []
    codes, backwards = _simple_rules()
    reverse = text.translate(codes)[::-1]
    search = backwards.search
    breaks: list[int] = []
    while column + n - line > width:
        # reversed, original position i is n - 1 - i; the bound n - line keeps the
        # look-ahead from reaching before the line (a break needs a character before it)
        last = min(line + width - column, n - 1)
        found = None
        match = search(reverse, max(n - 1 - last, 0), n - line)
        while match is not None and n - 1 - match.start() in held:
            match = search(reverse, match.start() + 1, n - line)
        if match is not None:
            found = n - 1 - match.start()
        else:  # no opportunity fits: the first one after the line's start
            for match in backwards.finditer(reverse, 0, n - line):
                if match.start() >= n - 1 - last:
                    break
                if n - 1 - match.start() not in held:
                    found = n - 1 - match.start()
        if found is None:
            break
        breaks.append(found)
        line, column = found, 0
    return breaks


@functools.cache
def _simple_rules() -> tuple[dict[int, str], re.Pattern]:
    """The line-break class of each simple character as a one-letter code (a space is
    itself), and the pattern of a break opportunity in the reversed codes.

    Every letter of simple text is of class AL, every digit NU. A break comes before
    a character of class Y after one of class X when the pair table says D(irect),
    or says I(ndirect) and spaces come between them; reversed, the pattern is Y
    followed by X, or by spaces then X. Built on first use: start-up is spared it.
    """
    simple = [chr(c) for low, high in _SIMPLE_RANGES for c in range(low, high + 1)]

    def line_class(ch: str) -> str:
        return "AL" if ch.isalpha() else "NU" if ch.isdigit() else _line_class(ch)

    classes = sorted({line_class(ch) for ch in simple} - {"SP"})
    letter = dict(zip(classes, string.ascii_letters, strict=False))
    codes = {ord(ch): letter.get(line_class(ch), " ") for ch in simple}
    after: dict[tuple[str, str], list[str]] = {}
    for cls in classes:
        rules = [(x, _PAIRS[x][_COLUMNS[cls]]) for x in classes]
        spaced = "".join(letter[x] for x, rule in rules if rule in "DI")
        direct = "".join(letter[x] for x, rule in rules if rule == "D")
        after.setdefault((spaced, direct), []).append(letter[cls])
    alternatives = []
    for (spaced, direct), ys in after.items():
        before = [f" +[{spaced}]"] if spaced else []
        before += [f"[{direct}]"] if direct else []
        if before:
            alternatives.append(f"[{''.join(ys)}](?={'|'.join(before)})")
    return codes, re.compile("|".join(alternatives))


def _break_opportunities(chars: list[str]) -> list[int]:
    """For each character, whether a line may break just before it."""
    result = [_PROHIBITED] * len(chars)
    last = previous = "BK"  # last non-space class; class of the previous char
    spaces = False  # spaces between the last non-space character and here
    regional = 0  # regional indicators just before here
    for i, ch in enumerate(chars):
        cls = _line_class(ch)
        if cls == "BK":
            result[i] = _MANDATORY
            last, spaces = "BK", False
        elif cls == "SP":
            spaces = True
        elif cls == "ZW":
            last, spaces = "ZW", False
        elif cls in ("CM", "ZWJ"):
            # A combining mark takes the class of the character it follows;
            # at the start, or after a space, it stands for a letter (and
            # after a space or zero-width space, a line may break before it).
            if last != "BK" and (last == "ZW" or spaces):
                result[i] = _POSSIBLE
            if last in ("BK", "ZW") or spaces:
                last, spaces = "AL", False
        else:
            result[i] = _pair_break(last, cls, previous, spaces, regional)
            last, spaces = cls, False
        hebrew_hyphen = previous == "HL" and cls in ("HY", "BA")
        previous = "HL+" if hebrew_hyphen else cls
        regional = regional + 1 if cls == "RI" else 0
    return result


def _pair_break(last: str, cls: str, previous: str, spaces: bool, regional: int) -> int:
    """The break before a character of class cls (not SP, CM, ZW or BK)."""
    if last == "BK":
        return _PROHIBITED
    if last == "ZW":
        return _POSSIBLE
    if previous == "ZWJ" or previous == "HL+":
        return _PROHIBITED
    if last == "RI" and cls == "RI":
        return _POSSIBLE if spaces or regional % 2 == 0 else _PROHIBITED
    rule = _PAIRS[last][_COLUMNS[cls]]
    if rule == "D" or (rule == "I" and spaces):
        return _POSSIBLE
    return _PROHIBITED


# libunistring 1.0's pair table (measured against the library): the break
# between a character of the row's class and one of the column's class is
# D(irect), I(ndirect: only across spaces) or P(rohibited). OW is an opening
# bracket of East Asian width, which, unlike OP, may follow a letter directly.
#       W G B B B H C C E I N O Q I N P P S A H H I J J J H R E E O
#       J L 2 A B Y L P X N S P U S U O R Y L 2 3 D L V T L I B M W
_PAIRS = {
    "WJ": "PIIIIIPPPIIIIPIIIPIIIIIIIIIIII",
    "GL": "PIIIIIPPPIIIIPIIIPIIIIIIIIIIII",
    "B2": "PIPIDIPPPIIDIPDDDPDDDDDDDDDDDD",
    "BA": "PDDIDIPPPIIDIPDDDPDDDDDDDDDDDD",
    "BB": "PIIIIIPPPIIIIPIIIPIIIIIIIIIIII",
    "HY": "PDDIDIPPPIIDIPIDDPDDDDDDDDDDDD",
    "CL": "PIDIDIPPPIPDIPDIIPDDDDDDDDDDDD",
    "CP": "PIDIDIPPPIIDIPIIIPIDDDDDDIDDDD",
    "EX": "PIDIDIPPPIIDIPDDDPDDDDDDDDDDDD",
    "IN": "PIDIDIPPPIIDIPDDDPDDDDDDDDDDDD",
    "NS": "PIDIDIPPPIIDIPDDDPDDDDDDDDDDDD",
    "OP": "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",
    "QU": "PIIIIIPPPIIPIPIIIPIIIIIIIIIIIP",
    "IS": "PIDIDIPPPIIDIPIDDPDDDDDDDDDDDD",
    "NU": "PIDIDIPPPIIIIPIIIPIDDDDDDIDDDD",
    "PO": "PIDIDIPPPIIIIPIDDPIDDDDDDIDDDI",
    "PR": "PIDIDIPPPIIIIPIDDPIIIIIIIIDIII",
    "SY": "PIDIDIPPPIIDIPIDDPDDDDDDDIDDDD",
    "AL": "PIDIDIPPPIIIIPIIIPIDDDDDDIDDDD",
    "H2": "PIDIDIPPPIIDIPDIDPDDDDDIIDDDDD",
    "H3": "PIDIDIPPPIIDIPDIDPDDDDDDIDDDDD",
    "ID": "PIDIDIPPPIIDIPDIDPDDDDDDDDDDDD",
    "JL": "PIDIDIPPPIIDIPDIDPDIIDIIDDDDDD",
    "JV": "PIDIDIPPPIIDIPDIDPDDDDDIIDDDDD",
    "JT": "PIDIDIPPPIIDIPDIDPDDDDDDIDDDDD",
    "HL": "PIDIDIPPPIIIIPIIIPIDDDDDDIDDDD",
    "RI": "PIDIDIPPPIIDIPDDDPDDDDDDDDIDDD",
    "EB": "PIDIDIPPPIIDIPDIDPDDDDDDDDDDID",
    "EM": "PIDIDIPPPIIDIPDIDPDDDDDDDDDDDD",
    "OW": "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",
}
_COLUMNS = {cls: column for column, cls in enumerate(_PAIRS)}

# Line-break classes of the characters a press release in English, Kazakh or
# Russian may hold, as libunistring 1.0 resolves them (ambiguous ones are AL).
# Anything else falls back to its general category in _line_class.
_CLASS_CHARS = {
    "BK": "\n\v\f\r\x85\u2028\u2029",
    "SP": " ",
    "ZW": "\u200b",
    "ZWJ": "\u200d",
    "WJ": "\u2060\ufeff",
    "GL": "\xa0\u2007\u2011\u202f\u034f\u035c\u035d\u035e\u035f\u0360\u0361\u0362",
    "CM": "\x7f\u200c\u200e\u200f",
    "BA": "\t|\xad\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"
    "\u2010\u2012\u2013\u2027\u2056\u2058\u2059\u205a\u205b\u205d\u205e\u205f",
    "B2": "\u2014",
    "BB": "\xb4\u02c8\u02cc\u02df\u1ffd",
    "HY": "-",
    "OP": "([{\xa1\xbf\u201a\u201e\u2045",
    "CL": "}\u2046",
    "CP": ")]",
    "QU": "\"'\xab\xbb\u2018\u2019\u201b\u201c\u201d\u201f\u2039\u203a",
    "EX": "!?",
    "IS": ",.:;\u037e\u0589\u2044",
    "NS": "\u203c\u203d\u2047\u2048\u2049",
    "IN": "\u2024\u2025\u2026\u22ef",
    "SY": "/",
    "PO": "%\xa2\xb0\u2030\u2031\u2032\u2033\u2034\u2035\u2036\u2037\u2103\u2109"
    "\u20a7\u20b6\u20bb\u20be\u20c0",
    "PR": "$+\\\xa3\xa4\xa5\xb1\u2116\u2212\u2213",
    "AL": "\u2015\u2061\u2062\u2063\u2064",
}
_CLASS_OF = {ch: cls for cls, chars in _CLASS_CHARS.items() for ch in chars}
_CATEGORY_CLASSES = {
    "Mn": "CM", "Mc": "CM", "Me": "CM", "Cc": "CM", "Cf": "CM", "Nd": "NU",
    "Zs": "BA", "Zl": "BK", "Zp": "BK", "Pi": "QU", "Pf": "QU", "Ps": "OP",
    "Pe": "CL", "Pd": "BA", "Sc": "PR",
}  # fmt: skip
# Scripts libunistring leaves to dictionaries (class SA) and treats as letters.
_COMPLEX_SCRIPTS = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x1A20, 0x1AAF))


@functools.cache
def _line_class(ch: str) -> str:
    """The UAX #14 line-break class of a character, resolved as libunistring does."""
    cls = _CLASS_OF.get(ch)
    if cls is not None:
        return cls
    cp = ord(ch)
    if 0xAC00 <= cp <= 0xD7A3:
        return "H2" if (cp - 0xAC00) % 28 == 0 else "H3"
    if 0x1100 <= cp <= 0x11FF:
        return "JL" if cp < 0x1160 else "JV" if cp < 0x11A8 else "JT"
    if 0xA960 <= cp <= 0xA97C or 0xD7B0 <= cp <= 0xD7FB:
        return "JL" if cp < 0xD7B0 else "JV" if cp < 0xD7CB else "JT"
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return "RI"
    if 0x20A0 <= cp <= 0x20CF:
        return "PR"  # currency signs, even those not yet assigned
    category = unicodedata.category(ch)
    if category == "Lo" and (0x05D0 <= cp <= 0x05F2 or 0xFB1D <= cp <= 0xFB4F):
        return "HL"
    if any(low <= cp <= high for low, high in _COMPLEX_SCRIPTS) and category[0] in "LM":
        return "AL"
    cls = _CATEGORY_CLASSES.get(category, "AL")
    if category != "Cn" and unicodedata.east_asian_width(ch) in ("W", "F", "H"):
        # Ideographs, kana and the fullwidth forms of letters, digits and dashes.
        return "OW" if cls == "OP" else "ID" if cls in ("AL", "NU", "BA") else cls
    return cls


@functools.cache
def _column_width(ch: str) -> int:
    """Columns a character takes on a terminal (libunistring's uc_width)."""
    cp = ord(ch)
    category = unicodedata.category(ch)
    if category == "Cc":
        return 0  # uc_width says -1; u8_width_linebreaks ignores it
    if category in ("Mn", "Me", "Cf") or 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF:
        return 0
    if category == "Cn":
        return 2 if 0x20000 <= cp <= 0x3FFFD else 1
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
