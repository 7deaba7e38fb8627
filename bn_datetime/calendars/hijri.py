"""Hijri (হিজরি) dates as Bangladeshi text writes them: names, parsing, conversion.

Reading and writing a Hijri date is exact:

>>> h = parse_hijri("১০ রবিউল আউয়াল ১৪৪৬ হিজরি")
>>> h
HijriDate(1446, 3, 10)
>>> print(h)
১০ রবিউল আউয়াল ১৪৪৬ হিজরি
>>> parse_hijri("২রা রমযান ১৪৪৬ হিজরী") == HijriDate(1446, 9, 2)
True

Converting to and from the Gregorian calendar is **approximate**. Bangladesh begins
each month by local moon sighting (জাতীয় চাঁদ দেখা কমিটি, the evening before), so no
rule reproduces it. The default is the Umm al-Qura calendar of Saudi Arabia shifted
one day later (``offset=-1``): in the dated Bangladeshi evidence collected in
``docs/calendar.md`` the official date equals Umm al-Qura - 1 day or Umm al-Qura
itself, so expect the answer to be right or one day off (±2 for old dates). The
``tabular`` ("islamic-civil") rule is available too (±1). For exact dates, pass the
committee's announced month starts as ``month_starts``.

>>> from datetime import date
>>> gregorian_to_hijri(date(2024, 5, 12))
HijriDate(1445, 11, 3)
>>> gregorian_to_hijri(date(2024, 5, 12), offset=0)
HijriDate(1445, 11, 4)
>>> hijri_to_gregorian(1447, 7, 1)
datetime.date(2025, 12, 22)
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any, Final

from bn_datetime._core import scan
from bn_datetime.errors import CalendarRangeError, InvalidDateError, ParseError
from bn_datetime.lexicon._calendars import HIJRI_ERAS, HIJRI_MONTHS
from bn_datetime.reader.fields import Fields
from bn_datetime.reader.grammar import hijri_roles
from bn_datetime.text.digits import to_bengali_digits
from bn_datetime.text.normalize import normalize_with_map

__all__ = [
    "METHODS",
    "HijriDate",
    "format_hijri",
    "gregorian_to_hijri",
    "hijri_month_from_name",
    "hijri_to_gregorian",
    "parse_hijri",
]

METHODS: Final[tuple[str, ...]] = ("umm-al-qura", "tabular")
DEFAULT_OFFSETS: Final = {"umm-al-qura": -1, "tabular": 0}
MONTH_NAMES: Final[tuple[str, ...]] = tuple(row[1][0] for row in HIJRI_MONTHS)
ERA: Final = HIJRI_ERAS[0]

# Umm al-Qura month lengths, AH 1300-1600 (12 November 1882 - 2174), as read from ICU's
# "islamic-umalqura" calendar (Unicode License); bit m-1 set = month m has 30 days.
# tests/calendars/test_hijri.py compares this table with PyICU day by day.
_UQ_FIRST_YEAR: Final = 1300
_UQ_EPOCH: Final = 687337  # Gregorian ordinal of 1 Muharram 1300 (1882-11-12)
_UQ_MASKS: Final[tuple[int, ...]] = (
    0x555, 0x2ab, 0x937, 0x2b6, 0x576, 0x36c, 0xb55, 0xaaa, 0x956, 0x49e, 0x95d, 0x2ba,  # 1300
    0x5b5, 0x3aa, 0xb4b, 0xa96, 0x52e, 0x2ad, 0x56d, 0xb5a, 0x752, 0xf25, 0xe8a, 0xd16,  # 1312
    0xa56, 0xab5, 0x6b4, 0xda9, 0xb92, 0xb25, 0x64b, 0xa9b, 0x35a, 0x6d9, 0x5d4, 0xda5,  # 1324
    0xd4a, 0xa95, 0x536, 0x975, 0x2f4, 0x6e9, 0x6d4, 0x6a9, 0x535, 0x25d, 0x4bd, 0x9ba,  # 1336
    0x3b4, 0xb69, 0xb2a, 0xa55, 0x4ad, 0xa5d, 0x2da, 0x6d9, 0xeaa, 0xe94, 0xd2a, 0xc56,  # 1348
    0x4ae, 0xa6d, 0x56a, 0xd55, 0xd4a, 0xa93, 0x52b, 0xa5b, 0x53a, 0x6b5, 0xea9, 0xd52,  # 1360
    0xd29, 0xa55, 0x4ad, 0x56d, 0xaea, 0x6e4, 0xed1, 0xda2, 0xaaa, 0x95a, 0x2da, 0x5b9,  # 1372
    0xbb2, 0x764, 0x6c9, 0x555, 0x2ab, 0x4db, 0xaba, 0x5b4, 0xda9, 0xd52, 0xaa5, 0x92d,  # 1384
    0x26d, 0x8ed, 0x2da, 0xad5, 0xaa5, 0xa4b, 0x497, 0x937, 0x2b6, 0x975, 0xd69, 0xd52,  # 1396
    0xc95, 0x92b, 0x25b, 0x4db, 0x9d5, 0x5d2, 0xda5, 0xd4a, 0xa95, 0x54d, 0xaad, 0x3aa,  # 1408
    0xbd2, 0xbc4, 0xb89, 0xa95, 0x52d, 0x5ad, 0xb6a, 0x6d4, 0xdc9, 0xd92, 0xaa6, 0x956,  # 1420
    0x2ae, 0x56d, 0x36a, 0xb55, 0xaaa, 0x94d, 0x49d, 0x95d, 0x2ba, 0x5b5, 0x5aa, 0xd55,  # 1432
    0xa9a, 0x92e, 0x26e, 0x55d, 0xada, 0x6d4, 0x6a5, 0xb27, 0xa4d, 0x4ad, 0x56d, 0xb5a,  # 1444
    0x754, 0xf49, 0xe92, 0xd26, 0xa56, 0x356, 0x6b5, 0xbaa, 0xb92, 0xb25, 0x68b, 0xa9b,  # 1456
    0x55a, 0xada, 0x5b4, 0xda9, 0xb52, 0xa9a, 0x536, 0x276, 0x575, 0xaf2, 0x6d4, 0x6a9,  # 1468
    0x555, 0x2ad, 0x4bd, 0x9ba, 0x574, 0xb69, 0xb52, 0xa95, 0x52d, 0xa5d, 0x4da, 0xad9,  # 1480
    0x6b2, 0xe95, 0xe2a, 0xc96, 0x92e, 0xaad, 0x56a, 0xd65, 0xd4a, 0xd15, 0x62b, 0xc5b,  # 1492
    0x53a, 0x6b5, 0xdb2, 0xd64, 0xd29, 0xa55, 0x4ad, 0x96d, 0xaea, 0x6e8, 0xed1, 0xda4,  # 1504
    0xd4a, 0xa6a, 0x2da, 0x5b9, 0xb72, 0xb68, 0x6d1, 0x655, 0x4ab, 0x95b, 0x2ba, 0x5b5,  # 1516
    0xda9, 0xd52, 0xca6, 0x94e, 0x46e, 0x95d, 0x4da, 0xad5, 0xaaa, 0xa4d, 0x49b, 0x937,  # 1528
    0x4b6, 0x975, 0xd6a, 0xd52, 0xaa5, 0x94b, 0x2ab, 0x55b, 0xad9, 0x5d2, 0xdc5, 0xd92,  # 1540
    0xb25, 0x555, 0xab5, 0x5b4, 0xba9, 0x7a2, 0x745, 0x593, 0xaab, 0x4d6, 0x9d6, 0x5d2,  # 1552
    0xba5, 0xb4a, 0xa95, 0x4ad, 0x15d, 0x2dd, 0x9da, 0x5b4, 0x5a9, 0x52d, 0x25b, 0x8b7,  # 1564
    0x176, 0x56d, 0xb6a, 0xaca, 0xa96, 0x52b, 0x15b, 0x2bb, 0x5b6, 0xdaa, 0xb94, 0xd46,  # 1576
    0xa8d, 0x52d, 0xa9d, 0x55a, 0x755, 0x749, 0xf13, 0xe4a, 0xa96, 0x556, 0x6b5, 0xbaa,  # 1588
    0xb94,  # 1600
)
_TABULAR_EPOCH: Final = 227015  # 1 Muharram 1 AH = 16 July 622 (Julian), a Friday


def _uq_starts() -> list[int]:
    starts = [_UQ_EPOCH]
    for mask in _UQ_MASKS:
        for m in range(12):
            starts.append(starts[-1] + (30 if mask >> m & 1 else 29))
    return starts


_UQ_STARTS: Final = _uq_starts()  # entry 12*(year-1300) + month-1; one past the end
_UQ_LAST_YEAR: Final = _UQ_FIRST_YEAR + len(_UQ_MASKS) - 1


_MAX_ORDINAL: Final = _dt.date.max.toordinal()


def _check_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{name} must be an int, not {type(value).__name__}"
        raise TypeError(msg)
    return value


def _rule_start(year: int, month: int, method: str) -> int:
    """Gregorian ordinal of day 1 of ``month`` of ``year`` under the rule (no offset)."""
    if method == "umm-al-qura":
        if not _UQ_FIRST_YEAR <= year <= _UQ_LAST_YEAR:
            msg = (
                f"Hijri year {year} is outside the Umm al-Qura table "
                f"({_UQ_FIRST_YEAR}-{_UQ_LAST_YEAR} AH); use method='tabular'"
            )
            raise CalendarRangeError(msg)
        return _UQ_STARTS[12 * (year - _UQ_FIRST_YEAR) + month - 1]
    if not 1 <= year <= 9665:
        msg = f"Hijri year {year} is outside 1-9665 AH"
        raise CalendarRangeError(msg)
    return _TABULAR_EPOCH - 1 + 354 * (year - 1) + (3 + 11 * year) // 30 + 29 * (month - 1) + month // 2 + 1


def _rule_from_ordinal(ordinal: int, method: str) -> tuple[int, int]:
    """(year, month) containing Gregorian ``ordinal`` under the rule (no offset)."""
    if method == "umm-al-qura":
        if not _UQ_STARTS[0] <= ordinal < _UQ_STARTS[-1]:
            lo = _dt.date.fromordinal(_UQ_STARTS[0])
            hi = _dt.date.fromordinal(_UQ_STARTS[-1] - 1)
            msg = f"the Umm al-Qura table covers {lo} to {hi}; use method='tabular'"
            raise CalendarRangeError(msg)
        lo_i, hi_i = 0, len(_UQ_STARTS) - 1
        while hi_i - lo_i > 1:
            mid = (lo_i + hi_i) // 2
            if _UQ_STARTS[mid] <= ordinal:
                lo_i = mid
            else:
                hi_i = mid
        year, m0 = divmod(lo_i, 12)
        return _UQ_FIRST_YEAR + year, m0 + 1
    if ordinal < _TABULAR_EPOCH:
        msg = "dates before 1 Muharram 1 AH (16 July 622) have no Hijri date"
        raise CalendarRangeError(msg)
    year = (30 * (ordinal - _TABULAR_EPOCH) + 10646) // 10631
    prior = ordinal - _rule_start(year, 1, method)
    month = (11 * prior + 330) // 325
    return year, month


def _method_offset(method: str, offset: int | None) -> tuple[str, int]:
    if method not in METHODS:
        msg = f"method must be one of {', '.join(METHODS)}, not {method!r}"
        raise ValueError(msg)
    if offset is None:
        return method, DEFAULT_OFFSETS[method]
    return method, _check_int("offset", offset)


def _next(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _prev(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _start(
    year: int,
    month: int,
    method: str,
    offset: int,
    month_starts: Mapping[tuple[int, int], _dt.date] | None,
) -> int:
    if month_starts is not None and (year, month) in month_starts:
        return month_starts[(year, month)].toordinal()
    return _rule_start(year, month, method) - offset


class HijriDate:
    """A Hijri date (year AH, month 1-12 with মহররম = 1, day 1-30); immutable, ordered.

    Day 30 is accepted in every month: whether a month has 29 or 30 days in Bangladesh
    is decided by sighting, not by a rule.

    >>> HijriDate(1446, 9, 1).month_name
    'রমজান'
    >>> HijriDate(1446, 13, 1)
    Traceback (most recent call last):
    ...
    bn_datetime.errors.InvalidDateError: cannot parse 'HijriDate(1446, 13, 1)': month 13 is not 1-12 at position 0
    """

    __slots__ = ("_day", "_month", "_year")

    def __init__(self, year: int, month: int, day: int) -> None:
        _check_int("year", year)
        _check_int("month", month)
        _check_int("day", day)
        text = f"HijriDate({year}, {month}, {day})"
        if year < 1:
            raise InvalidDateError(text, 0, reason=f"year {year} is before 1 AH")
        if not 1 <= month <= 12:
            raise InvalidDateError(text, 0, reason=f"month {month} is not 1-12")
        if not 1 <= day <= 30:
            raise InvalidDateError(text, 0, reason=f"day {day} is not 1-30")
        self._year = year
        self._month = month
        self._day = day

    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    @property
    def day(self) -> int:
        return self._day

    @property
    def month_name(self) -> str:
        return MONTH_NAMES[self._month - 1]

    def _key(self) -> tuple[int, int, int]:
        return (self._year, self._month, self._day)

    def __repr__(self) -> str:
        return f"HijriDate({self._year}, {self._month}, {self._day})"

    def __str__(self) -> str:
        return format_hijri(self)

    def __hash__(self) -> int:
        return hash(self._key())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HijriDate):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, HijriDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, HijriDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, HijriDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, HijriDate):
            return NotImplemented
        return self._key() >= other._key()

    def __reduce__(self) -> tuple[Any, ...]:
        return (HijriDate, self._key())

    def to_gregorian(
        self,
        *,
        offset: int | None = None,
        method: str = "umm-al-qura",
        month_starts: Mapping[tuple[int, int], _dt.date] | None = None,
    ) -> _dt.date:
        """Approximate Gregorian date (see the module docstring for the ±1 day caveat)."""
        return hijri_to_gregorian(
            self._year, self._month, self._day,
            offset=offset, method=method, month_starts=month_starts,
        )

    @classmethod
    def from_gregorian(
        cls,
        date: _dt.date,
        *,
        offset: int | None = None,
        method: str = "umm-al-qura",
        month_starts: Mapping[tuple[int, int], _dt.date] | None = None,
    ) -> HijriDate:
        return gregorian_to_hijri(date, offset=offset, method=method, month_starts=month_starts)

    @classmethod
    def parse(cls, text: str) -> HijriDate:
        return parse_hijri(text)


def hijri_to_gregorian(
    year: int,
    month: int,
    day: int,
    *,
    offset: int | None = None,
    method: str = "umm-al-qura",
    month_starts: Mapping[tuple[int, int], _dt.date] | None = None,
) -> _dt.date:
    """Gregorian date of a Hijri date: right or one day off for Bangladesh (see above).

    ``method`` is ``"umm-al-qura"`` (AH 1300-1600) or ``"tabular"``; ``offset`` is the
    number of days the rule's month starts are moved *earlier* (default -1 for Umm
    al-Qura: Bangladesh starts a day later; 0 for tabular). ``month_starts`` maps
    ``(year, month)`` to an announced Gregorian first day, which then wins.

    >>> from datetime import date
    >>> hijri_to_gregorian(1447, 7, 1, offset=0)
    datetime.date(2025, 12, 21)
    >>> hijri_to_gregorian(1446, 9, 1, month_starts={(1446, 9): date(2025, 3, 2)})
    datetime.date(2025, 3, 2)
    """
    HijriDate(year, month, day)  # validates
    method, off = _method_offset(method, offset)
    ordinal = _start(year, month, method, off, month_starts) + day - 1
    if not 1 <= ordinal <= _MAX_ORDINAL:
        msg = f"HijriDate({year}, {month}, {day}) with offset {off} falls outside the Gregorian years 1-9999"
        raise CalendarRangeError(msg)
    return _dt.date.fromordinal(ordinal)


def gregorian_to_hijri(
    d: _dt.date,
    *,
    offset: int | None = None,
    method: str = "umm-al-qura",
    month_starts: Mapping[tuple[int, int], _dt.date] | None = None,
) -> HijriDate:
    """Hijri date of a Gregorian date: right or one day off for Bangladesh (see above).

    >>> from datetime import date
    >>> gregorian_to_hijri(date(2025, 3, 2), month_starts={(1446, 9): date(2025, 3, 2)})
    HijriDate(1446, 9, 1)
    """
    if not isinstance(d, _dt.date):
        msg = f"gregorian_to_hijri() needs a datetime.date, not {type(d).__name__}"
        raise TypeError(msg)
    method, off = _method_offset(method, offset)
    ordinal = d.toordinal()
    year, month = _rule_from_ordinal(ordinal + off, method)
    if month_starts:
        # An announced start may move the boundary either way by a day or two.
        for ym in (_next(year, month), (year, month), _prev(year, month)):
            start = _start(*ym, method, off, month_starts)
            if start <= ordinal:
                year, month = ym
                break
    start = _start(year, month, method, off, month_starts)
    day = ordinal - start + 1
    if not 1 <= day <= 30:
        msg = f"announced month starts leave {d} outside any month of 29-30 days"
        raise ValueError(msg)
    return HijriDate(year, month, day)


# --- names, parsing and formatting ------------------------------------------------------


def _name_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch not in " -\u2018\u2019'`")


_MONTH_LOOKUP: Final = {_name_key(n): m for m, names in HIJRI_MONTHS for n in names}


_MAX_NAME_LENGTH: Final = 100


def hijri_month_from_name(name: str) -> int:
    """Month number (মহররম = 1) of a Hijri month name in any listed spelling.

    Spaces, hyphens and apostrophes inside the name do not matter.

    >>> hijri_month_from_name("রবিউস-সানী"), hijri_month_from_name("রমযান"), hijri_month_from_name("জিলহজ্জ")
    (4, 9, 12)
    """
    if not isinstance(name, str):
        msg = f"hijri_month_from_name() needs a str, not {type(name).__name__}"
        raise TypeError(msg)
    if len(name) > _MAX_NAME_LENGTH:  # no month name is this long: refused before any work
        reason = f"longer than {_MAX_NAME_LENGTH} characters"
        raise ParseError(name, _MAX_NAME_LENGTH, expected="a Hijri month name", reason=reason)
    norm, _ = normalize_with_map(name)
    month = _MONTH_LOOKUP.get(_name_key(norm))
    if month is None:
        raise ParseError(name, 0, expected="a Hijri month name", reason="unknown month")
    return month


# The tokens parse_hijri walks, in order, to say where a text stops being a Hijri date:
# (kinds that may stand there, whether it may be left out, what was expected).
_SHAPE: Final[tuple[tuple[str, bool, str], ...]] = (
    ("d", False, "a day number"),
    ("o", True, ""),
    ("J", False, "a Hijri month name"),
    (",", True, ""),
    ("yqd", False, "a year"),
    ("Q", True, ""),
)


def _stop(kinds: str) -> tuple[int, str]:
    """The token where ``kinds`` leaves the Hijri date's shape, and what was expected there."""
    at = 0
    for allowed, optional, expected in _SHAPE:
        if at < len(kinds) and kinds[at] in allowed:
            at += 1
        elif not optional:
            return at, expected
    return at, ""


