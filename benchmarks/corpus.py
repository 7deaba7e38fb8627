"""Deterministic corpora of distinct, realistic Bengali news date strings for the benchmarks.

Every case is a ``(text, expected_iso)`` pair. The expected value is computed from the
datetime the text was generated from (with :mod:`zoneinfo`'s Asia/Dhaka, so the 2009
daylight-saving months carry ``+07:00``), never by calling bn_datetime's parser; strings
that carry only a date expect ``YYYY-MM-DD``, as ``bn_datetime.to_iso`` keeps precision.

* :func:`news_form` — the seed's single form, ``১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম`` (pattern
  ``dd MMMM y, hh:mm a``, Bengali digits, canonical month names, এএম/পিএম): what the
  hand-written baseline in ``baseline.py`` reads.
* :func:`mixed` — the forms Bangladeshi and West Bengal sites print: labels, weekday
  prefixes, 12 h and 24 h clocks, Prothom Alo's ``১৮: ৪২``, time first, ``MMMM d, y``,
  numeric and ISO dates, ordinals (১লা ২রা ৪ঠা ৫ই ২১শে), day periods (``রাত ৯টা ৩০ মিনিট``,
  ``বিকাল সাড়ে ৪টা``), spelling variants, Bengali or ASCII digits, and both encodings of য়.

Strings are distinct even after normalisation (NFC, digits folded to ASCII, spaces
collapsed): no cache keyed on normalised text can see the same input twice. Wall-clock
times that Asia/Dhaka skipped or repeated in 2009 are never generated, so every expected
value is unambiguous. Month and weekday names come from :mod:`bn_datetime.lexicon`
(first spelling canonical).

>>> news_form(2)[0][1] == news_form(2)[0][1]
True
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bn_datetime.lexicon import DAY_PERIODS, GREGORIAN_ERAS, MONTHS, WEEKDAYS
from bn_datetime.text.digits import to_ascii_digits, to_bengali_digits

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "MIXED_MINIMUM",
    "Case",
    "distinct_key",
    "mixed",
    "news_form",
    "news_text",
]

Case = tuple[str, str]  # (text, expected ISO 8601)

FIRST_YEAR = 1971
LAST_YEAR = 2030
MIXED_MINIMUM = 2000
DHAKA = ZoneInfo("Asia/Dhaka")

_FIRST_DAY = date(FIRST_YEAR, 1, 1).toordinal()
_LAST_DAY = date(LAST_YEAR, 12, 31).toordinal()


def _is_bengali(word: str) -> bool:
    return any("\u0980" <= char <= "\u09ff" for char in word)


# month number -> its Bengali spellings, canonical first
_MONTH_SPELLINGS: dict[int, tuple[str, ...]] = {
    number: tuple(word for word in words if _is_bengali(word)) for number, words in MONTHS
}
_CANONICAL_MONTH = {number: spellings[0] for number, spellings in _MONTH_SPELLINGS.items()}
_WEEKDAY = {number: words[0] for number, words in WEEKDAYS}
_ERAS = tuple(word for word in GREGORIAN_ERAS if _is_bengali(word))
_AM, _PM = "এএম", "পিএম"
# (a.m., p.m.) vocabularies with a weight each: BD online, Kolkata print, Latin.
_AMPM_WORDS: tuple[tuple[str, str], ...] = (
    (_AM, _PM),
    (_AM, _PM),
    (_AM, _PM),
    ("পূর্বাহ্ণ", "অপরাহ্ণ"),
    ("AM", "PM"),
    ("am", "pm"),
)
_LABELS = ("প্রকাশ", "প্রকাশিত", "আপডেট", "সর্বশেষ আপডেট", "শেষ আপডেট", "হালনাগাদ", "তারিখ")
_LABEL_SEPARATORS = (": ", " : ", ": ", "ঃ ")
_DATE_TIME_SEPARATORS = (", ", ", ", " ", " | ", " - ", " । ")
# Spellings of each day period used in running text (all of them lexicon words).
_PERIOD_SPELLINGS: dict[str, tuple[str, ...]] = {
    "ভোর": ("ভোর", "ভোরে"),
    "সকাল": ("সকাল", "সকাল", "সকালে"),
    "দুপুর": ("দুপুর", "দুপুর", "দুপুরে"),
    "বিকাল": ("বিকাল", "বিকেল", "বিকেলে"),
    "সন্ধ্যা": ("সন্ধ্যা", "সন্ধ্যা", "সন্ধ্যায়"),
    "রাত": ("রাত", "রাত", "রাতে"),
}
_OCLOCK = ("টা", "টা", "টায়")


def _period_hours(start: int, end: int) -> tuple[int, ...]:
    """The hours of a day period whose 12-hour reading is unambiguous for the texts we write.

    রাত stops at 23: after midnight, which calendar day a page means is a matter of policy.
    """
    if start < end:
        return tuple(range(start, end))
    return tuple(range(start, 24))


_PERIOD_HOURS: dict[str, tuple[int, ...]] = {
    period.name: _period_hours(period.start, period.end) for period in DAY_PERIODS
}


def _ordinal_suffix(day: int) -> str:
    """১লা ২রা ৩রা ৪ঠা ৫ই … ১৮ই ১৯শে … ৩১শে."""
    if day == 1:
        return "লা"
    if day in (2, 3):
        return "রা"
    if day == 4:
        return "ঠা"
    if day <= 18:
        return "ই"
    return "শে"


def _hour12(hour: int) -> int:
    return hour % 12 or 12


def distinct_key(text: str) -> str:
    """The form two strings must not share: NFC, ASCII digits, single spaces."""
    return " ".join(to_ascii_digits(unicodedata.normalize("NFC", text)).split())


def _unambiguous(moment: datetime) -> bool:
    """Whether the Dhaka wall time ``moment`` exists exactly once (not in a gap or overlap)."""
    return moment.utcoffset() == moment.replace(fold=1).utcoffset()


def _random_day(rng: random.Random) -> date:
    return date.fromordinal(rng.randint(_FIRST_DAY, _LAST_DAY))


def _random_moment(
    rng: random.Random,
    hours: Sequence[int] = range(24),
    minutes: Sequence[int] = range(60),
    *,
    seconds: bool = False,
) -> datetime:
    """A random aware Asia/Dhaka datetime 1971-2030 whose wall time is unambiguous."""
    while True:
        day = _random_day(rng)
        moment = datetime(
            day.year,
            day.month,
            day.day,
            rng.choice(hours),
            rng.choice(minutes),
            rng.randrange(60) if seconds else 0,
            tzinfo=DHAKA,
        )
        if _unambiguous(moment):
            return moment


def news_text(moment: datetime) -> str:
    """``moment`` in the seed's news form, written independently of bn_datetime's formatter.

    >>> news_text(datetime(2024, 9, 14, 18, 42))
    '১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম'
    """
    ampm = _PM if moment.hour >= 12 else _AM
    text = (
        f"{moment.day:02d} {_CANONICAL_MONTH[moment.month]} {moment.year}, "
        f"{_hour12(moment.hour):02d}:{moment.minute:02d} {ampm}"
    )
    return to_bengali_digits(text)


def news_form(n: int, *, seed: int = 2024) -> list[Case]:
    """``n`` distinct strings of exactly the seed's news form, with their expected ISO values.

    >>> text, expected = news_form(1)[0]
    >>> from bn_datetime.text.digits import to_ascii_digits
    >>> to_ascii_digits(text)[2:3] + expected[10:11]
    ' T'
    """
    rng = random.Random(seed)
    seen: set[datetime] = set()
    cases: list[Case] = []
    while len(cases) < n:
        moment = _random_moment(rng)
        if moment in seen:
            continue
        seen.add(moment)
        cases.append((news_text(moment), moment.isoformat()))
    return cases


# ---------------------------------------------------------------------------- mixed corpus


class _Writer:
    """The random choices one string is written with (digits, spellings, encodings)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ascii_digits = rng.random() < 0.2
        self.pad_day = rng.random() < 0.6
        self.canonical_month = rng.random() < 0.7
        self.ampm = rng.choice(_AMPM_WORDS)

    def month(self, number: int) -> str:
        if self.canonical_month:
            return _CANONICAL_MONTH[number]
        return self.rng.choice(_MONTH_SPELLINGS[number])

    def day(self, day: int) -> str:
        return f"{day:02d}" if self.pad_day else str(day)

    def finish(self, text: str) -> str:
        """Apply the digit script and, on half of the strings, the web's precomposed য় ড় ঢ়."""
        if not self.ascii_digits:
            text = to_bengali_digits(text)
        if self.rng.random() < 0.5:
            text = (
                text.replace("\u09af\u09bc", "\u09df")
                .replace("\u09a1\u09bc", "\u09dc")
                .replace("\u09a2\u09bc", "\u09dd")
            )
        return text


