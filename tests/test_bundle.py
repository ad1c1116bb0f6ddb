"""The bundle as it leaves the building: the sample releases exported, read back.

Each sample release of this repository is exported from a copy of the workspace
(final, as the publisher does), then its files are read with python-docx, the
standard library's zipfile, json and html.parser, and the Nu Html Checker where
Java and ``vnu.jar`` are present.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from conftest import invoke, needs_vnu, png, snapshot, vnu_errors, who
from docx.oxml.ns import qn

from workflow import actions
from workflow.errors import PressError, WorkspaceError
from workflow.export.fonts import obfuscate
from workflow.export.pdf import soffice
from workflow.locales import NBSP
from workflow.status import release_digest, release_status
from workflow.workspace import Workspace

ROOT = Path(__file__).parent.parent
SAMPLE_IDS = Workspace.find(ROOT).release_ids()
LANGS = ("en", "kk", "ru", "kk-Latn")


def copy_workspace(target: Path, extra_config: str = "") -> Workspace:
    """This repository's workspace (config, releases, translations) copied to ``target``."""
    target.mkdir()
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (target / "pyproject.toml").write_text(config + extra_config, encoding="utf-8")
    for folder in ("releases", "translations"):
        shutil.copytree(ROOT / folder, target / folder)
    return Workspace.find(target)


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> tuple[Workspace, dict[str, dict[str, bytes]]]:
    """The workspace copy and, per sample release, every file of its bundle."""
    ws = copy_workspace(tmp_path_factory.mktemp("samples") / "ws")
    bundles = {}
    for release_id in SAMPLE_IDS:
        result = actions.export(ws, who(ws, "asel"), release_id, draft=False)
        bundles[release_id] = {path.name: path.read_bytes() for path in result.files}
    return ws, bundles


FORMATS = ("docx", "html", "pdf") if soffice() else ("docx", "html")


def names(release_id: str) -> list[str]:
    files = [f"{release_id}.{lang}.{fmt}" for lang in LANGS for fmt in FORMATS]
    return sorted([*files, "index.html", "manifest.json"])


# -- the bundle -----------------------------------------------------------------------


@pytest.mark.parametrize("release_id", SAMPLE_IDS)
def test_bundle_has_every_language_an_index_a_manifest_and_a_zip(samples, release_id):
    ws, bundles = samples
    files = bundles[release_id]
    assert sorted(files) == names(release_id)
    assert sorted(p.name for p in ws.export_dir(release_id).iterdir()) == names(release_id)
    with zipfile.ZipFile(ws.root / "exports" / f"{release_id}.zip") as archive:
        assert archive.namelist() == [f"{release_id}/{name}" for name in sorted(files)]
        for name, data in files.items():
            assert archive.read(f"{release_id}/{name}") == data


@pytest.mark.parametrize("release_id", SAMPLE_IDS)
def test_manifest_hashes_every_file_and_records_the_approval(samples, release_id):
    ws, bundles = samples
    files = bundles[release_id]
    manifest = json.loads(files["manifest.json"])
    assert manifest["release"] == release_id and manifest["draft"] is False
    assert manifest["digest"] == release_digest(ws, release_id)
    approval = release_status(ws, release_id)["approval"]
    assert manifest["approval"] == approval and approval["by"] == "erlan"
    listed = {entry["name"]: entry for entry in manifest["files"]}
    assert sorted(listed) == sorted(set(files) - {"manifest.json"})
    for name, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest()
        assert entry["bytes"] == len(files[name])


def test_exporting_again_gives_the_same_bytes(samples, tmp_path):
    ws, bundles = samples
    release_id = SAMPLE_IDS[0]
    zipped = (ws.root / "exports" / f"{release_id}.zip").read_bytes()
    again = actions.export(ws, who(ws, "asel"), release_id, draft=False, out=tmp_path / "again")
    assert {p.name: p.read_bytes() for p in again.files} == bundles[release_id]
    assert again.archive == tmp_path / "again.zip"
    assert again.archive.read_bytes() == zipped


