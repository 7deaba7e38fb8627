from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta, timezone

import pytest

import bn_datetime as bd
from bn_datetime.reader.pattern import compile_pattern
from bn_datetime.tz import localize

DT = localize(datetime(2024, 9, 14, 18, 42, 5), "Asia/Dhaka")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("news", "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"),
        ("news-24h", "১৪ সেপ্টেম্বর ২০২৪, ১৮:৪২"),
        ("date", "১৪ সেপ্টেম্বর ২০২৪"),
        ("full", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, সন্ধ্যা ৬টা ৪২ মিনিট"),
        ("short", "১৪/০৯/২০২৪"),
        ("iso", "২০২৪-০৯-১৪T১৮:৪২:০৫+০৬:০০"),
        ("time", "০৬:৪২ পিএম"),
        ("d MMM y", "১৪ সেপ ২০২৪"),
        ("EEE, d/M/yy", "শনি, ১৪/৯/২৪"),
        ("B h'টা'", "সন্ধ্যা ৬টা"),
        ("H:mm:ss.SSS", "১৮:৪২:০৫.০০০"),
        ("xx", "+০৬০০"),
        ("O", "GMT+৬"),
        ("ZZZZZ", "+০৬:০০"),
        ("G y", "খ্রিঃ ২০২৪"),
        ("'It''s' y", "It's ২০২৪"),
    ],
)
def test_patterns(pattern: str, expected: str) -> None:
    assert bd.format_datetime(DT, pattern) == expected


@pytest.mark.parametrize(
    ("ampm", "expected"),
    [("short", "০৬:৪২ পিএম"), ("formal", "০৬:৪২ অপরাহ্ণ"), ("latin", "০৬:৪২ PM")],
)
def test_ampm_vocabularies(ampm: str, expected: str) -> None:
    assert bd.format_datetime(DT, "time", ampm=ampm) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("hour", "expected"),
    [(0, "রাত ১২টা"), (2, "রাত ২টা"), (4, "ভোর ৪টা"), (9, "সকাল ৯টা"), (12, "দুপুর ১২টা"),
     (15, "দুপুর ৩টা"), (16, "বিকাল ৪টা"), (19, "সন্ধ্যা ৭টা"), (21, "রাত ৯টা")],
)
def test_day_periods(hour: int, expected: str) -> None:
    assert bd.format_datetime(datetime(2024, 1, 1, hour), "B h'টা'") == expected


def test_value_kinds() -> None:
    assert bd.format_datetime(date(2024, 9, 14), "date") == "১৪ সেপ্টেম্বর ২০২৪"
    assert bd.format_datetime("2024-09-14", "short") == "১৪/০৯/২০২৪"
    assert bd.format_datetime("২০২৪-০৯-১৪T১৮:৪২:০০+০৬:০০", "news") == "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
    utc = datetime(2024, 9, 14, 12, 42, tzinfo=timezone.utc)
    assert bd.format_datetime(utc, "news", tz="Asia/Dhaka") == "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
    assert bd.format_datetime(datetime(2024, 9, 14, 18, 42), "iso", tz="Asia/Dhaka").endswith("+০৬:০০")


def test_precomposed_nukta_option() -> None:
    text = bd.format_datetime(date(2024, 1, 5), "d MMMM y")
    assert "য\u09bc" in text
    pre = bd.format_datetime(date(2024, 1, 5), "d MMMM y", precomposed=True)
    assert "\u09df" in pre and "\u09bc" not in pre
    assert bd.parse(pre).date() == bd.parse(text).date() == date(2024, 1, 5)


def test_bangla_calendar_fields() -> None:
    assert bd.format_datetime(date(2024, 9, 14), "d MMMM y", calendar="bd") == "৩০ ভাদ্র ১৪৩১"
    assert bd.format_datetime(date(2024, 4, 14), "d MMMM y", calendar="bd") == "১ বৈশাখ ১৪৩১"


def test_a_32nd_day_writes_its_ordinal() -> None:
    # a month of West Bengal's calendar may have 32 days (was a KeyError)
    assert bd.format_datetime(date(2024, 6, 15), "ddd MMMM y", calendar="wb") == "৩২শে জ্যৈষ্ঠ ১৪৩১"


@pytest.mark.parametrize("calendar", ["bd", "wb", "hijri"])
def test_night_twelve_writes_the_other_calendars_day_before_too(calendar: str) -> None:
    # রাত ১২:৩০ on the 15th is the night of the 14th: the weekday and the other calendar's
    # date both write the 14th (the Bangla date was the 15th's)
    with pytest.warns(bd.HijriApproximationWarning) if calendar == "hijri" else _no_warning():
        night = bd.format_datetime(localize(datetime(2024, 9, 15, 0, 30), "Asia/Dhaka"), "EEEE d MMMM y, B h:mm", calendar=calendar)
    with pytest.warns(bd.HijriApproximationWarning) if calendar == "hijri" else _no_warning():
        evening = bd.format_datetime(localize(datetime(2024, 9, 14, 23, 30), "Asia/Dhaka"), "EEEE d MMMM y, B h:mm", calendar=calendar)
    assert night.split(",")[0] == evening.split(",")[0]
    assert night.endswith("রাত ১২:৩০")


