import datetime as dt

import pytest

from xhht_desktop.services.households import HouseholdService

TODAY = dt.date(2026, 6, 15)


class FakeClock:
    """UTC times one second apart, so every write has a distinct, known time."""

    def __init__(self, start=dt.datetime(2026, 6, 15, 8, 0, 0)):
        self.now = start

    def __call__(self):
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def register(services, clock):
    """The household service over the test database, with a fake clock and a fixed today."""
    return HouseholdService(
        services.database.sessions,
        lambda: services.installation.require().unit_code,
        clock=clock,
        today=lambda: TODAY,
    )
