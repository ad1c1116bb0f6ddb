"""Who may do what: the actions, the permission table, the actor, and four eyes.

``PERMISSIONS`` says which role may do which action, and whether only in that
person's languages. An :class:`Actor` is whoever runs an action: a person of
the workspace, the one user of a single-user workspace, or someone it does not
know (who may read but change nothing). Each action asks
``actor.require(action, lang)`` itself; who the actor is, a face decides
(the command line from ``--as`` or ``PRESS_USER``) and passes it down.
"""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from typing import NamedTuple

from .config import ROLES, Config, Person
from .errors import NotPermitted, RuleError, Unidentified
from .model import Mark, Unit


class Action(enum.StrEnum):
    INGEST = "ingest"
    UPDATE = "update"
    PUSH = "push"
    REVIEW = "review"
    APPROVE = "approve"
    REJECT = "reject"
    EXPORT = "export"
    PUBLISH = "publish"
    MEMORY = "import memory"
    TRANSLATE = "machine-translate"
    GLOSSARY = "change the glossary"
    WAIVE = "waive a check's finding"


PERMISSIONS: dict[tuple[Action, str], bool] = {
    (Action.PUSH, "translator"): True,
    (Action.PUSH, "reviewer"): True,
    (Action.REVIEW, "reviewer"): True,
    (Action.APPROVE, "editor"): False,
    (Action.REJECT, "editor"): False,
    (Action.INGEST, "publisher"): False,
    (Action.UPDATE, "publisher"): False,
    (Action.EXPORT, "publisher"): False,
    (Action.PUBLISH, "publisher"): False,
    (Action.MEMORY, "publisher"): False,
    (Action.TRANSLATE, "translator"): True,
    (Action.TRANSLATE, "publisher"): False,
    (Action.GLOSSARY, "reviewer"): False,
    (Action.GLOSSARY, "editor"): False,
    (Action.GLOSSARY, "publisher"): False,
    (Action.WAIVE, "editor"): False,
}
"""(action, role) -> whether the action is bound to the person's languages."""


class Actor(NamedTuple):
    """Who runs an action.

    ``person`` is None for the user of a single-user workspace (who may do
    everything) and for a name the workspace does not know (who may do nothing
    that changes anything).
    """

    name: str
    person: Person | None
    single_user: bool = False
    four_eyes: bool = True
    known_names: tuple[str, ...] = ()
    """The workspace's people, for the hint that names them."""

    def may(self, action: Action, lang: str | None = None) -> bool:
        if self.single_user:
            return True
        if self.person is None:
            return False
        for role in self.person.roles:
            bound = PERMISSIONS.get((action, role))
            if bound is not None and (not bound or self.person.works_in(lang)):
                return True
        return False

    def require(self, action: Action, lang: str | None = None) -> None:
        """Refuse, in one clear line, an action this actor may not do (in ``lang``)."""
        if self.may(action, lang):
            return
        if self.person is None:
            who = (
                f"'{self.name}' is not one of this workspace's people"
                if self.name
                else ("no one is named")
            )
            raise Unidentified(
                f"{who}: only people in the config may change anything", self.known_names
            )
        roles = ", ".join(sorted(self.person.roles))
        where = f" in {lang}" if lang and _bound(action) else ""
        raise NotPermitted(
            f"{self.name} ({roles}) may not {action.value}{where}",
            f"that takes {_article(_roles_for(action))}" + (f" of {lang}" if where else ""),
        )

    def mark(self) -> Mark:
        """The actor's mark on what they do today."""
        return Mark(self.name, dt.date.today().isoformat())

    def wrote(self, unit: Unit) -> bool:
        """Four eyes: the actor wrote the unit's current translation and may not approve it."""
        if self.single_user or not self.four_eyes:
            return False
        return unit.translated_by is not None and unit.translated_by.who == self.name

    def require_other_eyes(self, unit: Unit) -> None:
        if self.wrote(unit):
            raise RuleError(
                f"{self.name} translated this unit and may not approve it",
                "another reviewer of the language must (four eyes)",
            )


def identify(config: Config, name: str | None) -> Actor:
    """The actor named ``name`` in a workspace with ``config``.

    In a single-user workspace anyone is its user; elsewhere a name the config
    does not list (or no name) gives an actor who may only read.
    """
    name = clean_name(name or "")
    if config.single_user:
        return Actor(name or "unknown", None, single_user=True, four_eyes=False)
    return Actor(
        name, config.people.get(name), four_eyes=config.four_eyes, known_names=tuple(config.people)
    )


def clean_name(name: str) -> str:
    """A name as marks and the journal can hold it: one line, no control characters.

    >>> clean_name("  Asel\\tNurlanovna\\n")
    'Asel Nurlanovna'
    """
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in name)
    return " ".join(kept.split())[:80]


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _bound(action: Action) -> bool:
    return any(bound for (a, _role), bound in PERMISSIONS.items() if a is action)


def _roles_for(action: Action) -> str:
    return " or ".join(r for r in ROLES if (action, r) in PERMISSIONS)
