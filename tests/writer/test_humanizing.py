"""humanize: tables of cases, bad input, and the read-back property for every option."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.tz import localize
from bn_datetime.writer.humanizing import GRANULARITIES, humanize

NOW = datetime.fromisoformat("2024-09-14T18:42:00+06:00")  # a Saturday evening


@pytest.mark.parametrize(
    ("delta", "options", "expected"),
    [
        (timedelta(hours=-2), {}, "২ ঘণ্টা আগে"),
        (timedelta(days=3), {}, "৩ দিন পরে"),
        (timedelta(seconds=-10), {}, "এইমাত্র"),
        (timedelta(seconds=10), {}, "এখন"),
        (timedelta(minutes=-5, seconds=-10), {}, "৫ মিনিট আগে"),
        (timedelta(seconds=-30), {"granularity": "second"}, "৩০ সেকেন্ড আগে"),
        (timedelta(hours=-2), {"digits": "words"}, "দুই ঘণ্টা আগে"),
        (timedelta(days=3), {"variant": "wb"}, "৩ দিন পর"),
        (timedelta(days=3), {"variant": "wb", "digits": "words"}, "তিন দিন পর"),
        (timedelta(days=-14), {}, "২ সপ্তাহ আগে"),
        (timedelta(days=-40), {}, "১ মাস আগে"),
        (timedelta(days=-400), {}, "১ বছর আগে"),
        (timedelta(days=900), {}, "৩ বছর পরে"),
        (timedelta(hours=-1), {"granularity": "day"}, "আজ"),
        (timedelta(days=-1), {"granularity": "day"}, "১ দিন আগে"),
        (timedelta(days=-3), {"granularity": "month"}, "এই মাসে"),
        (timedelta(days=-3), {"granularity": "year"}, "এই বছর"),
        # the calendar style names the day, weekday, week, month or year
        (timedelta(hours=-21, minutes=-42), {"style": "calendar"}, "গতকাল রাত ৯টায়"),
        (timedelta(hours=-21, minutes=-27), {"style": "calendar"}, "গতকাল রাত ৯টা ১৫ মিনিটে"),
        (timedelta(hours=-21, minutes=-42), {"style": "calendar", "variant": "wb"}, "গতকাল রাত ৯টে"),
        (
            timedelta(hours=-21, minutes=-42),
            {"style": "calendar", "digits": "words"},
            "গতকাল রাত নয়টায়",
        ),
        (timedelta(hours=15, minutes=18), {"style": "calendar"}, "আগামীকাল সকাল ১০টায়"),
        (timedelta(hours=-3), {"style": "calendar"}, "আজ দুপুর ৩টা ৪২ মিনিটে"),
        (timedelta(days=6), {"style": "calendar"}, "আগামী শুক্রবার"),
        (timedelta(days=-2), {"style": "calendar"}, "গত বৃহস্পতিবার"),
        (timedelta(days=-1), {"style": "calendar", "granularity": "day"}, "গতকাল"),
        (timedelta(days=7), {"style": "calendar"}, "আগামী সপ্তাহে"),
        (timedelta(days=-30), {"style": "calendar"}, "গত মাসে"),
        (timedelta(days=-365), {"style": "calendar"}, "গত বছর"),
        (timedelta(days=-90), {"style": "calendar"}, "৩ মাস আগে"),
    ],
)
def test_humanize(delta: timedelta, options: dict[str, str], expected: str) -> None:
    assert humanize(NOW + delta, now=NOW, **options) == expected  # type: ignore[arg-type]


def test_a_date_and_a_parsed_are_said_no_finer_than_they_are() -> None:
    assert humanize(date(2024, 9, 17), now=NOW) == "৩ দিন পরে"
    assert humanize(date(2024, 9, 14), now=NOW) == "আজ"
    month = bd.parse_result("আগস্ট ২০২৪")
    assert humanize(month, now=NOW) == "১ মাস আগে"


def test_the_package_exports_it() -> None:
    assert bd.humanize is humanize


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"value": datetime(2024, 9, 14, 16, 42)}, "value"),
        ({"now": datetime(2024, 9, 14, 18, 42)}, "now"),
        ({"granularity": "fortnight"}, "granularity"),
        ({"digits": "roman"}, "digits"),
        ({"variant": "in"}, "variant"),
        ({"style": "casual"}, "style"),
    ],
)
def test_bad_input_names_the_argument(kwargs: dict[str, object], named: str) -> None:
    call: dict[str, object] = {"value": NOW, "now": NOW, **kwargs}
    with pytest.raises(ValueError, match=named):
        humanize(**call)  # type: ignore[arg-type]


def _unit_of(text: str) -> str:
    for word, unit in (
        ("সেকেন্ড", "second"), ("মিনিট", "minute"), ("ঘণ্টা", "hour"), ("সপ্তাহ", "week"),
    ):
        if word in text:
            return unit
    return ""


_HALF: dict[str, timedelta] = {
    "second": timedelta(seconds=0.5),
    "minute": timedelta(seconds=30),
    "hour": timedelta(minutes=30),
}


@given(
    now_naive=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31)),
    zone=st.sampled_from(["Asia/Dhaka", "Asia/Kolkata"]),
    offset=st.one_of(
        st.integers(-120, 120),
        st.integers(-86400 * 2, 86400 * 2),
        st.integers(-86400 * 800, 86400 * 800),
    ),
    granularity=st.sampled_from((None, *GRANULARITIES)),
    digits=st.sampled_from(["bengali", "words"]),
    variant=st.sampled_from(["bd", "wb"]),
    style=st.sampled_from(["offset", "calendar"]),
)
def test_humanize_reads_back_at_the_precision_written(
    now_naive: datetime, zone: str, offset: int, granularity: str | None, digits: str,
    variant: str, style: str,
) -> None:
    try:
        now = localize(now_naive.replace(microsecond=0), zone)
    except (bd.NonExistentTimeError, bd.AmbiguousTimeError):
        assume(False)
    value = now + timedelta(seconds=offset)
    text = humanize(
        value, now=now, granularity=granularity, digits=digits, variant=variant, style=style,  # type: ignore[arg-type]
    )
    read = bd.parse_result(text, now=now, tz=zone)
    moment = value.astimezone(now.tzinfo)
    counted = text.endswith(("আগে", "পরে", "পর")) or "সপ্তাহে" in text
    unit = _unit_of(text) if counted else ""
    if read.precision == "week":  # এই / গত / আগামী সপ্তাহে: the value's calendar week
        assert read.value.isocalendar()[:2] == moment.isocalendar()[:2], (text, read)
    elif unit == "week":  # a count of weeks is read as a date: the value's date, rounded
        assert abs((read.value.date() - moment.date()).days) <= 3, (text, read)
    elif unit:  # a count of seconds, minutes or hours: the value rounded to it
        assert abs(read.value - moment) <= _HALF[unit], (text, read)
    elif text in ("এইমাত্র", "এখন"):  # under half of the finest unit allowed
        half = _HALF.get(granularity or "minute", _HALF["minute"])
        assert abs(read.value - moment) <= half, (text, read)
    elif read.precision == "year":
        assert read.value.year == moment.year, (text, read)
    elif read.precision == "month":
        assert (read.value.year, read.value.month) == (moment.year, moment.month), (text, read)
    elif read.precision == "day":
        assert read.value.date() == moment.date(), (text, read)
    else:  # a clock time: the minute (or with granularity="hour", the hour) of the value
        cut = {"hour": moment.replace(minute=0)}.get(granularity or "", moment)
        assert read.value == cut.replace(second=0, microsecond=0), (text, read)


@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    granularity=st.sampled_from((None, "day", "week", "month", "year")),
    digits=st.sampled_from(["bengali", "words"]),
    variant=st.sampled_from(["bd", "wb"]),
    style=st.sampled_from(["offset", "calendar"]),
)
def test_a_date_reads_back_at_the_precision_written(
    day: date, granularity: str | None, digits: str, variant: str, style: str
) -> None:
    text = humanize(
        day, now=NOW, granularity=granularity, digits=digits, variant=variant, style=style,  # type: ignore[arg-type]
    )
    read = bd.parse_result(text, now=NOW)
    if read.precision == "week":
        assert read.value.isocalendar()[:2] == day.isocalendar()[:2], (text, read)
    elif "সপ্তাহ" in text:
        assert abs((read.value.date() - day).days) <= 3, (text, read)
    elif read.precision == "year":
        assert read.value.year == day.year, (text, read)
    elif read.precision == "month":
        assert (read.value.year, read.value.month) == (day.year, day.month), (text, read)
    else:
        assert read.value.date() == day, (text, read)
