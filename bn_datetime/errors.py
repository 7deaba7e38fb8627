"""The exception and warning hierarchy.

Every rejection of a ``str`` input is a :class:`ParseError` or one of the other
``ValueError`` subclasses below, so ``except ValueError`` keeps working.

>>> from bn_datetime import parse, ParseError
>>> try:
...     parse("৩২ সেপ্টেম্বর ২০২৪")
... except ParseError as exc:
...     print(exc.pos, isinstance(exc, ValueError))
0 True
"""

from __future__ import annotations

import os
import sys
import warnings

__all__ = [
    "AmbiguousHourWarning",
    "AmbiguousTimeError",
    "BnDatetimeError",
    "BnDatetimeWarning",
    "CalendarMismatchWarning",
    "CalendarRangeError",
    "HijriApproximationWarning",
    "InvalidDateError",
    "NonExistentTimeError",
    "ParseError",
    "PatternError",
    "UnknownTimezoneError",
    "WeekdayMismatchWarning",
    "warn_at_caller",
]


class BnDatetimeError(Exception):
    """Base class of every error this package raises on purpose."""


class ParseError(BnDatetimeError, ValueError):
    """The text could not be read.

    Attributes:
        text: the input exactly as given.
        pos: offset into ``text`` where reading failed (0 for a whole-input problem).
        expected: what would have been accepted at ``pos``.
        reason: a short description of the problem.
    """

    def __init__(self, text: str, pos: int, expected: str = "", reason: str = "") -> None:
        self.text = text
        self.pos = pos
        self.expected = expected
        self.reason = reason
        shown = text if len(text) <= 80 else text[:77] + "..."
        parts = [f"cannot parse {shown!r}"]
        if reason:
            parts.append(reason)
        if expected:
            parts.append(f"expected {expected}")
        parts.append(f"at position {pos}")
        super().__init__(": ".join(parts[:-1]) + " " + parts[-1])


class InvalidDateError(ParseError):
    """The text names a date or time that does not exist (৩১ এপ্রিল, 25:00)."""


class NonExistentTimeError(ParseError):
    """A wall-clock time skipped by a daylight-saving change (Dhaka, 19 June 2009, 23:30)."""


class AmbiguousTimeError(ParseError):
    """A wall-clock time that happened twice (Dhaka, 31 December 2009, 23:30)."""


class PatternError(BnDatetimeError, ValueError):
    """A format/parse pattern is malformed; ``pos`` is the offset in the pattern."""

    def __init__(self, pattern: str, pos: int, reason: str) -> None:
        self.pattern = pattern
        self.pos = pos
        self.reason = reason
        super().__init__(f"bad pattern {pattern!r}: {reason} at position {pos}")


class CalendarRangeError(BnDatetimeError, ValueError):
    """A date outside the range a calendar covers (e.g. ``wb-drik`` before 1800)."""


class UnknownTimezoneError(BnDatetimeError, ValueError):
    """A time zone name that neither pytz nor the IANA database knows."""


class BnDatetimeWarning(UserWarning):
    """Base class of this package's warnings."""


class AmbiguousHourWarning(BnDatetimeWarning):
    """An hour with no day period and no AM/PM (``১০টা``); read as given (0–23)."""


class WeekdayMismatchWarning(BnDatetimeWarning):
    """The weekday printed in the text does not fall on the date; the date wins."""


class RelativeMismatchWarning(BnDatetimeWarning):
    """The text names a day relative to ``now`` (আজ, আগামীকাল, গত/আগামী) and prints a date
    that is not that day or is on the other side of ``now``; the printed date wins."""


class HijriApproximationWarning(BnDatetimeWarning):
    """A Hijri date computed by rule: Bangladesh's announced date may differ by a day."""


class CalendarMismatchWarning(BnDatetimeWarning):
    """Two calendars in one dateline disagree; the Gregorian date wins."""


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def warn_at_caller(message: str, category: type[Warning]) -> None:
    """``warnings.warn`` pointing at the first frame outside this package: the user's
    line that called ``parse`` (or ``search``, a pandas accessor …), however deep inside
    the package the warning was decided.
    """
    level = 2  # stacklevel 2 is the frame that called this function
    frame = sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    warnings.warn(message, category, stacklevel=level)
