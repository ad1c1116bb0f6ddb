"""The machine-translation case: ``press translate --all`` against a DeepL-like server.

The server (``tests/deepl_server.py``) runs in this process on 127.0.0.1 and
waits 50 ms before answering each request, as a distant API does. press runs
as the command a user types; the baseline is the plain way to use the same
official client: one request per unit, one after the other, in a process of
its own, on the same texts.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from deepl_server import KEY, FakeDeepL

from benchmarks.cases import press_command
from benchmarks.data import (
    SentenceMaker,
    catalog_of,
    make_release,
    new_workspace,
    write_catalog,
    write_source,
)
from benchmarks.measure import press_env, run
from benchmarks.report import Outcome, Row, megabytes, seconds, times, verdict

LATENCY = 0.05

_ONE_BY_ONE = """\
import json, sys
import deepl
texts = json.load(open(sys.argv[1], encoding="utf-8"))
client = deepl.Translator(sys.argv[2], server_url=sys.argv[3])
out = [client.translate_text(t, source_lang="EN", target_lang="KK").text for t in texts]
print(json.dumps({"translated": len(out)}))
"""


def _workspace(folder: Path, releases: int, units: int) -> tuple[Path, list[str]]:
    """A workspace of ``releases`` English releases with ``units`` units in all, none translated."""
    ws = new_workspace(folder / "ws", ["en", "kk"])
    maker, taken = SentenceMaker(seed=51), set()
    texts = []
    per = units // releases - 1  # a headline each
    for number in range(releases):
        release = make_release(
            maker, f"2026-11-{number % 28 + 1:02d}-digest-{number}", f"Digest {number}", per, taken
        )
        digest = write_source(ws, release)
        catalog = catalog_of(release, "kk", release.units(), digest)
        write_catalog(ws, catalog, release.title, fast=False)
        texts += [u.source for u in catalog.units]
    return ws.root, texts


def case_machine(ctx) -> Outcome:
    out = Outcome()
    releases, units = ctx.sizes.machine_releases, ctx.sizes.machine_units
    folder = ctx.folder("machine")
    root, texts = _workspace(folder, releases, units)
    pristine = folder / "translations-before"
    shutil.copytree(root / "translations", pristine)
    command = press_command("translate", "--all", "--lang", "kk")
    with FakeDeepL(limit=None) as server:
        server.latency = LATENCY
        env = press_env() | {"DEEPL_AUTH_KEY": KEY, "DEEPL_SERVER_URL": server.url}
        first = run(command, cwd=root, env=env).check("press translate")
        requests = len(server.translations())
        sent = len(server.texts())
        shutil.rmtree(root / "translations")
        shutil.copytree(pristine, root / "translations")  # the drafts are gone; the cache is not
        second = run(command, cwd=root, env=env).check("press translate (cached)")
        requests_again = len(server.translations()) - requests
        texts_file = folder / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        script = folder / "one_by_one.py"
        script.write_text(_ONE_BY_ONE, encoding="utf-8")
        baseline = run([sys.executable, str(script), str(texts_file), KEY, server.url])
        baseline.check("one request per unit")
    out.rows.append(
        Row(
            case=f"translate, {len(texts):,} units of {releases} releases",
            press=f"{seconds(first.seconds)} ({requests} requests, {sent:,} texts)",
            baseline=f"a request per unit: {seconds(baseline.seconds)}",
            baseline_figure=f"≥ {len(texts) * LATENCY:.0f} s",
            ratio=times(first.seconds / baseline.seconds),
            press_rss=megabytes(first.rss_mb),
            baseline_rss=megabytes(baseline.rss_mb),
            quality=f"{sent:,} of {len(texts):,} texts sent",
            target=verdict(first.seconds < 3.0, "< 3 s"),
        )
    )
    out.rows.append(
        Row(
            case="translate again, from the cache",
            press=f"{seconds(second.seconds)} ({requests_again} requests)",
            press_rss=megabytes(second.rss_mb),
            target=verdict(requests_again == 0, "0 requests"),
        )
    )
    out.notes.append(
        f"translate: {releases} synthetic English releases, {len(texts):,} units into Kazakh, "
        f"against the DeepL-like test server on 127.0.0.1 with {LATENCY * 1000:.0f} ms added "
        "to every request. press is `press translate --all --lang kk` as a user runs it "
        "(batches of one release, at most 50 texts, four at a time). The second run starts "
        "from the same untranslated PO files with press's cache kept. The baseline sends the "
        "same texts with the same official client, one request per unit, one after another."
    )
    return out
