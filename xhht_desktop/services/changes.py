"""What a mutation changed, so each screen refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    HOUSEHOLD = "household"
    ACTIVITY = "activity"
    UNIT = "unit"
    CLAN = "clan"
    CRITERIA = "criteria"
    EVALUATION = "evaluation"
    INSTALLATION = "installation"
    CERTIFICATES = "certificates"
    EXCHANGE = "exchange"


@dataclass(frozen=True, slots=True)
class Changes:
    kinds: frozenset[Kind]
    ids: tuple[int, ...] = field(default_factory=tuple)  # the records touched, when known

    @classmethod
    def of(cls, *kinds: Kind, ids: tuple[int, ...] = ()) -> Changes:
        return cls(frozenset(kinds), ids)