def _no_warning() -> contextlib.nullcontext[None]:
    return contextlib.nullcontext()


@pytest.mark.parametrize(
    ("pattern", "position", "message"),
    [
        ("dd Q", 3, "unknown pattern letter"),
        ("d dddd", 2, "is not one of"),
        ("dddd", 0, "unknown style 'dddd'; styles are news, "),
        ("longest", 0, "unknown style 'longest'; styles are .*long, medium"),
        ("hh:mm", 0, "needs 'a' or 'B'"),
        ("HH:mm a", 0, "contradicts"),
        ("d d", 2, "repeats"),
        ("'open", 0, "unterminated"),
        ("", 0, "empty"),
    ],
)
def test_pattern_errors(pattern: str, position: int, message: str) -> None:
    with pytest.raises(bd.PatternError, match=message) as info:
        compile_pattern(pattern)
    assert info.value.pos == position


def test_time_pattern_on_a_date() -> None:
    with pytest.raises(bd.PatternError, match="needs a time"):
        bd.format_datetime(date(2024, 9, 14), "time")


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        (date(2024, 9, 14), "full", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪"),
        (date(2024, 9, 14), "news", "১৪ সেপ্টেম্বর ২০২৪"),
        (date(2024, 9, 14), "long", "১৪ সেপ্টেম্বর, ২০২৪"),
        (date(2024, 9, 14), "medium", "১৪ সেপ, ২০২৪"),
        (date(2024, 9, 14), "iso", "২০২৪-০৯-১৪"),
        (date(2024, 9, 14), "d MMMM y 'খ্রিস্টাব্দ', HH:mm", "১৪ সেপ্টেম্বর ২০২৪ খ্রিস্টাব্দ"),
        (bd.parse_result("সেপ্টেম্বর ২০২৪"), "full", "সেপ্টেম্বর ২০২৪"),
        (bd.parse_result("সেপ্টেম্বর ২০২৪"), "short", "০৯/২০২৪"),
        (bd.parse_result("২০২৪ সাল"), "news", "২০২৪"),
        (bd.parse_result("১৪ সেপ্টেম্বর ২০২৪"), "full", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪"),
        (datetime(2024, 9, 14, 18, 42, 5), "long", "১৪ সেপ্টেম্বর, ২০২৪ ৬:৪২:০৫ পিএম"),
        (datetime(2024, 9, 14, 18, 42, 5), "medium", "১৪ সেপ, ২০২৪ ৬:৪২:০৫ পিএম"),
    ],
)
def test_a_date_writes_the_date_part_only(value: object, style: str, expected: str) -> None:
    assert bd.format_datetime(value, style) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "expected"),
    [(1, "১লা"), (2, "২রা"), (3, "৩রা"), (4, "৪ঠা"), (5, "৫ই"), (14, "১৪ই"), (18, "১৮ই"),
     (19, "১৯শে"), (21, "২১শে"), (31, "৩১শে")],
)
def test_ordinal_day_letter_writes_and_reads(day: int, expected: str) -> None:
    text = bd.format_datetime(date(2024, 1, day), "ddd MMMM y")
    assert text.startswith(expected + " ")
    assert bd.parse_result(text, pattern="ddd MMMM y").value.day == day
    ascii_text = bd.format_datetime(date(2024, 1, day), "ddd MMMM y", digits="ascii")
    assert bd.parse_result(ascii_text, pattern="ddd MMMM y").value.day == day


@pytest.mark.parametrize(
    ("style", "expected"),
    [("news", "১০:১৫ পিএম"), ("full", "রাত ১০টা ১৫ মিনিট"), ("iso", "২২:১৫:০০+০৬:০০")],
)
def test_a_clock_time_alone_writes_no_date(style: str, expected: str) -> None:
    now = datetime.fromisoformat("2024-09-14T18:42:00+06:00")
    alone = bd.parse_result("রাত ১০:১৫", now=now)
    assert alone.precision == "time"
    assert bd.format_datetime(alone, style) == expected
    with pytest.raises(bd.PatternError, match="needs a date, but the value is a clock time alone"):
        bd.format_datetime(alone, "date")


def test_ordinal_day_letter_rejects_a_wrong_suffix() -> None:
    with pytest.raises(bd.ParseError):
        bd.parse("১৪শে জানুয়ারি ২০২৪", pattern="ddd MMMM y")