# -- date parts: (writer, day) -> text


def _date_dmy(w: _Writer, day: date) -> str:
    return f"{w.day(day.day)} {w.month(day.month)} {day.year}"


def _date_ordinal(w: _Writer, day: date) -> str:
    gap = " " if w.rng.random() < 0.15 else ""
    return f"{day.day}{gap}{_ordinal_suffix(day.day)} {w.month(day.month)} {day.year}"


def _date_mdy(w: _Writer, day: date) -> str:
    return f"{w.month(day.month)} {day.day}, {day.year}"


_DATE_PARTS: tuple[Callable[[_Writer, date], str], ...] = (
    _date_dmy,
    _date_dmy,
    _date_dmy,
    _date_dmy,
    _date_ordinal,
    _date_mdy,
)


def _with_weekday(w: _Writer, day: date, text: str) -> str:
    if w.rng.random() < 0.25:
        return f"{_WEEKDAY[day.weekday()]}, {text}"
    return text


# -- time parts: (writer) -> (hour, minute, writer of the text for that hour and minute)

_TimeText = Callable[[int, int], str]


def _time_12h(w: _Writer) -> tuple[Sequence[int], Sequence[int], _TimeText]:
    am, pm = w.ampm
    pad = w.rng.random() < 0.8

    def text(hour: int, minute: int) -> str:
        clock = f"{_hour12(hour):02d}" if pad else str(_hour12(hour))
        return f"{clock}:{minute:02d} {pm if hour >= 12 else am}"

    return range(24), range(60), text


