"""What a saved page's elements are to its article, and which of them is the article.

:class:`PageElement` learns, while the page is parsed, what an element is: a region
dropped always (a menu, a form, struck-out text), site chrome (dropped outside the
article), a region dropped by its class or id (share buttons, related news, an advert,
an embedded post, a WordPress ``entry-meta``), a caption, what a ``<time>`` is marked as,
and the weight of the paragraph text in it (``<p>`` text, and runs of text between
``<br>`` in a ``<div>`` or a ``<td>`` of an old page).

The article is an ``<article>`` (the one holding the ``<h1>``, else the longest; small
``<article>`` elements side by side are teasers, dropped), else ``<main>``, else the
element with the most paragraph text and the fewest links (one by the ``<h1>`` if it has
half as much), else the whole page; a block with three times the ``<article>``'s text,
or by the ``<h1>`` the ``<article>`` lacks, wins over it. Its headline and rubric are
:mod:`workflow.sources.htmlheadline`'s, its date :mod:`workflow.sources.htmlpublished`'s."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .clutter import clutter_reason
from .htmltree import BR, INLINE, Element

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORDS = re.compile(r"[\s_-]+")

_DROP_TAGS = {
    "nav": "navigation",
    "aside": "sidebar",
    "form": "form",
    "button": "button",
    **dict.fromkeys(("del", "s", "strike"), "struck out"),
}
_DROP_ROLES = {"navigation": "navigation", "complementary": "sidebar", "search": "form"}
_CHROME_TAGS = {"header": "site header", "footer": "site footer"}
_CHROME_ROLES = {"banner": "site header", "contentinfo": "site footer"}
_HIDDEN_CLASSES = frozenset({"sr-only", "visually-hidden", "screen-reader-text"})
_CAPTION_CLASSES = frozenset({"caption", "photo-credit", "wp-caption-text"})
_CLASS_WORDS = {
    **dict.fromkeys(("share", "sharing", "social", "socials", "share2"), "share buttons"),
    **dict.fromkeys(("breadcrumb", "breadcrumbs"), "breadcrumbs"),
    **dict.fromkeys(("related", "relatedposts"), "related news"),
    **dict.fromkeys(("comment", "comments", "disqus"), "comments"),
    "tags": "tags",
    "menu": "menu",
    "banner": "banner",
    **dict.fromkeys(("cookie", "cookies"), "cookie notice"),
    **dict.fromkeys(
        ("ad", "ads", "adv", "advert", "adverts", "advertisement", "adsbygoogle", "reklama"),
        "advert",
    ),
    **dict.fromkeys(("rating", "ratings"), "rating widget"),
}
"""Words of a class or id (split at ``-``, ``_`` and spaces) that mark site chrome."""
_CLASS_PHRASES = {
    **dict.fromkeys(
        ("readalso", "othernews", "similarposts", "similarnews", "morenews"), "related news"
    ),
    "disqusthread": "comments",
    **dict.fromkeys(("entrymeta", "postmeta"), "post meta"),
    **dict.fromkeys(("catlinks", "postcategories"), "categories"),
    "tagslinks": "tags",
    **dict.fromkeys(("twittertweet", "instagrammedia", "tiktokembed", "fbpost"), "embedded post"),
}
"""Whole class names and ids, without their ``-`` and ``_``, that mark site chrome."""
CONTAINERS = frozenset(("div", "td", "th", "section", "article", "main", "center", "blockquote"))
"""Elements whose own text between ``<br>`` counts as paragraphs (old pages have no ``<p>``)."""
LOOSE_RUN = 50
"""The shortest run of loose text that counts as a paragraph (a ``<p>`` counts from 25)."""

_PUBLISHED = re.compile(r"publish|posted|pubdate|created")
_UPDATED = re.compile(r"updat|modif")
_READ = frozenset(("class", "id", "role", "style", "hidden", "aria-hidden"))
"""The attributes that may drop an element or make it a caption."""


class PageElement(Element):
    """An element kept from the page, with what the article choice needs to know of it."""

    __slots__ = (
        "caption", "chrome", "drop", "in_article", "key", "links", "pending", "score", "stamp"
    )  # fmt: skip

    def __init__(
        self, tag: str, parent: PageElement | None, attrs: dict[str, str | None], line: int = 0
    ) -> None:
        super().__init__(tag, parent, attrs, line)
        self.links = 0  # characters of link text; chrome counts in neither this nor the text
        self.score = 0.0  # paragraph text in it and its children (and half of grandchildren)
        self.key = False  # holds a <main> or an <h1>: never dropped for its class
        self.in_article = parent is not None and (
            parent.in_article or parent.tag in ("article", "main")
        )
        if not _READ.isdisjoint(attrs):
            self.drop, self.chrome, self.pending = _drop_reasons(tag, attrs)
            self.caption = not _CAPTION_CLASSES.isdisjoint((attrs.get("class") or "").split())
        else:  # most elements: no attribute that says anything of them
            self.drop, self.chrome, self.pending = _DROP_TAGS.get(tag), _CHROME_TAGS.get(tag), None
            self.caption = False
        self.stamp = _stamp(attrs, parent) if tag == "time" else None

    def close(self) -> None:
        """What a closed element tells its parent: its text and links, a paragraph's weight."""
        parent = self.parent
        assert isinstance(parent, PageElement)
        tag = self.tag
        if tag == "a":
            self.links = self.text
        self.key = self.key or tag in ("main", "h1")
        if self.pending and not self.key:
            self.drop = self.drop or self.pending
        if tag in ("p", "pre"):
            weight = self.text - self.links
            if weight >= 25:
                parent.score += weight
                if parent.parent is not None:
                    parent.parent.score += weight / 2
        elif tag in CONTAINERS:
            weight = _loose_text(self)
            self.score += weight
            parent.score += weight / 2
        elif tag in ("ul", "ol") and not self.drop:
            _drop_read_also(self)
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
    if tag == "main":
        return drop, chrome, None
    names = [*classes, (attrs.get("id") or "").lower()]
    for name in names:
        phrase = _CLASS_PHRASES.get(name.replace("-", "").replace("_", ""))
        if phrase:
            return drop, chrome, phrase
    words = _WORDS.split(" ".join(names))
    return drop, chrome, next((_CLASS_WORDS[word] for word in words if word in _CLASS_WORDS), None)


