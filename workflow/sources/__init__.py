"""Source readers: one per input format, each producing a :class:`SourceDocument`.

A ``SourceDocument`` (``document.py``) is a release before it is cut into
sentences: metadata and typed blocks of text. ``read_source`` reads one from
a file's bytes, by the file's type. ``build_release`` segments it into a
:class:`~workflow.model.Release`; ``releases/<id>/source.md`` stores it (see
``markdown.render_source``), so the canonical file keeps paragraphs verbatim.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import PurePath

from ..errors import InputError
from ..fsio import MB, decode_text
from ..model import WHOLE_BLOCK_KINDS, Block, BlockKind, Release
from ..segment import split_sentences
from .document import SourceDocument
from .markdown import read_markdown, read_photo

MAX_SOURCE_BYTES = 2 * MB
"""The largest source file a person may ingest (a press release is much shorter)."""
MAX_FILE_BYTES = 20 * MB
"""The largest Word or HTML file press opens (pictures and scripts make them large);
each reader bounds the text it takes from one."""


_SPACES_RE = re.compile(r"[ \t\n\r\f\v]+")
TEXT_TYPES = (".txt", ".md")
FILE_TYPES = (".txt", ".md", ".docx", ".html", ".htm")


def read_source(data: bytes, name: str) -> SourceDocument:
    """Read a source release from the bytes of a file called ``name`` (its type by suffix)."""
    suffix = PurePath(name).suffix.lower()
    if suffix == ".docx":
        from .word import read_word

        document = read_word(data, name)
    elif suffix in (".html", ".htm"):
        from .html import read_html

        document = read_html(data, name)
    elif suffix in TEXT_TYPES:
        text = decode_text(
            data, name, limit=MAX_SOURCE_BYTES, fix="save it as UTF-8 text and ingest it again"
        )
        if suffix == ".md":
            document = read_markdown(text)
        else:  # the plain-text rules are imported by an ingest only, not by every command
            from .plaintext import read_plaintext

            document = read_plaintext(text)
    else:
        raise InputError(
            f"cannot read '{name}': unsupported file type",
            f"ingest a {', '.join(FILE_TYPES[:-1])} or {FILE_TYPES[-1]} file",
        )
    if not document.title:
        raise InputError(
            f"{name} has no headline",
            "put the headline on the first line, with no full stop at its end",
        )
    return document


def build_release(document: SourceDocument, release_id: str, language: str) -> Release:
    """Cut a source document into sentences: one unit per sentence."""
    blocks = []
    for kind, text in document.blocks():
        if kind is BlockKind.PHOTO:  # the caption is the unit; the file and credit ride along
            photo, caption = read_photo(text)
            blocks.append(Block(kind, (caption,), photo))
            continue
        if kind in WHOLE_BLOCK_KINDS:  # one unit; a no-break space the author meant stays
            sentences = [_SPACES_RE.sub(" ", text).strip()]
            sentences = [sentence for sentence in sentences if sentence]  # never an empty unit
        else:
            sentences = split_sentences(text, language)
        if sentences:
            blocks.append(Block(kind, tuple(sentences)))
    return Release(
        id=release_id,
        language=language,
        blocks=tuple(blocks),
        date=document.date,
        place=document.place,
        metadata=dict(document.metadata),
    )


# ASCII spellings for slugs: Russian by common practice, Kazakh letters by the 2021 Latin
# alphabet with diacritics dropped. Written out because a slug needs only these letters.
_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "ә": "a",
    "ғ": "g",
    "қ": "q",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
}


def slugify(text: str, max_length: int = 48) -> str:
    """An ASCII slug of a headline, cut at a word boundary.

    >>> slugify("Қазақстан халқы Ассамблеясы: «Бірлік» форумы")
    'qazaqstan-khalqy-assambleyasy-birlik-forumy'
    >>> slugify("APK Deputy Chairman meets OSCE delegation")
    'apk-deputy-chairman-meets-osce-delegation'
    """
    ascii_text = "".join(_TRANSLIT.get(c, c) for c in text.lower())
    ascii_text = unicodedata.normalize("NFKD", ascii_text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or "release"


def default_id(document: SourceDocument, today: dt.date | None = None) -> str:
    """The release date plus words of the headline: ``2026-11-26-osce-delegation``."""
    date = document.date or today or dt.date.today()
    return f"{date.isoformat()}-{slugify(document.title)}"
