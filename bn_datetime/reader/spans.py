"""The span grammar: intervals, durations and recurrences over the scanner's tokens.

A point (``১৪ সেপ্টেম্বর ২০২৪``) is read by the point grammar (:mod:`.grammar`). The
expressions here are built from points and a few more token kinds (see
:mod:`._lexer`: ``f`` থেকে, ``p`` পর্যন্ত, ``&`` ও, ``e`` প্রতি, ``O`` প্রথম, ``V`` বেশি,
``D`` ধরে, ``k`` ঘণ্টাখানেক, ``H`` সাপ্তাহিক ছুটি, ``C`` ছাড়া, ``Y`` অর্থবছর):

==============  ==================================================  ======================
kind            shape                                               example
==============  ==================================================  ======================
interval        POINT (থেকে|-|–) POINT পর্যন্ত?                      ১০-১২ সেপ্টেম্বর ২০২৪
interval        POINT থেকে (open end) · POINT পর্যন্ত (open start)      ২০১৭ সাল থেকে
interval        POINT ও POINT (consecutive days)                    ১৪ ও ১৫ সেপ্টেম্বর
interval        DAY / DAY MONTH (either day: both)                  ১৪/১৫ সেপ্টেম্বর
interval        MONTH DAY (থেকে|-|ও) DAY তারিখ                      অক্টোবরের ১ থেকে ৩ তারিখ
interval        POINT থেকে DAY তারিখ (the start's month)               আজ থেকে ২০ তারিখ পর্যন্ত
interval        POINT থেকে পরবর্তী DURATION                           রাত ৯টা থেকে পরবর্তী ১২ ঘণ্টা
interval        N (-|/|থেকে) N UNIT আগে|পরে (an estimate)            ২-৩ ঘণ্টা আগে
interval        YEAR-YEAR অর্থবছর (MONTH - MONTH)?                   ২০২৪-২৫ অর্থবছর
duration        MOD? (N UNIT)+ MOD? ধরে?                            ৩০ মাসেরও বেশি সময় ধরে
recurrence      প্রতি WEEKDAY (ও WEEKDAY)* TIME?                      প্রতি শুক্রবার
recurrence      প্রতিদিন | প্রতি (দিন|সপ্তাহ|মাস|বছর) …                    প্রতি মাসের প্রথম শুক্রবার
recurrence      WEEKDAY (ও WEEKDAY)* সাপ্তাহিক ছুটি                    শুক্র ও শনিবার সাপ্তাহিক ছুটি
recurrence      WEEKDAY থেকে WEEKDAY TIME থেকে TIME                   শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা
recurrence      WEEKDAY ছাড়া বাকি সব দিন                               রবিবার ছাড়া বাকি সব দিন
recurrence      প্রতি N UNIT (অন্তর|পরপর)? COUNT?                     প্রতি ২ সপ্তাহে
recurrence      N UNIT (অন্তর|পরপর) COUNT? · N UNIT-এ একবার           তিন মাস পর পর
recurrence      (প্রতি)? UNIT-এ (N বার | N দিন)                         মাসে দুইবার, সপ্তাহে তিন দিন
interval        MONTH ORDINAL সপ্তাহ                                 অক্টোবরের প্রথম সপ্তাহে
interval        YEAR-এর দশক · (গত|এই|আগামী) দশক                       ১৯৯০-এর দশকে
interval        PERIOD (প্রথম|শেষ) N (মাস|দিন)                       চলতি বছরের প্রথম ছয় মাসে
point (search)  POINT থেকে LENGTH আগে|পরে · POINT-এর LENGTH আগে|পরে     সোমবারের ২ দিন পর
==============  ==================================================  ======================

The ends of a range share what one of them leaves out: ``১০-১২ সেপ্টেম্বর ২০২৪`` gives
the 10th the month and year of the 12th; ``সকাল ৭টা থেকে ১০টা`` gives ১০টা the morning.
:func:`match_at` reads the longest such expression starting at a token; both
:func:`bn_datetime.read` (the whole text) and :func:`bn_datetime.search` (running text)
use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Final, NamedTuple

from dateutil.relativedelta import relativedelta

from bn_datetime import lexicon as lx
from bn_datetime import tz as _tz
from bn_datetime.errors import InvalidDateError, ParseError
from bn_datetime.options import Options
from bn_datetime.text.digits import to_ascii_digits
from bn_datetime.values import (
    Duration,
    DurationMod,
    Interval,
    Parsed,
    Recurrence,
    Value,
    weekday_code,
)

from ._lexer import EMPHATIC, Tokens
from .components import days_in_month, resolve, two_digit_year
from .fields import DATE_ROLES, Fields
from .grammar import YEAR_MARK, roles

__all__ = ["Context", "Tokens", "day_list", "duration_of", "match_at", "year_in_words"]

#: The longest side of a range, in tokens.
_SIDE: Final = 16
_NUMBERS: Final = frozenset("dqyNv")
_COUNTS: Final = frozenset("dqNv")  # numbers that are no year (২০১৭ থেকে ৩ বছর is a year and a length)
_TIME_KEYS: Final = frozenset(("hour", "clockword"))
_DAY_MARKS: Final = frozenset(("period", "ampm"))
_UNIT_OF_KIND: Final = {"m": "minute", "s": "second"}
_NIGHT: Final = next(k for k, period in enumerate(lx.DAY_PERIODS) if period.name == "রাত")
_MIDNIGHT: Final = frozenset(lx.MIDNIGHT_WORDS)
# A length: an optional modifier, (number unit)+, modifiers and a span marker after.
_DURATION: Final = re.compile(
    "g?[xV]?(?:F?[dqyNvl][msub]|[msub]l|[dqyNv]\\.d[su]|k|c)(?:[,&x]*(?:F?[dqyNv][msub]|[dqyNv]\\.d[su]|c))*(?:V?D?V?)"
)
_ESTIMATE: Final = re.compile("[xV]?([dqyNv])[-/f]([dqyNv])([msu])(a)")
_FISCAL: Final = re.compile("g?(y)[-/]([dy])S?Y|g(Y)")


class Context(NamedTuple):
    """One reading: the text, its options (checked once by the caller, ``now`` aware)."""

    text: str
    opts: Options
    position: Callable[[int], int]  # a normalised offset → the offset in ``text``

    @property
    def zone(self) -> tzinfo:
        return self.opts.zone

    @property
    def now(self) -> datetime:
        assert self.opts.now is not None
        return self.opts.now


class _Side(NamedTuple):
    fields: Fields
    first: int  # token indexes
    stop: int
    bare: tuple[int, int] | None = None  # a bare number and its digit count (১০-১২ সেপ্টেম্বর)
    day_only: bool = False  # the bare number has a date ordinal (১লা-৩রা অক্টোবর): a day, never an hour


def match_at(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """The longest span expression starting at token ``i`` (before ``stop``), or None.

    Raises :class:`ParseError` for an expression of a span's shape that cannot be
    (an end before its start, a day that never exists).
    """
    best: tuple[int, Value] | None = None
    for reader in (_recurrence, _duration_or_estimate, _fiscal, _range, _week_of_month, _counted_from, _decade, _first_of):
        try:
            found = reader(tok, i, stop, ctx)
        except ParseError:
            raise
        except (OverflowError, ValueError):  # a day moved past year 9999 (or before 1):
            continue  # no span of this shape; the point it may be is read as a point
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    if best is not None:
        _refuse_contradiction(tok, i, best, ctx)
    return best


def _refuse_contradiction(tok: Tokens, i: int, best: tuple[int, Value], ctx: Context) -> None:
    """A span whose parts deny each other is refused here, for every reader of spans: a
    length whose bounds contradict (``৩০ মাসেরও বেশি কম``), a range of days whose year-less
    end would have to move a year to fit (``২০ অক্টোবর থেকে ৫ সেপ্টেম্বর ২০২৪``)."""
    stop, value = best
    if isinstance(value, Duration):
        denied = contradicting_bound(tok, i, stop)
        if denied is not None:
            raise _fail(tok, denied, ctx, _DENIED)
    elif isinstance(value, Interval):
        moved = moved_year(tok, i, stop, value)
        if moved is not None:
            raise _fail(tok, moved, ctx, _MOVED)


_MOVED: Final = "the end is before the start: a year-less end of the range would have to move a year to fit"
_RANGE_CONNECTORS: Final = frozenset("f-")
_YEAR_KINDS: Final = frozenset("yqg")


def moved_year(tokens: Tokens, first: int, stop: int, value: Interval) -> int | None:
    """The connector of a range of days whose year-less end was moved a year to lie on the
    right side of the other end, when in the other end's year it lies nearer on the wrong
    side (``২০ অক্টোবর থেকে ৫ সেপ্টেম্বর ২০২৪``: 20 October is 45 days after 5 September
    2024, 321 days before it in 2023: the range is reversed, not eleven months long), or None.

    ``২৮ ডিসেম্বর থেকে ৩ জানুয়ারি ২০২৫`` crosses a new year (28 December 2025 would be a
    year after the end; 2024 is six days before it) and stands.
    """
    start, end = value.start, value.end
    if start is None or end is None or start.precision != "day" or end.precision != "day":
        return None
    if start.calendar != "gregorian" or start.value.year == end.value.year:
        return None
    kinds = tokens.kinds
    connector = next((k for k in range(first, stop) if kinds[k] in _RANGE_CONNECTORS), None)
    if connector is None:
        return None
    if kinds.count("M", first, stop) != 2:  # two dates with their months named (not ২০২৪-২৫ অর্থবছর)
        return None
    left = any(kinds[k] in _YEAR_KINDS for k in range(first, connector))
    right = any(kinds[k] in _YEAR_KINDS for k in range(connector + 1, stop))
    since, until = start.value.date(), end.value.date()
    try:
        if right and not left:  # the start took the end's year, then the one before
            other = since.replace(year=until.year)
            return connector if until < other and other - until < until - since else None
        if left and not right:  # the end took the start's year, then the one after
            other = until.replace(year=since.year)
            return connector if other < since and since - other < until - since else None
    except ValueError:  # 29 February
        return None
    return None


_DENIED: Final = "the length's words contradict each other (both বেশি and কম after …ও)"
_BOUNDS: Final = frozenset(("more_than", "less_than"))


def contradicting_bound(tokens: Tokens, first: int, stop: int) -> int | None:
    """The token of a length's bound that its other words deny, or None.

    বেশি and কম as two words after a unit with the emphatic ও (``৩০ মাসেরও বেশি কম``)
    say two things of one length: the ও has taken a side. কম বেশি / কমবেশি, one phrase,
    is "more or less", and বেশি কম without the ও stays so. প্রায় with a bound
    (``প্রায় ৩ ঘণ্টারও বেশি``, "more than about three hours") is everyday news
    Bengali, not a contradiction: the bound is read (``more_than``).

    >>> from bn_datetime.reader._lexer import scan
    >>> [contradicting_bound(t, 0, len(t.kinds)) for t in map(scan, (
    ...     "প্রায় ৩ ঘণ্টারও বেশি", "৩০ মাসেরও বেশি কম", "২০ মাস বেশি কম", "৪ ঘণ্টার কম বেশি", "প্রায় এক ঘণ্টা"))]
    [None, 3, None, None, None]
    """
    kinds, values = tokens.kinds, tokens.values
    bound: str | None = None
    emphatic = False
    for k in range(first, stop):
        kind, value = kinds[k], values[k]
        if kind in "msukb":
            emphatic = tokens.text(k).endswith(EMPHATIC)
        elif kind == "V" and value in _BOUNDS:
            if bound is not None and bound != value and emphatic:
                return k
            bound = value
    return None


# ---- points inside spans ---------------------------------------------------------------


def _fields(tok: Tokens, first: int, stop: int) -> Fields | None:
    """The point grammar's reading of tokens ``first:stop``, or None."""
    found = roles(tok.kinds[first:stop])
    if found is None or year_in_words(tok, found, first):
        return None
    return Fields.from_roles(tok, found, first)


