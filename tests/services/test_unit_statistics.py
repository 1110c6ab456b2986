"""The upper level's statistics: counts per origin unit and model, units that sent counts only,
the rollup along the directory (a ward = its branches + its own records), the report in the shape
sent upward (PDF and Excel) and the rows for the command line."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import (
    ActivityDraft,
    ClanDraft,
    HouseholdDraft,
    Installation,
    Level,
    LocalUnitDraft,
    PersonDraft,
)
from xhht_desktop.errors import NotFound
from xhht_desktop.services.activities import ActivityService
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.groups import GroupService
from xhht_desktop.services.households import HouseholdService
from xhht_desktop.services.unit_statistics import (
    RECORD_KEYS,
    Unit,
    UnitLine,
    UnitStatisticsService,
    rollup,
)
from xhht_desktop.storage.orm import (
    CommendationRecord,
    DecisionRecord,
    KnownUnitRecord,
    RegistrationRecord,
    UnitAggregateRecord,
    utcnow,
)
from xhht_desktop.storage.repositories import evaluation as evaluation_repo
from xhht_desktop.storage.repositories import unit_statistics as repo

YEAR = 2026
TODAY = dt.date(2026, 12, 28)
PROVINCE = Installation(
    level=Level.PROVINCE,
    unit_code="79",
    unit_name="Thành phố Hồ Chí Minh",
    association_name="Hội Khuyến học Thành phố Hồ Chí Minh",
    province_code="79",
)
WARD, OTHER_WARD = "26743", "26734"
KP1, KP2, KP3 = "26743-KP1", "26743-KP2", "26743-KP3"
NAMES = {
    WARD: "Phường Bến Thành",
    OTHER_WARD: "Phường Sài Gòn",
    KP1: "Chi hội Khuyến học Khu phố 1",
    KP2: "Chi hội Khuyến học Khu phố 2",
    KP3: "Chi hội Khuyến học Khu phố 3",
}


@dataclass
class Writers:
    """The services of one unit's installation, writing into the shared test database."""

    households: HouseholdService
    groups: GroupService
    activities: ActivityService
    evaluation: EvaluationService


def as_unit(services, code: str) -> Writers:
    sessions = services.database.sessions

    def origin() -> str:
        return code

    def name() -> str:
        return NAMES.get(code, code)

    return Writers(
        HouseholdService(sessions, origin),
        GroupService(sessions, origin),
        ActivityService(sessions, origin),
        EvaluationService(sessions, origin, name, services.criteria, today=lambda: TODAY),
    )


CHILDREN = ("An", "Bình", "Châu")


def home(unit: Writers, head: str, members: int = 2) -> int:
    people = [PersonDraft(full_name=head, is_member=True)]
    people += [PersonDraft(full_name=f"{head} {CHILDREN[n]}") for n in range(members - 1)]
    household_id, _ = unit.households.save(HouseholdDraft(members=tuple(people), group="Tổ 1"))
    return household_id


def advance(services, registration_ids, *, recognise=(), commend=(), year=YEAR) -> None:
    """Score and propose `registration_ids`; recognise and commend some (rows of the cycle
    written directly: the cycle's own rules are tested elsewhere)."""
    now = utcnow()
    with services.database.sessions.write() as s:
        decision = DecisionRecord(
            year=year,
            model="gia_dinh",
            number="15/QĐ-UBND",
            signed_on=dt.date(year, 12, 5),
            origin_unit="x",
        )
        event = CommendationRecord(
            year=year, title="Tiêu biểu", given_on=dt.date(year, 12, 20), origin_unit="x"
        )
        s.add_all([decision, event])
        s.flush()
        R = RegistrationRecord
        s.execute(
            update(R)
            .where(R.id.in_(list(registration_ids)))
            .values(score="{}", total="80", met=True, proposed=True, scored_at=now)
        )
        if recognise:
            s.execute(update(R).where(R.id.in_(list(recognise))).values(decision_id=decision.id))
        if commend:
            s.execute(update(R).where(R.id.in_(list(commend))).values(commendation_id=event.id))


def ids_of(unit: Writers, model: Model, year: int = YEAR) -> dict[str, int]:
    return {r.subject_name: r.id for r in unit.evaluation.registrations(year, model)}


