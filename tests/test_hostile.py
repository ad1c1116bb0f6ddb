"""Hostile input: each bad file or id is refused in one line, exit code 1, nothing changed."""

from __future__ import annotations

import pytest
from conftest import DATA, RELEASE_MD, invoke, snapshot

HOSTILE = DATA / "hostile"
RELEASE_ID = "2026-11-12-osce-hostile"
FIXED = RELEASE_MD.replace("language: en\n", f"language: en\nid: {RELEASE_ID}\n")

CASES = [
    ("push", "po-empty.po", "is empty"),
    ("push", "po-unterminated-string.po", "not a valid PO file"),
    ("push", "po-bad-escape-q.po", "is not an escape"),
    ("push", "po-missing-msgstr.po", "no msgstr"),
    ("push", "po-duplicate-msgid.po", "appears twice"),
    ("push", "po-msgstr-index-on-singular.po", "no msgid_plural"),
    ("push", "po-header-twice.po", "second header"),
    ("push", "po-cp1251-undeclared.po", "not UTF-8"),
    ("push", "po-invalid-utf8.po", "not UTF-8"),
    ("push", "po-utf16-le-bom.po", "UTF-16"),
    ("push", "po-nul-byte.po", "not a text file"),
    ("push", "po-no-header.po", "X-Press-Release"),
    ("push", "po-other-release.po", "does not have"),
    ("push", "po-msgid-edited.po", "was changed"),
    ("tm", "tmx-not-xml.tmx", ""),
    ("ingest", "docx-not-a-zip.docx", "not a Word file"),
    ("ingest", "docx-member-dotdot.docx", "outside"),
    ("ingest", "docx-external-entity.docx", "DTD"),
    ("ingest", "docx-zip-bomb.docx", "unpacks to more than"),
    ("ingest", "txt-nul-bytes.txt", "not a text file"),
    ("ingest", "md-empty.md", ""),
    ("tm", "tmx-billion-laughs.tmx", ""),
    ("tm", "tmx-external-entity-file.tmx", ""),
    ("ingest", "docx-billion-laughs.docx", "declares a DTD or XML entities"),
    ("ingest", "docx-deep-nesting.docx", "is nested deeper than a Word file ever is"),
    ("ingest", "docx-document-not-xml.docx", "is damaged"),
    ("ingest", "docx-dtd-in-styles.docx", "declares a DTD or XML entities"),
    ("ingest", "docx-empty.docx", "is not a Word file"),
    ("ingest", "docx-many-elements.docx", "has more XML elements than a release's Word file"),
    ("ingest", "docx-member-absolute.docx", "holds a part named '/etc/evil.xml', which points"),
    (
        "ingest",
        "docx-member-backslash-dotdot.docx",
        "holds a part named '..\\\\..\\\\evil.txt', which poi",
    ),
    ("ingest", "docx-member-drive-letter.docx", "holds a part named 'C:/Windows/evil.txt', which"),
    (
        "ingest",
        "docx-member-nested-dotdot.docx",
        "holds a part named 'word/../../../evil.xml', whi",
    ),
    ("ingest", "docx-member-twice-by-case.docx", "holds two parts named 'WORD/DOCUMENT.XML'"),
    ("ingest", "docx-no-document.docx", "is not a Word file"),
    ("ingest", "docx-old-word-doc.docx", "is an old Word file"),
    ("ingest", "docx-ole-encrypted.docx", "is protected with a password"),
    ("ingest", "docx-too-many-members.docx", "has 1004 parts, more than a Word file ever has"),
    ("ingest", "docx-truncated.docx", "is not a Word file"),
    ("ingest", "docx-zip-bomb-lying-size.docx", "is damaged"),
    ("ingest", "html-empty.html", "is not an HTML page"),
    ("ingest", "html-no-text.html", "has no article text"),
    ("ingest", "html-nul-bytes.html", "is not an HTML page"),
    ("ingest", "html-utf32.html", "is not an HTML page"),
    ("ingest", "md-bad-date.md", "front matter date '2026-13-45' is not a date"),
    ("ingest", "md-front-matter-only.md", "has no headline"),
    ("ingest", "md-id-absolute.md", "'/tmp/evil' is not a valid release id"),
    ("ingest", "md-id-traversal.md", "'../../evil' is not a valid release id"),
    ("ingest", "md-id-upper-case.md", "'OSCE-Visit' is not a valid release id"),
    ("ingest", "md-photo-absolute-path.md", "photo '/etc/passwd' is not a JPEG or PNG file in"),
    ("ingest", "md-photo-outside-release.md", "photo '../../../etc/passwd' is not a JPEG or PNG"),
    ("ingest", "md-png-image.md", "is not UTF-8 text"),
    ("ingest", "md-unknown-language.md", "language 'de' is not one of this workspace's lan"),
    ("ingest", "md-utf16-be-bom.md", "is UTF-16 text, not UTF-8"),
    ("ingest", "md-whitespace-only.md", "has no headline"),
    ("push", "po-backslash-ends-string.po", "is not a valid PO file: line 21: a backslash end"),
    ("push", "po-comments-only.po", "is not a press file"),
    ("push", "po-escape-high-hex.po", "is not a valid PO file: line 21: the escape '\\xf"),
    ("push", "po-escape-nul-octal.po", "is not a valid PO file: line 21: the escape '\\0'"),
    ("push", "po-header-after-entries.po", "is not a valid PO file: line 6: a second header"),
    ("push", "po-html-page.po", "is not a valid PO file: line 1: it is not a keyw"),
    ("push", "po-koi8r-declared.po", "declares the charset koi8-r, not UTF-8"),
    ("push", "po-latin1-declared.po", "declares the charset iso-8859-1, not UTF-8"),
    (
        "push",
        "po-live-and-obsolete-same-msgid.po",
        "is not a valid PO file: 'The sides discussed lan",
    ),
    ("push", "po-missing-msgstr-at-end.po", "is not a valid PO file: line 23: an entry has no"),
    ("push", "po-mixed-utf8-cp1251-declared.po", "mixes UTF-8 and CP1251 text"),
    ("push", "po-mixed-utf8-cp1251.po", "is not UTF-8 text"),
    ("push", "po-msgctxt.po", "unit p2 has a context or plural form press never"),
    ("push", "po-msgstr-before-msgid.po", "is not a valid PO file: line 19: msgstr before m"),
    ("push", "po-msgstr-twice.po", "is not a valid PO file: line 21: msgstr twice"),
    ("push", "po-no-language-header.po", "has Language '': unknown language ''"),
    ("push", "po-no-release-header.po", "is not a press file"),
    ("push", "po-not-quoted.po", "is not a valid PO file: line 19: it is not a key"),
    ("push", "po-nul-byte-in-comment.po", "is not a text file"),
    ("push", "po-other-language.po", "has Language 'de': unknown language 'de'"),
    ("push", "po-partly-obsolete.po", "is not a valid PO file: line 25: an entry is par"),
    ("push", "po-plural-entry.po", "unit p2 has a context or plural form press never"),
    ("push", "po-plural-index-gap.po", "is not a valid PO file: line 18: the msgstr[N] o"),
    ("push", "po-plural-with-plain-msgstr.po", "is not a valid PO file: line 18: a plural entry"),
    ("push", "po-random-bytes.po", "is not UTF-8 text"),
    ("push", "po-release-id-traversal.po", "names an invalid release id"),
    ("push", "po-release-id-upper-case.po", "names an invalid release id"),
    ("push", "po-source-language.po", "'en' is the source language of 2026-11-12-osce-h"),
    (
        "push",
        "po-translation-leading-newline.po",
        "unit p2: the translation starts or ends with a l",
    ),
    ("push", "po-two-language-headers.po", "is not a valid PO file: its header gives Languag"),
    ("push", "po-two-release-headers-same.po", "is not a valid PO file: its header gives X-Press"),
    ("push", "po-two-release-headers.po", "is not a valid PO file: its header gives X-Press"),
    ("push", "po-unescaped-quote.po", "is not a valid PO file: line 21: a quotation mar"),
    ("push", "po-unit-not-in-release.po", "unit p9 does not exist in 2026-11-12-osce-hostil"),
    ("push", "po-unknown-keyword.po", "is not a valid PO file: line 20: 'msgtext' is no"),
    ("push", "po-unterminated-continuation.po", "is not a valid PO file: line 27: it is not a quo"),
    ("push", "po-utf16-be-bom.po", "is UTF-16 text, not UTF-8"),
    ("push", "po-utf16-le-no-bom.po", "is not UTF-8 text"),
    ("push", "po-utf32-bom.po", "is UTF-16 text, not UTF-8"),
    ("push", "po-whitespace-only.po", "is empty"),
    ("push", "po-zip-archive.po", "is not UTF-8 text"),
    ("tm", "tmx-empty.tmx", "is not an XML file"),
    ("tm", "tmx-external-entity-http.tmx", "declares XML entities or external references; re"),
    ("tm", "tmx-gzip.tmx", "is not an XML file"),
    ("tm", "tmx-html-page.tmx", "is not a TMX file"),
    ("tm", "tmx-internal-entity.tmx", "declares XML entities or external references; re"),
    ("tm", "tmx-mismatched-tags.tmx", "is not an XML file"),
    ("tm", "tmx-nul-bytes.tmx", "is not an XML file"),
    ("tm", "tmx-parameter-entity.tmx", "declares XML entities or external references; re"),
    ("tm", "tmx-quadratic-blowup.tmx", "declares XML entities or external references; re"),
    ("tm", "tmx-random-bytes.tmx", "is not an XML file"),
    ("tm", "tmx-truncated.tmx", "is not an XML file"),
    ("tm", "tmx-wrong-root.tmx", "is not a TMX file"),
    ("ingest", "txt-cp1251.txt", "is not UTF-8 text"),
    ("ingest", "txt-elf-binary.txt", "is not UTF-8 text"),
    ("ingest", "txt-empty.txt", "has no headline"),
    ("ingest", "txt-invalid-utf8.txt", "is not UTF-8 text"),
    ("ingest", "txt-utf16-le-bom.txt", "is UTF-16 text, not UTF-8"),
    ("ingest", "txt-whitespace-only.txt", "has no headline"),
]
IDS = ["../x", "a/b", "/etc/passwd", "Upper", "with space", ".."]


