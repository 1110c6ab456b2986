"""Validation of the other subjects of the learning models: local units and clans."""

from __future__ import annotations

from dataclasses import replace

from xhht_desktop.domain.entities import ClanBranch, ClanDraft, LocalUnitDraft
from xhht_desktop.domain.text import nfc, nfc_multiline
from xhht_desktop.domain.validation import NOTES_MAX, TEXT_MAX, Issue, normalize_phone

MAX_COUNT = 1_000_000


def _too_long(draft: object, names: tuple[str, ...], limit: int) -> list[Issue]:
    return [
        Issue(n, "text.too_long", {"max": limit}) for n in names if len(getattr(draft, n)) > limit
    ]


def clean_unit(draft: LocalUnitDraft) -> LocalUnitDraft:
    phone = normalize_phone(draft.phone)
    return replace(
        draft,
        name=nfc(draft.name),
        head_name=nfc(draft.head_name),
        address=nfc(draft.address),
        notes=nfc_multiline(draft.notes),
        phone=phone if phone is not None else nfc(draft.phone),
    )


def validate_unit(draft: LocalUnitDraft) -> list[Issue]:
    issues = [] if draft.name else [Issue("name", "name.required")]
    issues += _too_long(draft, ("name", "head_name", "address"), TEXT_MAX)
    issues += _too_long(draft, ("notes",), NOTES_MAX)
    if draft.phone and normalize_phone(draft.phone) is None:
        issues.append(Issue("phone", "phone.invalid"))
    if not 0 <= draft.staff_count <= MAX_COUNT:
        issues.append(Issue("staff_count", "count.out_of_range", {"max": MAX_COUNT}))
    return issues


def clean_clan(draft: ClanDraft) -> ClanDraft:
    branches = tuple(
        replace(b, name=nfc(b.name), head_name=nfc(b.head_name)) for b in draft.branches
    )
    return replace(
        draft,
        name=nfc(draft.name),
        head_name=nfc(draft.head_name),
        board_head=nfc(draft.board_head),
        fund_notes=nfc_multiline(draft.fund_notes),
        notes=nfc_multiline(draft.notes),
        branches=branches,
    )


def validate_clan(draft: ClanDraft) -> list[Issue]:
    issues = [] if draft.name else [Issue("name", "name.required")]
    issues += _too_long(draft, ("name", "head_name", "board_head"), TEXT_MAX)
    issues += _too_long(draft, ("fund_notes", "notes"), NOTES_MAX)
    if not 0 <= draft.households_elsewhere <= MAX_COUNT:
        issues.append(Issue("households_elsewhere", "count.out_of_range", {"max": MAX_COUNT}))
    for index, branch in enumerate(draft.branches):
        issues += [
            replace(i, field=f"branches.{index}.{i.field}")
            for i in _validate_branch(branch, index, len(draft.branches))
        ]
    return issues


def _validate_branch(branch: ClanBranch, index: int, count: int) -> list[Issue]:
    issues = [] if branch.name else [Issue("name", "name.required")]
    issues += _too_long(branch, ("name", "head_name"), TEXT_MAX)
    # Parents come before their children, which also rules out cycles.
    if branch.parent is not None and not 0 <= branch.parent < min(index, count):
        issues.append(Issue("parent", "clan.bad_parent"))
    return issues