def _loose_text(node: PageElement) -> int:
    """The element's own text outside blocks, in runs between ``<br>`` and blocks (an old
    page's paragraphs), counting the runs of :data:`LOOSE_RUN` characters or more that are
    not links."""
    total = run = 0
    for child in node.children:
        if isinstance(child, str):
            run += len(child) - child.count(" ")
        elif child is BR or child.tag not in INLINE:
            total += run if run >= LOOSE_RUN else 0
            run = 0
        elif not child.drop:
            run += child.text - child.links
    return total + (run if run >= LOOSE_RUN else 0)


def _drop_read_also(node: PageElement) -> None:
    """A list under a "Читайте также" or "Related news" heading: related news, with it."""
    parent = node.parent
    assert parent is not None
    for item in reversed(parent.children[-4:-1]):
        if isinstance(item, str):
            if item.strip():
                return
            continue
        if not isinstance(item, PageElement) or item.drop or not 0 < item.text <= 40:
            return
        if clutter_reason(text_of(item)) == "read-also link":
            node.drop = item.drop = "related news"
        return


def _stamp(attrs: dict[str, str | None], parent: PageElement | None) -> str | None:
    """``"published"`` or ``"updated"``, as a ``<time>``'s attributes (or its parent's) say."""
    for holder in (attrs, parent.attrs if parent is not None else {}):
        marks = f"{holder.get('itemprop') or ''} {holder.get('class') or ''}".lower()
        if (holder is attrs and "pubdate" in attrs) or _PUBLISHED.search(marks):
            return "published"
        if _UPDATED.search(marks):
            return "updated"
    return None


# Walking the tree


def walk(
    top: PageElement, *, chrome: bool = False, into: frozenset[str | None] = frozenset()
) -> Iterator[PageElement]:
    """The elements under ``top`` in document order, dropped regions (but those ``into``)
    and site chrome (unless ``chrome``) left out."""
    stack = [top]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(
            child
            for child in reversed(node.children)
            if isinstance(child, PageElement)
            and (not child.drop or child.drop in into)
            and (chrome or not child.chrome or child.in_article)
        )


def inside(node: Element | None, top: Element) -> bool:
    while node is not None:
        if node is top:
            return True
        node = node.parent
    return False


def text_of(node: Element, limit: int = 300) -> str:
    """An element's text, spaces collapsed, a space between blocks; about ``limit`` long."""
    parts, size, stack = [], 0, [node]
    while stack and size <= limit:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            size += len(item.strip())
        elif item is BR:
            parts.append(" ")
        else:
            space = [] if item.tag in INLINE else [" "]
            stack.extend([*space, *reversed(item.children), *space])
    return " ".join("".join(parts).split())


def _weight(node: PageElement) -> int:
    return node.text - node.links


# The article


