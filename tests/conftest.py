"""Fixtures: small workspaces built in tmp_path, and the CLI runner."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workflow import actions
from workflow.cli import app
from workflow.people import Actor, identify
from workflow.workspace import Workspace, init_workspace

DATA = Path(__file__).parent / "data"

RELEASE_MD = """\
---
title: "Kazakhstan and the OSCE discuss interethnic harmony"
rubric: "News"
date: 2026-11-12
place: Astana
dateline: "ASTANA"
language: en
---

The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the OSCE. \
The sides discussed language policy.

Erlan Sadykov, Deputy Chairman of the APK:

> We value our cooperation. Unity is our common asset.

The sides discussed language policy.
"""


_UNITS = (
    (
        "Kazakhstan and the OSCE discuss interethnic harmony",
        "Қазақстан мен ЕҚЫҰ ұлтаралық келісімді талқылады",
        "Казахстан и ОБСЕ обсудили вопросы межэтнического согласия",
    ),
    ("News", "Ақпарат", "Новости"),
    ("ASTANA", "АСТАНА", "АСТАНА"),
    (
        "The Deputy Chairman of the Assembly of People of Kazakhstan met a delegation of the OSCE.",
        "Қазақстан халқы Ассамблеясы Төрағасының орынбасары ЕҚЫҰ делегациясымен кездесті.",
        "Заместитель Председателя Ассамблеи народа Казахстана встретился с делегацией ОБСЕ.",
    ),
    (
        "The sides discussed language policy.",
        "Тараптар тіл саясатын талқылады.",
        "Стороны обсудили языковую политику.",
    ),
    (
        "Erlan Sadykov, Deputy Chairman of the APK:",
        "Ерлан Садықов, ҚХА Төрағасының орынбасары:",
        "Ерлан Садыков, заместитель Председателя АНК:",
    ),
    (
        "We value our cooperation.",
        "Біз ынтымақтастығымызды бағалаймыз.",
        "Мы ценим наше сотрудничество.",
    ),
    (
        "Unity is our common asset.",
        "Бірлік — біздің ортақ байлығымыз.",
        "Единство — наше общее достояние.",
    ),
)
TRANSLATIONS = {
    "kk": {en: kk for en, kk, _ in _UNITS},
    "ru": {en: ru for en, _, ru in _UNITS},
}
"""Translations of the units of RELEASE_MD, as a translator would push them."""

_LETTERS = dict(zip("abcdefghijklmnopqrstuvwxyz", "абцдефгхижклмнопкрстуву_йз", strict=True))
_LETTERS["x"] = "кс"
_KAZAKH_LETTERS = _LETTERS | {"a": "ә", "o": "ө", "u": "ү", "h": "һ", "g": "ғ", "y": "ы"}
_MONTHS = {
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
_ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
)


def translation(source: str, lang: str) -> str:
    """A translation of an English sentence that the quality checks accept: the real one
    for RELEASE_MD's units, else a letter-by-letter Cyrillic rendering (the numbers,
    markup and punctuation kept; Kazakh letters in Kazakh), unique to its source."""
    known = TRANSLATIONS.get(lang, {}).get(source)
    if known:
        return known
    letters = _KAZAKH_LETTERS if lang == "kk" else _LETTERS
    for english, month in zip(_ENGLISH_MONTHS.split(), _MONTHS[lang].split(), strict=True):
        source = source.replace(english, month)
    out, depth = [], 0
    for c in source:
        depth += c == "(" and out[-1:] == ["]"]
        depth -= c == ")" and depth > 0
        low = c.lower()
        mapped = letters.get(low, c) if not depth else c
        out.append(mapped.upper() if c != low and not depth else mapped)
    return "".join(out)


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output is not a terminal in tests, whatever the environment says."""
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "PRESS_ROOT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def who(ws: Workspace, name: str | None = None) -> Actor:
    """The actor named ``name`` (default: PRESS_USER, as the command line would take it)."""
    import os

    return identify(ws.config, name if name is not None else os.environ.get("PRESS_USER"))


