"""Pages saved from a browser ("Save Page As…", "Web page, HTML only"), read into lines.

A saved page is the article inside a site's chrome: menus, a language switcher,
breadcrumbs, share buttons, tags, related news, a cookie notice, the footer.
:func:`read_page` finds the article (an ``<article>``, the longest if there are
several; else ``<main>``; else the element with the most paragraph text and the
fewest links; else the whole page), drops the chrome, turns the article's
elements into :class:`~workflow.sources.reading.Line` objects with the kinds the
markup states, and :func:`read_html` hands them to the plain-text rules, which
decide the rest (datelines, attributions, clutter lines, credits written as text).

Why the standard library's :class:`html.parser.HTMLParser`, and not BeautifulSoup,
lxml, readability or trafilatura: the parser is already there, so press gains no
dependency and no second owner of HTML. BeautifulSoup and lxml would add one (lxml a
compiled one) only to build a tree this module walks just the same. readability-lxml
and trafilatura (lxml, courlan, htmldate, justext and more) choose the article by
their own scoring and hand it back as cleaned HTML, XML or Markdown, which press would
have to parse again to learn what it needs from the markup: which line is the
``<h1>``, a ``<blockquote>``, a list item, a ``<figcaption>``, where a ``<br>`` breaks
a two-line attribution; and they do not say what they dropped and why, which
``press ingest --dry-run`` shows. The parser is event-based, so a page nested
100,000 deep needs no recursion; the tree built from its events is capped at
:data:`MAX_DEPTH` (as browsers cap theirs), and unclosed or misnested tags end the
way browsers end them (a ``<p>`` at the next block, an ``<li>`` at the next
``<li>``, a stray end tag ignored).
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from html.parser import HTMLParser
from itertools import groupby, pairwise
from typing import NamedTuple
from urllib.parse import quote, urljoin, urlsplit

from ..errors import InputError
from ..fsio import MB
from ..markup import LINK_SCHEMES
from ..model import BlockKind
from . import MAX_FILE_BYTES
from .document import SourceDocument
from .plaintext import read_lines
from .reading import CAPTION, Line, Reading

MAX_HTML_BYTES = MAX_FILE_BYTES
"""The largest saved page read (pictures inlined as data and scripts make pages large)."""
MAX_TEXT_CHARS = 1_000_000
"""The most text taken from one page, scripts and styles not counted (a release has a few
thousand characters)."""
MAX_ELEMENTS = 250_000
"""The most elements kept from one page (a heavy news page has about 5,000)."""
MAX_DEPTH = 512
"""Elements nested deeper than this are not kept apart (Chrome's parser caps its tree at 512)."""
MAX_DROPS = 40
"""The most dropped regions listed one by one in the reading; the rest are counted."""

_PREVIEW = 60
_SNIFF = 4096
_FIX = "save the page again from the browser: 'Save Page As…', 'Web page, HTML only'"
_SPACE = re.compile(r"[ \t\n\r\f]+")
_ESCAPE = re.compile(r"([\\*\[\]`])")
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.I)

_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.S)
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)")
_SITE_SUFFIX = re.compile(r"\s+[|—–-]\s+(?P<site>[^|—–]+)$")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


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
_HEADINGS = _tags("h1 h2 h3 h4 h5 h6")
_CLOSES_P = _HEADINGS | _tags(
    "address article aside blockquote center details dialog dir div dl dd dt fieldset "
    "figcaption figure footer form header hgroup hr li main menu nav ol p pre section summary "
    "table ul"
)
_BLOCKS = _CLOSES_P | _tags("caption legend tbody td tfoot th thead tr")
_VOID = _tags("area base br col embed hr img input keygen link meta param source track wbr")
_SKIP = _tags(
    "script style noscript template svg math iframe object canvas video audio select textarea"
)
"""Elements whose content is never text of the page."""
_INLINE = _tags(
    "a abbr b bdi bdo cite code del dfn em font i ins kbd mark q s samp small span strike "
    "strong sub sup time u var"
)
_KNOWN = _BLOCKS | _VOID | _SKIP | _INLINE | _tags("html head body title")
_IMPLIED_END = _tags("p li dd dt td th tr a")
_TABLE_PARTS = _tags("table caption tbody thead tfoot tr td th")
_SCOPE = ("table", "td", "th", "caption", "template", "object", "marquee", "applet")
_TABLE_SCOPE = ("table", "template")
_EXTRA_SCOPE = {"p": ("button",), "li": ("ul", "ol")}

