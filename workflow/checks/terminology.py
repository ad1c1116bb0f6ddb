"""terminology: the glossary's official names, in any case form (the check of the glossary).

The matching is :meth:`workflow.glossary.Glossary.check`; this module only puts it
in the registry. A workspace with no glossary has nothing to check.
"""

from __future__ import annotations

from . import Check, Severity


def test(subject, context):
    if context.glossary is None:
        return
    for finding in context.glossary.check(
        subject.source, subject.translation, subject.source_lang, subject.lang, subject.day
    ):
        yield finding.message


CHECK = Check(
    "terminology",
    Severity.ERROR,
    "the glossary's official names in force on the release date, in any case form; "
    "no forbidden variant",
    test,
)
