import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from xhht_desktop import cli as cli_module


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(monkeypatch, gazetteer):
    """Run `xhht ARGS` in-process in English, with the small test gazetteer."""
    monkeypatch.setenv("XHHT_LANG", "en")
    real_open = cli_module.open_services
    monkeypatch.setattr(
        cli_module, "open_services", lambda paths, _gazetteer=None: real_open(paths, gazetteer)
    )

    def run(*args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        code = cli_module.main([str(a) for a in args], stdout=out, stderr=err)
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def where(tmp_path: Path) -> list[str]:
    """`--data-dir DIR` for a fresh data folder."""
    return ["--data-dir", str(tmp_path / "data")]


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "xhht.sqlite3"
