"""Shared fixtures. Qt must render offscreen: set before anything imports a Qt platform."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from xhht_desktop.paths import AppPaths
from xhht_desktop.services.admin_units import Gazetteer
from xhht_desktop.services.context import Services, open_services
from xhht_desktop.services.demo import DEMO_INSTALLATION

# A few real units of the 2025 list: enough for the demo branch (79 / 26743) and for
# "commune not in province" checks (a Hà Nội ward under Hồ Chí Minh City).
GAZETTEER_DATA = {
    "version": "test",
    "provinces": [
        {
            "code": "79",
            "name": "Thành phố Hồ Chí Minh",
            "kind": "thanh_pho",
            "communes": [
                {"code": "26743", "name": "Phường Bến Thành", "kind": "phuong"},
                {"code": "26734", "name": "Phường Sài Gòn", "kind": "phuong"},
                {"code": "27004", "name": "Xã Bình Chánh", "kind": "xa"},
            ],
        },
        {
            "code": "01",
            "name": "Thành phố Hà Nội",
            "kind": "thanh_pho",
            "communes": [
                {"code": "00004", "name": "Phường Ba Đình", "kind": "phuong"},
                {"code": "00070", "name": "Phường Hoàn Kiếm", "kind": "phuong"},
            ],
        },
    ],
}


@pytest.fixture
def gazetteer() -> Gazetteer:
    """A small in-test list of administrative units (the bundled one is not read)."""
    return Gazetteer(GAZETTEER_DATA)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def bare_services(data_dir: Path, gazetteer: Gazetteer) -> Iterator[Services]:
    """Services over a new file database with no installation set up yet."""
    services = open_services(AppPaths.resolve(data_dir=data_dir), gazetteer)
    try:
        yield services
    finally:
        services.close()


@pytest.fixture
def services(bare_services: Services) -> Services:
    """Services over a new file database set up as the demo branch (no households)."""
    bare_services.installation.save(DEMO_INSTALLATION)
    return bare_services