@dataclass
class Province:
    stats: UnitStatisticsService
    services: object


@pytest.fixture
def province(services) -> Province:
    """A province over one ward with three branches: two send their records (with their own
    origin unit), the third counts only; the ward has records of its own; a second ward has
    sent nothing. Some records are deleted (and must not count)."""
    services.installation.save(PROVINCE)
    with services.database.sessions.write() as s:
        s.add_all(
            [
                KnownUnitRecord(
                    code=WARD,
                    name=NAMES[WARD],
                    level="xa_phuong",
                    parent_code="79",
                    role="child",
                ),
                KnownUnitRecord(
                    code=OTHER_WARD,
                    name=NAMES[OTHER_WARD],
                    level="xa_phuong",
                    parent_code="79",
                    role="child",
                ),
                *(
                    KnownUnitRecord(
                        code=code,
                        name=NAMES[code],
                        level="chi_hoi",
                        parent_code=WARD,
                        role="descendant",
                    )
                    for code in (KP1, KP2, KP3)
                ),
            ]
        )
        received = dt.datetime(2026, 12, 1)
        for model, group, values in (
            (Model.FAMILY, "", (50, 40, 35, 30, 30, 5)),
            (Model.FAMILY, "Tổ 1", (20, 20, 20, 20, 20, 2)),  # a tổ: inside the unit's total
            (Model.COMMUNITY, "", (1, 1, 1, 1, 1, 0)),
        ):
            subjects, registered, scored, proposed, recognised, commended = values
            s.add(
                UnitAggregateRecord(
                    unit_code=KP3,
                    year=YEAR,
                    model=model.value,
                    group=group,
                    subjects=subjects,
                    registered=registered,
                    scored=scored,
                    proposed=proposed,
                    recognised=recognised,
                    commended=commended,
                    members=20,
                    activities=3,
                    received_at=received,
                )
            )
        s.add(
            UnitAggregateRecord(
                unit_code=KP3,
                year=YEAR - 1,
                model=Model.FAMILY.value,
                group="",
                subjects=48,
                registered=10,
                scored=0,
                proposed=0,
                recognised=0,
                commended=0,
                members=18,
                activities=1,
                received_at=received,
            )
        )

    kp1 = as_unit(services, KP1)
    homes = [home(kp1, n) for n in ("Nguyễn Thị Hồng", "Trần Văn Bình", "Lê Văn Cường")]
    gone = home(kp1, "Phạm Thị Dung")
    kp1.evaluation.register(YEAR, Model.FAMILY, [*homes, gone])
    kp1.evaluation.register(YEAR, Model.COMMUNITY, [])
    reg = ids_of(kp1, Model.FAMILY)
    kp1.evaluation.unregister(reg["Phạm Thị Dung"])
    kp1.households.delete(gone)
    community = ids_of(kp1, Model.COMMUNITY)[NAMES[KP1]]
    advance(
        services,
        [reg["Nguyễn Thị Hồng"], reg["Trần Văn Bình"], community],
        recognise=[reg["Nguyễn Thị Hồng"], reg["Trần Văn Bình"], community],
        commend=[reg["Nguyễn Thị Hồng"]],
    )

    kp2 = as_unit(services, KP2)
    home(kp2, "Võ Văn Em", members=3)
    second = home(kp2, "Đỗ Thị Mai")
    kp2.evaluation.register(YEAR, Model.FAMILY, [second])
    advance(services, [ids_of(kp2, Model.FAMILY)["Đỗ Thị Mai"]])
    clan, _ = kp2.groups.save_clan(ClanDraft("Họ Nguyễn Văn", head_name="Nguyễn Văn Lộc"))
    kp2.evaluation.register(YEAR, Model.CLAN, [clan])
    type_id = kp2.activities.types()[0].id
    for day, title in (
        (dt.date(YEAR, 3, 1), "Sinh hoạt chuyên đề"),
        (dt.date(YEAR, 9, 5), "Hội thi"),
    ):
        kp2.activities.save(ActivityDraft(type_id, title, day))
    kp2.activities.save(ActivityDraft(type_id, "Năm trước", dt.date(YEAR - 1, 5, 1)))
    dropped, _ = kp2.activities.save(ActivityDraft(type_id, "Hủy", dt.date(YEAR, 6, 1)))
    kp2.activities.delete(dropped)

    ward = as_unit(services, WARD)
    home(ward, "Bùi Văn Phúc", members=1)
    school, _ = ward.groups.save_unit(LocalUnitDraft("Trường Tiểu học Bến Thành"))
    ward.evaluation.register(YEAR, Model.UNIT, [school])
    unit_reg = ids_of(ward, Model.UNIT)["Trường Tiểu học Bến Thành"]
    advance(services, [unit_reg], recognise=[unit_reg])
    return Province(
        UnitStatisticsService(
            services.database.sessions, services.installation, today=lambda: TODAY
        ),
        services,
    )


