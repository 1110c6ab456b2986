"""The administrator's list of accounts on this PC: add one, set a new password, change a role
or turn an account off. Nothing is deleted: an account that is turned off keeps its name in the
list of changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.dates import format_local_datetime
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.accounts import Account, AccountService, PermissionDenied, Role
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.login import HINT_STYLE, AccountFields, fit_height
from xhht_desktop.ui.messages import error_message, user_message
from xhht_desktop.ui.widgets.field_error import ERROR_STYLE
from xhht_desktop.ui.widgets.record_table import record_table

CONTEXT = "UsersDialog"
_ROLES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("UsersDialog", "Administrator"),
    Role.EDITOR: QT_TRANSLATE_NOOP("UsersDialog", "Data entry"),
    Role.VIEWER: QT_TRANSLATE_NOOP("UsersDialog", "Read only"),
}
_ROLE_HELP = {
    Role.ADMIN: QT_TRANSLATE_NOOP(
        "UsersDialog", "enters data, changes the settings, manages accounts, restores backups"
    ),
    Role.EDITOR: QT_TRANSLATE_NOOP("UsersDialog", "adds and changes households and activities"),
    Role.VIEWER: QT_TRANSLATE_NOOP("UsersDialog", "looks, searches and prints; changes nothing"),
}


def role_label(role: Role) -> str:
    """Quản trị / Nhập liệu / Chỉ xem in Vietnamese."""
    return QCoreApplication.translate(CONTEXT, _ROLES[role])


class _Message(QLabel):
    """A red line under the selected account (the role is a group of buttons, not one field
    to outline in red)."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


