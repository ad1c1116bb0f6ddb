"""Machine pre-translation: drafts for the units no person has translated yet.

In this order, so that nothing is paid for that need not be:

1. the units to fill: untranslated ones (``include_needs_work``: also machine
   drafts, and with ``prefer_machine`` memory drafts — texts no person wrote);
2. the memory, for untranslated units: an approved exact match fills a unit and
   is never sent; a match of 90 or more is offered to the translator instead
   (unless ``prefer_machine``);
3. the cache (``machine/cache.py``): a text sent before with the same options;
4. the rest is billed: refused before anything is sent if it would pass the
   office's monthly budget or the account's limit; else sent in batches of one
   release (the paragraphs around them as context), a few at a time, each
   batch kept in the cache as it arrives (``machine/sending.py``).

Steps 3 and 4 hold the machine lock, so two runs never pay for the same text.
Drafts go into the catalogs at the end, each release under the workspace lock,
saved atomically with one journal line; after an error, what came back is
saved before the error is reported. A unit that a person changed while the
drafts were on their way keeps that person's text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import rules, store
from ..errors import PressError
from ..glossary import Glossary
from ..journal import read_history
from ..machine import Engine, MachineError, Request, Usage, batches
from ..machine.cache import DraftCache, draft_key, entries_digest
from ..machine.sending import Progress, send_all
from ..machine.tags import Damaged, Tagged, from_tags, problems, strip_tags, to_tags
from ..merge import fill_from_match
from ..model import UnitState
from ..people import Action, Actor
from ..workspace import Workspace

OFFER_SCORE = 90
"""A memory match this good is offered to the translator instead of a machine draft."""
MAX_CONTEXT = 4000
"""Characters of context sent with a batch (it is not billed, but it is sent)."""


@dataclass
class Translated:
    """What a run did (or, dry, would do) to one language of one release."""

    release_id: str
    language: str
    units: int = 0
    """Units to fill."""
    memory_exact: int = 0
    memory_fuzzy: int = 0
    cached: int = 0
    """Units whose text is in the cache (or is sent for an earlier release of the run)."""
    machine: int = 0
    """Units whose text this release sends."""
    characters: int = 0
    """Characters of the texts this release sends."""
    billed: int = 0
    filled: int = 0
    """Units given a machine draft (after a run)."""
    to_check: int = 0
    """Drafts with a note to look at: a number, link or official name not as in the source."""
    kept: int = 0
    """Units a person changed while the drafts were on their way (their text kept)."""
    stale: bool = False
    """The source changed while the drafts were on their way: they wait in the cache."""


@dataclass
class TranslateResult:
    rows: list[Translated]
    engine: str
    dry_run: bool
    characters: int = 0
    """Characters to bill (each text once)."""
    billed: int = 0
    usage: Usage | None = None
    """The account's usage: before a dry run, after a real one."""
    budget: int | None = None
    refused: str | None = None
    """A dry run: why the real run would be refused before sending, if it would."""


@dataclass
class _Plan:
    """One language of one release: which units get what."""

    row: Translated
    stored: store.StoredRelease
    memory: dict[str, object] = field(default_factory=dict)
    """Source -> the memory match that fills or is offered for it."""
    tagged: dict[str, Tagged] = field(default_factory=dict)
    """Source -> what is (or was) sent for it."""
    keys: dict[str, str] = field(default_factory=dict)
    """Source -> the cache key of what is sent for it."""
    untranslated: set[str] = field(default_factory=set)
    """Sources of the units that had no text at all (the memory is asked only for these)."""
    glossed: set[str] = field(default_factory=set)
    """Sources that hold a term of the engine's glossary (sent with it)."""
    formality: str | None = None
    glossary_entries: dict[str, str] = field(default_factory=dict)
    glossary_digest: str | None = None


@dataclass
class _Choice:
    """Which units a run fills."""

    include_needs_work: bool
    prefer_machine: bool

    def eligible(self, unit) -> bool:
        """Untranslated, or (asked for) needing work with a text no person wrote."""
        if unit.state is UnitState.UNTRANSLATED:
            return True
        if not self.include_needs_work or unit.state is not UnitState.NEEDS_WORK:
            return False
        by = unit.translated_by
        memory = by is not None and by.who == "memory"
        return rules.is_machine_output(unit) or (memory and self.prefer_machine)