@pytest.mark.parametrize("bad", [None, 1.5, object()])
def test_format_refuses_other_types(bad: object) -> None:
    with pytest.raises(TypeError):
        bd.format_datetime(bad)  # type: ignore[arg-type]


def test_format_refuses_bad_iso_text() -> None:
    with pytest.raises(bd.ParseError):
        bd.format_datetime("not a date")


def test_strict_pattern_parsing() -> None:
    assert bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "news") == "2024-09-14T18:42:00+06:00"
    with pytest.raises(bd.ParseError, match="does not fit") as info:
        bd.parse("১৪ সেপ্টেম্বর ২০২৪ ০৬:৪২ পিএম", "news")  # the comma is missing
    assert info.value.pos == 18
    with pytest.raises(bd.InvalidDateError):
        bd.parse("৩১/০৪/২০২৪", "short")


def test_offset_in_pattern_wins() -> None:
    value = bd.parse("২০২৪-০৯-১৪T১২:৪২:০০+০০:০০", "iso")
    assert value.utcoffset() == timedelta(0)


# A pattern is written through one function per (pattern, digits, AM/PM words), made the
# first time and kept: the second call of each row below takes it, and must write what
# the fields write one by one (Element.format, ASCII digits, put in the script after).
_VALUES = [
    datetime(2024, 9, 14, 18, 42, 5),
    datetime(1971, 12, 16, 0, 5, 9, 120000, tzinfo=timezone(timedelta(hours=6))),
    datetime(999, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
    datetime(9999, 12, 31, 23, 59, 59),
]


def _one_by_one(value: datetime, pattern: str, digits: str, ampm: str) -> str:
    from bn_datetime.reader.pattern import Context, Field

    ctx = Context(digits=digits, ampm=ampm)
    to_script = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯") if digits == "bengali" else {}
    return "".join(
        e.format(value, ctx).translate(to_script) if isinstance(e, Field) else e.format(value, ctx)
        for e in compile_pattern(pattern).elements
    )


@pytest.mark.parametrize(
    "pattern",
    ["news", "news-24h", "iso", "long", "medium", "time", "short",
     "EEE, ddd MMM yy G, hh:mm:ss.SSS a xx", "'1 Jan' d M y, H:mm O", "yyyy-MM-dd HH:mm:ss.SSSSSS ZZZZ"],
)
@pytest.mark.parametrize(("digits", "ampm"), [("bengali", "short"), ("ascii", "formal"), ("bengali", "latin")])
def test_the_kept_writer_writes_what_the_fields_write(pattern: str, digits: str, ampm: str) -> None:
    for value in _VALUES:
        if value.tzinfo is None and pattern in ("iso", "yyyy-MM-dd HH:mm:ss.SSSSSS ZZZZ"):
            continue
        if value.tzinfo is None and pattern.endswith(("xx", "O")):
            continue
        expected = _one_by_one(value, pattern, digits, ampm)
        for _ in range(2):
            assert bd.format_datetime(value, pattern, digits=digits, ampm=ampm) == expected  # type: ignore[arg-type]


def test_the_kept_writer_keeps_the_checks() -> None:
    aware = datetime(2024, 9, 14, 18, 42, tzinfo=timezone.utc)
    assert bd.format_datetime(aware, "iso") == "২০২৪-০৯-১৪T১৮:৪২:০০+০০:০০"
    with pytest.raises(bd.PatternError) as caught:
        bd.format_datetime(aware.replace(tzinfo=None), "iso")  # naive: no offset to write
    assert caught.value.pos == 11
    with pytest.raises(ValueError, match="digits must be"):
        bd.format_datetime(aware, "iso", digits="roman")  # type: ignore[arg-type]
    assert bd.format_datetime(aware, "iso", tz="Asia/Dhaka") == "২০২৪-০৯-১৫T০০:৪২:০০+০৬:০০"


@pytest.mark.parametrize(
    ("pattern", "kwargs", "expected"),
    [
        ("full", {}, "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, রাত ১২টা ৩০ মিনিট"),  # the night's 12 ends the 14th
        ("EEEE d MMMM y, B h:mm", {"calendar": "bd"}, "শনিবার ৩০ ভাদ্র ১৪৩১, রাত ১২:৩০"),  # the 14th's
        ("d MMMM y", {"calendar": "bd"}, "৩১ ভাদ্র ১৪৩১"),
        ("'১লা' ddd MMMM y, hh:mm a", {"precomposed": True, "ampm": "formal"},
         "১লা ১৫ই সেপ্টেম্বর ২০২৪, ১২:৩০ পূর্বাহ্ণ"),
    ],
)
def test_twice_the_same(pattern: str, kwargs: dict[str, object], expected: str) -> None:
    value = datetime(2024, 9, 15, 0, 30)
    for _ in range(2):
        assert bd.format_datetime(value, pattern, **kwargs) == expected  # type: ignore[arg-type]
