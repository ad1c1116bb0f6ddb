"""A small server on 127.0.0.1 that speaks DeepL's v2 API, for the official client to talk to.

It answers what press asks of DeepL, as DeepL does: ``POST /v2/translate``
(JSON, a list of texts; every result with ``detected_source_language``, ``text``
and ``billed_characters``), ``GET /v2/usage``, ``GET /v2/languages``,
``/v2/glossaries`` (create, get, list, entries, delete), and the error statuses
403 (wrong key), 456 (quota), 429 and 5xx (on demand). Kazakh is offered as
DeepL offers it: no formality and no glossaries (a request with either is
refused with 400, as DeepL refuses it).

Its "translation" is a phrasebook of real sentences, and for anything else a
letter-by-letter transliteration that keeps tags, entities and numbers, so a
test can tell a draft from its source and check what came back. A glossary is
applied as DeepL applies one: its target term in place of its source term.
Tests can slow it down (``latency``), make it fail (``fail``), or spoil what it
sends back (``spoil``).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

KEY = "f63c02c5-f056-4a58-9e1c-1d1e0f3e0a11:fx"

TARGETS = {
    "EN-GB": ("English (British)", False),
    "EN-US": ("English (American)", False),
    "DE": ("German", True),
    "KK": ("Kazakh", False),
    "RU": ("Russian", True),
}
SOURCES = {"DE": "German", "EN": "English", "KK": "Kazakh", "RU": "Russian"}
NO_GLOSSARY = {"KK"}

PHRASEBOOK = {
    ("KK", "The sides discussed language policy."): "Тараптар тіл саясатын талқылады.",
    ("RU", "The sides discussed language policy."): "Стороны обсудили языковую политику.",
    ("KK", "We value our cooperation."): "Біз ынтымақтастығымызды бағалаймыз.",
    ("RU", "We value our cooperation."): "Мы ценим наше сотрудничество.",
    ("KK", "Unity is our common asset."): "Бірлік – ортақ байлығымыз.",
    ("RU", "Unity is our common asset."): "Единство – наше общее достояние.",
    ("KK", "ASTANA"): "АСТАНА",
    ("RU", "ASTANA"): "АСТАНА",
    ("KK", "News"): "Жаңалықтар",
    ("RU", "News"): "Новости",
    ("KK", "Kazakhstan and the OSCE discuss interethnic harmony"): (
        "Қазақстан мен ЕҚЫҰ ұлтаралық келісімді талқылады"
    ),
    ("RU", "Kazakhstan and the OSCE discuss interethnic harmony"): (
        "Казахстан и ОБСЕ обсудили межэтническое согласие"
    ),
    ("KK", "Erlan Sadykov, Deputy Chairman of the APK:"): (
        "ҚХА Төрағасының орынбасары Ерлан Садықов:"
    ),
    ("RU", "Erlan Sadykov, Deputy Chairman of the APK:"): (
        "Заместитель Председателя АНК Ерлан Садыков:"
    ),
    (
        "KK",
        "The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the OSCE.",
    ): ("Қазақстан халқы Ассамблеясы Төрағасының орынбасары ЕҚЫҰ делегациясымен кездесті."),
}

_LATIN = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        ["а", "б", "ц", "д", "е", "ф", "г", "х", "и", "ж", "к", "л", "м",
         "н", "о", "п", "қ", "р", "с", "т", "у", "в", "у", "кс", "ы", "з"],
        strict=True,
    )
)  # fmt: skip
_CYRILLIC = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_MARKUP = re.compile(r"(<[^>]*>|&\w+;|\d[\d.,]*)")


def transliterate(text: str, target: str) -> str:
    """Letters into the target's script, tags, entities and numbers untouched."""
    table = _CYRILLIC if target.startswith("EN") else _LATIN
    out = []
    for part in _MARKUP.split(text):
        if _MARKUP.fullmatch(part):
            out.append(part)
            continue
        for char in part:
            mapped = table.get(char.lower())
            if mapped is None:
                out.append(char)
            else:
                out.append(mapped.capitalize() if char.isupper() else mapped)
    return "".join(out)


