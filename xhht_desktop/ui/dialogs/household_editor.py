"""The household editor: the household's address and status, and its members one by one.

What is wrong is said under the field as soon as it is left, and everywhere on Save; nothing is
saved half-valid. Unsaved contents are kept on disk every few seconds and offered back after a
crash or power cut.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.dates import format_date, format_local_datetime, parse_birth
from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    HouseholdDraft,
    Literacy,
    Participation,
    PersonDraft,
    Relation,
)
from xhht_desktop.domain.evaluation import RegistrationRow, SubjectKind, years_in_a_row
from xhht_desktop.domain.validation import (
    Issue,
    clean_household,
    format_phone,
    validate_household,
)
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.changes import Changes
from xhht_desktop.services.household_json import draft_from_json, draft_to_json
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.labels import (
    education_label,
    gender_label,
    literacy_label,
    model_label,
    relation_label,
    stage_label,
    status_label,
)
from xhht_desktop.ui.messages import format_points, user_message
from xhht_desktop.ui.pages.audit_page import household_history
from xhht_desktop.ui.widgets.combo import enum_data
from xhht_desktop.ui.widgets.field_error import ERROR_STYLE, FieldError, with_error
from xhht_desktop.ui.widgets.record_table import record_table

AUTOSAVE_MS = 4000
HOUSEHOLD_FIELDS = (
    "house_number",
    "street",
    "group",
    "hamlet",
    "phone",
    "economic_status",
    "notes",
    "members",
)
PERSON_FIELDS = (
    "full_name",
    "gender",
    "birth",
    "relation",
    "education",
    "literacy",
    "school",
    "grade",
    "occupation",
    "notes",
)


def _fill_enum(combo: QComboBox, values: list[StrEnum], label: object) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value in values:
        combo.addItem(label(value) or "—", value)  # type: ignore[operator]
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


class HouseholdEditor(QDialog):
    """Opened with `open_household(id)` or `new_household(draft)`; saves through services."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner = ctx.services, ctx.runner
        self.events, self.prompts = ctx.events, ctx.prompts
        self.today = today or dt.date.today()
        self.household_id: int | None = None
        self.saved_id: int | None = None
        self._members: list[PersonDraft] = []
        self._birth_text: list[str] = []
        self._head = 0
        self._current = -1
        self._loading = False
        self._dirty = False
        self._show_all = False
        self._touched: set[str] = set()
        self._errors: dict[str, FieldError] = {}
        self._build_ui()
        self._connect()
        self.retranslate()
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self._autosave_now)
        self._autosave.start()

    # ---- building ---------------------------------------------------------------------
    def _field(self, name: str, widget: QWidget) -> QWidget:
        """`widget` with its error line under it."""
        box, self._errors[name] = with_error(widget)
        return box

    def _build_ui(self) -> None:
        self.setMinimumSize(860, 560)
        self.resize(1060, 700)  # fits the 1366×768 screens of many shared PCs
        self.banner = QLabel()
        self.banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.banner.setWordWrap(True)
        self.banner.hide()

        # household
        self.house_number = QLineEdit()
        self.street = QLineEdit()
        self.group = QComboBox(editable=True)
        self.hamlet = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.status = QComboBox()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        self.household_box = QGroupBox()
        grid = QGridLayout(self.household_box)
        self._household_labels: dict[str, QLabel] = {}
        placement = (
            ("house_number", self.house_number, 0, 0),
            ("street", self.street, 0, 2),
            ("group", self.group, 1, 0),
            ("hamlet", self.hamlet, 1, 2),
            ("phone", self.phone, 2, 0),
            ("economic_status", self.status, 2, 2),
        )
        for name, widget, row, col in placement:
            label = QLabel()
            label.setBuddy(widget)
            self._household_labels[name] = label
            grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._field(name, widget), row, col + 1, Qt.AlignmentFlag.AlignTop)
        notes_label = QLabel()
        notes_label.setBuddy(self.notes)
        self._household_labels["notes"] = notes_label
        grid.addWidget(notes_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._field("notes", self.notes), 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

        # members: list on the left, the selected member's form on the right
        self.member_list = QListWidget()
        self.member_list.setMinimumWidth(300)
        self.add_member = QPushButton()
        self.remove_member = QPushButton()
        self.make_head = QPushButton()
        self.move_member = QPushButton()
        buttons = QGridLayout()
        buttons.addWidget(self.add_member, 0, 0)
        buttons.addWidget(self.remove_member, 0, 1)
        buttons.addWidget(self.make_head, 1, 0)
        buttons.addWidget(self.move_member, 1, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.member_list, 1)
        self.members_error = FieldError(self.member_list)
        self._errors["members"] = self.members_error
        left_layout.addWidget(self.members_error)
        left_layout.addLayout(buttons)

        self.full_name = QLineEdit()
        self.gender = QComboBox()
        self.birth = QLineEdit()
        self.relation = QComboBox()
        self.education = QComboBox()
        self.literacy = QComboBox()
        self.studying = QCheckBox()
        self.school = QLineEdit()
        self.grade = QLineEdit()
        self.grade.setMaximumWidth(120)
        self.occupation = QLineEdit()
        self.is_member = QCheckBox()
        self.person_notes = QPlainTextEdit()
        self.person_notes.setTabChangesFocus(True)
        self.person_notes.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        self.person_form = QFormLayout()
        self.person_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        study_row = QHBoxLayout()
        study_row.addWidget(self.studying)
        study_row.addWidget(self.school, 3)
        study_row.addWidget(self.grade, 1)
        study = QWidget()
        study.setLayout(study_row)
        study_row.setContentsMargins(0, 0, 0, 0)
        self._person_rows: list[tuple[str, QWidget]] = [
            ("full_name", self._field("m.full_name", self.full_name)),
            ("gender", self._field("m.gender", self.gender)),
            ("birth", self._field("m.birth", self.birth)),
            ("relation", self._field("m.relation", self.relation)),
            ("education", self._field("m.education", self.education)),
            ("literacy", self._field("m.literacy", self.literacy)),
            ("studying", self._field("m.school", study)),
            ("occupation", self._field("m.occupation", self.occupation)),
            ("is_member", self.is_member),
            ("notes", self._field("m.notes", self.person_notes)),
        ]
        self._person_labels: dict[str, QLabel] = {}
        for name, widget in self._person_rows:
            label = QLabel()
            self._person_labels[name] = label
            self.person_form.addRow(label, widget)
        self.person_box = QGroupBox()
        self.person_box.setLayout(self.person_form)
        person_scroll = QScrollArea(widgetResizable=True)
        person_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        person_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        person_scroll.setWidget(self.person_box)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(person_scroll)
        split.setStretchFactor(1, 1)
        # Members and their learning participation share the space (1366×768 screens).
        self.tabs = QTabWidget()
        self.tabs.addTab(split, "")
        self.tabs.addTab(self._build_participation(), "")
        self.tabs.addTab(self._build_titles(), "")
        self.tabs.addTab(self._build_audit(), "")

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.household_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.button_box)

    def _build_participation(self) -> QTableWidget:
        """Read-only: which activities the members attended, per year."""
        self.participation = QTableWidget(0, 3)
        self.participation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participation.verticalHeader().hide()
        self.participation.horizontalHeader().setStretchLastSection(True)
        return self.participation

    def _build_titles(self) -> QWidget:
        """Read-only: the household's learning-model titles, year by year."""
        self.titles_summary = QLabel(wordWrap=True)
        self.titles_summary.setStyleSheet("font-weight: bold;")
        self.titles = QTableWidget(0, 5)
        self.titles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.titles.verticalHeader().hide()
        self.titles.horizontalHeader().setStretchLastSection(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.titles_summary)
        layout.addWidget(self.titles, 1)
        self.history: list[RegistrationRow] = []
        return box

    def _build_audit(self) -> QTableWidget:
        """Read-only: who changed this household and its members, and when (newest first)."""
        self.audit_table = record_table(3, 2)
        self.audit_table.setWordWrap(True)
        self.audit_lines: list[tuple[str, str, str]] = []
        return self.audit_table

    def _show_audit(self, household_id: int) -> None:
        history = household_history(self.services, household_id)
        self.audit_lines = [(format_local_datetime(e.at), e.who, text) for e, text in history]
        self.audit_table.setRowCount(len(self.audit_lines))
        for row, cells in enumerate(self.audit_lines):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(text)
                self.audit_table.setItem(row, column, item)
        self.audit_table.resizeRowsToContents()

    def _show_titles(self, history: list[RegistrationRow]) -> None:
        self.history = history
        self.titles.setRowCount(len(history))
        for row, item in enumerate(history):
            total = "" if item.total is None else format_points(item.total)
            cells = (
                str(item.year),
                model_label(item.model),
                stage_label(item.stage),
                total,
                item.decision_number or "",
            )
            for column, text in enumerate(cells):
                self.titles.setItem(row, column, QTableWidgetItem(text))
        self.titles.resizeColumnsToContents()

    def _show_participation(self, found: list[Participation]) -> None:
        self.participation.setRowCount(len(found))
        for row, item in enumerate(found):
            titles = "; ".join(item.titles)
            for column, text in enumerate((item.full_name, str(item.year), titles)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(titles)
                self.participation.setItem(row, column, cell)
        self.participation.resizeColumnToContents(0)

    def _connect(self) -> None:
        for widget in (self.house_number, self.street, self.hamlet, self.phone):
            widget.textEdited.connect(self._household_changed)
        self.phone.editingFinished.connect(self._tidy_phone)
        self.group.currentTextChanged.connect(self._household_changed)
        self.status.currentIndexChanged.connect(self._household_changed)
        self.notes.textChanged.connect(self._household_changed)
        for widget in (self.full_name, self.birth, self.school, self.grade, self.occupation):
            widget.textEdited.connect(self._member_changed)
        for combo in (self.gender, self.relation, self.education, self.literacy):
            combo.currentIndexChanged.connect(self._member_changed)
        for box in (self.studying, self.is_member):
            box.toggled.connect(self._member_changed)
        self.person_notes.textChanged.connect(self._member_changed)
        self.member_list.currentRowChanged.connect(self._select_member)
        self.add_member.clicked.connect(self._add_member)
        self.remove_member.clicked.connect(self._remove_member)
        self.make_head.clicked.connect(self._make_head)
        self.move_member.clicked.connect(self._move_member)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self._add_member)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Household")
            if self.household_id is None
            else self.tr("Household of %1").replace("%1", self._head_name())
        )
        self.household_box.setTitle(self.tr("Household"))
        texts = {
            "house_number": self.tr("House &no.:"),
            "street": self.tr("S&treet:"),
            "group": self.tr("T&ổ:"),
            "hamlet": self.tr("&Khu phố / ấp:"),
            "phone": self.tr("&Phone:"),
            "economic_status": self.tr("&Economic status:"),
            "notes": self.tr("N&otes:"),
        }
        for name, label in self._household_labels.items():
            label.setText(texts[name])
        self.phone.setPlaceholderText(self.tr("e.g. 0903 123 456"))
        self.tabs.setTabText(0, self.tr("&Members"))
        self.tabs.setTabText(
            1,
            self.tr("Learning activities attended (%1)").replace(
                "%1", str(self.participation.rowCount())
            ),
        )
        self.tabs.setTabEnabled(1, self.participation.rowCount() > 0)
        self.tabs.setTabText(
            2, self.tr("Learning-family titles (%1)").replace("%1", str(len(self.history)))
        )
        self.tabs.setTabEnabled(2, bool(self.history))
        self.tabs.setTabText(3, self.tr("History (%1)").replace("%1", str(len(self.audit_lines))))
        self.tabs.setTabEnabled(3, bool(self.audit_lines))
        self.audit_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What")]
        )
        self.titles.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Model"),
                self.tr("Stage"),
                self.tr("Total"),
                self.tr("Decision"),
            ]
        )
        count, latest = years_in_a_row(self.history, Model.FAMILY)
        self.titles_summary.setText(
            self.tr("Recognised as a learning family %1 year(s) in a row, up to %2.")
            .replace("%1", str(count))
            .replace("%2", str(latest))
            if count
            else ""
        )
        self.participation.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Year"), self.tr("Activities")]
        )
        self.person_box.setTitle(self.tr("Selected member"))
        self.add_member.setText(self.tr("&Add member"))
        self.add_member.setToolTip(self.tr("Add a member (Ctrl+M)"))
        self.remove_member.setText(self.tr("&Remove member"))
        self.make_head.setText(self.tr("Make &head"))
        self.move_member.setText(self.tr("Mo&ve to another household…"))
        person_texts = {
            "full_name": self.tr("Full &name:"),
            "gender": self.tr("&Gender:"),
            "birth": self.tr("&Born:"),
            "relation": self.tr("&Relation to head:"),
            "education": self.tr("&Education:"),
            "literacy": self.tr("&Literacy:"),
            "studying": self.tr("&Studying:"),
            "occupation": self.tr("Occ&upation:"),
            "is_member": "",
            "notes": self.tr("Notes:"),
        }
        for name, label in self._person_labels.items():
            label.setText(person_texts[name])
        self._person_labels["full_name"].setBuddy(self.full_name)
        self._person_labels["gender"].setBuddy(self.gender)
        self._person_labels["birth"].setBuddy(self.birth)
        self._person_labels["relation"].setBuddy(self.relation)
        self._person_labels["education"].setBuddy(self.education)
        self._person_labels["literacy"].setBuddy(self.literacy)
        self._person_labels["studying"].setBuddy(self.studying)
        self._person_labels["occupation"].setBuddy(self.occupation)
        self.birth.setPlaceholderText(self.tr("dd/mm/yyyy, or the year alone"))
        self.studying.setText(self.tr("now at school"))
        self.school.setPlaceholderText(self.tr("School"))
        self.grade.setPlaceholderText(self.tr("Grade"))
        self.is_member.setText(self.tr("Member of the association (hội viên)"))
        was_loading, self._loading = self._loading, True
        _fill_enum(self.status, list(EconomicStatus), status_label)
        _fill_enum(self.gender, list(Gender), gender_label)
        _fill_enum(self.relation, list(Relation), relation_label)
        _fill_enum(self.education, list(Education), education_label)
        _fill_enum(self.literacy, list(Literacy), literacy_label)
        self._loading = was_loading
        self._refresh_list()
        self._show_issues()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ----------------------------------------------------------------------
    @property
    def draft_key(self) -> str:
        return f"household-{self.household_id or 'new'}"

    def load(
        self, draft: HouseholdDraft, groups: list[str], birth_text: list[str] | None = None
    ) -> None:
        """Show `draft` for editing (a new one, one read from the database or a restored one)."""
        self._loading = True
        self.household_id = draft.id
        self.group.clear()
        self.group.addItems(groups)
        self.house_number.setText(draft.house_number)
        self.street.setText(draft.street)
        self.group.setCurrentText(draft.group)
        self.hamlet.setText(draft.hamlet)
        self.phone.setText(format_phone(draft.phone))
        self.status.setCurrentIndex(max(0, self.status.findData(draft.economic_status)))
        self.notes.setPlainText(draft.notes)
        self._members = list(draft.members)
        self._birth_text = birth_text or [_birth_text(m) for m in draft.members]
        self._head = draft.head_index
        self._current = -1
        self._loading = False
        self._refresh_list()
        self.member_list.setCurrentRow(min(draft.head_index, len(self._members) - 1))
        self._dirty = False
        self.retranslate()
        if draft.id is not None:
            self._show_participation(self.services.activities.participation(draft.id))
            self._show_titles(self.services.evaluation.history(SubjectKind.HOUSEHOLD, draft.id))
            self._show_audit(draft.id)
            self.retranslate()
        (
            self.full_name
            if not draft.members or not draft.members[0].full_name
            else self.house_number
        ).setFocus()

    def restore_draft_if_any(self) -> bool:
        """Offer the contents kept after a crash; return True if they were restored."""
        kept = self.services.drafts.load(self.draft_key)
        if kept is None:
            return False
        data, saved_at = kept
        question = self.tr(
            "There are unsaved changes to this household from %1. Restore them?"
        ).replace("%1", saved_at.strftime("%d/%m/%Y %H:%M"))
        if not self.prompts.confirm(self.tr("Unsaved changes"), question, default_yes=True):
            self.services.drafts.discard(self.draft_key)
            return False
        try:
            draft = draft_from_json(data["draft"], 1, keep_ids=True)
        except (UserError, KeyError, TypeError):
            self.services.drafts.discard(self.draft_key)
            return False
        groups = [self.group.itemText(i) for i in range(self.group.count())]
        self.load(
            draft,
            groups,
            [str(t) for t in data.get("birth_text", [])][: len(draft.members)] or None,
        )
        self._dirty = True
        return True

    # ---- the working copy ---------------------------------------------------------------
    def current_draft(self) -> HouseholdDraft:
        members = list(self._members)
        for i, text in enumerate(self._birth_text):
            try:
                birth_date, birth_year = parse_birth(text)
            except ValueError:
                continue  # reported by birth_issues()
            members[i] = replace(members[i], birth_date=birth_date, birth_year=birth_year)
        return HouseholdDraft(
            members=tuple(members),
            head_index=self._head,
            house_number=self.house_number.text(),
            street=self.street.text(),
            group=self.group.currentText(),
            hamlet=self.hamlet.text(),
            phone=self.phone.text(),
            economic_status=enum_data(self.status, EconomicStatus, EconomicStatus.NONE),
            notes=self.notes.toPlainText(),
            id=self.household_id,
        )

    def birth_issues(self) -> list[Issue]:
        issues = []
        for i, text in enumerate(self._birth_text):
            try:
                parse_birth(text)
            except ValueError:
                issues.append(Issue(f"members.{i}.birth", "date.invalid"))
        return issues

    def issues(self) -> list[Issue]:
        draft = clean_household(self.current_draft())
        members = list(draft.members)
        if members and 0 <= draft.head_index < len(members):
            members[draft.head_index] = replace(members[draft.head_index], relation=Relation.HEAD)
        draft = replace(draft, members=tuple(members))
        return self.birth_issues() + validate_household(draft, self.today)

    def _household_changed(self) -> None:
        if self._loading:
            return
        sender = self.sender()
        for name in HOUSEHOLD_FIELDS:
            if getattr(self, name if name != "economic_status" else "status", None) is sender:
                self._touched.add(name)
        self._dirty = True
        self._show_issues()

    def _tidy_phone(self) -> None:
        from xhht_desktop.domain.validation import normalize_phone

        digits = normalize_phone(self.phone.text())
        if digits:
            self.phone.setText(format_phone(digits))
        self._touched.add("phone")
        self._show_issues()

    def _member_changed(self) -> None:
        if self._loading or not 0 <= self._current < len(self._members):
            return
        index = self._current
        self._birth_text[index] = self.birth.text()
        self._members[index] = replace(
            self._members[index],
            full_name=self.full_name.text(),
            gender=enum_data(self.gender, Gender, Gender.UNKNOWN),
            relation=(
                Relation.HEAD
                if index == self._head
                else enum_data(self.relation, Relation, Relation.OTHER)
            ),
            education=enum_data(self.education, Education, Education.UNKNOWN),
            literacy=enum_data(self.literacy, Literacy, Literacy.UNKNOWN),
            studying=self.studying.isChecked(),
            school=self.school.text(),
            grade=self.grade.text(),
            occupation=self.occupation.text(),
            is_member=self.is_member.isChecked(),
            notes=self.person_notes.toPlainText(),
        )
        self.school.setEnabled(self.studying.isChecked())
        self.grade.setEnabled(self.studying.isChecked())
        sender = self.sender()
        for name in PERSON_FIELDS:
            if getattr(self, name if name != "notes" else "person_notes", None) is sender:
                self._touched.add(f"members.{index}.{name}")
        self._dirty = True
        self._refresh_item(index)
        self._show_issues()

    def _select_member(self, row: int) -> None:
        self._current = row
        valid = 0 <= row < len(self._members)
        self.person_box.setEnabled(valid)
        self.remove_member.setEnabled(valid and len(self._members) > 1)
        self.make_head.setEnabled(valid and row != self._head)
        existing = valid and self._members[row].id is not None
        self.move_member.setEnabled(existing and row != self._head)
        if not valid:
            return
        person = self._members[row]
        self._loading = True
        self.full_name.setText(person.full_name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(person.gender)))
        self.birth.setText(self._birth_text[row])
        self.relation.setCurrentIndex(
            max(0, self.relation.findData(Relation.HEAD if row == self._head else person.relation))
        )
        self.relation.setEnabled(row != self._head)
        self.education.setCurrentIndex(max(0, self.education.findData(person.education)))
        self.literacy.setCurrentIndex(max(0, self.literacy.findData(person.literacy)))
        self.studying.setChecked(person.studying)
        self.school.setText(person.school)
        self.grade.setText(person.grade)
        self.school.setEnabled(person.studying)
        self.grade.setEnabled(person.studying)
        self.occupation.setText(person.occupation)
        self.is_member.setChecked(person.is_member)
        self.person_notes.setPlainText(person.notes)
        self._loading = False
        self._show_issues()

    def _refresh_list(self) -> None:
        current = self.member_list.currentRow()
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for _ in self._members:
            self.member_list.addItem(QListWidgetItem())
        for i in range(len(self._members)):
            self._refresh_item(i)
        self.member_list.blockSignals(False)
        if 0 <= current < len(self._members):
            self.member_list.setCurrentRow(current)

    def _refresh_item(self, index: int) -> None:
        item = self.member_list.item(index)
        if item is None:
            return
        person = self._members[index]
        name = person.full_name.strip() or self.tr("(no name yet)")
        relation = relation_label(Relation.HEAD if index == self._head else person.relation)
        born = self._birth_text[index].strip()
        item.setText(f"{name}\n    {relation}" + (f" · {born}" if born else ""))
        font = item.font()
        font.setBold(index == self._head)
        item.setFont(font)

    def _head_name(self) -> str:
        if 0 <= self._head < len(self._members):
            return self._members[self._head].full_name
        return ""

    # ---- member actions ---------------------------------------------------------------
    def _add_member(self) -> None:
        self._members.append(PersonDraft(full_name="", relation=Relation.CHILD))
        self._birth_text.append("")
        self._dirty = True
        self._refresh_list()
        self.member_list.setCurrentRow(len(self._members) - 1)
        self.full_name.setFocus()

    def _remove_member(self) -> None:
        index = self._current
        if not 0 <= index < len(self._members):
            return
        if index == self._head:
            self.prompts.info(
                self.tr("Remove member"),
                self.tr(
                    "The head of household cannot be removed. Make another member the head first."
                ),
            )
            return
        person = self._members[index]
        if person.id is not None or person.full_name.strip():
            question = self.tr(
                "Remove %1 from this household? After saving, the member is in "
                "the trash and can be restored."
            ).replace("%1", person.full_name.strip() or self.tr("(no name yet)"))
            if not self.prompts.confirm(self.tr("Remove member"), question):
                return
        del self._members[index]
        del self._birth_text[index]
        if self._head > index:
            self._head -= 1
        self._touched = {t for t in self._touched if not t.startswith("members.")}
        self._dirty = True
        self._refresh_list()
        self.member_list.setCurrentRow(min(index, len(self._members) - 1))
        self._show_issues()

    def _make_head(self) -> None:
        index = self._current
        if not 0 <= index < len(self._members) or index == self._head:
            return
        old = self._head
        self._members[old] = replace(self._members[old], relation=Relation.OTHER)
        self._members[index] = replace(self._members[index], relation=Relation.HEAD)
        self._head = index
        self._dirty = True
        self._refresh_list()
        self._select_member(index)
        self.retranslate()

    def _move_member(self) -> None:
        index = self._current
        if not 0 <= index < len(self._members) or self._members[index].id is None:
            return
        if self._dirty:
            self.prompts.info(
                self.tr("Move member"), self.tr("Please save the changes to this household first.")
            )
            return
        from xhht_desktop.ui.dialogs.move_member import MoveMemberDialog

        person = self._members[index]
        dialog = MoveMemberDialog(self.services, person.full_name, self.household_id, self)
        target = dialog.ask()
        if target is None:
            return
        households = self.services.households
        person_id = person.id
        assert person_id is not None

        def moved(changes: Changes) -> None:
            self.events.publish(changes)
            self.load(households.get(self.household_id or 0).draft, self._groups())

        self.runner.run(lambda: households.move_member(person_id, target), moved, self._show_error)

    def _groups(self) -> list[str]:
        return [self.group.itemText(i) for i in range(self.group.count())]

    # ---- validation display -------------------------------------------------------------
    def _show_issues(self, issues: list[Issue] | None = None) -> None:
        if issues is None:
            issues = self.issues()
        visible = [
            i
            for i in issues
            if self._show_all
            or i.field in self._touched
            or (i.field == "members" and self._show_all)
        ]
        shown: dict[str, str] = {}
        bad_members: set[int] = set()
        for issue in visible:
            text = user_message(issue.code, issue.params)
            if issue.field.startswith("members."):
                _, number, name = issue.field.split(".", 2)
                bad_members.add(int(number))
                if int(number) == self._current:
                    shown.setdefault(f"m.{'school' if name in ('school', 'grade') else name}", text)
            else:
                shown.setdefault(issue.field, text)
        for name, label in self._errors.items():
            label.show_error(shown.get(name, ""))
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for i in range(self.member_list.count()):
            self.member_list.item(i).setIcon(warn if i in bad_members else QIcon())
        if self._show_all and visible:
            self.banner.setText(
                self.tr("Please correct the %1 marked field(s) before saving.").replace(
                    "%1", str(len(visible))
                )
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _focus_first(self, issues: list[Issue]) -> None:
        first = issues[0].field
        if first.startswith("members."):
            _, number, name = first.split(".", 2)
            self.member_list.setCurrentRow(int(number))
            widget = {
                "full_name": self.full_name,
                "birth": self.birth,
                "relation": self.relation,
                "school": self.school,
                "grade": self.grade,
                "occupation": self.occupation,
                "notes": self.person_notes,
            }.get(name)
        else:
            widget = {
                "house_number": self.house_number,
                "street": self.street,
                "group": self.group,
                "hamlet": self.hamlet,
                "phone": self.phone,
                "notes": self.notes,
                "members": self.member_list,
            }.get(first)
        if widget is not None:
            widget.setFocus()

    # ---- saving and closing -------------------------------------------------------------
    def save(self) -> None:
        self._show_all = True
        issues = self.issues()
        if issues:
            self._show_issues(issues)
            self._focus_first(issues)
            return
        draft = self.current_draft()
        households = self.services.households
        self.save_button.setEnabled(False)

        def saved(result: tuple[int, Changes]) -> None:
            self.saved_id, changes = result
            self.services.drafts.discard(self.draft_key)
            self._dirty = False
            self.events.publish(changes)
            self.accept()

        def failed(error: UserError) -> None:
            self.save_button.setEnabled(True)
            if isinstance(error, ValidationFailed):
                self._show_issues(error.issues)
                self._focus_first(error.issues)
            else:
                self._show_error(error)

        self.runner.run(lambda: households.save(draft), saved, failed)

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.windowTitle(), error)

    def _autosave_now(self) -> None:
        if not self._dirty:
            return
        data = {"draft": draft_to_json(self.current_draft()), "birth_text": self._birth_text}
        with contextlib.suppress(OSError):  # a full disk must not stop typing; Save reports it
            self.services.drafts.save(self.draft_key, data)

    def reject(self) -> None:
        if self._dirty:
            answer = self.prompts.ask_save(
                self.tr("Unsaved changes"),
                self.tr("This household has changes that are not saved. Save them?"),
            )
            if answer == "save":
                self.save()
                return
            if answer == "cancel":
                return
        self.services.drafts.discard(self.draft_key)
        self._dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    @property
    def dirty(self) -> bool:
        return self._dirty


def _birth_text(person: PersonDraft) -> str:
    if person.birth_date:
        return format_date(person.birth_date)
    return str(person.birth_year) if person.birth_year else ""
