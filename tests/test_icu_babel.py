"""What ICU and Babel print for bn, bn_BD and bn_IN is read back at the style's precision.

ICU (PyICU, from the ``pyicu-wheels`` package) and Babel are test-only extras: the
module is skipped when either is missing. Strings are made for the full, long, medium
and short date-time and date styles, in Asia/Dhaka, for a fixed list of instants
(midnight, noon, the 2009 daylight-saving months, 1950's +06:30, 1971) and for
hypothesis-drawn instants from 1950 to 2090.

Precision of each style: full and long carry the zone (the text's zone wins), medium
the seconds, short only minutes and a two-digit year, read as ICU reads one: the year in
the window from 80 years before ``now`` to 19 after (``now`` is fixed here, 2024); the
date styles carry the day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd

icu: Any = pytest.importorskip("icu")
babel_dates: Any = pytest.importorskip("babel.dates")

DHAKA = ZoneInfo("Asia/Dhaka")
LOCALES = ("bn", "bn_BD", "bn_IN")
STYLES = ("full", "long", "medium", "short")
LIBRARIES = ("icu", "babel")
# Bangladesh's only daylight-saving time: 19 June 2009 23:00 to 31 December 2009 24:00,
# and the hour repeated after it.
DST_AND_OVERLAP = (
    datetime(2009, 6, 19, 17, 0, tzinfo=timezone.utc),
    datetime(2009, 12, 31, 18, 0, tzinfo=timezone.utc),
)


@cache
def _icu_format(locale: str, style: str, with_time: bool) -> Any:
    icu_style = {
        "full": icu.DateFormat.kFull,
        "long": icu.DateFormat.kLong,
        "medium": icu.DateFormat.kMedium,
        "short": icu.DateFormat.kShort,
    }[style]
    loc = icu.Locale(locale)
    if with_time:
        fmt = icu.DateFormat.createDateTimeInstance(icu_style, icu_style, loc)
    else:
        fmt = icu.DateFormat.createDateInstance(icu_style, loc)
    fmt.setTimeZone(icu.TimeZone.createTimeZone("Asia/Dhaka"))
    return fmt


def format_datetime(library: str, locale: str, style: str, moment: datetime) -> str:
    if library == "icu":
        return str(_icu_format(locale, style, True).format(moment.timestamp()))
    return str(babel_dates.format_datetime(moment, style, tzinfo=DHAKA, locale=locale))


def format_date(library: str, locale: str, style: str, moment: datetime) -> str:
    local = moment.astimezone(DHAKA)
    if library == "icu":
        return str(_icu_format(locale, style, False).format(moment.timestamp()))
    return str(babel_dates.format_date(local.date(), style, locale=locale))


NOW = datetime(2024, 9, 14, 12, 0, tzinfo=DHAKA)


def _pivot(two_digits: int) -> int:
    """ICU's window: 1944-2043 for now in 2024."""
    return 1900 + two_digits if two_digits >= 44 else 2000 + two_digits


def expected_datetime(style: str, moment: datetime) -> tuple[str, dict[str, Any]]:
    """The ISO string a style's text must give, and the arguments that make it unique."""
    local = moment.astimezone(DHAKA).replace(microsecond=0)
    options: dict[str, Any] = {"now": NOW}
    if style in ("full", "long"):  # the zone is in the text
        return local.isoformat(), options
    # no zone in the text: read in Dhaka; an overlap (31 Dec 2009 23:xx) needs the fold
    options["disambiguate"] = "later" if local.fold else "earlier"
    if style == "medium":
        return local.isoformat(), options
    wall = local.replace(tzinfo=None, second=0)
    wall = wall.replace(year=_pivot(wall.year % 100))
    aware = wall.replace(tzinfo=DHAKA, fold=local.fold)
    return aware.isoformat(), options


def expected_date(style: str, moment: datetime) -> str:
    day = moment.astimezone(DHAKA).date()
    if style == "short":
        day = day.replace(year=_pivot(day.year % 100))
    return day.isoformat()


def _in_dst_or_overlap(moment: datetime) -> bool:
    return DST_AND_OVERLAP[0] <= moment < DST_AND_OVERLAP[1]


def check(library: str, locale: str, style: str, moment: datetime) -> None:
    text = format_datetime(library, locale, style, moment)
    want, options = expected_datetime(style, moment)
    assert bd.to_iso(text, **options) == want, text
    value = bd.parse(text, **options)
    assert value.astimezone(timezone.utc) == datetime.fromisoformat(want).astimezone(timezone.utc)
    # the same text in the other digit script reads the same
    assert bd.to_iso(bd.to_ascii_digits(text), **options) == want, text
    assert bd.to_iso(bd.to_bengali_digits(text), **options) == want, text

    day_text = format_date(library, locale, style, moment)
    assert bd.to_iso(day_text, now=NOW) == expected_date(style, moment), day_text
    assert bd.to_iso(bd.to_ascii_digits(day_text), now=NOW) == expected_date(style, moment), day_text


