"""Plain data the layers pass to each other. Codes, never translated words: the UI translates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    """Level of an installation in the association's hierarchy (data, not code)."""

    BRANCH = "chi_hoi"  # chi hội khuyến học of a khu phố / ấp / thôn
    COMMUNE = "xa_phuong"  # hội khuyến học phường / xã / đặc khu
    PROVINCE = "tinh"  # hội khuyến học tỉnh / thành phố
    DISTRICT = "quan_huyen"  # legacy setups from before 1 July 2025


class EconomicStatus(StrEnum):
    NONE = "khong"
    POOR = "ngheo"
    NEAR_POOR = "can_ngheo"


class Gender(StrEnum):
    UNKNOWN = ""
    MALE = "nam"
    FEMALE = "nu"


class Relation(StrEnum):
    HEAD = "chu_ho"
    SPOUSE = "vo_chong"
    CHILD = "con"
    PARENT = "cha_me"
    SIBLING = "anh_chi_em"
    GRANDPARENT = "ong_ba"
    GRANDCHILD = "chau"
    CHILD_IN_LAW = "con_dau_re"
    OTHER = "khac"


class Education(StrEnum):
    UNKNOWN = ""
    NONE = "chua_di_hoc"
    PRESCHOOL = "mam_non"
    PRIMARY = "tieu_hoc"
    LOWER_SECONDARY = "thcs"
    UPPER_SECONDARY = "thpt"
    VOCATIONAL = "trung_cap"
    COLLEGE = "cao_dang"
    UNIVERSITY = "dai_hoc"
    POSTGRADUATE = "sau_dai_hoc"


class Literacy(StrEnum):
    UNKNOWN = ""
    LITERATE = "biet_chu"
    ILLITERATE = "mu_chu"
    RELAPSED = "tai_mu_chu"


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """A household member as typed in the editor (before validation)."""

    full_name: str
    gender: Gender = Gender.UNKNOWN
    birth_date: dt.date | None = None
    birth_year: int | None = None
    relation: Relation = Relation.OTHER
    education: Education = Education.UNKNOWN
    literacy: Literacy = Literacy.UNKNOWN
    studying: bool = False
    school: str = ""
    grade: str = ""
    occupation: str = ""
    is_member: bool = False
    notes: str = ""
    id: int | None = None  # set for a member that already exists


@dataclass(frozen=True, slots=True)
class HouseholdDraft:
    """A household and its members as one unit of editing; members[head_index] is the head."""

    members: tuple[PersonDraft, ...]
    head_index: int = 0
    house_number: str = ""
    street: str = ""
    group: str = ""  # tổ (dân phố / nhân dân)
    hamlet: str = ""  # khu phố / ấp / thôn
    phone: str = ""
    economic_status: EconomicStatus = EconomicStatus.NONE
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    """One line of the household table."""

    id: int
    head_name: str
    house_number: str
    street: str
    group: str
    hamlet: str
    member_count: int
    phone: str
    economic_status: EconomicStatus
    notes: str
    deleted_at: dt.datetime | None = None

    @property
    def address(self) -> str:
        return format_address(self.house_number, self.street, self.group, self.hamlet)


@dataclass(frozen=True, slots=True)
class Household:
    """A household read back for editing, with identities that never change."""

    draft: HouseholdDraft
    uuid: str
    origin_unit: str
    created_at: dt.datetime
    updated_at: dt.datetime


class SortColumn(StrEnum):
    """Columns the household list can be ordered by."""

    HEAD = "head"
    ADDRESS = "address"
    MEMBERS = "members"
    PHONE = "phone"
    STATUS = "status"
    NOTES = "notes"


@dataclass(frozen=True, slots=True)
class HouseholdFilter:
    text: str = ""
    group: str | None = None
    economic_status: EconomicStatus | None = None
    deleted: bool = False  # True lists the trash


@dataclass(frozen=True, slots=True)
class Installation:
    """Who this installation is: its level, its place and the association's printed name."""

    level: Level
    unit_code: str
    unit_name: str
    association_name: str
    province_code: str = ""
    province_name: str = ""
    commune_code: str = ""
    commune_name: str = ""
    gazetteer_version: str = ""
    groups: tuple[str, ...] = field(default_factory=tuple)
    installation_id: str = ""


def format_address(house_number: str, street: str, group: str, hamlet: str) -> str:
    """'12 Lê Lợi, tổ 3, KP 2' style: numbers and street first, then tổ and khu phố."""
    first = " ".join(part for part in (house_number, street) if part)
    parts = [first] if first else []
    if group:
        parts.append(group if not group.isdigit() else f"Tổ {group}")
    if hamlet:
        parts.append(hamlet)
    return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """A province or commune of the official list, with the list's version."""

    code: str
    name: str
    kind: str
    parent_code: str = ""


@dataclass(frozen=True, slots=True)
class ActivityType:
    """A kind of learning activity; the list is editable, so types are data, not code."""

    id: int | None
    name: str
    retired: bool = False


@dataclass(frozen=True, slots=True)
class ActivityDraft:
    """A learning activity of the branch and who attended it."""

    type_id: int | None
    title: str
    start_date: dt.date | None
    end_date: dt.date | None = None
    place: str = ""
    organiser: str = ""
    notes: str = ""
    outside_attendees: int = 0
    attendee_ids: frozenset[int] = frozenset()  # person ids
    id: int | None = None
    unit_id: int | None = None  # the local unit whose activity it is; None: the branch's own


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    start_date: dt.date
    end_date: dt.date | None
    type_name: str
    title: str
    place: str
    attendees: int  # from the register
    outside_attendees: int
    deleted_at: dt.datetime | None = None
    unit_name: str = ""  # the local unit whose activity it is; "" for the branch's own


@dataclass(frozen=True, slots=True)
class ActivityFilter:
    year: int | None = None
    type_id: int | None = None
    text: str = ""
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class PersonPick:
    """A person of the register as offered in an attendance list."""

    id: int
    full_name: str
    head_name: str
    group: str
    birth_year: int | None


@dataclass(frozen=True, slots=True)
class Participation:
    """How many activities a member attended in a year, and which."""

    person_id: int
    full_name: str
    year: int
    titles: tuple[str, ...]


class UnitKind(StrEnum):
    AGENCY = "co_quan"
    SCHOOL = "truong_hoc"
    ENTERPRISE = "doanh_nghiep"
    OTHER = "khac"


@dataclass(frozen=True, slots=True)
class LocalUnitDraft:
    """An agency, school or enterprise of the area: a subject for "Đơn vị học tập"."""

    name: str
    kind: UnitKind = UnitKind.AGENCY
    head_name: str = ""
    staff_count: int = 0
    address: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class LocalUnitRow:
    id: int
    name: str
    kind: UnitKind
    head_name: str
    staff_count: int
    address: str
    phone: str
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ClanBranch:
    """A chi họ. `parent` is the index of its parent in the clan's list (None for the top)."""

    name: str
    head_name: str = ""
    parent: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ClanDraft:
    """A clan (dòng họ): its heads, its tree of chi họ and its member households."""

    name: str
    head_name: str = ""  # trưởng họ
    board_head: str = ""  # trưởng ban khuyến học dòng họ
    fund_notes: str = ""  # quỹ khuyến học dòng họ
    notes: str = ""
    branches: tuple[ClanBranch, ...] = ()
    household_ids: frozenset[int] = frozenset()
    households_elsewhere: int = 0  # member households in other branches' registers
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ClanRow:
    id: int
    name: str
    head_name: str
    board_head: str
    branches: int
    households: int  # in this register
    households_elsewhere: int
    deleted_at: dt.datetime | None = None
