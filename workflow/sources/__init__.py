"""Source readers: one per input format, each producing a :class:`SourceDocument`.

A ``SourceDocument`` is a release before it is cut into sentences: metadata
and typed blocks of text. ``build_release`` segments it into a
:class:`~workflow.model.Release`; ``releases/<id>/source.md`` stores it (see
``markdown.render_source``), so the canonical file keeps paragraphs verbatim.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..model import WHOLE_BLOCK_KINDS, Block, BlockKind, Release

MAX_SOURCE_BYTES = 2 * 1024 * 1024


@dataclass
class SourceDocument:
    """A release as read from its source file, before segmentation."""

    title: str
    body: list[tuple[BlockKind, str]]
    language: str | None = None
    rubric: str | None = None
    dateline: str | None = None
    place: str | None = None
    date: dt.date | None = None
    id: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    def blocks(self) -> list[tuple[BlockKind, str]]:
        """Every block in reading order, headline matter first."""
        head = [
            (BlockKind.RUBRIC, self.rubric),
            (BlockKind.TITLE, self.title),
            (BlockKind.DATELINE, self.dateline),
        ]
        return [(kind, text) for kind, text in head if text] + self.body


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file as str: UTF-8 (a BOM is dropped), LF line ends.

    >>> decode_text(b"\\xef\\xbb\\xbfA\\r\\nB\\r", "x.txt")
    'A\\nB\\n'
    """
    if len(data) > MAX_SOURCE_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MB",
            "a press release is much shorter; check that this is the right file",
        )
    if b"\x00" in data:
        raise InputError(f"{name} is not a text file", "save the release as UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (byte {exc.start})", "save it as UTF-8 and ingest it again"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source_file(path: Path) -> SourceDocument:
    """Read a source release from a ``.txt`` or ``.md`` file."""
    from . import markdown, plaintext

    readers = {".txt": plaintext.read_plaintext, ".md": markdown.read_markdown}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        raise InputError(
            f"cannot read '{path.name}': unsupported file type",
            "ingest a .txt or .md file",
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}", "check the path") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", "check the path") from None
    document = reader(decode_text(data, path.name))
    if not document.title:
        raise InputError(f"{path.name} has no headline", "put the headline on the first line")
    return document


def build_release(document: SourceDocument, release_id: str, language: str) -> Release:
    """Cut a source document into sentences: one unit per sentence."""
    from ..segment import split_sentences

    blocks = []
    for kind, text in document.blocks():
        if kind in WHOLE_BLOCK_KINDS:
            sentences = [" ".join(text.split())]
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
    import unicodedata

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
