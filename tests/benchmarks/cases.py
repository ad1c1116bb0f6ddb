"""The cases that need no memory index: update, segment, status, startup.

Each case makes its data, runs press and its baseline in fresh processes one
after the other, checks the answers, and returns an :class:`Outcome`.
"""

from __future__ import annotations

import filecmp
import importlib.util
import json
import shutil
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.measure import Run, press_env, run, tool, worker
from benchmarks.report import Outcome, Row, count, megabytes, seconds, times, verdict
from benchmarks.scenarios import (
    UpdateData,
    make_paragraphs,
    make_status,
    make_update,
    update_quality,
    write_json,
)


@dataclass(frozen=True)
class Sizes:
    update_sentences: int = 20_000
    memory_files: int = 500
    memory_per_file: int = 40
    big_files: int = 10_000
    big_per_file: int = 100
    status_releases: int = 10_000
    status_per_release: int = 30
    paragraphs: int = 3_000
    startup_runs: int = 21
    paste_bytes: int = 2 * 1024 * 1024 - 4096
    machine_releases: int = 30
    machine_units: int = 1000
    check_releases: int = 2_500
    check_units: int = 20
    """Units per release and language: 2,500 × 20 × (kk, ru) = 100,000 translated units."""
    export_releases: int = 500
    everyday_runs: int = 11


FULL = Sizes()
QUICK = Sizes(200, 50, 40, 50, 100, 100, 30, 100, 3, 200_000, 3, 60, 5, 20, 4, 1)


@dataclass
class Context:
    sizes: Sizes
    data: Path
    """Where this run's generated data goes (a temporary folder)."""

    def folder(self, name: str) -> Path:
        path = self.data / name
        path.mkdir(parents=True, exist_ok=True)
        return path


def po_entries(path: Path) -> dict[str, tuple[str, bool]]:
    """The live entries of any PO file: msgid -> (msgstr, fuzzy), read alike for every tool."""
    import polib

    return {e.msgid: (e.msgstr, e.fuzzy) for e in polib.pofile(str(path)) if not e.obsolete}


def press_command(*args: str) -> list[str]:
    script = tool("press")
    return [script, *args] if script else [sys.executable, "-m", "workflow", *args]


def timed(make, *args, **kwargs):
    start = time.perf_counter()
    value = make(*args, **kwargs)
    return value, time.perf_counter() - start


# update


def _update_figures(q: dict) -> str:
    return f"{count(q['recovered'])}/{count(q['edits'])} edits, {count(q['misleading'])} misleading"


def case_update(ctx: Context) -> Outcome:
    out = Outcome()
    folder = ctx.folder("update")
    data, made = timed(make_update, folder, ctx.sizes.update_sentences)
    out.notes.append(
        f"Data: a release of {count(ctx.sizes.update_sentences)} sentences, translated into kk; "
        f"then {count(len(data.edits))} edited (one or two words or a number), "
        f"{count(len(data.added))} new at random places, {count(len(data.removed))} removed "
        f"({made:.1f} s to generate)."
    )
    press = _press_update(data, folder, out)
    for name, cmd, output, figure in _update_baselines(data, folder):
        if cmd is None:
            out.skipped.append(f"{name}: `{name.split()[0]}` is not installed")
            press_s = _press_update_figure(press) if press else "error"
            out.rows.append(Row("update", press_s, f"{name}: skipped, not installed"))
            continue
        base = run(cmd).check(name)
        base_q = update_quality(data, po_entries(output))
        out.notes.append(
            f"{name}: {seconds(base.seconds)}, peak RSS {megabytes(base.rss_mb)}; quality {base_q}."
        )
        out.rows.append(_update_row(name, figure, press, base, base_q))
    return out


@dataclass
class PressUpdate:
    """The press side of the update case."""

    done: Run
    """The whole ``press update ID`` process: the figure the ratios use."""
    quality: dict[str, int]
    """Read from the PO file that process wrote."""
    call: float | None
    """``workflow.actions.update`` timed inside the worker's process (None if it failed)."""


