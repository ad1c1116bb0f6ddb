"""markup: emphasis, links, web and e-mail addresses of the source, unchanged in the translation.

Emphasis is compared by kind (a translation may split or join emphasised words,
as word order changes); links by address, each as often as in the source; bare
addresses and domain names as written. Markup left unclosed in the translation (``**Астана``) is
reported too: it would reach the reader as asterisks.
"""

from __future__ import annotations

from collections import Counter

from ..addresses import DOMAIN, EMAIL, TLD, URL, addresses
from ..markup import Link, plain_text
from . import Check, Severity
from .text import inline

_MARKED = ("*", "[", "\\")


def test(subject, context):
    source, translation = subject.source, subject.translation
    if any(mark in source or mark in translation for mark in _MARKED):
        source_inline, translation_inline = inline(source), inline(translation)
        yield from _inline(source_inline, translation_inline)
        source_text = plain_text(source_inline)
        translation_text = plain_text(translation_inline)
    else:
        source_text, translation_text = source, translation
    if "@" in source_text or "www" in source_text or "://" in source_text:
        yield from _addresses(source_text, translation_text)
    if "." in source_text and TLD.search(source_text):
        yield from _domains(source_text, translation_text)


def _inline(source, translation):
    links, found = _links(source), _links(translation)
    for href in sorted((links - found).elements()):
        yield f"the link to {href} is not in the translation"
    for href in sorted((found - links).elements()):
        yield f"a link to {href} that the source does not have"
    had, has = _styles(source), _styles(translation)
    for style, word in (("strong", "bold"), ("em", "italic")):
        if had[style] and not has[style]:
            yield f"the source's {word} text is not {word} in the translation"
        elif has[style] and not had[style]:
            yield f"{word} text that the source does not have"
    left = plain_text(translation)
    if "**" in left and "**" not in plain_text(source):
        yield "unclosed ** in the translation: the asterisks would be printed"


def _links(inlines) -> Counter:
    return Counter(item.href for item in inlines if isinstance(item, Link))


def _styles(inlines) -> dict[str, bool]:
    runs = [r for i in inlines for r in (i.runs if isinstance(i, Link) else (i,))]
    return {"strong": any(r.strong for r in runs), "em": any(r.em for r in runs)}


def _addresses(source: str, translation: str):
    for pattern, what in ((URL, "address"), (EMAIL, "e-mail address")):
        wanted = Counter(addresses(pattern, source))
        missing = wanted - Counter(addresses(pattern, translation))
        for address in sorted(missing.elements()):
            yield f"the {what} {address} is not in the translation as written"


def _domains(source: str, translation: str):
    """Bare domain names (``assembly.kz``), as written but for letter case, outside the web
    and e-mail addresses (which are compared whole)."""
    wanted, found = (
        Counter(d.casefold() for d in addresses(DOMAIN, URL.sub(" ", EMAIL.sub(" ", text))))
        for text in (source, translation)
    )
    for domain in sorted((wanted - found).elements()):
        yield f"the address {domain} is not in the translation as written"


CHECK = Check(
    "markup",
    Severity.ERROR,
    "bold, italics, links, web and e-mail addresses of the source are in the translation",
    test,
)