class RoleChoice(QWidget):
    """The three roles, each with what it may do: radio buttons with a line under each, or
    (`compact`) a list to choose from with the chosen role's line under it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.group = QButtonGroup(self)
        self.buttons: dict[Role, QRadioButton] = {}
        self.helps: dict[Role, QLabel] = {}
        self.combo = QComboBox()
        self.combo_help = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if compact:
            for role in Role:
                self.combo.addItem("", role)
            self.combo_help.setWordWrap(True)
            self.combo_help.setStyleSheet(HINT_STYLE)
            self.combo.currentIndexChanged.connect(self._combo_changed)
            row = QHBoxLayout()
            row.addWidget(self.combo)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addSpacing(2)
            layout.addWidget(self.combo_help)
        else:
            indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
            for role in Role:
                button = QRadioButton()
                help_line = QLabel()
                help_line.setWordWrap(True)
                help_line.setStyleSheet(f"{HINT_STYLE} margin-left: {indent}px;")
                help_line.setBuddy(button)
                self.buttons[role] = button
                self.helps[role] = help_line
                self.group.addButton(button)
                layout.addWidget(button)
                layout.addWidget(help_line)
                layout.addSpacing(4)
            self.group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        self.set_role(Role.EDITOR)
        self.retranslate()

    def retranslate(self) -> None:
        for role, button in self.buttons.items():
            button.setText(role_label(role))
            self.helps[role].setText(QCoreApplication.translate(CONTEXT, _ROLE_HELP[role]))
        for index in range(self.combo.count()):
            self.combo.setItemText(index, role_label(Role(self.combo.itemData(index))))
        self._combo_changed()

    def _combo_changed(self) -> None:
        data = self.combo.currentData()
        text = QCoreApplication.translate(CONTEXT, _ROLE_HELP[Role(data)]) if data else ""
        self.combo_help.setText(text)
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def role(self) -> Role:
        if self.compact:
            data = self.combo.currentData()  # Qt gives the enum back as its str value
            return Role(data) if data else Role.EDITOR
        for role, button in self.buttons.items():
            if button.isChecked():
                return role
        return Role.EDITOR

    def set_role(self, role: Role) -> None:
        if self.compact:
            self.combo.setCurrentIndex(max(0, self.combo.findData(role)))
        else:
            self.buttons[role].setChecked(True)


class _SubmitDialog(QDialog):
    """A small form whose OK runs `work` on the database thread; errors go under the fields."""

    def __init__(self, ctx: UiContext, fields: AccountFields, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields = fields
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _work(self) -> Callable[[], object] | None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # wrapped lines at a large text size

    def submit(self) -> None:
        self.fields.clear_errors()
        self.message.hide()
        if not self.fields.passwords_match():
            fit_height(self)
            return
        work = self._work()
        if work is None:
            return
        self.ok_button.setEnabled(False)
        self.ctx.runner.run(work, self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.ok_button.setEnabled(True)
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            rest = self.fields.show_issues(error.issues)
            if rest:
                self._say(user_message(rest[0].code, rest[0].params))
        else:
            self._say(error_message(error))
        fit_height(self)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class AddAccountDialog(_SubmitDialog):
    """A new account: name, full name, role and password (typed twice)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, AccountFields(), parent)
        self.setMinimumWidth(620)
        self.account: Account | None = None
        self.roles = RoleChoice()
        self.role_label = QLabel()
        self.fields.form.insertRow(2, self.role_label, self.roles)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.fields.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an account"))
        self.role_label.setText(self.tr("Role:"))
        self.intro.setText(
            self.tr(
                "Give the new volunteer a short name to log in with and a first password. "
                "Tell them the password in person; they cannot change it themselves yet."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _work(self) -> Callable[[], object]:
        accounts = self.ctx.services.accounts
        username, display = self.fields.username.text(), self.fields.display_name.text()
        password, role = self.fields.password.text(), self.roles.role()

        def create() -> Account:
            return accounts.create(username, display, role, password)

        return create

    def _done(self, result: object) -> None:
        self.account = result if isinstance(result, Account) else None
        super()._done(result)


class NewPasswordDialog(_SubmitDialog):
    """The administrator sets a new password for someone who forgot theirs."""

    def __init__(self, ctx: UiContext, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(ctx, AccountFields(with_name=False), parent)
        self.setMinimumWidth(560)
        self.target = account
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.fields.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set a new password"))
        self.intro.setText(
            self.tr(
                "A new password for %1. The old one stops working at once, and a pause after "
                "wrong passwords is lifted."
            ).replace("%1", f"{self.target.display_name} ({self.target.username})")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _work(self) -> Callable[[], object]:
        accounts = self.ctx.services.accounts
        username, password = self.target.username, self.fields.password.text()
        return lambda: accounts.reset_password(username, password)


class UsersDialog(QDialog):
    """The accounts of this PC, for the administrator (others see the list, change nothing)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.accounts: AccountService = ctx.services.accounts
        self.users: list[Account] = []
        self.is_admin = True
        self._shown: str | None = None
        self.setMinimumSize(860, 600)
        self.resize(900, 680)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.not_admin = QLabel()
        self.not_admin.setWordWrap(True)
        self.not_admin.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.not_admin.hide()
        self.table = record_table(5, 1)
        # Five rows at least, whatever the text size.
        rows = self.table.verticalHeader().defaultSectionSize() * 5
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)

        # the selected account
        self.selected_box = QGroupBox()
        self.roles = RoleChoice(compact=True)
        self.disabled = QCheckBox()
        self.self_note = QLabel()
        self.self_note.setWordWrap(True)
        self.self_note.hide()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_role)
        self.password_button = QPushButton()
        self.password_button.clicked.connect(self.new_password)
        self.error = _Message()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.role_label = QLabel()
        self.role_label.setBuddy(self.roles.combo)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.role_label, self.roles)
        form.addRow("", self.disabled)
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addSpacing(12)
        row.addLayout(buttons)
        selected = QVBoxLayout(self.selected_box)
        selected.addLayout(row)
        selected.addWidget(self.self_note)
        selected.addWidget(self.error)
        selected.addWidget(self.done_label)

        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.not_admin)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.selected_box)
        layout.addWidget(self.close_buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.roles.changed.connect(self.error.clear_error)
        self.disabled.toggled.connect(lambda _on: self.error.clear_error())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accounts on this computer"))
        self.intro.setText(
            self.tr(
                "Everyone who uses XHHT Desktop on this computer logs in with their own account, "
                "so the list of changes says who did what. Accounts are never deleted: turn off "
                "the account of someone who no longer helps."
            )
        )
        self.not_admin.setText(
            self.tr("Only the administrator of this computer can change the accounts.")
        )
        self.add_button.setText(self.tr("&Add…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last login"),
            ]
        )
        self.selected_box.setTitle(self.tr("Selected account"))
        self.role_label.setText(self.tr("&Role:"))
        self.disabled.setText(self.tr("Turned off: this account cannot log in"))
        self.save_button.setText(self.tr("&Save"))
        self.password_button.setText(self.tr("Set a new &password…"))
        self.self_note.setText(
            self.tr("This is your own account: a change to it takes effect at your next login.")
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- the list -----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        accounts = self.accounts
        keep = select or self._selected_name()

        def load() -> tuple[list[Account], bool]:
            try:
                accounts.require_admin()
            except PermissionDenied:
                return accounts.users(), False
            return accounts.users(), True

        def loaded(result: tuple[list[Account], bool]) -> None:
            self.users, self.is_admin = result
            self._fill(keep)

        self.ctx.runner.run(load, loaded, self._show_error)

    def _fill(self, select: str | None = None) -> None:
        select = select or self._selected_name()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.users))
        for row, account in enumerate(self.users):
            state = self.tr("Turned off") if account.disabled else self.tr("In use")
            last = format_local_datetime(account.last_login_at) or self.tr("never")
            cells = (account.username, account.display_name, role_label(account.role), state, last)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                if account.disabled:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        names = [a.username for a in self.users]
        row = names.index(select) if select in names else (0 if names else -1)
        if row >= 0:
            self.table.setCurrentCell(row, 0)
        else:
            self.table.clearSelection()
        self.not_admin.setVisible(not self.is_admin)
        self.add_button.setEnabled(self.is_admin)
        self._selection_changed()

    def _selected_name(self) -> str | None:
        account = self.selected()
        return account.username if account else None

    def selected(self) -> Account | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _is_me(self, account: Account) -> bool:
        current = self.accounts.current
        return current is not None and current.username == account.username

    def _selection_changed(self) -> None:
        account = self.selected()
        name = account.username if account else None
        if name != self._shown:  # another account: what was said was about the previous one
            self._shown = name
            self.error.clear_error()
            self.done_label.hide()
        self.selected_box.setEnabled(account is not None and self.is_admin)
        if account is None:
            self.self_note.hide()
            return
        self.selected_box.setTitle(
            self.tr("Selected account: %1").replace(
                "%1", f"{account.display_name} ({account.username})"
            )
        )
        self.roles.set_role(account.role)
        self.disabled.setChecked(account.disabled)
        self.self_note.setVisible(self._is_me(account))

    # ---- changes ------------------------------------------------------------------------
    def add(self) -> None:
        dialog = AddAccountDialog(self.ctx, self)
        if dialog.exec() and dialog.account is not None:
            self.reload(dialog.account.username)
            self._said(self.tr("The account %1 was added.").replace("%1", dialog.account.username))

    def new_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = NewPasswordDialog(self.ctx, account, self)
        if dialog.exec():
            self._said(
                self.tr("%1 has a new password. Tell it to them in person.").replace(
                    "%1", account.username
                )
            )

    def save_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        accounts = self.accounts
        username, role, off = account.username, self.roles.role(), self.disabled.isChecked()
        other_admins = any(
            u.role is Role.ADMIN and not u.disabled and u.username != username for u in self.users
        )
        # Asked only when it would work: the last administrator is refused by the service.
        if self._is_me(account) and (off or role is not Role.ADMIN) and other_admins:
            question = (
                self.tr("Turn off your own account? You will not be able to log in with it again.")
                if off
                else self.tr(
                    "Give up being an administrator? From your next login you will no longer "
                    "manage the accounts and settings."
                )
            )
            if not self.ctx.prompts.confirm(self.windowTitle(), question):
                return

        def saved(_result: object) -> None:
            self.reload(username)
            self._said(self.tr("Saved."))

        def failed(error: UserError) -> None:
            # Back to what is stored, so the radio buttons do not claim what was refused.
            self.roles.set_role(account.role)
            self.disabled.setChecked(account.disabled)
            self.error.show_error(error_message(error))

        self.ctx.runner.run(lambda: accounts.set_role(username, role, off), saved, failed)

    def _said(self, text: str) -> None:
        self.done_label.setText(text)
        self.done_label.show()

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.windowTitle(), error)
