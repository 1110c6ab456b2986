"""Expected failures, each with a code and parameters the UI and CLI turn into words.

Anything that is not a UserError is a bug: it is logged and shown in the crash dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kept out of start-up: errors are imported by the task runner
    from xhht_desktop.domain.validation import Issue


class UserError(Exception):
    """A failure the user can understand and act on. `code` selects the message."""

    code = "error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(f"{self.code} {params}" if params else self.code)


class ValidationFailed(UserError):
    code = "validation"

    def __init__(self, issues: Sequence[Issue]) -> None:
        super().__init__()
        self.issues = list(issues)

    def __str__(self) -> str:
        return "; ".join(f"{i.field}: {i.code}" for i in self.issues)


class NotFound(UserError):
    code = "not_found"


class DatabaseTooNew(UserError):
    code = "db.too_new"


class DatabaseDamaged(UserError):
    code = "db.damaged"


class DatabaseLocked(UserError):
    code = "db.in_use"


class NotInitialised(UserError):
    code = "db.not_initialised"


class BadInput(UserError):
    """A file or argument the user gave is not what it should be."""

    code = "input.bad"