def _press_update_figure(press: PressUpdate) -> str:
    call = f" (in the call {seconds(press.call)})" if press.call is not None else ""
    return seconds(press.done.seconds) + call


def _press_update(data: UpdateData, folder: Path, out: Outcome) -> PressUpdate | None:
    """``press update ID`` as a whole process, then the library call timed in the worker.

    Each runs on its own copy of the workspace, copied before either ran, so both
    start from the same state (no memory index yet).
    """
    library_root = folder / "ws-library-call"
    shutil.rmtree(library_root, ignore_errors=True)
    shutil.copytree(data.root, library_root, symlinks=True)
    po_path = Path("translations", "kk", f"{data.release_id}.po")
    done = run(press_command("update", data.release_id), cwd=data.root, env=press_env())
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        out.notes.append(f"`press update` failed (exit {done.returncode}): {tail}")
        return None
    quality = update_quality(data, po_entries(data.root / po_path))
    out.notes.append(
        f"`press update {data.release_id}` (the whole process, in the workspace, as a user "
        f"runs it): {seconds(done.seconds)}, peak RSS {megabytes(done.rss_mb)}; "
        f"quality {quality}; it printed: {' / '.join(done.stdout.strip().splitlines())}. "
        "The workspace had no memory index yet, so the update's memory lookup (for the new "
        "sentences) built it, reading the release's own PO file."
    )
    press = PressUpdate(done, quality, None)
    try:
        call_run, result = worker("update", root=str(library_root), release=data.release_id)
    except RuntimeError as exc:
        out.notes.append(f"the library call `workflow.actions.update` failed: {exc}")
        return press
    press.call = result["seconds"]
    same = filecmp.cmp(data.root / po_path, library_root / po_path, shallow=False)
    _read, read = worker("read-catalog", path=str(data.old_po))
    out.notes += [
        f"The library call `workflow.actions.update(ws, actor, release_id)` on a copy of the "
        f"same workspace, in a worker process: {seconds(result['seconds'])} in the call, "
        f"{seconds(call_run.seconds)} for that whole process, peak RSS "
        f"{megabytes(call_run.rss_mb)}; counts {result['counts']}; it wrote "
        + ("the same PO file as `press update`." if same else "**a different PO file**."),
        f"For scale: `workflow.po.catalogs.read_catalog` of the old PO file alone takes "
        f"{seconds(read['seconds'])} in the call ({count(read['units'])} units).",
    ]
    return press


def _update_baselines(data: UpdateData, folder: Path):
    msgmerge, pot2po = tool("msgmerge"), tool("pot2po")
    old, pot = str(data.old_po), str(data.new_pot)
    for name, exe, extra, figure in (
        ("msgmerge", msgmerge, [], "399 s; 1,999/2,000 edits, 307 misleading"),
        ("msgmerge --no-fuzzy-matching", msgmerge, ["--no-fuzzy-matching"], "1.8 s"),
    ):
        output = folder / f"{name.replace(' ', '')}.po"
        cmd = [exe, "--quiet", *extra, "-o", str(output), old, pot] if exe else None
        yield name, cmd, output, figure
    output = folder / "pot2po.po"
    cmd = [pot2po, "--progress=none", "-t", old, "-i", pot, "-o", str(output)] if pot2po else None
    yield "pot2po", cmd, output, "87 s; 1,996/2,000 edits, 302 misleading"


