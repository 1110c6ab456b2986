"""The list of provinces and communes, read through the Gazetteer."""

from xhht_desktop.domain.entities import AdminUnit


def test_version(gazetteer):
    assert gazetteer.version == "test"


def test_provinces_in_list_order(gazetteer):
    assert [p.code for p in gazetteer.provinces()] == ["79", "01"]
    assert gazetteer.province("01") == AdminUnit("01", "Thành phố Hà Nội", "thanh_pho")


def test_communes_belong_to_their_province(gazetteer):
    assert [c.code for c in gazetteer.communes("79")] == ["26743", "26734", "27004"]
    assert [c.code for c in gazetteer.communes("01")] == ["00004", "00070"]
    assert gazetteer.communes("99") == []
    assert gazetteer.commune("26743") == AdminUnit("26743", "Phường Bến Thành", "phuong", "79")
    assert gazetteer.commune("00070").parent_code == "01"


def test_unknown_codes(gazetteer):
    assert gazetteer.province("99") is None
    assert gazetteer.commune("99999") is None
    assert gazetteer.province("26743") is None  # a commune code is not a province code
    assert gazetteer.commune("79") is None
