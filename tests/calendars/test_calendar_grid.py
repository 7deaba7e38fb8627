"""The month grid (bn_datetime.calendars.calendar_grid) and the ``bn-datetime cal`` command."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bn_datetime.calendars.bangla_calendar import gregorian_to_bangla
from bn_datetime.calendars.calendar_grid import (
    CALENDAR_NAMES,
    format_month,
    format_month_html,
    month_grid,
)
from bn_datetime.calendars.hijri import gregorian_to_hijri
from bn_datetime.cli import main


def test_done_when_boishakh_1431_starts_on_sunday_14_april(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cal", "--calendar", "bd", "1", "1431"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].strip() == "বৈশাখ ১৪৩১"
    assert lines[1].strip() == "১৪ এপ্রিল \u2013 ১৪ মে ২০২৪"
    assert lines[2].split()[0] == "রবি"
    assert lines[3].startswith(" ১ 14  ২ 15")  # day 1 = 14 April, in the Sunday column
    assert "\x1b" not in out and err == ""  # not a terminal: no escapes


@pytest.mark.parametrize(
    ("year", "month", "calendar", "first", "length"),
    [
        (1431, 1, "bd", date(2024, 4, 14), 31),
        (1431, 5, "bd", date(2024, 8, 16), 31),
        (1431, 11, "bd", date(2025, 2, 14), 29),  # পহেলা ফাল্গুন,
        (1431, 11, "bd-1987", date(2025, 2, 13), 30),
        (1431, 5, "wb-ss", date(2024, 8, 18), 31),
        (1431, 5, "wb", date(2024, 8, 18), 31),
        (1446, 9, "hijri", date(2025, 3, 2), 29),  # ঈদুল ফিতর 31 March 2025,
    ],
)
def test_month_grid(year: int, month: int, calendar: str, first: date, length: int) -> None:
    grid = month_grid(year, month, calendar=calendar)
    days = [cell for week in grid.weeks for cell in week if cell is not None]
    assert days[0].date == first
    assert len(days) == length
    assert [d.day for d in days] == list(range(1, length + 1))
    assert all(len(week) == 7 for week in grid.weeks)
    offset = next(i for i, cell in enumerate(grid.weeks[0]) if cell is not None)
    assert offset == (first.weekday() + 1) % 7  # Sunday first


def test_weekends_and_first_weekday() -> None:
    bd = month_grid(1431, 1)
    assert {c.date.weekday() for w in bd.weeks for c in w if c and c.weekend} == {4, 5}
    wb = month_grid(1431, 1, calendar="wb-drik", firstweekday=0)
    assert {c.date.weekday() for w in wb.weeks for c in w if c and c.weekend} == {6}
    assert wb.weekdays[0] == "সোম"


def test_terminal_marks_today_and_weekends() -> None:
    text = format_month(1431, 1, today=date(2024, 4, 16), color=True)
    assert "\x1b[7m ৩ 16\x1b[0m" in text
    assert "\x1b[31m ৬ 19\x1b[0m" in text  # a Friday
    assert "\x1b" not in format_month(1431, 1, today=date(2024, 4, 16))


def test_html() -> None:
    page = format_month_html(1431, 1, today=date(2024, 4, 19))
    assert page.startswith('<table class="bn-month" lang="bn">')
    assert '<td class="weekend today" data-date="2024-04-19">৬ <small>19</small></td>' in page
    assert page.count("<tr>") == 1 + 5


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"calendar": "julian"}, "calendar must be one of"),
        ({"month": 13}, "month must be 1-12"),
        ({"firstweekday": 7}, "firstweekday"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], match: str) -> None:
    call: dict[str, object] = {"year": 1431, "month": 1, **kwargs}
    with pytest.raises(ValueError, match=match):
        month_grid(**call)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "args",
    [["cal", "13", "1431"], ["cal", "1"], ["cal", "--today", "tomorrow"], ["cal", "x", "1431"]],
)
def test_cal_usage_errors(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main(args) == 2
    assert "bn-datetime cal: error" in capsys.readouterr().err


def test_cal_defaults_to_the_month_of_today(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cal", "--today", "2024-09-14"]) == 0
    assert capsys.readouterr().out.splitlines()[0].strip() == "ভাদ্র ১৪৩১"
    assert main(["cal", "--calendar", "hijri", "--today", "2024-09-14", "--html"]) == 0
    assert "রবিউল আউয়াল ১৪৪৬ হিজরি" in capsys.readouterr().out


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from([c for c in CALENDAR_NAMES if c != "hijri"]),
)
def test_every_cell_is_the_day_of_its_date(day: date, calendar: str) -> None:
    name = "wb" if calendar == "wb-ss" else calendar
    b = gregorian_to_bangla(day, calendar=name)
    grid = month_grid(b.year, b.month, calendar=calendar)
    cells = [c for week in grid.weeks for c in week if c is not None]
    assert all(c.date - cells[0].date == timedelta(days=c.day - 1) for c in cells)
    assert all(gregorian_to_bangla(c.date, calendar=name).day == c.day for c in cells[:: max(1, len(cells) - 1)])
    assert any(c.date == day and c.day == b.day for c in cells)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2070, 12, 31)))
def test_every_hijri_cell_is_the_day_of_its_date(day: date) -> None:
    h = gregorian_to_hijri(day)
    cells = [c for week in month_grid(h.year, h.month, calendar="hijri").weeks for c in week if c]
    assert any(c.date == day and c.day == h.day for c in cells)
