"""Relative and partial expressions (issue 5), now = Saturday 14 September 2024, 20:00 Dhaka."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

import pytest

import bn_datetime as bd

NOW = datetime(2024, 9, 14, 20, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days
        ("আজ", "2024-09-14"),
        ("আজকে", "2024-09-14"),
        ("গতকাল", "2024-09-13"),
        ("আগামীকাল", "2024-09-15"),
        ("গত পরশু", "2024-09-12"),
        ("আগামী পরশু", "2024-09-16"),
        ("গত তরশু", "2024-09-11"),
        ("আগামী তরশু", "2024-09-17"),
        ("এখন", "2024-09-14T20:00:00+06:00"),
        ("এইমাত্র", "2024-09-14T20:00:00+06:00"),
        ("আজ সকাল ১০টা", "2024-09-14T10:00:00+06:00"),
        ("গতকাল রাত ৯টায়", "2024-09-13T21:00:00+06:00"),
        ("আগামীকাল বিকেল ৩টায়", "2024-09-15T15:00:00+06:00"),
        ("গতকাল রাত ১১টায়", "2024-09-13T23:00:00+06:00"),
        # offsets, in digits and words, with labels and stray separators
        ("৫ সেকেন্ড আগে", "2024-09-14T19:59:55+06:00"),
        ("৫ মিনিট আগে", "2024-09-14T19:55:00+06:00"),
        ("২ ঘণ্টা আগে", "2024-09-14T18:00:00+06:00"),
        ("২ ঘন্টা আগে", "2024-09-14T18:00:00+06:00"),
        ("এক ঘণ্টা আগে", "2024-09-14T19:00:00+06:00"),
        ("আধা ঘণ্টা আগে", "2024-09-14T19:30:00+06:00"),
        ("দেড় ঘণ্টা আগে", "2024-09-14T18:30:00+06:00"),
        ("আড়াই ঘণ্টা পরে", "2024-09-14T22:30:00+06:00"),
        ("৩ ঘণ্টা ২০ মিনিট আগে", "2024-09-14T16:40:00+06:00"),
        ("৩ দিন আগে", "2024-09-11"),
        ("দুই দিন আগে", "2024-09-12"),
        ("৩ দিন পর", "2024-09-17"),
        ("৩ দিন পরে", "2024-09-17"),
        ("১ সপ্তাহ আগে", "2024-09-07"),
        ("২ মাস আগে", "2024-07"),
        ("১ বছর আগে", "2023"),
        ("১ বছর, ২ মাস আগে", "2023-07"),
        ("প্রায় ১ ঘণ্টা আগে", "2024-09-14T19:00:00+06:00"),
        ("আপডেট: ২ মিনিট আগে", "2024-09-14T19:58:00+06:00"),
        ("৫৯ মিনিট আগে |", "2024-09-14T19:01:00+06:00"),
        ("59 minutes ago", "2024-09-14T19:01:00+06:00"),
        # weekdays and periods
        ("গত শুক্রবার", "2024-09-13"),
        ("গত শনিবার", "2024-09-07"),
        ("আগামী শনিবার", "2024-09-21"),
        ("এই শনিবার", "2024-09-14"),
        ("এই শুক্রবার", "2024-09-20"),
        ("গত সপ্তাহ", "2024-W36"),  # a week, not an invented day
        ("আগামী সপ্তাহে", "2024-W38"),
        ("গত মাস", "2024-08"),
        ("চলতি মাসে", "2024-09"),
        ("আগামী মাসে", "2024-10"),
        ("গত বছর", "2023"),
        ("চলতি বছরের", "2024"),
        ("গত জুন মাসে", "2024-06"),
        ("গত সেপ্টেম্বরে", "2023-09"),
        ("আগামী জানুয়ারি", "2025-01"),
        ("চলতি মাসের ৯ তারিখ", "2024-09-09"),
        ("গত মাসের ৩১ তারিখ", "2024-08-31"),
        ("গত ১০ সেপ্টেম্বর", "2024-09-10"),
        ("আগামী ১০ সেপ্টেম্বর", "2025-09-10"),
        # year-less dates: the nearest such date; a weekday may settle the year
        ("১২ই সেপ্টেম্বর বৃহস্পতিবার", "2024-09-12"),
        ("০৭ জুলাই - ১০ পিএম", "2024-07-07T22:00:00+06:00"),
        ("ঢাকা ১৬ অক্টোবর", "2024-10-16"),
        ("৩১ মার্চ", "2024-03-31"),  # 167 days back is nearer than 198 ahead
        # month and year precision, inflected
        ("সেপ্টেম্বর ২০২৪", "2024-09"),
        ("মার্চ, ২০২২", "2022-03"),
        ("২০২৪ সালে", "2024"),
        ("২০২৪ সালের", "2024"),
        ("২০২৪-এ", "2024"),
        ("সেপ্টেম্বরে", "2024-09"),
        ("জুনের", "2024-06"),
    ],
)
def test_relative_and_partial(text: str, expected: str) -> None:
    assert bd.to_iso(text, now=NOW) == expected


def test_a_weekday_never_moves_a_date_to_a_far_year() -> None:
    # 14 June 2024 is a Friday; the weekday printed does not send the date to 2022
    with pytest.warns(bd.WeekdayMismatchWarning):
        assert bd.to_iso("মঙ্গলবার (১৪ জুন)", now=NOW) == "2024-06-14"
    with pytest.raises(bd.ParseError, match="weekday"):
        bd.to_iso("শুক্রবার (১৪ সেপ্টেম্বর)", now=NOW, strict=True)
    # within a year either way the weekday may choose: 10 January 2025 is a Friday
    assert bd.to_iso("শুক্রবার, ১০ জানুয়ারি", now=NOW) == "2025-01-10"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("পরশু", "which way"),
        ("তরশু", "which way"),
        ("সাত দিনে", "a duration"),
        ("৩০ মাসের", "a duration"),
        ("১৫ ঘণ্টা", "a duration"),
        ("দেড় মাস আগে", "a fraction of a month"),
        ("এই পরশু", "which way"),
    ],
)
def test_relative_refusals(text: str, reason: str) -> None:
    with pytest.raises(bd.ParseError, match=reason):
        bd.parse(text, now=NOW)


def test_offsets_cross_daylight_saving_in_real_time() -> None:
    # one hour before 00:30 on 20 June 2009 (+07:00) is 22:30 the day before (+06:00)
    now = bd.parse("২০ জুন ২০০৯, ১২:৩০ এএম")
    assert bd.to_iso("১ ঘণ্টা আগে", now=now) == "2009-06-19T22:30:00+06:00"


def test_aware_now_in_another_zone_is_converted() -> None:
    now = datetime.fromisoformat("2024-09-14T23:30:00+00:00")  # already the 15th in Dhaka
    assert bd.to_iso("আজ", now=now) == "2024-09-15"
    assert bd.to_iso("গতকাল", now=now, tz="UTC") == "2024-09-13"


def _real_world_rows() -> list[tuple[str, str, str]]:
    from tests._paths import DATA

    rows = []
    for line in (DATA / "real_world_cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, expected, note = line.split("\t")
            rows.append((text, expected, note))
    return rows


@pytest.mark.parametrize(("text", "expected", "note"), _real_world_rows())
def test_real_world_cases(text: str, expected: str, note: str) -> None:
    if expected == "ERROR":
        with pytest.raises(bd.ParseError):
            bd.parse(text, now=NOW)
    else:
        assert bd.to_iso(text, now=NOW) == expected, note


# --- issue 17: past year 1 or 9999 is InvalidDateError; every result is aware ------------

EDGE_TEXTS = [
    "গত মাস", "আগামী মাস", "গত বছর", "আগামী বছর", "গতকাল", "আগামীকাল", "গত সপ্তাহ",
    "আগামী সপ্তাহ", "গত শুক্রবার", "আগামী শুক্রবার", "গত পরশু", "আগামী পরশু", "গত জানুয়ারি",
    "আগামী ডিসেম্বর", "গত ১৪ সেপ্টেম্বর", "আগামী ১৪ সেপ্টেম্বর", "আগামী মাসের ৯ তারিখ",
    "গত মাসের ৯ তারিখ", "৫ বছর আগে", "২০ দিন পরে", "৩ ঘণ্টা আগে", "সেপ্টেম্বর",
    "শুক্রবার", "৯ তারিখ", "রাত ৯টায়", "গতকাল রাত ৯টায়",
]
EDGE_NOWS = [
    datetime(1, 1, 1),
    datetime(1, 1, 15, tzinfo=timezone.utc),
    datetime(1, 1, 1, 12, tzinfo=timezone(timedelta(hours=14))),
    datetime(9999, 12, 31, 23),
    datetime(9999, 12, 20, tzinfo=timezone.utc),
]


@pytest.mark.parametrize("now", EDGE_NOWS, ids=lambda d: d.isoformat())
@pytest.mark.parametrize("zone", ["Asia/Dhaka", "UTC", "America/New_York", "Etc/GMT+12"])
def test_relative_dates_at_the_ends_of_time(now: datetime, zone: str) -> None:
    for text in EDGE_TEXTS:
        try:
            value = bd.parse(text, now=now, tz=zone)
        except bd.ParseError as exc:  # InvalidDateError past the years 1-9999
            assert exc.pos >= 0
            continue
        assert value.utcoffset() is not None, text


def test_last_month_in_year_one_is_an_invalid_date() -> None:
    with pytest.raises(bd.InvalidDateError, match="representable"):
        bd.parse("গত মাস", now=datetime(1, 1, 15, tzinfo=timezone.utc))


class _NoOffset(tzinfo):
    """A tzinfo that knows no offset: a naive datetime by Python's definition."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


def test_a_zone_without_an_offset_is_refused() -> None:
    with pytest.raises(bd.UnknownTimezoneError, match="no UTC offset"):
        bd.parse("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", tz=_NoOffset())


def test_a_now_without_an_offset_is_a_wall_time_in_tz() -> None:
    value = bd.parse("গতকাল রাত ৯টায়", now=datetime(2024, 9, 14, 20, tzinfo=_NoOffset()))
    assert value.isoformat() == "2024-09-13T21:00:00+06:00"
