"""Nhật ký thay đổi: who changed what and when, from the audit trail every write leaves.

Filters: the person (the names seen in the trail and the accounts), the days (this PC's local
dates), and a record: a UUID, or words that find households (a head's or member's name, an
address, a phone) whose own and whose members' entries are then shown. Each change reads
"Phone: 0903 123 456 → 0912 345 678"; the list can be saved as an Excel file.

The words for entries (`action_label`, `changes_text`, …) are shared with the household
editor's History tab.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.dates import format_local_datetime
from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    HouseholdFilter,
    Literacy,
    Relation,
)
from xhht_desktop.domain.validation import format_phone
from xhht_desktop.errors import UserError
from xhht_desktop.services.accounts import AuditEntry, Role
from xhht_desktop.services.context import Services
from xhht_desktop.services.progress import Progress
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.users import role_label
from xhht_desktop.ui.labels import (
    education_label,
    gender_label,
    literacy_label,
    relation_label,
    status_label,
)
from xhht_desktop.ui.widgets.record_table import record_table

CONTEXT = "AuditPage"
SHOWN = 2000  # entries listed on screen; the Excel file has every one the filters match
MATCHED_HOUSEHOLDS = 200  # households a record text may stand for
DEFAULT_DAYS = 30
SEARCH_DELAY_MS = 400
CELL_CHARS = 160  # a cell of the list shows this much; its tooltip and the Excel file all
_CHUNK = 500  # UUIDs per query (SQLite's limit on parameters)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
EVERYONE = ""

# Columns that only echo others or say nothing to a reader.
TECHNICAL = frozenset(
    {
        "id",
        "uuid",
        "origin_unit",
        "created_at",
        "updated_at",
        "received_at",
        "received_version",
        "head_id",
        "household_id",
        "position",
        "member_count",
        "head_name",
        "password_hash",
        "search_key",
        "sort_key",
        "address_key",
        "name_key",
        "title_key",
    }
)

_ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("AuditPage", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditPage", "Changed"),
    "trash": QT_TRANSLATE_NOOP("AuditPage", "Moved to the trash"),
    "restore": QT_TRANSLATE_NOOP("AuditPage", "Restored from the trash"),
    "delete": QT_TRANSLATE_NOOP("AuditPage", "Removed"),
    "event": QT_TRANSLATE_NOOP("AuditPage", "Other"),
    "login": QT_TRANSLATE_NOOP("AuditPage", "Logged in"),
    "wrong_password": QT_TRANSLATE_NOOP("AuditPage", "Wrong password"),
}
_TABLES = {  # besides those package_import.table_label knows
    "setting": QT_TRANSLATE_NOOP("AuditPage", "Settings"),
    "user_account": QT_TRANSLATE_NOOP("AuditPage", "Accounts"),
    "activity_type": QT_TRANSLATE_NOOP("AuditPage", "Kinds of activity"),
    "known_unit": QT_TRANSLATE_NOOP("AuditPage", "Known units"),
    "imported_package": QT_TRANSLATE_NOOP("AuditPage", "Packages received"),
    "exported_package": QT_TRANSLATE_NOOP("AuditPage", "Packages sent"),
    "sync_conflict": QT_TRANSLATE_NOOP("AuditPage", "Conflicts"),
    "unit_aggregate": QT_TRANSLATE_NOOP("AuditPage", "Aggregate figures"),
}
_FIELDS = {
    "house_number": QT_TRANSLATE_NOOP("AuditPage", "House no."),
    "street": QT_TRANSLATE_NOOP("AuditPage", "Street"),
    "group": QT_TRANSLATE_NOOP("AuditPage", "Tổ"),
    "hamlet": QT_TRANSLATE_NOOP("AuditPage", "Khu phố / ấp"),
    "phone": QT_TRANSLATE_NOOP("AuditPage", "Phone"),
    "economic_status": QT_TRANSLATE_NOOP("AuditPage", "Economic status"),
    "notes": QT_TRANSLATE_NOOP("AuditPage", "Notes"),
    "full_name": QT_TRANSLATE_NOOP("AuditPage", "Full name"),
    "gender": QT_TRANSLATE_NOOP("AuditPage", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("AuditPage", "Born"),
    "birth_year": QT_TRANSLATE_NOOP("AuditPage", "Year of birth"),
    "relation": QT_TRANSLATE_NOOP("AuditPage", "Relation to head"),
    "education": QT_TRANSLATE_NOOP("AuditPage", "Education"),
    "literacy": QT_TRANSLATE_NOOP("AuditPage", "Literacy"),
    "studying": QT_TRANSLATE_NOOP("AuditPage", "Studying"),
    "school": QT_TRANSLATE_NOOP("AuditPage", "School"),
    "grade": QT_TRANSLATE_NOOP("AuditPage", "Grade"),
    "occupation": QT_TRANSLATE_NOOP("AuditPage", "Occupation"),
    "is_member": QT_TRANSLATE_NOOP("AuditPage", "Member of the association"),
    "deleted_at": QT_TRANSLATE_NOOP("AuditPage", "In the trash since"),
    "title": QT_TRANSLATE_NOOP("AuditPage", "Title"),
    "name": QT_TRANSLATE_NOOP("AuditPage", "Name"),
    "username": QT_TRANSLATE_NOOP("AuditPage", "Login name"),
    "display_name": QT_TRANSLATE_NOOP("AuditPage", "Full name"),
    "role": QT_TRANSLATE_NOOP("AuditPage", "Role"),
    "disabled": QT_TRANSLATE_NOOP("AuditPage", "Turned off"),
    "last_login_at": QT_TRANSLATE_NOOP("AuditPage", "Last login"),
    "failed_count": QT_TRANSLATE_NOOP("AuditPage", "Wrong passwords in a row"),
    "locked_until": QT_TRANSLATE_NOOP("AuditPage", "Paused until"),
    "value": QT_TRANSLATE_NOOP("AuditPage", "Value"),
}
_YES, _NO = QT_TRANSLATE_NOOP("AuditPage", "yes"), QT_TRANSLATE_NOOP("AuditPage", "no")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# ---- the words for an entry ---------------------------------------------------------------


_LOGIN_FIELDS = frozenset({"last_login_at", "failed_count", "locked_until"})


def entry_kind(entry: AuditEntry) -> str:
    """insert, update, trash, restore, delete or event: `action`, with the trash told apart,
    and an account's login (or wrong password) told from an administrator's change."""
    if entry.table == "user_account" and entry.action == "update":
        changes = entry.changes
        if changes and set(changes) <= _LOGIN_FIELDS:
            last = changes.get("last_login_at")
            return "login" if last and last[-1] is not None else "wrong_password"
    if entry.action in ("update", "delete") and "deleted_at" in entry.changes:
        before, after = entry.changes["deleted_at"]
        if after is not None:
            return "trash"
        if before is not None:
            return "restore"
    return entry.action if entry.action in _ACTIONS else "event"


def action_label(entry: AuditEntry) -> str:
    return _t(_ACTIONS[entry_kind(entry)])


def table_words(table: str) -> str:
    """The kind of data in words: "household" → Households."""
    from xhht_desktop.ui.dialogs.package_import import table_label

    words = table_label(table)
    if words != table:
        return words
    return _t(_TABLES[table]) if table in _TABLES else table


def field_label(name: str) -> str:
    return _t(_FIELDS[name]) if name in _FIELDS else name


def value_text(field: str, value: object) -> str:
    """A stored value as people write it: dates dd/mm/yyyy, phones grouped, codes in words."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _t(_YES if value else _NO)
    if not isinstance(value, str):
        return str(value)
    if field == "phone":
        return format_phone(value)
    if _DATE.fullmatch(value):
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    if _DATETIME.fullmatch(value):
        return format_local_datetime(dt.datetime.fromisoformat(value))
    coded = {
        "economic_status": (EconomicStatus, status_label),
        "gender": (Gender, gender_label),
        "relation": (Relation, relation_label),
        "education": (Education, education_label),
        "literacy": (Literacy, literacy_label),
        "role": (Role, role_label),
    }.get(field)
    if coded is not None:
        kind, label = coded
        try:
            return label(kind(value)) or value  # type: ignore[operator]
        except ValueError:
            return value
    return value


