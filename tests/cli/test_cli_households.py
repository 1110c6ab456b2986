"""`xhht demo`, `xhht households list` and `xhht households add`."""

import csv
import io
import json

import pytest

from xhht_desktop.cli import LIST_COLUMNS
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services

FAMILIES = [
    {
        "house_number": "12",
        "street": "Lê Lợi",
        "group": "Tổ 1",
        "phone": "0903 123 456",
        "members": [
            {"full_name": "Trần Văn An", "birth_year": 1965},
            {"full_name": "Nguyễn Thị Hồng", "relation": "vo_chong", "birth_date": "15/3/1970"},
        ],
    },
    {
        "house_number": "7",
        "street": "Pasteur",
        "group": "Tổ 2",
        "economic_status": "ngheo",
        "notes": '=HYPERLINK("http://x")',
        "members": [{"full_name": "Lê Văn Tám"}],
    },
    {
        "house_number": "3",
        "street": "Đề Thám",
        "group": "Tổ 2",
        "notes": "@SUM(A1)",
        "members": [{"full_name": "Đặng Văn Đức"}, {"full_name": "Đặng Thị Hồng"}],
    },
]


def write_json(tmp_path, data, name="households.json"):
    path = tmp_path / name
    path.write_text(
        data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    return path


@pytest.fixture
def filled(run, where, tmp_path):
    assert run("init", *where).code == 0
    result = run("households", "add", *where, "--json", write_json(tmp_path, FAMILIES))
    assert result.code == 0, result.err
    return [int(line) for line in result.out.split()]


def listed_json(run, where, *args):
    result = run("households", "list", *where, "--format", "json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_demo_fills_and_sets_up_the_branch(run, where):
    result = run("demo", *where, "--households", "30")
    assert (result.code, result.out.strip()) == (0, "30"), result.err
    table = run("households", "list", *where)
    assert table.code == 0
    assert len(table.out.splitlines()) == 30
    assert run("check", *where).out.strip() == "ok"


def test_demo_is_deterministic_by_seed(run, tmp_path):
    for name in ("a", "b"):
        assert (
            run("demo", "--data-dir", tmp_path / name, "--households", "8", "--seed", "11").code
            == 0
        )
    first = run("households", "list", "--data-dir", tmp_path / "a", "--format", "csv").out
    second = run("households", "list", "--data-dir", tmp_path / "b", "--format", "csv").out
    assert first == second


def test_demo_refuses_a_negative_count(run, where):
    result = run("demo", *where, "--households", "-1")
    assert result.code == 1
    assert result.err.startswith("Cannot use this input")


def test_add_prints_the_new_ids(filled):
    assert len(filled) == 3
    assert len(set(filled)) == 3


def test_add_a_single_object(run, where, tmp_path):
    run("init", *where)
    result = run("households", "add", *where, "--json", write_json(tmp_path, FAMILIES[1]))
    assert result.code == 0, result.err
    [row] = listed_json(run, where)
    assert row["id"] == int(result.out)
    assert row["head_name"] == "Lê Văn Tám"


def test_add_from_standard_input(run, where, monkeypatch):
    run("init", *where)
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps([FAMILIES[0]])))
    result = run("households", "add", *where, "--json", "-")
    assert result.code == 0, result.err
    assert [r["head_name"] for r in listed_json(run, where)] == ["Trần Văn An"]


def test_add_reads_a_file_with_a_byte_order_mark(run, where, tmp_path):
    run("init", *where)
    path = tmp_path / "bom.json"
    path.write_text(json.dumps(FAMILIES[1], ensure_ascii=False), encoding="utf-8-sig")
    assert run("households", "add", *where, "--json", path).code == 0


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_list_search_is_accent_insensitive(run, where, filled, fmt):
    result = run("households", "list", *where, "--search", "nguyen thi hong", "--format", fmt)
    assert result.code == 0, result.err
    assert "Trần Văn An" in result.out
    assert "Lê Văn Tám" not in result.out
    assert "Đặng Văn Đức" not in result.out


