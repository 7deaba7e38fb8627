"""bn_datetime: Bengali dates, times and numbers ⇄ machine-readable values.

>>> import bn_datetime as bd
>>> bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
'2024-09-14T18:42:00+06:00'
>>> bd.format_datetime(bd.parse("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"), "news")
'১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম'
"""

from __future__ import annotations

from ._lexer import Token, tokenize
from .components import Parsed
from .digits import to_ascii_digits, to_bengali_digits
from .errors import (
    AmbiguousHourWarning,
    AmbiguousTimeError,
    BnDatetimeError,
    BnDatetimeWarning,
    CalendarMismatchWarning,
    InvalidDateError,
    NonExistentTimeError,
    ParseError,
    PatternError,
    UnknownTimezoneError,
    WeekdayMismatchWarning,
)
from .formatting import STYLES, format_datetime
from .normalize import normalize
from .parsing import MAX_LENGTH, parse, parse_result, to_iso
from .tz import DEFAULT_TZ

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_TZ",
    "MAX_LENGTH",
    "STYLES",
    "AmbiguousHourWarning",
    "AmbiguousTimeError",
    "BnDatetimeError",
    "BnDatetimeWarning",
    "CalendarMismatchWarning",
    "InvalidDateError",
    "NonExistentTimeError",
    "ParseError",
    "Parsed",
    "PatternError",
    "Token",
    "UnknownTimezoneError",
    "WeekdayMismatchWarning",
    "format_datetime",
    "normalize",
    "parse",
    "parse_result",
    "to_ascii_digits",
    "to_bengali_digits",
    "to_iso",
    "tokenize",
]