def translate(
    ws: Workspace,
    actor: Actor,
    release_ids: list[str] | None,
    lang: str | None,
    *,
    engine: Engine,
    dry_run: bool = False,
    include_needs_work: bool = False,
    prefer_machine: bool = False,
    progress: Progress | None = None,
) -> TranslateResult:
    """Machine drafts for ``release_ids`` (``None``: every release) into ``lang`` (``None``:
    every target language the actor may translate)."""
    choice = _Choice(include_needs_work, prefer_machine)
    glossary = Glossary.load(ws)
    plans = _plans(ws, actor, release_ids, lang, choice)
    result = TranslateResult([p.row for p in plans], engine.name, dry_run)
    result.budget = ws.config.machine.monthly_characters
    with DraftCache(ws.state_dir) as cache:
        for plan in plans:
            _fill_plan(ws, plan, engine, glossary, choice, cache)
        if dry_run:
            sending = _sending(plans, cache, result)
            result.usage = engine.usage() if plans else None
            if sending:
                try:
                    _check_budget(ws, result.usage, result)
                except MachineError as exc:
                    result.refused = exc.message
            return result
        drafts, error = {}, None
        with ws.sending_lock():
            sending = _sending(plans, cache, result)  # under the lock: what another run paid
            if sending:
                _check_budget(ws, engine.usage(), result)
                glossaries = _glossary_ids(engine, plans, sending, cache)
                requests = _requests(plans, sending, glossaries)
                drafts, error = send_all(engine, requests, cache, progress)
        for key, draft in drafts.items():
            sending[key][1].row.billed += draft.billed
        result.billed = sum(d.billed for d in drafts.values())
        problem = _save(ws, actor, plans, cache, engine.name, glossary, choice)
    if error is not None:
        saved = sum(p.row.filled for p in plans)
        raise MachineError(f"{error.message}; {saved} drafts were saved before it", error.hint)
    if problem is not None:
        raise problem
    result.usage = _usage_after(engine) if sending else None
    return result


def _usage_after(engine: Engine) -> Usage | None:
    """The account after a run that worked; not knowing it is no failure of the run."""
    try:
        return engine.usage()
    except MachineError:
        return None


# Planning


def _plans(ws, actor: Actor, release_ids, lang: str | None, choice: _Choice) -> list[_Plan]:
    every = release_ids is None
    plans = []
    for release_id in ws.release_ids() if every else release_ids:
        stored = store.load(ws, release_id)
        if every and lang and lang not in stored.targets:
            continue  # written in that language
        languages = [stored.check_target(lang)] if lang else stored.targets
        if not lang and not actor.single_user:
            languages = [t for t in languages if actor.may(Action.TRANSLATE, t)] or languages
        for target in languages:
            actor.require(Action.TRANSLATE, target)
            wanted = [u for u in stored.catalog(target).units if choice.eligible(u)]
            if wanted or not every:
                row = Translated(release_id, target, units=len(wanted))
                tagged = {u.source: to_tags(u.source) for u in wanted}
                fresh = {u.source for u in wanted if u.state is UnitState.UNTRANSLATED}
                plans.append(_Plan(row, stored, tagged=tagged, untranslated=fresh))
    return plans