_DROP_TAGS = {"nav": "navigation", "aside": "sidebar", "form": "form", "button": "button"}
_DROP_ROLES = {"navigation": "navigation", "complementary": "sidebar", "search": "form"}
_CHROME_TAGS = {"header": "site header", "footer": "site footer"}
_CHROME_ROLES = {"banner": "site header", "contentinfo": "site footer"}
_HIDDEN_CLASSES = frozenset({"sr-only", "visually-hidden", "screen-reader-text"})
_CAPTION_CLASSES = frozenset({"caption", "photo-credit", "wp-caption-text"})
_CLASS_WORDS = {
    **dict.fromkeys(("share", "sharing", "social", "socials"), "share buttons"),
    **dict.fromkeys(("breadcrumb", "breadcrumbs"), "breadcrumbs"),
    "related": "related news",
    **dict.fromkeys(("comment", "comments"), "comments"),
    "tags": "tags",
    "menu": "menu",
    "banner": "banner",
    **dict.fromkeys(("cookie", "cookies"), "cookie notice"),
}
"""Words of a class or id (split at ``-``, ``_`` and spaces) that mark site chrome."""


def read_html(data: bytes, name: str) -> SourceDocument:
    """Read a page saved from a browser into a source document."""
    lines, reading = read_page(data, name)
    return read_lines(lines, reading)


def read_page(data: bytes, name: str) -> tuple[list[Line], Reading]:
    """The article of a saved page as lines (a blank line between blocks), and how it was read."""
    parser = _Parser(name)
    parser.feed(decode_page(data, name))
    parser.finish()
    if not parser.saw_html:
        _not_html(name)
    reading = Reading()
    article, how = _choose_article(parser.root)
    title = _title_node(article) or _title_node(parser.root)
    writer = _Writer(reading, parser.base(), title, read_chrome=article is not parser.root)
    if title is None and parser.title:
        headline = _strip_site(parser.title, parser.links.get("site", ""))
        writer.lines += [Line(_escape(headline), BlockKind.TITLE), Line("")]
        reading.notes.append("the headline is the page's <title>: the page has no <h1>")
    elif title is not None and not _inside(title, article):
        writer.write(title)
    writer.write(article)
    if not any(line.kind not in (BlockKind.TITLE, CAPTION) for line in writer.lines if line.text):
        raise InputError(
            f"{name} has no article text",
            "the site may build it with scripts: copy the text into a .txt file and ingest that",
        )
    _record_outside(writer, parser.root, article, title)
    _date(reading, article, title)
    reading.notes.append(f"the article is {how}")
    if parser.skipped:
        reading.notes.append(f"{parser.skipped} scripts, styles and embedded objects left out")
    if writer.more:
        reading.notes.append(f"{writer.more} more dropped regions not listed")
    while writer.lines and not writer.lines[-1].text:
        writer.lines.pop()
    return writer.lines, reading


# Decoding


