"""Saved HTML pages decoded, and parsed into a bounded tree of elements the way browsers parse.

The bytes are decoded as a browser decodes them: a BOM, else a ``<meta>`` charset in
the first 4 KB (a label read as browsers read labels), else strict UTF-8. Two mistakes
of real sites are read as what they are, with a note: UTF-8 bytes declared as
windows-1251 (which would read as "Р’ РђРєС‚РѕР±Рµ"), and windows-1251 Cyrillic with
no charset declared.

Why the standard library's :class:`html.parser.HTMLParser`, and not BeautifulSoup or
lxml: the parser is already there, so press gains no dependency and no second owner of
HTML. BeautifulSoup and lxml would add one (lxml a compiled one) only to build a tree
:mod:`workflow.sources.html` walks just the same (and why not readability or
trafilatura is said there). The parser is event-based, so a page nested 100,000 deep
needs no recursion; the tree built from its events is capped at :data:`MAX_DEPTH` (as
browsers cap theirs), and unclosed or misnested tags end the way browsers end them (a
``<p>`` at the next block, an ``<li>`` at the next ``<li>``, a stray end tag ignored), as
do comments (at ``-->`` or ``--!>``; an unclosed one at the end of the page). A page of
more than :data:`~workflow.sources.reading.MAX_TEXT_LINES` blocks of text is refused
while it is parsed, not after.

This module knows markup, not articles: what an element is to the article (chrome, a
caption, the weight of its paragraphs) is :mod:`workflow.sources.htmlarticle`'s, in its
subclass of :class:`Element`.
"""

from __future__ import annotations

import codecs
import gc
import re
from html.parser import HTMLParser
from types import MappingProxyType
from typing import NamedTuple
from urllib.parse import urlsplit

from ..errors import InputError
from ..fsio import MB
from . import MAX_FILE_BYTES
from .reading import MAX_TEXT_LINES

MAX_HTML_BYTES = MAX_FILE_BYTES
"""The largest saved page read (pictures inlined as data and scripts make pages large)."""
MAX_TEXT_CHARS = 1_000_000
"""The most text taken from one page, scripts and styles not counted (a release has a few
thousand characters)."""
MAX_ELEMENTS = 250_000
"""The most elements kept from one page (a heavy news page has about 5,000)."""
MAX_DEPTH = 512
"""Elements nested deeper than this are not kept apart (Chrome's parser caps its tree at 512)."""
MAX_JSON_LD = 20_000
"""The largest ``<script type="application/ld+json">`` read for a publication date."""

_SNIFF = 4096
_FIX = "save the page again from the browser: 'Save Page As…', 'Web page, HTML only'"
_SPACE = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.I)

_COMMENT = re.compile(rb"<!--(?:-?>|.*?--!?>|.*)", re.S)
_COMMENT_END = re.compile(r"--!?>")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)")


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


_CHARSETS = frozenset(
    codecs.lookup(name).name
    for name in _tags(
        "utf-8 cp866 koi8-r koi8-u mac-cyrillic mac-roman cp874 cp1250 cp1251 cp1252 cp1253 "
        "cp1254 cp1255 cp1256 cp1257 cp1258 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 "
        "iso8859-7 iso8859-8 iso8859-10 iso8859-13 iso8859-14 iso8859-15 iso8859-16 gbk gb18030 "
        "big5 euc-jp iso2022-jp shift-jis euc-kr"
    )
)
"""The charsets browsers decode (the WHATWG Encoding Standard's), as Python names them."""
HEADINGS = _tags("h1 h2 h3 h4 h5 h6")
_CLOSES_P = HEADINGS | _tags(
    "address article aside blockquote center details dialog dir div dl dd dt fieldset "
    "figcaption figure footer form header hgroup hr li main menu nav ol p pre section summary "
    "table ul"
)
BLOCKS = _CLOSES_P | _tags("caption legend tbody td tfoot th thead tr")
_VOID = _tags("area base br col embed hr img input keygen link meta param source track wbr")
_SKIP = _tags(
    "script style noscript template svg math iframe object canvas video audio select textarea"
)
"""Elements whose content is never text of the page."""
INLINE = _tags(
    "a abbr b bdi bdo cite code del dfn em font i ins kbd mark q s samp small span strike "
    "strong sub sup time u var"
)
_NO_ATTRS = MappingProxyType({})
"""The attributes of every element written without any (most are): shared, read-only."""
_KNOWN = BLOCKS | _VOID | _SKIP | INLINE | _tags("html head body title")
_IMPLIED_END = _tags("p li dd dt td th tr a")
_TABLE_PARTS = _tags("table caption tbody thead tfoot tr td th")
_SCOPE = ("table", "td", "th", "caption", "template", "object", "marquee", "applet")
_TABLE_SCOPE = ("table", "template")
_EXTRA_SCOPE = {"p": ("button",), "li": ("ul", "ol")}
_IN_SCOPE = frozenset(_SCOPE)
_BLOCKERS = {
    **{tag: frozenset(_TABLE_SCOPE) for tag in _TABLE_PARTS},
    **{tag: frozenset((*_SCOPE, *extra)) for tag, extra in _EXTRA_SCOPE.items()},
}
"""The elements that keep an end tag (or an implied end) from closing what is below them,
by tag (others: :data:`_IN_SCOPE`)."""
_IMPLIES = {
    **{tag: ("p",) for tag in _CLOSES_P},
    "li": ("p", "li"),
    **dict.fromkeys(("dd", "dt"), ("p", "dd", "dt")),
    **dict.fromkeys(("td", "th"), ("td", "th")),
    "tr": ("tr",),
    "a": ("a",),
}
"""The open elements a start tag ends: a block ends a ``<p>``, an ``<li>`` the ``<li>`` before."""


