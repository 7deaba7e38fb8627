"""The Bangla calendar (বঙ্গাব্দ): Bangladesh's revised calendar and the West Bengal one.

Five calendars, chosen with ``calendar=`` (the rules are in ``docs/calendar.md``):

* ``"bd"`` — what a Bangladeshi document of that day prints: the 1987 rules for Bangla
  years up to 1425, the 2019 rules from 1426 (exact: the two agree until 30 Ashwin 1426
  and the 2019 rules took effect on 16 October 2019 = 31 Ashwin 1426);
* ``"bd-2019"`` and ``"bd-1987"`` — one rule set, applied to every year;
* ``"wb"`` — the West Bengal traditional calendar, Surya Siddhanta school, Bengal
  midnight rule; ``"wb-drik"`` — the drik school (true sun, Lahiri ayanamsa).

Covered: Gregorian 1800-2200 for every calendar (for ``wb-drik`` after 2100 ΔT is an
extrapolation, good to a few minutes); outside, :class:`CalendarRangeError`.

>>> from datetime import date
>>> BengaliDate.from_gregorian(date(2024, 9, 14))
BengaliDate(1431, 5, 30, calendar='bd')
>>> str(BengaliDate(1431, 9, 1).to_gregorian())
'2024-12-16'
>>> print(BengaliDate(1431, 5, 30))
৩০ ভাদ্র ১৪৩১
>>> gregorian_to_bangla(date(2024, 12, 16), calendar="wb")
BengaliDate(1431, 8, 30, calendar='wb')
"""

from __future__ import annotations

import datetime as _dt
import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from fractions import Fraction
from functools import cache
from types import MappingProxyType
from typing import Any, Final

from bn_datetime.errors import CalendarRangeError, InvalidDateError
from bn_datetime.lexicon._calendars import BANGLA_MONTHS, SEASONS
from bn_datetime.text.digits import to_bengali_digits
from bn_datetime.text.normalize import normalize

__all__ = [
    "CALENDARS",
    "BengaliDate",
    "CalendarRangeError",
    "WestBengalCalendar",
    "bangla_to_gregorian",
    "gregorian_to_bangla",
    "month_from_name",
    "month_length",
    "sankranti",
    "year_length",
]

CALENDARS: Final[tuple[str, ...]] = ("bd", "bd-2019", "bd-1987", "wb", "wb-drik")

MONTH_NAMES: Final[tuple[str, ...]] = tuple(row[1][0] for row in BANGLA_MONTHS)
SEASON_NAMES: Final[tuple[str, ...]] = tuple(
    next(row[1][0] for row in SEASONS if row[0] <= m < row[0] + 2) for m in range(1, 13)
)

_IST: Final = _dt.timezone(_dt.timedelta(hours=5, minutes=30), "IST")
_MIDNIGHT_ZONE_MINUTES: Final = 24  # one ghaṭikā either side of midnight


def _ordinal(year: int, month: int, day: int) -> int:
    return _dt.date(year, month, day).toordinal()


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _check_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{name} must be an int, not {type(value).__name__}"
        raise TypeError(msg)
    return value


# ---------------------------------------------------------------------------------------
# Calendar objects: every calendar answers the same few questions in Gregorian ordinals.
# ---------------------------------------------------------------------------------------


