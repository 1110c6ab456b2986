"""One learning activity: what, when, where, and who attended (ticked from the register)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.activities import MAX_OUTSIDE, clean_activity, validate_activity
from xhht_desktop.domain.dates import format_date, parse_date
from xhht_desktop.domain.entities import ActivityDraft, ActivityType, LocalUnitRow, PersonPick
from xhht_desktop.domain.validation import Issue
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.editor_base import EditorDialog
from xhht_desktop.ui.models.tick_list import TickRow
from xhht_desktop.ui.widgets.tick_list_box import TickListBox

PEOPLE_HEADERS = (
    QT_TRANSLATE_NOOP("ActivityEditor", "Full name"),
    QT_TRANSLATE_NOOP("ActivityEditor", "Born"),
    QT_TRANSLATE_NOOP("ActivityEditor", "Household of"),
    QT_TRANSLATE_NOOP("ActivityEditor", "Tổ"),
)


class ActivityEditor(EditorDialog):
    def __init__(
        self,
        ctx: UiContext,
        types: list[ActivityType],
        people: list[PersonPick],
        groups: list[str],
        parent: QWidget | None = None,
        today: dt.date | None = None,
        units: list[LocalUnitRow] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.today = today or dt.date.today()
        self.units = units or []
        self.attendees = TickListBox(
            [
                TickRow(p.id, (p.full_name, str(p.birth_year or ""), p.head_name, p.group), p.group)
                for p in people
            ],
            "ActivityEditor",
            PEOPLE_HEADERS,
            groups,
        )
        self._build_ui(types, groups)
        self._connect()
        self.retranslate()

    # ---- building ---------------------------------------------------------------------
    def _build_ui(self, types: list[ActivityType], groups: list[str]) -> None:
        self.setMinimumSize(860, 560)
        self.resize(1000, 700)  # fits the 1366×768 screens of many shared PCs
        self.kind = QComboBox()
        for kind in types:
            self.kind.addItem(kind.name, kind.id)
        self.title = QLineEdit()
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.place = QLineEdit()
        self.organiser = QLineEdit()
        self.unit = QComboBox()
        self.unit.addItem("", None)  # the branch's own activity
        for unit in self.units:
            self.unit.addItem(unit.name, unit.id)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        self.outside = QSpinBox()
        self.outside.setRange(0, MAX_OUTSIDE)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.field("start_date", self.start))
        self.to_label = QLabel()
        dates.addWidget(self.to_label, 0, Qt.AlignmentFlag.AlignTop)
        dates.addWidget(self.field("end_date", self.end))
        dates_box = QWidget()
        dates_box.setLayout(dates)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(7)]
        rows = [
            self.field("type_id", self.kind),
            self.field("title", self.title),
            dates_box,
            self.field("place", self.place),
            self.field("organiser", self.organiser),
            self.field("unit_id", self.unit),
            self.field("notes", self.notes),
        ]
        for label, widget in zip(self._labels, rows, strict=True):
            self.form.addRow(label, widget)
        for label, buddy in zip(
            self._labels,
            (
                self.kind,
                self.title,
                self.start,
                self.place,
                self.organiser,
                self.unit,
                self.notes,
            ),
            strict=True,
        ):
            label.setBuddy(buddy)
        self.details = QGroupBox()
        self.details.setLayout(self.form)

        self.outside_label = QLabel()
        self.outside_label.setBuddy(self.outside)
        footer = QHBoxLayout()
        footer.addStretch()
        footer.addWidget(self.outside_label)
        footer.addWidget(self.field("outside_attendees", self.outside))
        self.attendance = QGroupBox()
        attendance = QVBoxLayout(self.attendance)
        attendance.addWidget(self.attendees, 1)
        attendance.addLayout(footer)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.details)
        layout.addWidget(self.attendance, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        for widget in (self.title, self.start, self.end, self.place, self.organiser):
            widget.textEdited.connect(self.mark_changed)
        self.notes.textChanged.connect(self.mark_changed)
        self.kind.currentIndexChanged.connect(self.mark_changed)
        self.unit.currentIndexChanged.connect(self.mark_changed)
        self.outside.valueChanged.connect(self.mark_changed)
        self.attendees.changed.connect(self.mark_changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Learning activity"))
        self.details.setTitle(self.tr("Activity"))
        for label, text in zip(
            self._labels,
            (
                self.tr("&Kind:"),
                self.tr("&Title:"),
                self.tr("&Date:"),
                self.tr("&Place:"),
                self.tr("&Organiser:"),
                self.tr("Of the &unit:"),
                self.tr("&Notes:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.unit.setItemText(0, self.tr("— the branch's own —"))
        self.to_label.setText(self.tr("to"))
        self.start.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.end.setPlaceholderText(self.tr("last day, if several (optional)"))
        self.attendance.setTitle(self.tr("Who attended"))
        self.outside_label.setText(self.tr("People from &outside the register:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ----------------------------------------------------------------------
    def load(self, draft: ActivityDraft) -> None:
        self.record_id = draft.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.type_id)))
        self.title.setText(draft.title)
        self.start.setText(format_date(draft.start_date))
        self.end.setText(format_date(draft.end_date))
        self.place.setText(draft.place)
        self.organiser.setText(draft.organiser)
        if draft.unit_id is not None and self.unit.findData(draft.unit_id) < 0:
            self.unit.addItem(self.tr("(a unit now in the trash)"), draft.unit_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(draft.unit_id)))
        self.notes.setPlainText(draft.notes)
        self.outside.setValue(draft.outside_attendees)
        self.attendees.set_checked(set(draft.attendee_ids))
        self._dirty = False
        self.title.setFocus()

    # ---- saving -------------------------------------------------------------------------
    def current_draft(self) -> tuple[ActivityDraft, list[Issue]]:
        issues: list[Issue] = []
        dates = []
        for name, widget in (("start_date", self.start), ("end_date", self.end)):
            try:
                dates.append(parse_date(widget.text()))
            except ValueError:
                dates.append(None)
                issues.append(Issue(name, "date.invalid"))
        kind = self.kind.currentData()
        draft = ActivityDraft(
            type_id=int(kind) if kind is not None else None,
            title=self.title.text(),
            start_date=dates[0],
            end_date=dates[1],
            place=self.place.text(),
            organiser=self.organiser.text(),
            notes=self.notes.toPlainText(),
            outside_attendees=self.outside.value(),
            attendee_ids=frozenset(self.attendees.checked),
            id=self.record_id,
            unit_id=self.unit.currentData(),
        )
        found = validate_activity(clean_activity(draft), self.today)
        taken = {i.field for i in issues}
        return draft, issues + [i for i in found if i.field not in taken]

    def save(self) -> None:
        draft, issues = self.current_draft()
        self.show_issues(issues)
        if not issues:
            activities = self.ctx.services.activities
            self.save_with(lambda: activities.save(draft))
