"""Components → a datetime: validation, day periods, years, zones, calendars.

The grammar says which token plays which role; this module turns the roles' values
into a checked, timezone-aware result. Both the free grammar and ``pattern=`` parsing
end here, so they agree by construction.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import warnings
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, tzinfo
from typing import Final, Literal, NamedTuple

from . import tz as _tz
from .errors import (
    AmbiguousHourWarning,
    CalendarMismatchWarning,
    InvalidDateError,
    ParseError,
    WeekdayMismatchWarning,
)
from .lexicon import DAY_PERIODS

__all__ = ["PIVOT", "Parsed", "Precision", "hour_from_period", "period_of_hour", "resolve"]

Precision = Literal["year", "month", "day", "hour", "minute", "second"]

#: Two-digit years: 00–68 are 2000–2068, 69–99 are 1969–1999 (the POSIX ``%y`` rule).
PIVOT: Final = 69
_MIN_YEAR: Final = 1
_MAX_YEAR: Final = 9999


class Parsed(NamedTuple):
    """A parse result: the aware datetime and the precision the text carried.

    >>> from bn_datetime import parse_result
    >>> r = parse_result("সেপ্টেম্বর ২০২৪")
    >>> r.precision, r.isoformat()
    ('month', '2024-09')
    """

    value: datetime
    precision: Precision
    calendar: str = "gregorian"

    def isoformat(self) -> str:
        """ISO 8601 at the result's precision (seconds always written with a time)."""
        v = self.value
        if self.precision == "day":
            return f"{v.year:04d}-{v.month:02d}-{v.day:02d}"
        if self.precision == "month":
            return f"{v.year:04d}-{v.month:02d}"
        if self.precision == "year":
            return f"{v.year:04d}"
        return v.isoformat() if v.microsecond else v.isoformat(timespec="seconds")


def period_of_hour(hour: int) -> int:
    """Index in ``DAY_PERIODS`` of the period an hour (0–23) falls in (CLDR windows)."""
    for index, period in enumerate(DAY_PERIODS):
        if period.start <= period.end:
            if period.start <= hour < period.end:
                return index
        elif hour >= period.start or hour < period.end:
            return index
    raise AssertionError(hour)  # pragma: no cover - the windows cover the day


def hour_from_period(period: int, hour: int) -> int | None:
    """The 24-hour value of a 12-hour clock reading in a day period, or None if absurd.

    ভোর and সকাল keep the hour; দুপুর adds 12 from 1 to 5; বিকাল and সন্ধ্যা add 12;
    রাত adds 12 from 6 to 11, keeps 1–5, and reads 12 as midnight. A 24-hour reading
    (13–23, or 0) is kept as written.

    >>> [hour_from_period(5, h) for h in (9, 12, 2)]   # রাত ৯টা, রাত ১২টা, রাত ২টা
    [21, 0, 2]
    >>> hour_from_period(2, 12), hour_from_period(2, 2)  # দুপুর ১২টা, দুপুর ২টা
    (12, 14)
    """
    if hour == 0 or 13 <= hour <= 23:
        return hour
    if not 1 <= hour <= 12:
        return None
    name = DAY_PERIODS[period].name
    if name in ("ভোর", "সকাল"):
        return hour if hour != 12 or name == "সকাল" else 0
    if name == "দুপুর":
        return hour + 12 if hour <= 5 else hour
    if name in ("বিকাল", "সন্ধ্যা"):
        return hour + 12 if hour != 12 else 12
    # রাত
    if hour == 12:
        return 0
    return hour if hour <= 5 else hour + 12


def _year(value: int, digits: int) -> int:
    if digits <= 2:
        return 2000 + value if value < PIVOT else 1900 + value
    return value


Where = Callable[[str], int]


