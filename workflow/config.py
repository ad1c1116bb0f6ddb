"""The workspace's configuration: ``press.toml``, or ``[tool.press]`` in a ``pyproject.toml``.

Every value is checked for its type as well as its content, so a config that a
hand edit broke is one clear line naming the key, never a traceback in some
command that uses it later.
"""

from __future__ import annotations

import difflib
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .errors import WorkspaceError
from .fsio import read_text
from .house import House, parse_house
from .machine import FORMALITIES, MachineError, Settings, check_server_url
from .model import LANGUAGES

CONFIG_NAME = "press.toml"
ROLES = ("translator", "reviewer", "editor", "publisher")
MAX_CONFIG_BYTES = 1024 * 1024
_PERSON_KEYS = ("roles", "languages")


class Person(NamedTuple):
    """Someone named in ``[people.NAME]``: roles, and the languages they work in."""

    name: str
    roles: frozenset[str]
    languages: frozenset[str]

    def works_in(self, lang: str | None) -> bool:
        return lang is None or lang in self.languages


@dataclass(frozen=True)
class Config:
    """What the config says, every value of the right type."""

    organization: str = "Press office"
    source_language: str = "en"
    languages: tuple[str, ...] = LANGUAGES
    people: dict[str, Person] = field(default_factory=dict)
    four_eyes: bool = True
    machine: Settings = field(default_factory=Settings)
    """``[machine]``: the monthly budget of billed characters, formality, another server."""
    house: House = field(default_factory=House)
    """``[letterhead]`` and ``[export]``: what every bundle carries."""
    warnings: tuple[str, ...] = ()
    """What a person should know about the config but that does not stop it working."""

    @property
    def single_user(self) -> bool:
        """A workspace without ``[people]``: one person does everything."""
        return not self.people

    def targets(self, source_language: str) -> list[str]:
        """The languages a release written in ``source_language`` is translated into."""
        return [lang for lang in self.languages if lang != source_language]


def parse_config(data: object, origin: str) -> Config:
    """Check a config table and turn it into a :class:`Config`.

    >>> config = parse_config({"languages": ["en", "kk"], "source_language": "kk"}, "press.toml")
    >>> config.targets("kk")
    ['en']
    """
    if not isinstance(data, dict):
        raise WorkspaceError(f"{origin} is not a table", "see README, 'The workspace'")
    languages = _languages(data.get("languages", list(LANGUAGES)), f"{origin}: languages", None)
    if not languages:
        raise WorkspaceError(
            f"{origin}: languages is empty", f"list some of {', '.join(LANGUAGES)}"
        )
    source = data.get("source_language", languages[0])
    if not isinstance(source, str) or source not in languages:
        raise WorkspaceError(
            f"{origin}: source_language {_shown(source)} is not among the languages",
            "add it to 'languages' or pick another",
        )
    warnings: list[str] = []
    organization = _organization(data.get("organization", Config.organization), origin)
    return Config(
        organization=organization,
        source_language=source,
        languages=languages,
        people=_people(data.get("people", {}), origin, languages, warnings),
        four_eyes=_boolean(data.get("four_eyes", True), "four_eyes", origin),
        machine=_machine(data.get("machine", {}), origin, warnings),
        house=parse_house(data, origin, organization, warnings),
        warnings=tuple(warnings),
    )


def _shown(value: object) -> str:
    return f"'{value}'" if isinstance(value, str) else repr(value)


def _languages(raw: object, where: str, allowed: tuple[str, ...] | None) -> tuple[str, ...]:
    """A list of language codes, each known (and among ``allowed``), none twice."""
    if not isinstance(raw, list) or not all(isinstance(lang, str) for lang in raw):
        raise WorkspaceError(
            f"{where} must be a list of language codes", 'write languages = ["en", "kk"]'
        )
    known = allowed or LANGUAGES
    unknown = [lang for lang in raw if lang not in known]
    if unknown:
        listed = ", ".join(map(repr, unknown))
        message = (
            f"{where}: {listed} not among the workspace's languages"
            if allowed
            else (f"{where}: unknown languages {listed}")
        )
        raise WorkspaceError(message, f"use some of {', '.join(known)}")
    if len(set(raw)) != len(raw):
        raise WorkspaceError(f"{where} names a language twice", "list each language once")
    return tuple(raw)


def _organization(value: object, origin: str) -> str:
    """The office's name: one line of printable text (it goes on every page exported)."""
    if not isinstance(value, str) or not value.strip():
        raise WorkspaceError(
            f"{origin}: organization must be a name in quotes",
            'write organization = "Press office"',
        )
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value) or len(value) > 200:
        raise WorkspaceError(
            f"{origin}: organization must be one line of plain text (at most 200 characters)",
            "remove line breaks and control characters from it",
        )
    return value.strip()


def _boolean(value: object, key: str, origin: str) -> bool:
    if not isinstance(value, bool):
        raise WorkspaceError(f"{origin}: {key} must be true or false", f"write {key} = false")
    return value


_MACHINE_KEYS = ("monthly_characters", "formality", "server_url")


