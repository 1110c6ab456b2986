"""The steps of the yearly cycle that concern many subjects at once: register them, record the
review meeting, apply the decision, commend. Each is a short form above a tick list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.dates import format_date, parse_date
from xhht_desktop.domain.evaluation import (
    Candidate,
    CommendationDraft,
    DecisionDraft,
    RegistrationRow,
    ReviewDraft,
)
from xhht_desktop.domain.validation import Issue
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.editor_base import EditorDialog
from xhht_desktop.ui.labels import band_label
from xhht_desktop.ui.messages import format_points
from xhht_desktop.ui.models.tick_list import TickRow
from xhht_desktop.ui.widgets.tick_list_box import TickListBox

SUBJECT_HEADERS = (
    QT_TRANSLATE_NOOP("CycleStep", "Name"),
    QT_TRANSLATE_NOOP("CycleStep", "Details"),
    QT_TRANSLATE_NOOP("CycleStep", "Tổ"),
)


def registration_rows(rows: Sequence[RegistrationRow]) -> list[TickRow]:
    def detail(r: RegistrationRow) -> str:
        if r.total is None:
            return ""
        band = band_label(r.band)
        return format_points(r.total) + (f" · {band}" if band else "")

    return [TickRow(r.id, (r.subject_name, detail(r), r.group), r.group) for r in rows]


class _StepDialog(EditorDialog):
    """A form of (field name, label, widget) rows above a tick list of subjects."""

    def __init__(
        self,
        ctx: UiContext,
        year: int,
        model: Model,
        rows: list[TickRow],
        groups: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.year, self.model = year, model
        self.setMinimumSize(760, 540)
        self.resize(900, 660)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.intro = QLabel(wordWrap=True)
        self.ticks = TickListBox(rows, "CycleStep", SUBJECT_HEADERS, groups)
        self.ticks.changed.connect(self.mark_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.field("registration_ids", self.ticks), 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    def add_row(self, name: str, widget: QLineEdit | QPlainTextEdit) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.labels[name] = label
        self.form.addRow(label, self.field(name, widget))
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.mark_changed)
        else:
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(self.fontMetrics().height() * 2 + 12)
            widget.textChanged.connect(self.mark_changed)

    def date_of(self, name: str, widget: QLineEdit, issues: list[Issue]) -> dt.date | None:
        try:
            return parse_date(widget.text())
        except ValueError:
            issues.append(Issue(name, "date.invalid"))
            return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def draft(self, issues: list[Issue]) -> object:
        raise NotImplementedError

    def submit(self, draft: object) -> tuple[int, object]:
        raise NotImplementedError

    def save(self) -> None:
        issues: list[Issue] = []
        draft = self.draft(issues)
        if issues:
            self.show_issues(issues)
            return
        self.save_with(lambda: self.submit(draft))  # type: ignore[arg-type,return-value]


class RegisterDialog(_StepDialog):
    """Đăng ký: tick the subjects registering for the year (a whole tổ, minus some)."""

    def __init__(
        self,
        ctx: UiContext,
        year: int,
        model: Model,
        candidates: list[Candidate],
        groups: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        rows = [TickRow(c.id, (c.name, c.detail, c.group), c.group) for c in candidates]
        super().__init__(ctx, year, model, rows, groups, parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Registration for %1").replace("%1", str(self.year)))
        self.intro.setText(
            self.tr(
                "Tick who registers. To register a whole tổ but a few, "
                "choose the tổ, tick all shown, then untick those few."
            )
        )

    def draft(self, issues: list[Issue]) -> object:
        if not self.ticks.checked:
            issues.append(Issue("registration_ids", "decision.nobody"))
        return sorted(self.ticks.checked)

    def submit(self, draft: object) -> tuple[int, object]:
        return self.ctx.services.evaluation.register(self.year, self.model, draft)  # type: ignore[arg-type]


class ReviewDialog(_StepDialog):
    """Bình xét: the meeting, and which scored subjects it proposes for recognition."""

    def __init__(
        self,
        ctx: UiContext,
        year: int,
        model: Model,
        scored: list[RegistrationRow],
        groups: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, year, model, registration_rows(scored), groups, parent)
        self.scored = scored
        self.held_on, self.place, self.chair, self.secretary = (QLineEdit() for _ in "abcd")
        self.attendees, self.notes = QPlainTextEdit(), QPlainTextEdit()
        for name, widget in (
            ("held_on", self.held_on),
            ("place", self.place),
            ("chair", self.chair),
            ("secretary", self.secretary),
            ("attendees", self.attendees),
            ("notes", self.notes),
        ):
            self.add_row(name, widget)
        self.held_on.setText(format_date(dt.date.today()))
        self.ticks.set_checked({r.id for r in scored if r.met})
        self._dirty = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review meeting %1").replace("%1", str(self.year)))
        self.intro.setText(
            self.tr(
                "Record the meeting. Ticked subjects are proposed for "
                "recognition; those that meet the rule are ticked first."
            )
        )
        for name, text in (
            ("held_on", self.tr("&Date:")),
            ("place", self.tr("&Place:")),
            ("chair", self.tr("&Chair:")),
            ("secretary", self.tr("&Secretary:")),
            ("attendees", self.tr("&Attendees:")),
            ("notes", self.tr("&Notes:")),
        ):
            self.labels[name].setText(text)

    def draft(self, issues: list[Issue]) -> object:
        held_on = self.date_of("held_on", self.held_on, issues)
        outcomes = tuple((r.id, r.id in self.ticks.checked, "") for r in self.scored)
        return ReviewDraft(
            self.year,
            self.model,
            held_on,
            self.place.text(),
            self.chair.text(),
            self.secretary.text(),
            self.attendees.toPlainText(),
            self.notes.toPlainText(),
            outcomes,
        )

    def submit(self, draft: object) -> tuple[int, object]:
        return self.ctx.services.evaluation.record_review(draft)  # type: ignore[arg-type]


class DecisionDialog(_StepDialog):
    """Công nhận: the decision (number, date, signer) for the proposed subjects."""

    def __init__(
        self,
        ctx: UiContext,
        year: int,
        model: Model,
        proposed: list[RegistrationRow],
        groups: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, year, model, registration_rows(proposed), groups, parent)
        self.number, self.signed_on, self.signer, self.signer_title, self.issuer = (
            QLineEdit() for _ in "abcde"
        )
        for name, widget in (
            ("number", self.number),
            ("signed_on", self.signed_on),
            ("signer", self.signer),
            ("signer_title", self.signer_title),
            ("issuer", self.issuer),
        ):
            self.add_row(name, widget)
        self.ticks.set_checked({r.id for r in proposed})
        self._dirty = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recognition decision %1").replace("%1", str(self.year)))
        self.intro.setText(self.tr("Enter the decision as signed and tick who it recognises."))
        self.number.setPlaceholderText(self.tr("e.g. 15/QĐ-UBND"))
        for name, text in (
            ("number", self.tr("Decision &number:")),
            ("signed_on", self.tr("&Signed on:")),
            ("signer", self.tr("Si&gner:")),
            ("signer_title", self.tr("Signer's &title:")),
            ("issuer", self.tr("&Issued by:")),
        ):
            self.labels[name].setText(text)

    def draft(self, issues: list[Issue]) -> object:
        signed_on = self.date_of("signed_on", self.signed_on, issues)
        return DecisionDraft(
            self.year,
            self.model,
            self.number.text(),
            signed_on,
            self.signer.text(),
            self.signer_title.text(),
            self.issuer.text(),
            frozenset(self.ticks.checked),
        )

    def submit(self, draft: object) -> tuple[int, object]:
        return self.ctx.services.evaluation.apply_decision(draft)  # type: ignore[arg-type]


class CommendationDialog(_StepDialog):
    """Biểu dương: commend some recognised subjects as exemplary (tiêu biểu)."""

    def __init__(
        self,
        ctx: UiContext,
        year: int,
        model: Model,
        recognised: list[RegistrationRow],
        groups: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, year, model, registration_rows(recognised), groups, parent)
        self.title, self.given_on, self.given_by = (QLineEdit() for _ in "abc")
        for name, widget in (
            ("title", self.title),
            ("given_on", self.given_on),
            ("given_by", self.given_by),
        ):
            self.add_row(name, widget)
        self.given_on.setText(format_date(dt.date.today()))
        self._dirty = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Commendation %1").replace("%1", str(self.year)))
        self.intro.setText(self.tr("Tick the recognised subjects commended as exemplary."))
        self.title.setPlaceholderText(self.tr("e.g. Gia đình học tập tiêu biểu"))
        for name, text in (
            ("title", self.tr("&Commendation:")),
            ("given_on", self.tr("&Date:")),
            ("given_by", self.tr("&Given by:")),
        ):
            self.labels[name].setText(text)

    def draft(self, issues: list[Issue]) -> object:
        given_on = self.date_of("given_on", self.given_on, issues)
        return CommendationDraft(
            self.year,
            self.title.text(),
            given_on,
            self.given_by.text(),
            frozenset(self.ticks.checked),
        )

    def submit(self, draft: object) -> tuple[int, object]:
        return self.ctx.services.evaluation.commend(draft)  # type: ignore[arg-type]