def test_list_json(run, where, filled):
    rows = listed_json(run, where)
    assert len(rows) == 3
    assert all(tuple(r) == LIST_COLUMNS for r in rows)
    by_head = {r["head_name"]: r for r in rows}
    an = by_head["Trần Văn An"]
    assert (an["address"], an["member_count"], an["phone"], an["economic_status"]) == (
        "12 Lê Lợi, Tổ 1",
        2,
        "0903123456",
        "khong",
    )
    assert by_head["Lê Văn Tám"]["notes"] == '=HYPERLINK("http://x")'  # JSON is not a sheet
    # Sorted by given name: An, Đức, Tám.
    assert [r["head_name"] for r in rows] == ["Trần Văn An", "Đặng Văn Đức", "Lê Văn Tám"]


def test_list_csv_has_a_header_and_neutralises_formulas(run, where, filled):
    result = run("households", "list", *where, "--format", "csv")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == ",".join(LIST_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(result.out)))
    by_head = {r["head_name"]: r for r in rows}
    assert by_head["Lê Văn Tám"]["notes"] == '\'=HYPERLINK("http://x")'
    assert by_head["Đặng Văn Đức"]["notes"] == "'@SUM(A1)"
    assert by_head["Trần Văn An"]["notes"] == ""
    assert by_head["Trần Văn An"]["phone"] == "0903123456"


def test_list_table_is_tab_separated(run, where, filled):
    lines = run("households", "list", *where).out.splitlines()
    assert len(lines) == 3
    assert lines[0].split("\t")[1:4] == ["Trần Văn An", "12 Lê Lợi, Tổ 1", "2"]


def test_list_filters_by_group_and_status(run, where, filled):
    assert {r["head_name"] for r in listed_json(run, where, "--group", "Tổ 2")} == {
        "Lê Văn Tám",
        "Đặng Văn Đức",
    }
    assert [r["head_name"] for r in listed_json(run, where, "--status", "ngheo")] == ["Lê Văn Tám"]
    assert listed_json(run, where, "--group", "Tổ 1", "--status", "ngheo") == []
    assert listed_json(run, where, "--trash") == []


def test_list_of_an_empty_register(run, where):
    run("init", *where)
    assert listed_json(run, where) == []
    result = run("households", "list", *where, "--format", "csv")
    assert result.out.splitlines() == [",".join(LIST_COLUMNS)]


def test_invalid_json_names_the_file_and_line(run, where, tmp_path, filled):
    path = write_json(tmp_path, '[\n  {"members": []},\n  {"members": [}\n]', "broken.json")
    result = run("households", "add", *where, "--json", path)
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith(f"{path} is not valid JSON (line 3): ")
    assert len(listed_json(run, where)) == 3


def test_missing_file_is_reported(run, where, tmp_path):
    run("init", *where)
    path = tmp_path / "nowhere.json"
    result = run("households", "add", *where, "--json", path)
    assert result.code == 1
    assert result.err.startswith(f"Cannot read {path}: ")


def test_bad_field_names_the_household_and_field(run, where, tmp_path, filled):
    data = [FAMILIES[1], {"members": [{"full_name": "Võ Thị Sáu", "gender": "female"}]}]
    result = run("households", "add", *where, "--json", write_json(tmp_path, data))
    assert result.code == 1
    assert result.err.strip() == (
        "Household 2: field \"members.0.gender\" has an unusable value 'female'."
    )
    assert len(listed_json(run, where)) == 3  # the good first one was not saved either


def test_validation_failure_saves_nothing(run, where, tmp_path, filled):
    data = [FAMILIES[1], {"phone": "12345", "members": [{"full_name": ""}]}]
    result = run("households", "add", *where, "--json", write_json(tmp_path, data))
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == "Some fields need attention."
    assert "  members.0.full_name: Please enter a name." in lines
    assert any(line.startswith("  phone: Not a Vietnamese phone number") for line in lines)
    assert len(listed_json(run, where)) == 3


def test_add_before_init_is_refused(run, where, tmp_path):
    result = run("households", "add", *where, "--json", write_json(tmp_path, FAMILIES))
    assert result.code == 1
    assert "not set up yet" in result.err


