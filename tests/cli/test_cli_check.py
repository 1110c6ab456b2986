"""`xhht check`: ok on a healthy file, a clear message on a damaged one."""

import sqlite3

import pytest


def test_check_ok_on_a_new_database(run, where):
    assert run("init", *where).code == 0
    result = run("check", *where)
    assert (result.code, result.out, result.err) == (0, "ok\n", "")


def test_check_ok_after_demo(run, where):
    run("demo", *where, "--households", "15")
    assert run("check", *where).code == 0


@pytest.mark.parametrize("how", ["--db", "--data-dir"])
def test_check_on_a_garbage_file_says_damaged_and_changes_nothing(run, tmp_path, how):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "xhht.sqlite3"
    path.write_bytes(b"this is not a database\n" * 100)
    result = run("check", how, path if how == "--db" else folder)
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith(
        "The data file is damaged (file is not a database). Nothing was changed."
    )
    assert str(folder / "backups") in result.err
    assert path.read_bytes() == b"this is not a database\n" * 100
    assert sorted(p.name for p in folder.iterdir()) == ["xhht.sqlite3"]


def test_check_reports_inconsistent_records(run, where, db_file):
    run("demo", *where, "--households", "5")
    conn = sqlite3.connect(db_file)
    try:
        with conn:
            conn.execute("UPDATE household SET member_count = 99 WHERE id = 2")
    finally:
        conn.close()
    result = run("check", *where)
    assert result.code == 1
    assert result.err.strip() == "Households whose member count is wrong: 2"
    assert "ok" not in result.out


def test_check_on_garbage_in_vietnamese_exits_1(run, tmp_path, monkeypatch):
    monkeypatch.setenv("XHHT_LANG", "vi")
    path = tmp_path / "x.db"
    path.write_bytes(b"garbage" * 100)
    assert run("check", "--db", path).code == 1


def test_database_from_a_newer_version_is_refused(run, where, db_file):
    assert run("init", *where).code == 0
    conn = sqlite3.connect(db_file)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        conn.close()
    before = db_file.read_bytes()
    for args in (["check"], ["households", "list"], ["init"]):
        result = run(*args, *where)
        assert result.code == 1
        assert result.err.startswith("This data was written by a newer version of XHHT Desktop.")
    assert db_file.read_bytes() == before