class _Calendar:
    name: str
    first: int  # first and last covered Gregorian ordinal
    last: int

    def month_start(self, year: int, month: int) -> int:
        """Gregorian ordinal of day 1 of ``month`` (13 = next year's বৈশাখ)."""
        raise NotImplementedError

    def from_ordinal(self, ordinal: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def ambiguous(self, ordinal: int) -> bool:
        return False

    def check_ordinal(self, ordinal: int) -> None:
        if not self.first <= ordinal <= self.last:
            lo = _dt.date.fromordinal(self.first)
            hi = _dt.date.fromordinal(self.last)
            shown = _dt.date.fromordinal(ordinal) if 1 <= ordinal <= 3652059 else ordinal
            msg = f"{shown} is outside the range of calendar {self.name!r} ({lo} to {hi})"
            raise CalendarRangeError(msg)

    def check_year(self, year: int) -> None:
        first = self.from_ordinal(self.first)[0]
        last = self.from_ordinal(self.last)[0]
        if not first <= year <= last:
            lo = _dt.date.fromordinal(self.first)
            hi = _dt.date.fromordinal(self.last)
            msg = (
                f"Bangla year {year} is outside the range of calendar {self.name!r} "
                f"({lo} to {hi}, Bangla years {first}-{last})"
            )
            raise CalendarRangeError(msg)

    def __repr__(self) -> str:
        return f"<calendar {self.name!r}>"


# --- Bangladesh ------------------------------------------------------------------------

_BD_FIRST: Final = _ordinal(1800, 1, 1)
_BD_LAST: Final = _ordinal(2200, 12, 31)
_SWITCH_2019: Final = _ordinal(2019, 4, 14)  # 1 বৈশাখ 1426: first year on the 2019 rules


def _bd_month_lengths(year: int, rule: str) -> tuple[int, ...]:
    """Month lengths of Bangla ``year`` under the 2019 or 1987 rules.

    Falgun's extra day comes in the Bangla year that contains 29 February, i.e. when
    Gregorian ``year + 594`` is a leap year (Gregorian rule, centuries included).
    """
    leap = _is_leap(year + 594)
    if rule == "2019":
        return (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30 if leap else 29, 30)
    return (31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 31 if leap else 30, 30)


def _cumulative(lengths: Iterable[int]) -> tuple[int, ...]:
    out = [0]
    for n in lengths:
        out.append(out[-1] + n)
    return tuple(out)


def _pohela_boishakh(year: int) -> int:
    """Gregorian ordinal of 14 April of ``year + 593`` (1 বৈশাখ in Bangladesh)."""
    g = year + 592  # years before the Gregorian year year+593
    return 365 * g + g // 4 - g // 100 + g // 400 + 104 + _is_leap(year + 593)


class _BangladeshCalendar(_Calendar):
    def __init__(self, name: str, rule: str) -> None:
        self.name = name
        self.rule = rule  # "2019", "1987" or "official"
        self.first = _BD_FIRST
        self.last = _BD_LAST
        # (Gregorian leap year?) -> month*32+day -> (years to subtract, month, day); the
        # Gregorian day-of-month to Bangla date correspondence is fixed for each rule.
        self._tables = {r: (self._build(r, False), self._build(r, True)) for r in ("2019", "1987")}
        self._cum = {
            r: (
                _cumulative(_bd_month_lengths(1429, r)),  # 1429 + 594 = 2023: common year
                _cumulative(_bd_month_lengths(1430, r)),  # 1430 + 594 = 2024: leap year
            )
            for r in ("2019", "1987")
        }

    @staticmethod
    def _build(rule: str, leap: bool) -> list[tuple[int, int, int]]:
        table = [(0, 0, 0)] * (13 * 32)
        g = 2024 if leap else 2023
        for year in (g - 594, g - 593):
            start = _pohela_boishakh(year)
            for month, length in enumerate(_bd_month_lengths(year, rule), 1):
                for day in range(1, length + 1):
                    d = _dt.date.fromordinal(start + day - 1)
                    if d.year == g:
                        table[d.month * 32 + d.day] = (g - year, month, day)
                start += length
        return table

    def _rule_for_year(self, year: int) -> str:
        if self.rule == "official":
            return "1987" if year <= 1425 else "2019"
        return self.rule

    def month_lengths(self, year: int) -> tuple[int, ...]:
        return _bd_month_lengths(year, self._rule_for_year(year))

    def month_start(self, year: int, month: int) -> int:
        cum = self._cum[self._rule_for_year(year)][_is_leap(year + 594)]
        return _pohela_boishakh(year) + cum[month - 1]

    def from_ordinal(self, ordinal: int) -> tuple[int, int, int]:
        return self.from_date(_dt.date.fromordinal(ordinal))

    def from_date(self, d: _dt.date) -> tuple[int, int, int]:
        g = d.year
        if self.rule == "official":
            rule = "1987" if d.toordinal() < _SWITCH_2019 else "2019"
        else:
            rule = self.rule
        back, month, day = self._tables[rule][_is_leap(g)][d.month * 32 + d.day]
        return g - back, month, day


# --- West Bengal -----------------------------------------------------------------------

_SCHOOLS: Final = {"surya-siddhanta": "surya-siddhanta", "ss": "surya-siddhanta", "drik": "drik"}
_WB_RANGES: Final = {
    "surya-siddhanta": (_ordinal(1800, 1, 1), _ordinal(2200, 12, 31)),
    "drik": (_ordinal(1800, 1, 1), _ordinal(2200, 12, 31)),
}


def _table(school: str) -> tuple[int, list[int]]:
    """(first Bangla year, saṅkrānti stamps) of a school from the generated tables.

    A stamp is ``ordinal * 1440 + minute``: the IST civil day of the saṅkrānti and the
    minute of that day; entry ``12 * (year - first) + month - 1`` is the saṅkrānti that
    begins ``month`` of ``year``.
    """
    from . import _bangla_tables as tables

    first, rows = (
        (tables.SS_FIRST_YEAR, tables.SS_ROWS)
        if school == "surya-siddhanta"
        else (tables.DRIK_FIRST_YEAR, tables.DRIK_ROWS)
    )
    stamps: list[int] = []
    for i, row in enumerate(rows):
        base = _pohela_boishakh(first + i) * 1440
        stamps.extend(base + minutes for minutes in row)
    return first, stamps


class WestBengalCalendar(_Calendar):
    """The West Bengal (traditional, sidereal) Bangla calendar of one almanac school.

    ``school`` is ``"surya-siddhanta"`` (the default, what ``calendar="wb"`` means) or
    ``"drik"`` (``calendar="wb-drik"``). A month begins on the civil day after the IST
    civil day of its saṅkrānti (the Bengal midnight rule).

    ``overrides`` maps ``(bangla_year, month)`` to the Gregorian :class:`datetime.date`
    of that month's day 1, for a user who follows an almanac that decides a boundary
    differently (the midnight zone); an override may move a start by at most two days.
    Overridden months are never ``ambiguous``.

    >>> from datetime import date
    >>> drik = WestBengalCalendar("drik")
    >>> BengaliDate.from_gregorian(date(2005, 4, 14), calendar=drik)
    BengaliDate(1411, 12, 31, calendar='wb-drik')
    >>> _.ambiguous
    True
    >>> almanac = WestBengalCalendar("drik", overrides={(1412, 1): date(2005, 4, 14)})
    >>> BengaliDate.from_gregorian(date(2005, 4, 14), calendar=almanac)
    BengaliDate(1412, 1, 1, calendar='wb-drik+overrides')
    """

    def __init__(
        self,
        school: str = "surya-siddhanta",
        *,
        overrides: Mapping[tuple[int, int], _dt.date] | None = None,
    ) -> None:
        if school not in _SCHOOLS:
            msg = f"school must be 'surya-siddhanta' or 'drik', not {school!r}"
            raise ValueError(msg)
        self.school = _SCHOOLS[school]
        self.first, self.last = _WB_RANGES[self.school]
        self.first_year, stamps = _table(self.school)
        self._starts = [s // 1440 + 1 for s in stamps]
        # 1: saṅkrānti in the zone before midnight, 2: after midnight (then the day
        # before the month is in doubt too).
        self._zone = [
            (1 if m >= 1440 - _MIDNIGHT_ZONE_MINUTES else 2 if m <= _MIDNIGHT_ZONE_MINUTES else 0)
            for m in (s % 1440 for s in stamps)
        ]
        self._stamps = stamps
        self.overrides: dict[tuple[int, int], _dt.date] = {}
        for key, start in (overrides or {}).items():
            self._override(key, start)
        self.name = ("wb" if self.school == "surya-siddhanta" else "wb-drik") + (
            "+overrides" if self.overrides else ""
        )
        self._key = (self.school, tuple(sorted(self.overrides.items())))

    def _override(self, key: tuple[int, int], start: _dt.date) -> None:
        year, month = key
        _check_int("override year", year)
        _check_int("override month", month)
        if not isinstance(start, _dt.date):
            msg = f"override for {key} must be a datetime.date, not {type(start).__name__}"
            raise TypeError(msg)
        if not 1 <= month <= 12:
            msg = f"override month must be 1-12, not {month}"
            raise ValueError(msg)
        i = 12 * (year - self.first_year) + month - 1
        if not 0 <= i < len(self._starts) - 1:
            msg = f"override for {key} is outside the tables of calendar {self.school!r}"
            raise CalendarRangeError(msg)
        new = start.toordinal()
        if abs(new - self._starts[i]) > 2:
            msg = (
                f"override {key} -> {start} moves the computed month start "
                f"{_dt.date.fromordinal(self._starts[i])} by more than two days"
            )
            raise ValueError(msg)
        if (i > 0 and new - self._starts[i - 1] < 28) or self._starts[i + 1] - new < 28:
            msg = f"override {key} -> {start} leaves a month shorter than 28 days"
            raise ValueError(msg)
        self._starts[i] = new
        self._zone[i] = 0
        self.overrides[(year, month)] = start

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WestBengalCalendar):
            return NotImplemented
        return self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore_wb, (self.school, tuple(self.overrides.items())))

    def month_start(self, year: int, month: int) -> int:
        return self._starts[12 * (year - self.first_year) + month - 1]

    def from_ordinal(self, ordinal: int) -> tuple[int, int, int]:
        i = bisect_right(self._starts, ordinal) - 1
        year, m0 = divmod(i, 12)
        return self.first_year + year, m0 + 1, ordinal - self._starts[i] + 1

    def ambiguous(self, ordinal: int) -> bool:
        i = bisect_right(self._starts, ordinal) - 1
        if self._zone[i]:
            return True
        return self._zone[i + 1] == 2 and ordinal == self._starts[i + 1] - 1

    def sankranti(self, year: int, month: int) -> _dt.datetime:
        """The computed saṅkrānti (IST, to the minute) that begins ``month`` of ``year``."""
        self.check_year(year)
        if not 1 <= month <= 12:
            msg = f"month must be 1-12, not {month}"
            raise ValueError(msg)
        day, minute = divmod(self._stamps[12 * (year - self.first_year) + month - 1], 1440)
        d = _dt.date.fromordinal(day)
        return _dt.datetime(d.year, d.month, d.day, minute // 60, minute % 60, tzinfo=_IST)


def _restore_wb(school: str, overrides: tuple[tuple[tuple[int, int], _dt.date], ...]) -> Any:
    return WestBengalCalendar(school, overrides=dict(overrides))


# Never changed after import (threads share it); the West Bengal tables are built on
# first use by _west_bengal, whose cache is the only state a call creates.
_NAMED: Final[Mapping[str, _Calendar]] = MappingProxyType(
    {
        "bd": _BangladeshCalendar("bd", "official"),
        "bd-2019": _BangladeshCalendar("bd-2019", "2019"),
        "bd-1987": _BangladeshCalendar("bd-1987", "1987"),
    }
)
_WB_NAMES: Final = {"wb": "surya-siddhanta", "wb-drik": "drik"}


@cache
def _west_bengal(name: str) -> WestBengalCalendar:
    return WestBengalCalendar(_WB_NAMES[name])


def _resolve(calendar: str | WestBengalCalendar) -> _Calendar:
    if isinstance(calendar, str):
        cal = _NAMED.get(calendar)
        if cal is None:
            if calendar not in _WB_NAMES:
                msg = f"calendar must be one of {', '.join(CALENDARS)}, not {calendar!r}"
                raise ValueError(msg)
            cal = _west_bengal(calendar)
        return cal
    if isinstance(calendar, WestBengalCalendar):
        return calendar
    msg = f"calendar must be a str or WestBengalCalendar, not {type(calendar).__name__}"
    raise TypeError(msg)


# ---------------------------------------------------------------------------------------
# The date type
# ---------------------------------------------------------------------------------------


class BengaliDate:
    """A day of a Bangla calendar: immutable, hashable, ordered within one calendar.

    ``month`` is 1-12 with বৈশাখ = 1. A day that does not exist raises
    :class:`~bn_datetime.errors.InvalidDateError`; a date outside the covered range
    raises :class:`CalendarRangeError` (both are ``ValueError``).

    >>> d = BengaliDate(1431, 5, 30)
    >>> d.to_gregorian(), d.weekday, d.month_name, d.season
    (datetime.date(2024, 9, 14), 5, 'ভাদ্র', 'শরৎ')
    >>> d + 1
    BengaliDate(1431, 5, 31, calendar='bd')
    >>> BengaliDate(1431, 9, 1) - d
    93
    >>> BengaliDate(1431, 11, 30)
    Traceback (most recent call last):
    ...
    bn_datetime.errors.InvalidDateError: cannot parse '1431-11-30 (bd)': ফাল্গুন 1431 has 29 days under calendar 'bd' at position 0
    """

    __slots__ = ("_cal", "_day", "_month", "_ord", "_year")

    _year: int
    _month: int
    _day: int
    _cal: _Calendar
    _ord: int

    def __init__(
        self, year: int, month: int, day: int, *, calendar: str | WestBengalCalendar = "bd"
    ) -> None:
        cal = _resolve(calendar)
        _check_int("year", year)
        _check_int("month", month)
        _check_int("day", day)
        text = f"{year}-{month}-{day} ({cal.name})"
        if not 1 <= month <= 12:
            raise InvalidDateError(text, 0, reason=f"month {month} is not 1-12")
        cal.check_year(year)
        start = cal.month_start(year, month)
        length = cal.month_start(year, month + 1) - start
        if not 1 <= day <= length:
            reason = f"{MONTH_NAMES[month - 1]} {year} has {length} days under calendar {cal.name!r}"
            raise InvalidDateError(text, 0, reason=reason)
        ordinal = start + day - 1
        cal.check_ordinal(ordinal)
        self._year = year
        self._month = month
        self._day = day
        self._cal = cal
        self._ord = ordinal

    @classmethod
    def _make(cls, ymd: tuple[int, int, int], cal: _Calendar, ordinal: int) -> BengaliDate:
        self = object.__new__(cls)
        self._year, self._month, self._day = ymd
        self._cal = cal
        self._ord = ordinal
        return self

    @classmethod
    def from_gregorian(
        cls, date: _dt.date, calendar: str | WestBengalCalendar = "bd"
    ) -> BengaliDate:
        """The Bangla date of a Gregorian ``date`` (a ``datetime`` counts by its date).

        >>> from datetime import date
        >>> BengaliDate.from_gregorian(date(2019, 10, 16)), BengaliDate.from_gregorian(date(2019, 10, 16), "bd-1987")
        (BengaliDate(1426, 6, 31, calendar='bd'), BengaliDate(1426, 7, 1, calendar='bd-1987'))
        """
        cal = _NAMED.get(calendar) if type(calendar) is str else None
        if cal is None:
            cal = _resolve(calendar)
        if not isinstance(date, _dt.date):
            msg = f"from_gregorian() needs a datetime.date, not {type(date).__name__}"
            raise TypeError(msg)
        ordinal = date.toordinal()
        if not cal.first <= ordinal <= cal.last:
            cal.check_ordinal(ordinal)
        if type(cal) is _BangladeshCalendar:
            return cls._make(cal.from_date(date), cal, ordinal)
        return cls._make(cal.from_ordinal(ordinal), cal, ordinal)

    @classmethod
    def today(
        cls, tz: str | _dt.tzinfo = "Asia/Dhaka", calendar: str | WestBengalCalendar = "bd"
    ) -> BengaliDate:
        """Today's date in time zone ``tz`` (a name or a ``tzinfo``; default Asia/Dhaka).

        The machine's own time zone is never consulted.
        """
        return cls.from_gregorian(_now(tz).date(), calendar)

    # -- fields ------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    @property
    def day(self) -> int:
        return self._day

    @property
    def calendar(self) -> str:
        """The calendar's name: ``"bd"``, ``"wb-drik"``, ``"wb+overrides"`` …"""
        return self._cal.name

    @property
    def weekday(self) -> int:
        """Day of the week of the civil day, Monday = 0 … Sunday = 6 (as ``date.weekday()``)."""
        return (self._ord + 6) % 7

    @property
    def month_name(self) -> str:
        return MONTH_NAMES[self._month - 1]

    @property
    def season(self) -> str:
        """The ঋতু: গ্রীষ্ম, বর্ষা, শরৎ, হেমন্ত, শীত, বসন্ত (two months each from বৈশাখ)."""
        return SEASON_NAMES[self._month - 1]

    @property
    def ambiguous(self) -> bool:
        """True when this date's label depends on how an almanac treats the midnight zone.

        West Bengal only: the whole month when its saṅkrānti falls within 24 minutes of
        IST midnight, and also the day before it when the saṅkrānti came just after
        midnight (an almanac may already count that day as day 1). Always False for
        ``bd*``.
        """
        return self._cal.ambiguous(self._ord)

    @property
    def days_in_month(self) -> int:
        return month_length(self._year, self._month, self._cal)

    # -- conversions -------------------------------------------------------------------
    def to_gregorian(self) -> _dt.date:
        return _dt.date.fromordinal(self._ord)

    def toordinal(self) -> int:
        """The proleptic Gregorian ordinal of the day (as ``date.toordinal()``)."""
        return self._ord

    # -- protocol ----------------------------------------------------------------------
    def __repr__(self) -> str:
        return f"BengaliDate({self._year}, {self._month}, {self._day}, calendar={self._cal.name!r})"

    def __str__(self) -> str:
        return to_bengali_digits(f"{self._day} {self.month_name} {self._year}")

    def __hash__(self) -> int:
        return hash((self._ord, self._cal))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BengaliDate):
            return NotImplemented
        return self._ord == other._ord and self._cal == other._cal

    def _cmp(self, other: object) -> int | None:
        if not isinstance(other, BengaliDate):
            return None
        if self._cal != other._cal:
            msg = f"cannot compare dates of calendars {self.calendar!r} and {other.calendar!r}"
            raise TypeError(msg)
        return self._ord - other._ord

    def __lt__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __add__(self, other: _dt.timedelta | int) -> BengaliDate:
        if isinstance(other, _dt.timedelta):
            days = other.days
        elif isinstance(other, int) and not isinstance(other, bool):
            days = other
        else:
            return NotImplemented
        ordinal = self._ord + days
        self._cal.check_ordinal(ordinal)
        return BengaliDate._make(self._cal.from_ordinal(ordinal), self._cal, ordinal)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        """``date - date`` is the number of days (an ``int``); ``date - n`` a date."""
        if isinstance(other, BengaliDate):
            if self._cal != other._cal:
                msg = f"cannot subtract dates of calendars {self.calendar!r} and {other.calendar!r}"
                raise TypeError(msg)
            return self._ord - other._ord
        if isinstance(other, _dt.timedelta):
            return self + (-other.days)
        if isinstance(other, int) and not isinstance(other, bool):
            return self + (-other)
        return NotImplemented

    def __reduce__(self) -> tuple[Any, ...]:
        cal: str | WestBengalCalendar = (
            self._cal if isinstance(self._cal, WestBengalCalendar) and self._cal.overrides
            else self._cal.name
        )
        return (_restore_date, (self._year, self._month, self._day, cal))