def _time_24h(w: _Writer) -> tuple[Sequence[int], Sequence[int], _TimeText]:
    space = ": " if w.rng.random() < 0.3 else ":"  # Prothom Alo writes ১৮: ৪২

    def text(hour: int, minute: int) -> str:
        return f"{hour:02d}{space}{minute:02d}"

    return range(24), range(60), text


def _period_word(w: _Writer, hour: int) -> str:
    for name, hours in _PERIOD_HOURS.items():
        if hour in hours:
            return w.rng.choice(_PERIOD_SPELLINGS[name])
    msg = f"no day period for hour {hour}"
    raise AssertionError(msg)


_PERIOD_HOUR_SET = tuple(sorted({hour for hours in _PERIOD_HOURS.values() for hour in hours}))


def _time_period_clock(w: _Writer) -> tuple[Sequence[int], Sequence[int], _TimeText]:
    """সকাল ১০:৩০, রাত ১০:১৫."""

    def text(hour: int, minute: int) -> str:
        return f"{_period_word(w, hour)} {_hour12(hour)}:{minute:02d}"

    return _PERIOD_HOUR_SET, range(60), text


def _time_period_oclock(w: _Writer) -> tuple[Sequence[int], Sequence[int], _TimeText]:
    """রাত ৯টা, রাত ৯টা ৩০ মিনিট, বিকেল ৪টায়."""
    with_minutes = w.rng.random() < 0.6
    suffix = w.rng.choice(_OCLOCK)

    def text(hour: int, minute: int) -> str:
        clock = f"{_period_word(w, hour)} {_hour12(hour)}{suffix}"
        return f"{clock} {minute} মিনিট" if minute else clock

    return _PERIOD_HOUR_SET, (range(1, 60) if with_minutes else (0,)), text


def _time_period_fraction(w: _Writer) -> tuple[Sequence[int], Sequence[int], _TimeText]:
    """বিকাল সাড়ে ৪টা (16:30), সকাল সোয়া ৮টা (08:15), সকাল পৌনে ৯টা (08:45).

    Only hours whose written hour stays inside the same day period (পৌনে names the next
    hour); half past one and two are said দেড়টা and আড়াইটা (see below), not সাড়ে ১টা.
    """
    minute = w.rng.choice((15, 30, 45))
    hours: list[int] = []
    for period_hours in _PERIOD_HOURS.values():
        for hour in period_hours:
            written = hour + 1 if minute == 45 else hour
            if written not in period_hours:
                continue
            if minute == 30 and _hour12(hour) in (1, 2):
                continue
            hours.append(hour)
    word = {15: "সোয়া", 30: "সাড়ে", 45: "পৌনে"}[minute]

    def text(hour: int, minute: int) -> str:
        written = hour + 1 if minute == 45 else hour
        return f"{_period_word(w, hour)} {word} {_hour12(written)}{w.rng.choice(_OCLOCK)}"

    return hours, (minute,), text