def test_a_draft_manifest_has_no_approval(samples, tmp_path):
    ws, _ = samples
    result = actions.export(ws, who(ws, "asel"), SAMPLE_IDS[0], draft=True, out=tmp_path / "d")
    manifest = json.loads((tmp_path / "d" / "manifest.json").read_text())
    assert manifest["draft"] is True and manifest["approval"] is None
    assert result.archive.is_file()


def test_a_dropped_language_leaves_no_stale_file(samples, tmp_path):
    ws, _ = samples
    folder = tmp_path / "b"
    actions.export(ws, who(ws, "asel"), SAMPLE_IDS[0], draft=True, out=folder)
    actions.export(ws, who(ws, "asel"), SAMPLE_IDS[0], draft=True, out=folder, formats=("html",))
    assert not list(folder.glob("*.docx")) and not list(folder.glob("*.pdf"))
    manifest = json.loads((folder / "manifest.json").read_text())
    assert sorted(e["name"] for e in manifest["files"]) == sorted(
        p.name for p in folder.iterdir() if p.name != "manifest.json"
    )


# -- DOCX -----------------------------------------------------------------------------


def open_docx(data: bytes):
    import io

    return docx.Document(io.BytesIO(data))


ORGANIZATION = {
    "en": "Press Service of the Assembly of People of Kazakhstan",
    "kk": "Қазақстан халқы Ассамблеясының баспасөз қызметі",
    "ru": "Пресс-служба Ассамблеи народа Казахстана",
    "kk-Latn": "Qazaqstan halqy Assambleiasynyñ baspasöz qyzmetı",
}
CONTACTS = {
    "en": "Media contacts",
    "kk": "БАҚ өкілдері үшін байланыс",
    "ru": "Контакты для СМИ",
    "kk-Latn": "BAQ ökılderı üşın bailanys",
}
TAGS = {"en": "en-GB", "kk": "kk-KZ", "ru": "ru-RU", "kk-Latn": "kk-Latn-KZ"}


@pytest.mark.parametrize("lang", LANGS)
def test_docx_letterhead_header_footer_end_mark_and_contacts(samples, lang):
    release_id = "2026-11-24-language-courses"
    document = open_docx(samples[1][release_id][f"{release_id}.{lang}.docx"])
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Letterhead" and paragraphs[0].text == ORGANIZATION[lang]
    assert paragraphs[1].style.name == "Letterhead Details"
    assert "+7 7172 74 05 15" in paragraphs[1].text and "press@assembly.kz" in paragraphs[1].text
    styles = [p.style.name for p in paragraphs]
    end = styles.index("End Mark")
    assert paragraphs[end].text == "###"
    assert styles[end + 1 :] == ["Contacts Heading", "Contacts"]
    assert paragraphs[end + 1].text == CONTACTS[lang]
    header = document.sections[0].header.paragraphs[0].text
    organization, date = header.split("\t")
    assert organization == ORGANIZATION[lang]
    assert (
        date
        == {
            "en": f"24{NBSP}November 2026",
            "kk": f"2026{NBSP}жылғы 24{NBSP}қараша",
            "ru": f"24{NBSP}ноября 2026{NBSP}года",
            "kk-Latn": f"2026{NBSP}jylğy 24{NBSP}qaraşa",
        }[lang]
    )
    footer = document.sections[0].footer.paragraphs[0]._p
    fields = [f.get(qn("w:instr")).strip() for f in footer.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]


@pytest.mark.parametrize("lang", LANGS)
def test_docx_styles_and_runs_carry_the_language(samples, lang):
    release_id = SAMPLE_IDS[0]
    document = open_docx(samples[1][release_id][f"{release_id}.{lang}.docx"])
    for name in ("Body Text", "Headline", "Rubric", "Quote", "Attribution", "Dateline"):
        rpr = document.styles[name].element.rPr
        assert rpr.find(qn("w:lang")).get(qn("w:val")) == TAGS[lang], name
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    assert runs and all(r._r.rPr.find(qn("w:lang")).get(qn("w:val")) == TAGS[lang] for r in runs)


