"""Dates as Vietnamese users write them: dd/mm/yyyy, or a year alone."""

from __future__ import annotations

import datetime as dt
import re

_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_YEAR = re.compile(r"\d{4}")


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_birth(text: str) -> tuple[dt.date | None, int | None]:
    """'15/3/1970' -> (date, 1970); '1970' -> (None, 1970); '' -> (None, None).

    Raises ValueError for anything else, including impossible dates such as 31/02/1970.
    """
    text = text.strip()
    if not text:
        return None, None
    if _YEAR.fullmatch(text):
        return None, int(text)
    if m := _DMY.fullmatch(text):
        day, month, year = map(int, m.groups())
    elif m := _ISO.fullmatch(text):
        year, month, day = map(int, m.groups())
    else:
        raise ValueError(text)
    value = dt.date(year, month, day)
    return value, value.year


def format_local_datetime(value: dt.datetime | None) -> str:
    """A naive UTC time as the PC's local 'dd/mm/yyyy hh:mm'."""
    if value is None:
        return ""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def parse_date(text: str) -> dt.date | None:
    """A full date as dd/mm/yyyy (or yyyy-mm-dd); '' -> None. ValueError for anything else."""
    value, _year = parse_birth(text)
    if value is None and text.strip():
        raise ValueError(text)  # a year alone is not a date here
    return value
