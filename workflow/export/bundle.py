"""The bundle of a release, rendered in memory: every language's DOCX and HTML, the
index page, the manifest and the zip of them all.

``editions`` makes every language's edition and ``pages`` lays them out (pure);
``render_bundle`` renders the pages into file names and bytes; ``manifest`` and
``zip_bundle`` describe and pack those bytes. Writing them is the export action's
job. The same release gives the same bytes every time: nothing here reads the
clock, and every list is in a fixed order. python-docx and jinja2 are imported only when a bundle is
really rendered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Mapping

from ..errors import InputError
from ..house import DEFAULT_FONT, House
from ..model import Release
from ..photos import PhotoFile
from ..po.catalogs import Catalog
from .edition import (
    Edition,
    Layout,
    Logo,
    file_name,
    latin_layout,
    layout,
    source_edition,
    target_edition,
)
from .fonts import FontFiles

FORMATS = ("docx", "html", "pdf")
"""What press writes: Word, web and (through LibreOffice) PDF."""
MANIFEST = "manifest.json"
INDEX = "index.html"


def default_formats() -> tuple[str, ...]:
    """DOCX and HTML, and PDF too when LibreOffice is there to make it."""
    from .pdf import soffice

    return ("docx", "html", "pdf") if soffice() else ("docx", "html")


def parse_formats(text: str) -> tuple[str, ...]:
    """Formats from ``--format docx,html,pdf``.

    >>> parse_formats("HTML"), parse_formats("docx, html")
    (('html',), ('docx', 'html'))
    """
    return check_formats(tuple(f.strip().lower() for f in text.split(",") if f.strip()))


def check_formats(formats: tuple[str, ...]) -> tuple[str, ...]:
    """The formats asked for, each once; refused when one is not a format press writes."""
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if not formats:
        raise InputError("no export format given", f"use {', '.join(FORMATS)}")
    if unknown:
        raise InputError(f"unknown export format '{unknown[0]}'", f"use {', '.join(FORMATS)}")
    return formats


def editions(
    release: Release, catalogs: dict[str, Catalog], house: House, draft: bool
) -> list[Edition]:
    """Every language's edition, the source language first."""
    languages = bundle_languages(release.language, list(catalogs), house)
    out = [source_edition(release, house, draft)]
    out += [target_edition(release, c, house, draft) for c in catalogs.values()]
    return [_with_languages(e, languages) for e in out]


def bundle_languages(source: str, targets: list[str], house: House) -> tuple[str, ...]:
    """The bundle's languages in order: the source, the translations, each variant right
    after its language (``kk``, ``kk-Latn``)."""
    out: list[str] = []
    for lang in (source, *targets):
        out += [lang, *(v for v in house.variants if v.split("-")[0] == lang)]
    return tuple(out)


def _with_languages(edition: Edition, languages: tuple[str, ...]) -> Edition:
    return Edition(**{**vars(edition), "languages": languages})


def pages(editions: list[Edition], house: House) -> list[Layout]:
    """Every page of the bundle: each edition laid out, and its variants after it."""
    out = []
    for edition in editions:
        page = layout(edition)
        out.append(page)
        if edition.language == "kk" and "kk-Latn" in edition.languages:
            out.append(latin_layout(page, house.latin))
    return out


def render_bundle(
    laid_out: list[Layout],
    formats: tuple[str, ...] = FORMATS,
    *,
    font: str = DEFAULT_FONT,
    logo: Logo | None = None,
    embed: FontFiles | None = None,
    photos: Mapping[str, PhotoFile] | None = None,
) -> dict[str, bytes]:
    """File name -> bytes for every page in DOCX and HTML (``ID.LANG.FORMAT``), the
    logo the pages show and, with HTML, the index page that lets a reader choose and
    the photos at their paths (``photos/hall.jpg``; the Word files carry their own).

    With ``pdf`` among the formats the DOCX files are made even without ``docx``: the
    caller turns them into PDF (:func:`workflow.export.pdf.render_pdfs`).
    """
    from .docx import render_docx
    from .html import render_html, render_index

    out: dict[str, bytes] = {}
    for page in laid_out:
        if "docx" in formats or "pdf" in formats:  # a PDF is made from the DOCX
            data = render_docx(page, font=font, logo=logo, embed=embed, photos=photos)
            out[file_name(page.release_id, page.lang, "docx")] = data
        if "html" in formats:
            data = render_html(page, logo=logo, photos=photos).encode("utf-8")
            out[file_name(page.release_id, page.lang, "html")] = data
    if "html" in formats and laid_out:
        out[INDEX] = render_index(laid_out, logo=logo).encode("utf-8")
        if logo is not None:
            out[logo.name] = logo.data
        for photo in (photos or {}).values():
            out[photo.file] = photo.data
    return out


def manifest(
    release_id: str,
    files: dict[str, bytes],
    *,
    digest: str,
    draft: bool,
    approval: dict | None,
) -> bytes:
    """``manifest.json``: every file with its size and sha256, the release's content
    digest and who approved it when (``null`` for a draft)."""
    record = {
        "release": release_id,
        "draft": draft,
        "digest": digest,
        "approval": None if draft or not approval else approval,
        "files": [
            {"name": name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(files.items())
        ],
    }
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def zip_bundle(release_id: str, files: dict[str, bytes], date: dt.date | None) -> bytes:
    """The bundle as one zip (``ID/NAME`` inside), its entries sorted and stamped with
    the release date, so the same files give the same bytes."""
    when = (date.year, date.month, date.day, 0, 0, 0) if date and date.year >= 1980 else None
    stamp = when or (1980, 1, 1, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            entry = zipfile.ZipInfo(f"{release_id}/{name}", date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, files[name])
    return out.getvalue()
