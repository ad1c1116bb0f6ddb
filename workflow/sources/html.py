"""Pages saved from a browser ("Save Page As…", "Web page, HTML only"), read into lines.

A saved page is the article inside a site's chrome: menus, a language switcher,
breadcrumbs, share buttons, tags, related news, a cookie notice, the footer.
:func:`read_page` finds the article (an ``<article>``, the longest if there are
several; else ``<main>``; else the element with the most paragraph text and the
fewest links; else the whole page), drops the chrome, turns the article's
elements into :class:`~workflow.sources.reading.Line` objects with the kinds the
markup states, and :func:`read_html` hands them to the plain-text rules, which
decide the rest (datelines, attributions, clutter lines, credits written as text).

The page is decoded and parsed into a tree by :mod:`workflow.sources.htmltree`
(which says why the standard library's parser, and not BeautifulSoup or lxml); this
module chooses the article in that tree, drops and lists the regions around it, and
writes the lines, with inline Markdown and the date.

Why press chooses the article itself, and not readability or trafilatura:
readability-lxml and trafilatura (lxml, courlan, htmldate, justext and more) choose the
article by their own scoring and hand it back as cleaned HTML, XML or Markdown, which
press would have to parse again to learn what it needs from the markup: which line is
the ``<h1>``, a ``<blockquote>``, a list item, a ``<figcaption>``, where a ``<br>``
breaks a two-line attribution; and they do not say what they dropped and why, which
``press ingest --dry-run`` shows.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import groupby, pairwise
from typing import NamedTuple
from urllib.parse import quote, urljoin, urlsplit

from ..errors import InputError
from ..markup import LINK_SCHEMES
from ..model import BlockKind
from .document import SourceDocument
from .htmltree import BLOCKS, BR, HEADINGS, INLINE, Element, TreeBuilder, decode_page, not_html
from .plaintext import read_lines
from .reading import CAPTION, Line, Reading

MAX_DROPS = 40
"""The most dropped regions listed one by one in the reading; the rest are counted."""

_PREVIEW = 60
_ESCAPE = re.compile(r"([\\*\[\]`])")
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_SITE_SUFFIX = re.compile(r"\s+[|—–-]\s+(?P<site>[^|—–]+)$")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

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
    parser = TreeBuilder(name, _Element)
    parser.feed(decode_page(data, name))
    parser.finish()
    if not parser.saw_html:
        not_html(name)
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


# The elements of the page


class _Element(Element):
    """An element kept from the page, with what the article choice needs to know of it."""

    __slots__ = ("caption", "chrome", "drop", "in_article", "key", "links", "pending", "score")

    def __init__(
        self, tag: str, parent: _Element | None, attrs: dict[str, str | None], line: int = 0
    ) -> None:
        super().__init__(tag, parent, attrs, line)
        self.links = 0  # characters of link text; chrome counts in neither this nor the text
        self.score = 0.0  # paragraph text of its children (and half of its grandchildren)
        self.key = False  # holds a <main> or an <h1>: never dropped for its class
        self.in_article = parent is not None and (
            parent.in_article or parent.tag in ("article", "main")
        )
        self.drop, self.chrome, self.pending = _drop_reasons(tag, attrs)
        self.caption = bool(_CAPTION_CLASSES & set((attrs.get("class") or "").split()))

    def close(self) -> None:
        """What a closed element tells its parent: its text and links, a paragraph's weight."""
        parent = self.parent
        assert isinstance(parent, _Element)
        if self.tag == "a":
            self.links = self.text
        self.key = self.key or self.tag in ("main", "h1")
        if self.pending and not self.key:
            self.drop = self.drop or self.pending
        if self.tag in ("p", "pre"):
            weight = self.text - self.links
            if weight >= 25:
                parent.score += weight
                if parent.parent is not None:
                    parent.parent.score += weight / 2
        parent.key = parent.key or self.key
        if self.drop or (self.chrome and not self.in_article):
            return
        parent.text += self.text
        parent.links += self.links


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
        self.runs: list[_Run | Element] = []
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
            elif item is BR:
                self.runs.append(BR)
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
        if node.tag in HEADINGS:
            return BlockKind.HEADING
        if node.tag == "li":
            return BlockKind.LIST_ITEM
        if node.tag == "blockquote":
            return BlockKind.QUOTE
        if node.tag in ("figure", "figcaption") or node.caption:
            return CAPTION
        return None

    def _enter(self, node: _Element) -> None:
        if node.tag in BLOCKS:
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
        if node.tag in BLOCKS:
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


def _render(runs: list[_Run | Element]) -> list[str]:
    """Runs of text as lines of inline Markdown, spaces collapsed as a browser shows them."""
    lines: list[list[_Run]] = [[]]
    for run in runs:
        if run is BR:
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
        elif item is BR:
            parts.append(" ")
        else:
            space = [] if item.tag in INLINE else [" "]  # a space between blocks
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
