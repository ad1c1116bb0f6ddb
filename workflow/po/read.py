"""Reading PO text: what GNU gettext's ``msgfmt`` accepts, and nothing else.

Why by hand, when polib parses PO files: polib reads leniently what msgfmt
refuses, and press stores what it reads. It keeps an unknown escape (``\\q``) as
a literal backslash, so a file msgfmt rejects turns into one it accepts; it
keeps the escapes gettext defines (``\\x41``, ``\\101``, ``\\a``) as text instead
of their characters, so a unit whose source has a BEL never matches its own
file again; it splits strings on U+2028 and U+0085 like line breaks; and it
takes ``msgstr[0]`` on a singular entry or an entry with no ``msgstr`` at all,
dropping the translation. Checking each line strictly before polib read the
file cost a second pass over every file, which made reading a workspace twice
as slow as polib alone. This reader is one pass, follows the grammar of
gettext's ``po-lex.c`` and ``po-gram.y``, and refuses what msgfmt would refuse,
naming the line; the test suite compares it with polib on every file both
accept. A file laid out as gettext writes it (every file press writes) is read
entry by entry with one regular expression instead, to the same entries.

Lines are split on LF only (the caller has made CR LF into LF and taken the
BOM away); leading and trailing spaces and tabs around a line are ignored, as
gettext ignores them.
"""

from __future__ import annotations

import functools
import re

from ..errors import InputError
from .entry import PoEntry, PoFile

_FIX = "check the file in a PO editor, or pull a fresh one"
_SIMPLE_ESCAPES = {
    "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
    "\\": "\\", '"': '"', "'": "'", "?": "?",
}  # fmt: skip
_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,8})|(.)|$)", re.DOTALL)
_WHITESPACE = " \t\f\v\r"
_KEYWORDS = ("msgctxt", "msgid", "msgid_plural", "msgstr")
_PREVIOUS = {"msgctxt": "previous_msgctxt", "msgid": "previous_msgid",
             "msgid_plural": "previous_msgid_plural"}  # fmt: skip


class _Refused(Exception):
    """A line is not what gettext accepts; the reason, to be named with the line."""


def _escaped(match: re.Match) -> str:
    octal, hexa, simple = match.groups()
    if simple is not None:
        if simple in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[simple]
        raise _Refused(f"'\\{simple}' is not an escape gettext knows")
    if octal is None and hexa is None:
        raise _Refused("a backslash ends the string")
    value = int(octal, 8) if octal is not None else int(hexa, 16)
    if value >= 0x80 or value == 0:
        # gettext makes bytes of these; write the character itself instead
        raise _Refused(f"the escape '{match[0]}' is not a character press can keep")
    return chr(value)


def _string(token: str) -> str:
    """The value of one quoted string (``"..."``, with gettext's escapes)."""
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise _Refused("it is not a quoted string")
    inner = token[1:-1]
    if "\\" not in inner:
        if '"' in inner:
            raise _Refused('a quotation mark inside the string is not escaped (\\")')
        return inner
    if '"' in _ESCAPE.sub("", inner):
        raise _Refused('a quotation mark inside the string is not escaped (\\")')
    return _ESCAPE.sub(_escaped, inner)


class _Entry:
    """An entry being read: its fields so far and where the next string goes."""

    __slots__ = (
        "comments",
        "extracted",
        "fields",
        "flags",
        "line",
        "obsolete",
        "plurals",
        "references",
    )  # fmt: skip

    def __init__(self, line: int) -> None:
        self.fields: dict[str, list[str]] = {}
        self.comments: list[str] = []
        self.extracted: list[str] = []
        self.references: list[str] = []
        self.flags: list[str] = []
        self.obsolete = False
        self.line = line
        self.plurals: dict[int, list[str]] = {}

    @property
    def has_translation(self) -> bool:
        return "msgstr" in self.fields or bool(self.plurals)

    @property
    def started(self) -> bool:
        return bool(self.fields or self.plurals)

    def entry(self) -> PoEntry:
        fields = self.fields
        if "msgid" not in fields:
            raise _Refused("an entry has no msgid")
        if not self.has_translation:
            raise _Refused("an entry has no msgstr")
        plural = "msgid_plural" in fields
        if plural and "msgstr" in fields:
            raise _Refused("a plural entry has msgstr instead of msgstr[0], msgstr[1]...")
        if self.plurals and not plural:
            raise _Refused("msgstr[0] on an entry that has no msgid_plural")
        if plural and sorted(self.plurals) != list(range(len(self.plurals))):
            raise _Refused("the msgstr[N] of a plural entry are not numbered 0, 1, 2...")

        joined = {key: parts[0] if len(parts) == 1 else "".join(parts)
                  for key, parts in fields.items()}  # fmt: skip
        get = joined.get
        return PoEntry(
            msgid=joined["msgid"],
            msgstr=get("msgstr", ""),
            msgctxt=get("msgctxt"),
            msgid_plural=get("msgid_plural", ""),
            msgstr_plural={n: "".join(parts) for n, parts in self.plurals.items()},
            tcomment="\n".join(self.comments),
            comment="\n".join(self.extracted),
            occurrences=[_occurrence(ref) for ref in self.references],
            flags=self.flags,
            previous_msgctxt=get("previous_msgctxt"),
            previous_msgid=get("previous_msgid"),
            previous_msgid_plural=get("previous_msgid_plural"),
            obsolete=self.obsolete,
        )


