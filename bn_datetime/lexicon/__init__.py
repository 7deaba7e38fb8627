"""The hand-edited word data of bn_datetime, in one package.

Every string here is NFC with no zero-width characters (``tests/test_lexicon.py``
checks that, and that no word means two things). The first spelling in each row is
canonical and is what the formatter writes; the rest are accepted variants.

* :mod:`._dates` — Gregorian months, weekdays, day periods, AM/PM words, labels, era
  and zone words, date ordinal suffixes, relative-day words.
* :mod:`._calendars` — Bangla (বঙ্গাব্দ) and Hijri month names, seasons, era words.
* :mod:`._spans` — range, enumeration, duration and recurrence words.
* :mod:`._numbers` — number words (cardinals, scales, fractions, ordinals, date
  ordinals, counters), read by :mod:`bn_datetime.numerals.numwords`; the clock fractions and
  date-ordinal suffixes in :mod:`._dates` are derived from its tables.
"""

from __future__ import annotations

from ._calendars import BANGLA_ERAS, BANGLA_MONTHS, HIJRI_ERAS, HIJRI_MONTHS, SEASONS
from ._dates import (
    AFTER_DAY_WORDS,
    AMPM,
    DATELINE_PLACES,
    DAY_PERIODS,
    DIRECTIONS,
    FILLERS,
    FRACTION_WORDS,
    GREGORIAN_ERAS,
    HOUR_FRACTION_WORDS,
    LABELS,
    MINUTE_WORDS,
    MONTHS,
    NOW_WORDS,
    OCLOCK_SUFFIXES,
    OCLOCK_WORDS,
    ORDINAL_SUFFIXES,
    RELATIVE_DAY_COUNTS,
    RELATIVE_DAYS,
    RELATIVE_MODIFIERS,
    SECOND_WORDS,
    UNITS,
    WEEKDAYS,
    YEAR_WORDS,
    ZONE_WORDS,
    DayPeriod,
)
from ._numbers import FRACTION_NUMBERS, FRACTION_QUANTITIES
from ._spans import (
    APPROX_UNITS,
    APPROX_WORDS,
    CLOSED_WORDS,
    CONJUNCTIONS,
    DAY_OFF_PHRASE,
    DURATION_MODIFIERS,
    END_WORDS,
    EVERY,
    EVERY_UNIT,
    EXCEPT,
    FISCAL_YEAR_WORDS,
    FIXED_DAYS,
    MIDNIGHT_WORDS,
    NAMED_DAY_WORDS,
    RANGE_FROM,
    RANGE_UNTIL,
    REPLACED_BY,
    REPORT_VERBS,
    SAME_DAY_WORDS,
    SCHEDULE_WORDS,
    SPAN_MARKERS,
    START_WORDS,
    WEEKDAY_ORDINALS,
    WEEKLY_OFF,
    WEEKLY_WORDS,
)

__all__ = [
    "AFTER_DAY_WORDS",
    "AMPM",
    "APPROX_UNITS",
    "APPROX_WORDS",
    "BANGLA_ERAS",
    "BANGLA_MONTHS",
    "CLOSED_WORDS",
    "CONJUNCTIONS",
    "DATELINE_PLACES",
    "DAY_OFF_PHRASE",
    "DAY_PERIODS",
    "DIRECTIONS",
    "DURATION_MODIFIERS",
    "END_WORDS",
    "EVERY",
    "EVERY_UNIT",
    "EXCEPT",
    "FILLERS",
    "FISCAL_YEAR_WORDS",
    "FIXED_DAYS",
    "FRACTION_NUMBERS",
    "FRACTION_QUANTITIES",
    "FRACTION_WORDS",
    "GREGORIAN_ERAS",
    "HIJRI_ERAS",
    "HIJRI_MONTHS",
    "HOUR_FRACTION_WORDS",
    "LABELS",
    "MIDNIGHT_WORDS",
    "MINUTE_WORDS",
    "MONTHS",
    "NAMED_DAY_WORDS",
    "NOW_WORDS",
    "OCLOCK_SUFFIXES",
    "OCLOCK_WORDS",
    "ORDINAL_SUFFIXES",
    "RANGE_FROM",
    "RANGE_UNTIL",
    "RELATIVE_DAYS",
    "RELATIVE_DAY_COUNTS",
    "RELATIVE_MODIFIERS",
    "REPLACED_BY",
    "REPORT_VERBS",
    "SAME_DAY_WORDS",
    "SCHEDULE_WORDS",
    "SEASONS",
    "SECOND_WORDS",
    "SPAN_MARKERS",
    "START_WORDS",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_ORDINALS",
    "WEEKLY_OFF",
    "WEEKLY_WORDS",
    "YEAR_WORDS",
    "ZONE_WORDS",
    "DayPeriod",
]
