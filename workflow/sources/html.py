"""Pages saved from a browser ("Save Page As…", "Web page, HTML only"), read into lines.

A saved page is the article inside a site's chrome: menus, a language switcher,
breadcrumbs, share buttons, tags, related news, a cookie notice, the footer.
:func:`read_page` decodes and parses the page (:mod:`workflow.sources.htmltree`, which
says why the standard library's parser, and not BeautifulSoup or lxml), chooses the
article (:mod:`workflow.sources.htmlarticle`) and its headline and rubric
(:mod:`workflow.sources.htmlheadline`), writes them, what stands between the headline
and an article below it (a date line, a lead) and the article as
:class:`~workflow.sources.reading.Line` objects with the kinds the markup states
(:mod:`workflow.sources.htmllines`), lists the regions around them it dropped, and takes
the date the markup states (:mod:`workflow.sources.htmlpublished`).
:func:`read_html` hands the lines to the plain-text rules, which decide the rest
(datelines, attributions, clutter lines, credits written as text).

Without a headline in the article, the page's ``<title>`` is it, without the site's name
or section (``Новости :: …``, ``… | Site``), unless it is only that.

Why press chooses the article itself, and not readability or trafilatura:
readability-lxml and trafilatura (lxml, courlan, htmldate, justext and more) choose the
article by their own scoring and hand it back as cleaned HTML, XML or Markdown, which
press would have to parse again to learn what it needs from the markup: which line is
the ``<h1>``, a ``<blockquote>``, a list item, a ``<figcaption>``, where a ``<br>``
breaks a two-line attribution; and they do not say what they dropped and why, which
``press ingest --dry-run`` shows.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..errors import InputError
from ..markup import escape
from ..model import BlockKind
from .clutter import clutter_reason, is_site_name
from .common import normalized
from .document import SourceDocument
from .htmlarticle import PageElement, choose_article, inside
from .htmlheadline import choose_title, find_rubric
from .htmllines import MAX_DROPS, LineWriter
from .htmlpublished import date_lines, meta_date, time_date
from .htmltree import Element, TreeBuilder, decode_page, not_html
from .plaintext import read_lines
from .reading import CAPTION, Line, Reading, plain

__all__ = ["MAX_DROPS", "read_html", "read_page"]

_BETWEEN = 1500
"""The most text taken from between a headline and the article it stands above."""
_BETWEEN_ITEMS = 20
_SITE_SUFFIX = re.compile(r"\s+[|—–-]\s+(?P<site>[^|—–]+)$")
_TITLE_PARTS = re.compile(r"\s+(?:::|»|\|)\s+")


def read_html(data: bytes, name: str) -> SourceDocument:
    """Read a page saved from a browser into a source document."""
    lines, reading = read_page(data, name)
    return read_lines(lines, reading)


def read_page(data: bytes, name: str) -> tuple[list[Line], Reading]:
    """The article of a saved page as lines (a blank line between blocks), and how it was read."""
    decoded = decode_page(data, name)
    parser = TreeBuilder(name, PageElement)
    parser.build(decoded.text)
    if not parser.saw_html:
        not_html(name)
    reading = Reading()
    if decoded.note:
        reading.notes.append(decoded.note)
    root = parser.root
    article, how = choose_article(root)
    title, passed = choose_title(root, article)
    writer = LineWriter(reading, parser.base(), title, read_chrome=article is not root)
    writer.skip = {key: reason for key, (_node, reason) in passed.items()}
    rubric = find_rubric(title) if title is not None else None
    kept: list[PageElement] = [article]
    if rubric is not None:
        writer.rubric = rubric[1]
        if not rubric[0].drop:  # breadcrumbs go as they are; a rubric's element is written
            writer.skip[id(rubric[0])] = None
            kept.append(rubric[0])
    headline = _page_title(parser) if title is None else None
    if headline:
        writer.lines += [Line(escape(headline), BlockKind.TITLE), Line("")]
        reading.notes.append("the headline is the page's <title>: the page has no headline in it")
    regions = [article]
    if title is not None and not inside(title, article):
        writer.write(title)
        kept.append(title)
        between = _between(title, article)
        for item in between:
            writer.write(item) if isinstance(item, PageElement) else writer.write_text(item)
        kept += [item for item in between if isinstance(item, PageElement)]
        regions += [*_header(title), *kept[1:]]
    writer.write(article)
    if headline:
        _drop_repeat(writer.lines, headline, reading)
    if not any(line.kind not in (BlockKind.TITLE, CAPTION) for line in writer.lines if line.text):
        if any(dropped.reason == "teasers" for dropped in reading.dropped):
            raise InputError(
                f"{name} is a list of news, not one article",
                "open the news item itself in the browser and save that page",
            )
        raise InputError(
            f"{name} has no article text",
            "the site may build it with scripts: copy the text into a .txt file and ingest that",
        )
    _record_outside(writer, root, kept, passed)
    stamp = date_lines(writer.lines, reading)
    dated = time_date(regions) or stamp or meta_date(parser.json_ld, parser.links.get("published"))
    if dated is not None:
        reading.date, reading.date_from = dated
    reading.notes.append(f"the article is {how}")
    if parser.skipped:
        reading.notes.append(f"{parser.skipped} scripts, styles and embedded objects left out")
    if parser.unclosed_comment:
        reading.notes.append(
            "a comment left open (<!--) hides the rest of the page, as in browsers"
        )
    if writer.more:
        reading.notes.append(f"{writer.more} more dropped regions not listed")
    while writer.lines and not writer.lines[-1].text:
        writer.lines.pop()
    return writer.lines, reading


# Around the article


def _header(title: PageElement) -> list[PageElement]:
    """The ``<header>`` the headline stands in, else its parent, unless that is the whole
    page: where its date may be."""
    header = title.parent
    while header is not None and header.tag != "header":
        header = header.parent
    header = header or title.parent
    return [header] if header is not None and header.parent is not None else []


def _between(title: PageElement, article: PageElement) -> list[PageElement | str]:
    """What stands after a headline and before the article below it: a date, a lead."""
    path = []
    node: Element | None = article
    while node is not None:
        path.append(node)
        node = node.parent
    depth = {id(node): at for at, node in enumerate(path)}
    up = [title]
    while id(up[-1]) not in depth:
        assert up[-1].parent is not None
        up.append(up[-1].parent)
    common = up.pop()
    down = path[: depth[id(common)]][::-1]  # from the common ancestor's child to the article
    out: list = []
    for node in up[:-1]:  # after the headline, up to the common ancestor
        siblings = node.parent.children
        out += siblings[_index(siblings, node) + 1 :]
    siblings = common.children
    first, last = _index(siblings, up[-1]), _index(siblings, down[0])
    if first > last:
        return []  # the headline is below the article
    out += siblings[first + 1 : last]
    for parent, child in pairwise(down):  # before the article, going down
        out += parent.children[: _index(parent.children, child)]
    taken = [
        item
        for item in out
        if (isinstance(item, str) and item.strip())
        or (
            isinstance(item, PageElement)
            and item.text > item.links * 2  # not a menu
            and not (item.drop or item.chrome)
        )
    ]
    size = sum(len(item) if isinstance(item, str) else item.text for item in taken)
    if size > _BETWEEN or len(taken) > _BETWEEN_ITEMS:
        return []  # more than a date and a lead: the article is not the block under it
    return taken


def _index(children: list, node: object) -> int:
    return next(at for at, child in enumerate(children) if child is node)


def _record_outside(
    writer: LineWriter, root: PageElement, kept: list[PageElement], passed: dict
) -> None:
    """One entry for each region of the page around what was written: menus, the footer."""
    keep = {id(node) for node in kept}
    if id(root) in keep:
        return  # the whole page is the article
    holders = set()
    for node in kept:
        while node.parent is not None:
            node = node.parent
            holders.add(id(node))
    stack = [iter(root.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, PageElement) and id(child) not in keep:
            if id(child) in holders:
                stack.append(iter(child.children))
            else:
                reason = passed[id(child)][1] if id(child) in passed else None
                writer.record(child, reason or child.drop or child.chrome or "outside the article")


def _page_title(parser: TreeBuilder) -> str | None:
    """The page's ``<title>`` without the site's name, unless it is only that or a rubric."""
    if not parser.title:
        return None
    headline = _strip_site(parser.title, parser.links.get("site", ""))
    if is_site_name(headline) or clutter_reason(headline) is not None:
        return None
    if normalized(headline) == normalized(parser.links.get("site", "")):
        return None
    return headline


def _drop_repeat(lines: list[Line], headline: str, reading: Reading) -> None:
    """The article's first line, when it repeats the ``<title>`` taken as the headline."""
    at = next((at for at, line in enumerate(lines[1:], 1) if line.text), None)
    if at is not None and normalized(plain(lines[at].text)) == normalized(headline):
        reading.drop(plain(lines[at].text), "headline repeated", lines[at].number)
        del lines[at]