def test_add_never_overwrites_an_existing_household(run, where, tmp_path, filled):
    """Files from elsewhere are added: an "id" in them must not edit a local household."""
    incoming = {"id": filled[0], "members": [{"full_name": "Võ Thị Sáu"}]}
    result = run("households", "add", *where, "--json", write_json(tmp_path, incoming))
    rows = {r["id"]: r for r in listed_json(run, where)}
    assert rows[filled[0]]["head_name"] == "Trần Văn An"  # still there, unchanged
    assert rows[filled[0]]["member_count"] == 2
    # Either refused, or added as a new household.
    assert result.code == 1 or "Võ Thị Sáu" in {r["head_name"] for r in rows.values()}


def test_add_errors_in_vietnamese_exit_1(run, where, tmp_path, monkeypatch):
    monkeypatch.setenv("XHHT_LANG", "vi")
    run("init", *where)
    assert (
        run("households", "add", *where, "--json", write_json(tmp_path, "{", "bad.json")).code == 1
    )
    assert (
        run(
            "households",
            "add",
            *where,
            "--json",
            write_json(tmp_path, {"members": [{"full_name": ""}]}),
        ).code
        == 1
    )
    assert run("households", "add", *where, "--json", write_json(tmp_path, FAMILIES)).code == 0


def test_db_option_works_for_every_command(run, tmp_path):
    db = ["--db", tmp_path / "usb" / "chi-hoi.db"]
    assert run("demo", *db, "--households", "2").out.strip() == "2"
    assert run("households", "add", *db, "--json", write_json(tmp_path, FAMILIES)).code == 0
    assert len(listed_json(run, db)) == 5
    assert run("check", *db).code == 0
    assert run("init", *db).code == 1  # already set up
    assert sorted(p.name for p in (tmp_path / "usb").iterdir() if p.suffix == ".db") == [
        "chi-hoi.db"
    ]


def test_demo_refuses_a_real_register(run, tmp_path):
    db = ["--db", tmp_path / "real.db"]
    assert run("init", *db, "--name", "Chi hội Ấp 2").code == 0
    result = run("demo", *db, "--households", "5")
    assert result.code == 1
    assert "Chi hội Ấp 2" in result.err and "never mixed" in result.err
    assert listed_json(run, db) == []


def test_list_trash(run, where, filled, tmp_path, gazetteer):
    services = open_services(AppPaths.resolve(data_dir=tmp_path / "data"), gazetteer)
    try:
        services.households.delete(filled[1])
    finally:
        services.close()
    trash = listed_json(run, where, "--trash")
    assert [r["head_name"] for r in trash] == ["Lê Văn Tám"]
    assert "Lê Văn Tám" not in {r["head_name"] for r in listed_json(run, where)}


def test_list_as_pdf(run, where, filled, tmp_path):
    out = tmp_path / "list.pdf"
    result = run("households", "list", *where, "--format", "pdf", "--out", out)
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF")
    assert run("households", "list", *where, "--format", "pdf").code == 1  # no --out


def test_list_and_report_as_excel(run, where, filled, tmp_path):
    from openpyxl import load_workbook

    households = tmp_path / "ho.xlsx"
    result = run("households", "list", *where, "--format", "xlsx", "--out", households)
    assert result.code == 0, result.err
    names = {r["head_name"] for r in listed_json(run, where)}
    cells = {c for row in load_workbook(households).active.iter_rows(values_only=True) for c in row}
    assert names <= cells
    figures = tmp_path / "so-lieu.xlsx"
    assert run("report", *where, "--year", "2026", "--format", "xlsx", "--out", figures).code == 0
    assert load_workbook(figures).active.max_row > 3
    assert run("report", *where, "--year", "2026", "--format", "xlsx").code == 1  # no --out


def test_report_counts_per_model(run, where, filled):
    result = run("report", *where, "--year", "2026", "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    family = next(m for m in data["models"] if m["model"] == "gia_dinh")
    assert family["registered"] == 0 and family["subjects"] >= 1
    csv_out = run("report", *where, "--year", "2026", "--format", "csv", "--by-group")
    assert csv_out.out.splitlines()[0] == (
        "model,group,subjects,registered,scored,proposed,recognised,commended"
    )


def test_documents_of_a_year(run, where, filled, tmp_path):
    result = run("documents", *where, "--year", "2026", "--out", tmp_path / "docs")
    assert result.code == 0, result.err
    assert result.out == ""  # nobody registered: nothing to print