def _restore_date(year: int, month: int, day: int, cal: str | WestBengalCalendar) -> BengaliDate:
    return BengaliDate(year, month, day, calendar=cal)


# ---------------------------------------------------------------------------------------
# Functions for the parser and formatter
# ---------------------------------------------------------------------------------------


def bangla_to_gregorian(
    year: int, month: int, day: int, calendar: str | WestBengalCalendar = "bd"
) -> _dt.date:
    """The Gregorian date of a Bangla date; raises InvalidDateError / CalendarRangeError.

    >>> bangla_to_gregorian(1431, 5, 30)
    datetime.date(2024, 9, 14)
    >>> bangla_to_gregorian(1431, 5, 30, calendar="wb")
    datetime.date(2024, 9, 16)
    """
    return BengaliDate(year, month, day, calendar=calendar).to_gregorian()


def gregorian_to_bangla(d: _dt.date, calendar: str | WestBengalCalendar = "bd") -> BengaliDate:
    """The :class:`BengaliDate` of a Gregorian date (same as ``BengaliDate.from_gregorian``)."""
    return BengaliDate.from_gregorian(d, calendar)


def month_length(year: int, month: int, calendar: str | WestBengalCalendar | _Calendar = "bd") -> int:
    """Number of days in ``month`` of Bangla ``year``.

    >>> [month_length(1430, m, "bd-2019") for m in range(1, 13)]
    [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30]
    >>> month_length(1431, 11, "bd-2019"), month_length(1431, 11, "bd-1987")
    (29, 30)
    """
    cal = calendar if isinstance(calendar, _Calendar) else _resolve(calendar)
    _check_int("year", year)
    _check_int("month", month)
    if not 1 <= month <= 12:
        msg = f"month must be 1-12, not {month}"
        raise ValueError(msg)
    cal.check_year(year)
    if isinstance(cal, _BangladeshCalendar):
        return cal.month_lengths(year)[month - 1]
    return cal.month_start(year, month + 1) - cal.month_start(year, month)


