"""Machine pre-translation: drafts for the units no person has translated yet.

In this order, so that nothing is paid for that need not be:

1. the units to fill: untranslated ones (``include_needs_work``: also those that
   need work and whose text no person wrote — a memory or machine draft);
2. the memory: an approved exact match fills a unit and is never sent; a match of
   90 or more is offered to the translator instead (unless ``prefer_machine``);
3. the cache (``machine/cache.py``): a text sent before with the same options;
4. the rest is billed: refused before anything is sent if it would pass the
   office's monthly budget or the account's limit; else sent in batches of one
   release (the paragraphs around them as context), a few at a time, each
   batch kept in the cache as it arrives.

Drafts go into the catalogs at the end, under the lock, each release saved
atomically with one journal line; after an error, what came back is saved
before the error is reported. A unit that a person changed while the drafts
were on their way keeps that person's text.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import rules, store
from ..errors import InputError, PressError
from ..glossary import Glossary
from ..machine import Engine, MachineError, Request, Usage, batches
from ..machine.cache import DraftCache, draft_key, entries_digest
from ..machine.tags import Damaged, Tagged, from_tags, problems, strip_tags, to_tags
from ..model import UnitState
from ..people import Action, Actor
from ..workspace import Workspace

OFFER_SCORE = 90
"""A memory match this good is offered to the translator instead of a machine draft."""
WORKERS = 4
"""Requests in flight at once."""
MAX_CONTEXT = 4000
"""Characters of context sent with a batch (it is not billed, but it is sent)."""

Progress = Callable[[int, int], None]
"""Told (texts translated so far, texts to translate) as batches come back."""


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
    machine: int = 0
    """Units sent to the engine (after a run: filled from what it sent back)."""
    characters: int = 0
    """Characters of the texts this release sends (a text two releases share counts once)."""
    billed: int = 0
    to_check: int = 0
    """Drafts with a note to look at: a number, link or official name not as in the source."""
    kept: int = 0
    """Units a person changed while the drafts were on their way (their text kept)."""
    filled: int = 0
    """Units given a machine draft (after a run)."""


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
    options: dict = field(default_factory=dict)
    include_needs_work: bool = False
    glossary_entries: dict[str, str] = field(default_factory=dict)


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
    glossary = Glossary.load(ws)
    plans = _plans(ws, actor, release_ids, lang, include_needs_work)
    with DraftCache(ws.state_dir) as cache:
        for plan in plans:
            _fill_plan(ws, plan, engine, glossary, prefer_machine, cache)
        sending = _sending(plans, cache)
        result = TranslateResult(
            [p.row for p in plans],
            engine.name,
            dry_run,
            characters=sum(len(t) for t, _plan in sending.values()),
            budget=ws.config.machine.monthly_characters,
        )
        if dry_run:
            result.usage = engine.usage() if plans else None
            return result
        if sending:
            _check_budget(engine.usage(), result)
            drafts, error = _send(engine, plans, sending, cache, progress)
        else:
            drafts, error = {}, None
        result.billed = sum(b for _t, b in drafts.values())
        _save(ws, actor, plans, cache, engine.name, glossary)
    if error is not None:
        saved = sum(p.row.filled for p in plans)
        raise MachineError(f"{error.message}; {saved} drafts were saved before it", error.hint)
    result.usage = engine.usage() if sending else None
    return result


# Planning


def _plans(
    ws: Workspace,
    actor: Actor,
    release_ids: list[str] | None,
    lang: str | None,
    include_needs_work: bool,
) -> list[_Plan]:
    every = release_ids is None
    plans = []
    for release_id in ws.release_ids() if every else release_ids:
        stored = store.load(ws, release_id)
        languages = [stored.check_target(lang)] if lang else stored.targets
        if not lang and not actor.single_user:
            languages = [t for t in languages if actor.may(Action.TRANSLATE, t)] or languages
        for target in languages:
            actor.require(Action.TRANSLATE, target)
            catalog = stored.catalog(target)
            wanted = [u for u in catalog.units if _eligible(u, include_needs_work)]
            if wanted or not every:
                row = Translated(release_id, target, units=len(wanted))
                tagged = {u.source: to_tags(u.source) for u in wanted}
                plans.append(
                    _Plan(row, stored, tagged=tagged, include_needs_work=include_needs_work)
                )
    if not plans and every:
        raise InputError(
            "no release has units to translate" + (f" into {lang}" if lang else ""),
            "run 'press status' to see where the releases stand",
        )
    return plans


def _day(release) -> dt.date:
    """The day whose official names apply: the release's date (today for an undated one)."""
    return release.date or dt.date.today()


