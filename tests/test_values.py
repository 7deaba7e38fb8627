"""The typed values (bn_datetime/values.py): Parsed, Interval, Duration, Recurrence."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.tz import localize
from bn_datetime.values import Duration, Interval, Parsed, Recurrence, UnitError, weekday_code

DHAKA = ZoneInfo("Asia/Dhaka")


def day(y: int, m: int, d: int) -> Parsed:
    return Parsed(datetime(y, m, d, tzinfo=DHAKA), "day")


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        (Parsed(datetime(2024, 9, 14, 10, 0, tzinfo=DHAKA), "time"), "10:00:00"),
        (Parsed(datetime(2024, 9, 14, tzinfo=DHAKA), "week"), "2024-W37"),
        (Parsed(datetime(2024, 9, 14, tzinfo=DHAKA), "month"), "2024-09"),
        (Interval(day(2024, 9, 10), day(2024, 9, 12)), "2024-09-10/2024-09-12"),
        (Interval(Parsed(datetime(2017, 1, 1, tzinfo=DHAKA), "year"), None), "2017/.."),
        (Interval(None, day(2021, 8, 5)), "../2021-08-05"),
        (Duration(hours=3, minutes=45), "PT3H45M"),
        (Duration(weeks=2), "P2W"),
        (Duration(years=2, months=6), "P2Y6M"),
        (Duration(days=1, seconds=1.5), "P1DT1.5S"),
        (Duration(), "PT0S"),
        (Recurrence("weekly", byweekday=("FR",)), "FREQ=WEEKLY;BYDAY=FR"),
        (Recurrence("monthly", byweekday=("1FR",)), "FREQ=MONTHLY;BYDAY=1FR"),
        (Recurrence("yearly", bymonth=(2,), bymonthday=(21,)), "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=21"),
        (Recurrence("daily", time=time(10, 0)), "FREQ=DAILY;BYHOUR=10;BYMINUTE=0"),
    ],
)
def test_isoformat(value: bd.Value, iso: str) -> None:
    assert value.isoformat() == iso
    assert hash(value) == hash(value)  # immutable and hashable
    assert iso in repr(value) or isinstance(value, Parsed)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (day(2024, 9, 14), "date"),
        (Parsed(datetime(2024, 9, 14, 10, tzinfo=DHAKA), "time"), "time"),
        (Parsed(datetime(2024, 9, 14, 10, tzinfo=DHAKA), "minute"), "datetime"),
        (Interval(day(2024, 9, 10), None), "interval"),
        (Duration(days=1), "duration"),
        (Recurrence("daily"), "recurrence"),
    ],
)
def test_kind(value: bd.Value, kind: str) -> None:
    assert value.kind == kind


def test_interval_bounds_are_half_open_and_inclusive_at_precision() -> None:
    interval = Interval(day(2024, 9, 10), day(2024, 9, 12))
    start, end = interval.bounds()
    assert start == datetime(2024, 9, 10, tzinfo=DHAKA)
    assert end == datetime(2024, 9, 13, tzinfo=DHAKA)
    assert interval.duration() == timedelta(days=3)
    months = Interval(
        Parsed(datetime(2015, 7, 1, tzinfo=DHAKA), "month"), Parsed(datetime(2016, 1, 1, tzinfo=DHAKA), "month")
    )
    assert months.bounds()[1] == datetime(2016, 2, 1, tzinfo=DHAKA)


def test_time_interval_over_midnight() -> None:
    night = Interval(
        Parsed(datetime(2024, 9, 14, 22, tzinfo=DHAKA), "time"),
        Parsed(datetime(2024, 9, 14, 6, tzinfo=DHAKA), "time"),
    )
    assert night.isoformat() == "22:00:00/06:00:00"
    assert night.duration() == timedelta(hours=8, minutes=1)  # both ends inclusive: to 06:01


def test_open_interval_has_no_duration() -> None:
    with pytest.raises(UnitError, match="open interval"):
        Interval(day(2017, 1, 1), None).duration()


def test_duration_conversions() -> None:
    assert Duration(hours=1, minutes=30).to_timedelta() == timedelta(minutes=90)
    assert Duration(years=2, months=6).to_relativedelta() == relativedelta(years=2, months=6)
    with pytest.raises(UnitError, match="no fixed length"):
        Duration(months=1).to_timedelta()
    assert isinstance(UnitError("x"), ValueError)


def test_recurrence_occurrences() -> None:
    rule = Recurrence("monthly", byweekday=("1FR",))
    assert [d.date() for d in rule.rrule(date(2024, 9, 14), count=3)] == [
        date(2024, 10, 4), date(2024, 11, 1), date(2024, 12, 6),
    ]
    daily = Recurrence("daily", time=time(10, 0))
    assert list(daily.occurrences(datetime(2024, 9, 14, 12, 0), 2)) == [
        datetime(2024, 9, 15, 10, 0), datetime(2024, 9, 16, 10, 0),
    ]
    window = Recurrence("weekly", byweekday=("SA", "SU"), during=(time(9), time(17)))
    assert next(iter(window.rrule(date(2024, 9, 16)))) == datetime(2024, 9, 21, 9, 0)
    assert "during=09:00:00/17:00:00" in repr(window)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"freq": "secondly"},
        {"freq": "weekly", "interval": 0},
        {"freq": "weekly", "interval": -2},
        {"freq": "weekly", "interval": True},
        {"freq": "monthly", "times": 0},
        {"freq": "monthly", "times": 2.5},
        {"freq": "weekly", "byweekday": ("XX",)},
        {"freq": "weekly", "byweekday": ("9FR",)},
        {"freq": "weekly", "byweekday": ("xFR",)},
        {"freq": "yearly", "bymonth": (13,)},
        {"freq": "monthly", "bymonthday": (32,)},
    ],
)
def test_recurrence_refuses_what_never_happens(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each message names its own field
        Recurrence(**kwargs)  # type: ignore[arg-type]


# Issue 13: every so many periods (INTERVAL) and a count in each period (times).
@pytest.mark.parametrize(
    ("value", "rrule_text", "shown"),
    [
        (Recurrence("weekly", interval=2), "FREQ=WEEKLY;INTERVAL=2", "Recurrence('FREQ=WEEKLY;INTERVAL=2')"),
        (Recurrence("daily", interval=1), "FREQ=DAILY", "Recurrence('FREQ=DAILY')"),
        (Recurrence("monthly", times=3), "FREQ=MONTHLY", "Recurrence('FREQ=MONTHLY', times=3)"),
        (Recurrence("monthly", times=1), "FREQ=MONTHLY", "Recurrence('FREQ=MONTHLY')"),
        (
            Recurrence("yearly", bymonth=(4,), bymonthday=(14,), interval=4),
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=4;BYMONTHDAY=14",
            "Recurrence('FREQ=YEARLY;INTERVAL=4;BYMONTH=4;BYMONTHDAY=14')",
        ),
        (Recurrence("hourly", interval=6), "FREQ=HOURLY;INTERVAL=6", "Recurrence('FREQ=HOURLY;INTERVAL=6')"),
        (Recurrence("minutely", interval=45), "FREQ=MINUTELY;INTERVAL=45", "Recurrence('FREQ=MINUTELY;INTERVAL=45')"),
        (
            Recurrence("hourly", interval=2, time=time(7, 30)),
            "FREQ=HOURLY;INTERVAL=2",
            "Recurrence('FREQ=HOURLY;INTERVAL=2', time=07:30:00)",
        ),
    ],
)
def test_interval_and_times(value: Recurrence, rrule_text: str, shown: str) -> None:
    assert value.isoformat() == rrule_text
    assert repr(value) == shown


def test_interval_and_times_keep_old_construction_and_take_part_in_equality() -> None:
    old = Recurrence("weekly", ("FR",), (), (), None, None)  # the six fields, by position
    assert old == Recurrence("weekly", byweekday=("FR",)) and old.interval == 1 and old.times is None
    assert Recurrence("weekly", interval=2) != Recurrence("weekly")
    assert Recurrence("monthly", times=2) != Recurrence("monthly")
    assert Recurrence("monthly", times=1) == Recurrence("monthly")
    assert len({Recurrence("weekly", interval=2), Recurrence("weekly", interval=2), Recurrence("weekly")}) == 2


@pytest.mark.parametrize(
    ("value", "start", "expected"),
    [
        (Recurrence("weekly", interval=2), datetime(2024, 9, 14), ["2024-09-14T00:00:00", "2024-09-28T00:00:00"]),
        (
            Recurrence("weekly", byweekday=("FR",), interval=3),
            date(2024, 9, 14),  # a Saturday: its week's Friday is past, RFC 5545 counts weeks from it
            ["2024-10-04T00:00:00", "2024-10-25T00:00:00"],
        ),
        (Recurrence("monthly", bymonthday=(5,), interval=6), date(2024, 1, 1), ["2024-01-05T00:00:00", "2024-07-05T00:00:00"]),
        (Recurrence("minutely", interval=30), datetime(2024, 9, 14, 8), ["2024-09-14T08:00:00", "2024-09-14T08:30:00"]),
        # an hourly time is the day's first occurrence: later today, or tomorrow once passed
        (Recurrence("hourly", interval=4, time=time(6)), datetime(2024, 9, 14, 5), ["2024-09-14T06:00:00", "2024-09-14T10:00:00"]),
        (Recurrence("hourly", interval=4, time=time(6)), datetime(2024, 9, 14, 7), ["2024-09-15T06:00:00", "2024-09-15T10:00:00"]),
    ],
)
def test_interval_occurrences(value: Recurrence, start: datetime | date, expected: list[str]) -> None:
    assert [d.isoformat() for d in value.occurrences(start, 2)] == expected


def test_an_hourly_window_repeats_inside_it_only() -> None:
    every_two = Recurrence("hourly", interval=2, during=(time(8), time(12)))
    hours = [d.hour for d in every_two.occurrences(datetime(2024, 9, 14), 4)]
    assert hours == [8, 10, 12, 8]


@given(st.integers(0, 6), st.integers(-5, 5))
def test_weekday_codes_round_trip(weekday: int, ordinal: int) -> None:
    code = weekday_code(weekday, ordinal)
    rule = Recurrence("monthly", byweekday=(code,))
    assert rule.isoformat().endswith(code)


@pytest.mark.parametrize(
    ("naive", "zone"),
    [
        (datetime(2024, 9, 14, 18, 42), "Asia/Dhaka"),
        (datetime(2009, 6, 20, 10, 0, 5), "Asia/Dhaka"),  # the summer time of 2009: +07:00
        (datetime(1880, 1, 1, 10, 0), "Asia/Dhaka"),  # local mean time: +06:02
        (datetime(2024, 1, 15, 7, 30), "America/New_York"),  # west of Greenwich
        (datetime(2024, 9, 14, 18, 42), "Asia/Kathmandu"),  # +05:45
        (datetime(2024, 9, 14, 18, 42), "UTC"),
        (datetime(2024, 9, 14, 18, 42), "+05:30"),
        (datetime(2024, 9, 14, 18, 42, 5, 250000), "Asia/Dhaka"),  # microseconds
        (datetime(999, 9, 14, 18, 42), "+06:00"),  # a year of three digits
    ],
)
@pytest.mark.parametrize("precision", ["minute", "second"])
def test_a_point_in_time_is_written_as_isoformat_writes_it(naive: datetime, zone: str, precision: str) -> None:
    value = localize(naive, zone)
    assert Parsed(value, precision).isoformat() == value.isoformat()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        datetime(2024, 9, 14, 18, 42),  # naive
        datetime(2024, 9, 14, 18, 42, tzinfo=DHAKA),  # zoneinfo: asked each time
        datetime(2009, 6, 20, 10, 0, tzinfo=ZoneInfo("Asia/Dhaka")),
    ],
)
def test_a_point_in_another_zone_kind_is_written_by_isoformat(value: datetime) -> None:
    assert Parsed(value, "minute").isoformat() == value.isoformat()


class _Unhashable(tzinfo):
    """A tzinfo that compares by value and so cannot be hashed."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=5, minutes=45)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "+0545"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Unhashable)

    __hash__ = None  # type: ignore[assignment]


def test_a_point_in_an_unhashable_zone_is_written_by_isoformat() -> None:
    value = datetime(2024, 9, 14, 18, 42, tzinfo=_Unhashable())
    assert Parsed(value, "second").isoformat() == "2024-09-14T18:42:00+05:45"