def _fill_plan(ws, plan: _Plan, engine: Engine, glossary: Glossary, choice, cache) -> None:
    """What the memory covers, and the cache key of everything else."""
    from ..memory import Memory

    release, target = plan.stored.release, plan.row.language
    fresh = [s for s in plan.tagged if s in plan.untranslated]
    if fresh:
        with Memory(ws) as memory:
            found = memory.lookup(
                fresh, release.language, target, threshold=OFFER_SCORE, exclude_release=release.id
            )
        for source, match in found.items():
            if (match.score == 100 and match.approved) or not choice.prefer_machine:
                plan.memory[source] = match
                del plan.tagged[source]
    plan.row.memory_exact = sum(m.score == 100 and m.approved for m in plan.memory.values())
    plan.row.memory_fuzzy = len(plan.memory) - plan.row.memory_exact
    if not plan.tagged:
        return
    if engine.check_languages(release.language, target):
        plan.formality = ws.config.machine.formality
    if engine.takes_glossary(release.language, target):
        plan.glossary_entries = glossary.pairs(release.language, target, release.date)
        plan.glossary_digest = entries_digest(plan.glossary_entries) or None
    for source, tagged in plan.tagged.items():
        terms = _terms_in(plan.glossary_entries, source)
        options = {"tags": "xml", "formality": plan.formality, "glossary": terms}
        if terms:
            plan.glossed.add(source)
        plan.keys[source] = draft_key(engine.scope, release.language, target, options, tagged.text)


def _terms_in(entries: dict[str, str], text: str) -> str | None:
    """The digest of the glossary entries that can change this text's draft (its terms):
    a change to the glossary bills again only the sentences it concerns."""
    lowered = text.casefold()
    mine = {s: t for s, t in entries.items() if s.casefold() in lowered}
    return entries_digest(mine) if mine else None


def _sending(plans: list[_Plan], cache: DraftCache, result: TranslateResult) -> dict:
    """Key -> (text, the first plan that sends it): each text once, in the order of the plans."""
    cached = cache.drafts(k for p in plans for k in p.keys.values())
    sending: dict[str, tuple[str, _Plan]] = {}
    for plan in plans:
        row = plan.row
        row.cached = row.machine = row.characters = 0
        for source, key in plan.keys.items():
            if key in cached or key in sending:
                row.cached += 1
                continue
            sending[key] = (plan.tagged[source].text, plan)
            row.machine += 1
            row.characters += len(plan.tagged[source].text)
    result.characters = sum(len(text) for text, _plan in sending.values())
    return sending


def _check_budget(ws: Workspace, usage: Usage | None, result: TranslateResult) -> None:
    """Refuse, before anything is sent, a run that would pass the budget or the account.

    Where the engine does not say what the account used, press counts what its own
    journals billed this month.
    """
    used = usage.count if usage is not None and usage.count is not None else _billed(ws)
    need = result.characters
    if result.budget is not None and used + need > result.budget:
        raise MachineError(
            f"this run would bill up to {need:,} characters, and {used:,} of the monthly "
            f"budget of {result.budget:,} are used ({max(result.budget - used, 0):,} left)",
            "translate fewer releases, or raise [machine] monthly_characters in the config",
        )
    if usage is not None and usage.limit is not None and used + need > usage.limit:
        raise MachineError(
            f"this run would bill up to {need:,} characters, and the DeepL account has "
            f"{usage.left:,} of {usage.limit:,} left this period",
            "translate fewer releases, or raise the account's limit",
        )


def _billed(ws: Workspace) -> int:
    """The characters the workspace's journals say were billed this calendar month."""
    month = dt.datetime.now(dt.UTC).strftime("%Y-%m")
    total = 0
    for release_id in ws.release_ids():
        for entry in read_history(ws.journal_path(release_id)).entries:
            billed = entry.get("billed")
            if entry.get("action") == "translate" and str(entry.get("time", "")).startswith(month):
                total += billed if type(billed) is int else 0
    return total


# Sending


def _requests(plans, sending, glossary_ids) -> list[tuple[Request, list[str]]]:
    """The batches: texts of one release each, with the paragraphs they come from."""
    out = []
    for plan in plans:
        release = plan.stored.release
        around = {s: b.text for b in release.blocks for s in b.sentences}
        mine = [(s, k) for s, k in plan.keys.items() if sending.get(k, (None, None))[1] is plan]
        for indexes in batches([sending[k][0] for _s, k in mine]):
            sources = [mine[i][0] for i in indexes]
            paragraphs = dict.fromkeys(around.get(s, "") for s in sources)
            glossed = any(s in plan.glossed for s in sources)
            request = Request(
                tuple(sending[mine[i][1]][0] for i in indexes),
                release.language,
                plan.row.language,
                context="\n\n".join(paragraphs)[:MAX_CONTEXT],
                formality=plan.formality,
                glossary=glossary_ids.get(plan.glossary_digest) if glossed else None,
            )
            out.append((request, [mine[i][1] for i in indexes]))
    return out


