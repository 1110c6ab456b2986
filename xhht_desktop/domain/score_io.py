"""Score sheets as JSON-able dicts, to store with a registration and to send upward."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from xhht_desktop.domain.scoring import Derivation, Score, ScoreSheet, Source


def _num(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def sheet_to_dict(sheet: ScoreSheet) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for code, score in sorted(sheet.scores.items()):
        item: dict[str, Any] = {
            "points": _num(score.points),
            "met": score.met,
            "note": score.note,
            "source": score.source.value,
        }
        if score.derivation is not None:
            d = score.derivation
            item["derivation"] = {
                "code": d.code,
                "params": d.params,
                "points": _num(d.points),
                "met": d.met,
            }
        out[code] = item
    return out


def sheet_from_dict(data: dict[str, Any]) -> ScoreSheet:
    """The inverse of sheet_to_dict (trusted data: written by this app)."""
    scores = {}
    for code, item in data.items():
        d = item.get("derivation")
        derivation = (
            None
            if d is None
            else Derivation(
                d["code"],
                dict(d.get("params") or {}),
                None if d.get("points") is None else Decimal(d["points"]),
                d.get("met"),
            )
        )
        scores[code] = Score(
            points=None if item.get("points") is None else Decimal(item["points"]),
            met=item.get("met"),
            note=item.get("note", ""),
            source=Source(item.get("source", Source.MANUAL.value)),
            derivation=derivation,
        )
    return ScoreSheet(scores)
