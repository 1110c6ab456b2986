"""Printed documents of the yearly cycle: the right subjects, names, numbers and totals in
Vietnamese that round-trips through the PDF, the wrong ones left out, and embedded fonts only."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from xhht_desktop.domain.criteria import (
    Band,
    CriteriaSet,
    Criterion,
    Kind,
    Model,
    Rule,
)
from xhht_desktop.domain.entities import ClanDraft, HouseholdDraft, Level, PersonDraft
from xhht_desktop.domain.evaluation import (
    CommendationDraft,
    DashboardLine,
    DecisionDraft,
    ReviewDraft,
)
from xhht_desktop.domain.scoring import Score, ScoreSheet
from xhht_desktop.errors import NotFound, UserError
from xhht_desktop.services.charts import Series, grouped_bars, strings, texts
from xhht_desktop.services.cycle_documents import (
    CycleDocumentService,
    count_text,
    long_date,
    model_chart,
    percent_text,
    points_text,
    slug,
)
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.pdf import FAMILY
from xhht_desktop.services.progress import Cancelled

YEAR = 2026
TODAY = dt.date(2026, 12, 28)
REGISTERED_ON = dt.date(2026, 3, 1)
SUBSET = re.compile(r"/[A-Z]{6}\+NotoSerif-(Regular|Bold|Italic|BoldItalic)")


def text_of(source) -> str:
    """The PDF's text, NFC, with every run of blanks (line ends too) made one space."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def fonts_of(source) -> set[str]:
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    names = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded
    return names


def assert_noto_only(source) -> None:
    names = fonts_of(source)
    assert names and all(SUBSET.fullmatch(n) for n in names), names


def family_set() -> CriteriaSet:
    """A small family set with half points, a pass/fail knock-out and bands."""
    return CriteriaSet(
        key="gia-dinh-thu",
        version=1,
        model=Model.FAMILY,
        title="Gia đình học tập (bộ thử)",
        document="Quyết định 01/QĐ-KH",
        first_year=2026,
        point_step=Decimal("0.5"),
        criteria=(
            Criterion(
                "1",
                "Học tập của trẻ em trong gia đình",
                children=(
                    Criterion("1.a", "Trẻ em trong độ tuổi đều được đến trường", Decimal(20)),
                    Criterion("1.b", "Kết quả học tập từ trung bình trở lên", Decimal(20)),
                ),
            ),
            Criterion(
                "2",
                "Học tập của người lớn trong gia đình",
                children=(
                    Criterion("2.a", "Người lớn đều biết chữ", Decimal(30)),
                    Criterion("2.b", "Người lớn tham gia học tập thường xuyên", Decimal(30)),
                ),
            ),
            Criterion("3", "Không có thành viên vi phạm pháp luật", kind=Kind.PASS_FAIL),
        ),
        rule=Rule(
            min_total=Decimal(70),
            knock_outs=("3",),
            bands=(
                Band("tot", Decimal(85), "Tốt"),
                Band("kha", Decimal(70), "Khá"),
                Band("trung_binh", Decimal(50), "Trung bình"),
                Band("khong_dat", Decimal(0), "Không đạt"),
            ),
        ),
    )


def sheet(a, b, c, d, lawful=True, note="") -> ScoreSheet:
    points = {"1.a": a, "1.b": b, "2.a": c, "2.b": d}
    scores = {code: Score(points=Decimal(str(v))) for code, v in points.items()}
    scores["3"] = Score(met=lawful, note=note)
    return ScoreSheet(scores)


@dataclass
class Year:
    docs: CycleDocumentService
    set_id: int
    reg: dict[str, int]  # registration id by head of household
    review_id: int
    decision_id: int


HOMES = {
    "Nguyễn Thị Hồng": ("Tổ 1", "12", "Lê Lợi"),
    "Trần Văn Bình": ("Tổ 1", "14", "Lê Lợi"),
    "Lê Văn Cường": ("Tổ 2", "3", "Nguyễn Trãi"),
    "Phạm Thị Dung": ("Tổ 10", "", ""),
    "Võ Văn Em": ("Tổ 2", "5", "Nguyễn Trãi"),  # never registered
}


