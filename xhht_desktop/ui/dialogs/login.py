"""Who is at the keyboard: the first administrator at first start, then a login each time.

The accounts are accountability on a shared PC (the audit trail says who changed what) and a
guard against mistakes; the words say so plainly. There is no email reset: the administrator
sets a new password when one is forgotten, so the first one is told to write theirs down.
Passwords are checked on the GUI thread: one Argon2 check takes about a tenth of a second.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.accounts import Account, AccountService, Role
from xhht_desktop.ui.messages import error_message, user_message
from xhht_desktop.ui.widgets.field_error import ERROR_STYLE, FieldError, with_error

HINT_STYLE = "color: #505050;"  # grey, yet readable for older eyes
NOTE_STYLE = (
    "QFrame#note { border: 1px solid #c77700; border-radius: 4px; background: #fff8e1; }"
    "QFrame#note QLabel { color: #3a2a00; }"
)


class _WaitCursor:
    """The hourglass while a password is checked (a tenth of a second, more on old PCs)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def fit_height(dialog: QWidget) -> None:
    """Grow `dialog` when lines appear under its fields (errors, hints): a shown dialog keeps
    its size, and Qt would squeeze the fields rather than grow it for wrapped text."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(width, needed)


def _note(label: QLabel) -> QFrame:
    """`label` in a light yellow box: what the reader must not miss."""
    frame = QFrame()
    frame.setObjectName("note")
    frame.setStyleSheet(NOTE_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    label.setWordWrap(True)
    layout.addWidget(label)
    return frame


class AccountFields(QWidget):
    """A login name, a full name and a new password typed twice, each with its error line.

    Shared by the first administrator, the administrator's "Add…" and "Set a new password…"
    (`with_name=False`). More rows (a role) can be added to `form`."""

    def __init__(self, *, with_name: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_name = with_name
        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(100)
        self.password = QLineEdit()
        self.again = QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox()
        self.show_password.toggled.connect(self._show_password)
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QLineEdit]] = []
        if with_name:
            rows += [("username", self.username), ("display_name", self.display_name)]
        else:
            self.username.hide()
            self.display_name.hide()
        rows += [("password", self.password), ("again", self.again)]
        for name, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            box, self.errors[name] = with_error(widget)
            self.form.addRow(label, box)
        self.form.addRow("", self.show_password)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "username": self.tr("Login &name:"),
            "display_name": self.tr("&Full name:"),
            "password": self.tr("&Password:"),
            "again": self.tr("Password &again:"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.username.setPlaceholderText(self.tr("short, easy to type, e.g. mai"))
        self.display_name.setPlaceholderText(self.tr("e.g. Trần Thị Mai"))
        self.password.setPlaceholderText(self.tr("at least 6 characters"))
        self.again.setPlaceholderText(self.tr("the same password once more"))
        self.show_password.setText(self.tr("Show what I type"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_error()

    def passwords_match(self) -> bool:
        """Say so under the second field when the two passwords differ."""
        if self.password.text() == self.again.text():
            self.errors["again"].clear_error()
            return True
        self.errors["again"].show_error(
            self.tr("The two passwords are not the same. Please type them again.")
        )
        self.again.clear()
        self.again.setFocus()
        return False

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        """Put each issue under its field; return those that have none here."""
        rest: list[Issue] = []
        first: QLineEdit | None = None
        for issue in issues:
            name = issue.field if issue.field in self.errors else ""
            if not name:
                rest.append(issue)
                continue
            self.errors[name].show_error(user_message(issue.code, issue.params))
            first = first or getattr(self, name)
        if first is not None:
            first.setFocus()
        return rest


class CreateAdminDialog(QDialog):
    """First start: the administrator of this computer is made, then logged in (`account`).
    It cannot be skipped: "Quit" (or closing the window) ends the app."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.account: Account | None = None
        self.setMinimumWidth(600)
        self.heading = QLabel()
        heading = self.heading.font()
        heading.setPointSize(heading.pointSize() + 2)  # above the text, whatever its size
        heading.setBold(True)
        self.heading.setFont(heading)
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.remember = QLabel()
        self.fields = AccountFields()
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(_note(self.remember))
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.fields.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("XHHT Desktop — the administrator"))
        self.heading.setText(self.tr("Create the administrator of this computer"))
        self.intro.setText(
            self.tr(
                "Everyone who uses XHHT Desktop on this computer logs in with a name and a "
                "password, so that the list of changes says who did what. The first account is "
                "the administrator's: the administrator changes the settings, makes the "
                "accounts of the other volunteers, sets a new password when one is forgotten "
                "and restores backups."
            )
        )
        self.remember.setText(
            self.tr(
                "Write the password down and keep it somewhere safe. There is no email to get "
                "it back: if it is lost, only another administrator can set a new one."
            )
        )
        self.create_button.setText(self.tr("&Create and log in"))
        self.quit_button.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # wrapped lines at a large text size

    def create(self) -> None:
        fields = self.fields
        fields.clear_errors()
        self.message.hide()
        if not fields.passwords_match():
            fit_height(self)
            return
        username, password = fields.username.text(), fields.password.text()
        try:
            with _WaitCursor():
                self.accounts.create(
                    username, fields.display_name.text(), Role.ADMIN, password, first=True
                )
                self.account = self.accounts.login(username, password)
        except ValidationFailed as error:
            rest = fields.show_issues(error.issues)
            if rest:
                self._say(user_message(rest[0].code, rest[0].params))
            fit_height(self)
            return
        except UserError as error:
            self._say(error_message(error))
            fit_height(self)
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def ask(self) -> Account | None:
        """The administrator made and logged in, or None when the user chose to quit."""
        self.exec()
        return self.account


