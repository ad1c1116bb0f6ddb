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

The names are loaded when first asked for (PEP 562): ``press status`` should not
pay for importing export, the checks and machine translation. That is why no
module here has the name of a function it defines: importing a submodule binds
its name on the package, and ``actions.export`` must stay the function.
"""

from __future__ import annotations

import importlib

_NAMES = {
    "check": "CheckReport Finding Waiver check_release waive",
    "check_workspace": "check_all",
    "exchange": "Pulled PushResult pull push",
    "bundles": "ExportAllResult ExportResult export export_all",
    "glossary": "add_term list_terms",
    "memory": "Imported export_tmx import_tmx search",
    "releases": "SourceResult ingest init_workspace update",
    "review": "Decided Decision Queue SignOff approve decide publish reject review_queue",
    "overview": "list_releases log status statuses",
    "drafts": "Translated TranslateResult translate",
    "integrity": "Problem Verified verify",
}
"""Each submodule -> the public names it defines."""

_HOMES = {name: (module, name) for module, names in _NAMES.items() for name in names.split()}
_HOMES["describe_checks"] = ("check", "describe")
_HOMES["check_terms"] = ("glossary", "check_release")
"""Each public name -> its submodule and its name there."""

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = home
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
