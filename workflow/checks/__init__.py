"""Quality checks: small checks of one translated unit each, in one registry.

A check is a function ``test(subject, context) -> Iterable[str]`` that yields one
message per problem it finds in a unit's translation; :class:`Check` gives it an
id, a severity (an ``error`` blocks approval, a ``warning`` informs) and a
one-line description. Each module named in :data:`MODULES` holds one check, as
``CHECK``, and the list is the order reports show them in; ``text`` and ``numerals``
are what the checks read a text with, and ``cache`` keeps a workspace run's results.
A check must be strict where facts are concerned and quiet where a language simply
writes things its own way: every module has tests for what it must find and what it
must not.

Which units are checked, waivers and what becomes of a unit with an error are the
actions' business (``actions/check.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..model import BlockKind


class Severity(enum.StrEnum):
    ERROR = "error"
    """Blocks approval; a pushed unit with one needs work."""
    WARNING = "warning"
    """Informs the translator and the reviewer."""


class Subject(NamedTuple):
    """One translated unit as the checks see it."""

    source: str
    """The source sentence (inline Markdown)."""
    translation: str
    """Its translation (inline Markdown), never empty."""
    source_lang: str
    lang: str
    """The language of the translation."""
    kind: BlockKind = BlockKind.PARAGRAPH
    day: dt.date | None = None
    """The release date (the names in force that day)."""


@dataclass
class Context:
    """What some checks need beyond the unit: the glossary, the rest of the workspace."""

    glossary: object | None = None
    """The workspace's :class:`workflow.glossary.Glossary` (None: no terminology check)."""
    others: Callable[[Subject], Sequence[tuple[str, str]]] | None = None
    """(release, translation) of the same source sentence elsewhere in the workspace
    (None: no consistency check)."""
    kept: frozenset[str] = frozenset()
    """Source texts that are rightly the same in the translation (a name, an acronym)."""


class Check(NamedTuple):
    id: str
    severity: Severity
    description: str
    """One line, for ``press check --list``."""
    test: Callable[[Subject, Context], Iterable[str]]


MODULES = (
    "blank",
    "untranslated",
    "facts",
    "markup",
    "script",
    "language",
    "terminology",
    "typography",
    "length",
    "consistency",
)
"""The checks' modules, in the order their findings are reported."""


@cache
def registry() -> dict[str, Check]:
    """Every check by id, in report order (the modules are imported on first use)."""
    checks = [importlib.import_module(f"{__name__}.{name}").CHECK for name in MODULES]
    return {check.id: check for check in checks}


def find(ids: Iterable[str]) -> list[Check]:
    """The checks of these ids, in report order; an unknown id is refused in one line."""
    from ..errors import InputError

    known = registry()
    wanted = set(ids)
    unknown = sorted(wanted - set(known))
    if unknown:
        raise InputError(
            f"there is no check '{unknown[0]}'",
            f"use one of {', '.join(known)} (press check --list)",
        )
    return [check for check in known.values() if check.id in wanted]


def run(
    subject: Subject, context: Context, checks: Iterable[Check] | None = None
) -> list[tuple[Check, str]]:
    """Every problem the checks find in one unit, as (check, message), in report order.

    A unit whose translation is blank is reported by ``blank`` alone: nothing else can be
    said of a translation that is not there.
    """
    found: list[tuple[Check, str]] = []
    for check in registry().values() if checks is None else checks:
        for message in check.test(subject, context):
            found.append((check, message))
        if found and check.id == "blank":
            break
    return found
