"""The export case: one release's bundle in three languages, and ``press export --all``
over a whole workspace on both cores against one.

The workspace is the checks case's (realistic Kazakh and Russian translations of
press-release sentences), made smaller: every release translated into both
languages, exported as drafts (an export of approved releases renders the same
pages; only the DRAFT marks differ).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import sys
from pathlib import Path

from benchmarks.cases import Context, beside_python, press_command
from benchmarks.check_cases import make_checks
from benchmarks.measure import Run, press_env, run, worker
from benchmarks.report import Outcome, Row, count, megabytes, seconds, times, verdict

FORMATS = "docx,html"
"""PDF is left out: LibreOffice's own time would be the whole figure."""
ONE_CORE = "import os, sys; os.sched_setaffinity(0, {0}); os.execv(sys.argv[1], sys.argv[1:])"
"""Runs a command on the first core only (what ``taskset -c 0`` does, without taskset)."""


def _bundle_right(folder: Path, release_id: str) -> bool:
    """Whether a bundle has every language's DOCX and HTML, and a manifest whose hashes
    match the files."""
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        return False
    listed = {f["name"]: f["sha256"] for f in json.loads(manifest.read_text())["files"]}
    wanted = {
        f"{release_id}.{lang}.{fmt}" for lang in ("en", "kk", "ru") for fmt in ("docx", "html")
    }
    return wanted <= set(listed) and all(
        hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
        for name, digest in listed.items()
    )


def _export_all(root: Path, *, one_core: bool) -> Run:
    shutil.rmtree(root / "exports", ignore_errors=True)
    command = press_command("export", "--all", "--draft", "--format", FORMATS)
    if one_core:
        command = [sys.executable, "-c", ONE_CORE, *command]
    return run(command, cwd=root, env=press_env()).check("press export --all")


def case_export(ctx: Context) -> Outcome:
    out = Outcome()
    releases, per = ctx.sizes.export_releases, ctx.sizes.check_units
    data = make_checks(ctx.folder("export"), releases, per)
    root = data.root
    first = "2026-11-26-check-00000"
    out.notes.append(
        f"Data: {count(releases)} releases of {per} units (en, translated into kk and ru), "
        f"exported as drafts in {FORMATS} (every language's DOCX and HTML, index.html, "
        "manifest.json and the zip). The font (DejaVu Serif) is embedded where this machine "
        "has it; its subsets are made by the first export and kept in .press/fonts/."
    )
    # one release, whole process, alternating with python -c pass
    command = press_command("export", first, "--draft", "--format", FORMATS)
    press_runs, python_runs = beside_python(
        [command] * ctx.sizes.startup_runs, "press export", cwd=root, env=press_env()
    )
    press_s = statistics.median(r.seconds for r in press_runs)
    python_s = statistics.median(r.seconds for r in python_runs)
    right = _bundle_right(root / "exports" / first, first)
    bare_runs = [
        worker("export-bare", root=str(root), release=first, out=str(ctx.folder("bare") / first))[0]
        for _ in range(ctx.sizes.startup_runs)
    ]
    bare_s = statistics.median(r.seconds for r in bare_runs)
    out.notes.append(
        f"One release: {ctx.sizes.startup_runs} runs of `press export {first} --draft "
        f"--format {FORMATS}`, alternating with `python -c pass`, median {seconds(press_s)} "
        f"(first run {seconds(press_runs[0].seconds)}, with the font subsets still to make); "
        f"python -c pass {seconds(python_s)}; the bare python-docx + jinja2 script (one "
        "paragraph per unit, no letterhead, typography, font or checks) "
        f"{seconds(bare_s)}, median of as many runs. Bundle complete, manifest hashes "
        f"matching: {right}."
    )
    out.rows.append(
        Row(
            case="export, one release",
            press=f"3 languages, DOCX + HTML + zip: {seconds(press_s)}",
            baseline=f"python-docx + jinja2 script: {seconds(bare_s)}",
            ratio=times(press_s / bare_s),
            press_rss=megabytes(max(r.rss_mb for r in press_runs)),
            baseline_rss=megabytes(max(r.rss_mb for r in bare_runs)),
            quality="bundle complete, hashes match" if right else "**bundle wrong**",
            target=f"— (python -c pass: {seconds(python_s)})",
        )
    )
    # the whole workspace, one core and both
    one = _export_all(root, one_core=True)
    both = _export_all(root, one_core=False)
    bundles = [p for p in (root / "exports").iterdir() if p.is_dir()]
    whole = len(bundles) == releases and all(_bundle_right(p, p.name) for p in bundles)
    ratio = one.seconds / both.seconds
    out.notes.append(
        f"`press export --all --draft --format {FORMATS}` over {count(releases)} releases "
        f"(exports/ removed before each run): on one core (affinity set to core 0) "
        f"{seconds(one.seconds)}, peak RSS {megabytes(one.rss_mb)}; on both "
        f"{seconds(both.seconds)}, peak RSS {megabytes(both.rss_mb)} (the main process; each "
        f"worker is its own). Every bundle complete with its manifest matching: {whole}."
    )
    out.rows.append(
        Row(
            case="export --all",
            press=f"{count(releases)} releases on 2 cores: {seconds(both.seconds)}",
            baseline=f"press on 1 core: {seconds(one.seconds)}",
            ratio=f"{times(ratio)} as fast",
            press_rss=megabytes(both.rss_mb),
            baseline_rss=megabytes(one.rss_mb),
            quality=f"{count(len(bundles))} bundles" + ("" if whole else ", **some wrong**"),
            target=verdict(ratio >= 1.7 and whole, "≥ 1.7× one core"),
        )
    )
    return out
