"""Script injection: a release whose text carries HTML, event handlers, ``javascript:``
links and template syntax (pasted from a website, or typed by a hostile translator)
reaches the exported pages only as text.

The pages are parsed with the standard library's html.parser and, where Debian's
Chromium is installed, loaded in it headless: its DOM after loading shows that no
script ran (a page of our own with a script shows the browser does run them).
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from conftest import translation, who

from workflow import actions

RELEASE_ID = "2026-11-27-hostile"
HOSTILE_MD = f"""\
---
id: {RELEASE_ID}
title: "Forum </script><script>document.title='ran'</script> in Astana"
date: 2026-11-27
language: en
---

The forum opened <script>document.body.setAttribute('data-ran', 'script')</script> today.

A photo <img src=x onerror="document.body.setAttribute('data-ran', 'onerror')"> was shown.

Read [the programme](javascript:document.body.setAttribute('data-ran','link')) online.

The template {{{{ 7 * 7 }}}} and {{% if true %}}block{{% endif %}} stay as typed.

An <svg onload="document.body.setAttribute('data-ran', 'svg')"></svg> drawing closed it.
"""
KEPT = ("en", "ru")
"""The pages whose text is the hostile text itself (the Kazakh file is a letter-by-letter
rendering of it, which breaks every tag: it shows that translations are escaped too)."""


class Page(HTMLParser):
    """Every element with its attributes, and the text, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.texts.append(data)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """The hostile release ingested, translated (the Russian file keeping the hostile
    texts as its translations), and exported as a draft: each language's HTML page."""
    from workflow.workspace import init_workspace

    root = tmp_path_factory.mktemp("injection") / "ws"
    ws = init_workspace(root, organization="Press Service")
    actor = who(ws, "tester")
    actions.ingest(ws, actor, HOSTILE_MD.encode(), "hostile.md")
    for lang in ("kk", "ru"):
        po = polib.pofile(actions.pull(ws, actor, RELEASE_ID, lang).text)
        for entry in po:
            entry.msgstr = entry.msgid if lang == "ru" else translation(entry.msgid, lang)
        actions.push(ws, actor, str(po).encode(), f"{lang}.po")
    result = actions.export(ws, actor, RELEASE_ID, draft=True, formats=("html",))
    return {p.name.split(".")[1]: p for p in result.files if p.suffix == ".html" and "." in p.stem}


def test_no_markup_from_the_text_becomes_an_element(pages):
    for lang, path in pages.items():
        page = Page()
        page.feed(path.read_text(encoding="utf-8"))
        tags = [tag for tag, _ in page.elements]
        assert "img" not in tags and "svg" not in tags, lang
        scripts = [attrs for tag, attrs in page.elements if tag == "script"]
        assert scripts == [{"type": "application/ld+json"}], lang
        for tag, attrs in page.elements:
            assert not any(name.startswith("on") for name in attrs), (lang, tag, attrs)
            href = (attrs.get("href") or "").strip().lower()
            assert not href.startswith("javascript:"), (lang, tag, href)
        text = "".join(page.texts)
        if lang in KEPT:
            for marker in ("onerror=", "{{ 7 * 7 }}", "{% if true %}", "<svg onload="):
                assert marker in text, (lang, marker)
        assert "49" not in text


def test_the_structured_data_cannot_close_its_script(pages):
    for path in pages.values():
        html = path.read_text(encoding="utf-8")
        data = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
        assert "<" not in data and ">" not in data


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def dump_dom(path: Path) -> str:
    done = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=2000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(chromium() is None, reason="Debian's chromium is not installed")
def test_no_script_runs_in_headless_chromium(pages, tmp_path):
    control = tmp_path / "control.html"
    control.write_text(
        "<!DOCTYPE html><html><body><script>"
        "document.body.setAttribute('data-ran', 'control')</script></body></html>"
    )
    assert 'data-ran="control"' in dump_dom(control)  # the browser does run scripts
    for lang, path in pages.items():
        dom = dump_dom(path)
        assert "data-ran" not in dom.split("<body", 1)[1].split(">", 1)[0], lang
        assert "<title>ran</title>" not in dom, lang
        if lang in KEPT:
            assert "&lt;script&gt;" in dom, lang