@pytest.fixture
def year(services) -> Year:
    """Four households registered and one not; one scored full, one high, one poor, one not
    scored; a meeting proposing two; a decision recognising them; one commended; a clan and
    the community registered, not scored."""
    sessions = services.database.sessions
    ev = EvaluationService(
        sessions,
        lambda: services.installation.require().unit_code,
        lambda: services.installation.require().unit_name,
        services.criteria,
        today=lambda: REGISTERED_ON,
    )
    services.criteria.ensure_samples()  # the shipped sets too (saving first would skip them)
    set_id, _ = services.criteria.save(family_set())
    homes = {}
    for name, (group, number, street) in HOMES.items():
        homes[name], _ = services.households.save(
            HouseholdDraft(
                members=(PersonDraft(full_name=name),),
                group=group,
                house_number=number,
                street=street,
                hamlet="Khu phố 3",
            )
        )
    ev.register(YEAR, Model.FAMILY, [homes[n] for n in list(HOMES)[:4]])
    reg = {r.subject_name: r.id for r in ev.registrations(YEAR, Model.FAMILY)}
    ev.score(reg["Nguyễn Thị Hồng"], set_id, sheet(20, "17.5", 30, 20))  # 87,5 Tốt
    ev.score(reg["Trần Văn Bình"], set_id, sheet(20, 20, 30, 20))  # 90 Tốt
    ev.score(reg["Lê Văn Cường"], set_id, sheet(5, 5, 10, "4.5", lawful=False, note="Có vi phạm"))
    review_id, _ = ev.record_review(
        ReviewDraft(
            YEAR,
            Model.FAMILY,
            dt.date(YEAR, 11, 20),
            place="Nhà văn hóa Khu phố 3",
            chair="Lê Văn Tám",
            secretary="Đỗ Thị Mai",
            attendees="Ban điều hành chi hội\nĐại diện các tổ dân phố",
            notes="Nhất trí với kết quả chấm điểm.",
            outcomes=(
                (reg["Nguyễn Thị Hồng"], True, ""),
                (reg["Trần Văn Bình"], True, "Ba năm liền"),
                (reg["Lê Văn Cường"], False, "Chưa đạt tiêu chí 3"),
            ),
        )
    )
    decision_id, _ = ev.apply_decision(
        DecisionDraft(
            YEAR,
            Model.FAMILY,
            "15/QĐ-UBND",
            dt.date(YEAR, 12, 5),
            signer="Trần Thị Hoa",
            signer_title="Chủ tịch",
            issuer="Ủy ban nhân dân phường Bến Thành",
            registration_ids=frozenset({reg["Nguyễn Thị Hồng"], reg["Trần Văn Bình"]}),
        )
    )
    ev.commend(
        CommendationDraft(
            YEAR,
            "Gia đình học tập tiêu biểu",
            dt.date(YEAR, 12, 20),
            registration_ids=frozenset({reg["Nguyễn Thị Hồng"]}),
        )
    )
    clan_id, _ = services.groups.save_clan(ClanDraft("Họ Nguyễn Văn", head_name="Nguyễn Văn Lộc"))
    ev.register(YEAR, Model.CLAN, [clan_id])
    ev.register(YEAR, Model.COMMUNITY, [])
    docs = CycleDocumentService(services.installation, ev, services.criteria, today=lambda: TODAY)
    return Year(docs, set_id, reg, review_id, decision_id)


def render(doc, tmp_path, name="doc.pdf") -> str:
    path = doc.write(tmp_path / name)
    assert_noto_only(path)
    return text_of(path)


def assert_in(text: str, *expected: str) -> None:
    for part in expected:
        assert part in text, part


def assert_out(text: str, *unexpected: str) -> None:
    for part in unexpected:
        assert part not in text, part


HEADER = (
    "CHI HỘI KHUYẾN HỌC KHU PHỐ 3",
    "HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
)