# Decoding


class Decoded(NamedTuple):
    """A page's text, and a sentence for the reading when it was not read as it says."""

    text: str
    note: str | None = None


def decode_page(data: bytes, name: str) -> Decoded:
    """The page's text: a BOM, else a ``<meta>`` charset in the first 4 KB, else strict UTF-8
    (else windows-1251, when that gives Cyrillic text)."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"{name} is larger than {MAX_HTML_BYTES // MB} MB", _FIX)
    encoding, label, start, declared = "utf-8", "UTF-8", 0, False
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):  # fmt: skip
        if data.startswith(bom):
            encoding, label, start, declared = codec, codec.upper(), len(bom), True
            break
    else:
        match = _META_CHARSET.search(_COMMENT.sub(b"", data[:_SNIFF]))
        if match:
            codec = _encoding(match.group(1).decode("ascii"))
            if codec:
                encoding, label, declared = codec, match.group(1).decode("ascii"), True
    if not encoding.startswith("utf-16") and data[start:].lstrip()[:1] != b"<":
        not_html(name)
    body, note = data[start:], None
    if encoding == "cp1251" and _utf8_as_cp1251(body):
        encoding, note = "utf-8", f"the page says {label} but is UTF-8: read as UTF-8"
    try:
        text = body.decode(encoding)
    except UnicodeError as exc:
        text = None if declared else _cyrillic_cp1251(body)
        if text is None:
            at = start + getattr(exc, "start", 0)
            raise InputError(f"{name} is not {label} text (byte {at})", _FIX) from None
        note = "the page says no charset and is not UTF-8: read as windows-1251 (Cyrillic)"
    if text.lstrip()[:1] != "<" or "\x00" in text:
        not_html(name)
    return Decoded(text, note)


_TRAILING = bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore")
_MOJIBAKE = re.compile(f"[РСТУ][{re.escape(_TRAILING)}]")
"""A Cyrillic letter's two UTF-8 bytes read as windows-1251: "Р’", "Рђ", "С‚", "Т±"."""
_CYRILLIC_WORD = re.compile(r"[а-яёәғқңөұүһі]{3,}", re.I)


def _utf8_as_cp1251(data: bytes) -> bool:
    """Whether bytes declared windows-1251 are UTF-8: valid UTF-8, and as windows-1251 they
    read as UTF-8 read wrongly (or not at all: UTF-8 for "Ә" has a byte cp1251 lacks)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeError:
        return False
    wrong = data.decode("cp1251", errors="replace")
    pairs = len(_MOJIBAKE.findall(wrong))
    return "\ufffd" in wrong or pairs * 4 >= sum(not c.isascii() for c in wrong)


def _cyrillic_cp1251(data: bytes) -> str | None:
    """The bytes as windows-1251, when that is Cyrillic text: words of Cyrillic letters,
    mostly in lower case (KOI8-R read as windows-1251 is mostly capitals), and nothing else
    outside ASCII but the punctuation windows-1251 has."""
    try:
        text = data.decode("cp1251")
    except UnicodeError:
        return None
    wide = [c for c in text if not c.isascii()]
    letters = [c for c in wide if "\u0400" <= c <= "\u04ff"]
    lower = sum(c.islower() for c in letters)
    if len(letters) < 0.9 * len(wide) or lower < 0.6 * len(letters):
        return None
    return text if len(_CYRILLIC_WORD.findall(text, 0, 200_000)) >= 3 else None


def _encoding(label: str) -> str | None:
    """The codec for a charset label, as browsers read labels; None when unknown."""
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if codec in ("ascii", "iso8859-1"):
        return "cp1252"  # what browsers decode these labels as
    if codec.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page cannot declare itself UTF-16 in ASCII bytes
    return codec if codec in _CHARSETS else None


def not_html(name: str):
    raise InputError(
        f"{name} is not an HTML page",
        "ingest a page saved from a browser ('Save Page As…', 'Web page, HTML only')",
    )


# Parsing


class Element:
    """An element kept from the page: its tag, the attributes press reads, its children
    (text, elements and :data:`BR`), and how much text is in it."""

    __slots__ = ("attrs", "children", "line", "parent", "tag", "text")

    def __init__(
        self, tag: str, parent: Element | None, attrs: dict[str, str | None], line: int = 0
    ) -> None:
        self.tag, self.parent, self.children, self.line = tag, parent, [], line
        self.attrs = {k: v for k, v in attrs.items() if k in _KEPT and v} if attrs else attrs
        self.text = 0  # characters of text in it

    def close(self) -> None:
        """The element has ended: its text counts in its parent's (a subclass says what else)."""
        if self.parent is not None:
            self.parent.text += self.text


