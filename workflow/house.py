"""The house style of the office's bundles: ``[letterhead]`` and ``[export]`` in the config.

``[letterhead]`` names the office in each language and says how to reach it
(address, phone, e-mail, website, a logo, the media contact and the end mark
under every release); ``[export]`` names the font, the release-date pattern of
each language, the variants to build (``kk-Latn``) and the loan-letter
conventions of the Kazakh Latin script. Every value is checked for its type
and content here, when the config is read, so a hand edit that broke one is one
line naming the key, never a half-written bundle.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from .errors import WorkspaceError
from .locales import RELEASE_DATE_PATTERNS, is_date_pattern

LOGO_SUFFIXES = (".png", ".svg")
MAX_LOGO_BYTES = 2 * 1024 * 1024
VARIANTS = ("kk-Latn",)
"""The export variants press can build beside the three languages."""
DEFAULT_FONT = "DejaVu Serif"
DEFAULT_END_MARK = "###"
DEFAULT_DATE_PATTERNS = RELEASE_DATE_PATTERNS
"""Official press usage (see LANGUAGE.md), not CLDR's defaults."""

_LETTERHEAD_KEYS = ("name", "address", "contact", "phone", "email", "website", "logo", "end_mark")
_EXPORT_KEYS = ("font", "font_dir", "dates", "variants", "latin")
_PER_LANGUAGE = ("name", "address", "contact")


class Letterhead(NamedTuple):
    """One language's letterhead: who the office is and how to reach it."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    contact: str = ""
    """The media contact under the release (a person, a phone, an address)."""
    end_mark: str = DEFAULT_END_MARK
    logo: str | None = None
    """The logo's path in the workspace (``letterhead/logo.png``), checked when read."""


@dataclass(frozen=True)
class House:
    """``[letterhead]`` and ``[export]``: what every bundle of the workspace carries."""

    organization: str = "Press office"
    names: dict[str, str] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)
    contacts: dict[str, str] = field(default_factory=dict)
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: str | None = None
    end_mark: str = DEFAULT_END_MARK
    font: str = DEFAULT_FONT
    font_dir: str | None = None
    """A folder of the workspace holding the font's files, looked in before the system's."""
    date_patterns: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_DATE_PATTERNS))
    variants: tuple[str, ...] = ()
    latin: dict[str, str] = field(default_factory=dict)
    """Loan-letter conventions of the Kazakh Latin script that differ from the defaults."""

    def letterhead(self, lang: str) -> Letterhead:
        """The letterhead in ``lang`` (``kk-Latn`` takes the Kazakh one; the caller
        transliterates it); a name or address not given in a language is the
        source language's, then the organization's."""
        base = lang.split("-")[0]
        return Letterhead(
            name=self.names.get(base) or self.organization,
            address=self.addresses.get(base, ""),
            phone=self.phone,
            email=self.email,
            website=self.website,
            contact=self.contacts.get(base, ""),
            end_mark=self.end_mark,
            logo=self.logo,
        )


def parse_house(table: dict, origin: str, organization: str, warnings: list[str]) -> House:
    """``[letterhead]`` and ``[export]`` of a config table, every value checked."""
    letterhead = _table(table.get("letterhead", {}), f"{origin}: [letterhead]")
    export = _table(table.get("export", {}), f"{origin}: [export]")
    _warn_unknown(letterhead, _LETTERHEAD_KEYS, f"{origin}: [letterhead]", warnings)
    _warn_unknown(export, _EXPORT_KEYS, f"{origin}: [export]", warnings)
    where = f"{origin}: [letterhead]"
    per_language = {
        key: _per_language(letterhead.get(key, {}), f"{where} {key}") for key in _PER_LANGUAGE
    }
    dates = _per_language(export.get("dates", {}), f"{origin}: [export] dates", limit=60)
    return House(
        organization=organization,
        names=per_language["name"],
        addresses=per_language["address"],
        contacts=per_language["contact"],
        phone=_line(letterhead.get("phone", ""), f"{where} phone", 60),
        email=_email(letterhead.get("email", ""), f"{where} email"),
        website=_website(letterhead.get("website", ""), f"{where} website"),
        logo=_logo_path(letterhead.get("logo"), f"{where} logo"),
        end_mark=_line(letterhead.get("end_mark", DEFAULT_END_MARK), f"{where} end_mark", 20),
        font=_font(export.get("font", DEFAULT_FONT), f"{origin}: [export] font"),
        font_dir=_inside(
            export.get("font_dir"), f"{origin}: [export] font_dir", 'font_dir = "fonts"'
        ),
        date_patterns={**DEFAULT_DATE_PATTERNS, **_date_patterns(dates, origin)},
        variants=_variants(export.get("variants", []), f"{origin}: [export] variants"),
        latin=_latin(export.get("latin", {}), f"{origin}: [export.latin]"),
    )


def check_logo(root: Path, house: House) -> None:
    """The configured logo is a PNG or SVG file inside the workspace, of a sane size."""
    if house.logo is None:
        return
    where = f"[letterhead] logo '{house.logo}'"
    path = root / house.logo
    if path.is_symlink() or not path.is_file():
        raise WorkspaceError(
            f"{where} is not a file in the workspace", "put the logo there or remove the key"
        )
    size = path.stat().st_size
    if not 0 < size <= MAX_LOGO_BYTES:
        raise WorkspaceError(
            f"{where} is {'empty' if not size else 'over 2 MB'}", "use a logo of up to 2 MB"
        )
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not logo_matches(house.logo, head):
        raise WorkspaceError(
            f"{where} is not a {PurePosixPath(house.logo).suffix[1:].upper()} image",
            "save the logo as PNG or SVG under that name",
        )


