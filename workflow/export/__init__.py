"""Exports of one language's edition of a release.

- ``workflow.export.docx.render_docx(edition) -> bytes``: a Word document (python-docx).
- ``workflow.export.html.render_html(edition) -> str``: a standalone HTML5 page (jinja2).

Both render the page that ``workflow.export.html.layout`` computes. Import the
module you need inside the command that needs it: python-docx and jinja2 are
not loaded at start-up.
"""
