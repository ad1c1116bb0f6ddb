"""Inline Markdown inside a unit: ``*em*``, ``**strong**``, ``[text](url)`` and ``\\`` escapes.

A sentence keeps its inline markup as Markdown text in the PO files; this module
reads it into runs and links for the exports (and for checks that a translation
keeps the same markup). Anything that is not well-formed markup stays literal text,
and a link survives only to an http, https or mailto address.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote, urlsplit

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""The only link targets an export writes; any other link keeps its text and loses its target."""


class Run(NamedTuple):
    """Text with one formatting: emphasis (``*em*``), strong (``**strong**``), both or none."""

    text: str
    em: bool = False
    strong: bool = False
    is_link = False


class Link(NamedTuple):
    """A link (``[text](url)``) to an http, https or mailto address."""

    href: str
    runs: tuple[Run, ...]
    is_link = True


Inline = Run | Link


_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_{}\[\]()#+\-.!])"
    r"|\[(?P<label>(?:\\.|[^\\\[\]])+)\]\((?P<url>(?:[^\s()]|\([^\s()]*\))+)\)"
    r"|\*\*(?P<strong>(?=\S)(?:\\.|[^\\])+?)(?<=\S)\*\*(?!\*)"
    r"|\*(?P<em>(?=[^\s*])(?:\\.|\*\*|[^\\*])+?)(?<=\S)\*(?!\*)"
)
"""Escapes, links, strong, emphasis. Each repeated group reads its text one way only
(no nested quantifiers), so a hostile sentence cannot make matching exponential."""
_MAX_DEPTH = 4
"""Markup nested deeper than this stays literal text."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def parse_inline(text: str, *, strong: bool = False) -> tuple[Inline, ...]:
    """Inline Markdown (``*em*``, ``**strong**``, ``[text](url)``, ``\\*``) as runs and links.

    Anything that is not well-formed markup stays literal text.

    >>> [type(i).__name__ for i in parse_inline("a **b** [c](https://x.kz)")]
    ['Run', 'Run', 'Run', 'Link']
    >>> parse_inline("[c](javascript:alert(1)) 2 * 3")
    (Run(text='c 2 * 3', em=False, strong=False),)
    """
    return tuple(_merge(_parse(_CONTROL.sub("", text), em=False, strong=strong)))


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """The text of runs and links without their formatting."""
    runs = (r for i in inlines for r in (i.runs if isinstance(i, Link) else (i,)))
    return "".join(r.text for r in runs)


@lru_cache(maxsize=1024)
def inline(text: str) -> tuple[Inline, ...]:
    """The text's inline markup read into runs and links (:func:`parse_inline`).

    Kept for the last texts read: the markup check and :func:`plain` both read it, and a
    source is checked once for each language it goes into.
    """
    return parse_inline(text)


@lru_cache(maxsize=1024)
def plain(text: str) -> str:
    """The text without its inline markup (``**b**``, ``[text](url)``, ``\\*``).

    >>> plain("Read **the plan** on [gov.kz](https://gov.kz).")
    'Read the plan on gov.kz.'

    Kept for the last texts read: each check of a unit asks for it again, and the
    glossary's matcher too.
    """
    if "*" in text or "[" in text or "\\" in text:
        return plain_text(inline(text))
    return text


def _parse(text: str, *, em: bool, strong: bool, depth: int = 0) -> list[Inline]:
    if depth > _MAX_DEPTH:
        return [Run(text, em, strong)]
    out: list[Inline] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos : m.start()], em, strong))
        pos = m.end()
        if m["escaped"] is not None:
            out.append(Run(m["escaped"], em, strong))
        elif m["label"] is not None:
            label = _parse(m["label"], em=em, strong=strong, depth=depth + 1)
            href = safe_href(m["url"])
            if href:
                runs = tuple(r for r in _merge(label) if isinstance(r, Run))
                out.append(Link(href, runs))
            else:
                out.extend(label)
        elif m["strong"] is not None:
            out.extend(_parse(m["strong"], em=em, strong=True, depth=depth + 1))
        else:
            out.extend(_parse(m["em"], em=True, strong=strong, depth=depth + 1))
    if pos < len(text):
        out.append(Run(text[pos:], em, strong))
    return out


def _merge(inlines: list[Inline]) -> list[Inline]:
    """Join neighbouring runs that have the same formatting."""
    out: list[Inline] = []
    for item in inlines:
        last = out[-1] if out else None
        if (
            isinstance(item, Run)
            and isinstance(last, Run)
            and (last.em, last.strong) == (item.em, item.strong)
        ):
            out[-1] = Run(last.text + item.text, item.em, item.strong)
        elif not isinstance(item, Run) or item.text:
            out.append(item)
    return out


def safe_href(url: str) -> str | None:
    """``url`` when it is an http, https (with a host) or mailto address, else ``None``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES or (scheme != "mailto" and not parts.netloc):
        return None
    return url


# Writing inline Markdown (what the Word and HTML readers make of bold, italics, links)

_ESCAPED = re.compile(r"([\\*\[\]`])")
_UNSAFE_IN_TARGET = re.compile(r"[\s()<>\x00-\x1f\x7f]")


def escape(text: str) -> str:
    """Literal backslashes, ``*``, ``[``, ``]`` and backquotes escaped, as :func:`parse_inline`
    reads them.

    >>> escape("5 * 3 [sic]")
    '5 \\\\* 3 \\\\[sic\\\\]'
    """
    return _ESCAPED.sub(r"\\\1", text)


def enclose(text: str, opening: str, closing: str | None = None) -> str:
    """``text`` between marks, the white space at its ends kept outside them.

    >>> enclose(" bold ", "**"), enclose("site", "[", "](https://gov.kz)")
    (' **bold** ', '[site](https://gov.kz)')
    """
    core = text.strip()
    if not opening or not core:
        return text
    start = text.index(core)
    end = start + len(core)
    return f"{text[:start]}{opening}{core}{opening if closing is None else closing}{text[end:]}"


def link_target(url: str) -> str | None:
    """A link target an export keeps (see :func:`safe_href`), with what would end a
    Markdown link (spaces, brackets, controls) percent-encoded; ``None`` for any other."""
    url = safe_href(url.strip())
    return None if url is None else _UNSAFE_IN_TARGET.sub(lambda m: quote(m.group()), url)