def _occurrence(reference: str) -> tuple[str, str]:
    path, colon, line = reference.rpartition(":")
    return (path, line) if colon and line.isdigit() else (reference, "")


def _comment(rest: str) -> str:
    """A comment's text: what follows its mark, less the one space after it."""
    return rest[1:].rstrip(_WHITESPACE) if rest[:1] == " " else rest.rstrip(_WHITESPACE)


def _keyword(line: str) -> tuple[str, str]:
    """``msgid "x"`` as ("msgid", '"x"'); a continuation line has no keyword."""
    if line[0] == '"':
        return "", line
    quote = line.find('"')
    if quote < 0:
        raise _Refused("it is not a keyword and a quoted string")
    return line[:quote].rstrip(_WHITESPACE), line[quote:]


def _read(text: str) -> tuple[list[PoEntry], str | None]:
    """The entries of PO text, and the header's msgstr; raises :class:`_Refused` with a line."""
    entries: list[PoEntry] = []
    current = _Entry(1)
    target: list[str] | None = None  # the string a continuation line adds to
    number = 0

    def finish() -> None:
        nonlocal current, target, number
        if current.started:
            try:
                entries.append(current.entry())
            except _Refused:
                number = current.line
                raise
            if not entries[-1].msgid and entries[-1].msgctxt is None and len(entries) > 1:
                number = current.line
                raise _Refused('a second header (msgid "")')
        current = _Entry(number)
        target = None

    try:
        for number, raw in enumerate(text.split("\n"), 1):  # noqa: B007 (finish() reads it)
            line = raw.strip(_WHITESPACE)
            if not line:
                continue
            obsolete = False
            if line[0] == "#":
                mark = line[1:2]
                if mark == "~":
                    rest = line[2:].lstrip(_WHITESPACE)
                    if not rest or rest[0] == "|":
                        continue  # an obsolete entry's previous text: nothing to keep
                    line, obsolete = rest, True
                else:
                    if current.has_translation:
                        finish()
                    if mark == "|":
                        keyword, token = _keyword(line[2:].lstrip(_WHITESPACE))
                        if keyword:
                            key = _PREVIOUS.get(keyword)
                            if key is None:
                                raise _Refused(f"'#| {keyword}' is not a previous text")
                            target = current.fields.setdefault(key, [])
                        elif target is None or not _is_previous(current, target):
                            raise _Refused("a '#|' string continues nothing")
                        target.append(_string(token))
                        continue
                    target = None
                    rest = line[2:]
                    if mark == ".":
                        current.extracted.append(_comment(rest))
                    elif mark == ":":
                        current.references.extend(rest.split())
                    elif mark == ",":
                        current.flags.extend(
                            flag for flag in (f.strip() for f in rest.split(",")) if flag
                        )
                    else:
                        current.comments.append(_comment(line[1:]))
                    continue
            keyword, token = _keyword(line)
            value = _string(token)
            if not keyword:
                if target is None or _is_previous(current, target):
                    raise _Refused("a string continues nothing")
                if obsolete != current.obsolete:
                    raise _Refused("an entry is partly obsolete (#~)")
                target.append(value)
                continue
            if keyword == "msgctxt" or keyword == "msgid":
                if current.has_translation:
                    finish()
                elif "msgid" in current.fields:
                    raise _Refused("an entry has no msgstr")
                elif keyword == "msgctxt" and "msgctxt" in current.fields:
                    raise _Refused("msgctxt twice")
                if not current.started:
                    current.obsolete = obsolete
            elif "msgid" not in current.fields:
                raise _Refused(f"{keyword} before msgid")
            if keyword == "msgid_plural":
                if "msgid_plural" in current.fields or current.has_translation:
                    raise _Refused("msgid_plural in the wrong place")
            elif keyword == "msgstr":
                if current.has_translation:
                    raise _Refused("msgstr twice")
            elif keyword.startswith("msgstr[") and keyword.endswith("]"):
                index = keyword[7:-1]
                if not index.isdigit() or not index.isascii():
                    raise _Refused(f"'{keyword}' is not msgstr[N]")
                if "msgstr" in current.fields or int(index) in current.plurals:
                    raise _Refused(f"{keyword} twice or after msgstr")
                target = current.plurals[int(index)] = [value]
                continue
            elif keyword not in _KEYWORDS:
                raise _Refused(f"'{keyword}' is not a PO keyword")
            if obsolete != current.obsolete:
                raise _Refused("an entry is partly obsolete (#~)")
            target = current.fields[keyword] = [value]
        finish()
    except _Refused as refused:
        raise _Refused(f"line {number}: {refused}") from None
    header = None
    if entries and not entries[0].msgid and entries[0].msgctxt is None:
        header = entries.pop(0).msgstr
    return entries, header


