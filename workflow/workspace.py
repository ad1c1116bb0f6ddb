"""The workspace: finding its root, its config, its paths, the lock and atomic writes."""

from __future__ import annotations

import contextlib
import os
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .errors import WorkspaceError
from .model import LANGUAGES, is_valid_id

CONFIG_NAME = "press.toml"
_UMASK = os.umask(0o22)
os.umask(_UMASK)
LOCK_TIMEOUT = 30.0


@dataclass(frozen=True)
class Config:
    """What ``press.toml`` (or ``[tool.press]`` in ``pyproject.toml``) says."""

    organization: str = "Press office"
    source_language: str = "en"
    languages: tuple[str, ...] = LANGUAGES
    people: dict[str, Person] = field(default_factory=dict)
    four_eyes: bool = True

    @property
    def single_user(self) -> bool:
        """A workspace without ``[people]``: one person does everything."""
        return not self.people

    def targets(self, source_language: str) -> list[str]:
        """The languages a release written in ``source_language`` is translated into."""
        return [lang for lang in self.languages if lang != source_language]


def parse_config(data: dict, origin: str) -> Config:
    """Check a config table and turn it into a :class:`Config`."""
    raw = data.get("languages", list(LANGUAGES))
    if not isinstance(raw, list) or not all(isinstance(lang, str) for lang in raw):
        raise WorkspaceError(
            f"{origin}: languages must be a list", 'write languages = ["en", "kk"]'
        )
    languages = tuple(raw)
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown or not languages:
        raise WorkspaceError(
            f"{origin}: unknown languages {unknown or '[]'}",
            f"list some of {', '.join(LANGUAGES)}",
        )
    source = data.get("source_language", languages[0])
    if source not in languages:
        raise WorkspaceError(
            f"{origin}: source_language '{source}' is not among the languages",
            "add it to 'languages' or pick another",
        )
    return Config(
        organization=str(data.get("organization", Config.organization)),
        source_language=source,
        languages=languages,
        people=_parse_people(data.get("people", {}), origin, languages),
        four_eyes=_boolean(data.get("four_eyes", True), "four_eyes", origin),
    )


def _boolean(value, key: str, origin: str) -> bool:
    if not isinstance(value, bool):
        raise WorkspaceError(f"{origin}: {key} must be true or false", f"write {key} = false")
    return value


ROLES = ("translator", "reviewer", "editor", "publisher")


@dataclass(frozen=True)
class Person:
    """Someone named in ``[people.NAME]``: roles, and the languages they work in."""

    name: str
    roles: frozenset[str]
    languages: frozenset[str]

    def works_in(self, lang: str | None) -> bool:
        return lang is None or lang in self.languages


def _parse_people(table: dict, origin: str, languages: tuple[str, ...]) -> dict[str, Person]:
    people = {}
    for name, entry in table.items():
        if not isinstance(entry, dict):
            raise WorkspaceError(f"{origin}: [people.{name}] is not a table", "see README")
        roles = entry.get("roles", [])
        unknown = [r for r in roles if r not in ROLES]
        if unknown or not roles:
            raise WorkspaceError(
                f"{origin}: [people.{name}] has unknown roles {unknown or '[]'}",
                f"use some of {', '.join(ROLES)}",
            )
        langs = entry.get("languages", list(languages))
        if any(lang not in languages for lang in langs):
            raise WorkspaceError(
                f"{origin}: [people.{name}] names a language the workspace does not have",
                f"use some of {', '.join(languages)}",
            )
        people[name] = Person(name, frozenset(roles), frozenset(langs))
    return people


def _load_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise WorkspaceError(f"{path.name} cannot be read: {exc}", "fix its syntax") from None


def _config_table(folder: Path) -> tuple[dict, str] | None:
    """The press config in ``folder``, if the folder is a workspace root."""
    own = folder / CONFIG_NAME
    if own.is_file():
        return _load_toml(own), CONFIG_NAME
    project = folder / "pyproject.toml"
    if project.is_file():
        table = _load_toml(project).get("tool", {}).get("press")
        if table is not None:
            return table, "pyproject.toml [tool.press]"
    return None


