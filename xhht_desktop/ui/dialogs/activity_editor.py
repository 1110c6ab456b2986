"""One learning activity: what, when, where, and who attended (ticked from the register)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.activities import MAX_OUTSIDE, clean_activity, validate_activity
from xhht_desktop.domain.dates import format_date, parse_date
from xhht_desktop.domain.entities import ActivityDraft, ActivityType, PersonPick
from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.changes import Changes
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.messages import user_message
from xhht_desktop.ui.models.people_picker import PeopleFilter, PeoplePickerModel
from xhht_desktop.ui.widgets.field_error import ERROR_STYLE, FieldError, with_error

FILTER_DELAY_MS = 150


class ActivityEditor(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        types: list[ActivityType],
        people: list[PersonPick],
        groups: list[str],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.activity_id: int | None = None
        self.saved_id: int | None = None
        self._dirty = False
        self._errors: dict[str, FieldError] = {}
        self.picker = PeoplePickerModel(people, set(), self)
        self.filtered = PeopleFilter(self)
        self.filtered.setSourceModel(self.picker)
        self._build_ui(types, groups)
        self._connect()
        self.retranslate()

    # ---- building ---------------------------------------------------------------------
    def _field(self, name: str, widget: QWidget) -> QWidget:
        box, self._errors[name] = with_error(widget)
        return box

    def _build_ui(self, types: list[ActivityType], groups: list[str]) -> None:
        self.setMinimumSize(860, 560)
        self.resize(1000, 700)  # fits the 1366×768 screens of many shared PCs
        self.banner = QLabel(wordWrap=True)
        self.banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.banner.hide()
        self.kind = QComboBox()
        for kind in types:
            self.kind.addItem(kind.name, kind.id)
        self.title = QLineEdit()
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.place = QLineEdit()
        self.organiser = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        self.outside = QSpinBox()
        self.outside.setRange(0, MAX_OUTSIDE)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self._field("start_date", self.start))
        self.to_label = QLabel()
        dates.addWidget(self.to_label, 0, Qt.AlignmentFlag.AlignTop)
        dates.addWidget(self._field("end_date", self.end))
        dates_box = QWidget()
        dates_box.setLayout(dates)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        rows = [
            self._field("type_id", self.kind),
            self._field("title", self.title),
            dates_box,
            self._field("place", self.place),
            self._field("organiser", self.organiser),
            self._field("notes", self.notes),
        ]
        for label, widget in zip(self._labels, rows, strict=True):
            self.form.addRow(label, widget)
        for label, buddy in zip(
            self._labels,
            (self.kind, self.title, self.start, self.place, self.organiser, self.notes),
            strict=True,
        ):
            label.setBuddy(buddy)
        self.details = QGroupBox()
        self.details.setLayout(self.form)

        self.search = QLineEdit(clearButtonEnabled=True)
        self.group = QComboBox()
        self.group.addItem("", None)
        for group in groups:
            self.group.addItem(group, group)
        self.tick_all = QPushButton()
        self.untick_all = QPushButton()
        self.table = QTableView()
        self.table.setModel(self.filtered)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.outside_label = QLabel()
        self.outside_label.setBuddy(self.outside)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.group, 1)
        filters.addWidget(self.tick_all)
        filters.addWidget(self.untick_all)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.outside_label)
        footer.addWidget(self._field("outside_attendees", self.outside))
        self.attendance = QGroupBox()
        attendance = QVBoxLayout(self.attendance)
        attendance.addLayout(filters)
        attendance.addWidget(self.table, 1)
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
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

    def _connect(self) -> None:
        for widget in (self.title, self.start, self.end, self.place, self.organiser):
            widget.textEdited.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.outside.valueChanged.connect(self._changed)
        self.picker.dataChanged.connect(self._attendance_changed)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self._filter_timer.timeout.connect(self._apply_filter)
        self.group.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.tick_all.clicked.connect(lambda: self._tick_shown(True))
        self.untick_all.clicked.connect(lambda: self._tick_shown(False))
        self.table.activated.connect(self._toggle)
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
                self.tr("&Notes:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.to_label.setText(self.tr("to"))
        self.start.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.end.setPlaceholderText(self.tr("last day, if several (optional)"))
        self.attendance.setTitle(self.tr("Who attended"))
        self.search.setPlaceholderText(self.tr("Find a name — accents not needed"))
        self.group.setItemText(0, self.tr("All tổ"))
        self.tick_all.setText(self.tr("Tick &all shown"))
        self.untick_all.setText(self.tr("&Untick all shown"))
        self.outside_label.setText(self.tr("People from &outside the register:"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ----------------------------------------------------------------------
    def load(self, draft: ActivityDraft) -> None:
        self.activity_id = draft.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.type_id)))
        self.title.setText(draft.title)
        self.start.setText(format_date(draft.start_date))
        self.end.setText(format_date(draft.end_date))
        self.place.setText(draft.place)
        self.organiser.setText(draft.organiser)
        self.notes.setPlainText(draft.notes)
        self.outside.setValue(draft.outside_attendees)
        self.picker.beginResetModel()
        self.picker.checked = set(draft.attendee_ids)
        self.picker.endResetModel()
        self._dirty = False
        self._update_count()
        self.title.setFocus()

    # ---- attendance ---------------------------------------------------------------------
    def _apply_filter(self) -> None:
        self.filtered.set_filter(self.search.text(), self.group.currentData())

    def _tick_shown(self, checked: bool) -> None:
        self.picker.set_checked(self.filtered.visible_rows(), checked)

    def _toggle(self, index: object) -> None:
        source = self.filtered.mapToSource(index)  # type: ignore[arg-type]
        row = source.row()
        self.picker.set_checked([row], self.picker.people[row].id not in self.picker.checked)

    def _attendance_changed(self) -> None:
        self._dirty = True
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 people of the register ticked").replace("%1", str(len(self.picker.checked)))
        )

    # ---- saving -------------------------------------------------------------------------
    def _changed(self) -> None:
        self._dirty = True

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
            attendee_ids=frozenset(self.picker.checked),
            id=self.activity_id,
        )
        found = validate_activity(clean_activity(draft), self.today)
        taken = {i.field for i in issues}
        return draft, issues + [i for i in found if i.field not in taken]

    def show_issues(self, issues: list[Issue]) -> None:
        shown: dict[str, str] = {}
        for issue in issues:
            shown.setdefault(issue.field, user_message(issue.code, issue.params))
        for name, label in self._errors.items():
            label.show_error(shown.get(name, ""))
        self.banner.setText(
            self.tr("Please correct the %1 marked field(s) before saving.").replace(
                "%1", str(len(shown))
            )
        )
        self.banner.setVisible(bool(shown))
        if issues and issues[0].field in self._errors:
            self._errors[issues[0].field].field.setFocus()

    def save(self) -> None:
        draft, issues = self.current_draft()
        self.show_issues(issues)
        if issues:
            return
        activities = self.ctx.services.activities

        def saved(result: tuple[int, Changes]) -> None:
            self.saved_id, changes = result
            self._dirty = False
            self.ctx.events.publish(changes)
            self.accept()

        def failed(error: UserError) -> None:
            if isinstance(error, ValidationFailed):
                self.show_issues(error.issues)
            else:
                self.ctx.show_error(self.windowTitle(), error)

        self.ctx.runner.run(lambda: activities.save(draft), saved, failed)

    def reject(self) -> None:
        if self._dirty:
            answer = self.ctx.prompts.ask_save(
                self.tr("Unsaved changes"),
                self.tr("This activity has changes that are not saved. Save them?"),
            )
            if answer == "save":
                self.save()
                return
            if answer == "cancel":
                return
        self._dirty = False
        super().reject()

    @property
    def dirty(self) -> bool:
        return self._dirty
