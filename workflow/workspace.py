"""The workspace: finding its root, every path in it, and the lock.

A workspace is a folder with ``press.toml`` (or a ``pyproject.toml`` holding
``[tool.press]``), found by walking up from a folder; ``PRESS_ROOT`` names it
instead, as ``GIT_DIR`` does for git. Every release id is checked before it
becomes part of a path.
"""

from __future__ import annotations

import contextlib
import difflib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from .config import CONFIG_NAME, Config, config_table, parse_config, render_config
from .errors import NotFound, WorkspaceError
from .fsio import MB, atomic_write, confined_to
from .house import check_logo
from .locales import check_language
from .model import LANGUAGES, is_valid_id

LOCK_TIMEOUT = 30.0
LOCK_NOTICE = 1.0
"""Seconds of waiting for the workspace lock after which :attr:`Workspace.on_lock_wait`
is called (once), so that a person is not left in silence for ``LOCK_TIMEOUT``."""
GITIGNORE = "exports/\n.press/\n"
GITATTRIBUTES = "releases/*/journal.jsonl merge=union\n"


MAX_SOURCE_MD_BYTES = 32 * MB
"""The largest ``source.md`` press reads: its own, which a hand edit may have grown."""
ORIGINAL_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm")
"""The types of file a release may be ingested from (``releases/<id>/original.<ext>``)."""


class Workspace:
    """A press workspace rooted at ``root``."""

    def __init__(self, root: Path, config: Config) -> None:
        self.root = root
        self.config = config
        check_logo(root, config.house)
        self._lock = None  # a filelock.FileLock, made by the first lock()

    @classmethod
    def find(cls, start: Path | None = None) -> Workspace:
        """The workspace that holds ``start`` (default: the current folder).

        ``PRESS_ROOT`` overrides the search.
        """
        override = os.environ.get("PRESS_ROOT")
        if override:
            root = Path(override).resolve()
            found = config_table(root)
            if found is None:
                raise WorkspaceError(
                    f"PRESS_ROOT={override} is not a press workspace",
                    "run 'press init' there or unset PRESS_ROOT",
                )
            return cls(root, parse_config(*found))
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            found = config_table(folder)
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
        return self.root / source_name(release_id)

    def original_path(self, release_id: str, suffix: str) -> Path:
        """The file a release was ingested from, kept verbatim: ``original.<ext>``."""
        if suffix not in ORIGINAL_SUFFIXES:
            raise ValueError(f"not a source file type: {suffix!r}")
        return self.release_dir(release_id) / f"original{suffix}"

    def journal_path(self, release_id: str) -> Path:
        return self.root / journal_name(release_id)

    def catalog_path(self, release_id: str, lang: str) -> Path:
        return self.root / catalog_name(release_id, lang)

    def export_dir(self, release_id: str) -> Path:
        return self.root / "exports" / check_id(release_id)

    def release_ids(self) -> list[str]:
        """Every release of the workspace, sorted (ids start with their date)."""
        # strings, not Path objects: over 10,000 releases this is a third of a warm status
        try:
            entries = list(os.scandir(self.releases_dir))
        except (FileNotFoundError, NotADirectoryError):
            return []
        return sorted(
            entry.name
            for entry in entries
            if is_valid_id(entry.name) and os.path.isfile(os.path.join(entry.path, "source.md"))
        )

    def has_release(self, release_id: str) -> bool:
        return self.source_path(release_id).is_file()

    def require_release(self, release_id: str) -> None:
        """Refuse an id the workspace has no release of, suggesting the ids it meant."""
        if self.has_release(release_id):
            return
        ids = self.release_ids()
        close = [i for i in ids if release_id in i] or [
            i for i in ids if _similar(release_id, i[: len(release_id) + 1]) >= 0.8
        ]
        if close:
            hint = f"did you mean {' or '.join(close[:3])}?"
        else:
            hint = "run 'press list' to see the releases"
        raise NotFound(f"no release '{release_id}' in this workspace", hint)

    on_lock_wait: Callable[[], None] | None = None
    """Called once when :meth:`lock` has waited ``LOCK_NOTICE`` seconds for another
    holder and goes on waiting: the command line tells the user (the library prints
    nothing)."""

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the workspace lock: one writing command at a time.

        The lock is reentrant for this object (an action may call another while it
        holds it); another :class:`Workspace`, or another process, waits for it, up to
        ``LOCK_TIMEOUT`` seconds, calling :attr:`on_lock_wait` after ``LOCK_NOTICE``.
        """
        from filelock import FileLock, Timeout  # 20 ms of imports: only writers pay them

        if self._lock is None:
            self.state_dir.mkdir(exist_ok=True)
            self._lock = FileLock(self.state_dir / "lock")
        try:
            # a short poll: the workers of export --all take it twice per release
            if self.on_lock_wait is None:
                self._lock.acquire(timeout=LOCK_TIMEOUT, poll_interval=0.005)
            else:
                try:
                    self._lock.acquire(timeout=LOCK_NOTICE, poll_interval=0.005)
                except Timeout:
                    self.on_lock_wait()
                    left = LOCK_TIMEOUT - LOCK_NOTICE
                    self._lock.acquire(timeout=left, poll_interval=0.005)
        except Timeout:
            raise WorkspaceError(
                "another press command is changing this workspace",
                "wait for it to finish and try again",
            ) from None
        try:
            with confined_to(self.root):
                yield
        finally:
            self._lock.release()

    @contextlib.contextmanager
    def sending_lock(self) -> Iterator[None]:
        """Hold the machine-translation lock: one run at a time looks up what is paid for,
        checks the budget and sends (two at once would pay twice for the same texts).
        It is not the workspace lock, so other commands go on while a run waits for DeepL."""
        from filelock import FileLock, Timeout

        self.state_dir.mkdir(exist_ok=True)
        lock = FileLock(self.state_dir / "machine.lock")
        try:
            lock.acquire(timeout=LOCK_TIMEOUT)
        except Timeout:
            raise WorkspaceError(
                "another press translate is sending to DeepL from this workspace",
                "wait for it to finish: what it pays for is then in the cache",
            ) from None
        try:
            yield
        finally:
            lock.release()

    @property
    def locked(self) -> bool:
        """Whether this object holds the lock now (in this thread)."""
        return self._lock is not None and self._lock.is_locked


def _similar(a: str, b: str) -> float:
    """How alike two ids (or an id and the start of another) are, 0 to 1."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# A release's files by their names in the workspace (POSIX, relative to its root),
# for the derived caches that key on them and stat thousands of files as strings.


def source_name(release_id: str) -> str:
    return f"releases/{check_id(release_id)}/source.md"


def journal_name(release_id: str) -> str:
    return f"releases/{check_id(release_id)}/journal.jsonl"


def catalog_name(release_id: str, lang: str) -> str:
    return f"translations/{check_language(lang)}/{check_id(release_id)}.po"


def check_id(release_id: str) -> str:
    """Refuse anything but a slug before it touches a path."""
    if not is_valid_id(release_id):
        raise WorkspaceError(
            f"'{release_id}' is not a valid release id",
            "use lower-case ASCII letters, digits and hyphens, e.g. 2026-11-26-osce-delegation",
        )
    return release_id


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
    if config_table(folder) is not None:
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