def year_length(year: int, calendar: str | WestBengalCalendar = "bd") -> int:
    """Number of days in Bangla ``year`` (365 or 366).

    >>> year_length(1430), year_length(1431)
    (366, 365)
    """
    return sum(month_length(year, m, calendar) for m in range(1, 13))


def sankranti(year: int, month: int, school: str = "surya-siddhanta") -> _dt.datetime:
    """The IST moment (to the minute) of the saṅkrānti that begins ``month`` of ``year``.

    >>> sankranti(1431, 6, "drik")
    datetime.datetime(2024, 9, 16, 19, 42, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800), 'IST'))
    """
    cal = _resolve("wb" if _SCHOOLS.get(school) == "surya-siddhanta" else "wb-drik")
    if school not in _SCHOOLS:
        msg = f"school must be 'surya-siddhanta' or 'drik', not {school!r}"
        raise ValueError(msg)
    assert isinstance(cal, WestBengalCalendar)
    return cal.sankranti(year, month)


def _month_key(text: str) -> str:
    return "".join(ch for ch in normalize(text).casefold() if ch not in " -.")


_MONTH_LOOKUP: Final = {_month_key(name): m for m, names in BANGLA_MONTHS for name in names}
_MAX_NAME_LENGTH: Final = 100


def month_from_name(name: str) -> int:
    """Month number (বৈশাখ = 1) of a Bangla month name in any listed spelling.

    >>> month_from_name("জৈষ্ঠ্য"), month_from_name("অঘ্রাণ"), month_from_name("Kartik")
    (2, 8, 7)
    """
    if not isinstance(name, str):
        msg = f"month_from_name() needs a str, not {type(name).__name__}"
        raise TypeError(msg)
    if len(name) > _MAX_NAME_LENGTH:  # no month name is this long: refused before any work
        from bn_datetime.errors import ParseError

        reason = f"longer than {_MAX_NAME_LENGTH} characters"
        raise ParseError(name, _MAX_NAME_LENGTH, expected="a Bangla month name", reason=reason)
    month = _MONTH_LOOKUP.get(_month_key(name))
    if month is None:
        from bn_datetime.errors import ParseError

        raise ParseError(name, 0, expected="a Bangla month name", reason="unknown month")
    return month


