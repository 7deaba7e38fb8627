"""The typed values a reading gives: a point, an interval, a duration, a recurrence.

Every value is immutable and hashable and writes itself as ISO 8601 (or, for a
recurrence, RFC 5545) with ``isoformat()``:

>>> from datetime import datetime
>>> Duration(hours=3, minutes=45).isoformat()
'PT3H45M'
>>> Recurrence("weekly", byweekday=("FR",)).isoformat()
'FREQ=WEEKLY;BYDAY=FR'
>>> day = Parsed(datetime(2024, 9, 10), "day")
>>> Interval(day, Parsed(datetime(2024, 9, 12), "day")).isoformat()
'2024-09-10/2024-09-12'
>>> Interval(Parsed(datetime(2017, 1, 1), "year"), None).isoformat()
'2017/..'
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, ClassVar, Final, Literal, NamedTuple

from .errors import BnDatetimeError
from .tz import constant_offset

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta
    from dateutil.rrule import rrule

__all__ = [
    "Duration",
    "DurationMod",
    "Frequency",
    "Interval",
    "Kind",
    "Parsed",
    "Precision",
    "Recurrence",
    "UnitError",
    "Value",
]

Precision = Literal["year", "month", "week", "day", "time", "hour", "minute", "second"]
DurationMod = Literal["approx", "more_than", "less_than", "at_most"]
Frequency = Literal["minutely", "hourly", "daily", "weekly", "monthly", "yearly"]
#: What a text denotes, as search matches and the CLI name it.
Kind = Literal["date", "time", "datetime", "interval", "duration", "recurrence"]

_WEEKDAY_CODES: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: Months, days, hours … written with two digits, looked up instead of formatted.
TWO_DIGITS: Final = tuple(f"{n:02d}" for n in range(100))
_DATE_PRECISIONS: Final = frozenset(("day", "month", "year"))


class UnitError(BnDatetimeError, ValueError):
    """A duration in units that have no fixed length (months, years) asked for as a timedelta."""


class Parsed(NamedTuple):
    """A point: the aware datetime and the precision the text carried.

    ``"week"`` is an ISO week (``2024-W37``); ``"time"`` is a clock time with no date:
    ``isoformat()`` writes ``HH:MM:SS`` and ``value`` is anchored on ``now``'s date.

    >>> from bn_datetime import parse_result
    >>> r = parse_result("সেপ্টেম্বর ২০২৪")
    >>> r.precision, r.isoformat()
    ('month', '2024-09')
    >>> Parsed(datetime(2024, 9, 14, 10, 0), "time").isoformat()
    '10:00:00'
    """

    value: datetime
    precision: Precision
    calendar: str = "gregorian"

    def isoformat(self) -> str:
        """ISO 8601 at the result's precision (seconds always written with a time)."""
        v = self.value
        precision = self.precision
        if precision in _DATE_PRECISIONS:
            year = str(v.year) if v.year >= 1000 else f"{v.year:04d}"
            if precision == "day":
                return f"{year}-{TWO_DIGITS[v.month]}-{TWO_DIGITS[v.day]}"
            return f"{year}-{TWO_DIGITS[v.month]}" if precision == "month" else year
        if precision == "week":
            week_year, week, _ = v.isocalendar()
            return f"{week_year:04d}-W{week:02d}"
        if precision == "time":
            return v.time().isoformat()
        # seconds always; microseconds only when there are some. The offset of a zone's
        # tzinfo of one offset is known: written here as isoformat() writes the whole
        # (three times faster than asking a pytz tzinfo for it)
        try:
            offset = constant_offset(v.tzinfo)
        except TypeError:  # a tzinfo of another kind that cannot be hashed
            offset = None
        if offset is None or v.microsecond or v.year < 1000 or type(v) is not datetime:
            return v.isoformat()
        return (
            f"{v.year}-{TWO_DIGITS[v.month]}-{TWO_DIGITS[v.day]}"
            f"T{TWO_DIGITS[v.hour]}:{TWO_DIGITS[v.minute]}:{TWO_DIGITS[v.second]}{offset}"
        )

    @property
    def kind(self) -> Kind:
        """``"date"`` (year to day), ``"time"`` (a clock time alone) or ``"datetime"``."""
        if self.precision in ("year", "month", "week", "day"):
            return "date"
        return "time" if self.precision == "time" else "datetime"

    def span_end(self) -> datetime:
        """The first moment after the span this point covers at its precision.

        >>> Parsed(datetime(2024, 9, 12), "day").span_end()
        datetime.datetime(2024, 9, 13, 0, 0)
        """
        from dateutil.relativedelta import relativedelta

        v = self.value
        step: timedelta | relativedelta
        if self.precision == "year":
            step = relativedelta(years=1)
        elif self.precision == "month":
            step = relativedelta(months=1)
        elif self.precision == "week":
            step = timedelta(weeks=1)
        elif self.precision == "day":
            step = timedelta(days=1)
        elif self.precision == "second":
            step = timedelta(seconds=1)
        else:  # time, hour, minute: a clock reading covers its minute
            step = timedelta(minutes=1)
        return _wall_add(v, step)


