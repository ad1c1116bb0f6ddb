"""The glossary: press glossary list, add, check."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import AsUserOption, JsonOption, ReleaseArg, TargetOption
from .output import Column, print_json, print_table
from .session import session

glossary = typer.Typer(
    help="The official names in every language (translations/glossary.csv), and the check "
    "that translations use them.",
    no_args_is_help=True,
)

FormOption = Annotated[
    str | None,
    typer.Option(help="The term in this language; alternatives after ' | ', preferred first."),
]
FirstDayOption = Annotated[
    str | None,
    typer.Option(metavar="YYYY-MM-DD", help="The first day the term is in force."),
]
LastDayOption = Annotated[
    str | None,
    typer.Option(metavar="YYYY-MM-DD", help="The last day the term is in force."),
]


@glossary.command("list")
def list_command(
    lang: TargetOption = None,
    on: Annotated[
        str | None, typer.Option(metavar="YYYY-MM-DD", help="Only the terms in force that day.")
    ] = None,
    json_output: JsonOption = False,
    as_name: AsUserOption = None,
) -> None:
    """Show the glossary's terms, with their forbidden variants and validity."""
    from ..actions.glossary import list_terms
    from ..glossary import parse_day

    terms = list_terms(*session(as_name), lang=lang, on=parse_day(on or "", "--on"))
    if json_output:
        print_json([term_json(t) for t in terms])
        return
    if not terms:
        typer.echo(
            "No such terms." if lang or on else "No terms yet: add one with 'press glossary add'."
        )
        return
    columns = [
        *(Column(code, wrap=True) for code in ("en", "kk", "ru")),
        Column("valid"),
        Column("avoid", wrap=True),
        Column("note", wrap=True),
    ]
    rows = [
        [
            *(" | ".join(t.forms.get(code, ())) for code in ("en", "kk", "ru")),
            _validity(t),
            "; ".join(f"{code}: {' | '.join(v)}" for code, v in t.avoid.items()),
            t.note,
        ]
        for t in terms
    ]
    print_table(columns, rows)


@glossary.command("add")
def add_command(
    en: FormOption = None,
    kk: FormOption = None,
    ru: FormOption = None,
    note: Annotated[str, typer.Option(help="A note for translators.")] = "",
    avoid: Annotated[
        list[str] | None,
        typer.Option(
            metavar="LANG:TEXT", help="A forbidden variant, e.g. kk:Елбасы (repeat for more)."
        ),
    ] = None,
    valid_from: FirstDayOption = None,
    valid_until: LastDayOption = None,
    as_name: AsUserOption = None,
) -> None:
    """Add a term to the glossary (in two languages at least)."""
    from ..actions.glossary import add_term
    from ..glossary import Term, parse_day, quoted, split_forms

    forms = {code: split_forms(text) for code, text in (("en", en), ("kk", kk), ("ru", ru)) if text}
    term = Term(
        {code: f for code, f in forms.items() if f},
        note,
        _avoided(avoid or []),
        parse_day(valid_from or "", "--valid-from"),
        parse_day(valid_until or "", "--valid-until"),
    )
    added = add_term(*session(as_name), term)
    code = next(iter(added.forms))
    typer.echo(f"Added {quoted(added.forms[code][0], code)} to translations/glossary.csv")


def _avoided(options: list[str]) -> dict[str, tuple[str, ...]]:
    """``--avoid kk:Елбасы`` options as language -> variants."""
    from ..errors import InputError
    from ..locales import check_language

    out: dict[str, tuple[str, ...]] = {}
    for option in options:
        code, colon, text = option.partition(":")
        if not colon or not text.strip():
            raise InputError(f"--avoid '{option}' names no language", "write it as LANG:TEXT")
        code = check_language(code.strip(), "--avoid: ")
        out[code] = (*out.get(code, ()), text.strip())
    return out


@glossary.command("check")
def check_command(
    release_id: ReleaseArg,
    lang: TargetOption = None,
    json_output: JsonOption = False,
    as_name: AsUserOption = None,
) -> None:
    """Check that a release's translations use the glossary's terms (exit code 1 if not).

    Terms are matched in any inflected form; the names in force on the release's date count.
    """
    from ..actions.glossary import check_release

    findings = check_release(*session(as_name), release_id, lang=lang)
    if json_output:
        print_json([finding_json(f) for f in findings])
    elif not findings:
        typer.echo(f"No terminology problems in {release_id}.")
    else:
        columns = [
            Column("lang"),
            Column("problem"),
            Column("message", wrap=True),
            Column("unit", wrap=True),
        ]
        rows = [[f.language, f.problem, f.message, f.unit] for f in findings]
        count = f"{len(findings)} terminology problem{'s' if len(findings) != 1 else ''}"
        print_table(columns, rows, caption=f"{count} in {release_id}.")
    if findings:
        raise typer.Exit(1)


def term_json(term) -> dict:
    """A term as ``--json`` shows it: forms and variants as lists, dates ISO or null."""
    return {
        "forms": {code: list(forms) for code, forms in term.forms.items()},
        "note": term.note,
        "avoid": {code: list(forms) for code, forms in term.avoid.items()},
        "valid_from": term.valid_from.isoformat() if term.valid_from else None,
        "valid_until": term.valid_until.isoformat() if term.valid_until else None,
    }


def finding_json(finding) -> dict:
    return {
        "language": finding.language,
        "problem": finding.problem,
        "message": finding.message,
        "unit": finding.unit,
        "source_form": finding.source_form,
        "term": term_json(finding.term),
    }


def _validity(term) -> str:
    start, end = term.valid_from, term.valid_until
    if start and end:
        return f"{start} – {end}"
    if start:
        return f"from {start}"
    return f"until {end}" if end else ""