def _now(tz: str | _dt.tzinfo) -> _dt.datetime:
    from bn_datetime import tz as _tz

    return _tz.now(tz)


# ---------------------------------------------------------------------------------------
# Saṅkrānti computation (used by scripts/gen_bangla_tables.py and the freshness test)
# ---------------------------------------------------------------------------------------

# Surya Siddhanta sun, as in Reingold & Dershowitz, "Calendrical Calculations", modern
# Hindu calendars (constants from the Surya Siddhanta): times are days (Gregorian
# ordinals with fractions) in local mean time at Ujjain.
_SS_YEAR: Final = Fraction(394479457, 1080000)  # 365 + 279457/1080000 days
_SS_ANOMALISTIC: Final = Fraction(1577917828000, 4320000000 - 387)
_SS_EPOCH: Final = -1132959  # Kali Yuga: 18 Feb 3102 BCE (Julian), Ujjain midnight
# Creation is 1 955 880 000 sidereal years before the epoch; the mean sun is at 0° at the
# epoch, the anomaly is not: keep its fractional phase exactly.
_SS_ANOMALY_PHASE: Final = float((1955880000 * _SS_YEAR / _SS_ANOMALISTIC) % 1)
_UJJAIN_TO_IST: Final = Fraction(5 * 3600 + 30 * 60, 86400) - Fraction(
    (75 * 3600 + 46 * 60 + 6) // 15, 86400
)  # IST - Ujjain mean time (≈ 26 min 56 s)
_KALI_MINUS_BANGLA: Final = 3694  # Kali year 5125 began with Bangla 1431 (April 2024)