class LoginDialog(QDialog):
    """The name and password; `account` once they are right.

    At start-up "Quit" ends the app. When the app locked itself (`locked_user`), the name is
    filled in and fixed; "Switch user" lets someone else log in, and the dialog cannot be
    closed without logging in."""

    def __init__(
        self,
        accounts: AccountService,
        parent: QWidget | None = None,
        locked_user: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.locked_user = locked_user
        self.account: Account | None = None
        self._remaining = 0
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox()
        self.show_password.toggled.connect(
            lambda shown: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        self.switch_button = QPushButton()
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_user)
        self.name_label, self.password_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        name_row = QHBoxLayout()
        name_row.setContentsMargins(0, 0, 0, 0)
        name_row.addWidget(self.username, 1)
        name_row.addWidget(self.switch_button)
        name_box = QWidget()
        name_box.setLayout(name_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.name_label, name_box)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.show_password)
        self.message = FieldError(self.password)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        self.ready = QLabel()
        self.ready.setWordWrap(True)
        self.ready.hide()
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setVisible(locked_user is None)
        self.switch_button.setVisible(bool(locked_user))
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.ready)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        if locked_user:
            self.username.setText(locked_user)
            self.username.setReadOnly(True)
            self.password.setFocus()
        else:
            self.username.setFocus()
        self.retranslate()

    @property
    def is_lock(self) -> bool:
        """Shown because the app locked itself (no Quit)."""
        return self.locked_user is not None

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("XHHT Desktop — locked") if self.is_lock else self.tr("XHHT Desktop — log in")
        )
        if self.is_lock and self.username.isReadOnly():
            self.intro.setText(
                self.tr(
                    "XHHT Desktop was locked because nobody used it for a while. Windows that "
                    "were open are still there. Type the password of %1 to go on, or press "
                    "“Switch user” to log in as someone else."
                ).replace("%1", self.locked_user or "")
            )
        else:
            self.intro.setText(
                self.tr("Please log in with your name and password to use XHHT Desktop.")
            )
        self.name_label.setText(self.tr("&Name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.show_password.setText(self.tr("Show what I type"))
        self.switch_button.setText(self.tr("&Switch user"))
        self.login_button.setText(self.tr("&Log in"))
        self.quit_button.setText(self.tr("&Quit"))
        self.hint.setText(
            self.tr(
                "Check that Caps Lock is off and that the Vietnamese typing (Unikey) is set as "
                "when the password was made. A forgotten password: ask the administrator."
            )
        )
        self.ready.setText(self.tr("You can try again now."))
        if self._remaining > 0:
            self._show_pause()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # wrapped lines at a large text size

    def switch_user(self) -> None:
        """Someone else logs in: the name becomes free to type."""
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.switch_button.hide()
        self.message.clear_error()
        self.hint.hide()
        self.ready.hide()
        self.retranslate()
        fit_height(self)
        self.username.setFocus()

    def log_in(self) -> None:
        if self._remaining > 0:
            return
        self.ready.hide()
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.message.show_error(self.tr("Please type your name."))
            fit_height(self)
            self.username.setFocus()
            return
        try:
            with _WaitCursor():
                self.account = self.accounts.login(username, password)
        except UserError as error:
            self.password.clear()
            self.password.setFocus()
            if error.code == "account.paused":
                self._pause(int(str(error.params.get("seconds", 30))))
            else:
                self.message.show_error(error_message(error))
                self.hint.setVisible(error.code == "account.wrong")
            fit_height(self)
            return
        self._countdown.stop()
        self.accept()

    # ---- a paused account: the wait counts down, then the button comes back --------------
    def _pause(self, seconds: int) -> None:
        self._remaining = max(1, seconds)
        self.login_button.setEnabled(False)
        self._show_pause()
        self._countdown.start()

    def _show_pause(self) -> None:
        self.message.show_error(user_message("account.paused", {"seconds": self._remaining}))
        self.hint.hide()
        self.ready.hide()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._show_pause()
            return
        self._countdown.stop()
        self._remaining = 0
        self.login_button.setEnabled(True)
        self.message.clear_error()
        self.ready.show()
        fit_height(self)
        self.password.setFocus()

    # ---- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        if self.is_lock:
            return  # a locked app opens only with a password
        self._countdown.stop()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_lock:
            event.ignore()
            return
        super().closeEvent(event)

    def ask(self) -> Account | None:
        """The account logged in, or None when the user chose to quit."""
        self.exec()
        return self.account