def _wall_add(value: datetime, step: timedelta | relativedelta) -> datetime:
    """``value`` moved by ``step`` on the wall clock, the zone's offset then recomputed."""
    moved = value.replace(tzinfo=None) + step
    if value.tzinfo is None:
        return moved
    from . import tz as _tz

    return _tz.localize(moved, value.tzinfo, "compatible")


@dataclass(frozen=True, slots=True)
class Interval:
    """A span from ``start`` to ``end``, both inclusive at their own precision.

    ``১০-১২ সেপ্টেম্বর`` covers all of the 12th: unlike Duckling, whose ``to`` is
    exclusive, both ends here are the days (or minutes, months …) the text names.
    ``None`` is an open end (``২০১৭ সাল থেকে`` → ``2017/..``). :meth:`bounds` gives the
    half-open datetimes for computing.

    >>> from datetime import datetime
    >>> i = Interval(Parsed(datetime(2024, 9, 10), "day"), Parsed(datetime(2024, 9, 12), "day"))
    >>> i.bounds()
    (datetime.datetime(2024, 9, 10, 0, 0), datetime.datetime(2024, 9, 13, 0, 0))
    >>> i.duration()
    datetime.timedelta(days=3)
    """

    start: Parsed | None
    end: Parsed | None

    kind: ClassVar[Kind] = "interval"

    def isoformat(self) -> str:
        """ISO 8601 ``start/end``; an open end is ``..``."""
        first = ".." if self.start is None else self.start.isoformat()
        last = ".." if self.end is None else self.end.isoformat()
        return f"{first}/{last}"

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        """Half-open ``[start, end)`` datetimes; a time-only end before its start is the next day's."""
        first = None if self.start is None else self.start.value
        last = None if self.end is None else self.end.span_end()
        over_midnight = self.end is not None and self.end.precision == "time"
        if first is not None and last is not None and last <= first and over_midnight:
            last = _wall_add(last, timedelta(days=1))  # রাত ১০টা থেকে সকাল ৬টা
        return first, last

    def duration(self) -> timedelta:
        """The length of :meth:`bounds`; an open interval has none (``ValueError``)."""
        first, last = self.bounds()
        if first is None or last is None:
            msg = "an open interval has no duration"
            raise UnitError(msg)
        return last - first

    def __repr__(self) -> str:
        return f"Interval({self.isoformat()!r})"