def test_the_registration_list_names_every_registered_household(year, tmp_path):
    text = render(year.docs.registration_list(YEAR, Model.FAMILY), tmp_path)
    assert_in(
        text,
        *HEADER,
        "Bến Thành, ngày 28 tháng 12 năm 2026",
        "DANH SÁCH",
        "Đăng ký danh hiệu \u201cGia đình học tập\u201d năm 2026",
        "STT Chủ hộ Địa chỉ Tổ Ngày đăng ký Ghi chú",
        "Nguyễn Thị Hồng 12 Lê Lợi, Khu phố 3 Tổ 1 01/03/2026",
        "Trần Văn Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Tổng cộng: 4 hộ gia đình.",
        "NGƯỜI LẬP DANH SÁCH",
        "CHI HỘI TRƯỞNG",
    )
    assert_out(text, "Võ Văn Em")
    assert text.index("Lê Văn Cường") < text.index("Phạm Thị Dung")  # Tổ 2 before Tổ 10


def test_the_registration_list_of_clans_shows_the_head(year, tmp_path):
    text = render(year.docs.registration_list(YEAR, Model.CLAN), tmp_path)
    assert_in(
        text,
        "Đăng ký danh hiệu \u201cDòng họ học tập\u201d năm 2026",
        "STT Dòng họ Trưởng họ Ngày đăng ký",
        "Họ Nguyễn Văn Nguyễn Văn Lộc 01/03/2026",
        "Tổng cộng: 1 dòng họ.",
    )
    assert_out(text, "Nguyễn Thị Hồng", " Tổ ")


def test_a_filled_scoring_sheet_shows_points_subtotals_band_and_rule(year, tmp_path):
    doc = year.docs.scoring_sheet(year.reg["Nguyễn Thị Hồng"], None, YEAR, Model.FAMILY)
    text = render(doc, tmp_path)
    assert_in(
        text,
        *HEADER,
        "PHIẾU CHẤM ĐIỂM",
        "Danh hiệu \u201cGia đình học tập\u201d năm 2026",
        "Bộ tiêu chí: Gia đình học tập (bộ thử) (Quyết định 01/QĐ-KH)",
        "Chủ hộ: Nguyễn Thị Hồng",
        "Địa chỉ: 12 Lê Lợi, Tổ 1, Khu phố 3",
        "Mã Nội dung tiêu chí Điểm tối đa Điểm chấm Ghi chú",
        "1 Học tập của trẻ em trong gia đình 40 37,5",
        "1.b Kết quả học tập từ trung bình trở lên 20 17,5",
        "2 Học tập của người lớn trong gia đình 60 50",
        "3 Không có thành viên vi phạm pháp luật Đạt / Không đạt Đạt",
        "Tổng cộng 100 87,5",
        "Tổng số điểm: 87,5/100 điểm. Xếp loại: Tốt.",
        "Kết quả: Đạt điều kiện công nhận danh hiệu \u201cGia đình học tập\u201d.",
        "Điều kiện công nhận: tổng điểm từ 70 điểm trở lên; tiêu chí 3 phải đạt.",
        "Xếp loại: Tốt: từ 85 điểm trở lên; Khá: từ 70 đến dưới 85 điểm; "
        "Trung bình: từ 50 đến dưới 70 điểm; Không đạt: dưới 50 điểm.",
        "ĐẠI DIỆN HỘ GIA ĐÌNH",
        "NGƯỜI CHẤM ĐIỂM",
    )
    assert_out(text, "Chưa đạt", "mẫu")


def test_a_poor_scoring_sheet_says_why_it_is_not_met(year, tmp_path):
    doc = year.docs.scoring_sheet(year.reg["Lê Văn Cường"], year.set_id, YEAR, Model.FAMILY)
    text = render(doc, tmp_path)
    assert_in(
        text,
        "Chủ hộ: Lê Văn Cường",
        "2.b Người lớn tham gia học tập thường xuyên 30 4,5",
        "3 Không có thành viên vi phạm pháp luật Đạt / Không đạt Không đạt Có vi phạm",
        "Tổng số điểm: 24,5/100 điểm. Xếp loại: Không đạt.",
        "Kết quả: Chưa đạt điều kiện công nhận danh hiệu \u201cGia đình học tập\u201d (tổng "
        "điểm 24,5 thấp hơn mức tối thiểu 70 điểm; tiêu chí 3 là điều kiện bắt buộc nhưng "
        "chưa đạt).",
    )


