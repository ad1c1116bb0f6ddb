"""Write the binary cases of the hostile corpus: zips, UTF-16, NUL bytes, broken UTF-8.

Run it from anywhere (``python tests/data/hostile/make.py``); it writes beside itself and
is deterministic: the same bytes every run (fixed zip dates, no randomness but a seeded
one). The text cases beside it are written by hand; the PO cases here start from
``po-valid-control.po``, the one file of the corpus that push accepts.
"""

from __future__ import annotations

import random
import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).parent
CONTROL = (HERE / "po-valid-control.po").read_text(encoding="utf-8")
STAMP = (2026, 11, 12, 9, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def paragraphs(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)


def document(body: str, prolog: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'{prolog}<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )


RELEASE = document(
    paragraphs(
        "Kazakhstan and the OSCE discuss interethnic harmony",
        "ASTANA – The sides discussed language policy.",
    )
)


def docx(members: list[tuple[str, bytes | str]]) -> bytes:
    """A zip of these members, deflated, with fixed dates (so the bytes never change)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def word(document_xml: str | bytes, *extra: tuple[str, bytes | str]) -> bytes:
    return docx(
        [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/document.xml", document_xml),
            *extra,
        ]
    )


def lying_sizes(data: bytes, claimed: int) -> bytes:
    """A zip whose every header says its member unpacks to ``claimed`` bytes."""
    out = bytearray(data)
    at = 0
    while (at := out.find(b"PK\x03\x04", at)) >= 0:
        struct.pack_into("<I", out, at + 22, claimed)  # local header: uncompressed size
        at += 4
    at = 0
    while (at := out.find(b"PK\x01\x02", at)) >= 0:
        struct.pack_into("<I", out, at + 24, claimed)  # central directory: uncompressed size
        at += 4
    return bytes(out)


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def cases() -> dict[str, bytes]:
    control = CONTROL.encode("utf-8")
    kazakh = "Тараптар тіл саясатын талқылады."
    russian = "Стороны обсудили языковую политику."
    bomb = document(
        paragraphs("Kazakhstan and the OSCE discuss interethnic harmony") + " " * (6 << 20)
    )
    deep = document("<w:p>" * 2000 + "<w:r><w:t>Deep</w:t></w:r>" + "</w:p>" * 2000)
    many = document("<w:p/>" * 310_000)
    lol = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    seeded = random.Random(2026)
    return {
        # PO encodings
        "po-invalid-utf8.po": control.replace(kazakh.encode(), kazakh.encode()[:9] + b"\xc3\x28"),
        "po-utf16-le-bom.po": CONTROL.encode("utf-16"),
        "po-utf16-be-bom.po": b"\xfe\xff" + CONTROL.encode("utf-16-be"),
        "po-utf16-le-no-bom.po": CONTROL.encode("utf-16-le"),
        "po-utf32-bom.po": CONTROL.encode("utf-32"),
        "po-nul-byte.po": control.replace(b'\nmsgid "News"', b'\nmsgid "News\x00"'),
        "po-nul-byte-in-comment.po": control.replace(b"#. rubric", b"#. rub\x00ric"),
        "po-mixed-utf8-cp1251.po": control
        + b'#: p1.s2 p2\nmsgid "The sides discussed language policy."\nmsgstr "'
        + russian.encode("cp1251")
        + b'"\n',
        "po-mixed-utf8-cp1251-declared.po": control.replace(b"charset=UTF-8", b"charset=CP1251")
        + b'#: q1.s2\nmsgid "Unity is our common asset."\nmsgstr "'
        + "Единство — наше общее достояние.".encode("cp1251")
        + b'"\n',
        "po-random-bytes.po": bytes(seeded.randrange(256) for _ in range(4096)),
        "po-zip-archive.po": word(RELEASE),
        # Markdown and plain text that are not text
        "md-png-image.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x04\x00\x00\x00\x02"
        b"\x08\x02\x00\x00\x00\x00\x00\x00\x00\x00IEND\xaeB`\x82",
        "txt-nul-bytes.txt": b"Kazakhstan and the OSCE discuss interethnic harmony\n\n"
        b"ASTANA \x00\x00\x00 The sides discussed language policy.\n",
        "txt-invalid-utf8.txt": b"Kazakhstan and the OSCE discuss interethnic harmony\n\n"
        b"ASTANA \xe2\x80 The sides discussed language policy.\xff\n",
        "txt-utf16-le-bom.txt": "Kazakhstan and the OSCE discuss interethnic harmony\n\n"
        "ASTANA – The sides discussed language policy.\n".encode("utf-16"),
        "md-utf16-be-bom.md": b"\xfe\xff"
        + '---\ntitle: "Delegation visit"\n---\n\nThe sides discussed language policy.\n'.encode(
            "utf-16-be"
        ),
        "txt-cp1251.txt": "Казахстан и ОБСЕ обсудили вопросы межэтнического согласия\n\n"
        "АСТАНА – Стороны обсудили языковую политику.\n".encode("cp1251"),
        "txt-elf-binary.txt": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
        # TMX that is not text
        "tmx-nul-bytes.tmx": b'<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/>'
        b'<body><tu><tuv xml:lang="en"><seg>News\x00</seg></tuv></tu></body></tmx>\n',
        "tmx-random-bytes.tmx": bytes(seeded.randrange(256) for _ in range(2048)),
        "tmx-gzip.tmx": zlib.compress(b"<tmx/>" * 100),
        # Word files
        "docx-not-a-zip.docx": b"Kazakhstan and the OSCE discuss interethnic harmony\n"
        b"This is plain text saved with a .docx name.\n",
        "docx-empty.docx": b"",
        "docx-truncated.docx": truncated(word(RELEASE)),
        "docx-zip-bomb.docx": word(bomb),
        "docx-zip-bomb-lying-size.docx": lying_sizes(word(bomb), 4096),
        "docx-member-dotdot.docx": word(RELEASE, ("../../evil.txt", "owned")),
        "docx-member-nested-dotdot.docx": word(RELEASE, ("word/../../../evil.xml", "owned")),
        "docx-member-absolute.docx": word(RELEASE, ("/etc/evil.xml", "owned")),
        "docx-member-backslash-dotdot.docx": word(RELEASE, ("..\\..\\evil.txt", "owned")),
        "docx-member-drive-letter.docx": word(RELEASE, ("C:/Windows/evil.txt", "owned")),
        "docx-member-twice-by-case.docx": word(RELEASE, ("WORD/DOCUMENT.XML", RELEASE)),
        "docx-too-many-members.docx": word(
            RELEASE, *((f"word/media/pad{i:04}.xml", "") for i in range(1001))
        ),
        "docx-no-document.docx": docx([("[Content_Types].xml", CONTENT_TYPES)]),
        "docx-external-entity.docx": word(
            document(
                paragraphs("Kazakhstan and the OSCE discuss interethnic harmony", "&secret;"),
                '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n',
            )
        ),
        "docx-billion-laughs.docx": word(
            document(
                paragraphs("Kazakhstan and the OSCE discuss interethnic harmony", "&lol9;"),
                f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{lol}]>\n',
            )
        ),
        "docx-dtd-in-styles.docx": word(
            RELEASE,
            (
                "word/styles.xml",
                '<?xml version="1.0"?>\n<!DOCTYPE w:styles [<!ENTITY x "y">]>'
                f'<w:styles xmlns:w="{W}"><w:style w:styleId="x">&x;</w:style></w:styles>',
            ),
        ),
        "docx-document-not-xml.docx": word(b"Kazakhstan and the OSCE \x00 not XML at all"),
        "docx-deep-nesting.docx": word(deep),
        "docx-many-elements.docx": word(many),
        "docx-ole-encrypted.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(504)
        + "EncryptedPackage".encode("utf-16-le")
        + bytes(64),
        "docx-old-word-doc.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024),
        # HTML that is not text
        "html-nul-bytes.html": b"<!DOCTYPE html><html><body><h1>Kazakhstan \x00\x00</h1>"
        b"<p>The sides\x00 discussed language policy.</p></body></html>",
        "html-utf32.html": "<!DOCTYPE html><html><body><h1>Kazakhstan and the OSCE</h1>"
        "<p>The sides discussed language policy.</p></body></html>".encode("utf-32"),
    }


def main() -> None:
    for name, data in cases().items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