def _hindu_sine_table(entry: int) -> float:
    exact = 3438 * math.sin(math.radians(entry * 3.75))
    error = 0.215 * math.copysign(1, exact) * math.copysign(1, abs(exact) - 1716)
    if exact == 0:
        error = 0.0
    return round(exact + error) / 3438


_HSINE: Final = tuple(_hindu_sine_table(k) for k in range(-1, 98))


def _hindu_sine(theta: float) -> float:
    entry = theta / 3.75
    k = math.floor(entry)
    frac = entry - k
    return frac * _HSINE[k + 2] + (1 - frac) * _HSINE[k + 1]


def _hindu_arcsin(amp: float) -> float:
    if amp < 0:
        return -_hindu_arcsin(-amp)
    pos = 0
    while amp > _HSINE[pos + 1]:
        pos += 1
    below = _HSINE[pos]
    return 3.75 * (pos - 1 + (amp - below) / (_HSINE[pos + 1] - below))


def ss_solar_longitude(t: float) -> float:
    """Sidereal longitude (degrees) of the Surya Siddhanta true sun at ``t``.

    ``t`` is a Gregorian ordinal with a day fraction, in local mean time at Ujjain.
    """
    days = t - _SS_EPOCH
    mean = 360.0 * ((days / float(_SS_YEAR)) % 1.0)
    anomaly = 360.0 * ((days / float(_SS_ANOMALISTIC) + _SS_ANOMALY_PHASE) % 1.0)
    offset = _hindu_sine(anomaly)
    size = 14 / 360
    equation = _hindu_arcsin(offset * (size - abs(offset) * size / 42))
    return (mean - equation) % 360.0


def _ss_sankranti(year: int, month: int) -> float:
    """IST moment (ordinal + fraction) when the SS sun enters rashi ``month`` of ``year``."""
    target = 30.0 * (month - 1)
    guess = _SS_EPOCH + float(_SS_YEAR) * (year + _KALI_MINUS_BANGLA + (month - 1) / 12)
    lo, hi = guess - 5.0, guess + 5.0
    for _ in range(45):
        mid = (lo + hi) / 2
        if (ss_solar_longitude(mid) - target + 180.0) % 360.0 - 180.0 < 0:
            lo = mid
        else:
            hi = mid
    return hi + float(_UJJAIN_TO_IST)