def resolve(
    fields: Mapping[str, object],
    text: str,
    where: Where,
    *,
    zone: tzinfo,
    now: datetime | None,
    disambiguate: _tz.Disambiguate,
    strict: bool,
    calendar: str,
) -> Parsed:
    """Check the fields and build the result (see :func:`bn_datetime.parse`)."""
    get = fields.get

    def fail(role: str, reason: str, cls: type[ParseError] = InvalidDateError) -> ParseError:
        return cls(text, where(role), reason=reason)

    def current() -> datetime:
        base = now if now is not None else _tz.now(zone)
        if base.tzinfo is None:
            return _tz.localize(base, zone, "compatible")
        return base.astimezone(zone)

    # ---- the zone: an explicit one in the text wins -------------------------------
    offset_zone: tzinfo | None = None
    sign = get("tzsign")
    if sign is not None:
        if get("tzhhmm") is not None:
            hhmm = int(str(get("tzhhmm")))
            hours, minutes = divmod(hhmm, 100)
        else:
            hours, minutes = int(str(get("tzhour"))), int(str(get("tzminute") or 0))
        if hours > 14 or minutes > 59:
            raise fail("tzsign", "offset out of range")
        total = (hours * 60 + minutes) * (-1 if sign == "-" else 1)
        offset_zone = _tz.fixed_offset(total)
    elif get("zone") is not None:
        offset_zone = _tz.get_tz(str(get("zone")))
    if offset_zone is not None:
        zone = offset_zone

    # ---- the date ----------------------------------------------------------------------
    precision: Precision = "day"
    result_calendar = "gregorian"
    day_value: date | None = None
    weekday = get("weekday")
    if get("month") is not None or get("nmonth") is not None or get("year") is not None:
        month = get("month") or get("nmonth")
        year_value = get("year")
        if year_value is None:
            day_value = _yearless(fields, current(), fail)
        else:
            year = _year(int(str(year_value)), int(str(get("yeardigits", 4))))
            if not _MIN_YEAR <= year <= _MAX_YEAR:
                raise fail("year", "year out of range")
            if month is None:
                precision = "year"
                day_value = date(year, 1, 1)
            elif get("day") is None:
                precision = "month"
                day_value = date(year, _month(month, fail), 1)
            else:
                day_value = _date(year, _month(month, fail), int(str(get("day"))), fail)
    elif get("bmonth") is not None:
        day_value = _other_calendar(fields, "b", calendar, fail)
        result_calendar = calendar
    elif get("hmonth") is not None:
        day_value = _other_calendar(fields, "h", calendar, fail)
        result_calendar = "hijri"
    elif get("relday") is not None:
        day_value = current().date() + timedelta(days=int(str(get("relday"))))
    elif get("now") is not None:
        moment = current()
        return Parsed(moment, "second")
    elif weekday is not None and get("hour") is None and get("clockword") is None:
        today = current().date()
        day_value = today - timedelta(days=(today.weekday() - int(str(weekday))) % 7)
        weekday = None

    # secondary calendars on a Gregorian dateline: a consistency check only
    if day_value is not None and result_calendar == "gregorian":
        for prefix, name in (("b", calendar), ("h", "hijri")):
            if get(prefix + "month") is not None:
                other = _other_calendar(fields, prefix, name, fail)
                tolerance = 1 if prefix == "h" else 0
                if abs((other - day_value).days) > tolerance:
                    message = (
                        f"{text!r}: the {'Hijri' if prefix == 'h' else 'Bangla'} date "
                        f"means {other.isoformat()} under {name!r}, the Gregorian date "
                        f"{day_value.isoformat()} wins"
                    )
                    if strict:
                        raise fail(prefix + "month", message)
                    warnings.warn(message, CalendarMismatchWarning, stacklevel=4)

    if (
        weekday is not None
        and day_value is not None
        and precision == "day"
        and day_value.weekday() != int(str(weekday))
    ):
        message = f"{text!r}: {day_value.isoformat()} is not the weekday the text names"
        if strict:
            raise fail("weekday", message, ParseError)
        warnings.warn(message, WeekdayMismatchWarning, stacklevel=4)

    # ---- the time ------------------------------------------------------------------------
    clock = _clock(fields, fail)
    if clock is None:
        if day_value is None:
            raise ParseError(text, 0, expected="a date or a time")
        naive = datetime(day_value.year, day_value.month, day_value.day)
        return Parsed(_attach(naive, zone, disambiguate, fail), precision, result_calendar)
    if precision != "day":
        raise fail("hour", "a time needs a whole date", ParseError)
    if day_value is None:
        day_value = current().date()
    hour, minute, second, micro = clock
    naive = datetime(day_value.year, day_value.month, day_value.day, hour, minute, second, micro)
    time_precision: Precision = "second" if get("second") is not None else "minute"
    return Parsed(_attach(naive, zone, disambiguate, fail), time_precision, result_calendar)


def _attach(naive: datetime, zone: tzinfo, mode: _tz.Disambiguate, fail: Callable[..., ParseError]) -> datetime:
    try:
        return _tz.localize(naive, zone, mode)
    except ParseError as exc:  # a gap or an overlap: report it against the user's text
        raise fail("hour", exc.reason, type(exc)) from None
    except OverflowError:
        raise fail("year", "out of the representable range") from None


