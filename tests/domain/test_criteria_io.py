"""Criteria sets as JSON: exact round trips, strict parsing with paths, and the shipped samples."""

import json
import unicodedata
from decimal import Decimal
from importlib.resources import files

import pytest
from hypothesis import given
from test_criteria import FAST, criteria_sets, make_set

from xhht_desktop.domain.criteria import (
    Band,
    Criterion,
    CriterionMinimum,
    Kind,
    Model,
    Rule,
    Status,
    clean_criteria_set,
    validate_criteria_set,
)
from xhht_desktop.domain.criteria_io import (
    FORMAT,
    FORMAT_VERSION,
    CriteriaFileError,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from xhht_desktop.domain.validation import Issue

CRITERIA = files("xhht_desktop.resources") / "criteria"
SAMPLES = sorted(p.name for p in CRITERIA.iterdir() if p.name.endswith(".json"))


def rich_set():
    return make_set(
        criteria=(
            Criterion(
                "1",
                "Học tập của trẻ em trong gia đình",
                Decimal("27.5"),
                guidance="Dòng 1\nDòng 2",
                evidence="Giấy khen",
                children=(
                    Criterion(
                        "1.a",
                        "Đến trường",
                        20,
                        derive="children_in_school",
                        derive_params={"max_age": 14, "min_age": 6},
                    ),
                    Criterion("1.b", "Kết quả học tập", Decimal("12.5")),
                ),
            ),
            Criterion("2", "Có ban khuyến học", kind=Kind.PASS_FAIL, derive="attended_activity"),
        ),
        rule=Rule(
            min_total=Decimal("20.5"),
            min_per_criterion=(CriterionMinimum("1", 10),),
            knock_outs=("2",),
            bands=(Band("tot", 25, "Tốt"), Band("chua_dat", 0)),
        ),
        last_year=2030,
        document="Quyết định 448/QĐ-KHVN",
        sample=True,
        note="Mẫu",
        point_step=Decimal("0.5"),
    )


def error_of(data):
    with pytest.raises(CriteriaFileError) as caught:
        from_dict(data)
    return caught.value


# --- writing and round trips -----------------------------------------------------------------


def test_round_trip_through_a_dict_and_through_text():
    cs = rich_set()
    assert validate_criteria_set(cs) == []
    assert from_dict(to_dict(cs)) == cs
    assert loads(dumps(cs)) == cs
    assert to_dict(from_dict(to_dict(cs))) == to_dict(cs)


def test_the_dict_is_plain_json():
    data = to_dict(rich_set())
    assert json.loads(json.dumps(data)) == data
    assert (data["format"], data["format_version"]) == ("xhht.criteria-set", 1)
    assert data["criteria"][0]["max_points"] == 27.5
    assert data["criteria"][0]["children"][0]["max_points"] == 20
    assert isinstance(data["criteria"][0]["children"][0]["max_points"], int)
    assert data["criteria"][1] == {
        "code": "2",
        "wording": "Có ban khuyến học",
        "kind": "pass_fail",
        "derive": "attended_activity",
    }
    assert data["criteria"][0]["children"][0]["derive_params"] == {"min_age": 6, "max_age": 14}
    assert list(data["criteria"][0]["children"][0]["derive_params"]) == ["min_age", "max_age"]
    assert "derive" not in data["criteria"][0]["children"][1]
    assert data["point_step"] == 0.5
    assert data["rule"]["bands"][1] == {"code": "chua_dat", "min_total": 0}


def test_newer_fields_at_their_default_are_left_out():
    """Files without a rule or a step are what an older version of the app wrote and reads."""
    data = to_dict(make_set())
    assert "point_step" not in data
    assert all("derive" not in c and "derive_params" not in c for c in data["criteria"])
    assert data["format_version"] == 1


def test_settings_round_trip_exactly_through_text():
    cs = make_set(
        criteria=(
            Criterion(
                "1",
                "Tỉ lệ gia đình học tập",
                40,
                derive="community_learning_families",
                derive_params={"families": "registered", "target_percent": 65, "x": Decimal("0.5")},
            ),
        ),
        rule=Rule(),
        model=Model.COMMUNITY,
    )
    text = dumps(cs)
    assert '"x": 0.5' in text
    assert loads(text) == cs
    assert loads(text).criteria[0].derive_params == (
        ("target_percent", 65),
        ("families", "registered"),
        ("x", Decimal("0.5")),
    )
    assert from_dict(json.loads(text)) == cs  # floats from a plain json.loads, read exactly


def test_a_byte_order_mark_is_ignored():
    assert loads("\ufeff" + dumps(rich_set())) == rich_set()


def test_text_keeps_vietnamese_readable():
    text = dumps(rich_set())
    assert "Học tập của trẻ em" in text
    assert text.endswith("}\n")


def test_writing_and_reading_make_text_nfc():
    nfd = unicodedata.normalize("NFD", "Học tập của trẻ em")
    cs = make_set(title=nfd)
    assert to_dict(cs)["title"] == "Học tập của trẻ em"
    data = to_dict(make_set())
    data["criteria"][1]["wording"] = "  " + nfd + " "
    assert from_dict(data).criteria[1].wording == "Học tập của trẻ em"


def test_numbers_never_pass_through_a_binary_float_when_read_from_text():
    data = to_dict(rich_set())
    assert from_dict(data).criteria[0].max_points == Decimal("27.5")  # a float in the dict
    text = dumps(rich_set()).replace("27.5", "27.50")
    assert str(loads(text).criteria[0].max_points) == "27.5"


def test_shape_is_checked_not_meaning():
    """A duplicate code parses; validate_criteria_set finds it, with the same path."""
    data = to_dict(make_set())
    data["criteria"][1]["code"] = "A"
    cs = from_dict(data)
    assert Issue("criteria.1.code", "criterion.duplicate_code", {"code": "A"}) in (
        validate_criteria_set(cs)
    )


@FAST
@given(criteria_sets())
def test_random_sets_round_trip_exactly(cs):
    clean = clean_criteria_set(cs)
    assert from_dict(to_dict(cs)) == clean
    assert loads(dumps(cs)) == clean
    assert from_dict(json.loads(json.dumps(to_dict(cs)))) == clean


# --- strict reading --------------------------------------------------------------------------


def test_errors_are_value_errors_with_an_issue():
    error = error_of([])
    assert isinstance(error, ValueError)
    assert error.issue == Issue("", "criteria_file.wrong_type", {"expected": "object"})


def test_not_json():
    with pytest.raises(CriteriaFileError) as caught:
        loads('{"format": "xhht.criteria-set",\n  oops}')
    assert caught.value.code == "criteria_file.not_json"
    assert caught.value.params["line"] == 2


@pytest.mark.parametrize("fmt", [None, "xhht.households", 1])
def test_another_kind_of_file_is_refused(fmt):
    data = to_dict(make_set())
    data["format"] = fmt
    assert error_of(data).issue == Issue(
        "format", "criteria_file.not_criteria_set", {"format": FORMAT}
    )


def test_a_newer_format_is_refused_with_its_own_code():
    data = to_dict(make_set())
    data["format_version"] = FORMAT_VERSION + 1
    data["a_field_from_the_future"] = True
    assert error_of(data).issue == Issue(
        "format_version", "criteria_file.too_new", {"version": 2, "supported": 1}
    )


@pytest.mark.parametrize(
    ("value", "code"),
    [(0, "criteria_file.bad_value"), ("1", "criteria_file.wrong_type"), (None, None)],
)
def test_format_version_must_be_a_known_integer(value, code):
    data = to_dict(make_set())
    if value is None:
        del data["format_version"]
        code = "criteria_file.missing_field"
    else:
        data["format_version"] = value
    error = error_of(data)
    assert (error.path, error.code) == ("format_version", code)


def _broken(edit):
    data = to_dict(rich_set())
    edit(data)
    return error_of(data)


@pytest.mark.parametrize(
    ("edit", "path", "code"),
    [
        (lambda d: d.pop("title"), "title", "criteria_file.missing_field"),
        (lambda d: d.pop("rule"), "rule", "criteria_file.missing_field"),
        (lambda d: d.update(titel="x"), "titel", "criteria_file.unknown_field"),
        (lambda d: d.update(version="1"), "version", "criteria_file.wrong_type"),
        (lambda d: d.update(version=True), "version", "criteria_file.wrong_type"),
        (lambda d: d.update(first_year=2016.0), "first_year", "criteria_file.wrong_type"),
        (lambda d: d.update(last_year="2020"), "last_year", "criteria_file.wrong_type"),
        (lambda d: d.update(sample="yes"), "sample", "criteria_file.wrong_type"),
        (lambda d: d.update(model="gia_dinh_hoc_tap"), "model", "criteria_file.bad_value"),
        (lambda d: d.update(status=None), "status", "criteria_file.bad_value"),
        (lambda d: d.update(criteria={}), "criteria", "criteria_file.wrong_type"),
        (lambda d: d["criteria"].append("1"), "criteria.2", "criteria_file.wrong_type"),
        (
            lambda d: d["criteria"][0]["children"][1].update(max_points="12,5"),
            "criteria.0.children.1.max_points",
            "criteria_file.wrong_type",
        ),
        (
            lambda d: d["criteria"][0]["children"][1].update(max_points=True),
            "criteria.0.children.1.max_points",
            "criteria_file.wrong_type",
        ),
        (
            lambda d: d["criteria"][0]["children"][0].pop("wording"),
            "criteria.0.children.0.wording",
            "criteria_file.missing_field",
        ),
        (
            lambda d: d["criteria"][0]["children"][0].update(points=5),
            "criteria.0.children.0.points",
            "criteria_file.unknown_field",
        ),
        (
            lambda d: d["criteria"][1].update(kind="yes_no"),
            "criteria.1.kind",
            "criteria_file.bad_value",
        ),
        (
            lambda d: d["criteria"][0].update(children=None),
            "criteria.0.children",
            "criteria_file.wrong_type",
        ),
        (lambda d: d["rule"].pop("min_total"), "rule.min_total", "criteria_file.missing_field"),
        (
            lambda d: d["rule"].update(knock_outs=[2]),
            "rule.knock_outs.0",
            "criteria_file.wrong_type",
        ),
        (
            lambda d: d["rule"]["min_per_criterion"][0].update(min="1"),
            "rule.min_per_criterion.0.min",
            "criteria_file.unknown_field",
        ),
        (
            lambda d: d["rule"]["bands"][0].update(min_total=None),
            "rule.bands.0.min_total",
            "criteria_file.wrong_type",
        ),
        (lambda d: d["rule"]["bands"].append([]), "rule.bands.2", "criteria_file.wrong_type"),
        (lambda d: d.update(point_step="0,5"), "point_step", "criteria_file.wrong_type"),
        (
            lambda d: d["criteria"][1].update(derive=3),
            "criteria.1.derive",
            "criteria_file.wrong_type",
        ),
        (
            lambda d: d["criteria"][1].update(derive_params=[6, 14]),
            "criteria.1.derive_params",
            "criteria_file.wrong_type",
        ),
        (
            lambda d: d["criteria"][0]["children"][0]["derive_params"].update(min_age=True),
            "criteria.0.children.0.derive_params.min_age",
            "criteria_file.wrong_type",
        ),
        (
            lambda d: d["criteria"][0]["children"][0]["derive_params"].update(min_age=None),
            "criteria.0.children.0.derive_params.min_age",
            "criteria_file.wrong_type",
        ),
    ],
)
def test_the_error_names_the_bad_field(edit, path, code):
    error = _broken(edit)
    assert (error.path, error.code) == (path, code)


def test_a_bad_enum_lists_what_is_allowed():
    error = _broken(lambda d: d.update(model="x"))
    assert error.params == {"allowed": [m.value for m in Model]}


def test_non_finite_numbers_are_refused():
    text = dumps(rich_set()).replace('"min_total": 20.5', '"min_total": NaN')
    with pytest.raises(CriteriaFileError) as caught:
        loads(text)
    assert (caught.value.path, caught.value.code) == ("rule.min_total", "criteria_file.bad_value")


def test_optional_fields_may_be_left_out():
    data = {
        "format": FORMAT,
        "format_version": 1,
        "key": "mau",
        "version": 1,
        "model": "dong_ho",
        "title": "Mẫu",
        "first_year": 2025,
        "status": "draft",
        "criteria": [{"code": "1", "wording": "Có quỹ khuyến học", "max_points": 100}],
        "rule": {"min_total": 50},
    }
    cs = from_dict(data)
    assert (cs.last_year, cs.document, cs.sample, cs.note) == (None, "", False, "")
    assert cs.point_step == Decimal("0.1")
    assert (cs.criteria[0].derive, cs.criteria[0].derive_params) == ("", ())
    assert cs.rule == Rule(min_total=50)
    assert validate_criteria_set(cs) == []


def test_a_bad_rule_parses_and_validation_names_it():
    data = to_dict(rich_set())
    data["criteria"][0]["children"][0]["derive"] = "tre_em_di_hoc"
    data["criteria"][0]["children"][0]["derive_params"]["min_age"] = 30
    cs = from_dict(data)
    assert Issue(
        "criteria.0.children.0.derive",
        "criterion.unknown_derivation",
        {"code": "1.a", "rule": "tre_em_di_hoc"},
    ) in validate_criteria_set(cs)
    data["criteria"][0]["children"][0]["derive"] = "children_in_school"
    assert Issue(
        "criteria.0.children.0.derive_params.max_age",
        "criterion.bad_derivation_params",
        {"code": "1.a", "param": "max_age"},
    ) in validate_criteria_set(from_dict(data))


# --- the shipped samples ---------------------------------------------------------------------


def test_the_samples_are_there():
    assert set(SAMPLES) >= {
        "gia_dinh_qd448_2015.json",
        "don_vi_tt22_2020.json",
        "dong_ho_mau.json",
        "cong_dong_thon_mau.json",
    }


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_loads_and_validates(name):
    text = (CRITERIA / name).read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    cs = loads(text)
    assert validate_criteria_set(cs) == []
    assert to_dict(cs) == json.loads(text)  # the file is exactly what the app would write
    # Samples are drafts: the association confirms the wording before anyone is scored on it.
    assert (cs.sample, cs.status) == (True, Status.DRAFT)
    assert "MẪU" in cs.note


def test_samples_have_distinct_keys_and_are_described():
    sets = [loads((CRITERIA / name).read_text(encoding="utf-8")) for name in SAMPLES]
    assert len({cs.key for cs in sets}) == len(sets)
    readme = (CRITERIA / "README.md").read_text(encoding="utf-8")
    for name in SAMPLES:
        assert name in readme


def test_family_sample_follows_decision_448():
    cs = loads((CRITERIA / "gia_dinh_qd448_2015.json").read_text(encoding="utf-8"))
    assert (cs.model, cs.first_year, cs.last_year) == (Model.FAMILY, 2016, 2020)
    assert "448/QĐ-KHVN" in cs.document
    assert cs.max_total == 100
    assert [(c.code, c.maximum) for c in cs.criteria][:2] == [("1", 30), ("2", 30)]
    assert [leaf.maximum for leaf in cs.find("1").children] == [10, 10, 10]
    assert cs.find("1.a").wording.startswith("Trẻ em ở độ tuổi phổ cập đều được đến trường")


def pre_filled(cs):
    return {
        leaf.code: (leaf.derive, dict(leaf.derive_params)) for leaf in cs.leaves() if leaf.derive
    }


def test_family_sample_pre_fills_what_the_register_can_answer():
    cs = loads((CRITERIA / "gia_dinh_qd448_2015.json").read_text(encoding="utf-8"))
    assert cs.point_step == Decimal("0.5")
    assert pre_filled(cs) == {
        "1.a": ("children_in_school", {"min_age": 6, "max_age": 14}),
        "2.a": ("adults_literate", {"min_age": 19, "max_age": 60}),
        "2.b": ("attended_activity", {"min_age": 19, "max_age": 60, "target_percent": 100}),
    }


def test_community_sample_pre_fills_its_share_and_its_activities():
    cs = loads((CRITERIA / "cong_dong_thon_mau.json").read_text(encoding="utf-8"))
    assert pre_filled(cs) == {
        "1": ("community_learning_families", {"target_percent": 70, "families": "recognised"}),
        "2": ("community_activities", {"target": 4}),
    }


def test_clan_sample_pre_fills_its_learning_families_and_association_members():
    cs = loads((CRITERIA / "dong_ho_mau.json").read_text(encoding="utf-8"))
    assert pre_filled(cs) == {
        "3": ("clan_learning_families", {"target_percent": 50, "families": "recognised"}),
        "4": ("clan_association_members", {"target_percent": 100}),
    }


@pytest.mark.parametrize("name", ["don_vi_tt22_2020.json", "cong_dong_xa_tt20_2023_muc1.json"])
def test_other_samples_pre_fill_nothing(name):
    cs = loads((CRITERIA / name).read_text(encoding="utf-8"))
    assert pre_filled(cs) == {}
    assert cs.point_step == Decimal("0.1")


def test_the_readme_names_every_pre_filled_item():
    readme = (CRITERIA / "README.md").read_text(encoding="utf-8")
    for name in SAMPLES:
        for code, (rule, _params) in pre_filled(
            loads((CRITERIA / name).read_text(encoding="utf-8"))
        ).items():
            assert f"`{rule}`" in readme, (name, code)


def test_unit_sample_has_the_bands_of_circular_22():
    cs = loads((CRITERIA / "don_vi_tt22_2020.json").read_text(encoding="utf-8"))
    assert (cs.model, cs.max_total, cs.rule.min_total) == (Model.UNIT, 100, 50)
    assert [(b.code, b.min_total) for b in cs.rule.bands] == [
        ("tot", 85),
        ("kha", 70),
        ("trung_binh", 50),
        ("khong_dat", 0),
    ]
    assert [(c.code, c.maximum) for c in cs.criteria] == [("1", 30), ("2", 30), ("3", 40)]
