"""The workspace glossary, ``translations/glossary.csv``: official names in every language.

One row is one term: its forms in en, kk and ru (alternatives after `` | ``, the
first one preferred), a note, forbidden variants (``avoid_*``) and the dates it
is valid (a city renamed, a title voided). Reviewers keep it in a spreadsheet,
so the reader takes what Excel saves (a byte-order mark, CRLF) and refuses a
broken file in one line that names the row. :meth:`Glossary.check` finds the
terms of a source sentence and says where its translation does not use them,
in any inflected form (the matching is in :mod:`workflow.terms`).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from . import terms as matcher
from .addresses import without_addresses
from .errors import InputError, WorkspaceError
from .fsio import MB, read_text
from .locales import quote_marks
from .markup import plain as _plain
from .model import LANGUAGES

GLOSSARY_NAME = "translations/glossary.csv"
MAX_GLOSSARY_BYTES = 2 * MB
AVOID_COLUMNS = tuple(f"avoid_{lang}" for lang in LANGUAGES)
COLUMNS = (*LANGUAGES, "note", *AVOID_COLUMNS, "valid_from", "valid_until")
"""The file's columns, in the order they are written."""
REQUIRED_COLUMNS = (*LANGUAGES, "note")
SEPARATOR = " | "
"""Between the alternatives of a cell; the first is the preferred form."""


@dataclass(frozen=True)
class Term:
    """One row of the glossary: an official name in each language it is given in."""

    forms: dict[str, tuple[str, ...]]
    """Language -> (preferred, *alternatives); a language the row leaves empty is absent."""
    note: str = ""
    avoid: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Language -> forbidden variants (``Елбасы``)."""
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def preferred(self, lang: str) -> str | None:
        """The form a translator is told to use (and a machine glossary is given)."""
        forms = self.forms.get(lang)
        return forms[0] if forms else None

    def in_force(self, day: dt.date | None) -> bool:
        """Whether the term is the right one on ``day`` (no day: today, as for an undated
        release).

        >>> astana = Term({"en": ("Astana",)}, valid_from=dt.date(2022, 9, 17))
        >>> astana.in_force(dt.date(2020, 1, 1)), astana.in_force(dt.date(2026, 11, 26))
        (False, True)
        """
        day = day or dt.date.today()
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


class TermFinding(NamedTuple):
    """A unit whose translation does not use a term as the glossary says."""

    unit: str
    """The unit's source text."""
    language: str
    """The language of the translation."""
    term: Term
    source_form: str
    """The glossary's form of the term that the source holds (its dictionary form)."""
    problem: str
    """``missing``: no accepted form in the translation; ``avoided``: a forbidden one there."""
    message: str