def _month(value: object, fail: Callable[..., ParseError]) -> int:
    month = int(str(value))
    if not 1 <= month <= 12:
        raise fail("nmonth", f"there is no month {month}")
    return month


def _date(year: int, month: int, day: int, fail: Callable[..., ParseError]) -> date:
    last = _stdlib_calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise fail("day", f"day {day} does not exist in {year:04d}-{month:02d}")
    return date(year, month, day)


def _yearless(
    fields: Mapping[str, object], now: datetime, fail: Callable[..., ParseError]
) -> date:
    """A date without a year: the nearest such date to ``now`` (a weekday may decide).

    Among last year, this year and next year, the candidate dates that exist (and fall
    on the weekday the text names, if it names one) are compared by distance from
    ``now``'s date; the nearest wins, and a tie goes to the past.
    """
    month = _month(fields.get("month") or fields.get("nmonth"), fail)
    day = int(str(fields.get("day")))
    if not 1 <= day <= 31:
        raise fail("day", f"there is no day {day}")
    today = now.date()
    weekday = fields.get("weekday")
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        if day <= _stdlib_calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            if weekday is None or candidate.weekday() == int(str(weekday)):
                options.append(candidate)
    if not options:
        raise fail("day", f"day {day} of month {month} matches no nearby year")
    return min(options, key=lambda d: (abs((d - today).days), d > today))


def _other_calendar(
    fields: Mapping[str, object], prefix: str, calendar: str, fail: Callable[..., ParseError]
) -> date:
    year = int(str(fields.get(prefix + "year")))
    month = int(str(fields.get(prefix + "month")))
    day = int(str(fields.get(prefix + "day")))
    if prefix == "h":
        from .hijri import hijri_to_gregorian

        convert: Callable[[int, int, int], date] = hijri_to_gregorian
    else:
        from .bangla_calendar import bangla_to_gregorian

        def convert(y: int, m: int, d: int) -> date:
            return bangla_to_gregorian(y, m, d, calendar=calendar)

    try:
        return convert(year, month, day)
    except ParseError as exc:
        raise fail(prefix + "day", exc.reason or str(exc)) from None
    except ValueError as exc:
        raise fail(prefix + "day", str(exc)) from None


def _clock(
    fields: Mapping[str, object], fail: Callable[..., ParseError]
) -> tuple[int, int, int, int] | None:
    get = fields.get
    period = get("period")
    if get("clockword") is not None:
        total = int(str(get("clockword")))
        hour, minute = divmod(total, 60)
        if period is not None:
            resolved = hour_from_period(int(str(period)), hour)
            hour = resolved if resolved is not None else hour
        return hour, minute, 0, 0
    if get("hour") is None:
        return None
    hour = int(str(get("hour")))
    minute = int(str(get("minute") or 0))
    second = int(str(get("second") or 0))
    micro = 0
    fraction = get("fractiontext")
    if fraction is not None:
        digits = str(fraction)[:6].ljust(6, "0")
        micro = int(digits)
    quarter = get("quarter")
    if quarter is not None:
        if get("minute") is not None:
            raise fail("minute", "a clock fraction (সাড়ে, সোয়া, পৌনে) and minutes together")
        q = int(str(quarter))
        if not 1 <= hour <= 12:
            raise fail("hour", f"hour {hour} with a clock fraction")
        if q < 0:
            hour, minute = (hour - 1) or 12, 60 + q
        else:
            minute = q
    if minute > 59:
        raise fail("minute", f"minute {minute} does not exist")
    if second > 59:
        raise fail("second", f"second {second} does not exist")
    ampm = get("ampm")
    if ampm is not None:
        if not 1 <= hour <= 12:
            raise fail("hour", f"hour {hour} cannot take AM/PM")
        hour = hour % 12 + (12 if ampm == 1 else 0)
    elif period is not None:
        resolved = hour_from_period(int(str(period)), hour)
        if resolved is None:
            raise fail("hour", f"hour {hour} does not exist")
        hour = resolved
    else:
        if hour > 23:
            raise fail("hour", f"hour {hour} does not exist")
        if get("oclock") is not None and 1 <= hour <= 12:
            warnings.warn(
                f"{hour}টা has no day period or AM/PM; read as {hour:02d}:00 (24-hour clock)",
                AmbiguousHourWarning,
                stacklevel=5,
            )
    return hour, minute, second, micro
