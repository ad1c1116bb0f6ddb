"""DeepL through its official client: the only module that imports ``deepl``.

Each thread gets a client of its own (the client's HTTP session is not shared
between threads). The client retries 429 and 5xx answers and lost connections
itself, with exponential back-off, a bounded number of times
(``deepl.http_client.max_network_retries``); what still fails becomes one
:class:`MachineError` line here. The key is given by the face (from
``DEEPL_AUTH_KEY``) and kept in the client's headers only: no message, file or
journal line ever holds it.

Kazakh, as DeepL offers it: tag handling, but no glossaries, no formality and no
detection as a source, so the source language is always sent.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import deepl

from .. import __version__
from . import Draft, MachineError, Request, Usage

NAME = "DeepL"
_TARGET_CODES = {"en": "EN-GB", "kk": "KK", "ru": "RU"}
"""English in British style, as the official sites of Kazakhstan write it."""
_NO_GLOSSARY = frozenset({"kk"})
_OFFICIAL_HOSTS = frozenset({"api.deepl.com", "api-free.deepl.com"})
_NAMES = {"en": "English", "kk": "Kazakh", "ru": "Russian"}


class DeepL:
    """The DeepL engine for one key and server."""

    name = NAME

    def __init__(self, key: str, server_url: str | None = None) -> None:
        if not key.strip():
            raise MachineError("DEEPL_AUTH_KEY is not set", "set it to the office's DeepL API key")
        self._key = key.strip()
        self._server_url = server_url
        host = urlsplit(server_url).hostname if server_url else None
        official = host is None or host in _OFFICIAL_HOSTS
        self.scope = NAME if official else f"{NAME} at {server_url}"
        """Drafts from another server (a test one) are never served as DeepL's."""
        self._local = threading.local()
        self._targets: dict[str, bool] | None = None
        """DeepL's target codes, and whether each takes a formality."""
        self._sources: set[str] = set()

    def _client(self) -> deepl.Translator:
        client = getattr(self._local, "client", None)
        if client is None:
            client = deepl.Translator(self._key, server_url=self._server_url)
            client.set_app_info("press", __version__)
            self._local.client = client
        return client

    def check_languages(self, source: str, target: str) -> bool:
        """Refuse a pair DeepL does not offer; whether it takes a formality into ``target``."""
        if self._targets is None:
            with _errors():
                client = self._client()
                targets = {
                    lang.code.upper(): bool(lang.supports_formality)
                    for lang in client.get_target_languages()
                }
                self._sources = {lang.code.upper() for lang in client.get_source_languages()}
            self._targets = targets
        if source.upper() not in self._sources:
            raise _missing_language("from", source)
        if _TARGET_CODES[target] not in self._targets:
            raise _missing_language("into", target)
        return self._targets[_TARGET_CODES[target]]

    def usage(self) -> Usage:
        with _errors():
            usage = self._client().get_usage()
        return Usage(usage.character.count, usage.character.limit)

    def translate(self, request: Request) -> list[Draft]:
        options = {
            "source_lang": request.source.upper(),
            "target_lang": _TARGET_CODES[request.target],
            "tag_handling": "xml",
        }
        if request.context:
            options["context"] = request.context
        if request.formality:
            options["formality"] = request.formality
        if request.glossary:
            options["glossary"] = request.glossary
        with _errors():
            results = self._client().translate_text(list(request.texts), **options)
        drafts = [Draft(r.text, r.billed_characters) for r in results]
        if len(drafts) != len(request.texts) or not all(
            isinstance(d.text, str) and type(d.billed) is int and d.billed >= 0 for d in drafts
        ):
            raise _message(ValueError("a malformed answer"))
        return drafts

    def takes_glossary(self, source: str, target: str) -> bool:
        return source not in _NO_GLOSSARY and target not in _NO_GLOSSARY

    def glossary(self, source: str, target: str, entries: dict[str, str], known: str | None) -> str:
        """A glossary with ``entries``: ``known`` if DeepL still has it, else a new one."""
        client = self._client()
        with _errors():
            if known:
                try:
                    client.get_glossary(known)
                    return known
                except deepl.GlossaryNotFoundException:
                    pass
            made = client.create_glossary(
                f"press {source}-{target}", source.upper(), target.upper(), entries
            )
        return made.glossary_id

    def forget_glossary(self, glossary_id: str) -> None:
        """Delete a glossary press made and no longer uses (it does not matter if it fails)."""
        with contextlib.suppress(deepl.DeepLException):
            self._client().delete_glossary(glossary_id)


def _missing_language(way: str, lang: str) -> MachineError:
    return MachineError(
        f"DeepL does not translate {way} {_NAMES[lang]} on this account",
        "translate these units by hand, or ask DeepL about the language",
    )


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """DeepL's exceptions as one line each, never with the key (the client's texts lack it).

    A malformed answer makes the client raise ``AttributeError``, ``TypeError``,
    ``KeyError`` or ``ValueError``; only the client's own call runs inside this block.
    """
    try:
        yield
    except (deepl.DeepLException, AttributeError, TypeError, KeyError, ValueError) as exc:
        raise _message(exc) from None


def _message(exc: Exception) -> MachineError:
    status = getattr(exc, "http_status_code", None)
    if isinstance(exc, deepl.AuthorizationException):
        return MachineError(
            "DeepL refused the key (403)", "check DEEPL_AUTH_KEY: it must be the office's API key"
        )
    if isinstance(exc, deepl.QuotaExceededException):
        return MachineError(
            "the DeepL account's characters for this billing period are used up (456)",
            "wait for the next period or raise the account's limit",
        )
    if isinstance(exc, deepl.TooManyRequestsException):
        return MachineError(
            "DeepL is receiving too many requests (429), also after retrying",
            "try again in a few minutes",
        )
    if isinstance(exc, deepl.ConnectionException):
        return MachineError(
            "cannot reach DeepL (no connection)",
            "check the network, or DEEPL_SERVER_URL if it is set",
        )
    if status is not None and status >= 500:
        return MachineError(
            f"DeepL had a server error ({status}), also after retrying", "try again later"
        )
    if status is not None:
        return MachineError(f"DeepL refused the request ({status})", "try again later")
    return MachineError("DeepL gave an answer press cannot read", "try again later")
