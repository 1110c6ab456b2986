"""The demo branch: deterministic, always valid, saved in chunks."""

import datetime as dt

import pytest

from xhht_desktop.domain.entities import HouseholdFilter, Relation
from xhht_desktop.domain.validation import clean_household, normalize_phone, validate_household
from xhht_desktop.errors import UserError
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import DEMO_INSTALLATION, DemoFactory, fill_demo
from xhht_desktop.services.installation import placeholder
from xhht_desktop.services.progress import Cancelled

TODAY = dt.date(2026, 6, 15)


def test_same_seed_same_branch():
    assert list(DemoFactory(7, TODAY).households(25)) == list(DemoFactory(7, TODAY).households(25))


def test_other_seed_other_branch():
    assert list(DemoFactory(7, TODAY).households(10)) != list(DemoFactory(8, TODAY).households(10))


@pytest.mark.parametrize("seed", [1, 2025, 99])
def test_every_demo_household_is_valid(seed):
    for draft in DemoFactory(seed, TODAY).households(150):
        cleaned = clean_household(draft)
        assert validate_household(cleaned, TODAY) == [], draft
        assert cleaned.members[cleaned.head_index].relation is Relation.HEAD
        assert [m.relation for m in cleaned.members].count(Relation.HEAD) == 1
        assert draft.group in DEMO_INSTALLATION.groups
        assert draft.phone == "" or normalize_phone(draft.phone) == draft.phone
        for person in draft.members:
            assert person.birth_year is not None
            assert person.birth_date is None or person.birth_date.year == person.birth_year
            assert person.birth_date is None or person.birth_date <= TODAY


def test_demo_is_valid_early_in_the_year():
    # Young children are born "this year" only if their birthday has passed already.
    today = dt.date(2026, 1, 1)
    for draft in DemoFactory(5, today).households(200):
        assert validate_household(clean_household(draft), today) == []


def test_fill_demo_adds_households_and_sets_the_demo_branch(bare_services):
    made = fill_demo(bare_services.installation, bare_services.households, 50)
    assert made == 50
    assert bare_services.households.count(HouseholdFilter()) == 50
    inst = bare_services.installation.require()
    assert inst.unit_code == DEMO_INSTALLATION.unit_code
    assert inst.commune_name == "Phường Bến Thành"
    assert bare_services.integrity.check() == []
    rows = bare_services.households.search(HouseholdFilter(), limit=50)
    assert {r.hamlet for r in rows} == {"Khu phố 3"}


def test_fill_demo_never_mixes_demo_households_into_a_real_register(bare_services):
    mine, _ = bare_services.installation.save(placeholder())
    with pytest.raises(UserError) as caught:
        fill_demo(bare_services.installation, bare_services.households, 3)
    assert caught.value.code == "demo.real_data"
    assert bare_services.installation.require() == mine
    assert bare_services.households.count(HouseholdFilter()) == 0


class Watcher:
    def __init__(self, stop_after=None):
        self.reports, self.stop_after = [], stop_after

    def report(self, done, total):
        self.reports.append((done, total))

    @property
    def cancelled(self):
        return self.stop_after is not None and len(self.reports) >= self.stop_after


def test_fill_demo_reports_progress_per_chunk(services):
    watcher = Watcher()
    assert (
        fill_demo(services.installation, services.households, 25, progress=watcher, chunk=10) == 25
    )
    assert watcher.reports == [(10, 25), (20, 25), (25, 25)]


def test_cancelling_stops_between_chunks(services):
    with pytest.raises(Cancelled):
        fill_demo(
            services.installation, services.households, 25, progress=Watcher(stop_after=1), chunk=10
        )
    assert services.households.count(HouseholdFilter()) == 10  # the finished chunk stays
    with pytest.raises(Cancelled):
        fill_demo(
            services.installation, services.households, 25, progress=Watcher(stop_after=0), chunk=10
        )
    assert services.households.count(HouseholdFilter()) == 10


def test_fill_demo_is_deterministic_across_databases(services):
    # Two databases filled with the same seed hold the same households.
    fill_demo(services.installation, services.households, 12, seed=4)
    other = open_services(
        AppPaths.resolve(data_dir=services.paths.data_dir / "other"), services.gazetteer
    )
    try:
        fill_demo(other.installation, other.households, 12, seed=4)
        mine = [r.head_name for r in services.households.search(HouseholdFilter(), limit=20)]
        theirs = [r.head_name for r in other.households.search(HouseholdFilter(), limit=20)]
    finally:
        other.close()
    assert mine == theirs
    assert len(set(mine)) > 1


def test_fill_demo_adds_a_year_of_activities_with_attendance(bare_services):
    import datetime as dt

    from xhht_desktop.domain.entities import ActivityFilter

    fill_demo(
        bare_services.installation,
        bare_services.households,
        40,
        activities=bare_services.activities,
    )
    last_year = bare_services.activities.list(ActivityFilter(year=dt.date.today().year - 1))
    assert len(last_year) == 8
    assert all(row.attendees > 0 for row in last_year)
    again = len(bare_services.activities.list(ActivityFilter()))
    fill_demo(
        bare_services.installation, bare_services.households, 5, activities=bare_services.activities
    )
    assert len(bare_services.activities.list(ActivityFilter())) == again  # only once


def test_fill_demo_runs_last_years_cycle_and_starts_this_years(bare_services):
    import datetime as dt

    from xhht_desktop.domain.criteria import Model
    from xhht_desktop.domain.evaluation import Stage

    sv = bare_services
    fill_demo(
        sv.installation,
        sv.households,
        60,
        activities=sv.activities,
        criteria=sv.criteria,
        evaluation=sv.evaluation,
    )
    last = dt.date.today().year - 1
    stages = [r.stage for r in sv.evaluation.registrations(last, Model.FAMILY)]
    assert Stage.RECOGNISED in stages and Stage.COMMENDED in stages
    assert Stage.REGISTERED not in stages  # the whole year was run
    this = [r.stage for r in sv.evaluation.registrations(last + 1, Model.FAMILY)]
    assert Stage.REGISTERED in this and Stage.RECOGNISED not in this
    assert sv.evaluation.reviews(last, Model.FAMILY) and sv.evaluation.decisions(last, Model.FAMILY)
