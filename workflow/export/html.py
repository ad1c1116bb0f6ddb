"""HTML export: the shared layout rendered with the jinja2 templates in ``templates/``.

jinja2 is imported only when a page is rendered, so importing this module stays cheap.
Every text goes through the template engine's autoescaping.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .edition import DRAFT_MARK, Edition, layout

if TYPE_CHECKING:
    import jinja2


def render_html(edition: Edition) -> str:
    """The edition as a standalone HTML5 page: embedded CSS, no external resources.

    A draft carries a banner, and each untranslated sentence is a
    ``<mark class="untranslated" lang="SOURCE">``.
    """
    page = layout(edition)
    template = _environment().get_template("edition.html.j2")
    return template.render(page=page, draft_mark=DRAFT_MARK)


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
