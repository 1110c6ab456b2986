"""Chấm điểm: score one registered subject against a criteria set, with running totals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.criteria import CriteriaSet, Criterion
from xhht_desktop.domain.criteria import Kind as CriterionKind
from xhht_desktop.domain.dates import format_local_datetime
from xhht_desktop.domain.evaluation import RegistrationRow
from xhht_desktop.domain.scoring import (
    Derivation,
    InvalidScoreSheet,
    Score,
    ScoreSheet,
    evaluate,
    node_totals,
    override,
    validate_sheet,
)
from xhht_desktop.domain.validation import Issue
from xhht_desktop.services.criteria_sets import CriteriaSetRow
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.editor_base import EditorDialog
from xhht_desktop.ui.labels import band_label
from xhht_desktop.ui.messages import format_points, user_message
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.widgets.field_error import ERROR_STYLE

CODE, WORDING, MAXIMUM, VALUE, REASON, NOTE = range(6)


class ScoringDialog(EditorDialog):
    def __init__(
        self,
        ctx: UiContext,
        registration: RegistrationRow,
        sets: list[CriteriaSetRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.registration = registration
        self.sets = sets
        self.criteria_set: CriteriaSet | None = None
        self.inputs: dict[str, QDoubleSpinBox | QCheckBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.derivations: dict[str, Derivation] = {}
        self.setMinimumSize(860, 560)
        self.resize(1040, 700)
        self.subject = QLabel()
        self.subject.setStyleSheet("font-weight: bold;")
        self.set_label = QLabel()
        self.set_choice = QComboBox()
        for row in sets:
            suffix = "" if not row.sample else " *"
            self.set_choice.addItem(f"{row.title} (v{row.version}){suffix}", row.id)
        self.set_label.setBuddy(self.set_choice)
        top = QHBoxLayout()
        top.addWidget(self.set_label)
        top.addWidget(self.set_choice, 1)
        self.sample_note = QLabel(wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.Stretch)
        for column in (CODE, MAXIMUM, VALUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(NOTE, 180)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(REASON, 230)
        self.details = QLabel(wordWrap=True)  # the clicked criterion in full, and its reason
        self.details.setStyleSheet("padding: 4px; background: palette(alternate-base);")
        self.result = QLabel(wordWrap=True)
        self.result.setStyleSheet("font-weight: bold;")
        self.reasons = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.print_blank = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_filled = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_blank.clicked.connect(lambda: self.print_sheet(blank=True))
        self.print_filled.clicked.connect(lambda: self.print_sheet(blank=False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(top)
        layout.addWidget(self.sample_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.result)
        layout.addWidget(self.reasons)
        # A recognised subject: its score can only be corrected, with a reason kept in the trail.
        self.correcting = registration.decision_number is not None
        self.trail = QLabel(wordWrap=True)
        self.correction_reason = QLineEdit()
        self.correction_label = QLabel()
        self.correction_label.setBuddy(self.correction_reason)
        correction = QHBoxLayout()
        correction.addWidget(self.correction_label)
        reason_box = self.field("reason", self.correction_reason)
        correction.addWidget(reason_box, 1)
        layout.addWidget(self.trail)
        layout.addLayout(correction)
        for widget in (self.trail, self.correction_label, reason_box):
            widget.setVisible(self.correcting)
        layout.addWidget(self.buttons)
        self.set_choice.currentIndexChanged.connect(lambda _i: self.load_set())
        self.tree.currentItemChanged.connect(self._show_details)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scoring"))
        self.subject.setText(self.registration.subject_name)
        self.set_label.setText(self.tr("&Criteria set:"))
        self.correction_label.setText(self.tr("&Reason for the correction:"))
        if self.correcting:
            self.show_trail()
        self.print_blank.setText(self.tr("Print a &blank sheet…"))
        self.print_filled.setText(self.tr("&Print this sheet…"))
        self.print_filled.setToolTip(
            self.tr("The sheet as saved last (save first to print what is on screen)")
        )
        self.tree.setHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Criterion"),
                self.tr("Max."),
                self.tr("Score"),
                self.tr("From the records"),
                self.tr("Note"),
            ]
        )
        self.update_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- the form ---------------------------------------------------------------------
    def load(self, set_id: int | None, sheet: ScoreSheet | None) -> None:
        """Open on the set used before (with its scores), or on the first usable set."""
        if set_id is not None:
            self.set_choice.setCurrentIndex(max(0, self.set_choice.findData(set_id)))
        self.load_set(sheet)
        self._dirty = False

    def load_set(self, sheet: ScoreSheet | None = None) -> None:
        set_id = self.set_choice.currentData()
        self.tree.clear()
        self.inputs.clear()
        self.notes.clear()
        self.items.clear()
        if set_id is None:
            self.criteria_set = None
            self.update_result()
            return
        self.criteria_set = self.ctx.services.criteria.get(int(set_id))
        self.sample_note.setText(
            self.tr("* A sample set: its wording and points must be confirmed by the association.")
            if self.criteria_set.sample
            else ""
        )
        scores = dict(sheet.scores) if sheet is not None else {}
        if sheet is None:  # first scoring: pre-fill what the records show, and say why
            suggested = self.ctx.services.evaluation.suggestions(self.registration.id, int(set_id))
            scores = {code: Score.derived(d) for code, d in suggested.items()}
        self.derivations = {
            code: score.derivation for code, score in scores.items() if score.derivation is not None
        }
        for criterion in self.criteria_set.criteria:
            self._add(criterion, None, scores)
        self.tree.expandAll()
        self.mark_changed()
        self.update_result()

    def _add(
        self, node: Criterion, parent: QTreeWidgetItem | None, scores: dict[str, Score]
    ) -> None:
        item = QTreeWidgetItem(
            [
                node.code,
                node.wording,
                format_points(node.maximum) if node.kind is CriterionKind.POINTS else "",
                "",
                "",
                "",
            ]
        )
        item.setToolTip(
            WORDING, "\n\n".join(t for t in (node.wording, node.guidance, node.evidence) if t)
        )
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.items[node.code] = item
        if node.is_leaf:
            score = scores.get(node.code, Score())
            if node.kind is CriterionKind.PASS_FAIL:
                box = QCheckBox(self.tr("met"))
                box.setChecked(bool(score.met))
                box.toggled.connect(self._changed)
                widget: QDoubleSpinBox | QCheckBox = box
            else:
                spin = QDoubleSpinBox()
                spin.setDecimals(1)
                spin.setSingleStep(float(self.criteria_set.point_step))  # type: ignore[union-attr]
                spin.setRange(0, float(node.maximum))
                spin.setValue(float(score.points or 0))
                spin.valueChanged.connect(self._changed)
                widget = spin
            note = QLineEdit(score.note)
            note.textEdited.connect(self._changed)
            self.inputs[node.code], self.notes[node.code] = widget, note
            self.tree.setItemWidget(item, VALUE, widget)
            self.tree.setItemWidget(item, NOTE, note)
            if score.derivation is not None:
                why = user_message(score.derivation.code, score.derivation.params)
                item.setText(REASON, why)
                for column in (VALUE, REASON):
                    item.setToolTip(column, why)
        else:
            font = item.font(WORDING)
            font.setBold(True)
            item.setFont(WORDING, font)
            for child in node.children:
                self._add(child, item, scores)

    def _show_details(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            self.details.clear()
            return
        lines = [f"{item.text(CODE)}. {item.toolTip(WORDING) or item.text(WORDING)}"]
        if item.text(REASON):
            lines.append(self.tr("From the records: %1").replace("%1", item.text(REASON)))
        self.details.setText("\n".join(lines))

    def _changed(self, *_args: object) -> None:
        self.mark_changed()
        self.update_result()

    def current_sheet(self) -> ScoreSheet:
        """The typed sheet; a suggested value kept stays "derived", a changed one is an
        override that keeps what the records suggested."""
        scores = {}
        for code, widget in self.inputs.items():
            note = self.notes[code].text()
            if isinstance(widget, QCheckBox):
                typed = Score(met=widget.isChecked(), note=note)
            else:
                typed = Score(points=Decimal(str(round(widget.value(), 1))), note=note)
            derivation = self.derivations.get(code)
            if derivation is None:
                scores[code] = typed
            elif (typed.points, typed.met) == (derivation.points, derivation.met):
                scores[code] = Score.derived(derivation, note)
            else:
                scores[code] = override(
                    Score.derived(derivation), points=typed.points, met=typed.met, note=note
                )
        return ScoreSheet(scores)

    def overrides_without_note(self, sheet: ScoreSheet) -> list[Issue]:
        """Changing what the records suggest needs a word of why."""
        return [
            Issue(code, "score.override_needs_note")
            for code, score in sheet.scores.items()
            if score.overridden and not score.note.strip()
        ]

    def update_result(self) -> None:
        cs = self.criteria_set
        if cs is None:
            self.result.setText(self.tr("No criteria set applies to this year and model."))
            self.reasons.clear()
            return
        sheet = self.current_sheet()
        totals = node_totals(cs, sheet)
        for code, item in self.items.items():
            if not cs.find(code).is_leaf:  # type: ignore[union-attr]
                item.setText(VALUE, format_points(totals[code]))
        try:
            result = evaluate(cs, sheet)
        except InvalidScoreSheet as exc:
            self.result.setText(
                self.tr("Total: %1 / %2")
                .replace("%1", format_points(sum(totals[c.code] for c in cs.criteria)))
                .replace("%2", format_points(cs.max_total))
            )
            self.reasons.setText("\n".join(user_message(i.code, i.params) for i in exc.issues))
            return
        band = band_label(
            result.band, next((b.label for b in cs.rule.bands if b.code == result.band), "")
        )
        verdict = self.tr("meets the rule") if result.met else self.tr("does not meet the rule")
        self.result.setText(
            self.tr("Total: %1 / %2 · %3 · %4")
            .replace("%1", format_points(result.total))
            .replace("%2", format_points(result.max_total))
            .replace("%3", band or "—")
            .replace("%4", verdict)
        )
        self.reasons.setStyleSheet("" if result.met else ERROR_STYLE)
        self.reasons.setText("\n".join(user_message(r.code, r.params) for r in result.reasons))

    def print_sheet(self, blank: bool) -> None:
        """The phiếu chấm điểm as a PDF: blank to fill in by hand, or as saved."""
        set_id = self.set_choice.currentData()
        if set_id is None:
            return
        reg = self.registration
        name = "phieu-cham-trang.pdf" if blank else f"phieu-cham-{reg.id}.pdf"
        path = self.ctx.prompts.save_file(
            self.tr("Save the scoring sheet as PDF"),
            self.ctx.services.paths.data_dir / name,
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        path = ensure_suffix(path, ".pdf")
        documents = self.ctx.services.cycle_documents
        self.ctx.runner.run(
            lambda: documents.scoring_sheet(
                None if blank else reg.id, int(set_id), reg.year, reg.model
            ).write(path),
            self.ctx.prompts.open_file,
            lambda error: self.ctx.show_error(self.windowTitle(), error),
        )

    def save(self) -> None:
        cs = self.criteria_set
        if cs is None:
            return
        sheet = self.current_sheet()
        issues = validate_sheet(cs, sheet) + self.overrides_without_note(sheet)
        if issues:
            self.show_issues(issues)
            return
        evaluation, registration_id = self.ctx.services.evaluation, self.registration.id
        set_id = int(self.set_choice.currentData())
        if self.correcting:
            reason = self.correction_reason.text()
            self.save_with(
                lambda: (
                    registration_id,
                    evaluation.correct(registration_id, set_id, sheet, reason)[1],
                )
            )
            return
        self.save_with(
            lambda: (registration_id, evaluation.score(registration_id, set_id, sheet)[1])
        )

    def show_trail(self) -> None:
        """The corrections made so far, oldest first."""
        lines = [
            self.tr(
                "Recognised by decision %1: a change here is a correction, kept with "
                "the old score, who and why."
            ).replace("%1", self.registration.decision_number or "")
        ]
        for c in self.ctx.services.evaluation.corrections(self.registration.id):
            old = "—" if c.old_total is None else format_points(c.old_total)
            lines.append(
                self.tr("%1 · %2: %3 → %4 (%5)")
                .replace("%1", format_local_datetime(c.corrected_at))
                .replace("%2", c.corrected_by)
                .replace("%3", old)
                .replace("%4", format_points(c.new_total))
                .replace("%5", c.reason)
            )
        self.trail.setText("\n".join(lines))

    def show_issues(self, issues: list) -> None:
        # The reason has its own field; the sheet's issues name their criterion in the banner.
        reason = next((i for i in issues if i.field == "reason"), None)
        self._errors["reason"].show_error(
            "" if reason is None else user_message(reason.code, reason.params)
        )
        if reason is not None:
            self.correction_reason.setFocus()
        sheet_issues = [i for i in issues if i.field != "reason"]
        self.banner.setText(
            "\n".join(f"{i.field}: {user_message(i.code, i.params)}" for i in sheet_issues)
        )
        self.banner.setVisible(bool(sheet_issues))