class FakeDeepL:
    """The server and what it saw. Use as a context manager; ``url`` is its address."""

    def __init__(self, *, key: str = KEY, limit: int | None = 500_000, port: int = 0) -> None:
        self.key = key
        self.limit = limit
        self.count = 0
        self.latency = 0.0
        self.targets = dict(TARGETS)
        self.requests: list[tuple[str, str, dict]] = []
        self.glossaries: dict[str, dict] = {}
        self.spoil: Callable[[str], str] | None = None
        self.malformed: list[object] = []
        """Bodies the next translate requests get instead of an answer (broken on purpose)."""
        self._failures: list[tuple[int, int]] = []
        """(status, after how many more translate requests succeed first)."""
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeDeepL:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail(self, status: int, *, after: int = 0) -> None:
        """The translate request after ``after`` more good ones is answered with ``status``."""
        self._failures.append((status, after))

    def translations(self) -> list[dict]:
        """Every translate request's body, in the order they came."""
        return [body for method, path, body in self.requests if path == "/v2/translate"]

    def texts(self) -> list[str]:
        return [text for body in self.translations() for text in body.get("text", [])]

    # Answers

    def answer(self, method: str, path: str, headers, body: dict) -> tuple[int, object]:
        with self._lock:
            self.requests.append((method, path, body))
        if self.latency:
            time.sleep(self.latency)
        if headers.get("Authorization") != f"DeepL-Auth-Key {self.key}":
            return 403, {"message": "Wrong endpoint. Use https://api.deepl.com"}
        if path == "/v2/translate" and method == "POST":
            return self._translate(body)
        if path == "/v2/usage":
            return 200, {"character_count": self.count, "character_limit": self.limit}
        if path == "/v2/languages":
            return 200, self._languages(body)
        if path.startswith("/v2/glossaries"):
            return self._glossary(method, path, body)
        return 404, {"message": "Not found"}

    def _translate(self, body: dict) -> tuple[int, object]:
        with self._lock:
            for i, (status, after) in enumerate(self._failures):
                if after == 0:
                    del self._failures[i]
                    return status, {"message": f"status {status}"}
                self._failures[i] = (status, after - 1)
        with self._lock:
            if self.malformed:
                return 200, self.malformed.pop(0)
        texts = body.get("text")
        target = str(body.get("target_lang", "")).upper()
        if not isinstance(texts, list) or not texts or target not in self.targets:
            return 400, {"message": "Value for 'target_lang' not supported."}
        if len(texts) > 50:
            return 413, {"message": "Request Entity Too Large"}
        if body.get("formality") not in (None, "default") and not self.targets[target][1]:
            return 400, {"message": "'formality' is not supported for given 'target_lang'."}
        glossary = self.glossaries.get(body.get("glossary_id", ""))
        if body.get("glossary_id") and glossary is None:
            return 404, {"message": "Glossary not found"}
        billed = sum(len(t) for t in texts)
        with self._lock:
            if self.limit is not None and self.count + billed > self.limit:
                return 456, {"message": "Quota exceeded"}
            self.count += billed
        source = str(body.get("source_lang") or "EN").upper()
        results = []
        for text in texts:
            out = self._render(text, source, target, glossary)
            results.append(
                {"detected_source_language": source, "text": out, "billed_characters": len(text)}
            )
        return 200, {"translations": results}

    def _render(self, text: str, source: str, target: str, glossary: dict | None) -> str:
        known = PHRASEBOOK.get((target[:2], text))
        if known is not None:
            out = known
        else:
            held = {}
            for term, rendering in (glossary or {}).get("entries", {}).items():
                if term in text:
                    mark = f"&g{len(held)};"
                    text = text.replace(term, mark)
                    held[mark] = rendering
            out = transliterate(text, target)
            for mark, rendering in held.items():
                out = out.replace(mark, rendering)
        return self.spoil(out) if self.spoil else out

    def _languages(self, body: dict) -> list[dict]:
        if body.get("type") == "target":
            return [
                {"language": code, "name": name, "supports_formality": formal}
                for code, (name, formal) in self.targets.items()
            ]
        return [{"language": code, "name": name} for code, name in SOURCES.items()]

    def _glossary(self, method: str, path: str, body: dict) -> tuple[int, object]:
        parts = path.strip("/").split("/")
        if len(parts) == 2 and method == "POST":
            source, target = str(body.get("source_lang")), str(body.get("target_lang"))
            if {source.upper(), target.upper()} & NO_GLOSSARY:
                return 400, {"message": "Unsupported glossary source and target pair"}
            entries = dict(
                line.split("\t", 1) for line in str(body.get("entries", "")).splitlines() if line
            )
            glossary_id = f"gl-{next(self._ids):04d}"
            self.glossaries[glossary_id] = {
                "glossary_id": glossary_id,
                "name": body.get("name"),
                "ready": True,
                "source_lang": source.lower(),
                "target_lang": target.lower(),
                "creation_time": "2026-12-02T09:00:00.000000Z",
                "entry_count": len(entries),
                "entries": entries,
            }
            return 201, _info(self.glossaries[glossary_id])
        if len(parts) == 2:
            return 200, {"glossaries": [_info(g) for g in self.glossaries.values()]}
        glossary = self.glossaries.get(parts[2])
        if glossary is None:
            return 404, {"message": "Glossary not found"}
        if method == "DELETE":
            del self.glossaries[parts[2]]
            return 204, None
        if len(parts) == 4:
            return 200, "\n".join(f"{s}\t{t}" for s, t in glossary["entries"].items())
        return 200, _info(glossary)


def _info(glossary: dict) -> dict:
    return {key: value for key, value in glossary.items() if key != "entries"}


def _handler(fake: FakeDeepL) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as they are written

        def log_message(self, *args) -> None:  # quiet
            pass

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if length > 128 * 1024:  # DeepL's limit on a request
                self._reply(413, {"message": "Request Entity Too Large"})
                return
            body: dict = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            if raw and "json" in (self.headers.get("Content-Type") or ""):
                body.update(json.loads(raw))
            elif raw:
                body.update({k: v[-1] for k, v in parse_qs(raw.decode()).items()})
            self._reply(*fake.answer(method, parts.path, self.headers, body))

        def _reply(self, status: int, answer: object) -> None:
            if isinstance(answer, str):
                data, kind = answer.encode(), "text/tab-separated-values"
            else:
                data = b"" if answer is None else json.dumps(answer).encode()
                kind = "application/json"
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def do_DELETE(self) -> None:
            self._serve("DELETE")

    return Handler


def main() -> None:
    """Serve until Ctrl-C, to try ``press translate`` by hand:

    python tests/deepl_server.py --port 8765 &
    DEEPL_SERVER_URL=http://127.0.0.1:8765 DEEPL_AUTH_KEY=<the key it prints> press translate ID
    """
    import argparse

    parser = argparse.ArgumentParser(description="A DeepL-like server on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per request")
    args = parser.parse_args()
    fake = FakeDeepL(port=args.port)
    fake.latency = args.latency
    print(f"DEEPL_SERVER_URL={fake.url} DEEPL_AUTH_KEY={fake.key}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        fake._server.serve_forever()


if __name__ == "__main__":
    main()