def test_docx_says_it_was_made_by_press_for_the_office_and_counts_its_words(samples):
    release_id = SAMPLE_IDS[0]
    data = samples[1][release_id][f"{release_id}.ru.docx"]
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as package:
        app = package.read("docProps/app.xml").decode()
    assert "<Application>press</Application>" in app
    assert "<Company>Пресс-служба Ассамблеи народа Казахстана</Company>" in app
    words = int(re.search(r"<Words>(\d+)</Words>", app).group(1))
    assert words > 300
    assert "Macintosh" not in app
    properties = open_docx(data).core_properties
    assert properties.author == "Пресс-служба Ассамблеи народа Казахстана"
    assert properties.language == "ru-RU"


def test_docx_every_block_kind_has_its_own_style(samples):
    release_id = SAMPLE_IDS[0]
    document = open_docx(samples[1][release_id][f"{release_id}.en.docx"])
    used = {p.style.name for p in document.paragraphs}
    assert {"Rubric", "Headline", "Release Date", "Body Text", "Attribution", "Quote"} <= used
    defined = {s.name for s in document.styles}
    assert {"Heading 2", "List Bullet", "Dateline", "End Mark", "Contacts"} <= defined


# -- HTML -----------------------------------------------------------------------------


class Page(HTMLParser):
    """What a test needs of a page: elements with attributes, and the text of the body."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.body: list[str] = []
        self.scripts: list[str] = []
        self._in_body = self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_body = self._in_body or tag == "main"
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False
        if tag == "main":
            self._in_body = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        elif self._in_body:
            self.body.append(data)

    def all(self, tag: str, **attrs) -> list[dict]:
        return [
            a
            for t, a in self.elements
            if t == tag and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    @property
    def text(self) -> str:
        return "".join(self.body)


def page(samples, release_id: str, lang: str) -> Page:
    return Page(samples[1][release_id][f"{release_id}.{lang}.html"].decode("utf-8"))


@pytest.mark.parametrize("lang", LANGS)
def test_html_links_the_other_languages_and_describes_the_article(samples, lang):
    release_id = SAMPLE_IDS[0]
    html = page(samples, release_id, lang)
    assert html.all("html")[0]["lang"] == lang
    alternates = {a["hreflang"]: a["href"] for a in html.all("link", rel="alternate")}
    others = [other for other in LANGS if other != lang]
    assert alternates == {
        **{other: f"{release_id}.{other}.html" for other in others},
        "x-default": "index.html",
    }
    switcher = [a["href"] for a in html.all("a") if a.get("hreflang")]
    order = [other for other in ("en", "kk", "kk-Latn", "ru") if other != lang]
    assert switcher == [f"{release_id}.{other}.html" for other in order]
    og = {a["property"]: a["content"] for a in html.all("meta") if "property" in a}
    assert og["og:type"] == "article" and og["og:site_name"] == ORGANIZATION[lang]
    assert og["og:locale"] == {"en": "en_GB", "ru": "ru_RU"}.get(lang, "kk_KZ")
    assert og["article:published_time"] == "2026-11-12"
    (data,) = [json.loads(s) for s in html.scripts]
    assert data["@type"] == "NewsArticle" and data["inLanguage"] == lang
    assert data["headline"] == og["og:title"] and data["datePublished"] == "2026-11-12"
    assert data["publisher"] == {
        "@type": "Organization",
        "name": ORGANIZATION[lang],
        "url": "https://assembly.kz",
    }


def test_html_has_a_print_stylesheet_and_no_script_to_run(samples):
    release_id = SAMPLE_IDS[0]
    text = samples[1][release_id][f"{release_id}.ru.html"].decode()
    assert "@media print" in text and "@page" in text
    html = Page(text)
    assert [s["type"] for s in html.all("script")] == ["application/ld+json"]
    assert not [a for _, a in html.elements if any(k.startswith("on") for k in a)]


@pytest.mark.parametrize("release_id", SAMPLE_IDS)
def test_index_page_lets_a_reader_choose_the_language(samples, release_id):
    html = Page(samples[1][release_id]["index.html"].decode())
    links = [(a["hreflang"], a["href"]) for a in html.all("a") if "hreflang" in a]
    source = "ru" if release_id == "2026-11-24-language-courses" else "en"
    order = [source, *(lang for lang in ("en", "kk", "kk-Latn", "ru") if lang != source)]
    assert links == [(lang, f"{release_id}.{lang}.html") for lang in order]
    text = "".join(html.body)
    assert "Қазақша" in text and "Русский" in text and "English" in text and "Qazaqşa" in text


# -- typography -----------------------------------------------------------------------

BREAKS = {
    "digit group": re.compile(r"(?<![\d.,])\d{1,3} \d{3}(?!\d)"),
    "day and month": re.compile(
        r"\b\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
        r"ноября|декабря|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|"
        r"қараша|желтоқсан|January|February|March|April|May|June|July|August|September|"
        r"October|November|December)"
    ),
    "year word": re.compile(r"\b\d{4} (?:года|году|г\.|жылғы|жылы|жыл)"),
    "percent": re.compile(r"\d %"),
    "initial": re.compile(r"(?<![\w.])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\. [A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"),
    "dash": re.compile(r"\S [—–] "),
    "number sign": re.compile(r"№ "),
}


@pytest.mark.parametrize("release_id", SAMPLE_IDS)
@pytest.mark.parametrize("lang", ("en", "kk", "ru"))
def test_no_number_date_or_initial_can_break_across_lines(samples, release_id, lang):
    html_text = page(samples, release_id, lang).text
    document = open_docx(samples[1][release_id][f"{release_id}.{lang}.docx"])
    docx_text = "\n".join(p.text for p in document.paragraphs)
    for where, text in (("html", html_text), ("docx", docx_text)):
        for rule, pattern in BREAKS.items():
            found = pattern.search(text)
            assert found is None, f"{where} {lang}: {rule} breaks at {found.group()!r}"


@pytest.mark.parametrize("lang", ("kk", "ru"))
def test_kazakh_and_russian_quote_with_guillemets(samples, lang):
    texts = [page(samples, release_id, lang).text for release_id in SAMPLE_IDS]
    joined = "".join(texts)
    assert "«" in joined and "»" in joined
    assert '"' not in joined and "”" not in joined  # “ is only ever the inner closing mark
    assert joined.count("„") == joined.count("“")


def test_english_quotes_with_curly_marks(samples):
    joined = "".join(page(samples, release_id, "en").text for release_id in SAMPLE_IDS)
    assert '"' not in joined and "«" not in joined


# -- Kazakh in the Latin script -------------------------------------------------------


@pytest.mark.parametrize("release_id", SAMPLE_IDS)
def test_kazakh_latin_edition_has_no_cyrillic_letter(samples, release_id):
    html = page(samples, release_id, "kk-Latn")
    cyrillic = re.findall(r"[\u0400-\u04ff]", html.text)
    assert not cyrillic
    document = open_docx(samples[1][release_id][f"{release_id}.kk-Latn.docx"])
    assert not re.search(r"[\u0400-\u04ff]", "\n".join(p.text for p in document.paragraphs))
    kazakh = page(samples, release_id, "kk").text
    assert len(html.text) > 0.8 * len(kazakh)


def test_kazakh_latin_follows_the_configured_conventions(tmp_path):
    ws = copy_workspace(tmp_path / "ws", '\n[tool.press.export.latin]\n"ц" = "c"\n')
    release_id = "2026-11-12-osce-delegation"
    actions.export(ws, who(ws, "asel"), release_id, draft=False)
    text = (ws.export_dir(release_id) / f"{release_id}.kk-Latn.html").read_text()
    assert "delegaciia" in text and "delegatsiia" not in text


# -- the letterhead in the config ---------------------------------------------------------


def test_a_png_logo_is_on_the_page_and_in_the_document(tmp_path):
    ws = copy_workspace(tmp_path / "ws", "")
    (ws.root / "logo.png").write_bytes(png())
    config = ws.root / "pyproject.toml"
    text = config.read_text().replace(
        "[tool.press.letterhead]\n", '[tool.press.letterhead]\nlogo = "logo.png"\n'
    )
    config.write_text(text)
    ws = Workspace.find(ws.root)
    release_id = SAMPLE_IDS[0]
    result = actions.export(ws, who(ws, "asel"), release_id, draft=False)
    folder = result.folder
    assert (folder / "logo.png").read_bytes() == png()
    html = Page((folder / f"{release_id}.kk.html").read_text())
    assert html.all("img")[0]["src"] == "logo.png"
    document = open_docx((folder / f"{release_id}.kk.docx").read_bytes())
    assert [s for s in document.inline_shapes]
    manifest = json.loads((folder / "manifest.json").read_text())
    assert "logo.png" in [e["name"] for e in manifest["files"]]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ('logo = "../logo.png"', "must be a path inside the workspace"),
        ('logo = "logo.gif"', "must be a .png or .svg file"),
        ('logo = "missing.png"', "is not a file in the workspace"),
        ('logo = "fake.png"', "is not a PNG image"),
        ('email = "press at assembly.kz"', "is not an e-mail address"),
        ('website = "assembly.kz"', "is not a web address"),
        ('end_mark = "###\\n"', "must be one line of plain text"),
        ("phone = 7172", "must be text in quotes"),
    ],
)
def test_a_bad_letterhead_is_one_clear_line(tmp_path, lines, message):
    ws = copy_workspace(tmp_path / "ws")
    (ws.root / "fake.png").write_bytes(b"GIF89a not a png")
    config = ws.root / "pyproject.toml"
    key = lines.split("=")[0].strip()
    text = re.sub(rf"^{key} = .*\n", "", config.read_text(), flags=re.MULTILINE)
    config.write_text(
        text.replace("[tool.press.letterhead]\n", f"[tool.press.letterhead]\n{lines}\n")
    )
    with pytest.raises(WorkspaceError, match=re.escape(message)):
        Workspace.find(ws.root)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ('variants = ["kk-Arab"]', "'kk-Arab' is not a variant press builds"),
        ('dates = {ru = "MMMM y"}', "is not a date pattern with a day, a month and a year"),
        ('font = "A<b>"', "must name a font family"),
    ],
)
def test_a_bad_export_setting_is_one_clear_line(tmp_path, lines, message):
    ws = copy_workspace(tmp_path / "ws")
    config = ws.root / "pyproject.toml"
    text = config.read_text().replace('variants = ["kk-Latn"]\n', f"{lines}\n")
    config.write_text(text)
    with pytest.raises(WorkspaceError, match=re.escape(message)):
        Workspace.find(ws.root)


def test_a_configured_date_pattern_is_used(tmp_path):
    ws = copy_workspace(tmp_path / "ws", "")
    config = ws.root / "pyproject.toml"
    config.write_text(
        config.read_text().replace(
            'variants = ["kk-Latn"]\n', "variants = []\ndates = {ru = \"d MMMM y 'г.'\"}\n"
        )
    )
    ws = Workspace.find(ws.root)
    release_id = SAMPLE_IDS[0]
    result = actions.export(ws, who(ws, "asel"), release_id, draft=False)
    assert not any("kk-Latn" in p.name for p in result.files)
    text = (result.folder / f"{release_id}.ru.html").read_text()
    assert f"12{NBSP}ноября 2026{NBSP}г." in text


def test_the_export_command_names_the_zip(samples, runner, monkeypatch):
    ws, _ = samples
    monkeypatch.chdir(ws.root)
    result = invoke(runner, "export", SAMPLE_IDS[0], "--as", "asel")
    assert result.exit_code == 0, result.output
    assert f"exports/{SAMPLE_IDS[0]}.zip" in result.stdout
    assert "manifest.json" in result.stdout


# -- the Nu Html Checker --------------------------------------------------------------


@needs_vnu
def test_every_sample_page_passes_the_nu_html_checker(samples, tmp_path):
    ws, _ = samples
    draft = actions.export(ws, who(ws, "asel"), SAMPLE_IDS[0], draft=True, out=tmp_path / "d")
    pages = sorted(str(p) for p in ws.root.glob("exports/*/*.html"))
    pages += sorted(str(p) for p in draft.files if p.suffix == ".html")
    messages = vnu_errors(pages)
    assert messages == [], messages[:3]
    assert len(pages) == len(SAMPLE_IDS) * (len(LANGS) + 1) + len(LANGS) + 1


# -- fonts ----------------------------------------------------------------------------


def embedded_fonts(data: bytes) -> dict[str, bytes]:
    """The fonts a DOCX carries, by style, deobfuscated with the keys in its font table."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        table = package.read("word/fontTable.xml").decode()
        if "word/_rels/fontTable.xml.rels" not in package.namelist():
            return {}
        rels = package.read("word/_rels/fontTable.xml.rels").decode()
        targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
        targets |= {k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)}
        out = {}
        for style, r_id, key in re.findall(
            r'<w:embed(\w+) r:id="(rId\d+)" w:fontKey="(\{[0-9A-F-]+\})"', table
        ):
            out[style] = obfuscate(package.read("word/" + targets[r_id]), key)
        return out


