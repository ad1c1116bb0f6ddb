"""PDF versions of the Word documents, rendered by LibreOffice (``soffice --headless``).

LibreOffice is the one free program that sets a DOCX as Word would, embedded
fonts included; there is no Python library that does, so press runs it as a
program, once for all the documents of a bundle, with a profile of its own (a
running LibreOffice of the user's is left alone). Its PDF stamps the clock in
three places (the creation date, the file ID and LibreOffice's checksum); each is
rewritten, with the same number of bytes so the cross-reference table stays
right, from the release date and the content, so the same bundle gives the
same PDF.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT = 300
"""Seconds LibreOffice may take for one bundle before the export gives up."""

_DATE = re.compile(rb"\(D:\d{14}(?:Z'|[+-]\d\d'\d\d')?\)")
_ID = re.compile(rb"/ID \[ <([0-9A-F]{32})>\s<([0-9A-F]{32})> \]")
_CHECKSUM = re.compile(rb"/DocChecksum /([0-9A-F]{32})")


class PdfError(Exception):
    """LibreOffice failed or is missing: the message says which, in one line."""


def soffice() -> str | None:
    """The LibreOffice program, if this machine has it."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_pdfs(documents: dict[str, bytes], date: dt.date | None) -> dict[str, bytes]:
    """``NAME.pdf`` -> bytes for every ``NAME.docx`` in ``documents``."""
    program = soffice()
    if program is None:
        raise PdfError("LibreOffice is not installed, so no PDF was made")
    with tempfile.TemporaryDirectory(prefix="press-pdf-") as folder:
        root = Path(folder)
        inputs = []
        for name, data in sorted(documents.items()):
            path = root / name
            path.write_bytes(data)
            inputs.append(str(path))
        out = root / "pdf"
        command = [
            program,
            f"-env:UserInstallation={(root / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *inputs,
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise PdfError(f"LibreOffice took over {TIMEOUT} s and was stopped") from None
        except OSError as exc:
            raise PdfError(f"LibreOffice could not be started: {exc.strerror}") from None
        pdfs = {}
        for name in documents:
            made = out / (Path(name).stem + ".pdf")
            if not made.is_file():
                raise PdfError(f"LibreOffice made no PDF of {name}")
            pdfs[Path(name).stem + ".pdf"] = fixed(made.read_bytes(), date)
    return pdfs


def fixed(data: bytes, date: dt.date | None) -> bytes:
    """The PDF with its clock stamps replaced, byte for byte, by the release date and a
    digest of the rest."""
    day = date if date is not None else dt.date(1980, 1, 1)

    data = _DATE.sub(lambda m: f"(D:{day:%Y%m%d}000000".encode() + m.group()[17:], data)
    blank = _CHECKSUM.sub(b"/DocChecksum /" + b"0" * 32, _ID.sub(_blank_id, data))
    digest = hashlib.md5(blank, usedforsecurity=False).hexdigest().upper().encode()
    data = _ID.sub(lambda m: b"/ID [ <" + digest + b">\n<" + digest + b"> ]", data)
    return _CHECKSUM.sub(b"/DocChecksum /" + digest, data)


def _blank_id(match: re.Match) -> bytes:
    return b"/ID [ <" + b"0" * 32 + b">\n<" + b"0" * 32 + b"> ]"
