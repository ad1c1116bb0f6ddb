"""The one error type a user ever sees.

Library code raises :class:`PressError` with a message saying what is wrong
and a hint saying what to do; the command line turns it into one red line and
exit code 1 in one place (``workflow.cli``).
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
    """No workspace, a broken config, or a path that would leave the workspace."""


class InputError(PressError):
    """A source file, PO file or argument that cannot be accepted."""


class ConflictError(PressError):
    """A pushed file that does not match the release it claims to belong to."""
