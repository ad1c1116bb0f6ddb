"""A saved page's elements written as lines: the kinds the markup states, inline Markdown.

:class:`LineWriter` walks the elements :mod:`workflow.sources.html` chose (the headline,
what stands between it and the article, the article) and writes
:class:`~workflow.sources.reading.Line` objects: a blank line between blocks, a
``<br>`` a line break, ``**strong**``, ``*em*`` and ``[links](…)`` as
:mod:`workflow.markup` reads them. It lists each dropped region it meets, with the
start of its text, and drops lines that are furniture only the markup shows (an
advert's label, a category line, a back link).
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import NamedTuple
from urllib.parse import urljoin

from ..markup import enclose, escape, link_target
from ..model import BlockKind
from .htmlarticle import PageElement, text_of
from .htmltree import BLOCKS, BR, HEADINGS, Element
from .reading import CAPTION, Line, Reading

MAX_DROPS = 40
"""The most dropped regions listed one by one in the reading; the rest are counted."""

_PREVIEW = 60
_BACK = re.compile(r"[«‹<←⟵\s]*(?:назад|вернуться|артқа|кері қайту|back)\b[^.!?]{0,30}")
_CATEGORIES = re.compile(
    r"(?:категори[яи]|рубрик[аи]|санаттар|санаты|санат|categor(?:y|ies)|filed under|posted in)"
    r"\s*:"
)
_ADVERT = frozenset({"реклама", "жарнама", "advertisement", "advertising", "ad", "sponsored"})


class _Run(NamedTuple):
    text: str
    strong: bool
    em: bool
    href: str | None
    link: bool  # in an <a>, whether or not its target is kept


class LineWriter:
    """Turns elements into lines: a blank line between blocks, a ``<br>`` a line break."""

    def __init__(self, reading: Reading, base: str | None, title: PageElement | None, *,
                 read_chrome: bool) -> None:  # fmt: skip
        self.reading, self.base, self.title, self.read_chrome = reading, base, title, read_chrome
        self.lines: list[Line] = []
        self.runs: list[_Run | Element] = []
        self.kinds: list[BlockKind | str] = []
        self.hrefs: list[str | None] = []
        self.skip: dict[int, str | None] = {}  # elements not written: why, if it is said
        self.rubric: str | None = None  # written above the headline
        self.targets: dict[str | None, str | None] = {}  # each href, resolved once
        self.strong = self.em = self.more = 0
        self.at = 0  # the line of the page where the current block starts

    def write(self, top: PageElement) -> None:
        stack: list = [top]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                href = self.hrefs[-1] if self.hrefs else None
                self.runs.append(_Run(item, self.strong > 0, self.em > 0, href, bool(self.hrefs)))
            elif item is BR:
                self.runs.append(BR)
            elif isinstance(item, tuple):
                self._leave(item[0])
            else:
                reason = item.drop or (
                    item.chrome if not (self.read_chrome or item.in_article) else None
                )
                if id(item) in self.skip:
                    reason = self.skip[id(item)]
                    if reason is None:
                        continue
                if reason and item is not top:
                    self.record(item, reason)
                    continue
                self._enter(item)
                stack.append((item,))
                stack.extend(reversed(item.children))
        self._flush()

    def write_text(self, text: str) -> None:
        """Text that stands loose between elements, as a block of its own."""
        self._flush()
        self.runs.append(_Run(text, False, False, None, False))
        self._flush()

    def record(self, node: PageElement, reason: str) -> None:
        """One entry for a dropped region, with the start of its text."""
        if len(self.reading.dropped) < MAX_DROPS:
            text = preview(node)
            if text:
                self.reading.drop(text, reason, node.line)
        elif node.text:
            self.more += 1

    def _kind(self, node: PageElement) -> BlockKind | str | None:
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

    def _enter(self, node: PageElement) -> None:
        if node.tag in BLOCKS or node is self.title:
            self._flush()
            self.at = node.line
        if node is self.title and self.rubric:
            self.lines += [Line(escape(self.rubric), BlockKind.RUBRIC, node.line), Line("")]
        kind = self._kind(node)
        if kind is not None:
            self.kinds.append(kind)
        if node.tag in ("strong", "b"):
            self.strong += 1
        elif node.tag in ("em", "i"):
            self.em += 1
        elif node.tag == "a":
            href = node.attrs.get("href")
            if href not in self.targets:
                self.targets[href] = _link(href, self.base)
            self.hrefs.append(self.targets[href])

    def _leave(self, node: PageElement) -> None:
        if node.tag in BLOCKS or node is self.title:
            self._flush(node is self.title)
        if self._kind(node) is not None:
            self.kinds.pop()
        if node.tag in ("strong", "b"):
            self.strong -= 1
        elif node.tag in ("em", "i"):
            self.em -= 1
        elif node.tag == "a":
            self.hrefs.pop()

    def _flush(self, title: bool = False) -> None:
        """The text gathered since the last block boundary, as the lines of one block."""
        if not self.runs:
            return
        kind = BlockKind.TITLE if title else self.kinds[-1] if self.kinds else None
        lines = _lines(self.runs)
        self.runs = []
        if kind in (BlockKind.TITLE, BlockKind.HEADING):
            runs = [run for line in lines for run in line if run.text.strip()]
            if runs and all(run.strong for run in runs):  # a bold headline: bold is no news
                lines = [[run._replace(strong=False) for run in line] for line in lines]
            texts = [" ".join(text for text in map(_text, lines) if text.strip())]
        else:
            texts = [
                "" if kind is None and self._furniture(line) else _text(line) for line in lines
            ]
        if not any(text.strip() for text in texts):
            return
        for text in [*texts, ""]:  # a blank line after the block
            if text.strip():
                self.lines.append(Line(text, kind, self.at))
            elif self.lines and self.lines[-1].text:
                self.lines.append(Line(""))  # and where <br><br> leaves an empty line

    def _furniture(self, runs: list[_Run]) -> bool:
        """Whether a line is an advert's label, a category line or a back link: dropped."""
        texts = [run for run in runs if run.text.strip()]
        text = " ".join("".join(run.text for run in texts).split())
        if not text or len(text) > 200:
            return False
        folded = text.casefold()
        if folded.strip(" .:") in _ADVERT:
            reason = "advert"
        elif _CATEGORIES.match(folded):
            reason = "categories"
        elif (
            len(folded) <= 40
            and (all(run.link for run in texts) or folded[0] in "«‹<←⟵")
            and _BACK.fullmatch(folded)
        ):
            reason = "back link"
        else:
            return False
        self.reading.drop(text, reason, self.at)
        return True