def own(lines: list[UnitLine], code: str, model: Model) -> UnitLine:
    return next(line for line in lines if line.unit_code == code and line.model is model)


def counts(line: UnitLine) -> tuple[int, ...]:
    return (
        line.subjects,
        line.registered,
        line.scored,
        line.proposed,
        line.recognised,
        line.commended,
    )


# --- each unit's own counts ------------------------------------------------------------------


def test_each_unit_counts_its_own_records_per_model(province) -> None:
    lines = province.stats.lines(YEAR)
    assert {line.unit_code for line in lines} == {WARD, KP1, KP2, KP3}
    assert {line.model for line in lines} == set(Model) - {Model.CITIZEN}  # nobody registered
    kp1 = own(lines, KP1, Model.FAMILY)
    # Three living households (the fourth is in the trash); its registration was removed.
    assert counts(kp1) == (3, 3, 2, 2, 2, 1)
    assert (kp1.unit_name, kp1.parent_code, kp1.level) == (NAMES[KP1], WARD, "chi_hoi")
    assert (kp1.members, kp1.households, kp1.persons, kp1.activities) == (3, 3, 6, 0)
    assert counts(own(lines, KP1, Model.COMMUNITY)) == (1, 1, 1, 1, 1, 0)
    kp2 = own(lines, KP2, Model.FAMILY)
    assert counts(kp2) == (2, 1, 1, 1, 0, 0)
    assert (kp2.members, kp2.persons, kp2.activities) == (2, 5, 2)  # 2 of the year, living
    assert counts(own(lines, KP2, Model.CLAN)) == (1, 1, 0, 0, 0, 0)
    assert counts(own(lines, WARD, Model.UNIT)) == (1, 1, 1, 1, 1, 0)
    assert counts(own(lines, WARD, Model.FAMILY)) == (1, 0, 0, 0, 0, 0)


def test_shares_are_per_cent_with_one_decimal(province) -> None:
    kp1 = own(province.stats.lines(YEAR), KP1, Model.FAMILY)
    assert kp1.recognised_of_registered == Decimal("66.7")
    assert kp1.recognised_of_subjects == Decimal("66.7")
    kp2 = own(province.stats.lines(YEAR), KP2, Model.UNIT)
    assert kp2.recognised_of_registered is None and kp2.recognised_of_subjects is None


def test_a_unit_that_sent_counts_only_is_in_the_same_lines(province) -> None:
    lines = province.stats.lines(YEAR)
    family = own(lines, KP3, Model.FAMILY)
    assert family.aggregated and counts(family) == (50, 40, 35, 30, 30, 5)  # not its tổ's row
    assert (family.members, family.activities, family.households) == (20, 3, 50)
    assert counts(own(lines, KP3, Model.COMMUNITY)) == (1, 1, 1, 1, 1, 0)
    assert counts(own(lines, KP3, Model.CLAN)) == (0,) * 6
    earlier = own(province.stats.lines(YEAR - 1), KP3, Model.FAMILY)
    assert (earlier.registered, earlier.members) == (10, 18)


def test_counts_sent_give_way_to_the_records_of_the_same_year(province) -> None:
    services = province.services
    kp3 = as_unit(services, KP3)
    kp3.evaluation.register(YEAR, Model.FAMILY, [home(kp3, "Hồ Văn Sáu")])
    family = own(province.stats.lines(YEAR), KP3, Model.FAMILY)
    assert not family.aggregated and counts(family) == (1, 1, 0, 0, 0, 0)


