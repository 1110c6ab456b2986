"""Birth dates as Vietnamese users write them."""

import datetime as dt

import pytest

from xhht_desktop.domain.dates import format_date, parse_birth


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15/3/1970", (dt.date(1970, 3, 15), 1970)),
        ("15/03/1970", (dt.date(1970, 3, 15), 1970)),
        ("15.03.1970", (dt.date(1970, 3, 15), 1970)),
        ("15-03-1970", (dt.date(1970, 3, 15), 1970)),
        ("1970-03-15", (dt.date(1970, 3, 15), 1970)),
        ("29/2/2000", (dt.date(2000, 2, 29), 2000)),
        (" 1/1/2001 ", (dt.date(2001, 1, 1), 2001)),
        ("1970", (None, 1970)),
        ("", (None, None)),
        ("   ", (None, None)),
    ],
)
def test_parse_birth(typed, expected):
    assert parse_birth(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "31/02/1970",
        "29/2/1999",
        "32/1/1970",
        "15/13/1970",
        "0/1/1970",
        "abc",
        "15/3/70",
        "1970-3",
        "197",
        "19700",
        "15/3/1970 x",
        "3/15/1970",
    ],
)
def test_parse_birth_refuses_impossible_or_unreadable(typed):
    with pytest.raises(ValueError):
        parse_birth(typed)


def test_format_date_is_day_month_year():
    assert format_date(dt.date(1970, 3, 5)) == "05/03/1970"
    assert format_date(None) == ""
    assert parse_birth(format_date(dt.date(1999, 12, 31))) == (dt.date(1999, 12, 31), 1999)
