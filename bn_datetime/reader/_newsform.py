"""The news form in one step: ``১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম`` and ``১৪ সেপ্টেম্বর ২০২৪``.

Scrapers feed this one form by the million, so :func:`bn_datetime.parse` and
:func:`bn_datetime.to_iso` first try a single regular expression for it: perhaps a
byline label (``প্রকাশ :``, ``সর্বশেষ আপডেট:``), day, a month name as the lexicon spells
it, a four-digit year, and optionally ``hh:mm[:ss]`` with an AM/PM word (the ``news``,
``news-24h`` and ``date`` styles, and the same with seconds). ``to_iso`` then writes the
ISO text directly: the fields are checked as ``datetime`` would check them and the UTC
offset comes from the zone's table of offsets over ranges of wall time
(:func:`bn_datetime.tz.wall_table`); no ``datetime`` is made. It reads the text as given, before normalisation:
a text it accepts is made of ASCII, Bengali digits and the lexicon's own (normalised)
words, so normalising would not change it. It is grammar rule "day month year, time" with
nothing around it but the label, and gives exactly what the full pipeline gives (the tests compare the
two on every case table and on generated strings). Anything else returns ``None`` and
goes the full way, which also owns every error and warning: another form, a word the
lexicon only knows in another case, a date or time that does not exist, an hour that
cannot take AM/PM, a wall time near a clock change, a zone that is not a pytz zone.

>>> iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "Asia/Dhaka")
'2024-09-14T18:42:00+06:00'
>>> iso("২০ জুন ২০০৯, ১০:০০ এএম", "Asia/Dhaka")
'2009-06-20T10:00:00+07:00'
>>> iso("প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "Asia/Kolkata")
'2024-09-14T18:42:00+05:30'
>>> iso("৩১ এপ্রিল ২০২৪", "Asia/Dhaka") is None  # the full path says why
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import datetime, tzinfo
from typing import Final

from bn_datetime import lexicon as lx
from bn_datetime import tz as _tz
from bn_datetime.text.normalize import normalize
from bn_datetime.values import TWO_DIGITS

from ._lexer import DIGITS, WORDS, alternation, spellings
from .components import Parsed

_MONTHS: Final = spellings(lx.MONTHS)
_AMPM: Final = spellings(lx.AMPM)  # 0 a.m., 1 p.m.
# Byline labels, as the tokenizer reads them (one L token each, a phrase included)
_LABELS: Final = {
    word: 0 for word in (normalize(label).lower() for label in lx.LABELS) if WORDS.get(word) == ("L", None)
}
_D: Final = f"[{DIGITS}]"
_LABEL: Final = f"(?:{alternation(_LABELS)})"
_FORM: Final = re.compile(
    f"(?:{_LABEL}(?: {_LABEL})*(?: ?:)? )?"
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


#: Days in each month of a common year; February of a leap year has 29.
_MONTH_DAYS: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# One- and two-digit numbers in either script (or both): their value, a look-up, not int().
_SCRIPTS: Final = ("0123456789", "০১২৩৪৫৬৭৮৯")
_SMALL: Final = {
    **{digits[n]: n for digits in _SCRIPTS for n in range(10)},
    **{a[n // 10] + b[n % 10]: n for a in _SCRIPTS for b in _SCRIPTS for n in range(100)},
}
_TWO: Final = TWO_DIGITS


# The tables of zone names already checked (the offsets written are those of the name;
# parsed() asks tz.wall_table, which attaches the very tzinfo objects localize() would).
_BY_NAME: Final[dict[str, _tz.WallTable]] = {}


def iso(text: str, tz: str | tzinfo) -> str | None:
    """``to_iso`` of text in the news form, or ``None`` (see the module).

    The fields are checked as ``datetime()`` checks them and the ISO text is written
    directly, with the offset of the zone's :class:`~bn_datetime.tz.WallTable`.
    """
    found = _FORM.fullmatch(text)
    if found is None:
        return None
    table = _BY_NAME.get(tz) if type(tz) is str else None
    if table is None:
        table = _tz.wall_table(tz)  # checked even when a date alone needs no zone, as the full path does
        if type(tz) is str and table is not None and len(_BY_NAME) < 256:
            _BY_NAME[tz] = table
    day_text, month_word, year_text, hour_text, minute_text, second_text, ampm = found.groups()
    year, month, day = int(year_text), _MONTHS[month_word], _SMALL[day_text]
    if day < 1 or year < 1:
        return None
    if day > 28 and day > _MONTH_DAYS[month] and not (
        month == 2 and day == 29 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    ):
        return None
    date = f"{year}-{_TWO[month]}-{_TWO[day]}" if year >= 1000 else f"{year:04d}-{_TWO[month]}-{_TWO[day]}"
    if hour_text is None:
        return date
    hour, minute = _SMALL[hour_text], _SMALL[minute_text]
    second = 0 if second_text is None else _SMALL[second_text]
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + 12 * _AMPM[ampm]
    elif hour > 23:
        return None
    if minute > 59 or second > 59 or table is None:
        return None
    key = (year * 100 + month) * 100 + day
    i = bisect_right(table.starts, key) - 1
    if i >= 0 and key < table.ends[i]:
        return f"{date}T{_TWO[hour]}:{_TWO[minute]}:{_TWO[second]}{table.offsets[i]}"
    # a day with a clock change near it: the time may still be far enough from it
    attached = _tz.unique_offset(datetime(year, month, day, hour, minute, second), table.zone)
    if attached is None:
        return None  # localize() decides
    return f"{date}T{_TWO[hour]}:{_TWO[minute]}:{_TWO[second]}{attached[1]}"


def parsed(text: str, tz: str | tzinfo) -> Parsed | None:
    """``parse_result`` of text in the news form, or ``None`` (see the module)."""
    found = _fields(text)
    if found is None:
        return None
    table = _tz.wall_table(tz)
    if table is None:
        return None
    value, timed, seconds = found
    key = _tz.wall_key(value.year, value.month, value.day)
    i = bisect_right(table.starts, key) - 1
    if i >= 0 and key < table.ends[i]:
        zone = table.infos[i]
    else:  # a day with a clock change near it
        attached = _tz.unique_offset(value, table.zone)
        if attached is None:
            return None
        zone = attached[0]
    aware = value.replace(tzinfo=zone)
    return Parsed(aware, ("second" if seconds else "minute") if timed else "day")