def test_the_lines_of_one_unit_agree_with_its_dashboard(province) -> None:
    """Summed over the units that sent records, the lines are the branch dashboard's counts."""
    lines = [line for line in province.stats.lines(YEAR) if not line.aggregated]
    with province.services.database.sessions.read() as s:
        subjects = evaluation_repo.count_subjects(s)
        dashboard = evaluation_repo.dashboard(s, YEAR, subjects, by_group=False)
    for line in dashboard:
        if line.model is Model.CITIZEN:
            continue
        mine = [m for m in lines if m.model is line.model]
        assert sum(m.registered for m in mine) == line.registered, line.model
        assert sum(m.recognised for m in mine) == line.recognised, line.model
        assert sum(m.commended for m in mine) == line.commended, line.model
        if line.model is not Model.COMMUNITY:  # one per unit here, one for a branch
            assert sum(m.subjects for m in mine) == line.subjects, line.model


def test_citizens_get_lines_once_someone_registered(province) -> None:
    services = province.services
    kp1 = as_unit(services, KP1)
    person = kp1.evaluation.candidates(YEAR, Model.CITIZEN)[0].id
    kp1.evaluation.register(YEAR, Model.CITIZEN, [person])
    lines = province.stats.lines(YEAR)
    assert counts(own(lines, KP1, Model.CITIZEN)) == (6, 1, 0, 0, 0, 0)
    assert counts(own(lines, KP2, Model.CITIZEN)) == (5, 0, 0, 0, 0, 0)
    assert own(lines, KP3, Model.CITIZEN).registered == 0


# --- the tree ----------------------------------------------------------------------------------


def test_the_tree_adds_each_unit_to_the_units_above_it(province) -> None:
    tree = province.stats.tree(YEAR)
    assert tree.unit == Unit("79", "Thành phố Hồ Chí Minh", "tinh", "")
    assert [c.unit.code for c in tree.children] == [WARD, OTHER_WARD]  # by name
    ward = tree.find(WARD)
    assert [c.unit.code for c in ward.children] == [KP1, KP2, KP3]
    family = ward.line(Model.FAMILY)
    # the three branches and the ward's own household
    assert counts(family) == (3 + 2 + 50 + 1, 3 + 1 + 40, 2 + 1 + 35, 2 + 1 + 30, 2 + 30, 1 + 5)
    assert ward.line(Model.UNIT).recognised == 1  # the ward's own records
    assert ward.line(Model.FAMILY, own=True).subjects == 1
    assert (ward.members, ward.activities) == (3 + 2 + 20 + 1, 2 + 3)
    assert ward.has_own and ward.aggregated
    assert counts(tree.line(Model.FAMILY)) == counts(family)
    assert counts(tree.find(OTHER_WARD).line(Model.FAMILY)) == (0,) * 6
    assert family.recognised_of_registered == Decimal("72.7")  # 32 of 44
    assert province.stats.node(YEAR, KP2).line(Model.CLAN).registered == 1
    with pytest.raises(NotFound):
        province.stats.node(YEAR, "no-such-unit")


def test_children_of_and_years(province) -> None:
    assert [u.code for u in province.stats.children_of(WARD)] == [KP1, KP2, KP3]
    assert [u.code for u in province.stats.children_of("79")] == [WARD, OTHER_WARD]
    assert province.stats.children_of(KP1) == []
    assert province.stats.years() == [YEAR, YEAR - 1]


def line(code: str, model: Model, registered: int, subjects: int = 10, **kw) -> UnitLine:
    return UnitLine(code, code, "", "", model, subjects, registered, **kw)