def test_a_blank_scoring_sheet_has_no_points_and_dotted_lines(year, tmp_path):
    doc = year.docs.scoring_sheet(None, year.set_id, YEAR, Model.FAMILY)
    text = render(doc, tmp_path)
    assert_in(
        text,
        "PHIẾU CHẤM ĐIỂM",
        "Bến Thành, ngày ..... tháng ..... năm ........",
        "Chủ hộ: .....",
        "Địa chỉ: .....",
        # Maxima only: nothing follows them in the points column.
        "1 Học tập của trẻ em trong gia đình 40 1.a",
        "3 Không có thành viên vi phạm pháp luật Đạt / Không đạt Tổng cộng 100 Tổng",
        "Tổng số điểm: ...../100 điểm. Xếp loại: ....",
        "Điều kiện công nhận: tổng điểm từ 70 điểm trở lên",
    )
    assert_out(text, "87,5", "37,5", "Nguyễn", "Kết quả:", "Đạt điều kiện", "Đạt / Không đạt Đạt")
    assert not re.search(r"\d,\d", text)  # no half points anywhere


def test_a_registered_but_unscored_subject_gets_its_name_and_no_points(year, tmp_path):
    reg = year.reg["Phạm Thị Dung"]
    with pytest.raises(ValueError):
        year.docs.scoring_sheet(reg, None, YEAR, Model.FAMILY)
    text = render(year.docs.scoring_sheet(reg, year.set_id, YEAR, Model.FAMILY), tmp_path)
    assert_in(text, "Chủ hộ: Phạm Thị Dung", "Địa chỉ: Tổ 10, Khu phố 3", "Tổng số điểm: .....")
    assert_out(text, "Kết quả:")


def test_a_sheet_of_met_or_not_met_items_has_no_points(year, services, tmp_path):
    """The community set of TT 20/2023 (sample): every item đạt / không đạt, knock-outs."""
    row = next(r for r in services.criteria.list(Model.COMMUNITY) if r.first_year == 2024)
    blank = render(year.docs.scoring_sheet(None, row.id, YEAR, Model.COMMUNITY), tmp_path)
    assert_in(
        blank,
        "Danh hiệu \u201cCộng đồng học tập\u201d năm 2026",
        "Cộng đồng (khu phố, ấp): .....",
        "Kết quả: .....",
        "Điều kiện công nhận: tiêu chí 1 phải đạt; tiêu chí 2 phải đạt; tiêu chí 3 phải đạt.",
    )
    assert_out(blank, "Tổng số điểm", "Tổng cộng", "Xếp loại")
    cs = services.criteria.get(row.id)
    met = {leaf.code: leaf.code != "2.b" for leaf in cs.leaves()}
    [community] = year.docs.evaluation.registrations(YEAR, Model.COMMUNITY)
    year.docs.evaluation.score(community.id, row.id, ScoreSheet.manual(met=met))
    filled = render(
        year.docs.scoring_sheet(community.id, None, YEAR, Model.COMMUNITY), tmp_path, "2.pdf"
    )
    assert_in(
        filled,
        "Cộng đồng (khu phố, ấp): Chi hội Khuyến học Khu phố 3",
        "1 Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã Đạt / Không đạt Đạt",
        "2 Các nguồn lực Đạt / Không đạt Không đạt",
        "2.b Huy động xã hội hóa có kết quả Đạt / Không đạt Không đạt",
        "Kết quả: Chưa đạt điều kiện công nhận danh hiệu \u201cCộng đồng học tập\u201d (tiêu chí "
        "2 là điều kiện bắt buộc nhưng chưa đạt).",
    )
    assert_out(filled, "Tổng số điểm", "Xếp loại")


def test_scoring_sheets_refuse_unknown_registrations_and_foreign_sets(year, services):
    with pytest.raises(NotFound):
        year.docs.scoring_sheet(year.reg["Nguyễn Thị Hồng"], None, YEAR, Model.CLAN)
    unit_set = services.criteria.list(Model.UNIT)[0]
    with pytest.raises(UserError) as caught:
        year.docs.scoring_sheet(None, unit_set.id, YEAR, Model.FAMILY)
    assert caught.value.code == "score.wrong_set"
    with pytest.raises(UserError) as caught:
        year.docs.scoring_sheet(None, year.set_id, 2025, Model.FAMILY)  # before its first year
    assert caught.value.code == "score.wrong_set"


