"""Who is at the keyboard, as recorded with corrections, prints and settled conflicts: the PC's
login name until accounts (a later issue) say who it is."""

from __future__ import annotations

import getpass


def login_name() -> str:
    """getuser raises when the system cannot say (no USERNAME on Windows, no passwd entry), and
    recording a change must not fail for that."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"