def parse_hijri(text: str) -> HijriDate:
    """Read a whole Hijri date: day (ordinal suffix allowed), month name, year, era word.

    The era word (হিজরি, হিজরী, হি., হিঃ) is optional. The text is read by the one
    scanner and the grammar's Hijri date rule (:func:`bn_datetime.reader.grammar.hijri_roles`),
    as :func:`bn_datetime.search` reads it, with a year of one to four digits. Errors
    are :class:`~bn_datetime.errors.ParseError` with the position in ``text``.

    >>> parse_hijri("১৫ই শা'বান ১৪৪৬")
    HijriDate(1446, 8, 15)
    >>> parse_hijri("পহেলা মহররম ১৪৪৭ হিজরি")
    HijriDate(1447, 1, 1)
    >>> parse_hijri("১০ রবিউল আউয়াল")
    Traceback (most recent call last):
    ...
    bn_datetime.errors.ParseError: cannot parse '১০ রবিউল আউয়াল': expected a year at position 15
    """
    if not isinstance(text, str):
        msg = f"parse_hijri() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    norm, omap = normalize_with_map(text)
    tokens = scan(norm)
    found = hijri_roles(tokens.kinds)
    if found is None:
        at, expected = _stop(tokens.kinds)
        if expected:  # where the missing piece should begin
            pos = tokens.starts[at] if at < len(tokens.starts) else len(norm)
        else:  # text after a whole date: where the date ends
            pos = tokens.ends[at - 1]
        orig = omap.to_original(pos) if omap is not None else pos
        reason = "" if expected else "unexpected text after the date"
        raise ParseError(text, orig, expected=expected, reason=reason)
    reading = Fields.from_roles(tokens, found)
    day, month, year = reading.hday, reading.hmonth, reading.hyear
    if day is None or month is None or year is None:  # the rule fills all three
        raise ParseError(text, 0, expected="a Hijri date")
    try:
        return HijriDate(year, month, day)
    except InvalidDateError as exc:
        raise InvalidDateError(text, 0, reason=exc.reason) from None


def format_hijri(h: HijriDate, *, era: bool = True, bengali_digits: bool = True) -> str:
    """``১০ রবিউল আউয়াল ১৪৪৬ হিজরি`` (canonical month spelling, era word optional).

    >>> format_hijri(HijriDate(1446, 3, 10), era=False, bengali_digits=False)
    '10 রবিউল আউয়াল 1446'
    """
    if not isinstance(h, HijriDate):
        msg = f"format_hijri() needs a HijriDate, not {type(h).__name__}"
        raise TypeError(msg)
    text = f"{h.day} {h.month_name} {h.year}" + (f" {ERA}" if era else "")
    return to_bengali_digits(text) if bengali_digits else text
