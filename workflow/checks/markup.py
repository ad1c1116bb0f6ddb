"""markup: emphasis, links, web and e-mail addresses of the source, unchanged in the translation.

Emphasis is compared by kind (a translation may split or join emphasised words,
as word order changes); links by address, each as often as in the source; bare
addresses, handles (``@assembly_kz``) and domain names as written, but for the page
in the reader's language (``/en/`` made ``/kk/`` or ``/ru/``). Markup left unclosed in
the translation (``**Астана``, ``*Атамекен.``) is reported too: it would reach the reader
as asterisks.
"""

from __future__ import annotations

import re
from collections import Counter

from ..addresses import DOMAIN, EMAIL, HANDLE, TLD, URL, addresses, without_addresses
from ..markup import Link, plain_text
from . import Check, Severity
from .text import inline

_MARKED = ("*", "[", "\\")


def test(subject, context):
    source, translation = subject.source, subject.translation
    if any(mark in source or mark in translation for mark in _MARKED):
        source_inline, translation_inline = inline(source), inline(translation)
        yield from _inline(source_inline, translation_inline, subject.lang)
        source_text = plain_text(source_inline)
        translation_text = plain_text(translation_inline)
    else:
        source_text, translation_text = source, translation
    if "@" in source_text or "www" in source_text or "://" in source_text:
        yield from _addresses(source_text, translation_text, subject.lang)
    if "." in source_text and TLD.search(source_text):
        yield from _domains(source_text, translation_text)


def _inline(source, translation, lang: str):
    lost, added = _unpaired(_links(source), _links(translation), lang)
    for href in sorted(lost.elements()):
        yield f"the link to {href} is not in the translation"
    for href in sorted(added.elements()):
        yield f"a link to {href} that the source does not have"
    had, has = _styles(source), _styles(translation)
    for style, word in (("strong", "bold"), ("em", "italic")):
        if had[style] and not has[style]:
            if style == "em" and _unitalicised(lang, has, source, translation):
                continue  # Kazakh and Russian quote a title (the novel «Абай жолы»)
            yield f"the source's {word} text is not {word} in the translation"
        elif has[style] and not had[style]:
            if style == "em" and lang == "en" and not had["strong"] and _quotes_title(source):
                continue  # English italicises the title Kazakh and Russian quote
            yield f"{word} text that the source does not have"
    left, had_left = (without_addresses(plain_text(i)) for i in (translation, source))
    if "**" in left and "**" not in had_left:
        yield "unclosed ** in the translation: the asterisks would be printed"
    elif (
        (had["em"] or had["strong"])  # beside the emphasis it should close (a hotel's 5* is none)
        and _UNCLOSED.search(left)
        and not _UNCLOSED.search(had_left)
    ):
        yield "unclosed * in the translation: the asterisk would be printed"


def _quotes_title(source) -> bool:
    return "«" in plain_text(source)


def _unitalicised(lang: str, has: dict, source, translation) -> bool:
    """Whether the source's italics are what Kazakh and Russian do not italicise, left with
    no emphasis in their place: titles, which they put in quotation marks, or a word or two
    of another language (*kurultai*)."""
    if lang not in ("kk", "ru") or has["strong"]:
        return False
    runs = [r for i in source for r in (i.runs if isinstance(i, Link) else (i,)) if r.em]
    quoted = [len(q.split()) for q in _GUILLEMETS.findall(plain_text(translation))]
    return all(len(r.text.split()) <= 2 or _quoted_alike(r.text, quoted) for r in runs)


def _quoted_alike(italic: str, quoted: list[int]) -> bool:
    """Whether the translation quotes a title about as long as the italic text (a title, not
    a sentence, and not the name of an organisation beside it: НПП «Атамекен»)."""
    words = len(italic.split())
    return any(abs(size - words) <= max(2, words // 2) for size in quoted)


_GUILLEMETS = re.compile(r"«([^«»]*)»")


def _links(inlines) -> Counter:
    return Counter(item.href for item in inlines if isinstance(item, Link))


def _styles(inlines) -> dict[str, bool]:
    runs = [r for i in inlines for r in (i.runs if isinstance(i, Link) else (i,))]
    return {"strong": any(r.strong for r in runs), "em": any(r.em for r in runs)}


_UNCLOSED = re.compile(r"(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)")
"""An emphasis mark left at the edge of a word: ``*Атамекен.``."""
_CODES = r"(?:en|eng|kk|kz|kaz|qaz|ru|rus)"
_LANGUAGE_PART = re.compile(rf"(?<=/){_CODES}(?=/|$)|(?<=[?&]lang=){_CODES}\b", re.I)
"""The language in an address's path or query: ``/en/``, ``/kz/``, ``?lang=ru``."""
_LOCAL = {"kk": ("kk", "kz", "kaz", "qaz"), "ru": ("ru", "rus"), "en": ("en", "eng")}
"""How a site names its Kazakh or Russian pages in their addresses."""


def _addresses(source: str, translation: str, lang: str):
    for pattern, what in ((URL, "address"), (EMAIL, "e-mail address"), (HANDLE, "account")):
        wanted = Counter(addresses(pattern, source))
        missing, _ = _unpaired(wanted, Counter(addresses(pattern, translation)), lang)
        for address in sorted(missing.elements()):
            yield f"the {what} {address} is not in the translation as written"


def _unpaired(source: Counter, translation: Counter, lang: str) -> tuple[Counter, Counter]:
    """The addresses of the source missing from the translation and those it added, but
    for each page the translation gives in its reader's language (``/en/`` made ``/kk/``):
    what a careful translator links."""
    lost, added = source - translation, translation - source
    for address in list(lost.elements()):
        local = next((page for page in _localised(address, lang) if added[page]), None)
        if local:
            lost[address] -= 1
            added[local] -= 1
    return +lost, +added


def _localised(address: str, lang: str) -> set[str]:
    """The address of the same page in ``lang``, as a site names its languages."""
    if not _LANGUAGE_PART.search(address):
        return set()
    return {_LANGUAGE_PART.sub(code, address) for code in _LOCAL.get(lang, ())}


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