# Drik sun: VSOP87 (Bretagnon & Francou 1988) for the Earth, truncated as in Meeus,
# "Astronomical Algorithms", Appendix III: rows of (A, B, C) for A·cos(B + C·τ), τ in
# Julian millennia (TT) from J2000.0, units 1e-8 rad / 1e-8 au.
_VSOP_L: Final[tuple[tuple[tuple[float, float, float], ...], ...]] = (
    (
        (175347046, 0, 0), (3341656, 4.6692568, 6283.07585), (34894, 4.6261, 12566.1517),
        (3497, 2.7441, 5753.3849), (3418, 2.8289, 3.5231), (3136, 3.6277, 77713.7715),
        (2676, 4.4181, 7860.4194), (2343, 6.1352, 3930.2097), (1324, 0.7425, 11506.7698),
        (1273, 2.0371, 529.691), (1199, 1.1096, 1577.3435), (990, 5.233, 5884.927),
        (902, 2.045, 26.298), (857, 3.508, 398.149), (780, 1.179, 5223.694),
        (753, 2.533, 5507.553), (505, 4.583, 18849.228), (492, 4.205, 775.523),
        (357, 2.92, 0.067), (317, 5.849, 11790.629), (284, 1.899, 796.298),
        (271, 0.315, 10977.079), (243, 0.345, 5486.778), (206, 4.806, 2544.314),
        (205, 1.869, 5573.143), (202, 2.458, 6069.777), (156, 0.833, 213.299),
        (132, 3.411, 2942.463), (126, 1.083, 20.775), (115, 0.645, 0.98),
        (103, 0.636, 4694.003), (102, 0.976, 15720.839), (102, 4.267, 7.114),
        (99, 6.21, 2146.17), (98, 0.68, 155.42), (86, 5.98, 161000.69),
        (85, 1.3, 6275.96), (85, 3.67, 71430.7), (80, 1.81, 17260.15),
        (79, 3.04, 12036.46), (75, 1.76, 5088.63), (74, 3.5, 3154.69),
        (74, 4.68, 801.82), (70, 0.83, 9437.76), (62, 3.98, 8827.39),
        (61, 1.82, 7084.9), (57, 2.78, 6286.6), (56, 4.39, 14143.5),
        (56, 3.47, 6279.55), (52, 0.19, 12139.55), (52, 1.33, 1748.02),
        (51, 0.28, 5856.48), (49, 0.49, 1194.45), (41, 5.37, 8429.24),
        (41, 2.4, 19651.05), (39, 6.17, 10447.39), (37, 6.04, 10213.29),
        (37, 2.57, 1059.38), (36, 1.71, 2352.87), (36, 1.78, 6812.77),
        (33, 0.59, 17789.85), (30, 0.44, 83996.85), (30, 2.74, 1349.87),
        (25, 3.16, 4690.48),
    ),
    (
        (628331966747, 0, 0), (206059, 2.678235, 6283.07585), (4303, 2.6351, 12566.1517),
        (425, 1.59, 3.523), (119, 5.796, 26.298), (109, 2.966, 1577.344),
        (93, 2.59, 18849.23), (72, 1.14, 529.69), (68, 1.87, 398.15),
        (67, 4.41, 5507.55), (59, 2.89, 5223.69), (56, 2.17, 155.42),
        (45, 0.4, 796.3), (36, 0.47, 775.52), (29, 2.65, 7.11), (21, 5.34, 0.98),
        (19, 1.85, 5486.78), (19, 4.97, 213.3), (17, 2.99, 6275.96),
        (16, 0.03, 2544.31), (16, 1.43, 2146.17), (15, 1.21, 10977.08),
        (12, 2.83, 1748.02), (12, 3.26, 5088.63), (12, 5.27, 1194.45),
        (12, 2.08, 4694.0), (11, 0.77, 553.57), (10, 1.3, 6286.6),
        (10, 4.24, 1349.87), (9, 2.7, 242.73), (9, 5.64, 951.72), (8, 5.3, 2352.87),
        (6, 2.65, 9437.76), (6, 4.67, 4690.48),
    ),
    (
        (52919, 0, 0), (8720, 1.0721, 6283.0758), (309, 0.867, 12566.152),
        (27, 0.05, 3.52), (16, 5.19, 26.3), (16, 3.68, 155.42), (10, 0.76, 18849.23),
        (9, 2.06, 77713.77), (7, 0.83, 775.52), (5, 4.66, 1577.34), (4, 1.03, 7.11),
        (4, 3.44, 5573.14), (3, 5.14, 796.3), (3, 6.05, 5507.55), (3, 1.19, 242.73),
        (3, 6.12, 529.69), (3, 0.31, 398.15), (3, 2.28, 553.57), (2, 4.38, 5223.69),
        (2, 3.75, 0.98),
    ),
    (
        (289, 5.844, 6283.076), (35, 0, 0), (17, 5.49, 12566.15), (3, 5.2, 155.42),
        (1, 4.72, 3.52), (1, 5.3, 18849.23), (1, 5.97, 242.73),
    ),
    ((114, 3.142, 0), (8, 4.13, 6283.08), (1, 3.84, 12566.15)),
    ((1, 3.14, 0),),
)
_VSOP_R: Final[tuple[tuple[tuple[float, float, float], ...], ...]] = (
    (
        (100013989, 0, 0), (1670700, 3.0984635, 6283.07585), (13956, 3.05525, 12566.1517),
        (3084, 5.1985, 77713.7715), (1628, 1.1739, 5753.3849), (1576, 2.8469, 7860.4194),
        (925, 5.453, 11506.77), (542, 4.564, 3930.21), (472, 3.661, 5884.927),
        (346, 0.964, 5507.553), (329, 5.9, 5223.694), (307, 0.299, 5573.143),
        (243, 4.273, 11790.629), (212, 5.847, 1577.344), (186, 5.022, 10977.079),
        (175, 3.012, 18849.228), (110, 5.055, 5486.778), (98, 0.89, 6069.78),
        (86, 5.69, 15720.84), (86, 1.27, 161000.69), (65, 0.27, 17260.15),
        (63, 0.92, 529.69), (57, 2.01, 83996.85), (56, 5.24, 71430.7),
        (49, 3.25, 2544.31), (47, 2.58, 775.52), (45, 5.54, 9437.76),
        (43, 6.01, 6275.96), (39, 5.36, 4694.0), (38, 2.39, 8827.39),
        (37, 0.83, 19651.05), (37, 4.9, 12139.55), (36, 1.67, 12036.46),
        (35, 1.84, 2942.46), (33, 0.24, 7084.9), (32, 0.18, 5088.63),
        (32, 1.78, 398.15), (28, 1.21, 6286.6), (28, 1.9, 6279.55),
        (26, 4.59, 10447.39),
    ),
    (
        (103019, 1.10749, 6283.07585), (1721, 1.0644, 12566.1517), (702, 3.142, 0),
        (32, 1.02, 18849.23), (31, 2.84, 5507.55), (25, 1.32, 5223.69),
        (18, 1.42, 1577.34), (10, 5.91, 10977.08), (9, 1.42, 6275.96), (9, 0.27, 5486.78),
    ),
    (
        (4359, 5.7846, 6283.0758), (124, 5.579, 12566.152), (12, 3.14, 0),
        (9, 3.63, 77713.77), (6, 1.87, 5573.14), (3, 5.47, 18849.23),
    ),
    ((145, 4.273, 6283.076), (7, 3.92, 12566.15)),
    ((4, 2.56, 6283.08),),
)
_J2000: Final = 2451545.0
_RD_TO_JD: Final = 1721424.5
_LAHIRI_JD: Final = 2435553.5  # 1956-03-21 0h
_LAHIRI_DEG: Final = 23.245524743