def test_the_minutes_record_the_meeting_and_each_outcome(year, tmp_path):
    text = render(year.docs.minutes(year.review_id), tmp_path)
    assert_in(
        text,
        *HEADER,
        "Bến Thành, ngày 20 tháng 11 năm 2026",
        "BIÊN BẢN",
        "Họp bình xét danh hiệu \u201cGia đình học tập\u201d năm 2026",
        "Hôm nay, vào lúc ..... giờ ..... phút, ngày 20 tháng 11 năm 2026, tại Nhà văn hóa "
        "Khu phố 3, Chi hội Khuyến học Khu phố 3 tổ chức họp bình xét",
        "- Chủ trì: Lê Văn Tám",
        "- Thư ký: Đỗ Thị Mai",
        "- Thành phần tham dự: + Ban điều hành chi hội + Đại diện các tổ dân phố",
        "xem xét kết quả chấm điểm của 3 hộ gia đình",
        "đề nghị công nhận 2 hộ gia đình; không đề nghị công nhận 1 hộ gia đình",
        "STT Chủ hộ Tổ Tổng điểm Xếp loại Đề nghị công nhận Ghi chú",
        "Nguyễn Thị Hồng Tổ 1 87,5 Tốt Có",
        "Trần Văn Bình Tổ 1 90 Tốt Có Ba năm liền",
        "Lê Văn Cường Tổ 2 24,5 Không đạt Không Chưa đạt tiêu chí 3",
        "Ý kiến tại cuộc họp: Nhất trí với kết quả chấm điểm.",
        "đề nghị Hội Khuyến học phường Bến Thành xem xét, công nhận",
        "Biên bản kết thúc lúc ..... giờ ..... phút cùng ngày, đã thông qua cho mọi người dự "
        "họp cùng nghe và nhất trí.",
        "THƯ KÝ CHỦ TRÌ",
        "Đỗ Thị Mai Lê Văn Tám",
    )
    assert_out(text, "Phạm Thị Dung", "Võ Văn Em")


def test_the_proposal_list_has_only_the_proposed(year, tmp_path):
    text = render(year.docs.proposal_list(YEAR, Model.FAMILY), tmp_path)
    assert_in(
        text,
        *HEADER,
        "Bến Thành, ngày 20 tháng 11 năm 2026",
        "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN",
        "(Theo kết quả họp bình xét ngày 20/11/2026)",
        "Chi hội Khuyến học Khu phố 3 đề nghị Hội Khuyến học phường Bến Thành xem xét, công "
        "nhận danh hiệu \u201cGia đình học tập\u201d năm 2026 cho 2 hộ gia đình",
        "Nguyễn Thị Hồng 12 Lê Lợi, Khu phố 3 Tổ 1 87,5 Tốt",
        "Trần Văn Bình 14 Lê Lợi, Khu phố 3 Tổ 1 90 Tốt Ba năm liền",
        "Tổng cộng: 2 hộ gia đình được đề nghị công nhận.",
        "CHI HỘI TRƯỞNG",
    )
    assert_out(text, "Lê Văn Cường", "Phạm Thị Dung", "24,5")


def test_the_decision_annex_lists_the_recognised(year, tmp_path):
    text = render(year.docs.decision_annex(year.decision_id), tmp_path)
    assert_in(
        text,
        "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hộ gia đình đạt danh hiệu \u201cGia đình học tập\u201d năm 2026",
        "(Kèm theo Quyết định số 15/QĐ-UBND ngày 05/12/2026 của Ủy ban nhân dân phường Bến Thành)",
        "Nguyễn Thị Hồng 12 Lê Lợi, Khu phố 3 Tổ 1",
        "Trần Văn Bình",
        "Danh sách có 2 hộ gia đình.",
        "CHỦ TỊCH",
        "(Ký tên, đóng dấu)",
        "Trần Thị Hoa",
    )
    assert_out(text, "Lê Văn Cường", "Phạm Thị Dung", "CHI HỘI KHUYẾN HỌC")


