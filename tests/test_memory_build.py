"""The memory's build from nothing: the same index as a refresh file by file, all or nothing.

No patch of press's code: the file-by-file refresh, the worker processes, the interruption
and the colliding hashes are all reached with real files, a real child process and real rows.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from test_memory import (
    FORUM_2025,
    FORUM_2026,
    KK,
    MET_OSCE,
    MET_UN,
    NEWER_UNITY,
    RU,
    UNITY,
    drop_index,
    make_release,
    memory_ws,
    translate,
)

from workflow import processes
from workflow.memory import Match, Memory, build, fuzzy, index
from workflow.memory.reading import read_po
from workflow.model import BlockKind, Mark, Unit, UnitState
from workflow.po.catalogs import Catalog, render_catalog
from workflow.workspace import Workspace

__all__ = ["memory_ws"]  # the fixture, shared with test_memory


def contents(ws: Workspace) -> dict:
    """What an index holds, whatever the ids its rows got."""
    conn = sqlite3.connect(ws.state_dir / "memory.sqlite")
    try:
        units = conn.execute(
            "SELECT f.path, f.origin, f.units, s.text, u.target, u.source_language,"
            " u.target_language, u.approved FROM units u JOIN files f ON f.id = u.file_id"
            " JOIN sources s ON s.id = u.source_id ORDER BY 1, 4, 6, 7"
        ).fetchall()
        files = conn.execute("SELECT path, size, mtime_ns, origin, units FROM files ORDER BY 1")
        terms = dict(conn.execute("SELECT term, documents FROM terms"))
        sources = conn.execute("SELECT count(*), count(DISTINCT text) FROM sources").fetchone()
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        return {
            "units": units,
            "files": files.fetchall(),
            "terms": terms,
            "sources": sources,
            "indexes": indexes,
        }
    finally:
        conn.close()


FORKS: list[int] = []
"""A pid for each process this one forked (worker processes are forked on Linux)."""
os.register_at_fork(after_in_parent=lambda: FORKS.append(os.getpid()))


def po_files(ws: Workspace) -> list[Path]:
    return sorted(ws.translations_dir.glob("*/*.po"))


def move(paths: list[Path], source: Path, target: Path) -> None:
    """Move files from under ``source`` to the same place under ``target`` (mtimes kept)."""
    for path in paths:
        moved = target / path.relative_to(source)
        moved.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, moved)


# Press releases of regional forums, in English, Kazakh and Russian

CITIES = (  # English; Kazakh, locative; Russian, prepositional
    ("Astana", "Астанада", "Астане"),
    ("Almaty", "Алматыда", "Алматы"),
    ("Shymkent", "Шымкентте", "Шымкенте"),
    ("Karaganda", "Қарағандыда", "Караганде"),
    ("Aktobe", "Ақтөбеде", "Актобе"),
    ("Atyrau", "Атырауда", "Атырау"),
    ("Pavlodar", "Павлодарда", "Павлодаре"),
    ("Turkistan", "Түркістанда", "Туркестане"),
    ("Semey", "Семейде", "Семее"),
    ("Oral", "Оралда", "Уральске"),
    ("Kostanay", "Қостанайда", "Костанае"),
    ("Petropavl", "Петропавлда", "Петропавловске"),
    ("Oskemen", "Өскеменде", "Усть-Каменогорске"),
    ("Taraz", "Таразда", "Таразе"),
    ("Kyzylorda", "Қызылордада", "Кызылорде"),
    ("Aktau", "Ақтауда", "Актау"),
)
MONTHS = (  # English; Kazakh, nominative and locative; Russian, genitive and prepositional
    ("January", "қаңтар", "қаңтарда", "января", "январе"),
    ("February", "ақпан", "ақпанда", "февраля", "феврале"),
    ("March", "наурыз", "наурызда", "марта", "марте"),
    ("April", "сәуір", "сәуірде", "апреля", "апреле"),
    ("May", "мамыр", "мамырда", "мая", "мае"),
    ("June", "маусым", "маусымда", "июня", "июне"),
    ("July", "шілде", "шілдеде", "июля", "июле"),
    ("August", "тамыз", "тамызда", "августа", "августе"),
    ("September", "қыркүйек", "қыркүйекте", "сентября", "сентябре"),
    ("October", "қазан", "қазанда", "октября", "октябре"),
    ("November", "қараша", "қарашада", "ноября", "ноябре"),
    ("December", "желтоқсан", "желтоқсанда", "декабря", "декабре"),
)
FORUM_BODY = (  # the sentences every forum's release has
    (
        "Scholars, teachers and heads of the ethnocultural centres of the region took part in it.",
        "Оған ғалымдар, ұстаздар және өңірдегі этномәдени орталықтардың жетекшілері қатысты.",
        "В нём приняли участие учёные, педагоги и руководители этнокультурных центров региона.",
    ),
    (
        "The participants discussed the role of the Kazakh language in strengthening the unity"
        " of the people.",
        "Қатысушылар халық бірлігін нығайтудағы қазақ тілінің рөлін талқылады.",
        "Участники обсудили роль казахского языка в укреплении единства народа.",
    ),
    (
        "The Deputy Chairman of the Assembly of People of Kazakhstan spoke at the plenary session.",
        "Жалпы отырыста Қазақстан халқы Ассамблеясы Төрағасының орынбасары сөз сөйледі.",
        "На пленарном заседании выступил заместитель Председателя Ассамблеи народа Казахстана.",
    ),
    (
        "He noted that interethnic harmony remains the foundation of the country's stability.",
        "Ол ұлтаралық келісім елдегі тұрақтылықтың негізі болып қала беретінін атап өтті.",
        "Он отметил, что межэтническое согласие остаётся основой стабильности в стране.",
    ),
    (
        "The best teachers of the state language received letters of gratitude.",
        "Мемлекеттік тілдің үздік оқытушыларына алғыс хаттар табысталды.",
        "Лучшим преподавателям государственного языка вручены благодарственные письма.",
    ),
    (
        "The forum ended with a concert by the creative groups of the House of Friendship.",
        "Форум Достық үйінің шығармашылық ұжымдарының концертімен аяқталды.",
        "Форум завершился концертом творческих коллективов Дома дружбы.",
    ),
)


def when(number: int) -> tuple[int, int, int]:
    """The day, month (0-11) and year of the ``number``-th forum: 16 forums a day."""
    return (
        1 + number // len(CITIES) % 28,
        number // (len(CITIES) * 28) % 12,
        2024 + number // (len(CITIES) * 28 * 12),
    )


def forum(number: int) -> tuple[str, list[tuple[str, str, str]]]:
    """The id and the sentences (English, Kazakh, Russian) of the release on a regional forum,
    the ``number``-th of them: each in its own city and on its own day (16 cities a day)."""
    city, city_kk, city_ru = CITIES[number % len(CITIES)]
    day, month, year = when(number)
    name, _, month_kk, month_ru, _ = MONTHS[month]
    later, later_kk, _, _, later_ru = MONTHS[(month + 3) % 12]
    host, host_kk, host_ru = CITIES[(number + 5) % len(CITIES)]
    sentences = [
        (
            f"A forum of ethnocultural associations was held in {city}",
            f"{city_kk} этномәдени бірлестіктердің форумы өтті",
            f"В {city_ru} прошёл форум этнокультурных объединений",
        ),
        (
            f"The regional forum of ethnocultural associations took place in {city}"
            f" on {day} {name} {year}.",
            f"{year} жылғы {day} {month_kk} {city_kk} этномәдени бірлестіктердің өңірлік"
            " форумы өтті.",
            f"{day} {month_ru} {year} года в {city_ru} состоялся региональный форум"
            " этнокультурных объединений.",
        ),
        *FORUM_BODY,
        (
            f"The next forum will be held in {host} in {later}.",
            f"Келесі форум {later_kk} айында {host_kk} өтеді.",
            f"Следующий форум пройдёт в {later_ru} в {host_ru}.",
        ),
    ]
    return f"{year}-{month + 1:02d}-{day:02d}-forum-{city.lower()}", sentences


def digest(number: int) -> tuple[str, list[tuple[str, str, str]]]:
    """The id and the sentences of the ``number``-th day's digest of the forums in all the
    cities: each forum's own sentences, then the ones they all share (once: a catalog holds
    a sentence once)."""
    forums = [forum(number * len(CITIES) + city)[1] for city in range(len(CITIES))]
    day, month, year = when(number * len(CITIES))
    release_id = f"{year}-{month + 1:02d}-{day:02d}-regional-forums"
    name, month_kk, _, month_ru, _ = MONTHS[month]
    title = (
        f"Forums of ethnocultural associations in the regions: a digest for {day} {name} {year}",
        f"Өңірлердегі этномәдени бірлестіктердің форумдары: {year} жылғы {day} {month_kk}"
        " дайджесті",
        f"Форумы этнокультурных объединений в регионах: дайджест за {day} {month_ru} {year} года",
    )
    own = [s for sentences in forums for s in sentences if s not in FORUM_BODY]
    return release_id, [title, *own, *FORUM_BODY]


def write_catalogs(ws: Workspace, release_id: str, sentences: list[tuple[str, str, str]]) -> None:
    """A release's Kazakh and Russian catalogs, translated, written by press's own PO writer
    as a pull writes them (ingesting hundreds of releases would take minutes)."""
    for column, lang in ((1, "kk"), (2, "ru")):
        units = [
            Unit(
                source=sentence[0],
                kind=BlockKind.PARAGRAPH if place else BlockKind.TITLE,
                positions=[f"p{place}" if place else "t1"],
                translation=sentence[column],
                state=UnitState.TRANSLATED,
                translated_by=Mark("tester", release_id[:10]),
            )
            for place, sentence in enumerate(sentences)
        ]
        catalog = Catalog(release_id, lang, "en", units, last_translator="tester")
        text = render_catalog(catalog, sentences[0][0])
        ws.catalog_path(release_id, lang).write_text(text, encoding="utf-8")


# The build from nothing and the refresh file by file


def test_a_build_from_nothing_is_a_refresh_file_by_file(memory_ws, tmp_path):
    drop_index(memory_ws)
    real = po_files(memory_ws)
    built = Memory(memory_ws)
    counts = built.refresh()
    assert counts == {"files": 4, "units": 6, "removed": 0, "skipped": 0}
    built.close()
    fresh = contents(memory_ws)

    # The same files indexed file by file: an index that already holds a file is never built
    # from nothing. That file is a copy of the smallest catalog under another name; its one
    # unit (UNITY, NEWER_UNITY) is one the real files hold too, so the comparison stays fair
    # whatever dropping the file may leave of its sentence (the real files take it up again).
    # A sentence of its own leaves nothing behind today either.
    drop_index(memory_ws)
    aside = tmp_path / "aside"
    move(real, memory_ws.translations_dir, aside)
    smallest = aside / "kk" / "2026-02-20-unity.po"
    placeholder = memory_ws.translations_dir / "kk" / "2026-02-19-unity-draft.po"
    shutil.copy2(smallest, placeholder)
    with Memory(memory_ws) as memory:
        assert memory.refresh() == {"files": 1, "units": 1, "removed": 0, "skipped": 0}
        move(sorted(aside.rglob("*.po")), aside, memory_ws.translations_dir)
        placeholder.unlink()
        assert memory.refresh() == {"files": 4, "units": 6, "removed": 1, "skipped": 0}
    assert po_files(memory_ws) == real
    assert fresh == contents(memory_ws)
    sentences = {FORUM_2025, UNITY, *KK}
    words = {w for s in sentences for w in fuzzy.words(s)}
    assert set(fresh["terms"]) == words


def test_files_are_read_in_workers_when_there_are_many(memory_ws, tmp_path):
    # Enough catalogs for the build to read them in worker processes (on Linux, on more than
    # one core; else it reads them here and must give the same).
    added = []
    number = 0
    while len(po_files(memory_ws)) < build.POOL_FILES:
        release_id, sentences = forum(number * 37)  # each in another city, month and day
        number += 1
        make_release(memory_ws, tmp_path, release_id, [en for en, _, _ in sentences])
        translate(
            memory_ws, release_id, "kk", {en: kk for en, kk, _ in sentences}, tmp_path, confirm=True
        )
        translate(
            memory_ws, release_id, "ru", {en: ru for en, _, ru in sentences}, tmp_path, confirm=True
        )
        added.append((release_id, sentences))
    drop_index(memory_ws)
    forks = len(FORKS)
    with Memory(memory_ws) as memory:
        counts = memory.refresh()
        forked = len(FORKS) - forks
        found = memory.lookup([UNITY, FORUM_2026, MET_UN], "en", "kk")
        release_id, sentences = added[-1]
        en, kk, ru = sentences[1]
        exact = Match(en, kk, 100, release_id, False, "en", "kk")
        assert memory.lookup([en], "en", "kk")[en] == exact
        assert memory.lookup([en], "en", "ru")[en].target == ru
    per_release = len(added[0][1])
    assert counts == {
        "files": len(po_files(memory_ws)),
        "units": 6 + 2 * per_release * len(added),
        "removed": 0,
        "skipped": 0,
    }
    assert found[UNITY].score == 100 and found[UNITY].approved
    assert found[FORUM_2026].source == FORUM_2025
    assert found[MET_UN].source == MET_OSCE
    if processes.cores() > 1 and sys.platform.startswith("linux"):
        assert forked > 1  # the workers, one per core (up to four)


# An interrupted build

MIN_BUILD_SECONDS = 0.5
"""A full build of the test's workspace takes at least this long: time to interrupt it."""
FIRST_DIGESTS = 400
"""Digests written first (two catalogs each); doubled until a build takes long enough."""

