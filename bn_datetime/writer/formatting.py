"""``format_datetime``: datetimes back into Bengali, through compiled patterns.

>>> from datetime import datetime
>>> dt = datetime(2024, 9, 14, 18, 42)
>>> format_datetime(dt, "news")
'১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম'
>>> format_datetime(dt, "full")
'শনিবার, ১৪ সেপ্টেম্বর ২০২৪, সন্ধ্যা ৬টা ৪২ মিনিট'
>>> format_datetime(dt, "news", ampm="formal", digits="ascii")
'14 সেপ্টেম্বর 2024, 06:42 অপরাহ্ণ'
>>> format_datetime("2024-09-14T18:42:00+06:00", "iso")
'২০২৪-০৯-১৪T১৮:৪২:০০+০৬:০০'
"""

from __future__ import annotations

import warnings
from datetime import date, datetime, tzinfo
from functools import lru_cache
from typing import Final, Literal

from bn_datetime import lexicon as lx
from bn_datetime import tz as _tz
from bn_datetime.errors import HijriApproximationWarning, InvalidDateError, ParseError
from bn_datetime.reader.components import Parsed
from bn_datetime.reader.pattern import STYLES, Context, PatternWriter, compile_pattern
from bn_datetime.text.digits import to_ascii_digits

__all__ = ["STYLES", "format_datetime"]

Digits = Literal["bengali", "ascii"]
AmPmWords = Literal["short", "formal", "latin"]
_NUKTA_PAIRS: Final = (("\u09a1\u09bc", "\u09dc"), ("\u09a2\u09bc", "\u09dd"), ("\u09af\u09bc", "\u09df"))


# The few contexts there are, made once (they are immutable).
_CONTEXTS: Final = {
    (digits, ampm): Context(digits=digits, ampm=ampm)
    for digits in ("bengali", "ascii")
    for ampm in ("short", "formal", "latin")
}


@lru_cache(maxsize=256)
def _plain_writer(pattern: str, digits: str, ampm: str) -> PatternWriter | None:
    """The compiled pattern's writer for ``digits`` and ``ampm``: what a datetime written
    as it is (no ``tz=``, Gregorian) goes through; ``None`` for ``masthead`` (two dates).
    The arguments are checked as :func:`format_datetime` checks them, in the same order
    (an error is raised each time, not kept)."""
    ctx = _context(digits, ampm)
    return None if pattern == "masthead" else compile_pattern(pattern).writer(ctx)


def _context(digits: str, ampm: str) -> Context:
    ctx = _CONTEXTS.get((digits, ampm))
    if ctx is None:
        msg = (
            f"digits must be 'bengali' or 'ascii' and ampm 'short', 'formal' or 'latin', "
            f"not {digits!r} and {ampm!r}"
        )
        raise ValueError(msg)
    return ctx


def _coerce(value: datetime | date | str | Parsed) -> datetime | date:
    if isinstance(value, Parsed):
        if value.precision in ("day", "month", "year"):
            return value.value.date()
        return value.value
    if isinstance(value, (datetime, date)):
        return value
    if isinstance(value, str):
        text = to_ascii_digits(value.strip())
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            return datetime.fromisoformat(text)
        except ValueError:
            raise ParseError(value, 0, expected="an ISO 8601 date or datetime") from None
    msg = f"format_datetime() needs a datetime, date or ISO 8601 str, not {type(value).__name__}"
    raise TypeError(msg)


def _calendar_context(moment: datetime | date, calendar: str, ctx: Context) -> Context:
    day = moment.date() if isinstance(moment, datetime) else moment
    if calendar == "hijri":
        from bn_datetime.calendars.hijri import gregorian_to_hijri

        h = gregorian_to_hijri(day)
        warnings.warn(
            f"{h} is the Umm al-Qura date moved for Bangladesh's moon sighting; the day "
            "announced in Bangladesh may differ by one",
            HijriApproximationWarning,
            stacklevel=4,
        )
        return ctx._replace(other=(h.year, h.month, h.day), months=lx.HIJRI_MONTHS, era=lx.HIJRI_ERAS[0])
    from bn_datetime.calendars.bangla_calendar import gregorian_to_bangla

    b = gregorian_to_bangla(day, calendar=calendar)
    return ctx._replace(other=(b.year, b.month, b.day), months=lx.BANGLA_MONTHS, era=lx.BANGLA_ERAS[0])


