from __future__ import annotations

import subprocess
import sys
import zoneinfo
from datetime import datetime, timedelta, timezone

import pytest
import pytz
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.tz import get_tz, in_zone, localize, localize_wall

DHAKA_PYTZ = pytz.timezone("Asia/Dhaka")
DHAKA_ZONEINFO = zoneinfo.ZoneInfo("Asia/Dhaka")
ZONES = ["Asia/Dhaka", DHAKA_PYTZ, DHAKA_ZONEINFO]


@pytest.mark.parametrize("zone", ZONES, ids=["name", "pytz", "zoneinfo"])
@pytest.mark.parametrize(
    ("wall", "mode", "expected"),
    [
        # the 2009 gap: 23:00 → 00:00 on 19/20 June
        (datetime(2009, 6, 19, 23, 30), "earlier", "2009-06-19T22:30:00+06:00"),
        (datetime(2009, 6, 19, 23, 30), "later", "2009-06-20T00:30:00+07:00"),
        (datetime(2009, 6, 19, 23, 30), "compatible", "2009-06-20T00:30:00+07:00"),
        # the 2009 overlap: 23:00-24:00 on 31 December happened twice
        (datetime(2009, 12, 31, 23, 30), "earlier", "2009-12-31T23:30:00+07:00"),
        (datetime(2009, 12, 31, 23, 30), "later", "2009-12-31T23:30:00+06:00"),
        (datetime(2009, 12, 31, 23, 30), "compatible", "2009-12-31T23:30:00+07:00"),
        # ordinary times, in and out of daylight saving
        (datetime(2009, 6, 20, 10, 0), "raise", "2009-06-20T10:00:00+07:00"),
        (datetime(1971, 3, 26, 10, 0), "raise", "1971-03-26T10:00:00+06:00"),
        (datetime(2024, 9, 14, 18, 42), "raise", "2024-09-14T18:42:00+06:00"),
    ],
)
def test_dst_edges_every_disambiguate_choice(zone: object, wall: datetime, mode: str, expected: str) -> None:
    assert localize(wall, zone, mode).isoformat() == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("zone", ZONES, ids=["name", "pytz", "zoneinfo"])
def test_gap_and_overlap_raise_by_default(zone: object) -> None:
    with pytest.raises(bd.NonExistentTimeError):
        localize(datetime(2009, 6, 19, 23, 30), zone)  # type: ignore[arg-type]
    with pytest.raises(bd.AmbiguousTimeError):
        localize(datetime(2009, 12, 31, 23, 30), zone)  # type: ignore[arg-type]


def test_parse_reports_gap_and_overlap_as_parse_errors() -> None:
    with pytest.raises(bd.NonExistentTimeError):
        bd.parse("১৯ জুন ২০০৯, ১১:৩০ পিএম")
    assert bd.to_iso("১৯ জুন ২০০৯, ১১:৩০ পিএম", disambiguate="later") == "2009-06-20T00:30:00+07:00"
    assert bd.to_iso("৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম", disambiguate="later") == "2009-12-31T23:30:00+06:00"


def test_never_local_mean_time() -> None:
    # replace(tzinfo=pytz zone) would give +06:02
    assert localize(datetime(1971, 12, 16, 16, 31), DHAKA_PYTZ).utcoffset() == timedelta(hours=6)


def test_attaches_the_same_tzinfo_as_pytz_localize() -> None:
    wall = datetime(2024, 9, 14, 18, 42)
    assert localize(wall, DHAKA_PYTZ).tzinfo is DHAKA_PYTZ.localize(wall).tzinfo


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2036, 12, 31)))
@pytest.mark.parametrize("name", ["Asia/Dhaka", "Asia/Kolkata", "Europe/London", "America/New_York"])
def test_agrees_with_pytz_localize(name: str, wall: datetime) -> None:
    zone = pytz.timezone(name)
    try:
        expected = zone.localize(wall, is_dst=None)
    except pytz.AmbiguousTimeError:
        expected = zone.localize(wall, is_dst=True)
    except pytz.NonExistentTimeError:
        with pytest.raises(bd.NonExistentTimeError):
            localize(wall, zone)
        return
    got = localize(wall, zone, "earlier")
    assert got.isoformat() == expected.isoformat()
    assert got.tzinfo is expected.tzinfo


WALL_ZONES = [
    "Asia/Dhaka", "Asia/Kolkata", "Europe/London", "America/New_York", "UTC", "+05:30",
    DHAKA_ZONEINFO, timezone(timedelta(hours=-3)),
]


def _localized(call: object) -> tuple[str, object] | type[Exception]:
    try:
        value = call()  # type: ignore[operator]
    except ValueError as exc:
        return type(exc)
    return value.isoformat(), value.tzinfo


