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
    return "".join(line + "\n" for line in lines)


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
        lines += _wrap("msgctxt", entry.msgctxt, prefix, wrap)
    lines += _wrap("msgid", entry.msgid, prefix, wrap)
    if entry.msgid_plural:
        lines += _wrap("msgid_plural", entry.msgid_plural, prefix, wrap)
        for index, msgstr in _plural_msgstrs(entry):
            lines += _wrap(f"msgstr[{index}]", msgstr, prefix, wrap)
    else:
        lines += _wrap("msgstr", entry.msgstr, prefix, wrap)
    return "".join(line + "\n" for line in lines)


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


def _reference_lines(occurrences: Iterable[tuple[str, str | int]]) -> list[str]:
    """`#: file:line` references, joined by spaces and wrapped at 79 columns.

    gettext drops duplicates and leading "./", and, assuming ASCII file
    names, counts bytes rather than columns.
    """
    references: list[str] = []
    for path, line in occurrences:
        path = re.sub(r"^(\./)+", "", path)
        line = str(line)
        if re.fullmatch(r"[0-9]+", line):
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
    lines: list[str] = []
    first_line = True
    # The text of a continuation line starts after the prefix and the quote
    # and must leave room for the closing quote.
    indent = len(prefix) + 1
    width = (PAGE_WIDTH if wrap else 1 << 30) - 1 - indent
    portions = re.findall(r"[^\n]*\n|[^\n]+", value) or [""]
    for number, portion in enumerate(portions):
        text, held = _escape(portion)
        columns = _columns(text)
        start = len(prefix) + len(keyword) + 2 - indent if first_line else 0
        fits = (len(text) if columns is None else columns[-1]) + start <= width
        # a text that fits breaks nowhere (with start or with 0): no opportunities needed
        opportunities = [] if fits else _opportunities(text, held)
        breaks = _width_breaks(opportunities, columns, len(text), width, start)
        if first_line and text and (number + 1 < len(portions) or start > width or breaks):
            lines.append(f'{prefix}{keyword} ""')
            first_line = False
            breaks = _width_breaks(opportunities, columns, len(text), width, 0)
        pieces = [text[i:j] for i, j in itertools.pairwise([0, *breaks, len(text)])]
        lines.append(f'{prefix}{keyword + " " if first_line else ""}"{pieces[0]}"')
        lines += [f'{prefix}"{piece}"' for piece in pieces[1:]]
        first_line = False
    return lines


_ESCAPE_TABLE = str.maketrans({ch: "\\" + code for ch, code in _ESCAPES.items()})


def _escape(portion: str) -> tuple[str, set[int]]:
    """The escaped text, and the places write-po.c allows no break before.

    No break inside an escape sequence, nor before the final `\\n`.
    """
    text = portion.translate(_ESCAPE_TABLE)
    held: set[int] = set()
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
# and every character one column wide: it is broken a word at a time.
_SIMPLE_CHARS = (
    "\u0020-\u007e\u00a0-\u00ac\u00ae-\u00b1\u00b4-\u00b8\u00ba-\u00bb\u00bf-\u024f"
    "\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u203e\u2041-\u2053\u2055-\u205e\u2116"
)
_SIMPLE = re.compile(f"[{_SIMPLE_CHARS}]*")
_NARROW = _SIMPLE
_TOKENS = re.compile(r"[^\W\d_]+|[0-9]+|.", re.DOTALL)


# Text of letters, digits, spaces and the separators . , ; : (classes AL, NU, SP,
# IS) breaks in two places only: before a letter or digit after spaces, and before
# a letter right after a separator (IS × NU, AL × IS and the rest are prohibited,
# as libunistring's table below says; a test checks it). Two regular expressions
# find those, so most sentences of a release never reach the loop in Python.
_PLAIN = re.compile(r"(?:[^\W_]|[ .,;:])*")
_PLAIN_BREAKS = re.compile(r"(?<= )[^\W_]|(?<=[.,;:])[^\W\d_]")


def _opportunities(text: str, held: set[int]) -> list[tuple[int, int]]:
    """The places a line may or must break, in order, less those in ``held``."""
    if _SIMPLE.fullmatch(text):
        found = (
            _plain_opportunities(text) if _PLAIN.fullmatch(text) else _simple_opportunities(text)
        )
    else:
        found = [
            (i, value)
            for i, value in enumerate(_break_opportunities(list(text)))
            if value in (_POSSIBLE, _MANDATORY)
        ]
    return [(i, value) for i, value in found if i not in held] if held else found


def _plain_opportunities(text: str) -> list[tuple[int, int]]:
    """``_simple_opportunities`` for plain text (see ``_PLAIN``), by regular expressions."""
    first = len(text) - len(text.lstrip(" "))  # no break before the first word
    return [(m.start(), _POSSIBLE) for m in _PLAIN_BREAKS.finditer(text) if m.start() > first]


def _simple_opportunities(text: str) -> list[tuple[int, int]]:
    """``_break_opportunities`` for simple text, a word (or one other character) at a time.

    Within a run of letters (AL after AL) or digits (NU after NU) no line breaks.
    """
    found = []
    last = "BK"
    spaces = False
    for match in _TOKENS.finditer(text):
        ch = match.group()[0]
        cls = "AL" if ch.isalpha() else "NU" if ch.isdigit() else _line_class(ch)
        if cls == "SP":
            spaces = True
            continue
        if last != "BK":
            rule = _PAIRS[last][_COLUMNS[cls]]
            if rule == "D" or (rule == "I" and spaces):
                found.append((match.start(), _POSSIBLE))
        last, spaces = cls, False
    return found


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
