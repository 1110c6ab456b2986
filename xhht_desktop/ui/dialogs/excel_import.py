"""Nhập từ Excel: a volunteer's household list brought into the register, in four steps.

1. The file: which sheet, and the text encoding found (old TCVN3 / VNI / VISCII lists are
   converted), with a few texts shown as they are in the file and as they will be imported.
2. The columns: what each column of the sheet holds, detected and correctable, the header row
   and whether a row is a household or a person.
3. The check: every household with its problems (errors red, warnings amber), the duplicates
   of households already in the register with skip / update / add for each (skip by default),
   and the problems saved as an Excel file to fix them there.
4. The import: nothing has been written until Import is pressed; then everything is written at
   once (one transaction), or nothing.

The reading, checking and writing run on the database thread (ctx.runner).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from xhht_desktop.domain.entities import format_address
from xhht_desktop.domain.legacy_encodings import TCVN3, VISCII, VNI
from xhht_desktop.domain.sheet_mapping import (
    Field,
    Layout,
    Mapping,
    ParsedHousehold,
    RowIssue,
    Severity,
)
from xhht_desktop.errors import UserError
from xhht_desktop.messages import MESSAGES, render
from xhht_desktop.services.excel_import import (
    EXCEL_MESSAGES,
    Decision,
    ExcelImportService,
    ImportResult,
    SheetPreview,
)
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.messages import error_message, user_message
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.widgets.record_table import record_table

CONTEXT = "ExcelImport"
ERROR_BRUSH = QBrush(QColor("#fde2e1"))
WARNING_BRUSH = QBrush(QColor("#fff4ce"))
DUPLICATE_BRUSH = QBrush(QColor("#e3f0fb"))
BAD_STYLE = "color: #b00020; font-weight: bold;"
HINT_STYLE = "color: palette(dark);"
UNICODE = ""  # the encoding combo's data for "no conversion" (Qt drops None)
Index = QModelIndex | QPersistentModelIndex

FIELD_LABELS: dict[Field, str] = {
    Field.IGNORE: QT_TRANSLATE_NOOP("ExcelImport", "(not imported)"),
    Field.ROW_NO: QT_TRANSLATE_NOOP("ExcelImport", "Row number (STT, not imported)"),
    Field.HOUSEHOLD_NO: QT_TRANSLATE_NOOP("ExcelImport", "Household number (groups the rows)"),
    Field.HEAD_NAME: QT_TRANSLATE_NOOP("ExcelImport", "Head of household"),
    Field.FULL_NAME: QT_TRANSLATE_NOOP("ExcelImport", "Full name"),
    Field.RELATION: QT_TRANSLATE_NOOP("ExcelImport", "Relation to the head"),
    Field.BIRTH: QT_TRANSLATE_NOOP("ExcelImport", "Date or year of birth"),
    Field.BIRTH_MALE: QT_TRANSLATE_NOOP("ExcelImport", "Year of birth, men"),
    Field.BIRTH_FEMALE: QT_TRANSLATE_NOOP("ExcelImport", "Year of birth, women"),
    Field.GENDER: QT_TRANSLATE_NOOP("ExcelImport", "Gender"),
    Field.PHONE: QT_TRANSLATE_NOOP("ExcelImport", "Phone"),
    Field.HOUSE_NUMBER: QT_TRANSLATE_NOOP("ExcelImport", "House number"),
    Field.STREET: QT_TRANSLATE_NOOP("ExcelImport", "Street"),
    Field.ADDRESS: QT_TRANSLATE_NOOP("ExcelImport", "Whole address (split into its parts)"),
    Field.GROUP: QT_TRANSLATE_NOOP("ExcelImport", "Tổ"),
    Field.HAMLET: QT_TRANSLATE_NOOP("ExcelImport", "Khu phố / ấp / thôn"),
    Field.ECONOMIC_STATUS: QT_TRANSLATE_NOOP("ExcelImport", "Economic status"),
    Field.POOR: QT_TRANSLATE_NOOP("ExcelImport", "Poor household (marked x)"),
    Field.NEAR_POOR: QT_TRANSLATE_NOOP("ExcelImport", "Near-poor household (marked x)"),
    Field.IS_MEMBER: QT_TRANSLATE_NOOP("ExcelImport", "Association member"),
    Field.EDUCATION: QT_TRANSLATE_NOOP("ExcelImport", "Education"),
    Field.LITERACY: QT_TRANSLATE_NOOP("ExcelImport", "Literacy"),
    Field.STUDYING: QT_TRANSLATE_NOOP("ExcelImport", "Studying now"),
    Field.SCHOOL: QT_TRANSLATE_NOOP("ExcelImport", "School"),
    Field.GRADE: QT_TRANSLATE_NOOP("ExcelImport", "Grade"),
    Field.OCCUPATION: QT_TRANSLATE_NOOP("ExcelImport", "Occupation"),
    Field.NOTES: QT_TRANSLATE_NOOP("ExcelImport", "Notes"),
    Field.MEMBER_COUNT: QT_TRANSLATE_NOOP("ExcelImport", "Number of members (not imported)"),
}
ENCODING_LABELS: dict[str, str] = {
    UNICODE: QT_TRANSLATE_NOOP("ExcelImport", "Unicode (no conversion)"),
    TCVN3: QT_TRANSLATE_NOOP("ExcelImport", "TCVN3 (ABC, .VnTime fonts)"),
    VNI: QT_TRANSLATE_NOOP("ExcelImport", "VNI-Windows (VNI- fonts)"),
    VISCII: QT_TRANSLATE_NOOP("ExcelImport", "VISCII"),
}
DECISION_LABELS: dict[Decision, str] = {
    Decision.SKIP: QT_TRANSLATE_NOOP("ExcelImport", "Skip"),
    Decision.UPDATE: QT_TRANSLATE_NOOP("ExcelImport", "Update"),
    Decision.ADD: QT_TRANSLATE_NOOP("ExcelImport", "Add as new"),
}
# Share of the table's width per column but the last (the problems take the rest).
COLUMN_SHARES = (0.06, 0.22, 0.07, 0.22, 0.14)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(f: Field) -> str:
    return _t(FIELD_LABELS[f])


def issue_text(issue: RowIssue) -> str:
    """An issue in words in the current language (in English while the message catalogue
    does not have its code yet)."""
    if issue.code in MESSAGES:
        return user_message(issue.code, dict(issue.params))
    if issue.code in EXCEL_MESSAGES:
        return render(EXCEL_MESSAGES[issue.code], dict(issue.params))
    return f"{issue.code} {issue.params}" if issue.params else issue.code


def error_text(error: UserError) -> str:
    if error.code not in MESSAGES and error.code in EXCEL_MESSAGES:
        return render(EXCEL_MESSAGES[error.code], dict(error.params))
    return error_message(error)


def describe(code: str, params: dict[str, object]) -> str:
    """For the errors file: the same words as on screen."""
    return issue_text(RowIssue(0, Field.IGNORE, code, Severity.ERROR, params))


def import_service(ctx: UiContext) -> ExcelImportService:
    """The services' Excel import (built here until the services hold one)."""
    found = getattr(ctx.services, "excel_import", None)
    if isinstance(found, ExcelImportService):
        return found
    return ExcelImportService(ctx.services.households, ctx.services.installation)


