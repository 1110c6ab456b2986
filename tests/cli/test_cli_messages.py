"""Words for codes without Qt: English sources, translations read from .ts files."""

import ast
import re
from pathlib import Path

import pytest

import xhht_desktop
from xhht_desktop import catalog
from xhht_desktop.catalog import cli_language, message
from xhht_desktop.messages import MESSAGES, render
from xhht_desktop.services import integrity

PACKAGE = Path(xhht_desktop.__file__).parent
CODE = re.compile(r"[a-z_]+(?:\.[a-z_]+)*")


def test_english_message_with_parameters():
    assert message("text.too_long", {"max": 30}, "en") == "Too long: at most 30 characters."
    assert (
        message("input.bad_json", {"file": "a.json", "line": 3, "detail": "Expecting ','"}, "en")
        == "a.json is not valid JSON (line 3): Expecting ','"
    )


def test_unknown_code_falls_back_to_the_generic_message():
    assert message("no.such.code", None, "en") == "Something went wrong: no.such.code"


def test_missing_or_odd_parameters_are_harmless():
    assert message("text.too_long", {}, "en") == "Too long: at most {max} characters."
    assert render("{a} and {b}", {"a": 1}) == "{a} and {b}"
    assert render("{0}", {}) == "{0}"
    assert render("x {a} y", {"a": "{b}", "b": 2}) == "x {b} y"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"XHHT_LANG": "en"}, "en"),
        ({"XHHT_LANG": "vi"}, "vi"),
        ({"XHHT_LANG": "EN_gb"}, "en"),
        ({"XHHT_LANG": "vi", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "vi:en", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LC_ALL": "C.UTF-8"}, "vi"),
        ({}, "vi"),
    ],
)
def test_cli_language(monkeypatch, env, expected):
    for var in ("XHHT_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert cli_language() == expected


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zz">
<context>
    <name>Messages</name>
    <message><source>Please enter a name.</source>
        <translation>Vui lòng nhập họ tên.</translation></message>
    <message><source>Too long: at most {max} characters.</source>
        <translation>Quá dài: tối đa {max} ký tự.</translation></message>
    <message><source>Please choose the province.</source>
        <translation type="unfinished">Chưa xong</translation></message>
    <message><source>Please choose the ward/commune.</source>
        <translation type="vanished">Đã bỏ</translation></message>
    <message><source>Unknown province code {code}.</source>
        <translation></translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message><source>Something went wrong: {detail}</source>
        <translation>Không thuộc ngữ cảnh Messages</translation></message>
</context>
</TS>
"""


@pytest.fixture
def fake_translations(tmp_path, monkeypatch):
    (tmp_path / "xhht_zz.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(catalog, "files", lambda package: tmp_path)
    catalog._translations.cache_clear()
    yield
    catalog._translations.cache_clear()


def test_translations_come_from_the_ts_file(fake_translations):
    assert message("name.required", None, "zz") == "Vui lòng nhập họ tên."
    assert message("text.too_long", {"max": 30}, "zz") == "Quá dài: tối đa 30 ký tự."
    # Unfinished, vanished and empty translations, and other contexts, are not used.
    assert message("unit.province_required", None, "zz") == "Please choose the province."
    assert message("unit.commune_required", None, "zz") == "Please choose the ward/commune."
    assert message("unit.unknown_province", {"code": "99"}, "zz") == "Unknown province code 99."
    assert message("error", {"detail": "x"}, "zz") == "Something went wrong: x"


def test_a_language_without_a_file_falls_back_to_english(fake_translations):
    assert message("name.required", None, "xx") == "Please enter a name."


def codes_used_in_the_package():
    """Every message code the package raises, reports or returns, found by reading it."""
    found: set[str] = set()
    first_arg = {"UserError", "BadInput", "NotFound", "Problem"}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                index = 1 if name == "Issue" else 0 if name in first_arg else None
                if index is not None and len(node.args) > index:
                    arg = node.args[index]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.add(arg.value)
            elif isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (
                        isinstance(item, ast.Assign)
                        and len(item.targets) == 1
                        and getattr(item.targets[0], "id", None) == "code"
                        and isinstance(item.value, ast.Constant)
                    ):
                        found.add(item.value.value)
    found.update(integrity._CONSISTENCY)
    return {code for code in found if CODE.fullmatch(code)}


def test_every_code_has_words():
    used = codes_used_in_the_package()
    assert {"household.move_head", "unit.bad_code", "db.damaged", "name.required"} <= used
    assert sorted(used - set(MESSAGES)) == []


def test_every_explanation_of_a_suggested_score_has_words():
    from xhht_desktop.domain.derivation import EXPLANATION_CODES

    assert sorted(EXPLANATION_CODES - set(MESSAGES)) == []