def test_unknown_meetings_and_decisions_are_not_found(year):
    with pytest.raises(NotFound):
        year.docs.minutes(year.review_id + 100)
    with pytest.raises(NotFound):
        year.docs.decision_annex(year.decision_id + 100)


def test_the_yearly_report_counts_and_shares_per_model_and_tổ(year, tmp_path):
    text = render(year.docs.yearly_report(YEAR), tmp_path)
    assert_in(
        text,
        *HEADER,
        "Bến Thành, ngày 28 tháng 12 năm 2026",
        "BÁO CÁO",
        "Kết quả xây dựng các mô hình học tập năm 2026",
        "1. Kết quả chung",
        "Mô hình Tổng số Đăng ký Được công nhận Tiêu biểu",
        # subjects, registered and %, recognised and % of subjects and of registered, commended
        "Gia đình học tập 5 4 80 % 2 40 % 50 % 1",
        "Dòng họ học tập 1 1 100 % 0 0 % 0 % 0",
        "Cộng đồng học tập 1 1 100 % 0 0 % 0 % 0",
        "Đơn vị học tập 0 0 – 0 – – 0",
        "- Gia đình học tập: 4/5 hộ gia đình đăng ký (80 %); 2 hộ gia đình được công nhận, đạt "
        "40 % tổng số và 50 % số đăng ký; 1 hộ gia đình tiêu biểu được biểu dương.",
        "- Đơn vị học tập: chưa có đăng ký.",
        "2. Gia đình học tập theo tổ",
        "Tổ 1 2 2 100 % 2 100 % 100 % 1",
        "Tổ 2 2 1 50 % 0 0 % 0 % 0",
        "Tổ 10 1 1 100 % 0 0 % 0 % 0",
        "Cộng 5 4 80 % 2 40 % 50 % 1",
        "3. Biểu đồ tỷ lệ đăng ký và được công nhận",
        "NGƯỜI LẬP BÁO CÁO",
        "CHI HỘI TRƯỞNG",
    )
    assert text.index("Tổ 2 2") < text.index("Tổ 10 1")  # tổ in number order
    assert_out(text, "Công dân học tập")


def test_write_all_writes_each_document_of_the_year(year, tmp_path):
    seen = []

    class Watch:
        cancelled = False

        def report(self, done, total):
            seen.append((done, total))

    out = tmp_path / "out" / "2026"
    paths = year.docs.write_all(YEAR, out, Watch())
    assert [p.name for p in paths] == [
        "2026-gia-dinh-dang-ky.pdf",
        "2026-gia-dinh-bien-ban-2026-11-20.pdf",
        "2026-gia-dinh-de-nghi.pdf",
        "2026-gia-dinh-quyet-dinh-15-qd-ubnd.pdf",
        "2026-dong-ho-dang-ky.pdf",
        "2026-cong-dong-dang-ky.pdf",
        "2026-bao-cao.pdf",
    ]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)  # no .part
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    for path in paths:
        assert_noto_only(path)
    assert "BIÊN BẢN" in text_of(out / "2026-gia-dinh-bien-ban-2026-11-20.pdf")
    assert "Trần Thị Hoa" in text_of(out / "2026-gia-dinh-quyet-dinh-15-qd-ubnd.pdf")


def test_write_all_of_an_empty_year_writes_nothing_and_stops_when_asked(year, tmp_path):
    assert year.docs.write_all(2030, tmp_path / "empty") == []
    assert list((tmp_path / "empty").iterdir()) == []

    class Stop:
        cancelled = True

        def report(self, done, total):
            pass

    with pytest.raises(Cancelled):
        year.docs.write_all(YEAR, tmp_path / "stopped", Stop())
    assert list((tmp_path / "stopped").iterdir()) == []


def test_numbers_dates_and_names_are_written_the_vietnamese_way():
    assert points_text(Decimal("87.5")) == "87,5"
    assert points_text(Decimal("90.0")) == "90"
    assert points_text(None) == ""
    assert percent_text(5, 8) == "62,5\u00a0%"  # never split over two lines
    assert percent_text(1, 3) == "33,3\u00a0%"
    assert percent_text(2, 3) == "66,7\u00a0%"
    assert percent_text(4, 4) == "100\u00a0%"
    assert percent_text(1, 0) == "–"
    assert count_text(1505684) == "1.505.684"
    assert long_date(dt.date(2025, 9, 2)) == "ngày 02 tháng 9 năm 2025"
    assert slug("15/QĐ-UBND") == "15-qd-ubnd"


