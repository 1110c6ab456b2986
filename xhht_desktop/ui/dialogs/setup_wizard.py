"""First start: who this installation is. Everything here can be changed later in Settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from xhht_desktop.domain.entities import Installation
from xhht_desktop.services.installation import InstallationService, placeholder
from xhht_desktop.ui.widgets.installation_form import InstallationForm


class SetupWizard(QWizard):
    def __init__(self, installation: InstallationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = installation
        self.result_installation: Installation | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(760, 560)
        self.welcome = QWizardPage()
        self.welcome_text = QLabel(wordWrap=True)
        QVBoxLayout(self.welcome).addWidget(self.welcome_text)
        self.unit_page = _UnitPage(self)
        self.form = InstallationForm(installation.gazetteer)
        start = placeholder()
        self.form.set_value(
            Installation(
                level=start.level,
                unit_code="",
                unit_name="",
                association_name="",
                groups=start.groups,
            )
        )
        QVBoxLayout(self.unit_page).addWidget(self.form)
        self.addPage(self.welcome)
        self.addPage(self.unit_page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up XHHT Desktop"))
        self.welcome.setTitle(self.tr("Welcome"))
        self.welcome_text.setText(
            self.tr(
                "XHHT Desktop keeps the records of your learning-promotion association on "
                "this computer, with no internet needed.\n\n"
                "First, say which association this computer works for. You can change all "
                "of it later in Settings."
            )
        )
        self.unit_page.setTitle(self.tr("Your association"))
        self.unit_page.setSubTitle(
            self.tr("Administrative units as in force since 1 July 2025 (QĐ 19/2025/QĐ-TTg).")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> bool:
        cleaned = self.service.clean(self.form.value())
        issues = self.service.validate(cleaned)
        self.form.show_issues(issues)
        if issues:
            return False
        self.result_installation, _ = self.service.save(cleaned)
        return True


class _UnitPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard

    def validatePage(self) -> bool:
        return self._wizard.save()