def _utc(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime:
    """The instant of a Dhaka wall-clock time (fold=0: the earlier one in an overlap)."""
    return datetime(year, month, day, hour, minute, second, tzinfo=DHAKA).astimezone(timezone.utc)


MOMENTS = [
    _utc(2024, 9, 14, 18, 42, 0),
    _utc(2024, 9, 14, 0, 0, 0),  # midnight
    _utc(2024, 9, 14, 12, 0, 0),  # noon
    _utc(2024, 9, 14, 0, 30, 15),
    _utc(2024, 9, 14, 12, 59, 59),
    _utc(2024, 2, 29, 23, 59, 59),
    _utc(1950, 1, 1, 12, 0, 0),  # +06:30 then
    _utc(1968, 12, 31, 23, 0, 0),
    _utc(1969, 1, 1, 1, 0, 0),
    _utc(1971, 3, 26, 0, 30, 0),
    _utc(1971, 12, 16, 16, 31, 0),
    _utc(2000, 1, 1, 0, 0, 0),
    _utc(2068, 6, 1, 6, 0, 0),
    _utc(2090, 12, 31, 23, 59, 0),
]
DST_MOMENTS = [
    _utc(2009, 6, 20, 0, 0, 0),  # the first hour after the gap
    _utc(2009, 6, 20, 10, 0, 0),
    _utc(2009, 7, 1, 0, 5, 9),
    _utc(2009, 9, 15, 12, 0, 0),
    _utc(2009, 12, 31, 22, 30, 0),
    datetime(2009, 12, 31, 17, 10, tzinfo=timezone.utc) - timedelta(hours=1),  # 23:10 +07:00
]
OVERLAP_MOMENTS = [
    datetime(2009, 12, 31, 17, 10, tzinfo=timezone.utc),  # 23:10 +06:00, the second time
]
AFTER_DST = [
    _utc(2010, 1, 1, 0, 0, 0),
    _utc(2009, 6, 19, 22, 59, 0),  # the last minute before the gap
]


def _param(library: str, locale: str, style: str, moment: datetime, bug: str | None = None) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
    label = moment.astimezone(DHAKA).isoformat()
    return pytest.param(
        library, locale, style, moment, id=f"{library}-{locale}-{style}-{label}", marks=marks
    )


FIXED = (
    [
        _param(library, locale, style, moment)
        for moment in MOMENTS + AFTER_DST
        for library in LIBRARIES
        for locale in LOCALES
        for style in STYLES
    ]
    + [
        _param(library, locale, style, moment)
        for moment in DST_MOMENTS
        for library in LIBRARIES
        for locale in LOCALES
        for style in STYLES
    ]
    + [
        _param(library, locale, style, moment)
        for moment in OVERLAP_MOMENTS
        for library in LIBRARIES
        for locale in LOCALES
        for style in STYLES
    ]
)


@pytest.mark.parametrize(("library", "locale", "style", "moment"), FIXED)
def test_fixed_instants(library: str, locale: str, style: str, moment: datetime) -> None:
    check(library, locale, style, moment)


INSTANTS = st.datetimes(
    min_value=datetime(1950, 1, 1),
    max_value=datetime(2090, 12, 31),
    timezones=st.just(timezone.utc),
)


@pytest.mark.parametrize("library", LIBRARIES)
@pytest.mark.parametrize("locale", LOCALES)
@given(moment=INSTANTS, style=st.sampled_from(STYLES))
def test_any_instant(library: str, locale: str, moment: datetime, style: str) -> None:
    check(library, locale, style, moment)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issue's own examples
        ("শনিবার, ১৪ সেপ্টেম্বর, ২০২৪ এ ৬:৪২:০০ PM বাংলাদেশ মানক সময়", "2024-09-14T18:42:00+06:00"),
        ("১৪/৯/২৪, ৬:৪২ PM", "2024-09-14T18:42:00+06:00"),
        ("14 সেপ্টেম্বর, 2024 6:42:00 PM +0600", "2024-09-14T18:42:00+06:00"),
    ],
)
def test_issue_examples(text: str, expected: str) -> None:
    assert bd.to_iso(text) == expected


def test_the_generators_print_what_the_issue_quotes() -> None:
    """Guards the premise: if ICU/Babel change their output, the tests above still mean something."""
    moment = _utc(2024, 9, 14, 18, 42, 0)
    icu_full = format_datetime("icu", "bn", "full", moment)
    assert "সেপ্টেম্বর" in icu_full
    assert "১৪" in icu_full
    assert "বাংলাদেশ মানক সময়" in icu_full
    assert format_datetime("icu", "bn", "short", moment).startswith("১৪/৯/২৪")
    assert "+0600" in format_datetime("babel", "bn", "long", moment)
    assert "সেপ্টেঃ" in format_datetime("icu", "bn_IN", "medium", moment)


@pytest.mark.parametrize("style", STYLES)
def test_every_month_in_every_style(style: str) -> None:
    """All twelve month names and abbreviations each library prints (MMMM and MMM)."""
    for month in range(1, 13):
        moment = _utc(2023, month, 28, 9, 5, 7)
        for library in LIBRARIES:
            for locale in LOCALES:
                check(library, locale, style, moment)


def test_two_digit_years_follow_the_window() -> None:
    for year, read in (
        (2000, 2000),
        (2043, 2043),
        (2044, 1944),
        (2068, 1968),
        (1999, 1999),
        (1950, 1950),
        (2090, 1990),
    ):
        moment = _utc(year, 5, 17, 8, 15, 0)
        text = format_date("icu", "bn", "short", moment)
        assert bd.to_iso(text, now=NOW) == date(read, 5, 17).isoformat(), text