def changes_text(entry: AuditEntry, sep: str = "; ") -> str:
    """ "Phone: 0903 123 456 → 0912 345 678; Notes: — → moved" (what a new record was given,
    for an addition; the note of a bulk event), the parts joined by `sep`."""
    parts: list[str] = [entry.summary] if entry.summary else []
    kind = entry_kind(entry)
    for field, pair in sorted(entry.changes.items(), key=lambda kv: _field_order(kv[0])):
        if field in TECHNICAL or (field == "deleted_at" and kind in ("trash", "restore")):
            continue
        before, after = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
        if kind == "insert":
            if after is None or after == "" or after is False:
                continue
            if _quiet_on_insert(field, entry.changes):
                continue
            parts.append(f"{field_label(field)}: {value_text(field, after)}")
        elif kind == "event":
            parts.append(f"{field_label(field)}: {value_text(field, pair)}")
        else:
            before_text, after_text = value_text(field, before), value_text(field, after)
            parts.append(f"{field_label(field)}: {before_text} → {after_text}")
    return sep.join(parts)


def _quiet_on_insert(field: str, changes: dict[str, list[object]]) -> bool:
    """Left out of a new record's text: a count that starts at 0, a year its date gives."""
    if field == "failed_count":
        return True
    birth = changes.get("birth_date")
    return field == "birth_year" and isinstance(birth, list) and bool(birth[-1])


