"""HTML export: the shared layout rendered with the jinja2 templates in ``templates/``.

jinja2 is imported only when a page is rendered, so importing this module stays cheap.
Every text goes through the template engine's autoescaping; the one block that is not
HTML, the JSON-LD description of the article, is escaped here for its own context.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from .edition import Edition, Layout, Logo, file_name, layout
from .labels import NATIVE_NAMES

if TYPE_CHECKING:
    from collections.abc import Mapping

    import jinja2

    from ..photos import PhotoFile

OPENGRAPH_LOCALES = {"en": "en_GB", "kk": "kk_KZ", "ru": "ru_RU", "kk-Latn": "kk_KZ"}


def render_html(
    page: Layout | Edition,
    *,
    logo: Logo | None = None,
    photos: Mapping[str, PhotoFile] | None = None,
) -> str:
    """A page (or an edition, laid out here) as a standalone HTML5 page: embedded CSS,
    no scripts, nothing loaded from outside but the bundle's own logo and photos
    (``photos``: each file's size in pixels, so the page does not jump as they load).

    The letterhead heads it and the media contacts close it; ``hreflang`` links and
    a language switcher lead to the bundle's other languages; OpenGraph tags and a
    JSON-LD ``NewsArticle`` describe it to search engines and social networks. A
    draft carries a banner, and each untranslated sentence is a
    ``<mark class="untranslated" lang="SOURCE">``.
    """
    if isinstance(page, Edition):
        page = layout(page)
    template = _environment().get_template("edition.html.j2")
    return template.render(
        page=page,
        logo=logo,
        sizes={file: (p.width, p.height) for file, p in (photos or {}).items()},
        languages=_languages(page),
        alternates=[(lang, href) for lang, href, _ in _languages(page) if lang != page.lang],
        opengraph_locale=OPENGRAPH_LOCALES[page.lang],
        opengraph_alternates=sorted(
            {OPENGRAPH_LOCALES[lang] for lang in page.languages} - {OPENGRAPH_LOCALES[page.lang]}
        ),
        structured_data=_structured_data(page, logo),
    )


def render_index(pages: list[Layout], *, logo: Logo | None = None) -> str:
    """``index.html``: the release's headline in every language, each a link to its page."""
    template = _environment().get_template("index.html.j2")
    first = pages[0]
    entries = [
        (p.lang, file_name(p.release_id, p.lang, "html"), NATIVE_NAMES[p.lang], p) for p in pages
    ]
    return template.render(first=first, entries=entries, logo=logo)


def _languages(page: Layout) -> list[tuple[str, str, str]]:
    """(language, file, the language's own name) for every page of the bundle."""
    return [
        (lang, file_name(page.release_id, lang, "html"), NATIVE_NAMES[lang])
        for lang in page.languages
    ]


def _structured_data(page: Layout, logo: Logo | None) -> str:
    """The JSON-LD ``NewsArticle``, safe inside ``<script>``: no ``<``, ``>`` or ``&``
    is left as itself, so no text can close the element."""
    publisher: dict = {"@type": "Organization", "name": page.organization}
    if page.letterhead.website:
        publisher["url"] = page.letterhead.website
    if logo is not None:
        publisher["logo"] = {"@type": "ImageObject", "url": logo.name}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "inLanguage": page.lang,
        "description": page.summary,
        "publisher": publisher,
        "author": {"@type": "Organization", "name": page.organization},
        "identifier": page.release_id,
    }
    if page.date is not None:
        data["datePublished"] = page.date.isoformat()
    if page.photos:
        data["image"] = [photo.file for photo in page.photos]
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("workflow.export", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