def logo_matches(name: str, head: bytes) -> bool:
    """Whether a logo's first bytes are what its name says (PNG signature, SVG markup).

    >>> logo_matches("a.png", b"\\x89PNG\\r\\n\\x1a\\n...."), logo_matches("a.svg", b"GIF89a")
    (True, False)
    """
    if name.lower().endswith(".png"):
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and b"<svg" in head.lower()


# -- values -----------------------------------------------------------------------


def _table(value: object, where: str) -> dict:
    if not isinstance(value, dict):
        raise WorkspaceError(f"{where} is not a table", "write the section and its keys under it")
    return value


def _warn_unknown(table: dict, known: tuple[str, ...], where: str, warnings: list[str]) -> None:
    for key in table:
        if key not in known:
            near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            guess = f" (did you mean '{near[0]}'?)" if near else ""
            warnings.append(f"{where}: '{key}' is not read{guess}")


def _line(value: object, where: str, limit: int = 200) -> str:
    """One line of printable text, at most ``limit`` characters."""
    if not isinstance(value, str):
        raise WorkspaceError(
            f"{where} must be text in quotes", f'write {where.split()[-1]} = "..."'
        )
    if len(value) > limit or any(
        unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value
    ):
        raise WorkspaceError(
            f"{where} must be one line of plain text (at most {limit} characters)",
            "remove line breaks and control characters from it",
        )
    return value.strip()


def _per_language(value: object, where: str, limit: int = 200) -> dict[str, str]:
    """One text for every language, or a table of them (``en = "..."``, ``kk = "..."``)."""
    from .model import LANGUAGES

    if isinstance(value, str):
        text = _line(value, where, limit)
        return dict.fromkeys(LANGUAGES, text) if text else {}
    if not isinstance(value, dict):
        raise WorkspaceError(
            f"{where} must be text or a table of languages", 'write en = "...", kk = "..."'
        )
    unknown = [lang for lang in value if lang not in LANGUAGES]
    if unknown:
        raise WorkspaceError(
            f"{where}: '{unknown[0]}' is not one of the languages",
            f"use {', '.join(LANGUAGES)}",
        )
    found = {lang: _line(text, f"{where}.{lang}", limit) for lang, text in value.items()}
    return {lang: text for lang, text in found.items() if text}


def _email(value: object, where: str) -> str:
    text = _line(value, where, 120)
    if text and (text.count("@") != 1 or " " in text or text.startswith("@") or text.endswith("@")):
        raise WorkspaceError(f"{where} '{text}' is not an e-mail address", "write name@domain")
    return text


def _website(value: object, where: str) -> str:
    text = _line(value, where, 200)
    if text and (not text.startswith(("https://", "http://")) or " " in text):
        raise WorkspaceError(
            f"{where} '{text}' is not a web address", "write it with https://, as on a browser"
        )
    return text


def _inside(value: object, where: str, example: str) -> str | None:
    """A relative path that stays inside the workspace (``fonts``, ``letterhead/logo.png``)."""
    if value is None:
        return None
    text = _line(value, where, 200)
    path = PurePosixPath(text.replace("\\", "/"))
    if not text or path.is_absolute() or ".." in path.parts or ":" in text:
        raise WorkspaceError(f"{where} must be a path inside the workspace", f"write {example}")
    return path.as_posix()


def _logo_path(value: object, where: str) -> str | None:
    text = _inside(value, where, 'logo = "letterhead/logo.png"')
    if text is None:
        return None
    path = PurePosixPath(text)
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise WorkspaceError(f"{where} must be a .png or .svg file", "save the logo as PNG or SVG")
    return path.as_posix()


def _font(value: object, where: str) -> str:
    text = _line(value, where, 60)
    if not text or any(c in text for c in '<>&"'):
        raise WorkspaceError(f"{where} must name a font family", 'write font = "DejaVu Serif"')
    return text


def _date_patterns(patterns: dict[str, str], origin: str) -> dict[str, str]:
    """Each pattern must be one Babel can format, with a day, a month and a year in it."""
    for lang, pattern in patterns.items():
        if not is_date_pattern(pattern, lang):
            raise WorkspaceError(
                f"{origin}: [export] dates.{lang} '{pattern}' is not a date pattern with a day, "
                "a month and a year",
                f'write dates.{lang} = "{DEFAULT_DATE_PATTERNS[lang]}" (Babel\'s date patterns)',
            )
    return patterns


def _variants(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise WorkspaceError(f"{where} must be a list", 'write variants = ["kk-Latn"]')
    unknown = [v for v in value if v not in VARIANTS]
    if unknown:
        raise WorkspaceError(
            f"{where}: '{unknown[0]}' is not a variant press builds", f"use {', '.join(VARIANTS)}"
        )
    return tuple(dict.fromkeys(value))


def _latin(value: object, where: str) -> dict[str, str]:
    if value == {}:
        return {}
    from .latin import DEFAULT_CONVENTIONS, check_conventions

    table = check_conventions(value, where)
    return {k: v for k, v in table.items() if DEFAULT_CONVENTIONS.get(k) != v}
