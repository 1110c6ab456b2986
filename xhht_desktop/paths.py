"""Where the data lives: resolved once from the command line and platformdirs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xhht_desktop import APP_NAME

DB_NAME = "xhht.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    db_path: Path

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def key_path(self) -> Path:
        """The installation's signing key (certificates' QR codes, packages)."""
        return self.data_dir / "keys" / "installation-ed25519.pem"

    @property
    def assets_dir(self) -> Path:
        """Images the user picked for printing (a logo), copied so they cannot go missing."""
        return self.data_dir / "assets"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / f"{self.db_path.name}.lock"

    @classmethod
    def resolve(
        cls, data_dir: str | Path | None = None, db: str | Path | None = None, demo: bool = False
    ) -> AppPaths:
        """`--db FILE` wins (its folder holds backups and logs), then `--data-dir`, then the
        platform's per-user data folder. The demo has a folder of its own."""
        if db is not None:
            db_path = Path(db).expanduser().absolute()
            return cls(db_path.parent, db_path)
        base = Path(data_dir).expanduser().absolute() if data_dir else default_data_dir()
        if demo:
            base = base / "demo"
        return cls(base, base / DB_NAME)


def default_data_dir() -> Path:
    from platformdirs import user_data_path  # only when no folder was given: keeps start-up light

    return user_data_path(APP_NAME, appauthor=False, roaming=False)