def _strip_site(title: str, site: str) -> str:
    """A ``<title>`` without its site's name or section: `` | Site``, ``Новости :: ``,
    `` » Site``, or `` — Site``.

    Of the parts between `` | ``, `` :: `` and `` » ``, the headline is the one with the
    most words that is not the page's ``og:site_name``, an office's or a site's name, or a
    menu word. Then a suffix after a dash goes when it is the ``og:site_name``, or without
    one, a capitalised part of at most five words after at least three words.

    >>> _strip_site("Forum opens in Astana | Assembly of People of Kazakhstan", "")
    'Forum opens in Astana'
    >>> _strip_site("Новости :: Аким области встретился с молодёжью", "")
    'Аким области встретился с молодёжью'
    >>> _strip_site("Астана — город будущего", "")
    'Астана — город будущего'
    >>> _strip_site("В Астане открылся форум — Жаршы", "")
    'В Астане открылся форум'
    """
    parts = _TITLE_PARTS.split(title)
    if len(parts) > 1:
        site_folded = normalized(site)
        named = [
            part
            for part in parts
            if normalized(part) != site_folded
            and not is_site_name(part)
            and clutter_reason(part) is None
        ]
        title = max(named or parts[:1], key=lambda part: len(part.split()))
    match = _SITE_SUFFIX.search(title)
    rest = title[: match.start()] if match else ""
    if not rest.strip():
        return title
    suffix = match.group("site").strip()
    if site:
        return rest if suffix.casefold() == site.strip().casefold() else title
    pipe = match.group().strip().startswith("|")
    named_site = suffix[:1].isupper() and len(suffix.split()) <= 5 and len(rest.split()) >= 3
    return rest if pipe or named_site else title