def _update_row(name, figure, press: PressUpdate | None, base, base_q) -> Row:
    quality = f"{name.split()[0]} {_update_figures(base_q)}"
    if press is None:
        return Row(
            "update",
            "error (see details)",
            f"{name}: {seconds(base.seconds)}",
            figure,
            baseline_rss=megabytes(base.rss_mb),
            quality=quality,
            target="**no** (press failed)",
        )
    press_q = press.quality
    ratio = press.done.seconds / base.seconds
    if name == "msgmerge":
        met = (
            ratio <= 1 / 50
            and press_q["recovered"] >= press_q["edits"] * 0.9975
            and press_q["misleading"] <= press_q["new"] / 10
        )
        target = verdict(met, "≤ 1/50 of its time, ≥ 99.75 % edits, ≤ 10 % of new misleading")
    elif name == "pot2po":
        met = (
            ratio < 1
            and press_q["recovered"] >= base_q["recovered"]
            and press_q["misleading"] <= base_q["misleading"]
        )
        target = verdict(met, "faster, and as many edits with no more misleading")
    else:  # GNU's exact-only merge: the floor of any merge, which recovers no edit
        met = ratio <= 2 and press_q["recovered"] >= press_q["edits"] * 0.9975
        target = verdict(met, "≤ 2× its time, still recovering the edits")
    return Row(
        case="update",
        press=_press_update_figure(press),
        baseline=f"{name}: {seconds(base.seconds)}",
        baseline_figure=figure,
        ratio=times(ratio),
        press_rss=megabytes(press.done.rss_mb),
        baseline_rss=megabytes(base.rss_mb),
        quality=f"press {_update_figures(press_q)}; {quality}",
        target=target,
    )


# segment


def case_segment(ctx: Context) -> Outcome:
    out = Outcome()
    paragraphs = make_paragraphs(ctx.sizes.paragraphs)
    path = write_json(ctx.folder("segment") / "paragraphs.json", paragraphs)
    sentences = sum(len(p) for p in paragraphs)
    out.notes.append(
        f"Data: {count(len(paragraphs))} English paragraphs, {count(sentences)} sentences "
        "(30 % of them with Mr./Dr./No./e.g./U.S. or a decimal)."
    )
    press_run, press = worker("segment-press", paragraphs=str(path))
    if importlib.util.find_spec("pysbd") is None:
        out.skipped.append("pysbd: not installed (pip install -e '.[bench]')")
        out.rows.append(
            Row("segment", _segment_figure(press_run, press), "pysbd: skipped, not installed")
        )
        return out
    base_run, base = worker("segment-pysbd", paragraphs=str(path))
    for name, done, side in (("press", press_run, press), ("pysbd", base_run, base)):
        out.notes.append(
            f"{name}: the whole process (start-up, imports, reading the JSON file, cutting) "
            f"{seconds(done.seconds)}, peak RSS {megabytes(done.rss_mb)}; the cutting alone "
            f"{seconds(side['seconds'])} in the call, "
            f"{count(sentences / side['seconds'])} sentences/s; "
            f"{count(side['right'])}/{count(len(paragraphs))} paragraphs cut as written."
        )
    ratio = base_run.seconds / press_run.seconds
    out.rows.append(
        Row(
            case="segment",
            press=_segment_figure(press_run, press),
            baseline=f"pysbd: {_segment_figure(base_run, base)}",
            baseline_figure="1,670 sentences/s",
            ratio=f"{times(ratio)} as fast",
            press_rss=megabytes(press_run.rss_mb),
            baseline_rss=megabytes(base_run.rss_mb),
            quality=f"paragraphs cut right: press {count(press['right'])}, "
            f"pysbd {count(base['right'])} of {count(len(paragraphs))}",
            target=verdict(ratio >= 10, "≥ 10× pysbd"),
        )
    )
    return out


def _segment_figure(done: Run, side: dict) -> str:
    rate = side["sentences"] / side["seconds"]
    return f"{seconds(done.seconds)} (in the call {count(rate)} sentences/s)"


# status


