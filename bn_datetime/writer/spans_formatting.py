"""Intervals, durations and recurrences back into Bengali.

>>> from datetime import date, datetime, time, timedelta
>>> from bn_datetime.values import Duration, Interval, Parsed, Recurrence
>>> def day(d: int, m: int = 9) -> Parsed:
...     return Parsed(datetime(2024, m, d), "day")
>>> format_interval(Interval(day(10), day(12)))
'১০–১২ সেপ্টেম্বর ২০২৪'
>>> format_interval(Interval(day(30), day(2, 10)))
'৩০ সেপ্টেম্বর – ২ অক্টোবর ২০২৪'
>>> format_duration(Duration(hours=3, minutes=45))
'৩ ঘণ্টা ৪৫ মিনিট'
>>> format_duration(Duration(hours=1, minutes=30), fraction_words=True)
'দেড় ঘণ্টা'
>>> format_recurrence(Recurrence("weekly", byweekday=("FR",)))
'প্রতি শুক্রবার'
>>> format_recurrence(Recurrence("daily", time=time(10)))
'প্রতিদিন সকাল ১০টায়'

Shared fields are written once, as CLDR's interval formats do, with an EN DASH between
dates (``১০–১২ সেপ্টেম্বর``, spaced when the ends have more than one field) and
``থেকে`` between clock times (``সকাল ১০টা থেকে বিকেল ৫টা``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Final, Literal

from bn_datetime import lexicon as lx
from bn_datetime.lexicon._numbers import ORDINAL_WORDS
from bn_datetime.numerals.numwords import number_to_words
from bn_datetime.reader.components import period_of_hour
from bn_datetime.values import Duration, Interval, Parsed, Recurrence

__all__ = ["SPAN_TYPES", "format_duration", "format_interval", "format_recurrence", "format_span"]

#: The values :func:`format_span` writes.
SPAN_TYPES: Final = (Interval, Duration, Recurrence)

Digits = Literal["bengali", "ascii", "words"]
_DIGITS: Final = ("bengali", "ascii", "words")
IntervalStyle = Literal["date", "time", "datetime"]

_TO_BENGALI: Final = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_DASH: Final = "\u2013"  # EN DASH, as CLDR's bn interval formats
# Connecting words (not in the lexicon yet: the lead's read() defines what it reads).
# The words, each the canonical (first) spelling of its row in the lexicon.
_FROM: Final = lx.RANGE_FROM[0]  # থেকে
_UNTIL: Final = lx.RANGE_UNTIL[0]  # পর্যন্ত
_EVERY: Final = lx.EVERY[0]  # প্রতি
_EVERY_DAY: Final = dict(lx.EVERY_UNIT)["day"][0]  # প্রতিদিন
_EVERY_YEAR: Final = dict(lx.EVERY_UNIT)["year"][0]  # প্রতিবছর
_OF_MONTH: Final = dict(lx.UNITS)["month"][1]  # মাসের
# A frequency's unit in the locative (প্রতি ২ সপ্তাহে, মাসে ২ বার) and its genitive (প্রতি ২
# মাসের প্রথম শুক্রবার): spellings of the lexicon's unit rows.
_PER: Final = {
    "minutely": next(w for w in lx.MINUTE_WORDS if w.endswith("ে") and not w.endswith("ের")),
    "hourly": next(w for w in dict(lx.UNITS)["hour"] if w.endswith("য়")),
    **{
        freq: next(w for w in dict(lx.UNITS)[unit] if w.endswith("ে") and not w.endswith("ের"))
        for freq, unit in (("daily", "day"), ("weekly", "week"), ("monthly", "month"), ("yearly", "year"))
    },
}
_TIMES: Final = lx.TIMES_WORDS[0]  # বার
_DATE_WORD: Final = next(w for w in lx.LABELS if w == "তারিখ")
_LAST: Final = dict(lx.WEEKDAY_ORDINALS)[-1][0]  # শেষ
_AND: Final = lx.CONJUNCTIONS[0]  # ও
_MOD_WORDS: Final = {mod: words[0] for mod, words in lx.DURATION_MODIFIERS}
_MODS: Final = {
    "approx": (lx.APPROX_WORDS[0] + " ", ""),
    "more_than": ("", " " + _MOD_WORDS["more_than"]),
    "less_than": ("", " " + _MOD_WORDS["less_than"]),
    "at_most": ("", " " + _MOD_WORDS["at_most"]),
}
# The afternoon as notices write it (বিকেল, a lexicon spelling of বিকাল).
_PERIOD_SPELLING: Final = {"বিকাল": "বিকেল"}
_DAY_PRECISIONS: Final = ("year", "month", "week", "day")
_TIME_PRECISIONS: Final = ("time", "hour", "minute", "second")
# RFC 5545 weekday codes → Monday = 0 …
_CODES: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEK_FROM_SATURDAY: Final = (5, 6, 0, 1, 2, 3, 4)  # the Bangladeshi week


def _n(value: int | float, digits: str) -> str:
    if digits == "words":
        return number_to_words(value)
    text = str(value) if isinstance(value, int) else format(value, "g")
    return text.translate(_TO_BENGALI) if digits == "bengali" else text


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        msg = f"{name} must be one of {', '.join(map(repr, allowed))}, not {value!r}"
        raise ValueError(msg)


def _month(m: int) -> str:
    return lx.MONTHS[m - 1][1][0]


def _weekday(index: int, full: bool = True) -> str:
    names = lx.WEEKDAYS[index][1]
    return names[0] if full else names[1]


# -- clock times -------------------------------------------------------------------


def _clock(moment: time | datetime, digits: str, at: bool = False) -> str:
    """``সকাল ১০টা``, ``বিকেল ৩টা ৩০ মিনিট``; ``at``: ``সকাল ১০টায়``, ``… মিনিটে``."""
    name = lx.DAY_PERIODS[period_of_hour(moment.hour)].name
    period = _PERIOD_SPELLING.get(name, name)
    hour = _n(moment.hour % 12 or 12, digits)
    if moment.minute == 0:
        return f"{period} {hour}{'টায়' if at else 'টা'}"
    return f"{period} {hour}টা {_n(moment.minute, digits)} {'মিনিটে' if at else 'মিনিট'}"


def _clock_span(start: time | datetime, end: time | datetime, digits: str) -> str:
    return f"{_clock(start, digits)} {_FROM} {_clock(end, digits)}"


# -- intervals ---------------------------------------------------------------------


def _date_text(p: Parsed, fields: str, digits: str) -> str:
    """The fields ``fields`` (a subset of ``"dmy"``) of ``p``, at most its precision."""
    v = p.value
    parts = []
    if "d" in fields and p.precision not in ("year", "month"):
        parts.append(_n(v.day, digits))
    if "m" in fields and p.precision != "year":
        parts.append(_month(v.month))
    if "y" in fields:
        parts.append(_n(v.year, digits))
    return " ".join(parts)


def _dates(start: Parsed, end: Parsed, digits: str) -> str:
    a, b = start.value, end.value
    coarse = start.precision if start.precision == end.precision else "day"
    if coarse == "year":
        if a.year == b.year:
            return _n(a.year, digits)
        return f"{_n(a.year, digits)}{_DASH}{_n(b.year, digits)}"
    if coarse == "month" and start.precision == end.precision:
        if a.year == b.year:
            if a.month == b.month:
                return f"{_month(a.month)} {_n(a.year, digits)}"
            return f"{_month(a.month)}{_DASH}{_month(b.month)} {_n(a.year, digits)}"
        return f"{_month(a.month)} {_n(a.year, digits)} {_DASH} {_month(b.month)} {_n(b.year, digits)}"
    if (a.year, a.month, a.day) == (b.year, b.month, b.day):
        return _date_text(start, "dmy", digits)
    if a.year == b.year and a.month == b.month and start.precision == end.precision == "day":
        return f"{_n(a.day, digits)}{_DASH}{_n(b.day, digits)} {_month(a.month)} {_n(a.year, digits)}"
    if a.year == b.year:
        return f"{_date_text(start, 'dm', digits)} {_DASH} {_date_text(end, 'dmy', digits)}"
    return f"{_date_text(start, 'dmy', digits)} {_DASH} {_date_text(end, 'dmy', digits)}"


def _has_time(p: Parsed) -> bool:
    return p.precision in _TIME_PRECISIONS


def format_interval(
    interval: Interval, style: IntervalStyle | None = None, *, digits: Digits = "bengali"
) -> str:
    """Write an :class:`~bn_datetime.values.Interval` with its shared fields once.

    Args:
        interval: both ends inclusive at their precision; a ``None`` end is open.
        style: ``"date"`` (``১০–১২ সেপ্টেম্বর ২০২৪``), ``"time"`` (``সকাল ১০টা থেকে
            বিকেল ৫টা``) or ``"datetime"`` (the date, then the times); by default the
            ends' precision chooses.
        digits: ``"bengali"``, ``"ascii"`` or ``"words"``.

    >>> from bn_datetime.values import Parsed
    >>> ten, five = Parsed(datetime(2024, 9, 14, 10), "hour"), Parsed(datetime(2024, 9, 14, 17), "hour")
    >>> format_interval(Interval(ten, five), "time")
    'সকাল ১০টা থেকে বিকেল ৫টা'
    >>> format_interval(Interval(ten, five))
    '১৪ সেপ্টেম্বর ২০২৪ সকাল ১০টা থেকে বিকেল ৫টা'
    >>> format_interval(Interval(Parsed(datetime(2014, 1, 1), "month"), None))
    'জানুয়ারি ২০১৪ থেকে'
    """
    if not isinstance(interval, Interval):
        msg = f"format_interval() needs an Interval, not {type(interval).__name__}"
        raise TypeError(msg)
    _check("digits", digits, _DIGITS)
    start, end = interval.start, interval.end
    if start is None and end is None:
        msg = "interval has neither a start nor an end"
        raise ValueError(msg)
    ends = [p for p in (start, end) if p is not None]
    if style is None:
        if all(p.precision == "time" for p in ends):
            style = "time"
        elif any(_has_time(p) for p in ends):
            style = "datetime"
        else:
            style = "date"
    _check("style", style, ("date", "time", "datetime"))
    if start is None or end is None:
        one = ends[0]
        word = _FROM if end is None else _UNTIL
        return f"{_point(one, style, digits)} {word}"
    if style == "date":
        return _dates(start, end, digits)
    if style == "time":
        return _clock_span(start.value, end.value, digits)
    start_day, end_day = _end_day(start), _end_day(end)
    if start_day == end_day and _has_time(end):
        shown = Parsed(datetime.combine(start_day, start.value.timetz()), start.precision)
        return f"{_date_text(shown, 'dmy', digits)} {_clock_span(start.value, end.value, digits)}"
    return f"{_point(start, style, digits, start_day)} {_FROM} {_point(end, style, digits, end_day)}"


def _end_day(end: Parsed) -> date:
    """The date a moment is written under: রাত ১২টা (and the minutes after it) ends the
    day before, as notices write it (``৫ আগস্ট রাত ১২টা পর্যন্ত`` runs to 6 August 00:00)
    and as :func:`bn_datetime.read` reads it."""
    day = end.value.date()
    if _has_time(end) and end.precision != "time" and end.value.hour == 0:
        return day - timedelta(days=1)
    return day


def _point(p: Parsed, style: str, digits: str, day: date | None = None) -> str:
    if style == "time" or p.precision == "time":
        return _clock(p.value, digits)
    shown = p if day is None else Parsed(datetime.combine(day, p.value.timetz()), p.precision)
    text = _date_text(shown, "dmy", digits)
    if style == "datetime" and _has_time(p):
        text += " " + _clock(p.value, digits)
    return text


# -- durations ---------------------------------------------------------------------

_UNIT_WORDS: Final = {
    "years": "বছর", "months": "মাস", "weeks": "সপ্তাহ", "days": "দিন",
    "hours": "ঘণ্টা", "minutes": "মিনিট", "seconds": "সেকেন্ড",
}
_FIELDS: Final = tuple(_UNIT_WORDS)
# A whole unit and the half of it in the next: দেড় ঘণ্টা = 1 h 30 min.
_HALVES: Final = {"years": ("months", 6), "days": ("hours", 12), "hours": ("minutes", 30)}
_HALF_WORDS: Final = {1: "দেড়", 2: "আড়াই"}
_SARE: Final = "সাড়ে"


def format_duration(
    duration: Duration, *, fraction_words: bool = False, digits: Digits = "bengali"
) -> str:
    """Write a :class:`~bn_datetime.values.Duration`: ``৩ ঘণ্টা ৪৫ মিনিট``.

    Args:
        duration: its non-zero fields are written, largest first; ``mod`` adds প্রায়
            (approx), …র বেশি (more than), …র কম (less than) or …র মধ্যে (at most).
        fraction_words: a whole unit and a half (1 h 30 min, 2 days 12 h, 3 years 6
            months) as দেড়, আড়াই, সাড়ে: ``দেড় ঘণ্টা``, ``সাড়ে ৩ বছর``.
        digits: ``"bengali"``, ``"ascii"`` or ``"words"``.

    >>> format_duration(Duration(years=3, months=6), fraction_words=True, digits="words")
    'সাড়ে তিন বছর'
    >>> format_duration(Duration(hours=5, mod="more_than"))
    '৫ ঘণ্টার বেশি'
    """
    if not isinstance(duration, Duration):
        msg = f"format_duration() needs a Duration, not {type(duration).__name__}"
        raise TypeError(msg)
    _check("digits", digits, _DIGITS)
    values = {name: getattr(duration, name) for name in _FIELDS}
    for name, value in values.items():
        if value < 0:
            msg = f"duration.{name} must not be negative, not {value!r}"
            raise ValueError(msg)
    parts: list[str] = []
    skip = ""
    for name in _FIELDS:
        value = values[name]
        if name == skip or not value:
            continue
        half = _HALVES.get(name)
        if fraction_words and half and values[half[0]] == half[1] and isinstance(value, int):
            lower = _FIELDS.index(half[0])
            if not any(values[n] for n in _FIELDS[lower + 1 :]):  # nothing finer after
                word = _HALF_WORDS.get(value)
                parts.append(f"{word or _SARE + ' ' + _n(value, digits)} {_UNIT_WORDS[name]}")
                skip = half[0]
                continue
        parts.append(f"{_n(value, digits)} {_UNIT_WORDS[name]}")
    if not parts:
        parts.append(f"{_n(0, digits)} {_UNIT_WORDS['seconds']}")
    text = " ".join(parts)
    mod = duration.mod
    if mod is None:
        return text
    if mod not in _MODS:
        msg = f"duration.mod must be None or one of {', '.join(map(repr, _MODS))}, not {mod!r}"
        raise ValueError(msg)
    before, after = _MODS[mod]
    if after:  # the last word takes the genitive: ৫ ঘণ্টার বেশি, ৩ দিনের কম
        text = _genitive(text)
    return f"{before}{text}{after}"


def _genitive(word: str) -> str:
    """ঘণ্টা → ঘণ্টার, দিন → দিনের, জানুয়ারি → জানুয়ারির."""
    return word + ("র" if "\u09be" <= word[-1] <= "\u09cc" else "ের")


# -- recurrences -------------------------------------------------------------------


def _code(code: str) -> tuple[int, int]:
    """``"FR"`` → (0, 4); ``"1FR"`` → (1, 4); ``"-1SU"`` → (-1, 6)."""
    day = code[-2:]
    if day not in _CODES:
        msg = f"byweekday holds RFC 5545 codes (MO … SU, maybe with an ordinal), not {code!r}"
        raise ValueError(msg)
    nth = int(code[:-2]) if code[:-2] else 0
    return nth, _CODES.index(day)


def _weekdays(days: list[int], ranges: bool) -> str:
    """শুক্রবার; রবি ও সোমবার; with ``ranges``, শনি থেকে বুধবার (three or more days in a
    row: a working week, which is said with its daily hours)."""
    week = sorted(days, key=_WEEK_FROM_SATURDAY.index)
    positions = [_WEEK_FROM_SATURDAY.index(d) for d in week]
    in_a_row = positions == list(range(positions[0], positions[0] + len(positions)))
    if ranges and len(week) >= 3 and in_a_row and len(set(week)) == len(week):
        return f"{_weekday(week[0], full=False)} {_FROM} {_weekday(week[-1])}"
    order = days
    if len(order) == 1:
        return _weekday(order[0])
    heads = ", ".join(_weekday(d, full=False) for d in order[:-2])
    pair = f"{_weekday(order[-2], full=False)} {_AND} {_weekday(order[-1])}"
    return f"{heads}, {pair}" if heads else pair


def _nth(nth: int) -> str:
    if nth == -1:
        return _LAST
    return next(words[0] for value, words in ORDINAL_WORDS if value == nth)


def format_recurrence(recurrence: Recurrence, *, digits: Digits = "bengali") -> str:
    """Write a :class:`~bn_datetime.values.Recurrence`: ``প্রতি শুক্রবার``,
    ``প্রতিদিন সকাল ১০টায়``, ``শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা``,
    ``প্রতি মাসের প্রথম শুক্রবার``, ``প্রতিবছর ২১ ফেব্রুয়ারি``. A list of weekdays is
    written in the order given; three or more in a row of the week (from Saturday, as in
    Bangladesh) with daily hours as a range (``শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা``).

    >>> format_recurrence(Recurrence("weekly", byweekday=("SA", "SU", "MO", "TU", "WE"),
    ...                              during=(time(9), time(17))))
    'শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা'
    >>> format_recurrence(Recurrence("monthly", byweekday=("1FR",)))
    'প্রতি মাসের প্রথম শুক্রবার'
    >>> format_recurrence(Recurrence("yearly", bymonth=(2,), bymonthday=(21,)))
    'প্রতিবছর ২১ ফেব্রুয়ারি'

    Every so many periods (``interval``) and a count in each (``times``):

    >>> format_recurrence(Recurrence("weekly", interval=2)), format_recurrence(Recurrence("monthly", times=2))
    ('প্রতি ২ সপ্তাহে', 'মাসে ২ বার')
    >>> format_recurrence(Recurrence("monthly", byweekday=("1FR",), interval=3), digits="words")
    'প্রতি তিন মাসের প্রথম শুক্রবার'
    >>> format_recurrence(Recurrence("hourly", interval=6)), format_recurrence(Recurrence("minutely"))
    ('প্রতি ৬ ঘণ্টায়', 'প্রতি মিনিটে')
    """
    if not isinstance(recurrence, Recurrence):
        msg = f"format_recurrence() needs a Recurrence, not {type(recurrence).__name__}"
        raise TypeError(msg)
    _check("digits", digits, _DIGITS)
    freq = recurrence.freq
    _check("recurrence.freq", freq, tuple(_PER))
    codes = [_code(c) for c in recurrence.byweekday]
    fixed = bool(codes or recurrence.bymonth or recurrence.bymonthday)
    if recurrence.times is not None and fixed:
        msg = "a count of times in each period goes with no fixed days (মাসে ২ বার, not on the 5th)"
        raise ValueError(msg)
    if recurrence.interval > 1 or freq in ("hourly", "minutely") or not fixed:
        head = _every_so_often(recurrence, codes, digits)
    elif freq == "daily":
        head = _EVERY_DAY
    elif freq == "weekly":
        days = _weekdays([d for _, d in codes], ranges=recurrence.during is not None)
        in_a_row = f" {_FROM} " in days
        head = days if in_a_row else f"{_EVERY} {days}"
    elif freq == "monthly":
        head = f"{_EVERY} {_OF_MONTH} {_monthly(recurrence, codes, digits)}"
    else:
        head = f"{_EVERY_YEAR} {_yearly(recurrence, codes, digits)}"
    if recurrence.during is not None:
        start, end = recurrence.during
        return f"{head} {_clock_span(start, end, digits)}"
    if recurrence.time is not None:
        return f"{head} {_clock(recurrence.time, digits, at=True)}"
    return head


def _every_so_often(rec: Recurrence, codes: list[tuple[int, int]], digits: str) -> str:
    """প্রতি ২ সপ্তাহে (শুক্রবার), প্রতি ৩ মাসের ৫ তারিখ, মাসে ২ বার, প্রতি ঘণ্টায়, প্রতিদিন:
    the period with its count, then the days it fixes, then a count of times in it."""
    freq = rec.freq
    per = _PER[freq]
    if rec.interval > 1:
        every = f"{_EVERY} {_n(rec.interval, digits)} "
    elif rec.times is not None:
        every = ""  # মাসে ২ বার: the period alone says "in each"
    elif freq == "daily":
        return _EVERY_DAY
    else:
        every = f"{_EVERY} "
    if freq == "weekly" and codes:
        return f"{every}{per} {_weekdays([d for _, d in codes], ranges=False)}"
    if freq == "monthly" and (codes or rec.bymonthday):
        return f"{every}{_OF_MONTH} {_monthly(rec, codes, digits)}"
    if freq == "yearly" and rec.bymonth:
        return f"{every}{per} {_yearly(rec, codes, digits)}"
    if codes or rec.bymonth or rec.bymonthday:
        msg = f"a {freq} recurrence fixes no weekdays, months or days of a month"
        raise ValueError(msg)
    head = f"{every}{per}"
    if rec.times is not None:
        head += f" {_n(rec.times, digits)} {_TIMES}"
    return head


def _monthly(rec: Recurrence, codes: list[tuple[int, int]], digits: str) -> str:
    if codes:
        return " ".join(f"{_nth(nth)} {_weekday(day)}" if nth else _weekday(day) for nth, day in codes)
    if not rec.bymonthday:
        msg = "a monthly recurrence needs bymonthday or byweekday"
        raise ValueError(msg)
    days = f" {_AND} ".join(_n(d, digits) for d in rec.bymonthday)
    return f"{days} {_DATE_WORD}"


def _yearly(rec: Recurrence, codes: list[tuple[int, int]], digits: str) -> str:
    if not rec.bymonth:
        msg = "a yearly recurrence needs bymonth"
        raise ValueError(msg)
    month = rec.bymonth[0]
    if codes:
        nth, day = codes[0]
        return f"{_month(month)} {_OF_MONTH} {_nth(nth) + ' ' if nth else ''}{_weekday(day)}"
    days = f" {_AND} ".join(_n(d, digits) for d in rec.bymonthday)
    return f"{days} {_month(month)}" if days else _month(month)


def format_span(value: Interval | Duration | Recurrence, style: str | None = None, *, digits: Digits = "bengali") -> str:
    """Write any of :data:`SPAN_TYPES` (the CLI's ``--format`` and the pandas accessor use
    this); ``style`` is an interval's style when it is ``date``, ``time`` or ``datetime``,
    and ignored otherwise.

    >>> format_span(Duration(hours=2)), format_span(Recurrence("daily"))
    ('২ ঘণ্টা', 'প্রতিদিন')
    """
    if isinstance(value, Interval):
        shape = style if style in ("date", "time", "datetime") else None
        return format_interval(value, shape, digits=digits)  # type: ignore[arg-type]
    if isinstance(value, Duration):
        return format_duration(value, digits=digits)
    if isinstance(value, Recurrence):
        return format_recurrence(value, digits=digits)
    msg = f"format_span() needs an Interval, a Duration or a Recurrence, not {type(value).__name__}"
    raise TypeError(msg)