def _masthead(moment: datetime | date, *, digits: Digits, calendar: str, precomposed: bool) -> str:
    """``শনিবার, ১৪ সেপ্টেম্বর ২০২৪, ৩০ ভাদ্র ১৪৩১``: the Gregorian date, then the Bangla one."""
    second = "bd" if calendar == "gregorian" else calendar
    parts = (
        format_datetime(moment, "EEEE, d MMMM y", digits=digits, precomposed=precomposed),
        format_datetime(moment, "d MMMM y", digits=digits, precomposed=precomposed, calendar=second),
    )
    return ", ".join(parts)


def format_datetime(
    value: datetime | date | str | Parsed,
    pattern: str = "news",
    *,
    digits: Digits = "bengali",
    ampm: AmPmWords = "short",
    tz: str | tzinfo | None = None,
    precomposed: bool = False,
    calendar: str = "gregorian",
) -> str:
    """Write ``value`` in Bengali by a style name or a UTS #35 pattern.

    Args:
        value: an aware or naive datetime, a date, an ISO 8601 string, or a
            :class:`~bn_datetime.Parsed`. A date, or a ``Parsed`` of day, month or year
            precision, writes only the date part of a style that has a time (and of
            a month or a year, only those), and a ``Parsed`` of a clock time alone
            (precision ``"time"``) only the time part: nothing is invented.
        pattern: a style (``news``, ``news-24h``, ``date``, ``full``, ``long``,
            ``medium``, ``short``, ``iso``, ``time``) or a pattern such as
            ``"d MMMM y, B h'টা'"``; a word that is neither is an unknown style.
        digits: ``"bengali"`` (default) or ``"ascii"``.
        ampm: the AM/PM words: ``"short"`` এএম/পিএম, ``"formal"``
            পূর্বাহ্ণ/অপরাহ্ণ, ``"latin"`` AM/PM.
        tz: convert an aware value to this zone first (a naive value is taken as
            wall time in it).
        precomposed: write য় ড় ঢ় as the single code points most Bangladeshi sites
            use (the default output is NFC, which spells them with a nukta).
        calendar: ``"gregorian"``; a Bangla calendar (``"bd"``, ``"bd-2019"``,
            ``"bd-1987"``, ``"wb"``, ``"wb-drik"``) or ``"hijri"``, whose day, month,
            year and era the ``d``/``M``/``y``/``G`` fields then write. A Hijri date is
            approximate (see docs/calendar.md) and comes with a
            :class:`~bn_datetime.errors.HijriApproximationWarning`.

    The style ``masthead`` writes the Gregorian date and the Bangla one, as Bangladeshi
    front pages do (``calendar=`` picks the Bangla rules, ``"bd"`` by default).

    >>> format_datetime(date(2024, 9, 14), "d MMMM y", calendar="bd")
    '৩০ ভাদ্র ১৪৩১'
    >>> format_datetime(date(2024, 9, 14), "masthead")
    'শনিবার, ১৪ সেপ্টেম্বর ২০২৪, ৩০ ভাদ্র ১৪৩১'
    >>> format_datetime(date(2024, 9, 14), "full")
    'শনিবার, ১৪ সেপ্টেম্বর ২০২৪'
    >>> format_datetime(datetime(2024, 9, 14, 18, 42), "long")
    '১৪ সেপ্টেম্বর, ২০২৪ ৬:৪২:০০ পিএম'
    >>> format_datetime(date(2024, 2, 21), "ddd MMMM y")
    '২১শে ফেব্রুয়ারি ২০২৪'
    """
    if type(value) is datetime and tz is None and calendar == "gregorian" and type(pattern) is str:
        write = _plain_writer(pattern, digits, ampm)
        if write is not None:
            text = write(value, None)
            return _precompose(text) if precomposed else text
    ctx = _context(digits, ampm)
    moment = _coerce(value)
    if tz is not None:
        zone = _tz.get_tz(tz)
        if isinstance(moment, datetime):
            try:
                moment = moment.astimezone(zone) if moment.tzinfo else _tz.localize(moment, zone)
            except OverflowError:
                raise InvalidDateError(
                    str(value), 0, reason="in that zone it falls outside years 1-9999"
                ) from None
    if pattern == "masthead":
        return _masthead(moment, digits=digits, calendar=calendar, precomposed=precomposed)
    precision = value.precision if isinstance(value, Parsed) else None
    compiled = compile_pattern(pattern)
    if calendar != "gregorian":  # the other calendar's date of the day the pattern writes
        ctx = _calendar_context(compiled.day_written(moment, precision), calendar, ctx)
    text = compiled.format(moment, ctx, precision)
    return _precompose(text) if precomposed else text


def _precompose(text: str) -> str:
    """য় ড় ঢ় as single code points."""
    for pair, single in _NUKTA_PAIRS:
        text = text.replace(pair, single)
    return text
