"""The reading options (``tz``, ``now``, ``disambiguate``, ``strict``, ``calendar``,
``prefer``), checked once at the door into one :class:`Options`.

Every entry point (:func:`bn_datetime.parse`, :func:`bn_datetime.read`,
:func:`bn_datetime.search` …) keeps its own keyword arguments and defaults, and hands
them here; what comes back is checked, and the pipeline behind it checks nothing again.

>>> o = check_options(tz="Asia/Dhaka", calendar="gregorian", prefer="future")
>>> o.calendar, o.prefer, o.disambiguate
('bd', 'future', 'raise')
>>> check_options(prefer="later")
Traceback (most recent call last):
...
ValueError: prefer must be one of past, future, nearest or None, not 'later'
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Final, Literal, NamedTuple

from . import tz as _tz

__all__ = ["CALENDARS", "PREFERS", "Options", "Prefer", "check_options", "check_prefer"]

#: The ``calendar=`` names: the rules for Bangla-calendar dates (see docs/calendar.md).
CALENDARS: Final = ("bd", "bd-2019", "bd-1987", "wb", "wb-drik")
#: Also taken, as in :func:`bn_datetime.format_datetime`: the calendar a value is written
#: in; a Bangla-calendar date in the text is then read by the default rules ("bd").
OUTPUT_CALENDARS: Final = ("gregorian", "hijri")

#: Which way a bare weekday or a date without a year points (``prefer=``), as
#: dateparser's ``PREFER_DATES_FROM``: ``None`` is the default (a weekday: the latest up
#: to today; a date: the nearest).
Prefer = Literal["past", "future", "nearest"]
PREFERS: Final = ("past", "future", "nearest")


class Options(NamedTuple):
    """Checked reading options (see :func:`bn_datetime.parse` for each)."""

    zone: tzinfo
    now: datetime | None  # None: the clock, read when a text needs it
    disambiguate: _tz.Disambiguate = "raise"
    strict: bool = False
    calendar: str = "bd"
    prefer: Prefer | None = None
    warn: bool = True  # False: the documented warnings are not emitted (search) …
    #: … but, given a list, the mismatch warnings are added to it as ``(category, reason)``
    #: (search gives them to its matches): a per-call list, never the global filters
    notes: list[tuple[type[Warning], str]] | None = None


def check_prefer(prefer: object) -> None:
    """Refuse a ``prefer=`` that is not one of :data:`PREFERS` (or None)."""
    if prefer is not None and prefer not in PREFERS:
        msg = f"prefer must be one of {', '.join(PREFERS)} or None, not {prefer!r}"
        raise ValueError(msg)


def check_calendar(calendar: object) -> str:
    """The ``calendar=`` name the resolver uses, or a ``ValueError`` naming them all."""
    if calendar in OUTPUT_CALENDARS:  # format_datetime's names: Bangla dates by "bd"
        return "bd"
    if calendar not in CALENDARS:
        names = ", ".join((*OUTPUT_CALENDARS, *CALENDARS))
        msg = f"calendar must be one of {names}, not {calendar!r}"
        raise ValueError(msg)
    assert isinstance(calendar, str)
    return calendar


def check_options(
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
    warn: bool = True,
) -> Options:
    """Check every option once; the errors are those the entry points document.

    The options of the last call that named its zone are kept: a call with the very same
    arguments (the same objects: a batch of texts read with one ``now``) gets the same
    checked :class:`Options` at once.
    """
    last = _last
    if (
        last is not None
        and tz is last[0]
        and now is last[1]
        and disambiguate is last[2]
        and strict is last[3]
        and calendar is last[4]
        and prefer is last[5]
        and warn is last[6]
    ):
        return last[7]
    zone = _tz.get_tz(tz)
    if now is not None and not isinstance(now, datetime):
        msg = f"now must be a datetime, not {type(now).__name__}"
        raise TypeError(msg)
    if disambiguate not in _tz.DISAMBIGUATE:
        msg = f"disambiguate must be one of {', '.join(_tz.DISAMBIGUATE)}, not {disambiguate!r}"
        raise ValueError(msg)
    if prefer is not None:
        check_prefer(prefer)
    if calendar not in CALENDARS:  # gregorian, hijri or a wrong name
        calendar = check_calendar(calendar)
    # what Options(...) makes, without the generated __new__ in between (called per parse)
    checked = _new(Options, (zone, now, disambiguate, bool(strict), calendar, prefer, warn, None))
    if type(tz) is str and type(strict) is bool:  # arguments nothing can change
        _remember((tz, now, disambiguate, strict, calendar, prefer, warn, checked))
    return checked


_new: Final = tuple.__new__
_Last = tuple[object, object, object, object, object, object, object, Options]
#: The arguments of the last call with a zone name, and its options: one immutable entry,
#: replaced whole (a thread reads either the old entry or the new one; no container changes).
_last: _Last | None = None


def _remember(entry: _Last) -> None:
    global _last  # one immutable slot, rebound whole
    _last = entry
