"""bn_datetime: Bengali dates, times and numbers ⇄ machine-readable values.

>>> import bn_datetime as bd
>>> bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
'2024-09-14T18:42:00+06:00'
>>> bd.format_datetime(bd.parse("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"), "news")
'১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম'
>>> bd.read("১০-১২ সেপ্টেম্বর ২০২৪")
Interval('2024-09-10/2024-09-12')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._core import IMPLEMENTATION
from ._lexer import Token, tokenize
from .batch import parse_many, results_many, to_iso_many
from .digits import to_ascii_digits, to_bengali_digits
from .errors import (
    AmbiguousHourWarning,
    AmbiguousTimeError,
    BnDatetimeError,
    BnDatetimeWarning,
    CalendarMismatchWarning,
    CalendarRangeError,
    HijriApproximationWarning,
    InvalidDateError,
    NonExistentTimeError,
    ParseError,
    PatternError,
    UnknownTimezoneError,
    WeekdayMismatchWarning,
)
from .normalize import normalize
from .parsing import MAX_LENGTH, parse, parse_result, to_iso
from .tz import DEFAULT_TZ
from .values import Duration, Interval, Parsed, Recurrence, UnitError, Value

if TYPE_CHECKING:
    from .bangla_calendar import (
        BengaliDate,
        WestBengalCalendar,
        bangla_to_gregorian,
        gregorian_to_bangla,
    )
    from .calendar_grid import format_month, format_month_html, month_grid
    from .formatting import STYLES, format_datetime
    from .hijri import HijriDate, gregorian_to_hijri, hijri_to_gregorian
    from .humanizing import humanize
    from .money import format_currency
    from .numwords import (
        date_ordinal,
        format_number,
        normalize_numbers,
        number_to_words,
        ordinal,
        parse_ordinal,
        words_to_number,
    )
    from .pages import PageDates, page_dates
    from .reading import parse_duration, parse_interval, parse_recurrence, read
    from .searching import Match, iter_search, search
    from .spans_formatting import format_duration, format_interval, format_recurrence, format_span
    from .verbalizing import verbalize

__version__ = "0.1.0"


def implementation() -> str:
    """Which scanner is active: ``"compiled"`` (the C accelerator) or ``"pure"`` (Python).

    The compiled one is used when it was built and ``BN_DATETIME_PURE`` is not ``1``;
    both give the same results (see :mod:`bn_datetime._core`).

    >>> implementation() == IMPLEMENTATION
    True
    """
    return IMPLEMENTATION


# Loaded on first use, so that `import bn_datetime` stays cheap for a one-line parse.
_LAZY = {
    "STYLES": "formatting",
    "format_datetime": "formatting",
    "BengaliDate": "bangla_calendar",
    "WestBengalCalendar": "bangla_calendar",
    "bangla_to_gregorian": "bangla_calendar",
    "gregorian_to_bangla": "bangla_calendar",
    "HijriDate": "hijri",
    "gregorian_to_hijri": "hijri",
    "hijri_to_gregorian": "hijri",
    "date_ordinal": "numwords",
    "format_number": "numwords",
    "normalize_numbers": "numwords",
    "number_to_words": "numwords",
    "ordinal": "numwords",
    "parse_ordinal": "numwords",
    "words_to_number": "numwords",
    "verbalize": "verbalizing",
    "read": "reading",
    "parse_interval": "reading",
    "parse_duration": "reading",
    "parse_recurrence": "reading",
    "humanize": "humanizing",
    "format_currency": "money",
    "format_month": "calendar_grid",
    "format_month_html": "calendar_grid",
    "month_grid": "calendar_grid",
    "format_duration": "spans_formatting",
    "format_interval": "spans_formatting",
    "format_recurrence": "spans_formatting",
    "format_span": "spans_formatting",
    "Match": "searching",
    "iter_search": "searching",
    "search": "searching",
    "PageDates": "pages",
    "page_dates": "pages",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'bn_datetime' has no attribute {name!r}"
        raise AttributeError(msg)
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [  # noqa: RUF022 - grouped: core first, then the lazily loaded names
    "DEFAULT_TZ",
    "IMPLEMENTATION",
    "MAX_LENGTH",
    "STYLES",
    "AmbiguousHourWarning",
    "AmbiguousTimeError",
    "BnDatetimeError",
    "BnDatetimeWarning",
    "CalendarMismatchWarning",
    "CalendarRangeError",
    "Duration",
    "HijriApproximationWarning",
    "Interval",
    "InvalidDateError",
    "NonExistentTimeError",
    "ParseError",
    "Parsed",
    "PatternError",
    "Recurrence",
    "Token",
    "UnitError",
    "UnknownTimezoneError",
    "Value",
    "WeekdayMismatchWarning",
    "format_datetime",
    "implementation",
    "normalize",
    "parse",
    "parse_many",
    "parse_result",
    "results_many",
    "to_ascii_digits",
    "to_bengali_digits",
    "to_iso",
    "to_iso_many",
    "tokenize",
    "BengaliDate",
    "HijriDate",
    "Match",
    "PageDates",
    "WestBengalCalendar",
    "bangla_to_gregorian",
    "date_ordinal",
    "format_currency",
    "format_duration",
    "format_interval",
    "format_month",
    "format_month_html",
    "format_number",
    "format_recurrence",
    "format_span",
    "gregorian_to_bangla",
    "gregorian_to_hijri",
    "hijri_to_gregorian",
    "humanize",
    "iter_search",
    "month_grid",
    "normalize_numbers",
    "number_to_words",
    "ordinal",
    "parse_duration",
    "parse_interval",
    "page_dates",
    "parse_ordinal",
    "parse_recurrence",
    "read",
    "search",
    "verbalize",
    "words_to_number",
]