def _is_previous(current: _Entry, target: list[str]) -> bool:
    return any(current.fields.get(key) is target for key in _PREVIOUS.values())


# The layout GNU gettext and press write, read with one regular expression per entry:
# line by line, reading was most of what checking a workspace cost. A file in it reads
# as :func:`_read` reads it (tests/test_po_layout.py compares the two on thousands of
# changed files); anything else (an indented line, a blank one with spaces, a comment
# between msgid and msgstr, plurals, an escape gettext does not know) is left whole to
# :func:`_read`, which accepts it or refuses it naming the line, as it always did.

_STRING = r'"([^"\\\n]*(?:\\[^\n][^"\\\n]*)*)"\n'
"""A quoted string that ends its line (its value in a group); every quotation mark inside
it is escaped."""


def _strings(mark: str) -> str:
    """The lines (after ``mark``) that continue a string, all in one group."""
    return rf'((?:{mark}"[^"\\\n]*(?:\\[^\n][^"\\\n]*)*"\n)*)'


_MORE, _PREVIOUS_MORE, _OBSOLETE_MORE = _strings(""), _strings(r"\#\|\ "), _strings(r"\#~\ ")
_LAID_OUT = rf"""
    ((?:\#(?:\ [^\n]*)?(?<![ \t\f\v\r])\n)*)      # translator comments
    ((?:\#\.[^\n]*(?<![ \t\f\v\r])\n)*)           # extracted comments
    ((?:\#:[^\n]*\n)*)                            # references
    ((?:\#,[^\n]*\n)*)                            # flags
    (?:
        (?:\#\|\ msgctxt\ {_STRING}{_PREVIOUS_MORE})?
        (?:\#\|\ msgid\ {_STRING}{_PREVIOUS_MORE})?
        (?:msgctxt\ {_STRING}{_MORE})?
        msgid\ {_STRING}{_MORE}
        msgstr\ {_STRING}{_MORE}
    |
        (?:\#~\ msgctxt\ {_STRING}{_OBSOLETE_MORE})?
        \#~\ msgid\ {_STRING}{_OBSOLETE_MORE}
        \#~\ msgstr\ {_STRING}{_OBSOLETE_MORE}
    )
    \n*
"""
_CONTINUED = re.compile(r"(?:#[~|] )?" + _STRING)
_LINE_BY_LINE = 128 * 1024
"""PO text a process reads line by line before it compiles :data:`_LAID_OUT`: compiling it
takes 3 ms, more than reading a pushed file of 40 units line by line (0.7 ms) and less
than reading a workspace so."""


class _Reading:
    """How much PO text this process has read line by line (see :data:`_LINE_BY_LINE`)."""

    line_by_line = 0


@functools.cache
def _laid_out() -> re.Pattern[str]:
    return re.compile(_LAID_OUT, re.VERBOSE)


def _value(inner: str) -> str:
    return _ESCAPE.sub(_escaped, inner) if "\\" in inner else inner


def _joined(first: str | None, more: str) -> str | None:
    """A string's value: its first line's and those of the lines continuing it."""
    if first is None:
        return None
    value = _value(first)
    return value + "".join(map(_value, _CONTINUED.findall(more))) if more else value