def _eligible(unit, include_needs_work: bool) -> bool:
    """Untranslated, or (asked for) needing work with a text no person wrote."""
    if unit.state is UnitState.UNTRANSLATED:
        return True
    by = unit.translated_by
    return (
        include_needs_work
        and unit.state is UnitState.NEEDS_WORK
        and by is not None
        and (by.who == "memory" or rules.is_machine_output(unit))
    )


def _fill_plan(
    ws: Workspace,
    plan: _Plan,
    engine: Engine,
    glossary: Glossary,
    prefer_machine: bool,
    cache: DraftCache,
) -> None:
    """What the memory covers, and the cache key of everything else."""
    from ..memory import Memory

    release, target = plan.stored.release, plan.row.language
    if plan.tagged:
        with Memory(ws) as memory:
            found = memory.lookup(
                list(plan.tagged),
                release.language,
                target,
                threshold=OFFER_SCORE,
                exclude_release=release.id,
            )
        for source, match in found.items():
            if (match.score == 100 and match.approved) or not prefer_machine:
                plan.memory[source] = match
                del plan.tagged[source]
    plan.row.memory_exact = sum(m.score == 100 and m.approved for m in plan.memory.values())
    plan.row.memory_fuzzy = len(plan.memory) - plan.row.memory_exact
    if not plan.tagged:
        return
    formal = engine.check_languages(release.language, target)
    formality = ws.config.machine.formality if formal else None
    if engine.takes_glossary(release.language, target):
        plan.glossary_entries = glossary.pairs(release.language, target, _day(release))
    digest = entries_digest(plan.glossary_entries) if plan.glossary_entries else None
    plan.options = {"tags": "xml", "formality": formality, "glossary": digest}
    plan.keys = {
        source: draft_key(engine.name, release.language, target, plan.options, tagged.text)
        for source, tagged in plan.tagged.items()
    }
    cached = cache.drafts(plan.keys.values())
    plan.row.cached = sum(key in cached for key in plan.keys.values())
    plan.row.machine = len(plan.keys) - plan.row.cached


def _sending(plans: list[_Plan], cache: DraftCache) -> dict[str, tuple[str, _Plan]]:
    """Key -> (text, the first plan that sends it): each text once, in the order of the plans."""
    cached = cache.drafts(k for p in plans for k in p.keys.values())
    sending: dict[str, tuple[str, _Plan]] = {}
    for plan in plans:
        for source, key in plan.keys.items():
            if key not in cached and key not in sending:
                sending[key] = (plan.tagged[source].text, plan)
                plan.row.characters += len(plan.tagged[source].text)
    return sending


def _check_budget(usage: Usage, result: TranslateResult) -> None:
    """Refuse, before anything is sent, a run that would pass the budget or the account."""
    used = usage.count or 0
    need = result.characters
    if result.budget is not None and used + need > result.budget:
        raise MachineError(
            f"this run would bill up to {need:,} characters, and {used:,} of the monthly "
            f"budget of {result.budget:,} are used ({max(result.budget - used, 0):,} left)",
            "translate fewer releases, or raise [machine] monthly_characters in the config",
        )
    if usage.limit is not None and used + need > usage.limit:
        raise MachineError(
            f"this run would bill up to {need:,} characters, and the DeepL account has "
            f"{usage.left:,} of {usage.limit:,} left this period",
            "translate fewer releases, or raise the account's limit",
        )


# Sending


