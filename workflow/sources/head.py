"""The lines above a release's body: the rubric and the headline, and where the body starts.

Of the lines above the body, a site's or an office's name is dropped; a capital line,
a rubric word (``Пресс-релиз``) or a word or two right above the next line is the
rubric; the first line left is the headline, joined with its second line when it
was wrapped; a line under it opens the body.
"""

from __future__ import annotations

import itertools

from ..model import BlockKind
from .clutter import RUBRIC_WORDS, is_site_name
from .common import (
    LIST_MARKERS,
    QUOTE_DASHES,
    could_be_title,
    ends_sentence,
    is_attribution,
    is_rubric,
    normalized,
    place_and_date,
    split_dateline,
)
from .page import Page
from .reading import DROPPED, Line, plain


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def hard_wrapped(lines: list[Line]) -> bool:
    """Whether the text is a hard-wrapped e-mail: short lines, several running on."""
    texts = [line.text for line in lines if line.text and line.kind is None]
    if not texts or sum(len(text) > 100 for text in texts) * 10 > len(texts):
        return False  # a long line or two (a signature's address) do not count
    running = sum(
        1
        for a, b in itertools.pairwise(lines)
        if a.text and b.text and a.kind is None and len(a.text) >= 50
    )
    return running >= 2


def _continued(lines: list[Line], index: int, wrapped: bool) -> bool:
    """Whether the line at ``index`` runs on into the next one (one paragraph, wrapped)."""
    following = lines[index + 1] if index + 1 < len(lines) else Line("")
    text = following.text
    if not text or following.kind is not None or ends_sentence(lines[index].text):
        return False
    if _capitals(lines[index].text):
        return False  # ПРЕСС-РЕЛИЗ above the headline
    if text[0].islower():
        return True
    return wrapped and not (could_be_title(text) and _stands_alone(lines, index + 1))


def _runs_into(lines: list[Line], at: int, following: int, wrapped: bool) -> bool:
    """Whether the head line at ``at`` goes on in the one at ``following`` (a wrapped headline)."""
    if following == at + 1:
        return _continued(lines, at, wrapped)
    line, next_line = lines[at], lines[following]
    structured = line.number == 0 and all(not ln.text for ln in lines[at + 1 : following])
    return (
        structured
        and next_line.kind is None
        and next_line.text[:1].islower()
        and not ends_sentence(line.text)
    )


def _stands_alone(lines: list[Line], index: int) -> bool:
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not following or normalized(following) == normalized(lines[index].text)


def read_head(lines: list[Line], page: Page, wrapped: bool) -> tuple[dict, int]:
    """Rubric and title; the index where the body starts.

    The head is the lines above the body that could be headlines. Of them, a site's
    or an office's name is dropped; a short or capital line directly above the next
    one is the rubric; the first that is left is the headline. Lines after it that
    could be headlines too (a subheading, a lead without a full stop) open the body:
    nothing that may be text is dropped for being in the head.
    """
    reading = page.reading
    candidates: list[int] = []
    titled = False  # a stated title was found: only clutter above the body may follow
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text
        if not text:
            index += 1
            continue
        if index in page.weak:
            page.drop_weak(lines, index)
            index += 1
            continue
        if line.kind is None and page.place_date is None:
            placed = place_and_date(plain(text))
            if placed:  # "Астана, 12 марта 2025 года" on its own line: the dateline
                page.place_date = (plain(text), *placed)
                lines[index] = Line("", DROPPED)
                index += 1
                continue
        if candidates and normalized(text) == normalized(lines[candidates[-1]].text):
            reading.drop(text, "headline repeated", line.number)
            index += 1
            continue
        if titled:
            break
        heading_first = line.kind is BlockKind.HEADING and all(
            _site_name(lines, at, wrapped) or _rubric_like(lines[at].text) for at in candidates
        )
        if line.kind is BlockKind.TITLE or heading_first:
            if heading_first:  # a heading under an office's name or a rubric: the headline
                lines[index] = line = Line(text, BlockKind.TITLE, line.number)
            candidates.append(index)
            titled = True
            index += 1
            continue
        if line.kind not in (None, BlockKind.RUBRIC):
            break
        if line.kind is None and (
            not could_be_title(text)
            or is_attribution(text)
            or text[0] in QUOTE_DASHES
            or text.startswith(LIST_MARKERS)
            or (candidates and _continued(lines, index, wrapped))
            or (candidates and ends_sentence(text) and len(text.split()) > 15)
            or (candidates and len(text) > 100 and split_dateline(text) is not None)
        ):
            break
        candidates.append(index)
        index += 1
    found: dict = {}
    if not candidates:
        return found, index
    stated = lines[candidates[-1]].kind is BlockKind.TITLE
    title_at = candidates[-1] if stated else None
    above = candidates[:-1] if stated else candidates
    while len(above) > (0 if stated else 1) and _site_name(lines, above[0], wrapped):
        at = above.pop(0)
        reading.drop(lines[at].text, "site or office name above the headline", lines[at].number)
    if stated and above and _rubric(lines, above[-1], title_at):
        found["rubric"] = lines[above.pop()].text
    elif not stated and len(above) > 1 and _rubric(lines, above[0], above[1], len(above) == 2):
        found["rubric"] = lines[above.pop(0)].text
    if stated:
        title = lines[title_at].text
        for at in above:  # a letterhead above a stated title
            reading.drop(lines[at].text, "site or office name above the headline", lines[at].number)
    else:
        title_at = above.pop(0)
        title = lines[title_at].text
        if above and _runs_into(lines, title_at, above[0], wrapped):
            title = f"{title} {lines[above.pop(0)].text}"  # a headline wrapped over two lines
        if above:  # a subheading or a lead under the headline: the body starts there
            index = above[0]
    found["title"] = title
    while index < len(lines):  # the site's repeat of the headline under it
        text = lines[index].text
        if text and normalized(text) != normalized(title):
            break
        if text:
            reading.drop(text, "headline repeated", lines[index].number)
        index += 1
    return found, index


def _rubric_like(text: str) -> bool:
    return _capitals(text) or normalized(plain(text)).strip(" .:") in RUBRIC_WORDS


def _site_name(lines: list[Line], at: int, wrapped: bool) -> bool:
    """A site's or an office's name above the headline (never a line that runs on)."""
    line = lines[at]
    short = len(line.text.split()) <= 10
    return (
        line.kind is None
        and short
        and is_site_name(line.text)
        and not (_continued(lines, at, wrapped))
    )


def _rubric(lines: list[Line], at: int, following: int, last: bool = True) -> bool:
    """Whether the head line at ``at`` is the rubric of the one at ``following``.

    A rubric in capitals is one wherever it stands; one in ordinary letters only when
    it has two words at most, stands on the line right above the headline, and that
    is the last line of the head (``last``).
    """
    line = lines[at]
    if line.kind is BlockKind.RUBRIC:
        return True
    if line.kind is not None or not is_rubric(line.text, lines[following].text):
        return False
    if is_site_name(line.text):
        return False
    if _rubric_like(line.text):
        return True
    # "Анонс" right above its headline: no blank line between, or the next paragraph of a
    # Word or HTML file (whose paragraphs are each a line, with a blank between)
    between = lines[at + 1 : following]
    adjacent = not between or (line.number == 0 and all(not ln.text for ln in between))
    return last and adjacent and len(line.text.split()) <= 2
