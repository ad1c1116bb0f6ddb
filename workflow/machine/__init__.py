"""Machine translation: what press asks of an engine, and the settings it runs with.

An :class:`Engine` translates batches of tagged texts (``tags.py``) between the
office's languages and says what its account has used. ``deepl.py`` is the one
engine, and the only module that imports the ``deepl`` package; it is imported
only by a command that sends something. The cache of what was billed is
``cache.py``; the use case that decides what to send is
``workflow.actions.drafts``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol
from urllib.parse import urlsplit

from ..errors import PressError

BATCH_TEXTS = 50
"""At most this many texts go in one request."""
BATCH_BYTES = 64_000
"""...and at most about this many bytes of them as sent (JSON, where a Cyrillic letter is
six bytes): with the context, a request stays under DeepL's 128 KiB."""


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


class Draft(NamedTuple):
    """One translated text and the characters it was billed."""

    text: str
    billed: int


class Request(NamedTuple):
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
    scope: str
    """What the cache keys its drafts by: the engine and, if not its own, the server."""

    def check_languages(self, source: str, target: str) -> bool:
        """Refuse a pair the engine does not translate; whether it takes a formality there."""

    def usage(self) -> Usage: ...

    def translate(self, request: Request) -> list[Draft]: ...

    def glossary(
        self, source: str, target: str, entries: dict[str, str], known: str | None
    ) -> str | None:
        """The id of a glossary holding ``entries`` (``known``: the id made last time, if
        it still exists); ``None`` where the engine keeps no glossaries for the pair."""


class Settings(NamedTuple):
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

    if server_url:
        check_server_url(server_url, "DEEPL_SERVER_URL")
    return DeepL(key, server_url or settings.server_url)


_LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def check_server_url(url: str, where: str) -> str:
    """A server the key may go to: over https, or plain http on this machine only (the key
    travels in a header, and a shared config must not send it elsewhere in clear text).

    >>> check_server_url("http://127.0.0.1:8765", "x")
    'http://127.0.0.1:8765'
    """
    parts = urlsplit(url)
    host = (parts.netloc.rsplit("@", 1)[-1]).rsplit(":", 1)[0] if parts.netloc else ""
    if (parts.scheme == "https" and host) or (parts.scheme == "http" and host in _LOCAL_HOSTS):
        return url
    raise MachineError(
        f"{where} must be an https:// address (or http:// on this machine only): {url[:80]}",
        "the key would travel to it in clear text",
    )


def batches(
    texts: Sequence[str],
    *,
    limit: int = BATCH_TEXTS,
    size: int = BATCH_BYTES,
) -> list[list[int]]:
    """The indexes of ``texts`` in consecutive batches of at most ``limit`` texts and about
    ``size`` bytes as sent (a longer text goes alone).

    >>> batches(["a"] * 5, limit=2)
    [[0, 1], [2, 3], [4]]
    >>> len(batches(["Ассамблея" * 1000] * 3))  # 54 KB each, as JSON
    3
    """
    out: list[list[int]] = []
    taken = 0
    for i, text in enumerate(texts):
        cost = len(json.dumps(text))
        if not out or len(out[-1]) >= limit or taken + cost > size:
            out.append([])
            taken = 0
        out[-1].append(i)
        taken += cost
    return out