@pytest.mark.parametrize("zone", WALL_ZONES, ids=str)
@pytest.mark.parametrize("mode", ["raise", "earlier", "later", "compatible"])
@pytest.mark.parametrize(
    "wall",
    [
        datetime(2009, 6, 19, 23, 30),  # Dhaka's gap
        datetime(2009, 12, 31, 23, 30),  # Dhaka's overlap
        datetime(2024, 3, 31, 1, 30),  # London's gap
        datetime(2024, 10, 27, 1, 30),  # London's overlap
        datetime(2024, 9, 14, 18, 42, 5, 120),
        datetime(1, 1, 1),
        datetime(9999, 12, 31, 23, 59),
    ],
)
def test_localize_wall_is_localize(zone: object, mode: str, wall: datetime) -> None:
    """The resolver's localize from a date's parts: the same value, tzinfo and errors."""
    tz = get_tz(zone)  # type: ignore[arg-type]
    parts = (wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, wall.microsecond)
    assert _localized(lambda: localize_wall(*parts, tz, mode)) == _localized(  # type: ignore[arg-type]
        lambda: localize(wall, tz, mode)  # type: ignore[arg-type]
    )


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)))
@pytest.mark.parametrize("zone", WALL_ZONES[:4], ids=str)
def test_localize_wall_agrees_everywhere(zone: str, wall: datetime) -> None:
    tz = get_tz(zone)
    parts = (wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, wall.microsecond)
    assert _localized(lambda: localize_wall(*parts, tz, "raise")) == _localized(lambda: localize(wall, tz))


@given(st.datetimes(min_value=datetime(1972, 1, 1), max_value=datetime(2100, 12, 31)))
def test_pytz_zoneinfo_and_fixed_offsets_agree(wall: datetime) -> None:
    a = localize(wall, DHAKA_PYTZ, "earlier")
    b = localize(wall, DHAKA_ZONEINFO, "earlier")
    c = localize(wall, timezone(a.utcoffset() or timedelta(0)))
    assert a == b == c
    assert a.utcoffset() == b.utcoffset()


@pytest.mark.parametrize(
    ("spec", "offset"),
    [("+06:00", 360), ("-0330", -210), ("UTC+5:30", 330), ("GMT-3", -180)],
)
def test_offset_strings(spec: str, offset: int) -> None:
    assert get_tz(spec).utcoffset(None) == timedelta(minutes=offset)


@pytest.mark.parametrize("bad", ["Mars/Olympus", "", "+25:00"])
def test_unknown_zones(bad: str) -> None:
    with pytest.raises(bd.UnknownTimezoneError):
        get_tz(bad)


def test_tz_argument_forms_agree() -> None:
    text = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
    results = {
        bd.parse(text, tz=zone)
        for zone in ("Asia/Dhaka", DHAKA_PYTZ, DHAKA_ZONEINFO, timezone(timedelta(hours=6)))
    }
    assert len(results) == 1


def test_bad_disambiguate() -> None:
    with pytest.raises(ValueError, match="disambiguate"):
        localize(datetime(2024, 1, 1), "Asia/Dhaka", "sideways")  # type: ignore[arg-type]


def test_any_offset_python_allows_is_read_back() -> None:
    # real zones stay within -12:00 ... +14:00, but what format_datetime writes from any
    # tzinfo (up to ±23:59) parse reads back; ±24:00 and beyond are refused
    assert bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ১৮:৪২ +১৫:০০") == "2024-09-14T18:42:00+15:00"
    assert bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ১৮:৪২ -১৯:৪৪") == "2024-09-14T18:42:00-19:44"
    with pytest.raises(bd.InvalidDateError):
        bd.parse("১৪ সেপ্টেম্বর ২০২৪, ১৮:৪২ +২৪:০০")


@pytest.mark.parametrize("name", ["zone.tab", "iso3166.tab", "tzdata.zi", "leapseconds", "Asia", "Asia/"])
def test_files_beside_the_zones_are_not_zones(name: str) -> None:
    with pytest.raises(bd.UnknownTimezoneError):
        get_tz(name)


@pytest.mark.parametrize("name", ["Asia/Dhaka", "asia/dhaka", "Asia/Dacca", "UTC", "utc", "US/Eastern"])
def test_zone_names_agree_with_pytz(name: str) -> None:
    ours = get_tz(name)
    theirs = pytz.timezone(name)
    for wall in (datetime(1971, 3, 26, 10), datetime(2009, 7, 1, 12), datetime(2024, 9, 14, 18, 42)):
        assert localize(wall, ours).isoformat() == theirs.localize(wall).isoformat()