def _lines(runs: list[_Run | Element]) -> list[list[_Run]]:
    """Runs of text cut into lines at each ``<br>``."""
    lines: list[list[_Run]] = [[]]
    for run in runs:
        if run is BR:
            lines.append([])
        else:
            lines[-1].append(run)
    return lines


def _text(runs: list[_Run]) -> str:
    """A line's runs as inline Markdown, spaces collapsed as a browser shows them."""
    return _markdown(_collapse(runs))


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
                enclose("".join(escape(run.text) for run in in_em), "*" if em else "")
                for em, in_em in groupby(in_strong, key=lambda run: run.em)
            )
            label += enclose(inner, "**" if strong else "")
        out.append(enclose(label, "[", f"]({href})") if href else label)
    return "".join(out)


def _link(href: str | None, base: str | None) -> str | None:
    """An http, https or mailto target, a relative one resolved against the page's address."""
    if not href:
        return None
    href = re.sub(r"[\t\n\r]", "", href).strip(" \f")
    try:
        return link_target(urljoin(base, href) if base else href)
    except ValueError:
        return None


def preview(node: PageElement) -> str:
    """The start of an element's text, for the reading: a few words, and "…" if there is more."""
    text = text_of(node, _PREVIEW)
    if len(text) <= _PREVIEW:
        return text
    return text[:_PREVIEW].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