def decode_page(data: bytes, name: str) -> str:
    """The page's text: a BOM, else a ``<meta>`` charset in the first 4 KB, else strict UTF-8."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"{name} is larger than {MAX_HTML_BYTES // MB} MB", _FIX)
    encoding, label, start = "utf-8", "UTF-8", 0
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):  # fmt: skip
        if data.startswith(bom):
            encoding, label, start = codec, codec.upper(), len(bom)
            break
    else:
        match = _META_CHARSET.search(_COMMENT.sub(b"", data[:_SNIFF]))
        if match:
            declared = _encoding(match.group(1).decode("ascii"))
            if declared:
                encoding, label = declared, match.group(1).decode("ascii")
    if not encoding.startswith("utf-16") and data[start:].lstrip()[:1] != b"<":
        _not_html(name)
    try:
        text = data[start:].decode(encoding)
    except UnicodeError as exc:
        at = start + getattr(exc, "start", 0)
        raise InputError(f"{name} is not {label} text (byte {at})", _FIX) from None
    if text.lstrip()[:1] != "<" or "\x00" in text:
        _not_html(name)
    return text


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


def _not_html(name: str):
    raise InputError(
        f"{name} is not an HTML page",
        "ingest a page saved from a browser ('Save Page As…', 'Web page, HTML only')",
    )


# Parsing


class _Element:
    """An element kept from the page, with what the article choice needs to know of it."""

    __slots__ = ("attrs", "caption", "children", "chrome", "drop", "in_article", "key",
                 "line", "links", "parent", "pending", "score", "tag", "text")  # fmt: skip

    def __init__(
        self, tag: str, parent: _Element | None, attrs: dict[str, str | None], line: int = 0
    ) -> None:
        self.tag, self.parent, self.children, self.line = tag, parent, [], line
        self.attrs = {k: v for k, v in attrs.items() if k in ("href", "datetime", "class") and v}
        self.text = self.links = 0  # characters of text and of link text, chrome not counted
        self.score = 0.0  # paragraph text of its children (and half of its grandchildren)
        self.key = False  # holds a <main> or an <h1>: never dropped for its class
        self.in_article = parent is not None and (
            parent.in_article or parent.tag in ("article", "main")
        )
        self.drop, self.chrome, self.pending = _drop_reasons(tag, attrs)
        self.caption = bool(_CAPTION_CLASSES & set((attrs.get("class") or "").split()))


def _drop_reasons(
    tag: str, attrs: dict[str, str | None]
) -> tuple[str | None, str | None, str | None]:
    """Why an element is dropped: always, only outside the article, or by its class or id."""
    role = (attrs.get("role") or "").strip().lower()
    classes = (attrs.get("class") or "").lower().split()
    hidden = (
        "hidden" in attrs
        or (attrs.get("aria-hidden") or "").strip().lower() == "true"
        or _HIDDEN_STYLE.search(attrs.get("style") or "")
        or _HIDDEN_CLASSES.intersection(classes)
    )
    drop = "hidden" if hidden else _DROP_TAGS.get(tag) or _DROP_ROLES.get(role)
    chrome = _CHROME_TAGS.get(tag) or _CHROME_ROLES.get(role)
    words = re.split(r"[\s_-]+", " ".join([*classes, (attrs.get("id") or "").lower()]))
    pending = next((_CLASS_WORDS[w] for w in words if w in _CLASS_WORDS), None)
    return drop, chrome, None if tag == "main" else pending


_BR = _Element("br", None, {})
"""A line break among an element's children."""