def test_the_document_carries_its_font(samples):
    from fontTools.ttLib import TTFont

    release_id = SAMPLE_IDS[0]
    data = samples[1][release_id][f"{release_id}.kk.docx"]
    fonts = embedded_fonts(data)
    assert sorted(fonts) == ["Bold", "BoldItalic", "Italic", "Regular"]
    import io

    regular = TTFont(io.BytesIO(fonts["Regular"]))
    assert regular["name"].getDebugName(1) == "DejaVu Serif"
    assert {ord(c) for c in "ӘәҒғҚқҢңӨөҰұҮүҺһІі\u00a0\u202f«»—"} <= set(regular.getBestCmap())
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        settings = package.read("word/settings.xml").decode()
    assert "<w:embedTrueTypeFonts/>" in settings and "<w:saveSubsetFonts/>" in settings
    assert "w:proofState" not in settings


def renamed_font(target: Path, family: str, characters: str | None = None) -> None:
    """DejaVu Serif's four styles saved under another family name (and, with
    ``characters``, cut down to them): a font no machine has installed."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    source = Path("/usr/share/fonts/truetype/dejavu")
    target.mkdir(parents=True, exist_ok=True)
    squeezed = family.replace(" ", "")
    for suffix, style in (
        ("", "Book"),
        ("-Bold", "Bold"),
        ("-Italic", "Italic"),
        ("-BoldItalic", "Bold Italic"),
    ):
        font = TTFont(source / f"DejaVuSerif{suffix}.ttf")
        if characters is not None:
            options = subset.Options()
            options.drop_tables += ["FFTM"]
            cutter = subset.Subsetter(options)
            cutter.populate(text=characters)
            cutter.subset(font)
        for record in font["name"].names:
            if record.nameID in (1, 16):
                record.string = family
            elif record.nameID == 4:
                record.string = f"{family} {style}"
            elif record.nameID == 6:
                record.string = f"{squeezed}{suffix or '-Book'}"
        font.save(target / f"{squeezed}{suffix}.ttf")


needs_dejavu = pytest.mark.skipif(
    not Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf").is_file(),
    reason="the test makes its font from Debian's DejaVu Serif (fonts-dejavu-core)",
)


def with_font(tmp_path: Path, family: str, characters: str | None = None) -> Workspace:
    ws = copy_workspace(tmp_path / "ws", "")
    renamed_font(ws.root / "fonts", family, characters)
    config = ws.root / "pyproject.toml"
    config.write_text(
        config.read_text().replace(
            "[tool.press.export]\n",
            f'[tool.press.export]\nfont = "{family}"\nfont_dir = "fonts"\n',
        )
    )
    return Workspace.find(ws.root)


@needs_dejavu
@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_sets_the_kazakh_document_in_the_embedded_font(tmp_path):
    """A family no machine has: only the font inside the document can give its glyphs."""
    ws = with_font(tmp_path, "Press Sample Serif")
    release_id = SAMPLE_IDS[0]
    result = actions.export(ws, who(ws, "asel"), release_id, draft=False, formats=("pdf",))
    pdf = (result.folder / f"{release_id}.kk.pdf").read_bytes()
    used = set(re.findall(rb"/BaseFont\s*/[A-Z]{6}\+([\w-]+)", pdf))
    assert used == {b"PressSampleSerif-Book", b"PressSampleSerif-Bold", b"PressSampleSerif-Italic"}
    assert not list(result.folder.glob("*.docx"))


@needs_dejavu
def test_a_font_without_kazakh_letters_is_refused_for_a_final_bundle(tmp_path):
    basic = (
        "".join(chr(c) for c in range(0x20, 0x7F))
        + "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"
    )
    ws = with_font(tmp_path, "Press Russian Serif", basic)
    before = snapshot(ws.root)
    with pytest.raises(PressError, match=r"'Press Russian Serif' has no glyph for .*U\+"):
        actions.export(ws, who(ws, "asel"), SAMPLE_IDS[0], draft=False)
    assert snapshot(ws.root) == before
    draft = actions.export(ws, who(ws, "asel"), SAMPLE_IDS[0], draft=True)
    assert any("has no glyph" in note for note in draft.notes)


def test_a_font_not_on_the_machine_is_named_and_said(tmp_path):
    ws = copy_workspace(tmp_path / "ws", "")
    config = ws.root / "pyproject.toml"
    config.write_text(
        config.read_text().replace(
            "[tool.press.export]\n", '[tool.press.export]\nfont = "Nowhere Serif"\n'
        )
    )
    ws = Workspace.find(ws.root)
    result = actions.export(ws, who(ws, "asel"), SAMPLE_IDS[0], draft=False, formats=("docx",))
    assert any("'Nowhere Serif' is not on this machine" in note for note in result.notes)
    data = (result.folder / f"{SAMPLE_IDS[0]}.en.docx").read_bytes()
    assert not embedded_fonts(data)


# -- PDF ------------------------------------------------------------------------------


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_pdfs_are_the_same_bytes_every_time(samples, tmp_path):
    """LibreOffice may number a PDF's objects differently from run to run: the PDF made
    from a DOCX is kept, so a second export of the same release gives the same bytes."""
    ws, bundles = samples
    release_id = SAMPLE_IDS[1]
    again = actions.export(ws, who(ws, "asel"), release_id, draft=False, out=tmp_path / "p")
    for lang in LANGS:
        name = f"{release_id}.{lang}.pdf"
        assert (again.folder / name).read_bytes() == bundles[release_id][name]
        assert bundles[release_id][name].startswith(b"%PDF-")


def test_without_libreoffice_the_export_says_so_and_builds_the_rest(tmp_path, monkeypatch):
    ws = copy_workspace(tmp_path / "ws")  # no PDF kept from an earlier export
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = actions.export(
        ws, who(ws, "asel"), SAMPLE_IDS[0], draft=False, out=tmp_path / "n", formats=("docx", "pdf")
    )
    assert result.notes == [
        "LibreOffice is not installed, so no PDF was made; the rest of the bundle is built"
    ]
    assert sorted(p.suffix for p in result.folder.iterdir()) == [".docx"] * 4 + [".json"]