def _read_laid_out(text: str) -> tuple[list[PoEntry], str | None] | None:
    """What :func:`_read` gives for text in gettext's own layout; None for other text."""
    if not text.endswith("\n"):
        text += "\n"
    pos = len(text) - len(text.lstrip("\n"))
    end = len(text)
    entries: list[PoEntry] = []
    entry, laid_out = _laid_out_entry, _laid_out().match
    try:
        # match, not search: a search would try again at every later place of a file that
        # is not laid out so, and some of those places scan to the end of a long line
        while pos < end:
            match = laid_out(text, pos)
            if match is None:
                return None
            pos = match.end()
            entries.append(entry(*match.groups()))
    except _Refused:
        return None  # :func:`_read` names the line
    if not entries:
        return None
    if any(not e.msgid and e.msgctxt is None for e in entries[1:]):
        return None  # a second header: :func:`_read` names its line
    header = None
    if not entries[0].msgid and entries[0].msgctxt is None:
        header = entries.pop(0).msgstr
    return entries, header


def _laid_out_entry(
    translator, extracted, references, flags, pctxt, pctxt_more, pid, pid_more,
    ctxt, ctxt_more, msgid, msgid_more, msgstr, msgstr_more, *obsolete_strings,
) -> PoEntry:  # fmt: skip
    """An entry from the groups of a match of :data:`_LAID_OUT` (most have one line of
    each kind of comment, none of previous text, and strings of one line)."""
    obsolete = msgid is None
    if obsolete:
        ctxt, ctxt_more, msgid, msgid_more, msgstr, msgstr_more = obsolete_strings
    if translator.count("\n") == 1:
        translator = translator[2:-1]
    elif translator:
        translator = "\n".join([line[2:] for line in translator.split("\n")[:-1]])
    if extracted.count("\n") == 1:
        extracted = _comment(extracted[2:-1])
    elif extracted:
        extracted = "\n".join([_comment(line[2:]) for line in extracted.split("\n")[:-1]])
    if references.count("\n") == 1:
        occurrences = [_occurrence(ref) for ref in references[2:].split()]
    else:
        occurrences = [_occurrence(r) for ln in references.split("\n") for r in ln[2:].split()]
    return PoEntry(
        _joined(msgid, msgid_more) if msgid_more or "\\" in msgid else msgid,
        _joined(msgstr, msgstr_more) if msgstr_more or "\\" in msgstr else msgstr,
        None if ctxt is None else _joined(ctxt, ctxt_more),
        "",
        {},
        translator,
        extracted,
        occurrences,
        [flag for ln in flags.split("\n") for f in ln[2:].split(",") if (flag := f.strip())]
        if flags
        else [],
        None if pctxt is None else _joined(pctxt, pctxt_more),
        None if pid is None else _joined(pid, pid_more),
        None,
        obsolete,
    )


_READ_HEADERS = frozenset({"language", "content-type", "plural-forms"})
"""Header fields press reads (and every ``X-Press-`` one): given twice, one would
silently win, so such a file is refused."""


def _headers(msgstr: str | None, name: str) -> dict[str, str]:
    """The header's fields (``Language: kk``), a line without a colon joined to the one above."""
    headers: dict[str, str] = {}
    key = None
    for line in (msgstr or "").split("\n"):
        field, colon, value = line.partition(":")
        if colon:
            key = field.strip()
            if key in headers and (key.lower() in _READ_HEADERS or key.startswith("X-Press-")):
                raise InputError(
                    f"{name} is not a valid PO file: its header gives {key} twice", _FIX
                )
            headers[key] = value.strip()
        elif key is not None and line.strip():
            headers[key] += "\n" + line.strip()
    return headers


def _read_any(text: str) -> tuple[list[PoEntry], str | None]:
    """What :func:`_read` gives, read with the one pattern once enough text was read so."""
    if _Reading.line_by_line < _LINE_BY_LINE:
        _Reading.line_by_line += len(text)
        return _read(text)
    return _read_laid_out(text) or _read(text)


def parse_po(text: str, name: str) -> PoFile:
    """Parse PO text (LF line ends, no BOM); refuse what is not a PO file in one line."""
    if not text.strip():
        raise InputError(f"{name} is empty", "send the PO file you translated")
    try:
        entries, header = _read_any(text)
    except _Refused as refused:
        raise InputError(f"{name} is not a valid PO file: {refused}", _FIX) from None
    seen: set[tuple] = set()
    for entry in entries:
        key = (entry.msgctxt, entry.msgid)  # a live and an obsolete one too (msgfmt: duplicate)
        if key in seen:
            raise InputError(
                f"{name} is not a valid PO file: '{entry.msgid[:40]}' appears twice", _FIX
            )
        seen.add(key)
    return PoFile(headers=_headers(header, name), entries=entries)