def test_rollup_is_pure_and_keeps_what_the_directory_does_not_place() -> None:
    root = Unit("79", "Tỉnh", "tinh")
    directory = [
        Unit("W", "Phường", "xa_phuong", "79"),
        Unit("B1", "Khu phố 10", "chi_hoi", "W"),
        Unit("B2", "Khu phố 2", "chi_hoi", "W"),
        Unit("X", "Vòng", "chi_hoi", "Y"),  # a cycle outside the tree
        Unit("Y", "Vòng", "chi_hoi", "X"),
        Unit("P", "Cấp trên", "tinh", ""),  # the parent: not below the root
    ]
    lines = [
        line("B1", Model.FAMILY, 4, members=2),
        line("B2", Model.FAMILY, 3, members=1),
        line("W", Model.FAMILY, 1),
        line("LOST", Model.FAMILY, 5),  # not in the directory
        line("X", Model.CLAN, 1),
    ]
    tree = rollup(lines, directory, root)
    assert tree.models == (Model.FAMILY, Model.CLAN, Model.COMMUNITY, Model.UNIT)
    assert [c.unit.code for c in tree.children] == ["W", "LOST", "Y"]
    ward = tree.find("W")
    assert [c.unit.code for c in ward.children] == ["B2", "B1"]  # 2 before 10
    assert ward.line(Model.FAMILY).registered == 4 + 3 + 1
    assert ward.line(Model.FAMILY).subjects == 30
    assert ward.members == 3
    assert tree.line(Model.FAMILY).registered == 8 + 5
    assert tree.line(Model.CLAN).registered == 1
    assert [c.unit.code for c in tree.find("Y").children] == ["X"]  # cut where it closes
    assert tree.find("P") is None
    assert rollup([], [], root).line(Model.FAMILY).registered == 0
    lines.append(line("B1", Model.CITIZEN, 2))
    assert rollup(lines, directory, root).find("W").line(Model.CITIZEN).registered == 2


# --- what is printed and exported --------------------------------------------------------------


def text_of(path) -> str:
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_the_report_of_the_province_has_a_row_per_ward_and_a_total(province, tmp_path) -> None:
    path = province.stats.write_report(YEAR, tmp_path / "bao-cao.pdf")
    text = text_of(path)
    for part in (
        "HỘI KHUYẾN HỌC THÀNH PHỐ HỒ CHÍ MINH",
        "Hồ Chí Minh, ngày 28 tháng 12 năm 2026",
        "BÁO CÁO",
        "Kết quả xây dựng các mô hình học tập năm 2026",
        "1. Kết quả chung",
        "Gia đình học tập 56 44 78,6 % 32 57,1 % 72,7 % 6",  # as the branch's yearly report
        "2. Kết quả theo đơn vị",
        "Phường Bến Thành (*)",
        "Phường Sài Gòn",
        "Tổng cộng 44 32 72,7 % 57,1 % 6",
        "(*) Có số liệu đơn vị chỉ gửi dạng tổng hợp",
        "3. Biểu đồ tỷ lệ đăng ký và được công nhận",
        "NGƯỜI LẬP BÁO CÁO",
        "CHỦ TỊCH",
    ):
        assert part in text, part
    assert "Khu phố 1" not in text  # branches are in the ward's report
    reader = PdfReader(path)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape


def test_the_report_of_a_ward_has_a_row_per_branch_and_its_own(province, tmp_path) -> None:
    text = text_of(province.stats.write_report(YEAR, tmp_path / "phuong.pdf", WARD))
    for part in (
        "(Phường Bến Thành)",
        "Phường Bến Thành và các đơn vị trực thuộc",
        "1 Chi hội Khuyến học Khu phố 1 3 2 66,7 % 66,7 % 1",
        "2 Chi hội Khuyến học Khu phố 2 1 0 0 % 0 % 0",
        "3 Chi hội Khuyến học Khu phố 3 (*) 40 30 75 % 60 % 5",
        "4 Phường Bến Thành (trực tiếp) 0 0 – 0 % 0",
        "Tổng cộng 44 32 72,7 % 57,1 % 6",
    ):
        assert part in text, part


def test_a_report_with_five_models_still_fits_the_page(province, tmp_path) -> None:
    services = province.services
    kp1 = as_unit(services, KP1)
    kp1.evaluation.register(
        YEAR, Model.CITIZEN, [kp1.evaluation.candidates(YEAR, Model.CITIZEN)[0].id]
    )
    text = text_of(province.stats.write_report(YEAR, tmp_path / "nam.pdf", WARD))
    assert "Công dân học tập" in text and "Tổng cộng" in text


