"""Quotations in a paragraph: where a quote ends, and the attribution and narrative after it.

Direct speech is told by its punctuation, as Russian, Kazakh and English write it:
``«…», — сказал министр.``, ``«…?» — спросил он``, ``“…,” he said.``, ``— Мы готовы, —
сказал аким. — …``. A quotation that does not end so (``«Самрук-Казына» объявил…``)
is part of the sentence.
"""

from __future__ import annotations

import re

from ..model import BlockKind
from ..segment import split_sentences
from .common import QUOTE_DASHES, ends_sentence

QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}


_MAX_QUOTE_SPLITS = 20
"""Quotes and attributions taken apart in one paragraph, at most (a bound, not a rule)."""


def _closing(text: str) -> int | None:
    """Where the quotation opened by ``text[0]`` closes, nested quotations counted."""
    opener = text[0]
    closer = QUOTES[opener]
    depth = 0
    for at, char in enumerate(text):
        if char == opener and (opener != closer or at == 0):
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return at
    return None


_DASH_ATTRIBUTION_RE = re.compile(r"([,!?…])\s+([—–])\s+(?=[^\W\d_])")


_AFTER_QUOTE_RE = re.compile(r",?\s*[—–-]\s+(?=[^\W\d_])")


_RESUMED_RE = re.compile(r",\s*(?:([—–])\s+|(?=[«“„\"]))")
"""Where a quote resumes after an attribution in its middle: ``, — `` or ``, «``."""


_FIRST_SENTENCE_WINDOW = 1000
"""Characters an attribution is looked for in (an attribution is short; the bound
keeps a paragraph of many quotes linear)."""


def split_quotes(kind: BlockKind, text: str) -> list[tuple[BlockKind, str]]:
    """A paragraph or quote with its quotations, attributions and narrative apart."""
    out: list[tuple[BlockKind, str]] = []
    for _ in range(_MAX_QUOTE_SPLITS):
        if not text:
            return out
        quote, rest = _quotation(kind, text)
        if quote is None:
            break
        out.append((BlockKind.QUOTE, quote))
        if not rest:
            return out
        if rest[0] in ".;":  # «…». — the full stop outside the marks ends the quote
            if rest[0] == "." and not ends_sentence(quote):
                out[-1] = (BlockKind.QUOTE, quote + ".")
            text, kind = rest[1:].strip(), BlockKind.PARAGRAPH
            continue
        attribution, text, resumed = split_attribution(rest.lstrip(", "))
        if attribution:
            out.append((BlockKind.ATTRIBUTION, attribution))
        if resumed or (text and text[0] in QUOTE_DASHES):
            kind, text = BlockKind.QUOTE, text.lstrip(QUOTE_DASHES).strip()
        else:
            kind = BlockKind.PARAGRAPH
    if text:
        out.append((kind, text))
    return out


def split_attribution(text: str) -> tuple[str, str, bool]:
    """The attribution after a quotation, what follows it, and whether the quote resumes.

    The attribution is the rest of the sentence, or up to where the quote resumes
    (``— сказал аким, — до конца года``, ``the akim said, “and repair the roads.”``).
    """
    first, after = _first_sentence(text)
    resume = _RESUMED_RE.search(first)
    if resume is None:
        return first, after, False
    attribution = first[: resume.start() + 1]
    rest = f"{first[resume.end() :]} {after}".strip()
    return attribution, rest, resume.group(1) is not None


def _quotation(kind: BlockKind, text: str) -> tuple[str | None, str]:
    """The quotation ``text`` opens with, and what follows it; ``None`` when it does not.

    A quotation is a paragraph wholly in quotation marks, or one followed by its
    attribution as direct speech is punctuated: ``«…», — сказал он``, ``«…?» — спросил
    он``, ``“…,” he said``. ``«Ауыл – Ел бесігі» – это программа`` and ``«Самрук-Казына»,
    «Байтерек» …`` are not. In a dash-led quote, the attribution follows ``, — ``
    (``— Мы готовы, — сказал он.``).
    """
    if kind is BlockKind.QUOTE and text[0] not in QUOTES:
        dash = _DASH_ATTRIBUTION_RE.search(text)
        if dash is None or not text[dash.end() :][:1].islower():
            return None, text
        mark = dash.group(1)
        quote = text[: dash.start()] + ("" if mark == "," else mark)
        return quote.strip(), f"{dash.group(2)} {text[dash.end() :]}"
    if text[0] not in QUOTES:
        return None, text
    close = _closing(text)
    if close is None:
        return (text[1:].strip(), "") if kind is BlockKind.QUOTE else (None, text)
    inner = text[1:close].strip()
    rest = text[close + 1 :].strip()
    if not inner:
        return None, text
    if not rest or rest[0] in ".;":
        return inner, rest
    if rest == ",":  # the attribution is on the next line
        return inner, ""
    spoken = rest.startswith(",") or inner.endswith(("?", "!", "…"))
    after = _AFTER_QUOTE_RE.match(rest)
    if spoken and after and rest[after.end() :][:1].islower():
        return inner, rest
    if inner.endswith(",") and rest[:1].isalpha():  # English: “…,” he said
        return inner.rstrip(",").rstrip(), rest
    if text[0] == "“" and inner.endswith(("?", "!")) and rest[:1].islower():
        return inner, rest  # “Are we ready?” asked the minister.
    return None, text


def _first_sentence(text: str) -> tuple[str, str]:
    """The first sentence of ``text`` and the rest (the segmenter of the text's script)."""
    window = text[:_FIRST_SENTENCE_WINDOW]
    lang = (
        "en" if re.search("[a-zA-Z]", window[:40]) and not re.search("[а-яА-Я]", window) else "ru"
    )
    if lang == "ru" and re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", window):
        lang = "kk"
    sentences = split_sentences(window, lang)
    if not sentences or (len(sentences) == 1 and len(text) > len(window)):
        return "", text  # no end in sight: not an attribution, the text goes on as it is
    first = sentences[0]
    return first, text[text.index(first) + len(first) :].strip()
