"""The package of a Word file (``.docx``): its zip and its XML, read as untrusted input.

A ``.docx`` is a zip of XML parts; press reads three: ``word/document.xml``,
``word/styles.xml`` (style names) and ``word/_rels/document.xml.rels`` (link
targets). The file is untrusted input, so it is read with ``zipfile`` and
``defusedxml``: its size, its number of members and the unpacked size of each part
read are bounded; a member whose name could leave a folder refuses the file
(nothing from it is ever written anywhere); a DTD or an entity refuses it; parts
are read as a stream of events, so nesting costs no recursion and is bounded too.
The number of elements in a part is counted from its bytes before it is parsed,
so the cost of reading one is bounded before the first event.

This module knows the container and the safety of its XML, not what the parts mean:
:mod:`workflow.sources.wordstyles` and :mod:`workflow.sources.word` read the events.
It is the one module of the Word reader that imports ``defusedxml``.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as DefusedET

from ..errors import InputError
from ..fsio import MB
from . import MAX_FILE_BYTES

MAX_MEMBERS = 1000
"""The most members a ``.docx`` may have (Word writes about a dozen, and one per picture)."""
MAX_PART_BYTES = 5 * MB
"""The largest unpacked size of a part press reads (a release's document.xml, tables and
tracked changes included, is a few hundred KB; a long report's, a few MB)."""
MAX_XML_ELEMENTS = 300_000
"""The most elements a part press reads may have: a release has a few thousand; a part of
MAX_PART_BYTES written by Word has about 125,000 (one per 40 bytes). It bounds the time a
part takes to read (about a second) whatever its elements are."""
MAX_XML_DEPTH = 500
"""The deepest nesting of XML press reads: far deeper than Word nests even tables in tables."""

DOCUMENT = "word/document.xml"
STYLES = "word/styles.xml"
LINKS = "word/_rels/document.xml.rels"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SAVE_AGAIN = "save it from Word as .docx and ingest it again"

_PREFIXES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",  # Strict Open XML
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://purl.oclc.org/ooxml/officeDocument/math": "m",
}


# The zip


def read_parts(data: bytes, name: str) -> dict[str, bytes]:
    """The parts press reads, each bounded; refuse what is not a safe Word file."""
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_FILE_BYTES // MB} MB",
            "save the release without its pictures and ingest it again",
        )
    if data.startswith(_OLE):  # an OLE compound file: old Word, or an encrypted package
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(
                f"{name} is protected with a password",
                "remove the password in Word (File > Info > Protect Document) and ingest again",
            )
        raise InputError(f"{name} is an old Word file (.doc)", "save it as .docx in Word")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = _members(archive, name)
            if DOCUMENT not in members:
                raise InputError(f"{name} is not a Word file (.docx)", _SAVE_AGAIN)
            wanted = (DOCUMENT, STYLES, LINKS)
            return {p: _read_member(archive, members[p], name) for p in wanted if p in members}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        raise InputError(f"{name} is not a Word file (.docx)", _SAVE_AGAIN) from None


def _members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise InputError(
            f"{name} has {len(infos)} parts, more than a Word file ever has ({MAX_MEMBERS})",
            _SAVE_AGAIN,
        )
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        path = info.filename.replace("\\", "/")
        if path.startswith("/") or re.match(r"[A-Za-z]:", path) or ".." in path.split("/"):
            raise InputError(
                f"{name} holds a part named {info.filename[:80]!r}, which points outside "
                "the file; refused for safety",
                _SAVE_AGAIN,
            )
        if members.setdefault(path.casefold(), info) is not info:
            raise InputError(f"{name} holds two parts named {info.filename[:80]!r}", _SAVE_AGAIN)
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    too_large = InputError(
        f"{name} cannot be read: its {info.filename} unpacks to more than "
        f"{MAX_PART_BYTES // MB} MB",
        "copy the text into a new Word document and ingest that",
    )
    if info.file_size > MAX_PART_BYTES:
        raise too_large
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_PART_BYTES + 1)  # the size in the header may lie
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        raise InputError(
            f"{name} is damaged ({info.filename} cannot be unpacked)", _SAVE_AGAIN
        ) from None
    if len(data) > MAX_PART_BYTES:
        raise too_large
    return data


# XML as events


_SHORT: dict[str, str] = {}
"""Tags already shortened (a plain dict: the lookup is once per element)."""


def _short(tag: str) -> str:
    """``w:p`` for a WordprocessingML tag (either namespace); ``""`` for any other."""
    short = _SHORT.get(tag)
    if short is None:
        namespace, sep, local = tag[1:].partition("}")
        prefix = _PREFIXES.get(namespace) if sep else None
        short = f"{prefix}:{local}" if prefix else ""
        if len(_SHORT) < 4096:  # a hostile part may name many tags
            _SHORT[tag] = short
    return short


def count_elements(data: bytes) -> int:
    """At least the number of elements in a part, from its bytes (no parsing: milliseconds).

    Every start tag opens with ``<`` and a name; the other ``<`` open an end tag (``</``),
    a declaration or comment (``<!``) or a processing instruction (``<?``). A ``<`` inside
    a comment or CDATA counts too, so the count errs only upward.
    """
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or b"\x00" in data[:4]:
        # a part may be UTF-16 (Word never writes one, the format allows it); one that is
        # not well-formed is the parser's to refuse
        with contextlib.suppress(UnicodeDecodeError):
            data = data.decode("utf-16").encode()
    return data.count(b"<") - data.count(b"</") - data.count(b"<!") - data.count(b"<?")


def attr(element: Element, short: str) -> str | None:
    """An attribute by its short name (``w:val``, ``r:id``, ``Target``), in any namespace."""
    prefix, sep, local = short.partition(":")
    if not sep:
        return element.get(short)
    for namespace, known in _PREFIXES.items():
        if known == prefix and (value := element.get(f"{{{namespace}}}{local}")) is not None:
            return value
    return None


def events(data: bytes, part: str, name: str) -> Iterator[tuple[str, list[str], Element]]:
    """(``start`` or ``end``, the path of short tags, the element) through a part.

    Defused: no DTD, no entities. More than MAX_XML_ELEMENTS refuses the file before
    parsing. Each element is dropped from the tree once ended, so a large part stays
    light; nesting beyond MAX_XML_DEPTH refuses the file.
    """
    if count_elements(data) > MAX_XML_ELEMENTS:
        raise InputError(
            f"{name} has more XML elements than a release's Word file ever has ({part}: "
            f"more than {MAX_XML_ELEMENTS:,})",
            "copy the text into a new Word document and ingest that",
        )
    path: list[str] = []
    elements: list[Element] = []
    parsed = DefusedET.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        forbid_dtd=True,
        forbid_entities=True,
        forbid_external=True,
    )
    try:
        for event, element in parsed:
            if event == "start":
                path.append(_short(element.tag))
                elements.append(element)
                if len(path) > MAX_XML_DEPTH:
                    raise InputError(
                        f"{name} is nested deeper than a Word file ever is ({part})", _SAVE_AGAIN
                    )
                yield event, path, element
            else:
                yield event, path, element
                path.pop()
                elements.pop()
                if elements:
                    elements[-1].remove(element)
    except defusedxml.DefusedXmlException:
        raise InputError(
            f"{name} declares a DTD or XML entities ({part}); refused for safety", _SAVE_AGAIN
        ) from None
    except ParseError:
        raise InputError(
            f"{name} is damaged ({part} is not well-formed XML)", _SAVE_AGAIN
        ) from None
