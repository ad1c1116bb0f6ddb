"""Photos in a release: ``![caption](photos/hall.jpg "credit")`` in the source.

The caption is a unit translators translate, the credit is kept as written, the
file lies under ``releases/<id>/``; every language's DOCX and HTML shows the photo
with its own caption. The JPEG in ``tests/data`` was made for the project, with
the EXIF header a camera writes.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import docx
import polib
import pytest
from conftest import DATA, invoke, needs_vnu, png, snapshot, vnu_errors, who
from docx.oxml.ns import qn

from workflow import actions
from workflow.errors import InputError
from workflow.export.bundle import editions, pages
from workflow.export.docx import render_docx
from workflow.export.edition import Edition, EditionBlock, Segment, latin_layout, layout
from workflow.house import House
from workflow.model import BlockKind, Photo
from workflow.photos import PhotoFile
from workflow.sources import build_release
from workflow.sources.markdown import read_markdown, render_source

PHOTO = (DATA / "photo.jpg").read_bytes()
RELEASE_ID = "2026-11-30-forum"
FORUM_MD = f"""\
---
id: {RELEASE_ID}
title: "Astana hosts a forum of ethnocultural associations"
date: 2026-11-30
place: Astana
dateline: "ASTANA"
language: en
---

Heads of more than 40 ethnocultural associations met at the House of Friendship.

![Participants of the forum at the House of Friendship](photos/hall.jpg "Press Service of the APK")

