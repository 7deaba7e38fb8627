from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import bn_datetime as bd
from bn_datetime.pattern import compile_pattern
from bn_datetime.tz import localize

DT = localize(datetime(2024, 9, 14, 18, 42, 5), "Asia/Dhaka")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("news", "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"),
        ("news-24h", "১৪ সেপ্টেম্বর ২০২৪, ১৮:৪২"),
        ("date", "১৪ সেপ্টেম্বর ২০২৪"),
        ("full", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, সন্ধ্যা ৬টা ৪২ মিনিট"),
        ("short", "১৪/০৯/২০২৪"),
        ("iso", "২০২৪-০৯-১৪T১৮:৪২:০৫+০৬:০০"),
        ("time", "০৬:৪২ পিএম"),
        ("d MMM y", "১৪ সেপ ২০২৪"),
        ("EEE, d/M/yy", "শনি, ১৪/৯/২৪"),
        ("B h'টা'", "সন্ধ্যা ৬টা"),
        ("H:mm:ss.SSS", "১৮:৪২:০৫.০০০"),
        ("xx", "+০৬০০"),
        ("O", "GMT+৬"),
        ("ZZZZZ", "+০৬:০০"),
        ("G y", "খ্রিঃ ২০২৪"),
        ("'It''s' y", "It's ২০২৪"),
    ],
)
def test_patterns(pattern: str, expected: str) -> None:
    assert bd.format_datetime(DT, pattern) == expected


@pytest.mark.parametrize(
    ("ampm", "expected"),
    [("short", "০৬:৪২ পিএম"), ("formal", "০৬:৪২ অপরাহ্ণ"), ("latin", "০৬:৪২ PM")],
)
def test_ampm_vocabularies(ampm: str, expected: str) -> None:
    assert bd.format_datetime(DT, "time", ampm=ampm) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("hour", "expected"),
    [(0, "রাত ১২টা"), (2, "রাত ২টা"), (4, "ভোর ৪টা"), (9, "সকাল ৯টা"), (12, "দুপুর ১২টা"),
     (15, "দুপুর ৩টা"), (16, "বিকাল ৪টা"), (19, "সন্ধ্যা ৭টা"), (21, "রাত ৯টা")],
)
def test_day_periods(hour: int, expected: str) -> None:
    assert bd.format_datetime(datetime(2024, 1, 1, hour), "B h'টা'") == expected


def test_value_kinds() -> None:
    assert bd.format_datetime(date(2024, 9, 14), "date") == "১৪ সেপ্টেম্বর ২০২৪"
    assert bd.format_datetime("2024-09-14", "short") == "১৪/০৯/২০২৪"
    assert bd.format_datetime("২০২৪-০৯-১৪T১৮:৪২:০০+০৬:০০", "news") == "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
    utc = datetime(2024, 9, 14, 12, 42, tzinfo=timezone.utc)
    assert bd.format_datetime(utc, "news", tz="Asia/Dhaka") == "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
    assert bd.format_datetime(datetime(2024, 9, 14, 18, 42), "iso", tz="Asia/Dhaka").endswith("+০৬:০০")


def test_precomposed_nukta_option() -> None:
    text = bd.format_datetime(date(2024, 1, 5), "d MMMM y")
    assert "য\u09bc" in text
    pre = bd.format_datetime(date(2024, 1, 5), "d MMMM y", precomposed=True)
    assert "\u09df" in pre and "\u09bc" not in pre
    assert bd.parse(pre).date() == bd.parse(text).date() == date(2024, 1, 5)


def test_bangla_calendar_fields() -> None:
    assert bd.format_datetime(date(2024, 9, 14), "d MMMM y", calendar="bd") == "৩০ ভাদ্র ১৪৩১"
    assert bd.format_datetime(date(2024, 4, 14), "d MMMM y", calendar="bd") == "১ বৈশাখ ১৪৩১"


@pytest.mark.parametrize(
    ("pattern", "position", "message"),
    [
        ("dd Q", 3, "unknown pattern letter"),
        ("ddd", 0, "is not one of"),
        ("hh:mm", 0, "needs 'a' or 'B'"),
        ("HH:mm a", 0, "contradicts"),
        ("d d", 2, "repeats"),
        ("'open", 0, "unterminated"),
        ("", 0, "empty"),
    ],
)
def test_pattern_errors(pattern: str, position: int, message: str) -> None:
    with pytest.raises(bd.PatternError, match=message) as info:
        compile_pattern(pattern)
    assert info.value.pos == position


def test_time_pattern_on_a_date() -> None:
    with pytest.raises(bd.PatternError, match="needs a time"):
        bd.format_datetime(date(2024, 9, 14), "news")


@pytest.mark.parametrize("bad", [None, 1.5, object()])
def test_format_refuses_other_types(bad: object) -> None:
    with pytest.raises(TypeError):
        bd.format_datetime(bad)  # type: ignore[arg-type]


def test_format_refuses_bad_iso_text() -> None:
    with pytest.raises(bd.ParseError):
        bd.format_datetime("not a date")


def test_strict_pattern_parsing() -> None:
    assert bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "news") == "2024-09-14T18:42:00+06:00"
    with pytest.raises(bd.ParseError, match="does not fit") as info:
        bd.parse("১৪ সেপ্টেম্বর ২০২৪ ০৬:৪২ পিএম", "news")  # the comma is missing
    assert info.value.pos == 18
    with pytest.raises(bd.InvalidDateError):
        bd.parse("৩১/০৪/২০২৪", "short")


def test_offset_in_pattern_wins() -> None:
    value = bd.parse("২০২৪-০৯-১৪T১২:৪২:০০+০০:০০", "iso")
    assert value.utcoffset() == timedelta(0)
