"""The yardstick: a minimal hand-written parser and formatter of the news form only.

This is what a scraper author would write instead of using a library: one compiled
regular expression, ``str.translate`` for the digits, a month dict, ``datetime(...)``
with a fixed +06:00 offset and ``isoformat()``. It reads exactly
``১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম`` (canonical month names, Bengali digits, এএম/পিএম) and
nothing else; it knows nothing of Bangladesh's 2009 daylight saving time, so those
months come out with the wrong offset. It is kept tight on purpose: the benchmark's
targets are ratios to it.

``parse`` and ``format_news`` follow the recipe the issue names (``str.translate`` over
the whole string). ``parse_tight`` and ``format_tight`` are what a speed-minded author
might write instead (``int()`` reads Bengali digits itself; a lookup table of Bengali
two-digit numbers); the benchmark shows them for information.

>>> parse("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
'2024-09-14T18:42:00+06:00'
>>> format_news(datetime(2024, 9, 14, 18, 42))
'১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম'
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from bn_datetime.lexicon import MONTHS
from bn_datetime.text.digits import ASCII_DIGITS, BENGALI_DIGITS

__all__ = ["format_news", "format_tight", "parse", "parse_tight"]

_TO_ASCII = str.maketrans(BENGALI_DIGITS, ASCII_DIGITS)
_TO_BENGALI = str.maketrans(ASCII_DIGITS, BENGALI_DIGITS)
_MONTH_NUMBER = {words[0]: number for number, words in MONTHS}
_MONTH_NAME = {number: words[0] for number, words in MONTHS}
_PLUS_SIX = timezone(timedelta(hours=6))
_MONTH_ALTERNATIVES = "|".join(_MONTH_NUMBER)
_NEWS = re.compile(
    r"([0-9]{2}) (" + _MONTH_ALTERNATIVES + r") ([0-9]{4}), ([0-9]{2}):([0-9]{2}) (এএম|পিএম)"
)
_NEWS_BENGALI = re.compile(
    r"([০-৯]{2}) (" + _MONTH_ALTERNATIVES + r") ([০-৯]{4}), ([০-৯]{2}):([০-৯]{2}) (এএম|পিএম)"
)
_TWO_DIGITS = tuple(f"{i:02d}".translate(_TO_BENGALI) for i in range(100))


def parse(text: str) -> str:
    """ISO 8601 for a news-form string; ``ValueError`` for anything else.

    >>> parse("০১ জানুয়ারী ২০০০, ১২:০৫ এএম")
    '2000-01-01T00:05:00+06:00'
    >>> parse("১৩:০০ পিএম")
    Traceback (most recent call last):
    ...
    ValueError: not the news form: '১৩:০০ পিএম'
    """
    match = _NEWS.fullmatch(text.translate(_TO_ASCII))
    if match is None:
        msg = f"not the news form: {text!r}"
        raise ValueError(msg)
    day, month, year, hour, minute, ampm = match.groups()
    hour12 = int(hour)
    if not 1 <= hour12 <= 12:
        msg = f"hour {hour12} is not 1-12: {text!r}"
        raise ValueError(msg)
    return datetime(
        int(year),
        _MONTH_NUMBER[month],
        int(day),
        hour12 % 12 + (12 if ampm == "পিএম" else 0),
        int(minute),
        tzinfo=_PLUS_SIX,
    ).isoformat()


def format_news(value: datetime) -> str:
    """``value`` as ``dd MMMM y, hh:mm a`` with Bengali digits and এএম/পিএম."""
    return (
        f"{value.day:02d} {_MONTH_NAME[value.month]} {value.year}, "
        f"{value.hour % 12 or 12:02d}:{value.minute:02d} {'পিএম' if value.hour >= 12 else 'এএম'}"
    ).translate(_TO_BENGALI)


def parse_tight(text: str) -> str:
    """:func:`parse` without ``translate``: the regex reads Bengali digits and ``int()`` too.

    >>> parse_tight("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
    '2024-09-14T18:42:00+06:00'
    """
    match = _NEWS_BENGALI.fullmatch(text)
    if match is None:
        msg = f"not the news form: {text!r}"
        raise ValueError(msg)
    day, month, year, hour, minute, ampm = match.groups()
    hour12 = int(hour)
    if not 1 <= hour12 <= 12:
        msg = f"hour {hour12} is not 1-12: {text!r}"
        raise ValueError(msg)
    return datetime(
        int(year),
        _MONTH_NUMBER[month],
        int(day),
        hour12 % 12 + (12 if ampm == "পিএম" else 0),
        int(minute),
        tzinfo=_PLUS_SIX,
    ).isoformat()


def format_tight(value: datetime) -> str:
    """:func:`format_news` with table look-ups for two-digit numbers instead of ``translate``.

    >>> format_tight(datetime(1971, 12, 16, 0, 5))
    '১৬ ডিসেম্বর ১৯৭১, ১২:০৫ এএম'
    """
    year = value.year
    return (
        f"{_TWO_DIGITS[value.day]} {_MONTH_NAME[value.month]} "
        f"{_TWO_DIGITS[year // 100]}{_TWO_DIGITS[year % 100]}, "
        f"{_TWO_DIGITS[value.hour % 12 or 12]}:{_TWO_DIGITS[value.minute]} "
        f"{'পিএম' if value.hour >= 12 else 'এএম'}"
    )