The forum approved a programme of 1,200 events across the regions.
"""
CAPTION = "Participants of the forum at the House of Friendship"
TRANSLATED = {
    "kk": {
        "Astana hosts a forum of ethnocultural associations": (
            "Астанада этномәдени бірлестіктердің форумы өтті"
        ),
        "ASTANA": "АСТАНА",
        "Heads of more than 40 ethnocultural associations met at the House of Friendship.": (
            "Достық үйінде 40-тан астам этномәдени бірлестіктің басшылары бас қосты."
        ),
        CAPTION: "Достық үйіндегі форумға қатысушылар",
        "The forum approved a programme of 1,200 events across the regions.": (
            "Форум өңірлерде өтетін 1 200 іс-шарадан тұратын бағдарламаны мақұлдады."
        ),
    },
    "ru": {
        "Astana hosts a forum of ethnocultural associations": (
            "В Астане прошёл форум этнокультурных объединений"
        ),
        "ASTANA": "АСТАНА",
        "Heads of more than 40 ethnocultural associations met at the House of Friendship.": (
            "В Доме дружбы собрались руководители более 40 этнокультурных объединений."
        ),
        CAPTION: "Участники форума в Доме дружбы",
        "The forum approved a programme of 1,200 events across the regions.": (
            "Форум одобрил программу из 1 200 мероприятий в регионах."
        ),
    },
}


def folder_with_photo(tmp_path: Path, text: str = FORUM_MD, photo: bytes = PHOTO) -> Path:
    """A folder as communications staff keep a release: the text, its photos beside it."""
    folder = tmp_path / "incoming"
    (folder / "photos").mkdir(parents=True)
    (folder / "forum.md").write_text(text, encoding="utf-8")
    (folder / "photos" / "hall.jpg").write_bytes(photo)
    return folder / "forum.md"


def translate(ws, lang: str) -> None:
    po = polib.pofile(actions.pull(ws, who(ws), RELEASE_ID, lang).text)
    for entry in po:
        entry.msgstr = TRANSLATED[lang][entry.msgid]
    actions.push(ws, who(ws), str(po).encode(), f"{lang}.po")


# -- reading ------------------------------------------------------------------------


def test_a_photo_line_is_a_block_whose_caption_is_the_unit():
    document = read_markdown(FORUM_MD)
    release = build_release(document, RELEASE_ID, "en")
    photo_blocks = [b for b in release.blocks if b.kind is BlockKind.PHOTO]
    assert len(photo_blocks) == 1
    block = photo_blocks[0]
    assert block.sentences == (CAPTION,)
    assert block.photo == Photo("photos/hall.jpg", "Press Service of the APK")
    assert ("f1", BlockKind.PHOTO, CAPTION) in release.positions()
    assert read_markdown(render_source(document)) == document


def test_brackets_and_quotes_survive_the_round_trip():
    line = r'![Hall [left] and \\ stage](photos/a-1_b.png "Agency \"Kazinform\"")'
    document = read_markdown(f"---\ntitle: T\n---\n\n{line}\n")
    block = build_release(document, "x", "en").blocks[-1]
    assert block.sentences == (r"Hall [left] and \ stage",)
    assert block.photo == Photo("photos/a-1_b.png", 'Agency "Kazinform"')
    assert read_markdown(render_source(document)) == document


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("![A hall](../secret.jpg)", "inside the release's folder"),
        ("![A hall](/etc/passwd.jpg)", "inside the release's folder"),
        ("![A hall](photos/hall.gif)", "not a JPEG or PNG"),
        ("![A hall](photos/.hidden.jpg)", "inside the release's folder"),
        ("![A hall](photos\\hall.jpg)", "inside the release's folder"),
        ("![](photos/hall.jpg)", "has no caption"),
        ("![  ](photos/hall.jpg)", "has no caption"),
        ("![A hall](photos/hall.jpg", "is not a photo"),
        ("![A hall] (photos/hall.jpg)", "is not a photo"),
    ],
)
def test_a_photo_line_that_is_not_one_is_refused(line, says):
    with pytest.raises(InputError, match=None) as refused:
        read_markdown(f"---\ntitle: T\n---\n\n{line}\n")
    assert says in str(refused.value)


# -- ingest and update --------------------------------------------------------------


def test_ingest_keeps_the_photo_and_journals_its_digest(runner, workspace, tmp_path):
    source = folder_with_photo(tmp_path)
    result = invoke(runner, "ingest", str(source))
    assert result.exit_code == 0, result.stderr
    assert "1 photo" in result.stdout
    kept = workspace.release_dir(RELEASE_ID) / "photos" / "hall.jpg"
    assert kept.read_bytes() == PHOTO
    entry = json.loads(workspace.journal_path(RELEASE_ID).read_text().splitlines()[0])
    assert entry["photos"] == {"photos/hall.jpg": hashlib.sha256(PHOTO).hexdigest()[:16]}
    po = polib.pofile(str(workspace.catalog_path(RELEASE_ID, "kk")))
    caption = po.find(CAPTION)
    assert caption.occurrences == [("f1", "")]
    assert caption.comment.startswith("photo: the caption under a photo")


@pytest.mark.parametrize(
    ("photo", "says"),
    [
        (None, "photo photos/hall.jpg is not in"),
        (b"not a picture at all", "photo photos/hall.jpg is not a JPEG image"),
        (png(), "photo photos/hall.jpg is not a JPEG image"),  # a PNG saved as .jpg
        (PHOTO[:40], "photo photos/hall.jpg is not a JPEG image"),  # cut off in the mail
        (b"", "photo photos/hall.jpg is not a JPEG image"),
    ],
)
def test_a_missing_or_broken_photo_refuses_the_ingest(runner, workspace, tmp_path, photo, says):
    source = folder_with_photo(tmp_path, photo=photo or b"")
    if photo is None:
        (source.parent / "photos" / "hall.jpg").unlink()
    before = snapshot(workspace.root)
    result = invoke(runner, "ingest", str(source))
    assert result.exit_code == 1
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert snapshot(workspace.root) == before


def test_a_photo_that_is_a_link_out_of_its_folder_is_refused(runner, workspace, tmp_path):
    source = folder_with_photo(tmp_path)
    outside = tmp_path / "elsewhere.jpg"
    outside.write_bytes(PHOTO)
    (source.parent / "photos" / "hall.jpg").unlink()
    os.symlink(outside, source.parent / "photos" / "hall.jpg")
    before = snapshot(workspace.root)
    result = invoke(runner, "ingest", str(source))
    assert result.exit_code == 1
    assert "is a link that leads out of that folder" in result.stderr
    assert snapshot(workspace.root) == before


def test_a_dry_run_checks_the_photos_and_writes_nothing(runner, workspace, tmp_path):
    source = folder_with_photo(tmp_path, photo=b"GIF89a")
    before = snapshot(workspace.root)
    result = invoke(runner, "ingest", str(source), "--dry-run")
    assert result.exit_code == 1 and "is not a JPEG image" in result.stderr
    assert snapshot(workspace.root) == before


def test_a_photo_added_by_hand_needs_its_file_before_update(runner, workspace, tmp_path):
    text = FORUM_MD.replace(f'![{CAPTION}](photos/hall.jpg "Press Service of the APK")\n\n', "")
    source = tmp_path / "forum.md"
    source.write_text(text, encoding="utf-8")
    assert invoke(runner, "ingest", str(source)).exit_code == 0
    path = workspace.source_path(RELEASE_ID)
    path.write_text(path.read_text() + "\n![A view of the hall](photos/view.png)\n")
    before = snapshot(workspace.root)
    result = invoke(runner, "update", RELEASE_ID)
    assert result.exit_code == 1
    assert f"photo photos/view.png is not in releases/{RELEASE_ID}/" in result.stderr
    assert snapshot(workspace.root) == before
    (workspace.release_dir(RELEASE_ID) / "photos").mkdir()
    (workspace.release_dir(RELEASE_ID) / "photos" / "view.png").write_bytes(png(8, 6))
    result = invoke(runner, "update", RELEASE_ID)
    assert result.exit_code == 0, result.stderr
    assert polib.pofile(str(workspace.catalog_path(RELEASE_ID, "ru"))).find("A view of the hall")


# -- export -------------------------------------------------------------------------


@pytest.fixture
def forum(workspace, tmp_path):
    """The forum release with its photo, translated into Kazakh and Russian."""
    actions.ingest(
        workspace,
        who(workspace),
        FORUM_MD.encode(),
        "forum.md",
        beside=folder_with_photo(tmp_path).parent,
    )
    for lang in ("kk", "ru"):
        translate(workspace, lang)
    return workspace


def test_every_language_shows_the_photo_with_its_own_caption(forum):
    result = actions.export(forum, who(forum), RELEASE_ID, draft=True, formats=("docx", "html"))
    folder = result.folder
    assert (folder / "photos" / "hall.jpg").read_bytes() == PHOTO
    captions = {"en": CAPTION, **{lang: TRANSLATED[lang][CAPTION] for lang in ("kk", "ru")}}
    for lang, caption in captions.items():
        page = (folder / f"{RELEASE_ID}.{lang}.html").read_text()
        assert f'<img src="photos/hall.jpg" alt="{caption}" width="480" height="320">' in page, lang
        assert f"<figcaption>{caption} <span class" in page
        assert "Press Service of the APK</span>" in page
        document = docx.Document(str(folder / f"{RELEASE_ID}.{lang}.docx"))
        (shape,) = document.inline_shapes
        assert shape.width.mm == pytest.approx(160, abs=0.1)
        assert shape.height.mm == pytest.approx(160 * 320 / 480, abs=0.1)
        assert shape._inline.docPr.get("descr") == caption
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        assert document.part.related_parts[blip.embed].blob == PHOTO
        (paragraph,) = [p for p in document.paragraphs if p.style.name == "Photo Caption"]
        photo_word = "Photo" if lang == "en" else "Фото"
        assert paragraph.text == f"{caption}\n{photo_word}:\u00a0Press Service of the APK"
        assert any(
            r.get(qn("w:val")) for r in paragraph._p.iter(qn("w:lang"))
        )  # spell-checked in its language, as every run is


def test_the_photo_is_in_the_manifest_and_the_zip(forum):
    result = actions.export(forum, who(forum), RELEASE_ID, draft=True, formats=("docx", "html"))
    record = json.loads((result.folder / "manifest.json").read_text())
    listed = {f["name"]: f["sha256"] for f in record["files"]}
    assert listed["photos/hall.jpg"] == hashlib.sha256(PHOTO).hexdigest()
    with zipfile.ZipFile(result.archive) as archive:
        assert archive.read(f"{RELEASE_ID}/photos/hall.jpg") == PHOTO


def test_a_bundle_with_a_photo_rebuilds_byte_identical(forum):
    def bundle():
        actions.export(forum, who(forum), RELEASE_ID, draft=True, formats=("docx", "html"))
        return (forum.root / "exports" / f"{RELEASE_ID}.zip").read_bytes()

    assert bundle() == bundle()


def test_a_photo_taken_out_of_the_release_leaves_the_bundle(forum):
    actions.export(forum, who(forum), RELEASE_ID, draft=True, formats=("html",))
    kept = forum.export_dir(RELEASE_ID) / "photos" / "hall.jpg"
    assert kept.is_file()
    path = forum.source_path(RELEASE_ID)
    text = path.read_text()
    path.write_text(text.replace(f'![{CAPTION}](photos/hall.jpg "Press Service of the APK")', ""))
    actions.update(forum, who(forum), RELEASE_ID)
    actions.export(forum, who(forum), RELEASE_ID, draft=True, formats=("html",))
    assert not kept.exists()


def test_a_photo_replaced_by_something_else_refuses_the_export(forum):
    (forum.release_dir(RELEASE_ID) / "photos" / "hall.jpg").write_bytes(b"<svg/>")
    before = snapshot(forum.root)
    with pytest.raises(InputError, match="is not a JPEG image"):
        actions.export(forum, who(forum), RELEASE_ID, draft=True, formats=("html",))
    assert snapshot(forum.root) == before


def test_the_kazakh_latin_caption_is_transliterated_and_the_credit_kept():
    release = build_release(read_markdown(FORUM_MD), RELEASE_ID, "en")
    house = House(variants=("kk-Latn",))
    laid = pages(editions(release, {}, house, draft=True), house)
    assert [p.lang for p in laid] == ["en"]  # no Kazakh catalog, no Kazakh pages
    blocks = tuple(
        EditionBlock(b.kind, (Segment(TRANSLATED["kk"].get(b.sentences[0], "")),), b.photo)
        for b in release.blocks
    )
    page = latin_layout(layout(Edition(RELEASE_ID, "kk", "en", house, blocks, release.date)))
    (photo,) = [p for p in page.parts if p.kind == "photo"]
    assert photo.text == "Dostyq üiındegı forumğa qatysuşylar"
    assert photo.photo.credit == "Press Service of the APK"


def test_the_docx_of_a_portrait_photo_fits_the_page():
    text = FORUM_MD.replace("photos/hall.jpg", "photos/tall.png")
    release = build_release(read_markdown(text), RELEASE_ID, "en")
    house = House()
    (page,) = pages(editions(release, {}, house, draft=False), house)
    tall = PhotoFile("photos/tall.png", png(30, 90), 30, 90)
    document = docx.Document(io.BytesIO(render_docx(page, photos={tall.file: tall})))
    (shape,) = document.inline_shapes
    assert shape.height.mm == pytest.approx(120, abs=0.1)
    assert shape.width.mm == pytest.approx(40, abs=0.1)


@needs_vnu
def test_the_pages_with_a_photo_pass_the_nu_html_checker(forum):
    result = actions.export(forum, who(forum), RELEASE_ID, draft=True, formats=("html",))
    pages = [str(p) for p in result.files if p.suffix == ".html"]
    messages = vnu_errors(pages)
    assert messages == [], messages[:3]
    assert len(pages) == 4


def test_a_photo_swapped_after_the_approval_reopens_the_release(team, tmp_path, runner):
    """The approval covers the photos' bytes: a photo replaced by hand afterwards takes
    the release out of 'approved', refuses the final export, and the update journals it."""
    ws, _ = team
    actions.ingest(
        ws,
        who(ws, "asel"),
        FORUM_MD.encode(),
        "forum.md",
        beside=folder_with_photo(tmp_path).parent,
    )
    for lang, translator, reviewer in (("kk", "aigerim", "gulnara"), ("ru", "irina", "olga")):
        po = polib.pofile(actions.pull(ws, who(ws, translator), RELEASE_ID, lang).text)
        for entry in po:
            entry.msgstr = TRANSLATED[lang][entry.msgid]
        actions.push(ws, who(ws, translator), str(po).encode(), f"{lang}.po")
        review = actions.pull(ws, who(ws, reviewer), RELEASE_ID, lang, review=True).text
        actions.push(ws, who(ws, reviewer), review.encode(), f"{lang}.po", review=True)
    actions.approve(ws, who(ws, "erlan"), RELEASE_ID)
    assert actions.status(ws, who(ws), RELEASE_ID)["state"] == "approved"
    actions.export(ws, who(ws, "asel"), RELEASE_ID, draft=False, formats=("html",))
    swapped = PHOTO[:-10] + bytes([PHOTO[-10] ^ 0x01]) + PHOTO[-9:]  # retouched, say
    (ws.release_dir(RELEASE_ID) / "photos" / "hall.jpg").write_bytes(swapped)
    assert actions.status(ws, who(ws), RELEASE_ID)["state"] == "ready"
    result = invoke(runner, "export", RELEASE_ID, "--format", "html", "--as", "asel")
    assert result.exit_code == 1 and "not approved" in result.stderr
    result = invoke(runner, "update", RELEASE_ID, "--as", "asel")
    assert result.exit_code == 0 and result.stdout.startswith("Updated")
    last = json.loads(ws.journal_path(RELEASE_ID).read_text().splitlines()[-1])
    assert last["photos"]["photos/hall.jpg"] == hashlib.sha256(swapped).hexdigest()[:16]
