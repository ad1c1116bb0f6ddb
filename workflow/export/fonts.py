"""The font a Word document names, found on this machine, checked and embedded.

A DOCX that only names a font looks right only where that font is installed:
Windows has no DejaVu, and LibreOffice without the named font silently sets a
Kazakh document in another one. So export looks for the named family's TrueType
files (the workspace's own folder first, then the system's font folders), checks
that they have a glyph for every character the document writes and that their
licence allows embedding (the OS/2 ``fsType`` bits), and embeds a subset of each
style in the DOCX, obfuscated as ECMA-376 asks (Part 1, 17.8.1). Word and
LibreOffice both honour such fonts.

fontTools (the font library of the Python world, used by Google Fonts and
LibreOffice's own tooling) reads and subsets the files; this is its only importer.
The subset is of a fixed repertoire (the letters of the three languages, Kazakh
Latin, the punctuation an edition writes) plus whatever else the document
writes, so one subset serves every release: it is made once per process, and
kept in the workspace's ``.press/fonts/`` for the next export.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sys
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

STYLES = ("regular", "bold", "italic", "bold_italic")

REPERTOIRE = frozenset(
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA0, 0x100)]
    + list("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    + list("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
    + list("ÄäĞğİıÑñÖöŞşŪūÜü")
    + list("\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u2022\u2116\u202f\u20b8\u20ac")
)
"""What every subset holds: a later edit in Word of any sentence of the release still
finds its letters."""


@dataclass(frozen=True)
class FontFiles:
    """The TrueType files of one family, by style (a missing style is left out)."""

    family: str
    paths: dict[str, Path]
    cache: Path | None = None
    """Where subsets are kept between runs (``.press/fonts/``); None keeps none."""


def font_folders(workspace_fonts: Path | None = None) -> list[Path]:
    """Where fonts are looked for: the workspace's own folder, then the system's."""
    home = Path.home()
    folders = [workspace_fonts] if workspace_fonts is not None else []
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        folders += [windir / "Fonts", home / "AppData/Local/Microsoft/Windows/Fonts"]
    elif sys.platform == "darwin":
        folders += [home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    else:
        data = os.environ.get("XDG_DATA_HOME", str(home / ".local/share"))
        folders += [Path(data) / "fonts", home / ".fonts"]
        folders += [Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]
    return [folder for folder in folders if folder.is_dir()]


def find_font(family: str, folders: list[Path]) -> FontFiles | None:
    """The family's TrueType files in ``folders`` (looked up once per process)."""
    return _find_font(family, tuple(folders))


@lru_cache(maxsize=8)
def _find_font(family: str, folders: tuple[Path, ...]) -> FontFiles | None:
    """The family's TrueType files in ``folders`` (the first folder that has them wins).

    Files are picked by name first (``DejaVuSerif-Bold.ttf`` for "DejaVu Serif"),
    then confirmed by the font's own name table.
    """
    squeezed = family.replace(" ", "").lower()
    for folder in folders:
        paths: dict[str, Path] = {}
        for path in sorted(folder.rglob("*.[tT][tT][fF]")):
            if not path.name.lower().replace(" ", "").replace("_", "").startswith(squeezed):
                continue
            style = _style_of(path, family)
            if style is not None and style not in paths:
                paths[style] = path
        if "regular" in paths:
            return FontFiles(family, paths)
    return None


def _style_of(path: Path, family: str) -> str | None:
    """The style of a font file of ``family`` (None for another family or a variant such
    as Condensed or Light)."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            names = font["name"]
            found = names.getDebugName(16) or names.getDebugName(1)
            subfamily = (names.getDebugName(17) or names.getDebugName(2) or "").lower()
    except (TTLibError, OSError, KeyError, ValueError):
        return None
    if found != family:
        return None
    return {
        "regular": "regular",
        "book": "regular",
        "roman": "regular",
        "bold": "bold",
        "italic": "italic",
        "oblique": "italic",
        "bold italic": "bold_italic",
        "bold oblique": "bold_italic",
    }.get(subfamily)


def missing_characters(path: Path, text: str) -> list[str]:
    """The characters of ``text`` the font has no glyph for (controls and spaces that
    Word draws itself left out)."""
    cmap = _cmap(path)
    return sorted({c for c in text if ord(c) > 0x20 and ord(c) not in cmap and c != "\t"})


@lru_cache(maxsize=8)
def _cmap(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def may_embed(path: Path) -> bool:
    """Whether the font's licence allows embedding it in a document (OS/2 fsType: not
    restricted, or restricted with preview-and-print or editable embedding allowed)."""
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        fs_type = font["OS/2"].fsType if "OS/2" in font else 0
    return not fs_type & 0x2 or bool(fs_type & 0xC)


def subset(path: Path, characters: frozenset[str], cache: Path | None = None) -> bytes:
    """The font cut down to ``characters`` and the repertoire, the same bytes every time.

    With ``cache``, the subset is kept there under a digest of the font file (its path,
    size and time), the characters and the fontTools version, and read back next time.
    """
    import fontTools

    info = path.stat()
    wanted = characters | REPERTOIRE
    if cache is None:
        return _subset(path, info.st_mtime_ns, wanted)
    key = f"{path}\0{info.st_size}\0{info.st_mtime_ns}\0{fontTools.version}\0"
    key += "".join(sorted(wanted))
    kept = cache / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.ttf"
    try:
        return kept.read_bytes()
    except OSError:
        pass
    data = _subset(path, info.st_mtime_ns, wanted)
    from ..errors import PressError
    from ..fsio import atomic_write

    with contextlib.suppress(OSError, PressError):  # a read-only .press/ only costs time
        atomic_write(kept, data)
    return data


@lru_cache(maxsize=16)
def _subset(path: Path, _stamp: int, characters: frozenset[str]) -> bytes:
    from fontTools import subset as cutter
    from fontTools.ttLib import TTFont

    options = cutter.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.drop_tables += ["FFTM"]  # FontForge's own timestamps: nothing a reader needs
    with TTFont(path, recalcTimestamp=False) as font:
        worker = cutter.Subsetter(options)
        worker.populate(unicodes=sorted(ord(c) for c in characters))
        worker.subset(font)
        out = io.BytesIO()
        font.save(out)
    return out.getvalue()


def font_key(family: str, style: str, data: bytes) -> str:
    """The GUID a font is obfuscated with: derived from the font itself, so the same
    document gives the same bytes (``{XXXXXXXX-XXXX-...}``)."""
    digest = hashlib.sha256(f"{family}\0{style}\0".encode() + data).digest()
    return "{" + str(uuid.UUID(bytes=digest[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376's font obfuscation: the first 32 bytes XORed with the key's 16 bytes in
    reverse order. It is its own inverse.

    >>> key = "{0F4B2C1A-3D5E-4F60-8172-93A4B5C6D7E8}"
    >>> obfuscate(obfuscate(b"x" * 40, key), key) == b"x" * 40
    True
    """
    secret = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ secret[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]