@dataclass(frozen=True)
class Glossary:
    """The terms of a workspace, in the file's order, with their matching prepared."""

    terms: tuple[Term, ...] = ()

    @classmethod
    def load(cls, ws) -> Glossary:
        """``translations/glossary.csv`` of the workspace; no file is an empty glossary."""
        return cls(read_glossary_file(glossary_path(ws)))

    def in_force(self, day: dt.date | None) -> Glossary:
        """The terms in force on ``day`` (kept, so a check over many units builds it once)."""
        if day not in self._by_day:
            self._by_day[day] = Glossary(tuple(t for t in self.terms if t.in_force(day)))
        return self._by_day[day]

    def found(self, text: str, lang: str) -> list[tuple[Term, str]]:
        """The terms a text in ``lang`` holds, each once, in the order they first occur,
        with the glossary's form that matched. Where matches overlap the longest wins.

        >>> g = Glossary((Term({"en": ("OSCE",)}), Term({"en": ("OSCE Permanent Council",)})))
        >>> [form for _, form in g.found("The **OSCE Permanent Council** met.", "en")]
        ['OSCE Permanent Council']
        """
        key = (text, lang)
        if key in self._found:  # a source is read for each language it goes into
            return self._found[key]
        if len(self._found) >= 4096:  # the oldest goes: its other languages are done
            del self._found[next(iter(self._found))]
        found = self._found[key] = self._find(text, lang)
        return found

    def _find(self, text: str, lang: str) -> list[tuple[Term, str]]:
        """The terms of a text, as :meth:`found`. Letter case is ignored but for a name of
        one word, which must be written with its capital (a ``telegram`` is no Telegram),
        and a name inside an address is none (``press@apk.kz``, ``zoom.us``)."""
        written = without_addresses(_plain(text))
        plain = matcher.fold(written)
        spans = []
        for (order, term, form), starts in self._candidates(plain, lang, "forms"):
            match = matcher.pattern(form, lang, matcher.SOURCE).match
            hits = (m for m in map(match, repeat(plain), starts) if m)
            if form[:1].isupper() and " " not in form:
                hits = (m for m in hits if written[m.start()].isupper())
            spans += [(m.start(), m.end(), order, term, form) for m in hits]
        if len(spans) < 2:  # most sentences: no term or one, nothing overlaps
            return [(span[3], span[4]) for span in spans]
        spans.sort(key=lambda s: (s[0] - s[1], s[0], s[2]))
        taken: list[tuple] = []
        for span in spans:
            if all(span[1] <= t[0] or span[0] >= t[1] for t in taken):
                taken.append(span)
        out, seen = [], set()
        for _start, _end, _order, term, form in sorted(taken, key=lambda s: s[0]):
            if id(term) not in seen:
                seen.add(id(term))
                out.append((term, form))
        return out

    def pairs(self, source: str, target: str, day: dt.date | None) -> dict[str, str]:
        """Source form -> preferred target form, for every source form of every term in force
        on ``day`` that has both: the entries of a machine translation glossary. A source
        form is given once (its first term wins; letter case does not make another)."""
        out: dict[str, str] = {}
        seen: set[str] = set()
        for term in self.in_force(day).terms:
            wanted = term.preferred(target)
            for form in term.forms.get(source, ()) if wanted else ():
                if _derived(form, term.preferred(source)):
                    continue  # астаналық (of Astana) is no Астана
                if form.casefold() not in seen:
                    seen.add(form.casefold())
                    out[form] = wanted
        return out

    def check(
        self,
        source_text: str,
        translation: str,
        source_lang: str,
        target_lang: str,
        day: dt.date | None,
    ) -> list[TermFinding]:
        """Where a translation does not use the terms of its source (in force on ``day``):
        a term with no accepted form in it, in any inflected form, or a forbidden variant."""
        glossary = self.in_force(day)
        text = matcher.normalise(without_addresses(_plain(translation)))
        avoided = glossary._avoided(text, target_lang)
        if avoided:  # rare: a variant the source itself writes is rendered faithfully (a title)
            source = matcher.normalise(without_addresses(_plain(source_text)))
            own = {id(term) for term, _ in glossary._avoided(source, source_lang)}
            avoided = [(term, variant) for term, variant in avoided if id(term) not in own]
        named = {id(term) for term, _ in avoided}  # its forbidden variant says it better
        findings = []
        for term, form in glossary.found(source_text, source_lang):
            message = (
                None if id(term) in named else _missing(term, form, source_lang, target_lang, text)
            )
            if message:
                findings.append(
                    TermFinding(source_text, target_lang, term, form, "missing", message)
                )
        for term, variant in avoided:
            form = term.preferred(source_lang) or ""
            message = _avoided_message(term, variant, target_lang)
            findings.append(TermFinding(source_text, target_lang, term, form, "avoided", message))
        return findings

    def _avoided(self, text: str, lang: str) -> list[tuple[Term, str]]:
        """The forbidden variants a text holds (where not part of an accepted form)."""
        out = []
        folded = matcher.lower_kept(text)  # ``text`` is normalised already
        for (_order, term, variant), starts in self._candidates(folded, lang, "avoid"):
            match = matcher.pattern(variant, lang, matcher.LOOSE).match
            hits = [m for m in map(match, repeat(text), starts) if m]
            if not hits:
                continue
            accepted = matcher.spans(term.forms.get(lang, ()), lang, text)
            if any(all(m.end() <= a or m.start() >= b for a, b in accepted) for m in hits):
                out.append((term, variant))
        return out

    def _candidates(self, text: str, lang: str, kind: str) -> list[tuple[tuple, list[int]]]:
        """The forms of ``kind`` a folded text may hold — (their place in the glossary, the
        term, the form) and where they may start — in the glossary's order: few, and cheap."""
        index = self._indexes.get((lang, kind))
        if index is None:
            index = self._indexes[lang, kind] = _index(self.terms, lang, kind)
        found = index.candidates(text)
        if len(found) > 1:
            found.sort(key=lambda candidate: candidate[0][0])
        return found

    @cached_property
    def _by_day(self) -> dict:
        return {}

    @cached_property
    def _indexes(self) -> dict:
        return {}

    @cached_property
    def _found(self) -> dict:
        return {}


