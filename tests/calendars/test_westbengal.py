"""The West Bengal (traditional, sidereal) Bangla calendar: both almanac schools."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bn_datetime.calendars import _bangla_tables as tables
from bn_datetime.calendars.bangla_calendar import (
    BengaliDate,
    CalendarRangeError,
    WestBengalCalendar,
    compute_sankranti_stamps,
    month_length,
    sankranti,
    year_length,
)
from tests._paths import data_file

D = dt.date
SCHOOL_CALENDARS = {"surya-siddhanta": ("wb",), "drik": ("wb-drik",), "both": ("wb", "wb-drik")}


def _rows() -> list[dict[str, Any]]:
    path = data_file("bangla_calendar_reference.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if r["calendar"] == "wb-traditional"]


def test_reference_rows() -> None:
    rows = _rows()
    assert rows
    checked = zone = 0
    for r in rows:
        g = D.fromisoformat(r["gregorian"])
        for calendar in SCHOOL_CALENDARS[r["school"]]:
            b = BengaliDate.from_gregorian(g, calendar)
            got = (b.year, b.month, b.day)
            if got != (r["year"], r["month"], r["day"]):
                # Only a midnight-zone boundary may disagree, and it must say so.
                assert calendar == "wb-drik", r
                assert "MIDNIGHT-ZONE" in r["source"], r
                assert b.ambiguous, r
                zone += 1
                continue
            assert b.month_name == r["month_name"]
            assert BengaliDate(*got, calendar=calendar).to_gregorian() == g
            checked += 1
    assert checked >= len(rows)
    assert zone <= 2


# Month starts of 1431 and 1432 from the research note (drikpanchang / Bisuddha
# Siddhanta vs Surya Siddhanta almanacs).
STARTS = {
    ("drik", 1431): ["04-14", "05-15", "06-16", "07-17", "08-17", "09-17", "10-18", "11-17", "12-16", "01-15", "02-13", "03-15"],
    ("surya-siddhanta", 1431): ["04-14", "05-15", "06-16", "07-17", "08-18", "09-18", "10-18", "11-17", "12-17", "01-15", "02-14", "03-15"],
    ("drik", 1432): ["04-15", "05-15", "06-16", "07-17", "08-18", "09-18", "10-18", "11-17", "12-17", "01-15", "02-14", "03-16"],
    ("surya-siddhanta", 1432): ["04-15", "05-16", "06-16", "07-18", "08-18", "09-18", "10-19", "11-18", "12-17", "01-15", "02-14", "03-16"],
}


@pytest.mark.parametrize(("school", "year"), list(STARTS))
def test_month_starts_of_1431_and_1432(school: str, year: int) -> None:
    calendar = "wb" if school == "surya-siddhanta" else "wb-drik"
    for month, mmdd in enumerate(STARTS[(school, year)], 1):
        g_year = year + 593 if month <= 9 else year + 594
        expected = D.fromisoformat(f"{g_year}-{mmdd}")
        got = BengaliDate(year, month, 1, calendar=calendar)
        if got.to_gregorian() != expected:  # drik Jyoishtho 1432: saṅkrānti 00:11 IST
            assert (school, year, month) == ("drik", 1432, 2)
            assert got.to_gregorian() - expected == dt.timedelta(1)
            assert got.ambiguous
            assert BengaliDate.from_gregorian(expected, calendar).ambiguous


POILA_BOISHAKH_DRIK = [
    "2000-04-14", "2001-04-14", "2002-04-15", "2003-04-15", "2004-04-14", "2006-04-15",
    "2007-04-15", "2008-04-14", "2009-04-15", "2010-04-15", "2011-04-15", "2012-04-14",
    "2013-04-15", "2014-04-15", "2015-04-15", "2016-04-14", "2017-04-15", "2018-04-15",
    "2019-04-15", "2020-04-14", "2021-04-15", "2022-04-15", "2023-04-15", "2024-04-14",
    "2025-04-15", "2026-04-15", "2027-04-15", "2028-04-14", "2029-04-15", "2030-04-15",
]  # 2005 is a midnight-zone year, tested below
SS_LATER = {"2001-04-14", "2028-04-14"}  # the SS school starts these years a day later


@pytest.mark.parametrize("iso", POILA_BOISHAKH_DRIK)
def test_poila_boishakh_2000_2030(iso: str) -> None:
    g = D.fromisoformat(iso)
    assert BengaliDate(g.year - 593, 1, 1, calendar="wb-drik").to_gregorian() == g
    ss = BengaliDate(g.year - 593, 1, 1, calendar="wb").to_gregorian()
    assert ss == (g + dt.timedelta(1) if iso in SS_LATER else g)


def test_poila_boishakh_2005_is_flagged() -> None:
    # drikpanchang: 14 April 2005; saṅkrānti just after midnight IST, so the plain
    # midnight rule gives 15 April. Both schools' computations give 15 April.
    for calendar in ("wb", "wb-drik"):
        assert BengaliDate(1412, 1, 1, calendar=calendar).to_gregorian() == D(2005, 4, 15)
    b = BengaliDate.from_gregorian(D(2005, 4, 14), "wb-drik")
    assert (b.year, b.month) == (1411, 12)
    assert b.ambiguous
    assert BengaliDate.from_gregorian(D(2005, 4, 20), "wb-drik").ambiguous
    assert not BengaliDate.from_gregorian(D(2005, 5, 20), "wb-drik").ambiguous


@pytest.mark.parametrize(  # Vishwakarma Puja = the last day of Bhadra (Surya Siddhanta)
    "iso", ["2019-09-18", "2021-09-17", "2022-09-17", "2023-09-18", "2024-09-17"]
)
def test_vishwakarma_puja_is_bhadra_sankranti(iso: str) -> None:
    g = D.fromisoformat(iso)
    b = BengaliDate.from_gregorian(g, "wb")
    assert b.month == 5
    assert b.day == b.days_in_month
    assert BengaliDate.from_gregorian(g + dt.timedelta(1), "wb").month == 6


@pytest.mark.parametrize(
    ("iso", "calendar", "expected"),
    [
        ("1972-11-04", "wb", (1379, 7, 18)),  # Constitution: "eighteenth day of Kartick, 1379 B.S."
        ("1855-03-03", "wb", (1261, 11, 20)),  # Sewell & Dikshit, Example xx
        ("2024-09-16", "wb-drik", (1431, 5, 31)),  # Anandabazar: Bisuddha Siddhanta 31 Bhadra
        ("2024-09-17", "wb", (1431, 5, 31)),  # Anandabazar: Gupta Press 31 Bhadra
    ],
)
def test_historical_and_news_dates(iso: str, calendar: str, expected: tuple[int, int, int]) -> None:
    b = BengaliDate.from_gregorian(D.fromisoformat(iso), calendar)
    assert (b.year, b.month, b.day) == expected


def test_sankranti_times() -> None:
    # Kanya 2024: TV9 Bangla quoted 19:43 IST; Makara 2025: Anandabazar 08:56 IST.
    kanya = sankranti(1431, 6, "drik")
    makara = sankranti(1431, 10, "drik")
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert abs(kanya - dt.datetime(2024, 9, 16, 19, 43, tzinfo=ist)) <= dt.timedelta(minutes=2)
    assert abs(makara - dt.datetime(2025, 1, 14, 8, 56, tzinfo=ist)) <= dt.timedelta(minutes=2)
    # Sewell & Dikshit: Kumbha saṅkrānti 1855 at 2.05 a.m. Calcutta time (IST + 23 min).
    kumbha = sankranti(1261, 11) + dt.timedelta(minutes=23)
    assert abs(kumbha.replace(tzinfo=None) - dt.datetime(1855, 2, 11, 2, 5)) <= dt.timedelta(minutes=2)
    # The Bengal rule: the month starts the civil day after the saṅkrānti's IST day.
    for month in range(1, 13):
        for school, cal in (("surya-siddhanta", "wb"), ("drik", "wb-drik")):
            start = BengaliDate(1431, month, 1, calendar=cal).to_gregorian()
            assert start == sankranti(1431, month, school).date() + dt.timedelta(1)


def test_midnight_zone_frequency() -> None:
    # The note: ~3 % of saṅkrāntis 1950-2050 fall within 24 min of midnight.
    for calendar in ("wb", "wb-drik"):
        flagged = sum(
            BengaliDate(y, m, 2, calendar=calendar).ambiguous
            for y in range(1357, 1457)
            for m in range(1, 13)
        )
        assert 25 <= flagged <= 55, (calendar, flagged)


def test_tables_are_fresh() -> None:
    """Recompute every saṅkrānti in memory and compare with the committed tables."""
    from bn_datetime.calendars.bangla_calendar import _pohela_boishakh

    for prefix in ("SS", "DRIK"):
        school = getattr(tables, f"{prefix}_SCHOOL")
        first = getattr(tables, f"{prefix}_FIRST_YEAR")
        rows = getattr(tables, f"{prefix}_ROWS")
        stamps = compute_sankranti_stamps(school, first, first + len(rows) - 1)
        committed = [
            _pohela_boishakh(first + i) * 1440 + minutes
            for i, row in enumerate(rows)
            for minutes in row
        ]
        assert stamps == committed, prefix


def test_generator_script_renders_the_committed_module() -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "gen_bangla_tables.py"
    if not script.exists():
        pytest.skip("scripts/ not in this checkout")
    spec = importlib.util.spec_from_file_location("gen_bangla_tables", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render() == Path(tables.__file__).read_text(encoding="utf-8")


@given(st.dates(D(1800, 1, 1), D(2200, 12, 30)), st.sampled_from(["wb", "wb-drik"]))
def test_round_trip_and_consecutive(d: dt.date, calendar: str) -> None:
    a = BengaliDate.from_gregorian(d, calendar)
    assert a.to_gregorian() == d
    assert BengaliDate(a.year, a.month, a.day, calendar=calendar) == a
    assert a.weekday == d.weekday()
    b = BengaliDate.from_gregorian(d + dt.timedelta(1), calendar)
    if a.day < a.days_in_month:
        assert (b.year, b.month, b.day) == (a.year, a.month, a.day + 1)
    else:
        assert (b.year, b.month, b.day) == ((a.year, a.month + 1, 1) if a.month < 12 else (a.year + 1, 1, 1))


@given(st.integers(1207, 1606), st.sampled_from(["wb", "wb-drik"]))
def test_month_and_year_lengths(year: int, calendar: str) -> None:
    lengths = [month_length(year, m, calendar) for m in range(1, 13)]
    assert all(29 <= n <= 32 for n in lengths)
    assert year_length(year, calendar) in (365, 366)
    # Sun slowest near aphelion (early July): the summer months are the long ones.
    assert min(lengths[1:4]) >= 31
    assert max(lengths[8:11]) <= 30


def test_ss_months_start_same_day_or_later_than_drik() -> None:
    later = 0
    for year in range(1357, 1457):
        for month in range(1, 13):
            ss = BengaliDate(year, month, 1, calendar="wb").to_gregorian()
            drik = BengaliDate(year, month, 1, calendar="wb-drik").to_gregorian()
            assert dt.timedelta(-1) <= ss - drik <= dt.timedelta(1)
            later += ss > drik
    assert 300 <= later <= 450  # the note: 382 of 1200 in 1950-2049


def test_overrides() -> None:
    almanac = WestBengalCalendar("drik", overrides={(1412, 1): D(2005, 4, 14)})
    assert almanac.name == "wb-drik+overrides"
    b = BengaliDate.from_gregorian(D(2005, 4, 14), almanac)
    assert (b.year, b.month, b.day, b.ambiguous) == (1412, 1, 1, False)
    assert month_length(1411, 12, almanac) == month_length(1411, 12, "wb-drik") - 1
    assert b.calendar == "wb-drik+overrides"
    assert b != BengaliDate(1412, 1, 1, calendar="wb-drik")
    assert almanac == WestBengalCalendar("drik", overrides={(1412, 1): D(2005, 4, 14)})
    assert hash(almanac) == hash(WestBengalCalendar("drik", overrides={(1412, 1): D(2005, 4, 14)}))
    import pickle

    assert pickle.loads(pickle.dumps(b)) == b
    with pytest.raises(ValueError, match="more than two days"):
        WestBengalCalendar(overrides={(1431, 1): D(2024, 4, 20)})
    with pytest.raises(CalendarRangeError):
        WestBengalCalendar(overrides={(1000, 1): D(2024, 4, 14)})
    with pytest.raises(TypeError):
        WestBengalCalendar(overrides={(1431, 1): "2024-04-14"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="school"):
        WestBengalCalendar("lahiri")
