"""The translation-memory cases: leverage (20,000 units, against pot2po) and leverage-1m."""

from __future__ import annotations

import json
import statistics
import sys
from dataclasses import dataclass

from benchmarks.cases import Context, po_entries, press_command, timed
from benchmarks.data import plain_po
from benchmarks.measure import press_env, run, tool, worker
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
        f"press index build (`Memory.refresh`, in another process beforehand): "
        f"{seconds(build['seconds'])} in the call, {seconds(build_run.seconds)} for the whole "
        f"process, peak RSS {megabytes(build_run.rss_mb)}; {build['counts']}.",
        _lookup_note(done, result, press_q),
        *_misses(data, result["matches"]),
    ]
    pot2po = tool("pot2po")
    if pot2po is None:
        out.skipped.append("leverage: `pot2po` (translate-toolkit) is not installed")
        out.rows.append(Row("leverage", _lookup_figure(done, result), "pot2po: not installed"))
        return out
    base, base_q = _pot2po_memory(pot2po, data, folder)
    out.notes.append(
        f"pot2po --tm (the whole process, reading memory.po and the POT, writing the PO file): "
        f"{seconds(base.seconds)}, peak RSS {megabytes(base.rss_mb)}; {_figures(base_q)}."
    )
    ratio = done.seconds / base.seconds
    out.notes.append(
        f"Ratio, whole process against whole process: {seconds(done.seconds)} / "
        f"{seconds(base.seconds)} = {times(ratio)}."
    )
    met = (
        ratio <= 0.1
        and press_q["exact"] >= base_q["exact"]
        and press_q["edited"] >= base_q["edited"]
        and (press_q["false"] < base_q["false"] or press_q["false"] == 0)
    )
    out.rows.append(
        Row(
            case="leverage",
            press=f"{_lookup_figure(done, result)}; index build {seconds(build['seconds'])}",
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


def _lookup_figure(done, result: dict) -> str:
    return f"{seconds(done.seconds)} (lookup in the call {seconds(result['seconds'])})"


def _lookup_note(done, result: dict, press_q: dict) -> str:
    rest = done.seconds - result["seconds"]
    return (
        f"press lookup, warm index, one lookup of the 40 sentences in a fresh worker process: "
        f"{seconds(done.seconds)} for the whole process, of which the lookup call "
        f"{seconds(result['seconds'])} and the rest (Python start-up, importing "
        f"`workflow.memory`, finding the workspace, reading the query, printing the result) "
        f"{seconds(rest)}; peak RSS {megabytes(done.rss_mb)}; {_figures(press_q)}."
    )


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
    _still_run, still = worker("memory-refresh", root=str(data.root))
    done, result, press_q = _lookup(data, ctx, "leverage-1m")
    incremental = again["counts"].get("files") == 1 and again["counts"].get("removed") == 1
    out.notes += [
        f"index build from nothing: {seconds(build['seconds'])} in the call, "
        f"{seconds(build_run.seconds)} for the whole process, "
        f"peak RSS {megabytes(build_run.rss_mb)}; {build['counts']}.",
        f"after changing file {changed} and deleting file {deleted}: refresh "
        f"{seconds(again['seconds'])} in the call, {seconds(again_run.seconds)} for the whole "
        f"process, peak RSS {megabytes(again_run.rss_mb)}; {again['counts']}.",
        f"refresh with nothing changed (every lookup starts with one: {count(data.files - 1)} "
        f"files stat'ed and compared): {seconds(still['seconds'])} in the call; "
        f"{still['counts']}.",
        _lookup_note(done, result, press_q),
        *_misses(data, result["matches"]),
    ]
    one = _one_lookup(data, ctx)
    out.notes.append(_one_lookup_note(one, ctx.sizes.startup_runs))
    build_rss = max(build_run.rss_mb, again_run.rss_mb)
    build_met = (
        build["seconds"] < 30
        and incremental
        and again["seconds"] < build["seconds"] / 10
        and build_rss <= 512
    )
    out.rows += [
        Row(
            case="leverage-1m (index build)",
            press=f"{seconds(build['seconds'])}; refresh after 2 files changed "
            f"{seconds(again['seconds'])} (both in the call)",
            press_rss=megabytes(build_rss),
            quality=f"{count(data.units)} units; refresh re-read {again['counts']}",
            target=verdict(build_met, "< 30 s, incremental, ≤ 512 MB"),
        ),
        Row(
            case="leverage-1m (lookup)",
            press=_lookup_figure(done, result),
            press_rss=megabytes(done.rss_mb),
            quality=_figures(press_q),
            target=verdict(
                done.seconds < 1 and done.rss_mb <= 512, "whole process < 1 s, ≤ 512 MB"
            ),
        ),
        Row(
            case="leverage-1m (one lookup)",
            press=f"{seconds(one.lookup)} (in the call {seconds(one.call)}); "
            f"press tm search {seconds(one.search)}",
            baseline=f"python -c pass: {seconds(one.python)}",
            ratio=times(one.lookup / one.python),
            press_rss=megabytes(one.rss_mb),
            quality=one.quality,
            target=verdict(one.lookup < 0.1 and one.found, "whole process < 100 ms"),
        ),
    ]
    return out


@dataclass
class _OneLookup:
    """Medians of alternating runs: one sentence looked up, searched, and ``python -c pass``."""

    lookup: float
    """A worker process's whole run."""
    call: float
    search: float
    python: float
    rss_mb: float
    found: bool

    @property
    def quality(self) -> str:
        return "the edited sentence's unit found" if self.found else "**missed** its unit"


def _one_lookup(data: MemoryData, ctx: Context) -> _OneLookup:
    """One sentence, as a translator's ``press tm search`` or a release's update asks it:
    an edited one (the costliest kind: no exact match, then the fuzzy candidates)."""
    sentence, origin = next(iter(data.edited.items()))
    query = write_json(ctx.folder("leverage-1m") / "one.json", [sentence])
    search = press_command("tm", "search", sentence, "--lang", "kk", "--limit", "1", "--json")
    lookups, searches, pythons = [], [], []
    for _ in range(ctx.sizes.startup_runs):
        lookups.append(
            worker("memory-lookup", root=str(data.root), query=str(query), threshold=THRESHOLD)
        )
        searches.append(run(search, cwd=data.root, env=press_env()).check("press tm search"))
        pythons.append(run([sys.executable, "-c", "pass"]).check("python -c pass"))
    match = lookups[-1][1]["matches"].get(sentence)
    shown = json.loads(searches[-1].stdout or "[]")
    return _OneLookup(
        lookup=statistics.median(done.seconds for done, _ in lookups),
        call=statistics.median(result["seconds"] for _, result in lookups),
        search=statistics.median(done.seconds for done in searches),
        python=statistics.median(done.seconds for done in pythons),
        rss_mb=max(done.rss_mb for done, _ in lookups),
        found=bool(match and match["source"] == origin and shown) and shown[0]["source"] == origin,
    )


def _one_lookup_note(one: _OneLookup, runs: int) -> str:
    return (
        f"one lookup of one edited sentence, warm index, {runs} runs of each alternating, "
        "medians: a fresh worker process (`Memory(ws).lookup([sentence], 'en', 'kk')`, "
        f"which first stats every file of the memory) {seconds(one.lookup)} for the whole "
        f"process, the call {seconds(one.call)}, peak RSS {megabytes(one.rss_mb)}; "
        "`press tm search SENTENCE --lang kk --limit 1 --json` (PRESS_USER=bench, in the "
        f"workspace) {seconds(one.search)}; `python -c pass` {seconds(one.python)}; "
        f"{one.quality} (both)."
    )