def _index(terms: tuple[Term, ...], lang: str, kind: str) -> matcher.FormIndex:
    """Each form of ``kind`` (``forms`` or ``avoid``) in ``lang``, with its term and place."""
    return matcher.FormIndex(
        (form, ((position, number), term, form))
        for position, term in enumerate(terms)
        for number, form in enumerate(getattr(term, kind).get(lang, ()))
    )


def _missing(term: Term, form: str, source: str, target: str, text: str) -> str | None:
    wanted = term.forms.get(target)
    if not wanted:
        return None
    present, wrong = matcher.present(wanted, target, text)
    if present or _in_kept_name(form, text):
        return None
    inflected = " (in any case form)" if target in ("kk", "ru") else ""
    message = f"{quoted(form, source)} should be {quoted(wanted[0], target)}{inflected}"
    return message + (f", with its capital letters: not {quoted(wrong, target)}" if wrong else "")


def _derived(form: str, preferred: str | None) -> bool:
    """Whether a form is a word made from the term's name rather than the name itself: one
    word in lower case beside a capitalised name (``астаналық``, ``астанинский``)."""
    return bool(preferred) and " " not in form and form[:1].islower() and preferred[:1].isupper()


def _in_kept_name(form: str, text: str) -> bool:
    """Whether a Latin name stands in the translation as written, as part of a longer name
    kept in Latin letters: *The Astana Times*, *Air Astana*, *Astana IT University* keep
    their Astana (a lone Latin *Astana* in Kazakh or Russian text is still reported)."""
    if not form.isascii() or form not in text:
        return False
    name = re.escape(form)
    return re.search(rf"[A-Z][\w&.-]*\s+{name}\b|\b{name}\s+[A-Z][\w&.-]*", text) is not None


def _avoided_message(term: Term, variant: str, lang: str) -> str:
    message = f"{quoted(variant, lang)} is not to be used"
    wanted = term.preferred(lang)
    if wanted:
        return f"{message}: write {quoted(wanted, lang)}"
    return f"{message}: {term.note}" if term.note else message


def quoted(text: str, lang: str) -> str:
    """A term in the quotation marks of its language.

    >>> quoted("Head of State", "en"), quoted("Глава государства", "ru")
    ('“Head of State”', '«Глава государства»')
    """
    opening, closing = quote_marks(lang)
    return f"{opening}{text}{closing}"


# The file


def glossary_path(ws) -> Path:
    return ws.translations_dir / "glossary.csv"


def read_glossary_file(path: Path) -> tuple[Term, ...]:
    """The terms of a glossary file; no file, no terms. A broken file is refused in one line."""
    if not path.is_file():
        return ()
    try:
        text = read_text(path, limit=MAX_GLOSSARY_BYTES, name=GLOSSARY_NAME, fix=_SAVE_AS)
    except InputError as exc:
        raise WorkspaceError(exc.message, exc.hint) from None
    return read_glossary(text)


_SAVE_AS = "save it as CSV UTF-8 (comma delimited)"


