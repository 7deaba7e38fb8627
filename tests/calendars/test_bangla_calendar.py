"""Bangladesh's Bangla calendar (bd, bd-2019, bd-1987) and the BengaliDate type."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import io
import json
import pickle
import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bn_datetime.calendars.bangla_calendar import (
    CALENDARS,
    BengaliDate,
    CalendarRangeError,
    WestBengalCalendar,
    bangla_to_gregorian,
    gregorian_to_bangla,
    month_from_name,
    month_length,
    year_length,
)
from bn_datetime.errors import InvalidDateError, ParseError
from bn_datetime.lexicon._calendars import (
    BANGLA_ERAS,
    BANGLA_MONTHS,
    HIJRI_ERAS,
    HIJRI_MONTHS,
    SEASONS,
)
from bn_datetime.text.normalize import normalize
from tests._paths import data_file

BD = ("bd", "bd-2019", "bd-1987")
FIRST = dt.date(1800, 1, 1)
LAST = dt.date(2200, 12, 31)
D = dt.date


def _reference_rows(calendar: str) -> list[dict[str, Any]]:
    path = data_file("bangla_calendar_reference.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if r["calendar"] == calendar]


@pytest.mark.parametrize("calendar", ["bd-2019", "bd-1987"])
def test_reference_rows(calendar: str) -> None:
    rows = _reference_rows(calendar)
    assert rows, f"no {calendar} rows"
    for r in rows:
        g = D.fromisoformat(r["gregorian"])
        b = BengaliDate.from_gregorian(g, calendar)
        assert (b.year, b.month, b.day, b.month_name) == (
            r["year"], r["month"], r["day"], r["month_name"]
        ), r
        assert bangla_to_gregorian(r["year"], r["month"], r["day"], calendar) == g, r


# --- the 2019 revision's anchors and the switch-over ------------------------------------


@pytest.mark.parametrize(
    ("month", "day", "b_month", "b_day"),
    [
        (2, 21, 11, 8),  # Shaheed Dibosh = 8 Falgun
        (3, 26, 12, 12),  # Independence Day = 12 Chaitra
        (12, 16, 9, 1),  # Victory Day = 1 Poush
        (4, 14, 1, 1),  # Pohela Boishakh
        (5, 8, 1, 25),  # Rabindra Jayanti = 25 Boishakh
        (5, 25, 2, 11),  # Nazrul Jayanti = 11 Jyoishtho
        (2, 14, 11, 1),  # Pohela Falgun
        (12, 14, 8, 29),
        (8, 15, 4, 31),
        (3, 17, 12, 3),
        (8, 6, 4, 22),
        (3, 15, 12, 1),
    ],
)
def test_2019_fixed_days_every_year(month: int, day: int, b_month: int, b_day: int) -> None:
    for year in range(1801, 2201):
        b = BengaliDate.from_gregorian(D(year, month, day), "bd-2019")
        assert (b.month, b.day) == (b_month, b_day), year
        if year >= 2020:
            assert BengaliDate.from_gregorian(D(year, month, day)) == BengaliDate(
                b.year, b_month, b_day
            )


def test_pohela_boishakh_is_14_april_in_every_bd_calendar() -> None:
    for calendar in BD:
        for year in range(1800, 2201):
            b = BengaliDate.from_gregorian(D(year, 4, 14), calendar)
            assert (b.year, b.month, b.day) == (year - 593, 1, 1)
            prev = BengaliDate.from_gregorian(D(year, 4, 13), calendar)
            assert (prev.year, prev.month, prev.day) == (year - 594, 12, 30)


@pytest.mark.parametrize(
    ("gregorian", "expected"),
    [
        (D(2019, 10, 15), (1426, 6, 30)),
        (D(2019, 10, 16), (1426, 6, 31)),  # the first 31-day Ashwin: rules in force
        (D(2019, 10, 17), (1426, 7, 1)),
        (D(2019, 4, 13), (1425, 12, 30)),
        (D(2019, 2, 21), (1425, 11, 9)),  # bdnews24: "Feb 21 fell on Falgun 9 earlier this year"
        (D(2018, 12, 16), (1425, 9, 2)),
        (D(2019, 12, 16), (1426, 9, 1)),
        (D(2020, 2, 21), (1426, 11, 8)),
        (D(2020, 3, 14), (1426, 11, 30)),  # leap year: 30 Falgun
        (D(2021, 3, 14), (1427, 11, 29)),
        (D(1971, 12, 16), (1378, 9, 2)),  # proleptic 1987 rules, not history (see the note)
    ],
)
def test_official_calendar_switch_over(gregorian: dt.date, expected: tuple[int, int, int]) -> None:
    b = BengaliDate.from_gregorian(gregorian)
    assert (b.year, b.month, b.day) == expected
    assert b.to_gregorian() == gregorian


def test_official_is_1987_up_to_1425_and_2019_from_1426() -> None:
    for o in range(D(2017, 1, 1).toordinal(), D(2022, 1, 1).toordinal()):
        g = D.fromordinal(o)
        official = BengaliDate.from_gregorian(g)
        rule = "bd-1987" if official.year <= 1425 else "bd-2019"
        other = BengaliDate.from_gregorian(g, rule)
        assert (official.year, official.month, official.day) == (other.year, other.month, other.day)


def test_1987_and_2019_differ_exactly_on_16_october_to_14_march() -> None:
    for year in (2023, 2024, 2099, 2100):
        for o in range(D(year, 1, 1).toordinal(), D(year + 1, 1, 1).toordinal()):
            g = D.fromordinal(o)
            new = BengaliDate.from_gregorian(g, "bd-2019")
            old = BengaliDate.from_gregorian(g, "bd-1987")
            in_window = (g.month, g.day) >= (10, 16) or (g.month, g.day) <= (3, 14)
            if in_window:  # the 1987 label is one day ahead (counted in 1987 months)
                if new.day < month_length(new.year, new.month, "bd-1987"):
                    ahead = (new.year, new.month, new.day + 1)
                else:
                    ahead = (new.year, new.month + 1, 1)
                assert (old.year, old.month, old.day) == ahead, g
            else:
                assert (old.year, old.month, old.day) == (new.year, new.month, new.day), g


def test_century_rule_for_falgun() -> None:
    # 2100 is not a leap year: 14 March 2100 = 29 Falgun 1506 and 14 April stays 1 Boishakh.
    assert BengaliDate.from_gregorian(D(2100, 3, 14), "bd-2019") == BengaliDate(
        1506, 11, 29, calendar="bd-2019"
    )
    assert month_length(1506, 11, "bd-2019") == 29
    assert month_length(1406, 11, "bd-2019") == 30  # 2000 is a leap year
    assert month_length(1506, 11, "bd-1987") == 30


# --- named cases where the PyPI packages are wrong --------------------------------------

# PyPI `bangla` 0.0.6 implements the 1987 rules: wrong for Bangladesh on 16 Oct - 14 Mar
# since October 2019.
BANGLA_PYPI_WRONG = [
    (D(2019, 10, 16), (1426, 6, 31)),
    (D(2019, 12, 16), (1426, 9, 1)),
    (D(2020, 2, 21), (1426, 11, 8)),
    (D(2024, 11, 18), (1431, 8, 3)),  # bangla-times.com printed the 1987 "৪ অগ্রহায়ণ"
    (D(2024, 12, 16), (1431, 9, 1)),
    (D(2025, 2, 21), (1431, 11, 8)),
    (D(2025, 3, 11), (1431, 11, 26)),  # shalbonbarta.com printed the 1987 "২৭ ফাল্গুন"
    (D(2025, 3, 14), (1431, 11, 29)),
]
# PyPI `bangladatetime` 0.0.2 converts right but weekday() is off by one on these days.
BANGLADATETIME_WRONG_WEEKDAY = [
    D(2015, 6, 15), D(2019, 12, 16), D(2023, 6, 15), D(2023, 12, 16), D(2024, 1, 1),
    D(2024, 2, 21), D(2024, 3, 14), D(2027, 10, 16), D(2028, 3, 14),
]


@pytest.mark.parametrize(("gregorian", "expected"), BANGLA_PYPI_WRONG)
def test_dates_pypi_bangla_gets_wrong(gregorian: dt.date, expected: tuple[int, int, int]) -> None:
    b = BengaliDate.from_gregorian(gregorian)
    assert (b.year, b.month, b.day) == expected
    try:
        bangla = importlib.import_module("bangla")
    except ImportError:
        return
    theirs = bangla.get_date(gregorian.day, gregorian.month, gregorian.year)
    assert (theirs["month"], theirs["date"]) != (b.month_name, str(b).split()[0])


@pytest.mark.parametrize("gregorian", BANGLADATETIME_WRONG_WEEKDAY)
def test_dates_pypi_bangladatetime_gets_the_weekday_wrong(gregorian: dt.date) -> None:
    b = BengaliDate.from_gregorian(gregorian)
    assert b.weekday == gregorian.weekday()
    try:
        peer = importlib.import_module("bangladatetime")
    except ImportError:
        return
    with contextlib.redirect_stdout(io.StringIO()):  # it prints debug text
        theirs = peer.date.fromgregorian(gregorian.year, gregorian.month, gregorian.day)
        assert (theirs.year, theirs.month, theirs.day) == (b.year, b.month, b.day)
        assert theirs.weekday() != gregorian.weekday()


# --- properties ---------------------------------------------------------------------------

dates = st.dates(min_value=FIRST, max_value=LAST)
calendars = st.sampled_from(CALENDARS)


@given(dates, calendars)
def test_round_trip(d: dt.date, calendar: str) -> None:
    b = BengaliDate.from_gregorian(d, calendar)
    assert b.to_gregorian() == d
    assert BengaliDate(b.year, b.month, b.day, calendar=calendar) == b
    assert gregorian_to_bangla(d, calendar) == b
    assert bangla_to_gregorian(b.year, b.month, b.day, calendar) == d


@given(st.dates(min_value=FIRST, max_value=LAST - dt.timedelta(1)), calendars)
def test_consecutive_days(d: dt.date, calendar: str) -> None:
    a = BengaliDate.from_gregorian(d, calendar)
    b = BengaliDate.from_gregorian(d + dt.timedelta(1), calendar)
    if a.day < a.days_in_month:
        assert (b.year, b.month, b.day) == (a.year, a.month, a.day + 1)
    elif a.month < 12:
        assert (b.year, b.month, b.day) == (a.year, a.month + 1, 1)
    else:
        assert (b.year, b.month, b.day) == (a.year + 1, 1, 1)
    assert b - a == 1
    assert a + 1 == b
    assert b - dt.timedelta(days=1) == a


@given(dates, calendars)
def test_weekday_matches_the_civil_day(d: dt.date, calendar: str) -> None:
    assert BengaliDate.from_gregorian(d, calendar).weekday == d.weekday()


@given(st.integers(1207, 1606))
def test_month_lengths_follow_the_rules(year: int) -> None:
    g = year + 594
    leap = g % 4 == 0 and (g % 100 != 0 or g % 400 == 0)
    new = [month_length(year, m, "bd-2019") for m in range(1, 13)]
    old = [month_length(year, m, "bd-1987") for m in range(1, 13)]
    assert new == [31] * 6 + [30] * 4 + [30 if leap else 29, 30]
    assert old == [31] * 5 + [30] * 5 + [31 if leap else 30, 30]
    assert year_length(year, "bd-2019") == year_length(year, "bd-1987") == 365 + leap
    official = [month_length(year, m, "bd") for m in range(1, 13)]
    assert official == (old if year <= 1425 else new)


@given(dates, st.integers(-2000, 2000), calendars)
def test_arithmetic_matches_gregorian(d: dt.date, n: int, calendar: str) -> None:
    target = d + dt.timedelta(n)
    if not FIRST <= target <= LAST:
        return
    b = BengaliDate.from_gregorian(d, calendar)
    assert (b + n).to_gregorian() == target
    assert (b + dt.timedelta(days=n)).to_gregorian() == target
    assert (b - (-n)).to_gregorian() == target
    assert (b + n) - b == n
    assert (b < b + n) == (n > 0)


# --- the type ---------------------------------------------------------------------------


def test_fields_and_names() -> None:
    b = BengaliDate(1431, 5, 30)
    assert (b.year, b.month, b.day, b.calendar) == (1431, 5, 30, "bd")
    assert b.month_name == "ভাদ্র"
    assert b.season == "শরৎ"
    assert b.weekday == 5
    assert b.days_in_month == 31
    assert b.ambiguous is False
    assert str(b) == "৩০ ভাদ্র ১৪৩১"
    assert repr(b) == "BengaliDate(1431, 5, 30, calendar='bd')"
    assert b.toordinal() == D(2024, 9, 14).toordinal()
    seasons = [BengaliDate(1431, m, 1).season for m in range(1, 13)]
    assert seasons == ["গ্রীষ্ম", "গ্রীষ্ম", "বর্ষা", "বর্ষা", "শরৎ", "শরৎ", "হেমন্ত", "হেমন্ত", "শীত", "শীত", "বসন্ত", "বসন্ত"]


def test_immutable_hashable_picklable() -> None:
    b = BengaliDate(1431, 5, 30)
    with pytest.raises(AttributeError):
        b.year = 1432  # type: ignore[misc]
    assert {b, BengaliDate(1431, 5, 30)} == {b}
    assert b != BengaliDate(1431, 5, 30, calendar="bd-2019")
    assert pickle.loads(pickle.dumps(b)) == b
    assert b == BengaliDate.from_gregorian(dt.datetime(2024, 9, 14, 23, 59))


def test_ordering_needs_one_calendar() -> None:
    a, b = BengaliDate(1431, 1, 1), BengaliDate(1431, 1, 2)
    assert a < b <= b
    assert b > a >= a
    assert sorted([b, a]) == [a, b]
    with pytest.raises(TypeError):
        _ = a < BengaliDate(1431, 1, 2, calendar="bd-1987")
    with pytest.raises(TypeError):
        _ = a - BengaliDate(1431, 1, 2, calendar="wb")


@pytest.mark.parametrize(
    ("args", "calendar"),
    [
        ((1431, 11, 30), "bd"),
        ((1430, 11, 31), "bd-2019"),
        ((1431, 11, 31), "bd-1987"),
        ((1431, 7, 31), "bd"),
        ((1431, 6, 31), "bd-1987"),
        ((1431, 0, 1), "bd"),
        ((1431, 13, 1), "bd"),
        ((1431, 1, 0), "bd"),
        ((1431, 1, 32), "bd"),
        ((1431, 5, 32), "wb"),
    ],
)
def test_nonexistent_dates(args: tuple[int, int, int], calendar: str) -> None:
    with pytest.raises(InvalidDateError) as info:
        BengaliDate(*args, calendar=calendar)
    assert isinstance(info.value, ParseError)
    assert info.value.pos == 0


@pytest.mark.parametrize("calendar", CALENDARS)
def test_out_of_range(calendar: str) -> None:
    for g in (D(1799, 12, 31), D(2201, 1, 1), D(1, 1, 1), D(9999, 12, 31)):
        with pytest.raises(CalendarRangeError, match="outside the range"):
            BengaliDate.from_gregorian(g, calendar)
    for year in (1000, 1205, 1609, 3000):
        with pytest.raises(CalendarRangeError):
            BengaliDate(year, 1, 1, calendar=calendar)
    with pytest.raises(CalendarRangeError):
        BengaliDate(1206, 1, 1, calendar=calendar)  # April 1799
    assert BengaliDate.from_gregorian(FIRST, calendar).to_gregorian() == FIRST
    assert BengaliDate.from_gregorian(LAST, calendar).to_gregorian() == LAST
    with pytest.raises(CalendarRangeError):
        BengaliDate.from_gregorian(LAST, calendar) + 1
    assert issubclass(CalendarRangeError, ValueError)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="calendar must be one of"):
        BengaliDate(1431, 1, 1, calendar="indian")
    with pytest.raises(TypeError):
        BengaliDate("1431", 1, 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        BengaliDate(1431, True, 1)
    with pytest.raises(TypeError):
        BengaliDate.from_gregorian("2024-09-14")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        BengaliDate(1431, 1, 1, calendar=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        BengaliDate(1431, 1, 1) + 1.5  # type: ignore[operator]


def test_today_uses_the_given_zone_not_the_machine() -> None:
    utc = dt.timezone.utc
    before = dt.datetime.now(utc).date()
    got = BengaliDate.today(utc).to_gregorian()
    after = dt.datetime.now(utc).date()
    assert got in (before, after)
    plus14 = dt.timezone(dt.timedelta(hours=14))
    assert BengaliDate.today(plus14).to_gregorian() == dt.datetime.now(plus14).date() or (
        BengaliDate.today(plus14).to_gregorian() == dt.datetime.now(plus14).date()
    )
    dhaka = BengaliDate.today().to_gregorian()
    assert dhaka - dt.datetime.now(utc).date() in (dt.timedelta(0), dt.timedelta(1))
    assert BengaliDate.today("Asia/Kolkata", calendar="wb").calendar == "wb"


def test_today_rejects_unknown_zone() -> None:
    with pytest.raises(ValueError, match="Nowhere/City"):
        BengaliDate.today("Nowhere/City")


# --- names ------------------------------------------------------------------------------


def test_month_names_and_variants() -> None:
    for month, names in BANGLA_MONTHS:
        for name in names:
            assert month_from_name(name) == month
            assert month_from_name(name.upper()) == month
    assert month_from_name("আষা\u09dd") == 3  # precomposed ঢ় is normalised
    assert month_from_name("অগ্রহা\u09dfণ") == 8
    with pytest.raises(ParseError):
        month_from_name("সেপ্টেম্বর")


def test_calendar_lexicon_is_nfc_and_normalised() -> None:
    words = [w for _, names in BANGLA_MONTHS + HIJRI_MONTHS + SEASONS for w in names]
    words += list(BANGLA_ERAS) + list(HIJRI_ERAS)
    for w in words:
        assert unicodedata.normalize("NFC", w) == w == normalize(w), w
    assert len(set(words)) == len(words)
    assert [m for m, _ in BANGLA_MONTHS] == list(range(1, 13))
    assert [m for m, _ in HIJRI_MONTHS] == list(range(1, 13))


def test_west_bengal_calendar_object_is_accepted_everywhere() -> None:
    cal = WestBengalCalendar()
    assert BengaliDate(1431, 1, 1, calendar=cal) == BengaliDate(1431, 1, 1, calendar="wb")
    assert month_length(1431, 1, cal) == 31