_DURATION_UNITS: Final = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time in the units the text wrote (``৩ ঘণ্টা ৪৫ মিনিট`` → ``PT3H45M``).

    Fractions are resolved into the next unit (``দেড় ঘণ্টা`` → 1 hour 30 minutes,
    ``আড়াই বছর`` → 2 years 6 months). ``mod`` keeps TIMEX3's modifier: ``"approx"``
    (প্রায়, খানেক), ``"more_than"`` (-এরও বেশি), ``"less_than"`` (কম), ``"at_most"``
    (-এর মধ্যে).

    >>> d = Duration(hours=1, minutes=30, mod="approx")
    >>> d.isoformat(), d.to_timedelta()
    ('PT1H30M', datetime.timedelta(seconds=5400))
    >>> Duration(weeks=2).isoformat()
    'P2W'
    """

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: float = 0
    mod: DurationMod | None = None

    kind: ClassVar[Kind] = "duration"

    def isoformat(self) -> str:
        """ISO 8601 (``P2Y6M``, ``PT1H30M``, ``P2W``; weeks beside days as ISO 8601-2 allows)."""
        date_part = "".join(
            f"{value}{letter}"
            for value, letter in (
                (self.years, "Y"),
                (self.months, "M"),
                (self.weeks, "W"),
                (self.days, "D"),
            )
            if value
        )
        seconds = self.seconds
        shown = f"{seconds:g}" if seconds != int(seconds) else str(int(seconds))
        time_part = "".join(
            f"{value}{letter}"
            for value, letter in ((self.hours, "H"), (self.minutes, "M"), (shown, "S"))
            if value and value != "0"
        )
        if not date_part and not time_part:
            return "PT0S"
        return "P" + date_part + ("T" + time_part if time_part else "")

    def to_relativedelta(self) -> relativedelta:
        """The duration as a ``dateutil`` ``relativedelta`` (calendar-aware)."""
        from dateutil.relativedelta import relativedelta

        whole = int(self.seconds)
        return relativedelta(
            years=self.years,
            months=self.months,
            weeks=self.weeks,
            days=self.days,
            hours=self.hours,
            minutes=self.minutes,
            seconds=whole,
            microseconds=round((self.seconds - whole) * 1_000_000),
        )

    def to_timedelta(self) -> timedelta:
        """The duration as a ``timedelta``; months and years have no fixed length (:class:`UnitError`)."""
        if self.years or self.months:
            msg = f"{self.isoformat()} has months or years, which have no fixed length: use to_relativedelta()"
            raise UnitError(msg)
        return timedelta(
            weeks=self.weeks,
            days=self.days,
            hours=self.hours,
            minutes=self.minutes,
            seconds=self.seconds,
        )

    def __repr__(self) -> str:
        mod = "" if self.mod is None else f", mod={self.mod!r}"
        return f"Duration({self.isoformat()!r}{mod})"


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A repeating time: ``প্রতি শুক্রবার``, ``প্রতিদিন সকাল ১০টায়``, ``প্রতিবছর ২১ ফেব্রুয়ারি``.

    Built on ``dateutil.rrule``: ``byweekday`` holds RFC 5545 codes with an optional
    ordinal (``("1FR",)`` is the first Friday, ``("-1SU",)`` the last Sunday);
    ``time`` is the time of day it happens at, ``during`` the daily window
    (``সকাল ৯টা থেকে বিকেল ৫টা``). ``isoformat()`` is the RRULE text; the window has no
    RRULE field and is carried by ``during`` alone.

    ``interval`` is RFC 5545's INTERVAL, every so many periods (``প্রতি ২ সপ্তাহে``:
    ``FREQ=WEEKLY;INTERVAL=2``), written only when more than 1. ``times`` is how many
    times it happens in each period (``মাসে ২ বার``, ``সপ্তাহে তিন দিন``); RRULE has no
    field for a count per period, so, like ``during``, it is carried by the value alone
    (``repr`` shows it, ``isoformat()`` does not) and ``rrule()`` gives the periods' starts.
    ``times=1`` says what the frequency alone says and is kept as None.

    For ``hourly`` and ``minutely`` a ``time`` is the first occurrence of the day and
    ``during`` the window it repeats in; neither is an RRULE field for them.

    >>> from datetime import datetime
    >>> r = Recurrence("monthly", byweekday=("1FR",))
    >>> r.isoformat()
    'FREQ=MONTHLY;BYDAY=1FR'
    >>> [d.date().isoformat() for d in r.rrule(datetime(2024, 9, 14), count=2)]
    ['2024-10-04', '2024-11-01']
    >>> Recurrence("weekly", interval=2).isoformat()
    'FREQ=WEEKLY;INTERVAL=2'
    >>> Recurrence("monthly", times=2)
    Recurrence('FREQ=MONTHLY', times=2)
    >>> [d.time().isoformat() for d in Recurrence("hourly", interval=6).rrule(datetime(2024, 9, 14), count=3)]
    ['00:00:00', '06:00:00', '12:00:00']
    """

    freq: Frequency
    byweekday: tuple[str, ...] = ()
    bymonth: tuple[int, ...] = ()
    bymonthday: tuple[int, ...] = ()
    time: _dt.time | None = None
    during: tuple[_dt.time, _dt.time] | None = None
    interval: int = 1
    times: int | None = None

    kind: ClassVar[Kind] = "recurrence"

    def __post_init__(self) -> None:
        if self.freq not in _FREQUENCIES:
            msg = f"freq must be minutely, hourly, daily, weekly, monthly or yearly, not {self.freq!r}"
            raise ValueError(msg)
        if isinstance(self.interval, bool) or not isinstance(self.interval, int) or self.interval < 1:
            msg = f"interval must be a whole number of periods, 1 or more, not {self.interval!r}"
            raise ValueError(msg)
        if self.times is not None:
            if isinstance(self.times, bool) or not isinstance(self.times, int) or self.times < 1:
                msg = f"times must be a whole number of times in a period, 1 or more, not {self.times!r}"
                raise ValueError(msg)
            if self.times == 1:
                object.__setattr__(self, "times", None)  # once a period: what freq alone says
        for code in self.byweekday:
            _weekday_of(code)
        for month in self.bymonth:
            if not 1 <= month <= 12:
                msg = f"there is no month {month}"
                raise ValueError(msg)
        for day in self.bymonthday:
            if not (1 <= day <= 31 or -31 <= day <= -1):
                msg = f"there is no day {day} of a month"
                raise ValueError(msg)

    def isoformat(self) -> str:
        """RFC 5545 RRULE text (``FREQ=WEEKLY;BYDAY=FR``)."""
        parts = [f"FREQ={self.freq.upper()}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.bymonth:
            parts.append("BYMONTH=" + ",".join(map(str, self.bymonth)))
        if self.bymonthday:
            parts.append("BYMONTHDAY=" + ",".join(map(str, self.bymonthday)))
        if self.byweekday:
            parts.append("BYDAY=" + ",".join(self.byweekday))
        if self.time is not None and self.freq not in _SUB_DAILY:
            parts.append(f"BYHOUR={self.time.hour};BYMINUTE={self.time.minute}")
            if self.time.second:
                parts.append(f"BYSECOND={self.time.second}")
        return ";".join(parts)

    def rrule(self, dtstart: datetime | date, *, count: int | None = None, until: datetime | None = None) -> rrule:
        """The ``dateutil.rrule.rrule`` of the occurrences from ``dtstart`` on (never before it)."""
        from dateutil import rrule as _rrule

        freq: Literal[0, 1, 2, 3, 4, 5] = (
            _rrule.MINUTELY if self.freq == "minutely"
            else _rrule.HOURLY if self.freq == "hourly"
            else _rrule.DAILY if self.freq == "daily"
            else _rrule.WEEKLY if self.freq == "weekly"
            else _rrule.MONTHLY if self.freq == "monthly"
            else _rrule.YEARLY
        )
        start = dtstart if isinstance(dtstart, datetime) else datetime(dtstart.year, dtstart.month, dtstart.day)
        at = self.time or (self.during[0] if self.during is not None else None)
        hours: list[int] | None = None
        if self.freq in _SUB_DAILY:
            if at is not None:  # the first occurrence of the day: the clock moves, never back
                anchored = start.replace(hour=at.hour, minute=at.minute, second=at.second, microsecond=0)
                start = anchored if anchored >= start else anchored + timedelta(days=1)
            if self.during is not None:  # the hours of the window it repeats in
                first, last = self.during[0].hour, self.during[1].hour
                hours = [h % 24 for h in range(first, last + (24 if last < first else 0) + 1)]
            at = None
        weekdays = []
        for code in self.byweekday:
            ordinal, day = _weekday_of(code)
            weekday = _rrule.weekdays[day]
            weekdays.append(weekday(ordinal) if ordinal else weekday)
        return _rrule.rrule(
            freq,
            dtstart=start,
            count=count,
            until=until,
            byweekday=weekdays or None,
            bymonth=self.bymonth or None,
            bymonthday=self.bymonthday or None,
            interval=self.interval,
            byhour=hours if at is None else at.hour,
            byminute=None if at is None else at.minute,
            bysecond=None if at is None else at.second,
        )

    def occurrences(self, dtstart: datetime | date, count: int) -> Iterator[datetime]:
        """The first ``count`` occurrences from ``dtstart`` on."""
        return iter(self.rrule(dtstart, count=count))

    def __repr__(self) -> str:
        extra = ""
        if self.time is not None and self.freq in _SUB_DAILY:
            extra += f", time={self.time.isoformat()}"
        if self.during is not None:
            extra += f", during={self.during[0].isoformat()}/{self.during[1].isoformat()}"
        if self.times is not None:
            extra += f", times={self.times}"
        return f"Recurrence({self.isoformat()!r}{extra})"


_FREQUENCIES: Final = ("minutely", "hourly", "daily", "weekly", "monthly", "yearly")
_SUB_DAILY: Final = frozenset(("minutely", "hourly"))


def _weekday_of(code: str) -> tuple[int, int]:
    """``"1FR"`` → ``(1, 4)``: the ordinal (0 for none) and the weekday (Monday 0)."""
    day = code[-2:]
    if day not in _WEEKDAY_CODES:
        msg = f"not an RFC 5545 weekday: {code!r}"
        raise ValueError(msg)
    head = code[:-2]
    ordinal = 0
    if head:
        try:
            ordinal = int(head)
        except ValueError:
            msg = f"not an RFC 5545 weekday: {code!r}"
            raise ValueError(msg) from None
        if ordinal == 0 or not -5 <= ordinal <= 5:
            msg = f"no {ordinal}th weekday in a month: {code!r}"
            raise ValueError(msg)
    return ordinal, _WEEKDAY_CODES.index(day)


def weekday_code(weekday: int, ordinal: int = 0) -> str:
    """RFC 5545 code of a weekday (Monday 0): ``weekday_code(4, 1)`` → ``'1FR'``."""
    return (str(ordinal) if ordinal else "") + _WEEKDAY_CODES[weekday]


#: Any typed value a reading gives.
Value = Parsed | Interval | Duration | Recurrence