def worth_showing(entry: AuditEntry) -> bool:
    """False for a change of derived columns only (the head's name copied onto the household,
    a member count): the change that caused it is listed on its own."""
    return entry.action != "update" or any(f not in TECHNICAL for f in entry.changes)


def _field_order(field: str) -> tuple[int, str]:
    order = list(_FIELDS)
    return (order.index(field), "") if field in order else (len(order), field)


def short(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---- looking records up (small queries the services do not offer) -------------------------


def record_names(services: Services, entries: Iterable[AuditEntry]) -> dict[str, str]:
    """The readable name of each entry's record, by UUID: a household's head, a member's
    name, an activity's title, a clan's or unit's name, an account's login name."""
    from sqlalchemy import select

    from xhht_desktop.storage.orm import (
        ActivityRecord,
        AuditRecord,
        ClanRecord,
        HouseholdRecord,
        LocalUnitRecord,
        PersonRecord,
        UserAccountRecord,
    )

    wanted: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    account_entries: list[int] = []
    for entry in entries:
        if entry.table == "user_account":
            account_entries.append(entry.id)
        elif entry.record_uuid:
            wanted.setdefault(entry.table, set()).add(entry.record_uuid)
    columns = {
        "household": (HouseholdRecord.uuid, HouseholdRecord.head_name),
        "person": (PersonRecord.uuid, PersonRecord.full_name),
        "activity": (ActivityRecord.uuid, ActivityRecord.title),
        "clan": (ClanRecord.uuid, ClanRecord.name),
        "local_unit": (LocalUnitRecord.uuid, LocalUnitRecord.name),
    }
    with services.database.sessions.read() as s:
        for table, uuids in wanted.items():
            if table not in columns:
                continue
            key, name = columns[table]
            found = sorted(uuids)
            for start in range(0, len(found), _CHUNK):
                chunk = found[start : start + _CHUNK]
                for uuid, text in s.execute(select(key, name).where(key.in_(chunk))):
                    names[uuid] = text
        # An account has no UUID: its entries carry its row id (not in AuditEntry).
        for start in range(0, len(account_entries), _CHUNK):
            chunk = account_entries[start : start + _CHUNK]
            found = s.execute(
                select(AuditRecord.id, UserAccountRecord.username)
                .join(UserAccountRecord, UserAccountRecord.id == AuditRecord.record_id)
                .where(AuditRecord.id.in_(chunk))
            )
            for entry_id, username in found:
                names[_account_key(entry_id)] = username
    return names


def _account_key(entry_id: int) -> str:
    return f"account-entry:{entry_id}"


def household_record_uuids(
    services: Services, household_ids: Sequence[int]
) -> dict[str, tuple[str, ...]]:
    """The households' UUIDs and their members', by table ("household", "person"); removed
    members too, and a member moved to another household counts there."""
    from sqlalchemy import select

    from xhht_desktop.storage.orm import HouseholdRecord, PersonRecord

    households: list[str] = []
    members: list[str] = []
    ids = list(household_ids)
    with services.database.sessions.read() as s:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            households += s.scalars(
                select(HouseholdRecord.uuid).where(HouseholdRecord.id.in_(chunk))
            )
            members += s.scalars(
                select(PersonRecord.uuid).where(PersonRecord.household_id.in_(chunk))
            )
    return {"household": tuple(households), "person": tuple(members)}


def audit_of(
    services: Services,
    by_table: dict[str, tuple[str, ...]],
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    who: str = "",
    limit: int | None = None,
) -> list[AuditEntry]:
    """The entries of these records, newest first: one query a table, so the trail's
    (table, UUID) index is used rather than a reading of the whole trail."""
    entries: list[AuditEntry] = []
    for table, uuids in by_table.items():
        if uuids:
            entries += services.accounts.audit(
                since=since, until=until, who=who, record_uuids=uuids, table=table, limit=limit
            )
    entries.sort(key=lambda e: e.id, reverse=True)
    return entries if limit is None else entries[:limit]


def record_text(entry: AuditEntry, names: dict[str, str]) -> str:
    """What the entry is about: a name where one is known, else the UUID or setting key."""
    if entry.table == "user_account":
        return names.get(_account_key(entry.id), "")
    return names.get(entry.record_uuid) or entry.record_uuid


def history_text(entry: AuditEntry, names: dict[str, str]) -> str:
    """One line of a household's history: "Household · Changed · Phone: 0903… → 0912…", or
    the member's name first for a member's record."""
    if entry.table == "household":
        subject = _t(QT_TRANSLATE_NOOP("AuditPage", "Household"))
    else:
        subject = names.get(entry.record_uuid) or _t(QT_TRANSLATE_NOOP("AuditPage", "Member"))
    changes = changes_text(entry)
    return " · ".join(p for p in (subject, action_label(entry), changes) if p)


def household_history(
    services: Services, household_id: int, limit: int = 1000
) -> list[tuple[AuditEntry, str]]:
    """The household's own entries and its members', newest first, each with its line."""
    by_table = household_record_uuids(services, [household_id])
    entries = [e for e in audit_of(services, by_table, limit=limit) if worth_showing(e)]
    names = record_names(services, entries)
    return [(entry, history_text(entry, names)) for entry in entries]


def local_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of `day` on this PC, as the naive UTC the trail stores."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def local_time(moment: dt.datetime) -> dt.datetime:
    """A stored time (naive UTC) as this PC's wall time, naive (for Excel)."""
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


# ---- the page -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditQuery:
    since: dt.datetime | None
    until: dt.datetime | None
    who: str
    record: str  # as typed


@dataclass(frozen=True)
class AuditResult:
    entries: list[AuditEntry]
    names: dict[str, str]
    people: list[str]  # every name seen in these entries and every account
    no_match: bool = False  # a record text that found no household
    truncated: bool = False  # the limit was reached: older entries are left out


def run_query(services: Services, query: AuditQuery, limit: int | None) -> AuditResult:
    """The entries the filters match, newest first, with their records' names."""
    accounts = services.accounts
    people = {a.username for a in accounts.users()}
    record = query.record.strip()
    matched = True
    since, until, who = query.since, query.until, query.who
    if not record:
        entries = accounts.audit(since=since, until=until, who=who, limit=limit)
    elif _UUID.fullmatch(record):
        uuids = (record.lower(),)
        entries = accounts.audit(since=since, until=until, who=who, record_uuids=uuids, limit=limit)
    else:
        households = services.households
        ids = households.ids(HouseholdFilter(text=record))[:MATCHED_HOUSEHOLDS]
        ids += households.ids(HouseholdFilter(text=record, deleted=True))[:MATCHED_HOUSEHOLDS]
        matched = bool(ids)
        by_table = household_record_uuids(services, ids)
        by_table["setting"] = (record,)  # a setting is named by its key ("installation")
        entries = audit_of(services, by_table, since=since, until=until, who=who, limit=limit)
    truncated = limit is not None and len(entries) >= limit
    entries = [e for e in entries if worth_showing(e)]
    people |= {e.who for e in entries}
    return AuditResult(
        entries,
        record_names(services, entries),
        sorted(people, key=str.casefold),
        no_match=not matched and not entries,
        truncated=truncated,
    )


class AuditPage(QWidget):
    COLUMNS = 6

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.result = AuditResult([], {}, [])
        self.people: set[str] = set()  # every name seen since the page opened
        self._to_today = True  # the end date follows the calendar until the user sets it
        self._stale = True  # loaded when first shown: start-up does not wait for it
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.intro = QLabel(wordWrap=True)
        self.who = QComboBox()
        self.who.setMinimumContentsLength(12)
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.who_label = QLabel()
        self.who_label.setBuddy(self.who)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-DEFAULT_DAYS))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        self.record = QLineEdit(clearButtonEnabled=True)
        self.record_label = QLabel()
        self.record_label.setBuddy(self.record)
        self.excel_button = QPushButton()
        filters = QHBoxLayout()
        filters.addWidget(self.who_label)
        filters.addWidget(self.who)
        filters.addSpacing(12)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.excel_button)
        search = QHBoxLayout()
        search.addWidget(self.record_label)
        search.addWidget(self.record, 1)
        self.table = record_table(self.COLUMNS, 5)
        self.table.setWordWrap(False)
        # The whole of the chosen line, one change a line (the list cuts long ones short).
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)
        self.detail.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        self.summary = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.summary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

    def _connect(self) -> None:
        self.record.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.reload)
        self.who.currentIndexChanged.connect(lambda _i: self.reload())
        # Typing a date changes it digit by digit: wait for a pause, like the record text.
        self.date_from.dateChanged.connect(lambda _d: self._timer.start())
        self.date_to.dateChanged.connect(lambda _d: self._timer.start())
        self.date_to.dateChanged.connect(self._to_changed)
        self.excel_button.clicked.connect(self.export)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.ctx.events.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Every change made on this computer is listed here: who made it, when, and "
                "what was there before. Nothing can be removed from this list."
            )
        )
        self.who_label.setText(self.tr("&Who:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&to:"))
        self.record_label.setText(self.tr("&Record:"))
        self.record.setPlaceholderText(
            self.tr("a household: the head's or a member's name, address or phone; or a UUID")
        )
        self.excel_button.setText(self.tr("E&xport to Excel…"))
        self.detail.setPlaceholderText(self.tr("Choose a line to read the whole change here."))
        self.table.setHorizontalHeaderLabels(self._headers())
        self._fill_people()
        self._fill()

    def _headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Data"),
            self.tr("Record"),
            self.tr("Changes"),
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, _changes: object) -> None:
        # Every write leaves an entry: whatever changed, the list is out of date.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # ---- loading ------------------------------------------------------------------------
    def query(self) -> AuditQuery:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        if end < start:
            start, end = end, start
        return AuditQuery(
            since=local_midnight_utc(start),
            until=local_midnight_utc(end + dt.timedelta(days=1)),
            who=self.who.currentData() or EVERYONE,
            record=self.record.text(),
        )

    def _to_changed(self, day: QDate) -> None:
        self._to_today = day == QDate.currentDate()

    def _follow_today(self) -> None:
        """A PC left on overnight: "to" is still today, not the day the page opened."""
        today = QDate.currentDate()
        if self._to_today and self.date_to.date() != today:
            self.date_to.blockSignals(True)
            self.date_to.setDate(today)
            self.date_to.blockSignals(False)

    def reload(self) -> None:
        self._follow_today()
        self._stale = False
        self._timer.stop()
        services, query = self.services, self.query()
        self.ctx.runner.run(lambda: run_query(services, query, SHOWN), self._loaded, self._failed)

    def _loaded(self, result: AuditResult) -> None:
        self.result = result
        self.people |= set(result.people)
        self._fill_people()
        self._fill()

    def _fill_people(self) -> None:
        current = self.who.currentData() or EVERYONE
        people = sorted(self.people | ({current} if current else set()), key=str.casefold)
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), EVERYONE)
        for name in people:
            self.who.addItem(name, name)
        self.who.setCurrentIndex(max(0, self.who.findData(current)))
        self.who.blockSignals(False)

    def _fill(self) -> None:
        entries, names = self.result.entries, self.result.names
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            changes = changes_text(entry)
            record = record_text(entry, names)
            cells = (
                format_local_datetime(entry.at),
                entry.who,
                action_label(entry),
                table_words(entry.table),
                record,
                short(changes),
            )
            tips = ("", "", "", entry.table, entry.record_uuid, changes)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                if tips[column] and tips[column] != text:
                    item.setToolTip(tips[column])
                self.table.setItem(row, column, item)
        self._summarise()
        self._show_detail()

    def selected_entry(self) -> AuditEntry | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.result.entries[row] if 0 <= row < len(self.result.entries) else None

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail.clear()
            return
        record = record_text(entry, self.result.names)
        head = " · ".join(
            p
            for p in (
                format_local_datetime(entry.at),
                entry.who,
                action_label(entry),
                table_words(entry.table),
                record,
            )
            if p
        )
        uuid = entry.record_uuid if entry.record_uuid and entry.record_uuid != record else ""
        uuid = f"UUID: {uuid}" if uuid else ""
        lines = [head, changes_text(entry, "\n"), uuid]
        self.detail.setPlainText("\n".join(line for line in lines if line))

    def _summarise(self) -> None:
        count = len(self.result.entries)
        if self.result.no_match:
            text = self.tr("No household matches “%1”.").replace("%1", self.record.text().strip())
        elif self.result.truncated:
            text = self.tr(
                "The latest %1 changes are shown. Choose fewer days to see older ones; the "
                "Excel file has them all."
            ).replace("%1", str(SHOWN))
        else:
            text = self.tr("%1 change(s).").replace("%1", str(count))
        self.summary.setText(text)
        self.excel_button.setEnabled(count > 0)

    def _failed(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Changes"), error)

    # ---- Excel --------------------------------------------------------------------------
    def export(self) -> None:
        from xhht_desktop.ui.excel import export_to_excel

        services, query = self.services, self.query()
        title = self.tr("Changes")
        headers = [*self._headers(), self.tr("UUID")]
        start, end = self.date_from.date(), self.date_to.date()
        heading = [
            title,
            self.tr("From %1 to %2")
            .replace("%1", start.toString("dd/MM/yyyy"))
            # a QDate: the same dd/mm/yyyy whatever the language
            .replace("%2", end.toString("dd/MM/yyyy")),
        ]
        if query.who:
            heading.append(self.tr("Who: %1").replace("%1", query.who))
        if query.record.strip():
            heading.append(self.tr("Record: %1").replace("%1", query.record.strip()))

        def write(path: Path, progress: Progress) -> Path:
            from xhht_desktop.services.excel_export import CellKind, Column, write_sheet

            result = run_query(services, query, None)
            columns = [
                Column(headers[0], CellKind.DATE, 17),
                Column(headers[1], width=14),
                Column(headers[2], width=16),
                Column(headers[3], width=18),
                Column(headers[4], width=28),
                Column(headers[5], width=80),
                Column(headers[6], width=38),
            ]
            rows = [
                (
                    local_time(e.at),
                    e.who,
                    action_label(e),
                    table_words(e.table),
                    record_text(e, result.names),
                    changes_text(e),
                    e.record_uuid,
                )
                for e in result.entries
            ]
            return write_sheet(path, title, columns, rows, heading_lines=heading, progress=progress)

        export_to_excel(self.ctx, self, title, self.tr("changes.xlsx"), write)
