"""Bangla and Hijri dates through parse, format_datetime and the command."""

from __future__ import annotations

import warnings
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.cli import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("৩০ ভাদ্র ১৪৩১", "2024-09-14"),
        ("১লা বৈশাখ ১৪৩১", "2024-04-14"),
        ("১ পৌষ ১৪৩১ বঙ্গাব্দ", "2024-12-16"),
        ("১ পৌষ ১৪৩১ বাংলা সন", "2024-12-16"),
        ("১ পৌষ, ১৪৩১ সন", "2024-12-16"),
        ("৭ই জ্যৈষ্ঠ ১৪৩১", "2024-05-21"),
        ("৭ই জৈষ্ঠ্য ১৪৩১", "2024-05-21"),
        ("১ অগ্রহায়ণ ১৪৩১", "2024-11-16"),
        ("১ অঘ্রাণ ১৪৩১", "2024-11-16"),
        ("১ কার্ত্তিক ১৪৩১", "2024-10-17"),
        ("৩০শে চৈত্র ১৪৩০", "2024-04-13"),
        ("৮ ফাল্গুন ১৪৩০", "2024-02-21"),
        ("পহেলা বৈশাখ ১৪৩১", "2024-04-14"),
        ("১০ রবিউল আউয়াল ১৪৪৬ হিজরি", "2024-09-14"),
    ],
)
def test_bangla_and_hijri_dates(text: str, expected: str) -> None:
    assert bd.to_iso(text) == expected


@pytest.mark.parametrize(
    ("calendar", "expected"),
    [("bd", "2024-12-16"), ("bd-2019", "2024-12-16"), ("bd-1987", "2024-12-15")],
)
def test_calendar_argument_picks_the_rules(calendar: str, expected: str) -> None:
    assert bd.to_iso("১ পৌষ ১৪৩১", calendar=calendar) == expected


def test_west_bengal_is_asked_for_not_implied_by_the_zone() -> None:
    assert bd.to_iso("৩০ ভাদ্র ১৪৩১", tz="Asia/Kolkata") == "2024-09-14"
    assert bd.to_iso("২৮ ভাদ্র ১৪৩১", calendar="wb") == "2024-09-14"


def test_masthead_calendars_agree_silently() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, ৩০ ভাদ্র ১৪৩১, ১০ রবিউল আউয়াল ১৪৪৬ হিজরি"
        assert bd.to_iso(text) == "2024-09-14"
        # the Hijri part is a hint: a day either way is within its stated accuracy
        assert bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ১১ রবিউল আউয়াল ১৪৪৬ হিজরি") == "2024-09-14"


def test_a_1987_rule_bangla_date_loses_to_the_gregorian_one() -> None:
    # 16 December 2024 is 1 Poush under the 2019 rules; many sites still print 2 Poush
    text = "১৬ ডিসেম্বর ২০২৪, ২ পৌষ ১৪৩১"
    with pytest.warns(bd.CalendarMismatchWarning, match="Gregorian date 2024-12-16 wins"):
        assert bd.to_iso(text) == "2024-12-16"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert bd.to_iso(text, calendar="bd-1987") == "2024-12-16"
    with pytest.raises(bd.ParseError):
        bd.parse(text, strict=True)


def test_a_far_hijri_date_warns() -> None:
    with pytest.warns(bd.CalendarMismatchWarning, match="Hijri"):
        assert bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ১৫ রবিউল আউয়াল ১৪৪৬") == "2024-09-14"


@pytest.mark.parametrize("text", ["৩২ ভাদ্র ১৪৩১", "৩১ ফাল্গুন ১৪৩০", "১ বৈশাখ ৯৯৯৯"])
def test_bangla_dates_that_do_not_exist(text: str) -> None:
    with pytest.raises(bd.ParseError):
        bd.parse(text)


@pytest.mark.parametrize(
    ("calendar", "pattern", "expected"),
    [
        ("bd", "d MMMM y", "৩০ ভাদ্র ১৪৩১"),
        ("bd", "d MMMM y G", "৩০ ভাদ্র ১৪৩১ বঙ্গাব্দ"),
        ("bd-1987", "d MMMM y", "৩০ ভাদ্র ১৪৩১"),
        ("wb", "d MMMM y", "২৮ ভাদ্র ১৪৩১"),
        ("bd", "date", "৩০ ভাদ্র ১৪৩১"),
        ("bd", "masthead", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, ৩০ ভাদ্র ১৪৩১"),
        ("gregorian", "masthead", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, ৩০ ভাদ্র ১৪৩১"),
    ],
)
def test_formatting_other_calendars(calendar: str, pattern: str, expected: str) -> None:
    assert bd.format_datetime(date(2024, 9, 14), pattern, calendar=calendar) == expected


def test_hijri_formatting_carries_its_caveat() -> None:
    with pytest.warns(bd.HijriApproximationWarning, match="differ by one"):
        text = bd.format_datetime(date(2024, 9, 14), "d MMMM y G", calendar="hijri")
    assert text == "১০ রবিউল আউয়াল ১৪৪৬ হিজরি"


@pytest.mark.parametrize("calendar", ["bd", "bd-2019", "bd-1987", "wb", "wb-drik"])
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_bangla_format_parse_round_trip(calendar: str, day: date) -> None:
    text = bd.format_datetime(day, "d MMMM y", calendar=calendar)
    assert bd.parse(text, calendar=calendar).date() == day


def test_masthead_round_trip() -> None:
    day = date(2019, 10, 16)  # the day the 2019 rules took effect
    text = bd.format_datetime(day, "masthead")
    assert bd.parse(text).date() == day


def test_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--calendar", "bd", "--format", "date", "2024-09-14"]) == 0
    assert main(["৩০ ভাদ্র ১৪৩১"]) == 0
    assert main(["--calendar", "wb", "২৮ ভাদ্র ১৪৩১"]) == 0
    assert main(["--format", "masthead", "2024-09-14"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "৩০ ভাদ্র ১৪৩১",
        "2024-09-14",
        "2024-09-14",
        "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, ৩০ ভাদ্র ১৪৩১",
    ]


def test_today_in_the_bangla_calendar_is_consistent() -> None:
    now = datetime(2024, 9, 14, 20, 0)
    assert bd.to_iso("আজ", now=now) == "2024-09-14"
    assert bd.BengaliDate.from_gregorian(date(2024, 9, 14)).day == 30