def choose_article(root: PageElement) -> tuple[PageElement, str]:
    """The article of the page, and how it was chosen, in words."""
    articles, main, h1, scored = [], None, None, []
    for node in walk(root):
        if node.tag == "article" and node.text:
            articles.append(node)
        elif node.tag == "main" and node.text and main is None:
            main = node
        elif node.tag == "h1" and h1 is None and node.text > node.links:
            h1 = node
        if node.score and node.text > node.links and node is not root:
            scored.append((node.score * (1 - node.links / node.text), node))
    by_h1 = _ancestors(h1)
    teasers = _teasers(articles, by_h1)
    ids = {id(node) for node in teasers}
    if teasers:  # a teaser's text is never the article's
        in_teasers = {id(node) for teaser in teasers for node in walk(teaser, chrome=True)}
        scored = [(score, node) for score, node in scored if id(node) not in in_teasers]
    dense = _densest(scored, h1, by_h1)
    whole = [node for node in articles if id(node) not in ids]
    _drop_teasers(teasers, by_h1, dense)
    if whole:
        longest = max(whole, key=lambda node: node.text)
        article = next((node for node in whole if id(node) in by_h1), longest)
        if not _wins(dense, article, h1, by_h1):
            of = f" of {len(articles)}" if len(articles) > 1 else ""
            if article is not longest:
                return article, f"the <article> holding the <h1>{of}"
            return article, f"the <article> (the longest{of})" if of else "the <article>"
    elif main is not None:
        return main, "the <main>"
    if dense is not None:
        named = f' class="{dense.attrs["class"][:40]}"' if "class" in dense.attrs else ""
        how = f"the <{dense.tag}{named}> with the most paragraph text"
        if teasers:
            how += f" ({len(teasers)} small <article>s side by side are teasers)"
        elif whole:
            how += " (not the <article>, which is shorter and away from the <h1>)"
        return dense, how
    return root, "the whole page"


def _ancestors(node: Element | None) -> set[int]:
    """The ``id`` of the element and of each element it is in."""
    found = set()
    while node is not None:
        found.add(id(node))
        node = node.parent
    return found


def _densest(
    scored: list[tuple[float, PageElement]], h1: PageElement | None, by_h1: set[int]
) -> PageElement | None:
    """The element with the most paragraph text and the fewest links; if it is not by the
    ``<h1>``, one that is, with at least half as much (and not only for holding it)."""
    if not scored:
        return None
    best, dense = max(scored, key=lambda pair: pair[0])
    if h1 is None or _near(dense, h1, by_h1):
        return dense
    holding = _ancestors(dense)
    near = [
        (score, node)
        for score, node in scored
        if score * 2 >= best and id(node) not in holding and _near(node, h1, by_h1)
    ]
    return max(near, key=lambda pair: pair[0])[1] if near else dense


def _near(node: PageElement, h1: PageElement, by_h1: set[int]) -> bool:
    """Whether the ``<h1>`` is in the element, or stands beside it: in its parent or
    grandparent, in a part of that with little text but the headline's (a date, a lead).
    ``by_h1`` is the ``<h1>``'s :func:`_ancestors`."""
    if id(node) in by_h1:
        return True
    for top in (node.parent, node.parent.parent if node.parent else None):
        if top is None or top.parent is None:
            return False
        if id(top) in by_h1:
            branch = h1
            while branch.parent is not top:
                assert branch.parent is not None
                branch = branch.parent
            return branch.text - h1.text <= min(300, node.text / 4)
    return False


def _teasers(articles: list[PageElement], by_h1: set[int]) -> list[PageElement]:
    """The ``<article>`` elements that are teasers: small ones side by side (in one element,
    or each in an element of one), without the ``<h1>``."""
    parents = Counter(id(node.parent) for node in articles)
    grandparents = Counter(id(node.parent.parent) for node in articles if node.parent)
    return [
        node
        for node in articles
        if node.text < 1000
        and id(node) not in by_h1
        and max(parents[id(node.parent)], grandparents[id(node.parent.parent)]) >= 2
    ]


def _drop_teasers(teasers: list[PageElement], by_h1: set[int], dense: PageElement | None) -> None:
    """Teasers dropped: the element that holds them and little else (not the headline or
    the densest text), else each of them."""
    siblings = Counter(id(node.parent) for node in teasers)
    holding = _ancestors(dense)
    groups: dict[int, tuple[PageElement, list[PageElement]]] = {}
    for node in teasers:
        parent = node.parent
        assert parent is not None
        holder = parent if siblings[id(parent)] > 1 or parent.parent is None else parent.parent
        groups.setdefault(id(holder), (holder, []))[1].append(node)
    for holder, group in groups.values():
        whole = sum(node.text for node in group) * 5 >= holder.text * 4
        keeps = id(holder) in by_h1 or id(holder) in holding or holder.tag == "main"
        if whole and holder.parent is not None and not keeps:
            holder.drop = holder.drop or "teasers"
        else:
            for node in group:
                node.drop = "teasers"


def _wins(
    dense: PageElement | None, article: PageElement, h1: PageElement | None, by_h1: set[int]
) -> bool:
    """Whether the densest block is the article rather than the ``<article>``: it is apart
    from it, and it has three times its text or stands by the ``<h1>`` the other lacks."""
    if dense is None or inside(dense, article) or inside(article, dense) or id(article) in by_h1:
        return False
    return _weight(dense) >= 3 * _weight(article) or (h1 is not None and _near(dense, h1, by_h1))
