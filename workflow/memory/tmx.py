"""TMX files: read them as a stream of sentence pairs, write them from the memory.

Reading is defused (``defusedxml``: a DOCTYPE naming ``tmx14.dtd`` is normal,
an entity declaration is refused) and streaming (``iterparse``; every ``<tu>``
is dropped once read), so a large file stays light. Languages are reduced to
``en``, ``kk`` and ``ru`` (``kk-KZ``, ``KK``, ``ru_RU``, ``rus``); others are
ignored. Inline codes (``<bpt> <ept> <ph> <it> <ut>``) are native markup of
the originating tool and are dropped with everything inside them; the text of
``<hi>`` is kept. Whitespace is normalised to single spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .. import __version__
from ..errors import InputError
from ..model import LANGUAGES

MAX_TMX_BYTES = 500 * 1024 * 1024
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
_LANGUAGE_CODES = {"en": "en", "eng": "en", "kk": "kk", "kaz": "kk", "ru": "ru", "rus": "ru"}
_REFUSED_HINT = "export it again as TMX 1.4 from your translation tool"


@dataclass(frozen=True)
class Pair:
    """One source sentence and its translation, in one direction."""

    source: str
    target: str
    source_language: str
    target_language: str
    preference: str = ""
    """From a press export: ``1`` (approved) or ``0``, and the release; breaks ties in lookups."""


def normalize_language(code: str) -> str | None:
    """``en``, ``kk`` or ``ru`` for a TMX language code; None for any other language.

    >>> [normalize_language(c) for c in ("en-US", "kk-KZ", "KK", "ru_RU", "rus", "de-DE", "")]
    ['en', 'kk', 'kk', 'ru', 'ru', None, None]
    """
    base = re.split(r"[-_@.]", code.strip(), maxsplit=1)[0].lower()
    return _LANGUAGE_CODES.get(base)


def seg_text(seg) -> str:
    """The text of a ``<seg>``: inline codes dropped, ``<hi>`` kept, whitespace normalised."""
    parts = [seg.text or ""]
    for child in seg:
        _inline_text(child, parts)
    return " ".join("".join(parts).split())


def _inline_text(element, parts: list[str]) -> None:
    if element.tag not in _CODES:
        parts.append(element.text or "")
        for child in element:
            _inline_text(child, parts)
    parts.append(element.tail or "")


def tu_pairs(tu, default_srclang: str) -> Iterator[Pair]:
    """Every pair of a ``<tu>``: from its source language (``*all*``: from each) to the others."""
    segments: dict[str, str] = {}
    for tuv in tu.iter("tuv"):
        lang = normalize_language(tuv.get(XML_LANG) or tuv.get("lang") or "")
        seg = tuv.find("seg")
        if lang is None or lang in segments or seg is None:
            continue
        text = seg_text(seg)
        if text:
            segments[lang] = text
    props = {prop.get("type"): (prop.text or "").strip() for prop in tu.iter("prop")}
    preference = ""
    if "x-press-state" in props:
        approved = props["x-press-state"] == "approved"
        preference = f"{int(approved)}{props.get('x-press-origin', '')}"
    srclang = (tu.get("srclang") or default_srclang).strip()
    if srclang.lower() == "*all*":
        sources = list(segments)
    else:
        lang = normalize_language(srclang)
        sources = [lang] if lang in segments else []
    for source in sources:
        for target, text in segments.items():
            if target != source:
                yield Pair(segments[source], text, source, target, preference)


def read_tmx(path: Path, name: str) -> Iterator[Pair]:
    """The pairs of a TMX file, streamed; refuse what is not a safe TMX file with one line.

    A file without a single pair in our languages is refused too, once it has been read.
    """
    from xml.etree.ElementTree import ParseError

    import defusedxml
    import defusedxml.ElementTree as DefusedET

    size = path.stat().st_size
    if size > MAX_TMX_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_TMX_BYTES // (1024 * 1024)} MB",
            "split it into smaller TMX files",
        )
    events = DefusedET.iterparse(
        str(path),
        events=("start", "end"),
        forbid_dtd=False,
        forbid_entities=True,
        forbid_external=True,
    )
    count = 0
    try:
        count = yield from _read_events(events, name)
    except defusedxml.DefusedXmlException:
        raise InputError(
            f"{name} declares XML entities or external references; refused for safety",
            _REFUSED_HINT,
        ) from None
    except ParseError as exc:
        raise InputError(f"{name} is not an XML file ({exc})", _REFUSED_HINT) from None
    if not count:
        raise InputError(
            f"{name} has no translation units in {', '.join(LANGUAGES)}",
            "check the languages of the file (xml:lang of its <tuv> elements)",
        )


def _read_events(events, name: str):
    srclang, parent, count = "*all*", None, 0
    for event, element in events:
        if parent is None and event == "start":
            _check_root(element, name)
            parent = element
        elif event == "start" and element.tag == "body":
            parent = element
        elif event == "end" and element.tag == "header":
            srclang = element.get("srclang") or srclang
        elif event == "end" and element.tag == "tu":
            for pair in tu_pairs(element, srclang):
                count += 1
                yield pair
            parent.clear()
    return count


def _check_root(element, name: str) -> None:
    version = element.get("version", "1.4")
    if element.tag != "tmx":
        raise InputError(f"{name} is not a TMX file (its root is <{element.tag}>)", _REFUSED_HINT)
    if not version.startswith("1."):
        raise InputError(f"{name} is TMX {version}; press reads TMX 1.x", _REFUSED_HINT)


# Writing


@dataclass(frozen=True)
class TmxUnit:
    """One unit to export, with where it comes from and its state."""

    source: str
    target: str
    source_language: str
    target_language: str
    origin: str
    state: str


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(text: str) -> str:
    """Escaped element text; characters XML 1.0 cannot hold are dropped, CR kept as a reference.

    >>> _text("A & B <i>\\r\\x01")
    'A &amp; B &lt;i&gt;&#13;'
    """
    text = _NOT_XML.sub("", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;")


def _attr(text: str) -> str:
    return _text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def tmx_header() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        '<tmx version="1.4">\n'
        f'  <header creationtool="press" creationtoolversion="{_attr(__version__)}"'
        ' segtype="sentence" o-tmf="press" adminlang="en" srclang="*all*"'
        ' datatype="plaintext"/>\n'
        "  <body>\n"
    )


TMX_FOOTER = "  </body>\n</tmx>\n"


def render_tu(unit: TmxUnit) -> str:
    """One ``<tu>``: its source language, origin and state, and the two ``<tuv>``."""
    return (
        f'    <tu srclang="{unit.source_language}">\n'
        f'      <prop type="x-press-origin">{_text(unit.origin)}</prop>\n'
        f'      <prop type="x-press-state">{unit.state}</prop>\n'
        f'      <tuv xml:lang="{unit.source_language}"><seg>{_text(unit.source)}</seg></tuv>\n'
        f'      <tuv xml:lang="{unit.target_language}"><seg>{_text(unit.target)}</seg></tuv>\n'
        "    </tu>\n"
    )


def write_tmx(handle: BinaryIO, units: Iterable[TmxUnit]) -> int:
    """Write a TMX 1.4b document of ``units`` to a binary file; the number of units."""
    handle.write(tmx_header().encode("utf-8"))
    count, chunk = 0, []
    for unit in units:
        chunk.append(render_tu(unit))
        count += 1
        if len(chunk) >= 1000:
            handle.write("".join(chunk).encode("utf-8"))
            chunk = []
    chunk.append(TMX_FOOTER)
    handle.write("".join(chunk).encode("utf-8"))
    return count
