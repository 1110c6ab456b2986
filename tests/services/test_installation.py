"""Who this installation is: validated, named from the official list, one id for life."""

import dataclasses
import re
import unicodedata

import pytest

from xhht_desktop.domain.entities import Installation, Level
from xhht_desktop.errors import NotInitialised, ValidationFailed
from xhht_desktop.services.changes import Kind
from xhht_desktop.services.demo import DEMO_INSTALLATION
from xhht_desktop.services.installation import (
    DEFAULT_GROUPS,
    placeholder,
    suggested_unit_code,
)

BRANCH = Installation(
    level=Level.BRANCH,
    unit_code="",
    unit_name="Chi hội Khu phố 3",
    association_name="Hội Khuyến học phường Bến Thành",
    province_code="79",
    commune_code="26743",
    groups=("Tổ 1", "Tổ 2"),
)


def issues_of(service, inst):
    with pytest.raises(ValidationFailed) as caught:
        service.save(inst)
    return {(i.field, i.code) for i in caught.value.issues}


def test_nothing_until_saved(bare_services):
    assert bare_services.installation.get() is None
    with pytest.raises(NotInitialised):
        bare_services.installation.require()


def test_placeholder_is_a_valid_branch(bare_services):
    inst = placeholder()
    assert inst.level is Level.BRANCH
    assert inst.groups == DEFAULT_GROUPS
    assert re.fullmatch(r"CHIHOI-[0-9A-F]{8}", inst.unit_code)
    assert inst.unit_code == f"CHIHOI-{inst.installation_id[:8].upper()}"
    assert placeholder().installation_id != inst.installation_id
    assert placeholder("abcdef12-0000").unit_code == "CHIHOI-ABCDEF12"
    saved, changes = bare_services.installation.save(inst)
    assert changes.kinds == frozenset({Kind.INSTALLATION})
    assert saved.installation_id == inst.installation_id
    assert bare_services.installation.require() == saved


def test_saved_installation_reads_back_equal(bare_services):
    saved, _ = bare_services.installation.save(BRANCH)
    assert bare_services.installation.get() == saved
    assert isinstance(saved.groups, tuple)
    assert saved.level is Level.BRANCH


def test_installation_id_is_made_once_and_kept(bare_services):
    first, _ = bare_services.installation.save(BRANCH)
    assert first.installation_id
    second, _ = bare_services.installation.save(
        dataclasses.replace(BRANCH, unit_name="Chi hội Khu phố 4", installation_id="other")
    )
    assert second.installation_id == first.installation_id
    assert bare_services.installation.require().installation_id == first.installation_id
    assert bare_services.installation.require().unit_name == "Chi hội Khu phố 4"


def test_names_come_from_the_gazetteer_with_its_version(bare_services):
    saved, _ = bare_services.installation.save(
        dataclasses.replace(BRANCH, province_name="sai", commune_name="sai")
    )
    assert saved.province_name == "Thành phố Hồ Chí Minh"
    assert saved.commune_name == "Phường Bến Thành"
    assert saved.gazetteer_version == "test"


def test_commune_association_is_named_and_coded_after_its_commune(bare_services):
    inst = Installation(
        level=Level.COMMUNE,
        unit_code="",
        unit_name="",
        association_name="Hội Khuyến học phường Sài Gòn",
        province_code="79",
        commune_code="26734",
    )
    saved, _ = bare_services.installation.save(inst)
    assert (saved.unit_code, saved.unit_name) == ("26734", "Phường Sài Gòn")


def test_province_association_is_named_and_coded_after_its_province(bare_services):
    inst = Installation(
        level=Level.PROVINCE,
        unit_code="",
        unit_name="",
        association_name="Hội Khuyến học Thành phố Hà Nội",
        province_code="01",
    )
    saved, _ = bare_services.installation.save(inst)
    assert (saved.unit_code, saved.unit_name) == ("01", "Thành phố Hà Nội")
    assert saved.gazetteer_version == "test"


def test_branch_code_is_derived_from_commune_and_name(bare_services):
    saved, _ = bare_services.installation.save(BRANCH)
    assert saved.unit_code == "26743-CHI-HOI-KHU-PHO-3"
    assert suggested_unit_code(Level.BRANCH, "", "", "Đội 5 – Ấp Đông") == "CHIHOI-DOI-5-AP-DONG"
    assert suggested_unit_code(Level.BRANCH, "79", "", "") == "79-CHIHOI"


def test_without_codes_there_is_no_gazetteer_version(bare_services):
    saved, _ = bare_services.installation.save(placeholder())
    assert (saved.province_name, saved.commune_name, saved.gazetteer_version) == ("", "", "")


def test_texts_and_groups_are_cleaned(bare_services):
    nfd = unicodedata.normalize("NFD", "Tổ 1")
    saved, _ = bare_services.installation.save(
        dataclasses.replace(
            BRANCH,
            unit_name=unicodedata.normalize("NFD", "  Chi hội  Khu phố 3 "),
            groups=(nfd, " Tổ 1 ", "", "Tổ 2", "  "),
        )
    )
    assert saved.unit_name == "Chi hội Khu phố 3"
    assert saved.groups == ("Tổ 1", "Tổ 2")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"province_code": "99"},
            {
                ("province_code", "unit.unknown_province"),
                ("commune_code", "unit.commune_not_in_province"),
            },
        ),
        ({"commune_code": "99999"}, {("commune_code", "unit.unknown_commune")}),
        ({"commune_code": "00004"}, {("commune_code", "unit.commune_not_in_province")}),
        ({"unit_name": "  "}, {("unit_name", "name.required")}),
        ({"association_name": ""}, {("association_name", "name.required")}),
        ({"unit_code": "Chi hội 3"}, {("unit_code", "unit.bad_code")}),
        ({"unit_code": "-KP3"}, {("unit_code", "unit.bad_code")}),
        ({"unit_code": "K" * 41}, {("unit_code", "unit.bad_code")}),
        ({"groups": ()}, {("groups", "unit.groups_required")}),
        ({"groups": ("", " ")}, {("groups", "unit.groups_required")}),
        ({"level": Level.COMMUNE, "commune_code": ""}, {("commune_code", "unit.commune_required")}),
        (
            {"level": Level.PROVINCE, "province_code": "", "commune_code": ""},
            {("province_code", "unit.province_required")},
        ),
    ],
)
def test_invalid_installations_are_refused_and_not_saved(bare_services, change, expected):
    assert issues_of(bare_services.installation, dataclasses.replace(BRANCH, **change)) == expected
    assert bare_services.installation.get() is None


def test_unit_code_limits(bare_services):
    saved, _ = bare_services.installation.save(dataclasses.replace(BRANCH, unit_code="K" * 40))
    assert saved.unit_code == "K" * 40
    saved, _ = bare_services.installation.save(
        dataclasses.replace(BRANCH, unit_code="26743-KP_3.b")
    )
    assert saved.unit_code == "26743-KP_3.b"


def test_refused_change_keeps_the_previous_installation(services):
    before = services.installation.require()
    issues_of(services.installation, dataclasses.replace(before, commune_code="00070"))
    assert services.installation.require() == before


def test_demo_installation_is_named_from_the_gazetteer(services):
    inst = services.installation.require()
    assert inst.unit_code == DEMO_INSTALLATION.unit_code
    assert inst.commune_name == "Phường Bến Thành"
    assert inst.province_name == "Thành phố Hồ Chí Minh"
    assert inst.groups == DEMO_INSTALLATION.groups
