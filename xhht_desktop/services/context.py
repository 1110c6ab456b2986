"""Everything the GUI and the CLI use, built in one place over one open database."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from xhht_desktop.paths import AppPaths
from xhht_desktop.services.accounts import AccountService
from xhht_desktop.services.activities import ActivityService
from xhht_desktop.services.admin_units import Gazetteer
from xhht_desktop.services.backups import BackupService
from xhht_desktop.services.certificates import CertificateService
from xhht_desktop.services.criteria_sets import CriteriaSetService
from xhht_desktop.services.cycle_documents import CycleDocumentService
from xhht_desktop.services.documents import DocumentService
from xhht_desktop.services.drafts import DraftStore
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.exchange import ExchangeService
from xhht_desktop.services.groups import GroupService
from xhht_desktop.services.households import HouseholdService
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.integrity import IntegrityService
from xhht_desktop.services.unit_statistics import UnitStatisticsService
from xhht_desktop.storage.database import Database, open_database

if TYPE_CHECKING:
    from xhht_desktop.services.excel_export import ExcelExportService


@dataclass
class Services:
    paths: AppPaths
    database: Database
    gazetteer: Gazetteer
    installation: InstallationService
    households: HouseholdService
    activities: ActivityService
    groups: GroupService
    integrity: IntegrityService
    drafts: DraftStore
    documents: DocumentService
    criteria: CriteriaSetService
    evaluation: EvaluationService
    cycle_documents: CycleDocumentService
    certificates: CertificateService
    exchange: ExchangeService
    unit_statistics: UnitStatisticsService
    accounts: AccountService
    backups: BackupService

    @cached_property
    def excel(self) -> ExcelExportService:
        # Imported on first use: openpyxl is not needed to start the app.
        from xhht_desktop.services.excel_export import ExcelExportService

        return ExcelExportService(
            self.installation, self.households, self.activities, self.evaluation
        )

    def close(self) -> None:
        self.database.close()


def open_services(paths: AppPaths, gazetteer: Gazetteer | None = None) -> Services:
    database = open_database(paths.db_path, paths.backups_dir)
    gazetteer = gazetteer or Gazetteer()
    accounts = AccountService(database.sessions)  # before any write: the audit trail's name
    installation = InstallationService(database.sessions, gazetteer, accounts.require_admin)

    def origin_unit() -> str:
        return installation.require().unit_code

    def community_name() -> str:
        return installation.require().unit_name

    households = HouseholdService(database.sessions, origin_unit)
    criteria = CriteriaSetService(database.sessions, origin_unit)
    evaluation = EvaluationService(
        database.sessions, origin_unit, community_name, criteria, who=accounts.who
    )
    activities = ActivityService(database.sessions, origin_unit)
    return Services(
        paths=paths,
        database=database,
        gazetteer=gazetteer,
        installation=installation,
        households=households,
        activities=activities,
        groups=GroupService(database.sessions, origin_unit),
        integrity=IntegrityService(database),
        drafts=DraftStore(paths.data_dir / "drafts"),
        documents=DocumentService(installation, households),
        criteria=criteria,
        evaluation=evaluation,
        cycle_documents=CycleDocumentService(installation, evaluation, criteria),
        certificates=CertificateService(
            database.sessions,
            installation,
            evaluation,
            paths.key_path,
            paths.assets_dir,
            who=accounts.who,
        ),
        exchange=ExchangeService(
            database, installation, paths.key_path, paths.backups_dir, who=accounts.who
        ),
        unit_statistics=UnitStatisticsService(database.sessions, installation),
        accounts=accounts,
        backups=BackupService(paths.db_path, paths.backups_dir),
    )