class Workspace:
    """A press workspace rooted at ``root``."""

    def __init__(self, root: Path, config: Config) -> None:
        self.root = root
        self.config = config

    @classmethod
    def find(cls, start: Path | None = None) -> Workspace:
        """The workspace that holds ``start`` (default: the current folder).

        ``PRESS_ROOT`` overrides the search.
        """
        override = os.environ.get("PRESS_ROOT")
        if override:
            root = Path(override).resolve()
            found = _config_table(root)
            if found is None:
                raise WorkspaceError(
                    f"PRESS_ROOT={override} is not a press workspace",
                    "run 'press init' there or unset PRESS_ROOT",
                )
            return cls(root, parse_config(*found))
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            found = _config_table(folder)
            if found is not None:
                return cls(folder, parse_config(*found))
        raise WorkspaceError(
            "not inside a press workspace",
            "run 'press init' to create one, or set PRESS_ROOT",
        )

    # Paths. Every id is checked before it becomes part of a path.

    @property
    def releases_dir(self) -> Path:
        return self.root / "releases"

    @property
    def translations_dir(self) -> Path:
        return self.root / "translations"

    @property
    def state_dir(self) -> Path:
        return self.root / ".press"

    def release_dir(self, release_id: str) -> Path:
        return self.releases_dir / check_id(release_id)

    def source_path(self, release_id: str) -> Path:
        return self.release_dir(release_id) / "source.md"

    def journal_path(self, release_id: str) -> Path:
        return self.release_dir(release_id) / "journal.jsonl"

    def catalog_path(self, release_id: str, lang: str) -> Path:
        if lang not in LANGUAGES:
            raise WorkspaceError(f"unknown language '{lang}'", f"use one of {', '.join(LANGUAGES)}")
        return self.translations_dir / lang / f"{check_id(release_id)}.po"

    def export_dir(self, release_id: str) -> Path:
        return self.root / "exports" / check_id(release_id)

    def release_ids(self) -> list[str]:
        """Every release of the workspace, sorted (ids start with their date)."""
        if not self.releases_dir.is_dir():
            return []
        return sorted(
            p.name
            for p in self.releases_dir.iterdir()
            if is_valid_id(p.name) and (p / "source.md").is_file()
        )

    def has_release(self, release_id: str) -> bool:
        return self.source_path(release_id).is_file()

    def require_release(self, release_id: str) -> None:
        if not self.has_release(release_id):
            raise WorkspaceError(
                f"no release '{release_id}' in this workspace",
                "run 'press list' to see the releases",
            )

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the workspace lock: one writing command at a time."""
        from filelock import FileLock, Timeout

        self.state_dir.mkdir(exist_ok=True)
        try:
            with FileLock(self.state_dir / "lock", timeout=LOCK_TIMEOUT):
                yield
        except Timeout:
            raise WorkspaceError(
                "another press command is changing this workspace",
                "wait for it to finish and try again",
            ) from None


def check_id(release_id: str) -> str:
    """Refuse anything but a slug before it touches a path."""
    if not is_valid_id(release_id):
        raise WorkspaceError(
            f"'{release_id}' is not a valid release id",
            "use lower-case ASCII letters, digits and hyphens, e.g. 2026-11-26-osce-delegation",
        )
    return release_id


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` when the block succeeds, and never in part.

    Written to a temporary file in the same folder, fsynced, then renamed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    fsync_dir(path.parent)


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what a new file gets under the umask.

    (mkstemp makes files only their owner can read; a shared workspace needs better.)
    """
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_UMASK


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a mix."""
    with atomic_file(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def append_line(path: Path, line: str) -> None:
    """Append one line to a log file and flush it to disk (the journal is append-only)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8", newline="\n") as handle:
        handle.write(line.rstrip("\n") + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform allows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


GITIGNORE = "exports/\n.press/\n"
GITATTRIBUTES = "releases/*/journal.jsonl merge=union\n"


def render_config(organization: str, source_language: str, languages: list[str]) -> str:
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


def init_workspace(
    folder: Path,
    organization: str = "Press office",
    source_language: str = "en",
    languages: list[str] | None = None,
) -> Workspace:
    """Create a workspace in ``folder``; refuse if one is there already."""
    languages = list(languages or LANGUAGES)
    config = parse_config(
        {"organization": organization, "source_language": source_language, "languages": languages},
        "press init",
    )
    folder.mkdir(parents=True, exist_ok=True)
    if _config_table(folder) is not None:
        raise WorkspaceError(
            f"{folder} is a press workspace already", "use it, or choose another folder"
        )
    atomic_write(folder / CONFIG_NAME, render_config(organization, source_language, languages))
    for sub in ("releases", "translations"):
        (folder / sub).mkdir(exist_ok=True)
    gitignore = folder / ".gitignore"
    existing = gitignore.read_text(encoding="utf-8") if gitignore.exists() else ""
    missing = [line for line in GITIGNORE.splitlines() if line not in existing.splitlines()]
    if missing:
        sep = "" if not existing or existing.endswith("\n") else "\n"
        atomic_write(gitignore, existing + sep + "\n".join(missing) + "\n")
    attributes = folder / ".gitattributes"
    if not attributes.exists():
        atomic_write(attributes, GITATTRIBUTES)
    return Workspace(folder.resolve(), config)
