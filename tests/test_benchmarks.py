"""The benchmark suite runs end to end at tiny sizes (nothing is asserted about timings)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).parent / "benchmarks" / "run.py"
CASES = (
    "update",
    "leverage",
    "leverage-1m",
    "segment",
    "status",
    "startup",
    "everyday",
    "translate",
    "checks",
    "export",
)


def test_quick_run_writes_every_case(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    done = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[1],
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert "## Machine" in text and "CPU" in text and "Python" in text
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| case | press | baseline |")
    for case in CASES:
        assert any(row.startswith(f"| {case}") for row in rows[1:]), case
    assert "error" not in "\n".join(rows[1:])
    # Ratios are whole process against whole process; in-process figures only beside them.
    assert "the whole press process with the whole baseline process" in text
    for case in ("update", "leverage", "segment"):
        press_cells = [row.split(" | ")[1] for row in rows[1:] if row.startswith(f"| {case} |")]
        assert press_cells and all("in the call" in cell for cell in press_cells), case
