"""The benchmark suite of press: each case beside its baseline, in the same run.

    python tests/benchmarks/run.py                   # every case, full sizes (~15 min)
    python tests/benchmarks/run.py --only segment,startup
    python tests/benchmarks/run.py --quick --out /tmp/results.md   # tiny sizes (smoke test)

Data are synthetic and made from fixed seeds in a temporary folder (removed
afterwards unless ``--keep``). Every side of every case runs in a fresh process,
so the peak RSS reported is that process's own. The table goes to standard
output and, headed by the machine it was measured on, to
``tests/benchmarks/results.md`` (or ``--out``). Exit code 1 when a case failed
(not when a target was missed, nor when a baseline is not installed).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import (
    cases,
    check_cases,
    everyday_cases,
    export_cases,
    machine_cases,
    memory_cases,
    report,
)
from benchmarks.measure import RSS_METHOD, machine

CASES = {
    "update": cases.case_update,
    "leverage": memory_cases.case_leverage,
    "leverage-1m": memory_cases.case_leverage_1m,
    "segment": cases.case_segment,
    "status": cases.case_status,
    "startup": cases.case_startup,
    "everyday": everyday_cases.case_everyday,
    "ingest": cases.case_ingest,
    "translate": machine_cases.case_machine,
    "checks": check_cases.case_checks,
    "export": export_cases.case_export,
}
RUN_ORDER = (
    "startup",
    "everyday",
    "ingest",
    "translate",
    "segment",
    "status",
    "checks",
    "export",
    "leverage",
    "leverage-1m",
    "update",
)
"""Quick, quiet cases first; the one that waits for msgmerge last."""
DEFAULT_OUT = Path(__file__).with_name("results.md")
PACKAGE = Path(__file__).resolve().parents[2] / "workflow"

HOW = """\
- Each side runs in a fresh process, one after the other, never two at once.
- press's modules are compiled to bytecode before the first case, as pip
  compiles an installed package (an editable install writes it on the first
  run, unless PYTHONDONTWRITEBYTECODE is set; then every process would compile
  every module it imports from source).
  Peak RSS is that process's own maximum resident set, from {rss}.
- Every ratio, and every target that depends on one, compares the wall time of
  the whole press process with the whole baseline process, both measured in
  this run: Python start-up, imports and reading the data are counted on the
  press side as the baselines' start-up is on theirs. Where a figure reads
  "(in the call …)", it is the press (or pysbd) call alone, timed with
  `perf_counter` inside that same process, for orientation only; no ratio
  uses it. The index-build row of `leverage-1m` has no baseline and gives the
  calls; the details give their whole processes too.
- `update`: press is the command a user runs, `press update ID` in the
  workspace (PRESS_USER=bench), on a workspace whose `source.md` was edited;
  msgmerge and pot2po merge the same translated PO file with a POT of the new
  sentences. Beside it, `workflow.actions.update(ws, actor, release_id)` timed
  in a worker process, on a copy of the workspace made before either ran.
  Recovered = an edited sentence left fuzzy with the translation of the
  sentence it was; misleading = a new sentence given any translation. Every
  output, press's from the PO file `press update` wrote, is read with the same
  polib reader.
- `leverage`: press is a worker process that finds the workspace and looks up
  the 40 query sentences once with `Memory(workspace).lookup(..., threshold=75)`,
  after the index was built in another process (its build time is given
  apart); pot2po fills an empty PO file from `--tm=memory.po` (the same units),
  once. Exact = score 100 with the memory's translation; edited = score ≥ 75
  from the right memory sentence (pot2po: the right translation); false = a new
  sentence with any match. `leverage-1m (lookup)` is the same process on a
  million units; its < 1 s target is for the whole process. `leverage-1m (one
  lookup)` is a worker process looking up one sentence, and `press tm search`,
  each beside `python -c pass`, medians of alternating runs.
