"""The Kazakh Latin (``kk-Latn``) edition of a draft: only Kazakh is transliterated.

A draft shows each sentence not yet translated into Kazakh in the source language.
On the Latin page that sentence is still Russian (in Cyrillic) or English, exactly as
on the Cyrillic Kazakh page; it is never run through the transliteration, which is
for Kazakh alone. Each release is ingested into a real workspace, partly translated
through pull and push, exported as a draft, and its HTML and DOCX read back.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import docx
import polib
import pytest
from conftest import ingest_file, who
from docx.enum.text import WD_COLOR_INDEX
from docx.text.hyperlink import Hyperlink

from workflow import actions
from workflow.locales import NBSP
from workflow.workspace import Workspace

RU_ID = "2026-11-27-shymkent-forum"
RU_MD = f"""\
---
id: {RU_ID}
title: "В Шымкенте прошёл форум этнокультурных объединений"
rubric: "Новости"
date: 2026-11-27
place: Shymkent
dateline: "ШЫМКЕНТ"
language: ru
---

В Шымкенте прошёл городской форум этнокультурных объединений. \
В работе форума приняли участие более 300 человек.

Председатель городского совета общественного согласия Бахыт Ермеков:

> Дружба народов — наше главное богатство.

Участники форума договорились о следующем:

- провести фестиваль национальных культур весной 2027 года;
- открыть воскресные школы родных языков.
"""
RU_KK = {
    "В Шымкенте прошёл форум этнокультурных объединений": (
        "Шымкентте этномәдени бірлестіктер форумы өтті"
    ),
    "Новости": "Жаңалықтар",
    "ШЫМКЕНТ": "ШЫМКЕНТ",
    "В Шымкенте прошёл городской форум этнокультурных объединений.": (
        "Шымкентте этномәдени бірлестіктердің қалалық форумы өтті."
    ),
    "Председатель городского совета общественного согласия Бахыт Ермеков:": (
        "Қалалық қоғамдық келісім кеңесінің төрағасы Бақыт Ермеков:"
    ),
    "Участники форума договорились о следующем:": "Форумға қатысушылар мынадай шешімге келді:",
    "открыть воскресные школы родных языков.": "ана тілдерін оқытатын жексенбілік мектептер ашу.",
}
"""The Kazakh translation, but for three sentences left untranslated."""
RU_UNTRANSLATED = [
    "В работе форума приняли участие более 300 человек.",
    "Дружба народов — наше главное богатство.",
    "провести фестиваль национальных культур весной 2027 года;",
]
RU_LATIN = [
    "Şymkentte etnomädeni bırlestıkter forumy öttı",
    "Jañalyqtar",
    "ŞYMKENT",
    "Şymkentte etnomädeni bırlestıkterdıñ qalalyq forumy öttı.",
    "Qalalyq qoğamdyq kelısım keñesınıñ törağasy Baqyt Ermekov:",
    "Forumğa qatysuşylar mynadai şeşımge keldı:",
    "ana tılderın oqytatyn jeksenbılık mektepter aşu.",
]
"""The translated sentences as the Latin page must show them, written out by hand."""

EN_ID = "2026-11-28-festival-of-cultures"
EN_MD = f"""\
---
id: {EN_ID}
title: "Shymkent hosts a festival of national cultures"
rubric: "News"
date: 2026-11-28
place: Shymkent
dateline: "SHYMKENT"
language: en
---

A festival of national cultures opened at the House of Friendship in Shymkent. \
It is held under the motto «Бірлік — біздің күшіміз», or Unity is our strength.

More than 20 ethnocultural associations of the city take part in the festival.
"""
EN_KK = {
    "News": "Жаңалықтар",
    "SHYMKENT": "ШЫМКЕНТ",
    "A festival of national cultures opened at the House of Friendship in Shymkent.": (
        "Шымкенттегі Достық үйінде ұлттық мәдениеттер фестивалі ашылды."
    ),
    "More than 20 ethnocultural associations of the city take part in the festival.": (
        "Фестивальге қаладағы 20-дан астам этномәдени бірлестік қатысып отыр."
    ),
}
"""The headline and the sentence with the motto are left untranslated."""
EN_TITLE = "Shymkent hosts a festival of national cultures"
EN_MOTTO = "It is held under the motto «Бірлік — біздің күшіміз», or Unity is our strength."

CYRILLIC = re.compile("[\u0400-\u04ff]")


def workspace_with_latin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A workspace that builds the Kazakh Latin variant, its own folder the current one."""
    from workflow.workspace import init_workspace

    root = tmp_path / "ws"
    init_workspace(root, organization="Press Service of the APK")
    config = root / "press.toml"
    config.write_text(config.read_text() + '\n[export]\nvariants = ["kk-Latn"]\n')
    monkeypatch.chdir(root)
    monkeypatch.setenv("PRESS_USER", "tester")
    return Workspace.find(root)


def draft_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, translations: dict[str, str]
) -> tuple[str, dict[str, bytes]]:
    """The release ingested, translated into Kazakh as far as ``translations`` go, and
    exported as a draft: its id and every file of the bundle."""
    ws = workspace_with_latin(tmp_path, monkeypatch)
    source = tmp_path / "release.md"
    source.write_text(text, encoding="utf-8")
    release_id = ingest_file(ws, source).release_id
    po = polib.pofile(actions.pull(ws, who(ws), release_id, "kk").text)
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, "")
    actions.push(ws, who(ws), str(po).encode(), "kk.po")
    result = actions.export(ws, who(ws), release_id, draft=True, formats=("docx", "html"))
    return release_id, {path.name: path.read_bytes() for path in result.files}


