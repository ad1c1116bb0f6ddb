"""The bundle of a release: one DOCX and one HTML file per language, rendered in memory.

``editions`` makes every language's edition (pure); ``render_bundle`` renders
them into file names and bytes. Writing them is the export action's job.
python-docx and jinja2 are imported only when a bundle is really rendered.
"""

from __future__ import annotations

from ..errors import InputError
from ..model import Release
from ..po.catalogs import Catalog
from .edition import Edition, source_edition, target_edition

FORMATS = ("docx", "html")


def parse_formats(text: str) -> tuple[str, ...]:
    """``docx``, ``html`` or both, from ``--format docx,html``.

    >>> parse_formats("HTML"), parse_formats("docx, html")
    (('html',), ('docx', 'html'))
    """
    return check_formats(tuple(f.strip().lower() for f in text.split(",") if f.strip()))


def check_formats(formats: tuple[str, ...]) -> tuple[str, ...]:
    """The formats asked for, each once; refused when one is not a format press writes."""
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if not formats:
        raise InputError("no export format given", f"use {' or '.join(FORMATS)}")
    if unknown:
        raise InputError(f"unknown export format '{unknown[0]}'", f"use {' or '.join(FORMATS)}")
    return formats


def editions(
    release: Release, catalogs: dict[str, Catalog], organization: str, draft: bool
) -> list[Edition]:
    """Every language's edition, the source language first."""
    out = [source_edition(release, organization, draft)]
    out += [target_edition(release, c, organization, draft) for c in catalogs.values()]
    return out


def render_bundle(editions: list[Edition], formats: tuple[str, ...] = FORMATS) -> dict[str, bytes]:
    """File name -> bytes for every edition in every format (``ID.LANG.FORMAT``)."""
    from .docx import render_docx
    from .html import render_html

    renderers = {"docx": render_docx, "html": lambda e: render_html(e).encode("utf-8")}
    return {
        f"{edition.release_id}.{edition.language}.{fmt}": renderers[fmt](edition)
        for edition in editions
        for fmt in formats
    }