def _requests(plans, sending, glossary_ids) -> list[tuple[Request, list[str]]]:
    """The batches: texts of one release each, with the paragraphs they come from."""
    out = []
    for plan in plans:
        release = plan.stored.release
        around = {s: b.text for b in release.blocks for s in b.sentences}
        mine = [(s, k) for s, k in plan.keys.items() if sending.get(k, (None, None))[1] is plan]
        texts = [sending[k][0] for _s, k in mine]
        for indexes in batches(texts):
            paragraphs = dict.fromkeys(around.get(mine[i][0], "") for i in indexes)
            request = Request(
                tuple(texts[i] for i in indexes),
                release.language,
                plan.row.language,
                context="\n\n".join(paragraphs)[:MAX_CONTEXT],
                formality=plan.options["formality"],
                glossary=glossary_ids.get(plan.options["glossary"]),
            )
            out.append((request, [mine[i][1] for i in indexes]))
    return out


def _glossary_ids(engine: Engine, plans: list[_Plan], cache: DraftCache) -> dict[str, str]:
    """The engine's id of each glossary the plans use, made where needed."""
    ids: dict[str, str] = {}
    for plan in plans:
        digest = plan.options["glossary"]
        if digest is None or digest in ids or not plan.keys:
            continue
        release = plan.stored.release
        pair = f"{release.language}-{plan.row.language}"
        known = cache.glossary(pair, digest)
        made = engine.glossary(release.language, plan.row.language, plan.glossary_entries, known)
        if made != known:
            for old in cache.keep_glossary(pair, digest, made):
                engine.forget_glossary(old)
        ids[digest] = made
    return ids


def _send(
    engine: Engine,
    plans: list[_Plan],
    sending: dict[str, tuple[str, _Plan]],
    cache: DraftCache,
    progress: Progress | None,
) -> tuple[dict[str, tuple[str, int]], PressError | None]:
    """Send every batch, keeping each in the cache as it comes; stop at the first error."""
    drafts: dict[str, tuple[str, int]] = {}
    requests = _requests(plans, sending, _glossary_ids(engine, plans, cache))
    total, error = len(sending), None
    with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {pool.submit(engine.translate, request): keys for request, keys in requests}
        for future in concurrent.futures.as_completed(futures):
            try:
                results = future.result()
            except PressError as exc:
                if error is None:
                    error = exc
                    for other in futures:
                        other.cancel()
                continue
            except concurrent.futures.CancelledError:
                continue
            keys = futures[future]
            for key, draft in zip(keys, results, strict=True):
                sending[key][1].row.billed += draft.billed
            cache.keep((k, r.text, r.billed) for k, r in zip(keys, results, strict=True))
            drafts.update((k, (r.text, r.billed)) for k, r in zip(keys, results, strict=True))
            if progress:
                progress(len(drafts), total)
    return drafts, error


# Saving


def _save(ws, actor, plans, cache, engine_name, glossary) -> None:
    """Every plan's drafts into its catalog, each release saved atomically and journaled."""
    for plan in plans:
        drafts = cache.drafts(plan.keys.values())
        if not plan.memory and not drafts:
            continue
        with store.opened(ws, plan.stored.id, read=plan.stored) as stored:
            if stored.digest != plan.stored.digest:
                plan.row.kept = plan.row.units  # the source changed: the drafts wait in the cache
                continue
            catalog = stored.catalog(plan.row.language)
            counts = {
                k: n for k, n in _apply(plan, catalog, drafts, engine_name, glossary).items() if n
            }
            if not counts:
                continue
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


def _apply(plan: _Plan, catalog, drafts: dict[str, str], engine_name, glossary) -> dict:
    """Fill the planned units that are still as they were planned; the counts, for the journal."""
    release = plan.stored.release
    counts = {"machine": 0, "memory_exact": 0, "memory_fuzzy": 0}
    for unit in catalog.units:
        match, key = plan.memory.get(unit.source), plan.keys.get(unit.source)
        if match is None and key not in drafts:
            continue
        if not _eligible(unit, plan.include_needs_work):
            plan.row.kept += 1
        elif match is not None:
            if unit.translation != match.target:
                change = rules.fill_from_memory(
                    unit,
                    target=match.target,
                    source=match.source,
                    score=match.score,
                    origin=match.origin,
                    approved=match.approved,
                )
                exact = change is rules.Change.MEMORY_EXACT
                counts["memory_exact" if exact else "memory_fuzzy"] += 1
        else:
            text, notes = _draft(unit.source, drafts[key], plan.tagged[unit.source])
            notes += [
                f"machine: check: {finding.message}"
                for finding in glossary.check(
                    unit.source, text, release.language, plan.row.language, _day(release)
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
