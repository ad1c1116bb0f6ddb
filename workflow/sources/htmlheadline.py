"""A saved page's headline and rubric, in the tree :mod:`workflow.sources.htmlarticle`
chose the article in.

The headline is an ``<h1>``: the article's first, else one outside it; never a site's
logo (an ``<h1>`` that is only a link), nor one in the site's header, nor a one-word
section name (``Новости``) when the article has another heading. Else it is the
article's first line when that is all bold and reads as a headline, else its first
``<h2>``/``<h3>`` when at most a rubric and a date stand before it, else an ``<h1>`` in
the site's header that is not the site's name. The rubric is an element of class
``category`` or ``rubric``, or the last item of the breadcrumbs, right above the
headline, when it is a word or a few.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clutter import RUBRIC_WORDS, clutter_reason, is_site_name
from .htmlarticle import CONTAINERS, PageElement, text_of, walk
from .htmltree import BR, HEADINGS, INLINE, Element

_WORDS = re.compile(r"[\s_-]+")
_RUBRIC_CLASSES = frozenset({"category", "rubric", "rubrika", "kicker"})


def choose_title(
    root: PageElement, article: PageElement
) -> tuple[PageElement | None, dict[int, tuple[PageElement, str]]]:
    """The headline's element, and the headings passed over (by ``id``, with the reason)."""
    own = article is not root
    inner = [node for node in walk(article, chrome=own) if node.tag in ("h1", "h2", "h3")]
    headings = len(inner)
    inner = [node for node in inner if node.tag == "h1"]
    seen = {id(node) for node in inner}
    plain = (
        [node for node in walk(root) if node.tag == "h1" and id(node) not in seen] if own else []
    )
    skipped: dict[int, tuple[PageElement, str]] = {}
    for node in [*inner, *plain]:
        if node.text <= node.links:
            continue  # a site's logo
        if headings > (1 if id(node) in seen else 0) and _section_name(text_of(node)):
            skipped[id(node)] = (node, "section name")
            continue
        return node, skipped
    first = _bold_line(article, own) or _first_heading(article, own)
    if first is not None:
        return first, skipped
    header = {id(node) for node in plain}
    for node in walk(root, chrome=True):
        if node.tag == "h1" and id(node) not in header and id(node) not in seen:
            text = text_of(node)
            if node.text > node.links and not is_site_name(text) and not _section_name(text):
                return node, skipped
    return None, skipped


def _section_name(text: str) -> bool:
    """A section's name as a page's heading: one word, or a rubric or menu word."""
    folded = " ".join(text.casefold().split()).strip(" .:")
    return len(folded.split()) <= 1 or folded in RUBRIC_WORDS or clutter_reason(text) == "menu"


def _first_heading(article: PageElement, chrome: bool) -> PageElement | None:
    """The article's first ``<h2>`` or ``<h3>``, when at most two short lines (a rubric,
    a date) stand before it."""
    before = []
    for item, _parent in _document(article, chrome):
        if isinstance(item, str):
            if item.strip():
                before.append(len(item.strip()))
                if len(before) > 2 or sum(before) >= 100:
                    return None
        elif item.tag in HEADINGS:
            good = item.tag in ("h2", "h3") and item.text > item.links
            return item if good else None
    return None


def _bold_line(article: PageElement, chrome: bool) -> PageElement | None:
    """The article's first line, when it is all bold and reads as a headline."""
    texts = (
        parent
        for item, parent in _document(article, chrome)
        if isinstance(item, str) and item.strip()
    )
    top = next(texts, None)  # the element of the first text
    bold = None
    while top is not None and top.tag in INLINE and top is not article:
        bold = top if top.tag in ("b", "strong") else bold
        if top.parent is None or top.parent.tag not in INLINE:
            break
        top = top.parent
    if bold is None or top is None or bold.text != top.text or top.parent is None:
        return None
    block = top.parent
    at = next(i for i, child in enumerate(block.children) if child is top)
    for side in (reversed(block.children[:at]), block.children[at + 1 :]):
        for child in side:
            if child is BR or (isinstance(child, Element) and child.tag not in INLINE):
                break
            if child.strip() if isinstance(child, str) else child.text:
                return None  # more on the line than the bold text
    text = text_of(bold)
    if not 2 <= len(text.split()) <= 30 or len(text) > 250 or text[-1] in ".:;,":
        return None
    whole = block.text == bold.text and block is not article and block.tag not in CONTAINERS
    return block if whole else bold


def _document(top: PageElement, chrome: bool) -> Iterator[tuple[PageElement | str, PageElement]]:
    """The text and the elements under ``top`` in document order (as :func:`walk`), each
    with its parent."""
    stack: list = [(top, top)]
    while stack:
        item, parent = stack.pop()
        yield item, parent
        if isinstance(item, PageElement):
            stack.extend(
                (child, item)
                for child in reversed(item.children)
                if isinstance(child, str)
                or (
                    isinstance(child, PageElement)
                    and not child.drop
                    and (chrome or not child.chrome or child.in_article)
                )
            )


def find_rubric(title: PageElement) -> tuple[PageElement, str] | None:
    """The rubric right above the headline: an element of class ``category`` or ``rubric``,
    or the last item of breadcrumbs, when it is a word or a few (and not "Новости")."""
    node, above = title, None
    for _ in range(2):
        above = _previous(node)
        if above is not None or node.parent is None or node.parent.tag in ("body", "article"):
            break
        node = node.parent
    if above is None:
        return None
    words = set(_WORDS.split((above.attrs.get("class") or "").lower()))
    if words & {"breadcrumb", "breadcrumbs"}:
        leaves = [n for n in walk(above, chrome=True, into=frozenset({above.drop})) if _leaf(n)]
        text = text_of(leaves[-1]) if leaves else ""
        if clutter_reason(text) is not None:
            return None
    elif words & _RUBRIC_CLASSES:
        text = text_of(above)
    else:
        return None
    headline = " ".join(text_of(title).casefold().split())
    if not 0 < len(text.split()) <= 4 or len(text) > 40 or text.casefold() == headline:
        return None
    return (above, text) if not is_site_name(text) and text[-1] not in ".:" else None


def _previous(node: PageElement) -> PageElement | None:
    """The element with text right before ``node`` in its parent, if no text stands between."""
    parent = node.parent
    if parent is None:
        return None
    at = next(i for i, child in enumerate(parent.children) if child is node)
    for child in reversed(parent.children[max(0, at - 20) : at]):
        if isinstance(child, str):
            if child.strip():
                return None
        elif isinstance(child, PageElement) and child.text:
            return child
    return None


def _leaf(node: PageElement) -> bool:
    return node.tag in ("a", "span", "li", "b", "strong") and all(
        isinstance(child, str) for child in node.children
    )
