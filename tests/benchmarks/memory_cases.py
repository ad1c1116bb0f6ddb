"""The translation-memory cases: leverage (20,000 units, against pot2po) and leverage-1m."""

from __future__ import annotations

from benchmarks.cases import Context, po_entries, timed
from benchmarks.data import plain_po
from benchmarks.measure import run, tool, worker
from benchmarks.report import Outcome, Row, count, megabytes, seconds, times, verdict
from benchmarks.scenarios import (
    MemoryData,
    make_memory,
    memory_quality,
    memory_quality_by_target,
    touch_memory,
    write_json,
)

THRESHOLD = 75


def memory_missing() -> str | None:
    """Why the memory cases cannot run, or None."""
    try:
        from workflow.memory import Memory  # noqa: F401
    except ImportError as exc:
        return f"`workflow.memory.Memory` is not available yet ({exc})"
    return None


def _skip(out: Outcome, case: str, reason: str) -> Outcome:
    out.skipped.append(f"{case}: {reason}")
    out.rows.append(Row(case, f"skipped: {reason}"))
    return out


def _figures(q: dict) -> str:
    return f"exact {q['exact']}/10, edited {q['edited']}/10, false {q['false']}/20"


def _data_note(data: MemoryData, made: float) -> str:
    return (
        f"Data: {count(data.files)} PO files of {count(data.units // data.files)} approved "
        f"kk units ({count(data.units)} units; {made:.1f} s to generate); "
        "the query: 10 memory sentences, 10 edited ones (one or two words or a number), 20 new."
    )


def _misses(data: MemoryData, found: dict) -> list[str]:
    """What press returned for the exact and edited sentences it did not recover."""
    notes = []
    expected = {**{s: s for s in data.exact}, **data.edited}
    for sentence, origin in expected.items():
        match = found.get(sentence)
        if match is None or match["source"] != origin:
            got = f"{match['score']}% of “{match['source'][:50]}…”" if match else "nothing"
            notes.append(f"missed: “{sentence[:60]}…” (got {got})")
    for sentence in data.new:
        if sentence in found:
            notes.append(f"false: “{sentence[:60]}…” got {found[sentence]['score']}%")
    return notes


def _lookup(data: MemoryData, ctx: Context, name: str):
    query = write_json(ctx.folder(name) / "query.json", data.query)
    done, result = worker(
        "memory-lookup", root=str(data.root), query=str(query), threshold=THRESHOLD
    )
    return done, result, memory_quality(data, result["matches"])


def case_leverage(ctx: Context) -> Outcome:
    out = Outcome()
    reason = memory_missing()
    if reason:
        return _skip(out, "leverage", reason)
    folder = ctx.folder("leverage")
    sizes = ctx.sizes
    data, made = timed(make_memory, folder, sizes.memory_files, sizes.memory_per_file, tm_po=True)
    out.notes.append(_data_note(data, made))
    build_run, build = worker("memory-refresh", root=str(data.root))
    done, result, press_q = _lookup(data, ctx, "leverage")
    out.notes += [
        f"press index build (`Memory.refresh`): {seconds(build['seconds'])}, "
        f"peak RSS {megabytes(build_run.rss_mb)}; {build['counts']}.",
        f"press lookup, warm index: first in a fresh process {seconds(result['seconds'])}, "
        f"again {seconds(result['repeat'])}; process {seconds(done.seconds)}, "
        f"peak RSS {megabytes(done.rss_mb)}; {_figures(press_q)}.",
        *_misses(data, result["matches"]),
    ]
    pot2po = tool("pot2po")
    if pot2po is None:
        out.skipped.append("leverage: `pot2po` (translate-toolkit) is not installed")
        out.rows.append(Row("leverage", seconds(result["seconds"]), "pot2po: not installed"))
        return out
    base, base_q = _pot2po_memory(pot2po, data, folder)
    out.notes.append(
        f"pot2po --tm: {seconds(base.seconds)}, peak RSS {megabytes(base.rss_mb)}; "
        f"{_figures(base_q)}."
    )
    ratio = result["seconds"] / base.seconds
    met = (
        ratio <= 0.1
        and press_q["exact"] >= base_q["exact"]
        and press_q["edited"] >= base_q["edited"]
        and (press_q["false"] < base_q["false"] or press_q["false"] == 0)
    )
    out.rows.append(
        Row(
            case="leverage",
            press=f"lookup {seconds(result['seconds'])} (index build {seconds(build['seconds'])})",
            baseline=f"pot2po --tm: {seconds(base.seconds)}",
            baseline_figure="3.0 s; 10/10 exact, 10/10 edited, 3 false",
            ratio=times(ratio),
            press_rss=megabytes(done.rss_mb),
            baseline_rss=megabytes(base.rss_mb),
            quality=f"press {_figures(press_q)}; pot2po {_figures(base_q)}",
            target=verdict(met, "≤ 1/10 of its time, same recall, fewer false"),
        )
    )
    return out


