"""The typed reading → a value: validation, day periods, years, zones, calendars.

The grammar says which token plays which role and :class:`~bn_datetime.reader.fields.Fields`
holds each role's value in a slot; this module turns the slots into a checked,
timezone-aware result. Both the free grammar and ``pattern=`` parsing
end here, so they agree by construction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Final

from bn_datetime import tz as _tz
from bn_datetime.errors import (
    AmbiguousHourWarning,
    BnDatetimeError,
    CalendarMismatchWarning,
    InvalidDateError,
    ParseError,
    RelativeMismatchWarning,
    WeekdayMismatchWarning,
    warn_at_caller,
)
from bn_datetime.lexicon import DAY_PERIODS
from bn_datetime.options import CALENDARS, PREFERS, Options, Prefer, check_prefer
from bn_datetime.text.digits import to_bengali_digits
from bn_datetime.values import Parsed, Precision

from .fields import Fields

__all__ = [
    "CALENDARS",
    "PREFERS",
    "Parsed",
    "Precision",
    "Prefer",
    "check_prefer",
    "hour_from_period",
    "period_of_hour",
    "resolve",
]

_MIN_YEAR: Final = 1
#: Four-digit years a numeric date may mean as Bangla years (1 বৈশাখ 1300 is 1893-04-14,
#: 1499 ends in 2093): without an era word such a date is refused, never read as the
#: Gregorian year 1431 (৩০-০৫-১৪৩১).
_BANGLA_NUMERIC_YEARS: Final = range(1300, 1500)
_MAX_YEAR: Final = 9999


def two_digit_year(year: int, this_year: int) -> int:
    """The year a two-digit year names: the one in the 100 years from 80 before
    ``this_year`` to 19 after, as ICU reads ``yy``.

    >>> two_digit_year(86, 2019), two_digit_year(24, 2024), two_digit_year(43, 2024)
    (1986, 2024, 2043)
    >>> two_digit_year(44, 2024)
    1944
    """
    low = this_year - 80
    candidate = low - low % 100 + year
    return candidate if candidate >= low else candidate + 100


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
        return hour if in_usage(period, hour) else None
    if not 1 <= hour <= 12:
        return None
    resolved = _twelve_hour(DAY_PERIODS[period].like or DAY_PERIODS[period].name, hour)
    return resolved if in_usage(period, resolved) else None


def in_usage(period: int, hour: int) -> bool:
    """Whether a 24-hour ``hour`` is one a reader accepts with the period's word.

    >>> in_usage(1, 5), in_usage(2, 9), in_usage(5, 3), in_usage(5, 13)  # সকাল ৫টা, দুপুর ৯টা, রাত ৩টা, রাত ১৩টা
    (True, False, True, False)
    """
    first, stop = DAY_PERIODS[period].usage
    if first < stop:
        return first <= hour < stop
    return hour >= first or hour < stop


def _twelve_hour(name: str, hour: int) -> int:
    """A 12-hour reading (1–12) in the period ``name``, on the 24-hour clock."""
    if name in ("ভোর", "সকাল"):
        return hour if hour != 12 or name == "সকাল" else 0
    if name in ("দুপুর", "বেলা"):
        return hour + 12 if hour <= 5 else hour
    if name in ("বিকাল", "সন্ধ্যা"):
        return hour + 12 if hour != 12 else 12
    # রাত
    if hour == 12:
        return 0
    return hour if hour <= 5 else hour + 12


Where = Callable[[str], int]


def resolve(fields: Fields, text: str, where: Where, opts: Options) -> Parsed:
    """Check the reading and build the result (see :func:`bn_datetime.parse`).

    ``fields`` is the typed reading (:class:`bn_datetime.reader.fields.Fields`): one slot per
    role (``day``, ``month``, ``hour`` …), ``None`` where the text has none. ``opts``
    are the options, checked once (:func:`bn_datetime.options.check_options`);
    ``opts.warn=False`` keeps the documented warnings (a contradicting weekday or
    calendar, a bare hour) quiet without touching the global warning filters, which is
    what a search over running text wants, from any thread; with ``opts.notes`` a list,
    the mismatch warnings (not a bare hour's) are added to it as ``(category, reason)``
    for the caller to give to its match.
    """
    try:
        return _resolve(fields, text, where, opts)
    except BnDatetimeError:
        raise
    except (OverflowError, ValueError):  # date arithmetic past year 1 or 9999 (a relative
        # date, a month without a year, a zone): one of ours, never a bare ValueError
        raise InvalidDateError(text, 0, reason="outside the years 1-9999") from None


def _resolve(fields: Fields, text: str, where: Where, opts: Options) -> Parsed:
    zone, now, disambiguate, strict, calendar, prefer, warn = opts[:7]
    # whether the reading has a role of the rarer rules (a zone, a relative or other
    # calendar's date, এ …): without one, the checks of those rules are passed over at once
    rare = not _RARE_ROLES.isdisjoint(fields.__dict__)

    def fail(role: str, reason: str, cls: type[ParseError] = InvalidDateError) -> ParseError:
        return cls(text, where(role), reason=reason)

    read: list[datetime] = []  # now in the zone, read once and only when a rule needs it

    bare_weekday_ahead = False  # a bare weekday read forward that fell on today
    if rare:
        fields, zone, disambiguate = _rare_checks(fields, zone, disambiguate, fail)

    # ---- the date ----------------------------------------------------------------------
    precision: Precision = "day"
    result_calendar = "gregorian"
    day_value: date | None = None
    weekday = fields.weekday
    month = fields.month or fields.nmonth
    year = fields.year
    if rare and fields.offset is not None:
        return _offset(fields.offset, _current(now, zone, read), zone, fail)
    if rare and fields.nth is not None:
        return _resolve(_nth_weekday(fields, text, where, opts, fail), text, where, opts)
    if rare and fields.relmod is not None and fields.year is None:
        day_value, precision = _relative(fields, _current(now, zone, read).date(), fail)
        if fields.day is None:  # গত শুক্রবার: the weekday chose the day; আগামী ১ আগস্ট,
            weekday = None  # শুক্রবার: the weekday is checked against the date
    elif month is not None or year is not None:
        if year is None and month is not None and fields.day is None:
            precision = "month"
            day_value = _nearest_month(_month(month, fail), _current(now, zone, read).date())
        elif year is None:
            day_value = _yearless(fields, _current(now, zone, read), fail, prefer)
        else:
            digits = fields.yeardigits
            if digits == 1:  # "১ জানুয়ারি ১": not a year anyone prints; never guess one
                raise fail("year", "a one-digit year")
            if digits == 2:
                year = two_digit_year(year, _current(now, zone, read).year)
            elif fields.nmonth is not None and fields.era is None and year in _BANGLA_NUMERIC_YEARS:
                raise fail(
                    "year",
                    f"{year} is a Bangla year as much as a Gregorian one: write বঙ্গাব্দ or খ্রি. after it",
                    ParseError,
                )
            if not _MIN_YEAR <= year <= _MAX_YEAR:
                raise fail("year", "year out of range")
            if month is None:
                precision = "year"
                day_value = date(year, 1, 1)
            elif fields.day is None:
                precision = "month"
                day_value = date(year, _month(month, fail), 1)
            elif 1 <= month <= 12 and 1 <= fields.day <= 28:  # a day of every month: no check
                day_value = date(year, month, fields.day)
            else:
                day_value = _date(year, _month(month, fail), fields.day, fail)
    elif rare and fields.bmonth is not None:
        day_value = _other_calendar(fields, "b", calendar, fail, _current(now, zone, read).date())
        result_calendar = calendar
    elif rare and fields.hmonth is not None:
        day_value = _other_calendar(fields, "h", calendar, fail, _current(now, zone, read).date())
        result_calendar = "hijri"
    elif rare and fields.relday is not None:
        day_value = _current(now, zone, read).date() + timedelta(days=fields.relday)
    elif rare and fields.now is not None:
        return Parsed(_current(now, zone, read), "second")
    elif weekday is not None:  # a weekday alone, or with its time: the last such day
        today = _current(now, zone, read).date()
        day_value = _weekday_day(weekday, today, prefer)
        weekday = None
        bare_weekday_ahead = prefer == "future" and day_value == today

    if rare and day_value is not None and result_calendar == "gregorian" and (
        fields.bmonth is not None or fields.hmonth is not None
    ):
        _check_other_calendars(fields, day_value, text, calendar, strict, fail, opts)

    if (
        rare
        and day_value is not None
        and precision in ("day", "month")
        and (fields.relday is not None or fields.relmod)
    ):
        _check_relative(fields, day_value, _current(now, zone, read).date(), text, strict, fail, opts, precision == "month")

    if (
        weekday is not None
        and day_value is not None
        and precision == "day"
        and day_value.weekday() != weekday
    ):
        message = f"{day_value.isoformat()} is not the weekday the text names"
        if strict:  # the error shows the text already
            raise fail("weekday", message, ParseError)
        _mismatch(opts, text, message, WeekdayMismatchWarning)

    # ---- the time ------------------------------------------------------------------------
    if fields.hour is None and fields.clockword is None:
        if day_value is None:
            raise ParseError(text, 0, expected="a date or a time")
        # the day exists even when its midnight does not (Dhaka, 1 October 1941): the
        # value is then the day's first moment
        midnight = _attach(day_value, 0, 0, 0, 0, zone, "compatible", fail)
        return _new(Parsed, (midnight, precision, result_calendar))
    if precision != "day":
        raise fail("hour", "a time needs a whole date", ParseError)
    dateless = day_value is None  # a clock time alone stays a time, anchored on today
    if day_value is None:
        day_value = _current(now, zone, read).date()
    hour, minute, second, micro = _clock(fields, fail, warn)
    if not dateless and fields.period == _NIGHT and is_night_twelve(fields):
        # শুক্রবার রাত ১২টা: the midnight that ends Friday, as deadlines and reports mean it
        day_value += timedelta(days=1)
    elif rare and (fields.afterday is not None or _a_night(fields)) and not dateless and hour < _SMALL_HOURS_END:
        day_value += timedelta(days=1)  # বৃহস্পতিবার দিবাগত রাত ২টা: early Friday; গত রাত ২টা: today
    if bare_weekday_ahead:
        naive = datetime(day_value.year, day_value.month, day_value.day, hour, minute, second, micro)
        if naive < _current(now, zone, read).replace(tzinfo=None):
            # শনিবার সকাল ৭টায় ছাড়বে, said on a Saturday evening: the coming Saturday
            day_value += timedelta(days=7)
    time_precision: Precision = (
        "time" if dateless else "second" if fields.second is not None else "minute"
    )
    value = _attach(day_value, hour, minute, second, micro, zone, disambiguate, fail)
    return _new(Parsed, (value, time_precision, result_calendar))


def _current(now: datetime | None, zone: tzinfo, read: list[datetime]) -> datetime:
    """``now`` (the clock when None) in ``zone``: read once, into ``read``, and only when a
    rule of the resolver needs it."""
    if not read:
        base = now if now is not None else _tz.now(zone)
        if base.utcoffset() is None:  # naive, also with a tzinfo that gives no offset
            read.append(_tz.localize(base.replace(tzinfo=None), zone, "compatible"))
        else:
            read.append(_tz.in_zone(base, zone))
    return read[0]


#: The roles of the rarer rules: a reading without any of them passes their checks over
#: (each check asks for one of these; ``_a_night`` for relmod).
_RARE_ROLES: Final = frozenset(
    (
        "this", "unit", "minutedigits", "hhmm", "tzsign", "zone", "offset", "nth", "relmod",
        "bmonth", "hmonth", "relday", "now", "afterday",
    )
)


def _rare_checks(
    fields: Fields, zone: tzinfo, disambiguate: _tz.Disambiguate, fail: Callable[..., ParseError]
) -> tuple[Fields, tzinfo, _tz.Disambiguate]:
    """The first checks of :func:`_resolve` for a reading with a rarer role: এ, a unit after
    a month, a one-digit minute, a four-digit time, a zone in the text (which wins over
    ``zone``). Returns the reading (the time of ১৭৩০ ঘণ্টা written out), the zone and the
    rule for a skipped or repeated hour."""
    if fields.this is not None and (fields.this != "x" or fields.unit not in _THIS_UNITS):
        # এ বছর, এ মাসে, এ সপ্তাহে: the filler এ says "this" (প্রায় মাসে says nothing)
        raise fail("this", "এ names this year, month or week only (এ বছর)", ParseError)

    if fields.month is not None and fields.unit not in (None, "month") and fields.relmod is None:
        # জুন মাসে · ডিসেম্বর মাসের ১০ তারিখে: after a month name only মাস
        raise fail("unit", "after a month name only মাস (জুন মাসে)", ParseError)

    if fields.minutedigits is not None and fields.minutedigits < 2:
        # ৮.৯টায় · রাত ৮.৫ মিনিটে: clocks print two-digit minutes after a dot or hyphen
        raise fail("minute", "one digit after a dot or hyphen is no minute (৮.০৯, not ৮.৯)", ParseError)

    if fields.hhmm is not None:  # ১৭৩০ ঘণ্টা: a 24-hour time in four digits
        if fields.hourword != "hour":
            raise fail("hhmm", "four digits before a unit other than ঘণ্টা are no time", ParseError)
        hhmm = fields.hhmm
        fields = fields.copy()
        fields.hour, fields.minute = divmod(hhmm, 100)

    # ---- the zone: an explicit one in the text wins -------------------------------
    if fields.tzsign is not None:
        if fields.tzhhmm is not None:
            hours, minutes = divmod(fields.tzhhmm, 100)
        else:
            hours, minutes = (fields.tzhour or 0), (fields.tzminute or 0)
        if hours > 23 or minutes > 59:
            raise fail("tzsign", "offset out of range")
        total = (hours * 60 + minutes) * (-1 if fields.tzsign == "-" else 1)
        zone = _tz.fixed_offset(total)
    elif fields.zone is not None:
        name, _, kind = fields.zone.partition(" ")
        zone = _tz.get_tz(name)
        if kind:  # standard time is the later of a repeated hour, summer time the earlier
            disambiguate = "later" if kind == "standard" else "earlier"
    return fields, zone, disambiguate


#: What ``Parsed(value, precision, calendar)`` makes, without the generated ``__new__``
#: in between (one call fewer for every parse; all three fields are given).
_new: Final = tuple.__new__
#: The units এ may stand before as "this" (এ দিন is "that day", the story's, not today).
_THIS_UNITS: Final = frozenset(("year", "month", "week"))
#: দিবাগত রাত: the hours before this one belong to the next day (২টা), later ones to the day itself (১১টা).
_SMALL_HOURS_END: Final = 6
_NIGHT: Final = next(i for i, p in enumerate(DAY_PERIODS) if p.name == "রাত")


def _check_relative(
    fields: Fields,
    day_value: date,
    today: date,
    text: str,
    strict: bool,
    fail: Callable[..., ParseError],
    opts: Options,
    whole_month: bool = False,
) -> None:
    """A day named from ``now`` beside a printed date must be that day (আগামীকাল ১৫ সেপ্টেম্বর,
    said on the 14th), and গত/আগামী before a printed year must point to the date's side of
    ``now`` (a month's: গত জানুয়ারি ২০২৫ is no past month in 2024). The printed date wins
    (an old page read today); a contradiction is a :class:`RelativeMismatchWarning`, or
    under ``strict`` a :class:`ParseError`.
    """
    printed = fields.has(("month", "nmonth", "bmonth", "hmonth"))
    if whole_month:  # compare months: this month is neither before nor after now
        day_value, today = day_value.replace(day=1), today.replace(day=1)
        if fields.relday is not None:
            return
    if fields.relday is not None and printed:
        named = today + timedelta(days=fields.relday)
        if named == day_value:
            return
        role, message = "relday", f"{day_value.isoformat()} is not the day the text names from now ({named})"
    elif fields.relmod is not None and fields.year is not None and fields.relmod != 0:
        if (day_value > today) == (fields.relmod > 0) and day_value != today:
            return
        side = "after" if fields.relmod > 0 else "before"
        role, message = "relmod", f"{day_value.isoformat()} is not {side} now ({today})"
    else:
        return
    if strict:
        raise fail(role, message, ParseError)
    _mismatch(opts, text, message, RelativeMismatchWarning)


def _mismatch(opts: Options, text: str, reason: str, category: type[Warning]) -> None:
    """A documented mismatch warning: emitted (``opts.warn``), or added to ``opts.notes``."""
    if opts.warn:
        warn_at_caller(f"{text!r}: {reason}", category)
    elif opts.notes is not None:
        opts.notes.append((category, reason))


def _a_night(fields: Fields) -> bool:
    """গত রাত, এই রাত: গত/এই with a part of the day and nothing else of a date."""
    return (
        fields.relmod is not None
        and (fields.period is not None or fields.dayperiod is not None)
        and not fields.has(("weekday", "month", "day", "unit", "daycount"))
    )


def is_night_twelve(fields: Fields) -> bool:
    """রাত ১২টা: twelve at night, which with a date is the midnight that ends that day."""
    if fields.period != _NIGHT or fields.hour is None or fields.ampm is not None:
        return False
    hour = fields.hour
    if fields.quarter is not None and fields.quarter < 0:  # পৌনে ১২টা is 11:45, পৌনে ১টা 12:45
        hour = (hour - 1) or 12
    return hour == 12


def _check_other_calendars(
    fields: Fields,
    day_value: date,
    text: str,
    calendar: str,
    strict: bool,
    fail: Callable[..., ParseError],
    opts: Options,
) -> None:
    """A Bangla or Hijri date beside a Gregorian one: a consistency check only."""
    for prefix, name in (("b", calendar), ("h", "hijri")):
        if getattr(fields, prefix + "month") is None:
            continue
        other = _other_calendar(fields, prefix, name, fail, day_value)
        tolerance = 1 if prefix == "h" else 0
        if abs((other - day_value).days) > tolerance:
            message = (
                f"the {'Hijri' if prefix == 'h' else 'Bangla'} date "
                f"means {other.isoformat()} under {name!r}, the Gregorian date "
                f"{day_value.isoformat()} wins"
            )
            if strict:  # the error shows the text already
                raise fail(prefix + "month", message)
            _mismatch(opts, text, message, CalendarMismatchWarning)


def _attach(
    day: date,
    hour: int,
    minute: int,
    second: int,
    micro: int,
    zone: tzinfo,
    mode: _tz.Disambiguate,
    fail: Callable[..., ParseError],
) -> datetime:
    """The wall time ``day`` ``hour:minute:second.micro`` in ``zone`` (:func:`bn_datetime.tz.localize`)."""
    try:
        return _tz.localize_wall(day.year, day.month, day.day, hour, minute, second, micro, zone, mode)
    except ParseError as exc:  # a gap or an overlap: report it against the user's text
        raise fail("hour", exc.reason, type(exc)) from None
    except OverflowError:
        raise fail("year", "out of the representable range") from None


_PRECISION_OF_UNIT: Final[dict[str, Precision]] = {
    "second": "second",
    "minute": "minute",
    "hour": "minute",
    "day": "day",
    "week": "day",
    "month": "month",
    "year": "year",
}
_ORDER: Final = ("year", "month", "day", "hour", "minute", "second")


def _offset(
    pairs: tuple[tuple[Any, str, int], ...],
    now: datetime,
    zone: tzinfo,
    fail: Callable[..., ParseError],
) -> Parsed:
    """``now`` moved by ``(quantity, unit, ±1)`` steps: ২ ঘণ্টা আগে, ১ বছর ২ মাস আগে."""
    from dateutil.relativedelta import relativedelta

    precision: Precision = "year"
    calendar_steps = relativedelta()
    clock_steps = timedelta()
    for quantity, unit, sign in pairs:
        if _ORDER.index(_PRECISION_OF_UNIT[unit]) > _ORDER.index(precision):
            precision = _PRECISION_OF_UNIT[unit]
        if unit == "year":
            quantity = quantity * 12
            unit = "month"
        if unit == "month":
            if quantity != int(quantity):
                raise fail("offset", "a fraction of a month is not a date")
            calendar_steps += relativedelta(months=sign * int(quantity))
        else:
            clock_steps += sign * timedelta(**{unit + "s": float(quantity)})
    try:
        moved = now + calendar_steps
        moved = (moved.astimezone(_tz.fixed_offset(0)) + clock_steps).astimezone(zone)
    except (OverflowError, ValueError):
        raise fail("offset", "the offset leaves the representable range") from None
    if precision in ("second", "minute"):
        return Parsed(moved.replace(microsecond=0), precision)
    day = moved.date()
    if precision == "month":
        day = day.replace(day=1)
    elif precision == "year":
        day = day.replace(month=1, day=1)
    return Parsed(_tz.localize(datetime(day.year, day.month, day.day), zone, "compatible"), precision)


def _nth_weekday(fields: Fields, text: str, where: Where, opts: Options, fail: Callable[..., ParseError]) -> Fields:
    """সেপ্টেম্বরের প্রথম শুক্রবার (আগামী মাসের শেষ সোমবার): the reading with the day its
    place in the month names written out, for the rest of the resolver (a time, a zone).

    The month is read on its own, as the text gives it (with its year, or the nearest such
    month, or counted from now).
    """
    if fields.weekday is None:
        raise fail("nth", "প্রথম/শেষ … before a weekday only (প্রথম শুক্রবার)", ParseError)
    month_only = Fields(
        month=fields.month, nmonth=fields.nmonth, year=fields.year, yeardigits=fields.yeardigits,
        relmod=fields.relmod, unit=fields.unit,
    )
    month = _resolve(month_only, text, where, opts)
    if month.precision != "month":
        raise fail("nth", "a weekday's place needs a month (সেপ্টেম্বরের প্রথম শুক্রবার)", ParseError)
    first = month.value.date()
    last_day = days_in_month(first.year, first.month)
    nth, weekday = fields.nth, fields.weekday
    assert nth is not None
    if nth == -1:
        day = last_day - (date(first.year, first.month, last_day).weekday() - weekday) % 7
    else:
        day = 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
        if nth < 1 or day > last_day:
            raise fail("nth", f"{first.strftime('%Y-%m')} has no weekday number {nth}")
    dated = fields.copy()
    dated.day, dated.month, dated.nmonth, dated.year, dated.yeardigits = day, first.month, None, first.year, 4
    dated.relmod = dated.unit = dated.nth = dated.weekday = None  # the weekday chose the day
    return dated


def days_in_month(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has (without importing :mod:`calendar` at start-up).

    >>> days_in_month(2024, 2), days_in_month(2023, 2), days_in_month(2024, 12)
    (29, 28, 31)
    """
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (after - date(year, month, 1)).days


def _day_of_a_month(day: int, mod: int, today: date, fail: Callable[..., ParseError]) -> date:
    """The day numbered ``day`` of a month: the last one before ``today`` (``mod`` -1), the
    next one after it (+1), or this month's (0); months without that day are passed over.

    >>> _day_of_a_month(10, -1, date(2024, 9, 14), None), _day_of_a_month(10, 1, date(2024, 9, 14), None)
    (datetime.date(2024, 9, 10), datetime.date(2024, 10, 10))
    """
    if not 1 <= day <= 31:
        raise fail("day", f"there is no day {day}")
    step = -1 if mod < 0 else 1
    months = range(0, 13 * step, step) if mod else range(1)
    for k in months:
        year, month = divmod(today.year * 12 + today.month - 1 + k, 12)
        if day > days_in_month(year, month + 1):
            continue
        found = date(year, month + 1, day)
        if mod == 0 or (found < today if mod < 0 else found > today):
            return found
    raise fail("day", f"this month has no day {day}")


def _relative(
    fields: Fields, today: date, fail: Callable[..., ParseError]
) -> tuple[date, Precision]:
    """:func:`_relative_day`, with a date past year 1 or 9999 an :class:`InvalidDateError`."""
    try:
        return _relative_day(fields, today, fail)
    except ParseError:
        raise
    except (OverflowError, ValueError):
        raise fail("relmod", "the date leaves the representable range (years 1 to 9999)") from None


def _relative_day(
    fields: Fields, today: date, fail: Callable[..., ParseError]
) -> tuple[date, Precision]:
    """গত/আগামী/এই (−1/+1/0) with a weekday, a month, a date, a unit or পরশু."""
    mod = fields.relmod or 0
    if _a_night(fields):  # গত রাতে: the night after yesterday; এই রাতে: tonight
        period = fields.period if fields.period is not None else fields.dayperiod
        if period != _NIGHT or mod > 0:
            raise fail("relmod", "গত/এই with a part of the day names a night only (গত রাতে)")
        return today + timedelta(days=mod), "day"
    if fields.unit == "year" and fields.month is not None:  # চলতি বছরের ১৬ অক্টোবর
        month = _month(fields.month, fail)
        if fields.day is None:
            return date(today.year + mod, month, 1), "month"
        return _date(today.year + mod, month, fields.day, fail), "day"
    if fields.daycount is not None:
        if mod == 0:
            raise fail("daycount", "পরশু/তরশু needs গত or আগামী to say which way")
        return today + timedelta(days=mod * fields.daycount), "day"
    if fields.weekday is not None and fields.day is None and fields.unit is not None:
        if fields.unit != "week":
            raise fail("unit", "a weekday of a week only (গত সপ্তাহের শুক্রবার)", ParseError)
        # গত সপ্তাহের শুক্রবার: that day of that ISO week
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=mod)
        return monday + timedelta(days=fields.weekday), "day"
    if fields.weekday is not None and fields.day is None:
        ahead = (fields.weekday - today.weekday()) % 7
        if mod < 0:
            return today - timedelta(days=(7 - ahead) % 7 or 7), "day"
        return today + timedelta(days=ahead or (7 if mod > 0 else 0)), "day"
    if fields.month is not None and fields.day is not None:
        month, day = fields.month, fields.day
        options = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        if mod < 0:
            chosen = [d for d in options if d < today]
            if chosen:
                return max(chosen), "day"
        elif mod > 0:
            chosen = [d for d in options if d > today]
            if chosen:
                return min(chosen), "day"
        elif any(d.year == today.year for d in options):
            return date(today.year, month, day), "day"
        raise fail("day", f"day {day} does not exist in month {month}")
    if fields.month is not None:
        month = _month(fields.month, fail)
        if mod < 0:
            year = today.year if month < today.month else today.year - 1
        elif mod > 0:
            year = today.year if month > today.month else today.year + 1
        else:
            year = today.year
        return date(year, month, 1), "month"
    unit = fields.unit
    if fields.day is not None and unit is None:  # গত ১০ তারিখে: the last 10th; আগামী ১৫ তারিখ: the next
        return _day_of_a_month(fields.day, mod, today, fail), "day"
    if fields.day is not None:
        if unit != "month":
            raise fail("unit", "a day number needs a month: চলতি মাসের ৯ তারিখ")
        year, month = divmod(today.year * 12 + today.month - 1 + mod, 12)
        return _date(year, month + 1, fields.day, fail), "day"
    if unit == "day":
        return today + timedelta(days=mod), "day"
    if unit == "week":  # গত সপ্তাহে: that ISO week, not an invented day of it
        in_week = today + timedelta(days=7 * mod)
        return in_week - timedelta(days=in_week.weekday()), "week"
    if unit == "month":
        year, month = divmod(today.year * 12 + today.month - 1 + mod, 12)
        return date(year, month + 1, 1), "month"
    if unit == "year":
        return date(today.year + mod, 1, 1), "year"
    raise fail("unit", f"গত/আগামী with {unit} is not a date")


def _nearest_month(month: int, today: date) -> date:
    """A month without a year: this year's, last year's or next year's, nearest to today."""
    here = today.year * 12 + today.month - 1
    best = min(
        (abs(year * 12 + month - 1 - here), year * 12 + month - 1 > here, year)
        for year in (today.year - 1, today.year, today.year + 1)
    )
    return date(best[2], month, 1)


def _month(month: int, fail: Callable[..., ParseError]) -> int:
    if not 1 <= month <= 12:
        raise fail("nmonth", f"there is no month {month}")
    return month


def _date(year: int, month: int, day: int, fail: Callable[..., ParseError]) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise fail("day", f"day {day} does not exist in {year:04d}-{month:02d}") from None


def _weekday_day(weekday: int, today: date, prefer: Prefer | None) -> date:
    """The day a bare weekday names: the latest up to today (by default, or ``"past"``),
    the first from today on (``"future"``), or the nearer of the two (``"nearest"``)."""
    back = today - timedelta(days=(today.weekday() - weekday) % 7)
    ahead = today + timedelta(days=(weekday - today.weekday()) % 7)
    if prefer == "future":
        return ahead
    if prefer == "nearest" and (ahead - today) < (today - back):
        return ahead
    return back


def _yearless(
    fields: Fields, now: datetime, fail: Callable[..., ParseError], prefer: Prefer | None = None
) -> date:
    """A date without a year: the nearest such date to ``now``.

    Among last year, this year and next year, the candidate dates that exist are
    compared by distance from ``now``'s date; the nearest wins, and a tie goes to the
    past. A weekday the text names never chooses the year (the date does not jump to
    another year to fit it): the weekday check reports a contradiction. With ``prefer``
    (or a sentence's tense) the next (last) such date wins, unless the weekday named fits
    the nearest date and not that one: then the nearest stays.
    """
    month = _month(fields.month or fields.nmonth or 0, fail)
    day = fields.day or 0
    if not 1 <= day <= 31:
        raise fail("day", f"there is no day {day}")
    today = now.date()
    options = []
    for year in range(today.year - 1, today.year + 2):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February of a common year, 31 April ...
            continue
    if not options:
        raise fail("day", f"day {day} of month {month} matches no nearby year")
    nearest = min(options, key=lambda d: (abs((d - today).days), d > today))
    directed = None
    if prefer == "future" and any(d >= today for d in options):
        directed = min(d for d in options if d >= today)
    elif prefer == "past" and any(d <= today for d in options):
        directed = max(d for d in options if d <= today)
    if directed is None:
        return nearest
    weekday = fields.weekday
    if weekday is not None and nearest.weekday() == weekday != directed.weekday():
        # বৃহস্পতিবার (১২ সেপ্টেম্বর) … থাকবে না, said on the 14th: the weekday the text
        # names fits the nearest date, and the sentence's tense does not move it a year
        return nearest
    return directed


def _nearest(
    month: int,
    day: int,
    convert: Callable[[int, int, int], date],
    this_year: int,
    today: date,
    fail: Callable[[str, str], ParseError],
    role: str,
    name: str,
) -> date:
    """The day ``day`` of ``month`` (of another calendar, by ``convert``) nearest to
    ``today``: in the year of ``today`` in that calendar, the one before or the one after;
    on a tie, the earlier."""
    options = []
    for year in (this_year - 1, this_year, this_year + 1):
        try:
            options.append(convert(year, month, day))
        except ValueError:  # day 30 of a 29-day month, a year out of the tables
            continue
    if not options:
        raise fail(role, f"day {day} of {name} month {month} matches no nearby year")
    return min(options, key=lambda d: (abs((d - today).days), d > today))


def _other_calendar(
    fields: Fields,
    prefix: str,
    calendar: str,
    fail: Callable[..., ParseError],
    today: date | None = None,
) -> date:
    month, day = getattr(fields, prefix + "month"), getattr(fields, prefix + "day")
    year = getattr(fields, prefix + "year")
    convert: Callable[[int, int, int], date]
    if prefix == "h":
        from bn_datetime.calendars.hijri import gregorian_to_hijri, hijri_to_gregorian

        convert, name = hijri_to_gregorian, "Hijri"

        def year_of(d: date) -> int:
            return gregorian_to_hijri(d).year
    else:
        from bn_datetime.calendars.bangla_calendar import bangla_to_gregorian, gregorian_to_bangla

        name = "Bangla"

        def convert(y: int, m: int, d: int) -> date:
            return bangla_to_gregorian(y, m, d, calendar=calendar)

        def year_of(d: date) -> int:
            return gregorian_to_bangla(d, calendar).year

    if year is None:  # পহেলা বৈশাখ, ১ রমজান: the nearest such day to now
        if today is None:  # pragma: no cover - the resolver always passes today
            raise fail(prefix + "day", f"a {name} date without a year needs now")
        return _nearest(month, day, convert, year_of(today), today, fail, prefix + "day", name)
    try:
        return convert(year, month, day)
    except ParseError as exc:
        raise fail(prefix + "day", exc.reason or str(exc)) from None
    except ValueError as exc:
        raise fail(prefix + "day", str(exc)) from None


def _clock(
    fields: Fields, fail: Callable[..., ParseError], warn: bool = True
) -> tuple[int, int, int, int]:
    period = fields.period
    if fields.clockword is not None:
        hour, minute = divmod(fields.clockword, 60)
        if period is not None:
            resolved = hour_from_period(period, hour)
            hour = hour if resolved is None else resolved
        elif warn:
            _warn_bare_hour(hour)
        return hour, minute, 0, 0
    hour = fields.hour or 0
    minute = fields.minute or 0
    second = fields.second or 0
    micro = 0
    if fields.fractiontext is not None:
        micro = int(fields.fractiontext[:6].ljust(6, "0"))
    if fields.quarter is not None:
        if fields.minute is not None:
            raise fail("minute", "a clock fraction (সাড়ে, সোয়া, পৌনে) and minutes together")
        quarter = fields.quarter
        if not 1 <= hour <= 12:
            raise fail("hour", f"hour {hour} with a clock fraction")
        if quarter < 0:
            hour, minute = (hour - 1) or 12, 60 + quarter
        else:
            minute = quarter
    if minute > 59:
        raise fail("minute", f"minute {minute} does not exist")
    if second > 59:
        raise fail("second", f"second {second} does not exist")
    ampm = fields.ampm
    if ampm is not None:
        if not 1 <= hour <= 12:
            raise fail("hour", f"hour {hour} cannot take AM/PM")
        hour = hour % 12 + (12 if ampm == 1 else 0)
        if period is not None and not in_usage(period, hour):
            name = DAY_PERIODS[period].name
            raise fail("hour", f"{name} and {'পিএম' if ampm else 'এএম'} contradict each other")
    elif period is not None:
        resolved = hour_from_period(period, hour)
        if resolved is None:
            name = DAY_PERIODS[period].name
            raise fail("hour", f"{name} {to_bengali_digits(hour)}টা: that hour is not in the {name}")
        hour = resolved
    else:
        if hour > 23:
            raise fail("hour", f"hour {hour} does not exist")
        if fields.oclock is not None and warn:
            _warn_bare_hour(hour)
    return hour, minute, second, micro


def _warn_bare_hour(hour: int) -> None:
    if 1 <= hour <= 12:
        shown = to_bengali_digits(hour)
        warn_at_caller(
            f"{shown}টা has no day period or AM/PM; read as {hour:02d}:00 (24-hour clock)",
            AmbiguousHourWarning,
        )
