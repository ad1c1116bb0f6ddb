"""Every command, registered on the app in the order of a release's life.

The command modules define plain functions; this module puts them on an app,
so they never import the app (and the app never imports them).

``app`` has every command. :func:`only` makes an app with one of them, for a run
that names its command: typer builds the click command of every function it is
given, and ``press status`` should neither import nor build ``export``. The one
command is registered under the same root, so its help, its errors and its
behaviour are the same text as in the whole app.
"""

from __future__ import annotations

import importlib

COMMANDS = {
    "init": ("releases", "init"),
    "ingest": ("releases", "ingest"),
    "update": ("releases", "update"),
    "list": ("status", "list_command"),
    "status": ("status", "status"),
    "pull": ("exchange", "pull"),
    "push": ("exchange", "push"),
    "review": ("review", "review"),
    "approve": ("review", "approve"),
    "reject": ("review", "reject"),
    "translate": ("translate", "translate"),
    "check": ("check", "check"),
    "export": ("export", "export"),
    "publish": ("review", "publish"),
    "log": ("status", "log"),
    "tm": ("memory", "tm"),
    "glossary": ("glossary", "glossary"),
    "verify": ("verify", "verify"),
}
"""Each command's name -> its module here and the function (or typer group) in it."""


def only(*names: str):
    """The app with just these commands."""
    import typer

    from .root import make_app

    app = make_app()
    for name in names:
        module, attribute = COMMANDS[name]
        command = getattr(importlib.import_module(f"{__package__}.{module}"), attribute)
        if isinstance(command, typer.Typer):
            app.add_typer(command, name=name)
        else:
            app.command(name)(command)
    return app


def __getattr__(name: str):
    if name == "app":  # built when asked for, so that importing ``only`` builds nothing
        globals()["app"] = value = only(*COMMANDS)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["COMMANDS", "only"]  # and app, built on first use
