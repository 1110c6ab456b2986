"""Two small dialogs of the register: voiding a certificate (with its reason), and checking a
paper certificate's QR code offline (scanned into the box, or typed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.certificate_payload import Verdict, Verification, verdict_words
from xhht_desktop.domain.certificates import RegisterEntry
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.messages import error_message, user_message
from xhht_desktop.ui.widgets.field_error import with_error

GOOD_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"
UNSURE_STYLE = "color: #8a5a00; font-weight: bold;"


class VoidDialog(QDialog):
    """Void one certificate: the reason is required and kept in the register."""

    def __init__(self, ctx: UiContext, entry: RegisterEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.intro = QLabel(wordWrap=True)
        self.reason_label = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.reason_label.setBuddy(self.reason)
        box, self.reason_error = with_error(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reason_label)
        layout.addWidget(box)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.void)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Void a certificate"))
        self.intro.setText(
            self.tr(
                "Certificate %1 of %2 will be marked void in the register. Its number is never "
                "given again; printing for this subject again takes a new number."
            )
            .replace("%1", self.entry.number)
            .replace("%2", self.entry.recipient)
        )
        self.reason_label.setText(self.tr("&Why is it voided?"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Void"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def void(self) -> None:
        certificates, entry_id = self.ctx.services.certificates, self.entry.id
        reason = self.reason.toPlainText()
        self.ctx.runner.run(lambda: certificates.void(entry_id, reason), self._done, self._failed)

    def _done(self, changes: object) -> None:
        self.ctx.events.publish(changes)  # type: ignore[arg-type]
        self.accept()

    def _failed(self, error: UserError) -> None:
        if isinstance(error, ValidationFailed):
            issue = error.issues[0]
            self.reason_error.show_error(user_message(issue.code, issue.params))
        else:
            self.ctx.show_error(self.windowTitle(), error)


class VerifyDialog(QDialog):
    """Is this paper certificate genuine? Works offline: the code carries its own signature."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Verification | None = None
        self.intro = QLabel(wordWrap=True)
        self.code = QPlainTextEdit()
        self.code.setTabChangesFocus(True)
        self.code.setMaximumHeight(110)
        self.check_button = QPushButton()
        self.answer = QLabel(wordWrap=True)
        self.answer.setMinimumHeight(60)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.code)
        layout.addWidget(self.check_button)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        self.check_button.clicked.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check a certificate"))
        self.intro.setText(
            self.tr(
                "Scan the QR code on the certificate with a scanner into the box below, or type "
                "the text it holds. No internet is needed."
            )
        )
        self.check_button.setText(self.tr("&Check"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def check(self) -> None:
        text = self.code.toPlainText()
        if not text.strip():
            return
        certificates = self.ctx.services.certificates
        self.ctx.runner.run(lambda: certificates.verify(text), self._verified, self._unreadable)

    def _verified(self, result: Verification) -> None:
        self.result = result
        styles = {
            Verdict.GENUINE: GOOD_STYLE,
            Verdict.TAMPERED: BAD_STYLE,
            Verdict.UNKNOWN_KEY: UNSURE_STYLE,
        }
        self.answer.setStyleSheet(styles[result.verdict])
        self.answer.setText(user_message(*verdict_words(result)))

    def _unreadable(self, error: UserError) -> None:
        self.result = None
        self.answer.setStyleSheet(BAD_STYLE)
        self.answer.setText(error_message(error))
