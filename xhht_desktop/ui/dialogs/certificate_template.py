"""The certificate template of one model and kind, edited without code, with a live preview.

The form builds a CertificateTemplate; the service validates and keeps it. The preview is the
service's sample sheet of the template on screen, drawn a moment after the last keystroke (one
page takes a few tens of milliseconds, so it is drawn on the GUI thread). A text the font cannot
draw is said above the preview instead of drawing it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.certificates import (
    MARGIN_LIMITS,
    SIZE_LIMITS,
    TEXT_LIMIT,
    CertificateKind,
    CertificateTemplate,
    Paper,
    clean_template,
    format_number,
    number_format_works,
    validate_template,
)
from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.changes import Changes
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.editor_base import EditorDialog
from xhht_desktop.ui.labels import model_label
from xhht_desktop.ui.messages import error_message, user_message
from xhht_desktop.ui.widgets.combo import enum_data
from xhht_desktop.ui.widgets.field_error import ERROR_STYLE, FieldError
from xhht_desktop.ui.widgets.pdf_view import PdfView

PREVIEW_DELAY_MS = 400  # redraw the sample once typing pauses
EXAMPLE_NUMBER = 15
NUMBER_ISSUE = "certificate.number_format"
LOGO_PREVIEW_HEIGHT = 40  # logical pixels
TEXTS = (
    "issuer_parent",
    "issuer_body",
    "heading",
    "title",
    "granter",
    "place",
    "signer_on_behalf",
    "signer_title",
    "signer_name",
    "number_format",
)
SIZES = ("heading_size", "title_size", "name_size", "min_name_size", "body_size", "margin_mm")


def number_example(pattern: str, year: int) -> str | None:
    """The number `pattern` gives the 15th certificate of `year`, or None if it is not a
    format the register can use."""
    return format_number(pattern, EXAMPLE_NUMBER, year) if number_format_works(pattern) else None


class CertificateTemplateDialog(EditorDialog):
    """Opened on the template saved for `model` and `kind`; previews it for `year`."""

    def __init__(
        self,
        ctx: UiContext,
        model: Model,
        kind: CertificateKind,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.model, self.kind, self.year = model, kind, year
        self.certificates = ctx.services.certificates
        self.loaded = self.certificates.template(model, kind)
        self.saved_template: CertificateTemplate | None = None
        self.last_pdf = b""  # the sample on screen, b"" when none could be drawn
        self._logo = self.loaded.logo
        self._logo_names: dict[str, str] = {}  # stored name -> the file the user picked
        self._issues: list[Issue] = []  # from the last failed save, kept up to date after it
        self._checked = False  # a save was refused: every change re-checks the form
        self._preview_error: UserError | None = None
        self._loading = False
        self._build()
        self._connect()
        self.retranslate()
        self._fill(self.loaded)
        self._dirty = False
        self.texts["issuer_parent"].setFocus()
        self.refresh_preview()

    # ---- building ---------------------------------------------------------------------
    def _line(self) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(TEXT_LIMIT)
        return line

    def _size(self, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(1)
        spin.setRange(low, high)
        spin.setSingleStep(0.5)
        spin.setKeyboardTracking(False)  # "24" must not preview "2" on the way
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return spin

    def _form_group(
        self, rows: list[tuple[str, QWidget]]
    ) -> tuple[QGroupBox, list[QLabel], QFormLayout]:
        """A group box of labelled rows, each field with its error line under it."""
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = []
        for name, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            labels.append(label)
            form.addRow(label, self.field(name, widget))
        return box, labels, form

    def _build(self) -> None:
        self.setMinimumSize(900, 560)
        self.resize(1220, 720)  # a 1280×800 screen, less the taskbar and the title bar
        self.texts = {name: self._line() for name in TEXTS}
        self.issuer_box, issuer_labels, _ = self._form_group(
            [(name, self.texts[name]) for name in ("issuer_parent", "issuer_body")]
        )
        self.wording_box, wording_labels, _ = self._form_group(
            [(name, self.texts[name]) for name in ("heading", "title", "granter", "place")]
        )
        self.signer_box, signer_labels, _ = self._form_group(
            [
                (name, self.texts[name])
                for name in ("signer_on_behalf", "signer_title", "signer_name")
            ]
        )
        # The register number: the format, what it means, and what it gives.
        self.number_format = self.texts["number_format"]
        self.number_hint = QLabel(wordWrap=True)
        self.number_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.number_example = QLabel()
        self.number_example.setTextFormat(Qt.TextFormat.PlainText)
        self.number_box, number_labels, number_form = self._form_group(
            [("number_format", self.number_format)]
        )
        number_form.addRow("", self.number_hint)
        number_form.addRow("", self.number_example)
        # Paper, sizes, margin, border.
        self.paper = QComboBox()
        self.paper.addItem("", Paper.A4)
        self.paper.addItem("", Paper.A5)
        self.sizes = {name: self._size(*SIZE_LIMITS) for name in SIZES[:-1]}
        self.sizes["margin_mm"] = self._size(*MARGIN_LIMITS)
        self.border = QCheckBox()
        self.paper.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.layout_box, size_labels, layout_form = self._form_group(
            [("paper", self.paper), *((name, self.sizes[name]) for name in SIZES)]
        )
        self.paper_label = size_labels[0]
        self.size_labels = dict(zip(SIZES, size_labels[1:], strict=True))
        layout_form.addRow("", self.border)
        # The logo.
        self.logo_image = QLabel()
        self.logo_image.setFixedHeight(LOGO_PREVIEW_HEIGHT)
        self.logo_name = QLabel(wordWrap=True)
        self.logo_name.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_image)
        logo_row.addWidget(self.logo_name, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        # The error marks the file's name, not the buttons beside it.
        self._errors["logo"] = FieldError(self.logo_name)
        self.logo_box = QGroupBox()
        logo_box_layout = QVBoxLayout(self.logo_box)
        logo_box_layout.addLayout(logo_row)
        logo_box_layout.addWidget(self._errors["logo"])
        # Verification.
        self.show_qr = QCheckBox()
        self.qr_box = QGroupBox()
        QVBoxLayout(self.qr_box).addWidget(self.show_qr)

        self.form_labels = issuer_labels + wording_labels + signer_labels + number_labels
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        for box in (
            self.issuer_box,
            self.wording_box,
            self.signer_box,
            self.number_box,
            self.layout_box,
            self.logo_box,
            self.qr_box,
        ):
            form_layout.addWidget(box)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea(widgetResizable=True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(form_page)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_page.setMinimumWidth(400)
        self.reset_button = QPushButton()
        for button in (self.choose_logo, self.remove_logo, self.reset_button):
            button.setAutoDefault(False)  # Enter in a field saves, it does not pick a file
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form_scroll, 1)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_button)
        reset_row.addStretch(1)
        left_layout.addLayout(reset_row)

        # The preview.
        self.preview_title = QLabel()
        self.preview_title.setStyleSheet("font-weight: bold;")
        self.preview_error = QLabel(wordWrap=True)
        self.preview_error.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_error.setStyleSheet(ERROR_STYLE)
        self.preview_error.hide()
        self.preview = PdfView()
        self.preview.setMinimumWidth(420)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_title)
        right_layout.addWidget(self.preview_error)
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 720])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)

    def _connect(self) -> None:
        for line in self.texts.values():
            line.textChanged.connect(self._changed)
        self.number_format.textChanged.connect(self._show_number_example)
        for spin in self.sizes.values():
            spin.valueChanged.connect(self._changed)
        self.paper.currentIndexChanged.connect(self._changed)
        self.border.toggled.connect(self._changed)
        self.show_qr.toggled.connect(self._changed)
        self.choose_logo.clicked.connect(self.choose_logo_file)
        self.remove_logo.clicked.connect(self.clear_logo)
        self.reset_button.clicked.connect(self.reset_to_default)
        self.timer.timeout.connect(self.refresh_preview)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    # ---- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Certificate template — %1").replace("%1", model_label(self.model))
        )
        self.issuer_box.setTitle(self.tr("Issuer"))
        self.wording_box.setTitle(self.tr("Wording"))
        self.signer_box.setTitle(self.tr("Signer"))
        self.number_box.setTitle(self.tr("Register number"))
        self.layout_box.setTitle(self.tr("Paper and layout"))
        self.logo_box.setTitle(self.tr("Logo"))
        self.qr_box.setTitle(self.tr("Verification"))
        for label, text in zip(
            self.form_labels,
            (
                self.tr("&Parent body:"),
                self.tr("&Issuing body:"),
                self.tr("&Heading:"),
                self.tr("&Title:"),
                self.tr("&Granted by:"),
                self.tr("P&lace:"),
                self.tr("On beh&alf of:"),
                self.tr("Signer's titl&e:"),
                self.tr("Signer's &name:"),
                self.tr("Number &format:"),
            ),
            strict=True,
        ):
            label.setText(text)
        placeholders = {
            "issuer_parent": self.tr("May be empty, e.g. UBND PHƯỜNG …"),
            "issuer_body": self.tr("e.g. HỘI KHUYẾN HỌC PHƯỜNG …"),
            "heading": self.tr("e.g. GIẤY CÔNG NHẬN"),
            "title": self.tr("e.g. GIA ĐÌNH HỌC TẬP"),
            "granter": self.tr("Who recognises, e.g. Chủ tịch Hội Khuyến học …"),
            "place": self.tr("e.g. Bến Thành"),
            "signer_on_behalf": self.tr("May be empty, e.g. TM. BAN CHẤP HÀNH"),
            "signer_title": self.tr("e.g. CHỦ TỊCH"),
            "signer_name": self.tr("May be empty: written by hand"),
        }
        for name, text in placeholders.items():
            self.texts[name].setPlaceholderText(text)
        # Explanations go on the labels: a field's own tooltip says what is wrong with it.
        self.form_labels[0].setToolTip(
            self.tr("The body the issuer belongs to, printed above it; may be empty.")
        )
        self.form_labels[4].setToolTip(
            self.tr("Who recognises: the words before “công nhận” or “khen tặng”.")
        )
        self.form_labels[5].setToolTip(
            self.tr("The place before the date: “Bến Thành, ngày 20 tháng 11 năm 2025”.")
        )
        self.number_hint.setText(self.tr("{so} is the number, {nam} the year, e.g. {so}/GCN-KH"))
        self.paper_label.setText(self.tr("Pape&r:"))
        self.paper.setItemText(0, self.tr("A4 landscape"))
        self.paper.setItemText(1, self.tr("A5 landscape"))
        for name, text in (
            ("heading_size", self.tr("Hea&ding size:")),
            ("title_size", self.tr("Title si&ze:")),
            ("name_size", self.tr("Na&me size:")),
            ("min_name_size", self.tr("&Smallest name size:")),
            ("body_size", self.tr("Bod&y text size:")),
            ("margin_mm", self.tr("Margin fr&om the edge:")),
        ):
            self.size_labels[name].setText(text)
        for name in SIZES[:-1]:
            self.sizes[name].setSuffix(self.tr(" pt"))
        self.sizes["margin_mm"].setSuffix(self.tr(" mm"))
        self.size_labels["min_name_size"].setToolTip(
            self.tr("A long name is made smaller, down to this size, before it takes two lines.")
        )
        self.size_labels["margin_mm"].setToolTip(
            self.tr("From the edge of the paper to the border, on A4 (A5 scales everything).")
        )
        self.border.setText(self.tr("Draw a decorative &border"))
        self.choose_logo.setText(self.tr("&Choose…"))
        self.remove_logo.setText(self.tr("Remo&ve"))
        self.show_qr.setText(self.tr("Print a &QR code to check the certificate offline"))
        self.reset_button.setText(self.tr("Reset to defa&ult"))
        self.reset_button.setToolTip(
            self.tr("Fill the form with the wording this app proposes; nothing is saved yet.")
        )
        self.preview_title.setText(self.tr("Preview of a sample certificate"))
        self._align_labels()
        self._show_logo()
        self._show_number_example()
        self._show_preview_error()
        if self._issues:
            self._show_issue_texts(self._issues)

    def _align_labels(self) -> None:
        """One column of labels down the whole form, whatever the group."""
        labels = [*self.form_labels, self.paper_label, *self.size_labels.values()]
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- the form and the template ---------------------------------------------------
    def _fill(self, t: CertificateTemplate) -> None:
        self._loading = True
        try:
            for name, line in self.texts.items():
                line.setText(getattr(t, name))
                line.setCursorPosition(0)  # a long text shows its beginning
            for name, spin in self.sizes.items():
                spin.setValue(getattr(t, name))
            self.paper.setCurrentIndex(max(0, self.paper.findData(t.paper)))
            self.border.setChecked(t.border)
            self.show_qr.setChecked(t.show_qr)
            self._logo = t.logo
        finally:
            self._loading = False
        self._show_logo()
        self._show_number_example()

    def current_template(self) -> CertificateTemplate:
        """The template on screen; what the form does not show stays as it was loaded."""
        texts = {name: line.text() for name, line in self.texts.items()}
        sizes = {name: spin.value() for name, spin in self.sizes.items()}
        return replace(
            self.loaded,
            **texts,
            **sizes,
            paper=enum_data(self.paper, Paper, Paper.A4),
            border=self.border.isChecked(),
            show_qr=self.show_qr.isChecked(),
            logo=self._logo,
        )

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        if self._checked:
            self._recheck()
        self.timer.start()

    def reset_to_default(self) -> None:
        self._fill(self.certificates.default_template(self.model, self.kind))
        self._changed()

    # ---- the register number -----------------------------------------------------------
    def _show_number_example(self, *_args: object) -> None:
        example = number_example(self.number_format.text(), self.year)
        error = self._errors["number_format"]
        if example is None:
            self.number_example.clear()
            error.show_error(user_message(NUMBER_ISSUE))
        else:
            self.number_example.setText(self.tr("Example: %1").replace("%1", example))
            if not self._checked:
                error.clear_error()

    # ---- the logo ----------------------------------------------------------------------
    def _show_logo(self) -> None:
        pixmap = QPixmap()
        data = self.certificates.logo_bytes(replace(self.loaded, logo=self._logo))
        if data and pixmap.loadFromData(data):
            pixmap = pixmap.scaledToHeight(
                LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation
            )
            self.logo_image.setPixmap(pixmap)
            self.logo_image.show()
        else:
            self.logo_image.clear()
            self.logo_image.hide()
        if self._logo:
            self.logo_name.setText(self._logo_names.get(self._logo, self._logo))
        else:
            self.logo_name.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(bool(self._logo))

    def choose_logo_file(self) -> None:
        path = self.ctx.prompts.open_path(
            self.tr("Choose the logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        try:
            name = self.certificates.import_logo(path)
        except UserError as error:
            self.ctx.show_error(self.tr("Logo"), error)
            return
        self._logo_names[name] = path.name
        self._set_logo(name)

    def clear_logo(self) -> None:
        self._set_logo("")

    def _set_logo(self, name: str) -> None:
        self._logo = name
        self._errors["logo"].clear_error()
        self._show_logo()
        self._changed()

    # ---- the preview -------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Draw the sample of the template on screen now."""
        self.timer.stop()
        template = self.current_template()
        if number_example(template.number_format, self.year) is None:
            self._preview_failed(UserError(NUMBER_ISSUE))
            return
        try:
            pdf = self.certificates.sample(self.model, self.kind, template, self.year)
        except UserError as error:
            self._preview_failed(error)
            return
        self._preview_error = None
        self._show_preview_error()
        self.last_pdf = pdf
        self.preview.set_pdf(pdf)

    def _preview_failed(self, error: UserError) -> None:
        self._preview_error = error
        self._show_preview_error()
        self.last_pdf = b""
        self.preview.clear()

    def _show_preview_error(self) -> None:
        error = self._preview_error
        text = "" if error is None else error_message(error)
        if text:
            text = self.tr("The preview cannot be drawn: %1").replace("%1", text)
        self.preview_error.setText(text)
        self.preview_error.setVisible(bool(text))

    # ---- checking and saving -----------------------------------------------------------
    def _local_issues(self) -> list[Issue]:
        """What the service would refuse, found without it: for errors that go away as they
        are corrected."""
        template = clean_template(self.current_template())
        issues = validate_template(template)
        if template.logo and self.certificates.logo_bytes(template) is None:
            issues.append(Issue("logo", "certificate.logo_missing"))
        return issues

    def _recheck(self) -> None:
        self._issues = self._local_issues()
        self._show_issue_texts(self._issues)

    def _show_issue_texts(self, issues: list[Issue]) -> None:
        """Like show_issues, without moving the focus away from what is being typed."""
        self.show_issues(issues, focus=False)

    def show_issues(self, issues: list[Issue], *, focus: bool = True) -> None:
        self._issues = list(issues)
        super().show_issues(issues, focus=focus)
        first = next((i.field for i in issues if i.field in self._errors), None)
        if first is not None and focus:
            self.form_scroll.ensureWidgetVisible(self._errors[first].field)

    def save(self) -> None:
        template = self.current_template()
        certificates, model, kind = self.certificates, self.model, self.kind

        def saved(result: tuple[CertificateTemplate, Changes]) -> None:
            self.saved_template, changes = result
            self._dirty = False
            self.ctx.events.publish(changes)
            self.accept()

        def failed(error: UserError) -> None:
            if isinstance(error, ValidationFailed):
                self._checked = True
                self.show_issues(error.issues)
            else:
                self.ctx.show_error(self.windowTitle(), error)

        self.ctx.runner.run(
            lambda: certificates.save_template(model, kind, template), saved, failed
        )
