"""One side of a case, run in a fresh process so that its peak memory is its own.

``python worker.py TASK JSON`` does one thing once and prints one JSON line.
The runner times the whole process (start-up, imports and reading the data
included: the figure every ratio uses); ``seconds`` in the JSON line is the
call alone, timed inside the process with ``perf_counter``, shown beside it.
Only what the task needs is imported: the press side imports ``workflow``, the
pysbd side pysbd, the polib side polib.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def update(args: dict) -> dict:
    from workflow.actions import update as update_release
    from workflow.people import identify
    from workflow.workspace import Workspace

    ws = Workspace.find(Path(args["root"]))
    start = time.perf_counter()
    result = update_release(ws, identify(ws.config, "bench"), args["release"])
    return {"seconds": time.perf_counter() - start, "counts": result.counts}


def read_catalog(args: dict) -> dict:
    from workflow.po.catalogs import read_catalog

    start = time.perf_counter()
    catalog = read_catalog(Path(args["path"]))
    return {"seconds": time.perf_counter() - start, "units": len(catalog.units)}


def memory_refresh(args: dict) -> dict:
    from workflow.memory import Memory
    from workflow.workspace import Workspace

    ws = Workspace.find(Path(args["root"]))
    start = time.perf_counter()
    counts = Memory(ws).refresh()
    return {"seconds": time.perf_counter() - start, "counts": counts}


def _match(match) -> dict:
    keys = ("source", "target", "score", "origin", "approved")
    return {key: getattr(match, key, None) for key in keys}


def memory_lookup(args: dict) -> dict:
    """One lookup of the query in a fresh process (the index built already), as pot2po does once."""
    from workflow.memory import Memory
    from workflow.workspace import Workspace

    ws = Workspace.find(Path(args["root"]))
    sources = json.loads(Path(args["query"]).read_text(encoding="utf-8"))
    start = time.perf_counter()
    matches = Memory(ws).lookup(sources, "en", "kk", threshold=args["threshold"])
    seconds = time.perf_counter() - start
    found = {source: _match(match) for source, match in matches.items()}
    return {"seconds": seconds, "matches": found}


def _paragraphs(args: dict) -> list[list[str]]:
    return json.loads(Path(args["paragraphs"]).read_text(encoding="utf-8"))


def _segment_result(paragraphs, cut, seconds: float) -> dict:
    sentences = sum(len(p) for p in paragraphs)
    right = sum(1 for p, got in zip(paragraphs, cut, strict=True) if got == p)
    return {"seconds": seconds, "sentences": sentences, "right": right}


def segment_press(args: dict) -> dict:
    from workflow.segment import split_sentences

    paragraphs = _paragraphs(args)
    texts = [" ".join(p) for p in paragraphs]
    start = time.perf_counter()
    cut = [split_sentences(text, "en") for text in texts]
    return _segment_result(paragraphs, cut, time.perf_counter() - start)


def segment_pysbd(args: dict) -> dict:
    import pysbd

    paragraphs = _paragraphs(args)
    texts = [" ".join(p) for p in paragraphs]
    segmenter = pysbd.Segmenter(language="en", clean=False)
    start = time.perf_counter()
    cut = [[s.strip() for s in segmenter.segment(text) if s.strip()] for text in texts]
    return _segment_result(paragraphs, cut, time.perf_counter() - start)


def status_polib(args: dict) -> dict:
    """The baseline of ``press status``: read every PO file with polib and count states."""
    import polib

    start = time.perf_counter()
    counts = {"files": 0, "total": 0, "untranslated": 0, "fuzzy": 0, "translated": 0}
    for path in sorted(Path(args["root"], "translations").glob("*/*.po")):
        po = polib.pofile(str(path))
        counts["files"] += 1
        for entry in po:
            counts["total"] += 1
            if not entry.msgstr:
                counts["untranslated"] += 1
            elif entry.fuzzy:
                counts["fuzzy"] += 1
            else:
                counts["translated"] += 1
    return {"seconds": time.perf_counter() - start, "counts": counts}


def export_bare(args: dict) -> dict:
    """The baseline of ``press export``: the same release's units, read with polib, written
    by python-docx and jinja2 with nothing else (one paragraph per unit, no letterhead,
    typography, fonts or checks), each file's sha256 listed, and a zip of them all."""
    import hashlib
    import io
    import zipfile

    import docx
    import jinja2
    import polib

    start = time.perf_counter()
    root, release = Path(args["root"]), args["release"]
    out = Path(args["out"])
    out.mkdir(parents=True, exist_ok=True)
    source = (root / "releases" / release / "source.md").read_text(encoding="utf-8")
    body = source.split("\n---\n", 1)[1]
    texts = {"en": [line for line in body.splitlines() if line.strip()]}
    for lang in ("kk", "ru"):
        po = polib.pofile(str(root / "translations" / lang / f"{release}.po"))
        texts[lang] = [entry.msgstr for entry in po]
    page = jinja2.Environment(autoescape=True).from_string(
        '<!DOCTYPE html><html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ title }}'
        "</title></head><body>{% for t in texts %}<p>{{ t }}</p>{% endfor %}</body></html>"
    )
    files = {}
    for lang, lines in texts.items():
        document = docx.Document()
        document.add_heading(lines[0], 1)
        for line in lines[1:]:
            document.add_paragraph(line)
        buffer = io.BytesIO()
        document.save(buffer)
        files[f"{release}.{lang}.docx"] = buffer.getvalue()
        files[f"{release}.{lang}.html"] = page.render(
            lang=lang, title=lines[0], texts=lines
        ).encode()
    manifest = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    files["manifest.json"] = json.dumps(manifest).encode()
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed:
        for name, data in sorted(files.items()):
            packed.writestr(f"{release}/{name}", data)
            (out / name).write_bytes(data)
    (out.parent / f"{out.name}.zip").write_bytes(archive.getvalue())
    return {"seconds": time.perf_counter() - start, "files": len(files)}


TASKS = {
    "update": update,
    "read-catalog": read_catalog,
    "memory-refresh": memory_refresh,
    "memory-lookup": memory_lookup,
    "segment-press": segment_press,
    "segment-pysbd": segment_pysbd,
    "status-polib": status_polib,
    "export-bare": export_bare,
}


def _peak_rss_mb() -> float | None:
    """This process's own peak RSS (``VmHWM``: the high-water mark of its address space)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="utf-8")
    except OSError:
        return None
    line = next((line for line in status.splitlines() if line.startswith("VmHWM:")), None)
    return int(line.split()[1]) / 1024 if line else None


def main(argv: list[str]) -> int:
    task, args = argv[1], json.loads(argv[2])
    result = TASKS[task](args)
    result["vmhwm_mb"] = _peak_rss_mb()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