class _Marks(HTMLParser):
    """The text of every ``<mark class="untranslated">``, with its ``lang``; the
    ``<title>``; and all the text outside marks, scripts, styles and the language
    switcher (which names each language in its own script)."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self.outside: list[str] = []
        self.title = ""
        self._open: list[str] = []
        self._mark: list[str] | None = None
        self._lang = ""

    def handle_starttag(self, tag, attrs):
        self._open.append(tag)
        values = dict(attrs)
        if tag == "mark" and values.get("class") == "untranslated":
            self._mark, self._lang = [], values.get("lang") or ""

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append(("".join(self._mark), self._lang))
            self._mark = None
        while self._open and self._open.pop() != tag:
            pass

    def handle_data(self, data):
        if self._mark is not None:
            self._mark.append(data)
        elif "title" in self._open:
            self.title += data
        elif not {"script", "style", "nav"} & set(self._open):
            self.outside.append(data)


def read_html(data: bytes) -> _Marks:
    parser = _Marks()
    parser.feed(data.decode("utf-8"))
    return parser


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def docx_runs(data: bytes) -> tuple[list[str], list[str]]:
    """The texts of the highlighted (untranslated) runs of the body, and of the others."""
    document = docx.Document(io.BytesIO(data))
    marked, others = [], []
    for paragraph in document.paragraphs:
        for item in paragraph.iter_inner_content():
            for run in item.runs if isinstance(item, Hyperlink) else [item]:
                highlighted = run.font.highlight_color == WD_COLOR_INDEX.YELLOW
                (marked if highlighted else others).append(run.text)
    return marked, others


def test_untranslated_russian_stays_russian_on_the_latin_page(tmp_path, monkeypatch):
    release_id, files = draft_bundle(tmp_path, monkeypatch, RU_MD, RU_KK)
    latin = read_html(files[f"{release_id}.kk-Latn.html"])
    cyrillic = read_html(files[f"{release_id}.kk.html"])

    assert [(plain(text), lang) for text, lang in latin.marks] == [
        (sentence, "ru") for sentence in RU_UNTRANSLATED
    ]
    assert latin.marks == cyrillic.marks  # the very text of the Cyrillic Kazakh page
    outside = plain(" ".join(latin.outside))
    assert not CYRILLIC.search(outside), CYRILLIC.findall(outside)
    for sentence in RU_LATIN:
        assert sentence in outside
    assert "orys tılınde qaldyrylyp" in outside  # the draft note, in Latin letters
    assert latin.title == f"[JOBA] {RU_LATIN[0]}"
    page = plain(files[f"{release_id}.kk-Latn.html"].decode("utf-8"))
    assert "V rabote foruma" not in page and "Drujba narodov" not in page


def test_untranslated_russian_stays_russian_in_the_latin_docx(tmp_path, monkeypatch):
    release_id, files = draft_bundle(tmp_path, monkeypatch, RU_MD, RU_KK)
    marked, others = docx_runs(files[f"{release_id}.kk-Latn.docx"])
    cyrillic_marked, _ = docx_runs(files[f"{release_id}.kk.docx"])

    assert [plain(text) for text in marked] == RU_UNTRANSLATED
    assert marked == cyrillic_marked
    text = plain(" ".join(others))
    assert not CYRILLIC.search(text), CYRILLIC.findall(text)
    for sentence in RU_LATIN[1:]:  # the headline is in the header's title, not a run
        assert sentence in text


def test_untranslated_english_is_left_as_it_is_on_the_latin_page(tmp_path, monkeypatch):
    """An English sentence that quotes a Kazakh motto keeps the motto in Cyrillic; an
    untranslated headline is the English one in the page's title and in the index."""
    release_id, files = draft_bundle(tmp_path, monkeypatch, EN_MD, EN_KK)
    latin = read_html(files[f"{release_id}.kk-Latn.html"])

    assert [(plain(text), lang) for text, lang in latin.marks] == [
        (EN_TITLE, "en"),
        (EN_MOTTO, "en"),
    ]
    assert latin.marks == read_html(files[f"{release_id}.kk.html"]).marks
    assert latin.title == f"[JOBA] {EN_TITLE}"
    outside = plain(" ".join(latin.outside))
    assert not CYRILLIC.search(outside), CYRILLIC.findall(outside)
    assert "Şymkenttegı Dostyq üiınde ūlttyq mädenietter festivalı aşyldy." in outside
    assert "ağylşyn tılınde" in outside

    marked, _ = docx_runs(files[f"{release_id}.kk-Latn.docx"])
    assert [plain(text) for text in marked] == [EN_TITLE, EN_MOTTO]

    index = files["index.html"].decode("utf-8")
    entry = re.search(r'<li lang="kk-Latn">.*?</li>', index, re.S)
    assert entry is not None
    headline = re.search(r'<span class="headline">(.*?)</span>', entry.group())
    assert headline is not None and plain(headline.group(1)) == EN_TITLE