_KEPT = frozenset(("href", "datetime", "class", "itemprop"))
BR = Element("br", None, {})
"""A line break among an element's children."""


class TreeBuilder(HTMLParser):
    """Builds a bounded tree of the page's elements, closing tags as browsers do.

    The elements are made with ``element``, and each is told when it ends
    (:meth:`Element.close`). It is fed the whole page at once (an unclosed comment runs
    to the end of what it was fed).
    """

    def __init__(self, name: str, element: type[Element] = Element) -> None:
        super().__init__(convert_charrefs=True)
        self.name, self.element = name, element
        self.root = element("body", None, {})
        self.stack = [self.root]
        self.where: dict[str, list[int]] = {}  # tag -> its indices in the stack
        self.overflow: dict[str, int] = {}  # starts past MAX_DEPTH, by tag, waiting for their ends
        self.elements = self.chars = self.skipped = self.blocks = 0
        self.saw_html = self.unclosed_comment = False
        self.links: dict[str, str] = {}  # base, og:url, canonical, saved-from, published
        self.json_ld: list[str] = []  # the page's small JSON-LD scripts, unread
        self.title: str | None = None
        self._title: list[str] | None = None
        self._skip: str | None = None
        self._skip_depth = 0
        self._json: list[str] | None = None
        self._fresh = True  # no text since the last block boundary

    def base(self) -> str | None:
        for key in ("base", "og:url", "canonical", "saved"):
            url = self.links.get(key, "")
            if urlsplit(url).scheme.lower() in ("http", "https"):
                return url
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.saw_html = self.saw_html or tag in _KNOWN
        if tag in ("meta", "link", "base"):
            self._head_link(tag, dict(attrs))
        elif self._skip:
            self._skip_depth += tag == self._skip
        elif tag == "title":
            self._title = [] if self.title is None else None
        elif tag in _SKIP:
            self._skip, self._skip_depth = tag, 1
            self.skipped += 1
            if tag == "script" and ("type", "application/ld+json") in attrs:
                self._json = [] if len(self.json_ld) < 5 else None
        elif tag == "br":
            self.stack[-1].children.append(BR)
            self._fresh = True
        elif tag not in ("html", "body", "head"):
            self._start(tag, dict(attrs) if attrs else _NO_ATTRS)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and not self._skip:
            self.skipped += 1  # <svg/>: an empty embedded object
        elif not self._skip or tag not in _SKIP:
            self.handle_starttag(tag, attrs)  # <div/> opens a div, as in browsers

    def _start(self, tag: str, attrs: dict[str, str | None]) -> None:
        self._implied_ends(tag)
        parent = self.stack[-1]
        if tag in _VOID:
            if tag == "hr":
                parent.children.append(self.element("hr", parent, {}))
            return
        if len(self.stack) > MAX_DEPTH:
            if tag not in _IMPLIED_END:
                self.overflow[tag] = self.overflow.get(tag, 0) + 1
            return
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise InputError(f"{self.name} has more than {MAX_ELEMENTS:,} elements", _FIX)
        element = self.element(tag, parent, attrs, self.lineno)
        parent.children.append(element)
        self.where.setdefault(tag, []).append(len(self.stack))
        self.stack.append(element)
        if tag in BLOCKS:
            self._fresh = True

    def _implied_ends(self, tag: str) -> None:
        for implied in _IMPLIES.get(tag, ()):
            self._close(implied)
        if tag in HEADINGS and self.stack[-1].tag in HEADINGS:
            self._pop_to(len(self.stack) - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.title = " ".join("".join(self._title).split())[:1000]
            self._title = None
        elif self._skip:
            if tag == self._skip:
                self._skip_depth -= 1
                self._skip = self._skip if self._skip_depth else None
                if self._skip is None and self._json is not None:
                    self.json_ld.append("".join(self._json))
                    self._json = None
        elif tag == "br":
            self.handle_starttag("br", [])  # </br> is a line break in browsers
        elif self.overflow.get(tag):
            self.overflow[tag] -= 1
        elif tag in HEADINGS:  # any heading's end tag closes the open heading
            open_headings = [(self.where[h][-1], h) for h in HEADINGS if self.where.get(h)]
            if open_headings:
                self._close(max(open_headings)[1])
        else:
            self._close(tag)

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            if len(self._title) < 100:  # a <title> left open takes the rest of the page
                self._title.append(data[:1000])
            return
        if self._skip:
            if self._json is not None:
                self._json.append(data)
                if sum(map(len, self._json)) > MAX_JSON_LD:
                    self._json = None
            return
        text = _SPACE.sub(" ", data)
        self.chars += len(text)
        if self.chars > MAX_TEXT_CHARS:
            raise InputError(
                f"{self.name} has more than {MAX_TEXT_CHARS:,} characters of text", _FIX
            )
        top = self.stack[-1]
        top.children.append(text)
        size = len(text.strip())
        top.text += size
        if size and self._fresh:
            self._fresh = False
            self.blocks += 1
            if self.blocks > MAX_TEXT_LINES:
                raise InputError(
                    f"{self.name} has more than {MAX_TEXT_LINES:,} blocks of text",
                    "a press release has a few hundred: check that it is the right file",
                )

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # "<![" and no keyword: a bogus comment up to ">", as in browsers
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def parse_comment(self, i: int, report: int = 1) -> int:
        """A comment ended as browsers end it: at ``-->`` or ``--!>`` (``<!-->`` and
        ``<!--->`` are empty ones), an unclosed one at the end of the page."""
        rawdata, start = self.rawdata, i + 4
        if rawdata.startswith((">", "->"), start):
            inside, end = start, rawdata.index(">", start) + 1
        else:
            match = _COMMENT_END.search(rawdata, start)
            if match is None:
                self.unclosed_comment = True
            inside, end = (match.start(), match.end()) if match else (len(rawdata),) * 2
        if report:
            self.handle_comment(rawdata[start:inside])
        return end

    def handle_comment(self, data: str) -> None:
        match = _SAVED_FROM.search(data[:2000])
        if match:
            self.links.setdefault("saved", match.group(1))

    def _head_link(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "base" and attrs.get("href"):
            self.links.setdefault("base", attrs["href"].strip())
        elif tag == "meta" and (attrs.get("property") or attrs.get("name")) == "og:url":
            self.links.setdefault("og:url", (attrs.get("content") or "").strip())
        elif tag == "meta" and attrs.get("property") == "og:site_name":
            self.links.setdefault("site", (attrs.get("content") or "").strip())
        elif tag == "meta" and (
            attrs.get("property") == "article:published_time"
            or attrs.get("itemprop") == "datePublished"
        ):
            self.links.setdefault("published", (attrs.get("content") or "").strip())
        elif tag == "link" and "canonical" in (attrs.get("rel") or "").lower().split():
            self.links.setdefault("canonical", (attrs.get("href") or "").strip())

    def _close(self, tag: str) -> None:
        """Close the innermost open ``tag`` and what is open inside it, if it is in scope."""
        found = self.where.get(tag)
        if not found:
            return
        index = found[-1]
        blockers = _BLOCKERS.get(tag, _IN_SCOPE)
        stack = self.stack
        if len(stack) - index < 8:  # most often: the element is at the top, or near it
            for element in stack[index + 1 :]:
                if element.tag in blockers:
                    return
        else:
            for blocker in blockers:
                above = self.where.get(blocker)
                if above and above[-1] > index:
                    return
        self._pop_to(index)

    def _pop_to(self, index: int) -> None:
        stack, where = self.stack, self.where
        while len(stack) > index:
            element = stack.pop()
            where[element.tag].pop()
            element.close()
            if element.tag in BLOCKS:
                self._fresh = True

    def build(self, text: str) -> None:
        """Parse the whole page into the tree, the cyclic garbage collector paused meanwhile.

        Each element and its parent refer to each other, so the collector would scan the
        growing tree again and again, finding nothing (a third of the time of a page of
        200,000 elements); it runs again once the tree is built or refused.
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            self.feed(text)
            self.finish()
        finally:
            if paused:
                gc.enable()

    def finish(self) -> None:
        self.close()
        self._pop_to(1)
