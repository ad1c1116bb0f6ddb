"""The everyday commands on the sample workspace, each beside ``python -c pass``.

A translator or editor runs these dozens of times a day, and scripts run them in
loops: what they cost is nearly all start-up. Each command runs as the user
would (the ``press`` script, in the workspace), alternating with ``python -c
pass`` (the floor of any Python process); the figure is the median. The import
time is from one more run under ``python -X importtime`` (the sum of every
module's own time), for orientation.
"""

from __future__ import annotations

import re
import shutil
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.cases import Context, press_command
from benchmarks.measure import Run, press_env, run
from benchmarks.report import Outcome, Row, megabytes, seconds, times, verdict
from benchmarks.scenarios import make_paragraphs

REPOSITORY = Path(__file__).resolve().parents[2]
RATIO = 4
"""The target: each command within this many times ``python -c pass``."""
PEAK_MB = 60


@dataclass
class Everyday:
    root: Path
    pristine: Path
    """A copy of ``root`` before anything ran; a push starts from it every time."""
    release: str
    """The 40-unit release."""
    sample: str
    """A sample release of the repository (approved, with its journal)."""
    pushed: Path
    """A kk file of ``release`` with every unit translated, as a translator pushes it."""
    sentence: str


def _copy_samples(root: Path) -> None:
    root.mkdir(parents=True)
    shutil.copy2(REPOSITORY / "pyproject.toml", root / "pyproject.toml")
    for name in ("releases", "translations"):
        shutil.copytree(REPOSITORY / name, root / name)


def _translated(pulled: Path, out: Path) -> None:
    """Every unit of ``pulled`` given a Kazakh text that keeps the source's numbers."""
    import polib

    po = polib.pofile(str(pulled))
    for entry in po:
        numbers = " ".join(re.findall(r"\d+(?:[.,]\d+)?", entry.msgid))
        entry.msgstr = f"Ассамблея отырысы өтті, тараптар келісті {numbers}".strip() + "."
    po.save(str(out))


def make_everyday(folder: Path) -> Everyday:
    root = folder / "ws"
    shutil.rmtree(folder, ignore_errors=True)
    _copy_samples(root)
    sentences = [s for paragraph in make_paragraphs(12, seed=5) for s in paragraph][:38]
    body = "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))
    source = folder / "release.md"
    source.write_text(
        '---\ntitle: "The Assembly sums up the year"\ndate: 2026-12-01\nlanguage: en\n'
        'rubric: "News"\n---\n\n' + body + "\n",
        encoding="utf-8",
    )
    env = press_env() | {"PRESS_USER": "asel"}
    run(press_command("ingest", str(source), "--id", "2026-12-01-year"), cwd=root, env=env).check(
        "press ingest"
    )
    pulled = folder / "pulled.po"
    translator = press_env() | {"PRESS_USER": "aigerim"}
    run(
        press_command("pull", "2026-12-01-year", "-l", "kk", "-o", str(pulled)),
        cwd=root,
        env=translator,
    ).check("press pull")
    pushed = folder / "translated.po"
    _translated(pulled, pushed)
    pristine = folder / "pristine"
    shutil.copytree(root, pristine, symlinks=True)
    return Everyday(
        root=root,
        pristine=pristine,
        release="2026-12-01-year",
        sample="2026-11-12-osce-delegation",
        pushed=pushed,
        sentence=sentences[3],
    )


def _commands(data: Everyday, folder: Path) -> list[tuple[str, list[str], str]]:
    """(what the report calls it, the arguments, who runs it)."""
    return [
        ("list", ["list"], "asel"),
        ("status", ["status"], "asel"),
        ("status ID --json", ["status", data.sample, "--json"], "asel"),
        ("log ID", ["log", data.sample], "asel"),
        ("pull", ["pull", data.release, "-l", "kk", "-o", str(folder / "out.po")], "aigerim"),
        ("push, 40 units", ["push", str(data.pushed)], "aigerim"),
        ("tm search", ["tm", "search", data.sentence, "--lang", "kk"], "aigerim"),
        ("check ID", ["check", data.release, "--lang", "kk"], "asel"),
    ]


def _restore(data: Everyday) -> None:
    shutil.rmtree(data.root)
    shutil.copytree(data.pristine, data.root, symlinks=True)


def _import_ms(args: list[str], env: dict, cwd: Path) -> float:
    command = press_command(*args)
    if command[0] != sys.executable:  # the console script: run it under -X importtime
        command = [sys.executable, *command]
    command.insert(1, "-X")
    command.insert(2, "importtime")
    done = run(command, cwd=cwd, env=env)
    total = 0
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|", line)
        if match:
            total += int(match.group(1))
    return total / 1000


def case_everyday(ctx: Context) -> Outcome:
    out = Outcome()
    folder = ctx.folder("everyday")
    data = make_everyday(folder)
    out.notes.append(
        f"Data: the repository's three sample releases and one more of 40 units "
        f"({data.release}); each command in that workspace as its user, "
        f"{ctx.sizes.everyday_runs} runs alternating with python -c pass, the medians."
    )
    pushes = data.pushed.stat().st_size
    for name, args, who in _commands(data, folder):
        env = press_env() | {"PRESS_USER": who}
        press_runs: list[Run] = []
        python_runs: list[Run] = []
        for _ in range(ctx.sizes.everyday_runs):
            if args[0] == "push":
                _restore(data)  # every push takes the file into the same state
            done = run(press_command(*args), cwd=data.root, env=env)
            if done.returncode not in (0, 1) or (done.returncode and args[0] != "check"):
                done.check(f"press {name}")
            press_runs.append(done)
            python_runs.append(run([sys.executable, "-c", "pass"]).check("python -c pass"))
        imports = _import_ms(args, env, data.root)
        press_s = statistics.median(r.seconds for r in press_runs)
        python_s = statistics.median(r.seconds for r in python_runs)
        rss = max(r.rss_mb for r in press_runs)
        out.rows.append(
            Row(
                case=f"everyday: {name}",
                press=f"{seconds(press_s)} (imports {imports:.0f} ms)",
                baseline=f"python -c pass: {seconds(python_s)}",
                ratio=times(press_s / python_s),
                press_rss=megabytes(rss),
                baseline_rss=megabytes(max(r.rss_mb for r in python_runs)),
                target=verdict(
                    press_s <= RATIO * python_s and rss < PEAK_MB,
                    f"≤ {RATIO}× python -c pass, < {PEAK_MB} MB",
                ),
            )
        )
    _restore(data)
    out.notes.append(f"The pushed file: {pushes:,} bytes, every unit translated.")
    return out
