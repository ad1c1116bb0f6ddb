"""Every command, registered on the app in the order of a release's life.

The command modules define plain functions; this module puts them on ``app``,
so they never import the app (and the app never imports them).
"""

from __future__ import annotations

from . import (
    check,
    exchange,
    export,
    glossary,
    memory,
    releases,
    review,
    status,
    translate,
    verify,
)
from .root import app

app.command()(releases.init)
app.command()(releases.ingest)
app.command()(releases.update)
app.command("list")(status.list_command)
app.command()(status.status)
app.command()(exchange.pull)
app.command()(exchange.push)
app.command()(review.review)
app.command()(review.approve)
app.command()(review.reject)
app.command()(translate.translate)
app.command()(check.check)
app.command()(export.export)
app.command()(review.publish)
app.command()(status.log)
app.add_typer(memory.tm, name="tm")
app.add_typer(glossary.glossary, name="glossary")
app.command()(verify.verify)

__all__ = ["app"]
