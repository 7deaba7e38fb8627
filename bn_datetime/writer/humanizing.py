"""``humanize``: a moment relative to ``now``, the way Bengali apps show it.

>>> from datetime import datetime, timedelta
>>> now = datetime.fromisoformat("2024-09-14T18:42:00+06:00")
>>> humanize(now - timedelta(hours=2), now=now)
'২ ঘণ্টা আগে'
>>> humanize(now + timedelta(days=3), now=now)
'৩ দিন পরে'
>>> humanize(now - timedelta(seconds=10), now=now)
'এইমাত্র'
>>> humanize(datetime.fromisoformat("2024-09-13T21:00+06:00"), now=now, style="calendar")
'গতকাল রাত ৯টায়'
>>> humanize(now + timedelta(days=6), now=now, style="calendar")
'আগামী শুক্রবার'
>>> humanize(now - timedelta(days=30), now=now, style="calendar")
'গত মাসে'
>>> humanize(now + timedelta(days=3), now=now, digits="words", variant="wb")
'তিন দিন পর'

Everything written reads back with :func:`bn_datetime.parse_result` and the same
``now`` to the value at the precision written: a count of days, months or years is
exact at that precision (the date, the month, the year), a count of seconds, minutes,
hours or weeks is the value rounded to that unit, and a clock time is the value's
minute.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final, Literal

from bn_datetime import lexicon as lx
from bn_datetime.numerals.numwords import number_to_words
from bn_datetime.reader.components import Parsed, period_of_hour

__all__ = ["GRANULARITIES", "humanize"]

Granularity = Literal["second", "minute", "hour", "day", "week", "month", "year"]
#: The units ``granularity=`` accepts, finest first.
GRANULARITIES: Final[tuple[str, ...]] = ("second", "minute", "hour", "day", "week", "month", "year")
_RANK: Final = {unit: i for i, unit in enumerate(GRANULARITIES)}
# The coarsest granularity a Parsed of each precision allows.
_PRECISION_UNIT: Final = {
    "year": "year", "month": "month", "week": "week", "day": "day",
    "hour": "hour", "time": "minute", "minute": "minute", "second": "second",
}
_TO_BENGALI: Final = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def _lex(table: tuple[tuple[object, tuple[str, ...]], ...], key: object, word: str) -> str:
    """``word`` from the lexicon row ``key`` (checked once, at import)."""
    for k, words in table:
        if k == key and word in words:
            return word
    raise LookupError(word)  # pragma: no cover - a lexicon edit removed the word


def _in(words: tuple[str, ...], word: str) -> str:
    if word not in words:  # pragma: no cover - a lexicon edit removed the word
        raise LookupError(word)
    return word


_UNIT: Final = {
    "second": _in(lx.SECOND_WORDS, "সেকেন্ড"),
    "minute": _in(lx.MINUTE_WORDS, "মিনিট"),
    "hour": _lex(lx.UNITS, "hour", "ঘণ্টা"),
    "day": _lex(lx.UNITS, "day", "দিন"),
    "week": _lex(lx.UNITS, "week", "সপ্তাহ"),
    "month": _lex(lx.UNITS, "month", "মাস"),
    "year": _lex(lx.UNITS, "year", "বছর"),
}
# গত মাসে, আগামী সপ্তাহে, এই বছর: the case the calendar words take.
_UNIT_AT: Final = {
    "week": _lex(lx.UNITS, "week", "সপ্তাহে"),
    "month": _lex(lx.UNITS, "month", "মাসে"),
    "year": _lex(lx.UNITS, "year", "বছর"),
}
_AGO: Final = _lex(lx.DIRECTIONS, -1, "আগে")
_LATER: Final = {"bd": _lex(lx.DIRECTIONS, 1, "পরে"), "wb": _lex(lx.DIRECTIONS, 1, "পর")}
_JUST_NOW: Final = _in(lx.NOW_WORDS, "এইমাত্র")
_NOW: Final = _in(lx.NOW_WORDS, "এখন")
_LAST: Final = _lex(lx.RELATIVE_MODIFIERS, -1, "গত")
_NEXT: Final = _lex(lx.RELATIVE_MODIFIERS, 1, "আগামী")
_THIS: Final = _lex(lx.RELATIVE_MODIFIERS, 0, "এই")
_DAY_WORDS: Final = {
    0: _lex(lx.RELATIVE_DAYS, 0, "আজ"),
    -1: _lex(lx.RELATIVE_DAYS, -1, "গতকাল"),
    1: _lex(lx.RELATIVE_DAYS, 1, "আগামীকাল"),
}
# ৯টায় "at nine" in Bangladesh, ৯টে in West Bengal; minutes then say মিনিটে.
_AT_HOUR: Final = {"bd": _in(lx.OCLOCK_SUFFIXES, "টায়"), "wb": _in(lx.OCLOCK_SUFFIXES, "টে")}
_HOUR_SUFFIX: Final = _in(lx.OCLOCK_SUFFIXES, "টা")
_AT_MINUTE: Final = _in(lx.MINUTE_WORDS, "মিনিটে")


def _number(n: int, digits: str) -> str:
    return str(n).translate(_TO_BENGALI) if digits == "bengali" else number_to_words(n)


def _clock(moment: datetime, digits: str, variant: str, rank: int) -> str:
    """``রাত ৯টায়``, ``সকাল ১০টা ১৫ মিনিটে``: the minute (or from ``granularity="hour"``,
    the hour) of ``moment`` in its day period."""
    period = lx.DAY_PERIODS[period_of_hour(moment.hour)].name
    hour = _number(moment.hour % 12 or 12, digits)
    if moment.minute == 0 or rank >= _RANK["hour"]:
        return f"{period} {hour}{_AT_HOUR[variant]}"
    return f"{period} {hour}{_HOUR_SUFFIX} {_number(moment.minute, digits)} {_AT_MINUTE}"


def _written_day(moment: datetime) -> date:
    """The day a clock time is written under: রাত ১২টা (00:xx) ends the day before, as
    :func:`bn_datetime.read` reads it."""
    day = moment.date()
    return day - timedelta(days=1) if moment.hour == 0 else day


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _months(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        msg = f"{name} must be one of {', '.join(map(repr, allowed))}, not {value!r}"
        raise ValueError(msg)


def humanize(
    value: datetime | date | Parsed,
    *,
    now: datetime,
    granularity: Granularity | None = None,
    digits: Literal["bengali", "words"] = "bengali",
    variant: Literal["bd", "wb"] = "bd",
    style: Literal["offset", "calendar"] = "offset",
) -> str:
    """Write ``value`` relative to ``now``: ``২ ঘণ্টা আগে``, ``৩ দিন পরে``, ``এইমাত্র``.

    Args:
        value: an aware datetime; a date (said to the day at least); or a
            :class:`~bn_datetime.Parsed`, said no finer than its precision.
        now: the aware moment it is relative to (always given: the system clock is
            never read).
        granularity: the finest unit to write (``"second"`` … ``"year"``); by default
            seconds under a minute are ``এইমাত্র``. A coarser unit rounds: with
            ``"day"``, two hours ago is ``আজ``.
        digits: ``"bengali"`` digits (``২ ঘণ্টা``) or ``"words"`` (``দুই ঘণ্টা``).
        variant: ``"bd"`` (Bangladesh: ``পরে``, ``৯টায়``) or ``"wb"`` (West Bengal:
            ``পর``, ``৯টে``).
        style: ``"offset"`` counts units (``১ দিন আগে``); ``"calendar"`` names the
            day, weekday, month or year (``গতকাল রাত ৯টায়``, ``আগামী শুক্রবার``,
            ``গত মাসে``) where one fits, and counts otherwise.

    Raises:
        ValueError: a naive ``value`` or ``now``, or an unknown option (the message
            names the argument).

    >>> from datetime import timedelta
    >>> now = datetime.fromisoformat("2024-09-14T18:42:00+06:00")
    >>> humanize(now - timedelta(days=400), now=now)
    '১ বছর আগে'
    >>> humanize(now - timedelta(minutes=90), now=now, granularity="day")
    'আজ'
    """
    if not isinstance(now, datetime) or now.utcoffset() is None:
        msg = "now must be an aware datetime (with a zone or offset)"
        raise ValueError(msg)
    _check("digits", digits, ("bengali", "words"))
    _check("variant", variant, ("bd", "wb"))
    _check("style", style, ("offset", "calendar"))
    finest: str = "second" if granularity is None else granularity
    _check("granularity", finest, GRANULARITIES)
    if isinstance(value, Parsed):
        unit = _PRECISION_UNIT.get(value.precision, "second")
        if _RANK[unit] > _RANK[finest]:
            finest = unit
        value = value.value
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            msg = "value must be an aware datetime (with a zone or offset), a date or a Parsed"
            raise ValueError(msg)
        moment = value.astimezone(now.tzinfo)
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day, tzinfo=now.tzinfo)
        if _RANK[finest] < _RANK["day"]:
            finest = "day"
    else:
        msg = f"value must be a datetime, a date or a Parsed, not {type(value).__name__}"
        raise TypeError(msg)
    return _humanize(moment, now, finest, digits, variant, style, granularity is None)


def _humanize(
    moment: datetime, now: datetime, finest: str, digits: str, variant: str, style: str,
    auto: bool,
) -> str:
    delta = (moment - now).total_seconds()
    seconds = abs(delta)
    later = _LATER[variant]

    def count(n: int, unit: str) -> str:
        return f"{_number(n, digits)} {_UNIT[unit]} {_AGO if delta < 0 else later}"

    rank = _RANK[finest]
    if rank <= _RANK["hour"] and seconds < 86400:
        now_word = _JUST_NOW if delta < 0 else _NOW
        if rank == 0 and not auto and seconds < 60:
            n = round(seconds)
            return count(n, "second") if n else now_word
        if rank <= _RANK["minute"] and seconds < 3600:
            n = round(seconds / 60)
            return count(n, "minute") if n else now_word
        if seconds < 1800:
            return now_word
        if style == "calendar" and seconds >= 3600:
            days = (_written_day(moment) - now.date()).days
            if days in _DAY_WORDS:
                return f"{_DAY_WORDS[days]} {_clock(moment, digits, variant, rank)}"
        return count(round(seconds / 3600), "hour")
    days = (moment.date() - now.date()).days
    months = _months(now.date(), moment.date())
    years = moment.year - now.year
    if rank <= _RANK["day"] and abs(days) < 7:
        if style == "calendar":
            if abs(days) <= 1:
                if rank == _RANK["day"]:
                    return _DAY_WORDS[days]
                clock_days = (_written_day(moment) - now.date()).days  # রাত ১২টা: the day before
                if clock_days in _DAY_WORDS:
                    return f"{_DAY_WORDS[clock_days]} {_clock(moment, digits, variant, rank)}"
            weekday = lx.WEEKDAYS[moment.weekday()][1][0]
            return f"{_NEXT if days > 0 else _LAST} {weekday}"
        return _DAY_WORDS[0] if days == 0 else count(abs(days), "day")
    if rank <= _RANK["week"] and (abs(days) < 28 or months == 0):
        weeks = round(abs(days) / 7)
        # এই / গত / আগামী সপ্তাহে name calendar (ISO) weeks, Monday to Sunday
        calendar_weeks = (_monday(moment.date()) - _monday(now.date())).days // 7
        if calendar_weeks == 0:
            return f"{_THIS} {_UNIT_AT['week']}"
        if abs(calendar_weeks) == 1 and (weeks == 0 or style == "calendar"):
            return f"{_NEXT if days > 0 else _LAST} {_UNIT_AT['week']}"
        return count(max(weeks, 1), "week")
    if rank <= _RANK["month"] and abs(months) < 12:
        if months == 0:
            return f"{_THIS} {_UNIT_AT['month']}"
        if style == "calendar" and abs(months) == 1:
            return f"{_NEXT if months > 0 else _LAST} {_UNIT_AT['month']}"
        return count(abs(months), "month")
    if years == 0:
        return f"{_THIS} {_UNIT_AT['year']}"
    if style == "calendar" and abs(years) == 1:
        return f"{_NEXT if years > 0 else _LAST} {_UNIT_AT['year']}"
    return count(abs(years), "year")