def _glossary_ids(engine: Engine, plans, sending, cache: DraftCache) -> dict[str, str]:
    """The engine's id of each glossary the texts to send need, made where needed."""
    ids: dict[str, str] = {}
    for plan in plans:
        digest = plan.glossary_digest
        needed = any(sending.get(plan.keys[s], (None, None))[1] is plan for s in plan.glossed)
        if digest is None or digest in ids or not needed:
            continue
        source, target = plan.stored.release.language, plan.row.language
        pair = f"{source}-{target}"
        known = cache.glossary(pair, digest)
        made = engine.glossary(source, target, plan.glossary_entries, known)
        if made != known:
            for old in cache.keep_glossary(pair, digest, made):
                engine.forget_glossary(old)
        ids[digest] = made
    return ids


# Saving


def _save(ws, actor, plans, cache, engine_name, glossary, choice) -> PressError | None:
    """Every plan's drafts into its catalog, each release saved atomically and journaled.

    A release that cannot be saved (deleted meanwhile, say) does not stop the others;
    the first such problem is handed back.
    """
    problem = None
    for plan in plans:
        drafts = cache.drafts(plan.keys.values())
        if not plan.memory and not drafts:
            continue
        try:
            _save_plan(ws, actor, plan, drafts, engine_name, glossary, choice)
        except PressError as exc:
            problem = problem or exc
    return problem


def _save_plan(ws, actor, plan: _Plan, drafts, engine_name, glossary, choice) -> None:
    with store.opened(ws, plan.stored.id, read=plan.stored) as stored:
        if stored.digest != plan.stored.digest:
            plan.row.stale = True  # the drafts wait in the cache for the next run
            return
        catalog = stored.catalog(plan.row.language)
        counts = _apply(plan, catalog, drafts, engine_name, glossary, choice)
        counts = {key: n for key, n in counts.items() if n}
        if not counts:
            return
        before, after = stored.save(catalog)
        stored.record(
            "translate",
            who=actor.name,
            language=plan.row.language,
            counts=counts,
            before=before,
            after=after,
            note=f"machine: {engine_name}",
            billed=plan.row.billed,
        )


def _apply(plan: _Plan, catalog, drafts: dict[str, str], engine_name, glossary, choice) -> dict:
    """Fill the planned units that are still as they were planned; the counts, for the journal."""
    release = plan.stored.release
    counts = {"machine": 0, "memory_exact": 0, "memory_fuzzy": 0}
    for unit in catalog.units:
        match, key = plan.memory.get(unit.source), plan.keys.get(unit.source)
        if match is None and key not in drafts:
            continue
        if match is not None:
            if unit.state is not UnitState.UNTRANSLATED:
                plan.row.kept += unit.translation != match.target
                continue
            counts[fill_from_match(unit, match)] += 1
            continue
        text, notes = _draft(unit.source, drafts[key], plan.tagged[unit.source])
        if not choice.eligible(unit):
            same = rules.is_machine_output(unit) and unit.translation == text
            plan.row.kept += not same  # the same draft, by another run, is no person's change
            continue
        notes += [
            f"machine: check: {finding.message}"
            for finding in glossary.check(
                unit.source, text, release.language, plan.row.language, release.date
            )
        ]
        if text and text != unit.translation:
            rules.fill_from_machine(unit, text, engine_name, notes)
            counts["machine"] += 1
            plan.row.to_check += bool(notes)
    plan.row.filled = counts["machine"]
    return counts


def _draft(source: str, sent_back: str, tagged: Tagged) -> tuple[str, list[str]]:
    """The draft as inline Markdown, and what the translator must look at in it."""
    try:
        text = from_tags(sent_back, tagged)
    except Damaged:
        text = " ".join(strip_tags(sent_back).split())
        return text, ["machine: check: the markup did not come back; copy it from the source"]
    return text, [f"machine: check: {problem}" for problem in problems(source, text)]