def test_the_excel_sheet_has_real_numbers_and_percentages(province, tmp_path) -> None:
    path = province.stats.export_excel(YEAR, tmp_path / "so-lieu.xlsx", WARD)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "STT")
    assert header[:3] == ("STT", "Mã đơn vị", "Đơn vị")
    assert header[3:9] == (
        "Gia đình học tập: tổng số",
        "Gia đình học tập: đăng ký",
        "Gia đình học tập: được công nhận",
        "Gia đình học tập: tỷ lệ công nhận so với số đăng ký",
        "Gia đình học tập: tỷ lệ công nhận so với tổng số",
        "Gia đình học tập: tiêu biểu",
    )
    assert header[-2:] == ("Hội viên", "Hoạt động học tập")
    body = {r[1]: r for r in rows if isinstance(r[0], int)}
    assert set(body) == {KP1, KP2, KP3, WARD}
    assert body[KP1][3:9] == (3, 3, 2, pytest.approx(2 / 3), pytest.approx(2 / 3), 1)
    assert body[KP2][-2:] == (2, 2)
    total = next(r for r in rows if r[2] == "Tổng cộng")
    assert total[3:9] == (56, 44, 32, pytest.approx(32 / 44), pytest.approx(32 / 56), 6)
    percent = next(c for c in sheet.iter_rows() if c[1].value == KP1)[6]
    assert percent.number_format == "0.0%"


def test_records_for_the_command_line(province) -> None:
    records = province.stats.records(YEAR)
    assert all(tuple(r) == RECORD_KEYS for r in records)
    by = {(r["unit_code"], r["model"]): r for r in records}
    assert {code for code, _ in by} == {"79", WARD, OTHER_WARD, KP1, KP2, KP3}
    ward = by[(WARD, "gia_dinh")]
    assert (ward["registered"], ward["recognised"], ward["commended"]) == (44, 32, 6)
    assert ward["pct_recognised_of_registered"] == 72.7
    assert ward["pct_recognised_of_total"] == 57.1
    assert ward["parent_code"] == "79" and ward["level"] == "xa_phuong"
    assert by[(OTHER_WARD, "don_vi")]["pct_recognised_of_registered"] is None
    whole = province.stats.records(YEAR, by_unit=False)
    assert [r["unit_code"] for r in whole] == ["79"] * 4
    assert whole[0]["registered"] == 44
    branches = province.stats.records(YEAR, unit_code=WARD)
    assert {r["unit_code"] for r in branches} == {WARD, KP1, KP2, KP3}


def test_a_branch_sees_itself(services, tmp_path) -> None:
    """At a branch the tree is the branch alone, and its report has its own row."""
    stats = UnitStatisticsService(services.database.sessions, services.installation)
    home(as_unit(services, services.installation.require().unit_code), "Nguyễn Văn An")
    tree = stats.tree(YEAR)
    assert tree.children == () and tree.line(Model.FAMILY).subjects == 1
    text = text_of(stats.write_report(YEAR, tmp_path / "chi-hoi.pdf"))
    assert "1 Chi hội Khuyến học Khu phố 3 0 0 – 0 % 0" in text
    assert "CHI HỘI TRƯỞNG" in text


def test_the_counts_use_single_scans_or_indexes(province) -> None:
    """No query of unit_lines reads a table through a look-up per unit: household and person
    are scanned once, registration and activity are read by their year's index range."""
    from sqlalchemy import event

    engine = province.services.database.engine
    statements: list[tuple[str, tuple]] = []

    def remember(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append((statement, tuple(parameters)))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        with province.services.database.sessions.read() as s:
            started = time.perf_counter()
            repo.unit_lines(s, YEAR)
            assert time.perf_counter() - started < 1
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    queries = [(q, p) for q, p in statements if q.lstrip().upper().startswith("SELECT")]
    assert len(queries) <= 10  # a handful, whatever the number of units
    plans = []
    with engine.connect() as conn:
        for query, parameters in queries:
            if "FROM registration" in query and "GROUP BY" in query:
                plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query, parameters).fetchall()
                plans.append(" ".join(str(row[-1]) for row in plan))
    assert any("USING INDEX ix_registration_year_model_deleted_at" in p for p in plans), plans


def test_unit_line_fields_add_up(province) -> None:
    """A node's total of a model is its own line plus its children's totals."""
    tree = province.stats.tree(YEAR)
    for node in tree.walk():
        for model in node.models:
            below = [c.line(model) for c in node.children]
            mine = node.line(model, own=True)
            assert node.line(model).registered == mine.registered + sum(b.registered for b in below)
            assert node.line(model).members == mine.members + sum(b.members for b in below)
