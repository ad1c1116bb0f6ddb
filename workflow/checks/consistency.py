"""consistency: the same source sentence translated differently elsewhere in the workspace."""

from __future__ import annotations

from . import Check, Severity
from .text import words_only


def test(subject, context):
    if context.others is None:
        return
    differing = [
        (release, text)
        for release, text in context.others(subject)
        if words_only(text) != words_only(subject.translation)
    ]
    if differing:
        release, text = differing[0]
        more = f" (and in {len(differing) - 1} more)" if len(differing) > 1 else ""
        yield f"translated differently in {release}{more}: {text}"


CHECK = Check(
    "consistency",
    Severity.WARNING,
    "the same source sentence is translated differently in another release",
    test,
)
