"""Deterministic synthetic data: sentences, releases, PO files and workspaces.

Everything is made from fixed seeds, so two runs measure the same data. English
sentences draw their words from a Zipf-weighted vocabulary (function words
first, then made-up content words and a few capitalised names), carry numbers,
and always end on a lower-case content word, so the segmenter cuts them exactly
where they were joined. Two in five follow one of a few hundred frames (fixed
words with slots), as a press office's boilerplate does: so a genuinely new
sentence often looks like an old one (about a third of them are 60 % similar to
one of 20,000 others, as gettext counts), which is what tempts a fuzzy matcher
into a misleading suggestion. A translation is a pseudo-translation: ``[kk] `` and
the words in reverse order, deterministic and distinct for every sentence.

Small files go through press's own writers (``render_catalog``,
``render_source``); the big workspaces (a million memory units, 20,000 status
files) are written by :func:`po_text`, a plain writer whose files read back to
the same units (checked on the first file of every workspace).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass
from pathlib import Path

from workflow.model import BlockKind, Mark, Unit, UnitState, source_digest, text_digest
from workflow.po.catalogs import Catalog, read_catalog, render_catalog
from workflow.po.entry import PoEntry
from workflow.po.write import render_po
from workflow.sources import build_release
from workflow.sources.document import SourceDocument
from workflow.sources.markdown import render_source
from workflow.workspace import Workspace, init_workspace

FUNCTION_WORDS = str.split(
    "the of and to in for on with at by from as that this is was were will has have "
    "are be its their an a which also after during between under about over more than "
    "new first all other into most two three"
)
_ONSETS = str.split("b d f g k l m n p r s t v z br dr kr st tr sh ch")
_VOWELS = str.split("a e i o u ai ei")
_CODAS = ["", "", "", "", "n", "r", "l", "s", "m", "k"]
NAMES_SHARE = 0.04
FRAMES, FRAME_SLOTS, FRAME_SHARE = 300, 0.5, 0.4
"""How many frames, the share of a frame's words that are slots, of sentences that use one."""
TRANSLATOR = Mark("aigerim", "2026-11-20")
REVIEWER = Mark("gulnara", "2026-11-25")
STAMP = "2026-11-20 10:00+0000"
DATE = dt.date(2026, 11, 26)


class Vocabulary:
    """Function words and made-up content words, with Zipf weights by rank."""

    def __init__(self, size: int = 30_000, seed: int = 1) -> None:
        rng = random.Random(seed)
        content: set[str] = set()
        while len(content) < size:
            syllables = rng.choice((1, 2, 2, 2, 3))
            word = "".join(
                rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                for _ in range(syllables)
            )
            if len(word) >= 4:
                content.add(word)
        ordered = sorted(content)
        rng.shuffle(ordered)
        self.content = [w.capitalize() if rng.random() < NAMES_SHARE else w for w in ordered]
        self.lower = [w for w in self.content if w.islower()]
        self.words = FUNCTION_WORDS + self.content
        weights = [1.0 / (rank + 3) for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))
        self.frames = [self._frame(rng) for _ in range(FRAMES)]

    def _frame(self, rng: random.Random) -> list[str | None]:
        """Fixed words and slots (None); it ends on a slot."""
        words = rng.choices(self.words, cum_weights=self.cumulative, k=rng.randint(9, 21))
        return [None if rng.random() < FRAME_SLOTS else w for w in words] + [None]


VOCABULARY = Vocabulary()


def pseudo_translation(sentence: str, lang: str) -> str:
    """``[kk] `` and the words of the sentence in reverse order."""
    return f"[{lang}] " + " ".join(reversed(sentence.split()))


def _number(rng: random.Random) -> str:
    form = rng.randrange(4)
    if form == 0:
        return str(rng.randint(2, 99))
    if form == 1:
        return f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}"
    if form == 2:
        return str(rng.randint(1995, 2030))
    return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"


class SentenceMaker:
    """English sentences of 10 to 22 words (most with a number), and their edits."""

    def __init__(self, seed: int, vocabulary: Vocabulary = VOCABULARY) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = vocabulary

    def sentence(self) -> str:
        rng, vocab = self.rng, self.vocabulary
        if rng.random() < FRAME_SHARE:
            frame = rng.choice(vocab.frames)
            words = [w or rng.choice(vocab.lower) for w in frame[:-1]]
        else:
            words = rng.choices(vocab.words, cum_weights=vocab.cumulative, k=rng.randint(9, 21))
        words.append(rng.choice(vocab.lower[:5000]))
        if rng.random() < 0.6:
            words.insert(rng.randrange(1, len(words)), _number(rng))
        words[0] = words[0][0].upper() + words[0][1:]
        return " ".join(words) + "."

    def unique(self, count: int, taken: set[str]) -> list[str]:
        """``count`` new sentences not in ``taken`` (which they are added to)."""
        out = []
        while len(out) < count:
            sentence = self.sentence()
            if sentence not in taken:
                taken.add(sentence)
                out.append(sentence)
        return out

    def edit(self, sentence: str) -> str:
        """The sentence with one or two words, or one number, changed."""
        rng = self.rng
        words = sentence[:-1].split()
        numbers = [i for i, w in enumerate(words) if w[0].isdigit()]
        if numbers and rng.random() < 0.3:
            i = rng.choice(numbers)
            words[i] = next(n for n in iter(lambda: _number(rng), None) if n != words[i])
        else:
            for i in rng.sample(range(1, len(words)), rng.choice((1, 2))):
                words[i] = next(
                    w
                    for w in iter(lambda: rng.choice(self.vocabulary.lower), None)
                    if w != words[i]
                )
        return " ".join(words) + "."


