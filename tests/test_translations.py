"""Translations are built artefacts: sources complete, compiled files up to date."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "", m)
        for c in root.iter("context")
        for m in c.iter("message")
    ]


@pytest.mark.parametrize("name", ["xhht_vi.ts", "qtbase_vi.ts"])
def test_every_message_is_translated_and_keeps_its_placeholders(name):
    found = messages(TRANSLATIONS / name)
    assert found
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        for placeholder in re.findall(r"%\d|%n|\{\w+\}", source):
            assert placeholder in text, (context, source, text)


def test_compiled_files_match_their_sources():
    result = subprocess.run(
        [sys.executable, str(TRANSLATIONS / "build.py"), "check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_string_in_the_code_is_in_the_vietnamese_file(tmp_path):
    fresh = tmp_path / "fresh_vi.ts"
    files = sorted(
        str(p) for p in (ROOT / "xhht_desktop").rglob("*.py") if "migrations" not in p.parts
    )
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate) if lupdate.exists() else "pyside6-lupdate", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    have = {(c, s) for c, s, _ in messages(TRANSLATIONS / "xhht_vi.ts")}
    assert wanted - have == set()
