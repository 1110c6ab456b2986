"""Arrows point down only: domain ← storage ← services ← ui (ARCHITECTURE.md).

Reads every module of the package with `ast` (nothing is imported), resolves relative imports,
and checks each import against the layer of the module that makes it.
"""

import ast
import sys
from pathlib import Path

import pytest

import xhht_desktop

PACKAGE = Path(xhht_desktop.__file__).parent
ROOT = "xhht_desktop"

# Rank of each part of the package; a module may import only parts of lower or equal rank.
# Top-level modules shared by all layers (errors, paths, messages…) sit just above domain.
LAYERS = {"domain": 0, "core": 1, "storage": 2, "services": 3, "cli": 4, "ui": 5}
CORE = {"errors", "paths", "messages", "logging_setup", "__init__"}
FRONT_NO_QT = {"cli", "catalog"}
QT_ALLOWED = {"ui", "app", "__main__"}  # app.py is the composition root


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    """The layer of a module of ours, by its dotted name."""
    parts = module.split(".")
    if len(parts) == 1:
        return "core"  # the package itself
    first = parts[1]
    if first in ("domain", "storage", "services", "ui"):
        return first
    if first in CORE:
        return "core"
    if first in FRONT_NO_QT:
        return "cli"
    return "ui"  # app, __main__: the top


def imports_of(path: Path) -> list[tuple[str, int]]:
    """Absolute names imported by the module at `path`, with line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = (
        module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    )
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            found.append((target, node.lineno))
            # "from xhht_desktop import cli" imports a module, not just the package.
            if target.split(".")[0] == ROOT:
                found += [
                    (f"{target}.{alias.name}", node.lineno)
                    for alias in node.names
                    if (PACKAGE.parent / target.replace(".", "/") / alias.name).exists()
                    or (PACKAGE.parent / target.replace(".", "/") / f"{alias.name}.py").exists()
                ]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "__import__"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((str(node.args[0].value), node.lineno))
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_the_walk_sees_the_package():
    names = {module_name(p) for p in SOURCES}
    assert {
        "xhht_desktop.domain.text",
        "xhht_desktop.storage.engine",
        "xhht_desktop.services.households",
        "xhht_desktop.cli",
    } <= names


def violations(path: Path) -> list[str]:
    me = module_name(path)
    my_layer = layer_of(me)
    relative = path.relative_to(PACKAGE)
    top = relative.parts[0].removesuffix(".py")
    problems = []
    for target, line in imports_of(path):
        first = target.split(".")[0]
        where = f"{relative}:{line} imports {target}"
        if my_layer == "domain" and first != ROOT and first not in sys.stdlib_module_names:
            problems.append(f"{where}: domain/ may use the standard library only")
        if first == "PySide6" and top not in QT_ALLOWED:
            problems.append(f"{where}: only ui/ and app.py may use Qt")
        if first == "shiboken6" and top not in QT_ALLOWED:
            problems.append(f"{where}: only ui/ and app.py may use Qt")
        if first != ROOT:
            continue
        their_layer = layer_of(target)
        if my_layer == "domain" and their_layer != "domain":
            problems.append(f"{where}: domain/ imports nothing of ours above it")
        elif LAYERS[their_layer] > LAYERS[my_layer]:
            problems.append(f"{where}: {my_layer} must not import {their_layer}")
        if my_layer == "cli" and target.split(".")[1:2] in (["app"], ["__main__"]):
            problems.append(f"{where}: the command line must not load the GUI")
    return problems


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_respect_the_layers(path):
    assert violations(path) == []


def test_the_checker_catches_violations(tmp_path, monkeypatch):
    """The rules above would see a violation (so a green run means something)."""
    fake = tmp_path / ROOT
    (fake / "domain").mkdir(parents=True)
    (fake / "storage").mkdir()
    bad_domain = fake / "domain" / "bad.py"
    bad_domain.write_text("import sqlalchemy\nfrom ..storage import orm\nfrom . import text\n")
    bad_storage = fake / "storage" / "bad.py"
    bad_storage.write_text(
        "from PySide6.QtCore import QObject\nfrom xhht_desktop.services import households\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert [t for t, _ in imports_of(bad_domain)] == [
        "sqlalchemy",
        "xhht_desktop.storage",
        "xhht_desktop.domain",
    ]
    assert layer_of("xhht_desktop.storage.orm") == "storage"
    assert [v.split(": ", 1)[1] for v in violations(bad_domain)] == [
        "domain/ may use the standard library only",
        "domain/ imports nothing of ours above it",
    ]
    assert [v.split(": ", 1)[1] for v in violations(bad_storage)] == [
        "only ui/ and app.py may use Qt",
        "storage must not import services",
    ]
