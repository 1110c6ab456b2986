"""What a wheel ships: every package listed by hand, resources and translations inside."""

import importlib
import json
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

import xhht_desktop
from xhht_desktop.services.admin_units import GAZETTEER_FILE, Gazetteer

PACKAGE = Path(xhht_desktop.__file__).parent
PROJECT = PACKAGE.parent
PYPROJECT = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
LISTED = set(SETUPTOOLS["packages"])
MAPPED = SETUPTOOLS.get("package-dir", {})


def package_dirs() -> set[str]:
    found = set()
    for init in PACKAGE.rglob("__init__.py"):
        parts = init.parent.relative_to(PROJECT).parts
        found.add(".".join(parts))
    return found


def test_every_package_under_the_source_tree_is_listed():
    found = package_dirs()
    assert {"xhht_desktop", "xhht_desktop.domain", "xhht_desktop.storage"} <= found
    assert sorted(found - LISTED) == []


def test_every_listed_package_exists():
    for name in LISTED:
        folder = PROJECT / MAPPED[name] if name in MAPPED else PROJECT / name.replace(".", "/")
        assert (folder / "__init__.py").is_file(), name


@pytest.mark.parametrize(
    ("package", "folder"),
    [("xhht_desktop.resources", "resources"), ("xhht_desktop.translations", "translations")],
)
def test_mapped_packages_are_importable(package, folder):
    assert MAPPED[package] == folder
    assert package in LISTED
    module = importlib.import_module(package)
    root = files(module)
    assert root.is_dir()
    assert (root / "__init__.py").is_file()
    assert Path(str(root)).resolve() == (PROJECT / folder).resolve()


def test_migrations_ship_with_their_template():
    data = SETUPTOOLS["package-data"]
    assert "*.mako" in data["xhht_desktop.storage.migrations"]
    assert (files("xhht_desktop.storage") / "migrations" / "script.py.mako").is_file()
    versions = files("xhht_desktop.storage.migrations.versions")
    assert any(p.name.endswith(".py") and p.name[0].isdigit() for p in versions.iterdir())


def test_console_script_points_at_the_cli():
    assert PYPROJECT["project"]["scripts"]["xhht"] == "xhht_desktop.cli:main"
    module, _, func = PYPROJECT["project"]["scripts"]["xhht"].partition(":")
    assert callable(getattr(importlib.import_module(module), func))


def test_bundled_gazetteer_is_shipped():
    """`xhht demo` and any init with a province or commune code read this file."""
    path = files("xhht_desktop.resources") / "admin_units" / GAZETTEER_FILE
    assert path.is_file(), f"missing resources/admin_units/{GAZETTEER_FILE}"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"]
    gazetteer = Gazetteer()
    assert gazetteer.province("79") is not None
    assert gazetteer.commune("26743") is not None
    assert gazetteer.commune("26743").parent_code == "79"