# --- the chart ---------------------------------------------------------------------------------

CATEGORIES = ["Gia đình\nhọc tập", "Dòng họ\nhọc tập"]
SERIES = [Series("Đăng ký", (80.0, 100.0)), Series("Được công nhận", (40.0, 62.5))]


def test_the_chart_draws_every_word_in_our_font():
    drawing = grouped_bars(CATEGORIES, SERIES, 160 * mm, caption="Tỷ lệ so với tổng số")
    words = texts(drawing)
    for word in ("Gia đình", "học tập", "Dòng họ", "Đăng ký", "Được công nhận", "62,5 %"):
        assert word in words, word
    assert "Tỷ lệ so với tổng số" in words and "100 %" in words
    assert {s.fontName for s in strings(drawing)} <= {FAMILY, f"{FAMILY}-Italic"}


def test_the_chart_renders_with_embedded_fonts_only():
    drawing = grouped_bars(CATEGORIES, SERIES, 160 * mm)
    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=FAMILY)  # as AdminDocument's pages
    renderPDF.draw(drawing, canvas, 30 * mm, 150 * mm)
    canvas.save()
    assert_noto_only(out.getvalue())
    assert_in(text_of(out.getvalue()), "Được công nhận", "62,5 %", "Gia đình")


def test_the_chart_refuses_series_that_do_not_fit_the_categories():
    with pytest.raises(ValueError):
        grouped_bars(CATEGORIES, [Series("Đăng ký", (1.0,))], 100 * mm)
    with pytest.raises(ValueError):
        grouped_bars(CATEGORIES, [], 100 * mm)


def test_the_report_chart_of_a_year(year):
    words = texts(year.docs.report_chart(YEAR, 160 * mm))
    assert {"Gia đình", "Dòng họ", "Cộng đồng", "80 %", "40 %", "100 %"} <= set(words)
    assert "Đơn vị" not in words  # no units recorded
    assert year.docs.report_chart(2030, 160 * mm) is not None  # subjects, none registered


def test_the_model_chart_shows_shares_of_the_models_with_subjects():
    lines = [
        DashboardLine(Model.FAMILY, "", 8, 5, 5, 4, 4, 1),
        DashboardLine(Model.FAMILY, "Tổ 1", 4, 4, 4, 4, 4, 1),  # per tổ: not charted
        DashboardLine(Model.CLAN, "", 0, 0, 0, 0, 0, 0),  # no clans recorded: left out
        DashboardLine(Model.COMMUNITY, "", 1, 1, 0, 0, 0, 0),
        DashboardLine(Model.UNIT, "", 3, 1, 1, 1, 1, 0),
        DashboardLine(Model.CITIZEN, "", 20, 0, 0, 0, 0, 0),  # nobody registered: left out
    ]
    words = texts(model_chart(lines, 160 * mm))
    assert "Cộng đồng" in words and "Đơn vị" in words and "Gia đình" in words
    assert "Dòng họ" not in words and "Công dân" not in words
    assert {"62,5 %", "50 %", "33,3 %"} <= set(words)  # 5/8, 4/8, 1/3
    assert model_chart([DashboardLine(Model.CLAN, "", 0, 0, 0, 0, 0, 0)], 100) is None


def test_an_association_signs_as_its_chair_and_proposes_upward(year, services, tmp_path):
    inst = services.installation.require()
    services.installation.save(
        replace(inst, level=Level.COMMUNE, unit_code="26743", unit_name=inst.association_name)
    )
    text = render(year.docs.proposal_list(YEAR, Model.FAMILY), tmp_path)
    assert_in(
        text,
        "HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH",
        "Hội Khuyến học phường Bến Thành đề nghị cấp có thẩm quyền xem xét",
        "NGƯỜI LẬP DANH SÁCH CHỦ TỊCH",
    )
    assert_out(text, "CHI HỘI", "Chi hội")
