"""format_interval, format_duration, format_recurrence: tables, bad input, read-back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.strategies import bengali_durations, bengali_intervals, bengali_recurrences
from bn_datetime.tz import localize
from bn_datetime.values import Duration, Interval, Parsed, Recurrence, Value
from bn_datetime.writer.spans_formatting import format_duration, format_interval, format_recurrence

NOW = datetime.fromisoformat("2024-09-14T18:42:00+06:00")


def _p(text: str, precision: str) -> Parsed:
    """A Parsed from an ISO string, aware in Asia/Dhaka."""
    return Parsed(localize(datetime.fromisoformat(text), "Asia/Dhaka"), precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end", "style", "expected"),
    [
        (("2024-09-10", "day"), ("2024-09-12", "day"), None, "১০\u2013১২ সেপ্টেম্বর ২০২৪"),
        (("2024-09-30", "day"), ("2024-10-02", "day"), None, "৩০ সেপ্টেম্বর \u2013 ২ অক্টোবর ২০২৪"),
        (("2024-12-30", "day"), ("2025-01-02", "day"), "date", "৩০ ডিসেম্বর ২০২৪ \u2013 ২ জানুয়ারি ২০২৫"),
        (("2023-07-01", "month"), ("2023-12-01", "month"), None, "জুলাই\u2013ডিসেম্বর ২০২৩"),
        (("2022-07-01", "month"), ("2023-03-01", "month"), None, "জুলাই ২০২২ \u2013 মার্চ ২০২৩"),
        (("2023-01-01", "year"), ("2024-01-01", "year"), None, "২০২৩\u2013২০২৪"),
        (("2024-09-14T10:00", "hour"), ("2024-09-14T17:00", "hour"), "time", "সকাল ১০টা থেকে বিকেল ৫টা"),
        (
            ("2024-09-14T10:00", "minute"),
            ("2024-09-14T17:30", "minute"),
            None,
            "১৪ সেপ্টেম্বর ২০২৪ সকাল ১০টা থেকে বিকেল ৫টা ৩০ মিনিট",
        ),
        (
            ("2024-03-09T22:00", "minute"),
            ("2024-03-10T06:00", "minute"),
            None,
            "৯ মার্চ ২০২৪ রাত ১০টা থেকে ১০ মার্চ ২০২৪ সকাল ৬টা",
        ),
        (("2024-01-01", "month"), None, None, "জানুয়ারি ২০২৪ থেকে"),
        (None, ("2024-04-09", "day"), None, "৯ এপ্রিল ২০২৪ পর্যন্ত"),
    ],
)
def test_format_interval(
    start: tuple[str, str] | None, end: tuple[str, str] | None, style: str | None, expected: str
) -> None:
    interval = Interval(_p(*start) if start else None, _p(*end) if end else None)
    assert format_interval(interval, style) == expected  # type: ignore[arg-type]


def test_format_interval_in_words() -> None:
    interval = Interval(_p("2024-09-10", "day"), _p("2024-09-12", "day"))
    assert format_interval(interval, digits="words") == "দশ\u2013বারো সেপ্টেম্বর দুই হাজার চব্বিশ"


@pytest.mark.parametrize(
    ("duration", "options", "expected"),
    [
        (Duration(hours=3, minutes=45), {}, "৩ ঘণ্টা ৪৫ মিনিট"),
        (Duration(hours=1, minutes=30), {"fraction_words": True}, "দেড় ঘণ্টা"),
        (Duration(hours=2, minutes=30), {"fraction_words": True}, "আড়াই ঘণ্টা"),
        (Duration(hours=19, minutes=30), {"fraction_words": True}, "সাড়ে ১৯ ঘণ্টা"),
        (Duration(days=1, hours=12), {"fraction_words": True}, "দেড় দিন"),
        (Duration(years=3, months=6), {"fraction_words": True, "digits": "words"}, "সাড়ে তিন বছর"),
        (Duration(hours=1, minutes=30, seconds=5), {"fraction_words": True}, "১ ঘণ্টা ৩০ মিনিট ৫ সেকেন্ড"),
        (Duration(hours=18, minutes=35), {"digits": "words"}, "আঠারো ঘণ্টা পঁয়ত্রিশ মিনিট"),
        (Duration(months=3, days=13), {}, "৩ মাস ১৩ দিন"),
        (Duration(weeks=2), {}, "২ সপ্তাহ"),
        (Duration(seconds=1.5), {}, "১.৫ সেকেন্ড"),
        (Duration(), {}, "০ সেকেন্ড"),
        (Duration(hours=6, mod="approx"), {}, "প্রায় ৬ ঘণ্টা"),
        (Duration(hours=5, mod="more_than"), {}, "৫ ঘণ্টার বেশি"),
        (Duration(days=3, mod="less_than"), {}, "৩ দিনের কম"),
        (Duration(years=50, mod="at_most"), {}, "৫০ বছরের মধ্যে"),
    ],
)
def test_format_duration(duration: Duration, options: dict[str, object], expected: str) -> None:
    assert format_duration(duration, **options) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("recurrence", "expected"),
    [
        (Recurrence("weekly", byweekday=("FR",)), "প্রতি শুক্রবার"),
        (Recurrence("daily", time=time(10)), "প্রতিদিন সকাল ১০টায়"),
        (Recurrence("daily"), "প্রতিদিন"),
        (
            Recurrence("weekly", byweekday=("SA", "SU", "MO", "TU", "WE"), during=(time(9), time(17))),
            "শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা",
        ),
        (Recurrence("weekly", byweekday=("TH", "FR")), "প্রতি বৃহস্পতি ও শুক্রবার"),
        (Recurrence("weekly", byweekday=("MO", "WE", "FR")), "প্রতি সোম, বুধ ও শুক্রবার"),
        (Recurrence("weekly", byweekday=("MO", "TU", "WE")), "প্রতি সোম, মঙ্গল ও বুধবার"),
        (Recurrence("weekly", byweekday=("FR",), time=time(15, 30)), "প্রতি শুক্রবার দুপুর ৩টা ৩০ মিনিটে"),
        (Recurrence("daily", during=(time(9), time(15, 30))), "প্রতিদিন সকাল ৯টা থেকে দুপুর ৩টা ৩০ মিনিট"),
        (Recurrence("monthly", byweekday=("1FR",)), "প্রতি মাসের প্রথম শুক্রবার"),
        (Recurrence("monthly", byweekday=("-1FR",)), "প্রতি মাসের শেষ শুক্রবার"),
        (Recurrence("monthly", bymonthday=(5,)), "প্রতি মাসের ৫ তারিখ"),
        (Recurrence("yearly", bymonth=(2,), bymonthday=(21,)), "প্রতিবছর ২১ ফেব্রুয়ারি"),
        (Recurrence("yearly", bymonth=(8,), byweekday=("1SU",)), "প্রতিবছর আগস্ট মাসের প্রথম রবিবার"),
    ],
)
def test_format_recurrence(recurrence: Recurrence, expected: str) -> None:
    assert format_recurrence(recurrence) == expected


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: format_interval(Interval(None, None)), ValueError, "neither a start nor an end"),
        (lambda: format_interval(Interval(_p("2024-01-01", "day"), None), "weekly"), ValueError, "style"),  # type: ignore[arg-type]
        (lambda: format_interval(Interval(_p("2024-01-01", "day"), None), digits="roman"), ValueError, "digits"),  # type: ignore[arg-type]
        (lambda: format_interval("১০-১২ সেপ্টেম্বর"), TypeError, "Interval"),  # type: ignore[arg-type]
        (lambda: format_duration(Duration(hours=-1)), ValueError, "duration.hours"),
        (lambda: format_duration(Duration(hours=1, mod="roughly")), ValueError, "duration.mod"),  # type: ignore[arg-type]
        (lambda: format_duration(timedelta(hours=1)), TypeError, "Duration"),  # type: ignore[arg-type]
        (lambda: format_recurrence(Recurrence("monthly", bymonthday=(5,), times=2)), ValueError, "count of times"),
        (lambda: format_recurrence(Recurrence("hourly", byweekday=("FR",))), ValueError, "hourly"),
    ],
)
def test_bad_input_names_the_argument(call: object, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        call()  # type: ignore[operator]


def test_the_package_exports_them() -> None:
    assert bd.format_interval is format_interval
    assert bd.format_duration is format_duration
    assert bd.format_recurrence is format_recurrence


# -- reading back ---------------------------------------------------------------------

_days = st.dates(min_value=date(1971, 1, 1), max_value=date(2060, 12, 31))


@st.composite
def day_intervals(draw: st.DrawFn) -> Interval:
    first = draw(_days)
    last = first + timedelta(days=draw(st.integers(1, 400)))
    return Interval(_p(first.isoformat(), "day"), _p(last.isoformat(), "day"))


@st.composite
def clock_intervals(draw: st.DrawFn) -> Interval:
    """A start at any minute, an end up to two days later (across midnight too)."""
    day = draw(_days)
    start = datetime.combine(day, time()) + timedelta(minutes=draw(st.integers(0, 24 * 60 - 1)))
    end = start + timedelta(minutes=draw(st.integers(1, 2 * 24 * 60)))
    return Interval(_p(start.isoformat(), "minute"), _p(end.isoformat(), "minute"))


@st.composite
def time_intervals(draw: st.DrawFn) -> Interval:
    """Clock times alone (anchored on NOW's date, as read() anchors them)."""
    start, end = sorted(draw(st.lists(st.integers(1, 24 * 60 - 1), min_size=2, max_size=2, unique=True)))
    moments = [datetime.combine(NOW.date(), time(m // 60, m % 60)) for m in (start, end)]
    return Interval(*(_p(m.isoformat(), "time") for m in moments))


@st.composite
def month_intervals(draw: st.DrawFn) -> Interval:
    first = draw(_days).replace(day=1)
    months = first.year * 12 + first.month - 1 + draw(st.integers(1, 30))
    last = date(months // 12, months % 12 + 1, 1)
    return Interval(_p(first.isoformat(), "month"), _p(last.isoformat(), "month"))


durations = st.builds(
    Duration,
    years=st.integers(0, 5), months=st.integers(0, 11), weeks=st.integers(0, 3),
    days=st.integers(0, 6), hours=st.integers(0, 23), minutes=st.integers(0, 59),
    seconds=st.integers(0, 59),
)
_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_UNITS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")
_clock_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
recurrences = st.one_of(
    st.builds(Recurrence, st.just("daily"), time=st.one_of(st.none(), _clock_times)),
    st.builds(
        Recurrence, st.just("weekly"),
        byweekday=st.lists(st.sampled_from(_CODES), min_size=1, max_size=5, unique=True).map(tuple),
        time=st.one_of(st.none(), _clock_times),
    ),
    st.builds(
        Recurrence, st.just("weekly"),
        byweekday=st.lists(st.sampled_from(_CODES), min_size=1, max_size=5, unique=True).map(tuple),
        during=st.tuples(_clock_times, _clock_times).filter(lambda d: d[0] < d[1]),
    ),
    st.builds(Recurrence, st.just("daily"), during=st.tuples(_clock_times, _clock_times).filter(lambda d: d[0] < d[1])),
    st.builds(
        Recurrence, st.just("monthly"),
        byweekday=st.tuples(st.sampled_from(["1", "2", "3", "4", "-1"]), st.sampled_from(_CODES)).map(lambda p: (p[0] + p[1],)),
    ),
    st.builds(Recurrence, st.just("monthly"), bymonthday=st.integers(1, 31).map(lambda d: (d,))),
    st.builds(
        Recurrence, st.just("yearly"), bymonth=st.integers(1, 12).map(lambda m: (m,)),
        byweekday=st.tuples(st.sampled_from(["1", "2", "-1"]), st.sampled_from(_CODES)).map(lambda p: (p[0] + p[1],)),
    ),
    st.builds(
        Recurrence, st.just("yearly"), bymonth=st.integers(1, 12).map(lambda m: (m,)),
        bymonthday=st.integers(1, 28).map(lambda d: (d,)),
    ),
    st.builds(  # several days of one month: প্রতিবছর ২১ ও ২২ ফেব্রুয়ারি
        Recurrence, st.just("yearly"), bymonth=st.integers(1, 12).map(lambda m: (m,)),
        bymonthday=st.lists(st.integers(1, 28), min_size=2, max_size=3, unique=True).map(
            lambda days: tuple(sorted(days))
        ),
    ),
)


def _read(text: str) -> Value:
    return bd.read(text, now=NOW)


@given(
    st.one_of(day_intervals(), clock_intervals(), time_intervals(), month_intervals()),
    st.sampled_from(["bengali", "words"]),
)
def test_intervals_read_back(interval: Interval, digits: str) -> None:
    text = format_interval(interval, digits=digits)  # type: ignore[arg-type]
    got = _read(text)
    assert isinstance(got, Interval), (text, got)
    assert got.isoformat() == interval.isoformat(), text


@given(durations, st.booleans(), st.sampled_from(["bengali", "words"]),
       st.sampled_from([None, "approx", "more_than", "less_than", "at_most"]))
def test_durations_read_back(duration: Duration, fraction_words: bool, digits: str, mod: str | None) -> None:
    duration = Duration(**{u: getattr(duration, u) for u in _UNITS}, mod=mod)  # type: ignore[arg-type]
    text = format_duration(duration, fraction_words=fraction_words, digits=digits)  # type: ignore[arg-type]
    assert _read(text) == duration, text


def test_fractional_seconds_read_back() -> None:
    assert _read(format_duration(Duration(seconds=1.5))) == Duration(seconds=1.5)


def _week_order(r: Recurrence) -> Recurrence:
    """byweekday in Monday-first order: the order of a list of days is not its meaning."""
    codes = sorted(r.byweekday, key=lambda c: (_CODES.index(c[-2:]), c))
    return Recurrence(r.freq, tuple(codes), r.bymonth, r.bymonthday, r.time, r.during)


@given(recurrences, st.sampled_from(["bengali", "words"]))
def test_recurrences_read_back(recurrence: Recurrence, digits: str) -> None:
    text = format_recurrence(recurrence, digits=digits)  # type: ignore[arg-type]
    got = _read(text)
    assert isinstance(got, Recurrence), (text, got)
    assert _week_order(got) == _week_order(recurrence), text


@pytest.mark.parametrize(
    "text", ["১০-১২ সেপ্টেম্বর ২০২৪", "প্রতি শুক্রবার", "৩ ঘণ্টা ৪৫ মিনিট", "সোমবার (৩ জুন) সকাল ১০টা থেকে সন্ধ্যা ৬টা পর্যন্ত"]
)
def test_what_read_gives_is_written_back_to_the_same_value(text: str) -> None:
    value = _read(text)
    assert _read(bd.format_span(value)) == value  # type: ignore[arg-type]


def test_the_issue_table() -> None:
    assert format_interval(bd.read("১০-১২ সেপ্টেম্বর ২০২৪", now=NOW), "date") == "১০\u2013১২ সেপ্টেম্বর ২০২৪"  # type: ignore[arg-type]
    assert format_duration(bd.parse_duration("৩ ঘণ্টা ৪৫ মিনিট")) == "৩ ঘণ্টা ৪৫ মিনিট"
    assert format_recurrence(bd.read("প্রতি শুক্রবার", now=NOW)) == "প্রতি শুক্রবার"  # type: ignore[arg-type]


@given(
    st.one_of(bengali_intervals(), bengali_durations(), bengali_recurrences()),
    st.sampled_from(["bengali", "ascii", "words"]),
)
def test_read_write_read_is_the_same_value(case: tuple[str, str], digits: str) -> None:
    """Texts the strategies draw (the reader's forms): what read() gives, written back,
    reads to the same value."""
    text, iso = case
    value = _read(text)
    assert value.isoformat() == iso
    written = bd.format_span(value, digits=digits)  # type: ignore[arg-type]
    assert _read(written) == value, written