class _Parser(HTMLParser):
    """Builds a bounded tree of the page's elements, closing tags as browsers do."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.root = _Element("body", None, {})
        self.stack = [self.root]
        self.where: dict[str, list[int]] = {}  # tag -> its indices in the stack
        self.overflow: dict[str, int] = {}  # starts past MAX_DEPTH, by tag, waiting for their ends
        self.elements = self.chars = self.skipped = 0
        self.saw_html = False
        self.links: dict[str, str] = {}  # base, og:url, canonical, saved-from
        self.title: str | None = None
        self._title: list[str] | None = None
        self._skip: str | None = None
        self._skip_depth = 0

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
        elif tag == "br":
            self.stack[-1].children.append(_BR)
        elif tag not in ("html", "body", "head"):
            self._start(tag, dict(attrs))

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
                parent.children.append(_Element("hr", parent, {}))
            return
        if len(self.stack) > MAX_DEPTH:
            if tag not in _IMPLIED_END:
                self.overflow[tag] = self.overflow.get(tag, 0) + 1
            return
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise InputError(f"{self.name} has more than {MAX_ELEMENTS:,} elements", _FIX)
        element = _Element(tag, parent, attrs, self.getpos()[0])
        parent.children.append(element)
        self.where.setdefault(tag, []).append(len(self.stack))
        self.stack.append(element)

    def _implied_ends(self, tag: str) -> None:
        if tag in _CLOSES_P:
            self._close("p")
        if tag == "li":
            self._close("li")
        elif tag in ("dd", "dt"):
            self._close("dd")
            self._close("dt")
        elif tag in ("td", "th"):
            self._close("td")
            self._close("th")
        elif tag == "tr":
            self._close("tr")
        elif tag == "a":
            self._close("a")
        elif tag in _HEADINGS and self.stack[-1].tag in _HEADINGS:
            self._pop_to(len(self.stack) - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.title = " ".join("".join(self._title).split())[:1000]
            self._title = None
        elif self._skip:
            if tag == self._skip:
                self._skip_depth -= 1
                self._skip = self._skip if self._skip_depth else None
        elif tag == "br":
            self.handle_starttag("br", [])  # </br> is a line break in browsers
        elif self.overflow.get(tag):
            self.overflow[tag] -= 1
        elif tag in _HEADINGS:  # any heading's end tag closes the open heading
            open_headings = [(self.where[h][-1], h) for h in _HEADINGS if self.where.get(h)]
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
            return
        text = _SPACE.sub(" ", data)
        self.chars += len(text)
        if self.chars > MAX_TEXT_CHARS:
            raise InputError(
                f"{self.name} has more than {MAX_TEXT_CHARS:,} characters of text", _FIX
            )
        top = self.stack[-1]
        top.children.append(text)
        top.text += len(text.strip())

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # "<![" and no keyword: a bogus comment up to ">", as in browsers
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

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
        elif tag == "link" and "canonical" in (attrs.get("rel") or "").lower().split():
            self.links.setdefault("canonical", (attrs.get("href") or "").strip())

    def _close(self, tag: str) -> None:
        """Close the innermost open ``tag`` and what is open inside it, if it is in scope."""
        found = self.where.get(tag)
        if not found:
            return
        index = found[-1]
        scope = _TABLE_SCOPE if tag in _TABLE_PARTS else _SCOPE
        for blocker in (*scope, *_EXTRA_SCOPE.get(tag, ())):
            above = self.where.get(blocker)
            if above and above[-1] > index:
                return
        self._pop_to(index)

    def _pop_to(self, index: int) -> None:
        while len(self.stack) > index:
            element = self.stack.pop()
            self.where[element.tag].pop()
            _finish(element)

    def finish(self) -> None:
        self.close()
        self._pop_to(1)


def _finish(element: _Element) -> None:
    """What a closed element tells its parent: its text and links, a paragraph's weight."""
    parent = element.parent
    assert parent is not None
    if element.tag == "a":
        element.links = element.text
    element.key = element.key or element.tag in ("main", "h1")
    if element.pending and not element.key:
        element.drop = element.drop or element.pending
    if element.tag in ("p", "pre"):
        weight = element.text - element.links
        if weight >= 25:
            parent.score += weight
            if parent.parent is not None:
                parent.parent.score += weight / 2
    parent.key = parent.key or element.key
    if element.drop or (element.chrome and not element.in_article):
        return
    parent.text += element.text
    parent.links += element.links


# Choosing the article


def _walk(top: _Element, *, chrome: bool = False):
    """The elements under ``top`` in document order, dropped regions and site chrome left out."""
    stack = [top]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(
            child
            for child in reversed(node.children)
            if isinstance(child, _Element)
            and not child.drop
            and (chrome or not child.chrome or child.in_article)
        )


def _choose_article(root: _Element) -> tuple[_Element, str]:
    """The ``<article>`` with the most text, else ``<main>``, else the densest text, else all."""
    articles, main, dense, best = [], None, None, 0.0
    for node in _walk(root):
        if node.tag == "article" and node.text:
            articles.append(node)
        elif node.tag == "main" and node.text and main is None:
            main = node
        score = node.score * (1 - node.links / node.text) if node.text else 0.0
        if node is not root and score > best:
            dense, best = node, score
    if articles:
        many = f" (the longest of {len(articles)})" if len(articles) > 1 else ""
        return max(articles, key=lambda node: node.text), f"the <article>{many}"
    if main is not None:
        return main, "the <main>"
    if dense is not None:
        named = f' class="{dense.attrs["class"][:40]}"' if "class" in dense.attrs else ""
        return dense, f"the <{dense.tag}{named}> with the most paragraph text"
    return root, "the whole page"


def _title_node(top: _Element) -> _Element | None:
    """The first ``<h1>`` under ``top`` that is not only a link (a site's logo)."""
    for node in _walk(top, chrome=True):
        if node.tag == "h1" and node.text > node.links:
            return node
    return None


def _inside(node: _Element, top: _Element) -> bool:
    while node is not None:
        if node is top:
            return True
        node = node.parent
    return False


def _date(reading: Reading, article: _Element, title: _Element | None) -> None:
    """The date of a ``<time datetime>`` in the article, else in the headline's ``<header>``."""
    where = [article]
    if title is not None and not _inside(title, article):
        header = title.parent
        while header is not None and header.tag != "header":
            header = header.parent
        where.append(header or title.parent)
    for top in where:
        for node in _walk(top, chrome=True):
            match = _ISO_DATE.match(node.attrs.get("datetime", "")) if node.tag == "time" else None
            if not match:
                continue
            try:
                reading.date = dt.date(*map(int, match.groups()))
            except ValueError:
                continue
            reading.date_from = f"<time datetime> {reading.date.isoformat()}"
            return