_YEAR_ROLES: Final = ("year", "byear", "hyear")


def year_in_words(tok: Tokens, found: Mapping[str, int], first: int = 0) -> bool:
    """Whether a reading takes a number word for its year (``১৫ সেপ্টেম্বর তিন দিন``: year 3).

    Nobody prints a year in words after a month; the number is the count of what follows
    (তিন দিন), and the date ends before it. A year is written in digits.

    >>> from bn_datetime.reader._lexer import scan
    >>> tok = scan("১৫ সেপ্টেম্বর তিন")
    >>> year_in_words(tok, {"day": 0, "month": 1, "year": 2}), year_in_words(scan("১৫ সেপ্টেম্বর ২০"), {"year": 2})
    (True, False)
    >>> year_in_words(scan("একাত্তর সালের ২৫ মার্চ"), {"year": 0, "day": 2, "month": 3})
    False
    """
    kinds = tok.kinds
    for role in _YEAR_ROLES:
        at = found.get(role)
        if at is not None and not tok.in_digits(first + at):
            after = first + at + 1
            # … but before its month, with সাল or এর, it is a year: একাত্তর সালের ২৫ মার্চ
            return not (after < len(kinds) and kinds[after] in _YEAR_MARKS)
    return False


#: What follows a year said before its month (সালের, এর).
_YEAR_MARKS: Final = "Sx"


def _side(tok: Tokens, first: int, stop: int) -> _Side | None:
    """A side of a range: a point, or a bare number the other side completes."""
    if stop - first == 1 and tok.kinds[first] in "dy":
        return _Side(Fields(), first, stop, (tok.values[first], tok.ends[first] - tok.starts[first]))
    if _DAY_ALONE.fullmatch(tok.kinds, first, stop) and (tok.kinds[stop - 1] != "L" or _a_date_noun(tok.text(stop - 1))):
        # ১লা (-৩রা অক্টোবর), (১০ অক্টোবর থেকে) ১২ তারিখ: a day the other side completes
        return _Side(Fields(), first, stop, (tok.values[first], tok.ends[first] - tok.starts[first]), day_only=True)
    if stop - first >= 2 and tok.kinds[stop - 2 : stop] == "Pd":
        # (শনিবার) সকাল ৮-৯টায়: a period and a bare hour the end completes (8 to 9 a.m.)
        day = Fields() if stop - 2 == first else _fields(tok, first, stop - 2)
        if day is None or _has_time(day) or day.has(("dayperiod", "now", "offset")):
            return None
        day.period = tok.values[stop - 2]
        at = stop - 1
        return _Side(day, first, stop, (tok.values[at], tok.ends[at] - tok.starts[at]))
    fields = _fields(tok, first, stop)
    if fields is None:
        fields = _night_after(tok, first, stop)
    elif fields.dayperiod == _NIGHT and _has_date(fields) and tok.text(stop - 1) in _MIDNIGHT:
        # ১৪ জুলাই মধ্যরাত থেকে: an end at midnight is the midnight that ends the day
        fields.dayperiod = None
        fields.period, fields.hour, fields.oclock = _NIGHT, 12, "t"
    if fields is None or fields.now is not None or fields.offset is not None:
        return None
    return _Side(fields, first, stop)


#: A day number with its ordinal or তারিখ (a label kind) and nothing more: ১লা, ১২ তারিখ, ৩রা তারিখে.
_DAY_ALONE: Final = re.compile("do|do?L")


def _night_after(tok: Tokens, first: int, stop: int) -> Fields | None:
    """DAY দিবাগত রাত or DAY মধ্যরাত with no clock (২১ মার্চ দিবাগত রাত থেকে, গত মঙ্গলবার
    মধ্যরাত থেকে): at an end of a range, the midnight the night after the day begins with,
    as দিবাগত রাত ১২টা; else None."""
    if stop - first < 2 or tok.kinds[stop - 1] != "P" or tok.values[stop - 1] != _NIGHT:
        return None
    if tok.kinds[stop - 2] == "z" and stop - first >= 3:
        fields = _fields(tok, first, stop - 2)
    elif tok.text(stop - 1) in _MIDNIGHT:
        fields = _fields(tok, first, stop - 1)
    else:
        return None
    if fields is None or not _has_date(fields) or _has_time(fields) or fields.has(("dayperiod", "offset", "now")):
        return None
    fields.afterday, fields.period, fields.hour, fields.oclock = "z", _NIGHT, 12, "t"
    return fields


def _resolve(fields: Fields, tok: Tokens, first: int, ctx: Context) -> Parsed:
    at = ctx.position(tok.starts[first]) if first < len(tok.starts) else len(ctx.text)

    def where(role: str) -> int:
        return at

    return resolve(fields, ctx.text, where, ctx.opts)


def _fail(tok: Tokens, index: int, ctx: Context, reason: str, cls: type[ParseError] = ParseError) -> ParseError:
    at = ctx.position(tok.starts[index]) if index < len(tok.starts) else len(ctx.text)
    return cls(ctx.text, at, reason=reason)


def _has_date(fields: Fields) -> bool:
    return fields.has(DATE_ROLES)


def _has_time(fields: Fields) -> bool:
    return fields.has(_TIME_KEYS)


# ---- ranges -----------------------------------------------------------------------------

#: A year said before its days: ২০২৩ সালের, ২০২৩-এর.
_YEAR_PREFIX: Final = re.compile("y" + YEAR_MARK)
#: Days of a named month and what joins them, with no year, weekday, word or time of their own.
DAYS_ONLY: Final = frozenset("dMoL&-/,fp")


def in_year(result: object, year: int, zone: tzinfo) -> Parsed | Interval | None:
    """A day, or an interval of days, moved to ``year`` (an interval's end keeps its distance
    in years from the start); None for anything else, or a day the year does not have.

    >>> from datetime import datetime
    >>> day = Parsed(datetime(2024, 8, 5), "day")
    >>> in_year(day, 2023, _tz.get_tz("Asia/Dhaka")).isoformat()
    '2023-08-05'
    >>> in_year(Parsed(datetime(2024, 2, 29), "day"), 2023, _tz.get_tz("Asia/Dhaka")) is None
    True
    """
    if isinstance(result, Parsed):
        days: list[Parsed | None] = [result]
    elif isinstance(result, Interval):
        days = [result.start, result.end]
    else:
        return None
    first = days[0]
    if first is None or any(p is None or p.precision != "day" for p in days):
        return None
    moved: list[Parsed] = []
    for p in days:
        assert p is not None
        try:
            day = datetime(year + p.value.year - first.value.year, p.value.month, p.value.day)
        except ValueError:
            return None
        moved.append(Parsed(_tz.localize(day, zone, "compatible"), "day", p.calendar))
    return moved[0] if isinstance(result, Parsed) else Interval(moved[0], moved[1])

_CONNECTORS: Final = frozenset("f-&")
# ১৪/১৫ সেপ্টেম্বর: two day numbers joined by a slash before a month name are "the 14th or
# the 15th" (news that does not know which), read as the interval of both days; a numeric
# date (১৪/০৯/২০২৪) has a number, not a month name, after its second slash-joined number.
_ALTERNATIVE_DAYS: Final = re.compile("do?/do?M")