def read_glossary(text: str) -> tuple[Term, ...]:
    """The terms of a glossary's CSV text (rows numbered as a spreadsheet numbers them).

    >>> read_glossary("\\ufeffen,kk,ru,note\\r\\nAPK,ҚХА,АНК,\\r\\n")[0].forms
    {'en': ('APK',), 'kk': ('ҚХА',), 'ru': ('АНК',)}
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    reader = csv.reader(io.StringIO(text), strict=True)
    out: list[Term] = []
    number = 0
    try:
        header = None
        for number, row in enumerate(reader, 1):
            if header is None:
                header = _header(row)
            elif any(cell.strip() for cell in row):
                out.append(_term(header, row, number))
        if header is None and text.strip():
            raise _broken(1, "there is no header", f"the first row must name the columns: {_ALL}")
    except csv.Error as exc:
        raise _broken(number + 1, f"it is not CSV ({exc})", "check the quotes in it") from None
    return tuple(out)


def _header(row: list[str]) -> list[str]:
    """The columns the first row names (an unnamed column, as a spreadsheet may add, is
    left out); an unknown or missing column refuses the file."""
    names = [cell.strip().lower() for cell in row]
    for name in names:
        if name and name not in COLUMNS:
            close = difflib.get_close_matches(name, COLUMNS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"the columns are: {_ALL}"
            raise _broken(1, f"unknown column '{name}'", hint)
        if name and names.count(name) > 1:
            raise _broken(1, f"the column '{name}' is there twice", "keep one of them")
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        needed = ", ".join(REQUIRED_COLUMNS)
        raise _broken(1, f"there is no column '{missing[0]}'", f"the header needs {needed}")
    return names


_ALL = ",".join(COLUMNS)


def _term(header: list[str], row: list[str], number: int) -> Term:
    if any(cell.strip() for cell in row[len(header) :]):
        raise _broken(number, "it has more cells than the header", "quote a cell with a comma")
    cells = {name: cell.strip() for name, cell in zip(header, row, strict=False) if name}
    try:
        forms = {lang: split_forms(cells.get(lang, "")) for lang in LANGUAGES}
        avoid = {lang: split_forms(cells.get(f"avoid_{lang}", "")) for lang in LANGUAGES}
        start = parse_day(cells.get("valid_from", ""), "valid_from")
        end = parse_day(cells.get("valid_until", ""), "valid_until")
        term = Term(
            {k: v for k, v in forms.items() if v},
            " ".join(cells.get("note", "").split()),
            {k: v for k, v in avoid.items() if v},
            start,
            end,
        )
        check_term(term)
    except InputError as exc:
        raise _broken(number, exc.message, exc.hint) from None
    return term


def _broken(row: int, what: str, fix: str) -> WorkspaceError:
    return WorkspaceError(f"{GLOSSARY_NAME}, row {row}: {what}", fix)


def split_forms(cell: str) -> tuple[str, ...]:
    """A cell's alternatives, first the preferred one; white space made single spaces.

    >>> split_forms("Mazhilis |  Majilis ")
    ('Mazhilis', 'Majilis')
    """
    out: list[str] = []
    for piece in cell.split("|"):
        form = " ".join(piece.split())
        if form and form not in out:
            out.append(form)
    return tuple(out)


def parse_day(text: str, what: str) -> dt.date | None:
    """A date written YYYY-MM-DD, or None for an empty cell."""
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{what} '{text}' is not a date", "write dates as YYYY-MM-DD") from None


def check_term(term: Term) -> None:
    """Refuse a term no one could use: no form, a form that is not one line of text, or
    dates that leave it valid on no day."""
    if not term.forms:
        raise InputError("no term in en, kk or ru", "fill in one of them at least")
    for cells in (term.forms, term.avoid):
        for lang, forms in cells.items():
            if lang not in LANGUAGES:
                raise InputError(f"unknown language '{lang}'", f"use one of {', '.join(LANGUAGES)}")
            for form in forms:
                _check_form(form)
    if term.valid_from and term.valid_until and term.valid_from > term.valid_until:
        raise InputError(
            f"valid_from {term.valid_from} is after valid_until {term.valid_until}",
            "swap the dates, or leave one empty",
        )


def _check_form(form: str) -> None:
    if not form or len(form) > 200 or "|" in form or not form.isprintable():
        raise InputError(
            f"'{form[:40]}' cannot be a term", "a term is one line of at most 200 characters"
        )
    if not any(c.isalnum() for c in form):
        raise InputError(f"'{form}' has no letters", "write the term itself")


def render_glossary(terms) -> str:
    """The CSV text of a glossary: a header with every column, then the terms in order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for term in terms:
        writer.writerow(
            [
                *(SEPARATOR.join(term.forms.get(lang, ())) for lang in LANGUAGES),
                term.note,
                *(SEPARATOR.join(term.avoid.get(lang, ())) for lang in LANGUAGES),
                term.valid_from.isoformat() if term.valid_from else "",
                term.valid_until.isoformat() if term.valid_until else "",
            ]
        )
    return out.getvalue()
