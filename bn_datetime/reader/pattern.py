"""UTS #35 (CLDR) patterns: one field class per letter, each formats *and* parses.

A pattern is compiled once into a tuple of literals and fields. Formatting asks each
field for a writer (a function of the value, made once per pattern and context, digits
already in the context's script) and joins what they write; parsing joins each field's
regular expression into one, matches the normalised text, and hands every field its
piece back. Because one class does both, whatever a pattern writes it can read.

>>> p = compile_pattern("dd MMMM y, hh:mm a")
>>> [type(e).__name__ for e in p.elements]
['Day', 'Literal', 'Month', 'Literal', 'Year', 'Literal', 'Hour12', 'Literal', 'Minute', 'Literal', 'AmPm']

Letters: ``G`` era · ``y`` ``yy`` ``yyyy`` year · ``M`` ``MM`` ``MMM`` ``MMMM`` month ·
``d`` ``dd`` day · ``E``…``EEE`` ``EEEE`` weekday · ``a`` AM/PM · ``B`` day period ·
``ddd`` day with its ordinal suffix (``১লা``, ``১৪ই``, ``২১শে``) ·
``h`` ``hh`` 1–12 · ``H`` ``HH`` 0–23 · ``m`` ``mm`` · ``s`` ``ss`` · ``S``… fraction ·
``xxx``/``XXX``/``ZZZZZ`` ``+06:00`` · ``xx``/``Z`` ``+0600`` · ``O`` ``GMT+6``.
``'quoted text'`` is literal, ``''`` is a quote; other letters must be quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, ClassVar, Final, NamedTuple

from bn_datetime import lexicon as lx
from bn_datetime.errors import ParseError, PatternError
from bn_datetime.lexicon._numbers import DATE_DIGIT_SUFFIXES
from bn_datetime.text.digits import BENGALI_DIGITS
from bn_datetime.text.normalize import normalize

from ._lexer import alternation, spellings
from .components import period_of_hour
from .fields import Fields

__all__ = ["STYLES", "STYLE_PRECISION", "Context", "Pattern", "compile_pattern"]

#: Named styles: name → pattern.
STYLES: Final[dict[str, str]] = {
    "news": "dd MMMM y, hh:mm a",
    "news-24h": "dd MMMM y, HH:mm",
    "date": "d MMMM y",
    "full": "EEEE, d MMMM y, B h'টা' m 'মিনিট'",
    "short": "dd/MM/y",
    "iso": "yyyy-MM-dd'T'HH:mm:ssxxx",
    "time": "hh:mm a",
    "masthead": "EEEE, d MMMM y",  # then the Bangla date: see format_datetime
    # Babel's (CLDR's) bn date-time formats, without the zone name (a naive value has none)
    "long": "d MMMM, y h:mm:ss a",
    "medium": "d MMM, y h:mm:ss a",
}
STYLE_PRECISION: Final[dict[str, str]] = {
    "news": "minute",
    "news-24h": "minute",
    "date": "day",
    "full": "minute",
    "short": "day",
    "iso": "second",
    "time": "minute",
    "masthead": "day",
    "long": "second",
    "medium": "second",
}

_D: Final = "[0-9\u09e6-\u09ef]"
_TO_BENGALI: Final = str.maketrans("0123456789", BENGALI_DIGITS)
_AMPM_VOCABULARY: Final = {"short": 0, "formal": 1, "latin": 2}

#: A field's writer: the value (a datetime, or a date for a pattern cut to its date
#: part, or the value seen through another calendar) → the field's text.
Writer = Callable[[Any], str]
# 0-99 as d / dd writes them, in each script: (width 1, width 2)
_ASCII_NUMBERS: Final = (tuple(str(n) for n in range(100)), tuple(f"{n:02d}" for n in range(100)))
_BENGALI_NUMBERS: Final = tuple(
    tuple(text.translate(_TO_BENGALI) for text in table) for table in _ASCII_NUMBERS
)


def _same(text: str) -> str:
    return text


def _bengali(text: str) -> str:
    return text.translate(_TO_BENGALI)


class Context(NamedTuple):
    """What a field may need when formatting: digits, AM/PM vocabulary, Bangla date."""

    digits: str = "bengali"
    ampm: str = "short"
    # (year, month, day) in another calendar when calendar= is set, with its month names
    # and era word: the d, M, y and G fields then write that calendar's date.
    other: tuple[int, int, int] | None = None
    months: tuple[tuple[int, tuple[str, ...]], ...] = lx.MONTHS
    era: str = ""

    def number(self, value: int, width: int) -> str:
        """A number in ASCII digits (see :meth:`numbers` for the context's own script)."""
        return f"{value:02d}" if width == 2 else str(value)

    def numbers(self, width: int) -> tuple[str, ...]:
        """0-99 written in this context's digits, ``width`` 2 with a leading zero.

        >>> Context().numbers(2)[7], Context(digits="ascii").numbers(1)[7]
        ('০৭', '7')
        """
        tables = _BENGALI_NUMBERS if self.digits == "bengali" else _ASCII_NUMBERS
        return tables[1 if width == 2 else 0]

    def script(self) -> Callable[[str], str]:
        """What puts ASCII digits in this context's script (the identity for ``ascii``)."""
        return _bengali if self.digits == "bengali" else _same


class _InCalendar:
    """A value seen through another calendar (``Context.other``): its year, month and day
    are that calendar's; its weekday, time and offset are the value's own."""

    __slots__ = ("_value", "day", "month", "year")

    def __init__(self, value: datetime | date, other: tuple[int, int, int]) -> None:
        self._value = value
        self.year, self.month, self.day = other

    def __getattr__(self, name: str) -> Any:
        return getattr(self._value, name)


class Element:
    """A part of a compiled pattern."""

    __slots__ = ()
    role: ClassVar[str] = ""
    needs_time: ClassVar[bool] = False

    def writer(self, ctx: Context) -> Writer:
        """The function writing this element of a value in ``ctx`` (digits in its script):
        the one definition of what the element writes."""
        raise NotImplementedError

    def format(self, value: datetime | date, ctx: Context) -> str:
        """This element of ``value`` (through ``ctx.other``'s calendar if set), in ASCII
        digits as it always was (a pattern's writers write ``ctx``'s digits)."""
        write = self.writer(ctx._replace(digits="ascii"))
        return write(_InCalendar(value, ctx.other) if ctx.other else value)

    def regex(self) -> str:
        raise NotImplementedError

    def store(self, piece: str, fields: Fields) -> None:
        """Put the parsed ``piece`` into ``fields`` (literals store nothing)."""


class Literal(Element):
    """Text written and read as it is."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def writer(self, ctx: Context) -> Writer:
        text = self.text
        return lambda value: text

    def regex(self) -> str:
        parts = [re.escape(p) for p in self.text.split(" ")]
        return " *".join(parts) if len(parts) > 1 else parts[0]


class Field(Element):
    """A pattern letter repeated ``count`` times."""

    __slots__ = ("count",)
    letter: ClassVar[str] = ""
    counts: ClassVar[tuple[int, ...]] = (1, 2)

    def __init__(self, count: int) -> None:
        self.count = count

    def width(self) -> int:
        return 2 if self.count == 2 else 1

    def digits_regex(self) -> str:
        return f"{_D}{{2}}" if self.count == 2 else f"{_D}{{1,2}}"

    def regex(self) -> str:
        return self.digits_regex()

    def store(self, piece: str, fields: Fields) -> None:
        setattr(fields, self.role, int(piece))


class Era(Field):
    letter = "G"
    counts = (1, 2, 3, 4)

    def writer(self, ctx: Context) -> Writer:
        text = ctx.era or (lx.GREGORIAN_ERAS[0] if self.count == 4 else "খ্রিঃ")
        return lambda value: text

    def regex(self) -> str:
        return alternation(spellings(((0, lx.GREGORIAN_ERAS + lx.BANGLA_ERAS + lx.HIJRI_ERAS),)))

    def store(self, piece: str, fields: Fields) -> None:
        pass


class Year(Field):
    letter = "y"
    role = "year"
    counts = (1, 2, 4)

    def writer(self, ctx: Context) -> Writer:
        pairs = ctx.numbers(2)
        if self.count == 2:
            return lambda value: pairs[value.year % 100]
        script = ctx.script()
        # yyyy as y: no padding (year 999 is ৯৯৯); four digits from two pairs
        return lambda value: (
            pairs[value.year // 100] + pairs[value.year % 100]
            if 1000 <= value.year <= 9999
            else script(str(value.year))
        )

    def regex(self) -> str:
        if self.count == 2:
            return f"{_D}{{2}}"
        return f"{_D}{{4}}" if self.count == 4 else f"{_D}{{1,4}}"

    def store(self, piece: str, fields: Fields) -> None:
        fields.year = int(piece)
        if self.count == 2:
            fields.yeardigits = 2


_MONTH_WORDS: Final = spellings(lx.MONTHS)
_BANGLA_MONTH_WORDS: Final = spellings(lx.BANGLA_MONTHS)


class Month(Field):
    letter = "M"
    role = "nmonth"
    counts = (1, 2, 3, 4)

    def writer(self, ctx: Context) -> Writer:
        if self.count <= 2:
            numbers = ctx.numbers(self.width())
            return lambda value: numbers[value.month]
        which = 0 if self.count == 4 or ctx.other else 1
        names = ("", *(words[which] for _, words in ctx.months))
        return lambda value: names[value.month]

    def regex(self) -> str:
        if self.count <= 2:
            return self.digits_regex()
        return alternation(_MONTH_WORDS)

    def store(self, piece: str, fields: Fields) -> None:
        if self.count <= 2:
            fields.nmonth = int(piece)
        else:
            fields.month = _MONTH_WORDS[piece.lower()]


_DATE_SUFFIXES: Final = {
    day: suffix for low, high, suffix in DATE_DIGIT_SUFFIXES for day in range(low, high + 1)
}
# Each day with its own suffix only (১৪শে is not a day): ASCII or Bengali digits.
_ORDINAL_DAY_RE: Final = "|".join(
    f"0?{day}{suffix}|০?{str(day).translate(_TO_BENGALI)}{suffix}"
    for day, suffix in sorted(_DATE_SUFFIXES.items(), reverse=True)
)


class Day(Field):
    """``d`` ``dd`` the day; ``ddd`` the day with its ordinal suffix: ``১লা``, ``১৪ই``, ``২১শে``."""

    letter = "d"
    role = "day"
    counts = (1, 2, 3)

    def writer(self, ctx: Context) -> Writer:
        if self.count == 3:
            numbers = ctx.numbers(1)
            ordinals = {day: numbers[day] + suffix for day, suffix in _DATE_SUFFIXES.items()}
            return lambda value: ordinals[value.day]
        numbers = ctx.numbers(self.width())
        return lambda value: numbers[value.day]

    def regex(self) -> str:
        return f"(?:{_ORDINAL_DAY_RE})" if self.count == 3 else self.digits_regex()

    def store(self, piece: str, fields: Fields) -> None:
        end = len(piece)
        while not piece[end - 1].isdecimal():
            end -= 1
        fields.day = int(piece[:end])


_WEEKDAY_WORDS: Final = spellings(lx.WEEKDAYS)


class Weekday(Field):
    letter = "E"
    role = "weekday"
    counts = (1, 2, 3, 4)

    def writer(self, ctx: Context) -> Writer:
        names = tuple(words[0 if self.count == 4 else 1] for _, words in lx.WEEKDAYS)
        return lambda value: names[value.weekday()]

    def regex(self) -> str:
        return alternation(_WEEKDAY_WORDS)

    def store(self, piece: str, fields: Fields) -> None:
        fields.weekday = _WEEKDAY_WORDS[piece.lower()]


_AMPM_WORDS: Final = spellings(lx.AMPM)


class AmPm(Field):
    letter = "a"
    role = "ampm"
    counts = (1, 2, 3, 4, 5)
    needs_time = True

    def writer(self, ctx: Context) -> Writer:
        vocabulary = _AMPM_VOCABULARY[ctx.ampm]
        am, pm = (
            word.upper() if ctx.ampm == "latin" else word
            for word in (words[vocabulary] for _, words in lx.AMPM)
        )
        by_hour = (am,) * 12 + (pm,) * 12
        return lambda value: by_hour[value.hour]

    def regex(self) -> str:
        return alternation(_AMPM_WORDS)

    def store(self, piece: str, fields: Fields) -> None:
        fields.ampm = _AMPM_WORDS[piece.lower()]


_PERIOD_WORDS: Final = spellings(tuple((i, p.words) for i, p in enumerate(lx.DAY_PERIODS)))


class DayPeriod(Field):
    letter = "B"
    role = "period"
    counts = (1, 2, 3, 4, 5)
    needs_time = True

    def writer(self, ctx: Context) -> Writer:
        by_hour = tuple(lx.DAY_PERIODS[period_of_hour(hour)].name for hour in range(24))
        return lambda value: by_hour[value.hour]

    def regex(self) -> str:
        return alternation(_PERIOD_WORDS)

    def store(self, piece: str, fields: Fields) -> None:
        fields.period = _PERIOD_WORDS[piece]


class Hour12(Field):
    letter = "h"
    role = "hour"
    needs_time = True

    def writer(self, ctx: Context) -> Writer:
        numbers = ctx.numbers(self.width())
        by_hour = tuple(numbers[hour % 12 or 12] for hour in range(24))
        return lambda value: by_hour[value.hour]


class Hour24(Field):
    letter = "H"
    role = "hour"
    needs_time = True

    def writer(self, ctx: Context) -> Writer:
        numbers = ctx.numbers(self.width())
        return lambda value: numbers[value.hour]


class Minute(Field):
    letter = "m"
    role = "minute"
    needs_time = True

    def writer(self, ctx: Context) -> Writer:
        numbers = ctx.numbers(self.width())
        return lambda value: numbers[value.minute]


class Second(Field):
    letter = "s"
    role = "second"
    needs_time = True

    def writer(self, ctx: Context) -> Writer:
        numbers = ctx.numbers(self.width())
        return lambda value: numbers[value.second]


class Fraction(Field):
    letter = "S"
    role = "fractiontext"
    counts = (1, 2, 3, 4, 5, 6)
    needs_time = True

    def writer(self, ctx: Context) -> Writer:
        script, count = ctx.script(), self.count
        return lambda value: script(f"{value.microsecond:06d}"[:count])

    def regex(self) -> str:
        return f"{_D}{{{self.count}}}"

    def store(self, piece: str, fields: Fields) -> None:
        fields.fractiontext = str(int(piece)).zfill(len(piece))[: self.count]
        if fields.second is None:
            fields.second = 0


class Offset(Field):
    """``xxx``/``XXX``/``ZZZZZ`` → +06:00; ``xx``/``Z``…``ZZZ`` → +0600; ``O`` → GMT+6."""

    letter = "x"
    role = "tzsign"
    counts = (1, 2, 3, 4, 5)
    needs_time = True
    style: ClassVar[str] = "colon"

    def writer(self, ctx: Context) -> Writer:
        script, style = ctx.script(), self.style

        def write(value: datetime) -> str:
            offset = value.utcoffset()
            if offset is None:
                raise PatternError(
                    "x", 0, "a zone field needs an aware datetime (or format_datetime(..., tz=...))"
                )
            minutes = int(offset / timedelta(minutes=1))
            sign = "-" if minutes < 0 else "+"
            hours, mins = divmod(abs(minutes), 60)
            if style == "gmt":
                text = f"GMT{sign}{hours}" + (f":{mins:02d}" if mins else "")
            elif style == "colon":
                text = f"{sign}{hours:02d}:{mins:02d}"
            else:
                text = f"{sign}{hours:02d}{mins:02d}"
            return script(text)

        return write

    def regex(self) -> str:
        if self.style == "gmt":
            return f"GMT[+-]{_D}{{1,2}}(?::{_D}{{2}})?"
        if self.style == "colon":
            return f"[+-]{_D}{{2}}:{_D}{{2}}"
        return f"[+-]{_D}{{4}}"

    def store(self, piece: str, fields: Fields) -> None:
        body = piece[3:] if piece.startswith("GMT") else piece
        fields.tzsign = body[0]
        digits = body[1:].replace(":", "")
        if self.style == "gmt" and ":" not in body:
            fields.tzhour, fields.tzminute = int(digits), 0
        else:
            fields.tzhour, fields.tzminute = int(digits[:-2]), int(digits[-2:])


class _ColonOffset(Offset):
    style = "colon"


class _BasicOffset(Offset):
    style = "basic"


class _GmtOffset(Offset):
    style = "gmt"


_FIELDS: Final[dict[str, type[Field]]] = {
    cls.letter: cls
    for cls in (Era, Year, Month, Day, Weekday, AmPm, DayPeriod, Hour12, Hour24, Minute, Second, Fraction)
}


def _offset_field(letter: str, count: int) -> Field:
    if letter == "O":
        return _GmtOffset(count)
    if letter in "xX":
        return _ColonOffset(count) if count >= 3 else _BasicOffset(count)
    # Z: 1-3 → +0600, 4 → GMT+6, 5 → +06:00
    if count == 5:
        return _ColonOffset(count)
    return _GmtOffset(count) if count == 4 else _BasicOffset(count)


# What a date-only value keeps: the fields no finer than its precision.
_CUT_RANK: Final = {"year": 0, "month": 1, "week": 2, "day": 2}
_TIME_ONLY: Final = -1  # a clock time with no date (precision "time"): the time fields only


def _rank(field: Element) -> int:
    """0 year and era, 1 month, 2 day and weekday, 3 time of day and zone."""
    if field.needs_time:
        return 3
    if isinstance(field, (Day, Weekday)):
        return 2
    return 1 if isinstance(field, Month) else 0


#: A whole pattern's writer: (value, the date in another calendar or None) → text.
PatternWriter = Callable[[Any, "tuple[int, int, int] | None"], str]


class Pattern:
    """A compiled pattern: format values, parse text (see :func:`compile_pattern`)."""

    def __init__(self, source: str, elements: tuple[Element, ...]) -> None:
        self.source = source
        self.elements = elements
        self.needs_time = any(e.needs_time for e in elements)
        groups = []
        for i, element in enumerate(elements):
            if isinstance(element, Field):
                groups.append(f"(?P<f{i}>{element.regex()})")
            else:
                groups.append(element.regex())
        self._regex = re.compile("".join(groups), re.IGNORECASE)
        offsets = [i for i, e in enumerate(elements) if isinstance(e, Offset)]
        self._offset_at = offsets[0] if offsets else -1
        # writers by context: (digits, ampm) for the plain ones (see writer())
        self._by_context: dict[tuple[object, ...], PatternWriter] = {}
        self._prefixes = ["".join(groups[:k]) for k in range(len(groups) + 1)]
        # রাত ১২টা with a date is the midnight that ends that day (as the reader takes it):
        # a pattern with a day period and a 12-hour clock writes 00:xx under the day before
        self._night_twelve = (
            any(isinstance(e, DayPeriod) for e in elements)
            and any(isinstance(e, Hour12) for e in elements)
            and not any(isinstance(e, AmPm) for e in elements)
        )
        self._is_date = tuple(isinstance(e, Field) and _rank(e) < 3 for e in elements)
        self._finest = max((_rank(e) for e in elements if isinstance(e, Field)), default=0)
        self._coarsest = min((_rank(e) for e in elements if isinstance(e, Field)), default=3)

    def format(self, value: datetime | date, ctx: Context, precision: str | None = None) -> str:
        """Write ``value``; a date (or ``precision`` day, month or year) writes the
        pattern's date part only, the fields finer than it left out with their separators."""
        return self._written(value, precision).writer(ctx)(value, ctx.other)

    def _written(self, value: datetime | date, precision: str | None) -> Pattern:
        """The pattern that writes ``value`` at ``precision``: this one, or its date or time part."""
        if precision is None and not isinstance(value, datetime):
            precision = "day"
        if precision in _CUT_RANK and self._finest > _CUT_RANK[precision]:
            return self._cut(_CUT_RANK[precision])
        if precision == "time" and self._coarsest < 3:
            return self._cut(_TIME_ONLY)
        return self

    def day_written(self, value: datetime | date, precision: str | None = None) -> date:
        """The day the date fields write for ``value``: its own, or for 00:xx under a pattern
        with a day period and a 12-hour clock, the day before (রাত ১২টা ends that day). What
        another calendar's date is computed from.

        >>> compile_pattern("EEEE d MMMM, B h:mm").day_written(datetime(2024, 9, 15, 0, 30))
        datetime.date(2024, 9, 14)
        """
        pattern = self._written(value, precision)
        if not isinstance(value, datetime):
            return value
        if pattern._night_twelve and value.hour == 0:
            return value.date() - timedelta(days=1)
        return value.date()

    def writer(self, ctx: Context) -> PatternWriter:
        """The whole pattern as one function ``(value, other)`` for ``ctx`` (its ``other``,
        the date in another calendar, passed with each value): made once per pattern and
        context from the fields' writers, then kept. It writes every field (no cut: see
        :meth:`format`).

        >>> write = compile_pattern("news").writer(Context())
        >>> write(datetime(2024, 9, 14, 18, 42), None)
        '১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম'
        """
        if ctx.months is lx.MONTHS and not ctx.era and ctx.other is None:
            key: tuple[object, ...] = (ctx.digits, ctx.ampm)
        else:
            key = (ctx.digits, ctx.ampm, ctx.months, ctx.era, ctx.other is not None)
        write = self._by_context.get(key)
        if write is None:
            write = self._compose(tuple(e.writer(ctx) for e in self.elements))
            if len(self._by_context) < 32:  # a caller's own Context(months=...) may vary
                self._by_context[key] = write
        return write

    def _compose(self, writers: tuple[Writer, ...]) -> PatternWriter:
        """One function of (value, other) joining what ``writers`` write."""
        source, offset_at, night_twelve = self.source, self._offset_at, self._night_twelve
        is_date = self._is_date

        def write(value: datetime | date, other: tuple[int, int, int] | None) -> str:
            if offset_at >= 0 and isinstance(value, datetime) and value.utcoffset() is None:
                msg = "a zone field needs an aware datetime (or format_datetime(..., tz=...))"
                raise PatternError(source, offset_at, msg)
            seen: datetime | date | _InCalendar = _InCalendar(value, other) if other else value
            if night_twelve and isinstance(value, datetime) and value.hour == 0:
                # the date fields write the day before (see __init__)
                day_before = value - timedelta(days=1)
                before = _InCalendar(day_before, other) if other else day_before
                return "".join(
                    [w(before if d else seen) for w, d in zip(writers, is_date, strict=True)]
                )
            return "".join([w(seen) for w in writers])

        if offset_at < 0 and not night_twelve:

            def write_plain(value: datetime | date, other: tuple[int, int, int] | None) -> str:
                if other:
                    return write(value, other)
                return "".join([w(value) for w in writers])

            return write_plain
        return write

    @lru_cache(maxsize=8)  # noqa: B019 - patterns are few and live as long as the module
    def _cut(self, rank: int) -> Pattern:
        if rank == _TIME_ONLY:
            kept = [not isinstance(e, Field) or _rank(e) == 3 for e in self.elements]
        else:
            kept = [not isinstance(e, Field) or _rank(e) <= rank for e in self.elements]
        fields = [i for i, e in enumerate(self.elements) if isinstance(e, Field) and kept[i]]
        if not fields:
            what = (
                "a date" if rank == _TIME_ONLY
                else "a time" if rank == _CUT_RANK["day"]
                else "fields finer than the value"
            )
            alone = "a clock time alone" if rank == _TIME_ONLY else "a date"
            msg = f"pattern {self.source!r} needs {what}, but the value is {alone}"
            raise PatternError(self.source, 0, msg)
        first, last = fields[0], fields[-1]
        out: list[Element] = []
        if not any(isinstance(e, Field) for e in self.elements[:first]):
            out.extend(self.elements[:first])  # a leading literal stays: 'তারিখ: 'd MMMM y
        i = first
        while i <= last:
            element = self.elements[i]
            if kept[i]:
                out.append(element)
            elif i + 1 <= last and isinstance(self.elements[i + 1], Literal):
                i += 1  # a dropped field goes with the separator after it
            i += 1
        for element in self.elements[last + 1 :]:
            if not isinstance(element, Literal):
                break
            out.append(element)  # y 'সাল'
        if out and isinstance(out[-1], Literal) and last + 1 < len(self.elements):
            text = out[-1].text.rstrip(" ,-/:.T")  # d MMMM y, HH:mm → d MMMM y; ISO's T
            out[-1:] = [Literal(text)] if text else []
        return Pattern(self.source, tuple(out))

    def parse(self, norm: str, text: str) -> Fields:
        """The typed reading of ``norm`` (``text`` as the caller gave it, for errors): the
        same slots the grammar fills, so both end in the same resolver."""
        m = self._regex.fullmatch(norm.strip())
        if m is None:
            raise self._error(norm, text)
        fields = Fields()
        for i, element in enumerate(self.elements):
            piece = m.group(f"f{i}") if isinstance(element, Field) else None
            if piece is not None:
                element.store(piece, fields)
        if fields.hour is not None and fields.minute is None:
            fields.minute = 0
        return fields

    def _error(self, norm: str, text: str) -> ParseError:
        stripped = norm.strip()
        for k in range(len(self.elements), -1, -1):
            m = re.compile(self._prefixes[k], re.IGNORECASE).match(stripped)
            if m is not None:
                expected = _describe(self.elements[k]) if k < len(self.elements) else "end of text"
                pos = min(m.end() + (len(norm) - len(norm.lstrip())), len(text))
                return ParseError(text, pos, expected=expected, reason=f"does not fit {self.source!r}")
        return ParseError(text, 0, reason=f"does not fit {self.source!r}")  # pragma: no cover


def _describe(element: Element) -> str:
    if isinstance(element, Literal):
        return repr(element.text)
    return f"{type(element).__name__.lower()} ({getattr(element, 'letter', '')})"


_PATTERN_RE: Final = re.compile(r"'(?:[^']|'')*'|''|([A-Za-z])\1*|[^A-Za-z']+")


_STYLE_LIKE: Final = re.compile("[A-Za-z][A-Za-z0-9-]*")


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> Pattern:
    """Compile a UTS #35 pattern or a style name (see ``STYLES``).

    >>> compile_pattern("news").source
    'dd MMMM y, hh:mm a'
    >>> compile_pattern("dd Q")
    Traceback (most recent call last):
    ...
    bn_datetime.errors.PatternError: bad pattern 'dd Q': unknown pattern letter 'Q' (quote literal text) at position 3

    A word that is neither a style nor a pattern is taken for a misspelt style:

    >>> compile_pattern("longer")
    Traceback (most recent call last):
    ...
    bn_datetime.errors.PatternError: bad pattern 'longer': unknown style 'longer'; styles are news, news-24h, date, full, short, iso, time, masthead, long, medium (as a pattern: unknown pattern letter 'l' (quote literal text)) at position 0
    """
    if not isinstance(pattern, str):
        msg = f"pattern must be a str, not {type(pattern).__name__}"
        raise TypeError(msg)
    if pattern not in STYLES and _STYLE_LIKE.fullmatch(pattern):
        try:
            return _compile(pattern)
        except PatternError as exc:
            reason = (
                f"unknown style {pattern!r}; styles are {', '.join(STYLES)} "
                f"(as a pattern: {exc.reason})"
            )
            raise PatternError(pattern, 0, reason) from None
    return _compile(pattern)


def _compile(pattern: str) -> Pattern:
    source = STYLES.get(pattern, pattern)
    if not source:
        raise PatternError(pattern, 0, "empty pattern")
    elements: list[Element] = []
    seen: set[str] = set()
    pos = 0
    for m in _PATTERN_RE.finditer(source):
        if m.start() != pos:  # pragma: no cover - the regex covers every character
            raise PatternError(source, pos, "unterminated quote")
        piece = m.group()
        pos = m.end()
        if piece == "''":
            _append_literal(elements, "'")
        elif piece.startswith("'"):
            if len(piece) < 2 or not piece.endswith("'"):
                raise PatternError(source, m.start(), "unterminated quote")
            _append_literal(elements, piece[1:-1].replace("''", "'"))
        elif m.group(1):
            letter, count = piece[0], len(piece)
            if letter in "xXZO":
                field: Field = _offset_field(letter, count)
                if count > 5:
                    raise PatternError(source, m.start(), f"too many {letter!r}")
            elif letter in _FIELDS:
                cls = _FIELDS[letter]
                if count not in cls.counts:
                    allowed = ", ".join(letter * c for c in cls.counts)
                    raise PatternError(source, m.start(), f"{piece!r} is not one of {allowed}")
                field = cls(count)
            else:
                raise PatternError(
                    source, m.start(), f"unknown pattern letter {letter!r} (quote literal text)"
                )
            role_key = field.role or field.letter
            if role_key in seen and role_key != "":
                raise PatternError(source, m.start(), f"{piece!r} repeats a field")
            seen.add(role_key)
            elements.append(field)
        else:
            _append_literal(elements, piece)
    if pos != len(source):
        raise PatternError(source, pos, "unterminated quote")
    if "h" in {getattr(e, "letter", "") for e in elements} and not seen & {"ampm", "period"}:
        raise PatternError(source, source.find("h"), "'h' needs 'a' or 'B' to be read back")
    if "H" in {getattr(e, "letter", "") for e in elements} and seen & {"ampm", "period"}:
        raise PatternError(source, source.find("H"), "'H' with 'a' or 'B' contradicts itself")
    return Pattern(source, tuple(elements))


def _append_literal(elements: list[Element], text: str) -> None:
    text = normalize(text)
    if elements and isinstance(elements[-1], Literal):
        elements[-1] = Literal(elements[-1].text + text)
    elif text:
        elements.append(Literal(text))
