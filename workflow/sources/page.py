"""The first pass over a source's lines: spacing made plain, page furniture dropped with
its reason, photo credits taken as metadata, time stamps noted for the release date."""

from __future__ import annotations

import datetime as dt

from .clutter import MAX_META_LINE, WEAK_REASONS, clutter_reason, credit, is_name, unglue
from .common import could_be_title, ends_sentence
from .dates import find_date
from .reading import CAPTION, DROPPED, Line, Reading, plain
from .spacing import clean_spaces

_CREDIT_REASONS = {"photo": "photo credit (kept as photo)", "caption": "caption (kept as caption)"}


class Page:
    """What reading a page's lines gathers besides them: metadata, time stamps, weak clutter."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.metadata: dict[str, str] = {}
        self.stamps: list[tuple[int, dt.date, str, bool]] = []
        """(index in the lines, date, the stamp, whether it is labelled "Опубликовано")."""
        self.place_date: tuple[str, str, dt.date] | None = None
        """A dateline on a line of its own above the body: its text, place and date."""
        self.weak: dict[int, str] = {}
        """Lines that are clutter only above the body (a bare date, ``- Новости``)."""

    def stamp(self, body_start: int) -> tuple[dt.date, str] | None:
        """The release date a time stamp gives: the first above the body, else the first
        labelled one anywhere (a stamp in a related-news list dates another article)."""
        for index, date, text, labelled in self.stamps:
            if index < body_start or labelled:
                return date, f"the time stamp '{text}'"
        return None

    def prepare(self, source: list[Line]) -> list[Line]:
        """Lines with plain spacing, clutter dropped (a blank line in its place), credits taken."""
        reading = self.reading
        lines: list[Line] = []
        related: str | bool = False
        """After a bare "Читайте также" ("label"), then in the list of related headlines
        ("list"): each of them goes too, up to a blank line after the list."""
        for line in source:
            at = line.number
            if not line.text:
                lines.append(line if line.kind is None else Line(""))
                related = related == "label"  # a related list ends at a blank line after it
                continue
            parts = unglue(clean_spaces(line.text))
            if len(parts) > 1 and is_name(parts[0]):
                reading.drop(parts.pop(0), "author byline", at)
            for part in parts:
                text = clean_spaces(part) if len(parts) > 1 else part
                if not text:
                    lines.append(Line(""))
                    continue
                headline = could_be_title(text) and not ends_sentence(text)
                if related and line.kind is None and headline and len(text) <= MAX_META_LINE:
                    reading.drop(text, "read-also link", at)
                    lines.append(Line("", DROPPED))
                    related = "list"
                    continue
                related = False
                probe = plain(text)  # the rules read the words, not their bold or links
                credited = credit(probe) if line.kind in (None, CAPTION) else None
                if credited or line.kind == CAPTION:
                    key, value = credited or ("caption", text)
                    meta = self.metadata
                    meta[key] = f"{meta[key]}; {value}" if key in meta else value
                    reading.drop(text, _CREDIT_REASONS.get(key, f"{key} credit"), at)
                    lines.append(Line("", DROPPED))
                    continue
                reason = clutter_reason(probe) if line.kind is None else None
                if reason in WEAK_REASONS:
                    self.weak[len(lines)] = reason
                if reason is None or reason in WEAK_REASONS:
                    lines.append(Line(text, line.kind, at))
                    continue
                reading.drop(text, reason, at)
                if reason == "time stamp":
                    self._stamped(len(lines), probe)
                lines.append(Line("", DROPPED))
                if reason == "read-also link" and not text.partition(":")[2].strip():
                    related = "label"  # a bare "Читайте также": related headlines follow
        return lines

    def _stamped(self, index: int, text: str) -> None:
        found = find_date(text)
        if found:
            self.stamps.append((index, found[0], text, ":" in text[: found[1].start()]))

    def drop_weak(self, lines: list[Line], index: int) -> None:
        """Drop a weak clutter line found above the body (a bare date gives the date)."""
        line = lines[index]
        reason = self.weak[index]
        self.reading.drop(line.text, reason, line.number)
        if reason == "date line":
            self._stamped(index, plain(line.text))
        lines[index] = Line("", DROPPED)