@pytest.fixture
def release(workspace, tmp_path, runner):
    source = tmp_path / "release.md"
    source.write_text(FIXED, encoding="utf-8")
    assert invoke(runner, "ingest", str(source)).exit_code == 0
    return workspace


COMMANDS = {"push": ["push"], "tm": ["tm", "import"], "ingest": ["ingest"]}


def refused(runner, workspace, args: list[str], fragment: str = "") -> None:
    """``press ARGS`` exits 1 with one line holding ``fragment``, and changes nothing."""
    before = snapshot(workspace.root)
    result = invoke(runner, *args)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1, result.output
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert snapshot(workspace.root) == before


@pytest.mark.parametrize(("command", "name", "fragment"), CASES)
def test_refused(release, runner, command, name, fragment):
    refused(runner, release, [*COMMANDS[command], str(HOSTILE / name)], fragment)


@pytest.mark.parametrize("command", ["status", "pull", "ingest"])
@pytest.mark.parametrize("bad_id", IDS)
def test_bad_id(release, runner, tmp_path, command, bad_id):
    source = tmp_path / "release.md"
    args = {
        "status": ["status", bad_id],
        "pull": ["pull", bad_id, "--lang", "kk", "-o", "-"],
        "ingest": ["ingest", str(source), "--id", bad_id],
    }
    refused(runner, release, args[command], "not a valid release id")


@pytest.mark.parametrize(
    ("command", "name", "make"),
    [
        ("push", "huge.po", lambda: b'msgid ""\nmsgstr ""\n' + b"#" * (17 * 1024 * 1024)),
        ("ingest", "nested.html", lambda: b"<html><body>" + b"<div>" * 300_000 + b"Text"),
        ("ingest", "huge.txt", lambda: b"A headline\n\n" + b"word " * (1024 * 1024)),
    ],
    ids=["po-over-the-limit", "html-nested-300000-deep", "txt-over-the-limit"],
)
def test_refused_when_made_now(release, runner, tmp_path, command, name, make):
    """Files too large to keep in the corpus, made here."""
    path = tmp_path / name
    path.write_bytes(make())
    refused(runner, release, [*COMMANDS[command], str(path)])