- `everyday`: each everyday command as its user would run it, in a copy of the
  repository's sample workspace with one more release of 40 units, alternating
  with `python -c pass`; the medians, and the import time from one more run
  under `python -X importtime` (the sum of every module's own time). A push
  starts each time from the same copy.
- `segment`: press and pysbd are each a worker process that reads the same
  paragraphs JSON file and cuts every paragraph; sentences/s are from the
  cutting alone, the ratio from the whole processes.
- `checks`: press is `press check --all --json` in the workspace, one process
  (exit code 1 when it found an error is no failure); pofilter (translate-toolkit,
  default checks) runs on the same PO files, one process per language folder, and
  its figure is the two processes' time together (its RSS the larger). Planted
  faults (1 % of the units: a changed digit, a Latin look-alike letter) count as
  found when press reports that unit with the check meant for them (facts, script).
- `export`: one release, `press export ID --draft --format docx,html` in the
  workspace (every language's DOCX and HTML, index, manifest, zip), median of
  alternating runs, against a bare script that writes the same units with
  python-docx and jinja2 alone (and `python -c pass` for scale); then
  `press export --all --draft` over the whole workspace, on one core (the
  process's CPU affinity set to core 0) against both, exports/ removed before each.
- `status`: `press status --json` twice in the workspace (cold: first run after
  the files were written, whatever caches press keeps are empty; warm: the
  second), against a polib script run as a process. `startup`: `press --help`
  against `python -c pass`, medians of alternating runs.
- The "baseline figure" column is what the baseline took on this kind of machine
  when the targets were set, for orientation; ratios use this run's figures.
"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help=f"comma-separated cases: {', '.join(CASES)}")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (the smoke test)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the results file")
    parser.add_argument(
        "--data", type=Path, help="generate data in this folder, and keep it (default: a temp one)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",")] if args.only else list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"unknown case {', '.join(unknown)}; the cases are {', '.join(CASES)}")
    args.names = [n for n in RUN_ORDER if n in names]
    return args


def run_case(name: str, ctx: cases.Context) -> tuple[report.Outcome, bool]:
    print(f"[{time.strftime('%H:%M:%S')}] {name} ...", flush=True)
    start, load = time.perf_counter(), os.getloadavg()[0]
    try:
        outcome = CASES[name](ctx)
        ok = not any(row.press.startswith("error") for row in outcome.rows)
    except Exception as exc:
        outcome, ok = report.Outcome(), False
        outcome.rows.append(report.Row(name, f"error: {exc}"[:200], target="**no** (error)"))
        outcome.notes.append("```\n" + traceback.format_exc() + "```")
    outcome.notes.append(
        f"The case took {time.perf_counter() - start:.0f} s in all; the load average "
        f"(1 min) was {load:.2f} before it and {os.getloadavg()[0]:.2f} after."
    )
    for line in outcome.skipped:
        print(f"    skipped: {line}", flush=True)
    print(report.table(outcome.rows), flush=True)
    return outcome, ok


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    sizes = cases.QUICK if args.quick else cases.FULL
    data = args.data or Path(tempfile.mkdtemp(prefix="press-bench-"))
    measured_on = machine()  # before the run: the commit measured
    compileall.compile_dir(PACKAGE, quiet=1)  # as an installed package is (see HOW)
    print(f"press benchmarks ({'quick' if args.quick else 'full'} sizes), data in {data}")
    outcomes, failed = {}, []
    try:
        for name in args.names:
            outcomes[name], ok = run_case(name, cases.Context(sizes, data))
            if not ok:
                failed.append(name)
    finally:
        if not (args.keep or args.data):
            shutil.rmtree(data, ignore_errors=True)
    title = "press benchmarks" + (" (quick sizes: figures mean nothing)" if args.quick else "")
    how = HOW.format(rss=RSS_METHOD)
    text = report.document(
        measured_on, {n: outcomes[n] for n in CASES if n in outcomes}, title, how
    )
    report.write(args.out, text)
    print(report.table([row for n in CASES if n in outcomes for row in outcomes[n].rows]))
    print(f"written to {args.out}" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