def _range(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """POINT connector POINT (পর্যন্ত)?, open ends, a start with a length, two days; a year
    said first is the year of days that say none (২০২৩ সালের ৫ ও ৬ আগস্ট)."""
    kinds = tok.kinds
    prefix = _YEAR_PREFIX.match(kinds, i, stop)
    if prefix is not None:
        days = _range(tok, prefix.end(), stop, ctx)
        if days is not None and DAYS_ONLY.issuperset(kinds[prefix.end() : days[0]]):
            moved = in_year(days[1], tok.values[i], ctx.zone)
            if moved is not None:
                return days[0], moved
    days = _month_first_days(tok, i, stop, ctx)
    if days is not None:
        return days
    limit = min(stop, i + 2 * _SIDE + 2)
    best: tuple[int, Value] | None = None
    for j in range(i + 1, limit):
        connector = kinds[j]
        if connector == "/":
            if j != i + 1 + (kinds[i + 1] == "o") or not _ALTERNATIVE_DAYS.match(kinds, i, stop):
                continue
            low, high = tok.values[i], tok.values[j + 1]
            if not low < high:
                raise _fail(tok, j + 1, ctx, f"the second of two days {low}/{high} is not after the first")
        elif connector not in _CONNECTORS and connector != "p":
            continue
        left = _side(tok, i, j)
        if left is None:
            continue
        if connector == "p":  # ৫ আগস্ট পর্যন্ত: an open start
            if left.bare is not None:
                continue
            found: tuple[int, Value] = (j + 1, Interval(None, _resolve(left.fields, tok, i, ctx)))
        else:
            found_or_none = _after_connector(tok, left, j, stop, ctx)
            if found_or_none is None:
                continue
            found = found_or_none
        if best is None or found[0] > best[0]:
            best = found
    return None if best is None else (_restated_weekdays(tok, best, stop, ctx), best[1])


def _restated_weekdays(tok: Tokens, found: tuple[int, Value], stop: int, ctx: Context) -> int:
    """Where a range of days ends when its weekdays follow it (``২০-২২ অক্টোবর ২০২৪
    (রবি-মঙ্গলবার)``): past them when they are its ends' weekdays (never a weekday of its
    own after it, counted from now); refused when they are not."""
    end, value = found
    kinds = tok.kinds
    if not isinstance(value, Interval) or end + 2 >= stop or kinds[end] != "W" or kinds[end + 1] not in "-f" or kinds[end + 2] != "W":
        return end
    start, finish = value.start, value.end
    if start is None or finish is None or start.precision != "day" or finish.precision != "day":
        return end
    if (tok.values[end], tok.values[end + 2]) != (start.value.weekday(), finish.value.weekday()):
        raise _fail(tok, end, ctx, "the weekdays named after the range are not its ends' weekdays")
    return end + 3


#: A month named first (or গত/আগামী/চলতি), then two days and তারিখ: জানুয়ারির ৫-৭ তারিখে,
#: অক্টোবর মাসের ১০ থেকে ১২ তারিখ, গত ১০ থেকে ১২ তারিখ.
_MONTH_FIRST_DAYS: Final = re.compile("([Mg])(u?)(d)o?([-f&])(d)o?L")


def _month_first_days(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """(MONTH | গত/আগামী/চলতি) (মাসের)? DAY (থেকে|-|ও) DAY তারিখ (পর্যন্ত)?: the month said
    first is both days' (``অক্টোবরের ১ থেকে ৩ তারিখ`` is 1–3 October; ``গত ১০ থেকে ১২ তারিখ``
    the last 10th to the 12th of its month), as তারিখ says they are days."""
    m = _MONTH_FIRST_DAYS.match(tok.kinds, i, stop)
    if m is None or not _a_date_noun(tok.text(m.end() - 1)):
        return None
    if m.group(2) and tok.values[i + 1] != "month":
        return None  # অক্টোবর মাসের, চলতি মাসের: the unit is the month's own word
    first, second = m.start(3), m.start(5)
    if m.group(1) == "M":
        left = _Side(Fields(), first, m.start(4), (tok.values[first], tok.ends[first] - tok.starts[first]), day_only=True)
        right = _Side(Fields(day=tok.values[second], month=tok.values[i]), second, m.end())
    else:
        unit = "month" if m.group(2) else None
        left = _Side(Fields(relmod=tok.values[i], unit=unit, day=tok.values[first]), i, m.start(4))
        right = _Side(Fields(), second, m.end(), (tok.values[second], tok.ends[second] - tok.starts[second]), day_only=True)
    value = _pair(tok, left, right, tok.kinds[m.start(4)], ctx)
    return None if value is None else (_end_after(m.end(), stop, tok.kinds), value)


#: Days listed before the day that names their month (a year said first is theirs): ৫ ও ৭
#: সেপ্টেম্বর, ৫, ৭ ও ৯ সেপ্টেম্বর, ২০২৩ সালের ৫ ও ৭ আগস্ট; after a month said first, with তারিখ:
#: জানুয়ারির ৫ ও ৭ তারিখে.
_DAYS_BEFORE: Final = re.compile(f"(?:(y){YEAR_MARK})?(?:do?[,&]){{1,8}}(d)o?M")
_DAYS_AFTER: Final = re.compile("Mu?(?:do?[,&]){1,8}do?(L)")
_LISTED_DAY: Final = re.compile("do?")


def day_list(
    tok: Tokens, i: int, stop: int, ctx: Context
) -> tuple[list[tuple[int, int, Parsed]], int, int | None] | None:
    """Days in a list that share one month (``৫ ও ৭ সেপ্টেম্বর``, ``জানুয়ারির ৫ ও ৭
    তারিখে``): each day as ``(first token, stop token, day)``, in order, the token after
    the list and the year the text says (None: the days have none); or None.

    Days next to each other are one interval (:func:`match_at`); a list of others is no
    span, but each of its days is a date, not only the one printed with the month. The
    days take the month, year and time of the day that names the month
    (``৫ ও ৭ সেপ্টেম্বর ২০২৩ সকাল ১০টায়``); a weekday printed there is its day's alone.
    The last day is resolved last (a mismatch the resolver notes is its own). Raises
    :class:`~bn_datetime.errors.InvalidDateError` for a day the month does not have.
    """
    kinds = tok.kinds
    before = _DAYS_BEFORE.match(kinds, i, stop)
    if before is not None:
        last = before.start(2)
        point: tuple[int, Fields] | None = None
        for j in range(min(stop, last + _SIDE), last + 1, -1):
            found = roles(kinds[last:j])
            if found is not None and found.get("day") == 0 and "month" in found and not year_in_words(tok, found, last):
                point = j, Fields.from_roles(tok, found, last)
                break
        if point is None:
            return None
        resume, named = point
        if named.has(("relday", "relmod", "offset", "now", "nth")):
            return None
        if before.group(1) is not None and named.year is None:
            named.year = tok.values[i]
        shared = named.copy()
        shared.weekday = None
        days = [m.span() for m in _LISTED_DAY.finditer(kinds, i if before.group(1) is None else before.end(1), last)]
        days.append((last, resume))
    else:
        after = _DAYS_AFTER.match(kinds, i, stop)
        if after is None or not _a_date_noun(tok.text(after.start(1))):
            return None
        if kinds[i + 1] == "u" and tok.values[i + 1] != "month":
            return None
        shared = Fields(month=tok.values[i])
        days = [m.span() for m in _LISTED_DAY.finditer(kinds, i + 1, after.start(1))]
        resume = after.end()
        days[-1] = (days[-1][0], resume)  # তারিখে is the last day's
        named = shared
    listed: list[tuple[int, int, Parsed]] = []
    for k, (first, end) in enumerate(days):
        day = (named if k == len(days) - 1 else shared).copy()
        day.day = tok.values[first]
        listed.append((i if k == 0 else first, end, _resolve(day, tok, first, ctx)))  # ২০২৩ সালের ৫: with its year
    return listed, resume, named.year


def _a_date_noun(word: str) -> bool:
    """তারিখ, তারিখে, তারিখের …: a word that says the number before it is a day."""
    return word.startswith(lx.DATE_NOUNS)


def _after_connector(tok: Tokens, left: _Side, j: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    kinds = tok.kinds
    connector = kinds[j]
    start_next = j + 1
    # a start with a length: রাত ৯টা থেকে পরবর্তী ১২ ঘণ্টা
    if connector == "f":
        length = _duration_at(tok, start_next, stop, ctx)
        if length is not None and left.bare is None:
            end_index, duration = length
            after = kinds[end_index] if end_index < stop else ""
            if kinds[start_next] == "g" or after == "p" or _plain_length(duration, after):
                first = _resolve(left.fields, tok, left.first, ctx)
                if kinds[start_next] == "g" or after == "p" or _fits(first, duration):
                    return _end_after(end_index, stop, kinds), _with_length(first, duration, tok, j, ctx)
            elif after == "a" and kinds[start_next] != "g" and duration.mod is None:
                # ১৫ সেপ্টেম্বর থেকে ৫ দিন পর: five days after the 15th, not after now
                first = _resolve(left.fields, tok, left.first, ctx)
                return end_index + 1, _moved(first, duration, tok.values[end_index], tok, end_index, ctx)
    refused: InvalidDateError | None = None
    day_after = False  # a day with তারিখ after থেকে: its end, whether or not it pairs
    for end in range(min(stop, start_next + _SIDE), start_next, -1):
        if kinds[end - 1] == "W" and end + 1 < stop and kinds[end] in "-f" and kinds[end + 1] == "W":
            continue  # ২০-২২ অক্টোবর (রবি-মঙ্গলবার): the weekdays of both ends, not the end's alone
        right = _side(tok, start_next, end)
        if right is None:
            continue
        day_after = day_after or (right.day_only and kinds[end - 1] == "L")
        try:
            value = _pair(tok, left, right, connector, ctx)
        except InvalidDateError as exc:  # ১২ আগস্ট ৬ (দিনের): a shorter end may be the one meant
            refused = refused or exc
            continue
        if value is None:
            continue
        if right.bare is not None and not right.day_only and end < stop and kinds[end] == "S":
            end += 1  # ২০২৩-২৪ সালে: the years' সাল
        return _end_after(end, stop, kinds), value
    if refused is not None:
        raise refused
    if connector == "f" and left.bare is None and not day_after:  # ২০১৭ সাল থেকে: an open end
        return start_next, Interval(_resolve(left.fields, tok, left.first, ctx), None)
    return None


def _counted_from(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """POINT in the genitive, a length, আগে/পরে: the point moved by the length
    (``সোমবারের ২ দিন পর`` is Wednesday, ``২১ ফেব্রুয়ারির দুই দিন আগে`` the 19th), never a day
    counted from now."""
    kinds = tok.kinds
    for j in range(min(stop - 3, i + _SIDE), i, -1):
        if kinds[j] not in _NUMBERS and kinds[j] not in "kc":
            continue
        if not (tok.text(j - 1).endswith(_DATE_GENITIVE) or (kinds[j - 1] == "x" and tok.text(j - 1) == "এর")):
            continue
        point_end = j - 1 if kinds[j - 1] == "x" else j
        if kinds[j - 1] == "x" and point_end - 1 > i and kinds[point_end - 1] == "-":
            point_end -= 1  # ১৫ সেপ্টেম্বর-এর
        side = _side(tok, i, point_end)
        if side is None or side.bare is not None:
            continue
        length = _duration_at(tok, j, stop, ctx)
        if length is None:
            continue
        end, duration = length
        if end >= stop or kinds[end] != "a" or duration.mod is not None:
            continue
        first = _resolve(side.fields, tok, i, ctx)
        return end + 1, _moved(first, duration, tok.values[end], tok, end, ctx)
    return None


#: A date's genitive ending (সোমবারের, ২১ ফেব্রুয়ারির): a genitive's, but ার, which a
#: weekday's own name ends in (সোমবার).
_DATE_GENITIVE: Final = tuple(sign for sign in lx.EVENT_GENITIVE_SIGNS if sign != "ার")


def _moved(first: Parsed, duration: Duration, sign: int, tok: Tokens, at: int, ctx: Context) -> Parsed:
    """A point moved by a length (``… থেকে ৫ দিন পর``), at the point's precision; refused
    when the length counts in units finer than the point (hours from a day, days from a
    month: which hour, which day of it?)."""
    finest = max((_RANK[unit] for unit in _UNIT_RANKS if getattr(duration, unit)), default=0)
    if finest > _RANK[first.precision]:
        raise _fail(tok, at, ctx, "a length finer than the point it counts from: where in it it starts is not said")
    try:
        moved = first.value.replace(tzinfo=None) + sign * duration.to_relativedelta()
    except (OverflowError, ValueError):
        raise _fail(tok, at, ctx, "the length leaves the representable range", InvalidDateError) from None
    return Parsed(_tz.localize(moved, ctx.zone, "compatible"), first.precision, first.calendar)


#: Precisions and length units, coarse to fine (a clock time counts as minutes).
_RANK: Final = {
    "years": 1, "year": 1, "months": 2, "month": 2, "weeks": 3, "week": 3, "days": 4, "day": 4,
    "hours": 5, "hour": 5, "minutes": 6, "minute": 6, "time": 6, "seconds": 7, "second": 7,
}
_UNIT_RANKS: Final = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")


def _plain_length(duration: Duration, after: str) -> bool:
    """A length right after থেকে with nothing that makes it another thing: no আগে/পরে (an
    offset from the start: ১৫ সেপ্টেম্বর থেকে ৫ দিন পর), no bound but মধ্যে (৫ দিনের বেশি
    says more than the interval would)."""
    return after != "a" and duration.mod in (None, "at_most")


def _fits(first: Parsed, duration: Duration) -> bool:
    """Whether a length counts in units no finer than its start's precision (a day and
    days, not a day and hours: রবিবার থেকে ২ ঘণ্টা করে is two hours on each day)."""
    if first.precision in ("year", "month", "week", "day"):
        return not (duration.hours or duration.minutes or duration.seconds)
    return True


def _end_after(end: int, stop: int, kinds: str) -> int:
    """Past a closing পর্যন্ত."""
    return end + 1 if end < stop and kinds[end] == "p" else end


#: The step of a calendar precision: an inclusive end lies one step before start + length.
_PRECISION_STEP: Final = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
}


def _with_length(first: Parsed, duration: Duration, tok: Tokens, at: int, ctx: Context) -> Interval:
    """A start and a length. Ends are inclusive: ``১৪ মে থেকে ৭ দিন`` is the 14th to the
    20th (seven days), ``রাত ৯টা থেকে পরবর্তী ১২ ঘণ্টা`` 21:00 to 09:00."""
    step = _PRECISION_STEP.get(first.precision)
    try:
        moved = first.value.replace(tzinfo=None) + duration.to_relativedelta()
        if step is not None:
            moved -= step
    except (OverflowError, ValueError):
        raise _fail(tok, at, ctx, "the length leaves the representable range", InvalidDateError) from None
    precision = first.precision
    if precision == "time":
        precision = "minute"
        first = Parsed(first.value, "minute", first.calendar)
    end = _tz.localize(moved, ctx.zone, "compatible")
    return Interval(first, Parsed(end, precision, first.calendar))


def _pair(tok: Tokens, left: _Side, right: _Side, connector: str, ctx: Context) -> Value | None:
    """Two sides of a range (or of ``ও``) completed from each other and checked."""
    lf, rf = left.fields.copy(), right.fields.copy()
    if connector == "-" and left.bare is None and _has_date(lf) and not _has_time(lf) and _has_time(rf) and not _has_date(rf):
        return None  # ১৪/০৯/২০২৪ - ১৬:৪৫: a date and its time, printed with a dash between
    weekdays_only = lf.present() == {"weekday"} and rf.present() == {"weekday"}
    if connector == "&" and not (left.bare is not None or weekdays_only):
        return None  # only ১৪ ও ১৫ সেপ্টেম্বর and শুক্রবার ও শনিবার are one span
    if right.day_only:
        return _days_of_a_month(tok, left, right, ctx)
    if right.bare is not None:
        if left.bare is None or left.stop - left.first != 1:
            return None
        return _years(tok, left, right, ctx)
    if left.bare is not None:
        number, digits = left.bare
        if lf.period is not None and (_has_date(rf) or rf.hour is None or rf.hour > 24):
            return None  # সকাল ১০-৩০টায় is a clock time (10:30), not a range
        if rf.day is not None and (rf.month is not None or rf.nmonth is not None) and digits <= 2:
            lf.day = number
            lf.take(rf, ("month", "nmonth", "year", "yeardigits"))
        elif _has_time(rf) and not _has_date(rf) and digits <= 2 and rf.hour is not None and not left.day_only:
            lf.hour, lf.oclock = number, "t"
            lf.take(rf, ("ampm", "period"))
        else:
            return None
    borrowed_year = False
    if lf.year is None and lf.month is not None and rf.year is not None and lf.relmod is None:
        lf.take(rf, ("year", "yeardigits"))
        borrowed_year = True
    end_borrowed_year = False
    if rf.year is None and rf.month is not None and lf.year is not None and not rf.has(("relmod", "relday")):
        rf.take(lf, ("year", "yeardigits"))  # ২৩ জুলাই ২০২১ থেকে ৫ আগস্ট: the end in the start's year
        end_borrowed_year = True
    borrowed_day = False
    if _has_time(rf) and not _has_date(rf) and _has_date(lf):
        rf.take(lf, DATE_ROLES)
        borrowed_day = True
    elif _has_time(lf) and not _has_date(lf) and _has_date(rf):
        lf.take(rf, DATE_ROLES)
    shared_mark = False
    if _has_time(rf) and not rf.has(_DAY_MARKS) and lf.has(_DAY_MARKS):
        rf.take(lf, ("period", "ampm"))
        shared_mark = True
    elif _has_time(lf) and rf.oclock is not None and not lf.has(_DAY_MARKS) and not rf.has(_DAY_MARKS):
        # ১০টা থেকে ৪টা: hours counted on the twelve-hour dial, with no part of the day said:
        # an end before the start is its later half (10:00 to 16:00), as after সকাল
        shared_mark = True
    if connector == "&" and (_has_time(lf) or _has_time(rf)):
        return None  # সকাল ও সন্ধ্যা: two times, not one span
    yearless = not rf.has(("year", "relday", "relmod", "weekday"))
    if yearless and rf.day is not None and (rf.month is not None or rf.nmonth is not None) and lf.year is None:
        # ১০ সেপ্টেম্বর থেকে ১২ অক্টোবর: the end is read as a year-less date, the start takes its year
        try:
            rf.year = _resolve(rf, tok, right.first, ctx).value.year
        except ParseError:  # ২০ সেপ্টেম্বর সকাল ১১টা থেকে ৩টা: the end's hour is p.m. (below)
            later = _later_half(rf, tok, right.first, ctx) if shared_mark and rf.ampm is None else None
            if later is None:
                raise
            rf.year = later.value.year
        lf.year = rf.year
        borrowed_year = True
    try:
        end = _resolve(rf, tok, right.first, ctx)  # … ৫ আগস্ট রাত ১২টা: the midnight ending it
    except ParseError:
        # সকাল ৮টা থেকে ২টা: the start's morning cannot hold the end's hour; it is p.m.
        later = _later_half(rf, tok, right.first, ctx) if shared_mark and rf.ampm is None else None
        if later is None:
            raise
        end = later
    if lf.year is None and lf.month is not None and not lf.has(("relmod", "relday")) and end.kind != "time":
        # ১৭ মার্চ থেকে আগামী ৯ এপ্রিল: a start without a year is in the end's year
        lf.year, lf.yeardigits = end.value.year, None
        borrowed_year = True
    start = _resolve(lf, tok, left.first, ctx)
    if start.precision == "time" and end.precision == "time":
        if shared_mark and end.value < start.value and rf.ampm is None:
            # সকাল ৯টা থেকে ৫টা: the afternoon; রাত ১০টা থেকে ৩টা: the small hours after it
            later = _later_half(rf, tok, right.first, ctx)
            if later is not None and later.value >= start.value:
                end = later
        if end.value < start.value and start.value.hour < 12:
            # বিকেল ৫টা থেকে সকাল ১০টা runs overnight; সকাল ১০টা থেকে সকাল ৯টা contradicts itself
            raise _fail(tok, right.first, ctx, f"the end {end.isoformat()} is before the start {start.isoformat()}")
        return Interval(start, end)
    # ২৮ ডিসেম্বর থেকে ৩ জানুয়ারি crosses a new year; ১৫ থেকে ১০ সেপ্টেম্বর (an end month not before
    # the start's) is a contradiction, never a range of a year
    wraps = end.value < start.value and (start.value.year, start.value.month) > (end.value.year, end.value.month)
    if end.value < start.value:
        if borrowed_year and lf.year is not None:
            if wraps:
                lf.year -= 1
                start = _resolve(lf, tok, left.first, ctx)
        elif end_borrowed_year and rf.year is not None:  # ২৮ ডিসেম্বর ২০২৪ থেকে ৩ জানুয়ারি: the year after
            if not wraps:
                raise _fail(tok, right.first, ctx, f"the end {end.isoformat()} is before the start {start.isoformat()}")
            rf.year += 1
            end = _resolve(rf, tok, right.first, ctx)
        if borrowed_day and end.value < start.value:  # ১৪ সেপ্টেম্বর সকাল ১০টা থেকে ৪টা: the same day
            if shared_mark and rf.ampm is None:
                later = _later_half(rf, tok, right.first, ctx)
                if later is not None and later.value >= start.value:
                    end = later
            if end.value < start.value:
                end = _next_day(end, ctx)
    if end.value < start.value and rf.weekday is not None and rf.day is None and rf.relmod is None:
        # শনিবার থেকে বুধবার: the end is the first such weekday from the start on
        weeks = (start.value.date() - end.value.date()).days // 7 + 1
        moved = end.value.replace(tzinfo=None) + timedelta(days=7 * weeks)
        if moved - timedelta(days=7) >= start.value.replace(tzinfo=None):
            moved -= timedelta(days=7)
        end = Parsed(_tz.localize(moved, ctx.zone, "compatible"), end.precision, end.calendar)
    if end.value < start.value:
        raise _fail(tok, right.first, ctx, f"the end {end.isoformat()} is before the start {start.isoformat()}")
    if None not in (lf.weekday, rf.weekday, lf.day, rf.day) and lf.weekday is not None and rf.weekday is not None:
        # শনিবার (১৪ সেপ্টেম্বর) থেকে সোমবার (১৫ সেপ্টেম্বর): one day apart, but the weekdays two
        days = (end.value.date() - start.value.date()).days
        if days % 7 != (rf.weekday - lf.weekday) % 7:
            raise _fail(tok, right.first, ctx, f"the weekdays named are not {days} days apart, as the dates are")
    if connector == "&":
        if start.kind != "date" or end.kind != "date" or start.precision != "day" or end.precision != "day":
            return None
        if end.value.date() - start.value.date() != timedelta(days=1):
            return None  # ৫ ও ১২ সেপ্টেম্বর: two dates, not one span
    return Interval(start, end)


def _next_day(point: Parsed, ctx: Context) -> Parsed:
    moved = point.value.replace(tzinfo=None) + timedelta(days=1)
    return Parsed(_tz.localize(moved, ctx.zone, "compatible"), point.precision, point.calendar)


def _later_half(fields: Fields, tok: Tokens, first: int, ctx: Context) -> Parsed | None:
    """সকাল ৯টা থেকে ৫টা: an end read with the start's morning that falls before it is p.m."""
    hour = fields.hour
    if hour is None or not 1 <= hour <= 11:
        return None
    changed = fields.copy()
    changed.period, changed.ampm = None, 1
    return _resolve(changed, tok, first, ctx)


def _days_of_a_month(tok: Tokens, left: _Side, right: _Side, ctx: Context) -> Interval | None:
    """A day, then a day of its month with no month of its own (``চলতি মাসের ১০ থেকে ১৫
    তারিখ``, ``১০ অক্টোবর থেকে ১২ তারিখ``, ``আজ থেকে ২০ তারিখ পর্যন্ত``): the end is in the
    start's month, never an open range from the start."""
    assert right.bare is not None
    if left.bare is not None or not _has_date(left.fields):
        return None
    start = _resolve(left.fields, tok, left.first, ctx)
    if start.kind not in ("date", "datetime") or start.precision in ("year", "month", "week") or start.calendar != "gregorian":
        return None
    end = _resolve(Fields(day=right.bare[0], month=start.value.month, year=start.value.year), tok, right.first, ctx)
    if end.value.date() < start.value.date():
        raise _fail(tok, right.first, ctx, f"the end {end.isoformat()} is before the start {start.isoformat()}")
    return Interval(start, end)


def _years(tok: Tokens, left: _Side, right: _Side, ctx: Context) -> Interval | None:
    """২০১৭-২০২০ · ২০২৪-২৫: a range of years (the second may drop its century)."""
    assert left.bare is not None
    assert right.bare is not None
    first, digits = left.bare
    last, last_digits = right.bare
    if digits != 4 or last_digits not in (2, 4):
        return None
    if tok.kinds[right.stop : right.stop + 2] == f"{tok.kinds[right.first - 1]}d":
        return None  # ২০২৪-০৯-১৩, ২০২৪/০৯/১৩: a date written year first, not two years
    if last_digits == 2:
        last = first // 100 * 100 + last
    if last <= first:
        raise _fail(tok, right.first, ctx, f"the end year {last} is not after {first}")
    return Interval(_year(first, ctx), _year(last, ctx))


def _year(year: int, ctx: Context) -> Parsed:
    return Parsed(_tz.localize(datetime(year, 1, 1), ctx.zone, "compatible"), "year")


# ---- decades -----------------------------------------------------------------------------

#: A decade named by its first year and এর (১৯৯০-এর দশকে, নব্বইয়ের দশকে, ৯০-এর দশকে) or by
#: গত/এই/আগামী (গত দশকে).
_DECADE: Final = re.compile("(?:([yd])-?x|(g))b")


def _decade(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """The ten years a decade names: ``১৯৯০-এর দশকে`` is 1990–1999, ``নব্বইয়ের দশকে`` (a
    two-digit year, in the window around ``now`` that years use) the same, ``গত দশকে`` the
    decade before ``now``'s. A year not ending in 0 names no decade (refused)."""
    m = _DECADE.match(tok.kinds, i, stop)
    if m is None:
        return None
    if m.group(2) is not None:  # গত দশকে: -1; এই/চলতি দশকে: 0; আগামী দশকে: +1
        first = ctx.now.year // 10 * 10 + 10 * tok.values[i]
    else:
        x = m.end(1) if tok.kinds[m.end(1)] == "x" else m.end(1) + 1
        if tok.values[x] is not None or not tok.text(x).endswith("র"):
            return None  # the এর of a genitive, not another filler
        year = tok.values[i]
        if year % 10:
            raise _fail(tok, i, ctx, f"{year} does not begin a decade (a decade is named by its year ending in 0)")
        first = year if tok.kinds[i] == "y" else two_digit_year(year, ctx.now.year)
    if not 10 <= first <= 9980:
        return None
    return m.end(), Interval(_year(first, ctx), _year(first + 9, ctx))


# ---- fiscal years ----------------------------------------------------------------------

#: The month a fiscal year starts in, by zone: April in India, July in Bangladesh.
_FISCAL_START: Final = {"Asia/Kolkata": 4, "Asia/Calcutta": 4}


def _fiscal(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """২০২৪-২৫ অর্থবছর (July–June in Bangladesh, April–March in India) · চলতি অর্থবছর."""
    m = _FISCAL.match(tok.kinds, i, stop)
    if m is None:
        return None
    start_month = _FISCAL_START.get(_tz.zone_name(ctx.zone), 7)
    if m.group(3) is not None:  # চলতি/গত/আগামী অর্থবছর
        today = _tz.in_zone(ctx.now, ctx.zone).date()
        first_year = today.year if today.month >= start_month else today.year - 1
        first_year += tok.values[i]
    else:
        first_year = tok.values[m.start(1)]
        last = tok.values[m.start(2)]
        if tok.kinds[m.start(2)] == "d":
            last = first_year // 100 * 100 + last
        if last != first_year + 1:
            raise _fail(tok, m.start(2), ctx, f"a fiscal year runs over two years, not {first_year}-{last}")
    j = m.end()
    if start_month == 1:  # pragma: no cover - no zone maps to a calendar-year fiscal year
        return None
    begin = date(first_year, start_month, 1)
    finish = date(first_year + 1, start_month - 1, days_in_month(first_year + 1, start_month - 1))
    months = _fiscal_months(tok, j, stop, start_month, first_year, ctx)
    if months is not None:
        return months
    return j, Interval(_day(begin, ctx), _day(finish, ctx))


def _fiscal_months(
    tok: Tokens, j: int, stop: int, start_month: int, first_year: int, ctx: Context
) -> tuple[int, Value] | None:
    """… অর্থবছরের জুলাই-জানুয়ারি / জুলাই থেকে মার্চ পর্যন্ত: months inside the fiscal year."""
    kinds = tok.kinds
    if j + 2 < stop and kinds[j] == "M" and kinds[j + 1] in "-f" and kinds[j + 2] == "M":
        months = [tok.values[j], tok.values[j + 2]]
        points = []
        for month in months:
            year = first_year if month >= start_month else first_year + 1
            points.append(Parsed(_tz.localize(datetime(year, month, 1), ctx.zone, "compatible"), "month"))
        end = j + 3
        return _end_after(end, stop, kinds), Interval(points[0], points[1])
    return None


def _day(value: date, ctx: Context) -> Parsed:
    return Parsed(_tz.localize(datetime(value.year, value.month, value.day), ctx.zone, "compatible"), "day")


# ---- the n-th week of a month -----------------------------------------------------------


def _week_of_month(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """MONTH ORDINAL সপ্তাহ (অক্টোবরের প্রথম সপ্তাহে, চলতি মাসের শেষ সপ্তাহে): its days 1-7,
    8-14 … or, for শেষ, the last seven; never the month alone."""
    kinds, values = tok.kinds, tok.values
    for j in range(min(stop - 2, i + _SIDE), i, -1):
        if kinds[j] != "O" or kinds[j + 1] != "u" or values[j + 1] != "week":
            continue
        fields = _fields(tok, i, j)
        if fields is None or fields.offset is not None or _has_time(fields):
            continue
        month = _resolve(fields, tok, i, ctx)
        if month.precision != "month":
            continue
        first = month.value.date()
        last_day = days_in_month(first.year, first.month)
        nth = values[j]
        if nth == -1:
            begin = last_day - 6
        elif 1 <= nth <= 4 or (nth == 5 and last_day > 28):
            begin = 1 + 7 * (nth - 1)
        else:
            raise _fail(tok, j, ctx, f"a month has no week {nth}", InvalidDateError)
        end = min(begin + 6, last_day)
        return j + 2, Interval(_day(first.replace(day=begin), ctx), _day(first.replace(day=end), ctx))
    return None


# ---- the first or last so many units of a period -----------------------------------------


def _first_of(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """PERIOD প্রথম|শেষ N UNIT: the first (last) so many months of a year or a fiscal year,
    days of a month (``চলতি বছরের প্রথম ছয় মাসে`` is January to June, ``অর্থবছরের প্রথম তিন
    মাসে`` July to September, ``সেপ্টেম্বরের শেষ ১০ দিনে`` the 21st to the 30th); never the
    period and a length apart. More units than the period has is refused."""
    kinds, values = tok.kinds, tok.values
    for j in range(min(stop - 3, i + _SIDE), i, -1):
        if kinds[j] != "O" or values[j] not in (1, -1) or kinds[j + 1] not in _COUNTS or kinds[j + 2] != "u":
            continue
        unit, count = values[j + 2], values[j + 1]
        if unit not in ("month", "day") or not float(count).is_integer() or count < 1:
            continue
        fiscal = _fiscal(tok, i, j, ctx)
        if fiscal is not None and fiscal[0] == j and isinstance(fiscal[1], Interval):
            period = fiscal[1]
            assert period.start is not None
            assert period.end is not None
            begin, finish = period.start.value.date(), period.end.value.date()
            if period.end.precision == "month":  # অর্থবছরের জুলাই থেকে ডিসেম্বরে: to December's end
                finish = finish.replace(day=days_in_month(finish.year, finish.month))
        else:
            fields = _fields(tok, i, j)
            if fields is None or fields.offset is not None or _has_time(fields):
                continue
            point = _resolve(fields, tok, i, ctx)
            if point.precision not in ("year", "month") or point.calendar != "gregorian":
                continue
            begin = point.value.date()
            finish = (begin + relativedelta(years=1) if point.precision == "year" else begin + relativedelta(months=1)) - timedelta(days=1)
        part = _part_of(begin, finish, int(count), unit, values[j] == -1, tok, j, ctx)
        end = j + 3
        if unit == "month" and kinds[end : end + 3] in ("M-M", "MfM"):
            # … প্রথম ছয় মাসে (জুলাই-ডিসেম্বর): the months named again, the same ones
            assert part.start is not None
            assert part.end is not None
            if (values[end], values[end + 2]) != (part.start.value.month, part.end.value.month):
                raise _fail(tok, end, ctx, "the months named after the part of the period are not its months")
            end += 3
        return end, part
    return None


def _part_of(begin: date, finish: date, count: int, unit: str, last: bool, tok: Tokens, at: int, ctx: Context) -> Interval:
    """The first (or last) ``count`` months or days of the days ``begin``–``finish``."""
    step = relativedelta(months=count) if unit == "month" else relativedelta(days=count)
    if begin + step - timedelta(days=1) > finish:
        raise _fail(tok, at, ctx, f"the period has fewer than {count} {unit}s", InvalidDateError)
    if last:
        start = finish + timedelta(days=1) - step
        end = finish
    else:
        start, end = begin, begin + step - timedelta(days=1)
    if unit == "month":
        return Interval(_month(start, ctx), _month(end, ctx))
    return Interval(_day(start, ctx), _day(end, ctx))


def _month(value: date, ctx: Context) -> Parsed:
    return Parsed(_tz.localize(datetime(value.year, value.month, 1), ctx.zone, "compatible"), "month")


# ---- durations --------------------------------------------------------------------------


def _duration_or_estimate(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    estimate = _estimate(tok, i, stop, ctx)
    if estimate is not None:
        return estimate
    found = _duration_at(tok, i, stop, ctx)
    if found is None:
        return None
    end, duration = found
    if end < len(tok.kinds) and tok.kinds[end] == "a" and tok.kinds[end - 1] in "msukcbl":
        return None  # ২ ঘণ্টা আগে: a point, read by the point grammar (… বেশি সময় পর stays a length)
    first_number = next((k for k in range(i, end) if tok.kinds[k] in _NUMBERS), None)
    if first_number is not None and tok.kinds[first_number] == "y" and duration.hours and not (
        duration.years or duration.months or duration.weeks or duration.days or duration.minutes
    ):
        return None  # ১৭৩০ ঘণ্টা: a 24-hour time, read by the point grammar
    if i >= 2 and tok.kinds[i - 1] in "-/" and tok.kinds[i - 2] in _NUMBERS:
        return None  # the second number of ২-৩ ঘণ্টা: never the last number alone
    if i >= 1 and tok.kinds[i - 1] == "f" and end < len(tok.kinds) and tok.kinds[end] == "p":
        return None  # (ঈদের দিন) থেকে ৭ দিন পর্যন্ত: the length of a range whose start is not read
    if i >= 2 and tok.kinds[i - 1] == "f" and tok.kinds[i - 2] in _COUNTS:
        return None  # ১০ থেকে ১৫ দিনের মধ্যে: a length between two, not the second alone
    return end, duration


def _duration_at(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Duration] | None:
    m = _DURATION.match(tok.kinds, i, stop)
    if m is None:
        return None
    kinds, values = tok.kinds, tok.values
    mods: list[DurationMod] = []
    amounts: dict[str, float] = {}
    quantity: float | None = None
    quantity_at = i
    extra = 0.0
    for index in range(i, m.end()):
        kind, value = kinds[index], values[index]
        if kind == "x" and value == "approx":
            mods.append("approx")
        elif kind == "V":
            mods.append(value)
        elif kind == "F":
            extra = value / 60
        elif kind in _NUMBERS and index >= 2 and kinds[index - 1] == "." and quantity is not None:
            # ১.৫ সেকেন্ড: the digits after the point, as written (১.০৫ is 1.05)
            digits = to_ascii_digits(tok.text(index))
            quantity = float(f"{int(quantity)}.{digits}")
        elif kind in _NUMBERS:
            quantity = float(value) + extra
            quantity_at = index
            extra = 0.0
        elif kind == "l":  # দুয়েক দিন; (বছর) দশেক: about so many
            mods.append("approx")
            if quantity is None and index > i and kinds[index - 1] in "msub":
                continue  # after its unit: taken there
            quantity, quantity_at = float(value), index
        elif kind in "msukcb":
            if quantity is None and index + 1 < m.end() and kinds[index + 1] == "l":
                quantity, quantity_at = float(values[index + 1]), index + 1  # বছর দশেক
            unit = "decade" if kind == "b" else _UNIT_OF_KIND.get(kind) or value
            if kind == "k":
                quantity, quantity_at = 1.0, index
                mods.append("approx")
            elif kind == "c":  # দুদিন: the count and its unit in one word
                quantity, unit = float(value[0]), value[1]
                quantity_at = index
            if unit in amounts:
                raise _fail(tok, quantity_at, ctx, f"the unit {unit} twice in one length")
            assert quantity is not None
            amounts[unit] = quantity
            quantity = None
    mod: DurationMod | None = None
    for candidate in mods:  # a comparison (বেশি, কম, মধ্যে) says more than প্রায়
        if mod is None or mod == "approx":
            mod = candidate
    if {"more_than", "less_than"} <= set(mods):
        mod = "approx"  # ৩ ঘণ্টার কম বেশি: more or less, neither bound alone
    if "decade" in amounts:  # দুই দশক: twenty years (P20Y), as ISO 8601 has no decade
        amounts["year"] = amounts.get("year", 0.0) + 10 * amounts.pop("decade")
    return m.end(), _duration(amounts, mod, tok, i, ctx)


def duration_of(steps: tuple[tuple[float, str, int], ...]) -> Duration:
    """The length of an offset's ``(quantity, unit, sign)`` steps, the sign dropped.

    >>> duration_of(((82, "day", 1),))
    Duration('P82D')
    """
    amounts: dict[str, float] = {}
    for quantity, unit, _ in steps:
        amounts[unit] = amounts.get(unit, 0.0) + float(quantity)
    return _amounts_to_duration(amounts, None)


_CASCADE: Final = {
    "years": ("months", 12),
    "months": ("days", 30),  # a fraction of a month: 30 days a month (দেড় মাস = 1 month 15 days)
    "weeks": ("days", 7),
    "days": ("hours", 24),
    "hours": ("minutes", 60),
    "minutes": ("seconds", 60),
}


def _duration(amounts: dict[str, float], mod: DurationMod | None, tok: Tokens, i: int, ctx: Context) -> Duration:
    """Whole units as written; a fraction goes down to the next unit (দেড় ঘণ্টা → 1 h 30 min)."""
    try:
        return _amounts_to_duration(amounts, mod)
    except OverflowError:
        raise _fail(tok, i, ctx, "a length too long to be one", InvalidDateError) from None


def _amounts_to_duration(amounts: dict[str, float], mod: DurationMod | None) -> Duration:
    parts = dict.fromkeys(("years", "months", "weeks", "days", "hours", "minutes"), 0)
    seconds = 0.0
    for unit, quantity in amounts.items():
        name = unit + "s"
        if name == "seconds":
            seconds += quantity
            continue
        whole = int(quantity + 1e-9)
        parts[name] += whole
        rest = quantity - whole
        while rest > 1e-9:
            name, factor = _CASCADE[name]
            amount = rest * factor
            if name == "seconds":
                seconds += amount
                break
            whole = int(amount + 1e-9)
            parts[name] += whole
            rest = amount - whole
    if any(value > 10**6 for value in parts.values()) or seconds > 10**9:
        raise OverflowError
    exact = round(seconds, 6)
    return Duration(seconds=int(exact) if exact == int(exact) else exact, mod=mod, **parts)


def _estimate(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """২-৩ ঘণ্টা আগে · ৪/৫ দিন পর: an interval between two offsets, never the last number."""
    m = _ESTIMATE.match(tok.kinds, i, stop)
    if m is None:
        return None
    values = tok.values
    unit = _UNIT_OF_KIND.get(tok.kinds[m.start(3)]) or values[m.start(3)]
    sign = values[m.start(4)]
    low, high = values[m.start(1)], values[m.start(2)]
    if not low < high:
        raise _fail(tok, m.start(2), ctx, f"an estimate from {low} to {high} does not grow")
    ends = [
        _resolve(Fields(offset=((quantity, unit, sign),)), tok, i, ctx) for quantity in (low, high)
    ]
    ends.sort(key=lambda p: p.value)
    return m.end(), Interval(ends[0], ends[1])


# ---- recurrences ------------------------------------------------------------------------

_WEEKDAY_RUN: Final = re.compile("W(?:[&,]W)*")


#: The kinds a clock time or window may begin with (সকাল, ৯, দেড়টা, সাড়ে).
_TIME_STARTS: Final = "PdhF"


def _window_then_days(tok: Tokens, j: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """সকাল ৯টা - বিকাল ৫টা (রবি-বৃহস্পতি): a daily window, or a time, and then the range of
    weekdays it holds on (brackets are no tokens) — every one of those days; or then প্রতি and
    its days (রাত ৮টা ৩০ মিনিটে প্রতি বৃহস্পতিবার)."""
    kinds = tok.kinds
    w = kinds.find("W", j, stop)
    if w <= j:
        return None
    every = kinds[w - 1] == "e" and tok.values[w - 1] is None  # রাত ৮টায় প্রতি বৃহস্পতিবার
    cut = w - 1 if every or kinds[w - 1] == "," else w
    if every and cut > j and kinds[cut - 1] == ",":
        cut -= 1
    days = _weekday_span(tok, w, stop)
    if days is None and every and (run := _WEEKDAY_RUN.match(kinds, w, stop)) is not None:
        days = run.end(), _codes(tok, w, run.end())  # after প্রতি one day or a list is every one
    if days is None or cut <= j:
        return None
    found = _window(tok, j, cut, ctx)
    if found is None or found[0] != cut:
        return None
    end, span = days
    times = found[1]
    if times is None:
        return end, Recurrence("weekly", byweekday=span, time=_single_time(tok, j, cut, ctx))
    return end, Recurrence("weekly", byweekday=span, during=times)


def _recurrence(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    kinds, values = tok.kinds, tok.values
    j = i
    if j < stop and kinds[j] == "u" and values[j] == "week" and j + 1 < stop and kinds[j + 1] == "e":
        j += 1  # সপ্তাহের প্রতি বুধবার
    if j < stop and kinds[j] == "e":
        return _every(tok, j, stop, ctx)
    if j < stop and kinds[j] in "dqcv":
        return _repeat(tok, j, stop, ctx)
    if j < stop and kinds[j] in "um":
        return _per_period(tok, j, stop, ctx)
    run = _WEEKDAY_RUN.match(kinds, j, stop)
    if run is None and j < stop and kinds[j] in _TIME_STARTS and kinds.find("W", j, stop) != -1:
        return _window_then_days(tok, j, stop, ctx)
    if run is None:
        if j < stop and kinds[j] == "H":  # সাপ্তাহিক ছুটি শুক্রবার
            run = _WEEKDAY_RUN.match(kinds, j + 1, stop)
            if run is not None:
                return run.end(), Recurrence("weekly", byweekday=_codes(tok, run.start(), run.end()))
        return None
    days = _codes(tok, run.start(), run.end())
    after = run.end()
    if after < stop and kinds[after] == "H":  # শুক্র ও শনিবার সাপ্তাহিক ছুটি
        return after + 1, Recurrence("weekly", byweekday=days)
    but = _all_days_but(tok, after, stop, ctx, days)
    if but is not None:
        return but
    if run.end() - run.start() == 1 and (days_span := _weekday_span(tok, run.start(), stop)) is not None:
        # শনি থেকে বুধবার (পর্যন্ত) সকাল ৯টা থেকে বিকেল ৫টা: opening days with a daily window;
        # a colon or comma may come between (রবি-বৃহস্পতি: সকাল ৯টা - বিকাল ৫টা)
        after, span = days_span
        if after + 1 < stop and kinds[after] in ":,":
            after += 1
        found = _window(tok, after, stop, ctx)
        if found is None:
            return None
        end, times = found
        if times is None:
            # রবি থেকে বৃহস্পতিবার রাত ৮টা ৪০ মিনিটে: each of the days at that time; with
            # পর্যন্ত after it the time ends one span (… বুধবার রাত ৯টা পর্যন্ত)
            if end < stop and kinds[end] == "p":
                return None
            at = _single_time(tok, after, end, ctx)
            return end, Recurrence("weekly", byweekday=span, time=at)
        return end, Recurrence("weekly", byweekday=span, during=times)
    return None


_WEEKDAY_SPAN: Final = re.compile("W[f\\-]Wp?")


def _weekday_span(tok: Tokens, k: int, stop: int) -> tuple[int, tuple[str, ...]] | None:
    """A range of weekdays at token ``k`` (রবি থেকে বৃহস্পতিবার, শনি-বুধবার): where it ends
    and its days in order, the end's included; else None.

    >>> from bn_datetime.reader._lexer import scan
    >>> _weekday_span(scan("শনি-বুধবার সকাল ৯টা"), 0, 5)
    (3, ('SA', 'SU', 'MO', 'TU', 'WE'))
    """
    found = _WEEKDAY_SPAN.match(tok.kinds, k, stop)
    if found is None:
        return None
    first, last = tok.values[k], tok.values[k + 2]
    return found.end(), tuple(weekday_code((first + n) % 7) for n in range((last - first) % 7 + 1))


def _all_days_but(
    tok: Tokens, after: int, stop: int, ctx: Context, days: tuple[str, ...]
) -> tuple[int, Value] | None:
    """``days`` then ছাড়া and every day (বাকি সব দিন, প্রতিদিন) at token ``after``: a weekly
    rule of the other days (রবিবার ছাড়া বাকি সব দিন, প্রতি শুক্র ও শনিবার ছাড়া প্রতিদিন)."""
    kinds = tok.kinds
    if after + 1 < stop and kinds[after] == "C" and kinds[after + 1] == "e" and tok.values[after + 1] == "day":
        rest = tuple(weekday_code(d) for d in range(7) if weekday_code(d) not in days)
        return _with_time(tok, after + 2, stop, ctx, "weekly", rest)
    return None


def _codes(tok: Tokens, first: int, stop: int) -> tuple[str, ...]:
    days = [tok.values[k] for k in range(first, stop) if tok.kinds[k] == "W"]
    ordered = sorted(set(days), key=days.index)
    return tuple(weekday_code(d) for d in ordered)


def _every(tok: Tokens, j: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """প্রতি … / প্রতিদিন … / প্রতিবছর … / প্রতি ২ সপ্তাহে … (every so many periods)"""
    kinds, values = tok.kinds, tok.values
    unit = values[j]
    k = j + 1
    interval = 1
    if unit is None:
        length = _length_at(tok, k, stop)
        if length is not None:  # প্রতি ২ সপ্তাহে, প্রতি দুই মাস পরপর, প্রতি ৩ মাসের প্রথম শুক্রবার
            interval, at, unit, k = length
            if unit not in _FREQUENCY_OF:
                return None  # প্রতি ৫ সেকেন্ডে: no frequency of seconds
            if interval == 0:
                raise _fail(tok, at, ctx, f"every 0 {unit}s is never")
            if k < stop and (kinds[k] == "i" or (kinds[k] == "a" and values[k] == 1)):
                k += 1  # প্রতি ২ ঘণ্টা পরপর; প্রতি ৫ মিনিট পর: after each five minutes
        elif k < stop and kinds[k] == "m":
            unit = "minute"  # প্রতি মিনিটে
            k += 1
    found = _every_unit(tok, k, stop, ctx, unit)
    if found is None:
        return None
    end, value = found
    assert isinstance(value, Recurrence)
    if value.freq in ("hourly", "minutely") and end < len(kinds) and kinds[end] in _NUMBERS:
        return None  # প্রতি ঘণ্টায় ৬০ কিলোমিটার, প্রতি মিনিটে ১০০ জন: a rate, not a recurrence
    return found if interval == 1 else (end, replace(value, interval=interval))


def _every_unit(tok: Tokens, k: int, stop: int, ctx: Context, unit: str | None) -> tuple[int, Value] | None:
    """What follows প্রতি and its unit (``unit`` None: প্রতি alone) from token ``k``."""
    kinds, values = tok.kinds, tok.values
    if unit is None and k < stop and kinds[k] == "u":
        unit = values[k]
        k += 1
    if unit in _FREQUENCY_OF and (unit != "week" or _WEEKDAY_RUN.match(kinds, k, stop) is None):
        counted = _times_at(tok, k, stop, ctx, _FREQUENCY_OF[unit])  # প্রতি মাসে দুইবার
        if counted is not None:
            end, times = counted
            return _with_time(tok, end, stop, ctx, _FREQUENCY_OF[unit], (), times=times)
    if unit in ("hour", "minute"):
        return _with_time(tok, k, stop, ctx, _FREQUENCY_OF[unit], ())
    if unit in (None, "week") and (span := _weekday_span(tok, k, stop)) is not None:
        return _with_time(tok, span[0], stop, ctx, "weekly", span[1])  # প্রতি রবি থেকে বৃহস্পতিবার
    if unit is None:
        run = _WEEKDAY_RUN.match(kinds, k, stop)
        if run is None:
            return None
        codes = _codes(tok, run.start(), run.end())
        return _all_days_but(tok, run.end(), stop, ctx, codes) or _with_time(tok, run.end(), stop, ctx, "weekly", codes)
    if unit == "day":
        if kinds[k : k + 1] == "W" or kinds[k : k + 2] == ":W":
            return None  # রোজ (:) সোমবার: a notice's "on the day Monday", not every day
        return _with_time(tok, k, stop, ctx, "daily", ())
    if unit == "week":
        run = _WEEKDAY_RUN.match(kinds, k, stop)
        if run is not None:
            return _with_time(tok, run.end(), stop, ctx, "weekly", _codes(tok, run.start(), run.end()))
        return _with_time(tok, k, stop, ctx, "weekly", ())
    if unit == "month":
        if k + 1 < stop and kinds[k] == "O" and kinds[k + 1] == "W":
            code = weekday_code(values[k + 1], values[k])
            return _with_time(tok, k + 2, stop, ctx, "monthly", (code,))
        if k < stop and kinds[k] == "d":
            day = values[k]
            if not 1 <= day <= 31:
                raise _fail(tok, k, ctx, f"there is no day {day} in a month", InvalidDateError)
            end = k + 1
            while end < stop and kinds[end] in "oL":
                end += 1
            return end, Recurrence("monthly", bymonthday=(day,))
        return _with_time(tok, k, stop, ctx, "monthly", ())
    if unit == "year":
        found = _days_of_month(kinds, k, stop)  # প্রতিবছর ২১ (ও ২২) ফেব্রুয়ারি
        if found is not None:
            days_at, month_at = found
            month = values[month_at]
            for day_at in days_at:
                if values[day_at] > days_in_month(2000, month):  # 2000 has a 29 February
                    day = values[day_at]
                    raise _fail(tok, day_at, ctx, f"day {day} never exists in month {month}", InvalidDateError)
            days = tuple(sorted({values[d] for d in days_at}))
            return _with_time(tok, month_at + 1, stop, ctx, "yearly", (), bymonth=(month,), bymonthday=days)
        if k < stop and kinds[k] == "M":
            month = values[k]
            m = k + 1
            if m < stop and kinds[m] == "u":
                m += 1
            if m + 1 < stop and kinds[m] == "O" and kinds[m + 1] == "W":
                code = weekday_code(values[m + 1], values[m])
                return _with_time(tok, m + 2, stop, ctx, "yearly", (code,), bymonth=(month,))
            return m, Recurrence("yearly", bymonth=(month,))
        return _with_time(tok, k, stop, ctx, "yearly", ())
    return None


_FREQUENCY_OF: Final = {
    "minute": "minutely",
    "hour": "hourly",
    "day": "daily",
    "week": "weekly",
    "month": "monthly",
    "year": "yearly",
}
#: A fraction of a unit in the next unit down (দেড় ঘণ্টা পরপর: every 90 minutes); a month
#: has no fixed number of days.
_DOWN: Final = {"hour": ("minute", 60), "day": ("hour", 24), "week": ("day", 7), "year": ("month", 12)}
#: Days in the longest period of each frequency (সপ্তাহে ৮ দিন never happens).
_DAYS_IN: Final = {"weekly": 7, "monthly": 31, "yearly": 366}
_GENITIVE: Final = re.compile("(?:ের|এর|[\u09be-\u09cc]র)$")
_NAMING: Final = frozenset("MGJWRPgOotSEKQxz")  # a date's tokens: a period word after one is that one
_QUALIFIERS: Final = frozenset(
    (*lx.PERIOD_QUALIFIERS, *(w for _, words in lx.RELATIVE_MODIFIERS for w in words))
)


def _length_at(tok: Tokens, k: int, stop: int) -> tuple[int, int, str, int] | None:
    """``N UNIT`` at ``k`` (২ সপ্তাহ, দুই মাস, একদিন): (count, its token, unit, end), or None.

    A fraction (আধা ঘণ্টা, দেড় দিন, আড়াই বছর) counts the next unit down when it makes a whole
    number of it (30 minutes, 36 hours, 30 months), as a length's fraction does; seconds
    have no frequency.
    """
    kinds, values = tok.kinds, tok.values
    if k < stop and kinds[k] == "c":
        count, unit = values[k]
        return count, k, unit, k + 1
    if k + 1 < stop and kinds[k] == "v" and kinds[k + 1] in "um":
        unit = values[k + 1] if kinds[k + 1] == "u" else "minute"
        down = _DOWN.get(unit)
        if down is None:
            return None
        amount = values[k] * down[1]
        if amount != int(amount):
            return None
        return int(amount), k, down[0], k + 2
    if k + 1 < stop and kinds[k] in "dqyN" and kinds[k + 1] in "um":
        unit = values[k + 1] if kinds[k + 1] == "u" else "minute"
        return values[k], k, unit, k + 2
    return None


def _every_so_often(
    tok: Tokens, end: int, stop: int, ctx: Context, unit: str, interval: int, at: int
) -> tuple[int, Value]:
    """Every ``interval`` units from token ``end`` on (দুই সপ্তাহ পরপর …): a count per period,
    weekdays or a time may follow."""
    if interval == 0:
        raise _fail(tok, at, ctx, f"every 0 {unit}s is never")
    freq = _FREQUENCY_OF[unit]
    days: tuple[str, ...] = ()
    if freq == "weekly":
        run = _WEEKDAY_RUN.match(tok.kinds, end, stop)  # দুই সপ্তাহ পরপর শুক্রবার
        if run is not None:
            days, end = _codes(tok, run.start(), run.end()), run.end()
    times = None
    counted = _times_at(tok, end, stop, ctx, freq) if not days else None
    if counted is not None:
        end, times = counted
    return _with_time(tok, end, stop, ctx, freq, days, interval=interval, times=times)


def _repeat(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """``N UNIT অন্তর/পরপর`` (every N units: দুই সপ্তাহ পরপর, ৬ ঘণ্টা অন্তর) or ``N UNIT-এ
    একবার`` (once every N units: তিন মাসে একবার).

    Without প্রতি, one unit between is every other one (একদিন অন্তর, এক সপ্তাহ পরপর:
    ``INTERVAL=2``); one hour or minute between is left unread (every hour, or every
    other?). Not read after গত/এই (গত ৩ মাসে একবার: once in the last three months) or
    as the second number of a range (২-৩ দিন পরপর).
    """
    kinds = tok.kinds
    length = _length_at(tok, i, stop)
    if length is None:
        return None
    count, at, unit, end = length
    if unit not in _FREQUENCY_OF or _qualified(tok, i):
        return None
    if i >= 2 and kinds[i - 1] in "-/f" and kinds[i - 2] in _COUNTS:
        return None
    if end < stop and kinds[end] == "i":
        end += 1
        if count == 1:
            if unit in ("hour", "minute"):
                return None
            count = 2
            if end < stop and kinds[end] == "c" and tok.values[end] == (1, unit):
                end += 1  # একদিন অন্তর একদিন: the day it happens, said again
        return _every_so_often(tok, end, stop, ctx, unit, count, at)
    if _locative(tok, end - 1):
        counted = _times_at(tok, end, stop, ctx, _FREQUENCY_OF[unit], days=False)
        if counted is not None and counted[1] is None:  # একবার: once every N units
            if count == 0:
                raise _fail(tok, at, ctx, f"once in 0 {unit}s is never")
            return _with_time(tok, counted[0], stop, ctx, _FREQUENCY_OF[unit], (), interval=count)
    return None


def _per_period(tok: Tokens, i: int, stop: int, ctx: Context) -> tuple[int, Value] | None:
    """``UNIT-এ N বার`` (মাসে দুইবার, দিনে ৩ বার) or ``UNIT-এ N দিন`` (সপ্তাহে তিন দিন): N
    times in every period. Not read when the period word is one day or month the text
    names (ঈদের দিনে দুইবার, এই মাসে দুইবার, সেই বছরে একবার) or follows a number (its reading
    is :func:`_repeat`'s)."""
    kinds, values = tok.kinds, tok.values
    unit = values[i] if kinds[i] == "u" else "minute"
    if unit not in _FREQUENCY_OF or not _locative(tok, i) or _qualified(tok, i):
        return None
    if i >= 1 and kinds[i - 1] in _NUMBERS:
        return None
    freq = _FREQUENCY_OF[unit]
    counted = _times_at(tok, i + 1, stop, ctx, freq)
    if counted is None:
        return None
    end, times = counted
    return _with_time(tok, end, stop, ctx, freq, (), times=times)


def _locative(tok: Tokens, k: int) -> bool:
    """Whether the unit at ``k`` is in the locative (মাসে, ঘণ্টায়: "in a month", "an hour")."""
    return tok.text(k).endswith(("ে", "য়"))


def _qualified(tok: Tokens, i: int) -> bool:
    """Whether the word right before token ``i`` names which one (এই, সেই, গত, ঈদের): then
    ``দিনে দুইবার`` is twice on that day, not every day.

    >>> from bn_datetime.reader._lexer import scan
    >>> [_qualified(scan(t), 1) for t in ("ঈদের দিনে দুইবার", "সেই মাসে একবার", "আমি দিনে দুইবার")]
    [True, True, False]
    """
    start = tok.starts[i]
    if i >= 1 and tok.kinds[i - 1] in _NAMING and not tok.norm[tok.ends[i - 1] : start].strip(" "):
        return True  # ১৪ সেপ্টেম্বর দিনে দুইবার, রাতে একবার: on that day
    word = tok.norm[max(0, start - 24) : start].rstrip(" ").rpartition(" ")[2]
    return word in _QUALIFIERS or _GENITIVE.search(word) is not None


def _times_at(
    tok: Tokens, k: int, stop: int, ctx: Context, freq: str, *, days: bool = True
) -> tuple[int, int | None] | None:
    """A count of times in a period at ``k``: ``N বার``, ``Nবার`` or, for a week, month or year
    (with ``days``), ``N দিন`` (সপ্তাহে তিন দিন). (end, count; None for once), or None."""
    kinds, values = tok.kinds, tok.values
    if k >= stop:
        return None
    at = k
    if kinds[k] == "B" and values[k] is not None:
        count, end = values[k], k + 1
    elif kinds[k] in "dq" and k + 1 < stop and kinds[k + 1] == "B" and values[k + 1] is None:
        count, end = values[k], k + 2
    elif days and freq in _DAYS_IN and (
        (kinds[k] == "c" and values[k][1] == "day" and not tok.text(k).endswith("র"))
        or (
            kinds[k] in "dq"
            and k + 1 < stop
            and kinds[k + 1] == "u"
            and values[k + 1] == "day"
            and not tok.text(k + 1).endswith("র")  # সপ্তাহে তিন দিনের ছুটি: a length
        )
    ):
        end = k + 1 if kinds[k] == "c" else k + 2
        if end < stop and kinds[end] in "aDVi":
            return None  # সপ্তাহে তিন দিন পর: not days in every week
        count = values[k][0] if kinds[k] == "c" else values[k]
        if count > _DAYS_IN[freq]:
            raise _fail(tok, at, ctx, f"no {freq} period has {count} days", InvalidDateError)
    else:
        return None
    if count == 0:
        raise _fail(tok, at, ctx, "0 times in a period is never")
    return end, (count if count > 1 else None)


def _days_of_month(kinds: str, k: int, stop: int) -> tuple[list[int], int] | None:
    """``DAY ORD? (ও DAY ORD?)* MONTH`` at ``k``: the day tokens and the month token."""
    days: list[int] = []
    at = k
    while at < stop and kinds[at] == "d":
        days.append(at)
        at += 1
        if at < stop and kinds[at] == "o":
            at += 1
        if at < stop and kinds[at] in "&," and at + 1 < stop and kinds[at + 1] == "d":
            at += 1
            continue
        break
    if days and at < stop and kinds[at] == "M":
        return days, at
    return None


def _with_time(
    tok: Tokens,
    k: int,
    stop: int,
    ctx: Context,
    freq: str,
    days: tuple[str, ...],
    *,
    bymonth: tuple[int, ...] = (),
    bymonthday: tuple[int, ...] = (),
    interval: int = 1,
    times: int | None = None,
) -> tuple[int, Value]:
    """A recurrence's days, then perhaps its time (সকাল ১০টায়) or window (৯টা থেকে ৫টা)."""
    assert freq in _FREQUENCY_OF.values()
    found = _window(tok, k, stop, ctx)
    at: time | None = None
    during: tuple[time, time] | None = None
    end = k
    if found is not None:
        end, window = found
        if window is None:
            at = _single_time(tok, k, end, ctx)
        else:
            during = window
    return end, Recurrence(
        freq,  # type: ignore[arg-type]
        byweekday=days,
        bymonth=bymonth,
        bymonthday=bymonthday,
        time=at,
        during=during,
        interval=interval,
        times=times,
    )


def _window(tok: Tokens, k: int, stop: int, ctx: Context) -> tuple[int, tuple[time, time] | None] | None:
    """A time (``(end, None)``) or a window of two times (``(end, (start, end))``) at ``k``."""
    if k >= stop:
        return None
    found = _range(tok, k, stop, ctx)
    if found is not None:
        end, value = found
        if (
            isinstance(value, Interval)
            and value.start is not None
            and value.end is not None
            and value.start.precision == "time"
            and value.end.precision == "time"
        ):
            return end, (value.start.value.time().replace(tzinfo=None), value.end.value.time().replace(tzinfo=None))
    for end in range(min(stop, k + _SIDE), k, -1):
        fields = _fields(tok, k, end)
        if fields is not None and _has_time(fields) and not _has_date(fields):
            return end, None
    return None


def _single_time(tok: Tokens, k: int, end: int, ctx: Context) -> time:
    fields = _fields(tok, k, end)
    assert fields is not None
    return _resolve(fields, tok, k, ctx).value.time().replace(tzinfo=None)