def case_status(ctx: Context) -> Outcome:
    out = Outcome()
    releases, per = ctx.sizes.status_releases, ctx.sizes.status_per_release
    (root, totals), made = timed(make_status, ctx.folder("status"), releases, per)
    out.notes.append(
        f"Data: {count(releases)} releases of {per} units in kk and ru "
        f"({count(2 * releases)} PO files, {count(totals['total'])} units: {totals}; "
        f"{made:.1f} s to generate)."
    )
    cold = run(press_command("status", "--json"), cwd=root, env=press_env()).check("status")
    warm = run(press_command("status", "--json"), cwd=root, env=press_env()).check("status")
    right = _status_counts(json.loads(warm.stdout)) == totals
    base_run, base = worker("status-polib", root=str(root))
    for name, side in (("press status --json, cold", cold), ("warm", warm), ("polib", base_run)):
        out.notes.append(
            f"{name}: {seconds(side.seconds)} for the whole process, "
            f"peak RSS {megabytes(side.rss_mb)}."
        )
    out.notes.append(f"The polib script's reading and counting alone: {seconds(base['seconds'])}.")
    out.notes.append(f"polib counts: {base['counts']}; press counts match the data: {right}.")
    rss = max(cold.rss_mb, warm.rss_mb)
    out.rows.append(
        Row(
            case="status",
            press=f"warm {seconds(warm.seconds)} (cold {seconds(cold.seconds)})",
            baseline=f"polib script: {seconds(base_run.seconds)}",
            ratio=f"warm {times(warm.seconds / base_run.seconds)}, "
            f"cold {times(cold.seconds / base_run.seconds)}",
            press_rss=megabytes(rss),
            baseline_rss=megabytes(base_run.rss_mb),
            quality="counts right" if right else "**counts wrong**",
            target=verdict(
                warm.seconds < 0.5 and cold.seconds <= base_run.seconds and rss <= 256 and right,
                "warm < 0.5 s, cold no slower than the polib script, ≤ 256 MB",
            ),
        )
    )
    return out


