"""Validation of learning activities (hoạt động học tập)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from xhht_desktop.domain.entities import ActivityDraft
from xhht_desktop.domain.text import nfc, nfc_multiline
from xhht_desktop.domain.validation import NOTES_MAX, TEXT_MAX, Issue

MAX_OUTSIDE = 100_000
EARLIEST = dt.date(1990, 1, 1)


def clean_activity(draft: ActivityDraft) -> ActivityDraft:
    return replace(
        draft,
        title=nfc(draft.title),
        place=nfc(draft.place),
        organiser=nfc(draft.organiser),
        notes=nfc_multiline(draft.notes),
    )


def validate_activity(draft: ActivityDraft, today: dt.date) -> list[Issue]:
    issues: list[Issue] = []
    if draft.type_id is None:
        issues.append(Issue("type_id", "activity.type_required"))
    if not draft.title:
        issues.append(Issue("title", "activity.title_required"))
    for name in ("title", "place", "organiser"):
        if len(getattr(draft, name)) > TEXT_MAX:
            issues.append(Issue(name, "text.too_long", {"max": TEXT_MAX}))
    if len(draft.notes) > NOTES_MAX:
        issues.append(Issue("notes", "text.too_long", {"max": NOTES_MAX}))
    if draft.start_date is None:
        issues.append(Issue("start_date", "activity.date_required"))
    elif not EARLIEST <= draft.start_date <= today + dt.timedelta(days=366):
        issues.append(Issue("start_date", "activity.date_out_of_range"))
    elif draft.end_date is not None and draft.end_date < draft.start_date:
        issues.append(Issue("end_date", "activity.ends_before_start"))
    if not 0 <= draft.outside_attendees <= MAX_OUTSIDE:
        issues.append(Issue("outside_attendees", "activity.bad_count", {"max": MAX_OUTSIDE}))
    return issues