# Writing lines


class _Run(NamedTuple):
    text: str
    strong: bool
    em: bool
    href: str | None


class _Writer:
    """Turns elements into lines: a blank line between blocks, a ``<br>`` a line break."""

    def __init__(self, reading: Reading, base: str | None, title: _Element | None, *,
                 read_chrome: bool) -> None:  # fmt: skip
        self.reading, self.base, self.title, self.read_chrome = reading, base, title, read_chrome
        self.lines: list[Line] = []
        self.runs: list[_Run | _Element] = []
        self.kinds: list[BlockKind | str] = []
        self.hrefs: list[str | None] = []
        self.strong = self.em = self.more = 0
        self.at = 0  # the line of the page where the current block starts

    def write(self, top: _Element) -> None:
        stack: list = [top]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                href = self.hrefs[-1] if self.hrefs else None
                self.runs.append(_Run(item, self.strong > 0, self.em > 0, href))
            elif item is _BR:
                self.runs.append(_BR)
            elif isinstance(item, tuple):
                self._leave(item[0])
            else:
                reason = item.drop or (
                    item.chrome if not (self.read_chrome or item.in_article) else None
                )
                if reason and item is not top:
                    self.record(item, reason)
                    continue
                self._enter(item)
                stack.append((item,))
                stack.extend(reversed(item.children))
        self._flush()

    def record(self, node: _Element, reason: str) -> None:
        """One entry for a dropped region, with the start of its text."""
        preview = _preview(node)
        if not preview:
            return
        if len(self.reading.dropped) < MAX_DROPS:
            self.reading.drop(preview, reason, node.line)
        else:
            self.more += 1

    def _kind(self, node: _Element) -> BlockKind | str | None:
        if node is self.title:
            return BlockKind.TITLE
        if node.tag in _HEADINGS:
            return BlockKind.HEADING
        if node.tag == "li":
            return BlockKind.LIST_ITEM
        if node.tag == "blockquote":
            return BlockKind.QUOTE
        if node.tag in ("figure", "figcaption") or node.caption:
            return CAPTION
        return None

    def _enter(self, node: _Element) -> None:
        if node.tag in _BLOCKS:
            self._flush()
            self.at = node.line
        kind = self._kind(node)
        if kind is not None:
            self.kinds.append(kind)
        if node.tag in ("strong", "b"):
            self.strong += 1
        elif node.tag in ("em", "i"):
            self.em += 1
        elif node.tag == "a":
            self.hrefs.append(_link(node.attrs.get("href"), self.base))

    def _leave(self, node: _Element) -> None:
        if node.tag in _BLOCKS:
            self._flush()
        if self._kind(node) is not None:
            self.kinds.pop()
        if node.tag in ("strong", "b"):
            self.strong -= 1
        elif node.tag in ("em", "i"):
            self.em -= 1
        elif node.tag == "a":
            self.hrefs.pop()

    def _flush(self) -> None:
        """The text gathered since the last block boundary, as the lines of one block."""
        if not self.runs:
            return
        kind = self.kinds[-1] if self.kinds else None
        texts = _render(self.runs)
        self.runs = []
        if kind in (BlockKind.TITLE, BlockKind.HEADING):
            texts = [" ".join(text for text in texts if text.strip())]
        if not any(text.strip() for text in texts):
            return
        for text in [*texts, ""]:  # a blank line after the block
            if text.strip():
                self.lines.append(Line(text, kind, self.at))
            elif self.lines and self.lines[-1].text:
                self.lines.append(Line(""))  # and where <br><br> leaves an empty line


def _render(runs: list[_Run | _Element]) -> list[str]:
    """Runs of text as lines of inline Markdown, spaces collapsed as a browser shows them."""
    lines: list[list[_Run]] = [[]]
    for run in runs:
        if run is _BR:
            lines.append([])
        else:
            lines[-1].append(run)
    return [_markdown(_collapse(line)) for line in lines]