def ingest_file(ws: Workspace, path: Path, *, as_name: str | None = None, **options):
    """Ingest a source file as the command line does: its bytes and its name."""
    return actions.ingest(ws, who(ws, as_name), path.read_bytes(), path.name, **options)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """An empty workspace that is also the current folder."""
    root = tmp_path / "ws"
    ws = init_workspace(root, organization="Press Service of the APK")
    monkeypatch.chdir(root)
    monkeypatch.delenv("PRESS_ROOT", raising=False)
    monkeypatch.setenv("PRESS_USER", "tester")
    return ws


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "osce.md"
    path.write_text(RELEASE_MD, encoding="utf-8")
    return path


@pytest.fixture
def ingested(workspace: Workspace, release_file: Path) -> str:
    """The id of a small English release ingested into ``workspace``."""
    return ingest_file(workspace, release_file).release_id


PEOPLE = """
[people.asel]
roles = ["publisher"]
[people.aigerim]
roles = ["translator"]
languages = ["kk"]
[people.irina]
roles = ["translator"]
languages = ["ru"]
[people.gulnara]
roles = ["reviewer"]
languages = ["kk"]
[people.bota]
roles = ["reviewer", "translator"]
languages = ["kk"]
[people.olga]
roles = ["reviewer"]
languages = ["ru"]
[people.erlan]
roles = ["editor"]
"""


@pytest.fixture
def team(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Workspace, str]:
    """A workspace with people, and a release ingested by its publisher."""
    config = workspace.root / "press.toml"
    config.write_text(config.read_text() + PEOPLE)
    monkeypatch.delenv("PRESS_USER")
    ws = Workspace.find()
    source = tmp_path / "r.md"
    source.write_text(RELEASE_MD, encoding="utf-8")
    return ws, ingest_file(ws, source, as_name="asel").release.id


def invoke(runner: CliRunner, *args: str, input: str | None = None):
    """Run ``press ARGS`` and return the result (stdout and stderr kept apart)."""
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def sample_subjects() -> list[tuple[str, object]]:
    """Every translated unit of this repository's sample translations, as the checks see
    it, with where it stands (``kk/ID.po:p1.s2``): correct by construction."""
    import polib

    from workflow.checks import Subject

    units = []
    for path in sorted((DATA.parent.parent / "translations").glob("*/*.po")):
        catalog = polib.pofile(str(path))
        source_lang = catalog.metadata["X-Press-Source-Language"]
        lang = catalog.metadata["Language"]
        for entry in catalog.translated_entries():
            subject = Subject(entry.msgid, entry.msgstr, source_lang=source_lang, lang=lang)
            units.append((f"{path.parent.name}/{path.name}:{entry.occurrences[0][0]}", subject))
    return units


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of a workspace and its bytes, to prove nothing changed.

    Derived data under ``.press/`` (the lock, caches, indexes) does not count.
    """
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".press" not in p.relative_to(root).parts
    }


def png(width: int = 4, height: int = 2) -> bytes:
    """A small valid PNG, written here (red pixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xc0\x20\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def vnu_jar() -> Path | None:
    """``vnu.jar`` from ``VNU_JAR`` or an npm install of ``vnu-jar`` beside the project."""
    named = os.environ.get("VNU_JAR")
    candidates = [Path(named)] if named else []
    jar = Path("node_modules") / "vnu-jar" / "build" / "dist" / "vnu.jar"
    root = DATA.parent.parent
    candidates += [root / ".ci" / "vnu" / jar, root / jar]
    return next((path for path in candidates if path.is_file()), None)


needs_vnu = pytest.mark.skipif(
    shutil.which("java") is None or vnu_jar() is None,
    reason="the Nu Html Checker needs Java and vnu.jar (.ci/run installs it with npm)",
)


def vnu_errors(pages: list[str]) -> list[dict]:
    """What the Nu Html Checker finds wrong in ``pages`` (errors only)."""
    done = subprocess.run(
        ["java", "-jar", str(vnu_jar()), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
