"""Markdown sources, and the canonical ``releases/<id>/source.md``.

The subset: YAML-style front matter (``title``, ``rubric``, ``date``, ``place``,
``dateline``, ``language``, ``id``; plain or quoted scalar values), then blocks
separated by blank lines: ``> `` quotes, ``#`` headings (a lone ``# `` headline
when the front matter has no title), ``- `` list items, attribution lines
(``Name, Position:``, or any line opened with ``@ ``: ``@ – отметил аким.``), photos
(a line ``![caption](photos/hall.jpg "credit")``: the caption is the unit, the file
lies under ``releases/<id>/``, the credit is kept as written) and paragraphs. Inline
markup stays inside the text.

``render_source`` writes a document so that ``read_markdown`` reads it back
unchanged: one line per block, so a hand edit shows as a one-line diff.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from ..errors import InputError
from ..model import BlockKind, Photo
from .common import QUOTE_DASHES, is_attribution, take_dateline
from .document import SourceDocument

FRONT_KEYS = ("id", "language", "title", "rubric", "date", "place", "dateline")
_LIST_RE = re.compile(r"(?:[-*+•]|\d{1,3}[.)])\s+")
_ESCAPABLE = re.compile(r"(?:[#>—–―]|[-*+•@]\s|\d{1,3}[.)]\s|\\)")
_ATTRIBUTION_MARK = "@ "
"""Opens an attribution the text alone would not show as one (``@ – отметил аким.``)."""
_PHOTO_RE = re.compile(
    r'!\[(?P<caption>(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*)\]\(\s*(?P<file>[^\s()"]+)'
    r'(?:\s+"(?P<credit>(?:[^"\\]|\\.)*)")?\s*\)'
)
_PHOTO_PATH_RE = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)*")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
"""The photo files a release can carry: what Word, LibreOffice and every browser show."""
_PHOTO_FORM = '![caption](photos/hall.jpg "credit")'


def read_photo(text: str) -> tuple[Photo, str]:
    """A photo line's photo and caption; a line that is not one is refused.

    >>> read_photo('![Участники встречи](photos/hall.jpg "Пресс-служба АНК")')
    (Photo(file='photos/hall.jpg', credit='Пресс-служба АНК'), 'Участники встречи')
    """
    match = _PHOTO_RE.fullmatch(text.strip())
    if match is None:
        raise InputError(
            f"'{text[:60]}' is not a photo as a release writes one", f"write {_PHOTO_FORM}"
        )
    file = match["file"]
    if not (
        len(file) <= 200
        and _PHOTO_PATH_RE.fullmatch(file)
        and file.lower().endswith(PHOTO_SUFFIXES)
    ):
        raise InputError(
            f"photo '{file[:80]}' is not a JPEG or PNG file inside the release's folder",
            "give a relative path of letters, digits, '-', '_' and '/', such as photos/hall.jpg",
        )
    caption = " ".join(re.sub(r"\\(.)", r"\1", match["caption"]).split())
    if not caption:
        raise InputError(
            f"photo '{file}' has no caption",
            "say what it shows between the brackets: ![caption](file)",
        )
    credit = " ".join(re.sub(r"\\(.)", r"\1", match["credit"] or "").split())
    return Photo(file, credit), caption


_PHOTO_FILE_RE = re.compile(r"^!\[.*\]\(\s*([^\s()\"]+)", re.MULTILINE)


def photo_files(text: str) -> list[str]:
    """The files the photo lines of a ``source.md`` text name, read loosely and cheaply
    (for the status of many releases); a path that is not one press keeps is left out
    (the update that reads the line properly says why).

    >>> photo_files('Text.\\n\\n![Hall](photos/a.jpg "Credit")\\n![Out](../x.jpg)\\n')
    ['photos/a.jpg']
    """
    found = {f for f in _PHOTO_FILE_RE.findall(text) if _PHOTO_PATH_RE.fullmatch(f)}
    return sorted(found)


def photo_markdown(photo: Photo, caption: str) -> str:
    """The line ``source.md`` writes for a photo (what :func:`read_photo` reads back).

    >>> photo_markdown(Photo("photos/a.jpg", 'Agency "Kazinform"'), "Hall [left]")
    '![Hall \\\\[left\\\\]](photos/a.jpg "Agency \\\\"Kazinform\\\\"")'
    """
    shown = caption.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    credit = photo.credit.replace("\\", "\\\\").replace('"', '\\"')
    return f"![{shown}]({photo.file}" + (f' "{credit}")' if credit else ")")


def _parse_scalar(raw: str, line_no: int) -> str:
    raw = raw.strip()
    if raw.startswith('"'):
        try:
            value, end = json.JSONDecoder().raw_decode(raw)
        except json.JSONDecodeError:
            raise InputError(
                f"front matter line {line_no}: unterminated quoted value", "close the quotes"
            ) from None
        rest = raw[end:].strip()
        if rest and not rest.startswith("#"):
            raise InputError(f"front matter line {line_no}: text after the closing quote", "")
        return str(value)
    if raw.startswith("'"):
        match = re.match(r"'((?:[^']|'')*)'\s*(?:#.*)?$", raw)
        if not match:
            raise InputError(
                f"front matter line {line_no}: unterminated quoted value", "close the quotes"
            )
        return match.group(1).replace("''", "'")
    return re.sub(r"\s+#.*$", "", raw).strip()


def _read_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != "---":
        return {}, 0
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:], 2):
        if line.strip() in ("---", "..."):
            return fields, number
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not re.fullmatch(r"[A-Za-z_][\w-]*", key.strip()):
            raise InputError(
                f"front matter line {number} is not 'key: value'", "fix the front matter"
            )
        fields[key.strip().lower()] = _parse_scalar(value, number)
    raise InputError("the front matter is not closed", "end it with a line '---'")


def read_front_matter(text: str) -> dict[str, str]:
    """Only the front matter of a Markdown text (cheap: the body is not read)."""
    head = text.split("\n---", 2)
    lines = [*"\n---".join(head[:2]).split("\n"), "---"]
    return _read_front_matter(lines)[0]


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"front matter date '{value}' is not a date", "write it as YYYY-MM-DD"
        ) from None


def _unescape(line: str) -> str:
    return line[1:] if line.startswith("\\") and _ESCAPABLE.match(line[1:]) else line


def _chunks(lines: list[str]) -> list[list[str]]:
    chunks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _read_body(lines: list[str], title: str) -> tuple[str, list[tuple[BlockKind, str]]]:
    body: list[tuple[BlockKind, str]] = []
    for chunk in _chunks(lines):
        first = chunk[0]
        if first.startswith(">"):
            quote: list[str] = []
            for line in [*chunk, ">"]:
                text = line[1:].strip() if line.startswith(">") else line
                if text:
                    quote.append(text)
                elif quote:  # a dash opening a quote is typography, not text
                    body.append((BlockKind.QUOTE, " ".join(quote).lstrip(QUOTE_DASHES).strip()))
                    quote = []
        elif first.startswith("#"):
            level = len(first) - len(first.lstrip("#"))
            text = " ".join([first[level:].strip(), *chunk[1:]])
            if level == 1 and not title and not body:
                title = text
            else:
                body.append((BlockKind.HEADING, text))
        elif _LIST_RE.match(first):
            for line in chunk:
                match = _LIST_RE.match(line)
                if match:
                    body.append((BlockKind.LIST_ITEM, line[match.end() :].strip()))
                else:  # a wrapped list item continues
                    kind, text = body[-1]
                    body[-1] = (kind, f"{text} {line}")
        elif first.startswith("!["):  # photos, one a line
            for line in chunk:
                body.append((BlockKind.PHOTO, photo_markdown(*read_photo(line))))
        elif first.startswith(_ATTRIBUTION_MARK):
            body.append((BlockKind.ATTRIBUTION, " ".join([first[2:].strip(), *chunk[1:]])))
        elif len(chunk) == 1 and is_attribution(first):
            body.append((BlockKind.ATTRIBUTION, first))
        elif first[0] in QUOTE_DASHES:  # a quote written with a dash, as in plain text
            body.append((BlockKind.QUOTE, " ".join(chunk).lstrip(QUOTE_DASHES).strip()))
        else:
            body.append((BlockKind.PARAGRAPH, " ".join(_unescape(line) for line in chunk)))
    return title, body


def read_markdown(text: str) -> SourceDocument:
    """Read a Markdown release (or a workspace's ``source.md``)."""
    lines = text.split("\n")
    fields, start = _read_front_matter(lines)
    title, body = _read_body(lines[start:], fields.get("title", ""))
    date = parse_date(fields["date"]) if fields.get("date") else None
    place = fields.get("place") or None
    dateline = fields.get("dateline") or None
    if dateline is None:  # a first paragraph opening with 'PLACE[, date] – ', as in plain text
        found = take_dateline(body, (date or dt.date.today()).year)
        if found:
            dateline, place, date = found.text, place or found.place, date or found.date
    extra = {k: v for k, v in fields.items() if k not in FRONT_KEYS}
    return SourceDocument(
        title=" ".join(title.split()),
        body=body,
        language=fields.get("language") or None,
        rubric=fields.get("rubric") or None,
        dateline=dateline or place,
        place=place,
        date=date,
        id=fields.get("id") or None,
        metadata=extra,
    )


def _escape(text: str) -> str:
    return "\\" + text if _ESCAPABLE.match(text) else text


def render_source(document: SourceDocument) -> str:
    """The canonical ``source.md`` text of a document."""
    fields = {
        "id": document.id,
        "language": document.language,
        "title": document.title,
        "rubric": document.rubric,
        "date": document.date.isoformat() if document.date else None,
        "place": document.place,
        "dateline": document.dateline,
        **document.metadata,
    }
    out = ["---"]
    out += [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items() if v]
    out.append("---")
    previous = None
    for kind, text in document.body:
        if not (kind is BlockKind.LIST_ITEM and previous is BlockKind.LIST_ITEM):
            out.append("")
        if kind is BlockKind.QUOTE:
            out.append(f"> {text}")
        elif kind is BlockKind.HEADING:
            out.append(f"## {text}")
        elif kind is BlockKind.LIST_ITEM:
            out.append(f"- {text}")
        elif kind is BlockKind.PHOTO:
            out.append(text)
        elif kind is BlockKind.ATTRIBUTION and not is_attribution(text):
            out.append(_ATTRIBUTION_MARK + text)
        else:
            out.append(_escape(text))
        previous = kind
    return "\n".join(out) + "\n"
