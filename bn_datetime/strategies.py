"""Hypothesis strategies for Bengali dates and numbers with their known values.

For property-based tests of code that reads Bengali dates: each strategy draws text
together with the value it stands for, computed from the drawn integers (never by
parsing the text), so a test can check a parser against it.

* :func:`bengali_datetime_strings` — ``(text, expected_datetime)`` pairs in the named
  styles (:data:`bn_datetime.STYLES`), with Bengali, ASCII or mixed digits, the spelling
  variants of :mod:`bn_datetime.lexicon`, either Unicode encoding of য় ড় ঢ়, and byline
  labels such as ``প্রকাশ :``.
* :func:`bengali_number_words` — ``(text, value)`` pairs: a number in words, each word
  in one of its accepted spellings.
* :func:`bangla_dates` — :class:`~bn_datetime.calendars.bangla_calendar.BengaliDate` values of a
  Bangla calendar.
* :func:`bengali_intervals`, :func:`bengali_durations`, :func:`bengali_recurrences` —
  ``(text, expected_isoformat)`` pairs of ranges, lengths and repeating times.

Everything is built from ``integers``, ``booleans`` and ``sampled_from`` (never
filtered), so failures shrink to small, canonical examples: the date towards
1 January 2000 at midnight, spellings towards the canonical one, no label, Bengali
digits, NFC.

Needs ``hypothesis`` (``pip install "bn_datetime[strategies]"``).

>>> from hypothesis import given
>>> import bn_datetime as bd
>>> @given(bengali_datetime_strings(style="news"))
... def test_news(case):
...     text, expected = case
...     assert bd.parse(text) == expected
>>> test_news()
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Final
from zoneinfo import ZoneInfo

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the environment
    msg = 'bn_datetime.strategies needs hypothesis: pip install "bn_datetime[strategies]"'
    raise ImportError(msg) from exc

from .calendars.bangla_calendar import BengaliDate
from .lexicon import BANGLA_MONTHS, DAY_PERIODS, MONTHS, WEEKDAYS
from .lexicon._numbers import CARDINALS, NEGATIVE_WORDS, SCALES
from .numerals.numwords import number_to_words
from .reader.pattern import STYLE_PRECISION
from .text.digits import to_ascii_digits, to_bengali_digits
from .writer.formatting import _NUKTA_PAIRS, STYLES, AmPmWords, format_datetime

__all__ = [
    "DATE_STYLES",
    "LABEL_PHRASES",
    "bangla_dates",
    "bengali_datetime_strings",
    "bengali_durations",
    "bengali_intervals",
    "bengali_number_words",
    "bengali_recurrences",
]

#: The styles whose text carries a date, and so has one answer without ``now``.
DATE_STYLES: Final = ("news", "news-24h", "date", "full", "long", "medium", "short", "iso", "masthead")
_CENTRE: Final = date(2000, 1, 1)
_UTC: Final = timezone.utc
_BANGLA_CALENDARS: Final = ("bd", "bd-2019", "bd-1987", "wb", "wb-drik")
_FIRST_BANGLA: Final = date(1800, 1, 1)
_LAST_BANGLA: Final = date(2200, 12, 31)


def _bengali_script(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if any("\u0980" <= c <= "\u09ff" for c in w))


# Spellings, canonical first (so they shrink to it). Only Bengali-script spellings.
_MONTH_WORDS: Final = {n: _bengali_script(words) for n, words in MONTHS}
_WEEKDAY_WORDS: Final = {n: _bengali_script(words) for n, words in WEEKDAYS}
_BANGLA_MONTH_WORDS: Final = {n: _bengali_script(words) for n, words in BANGLA_MONTHS}
# Day-period words that name the whole window; মধ্যরাত and মধ্যাহ্ন name one moment in it.
_PERIODS: Final = tuple(
    (p.start, p.end, tuple(w for w in p.words if not w.startswith("মধ্য"))) for p in DAY_PERIODS
)
# Byline labels as sites print them, made of the lexicon's label words (a test checks
# that); the separators printed after them.
LABEL_PHRASES: Final = ("প্রকাশ", "প্রকাশিত", "আপডেট", "সর্বশেষ আপডেট", "শেষ আপডেট", "হালনাগাদ", "তারিখ")
_SEPARATORS: Final = (" : ", ": ", "ঃ ", " ঃ ")
# Spelling choices are drawn from 0.._MAX_SPELLINGS-1 (a multiple of 1..4, so the
# usual 2-4 spellings are equally likely); at most _MAX_DIGITS digits in a text and
# _MAX_WORDS words in a number below 10**21.
_MAX_SPELLINGS: Final = 12
_MAX_DIGITS: Final = 32
_MAX_WORDS: Final = 24
_AMPM: Final[tuple[AmPmWords, ...]] = ("short", "formal", "latin")
_DIGITS: Final = ("bengali", "ascii", "mixed")


def _period_words(hour: int) -> tuple[str, ...]:
    for start, end, words in _PERIODS:
        if (start <= hour < end) if start < end else (hour >= start or hour < end):
            return words
    raise AssertionError(hour)  # pragma: no cover - the periods cover the day


def _quote(word: str) -> str:
    return "'" + word.replace("'", "''") + "'"


def _wall_time_ok(naive: datetime, zone: ZoneInfo) -> bool:
    """True when ``naive`` happened exactly once in ``zone`` (no gap, no overlap)."""
    aware = naive.replace(tzinfo=zone)
    if aware.astimezone(_UTC).astimezone(zone).replace(tzinfo=None) != naive:
        return False  # skipped by a clock change
    return aware.utcoffset() == aware.replace(fold=1).utcoffset()


def _dates(min_year: int, max_year: int) -> st.SearchStrategy[date]:
    """Dates in ``min_year``–``max_year``, shrinking towards 1 January 2000."""
    if not 1 <= min_year <= max_year <= 9999:
        msg = f"need 1 <= min_year <= max_year <= 9999, got {min_year}, {max_year}"
        raise ValueError(msg)
    low, high = date(min_year, 1, 1).toordinal(), date(max_year, 12, 31).toordinal()
    centre = min(max(_CENTRE.toordinal(), low), high)
    return st.integers(low - centre, high - centre).map(lambda k: date.fromordinal(centre + k))


def _moment(day: date, seconds: int, zone: ZoneInfo, precision: str) -> datetime:
    """The aware moment of ``day`` + ``seconds`` in ``zone``, truncated to ``precision``.

    A wall time that a clock change skipped or repeated is moved on an hour at a time
    (a date-only value on a day at a time) until it happened exactly once: a pure
    function of the drawn integers, so shrinking still works.
    """
    if precision == "day":
        seconds = 0
    elif precision == "minute":
        seconds -= seconds % 60
    naive = datetime.combine(day, datetime.min.time()) + timedelta(seconds=seconds)
    step = timedelta(days=1) if precision == "day" else timedelta(hours=1)
    for _ in range(48):
        if _wall_time_ok(naive, zone):
            return naive.replace(tzinfo=zone)
        naive += step
    msg = f"no unambiguous wall time near {naive} in {zone.key}"  # pragma: no cover
    raise ValueError(msg)  # pragma: no cover


def _pick(words: Sequence[str], choice: int) -> str:
    """The ``choice``-th spelling (modulo their number): 0 is the canonical one."""
    return words[choice % len(words)]


def _style_text(style: str, moment: datetime, ampm: AmPmWords, choices: Sequence[int]) -> str:
    """``moment`` written in ``style`` with Bengali digits and the chosen spellings."""
    month_choice, weekday_choice, period_choice, bangla_choice = choices
    pattern = STYLES[style]
    # রাত ১২টা is written under the day it ends (as format_datetime writes it)
    day = moment - timedelta(days=1) if "B" in pattern and moment.hour == 0 else moment
    if "MMMM" in pattern:
        month = _pick(_MONTH_WORDS[day.month], month_choice)
        pattern = pattern.replace("MMMM", _quote(month))
    if "EEEE" in pattern:
        weekday = _pick(_WEEKDAY_WORDS[day.weekday()], weekday_choice)
        pattern = pattern.replace("EEEE", _quote(weekday))
    text = format_datetime(moment, pattern, ampm=ampm)
    if "B" in pattern:  # the pattern needs its B to compile: swap the word it wrote
        words = _period_words(moment.hour)
        written = f", {words[0]} "
        assert written in text, text
        text = text.replace(written, f", {_pick(words, period_choice)} ", 1)
    if style == "masthead":
        bangla = BengaliDate.from_gregorian(moment.date())
        month = _pick(_BANGLA_MONTH_WORDS[bangla.month], bangla_choice)
        text += f", {to_bengali_digits(bangla.day)} {month} {to_bengali_digits(bangla.year)}"
    return text


def _digit_script(text: str, script: str, flips: int) -> str:
    """Bengali digits as they are, all ASCII, or mixed: bit ``i`` of ``flips`` set makes
    the ``i``-th digit ASCII."""
    if script == "bengali":
        return text
    if script == "ascii":
        return to_ascii_digits(text)
    chars = list(text)
    positions = [i for i, c in enumerate(chars) if "০" <= c <= "৯"]
    for bit, i in enumerate(positions):
        if flips >> bit & 1:
            chars[i] = to_ascii_digits(chars[i])
    return "".join(chars)


def _precompose(text: str) -> str:
    for pair, single in _NUKTA_PAIRS:
        text = text.replace(pair, single)
    return text


def _styles(style: str | Sequence[str] | None) -> tuple[str, ...]:
    names = DATE_STYLES if style is None else (style,) if isinstance(style, str) else tuple(style)
    for name in names:
        if name not in DATE_STYLES:
            why = "it carries no date" if name in STYLES else "it is not a style"
            msg = f"style {name!r} is not drawable ({why}); choose from {DATE_STYLES}"
            raise ValueError(msg)
    if not names:
        msg = "style needs at least one style name"
        raise ValueError(msg)
    return names


def bengali_datetime_strings(
    style: str | Sequence[str] | None = None,
    tz: str = "Asia/Dhaka",
    *,
    min_year: int = 1971,
    max_year: int = 2037,
    labels: bool = True,
) -> st.SearchStrategy[tuple[str, datetime]]:
    """Draw ``(text, expected)``: Bengali date text and the aware datetime it means.

    Args:
        style: a style of :data:`bn_datetime.STYLES` that carries a date (see
            :data:`DATE_STYLES`; ``time`` has no date), several of them, or ``None``
            for all.
        tz: the IANA zone the wall-clock time is in; pass the same ``tz=`` to the
            parser. ``expected`` is aware in this zone (the ``iso`` style also writes
            the offset).
        min_year: the first Gregorian year drawn. Before 1942 Dhaka and Kolkata kept
            offsets with seconds (+05:53:20), which pytz, and so bn_datetime, rounds
            to whole minutes: ``expected`` (from :mod:`zoneinfo`) would then differ
            by 20 seconds.
        max_year: the last year drawn. pytz's tables end in 2037, so after that a
            zone with daylight saving time (not Dhaka or Kolkata) has none.
        labels: sometimes put a byline label (``প্রকাশ : ``, ``আপডেট: `` …) first.

    ``expected`` is truncated to what the style writes: midnight for a date
    (``date``, ``short``, ``masthead``), whole minutes for ``news``, ``news-24h`` and
    ``full``, whole seconds for ``iso``, so ``bn_datetime.parse(text, tz=tz) ==
    expected``. Wall times a clock change skipped or repeated are not drawn. The text
    varies in its digits (Bengali, ASCII or mixed), month, weekday, day-period and
    Bangla-month spellings, AM/PM words (এএম, পূর্বাহ্ণ, AM), the encoding of য় ড় ঢ়
    (NFC or the precomposed code points), and its label.
    """
    names = _styles(style)
    zone = ZoneInfo(tz)
    dates = _dates(min_year, max_year)

    def build(
        name: str,
        day: date,
        seconds: int,
        ampm: AmPmWords,
        choices: tuple[int, int, int, int],
        script: str,
        flips: int,
        precomposed: bool,
        label: tuple[bool, str, str],
    ) -> tuple[str, datetime]:
        moment = _moment(day, seconds, zone, STYLE_PRECISION[name])  # what the text carries
        text = _digit_script(_style_text(name, moment, ampm, choices), script, flips)
        if precomposed:
            text = _precompose(text)
        with_label, phrase, separator = label
        if labels and with_label:
            text = phrase + separator + text
        return text, moment

    # A fixed shape of choices, each shrinking to 0 on its own: spellings are picked
    # by index modulo their number, so a smaller date never misreads a later choice.
    spelling = st.integers(0, _MAX_SPELLINGS - 1)
    return st.builds(
        build,
        st.sampled_from(names),
        dates,
        # hour, minute and second apart: one number of seconds would favour small hours
        st.builds(
            lambda h, m, s: 3600 * h + 60 * m + s,
            st.integers(0, 23),
            st.integers(0, 59),
            st.integers(0, 59),
        ),
        st.sampled_from(_AMPM),
        st.tuples(spelling, spelling, spelling, spelling),
        st.sampled_from(_DIGITS),
        st.integers(0, 2**_MAX_DIGITS - 1),
        st.booleans(),
        st.tuples(st.booleans(), st.sampled_from(LABEL_PHRASES), st.sampled_from(_SEPARATORS)),
    )


# Number words: canonical spelling -> every accepted spelling (canonical first).
_WORD_VARIANTS: Final = {
    spellings[0]: spellings
    for _, spellings in (*CARDINALS, *(row for row in SCALES if row[0] in (1_000, 100_000)))
}
_HUNDREDS: Final = dict(SCALES)[100]  # শো শ শত
_NEGATIVES: Final = NEGATIVE_WORDS


def bengali_number_words(
    min_value: int = 0, max_value: int = 10**15
) -> st.SearchStrategy[tuple[str, int]]:
    """Draw ``(text, value)``: a whole number written in Bengali words.

    The words are :func:`bn_datetime.numerals.numwords.number_to_words`' (the Bangladesh
    standard), each replaced by a spelling drawn from the variant tables of
    ``bn_datetime/lexicon/_numbers.py``: এগার for এগারো, কুড়ি for বিশ, তিরিশ for ত্রিশ,
    উন- for ঊন-, লক্ষ for লাখ, সহস্র for হাজার; a hundred as একশো, একশ, একশত or
    with a space (এক শো); a negative as মাইনাস, ঋণাত্মক or ঋণ. য় ড় ঢ় come in either
    encoding. Values shrink towards 0 (or the bound nearest it).

    ``bn_datetime.words_to_number(text) == value`` for every draw.
    """
    if not -(10**21) < min_value <= max_value < 10**21:
        msg = f"need -10**21 < min_value <= max_value < 10**21, got {min_value}, {max_value}"
        raise ValueError(msg)

    def build(value: int, choices: list[int], spaces: int, precomposed: bool) -> tuple[str, int]:
        words = []
        for i, word in enumerate(number_to_words(value).split(" ")):
            if word in _NEGATIVES:
                words.append(_pick(_NEGATIVES, choices[i]))
            elif word in _WORD_VARIANTS:
                words.append(_pick(_WORD_VARIANTS[word], choices[i]))
            elif word.endswith(_HUNDREDS[0]) and word[: -len(_HUNDREDS[0])] in _WORD_VARIANTS:
                coefficient = _pick(_WORD_VARIANTS[word[: -len(_HUNDREDS[0])]], choices[i])
                hundred = _pick(_HUNDREDS, choices[i + _MAX_WORDS])
                words.append(coefficient + (" " if spaces >> i & 1 else "") + hundred)
            else:
                words.append(word)
        text = " ".join(words)
        return (_precompose(text) if precomposed else text), value

    spelling = st.integers(0, _MAX_SPELLINGS - 1)
    return st.builds(
        build,
        st.integers(min_value, max_value),
        st.lists(spelling, min_size=2 * _MAX_WORDS, max_size=2 * _MAX_WORDS),
        st.integers(0, 2**_MAX_WORDS - 1),
        st.booleans(),
    )


def bangla_dates(
    calendar: str | Sequence[str] | None = "bd",
    *,
    min_value: date = _FIRST_BANGLA,
    max_value: date = _LAST_BANGLA,
) -> st.SearchStrategy[BengaliDate]:
    """Draw :class:`~bn_datetime.calendars.bangla_calendar.BengaliDate` values.

    Args:
        calendar: a calendar name (``"bd"``, ``"bd-2019"``, ``"bd-1987"``, ``"wb"``,
            ``"wb-drik"``), several, or ``None`` for all of them.
        min_value: the first Gregorian day drawn (every calendar covers 1800-01-01
            to 2200-12-31).
        max_value: the last Gregorian day drawn.

    Every Gregorian day in the range is equally likely, so each Bangla month appears
    with its true length; values shrink towards 1 January 2000 (১৮ পৌষ ১৪০৬).
    """
    names = (
        _BANGLA_CALENDARS
        if calendar is None
        else (calendar,)
        if isinstance(calendar, str)
        else tuple(calendar)
    )
    for name in names:
        if name not in _BANGLA_CALENDARS:
            msg = f"unknown Bangla calendar {name!r}; choose from {_BANGLA_CALENDARS}"
            raise ValueError(msg)
    if not names:
        msg = "calendar needs at least one calendar name"
        raise ValueError(msg)
    if not _FIRST_BANGLA <= min_value <= max_value <= _LAST_BANGLA:
        msg = f"need {_FIRST_BANGLA} <= min_value <= max_value <= {_LAST_BANGLA}"
        raise ValueError(msg)
    low, high = min_value.toordinal(), max_value.toordinal()
    centre = min(max(_CENTRE.toordinal(), low), high)
    return st.builds(
        lambda k, name: BengaliDate.from_gregorian(date.fromordinal(centre + k), name),
        st.integers(low - centre, high - centre),
        st.sampled_from(names),
    )


# ---- spans: intervals, durations, recurrences ----------------------------------------

_RANGE_DASHES: Final = ("-", "\u2013", "\u2014", " - ", " \u2013 ")  # -, en dash, em dash
_DURATION_WORDS: Final = (
    ("years", "বছর"),
    ("months", "মাস"),
    ("weeks", "সপ্তাহ"),
    ("days", "দিন"),
    ("hours", "ঘণ্টা"),
    ("minutes", "মিনিট"),
)
_RRULE_DAYS: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ORDINALS: Final = ((1, "প্রথম"), (2, "দ্বিতীয়"), (3, "তৃতীয়"), (4, "চতুর্থ"), (-1, "শেষ"))
_MONTH_LENGTH: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def bengali_intervals(
    *, min_year: int = 1900, max_year: int = 2100
) -> st.SearchStrategy[tuple[str, str]]:
    """``(text, expected_isoformat)`` pairs of date ranges: ``১০-১২ সেপ্টেম্বর ২০২৪``,
    ``৩০ সেপ্টেম্বর থেকে ২ অক্টোবর ২০২৪ পর্যন্ত``, ``২৮ ডিসেম্বর ২০২৪ – ৩ জানুয়ারি ২০২৫``;
    the fields both ends share are written once, as Bengali pages print them."""

    def build(start: date, gap: int, dash: str, words: bool) -> tuple[str, str]:
        end = start + timedelta(days=gap)
        d1, d2 = to_bengali_digits(start.day), to_bengali_digits(end.day)
        m1, m2 = _MONTH_WORDS[start.month][0], _MONTH_WORDS[end.month][0]
        y1, y2 = to_bengali_digits(start.year), to_bengali_digits(end.year)
        if words:
            join, close = " থেকে ", " পর্যন্ত"
        else:
            join, close = dash, ""
        if start.year != end.year:
            text = f"{d1} {m1} {y1}{join}{d2} {m2} {y2}{close}"
        elif start.month != end.month:
            text = f"{d1} {m1}{join}{d2} {m2} {y2}{close}"
        else:
            text = f"{d1}{join}{d2} {m2} {y2}{close}"
        return text, f"{start.isoformat()}/{end.isoformat()}"

    return st.builds(
        build,
        _dates(min_year, max(min_year, max_year - 1)),
        st.integers(1, 60),
        st.sampled_from(_RANGE_DASHES),
        st.booleans(),
    )


def bengali_durations() -> st.SearchStrategy[tuple[str, str]]:
    """``(text, expected_isoformat)`` pairs of lengths: ``৩ ঘণ্টা ৪৫ মিনিট`` → ``PT3H45M``,
    ``২ বছর ৬ মাস ধরে`` → ``P2Y6M``; units from years to minutes, largest first."""

    def build(amounts: list[int], marker: bool) -> tuple[str, str]:
        parts = [
            f"{to_bengali_digits(amount)} {word}"
            for amount, (_, word) in zip(amounts, _DURATION_WORDS, strict=True)
            if amount
        ]
        if not parts:
            parts, amounts = ["১ ঘণ্টা"], [0, 0, 0, 0, 1, 0]
        years, months, weeks, days, hours, minutes = amounts
        date_part = "".join(
            f"{v}{u}" for v, u in ((years, "Y"), (months, "M"), (weeks, "W"), (days, "D")) if v
        )
        time_part = "".join(f"{v}{u}" for v, u in ((hours, "H"), (minutes, "M")) if v)
        iso = "P" + date_part + ("T" + time_part if time_part else "")
        return " ".join(parts) + (" ধরে" if marker else ""), iso

    amounts = st.lists(
        st.one_of(st.just(0), st.integers(1, 99)), min_size=len(_DURATION_WORDS), max_size=len(_DURATION_WORDS)
    )
    return st.builds(build, amounts, st.booleans())


def bengali_recurrences() -> st.SearchStrategy[tuple[str, str]]:
    """``(text, expected_rrule)`` pairs: ``প্রতি শুক্রবার`` → ``FREQ=WEEKLY;BYDAY=FR``,
    ``প্রতি মাসের প্রথম শুক্রবার`` → ``FREQ=MONTHLY;BYDAY=1FR``, ``প্রতিবছর ২১ ফেব্রুয়ারি``,
    ``প্রতিদিন সকাল ১০টায়``; every so many periods, ``প্রতি ২ সপ্তাহে``, ``তিন মাস পর পর``,
    ``একদিন অন্তর`` → ``FREQ=DAILY;INTERVAL=2``; a count in each, ``মাসে ২ বার`` and
    ``সপ্তাহে তিন দিন`` → ``FREQ=MONTHLY``, ``FREQ=WEEKLY`` (``Recurrence.isoformat()``:
    RRULE has no field for the count, which ``Recurrence.times`` holds; ``to_iso`` refuses
    these rather than write FREQ=MONTHLY alone)."""

    def weekly(days: list[int]) -> tuple[str, str]:
        names = [_WEEKDAY_WORDS[d][0] for d in days]
        return "প্রতি " + " ও ".join(names), "FREQ=WEEKLY;BYDAY=" + ",".join(_RRULE_DAYS[d] for d in days)

    def monthly(ordinal: int, day: int) -> tuple[str, str]:
        number, word = _ORDINALS[ordinal]
        return (
            f"প্রতি মাসের {word} {_WEEKDAY_WORDS[day][0]}",
            f"FREQ=MONTHLY;BYDAY={number}{_RRULE_DAYS[day]}",
        )

    def yearly(month: int, day: int) -> tuple[str, str]:
        day = min(day, _MONTH_LENGTH[month - 1])
        return (
            f"প্রতিবছর {to_bengali_digits(day)} {_MONTH_WORDS[month][0]}",
            f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}",
        )

    def daily(hour: int) -> tuple[str, str]:
        if hour == 0:
            return "প্রতিদিন", "FREQ=DAILY"
        return f"প্রতিদিন সকাল {to_bengali_digits(hour)}টায়", f"FREQ=DAILY;BYHOUR={hour};BYMINUTE=0"

    def count(n: int, words: bool) -> str:
        return number_to_words(n) if words else to_bengali_digits(str(n))

    def every_so_often(unit: int, n: int, words: bool, form: int) -> tuple[str, str]:
        freq, stem, per = _REPEAT_UNITS[unit]
        said = count(n, words)
        text = (
            f"প্রতি {said} {per}",
            f"প্রতি {said} {stem} পরপর",
            f"{said} {stem} পরপর",
            f"{said} {stem} পর পর",
            f"{said} {stem} অন্তর",
        )[form]
        return text, f"FREQ={freq};INTERVAL={n}"

    def every_other(unit: int, glued: bool, word: str) -> tuple[str, str]:
        freq, stem, _ = _REPEAT_UNITS[unit]
        return f"এক{'' if glued else ' '}{stem} {word}", f"FREQ={freq};INTERVAL=2"

    def per_period(unit: int, n: int, words: bool, glued: bool) -> tuple[str, str]:
        freq, _, per = _REPEAT_UNITS[unit]
        return f"{per} {count(n, words)}{'' if glued else ' '}বার", f"FREQ={freq}"

    def days_a(unit: int, n: int, words: bool) -> tuple[str, str]:
        freq, _, per = _REPEAT_UNITS[unit]
        return f"{per} {count(n, words)} দিন", f"FREQ={freq}"

    return st.one_of(
        st.builds(weekly, st.lists(st.integers(0, 6), min_size=1, max_size=3, unique=True)),
        st.builds(monthly, st.integers(0, len(_ORDINALS) - 1), st.integers(0, 6)),
        st.builds(yearly, st.integers(1, 12), st.integers(1, 31)),
        st.builds(daily, st.sampled_from((0, 6, 7, 8, 9, 10, 11))),
        st.builds(
            every_so_often, st.integers(0, len(_REPEAT_UNITS) - 1), st.integers(2, 99), st.booleans(), st.integers(0, 4)
        ),
        st.builds(every_other, st.integers(0, 3), st.booleans(), st.sampled_from(("পরপর", "পর পর", "অন্তর"))),
        st.builds(per_period, st.integers(0, len(_REPEAT_UNITS) - 1), st.integers(2, 99), st.booleans(), st.booleans()),
        st.builds(days_a, st.integers(1, 3), st.integers(2, 7), st.booleans()),
    )


# (RRULE frequency, the unit, its locative: প্রতি ২ সপ্তাহে) for every so many periods.
_REPEAT_UNITS: Final = (
    ("DAILY", "দিন", "দিনে"),
    ("WEEKLY", "সপ্তাহ", "সপ্তাহে"),
    ("MONTHLY", "মাস", "মাসে"),
    ("YEARLY", "বছর", "বছরে"),
    ("HOURLY", "ঘণ্টা", "ঘণ্টায়"),
    ("MINUTELY", "মিনিট", "মিনিটে"),
)
