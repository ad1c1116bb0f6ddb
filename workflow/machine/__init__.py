"""Machine translation: what press asks of an engine, and the settings it runs with.

An :class:`Engine` translates batches of tagged texts (``tags.py``) between the
office's languages and says what its account has used. ``deepl.py`` is the one
engine, and the only module that imports the ``deepl`` package; it is imported
only by a command that sends something. The cache of what was billed is
``cache.py``; the use case that decides what to send is
``workflow.actions.translate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..errors import PressError

BATCH_TEXTS = 50
"""At most this many texts go in one request."""
BATCH_CHARACTERS = 30_000
"""...and at most about this many characters (DeepL takes requests up to 128 KiB)."""


class MachineError(PressError):
    """The engine refused or failed: a wrong key, no quota, no connection, a language it lacks."""


@dataclass(frozen=True)
class Usage:
    """An account's characters this billing period (``None`` where the engine does not say)."""

    count: int | None
    limit: int | None

    @property
    def left(self) -> int | None:
        if self.count is None or self.limit is None:
            return None
        return max(self.limit - self.count, 0)


@dataclass(frozen=True)
class Draft:
    """One translated text and the characters it was billed."""

    text: str
    billed: int


@dataclass(frozen=True)
class Request:
    """One batch: texts of one release, with the paragraphs around them as context."""

    texts: tuple[str, ...]
    source: str
    target: str
    context: str = ""
    formality: str | None = None
    glossary: str | None = None
    """The engine's id of the glossary to use."""


class Engine(Protocol):
    name: str
    """As the unit's note says it: ``machine: DeepL, 2026-12-02``."""

    def check_languages(self, source: str, target: str) -> bool:
        """Refuse a pair the engine does not translate; whether it takes a formality there."""

    def usage(self) -> Usage: ...

    def translate(self, request: Request) -> list[Draft]: ...

    def glossary(
        self, source: str, target: str, entries: dict[str, str], known: str | None
    ) -> str | None:
        """The id of a glossary holding ``entries`` (``known``: the id made last time, if
        it still exists); ``None`` where the engine keeps no glossaries for the pair."""


@dataclass(frozen=True)
class Settings:
    """``[machine]`` in the config, and what the environment adds (the key stays there)."""

    monthly_characters: int | None = None
    """The office's own cap on billed characters a month; a run that would pass it is refused."""
    formality: str | None = None
    """``more``, ``less``, ``prefer_more``, ``prefer_less``: sent where the target takes it."""
    server_url: str | None = None


FORMALITIES = ("default", "more", "less", "prefer_more", "prefer_less")


def connect(settings: Settings, key: str, server_url: str | None = None) -> Engine:
    """The engine for a key (from ``DEEPL_AUTH_KEY``); ``server_url`` (``DEEPL_SERVER_URL``)
    before the config's. The client library is imported only here, when a command sends."""
    from .deepl import DeepL

    return DeepL(key, server_url or settings.server_url)


def batches(
    texts: Sequence[str],
    *,
    limit: int = BATCH_TEXTS,
    characters: int = BATCH_CHARACTERS,
) -> list[list[int]]:
    """The indexes of ``texts`` in consecutive batches of at most ``limit`` texts and about
    ``characters`` characters (a longer text goes alone).

    >>> batches(["a"] * 5, limit=2)
    [[0, 1], [2, 3], [4]]
    """
    out: list[list[int]] = []
    size = 0
    for i, text in enumerate(texts):
        if not out or len(out[-1]) >= limit or size + len(text) > characters:
            out.append([])
            size = 0
        out[-1].append(i)
        size += len(text)
    return out