def _time_half_past_one_two(w: _Writer) -> tuple[Sequence[int], Sequence[int], _TimeText]:
    """দুপুর দেড়টা (13:30), দুপুর আড়াইটা (14:30)."""

    def text(hour: int, minute: int) -> str:
        return f"{_period_word(w, hour)} {'দেড়টা' if hour == 13 else 'আড়াইটা'}"

    return (13, 14), (30,), text


_TIME_PARTS: tuple[Callable[[_Writer], tuple[Sequence[int], Sequence[int], _TimeText]], ...] = (
    _time_12h,
    _time_12h,
    _time_12h,
    _time_12h,
    _time_24h,
    _time_24h,
    _time_24h,
    _time_period_clock,
    _time_period_oclock,
    _time_period_fraction,
    _time_half_past_one_two,
)


def _label(w: _Writer, text: str) -> str:
    if w.rng.random() < 0.35:
        return f"{w.rng.choice(_LABELS)}{w.rng.choice(_LABEL_SEPARATORS)}{text}"
    return text


# -- whole forms: (writer) -> (text before finish(), expected)


def _form_date_time(w: _Writer) -> Case:
    """Date then time (news, 24 h, Prothom Alo, day periods), or time first."""
    hours, minutes, time_text = w.rng.choice(_TIME_PARTS)(w)
    moment = _random_moment(w.rng, hours, minutes)
    day = moment.date()
    date_text = _with_weekday(w, day, w.rng.choice(_DATE_PARTS)(w, day))
    clock = time_text(moment.hour, moment.minute)
    if w.rng.random() < 0.15:
        text = f"{clock}, {date_text}"
    else:
        text = f"{date_text}{w.rng.choice(_DATE_TIME_SEPARATORS)}{clock}"
    return _label(w, text), moment.isoformat()


def _form_date(w: _Writer) -> Case:
    """A date alone, perhaps with a weekday before it or an era word after it."""
    day = _random_day(w.rng)
    text = _with_weekday(w, day, w.rng.choice(_DATE_PARTS)(w, day))
    if w.rng.random() < 0.15:
        text = f"{text} {w.rng.choice(_ERAS)}"
    return _label(w, text), day.isoformat()


def _form_numeric(w: _Writer) -> Case:
    """১৪/০৯/২০২৪, 14-09-2024, ১৪.০৯.২০২৪ (day first), sometimes with a 24 h time."""
    separator = w.rng.choice("/-.")
    moment = _random_moment(w.rng)
    day = moment.date()
    text = f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"
    if w.rng.random() < 0.3:
        return f"{text} {moment.hour:02d}:{moment.minute:02d}", moment.isoformat()
    return text, day.isoformat()


def _form_iso(w: _Writer) -> Case:
    """২০২৪-০৯-১৪ or ২০২৪-০৯-১৪T১৮:৪২:০৭+০৬:০০ (the offset Dhaka had then)."""
    moment = _random_moment(w.rng, seconds=True)
    if w.rng.random() < 0.4:
        return moment.date().isoformat(), moment.date().isoformat()
    return moment.isoformat(), moment.isoformat()


_FORMS: tuple[tuple[Callable[[_Writer], Case], int], ...] = (
    (_form_date_time, 14),
    (_form_date, 3),
    (_form_numeric, 2),
    (_form_iso, 1),
)


def mixed(n: int = MIXED_MINIMUM, *, seed: int = 1971) -> list[Case]:
    """``n`` distinct strings in the mixed forms of Bengali news sites, with expected ISO values.

    >>> len(mixed(50)) == len({distinct_key(text) for text, _ in mixed(50)}) == 50
    True
    """
    rng = random.Random(seed)
    forms = [form for form, _ in _FORMS]
    weights = [weight for _, weight in _FORMS]
    seen: set[str] = set()
    cases: list[Case] = []
    while len(cases) < n:
        writer = _Writer(rng)
        text, expected = rng.choices(forms, weights)[0](writer)
        text = writer.finish(text)
        key = distinct_key(text)
        if key in seen:
            continue
        seen.add(key)
        cases.append((text, expected))
    return cases


if __name__ == "__main__":  # pragma: no cover - a look at the corpus
    for text, expected in mixed(40):
        print(f"{expected:28} {text}")
