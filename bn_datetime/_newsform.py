"""The news form in one step: ``১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম`` and ``১৪ সেপ্টেম্বর ২০২৪``.

Scrapers feed this one form by the million, so :func:`bn_datetime.parse` and
:func:`bn_datetime.to_iso` first try a single regular expression for it: day, a month
name as the lexicon spells it, a four-digit year, and optionally ``hh:mm[:ss]`` with an
AM/PM word (the ``news``, ``news-24h`` and ``date`` styles, and the same with seconds). It reads the text as given, before normalisation:
a text it accepts is made of ASCII, Bengali digits and the lexicon's own (normalised)
words, so normalising would not change it. It is grammar rule "day month year, time" with
nothing around it, and gives exactly what the full pipeline gives (the tests compare the
two on every case table and on generated strings). Anything else returns ``None`` and
goes the full way, which also owns every error and warning: another form, a word the
lexicon only knows in another case, a date or time that does not exist, an hour that
cannot take AM/PM, a wall time near a clock change, a zone that is not a pytz zone.

>>> iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "Asia/Dhaka")
'2024-09-14T18:42:00+06:00'
>>> iso("২০ জুন ২০০৯, ১০:০০ এএম", "Asia/Dhaka")
'2009-06-20T10:00:00+07:00'
>>> iso("৩১ এপ্রিল ২০২৪", "Asia/Dhaka") is None  # the full path says why
True
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from typing import Final

from . import lexicon as lx
from . import tz as _tz
from ._lexer import DIGITS, alternation, spellings
from .components import Parsed

_MONTHS: Final = spellings(lx.MONTHS)
_AMPM: Final = spellings(lx.AMPM)  # 0 a.m., 1 p.m.
_D: Final = f"[{DIGITS}]"
_FORM: Final = re.compile(
    f"({_D}{{1,2}}) ({alternation(_MONTHS)}) ({_D}{{4}})"
    f"(?:,? ({_D}{{1,2}}):({_D}{{2}})(?::({_D}{{2}}))?(?: ({alternation(_AMPM)}))?)?"
)


def _fields(text: str) -> tuple[datetime, bool, bool] | None:
    """The naive value, whether there is a time and whether it has seconds; or None."""
    found = _FORM.fullmatch(text)
    if found is None:
        return None
    day, month, year, hour, minute, second, ampm = found.groups()
    if hour is None:
        try:
            return datetime(int(year), _MONTHS[month], int(day)), False, False
        except ValueError:
            return None
    h = int(hour)
    if ampm is not None:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + 12 * _AMPM[ampm]
    try:
        value = datetime(
            int(year), _MONTHS[month], int(day), h, int(minute),
            0 if second is None else int(second),
        )
    except ValueError:
        return None
    return value, True, second is not None


def iso(text: str, tz: str | tzinfo) -> str | None:
    """``to_iso`` of text in the news form, or ``None`` (see the module)."""
    found = _fields(text)
    if found is None:
        return None
    zone = _tz.get_tz(tz)  # checked even when a date alone needs no zone, as the full path does
    value, timed, _ = found
    if not timed:
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    attached = _tz.unique_offset(value, zone)
    if attached is None:
        return None
    return f"{value.isoformat()}{attached[1]}"


def parsed(text: str, tz: str | tzinfo) -> Parsed | None:
    """``parse_result`` of text in the news form, or ``None`` (see the module)."""
    found = _fields(text)
    if found is None:
        return None
    value, timed, seconds = found
    attached = _tz.unique_offset(value, _tz.get_tz(tz))
    if attached is None:
        return None
    aware = value.replace(tzinfo=attached[0])
    return Parsed(aware, ("second" if seconds else "minute") if timed else "day")