def test_first_zone_load_does_not_scan_every_zone_file() -> None:
    # pytz.timezone() first fills pytz.all_timezones_set, checking that each of ~600 zone
    # files exists; an exact name is read from its one file instead (docs/timezones.md).
    # pytz's lazy set keeps its filling methods on its class until it is filled.
    code = (
        "import pytz, bn_datetime as bd\n"
        "bd.to_iso('১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম', tz='Asia/Kolkata')\n"
        "print('__contains__' in type(pytz.all_timezones_set).__dict__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


# --- issue 17: arithmetic that is right, names users bring ------------------------------


def test_to_zoneinfo_makes_arithmetic_right_across_daylight_saving() -> None:
    from bn_datetime.tz import to_zoneinfo

    march = bd.parse("১ মার্চ ২০২৪, ১০:০০ এএম", tz="America/New_York")
    stale = march + timedelta(days=200)
    assert stale.utcoffset() == timedelta(hours=-5)  # pytz keeps the winter offset
    moved = to_zoneinfo(march) + timedelta(days=200)
    assert moved.isoformat() == "2024-09-17T10:00:00-04:00"
    assert isinstance(moved.tzinfo, zoneinfo.ZoneInfo)
    assert to_zoneinfo(march) == march  # the same instant
    assert to_zoneinfo(march).replace(tzinfo=None) == march.replace(tzinfo=None)


@pytest.mark.parametrize(
    "value",
    [
        datetime(2024, 9, 14, 18, 42, tzinfo=timezone(timedelta(hours=6))),
        pytz.utc.localize(datetime(2024, 9, 14, 12, 42)),
        bd.parse("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম GMT +৫:৩০"),
    ],
)
def test_to_zoneinfo_keeps_fixed_offsets_and_utc(value: datetime) -> None:
    from bn_datetime.tz import to_zoneinfo

    converted = to_zoneinfo(value)
    assert converted == value and converted.utcoffset() == value.utcoffset()
    assert isinstance(converted.tzinfo, (timezone, zoneinfo.ZoneInfo))


def test_to_zoneinfo_refuses_naive() -> None:
    from bn_datetime.tz import to_zoneinfo

    with pytest.raises(ValueError, match="aware"):
        to_zoneinfo(datetime(2024, 9, 14))


def test_a_zoneinfo_tz_gives_zoneinfo_results() -> None:
    zone = zoneinfo.ZoneInfo("America/New_York")
    march = bd.parse("১ মার্চ ২০২৪, ১০:০০ এএম", tz=zone)
    assert (march + timedelta(days=200)).utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("Asia/Dhka", "Asia/Dhaka"), ("asia/dhka", "Asia/Dhaka"),
     ("Amerca/New_York", "America/New_York"), ("Asia/Kolkatta", "Asia/Kolkata")],
)
def test_a_typo_in_a_zone_name_suggests_the_nearest(typo: str, meant: str) -> None:
    with pytest.raises(bd.UnknownTimezoneError) as caught:
        bd.parse("১৪ সেপ্টেম্বর ২০২৪", tz=typo)
    assert f"did you mean {meant!r}" in str(caught.value)


def test_no_suggestion_for_a_name_far_from_any_zone() -> None:
    with pytest.raises(bd.UnknownTimezoneError) as caught:
        get_tz("Mars/Olympus")
    assert "did you mean" not in str(caught.value)


@pytest.mark.parametrize(("name", "zone"), [("IST", "Asia/Kolkata"), ("ist", "Asia/Kolkata"),
                                            ("বিএসটি", "Asia/Dhaka"), ("ভারতীয় সময়", "Asia/Kolkata")])
def test_tz_takes_the_zone_words_of_the_text(name: str, zone: str) -> None:
    text = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
    assert bd.parse(text, tz=name) == bd.parse(text, tz=zone)
    assert bd.parse(text, tz=name).utcoffset() == bd.parse(f"{text} {name}").utcoffset()


_NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("moment", "zone"),
    [
        (datetime(2024, 9, 14, 12, 42, tzinfo=timezone.utc), "Asia/Dhaka"),
        (datetime(2009, 6, 20, 3, 0, tzinfo=timezone.utc), "Asia/Dhaka"),  # Dhaka's summer time
        (datetime(2024, 11, 3, 1, 30, tzinfo=_NEW_YORK), "Asia/Kolkata"),
        (datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=_NEW_YORK), "Asia/Kolkata"),  # equal, not the same instant
        (datetime(2024, 11, 3, 1, 30, tzinfo=_NEW_YORK), "America/New_York"),
        (datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=_NEW_YORK), "America/New_York"),
    ],
)
def test_in_zone_is_astimezone(moment: datetime, zone: str) -> None:
    # twice: the second answer comes from the remembered pairs, and must be the same
    for _ in range(2):
        got = in_zone(moment, get_tz(zone))
        expected = moment.astimezone(get_tz(zone))
        assert (got, got.utcoffset(), got.tzinfo) == (expected, expected.utcoffset(), expected.tzinfo)