def _status_counts(statuses: list[dict]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for status in statuses:
        for counts in status["languages"].values():
            for key, value in counts.items():
                if key != "machine":  # a share of the states, which the data has none of
                    totals[key] = totals.get(key, 0) + value
    return totals


# startup


def beside_python(commands: list[list[str]], what: str, **options) -> tuple[list[Run], list[Run]]:
    """Each press command, alternating with ``python -c pass`` (the floor of any process)."""
    press_runs, python_runs = [], []
    for command in commands:
        press_runs.append(run(command, **options).check(what))
        python_runs.append(run([sys.executable, "-c", "pass"]).check("python -c pass"))
    return press_runs, python_runs


def case_startup(ctx: Context) -> Outcome:
    """``press --help`` against ``python -c pass``; press's help cache starts empty."""
    out = Outcome()
    env = press_env() | {"XDG_CACHE_HOME": str(ctx.folder("startup"))}
    cold = run(press_command("--help"), env=env).check("press --help")
    press_runs, python_runs = beside_python(
        [press_command("--help")] * ctx.sizes.startup_runs, "press --help", env=env
    )
    press_s = statistics.median(r.seconds for r in press_runs)
    python_s = statistics.median(r.seconds for r in python_runs)
    out.notes.append(
        f"{ctx.sizes.startup_runs} runs each, alternating; median press --help "
        f"{seconds(press_s)} (min {seconds(min(r.seconds for r in press_runs))}), "
        f"python -c pass {seconds(python_s)}. The first press --help, with an empty cache "
        f"folder (XDG_CACHE_HOME), took {seconds(cold.seconds)} and {megabytes(cold.rss_mb)}."
    )
    out.rows.append(
        Row(
            case="startup",
            press=f"press --help: {seconds(press_s)} (first, cold cache: {seconds(cold.seconds)})",
            baseline=f"python -c pass: {seconds(python_s)}",
            ratio=times(press_s / python_s),
            press_rss=megabytes(max(r.rss_mb for r in press_runs)),
            baseline_rss=megabytes(max(r.rss_mb for r in python_runs)),
            target=verdict(press_s <= 3 * python_s, "≤ 3× python -c pass"),
        )
    )
    return out


# ingest

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
_CLUTTER = (
    "Главная / Пресс-центр / Новости",
    "- Просмотров: 45",
    "Фото: пресс-служба акимата",
    "Поделиться",
    "14:05, 3 Наурыз 2024 | GMT +5",
)


def _typical_page() -> Path:
    """A Russian page as pasted from a news site: the project's own test page."""
    pages = sorted(PAGES.glob("ru-*.txt")) if PAGES.is_dir() else []
    return pages[0] if pages else PAGES.parent / "site-paste-ru.txt"


def _big_paste(folder: Path, size: int) -> Path:
    """A paste of ``size`` bytes: a page's head, then paragraphs with clutter between them."""
    lines = ["Home > News", "PRESS RELEASE", "The Assembly reports on a year of work", ""]
    lines += [
        "3 March 2024, 14:05",
        "",
        "ASTANA – The Assembly met in the House of Friendship.",
        "",
    ]
    total = sum(len(line.encode()) + 1 for line in lines)
    seed = 7
    while total < size:
        for number, paragraph in enumerate(make_paragraphs(200, seed=seed)):
            line = "  ".join(paragraph)  # doubled spaces, as pages leave them
            extra = [_CLUTTER[number % len(_CLUTTER)]] if number % 9 == 0 else []
            for text in [line, "", *extra]:
                total += len(text.encode()) + 1
                lines.append(text)
            if total >= size:
                break
        seed += 1
    path = folder / "paste.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _unbroken_line(folder: Path, size: int) -> Path:
    """One line of ``size`` bytes without a space under a headline (a hostile paste)."""
    path = folder / "unbroken.txt"
    path.write_text("A headline\n\n" + "a.b" * (size // 3) + "\n", encoding="utf-8")
    return path


BIG_PASTE_RUNS = 5
"""Runs of each 2 MB case; the median is the figure (this machine's speed varies by a fifth)."""


def case_ingest(ctx: Context) -> Outcome:
    """``press ingest`` of a typical pasted page beside ``python -c pass``, and of 2 MB pastes."""
    out = Outcome()
    folder = ctx.folder("ingest")
    workspace = folder / "ws"
    run(press_command("init", str(workspace), "--source-language", "ru")).check("press init")
    env = press_env()
    page = _typical_page()
    commands = [
        press_command("ingest", str(page), "--lang", "ru", "--id", f"page-{number}")
        for number in range(ctx.sizes.startup_runs)
    ]
    press_runs, python_runs = beside_python(commands, "press ingest", cwd=workspace, env=env)
    press_s = statistics.median(r.seconds for r in press_runs)
    python_s = statistics.median(r.seconds for r in python_runs)
    out.rows.append(
        Row(
            case="ingest, a pasted page",
            press=f"{page.name} ({page.stat().st_size:,} bytes): {seconds(press_s)}",
            baseline=f"python -c pass: {seconds(python_s)}",
            ratio=times(press_s / python_s),
            press_rss=megabytes(max(r.rss_mb for r in press_runs)),
            baseline_rss=megabytes(max(r.rss_mb for r in python_runs)),
            target="— (the floor, for scale)",
        )
    )
    for name, path, lang in (
        ("ingest, a 2 MB paste", _big_paste(folder, ctx.sizes.paste_bytes), "en"),
        ("ingest, a 2 MB line", _unbroken_line(folder, ctx.sizes.paste_bytes), "en"),
    ):
        runs = []
        for number in range(BIG_PASTE_RUNS):  # each in a new workspace of its own
            fresh = folder / f"ws-{path.stem}-{number}"
            run(press_command("init", str(fresh), "--source-language", "en")).check("press init")
            command = press_command("ingest", str(path), "--lang", lang, "--id", path.stem)
            runs.append(run(command, cwd=fresh, env=env).check(f"press {name}"))
        took = statistics.median(r.seconds for r in runs)
        spread = f"{seconds(min(r.seconds for r in runs))}–{seconds(max(r.seconds for r in runs))}"
        out.rows.append(
            Row(
                case=name,
                press=f"{path.stat().st_size / 1024 / 1024:.2f} MB: {seconds(took)} ({spread})",
                press_rss=megabytes(max(r.rss_mb for r in runs)),
                target=verdict(took < 2.0, "< 2 s"),
            )
        )
    out.notes.append(
        f"ingest: {ctx.sizes.startup_runs} runs of each, alternating, median; every press "
        "ingest writes a new release (source.md, the original, one PO file per language, "
        f"the journal). Each 2 MB case runs {BIG_PASTE_RUNS} times, each in a new workspace of "
        "its own; the figure is the median, the range beside it. The 2 MB paste "
        "has a page's head, paragraphs with doubled spaces and a clutter line after every "
        "ninth; the 2 MB line is one word of 'a.b' repeated."
    )
    return out