# --- the check page's table -----------------------------------------------------------------


class Show:
    PROBLEMS = "problems"  # errors, warnings and duplicates
    ALL = "all"
    ERRORS = "errors"
    DUPLICATES = "duplicates"


class PreviewModel(QAbstractTableModel):
    """The households of a preview, one per line, the decision editable for duplicates."""

    ROWS, HEAD, MEMBERS, ADDRESS, ACTION, PROBLEMS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: SheetPreview | None = None
        self.decisions: dict[int, Decision] = {}
        self.shown: list[ParsedHousehold] = []
        self.show = Show.PROBLEMS
        self._problems: dict[int, str] = {}

    def set_preview(self, preview: SheetPreview | None, decisions: dict[int, Decision]) -> None:
        self.beginResetModel()
        self.preview, self.decisions = preview, decisions
        self._problems = {}
        self._filter()
        self.endResetModel()

    def set_show(self, show: str) -> None:
        self.beginResetModel()
        self.show = show
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        preview = self.preview
        if preview is None:
            self.shown = []
            return
        dups = preview.duplicates
        wanted = {
            Show.ALL: lambda h: True,
            Show.ERRORS: lambda h: h.has_errors,
            Show.DUPLICATES: lambda h: h.first_row in dups,
            Show.PROBLEMS: lambda h: bool(h.issues) or h.first_row in dups,
        }[self.show]
        self.shown = [h for h in preview.households if wanted(h)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            _t(QT_TRANSLATE_NOOP("ExcelImport", "Rows")),
            _t(QT_TRANSLATE_NOOP("ExcelImport", "Head of household")),
            _t(QT_TRANSLATE_NOOP("ExcelImport", "Members")),
            _t(QT_TRANSLATE_NOOP("ExcelImport", "Address")),
            _t(QT_TRANSLATE_NOOP("ExcelImport", "What to do")),
            _t(QT_TRANSLATE_NOOP("ExcelImport", "Problems")),
        ][section]

    def household(self, row: int) -> ParsedHousehold:
        return self.shown[row]

    def problems(self, household: ParsedHousehold) -> str:
        found = self._problems.get(household.first_row)
        if found is None:
            lines = []
            duplicate = self.preview.duplicates.get(household.first_row) if self.preview else None
            if duplicate is not None:
                lines.append(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "ExcelImport", "Already in the register: %1, %2 (born %3)"
                        )
                    )
                    .replace("%1", duplicate.head_name)
                    .replace("%2", duplicate.address or "—")
                    .replace("%3", str(duplicate.birth_year or "?"))
                )
            for issue in household.issues:
                prefix = (
                    _t(QT_TRANSLATE_NOOP("ExcelImport", "Row %1, %2: "))
                    .replace("%1", str(issue.row))
                    .replace("%2", field_label(issue.field))
                )
                lines.append(prefix + issue_text(issue))
            found = self._problems[household.first_row] = "\n".join(lines)
        return found

    @staticmethod
    def not_imported() -> str:
        return _t(QT_TRANSLATE_NOOP("ExcelImport", "Not imported"))

    def action_tip(self, household: ParsedHousehold) -> str | None:
        if household.has_errors:
            return _t(
                QT_TRANSLATE_NOOP(
                    "ExcelImport", "Correct the errors in the file, then import it again."
                )
            )
        if self.preview is None or household.first_row not in self.preview.duplicates:
            return None
        return _t(
            QT_TRANSLATE_NOOP(
                "ExcelImport",
                "Skip: leave the register's household as it is. Update: give it this row's "
                "address and phone, and add the members it lacks. Add as new: a second "
                "household beside it.",
            )
        )

    def decision(self, household: ParsedHousehold) -> Decision:
        return self.decisions.get(household.first_row, Decision.ADD)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        household = self.shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(household, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEMS:
            return self.problems(household) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ADDRESS:
            return self._text(household, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACTION:
            return self.action_tip(household)
        if role == Qt.ItemDataRole.BackgroundRole:
            if household.has_errors:
                return ERROR_BRUSH
            if household.has_warnings:
                return WARNING_BRUSH
            if self.preview and household.first_row in self.preview.duplicates:
                return DUPLICATE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and (
            household.has_errors or household.has_warnings
        ):
            return QBrush(QColor("#1f1f1f"))  # dark on the light background in any theme
        if role == Qt.ItemDataRole.EditRole and column == self.ACTION:
            return self.decision(household).value
        return None

    def _text(self, household: ParsedHousehold, column: int) -> str:
        draft = household.draft
        if column == self.ROWS:
            first, last = household.rows[0], household.rows[-1]
            return str(first) if first == last else f"{first}–{last}"
        if column == self.HEAD:
            return draft.members[draft.head_index].full_name if draft.members else ""
        if column == self.MEMBERS:
            return str(len(draft.members))
        if column == self.ADDRESS:
            return format_address(draft.house_number, draft.street, draft.group, draft.hamlet)
        if column == self.PROBLEMS:  # the first line; all of them below the table
            lines = self.problems(household).split("\n")
            more = len(lines) - 1
            return lines[0] + (f" (+{more})" if more else "")
        if household.has_errors:
            return self.not_imported()
        return _t(DECISION_LABELS[self.decision(household)])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ACTION and self.editable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def editable(self, row: int) -> bool:
        household = self.shown[row]
        return (
            self.preview is not None
            and household.first_row in self.preview.duplicates
            and not household.has_errors
        )

    def choices(self, row: int) -> list[Decision]:
        household = self.shown[row]
        duplicate = self.preview.duplicates.get(household.first_row) if self.preview else None
        if duplicate is None:
            return [Decision.ADD]
        if duplicate.own:
            return [Decision.SKIP, Decision.UPDATE, Decision.ADD]
        return [Decision.SKIP, Decision.ADD]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.ACTION:
            return False
        household = self.shown[index.row()]
        self.decisions[household.first_row] = Decision(value)
        self.dataChanged.emit(index, index)
        return True

    def set_all_duplicates(self, decision: Decision) -> None:
        if self.preview is None:
            return
        for household in self.preview.households:
            duplicate = self.preview.duplicates.get(household.first_row)
            if duplicate is None or household.has_errors:
                continue
            if decision is Decision.UPDATE and not duplicate.own:
                continue
            self.decisions[household.first_row] = decision
        if self.shown:
            self.dataChanged.emit(
                self.index(0, self.ACTION), self.index(len(self.shown) - 1, self.ACTION)
            )


class DecisionDelegate(QStyledItemDelegate):
    """A combo box of the decisions a duplicate allows."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, PreviewModel)
        combo = QComboBox(parent)
        for decision in model.choices(index.row()):
            combo.addItem(_t(DECISION_LABELS[decision]), decision.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractTableModel,  # type: ignore[override]
        index: Index,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# --- the wizard -----------------------------------------------------------------------------


class ExcelImportDialog(QWizard):
    """Imports the households of the Excel file at `path`; `imported` holds what was done
    (None until Import has succeeded)."""

    SOURCE, COLUMNS, CHECK, CONFIRM = range(4)

    def __init__(self, ctx: UiContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.service = import_service(ctx)
        self.preview: SheetPreview | None = None
        self.mapping: Mapping | None = None  # as edited on the columns page
        self.decisions: dict[int, Decision] = {}
        self.error: UserError | None = None
        self.busy = False
        self.importing = False
        self.imported: ImportResult | None = None
        self.saved_errors: Path | None = None

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.source_page = ExcelSourcePage(self)
        self.columns_page = ExcelColumnsPage(self)
        self.check_page = ExcelCheckPage(self)
        self.confirm_page = ExcelConfirmPage(self)
        for page_id, page in enumerate(
            (self.source_page, self.columns_page, self.check_page, self.confirm_page)
        ):
            self.setPage(page_id, page)
        self.setMinimumSize(760, 520)
        self.resize(1000, 660)
        self.retranslate()
        self._read(None)

    # -- words ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import households from Excel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        for page in (self.source_page, self.columns_page, self.check_page, self.confirm_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the work, on the database thread --------------------------------------------------

    def _run(self, work: Any, done: Any) -> None:
        self.busy = True
        self._refresh_buttons()

        def finished(result: object) -> None:
            self.busy = False
            done(result)
            self._refresh_buttons()

        def failed(error: UserError) -> None:
            self.busy = False
            self._failed(error)
            self._refresh_buttons()

        self.ctx.runner.run(work, finished, failed)

    def _read(self, sheet: str | None) -> None:
        service, path = self.service, self.path
        self.source_page.show_status(self.tr("Reading %1…").replace("%1", path.name))
        self._run(lambda: service.read(path, sheet), self._set_preview)

    def choose_sheet(self, sheet: str) -> None:
        if self.preview is not None and sheet != self.preview.sheet:
            self._read(sheet)

    def choose_encoding(self, encoding: str | None) -> None:
        preview = self.preview
        if preview is None or encoding == preview.encoding:
            return
        service, mapping = self.service, self.mapping
        self._run(
            lambda: service.preview_with(preview, encoding=encoding, mapping=mapping),
            self._set_preview,
        )

    def choose_header_row(self, row: int) -> None:
        preview = self.preview
        if preview is None or row == preview.mapping.header_row:
            return
        service = self.service
        self._run(lambda: service.preview_with(preview, header_row=row), self._set_preview)

    def check(self) -> None:
        """Parse again with the mapping as edited (when it changed)."""
        preview, mapping = self.preview, self.mapping
        if preview is None or mapping is None or mapping == preview.mapping:
            self.check_page.fill()
            return
        service = self.service
        self.check_page.show_status(self.tr("Checking the rows…"))
        self._run(lambda: service.preview_with(preview, mapping=mapping), self._set_preview)

    def _set_preview(self, preview: SheetPreview) -> None:
        self.preview = preview
        self.mapping = preview.mapping
        self.error = None
        old = self.decisions
        self.decisions = ExcelImportService.default_decisions(preview)
        for row, decision in old.items():  # choices made before a re-check are kept
            if row in preview.duplicates and row in self.decisions:
                self.decisions[row] = decision
        self.source_page.fill()
        self.columns_page.fill()
        self.check_page.fill()
        self.confirm_page.fill()

    def _failed(self, error: UserError) -> None:
        self.importing = False
        if self.preview is None:
            self.error = error
            self.source_page.fill()
        else:
            self.ctx.prompts.error(self.windowTitle(), error_text(error))

    def _refresh_buttons(self) -> None:
        for page in (self.source_page, self.columns_page, self.check_page, self.confirm_page):
            page.completeChanged.emit()

    # -- the errors file ------------------------------------------------------------------

    def save_errors(self) -> None:
        preview = self.preview
        if preview is None:
            return
        suggested = self.ctx.services.paths.data_dir / self.tr("%1-errors.xlsx").replace(
            "%1", self.path.stem
        )
        target = self.ctx.prompts.save_file(
            self.tr("Save the errors as an Excel file"),
            suggested,
            self.tr("Excel files (*.xlsx)"),
        )
        if target is None:
            return
        target = ensure_suffix(target, ".xlsx")
        service = self.service

        def written(path: Path) -> None:
            self.saved_errors = path
            self.ctx.prompts.open_file(path)

        self._run(lambda: service.write_errors(preview, target, describe), written)

    # -- importing ------------------------------------------------------------------------

    def accept(self) -> None:
        """Import pressed: write everything in one transaction, then say what was done."""
        if self.imported is not None:
            super().accept()
            return
        preview = self.preview
        if preview is None or self.busy:
            return
        decisions = dict(self.decisions)
        service = self.service
        self.confirm_page.show_status(self.tr("Importing…"))
        self.importing = True
        self._run(lambda: service.apply(preview, decisions), self._imported)

    def reject(self) -> None:
        """Cancel: nothing is written. Not while the import is being written."""
        if not self.importing:
            super().reject()

    def _imported(self, result: ImportResult) -> None:
        self.importing = False
        self.imported = result
        self.ctx.events.publish(result.changes)
        text = self.summary(result)
        self.confirm_page.show_status(text, bad=False)
        self.ctx.prompts.info(self.windowTitle(), text)
        super().accept()

    def summary(self, result: ImportResult) -> str:
        return (
            self.tr("Imported: %1 households added, %2 updated, %3 skipped.")
            .replace("%1", _count(len(result.added)))
            .replace("%2", _count(len(result.updated)))
            .replace("%3", _count(result.skipped))
        )


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class ExcelPage(QWizardPage):
    def __init__(self, wizard: ExcelImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_status(self, text: str, bad: bool = False) -> None:
        self.status.setStyleSheet(BAD_STYLE if bad else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def retranslate(self) -> None:  # pragma: no cover - each page words itself
        pass

    def fill(self) -> None:  # pragma: no cover
        pass


class ExcelSourcePage(ExcelPage):
    def __init__(self, wizard: ExcelImportDialog) -> None:
        super().__init__(wizard)
        self.file_label = QLabel(wordWrap=True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet = QComboBox()
        self.encoding = QComboBox()
        for key in ENCODING_LABELS:
            self.encoding.addItem("", key)
        self.sheet_label, self.encoding_label = QLabel(), QLabel()
        self.sheet_label.setBuddy(self.sheet)
        self.encoding_label.setBuddy(self.encoding)
        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.encoding_label, self.encoding)
        self.encoding_note = QLabel(wordWrap=True)
        self.samples = record_table(2, None)
        self.samples.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.samples.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(self.encoding_note)
        layout.addWidget(self.samples, 1)
        layout.addWidget(self.status)
        self.sheet.activated.connect(lambda _i: wizard.choose_sheet(self.sheet.currentText()))
        self.encoding.activated.connect(
            lambda _i: wizard.choose_encoding(self.encoding.currentData() or None)
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("The file"))
        self.setSubTitle(self.tr("Which sheet holds the list, and how its text was typed."))
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.dialog.path)))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.encoding_label.setText(self.tr("Text &encoding:"))
        self.samples.setHorizontalHeaderLabels(
            [self.tr("As in the file"), self.tr("As it will be imported")]
        )
        self.fill()

    def fill(self) -> None:
        preview, error = self.dialog.preview, self.dialog.error
        for i in range(self.encoding.count()):
            key = self.encoding.itemData(i)
            label = _t(ENCODING_LABELS[key])
            if preview is not None and (preview.detected_encoding or UNICODE) == key:
                label = self.tr("%1 (detected)").replace("%1", label)
            self.encoding.setItemText(i, label)
        if error is not None:
            self.show_status(error_text(error), bad=True)
            for widget in (self.sheet, self.encoding, self.samples, self.encoding_note):
                widget.setEnabled(False)
            return
        if preview is None:
            return
        self.show_status("")
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(preview.sheets))
        self.sheet.setCurrentText(preview.sheet)
        self.sheet.blockSignals(False)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(preview.encoding or UNICODE)))
        if preview.encoding:
            note = self.tr(
                "This list was typed with an old Vietnamese font (%1). Its text will be "
                "converted to Unicode; check the examples below. If they look wrong, choose "
                "another encoding."
            ).replace("%1", _t(ENCODING_LABELS[preview.encoding]))
        else:
            note = self.tr(
                "The text is in Unicode and is imported as it is. If the names below look "
                "garbled (for example “NguyÔn” or “Nguyeãn”), choose the old font's encoding."
            )
        self.encoding_note.setText(note)
        self.samples.setRowCount(len(preview.samples))
        for row, (before, after) in enumerate(preview.samples):
            self.samples.setItem(row, 0, QTableWidgetItem(before))
            self.samples.setItem(row, 1, QTableWidgetItem(after))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.dialog.preview is not None and not self.dialog.busy


class ExcelColumnsPage(ExcelPage):
    LETTER, HEADER, EXAMPLE, FIELD = range(4)

    def __init__(self, wizard: ExcelImportDialog) -> None:
        super().__init__(wizard)
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 50)
        self.header_row.setSpecialValueText("—")
        self.layout_combo = QComboBox()
        self.layout_combo.addItem("", Layout.HOUSEHOLD.value)
        self.layout_combo.addItem("", Layout.PERSON.value)
        self.header_label, self.layout_label = QLabel(), QLabel()
        self.header_label.setBuddy(self.header_row)
        self.layout_label.setBuddy(self.layout_combo)
        top = QHBoxLayout()
        top.addWidget(self.header_label)
        top.addWidget(self.header_row)
        top.addSpacing(24)
        top.addWidget(self.layout_label)
        top.addWidget(self.layout_combo, 1)
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.table = record_table(4, 2)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.header_row.editingFinished.connect(
            lambda: wizard.choose_header_row(self.header_row.value())
        )
        self.layout_combo.activated.connect(lambda _i: self._layout_chosen())

    def retranslate(self) -> None:
        self.setTitle(self.tr("The columns"))
        self.setSubTitle(
            self.tr("What each column of the sheet holds. Correct what was not recognised.")
        )
        self.header_label.setText(self.tr("&Header row:"))
        self.layout_label.setText(self.tr("Each &row is:"))
        self.layout_combo.setItemText(0, self.tr("a household (its head)"))
        self.layout_combo.setItemText(1, self.tr("a person (rows grouped into households)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First value"),
                self.tr("Import as"),
            ]
        )
        for combo in self.combos:
            for i in range(combo.count()):
                combo.setItemText(i, field_label(Field(combo.itemData(i))))
        self._update_hint()

    def fill(self) -> None:
        preview, mapping = self.dialog.preview, self.dialog.mapping
        if preview is None or mapping is None:
            return
        self.header_row.blockSignals(True)
        self.header_row.setValue(mapping.header_row)
        self.header_row.blockSignals(False)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(mapping.layout.value)))
        self.table.setRowCount(preview.width)
        self.combos = []
        for column in range(preview.width):
            letter = QTableWidgetItem(_column_letter(column))
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(column, self.LETTER, letter)
            self.table.setItem(column, self.HEADER, QTableWidgetItem(preview.headers[column]))
            example = QTableWidgetItem(preview.examples[column])
            example.setToolTip(preview.examples[column])
            self.table.setItem(column, self.EXAMPLE, example)
            combo = QComboBox()
            for f in Field:
                combo.addItem(field_label(f), f.value)
            combo.setCurrentIndex(combo.findData(mapping.columns[column].value))
            combo.activated.connect(lambda _i, c=column: self._field_chosen(c))
            self.table.setCellWidget(column, self.FIELD, combo)
            self.combos.append(combo)
        self.table.horizontalHeader().setSectionResizeMode(
            self.FIELD, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.combos[0].sizeHint().height() + 4, 24) if self.combos else 24
        )
        self._update_hint()
        self.completeChanged.emit()

    def _field_chosen(self, column: int) -> None:
        mapping = self.dialog.mapping
        if mapping is None:
            return
        chosen = Field(self.combos[column].currentData())
        mapping = mapping.with_field(column, chosen)
        self.dialog.mapping = mapping
        for i, combo in enumerate(self.combos):
            if i < len(mapping.columns) and combo.currentData() != mapping.columns[i].value:
                combo.setCurrentIndex(combo.findData(mapping.columns[i].value))
        self._update_hint()
        self.completeChanged.emit()

    def _layout_chosen(self) -> None:
        mapping = self.dialog.mapping
        if mapping is None:
            return
        layout = Layout(self.layout_combo.currentData())
        self.dialog.mapping = Mapping(
            mapping.columns, mapping.header_row, mapping.data_start, layout
        )
        self._update_hint()
        self.completeChanged.emit()

    def _update_hint(self) -> None:
        mapping = self.dialog.mapping
        if mapping is None:
            self.hint.setText("")
            return
        if mapping.name_field is None:
            self.show_status(
                self.tr("Choose the column that holds the names (head of household or full name)."),
                bad=True,
            )
        else:
            self.show_status("")
        if mapping.layout is Layout.PERSON:
            self.hint.setText(
                self.tr(
                    "Rows are grouped into households by the household number (a blank one "
                    "continues the household above), else by the head of household's name, "
                    "else a household starts at each row whose relation is “Chủ hộ”."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Each row is one household; its name column is the head of household. "
                    "Members can be added later in the register."
                )
            )

    def isComplete(self) -> bool:
        mapping = self.dialog.mapping
        return mapping is not None and mapping.name_field is not None and not self.dialog.busy

    def validatePage(self) -> bool:
        return self.isComplete()


class ExcelCheckPage(ExcelPage):
    def __init__(self, wizard: ExcelImportDialog) -> None:
        super().__init__(wizard)
        self.counts = QLabel(wordWrap=True)
        self.show_combo = QComboBox()
        for key in (Show.PROBLEMS, Show.ALL, Show.ERRORS, Show.DUPLICATES):
            self.show_combo.addItem("", key)
        self.show_label = QLabel()
        self.show_label.setBuddy(self.show_combo)
        self.all_label = QLabel()
        self.all_duplicates = QComboBox()
        for decision in (Decision.SKIP, Decision.UPDATE, Decision.ADD):
            self.all_duplicates.addItem("", decision.value)
        self.all_label.setBuddy(self.all_duplicates)
        self.errors_button = QPushButton()
        for combo in (self.show_combo, self.all_duplicates):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar = QHBoxLayout()
        bar.addWidget(self.show_label)
        bar.addWidget(self.show_combo)
        bar.addSpacing(16)
        bar.addWidget(self.all_label)
        bar.addWidget(self.all_duplicates)
        bar.addStretch(1)
        self.details = QLabel(wordWrap=True)  # every problem of the selected household
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details, 1)
        bottom.addWidget(self.errors_button, 0, Qt.AlignmentFlag.AlignTop)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PreviewModel.ACTION, DecisionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the problems
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        self.show_combo.activated.connect(
            lambda _i: self.model.set_show(self.show_combo.currentData())
        )
        self.all_duplicates.activated.connect(lambda _i: self._all_duplicates())
        self.errors_button.clicked.connect(wizard.save_errors)
        self.model.dataChanged.connect(lambda *_: self._update_counts())
        self.model.modelReset.connect(self._show_details)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

    def retranslate(self) -> None:
        self.setTitle(self.tr("The check"))
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet. Rows with errors (red) are not imported; rows "
                "with warnings (amber) are imported as shown; choose what to do with households "
                "already in the register (blue)."
            )
        )
        self.show_label.setText(self.tr("S&how:"))
        for i, text in enumerate(
            (
                self.tr("Problems and duplicates"),
                self.tr("All households"),
                self.tr("Errors only"),
                self.tr("Duplicates only"),
            )
        ):
            self.show_combo.setItemText(i, text)
        self.all_label.setText(self.tr("All &duplicates:"))
        for i in range(self.all_duplicates.count()):
            decision = Decision(self.all_duplicates.itemData(i))
            self.all_duplicates.setItemText(i, _t(DECISION_LABELS[decision]))
        self.errors_button.setText(self.tr("&Save the errors as Excel…"))
        self.errors_button.setToolTip(
            self.tr("The rows with problems and what is wrong, to correct them in Excel")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self._update_counts()

    def initializePage(self) -> None:
        self.dialog.check()

    def fill(self) -> None:
        preview = self.dialog.preview
        if preview is not None and self.model.preview is None:  # the first time
            problems = bool(preview.duplicates) or any(h.issues for h in preview.households)
            show = Show.PROBLEMS if problems else Show.ALL
            self.show_combo.setCurrentIndex(self.show_combo.findData(show))
            self.model.show = show
        self.model.set_preview(preview, self.dialog.decisions)
        self.show_status("")
        if preview is not None:
            self.errors_button.setEnabled(
                bool(preview.issues) or any(h.issues for h in preview.households)
            )
            self.all_duplicates.setEnabled(bool(preview.duplicates))
            self._fit_columns()
            if self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(0, PreviewModel.ROWS))
        self._update_counts()
        self.completeChanged.emit()

    def _fit_columns(self) -> None:
        """Columns share the table's width; the problems take what is left."""
        table = self.table
        width = table.width() - 2 * table.frameWidth()
        if table.verticalScrollBar().isVisible():
            width -= table.verticalScrollBar().width()
        width = max(width, 400)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        actions = [_t(DECISION_LABELS[d]) for d in Decision] + [self.model.not_imported()]
        widest_action = max(metrics.horizontalAdvance(a) for a in actions) + 40  # the arrow
        for column, share in enumerate(COLUMN_SHARES):
            least = header.sectionSizeHint(column)
            if column == PreviewModel.ACTION:
                least = max(least, widest_action)
            table.setColumnWidth(column, max(int(width * share), least))
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.table.fontMetrics().height() + 10, self.all_duplicates.sizeHint().height())
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.details.setText("")
            return
        household = self.model.household(index.row())
        self.details.setText(self.model.problems(household))

    def _all_duplicates(self) -> None:
        self.model.set_all_duplicates(Decision(self.all_duplicates.currentData()))
        self._update_counts()

    def _update_counts(self) -> None:
        preview = self.dialog.preview
        if preview is None:
            self.counts.setText("")
            return
        plan = ExcelImportService.plan(preview, self.dialog.decisions)
        text = (
            self.tr(
                "%1 households (%2 persons) in %3 rows: %4 to add, %5 to update, %6 skipped, "
                "%7 with errors (not imported), %8 with warnings, %9 already in the register."
            )
            .replace("%1", _count(len(preview.households)))
            .replace("%2", _count(preview.persons))
            .replace("%3", _count(sum(len(h.rows) for h in preview.households)))
            .replace("%4", _count(len(plan.add)))
            .replace("%5", _count(len(plan.update)))
            .replace("%6", _count(len(plan.skip) - preview.with_errors))
            .replace("%7", _count(preview.with_errors))
            .replace("%8", _count(preview.with_warnings))
            .replace("%9", _count(len(preview.duplicates)))
        )
        sheet_errors = [issue_text(i) for i in preview.issues]
        if sheet_errors:
            self.show_status("\n".join(sheet_errors), bad=True)
        self.counts.setText(text)
        self.dialog.confirm_page.fill()

    def isComplete(self) -> bool:
        preview = self.dialog.preview
        if preview is None or self.dialog.busy or not preview.usable:
            return False
        plan = ExcelImportService.plan(preview, self.dialog.decisions)
        return bool(plan.add or plan.update)


class ExcelConfirmPage(ExcelPage):
    def __init__(self, wizard: ExcelImportDialog) -> None:
        super().__init__(wizard)
        self.text = QLabel(wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self.setFinalPage(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Check the figures, then press Import."))
        self.fill()

    def fill(self) -> None:
        preview = self.dialog.preview
        if preview is None:
            return
        plan = ExcelImportService.plan(preview, self.dialog.decisions)
        self.text.setText(
            self.tr(
                "From %1 (sheet %2):\n\n"
                "• %3 households will be added\n"
                "• %4 households of the register will be updated (address, phone, new members)\n"
                "• %5 households are skipped, %6 of them because of errors\n\n"
                "Nothing has been written yet. Import writes all of them at once: if anything "
                "goes wrong, nothing is written."
            )
            .replace("%1", self.dialog.path.name)
            .replace("%2", preview.sheet)
            .replace("%3", _count(len(plan.add)))
            .replace("%4", _count(len(plan.update)))
            .replace("%5", _count(len(plan.skip)))
            .replace("%6", _count(preview.with_errors))
        )

    def isComplete(self) -> bool:
        return not self.dialog.busy


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
