"""The use cases of press: what people do with a workspace, as Python functions.

Each action is ``fn(ws, actor, ...) -> result``. It checks that the actor may do
it, takes the workspace lock, loads the release, changes it through the rules
(``workflow.rules``), saves it atomically and writes one journal line — in that
order, in one place. The command line (and any other face) only parses input,
says who the user is, calls one action and shows what it returns::

    from pathlib import Path
    from workflow import actions
    from workflow.people import identify
    from workflow.workspace import Workspace

    ws = Workspace.find(Path("office"))
    asel = identify(ws.config, "asel")
    result = actions.ingest(ws, asel, Path("release.txt").read_bytes(), "release.txt", lang="en")
    pulled = actions.pull(ws, asel, result.release_id, "kk")

A refused action raises a :class:`workflow.errors.PressError` (message and hint)
and changes nothing.
"""

from __future__ import annotations

from .check import CheckReport, Finding, Waiver, check_release, waive
from .check import describe as describe_checks
from .check_workspace import check_all
from .exchange import Pulled, PushResult, pull, push
from .export import ExportAllResult, ExportResult, export, export_all
from .glossary import add_term, list_terms
from .glossary import check_release as check_terms
from .memory import Imported, export_tmx, import_tmx, search
from .releases import SourceResult, ingest, init_workspace, update
from .review import (
    Decided,
    Decision,
    Queue,
    SignOff,
    approve,
    decide,
    publish,
    reject,
    review_queue,
)
from .status import list_releases, log, status, statuses
from .translate import Translated, TranslateResult, translate
from .verify import Problem, Verified, verify

__all__ = [
    "CheckReport",
    "Decided",
    "Decision",
    "ExportAllResult",
    "ExportResult",
    "Finding",
    "Imported",
    "Problem",
    "Pulled",
    "PushResult",
    "Queue",
    "SignOff",
    "SourceResult",
    "TranslateResult",
    "Translated",
    "Verified",
    "Waiver",
    "add_term",
    "approve",
    "check_all",
    "check_release",
    "check_terms",
    "decide",
    "describe_checks",
    "export",
    "export_all",
    "export_tmx",
    "import_tmx",
    "ingest",
    "init_workspace",
    "list_releases",
    "list_terms",
    "log",
    "publish",
    "pull",
    "push",
    "reject",
    "review_queue",
    "search",
    "status",
    "statuses",
    "translate",
    "update",
    "verify",
    "waive",
]