CHILD = """\
import sys
from pathlib import Path
from workflow.memory import Memory
from workflow.workspace import Workspace

memory = Memory(Workspace.find(Path(sys.argv[1])))
print("started", flush=True)
print("built", memory.refresh(), flush=True)
"""


def build_seconds(ws: Workspace) -> float:
    """How long a build of the workspace from nothing takes, here."""
    drop_index(ws)
    start = time.perf_counter()
    with Memory(ws) as memory:
        memory.refresh()
    return time.perf_counter() - start


def interrupt_build(ws: Workspace, after: float) -> tuple[int, str, str]:
    """Build the memory in another process and press Ctrl-C ``after`` seconds into it:
    its exit status, output and errors."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ws.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline() == "started\n", child.stderr.read()
        time.sleep(after)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    return child.returncode, out, err


def interrupted_in_build(status: int, out: str, err: str) -> bool:
    """Ctrl-C stopped the child inside the build (not before it, nor once it was done)."""
    in_build = os.path.join("memory", "build.py") in err
    return status != 0 and "KeyboardInterrupt" in err and in_build and "built" not in out


def test_an_interrupted_build_leaves_the_empty_index(memory_ws):
    digests, outcome = 0, (0, "", "")
    for _attempt in range(2):  # the second with twice the files, if Ctrl-C came too late
        more = max(FIRST_DIGESTS, digests)
        for _growth in range(4):
            for number in range(digests, digests + more):
                write_catalogs(memory_ws, *digest(number))
            digests += more
            took = build_seconds(memory_ws)
            if took >= MIN_BUILD_SECONDS:
                break
            more = digests
        drop_index(memory_ws)
        index.connect(memory_ws.state_dir / "memory.sqlite").close()  # the empty index
        outcome = interrupt_build(memory_ws, after=took / 2)
        if interrupted_in_build(*outcome):
            break
    status, out, err = outcome
    assert interrupted_in_build(status, out, err), f"not interrupted in the build: {outcome}"
    empty = contents(memory_ws)
    assert empty["units"] == empty["files"] == [] and empty["sources"] == (0, 0)
    assert {"units_source", "units_file", "sources_hash"} <= empty["indexes"]
    with Memory(memory_ws) as memory:
        assert memory.refresh()["files"] == len(po_files(memory_ws)) == 4 + 2 * digests
        assert memory.lookup([UNITY], "en", "kk")[UNITY].score == 100
        release_id, sentences = digest(digests - 1)
        en, kk, _ = sentences[-len(FORUM_BODY) - 2]  # the date of the last city's forum
        exact = Match(en, kk, 100, release_id, False, "en", "kk")
        assert memory.lookup([en], "en", "kk")[en] == exact


# Sentences whose hashes collide


def test_sentences_whose_hashes_collide_stay_apart(memory_ws):
    """A build from nothing: every source of the workspace given the hash of UNITY."""
    drop_index(memory_ws)
    root = memory_ws.root
    collision = index.text_hash(UNITY)
    paths = [str(p.relative_to(root)) for p in reversed(po_files(memory_ws))]
    written, fed = set(), []
    conn = index.connect(memory_ws.state_dir / "memory.sqlite")
    try:
        with index.transaction(conn):
            build._empty(conn)
            writer = build._Writer(conn)
            for path in paths:
                path, size, mtime_ns, origin, rows, error = read_po(root, path)
                writer.add_file(path, size, mtime_ns, origin, rows, [collision] * len(rows), error)
                written |= {(path, source, target) for source, target, *_ in rows}
                fed += [source for source, *_ in rows]
            writer.flush()
            build._index(conn)
        sources = conn.execute("SELECT hash, text FROM sources ORDER BY text").fetchall()
        units = conn.execute(
            "SELECT f.path, s.text, u.target FROM units u JOIN files f ON f.id = u.file_id"
            " JOIN sources s ON s.id = u.source_id"
        ).fetchall()
    finally:
        conn.close()
    # The first text, MET_OSCE, comes again under the hash it holds; UNITY and FORUM_2025
    # are other texts under that hash, UNITY again and again.
    assert fed == [MET_OSCE, UNITY, UNITY, FORUM_2025, MET_OSCE, UNITY]
    assert sources == [(collision, text) for text in sorted({FORUM_2025, MET_OSCE, UNITY})]
    assert len(units) == len(written) == 6 and set(units) == written
    with Memory(memory_ws) as memory:
        assert memory.refresh() == {"files": 0, "units": 0, "removed": 0, "skipped": 0}
        assert memory.exact(UNITY, "en", "kk") == [
            Match(UNITY, KK[UNITY], 100, "2026-01-10-forum", True, "en", "kk"),
            Match(UNITY, NEWER_UNITY, 100, "2026-02-20-unity", False, "en", "kk"),
        ]
        assert [m.target for m in memory.exact(UNITY, "en", "ru")] == [RU[UNITY]]


def test_a_refresh_file_by_file_keeps_colliding_sentences_apart(memory_ws, tmp_path):
    """A stored sentence holds the hash of FORUM_2025 when FORUM_2025 comes to be indexed."""
    drop_index(memory_ws)
    forum_kk = memory_ws.catalog_path("2026-01-10-forum", "kk")  # the only file with FORUM_2025
    move([forum_kk], memory_ws.root, tmp_path / "aside")
    with Memory(memory_ws) as memory:
        assert memory.refresh()["files"] == 3
    conn = sqlite3.connect(memory_ws.state_dir / "memory.sqlite", isolation_level=None)
    try:
        planted = conn.execute(
            "INSERT INTO sources (hash, text) VALUES (?, ?)",
            (index.text_hash(FORUM_2025), FORUM_2026),
        ).lastrowid
        conn.execute("INSERT INTO sources_fts (rowid, text) VALUES (?, ?)", (planted, FORUM_2026))
    finally:
        conn.close()
    move(list((tmp_path / "aside").rglob("*.po")), tmp_path / "aside", memory_ws.root)
    with Memory(memory_ws) as memory:
        assert memory.refresh() == {"files": 1, "units": 3, "removed": 0, "skipped": 0}
        assert memory.exact(FORUM_2025, "en", "kk") == [
            Match(FORUM_2025, KK[FORUM_2025], 100, "2026-01-10-forum", True, "en", "kk")
        ]
    held = contents(memory_ws)
    colliding = sqlite3.connect(memory_ws.state_dir / "memory.sqlite")
    try:
        same_hash = colliding.execute(
            "SELECT id, text FROM sources WHERE hash = ? ORDER BY id",
            (index.text_hash(FORUM_2025),),
        ).fetchall()
    finally:
        colliding.close()
    assert [text for _, text in same_hash] == [FORUM_2026, FORUM_2025]
    assert same_hash[0][0] == planted
    path = str(forum_kk.relative_to(memory_ws.root))
    forum_units = {(s, t) for unit_path, _, _, s, t, *_ in held["units"] if unit_path == path}
    assert forum_units == {(s, KK[s]) for s in (FORUM_2025, MET_OSCE, UNITY)}
