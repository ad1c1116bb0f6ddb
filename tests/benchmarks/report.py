"""The result table: rows, number formats, and the markdown file."""

from __future__ import annotations

from dataclasses import astuple, dataclass, field
from pathlib import Path

COLUMNS = (
    "case",
    "press",
    "baseline",
    "baseline figure",
    "ratio",
    "press RSS",
    "baseline RSS",
    "quality",
    "target met?",
)


@dataclass
class Row:
    case: str
    press: str
    baseline: str = "—"
    baseline_figure: str = "—"
    """What the baseline took on this kind of machine when the targets were set."""
    ratio: str = "—"
    press_rss: str = "—"
    baseline_rss: str = "—"
    quality: str = "—"
    target: str = "—"


@dataclass
class Outcome:
    """What a case reports: its rows, and notes for the details section."""

    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def seconds(value: float) -> str:
    """A duration with three significant digits.

    >>> [seconds(v) for v in (399.4, 87.06, 1.8234, 0.04321, 0.0004)]
    ['399 s', '87.1 s', '1.82 s', '43.2 ms', '0.400 ms']
    """
    if value >= 100:
        return f"{value:.0f} s"
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.01:
        return f"{value * 1000:.1f} ms"
    return f"{value * 1000:.3f} ms"


def megabytes(value: float) -> str:
    return f"{value:.0f} MB"


def count(value: float) -> str:
    """A count with thousands separators.

    >>> count(20000)
    '20,000'
    """
    return f"{value:,.0f}"


def times(ratio: float) -> str:
    """How many times as long (or as fast) as something.

    >>> times(0.0047), times(2.3), times(215)
    ('1/213', '2.3×', '215×')
    """
    if ratio < 1:
        return f"1/{1 / ratio:,.0f}" if ratio < 0.1 else f"1/{1 / ratio:.1f}"
    return f"{ratio:,.0f}×" if ratio >= 10 else f"{ratio:.1f}×"


def verdict(met: bool, why: str) -> str:
    return f"{'yes' if met else '**no**'} ({why})"


def table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in rows:
        cells = [str(cell).replace("|", "\\|").replace("\n", " ") for cell in astuple(row)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def document(
    machine: list[tuple[str, str]], outcomes: dict[str, Outcome], title: str, how: str
) -> str:
    """The whole results file: the machine, the table, skipped baselines, details per case."""
    parts = [f"# {title}\n\n", "## Machine\n\n"]
    parts.append("".join(f"- {key}: {value}\n" for key, value in machine))
    rows = [row for outcome in outcomes.values() for row in outcome.rows]
    parts += ["\n## Results\n\n", table(rows)]
    skipped = [line for outcome in outcomes.values() for line in outcome.skipped]
    if skipped:
        parts.append("\n" + "".join(f"- Skipped: {line}\n" for line in skipped))
    parts += ["\n## How it was measured\n\n", how]
    parts.append("\n## Details\n")
    for name, outcome in outcomes.items():
        parts.append(f"\n### {name}\n\n" + "".join(f"- {note}\n" for note in outcome.notes))
    return "".join(parts)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