def _machine(table: object, origin: str, warnings: list[str]) -> Settings:
    """``[machine]``: every key checked, an unknown one warned about (a typo would lift a cap)."""
    where = f"{origin}: [machine]"
    if not isinstance(table, dict):
        raise WorkspaceError(f"{where} is not a table", "write [machine] and its keys under it")
    for key in table:
        if key not in _MACHINE_KEYS:
            near = difflib.get_close_matches(key, _MACHINE_KEYS, n=1, cutoff=0.6)
            guess = f" (did you mean '{near[0]}'?)" if near else ""
            warnings.append(f"{where}: '{key}' is not read{guess}")
    budget = table.get("monthly_characters")
    if budget is not None and (
        isinstance(budget, bool) or not isinstance(budget, int) or budget <= 0
    ):
        raise WorkspaceError(
            f"{where}: monthly_characters must be a whole number above 0",
            "write monthly_characters = 500000",
        )
    formality = table.get("formality")
    if formality is not None and formality not in FORMALITIES:
        raise WorkspaceError(
            f"{where}: formality {_shown(formality)} is not one DeepL knows",
            f"use one of {', '.join(FORMALITIES)}",
        )
    server = table.get("server_url")
    if server is not None:
        try:
            check_server_url(server if isinstance(server, str) else "", f"{where}: server_url")
        except MachineError as exc:
            raise WorkspaceError(
                exc.message, 'write server_url = "https://api.deepl.com"'
            ) from None
    return Settings(budget, formality, server)


def _people(
    table: object, origin: str, languages: tuple[str, ...], warnings: list[str]
) -> dict[str, Person]:
    if not isinstance(table, dict):
        raise WorkspaceError(
            f"{origin}: people must be tables, one per person",
            'write [people.aigerim] with roles = ["translator"] under it',
        )
    people = {}
    for name, entry in table.items():
        where = f"{origin}: [people.{name}]"
        if not name.strip() or len(name) > 80 or not name.isprintable():
            raise WorkspaceError(
                f"{where}: a person's name is one line of at most 80 printable characters",
                "use a short login-like name, e.g. [people.aigerim]",
            )
        if not isinstance(entry, dict):
            raise WorkspaceError(f"{where} is not a table", 'write roles = ["translator"] under it')
        for key in entry:
            near = difflib.get_close_matches(key, _PERSON_KEYS, n=1, cutoff=0.6)
            if key not in _PERSON_KEYS and near:  # a typo would quietly change what they may do
                warnings.append(f"{where}: '{key}' is not read (did you mean '{near[0]}'?)")
        people[name] = Person(
            name, _roles(entry.get("roles"), where), _person_languages(entry, where, languages)
        )
    return people


def _roles(raw: object, where: str) -> frozenset[str]:
    hint = f"use some of {', '.join(ROLES)}"
    if not isinstance(raw, list) or not all(isinstance(role, str) for role in raw):
        raise WorkspaceError(
            f"{where}: roles must be a list of roles", f'write roles = ["translator"]; {hint}'
        )
    unknown = [role for role in raw if role not in ROLES]
    if unknown or not raw:
        names = ", ".join(map(repr, unknown)) if unknown else "none"
        raise WorkspaceError(
            f"{where} has unknown roles: {names}" if unknown else f"{where} has no roles", hint
        )
    return frozenset(raw)


def _person_languages(entry: dict, where: str, languages: tuple[str, ...]) -> frozenset[str]:
    raw = entry.get("languages", list(languages))
    return frozenset(_languages(raw, f"{where}: languages", languages))


# Reading and writing the file


def _load_toml(path: Path) -> dict:
    text = read_text(path, limit=MAX_CONFIG_BYTES, fix="save it as UTF-8 text")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WorkspaceError(f"{path.name} cannot be read: {exc}", "fix its syntax") from None


def config_table(folder: Path) -> tuple[object, str] | None:
    """The press config in ``folder`` and where it is, if the folder is a workspace root."""
    own = folder / CONFIG_NAME
    if own.is_file():
        return _load_toml(own), CONFIG_NAME
    project = folder / "pyproject.toml"
    if project.is_file():
        tool = _load_toml(project).get("tool", {})
        if not isinstance(tool, dict):
            raise WorkspaceError("pyproject.toml: tool is not a table", "write it as [tool.press]")
        if "press" in tool:
            return tool["press"], "pyproject.toml [tool.press]"
    return None


def render_config(organization: str, source_language: str, languages: list[str]) -> str:
    """The text of a new ``press.toml``."""
    langs = ", ".join(f'"{lang}"' for lang in languages)
    org = organization.replace("\\", "\\\\").replace('"', '\\"')
    return (
        "# press workspace configuration\n"
        f'organization = "{org}"\n'
        f'source_language = "{source_language}"\n'
        f"languages = [{langs}]\n"
        "\n"
        "# People and roles (optional; without them the workspace is single-user):\n"
        "# [people.aigerim]\n"
        '# roles = ["translator"]\n'
        '# languages = ["kk"]\n'
    )