def _collapse(runs: list[_Run]) -> list[_Run]:
    out: list[_Run] = []
    space = True  # leading spaces go, and a space after a space
    for run in runs:
        text = run.text.lstrip(" ") if space else run.text
        if text:
            space = text.endswith(" ")
            out.append(run._replace(text=text))
    if out and out[-1].text.endswith(" "):  # one run at most: a space after a space went
        last = out.pop()
        if last.text.rstrip(" "):
            out.append(last._replace(text=last.text.rstrip(" ")))
    return out


def _markdown(runs: list[_Run]) -> str:
    """Runs as Markdown: links outermost, then ``**strong**``, then ``*em*``."""
    out = []
    for href, in_link in groupby(runs, key=lambda run: run.href):
        label = ""
        for strong, in_strong in groupby(in_link, key=lambda run: run.strong):
            inner = "".join(
                _wrap("".join(_escape(run.text) for run in in_em), "*" if em else "")
                for em, in_em in groupby(in_strong, key=lambda run: run.em)
            )
            label += _wrap(inner, "**" if strong else "")
        out.append(_wrap(label, "[", f"]({href})") if href else label)
    return "".join(out)


def _wrap(text: str, opening: str, closing: str | None = None) -> str:
    """``text`` inside marks, the spaces at its ends outside them (``**a** b``, not ``**a **b``)."""
    core = text.strip(" ")
    if not opening or not core:
        return text
    start = text.index(core)
    end = start + len(core)
    return f"{text[:start]}{opening}{core}{closing or opening}{text[end:]}"


def _escape(text: str) -> str:
    """Literal backslashes, ``*``, ``[``, ``]`` and backquotes escaped, as markup.py reads them."""
    return _ESCAPE.sub(r"\\\1", text)


def _link(href: str | None, base: str | None) -> str | None:
    """An http, https or mailto target, a relative one resolved against the page's address."""
    if not href:
        return None
    href = re.sub(r"[\t\n\r]", "", href).strip(" \f")
    try:
        url = urljoin(base, href) if base else href
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES or (scheme != "mailto" and not parts.netloc):
        return None
    return re.sub(r"[\s()<>\x00-\x1f\x7f]", lambda m: quote(m.group()), url)


def _preview(node: _Element) -> str:
    """The start of an element's text, for the reading: a few words, and "…" if there is more."""
    parts, size, stack = [], 0, [node]
    while stack and size <= _PREVIEW:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            size += len(item.strip())
        elif item is _BR:
            parts.append(" ")
        else:
            space = [] if item.tag in _INLINE else [" "]  # a space between blocks
            stack.extend([*space, *reversed(item.children), *space])
    text = " ".join("".join(parts).split())
    if len(text) <= _PREVIEW:
        return text
    return text[:_PREVIEW].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _strip_site(title: str, site: str) -> str:
    """A ``<title>`` without its `` | Site name`` or `` — Site`` suffix.

    The suffix is the page's ``og:site_name`` when it has one; else anything after a
    last `` | ``, or a capitalised part of at most five words after a dash that follows
    at least three words.

    >>> _strip_site("Forum opens in Astana | Assembly of People of Kazakhstan", "")
    'Forum opens in Astana'
    >>> _strip_site("Астана — город будущего", "")
    'Астана — город будущего'
    >>> _strip_site("В Астане открылся форум — Жаршы", "")
    'В Астане открылся форум'
    """
    match = _SITE_SUFFIX.search(title)
    rest = title[: match.start()] if match else ""
    if not rest.strip():
        return title
    suffix = match.group("site").strip()
    if site:
        return rest if suffix.casefold() == site.strip().casefold() else title
    pipe = match.group().strip().startswith("|")
    named = suffix[:1].isupper() and len(suffix.split()) <= 5 and len(rest.split()) >= 3
    return rest if pipe or named else title
    suffix = match.group("site").strip()
    if site and suffix.casefold() == site.strip().casefold():
        return title[: match.start()]
    if not site and len(suffix.split()) <= 5 and len(suffix) < match.start():
        return title[: match.start()]
    return title


def _record_outside(writer: _Writer, root: _Element, article: _Element, title) -> None:
    """One entry for each region of the page around the article: menus, a sidebar, the footer."""
    chain = [article]
    while chain[-1].parent is not None:
        chain.append(chain[-1].parent)
    chain.reverse()
    for parent, inner in pairwise(chain):
        for child in parent.children:
            if isinstance(child, _Element) and child is not inner and child is not title:
                writer.record(child, child.drop or child.chrome or "outside the article")
