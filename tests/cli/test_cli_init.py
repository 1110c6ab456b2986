"""`xhht init`: set up a database once, with or without options."""

import re

import pytest

from xhht_desktop.domain.entities import Level
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.installation import DEFAULT_GROUPS


def installation(data_dir, gazetteer):
    services = open_services(AppPaths.resolve(data_dir=data_dir), gazetteer)
    try:
        return services.installation.get()
    finally:
        services.close()


def test_init_without_options_makes_a_placeholder_branch(run, where, db_file, tmp_path, gazetteer):
    result = run("init", *where)
    assert result.code == 0, result.err
    code, name, path = result.out.rstrip("\n").split("\t")
    assert re.fullmatch(r"CHIHOI-[0-9A-F]{8}", code)
    assert name == "Chi hội khuyến học (chưa đặt tên)"
    assert path == str(db_file)
    assert db_file.is_file()
    inst = installation(tmp_path / "data", gazetteer)
    assert (inst.level, inst.unit_code, inst.groups) == (Level.BRANCH, code, DEFAULT_GROUPS)


def test_init_branch_with_options(run, where, tmp_path, gazetteer):
    result = run(
        "init",
        *where,
        "--name",
        "Chi hội Khu phố 3",
        "--province",
        "79",
        "--commune",
        "26743",
        "--association",
        "Hội Khuyến học phường Bến Thành",
        "--groups",
        "Tổ 1, Tổ 2,Tổ 3,",
    )
    assert result.code == 0, result.err
    assert result.out.startswith("26743-CHI-HOI-KHU-PHO-3\tChi hội Khu phố 3\t")
    inst = installation(tmp_path / "data", gazetteer)
    assert inst.groups == ("Tổ 1", "Tổ 2", "Tổ 3")
    assert inst.commune_name == "Phường Bến Thành"
    assert inst.association_name == "Hội Khuyến học phường Bến Thành"
    assert inst.gazetteer_version == "test"


def test_init_commune_association(run, where):
    result = run("init", *where, "--level", "xa-phuong", "--province", "79", "--commune", "26743")
    assert result.code == 0, result.err
    assert result.out.startswith("26743\tPhường Bến Thành\t")


def test_init_province_association_with_own_code(run, where, tmp_path, gazetteer):
    result = run("init", *where, "--level", "tinh", "--province", "01", "--unit-code", "HN-KH")
    assert result.code == 0, result.err
    assert result.out.startswith("HN-KH\tThành phố Hà Nội\t")
    assert installation(tmp_path / "data", gazetteer).groups == ()


def test_second_init_is_refused(run, where, tmp_path, gazetteer):
    assert run("init", *where).code == 0
    before = installation(tmp_path / "data", gazetteer)
    result = run("init", *where, "--name", "Chi hội khác")
    assert result.code == 1
    assert result.out == ""
    assert result.err.strip() == "This database is already set up. Change it in Settings."
    assert installation(tmp_path / "data", gazetteer) == before


def test_invalid_init_lists_the_problems_and_saves_nothing(run, where, tmp_path, gazetteer):
    result = run("init", *where, "--province", "79", "--commune", "00004", "--unit-code", "mã sai")
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == "Some fields need attention."
    assert "  commune_code: Ward/commune 00004 is not in the chosen province." in lines
    assert any(line.startswith("  unit_code: A unit code has 1 to 40") for line in lines)
    assert installation(tmp_path / "data", gazetteer) is None
    assert run("init", *where).code == 0  # nothing was half-done


def test_init_commune_level_needs_a_commune(run, where):
    result = run("init", *where, "--level", "xa-phuong", "--province", "79")
    assert result.code == 1
    assert "  commune_code: Please choose the ward/commune." in result.err.splitlines()


def test_init_with_db_file(run, tmp_path, gazetteer):
    target = tmp_path / "elsewhere" / "chi-hoi.db"
    result = run("init", "--db", target)
    assert result.code == 0, result.err
    assert result.out.rstrip("\n").endswith(f"\t{target}")
    assert target.is_file()
    assert not (tmp_path / "data").exists()


def test_db_and_data_dir_exclude_each_other(run, tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        run("init", "--db", tmp_path / "a.db", "--data-dir", tmp_path / "d")
    assert caught.value.code == 2
    assert "not allowed with" in capsys.readouterr().err
    assert not (tmp_path / "a.db").exists()


def test_second_init_in_vietnamese_exits_1(run, where, monkeypatch):
    monkeypatch.setenv("XHHT_LANG", "vi")
    assert run("init", *where).code == 0
    result = run("init", *where)
    assert result.code == 1
    assert result.err.strip()
