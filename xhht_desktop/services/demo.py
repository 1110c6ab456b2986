"""A realistic demo branch: households with Vietnamese names in tổ 1–8 of a real ward."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import replace
from decimal import ROUND_FLOOR, Decimal

from xhht_desktop.domain.criteria import Kind as CriterionKind
from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import (
    ActivityDraft,
    ActivityFilter,
    EconomicStatus,
    Education,
    Gender,
    HouseholdDraft,
    Installation,
    Level,
    Literacy,
    PersonDraft,
    Relation,
)
from xhht_desktop.domain.evaluation import CommendationDraft, DecisionDraft, ReviewDraft
from xhht_desktop.domain.scoring import Score, ScoreSheet
from xhht_desktop.errors import UserError
from xhht_desktop.services.activities import ActivityService
from xhht_desktop.services.criteria_sets import CriteriaSetService
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.households import HouseholdService
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.progress import Cancelled, NoProgress, Progress

DEMO_INSTALLATION = Installation(
    level=Level.BRANCH,
    unit_code="26743-KP3",
    unit_name="Chi hội Khuyến học Khu phố 3",
    association_name="Hội Khuyến học phường Bến Thành",
    province_code="79",
    commune_code="26743",
    groups=tuple(f"Tổ {n}" for n in range(1, 9)),
)
HAMLET = "Khu phố 3"

# Surnames weighted roughly by how common they are in Vietnam.
_SURNAMES = [
    ("Nguyễn", 38),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Huỳnh", 4),
    ("Hoàng", 3),
    ("Phan", 4),
    ("Võ", 4),
    ("Vũ", 2),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 1),
    ("Hồ", 1),
    ("Ngô", 1),
    ("Dương", 1),
    ("Lý", 1),
    ("Trương", 1),
    ("Đinh", 1),
]
_MALE_MIDDLE = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Hoàng", "Gia", "Tấn"]
_FEMALE_MIDDLE = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Bích", "Mỹ", "Hồng"]
_MALE_GIVEN = [
    "Anh",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hùng",
    "Huy",
    "Khang",
    "Khoa",
    "Long",
    "Minh",
    "Nam",
    "Phúc",
    "Quang",
    "Sơn",
    "Tài",
    "Thắng",
    "Tuấn",
    "Việt",
    "Vinh",
    "Đạt",
    "Hiếu",
    "Trung",
    "Tâm",
    "Lộc",
    "Nghĩa",
    "Phong",
    "Bảo",
    "Thịnh",
    "Toàn",
]
_FEMALE_GIVEN = [
    "An",
    "Chi",
    "Dung",
    "Giang",
    "Hà",
    "Hạnh",
    "Hoa",
    "Hồng",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Ngân",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Thảo",
    "Trang",
    "Tuyết",
    "Uyên",
    "Vân",
    "Vy",
    "Yến",
    "Nhi",
    "Thủy",
    "Hằng",
    "Ly",
    "Loan",
    "Diệp",
]
_STREETS = [
    "Lê Lợi",
    "Lê Thánh Tôn",
    "Nguyễn Trãi",
    "Phạm Ngũ Lão",
    "Bùi Viện",
    "Đề Thám",
    "Lê Lai",
    "Nguyễn Thái Học",
    "Cống Quỳnh",
    "Trương Định",
    "Lý Tự Trọng",
    "Nguyễn An Ninh",
]
_JOBS = [
    "Buôn bán",
    "Công nhân",
    "Nhân viên văn phòng",
    "Giáo viên",
    "Nội trợ",
    "Lao động tự do",
    "Kinh doanh",
    "Tài xế",
    "Thợ may",
    "Thợ điện",
    "Y tá",
    "Kế toán",
    "Bảo vệ",
    "Đầu bếp",
    "Kỹ sư",
]
_SCHOOLS = {
    Education.PRESCHOOL: "Trường Mầm non Bến Thành",
    Education.PRIMARY: "Trường Tiểu học Lê Ngọc Hân",
    Education.LOWER_SECONDARY: "Trường THCS Văn Lang",
    Education.UPPER_SECONDARY: "Trường THPT Trưng Vương",
    Education.UNIVERSITY: "Trường Đại học Kinh tế TP. Hồ Chí Minh",
}
_MOBILE_PREFIXES = [
    "090",
    "091",
    "093",
    "098",
    "097",
    "096",
    "086",
    "088",
    "070",
    "077",
    "079",
    "081",
    "083",
    "032",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
]


class DemoFactory:
    """Makes household drafts; the same seed gives the same branch."""

    def __init__(self, seed: int = 2025, today: dt.date | None = None) -> None:
        self.rng = random.Random(seed)
        self.today = today or dt.date.today()
        self._surnames = [s for s, _ in _SURNAMES]
        self._weights = [w for _, w in _SURNAMES]

    def households(self, count: int) -> Iterator[HouseholdDraft]:
        for _ in range(count):
            yield self.household()

    def household(self) -> HouseholdDraft:
        rng = self.rng
        surname = rng.choices(self._surnames, self._weights)[0]
        head_male = rng.random() < 0.65
        head_age = rng.randint(28, 82)
        head = self._person(surname, head_male, head_age, Relation.HEAD)
        members = [head]
        if rng.random() < 0.82 and head_age < 78:
            spouse_surname = rng.choices(self._surnames, self._weights)[0]
            members.append(
                self._person(
                    spouse_surname,
                    not head_male,
                    max(20, head_age + rng.randint(-6, 4)),
                    Relation.SPOUSE,
                )
            )
        for _ in range(rng.choice([0, 1, 1, 2, 2, 2, 3])):
            child_age = head_age - rng.randint(20, 38)
            if child_age >= 0:
                members.append(self._person(surname, rng.random() < 0.5, child_age, Relation.CHILD))
        if head_age < 55 and rng.random() < 0.2:
            members.append(
                self._person(
                    surname, rng.random() < 0.4, head_age + rng.randint(22, 32), Relation.PARENT
                )
            )
        if head_age > 60 and rng.random() < 0.3:
            members.append(
                self._person(surname, rng.random() < 0.5, rng.randint(2, 15), Relation.GRANDCHILD)
            )
        status = rng.choices(list(EconomicStatus), [92, 3, 5])[0]
        group = rng.randint(1, 8)
        return HouseholdDraft(
            members=tuple(members),
            house_number=self._house_number(),
            street=rng.choice(_STREETS),
            group=f"Tổ {group}",
            hamlet=HAMLET,
            phone=self._phone() if rng.random() < 0.75 else "",
            economic_status=status,
            notes="Gia đình học tập nhiều năm liền" if rng.random() < 0.05 else "",
        )

    def _person(self, surname: str, male: bool, age: int, relation: Relation) -> PersonDraft:
        rng = self.rng
        middle = rng.choice(_MALE_MIDDLE if male else _FEMALE_MIDDLE)
        given = rng.choice([g for g in (_MALE_GIVEN if male else _FEMALE_GIVEN) if g != middle])
        year = self.today.year - age
        birth_date = None
        if rng.random() < 0.7:
            birth_date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            if birth_date > self.today:
                birth_date = birth_date.replace(year=year - 1)
        education, studying, grade = self._schooling(age)
        adult = age >= 18
        return PersonDraft(
            full_name=f"{surname} {middle} {given}",
            gender=Gender.MALE if male else Gender.FEMALE,
            birth_date=birth_date,
            birth_year=birth_date.year if birth_date else year,
            relation=relation,
            education=education,
            literacy=(
                Literacy.LITERATE
                if age >= 6 and rng.random() > 0.01
                else Literacy.UNKNOWN
                if age < 6
                else Literacy.ILLITERATE
            ),
            studying=studying,
            school=_SCHOOLS.get(education, "") if studying else "",
            grade=grade,
            occupation=("Hưu trí" if age >= 62 else rng.choice(_JOBS))
            if adult and not studying
            else "",
            is_member=adult and rng.random() < 0.3,
        )

    def _schooling(self, age: int) -> tuple[Education, bool, str]:
        if age < 3:
            return Education.NONE, False, ""
        if age < 6:
            return Education.PRESCHOOL, True, ""
        if age < 18:
            grade = min(12, age - 5)
            level = (
                Education.PRIMARY
                if grade <= 5
                else Education.LOWER_SECONDARY
                if grade <= 9
                else Education.UPPER_SECONDARY
            )
            return level, True, str(grade)
        if age < 23 and self.rng.random() < 0.45:
            return Education.UNIVERSITY, True, f"Năm {age - 17}"
        return (
            self.rng.choices(
                [
                    Education.PRIMARY,
                    Education.LOWER_SECONDARY,
                    Education.UPPER_SECONDARY,
                    Education.VOCATIONAL,
                    Education.COLLEGE,
                    Education.UNIVERSITY,
                ],
                [8, 20, 35, 12, 8, 17],
            )[0],
            False,
            "",
        )

    def _house_number(self) -> str:
        number = str(self.rng.randint(1, 250))
        roll = self.rng.random()
        if roll < 0.15:
            return f"{number}/{self.rng.randint(1, 40)}"
        if roll < 0.2:
            return f"{number}A"
        return number

    def _phone(self) -> str:
        return self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randint(0, 9_999_999):07d}"


def fill_demo(
    installation: InstallationService,
    households: HouseholdService,
    count: int,
    seed: int = 2025,
    progress: Progress | None = None,
    chunk: int = 500,
    activities: ActivityService | None = None,
    criteria: CriteriaSetService | None = None,
    evaluation: EvaluationService | None = None,
) -> int:
    """Add `count` demo households in chunks (each chunk one transaction); return how many.

    Cancelling stops between chunks: the chunks already added stay.

    Sets the installation up as the demo branch if it has none yet, and refuses to mix demo
    households into a real unit's register.
    """
    progress = progress or NoProgress()
    factory = DemoFactory(seed)
    current = installation.get()
    if current is None:
        installation.save(DEMO_INSTALLATION)
    elif current.unit_code != DEMO_INSTALLATION.unit_code:
        raise UserError("demo.real_data", unit=current.unit_name)
    made = 0
    drafts = factory.households(count)
    while made < count:
        if progress.cancelled:
            raise Cancelled()
        batch = [next(drafts) for _ in range(min(chunk, count - made))]
        households.save_many(batch)
        made += len(batch)
        progress.report(made, count)
    if activities is not None and not activities.list(ActivityFilter()):
        this_year = dt.date.today().year
        for year in (this_year - 1, this_year):  # last year's history, and this year so far
            fill_demo_activities(activities, year, seed)
        if criteria is not None and evaluation is not None:
            fill_demo_cycle(criteria, evaluation, this_year - 1, complete=True, seed=seed)
            fill_demo_cycle(criteria, evaluation, this_year, complete=False, seed=seed)
    return made


# (kind position in the default list, title, place) for a year of the demo branch.
_DEMO_ACTIVITIES = (
    (0, "Sinh hoạt chuyên đề: Nuôi dạy con trong thời đại số", "Nhà văn hóa Khu phố 3"),
    (3, "Ngày hội đọc sách Khu phố 3", "Thư viện phường Bến Thành"),
    (1, "Hội thi Rung chuông vàng cấp khu phố", "Trường Tiểu học Lê Ngọc Hân"),
    (2, "Lớp tin học cho người cao tuổi", "Trung tâm học tập cộng đồng phường"),
    (0, "Sinh hoạt chuyên đề: Phòng chống đuối nước cho trẻ em", "Nhà văn hóa Khu phố 3"),
    (4, "Tập huấn chi hội trưởng và tổ trưởng khuyến học", "Hội trường Ủy ban nhân dân phường"),
    (2, "Lớp tiếng Anh giao tiếp buổi tối", "Trung tâm học tập cộng đồng phường"),
    (5, "Biểu dương gia đình học tập tiêu biểu", "Nhà văn hóa Khu phố 3"),
)


def fill_demo_activities(activities: ActivityService, year: int, seed: int = 2025) -> int:
    """A year of learning activities with attendance drawn from the demo register."""
    rng = random.Random(seed + year)
    kinds = activities.types()
    people = [p.id for p in activities.people()]
    made = 0
    for number, (kind, title, place) in enumerate(_DEMO_ACTIVITIES):
        month = 1 + number * 11 // len(_DEMO_ACTIVITIES)
        start = dt.date(year, month, rng.randint(3, 26))
        if start > dt.date.today():
            break
        attendees = rng.sample(people, min(len(people), rng.randint(15, 60)))
        activities.save(
            ActivityDraft(
                type_id=kinds[kind % len(kinds)].id,
                title=title,
                start_date=start,
                place=place,
                organiser="Chi hội Khuyến học Khu phố 3",
                outside_attendees=rng.randint(0, 12),
                attendee_ids=frozenset(attendees),
            )
        )
        made += 1
    return made


def demo_family_set(criteria: CriteriaSetService, year: int) -> int:
    """A family criteria set usable in `year`: the shipped sample, copied for the demo's years
    when it does not apply (still marked as a sample)."""
    usable = criteria.usable(Model.FAMILY, year)
    if usable:
        return usable[0].id
    sample = next(r for r in criteria.list(Model.FAMILY))
    copy_id, _ = criteria.copy(sample.id)
    cs = criteria.get(copy_id)
    criteria.save(
        replace(
            cs,
            first_year=min(year, dt.date.today().year) - 1,
            last_year=None,
            title=f"{cs.title} — bản sao cho chi hội mẫu",
        ),
        copy_id,
    )
    return copy_id


def fill_demo_cycle(
    criteria: CriteriaSetService,
    evaluation: EvaluationService,
    year: int,
    complete: bool,
    seed: int = 2025,
) -> None:
    """A year of the family model: most households register and are scored from the records
    (with the rest typed); when `complete`, the review, the decision and commendations too."""
    rng = random.Random(seed + year)
    set_id = demo_family_set(criteria, year)
    cs = criteria.get(set_id)
    candidates = [c.id for c in evaluation.candidates(year, Model.FAMILY)]
    evaluation.register(year, Model.FAMILY, [c for c in candidates if rng.random() < 0.6])
    rows = evaluation.registrations(year, Model.FAMILY)
    scored = rows if complete else rows[: len(rows) // 3]
    for row in scored:
        suggested = evaluation.suggestions(row.id, set_id)
        scores = {}
        for leaf in cs.leaves():
            if leaf.code in suggested:
                scores[leaf.code] = Score.derived(suggested[leaf.code])
            elif leaf.kind is CriterionKind.PASS_FAIL:
                scores[leaf.code] = Score(met=rng.random() < 0.9)
            else:
                share = Decimal(rng.choice([6, 7, 8, 9, 10, 10])) / 10
                points = (leaf.maximum * share / cs.point_step).to_integral_value(
                    rounding=ROUND_FLOOR
                ) * cs.point_step
                scores[leaf.code] = Score(points=points)
        evaluation.score(row.id, set_id, ScoreSheet(scores))
    if not complete:
        return
    rows = evaluation.registrations(year, Model.FAMILY)
    evaluation.record_review(
        ReviewDraft(
            year,
            Model.FAMILY,
            dt.date(year, 11, 25),
            place="Nhà văn hóa Khu phố 3",
            chair="Nguyễn Văn Hùng",
            secretary="Trần Thị Ngọc Bích",
            attendees="Ban điều hành chi hội, các tổ trưởng, đại diện các hộ",
            outcomes=tuple((r.id, bool(r.met), "") for r in rows),
        )
    )
    proposed = frozenset(r.id for r in rows if r.met)
    if not proposed:
        return
    evaluation.apply_decision(
        DecisionDraft(
            year,
            Model.FAMILY,
            f"{rng.randint(10, 99)}/QĐ-UBND",
            dt.date(year, 12, 10),
            signer="Lê Minh Tâm",
            signer_title="Chủ tịch UBND phường",
            issuer="Ủy ban nhân dân phường Bến Thành",
            registration_ids=proposed,
        )
    )
    best = sorted(proposed)[:: max(1, len(proposed) // 8)]
    evaluation.commend(
        CommendationDraft(
            year,
            "Gia đình học tập tiêu biểu",
            dt.date(year, 12, 20),
            given_by="Hội Khuyến học phường Bến Thành",
            registration_ids=frozenset(best),
        )
    )