def _vsop(series: tuple[tuple[tuple[float, float, float], ...], ...], tau: float) -> float:
    total = 0.0
    power = 1.0
    for terms in series:
        total += power * sum(a * math.cos(b + c * tau) for a, b, c in terms)
        power *= tau
    return total / 1e8


def _general_precession(jde: float) -> float:
    """Accumulated general precession in longitude since J2000 (arcseconds, IAU 2006)."""
    t = (jde - _J2000) / 36525
    return ((((-0.0000000383 * t - 0.000023857) * t + 0.00007964) * t + 1.1054348) * t + 5028.796195) * t


def lahiri_ayanamsa(jde: float) -> float:
    """Lahiri ayanamsa (degrees) for the mean equinox of date at Julian Ephemeris Day ``jde``."""
    return _LAHIRI_DEG + (_general_precession(jde) - _general_precession(_LAHIRI_JD)) / 3600


def drik_solar_longitude(jde: float) -> float:
    """Sidereal (Lahiri) longitude of the true sun, aberration included, nutation not."""
    tau = (jde - _J2000) / 365250
    lon = math.degrees(_vsop(_VSOP_L, tau)) + 180.0
    radius = _vsop(_VSOP_R, tau)
    lon += (-0.09033 - 20.4898 / radius) / 3600  # FK5 frame, annual aberration
    return (lon - lahiri_ayanamsa(jde)) % 360.0


def delta_t(year: float) -> float:
    """TT - UT in seconds (Espenak & Meeus polynomials, NASA eclipse web site)."""
    y = year
    if y < 1860:
        t = y - 1800
        return (
            13.72 - 0.332447 * t + 0.0068612 * t**2 + 0.0041116 * t**3 - 0.00037436 * t**4
            + 0.0000121272 * t**5 - 0.0000001699 * t**6 + 0.000000000875 * t**7
        )
    if y < 1900:
        t = y - 1860
        return (
            7.62 + 0.5737 * t - 0.251754 * t**2 + 0.01680668 * t**3
            - 0.0004473624 * t**4 + t**5 / 233174
        )
    if y < 1920:
        t = y - 1900
        return -2.79 + 1.494119 * t - 0.0598939 * t**2 + 0.0061966 * t**3 - 0.000197 * t**4
    if y < 1941:
        t = y - 1920
        return 21.20 + 0.84493 * t - 0.076100 * t**2 + 0.0020936 * t**3
    if y < 1961:
        t = y - 1950
        return 29.07 + 0.407 * t - t**2 / 233 + t**3 / 2547
    if y < 1986:
        t = y - 1975
        return 45.45 + 1.067 * t - t**2 / 260 - t**3 / 718
    if y < 2005:
        t = y - 2000
        return (
            63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3
            + 0.000651814 * t**4 + 0.00002373599 * t**5
        )
    if y < 2050:
        t = y - 2000
        return 62.92 + 0.32217 * t + 0.005589 * t**2
    u = (y - 1820) / 100
    if y < 2150:
        return -20 + 32 * u**2 - 0.5628 * (2150 - y)
    return -20 + 32 * u**2


def _drik_sankranti(year: int, month: int) -> float:
    """IST moment (ordinal + fraction) when the drik sun enters rashi ``month`` of ``year``."""
    target = 30.0 * (month - 1)
    guess = _ss_sankranti(year, month) - float(_UJJAIN_TO_IST)  # within a day
    jde = guess + _RD_TO_JD

    def miss(jd: float) -> float:
        return (drik_solar_longitude(jd) - target + 180.0) % 360.0 - 180.0

    a, fa = jde - 0.5, miss(jde - 0.5)
    b, fb = jde + 0.5, miss(jde + 0.5)
    for _ in range(30):  # secant steps; the longitude is smooth and nearly linear
        if fb == fa:
            break
        a, fa, b = b, fb, b - fb * (b - a) / (fb - fa)
        fb = miss(b)
        if abs(b - a) < 1e-7:
            break
    year_ut = 2000 + (b - _J2000) / 365.25
    ut = b - delta_t(year_ut) / 86400
    return ut - _RD_TO_JD + 5.5 / 24


def compute_sankranti_stamps(school: str, first_year: int, last_year: int) -> list[int]:
    """Saṅkrānti stamps (``ordinal * 1440 + IST minute``) for months of the given years.

    This is what ``scripts/gen_bangla_tables.py`` writes to ``_bangla_tables.py``.
    """
    compute = _ss_sankranti if _SCHOOLS[school] == "surya-siddhanta" else _drik_sankranti
    return [
        math.floor(compute(year, month) * 1440)
        for year in range(first_year, last_year + 1)
        for month in range(1, 13)
    ]
