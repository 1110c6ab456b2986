"""What every page and dialog works with, handed down from the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from xhht_desktop.errors import UserError
from xhht_desktop.services.context import Services
from xhht_desktop.ui.events import EventHub
from xhht_desktop.ui.messages import error_message
from xhht_desktop.ui.prompts import Prompts
from xhht_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class UiContext:
    services: Services
    runner: TaskRunner
    events: EventHub
    prompts: Prompts
    restore_database: Callable[[Path], None] | None = None  # DesktopApp.restore_backup

    def show_error(self, title: str, error: UserError) -> None:
        self.prompts.error(title, error_message(error))