@dataclass
class ReleaseText:
    """A release as the benchmark makes it: a headline and paragraphs of sentences."""

    id: str
    title: str
    paragraphs: list[list[str]]

    def sentences(self) -> list[str]:
        return [s for paragraph in self.paragraphs for s in paragraph]

    def document(self) -> SourceDocument:
        body = [(BlockKind.PARAGRAPH, " ".join(p)) for p in self.paragraphs]
        return SourceDocument(title=self.title, body=body, language="en", date=DATE, id=self.id)

    def source_text(self) -> str:
        return render_source(self.document())

    def units(self, *, verify: bool = False) -> list[Unit]:
        """The release's units, built directly; ``verify`` checks them against press's own."""
        units = [Unit(source=self.title, kind=BlockKind.TITLE, positions=["t1"])]
        for p, paragraph in enumerate(self.paragraphs, 1):
            for s, sentence in enumerate(paragraph, 1):
                position = f"p{p}.s{s}" if len(paragraph) > 1 else f"p{p}"
                units.append(Unit(source=sentence, positions=[position]))
        if verify:
            press = build_release(self.document(), self.id, "en").units()
            mine = [(u.source, u.kind, u.positions) for u in units]
            if [(u.source, u.kind, u.positions) for u in press] != mine:
                raise AssertionError(f"{self.id}: the synthetic units are not press's units")
        return units


def make_release(
    maker: SentenceMaker, release_id: str, title: str, count: int, taken: set[str]
) -> ReleaseText:
    """A release of ``count`` body sentences in paragraphs of three to six."""
    sentences = maker.unique(count, taken)
    paragraphs, start = [], 0
    while start < count:
        size = maker.rng.randint(3, 6)
        paragraphs.append(sentences[start : start + size])
        start += size
    return ReleaseText(release_id, title, paragraphs)


def translate(units: list[Unit], lang: str, state: UnitState) -> list[Unit]:
    """Give every unit its pseudo-translation in ``state`` (approved: with marks)."""
    for unit in units:
        if state is UnitState.UNTRANSLATED:
            continue
        unit.translation, unit.state = pseudo_translation(unit.source, lang), state
        unit.translated_by = TRANSLATOR
        if state is UnitState.APPROVED:
            unit.approved_by = REVIEWER
    return units


# Writing workspaces


def new_workspace(folder: Path, languages: list[str]) -> Workspace:
    return init_workspace(folder, organization="Benchmark press office", languages=languages)


def catalog_of(release: ReleaseText, lang: str, units: list[Unit], digest: str) -> Catalog:
    return Catalog(
        release_id=release.id,
        language=lang,
        source_language="en",
        units=units,
        revision_date=STAMP,
        last_translator=TRANSLATOR.who,
        source_digest=digest,
    )


def write_source(ws: Workspace, release: ReleaseText) -> str:
    """Write ``releases/<id>/source.md``; its digest."""
    text = release.source_text()
    path = ws.source_path(release.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return source_digest(text)


def write_catalog(ws: Workspace, catalog: Catalog, title: str, *, fast: bool) -> Path:
    path = ws.catalog_path(catalog.release_id, catalog.language)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_text(catalog, title) if fast else render_catalog(catalog, title), "utf-8")
    return path


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _entry_text(unit: Unit) -> str:
    lines = []
    if unit.translated_by and unit.translation:
        lines.append(f"# press: translated by {unit.translated_by.who} on {unit.translated_by.day}")
    if unit.state is UnitState.APPROVED and unit.approved_by:
        digest = text_digest(unit.source, unit.translation)
        mark = unit.approved_by
        lines.append(f"# press: approved by {mark.who} on {mark.day} (text {digest})")
    lines.append("#. title: the headline" if unit.kind is BlockKind.TITLE else "#. paragraph")
    lines.append("#: " + " ".join(unit.positions))
    if unit.state is UnitState.NEEDS_WORK and unit.translation:
        lines.append("#, fuzzy")
    lines.append("msgid " + _quote(unit.source))
    lines.append("msgstr " + _quote(unit.translation))
    return "\n" + "\n".join(lines) + "\n"


def po_text(catalog: Catalog, title: str) -> str:
    """A catalog's PO text without gettext's line wrapping: fast, and read back alike."""
    header = render_catalog(
        Catalog(
            catalog.release_id,
            catalog.language,
            catalog.source_language,
            revision_date=catalog.revision_date,
            last_translator=catalog.last_translator,
            source_digest=catalog.source_digest,
        ),
        title,
    )
    return header + "".join(_entry_text(unit) for unit in catalog.units)


def check_fast_po(path: Path, catalog: Catalog) -> None:
    """The file at ``path`` reads back to ``catalog``'s units (states and marks included)."""

    def key(units):
        return [(u.source, u.translation, u.state, u.kind, u.positions) for u in units]

    read = read_catalog(path)
    if key(read.units) != key(catalog.units) or read.source_digest != catalog.source_digest:
        raise AssertionError(f"{path.name}: the fast PO writer lost something")


def plain_po(pairs: list[tuple[str, str]], lang: str | None, *, fast: bool = False) -> str:
    """A plain PO file (or, with empty msgstrs and no language, a POT) in gettext's layout.

    ``fast`` writes the entries without gettext's line wrapping.
    """
    headers = [
        ("Project-Id-Version", "bench"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    if lang:
        headers.insert(1, ("Language", lang))
    if fast:
        body = "".join(f"\nmsgid {_quote(a)}\nmsgstr {_quote(b)}\n" for a, b in pairs)
        return render_po("Benchmark data", headers, []) + body
    entries = [PoEntry(msgid, msgstr) for msgid, msgstr in pairs]
    return render_po("Benchmark data", headers, entries)