def _pot2po_memory(pot2po: str, data: MemoryData, folder):
    empty = folder / "empty.po"
    empty.write_text(plain_po([], "kk"), encoding="utf-8")
    pot = folder / "query.pot"
    pot.write_text(plain_po([(s, "") for s in data.query], None), encoding="utf-8")
    output = folder / "pot2po.po"
    cmd = [pot2po, "--progress=none", "-t", str(empty), f"--tm={data.tm_po}", "-i", str(pot)]
    base = run([*cmd, "-o", str(output)]).check("pot2po --tm")
    targets = {msgid: msgstr for msgid, (msgstr, _fuzzy) in po_entries(output).items()}
    return base, memory_quality_by_target(data, targets)


def case_leverage_1m(ctx: Context) -> Outcome:
    out = Outcome()
    reason = memory_missing()
    if reason:
        return _skip(out, "leverage-1m", reason)
    sizes = ctx.sizes
    folder = ctx.folder("leverage-1m")
    data, made = timed(make_memory, folder, sizes.big_files, sizes.big_per_file, tm_po=False)
    out.notes.append(_data_note(data, made))
    build_run, build = worker("memory-refresh", root=str(data.root))
    changed, deleted = touch_memory(data)
    again_run, again = worker("memory-refresh", root=str(data.root))
    done, result, press_q = _lookup(data, ctx, "leverage-1m")
    incremental = again["counts"].get("files") == 1 and again["counts"].get("removed") == 1
    out.notes += [
        f"index build from nothing: {seconds(build['seconds'])}, "
        f"peak RSS {megabytes(build_run.rss_mb)}; {build['counts']}.",
        f"after changing file {changed} and deleting file {deleted}: refresh "
        f"{seconds(again['seconds'])}, peak RSS {megabytes(again_run.rss_mb)}; {again['counts']}.",
        f"lookup: first in a fresh process {seconds(result['seconds'])}, again "
        f"{seconds(result['repeat'])}; peak RSS {megabytes(done.rss_mb)}; {_figures(press_q)}.",
        *_misses(data, result["matches"]),
    ]
    build_met = incremental and again["seconds"] < build["seconds"] / 10
    out.rows += [
        Row(
            case="leverage-1m (index build)",
            press=f"{seconds(build['seconds'])}; refresh after 2 files changed "
            f"{seconds(again['seconds'])}",
            press_rss=megabytes(max(build_run.rss_mb, again_run.rss_mb)),
            quality=f"{count(data.units)} units; refresh re-read {again['counts']}",
            target=verdict(
                build_met and max(build_run.rss_mb, again_run.rss_mb) <= 512,
                "incremental, ≤ 512 MB",
            ),
        ),
        Row(
            case="leverage-1m (lookup)",
            press=f"{seconds(result['seconds'])}",
            press_rss=megabytes(done.rss_mb),
            quality=_figures(press_q),
            target=verdict(result["seconds"] < 1 and done.rss_mb <= 512, "< 1 s, ≤ 512 MB"),
        ),
    ]
    return out
