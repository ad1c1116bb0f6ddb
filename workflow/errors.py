"""Every error a user ever sees, and its kinds.

Library code raises a :class:`PressError` with a message saying what is wrong
and a hint saying what to do; each face turns it into one line in one place
(``workflow.cli.app`` for the terminal: a red line on stderr and exit code 1).
The kinds let a face tell them apart; the message and hint say the rest.
"""

from __future__ import annotations


class PressError(Exception):
    """A user's mistake or a refused input: one clear line, never a traceback.

    >>> str(PressError("no release 'x'", "run 'press list' to see the releases"))
    "no release 'x' (run 'press list' to see the releases)"
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class WorkspaceError(PressError):
    """No workspace, a broken config, a busy lock, or a path that would leave the workspace."""


class NotFound(WorkspaceError):
    """A release (or file of one) the workspace does not have."""


class InputError(PressError):
    """A source file, PO file, TMX file or argument that cannot be accepted."""


class ConflictError(PressError):
    """A pushed file, or a stored file, that does not match the release it belongs to."""


class NotPermitted(PressError):
    """The person may not do this (their roles or languages do not allow it)."""


class Unidentified(NotPermitted):
    """Nobody the workspace knows is named; a face may say how one names oneself there."""

    def __init__(self, message: str, names: tuple[str, ...] = ()) -> None:
        super().__init__(message, f"name one of them: {', '.join(names)}" if names else "")
        self.names = names


class RuleError(PressError):
    """A change the rules do not allow: a unit's transition, a release's sign-off."""
