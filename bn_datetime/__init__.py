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

from . import _moved
from ._core import IMPLEMENTATION
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
    RelativeMismatchWarning,
    UnknownTimezoneError,
    WeekdayMismatchWarning,
)
from .reader._lexer import Token, tokenize
from .reader.parsing import MAX_LENGTH, parse, parse_result, to_iso
from .text.digits import to_ascii_digits, to_bengali_digits
from .text.normalize import normalize
from .tz import DEFAULT_TZ
from .values import Duration, Interval, Parsed, Recurrence, UnitError, Value

if TYPE_CHECKING:
    from .calendars.bangla_calendar import (
        BengaliDate,
        WestBengalCalendar,
        bangla_to_gregorian,
        gregorian_to_bangla,
    )
    from .calendars.calendar_grid import format_month, format_month_html, month_grid
    from .calendars.hijri import HijriDate, gregorian_to_hijri, hijri_to_gregorian
    from .numerals.numwords import (
        date_ordinal,
        format_number,
        normalize_numbers,
        number_to_words,
        ordinal,
        parse_ordinal,
        words_to_number,
    )
    from .pages import PageDates, page_dates
    from .reader.batch import parse_many, results_many, to_iso_many
    from .reader.reading import parse_duration, parse_interval, parse_recurrence, read
    from .reader.searching import Match, iter_search, search
    from .writer.formatting import STYLES, format_datetime
    from .writer.humanizing import humanize
    from .writer.money import format_currency
    from .writer.spans_formatting import (
        format_duration,
        format_interval,
        format_recurrence,
        format_span,
    )
    from .writer.verbalizing import verbalize

__version__ = "0.1.0"

_moved.install()  # bn_datetime.parsing and the other paths of before the folders


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
    "STYLES": "writer.formatting",
    "parse_many": "reader.batch",
    "results_many": "reader.batch",
    "to_iso_many": "reader.batch",
    "format_datetime": "writer.formatting",
    "BengaliDate": "calendars.bangla_calendar",
    "WestBengalCalendar": "calendars.bangla_calendar",
    "bangla_to_gregorian": "calendars.bangla_calendar",
    "gregorian_to_bangla": "calendars.bangla_calendar",
    "HijriDate": "calendars.hijri",
    "gregorian_to_hijri": "calendars.hijri",
    "hijri_to_gregorian": "calendars.hijri",
    "date_ordinal": "numerals.numwords",
    "format_number": "numerals.numwords",
    "normalize_numbers": "numerals.numwords",
    "number_to_words": "numerals.numwords",
    "ordinal": "numerals.numwords",
    "parse_ordinal": "numerals.numwords",
    "words_to_number": "numerals.numwords",
    "verbalize": "writer.verbalizing",
    "read": "reader.reading",
    "parse_interval": "reader.reading",
    "parse_duration": "reader.reading",
    "parse_recurrence": "reader.reading",
    "humanize": "writer.humanizing",
    "format_currency": "writer.money",
    "format_month": "calendars.calendar_grid",
    "format_month_html": "calendars.calendar_grid",
    "month_grid": "calendars.calendar_grid",
    "format_duration": "writer.spans_formatting",
    "format_interval": "writer.spans_formatting",
    "format_recurrence": "writer.spans_formatting",
    "format_span": "writer.spans_formatting",
    "Match": "reader.searching",
    "iter_search": "reader.searching",
    "search": "reader.searching",
    "PageDates": "pages",
    "page_dates": "pages",
}


def __getattr__(name: str) -> Any:
    from importlib import import_module

    module = _LAZY.get(name)
    if module is None:
        if name in _moved.MOVED:  # an old module path (bn_datetime.batch), loaded when asked for
            return import_module(f".{name}", __name__)
        msg = f"module 'bn_datetime' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, those loaded on first use included (PEP 562)."""
    return sorted({*globals(), *_LAZY, *_moved.MOVED})


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
    "RelativeMismatchWarning",
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
