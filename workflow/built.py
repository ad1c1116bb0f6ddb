"""Each release as cut from its ``source.md``, kept in ``.press/built/`` between runs.

Cutting a source into units takes the Markdown reader and the segmenter: most of
what ``press push``, ``press pull`` or ``press check ID`` would import and compile,
a tenth of their whole run, for a result that changes only when the source does.
So the cut is kept, one JSON file per release, keyed by the source's digest, the
workspace's source language (the one a source without ``language:`` is in), and the
reader's own modules as they are on disk (names, sizes, modification times: the
key Python gives its own bytecode), so an edited source or another version of press
cuts again.

Derived data, like the rest of ``.press/``: an entry that cannot be read, or that
says anything but a release of well-formed blocks, is cut again; one that cannot be
written (a read-only checkout) is not kept. Entries are replaced whole (a rename),
and not synced to disk: one lost in a crash is cut again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import PressError
from .fsio import check_target
from .model import Block, BlockKind, Photo, Release
from .workspace import Workspace

_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent
_READER_MODULES = ("abbreviations.py", "built.py", "model.py", "segment.py")
"""Besides ``sources/``: the modules whose code decides how a source is cut."""


def release(ws: Workspace, release_id: str, digest: str, cut: Callable[[], Release]) -> Release:
    """The release ``source.md`` (of ``digest``) makes: as kept, or ``cut()`` now and kept."""
    reader = _reader_stamp()
    if reader is None:  # the modules are not files (a frozen build): nothing to key on
        return cut()
    key = [_FORMAT, digest, ws.config.source_language, reader]
    path = ws.state_dir / "built" / f"{release_id}.json"
    kept = _read(path, key, release_id)
    if kept is None:
        kept = cut()
        _write(path, key, kept)
    return kept


def _reader_stamp() -> list | None:
    try:
        with os.scandir(_PACKAGE / "sources") as entries:
            paths = sorted(e.path for e in entries if e.name.endswith(".py"))
        paths += [str(_PACKAGE / name) for name in _READER_MODULES]
        stats = [(path, os.stat(path)) for path in paths]
    except OSError:
        return None
    return [[os.path.basename(p), st.st_size, st.st_mtime_ns] for p, st in stats]


def _read(path: Path, key: list, release_id: str) -> Release | None:
    try:
        data = json.loads(path.read_bytes())
        if data["key"] != key:
            return None
        return _decode(data["release"], release_id)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _write(path: Path, key: list, kept: Release) -> None:
    data = json.dumps({"key": key, "release": _encode(kept)}, ensure_ascii=False)
    with contextlib.suppress(OSError, PressError):
        check_target(path)  # never through a link that leads out of the workspace
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
            os.replace(temporary, path)
        except OSError:
            os.unlink(temporary)
            raise


def _encode(kept: Release) -> dict:
    return {
        "language": kept.language,
        "date": kept.date.isoformat() if kept.date else None,
        "place": kept.place,
        "metadata": kept.metadata,
        "blocks": [
            [b.kind.value, list(b.sentences), [b.photo.file, b.photo.credit] if b.photo else None]
            for b in kept.blocks
        ],
    }


def _decode(data: dict, release_id: str) -> Release:
    """The kept release; TypeError or ValueError for anything but what :func:`_encode` writes."""
    blocks = []
    for kind, sentences, photo in data["blocks"]:
        if not (_texts(sentences) and (photo is None or (_texts(photo) and len(photo) == 2))):
            raise TypeError("not a block")
        blocks.append(Block(BlockKind(kind), tuple(sentences), Photo(*photo) if photo else None))
    language, place, metadata, date = (data[k] for k in ("language", "place", "metadata", "date"))
    if not (
        isinstance(language, str)
        and (place is None or isinstance(place, str))
        and isinstance(metadata, dict)
        and _texts(list(metadata))
        and _texts(list(metadata.values()))
    ):
        raise TypeError("not a release")
    return Release(
        id=release_id,
        language=language,
        blocks=tuple(blocks),
        date=dt.date.fromisoformat(date) if date is not None else None,
        place=place,
        metadata=metadata,
    )


def _texts(value) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
