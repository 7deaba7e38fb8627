"""The news form in one step: ``১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম`` and ``১৪ সেপ্টেম্বর ২০২৪``.

Scrapers feed this one form by the million, so :func:`bn_datetime.parse` and
:func:`bn_datetime.to_iso` first try a single regular expression for it: perhaps a
byline label (``প্রকাশ :``, ``সর্বশেষ আপডেট:``), day, a month name as the lexicon spells
it, a four-digit year, and optionally ``hh:mm[:ss]`` with an AM/PM word (the ``news``,
``news-24h`` and ``date`` styles, and the same with seconds); the month and AM/PM words
are matched as any word and looked up in the lexicon's spellings after the match. ``to_iso``
then writes the ISO text directly: the fields are checked as ``datetime`` would check them
(by tables of their valid texts) and the UTC offset comes from the zone's table of offsets
over ranges of wall time (:func:`bn_datetime.tz.wall_table`), one look-up per year when
the whole year has one offset; no ``datetime`` is made. A year before 1000 is left to the
full path. It reads the text as given, before normalisation:
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
# The month and the AM/PM word are read as any word here (faster than an alternation
# of every spelling) and looked up after the match: a word that is neither is not the form.
_FORM: Final = re.compile(
    f"(?:{_LABEL}(?: {_LABEL})*(?: ?:)? )?"
    f"({_D}{{1,2}}) ([^ ]+) ({_D}{{4}})"
    f"(?:,? ({_D}{{1,2}}):({_D}{{2}})(?::({_D}{{2}}))?(?: ([^ ]+))?)?"
)


def _fields(text: str) -> tuple[datetime, bool, bool] | None:
    """The naive value, whether there is a time and whether it has seconds; or None."""
    found = _FORM.fullmatch(text)
    if found is None:
        return None
    day, month_word, year, hour, minute, second, ampm = found.groups()
    month = _MONTHS.get(month_word)
    if month is None or (ampm is not None and ampm not in _AMPM):
        return None
    if hour is None:
        try:
            return datetime(int(year), month, int(day)), False, False
        except ValueError:
            return None
    h = int(hour)
    if ampm is not None:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + 12 * _AMPM[ampm]
    try:
        value = datetime(
            int(year), month, int(day), h, int(minute),
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
# The same look-ups, checked on the way: a day (1-31), a minute or second (its ISO
# text, 0-59) and an hour by the AM/PM word after it (none: 0-23; a.m. or p.m.: 1-12,
# as its 24-hour ISO text). A number out of range is not there.
_DAYS: Final = {text: n for text, n in _SMALL.items() if 1 <= n <= 31}
_SIXTY: Final = {text: _TWO[n] for text, n in _SMALL.items() if n <= 59}
_HOURS: Final[dict[str | None, dict[str, str]]] = {
    None: {text: _TWO[n] for text, n in _SMALL.items() if n <= 23},
    **{
        word: {text: _TWO[n % 12 + 12 * pm] for text, n in _SMALL.items() if 1 <= n <= 12}
        for word, pm in _AMPM.items()
    },
}
_NO_HOURS: Final[dict[str, str]] = {}  # after a word that is not an AM/PM word


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
    year, month, day = int(year_text), _MONTHS.get(month_word), _DAYS.get(day_text)
    # a year before 1000 (written padded, 0999) is left to the full path, as rare
    if day is None or month is None or year < 1000:
        return None
    if day > 28 and day > _MONTH_DAYS[month] and not (
        month == 2 and day == 29 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    ):
        return None
    if hour_text is None:
        return f"{year}-{_TWO[month]}-{_TWO[day]}"
    hour, minute = _HOURS.get(ampm, _NO_HOURS).get(hour_text), _SIXTY.get(minute_text)
    second = "00" if second_text is None else _SIXTY.get(second_text)
    if hour is None or minute is None or second is None or table is None:
        return None
    offset = table.years.get(year)  # most years have one offset (tz.WallTable.year_offset)
    if offset is None:
        offset = table.year_offset(year)
    if offset:
        return f"{year}-{_TWO[month]}-{_TWO[day]}T{hour}:{minute}:{second}{offset}"
    key = (year * 100 + month) * 100 + day
    i = bisect_right(table.starts, key) - 1
    if i >= 0 and key < table.ends[i]:
        return f"{year}-{_TWO[month]}-{_TWO[day]}T{hour}:{minute}:{second}{table.offsets[i]}"
    # a day with a clock change near it: the time may still be far enough from it
    naive = datetime(year, month, day, int(hour), int(minute), int(second))
    attached = _tz.unique_offset(naive, table.zone)
    if attached is None:
        return None  # localize() decides
    return f"{year}-{_TWO[month]}-{_TWO[day]}T{hour}:{minute}:{second}{attached[1]}"


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
