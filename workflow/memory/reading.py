"""Reading the files the memory is made of: a workspace PO file's translated units, a TMX
file's pairs, each as the rows the index stores
``(source, target, source_language, target_language, approved, preference)``.

Apart from :mod:`files`, so that a lookup that finds nothing changed imports no reader.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import PressError
from ..model import LANGUAGES, UnitState
from ..po.catalogs import read_catalog
from ..rules import is_machine_output
from .build import Read
from .tmx import read_tmx


def po_rows(path: Path, target: str) -> tuple[str, list[tuple]]:
    """The origin (release id) and the translated or approved units of a workspace PO file
    of ``translations/<target>/``.

    A machine's text counts only once a reviewer approved it: until then it is no
    person's translation, and a later release must not take it as one. A file whose
    ``Language`` is not its folder's gives none: which of the two is right is not known,
    and a lookup into a language sees to that language's folder alone.
    """
    catalog = read_catalog(path)
    source = catalog.source_language
    origin = catalog.release_id or path.stem
    if catalog.language not in (None, "", target):
        return origin, []
    if source not in LANGUAGES or target not in LANGUAGES or source == target:
        return origin, []
    rows = [
        (unit.source, unit.translation, source, target, unit.state is UnitState.APPROVED, "")
        for unit in catalog.units
        if unit.state >= UnitState.TRANSLATED
        and unit.translation
        and unit.source
        and not is_machine_output(unit)
    ]
    return origin, rows


def read_po(root: Path, path: str) -> Read | None:
    """A workspace PO file read for a build from nothing; None when it is gone.

    An unreadable file comes with its error and no rows (it is read again once it changes).
    """
    full = root / path
    try:
        st = full.stat()
    except FileNotFoundError:
        return None
    try:
        origin, rows = po_rows(full, path.split("/")[1])
    except (PressError, OSError, ValueError) as exc:  # a broken file must not stop the rest
        return path, st.st_size, st.st_mtime_ns, full.stem, [], str(exc)
    return path, st.st_size, st.st_mtime_ns, origin, rows, None


def tmx_rows(path: Path, name: str) -> Iterator[tuple]:
    for pair in read_tmx(path, name):
        yield (
            pair.source,
            pair.target,
            pair.source_language,
            pair.target_language,
            False,
            pair.preference,
        )


def tmx_origin(name: str) -> str:
    return f"tmx:{name}"
