"""read(), parse_interval/duration/recurrence and the span grammar (bn_datetime/reader/reading.py,
bn_datetime/reader/spans.py): intervals, durations and recurrences as typed values."""

from __future__ import annotations

import warnings
from datetime import datetime, time
from typing import Any

import pytest
from hypothesis import given

import bn_datetime as bd
from bn_datetime.strategies import bengali_durations, bengali_intervals, bengali_recurrences
from bn_datetime.tz import get_tz, localize

NOW = localize(datetime(2024, 9, 14, 18, 42), get_tz("Asia/Dhaka"), "raise")  # a Saturday


def iso(text: str, **kwargs: Any) -> str:
    return bd.to_iso(text, now=NOW, **kwargs)


# The table, then the shapes the grammar names.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("১০-১২ সেপ্টেম্বর ২০২৪", "2024-09-10/2024-09-12"),
        ("১০ সেপ্টেম্বর থেকে ১২ অক্টোবর ২০২৪", "2024-09-10/2024-10-12"),
        ("সকাল ১০টা থেকে বিকেল ৫টা", "10:00:00/17:00:00"),
        ("২০১৭ সাল থেকে ২০২০ সাল পর্যন্ত", "2017/2020"),
        ("৩ ঘণ্টা ৪৫ মিনিট", "PT3H45M"),
        ("দেড় ঘণ্টা ধরে", "PT1H30M"),
        ("দুই সপ্তাহ", "P2W"),
        ("প্রতি শুক্রবার", "FREQ=WEEKLY;BYDAY=FR"),
        ("প্রতি মাসের প্রথম শুক্রবার", "FREQ=MONTHLY;BYDAY=1FR"),
        ("প্রতিবছর ২১ ফেব্রুয়ারি", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=21"),
        # every dash, থেকে/হতে … পর্যন্ত, shared fields
        ("১০\u2013১২ সেপ্টেম্বর ২০২৪", "2024-09-10/2024-09-12"),  # en dash
        ("১০—১২ সেপ্টেম্বর ২০২৪", "2024-09-10/2024-09-12"),
        ("১০ ~ ১২ সেপ্টেম্বর ২০২৪", "2024-09-10/2024-09-12"),
        ("১ থেকে ৫ জানুয়ারি ২০২৫", "2025-01-01/2025-01-05"),
        ("১ হতে ৫ জানুয়ারি ২০২৫ পর্যন্ত", "2025-01-01/2025-01-05"),
        ("৩০ সেপ্টেম্বর \u2013 ২ অক্টোবর ২০২৪", "2024-09-30/2024-10-02"),
        ("২৮ ডিসেম্বর ২০২৪ থেকে ৩ জানুয়ারি ২০২৫", "2024-12-28/2025-01-03"),
        ("জুলাই ২০২৪ থেকে জুন ২০২৫", "2024-07/2025-06"),
        ("২০১৭-২০২০", "2017/2020"),
        ("২০১৭-২০", "2017/2020"),
        ("২০১৯-২০ সালে", "2019/2020"),  # the years' সাল is in the range
        # times: a period given once, a night over midnight, a start with a length
        ("সকাল ৭টা থেকে ১০টা", "07:00:00/10:00:00"),
        ("সকাল ৯টা থেকে ৫টা", "09:00:00/17:00:00"),
        # an end hour the start's period cannot hold is p.m.; a night's end is the small hours
        ("সকাল ১০টা থেকে ২টা পর্যন্ত", "10:00:00/14:00:00"),
        ("সন্ধ্যা ৬টা থেকে ১০টা", "18:00:00/22:00:00"),
        ("রাত ১১টা থেকে ৪টা", "23:00:00/04:00:00"),
        ("রাত ১০টা থেকে সকাল ৬টা", "22:00:00/06:00:00"),
        ("শনিবার রাত ১০টা থেকে রোববার সকাল ৬টা পর্যন্ত", "2024-09-14T22:00:00+06:00/2024-09-15T06:00:00+06:00"),
        ("আজ বেলা ২টা হতে রাত ১০টা পর্যন্ত", "2024-09-14T14:00:00+06:00/2024-09-14T22:00:00+06:00"),
        ("রাত ৯টা থেকে পরবর্তী ১২ ঘণ্টা", "2024-09-14T21:00:00+06:00/2024-09-15T09:00:00+06:00"),
        # a day start and a length in days: the ends are inclusive (the 14th + 7 days is the 20th)
        ("১৪ মে থেকে ৭ দিন পর্যন্ত", "2024-05-14/2024-05-20"),
        ("১৪ মে থেকে পরবর্তী ১ দিন", "2024-05-14/2024-05-14"),
        ("১৪ মে থেকে টানা ৪ দিন", "2024-05-14/2024-05-17"),  # টানা: in a row
        ("টানা দুই সপ্তাহ", "P2W"),
        ("১ জানুয়ারি ২০২৫ থেকে পরবর্তী ৩ মাস", "2025-01-01/2025-03-31"),
        # open ends, enumerations, estimates, fiscal years
        ("২০১৭ সাল থেকে", "2017/.."),
        ("৫ আগস্ট ২০২১ পর্যন্ত", "../2021-08-05"),
        ("১৪ ও ১৫ সেপ্টেম্বর", "2024-09-14/2024-09-15"),
        # days with their ordinals; a month said first, then the days and তারিখ; an end
        # that is a day of the start's month (তারিখ says it is a day)
        ("২রা থেকে ৪ঠা নভেম্বর", "2024-11-02/2024-11-04"),
        ("২১শে-২৩শে ফেব্রুয়ারি ২০২৪", "2024-02-21/2024-02-23"),
        ("৮ই ও ৯ই অক্টোবর", "2024-10-08/2024-10-09"),
        ("৮ই/৯ই অক্টোবর", "2024-10-08/2024-10-09"),
        ("নভেম্বরের ২ থেকে ৪ তারিখ", "2024-11-02/2024-11-04"),
        ("মার্চ মাসের ১১-১৩ তারিখে", "2025-03-11/2025-03-13"),
        ("২০২৩ সালের মার্চের ১১ থেকে ১৩ তারিখ পর্যন্ত", "2023-03-11/2023-03-13"),
        ("চলতি মাসের ২০ থেকে ২৫ তারিখ", "2024-09-20/2024-09-25"),
        ("আগামী ২১ থেকে ২৬ তারিখ পর্যন্ত", "2024-09-21/2024-09-26"),
        ("৮ অক্টোবর থেকে ১১ তারিখ পর্যন্ত", "2024-10-08/2024-10-11"),
        ("৮ তারিখ থেকে ১১ অক্টোবর", "2024-10-08/2024-10-11"),
        ("আজ থেকে ২৮ তারিখ পর্যন্ত", "2024-09-14/2024-09-28"),
        # the ends' weekdays after a range of days are part of it
        ("২০-২২ অক্টোবর ২০২৪ (রবি-মঙ্গলবার)", "2024-10-20/2024-10-22"),
        ("৩ থেকে ৫ নভেম্বর (রবি থেকে মঙ্গলবার)", "2024-11-03/2024-11-05"),
        ("২-৩ ঘণ্টা আগে", "2024-09-14T15:42:00+06:00/2024-09-14T16:42:00+06:00"),
        ("৪/৫ দিন পর", "2024-09-18/2024-09-19"),
        ("২০২৪-২৫ অর্থবছর", "2024-07-01/2025-06-30"),
        # decades: the ten years a year ending in 0 begins, or গত/এই/আগামী; a unit of ten years
        ("১৯৭০-এর দশকে", "1970/1979"),
        ("সত্তরের দশকের", "1970/1979"),
        ("৮০-র দশকে", "1980/1989"),
        ("গত দশকে", "2010/2019"),
        ("চলতি দশকে", "2020/2029"),
        ("তিন দশক ধরে", "P30Y"),
        ("দেড় দশকেরও বেশি সময়", "P15Y"),
        ("এক দশক ২ বছর", "P12Y"),
        ("২০২৪-২০২৫ অর্থ-বছরের", "2024-07-01/2025-06-30"),
        ("চলতি অর্থবছর", "2024-07-01/2025-06-30"),
        ("২০১৫-১৬ অর্থবছরের জুলাই-জানুয়ারি", "2015-07/2016-01"),
        # the first or last so many months of a year or fiscal year, days of a month
        ("চলতি বছরের প্রথম চার মাসে", "2024-01/2024-04"),
        ("২০২২ সালের শেষ ছয় মাসে", "2022-07/2022-12"),
        ("গত অর্থবছরের প্রথম নয় মাসে", "2023-07/2024-03"),
        ("২০২১-২২ অর্থবছরের শেষ তিন মাসে (এপ্রিল-জুন)", "2022-04/2022-06"),
        ("আগস্টের প্রথম ৭ দিনে", "2024-08-01/2024-08-07"),
        ("ফেব্রুয়ারির শেষ ৫ দিন", "2025-02-24/2025-02-28"),
        # durations: words, fractions, modifiers, markers
        ("আড়াই বছর", "P2Y6M"),
        ("সাড়ে ১৯ ঘণ্টা", "PT19H30M"),
        ("দেড় মাস", "P1M15D"),
        ("দেড় সপ্তাহ", "P1W3DT12H"),
        ("৩ মাস ১৩ দিনের জন্য".replace(" জন্য", ""), "P3M13D"),
        ("৩০ মাসেরও বেশি সময় ধরে", "P30M"),
        ("ঘণ্টাখানেক", "PT1H"),
        ("প্রায় ৬ ঘণ্টা ধরে", "PT6H"),
        ("আগামী ২৪ ঘণ্টার মধ্যে", "PT24H"),
        ("১ বছর, ২ মাস এবং ৩ দিন", "P1Y2M3D"),
        ("পাঁচ দিন ব্যাপী", "P5D"),
        # recurrences
        ("প্রতিদিন সকাল ১০টায়", "FREQ=DAILY;BYHOUR=10;BYMINUTE=0"),
        ("প্রতিদিন", "FREQ=DAILY"),
        ("প্রতি রবি এবং সোমবার", "FREQ=WEEKLY;BYDAY=SU,MO"),
        ("সপ্তাহের প্রতি বুধবার", "FREQ=WEEKLY;BYDAY=WE"),
        ("প্রতি সপ্তাহে", "FREQ=WEEKLY"),
        ("প্রতি মাসের শেষ রবিবার", "FREQ=MONTHLY;BYDAY=-1SU"),
        ("প্রতি মাসের ৫ তারিখ", "FREQ=MONTHLY;BYMONTHDAY=5"),
        ("প্রতি বছর আগস্ট মাসের প্রথম রবিবার", "FREQ=YEARLY;BYMONTH=8;BYDAY=1SU"),
        ("শুক্র ও শনিবার সাপ্তাহিক ছুটি", "FREQ=WEEKLY;BYDAY=FR,SA"),
        ("রবিবার ছাড়া বাকি সব দিন", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA"),
        ("শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা", "FREQ=WEEKLY;BYDAY=SA,SU,MO,TU,WE"),
        ("প্রতিবছর ২১ ও ২২ ফেব্রুয়ারি", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=21,22"),
        ("সর্বোচ্চ ৫০ বছর", "P50Y"),
        ("বছর দশেক", "P10Y"),
        ("মাস ছয়েক ধরে", "P6M"),
        ("দুয়েক সপ্তাহ", "P2W"),
        ("শখানেক বছর", "P100Y"),
    ],
)
def test_to_iso(text: str, expected: str) -> None:
    assert iso(text) == expected


# The n-th week of a month is its days 1-7, 8-14 …; শেষ সপ্তাহ its last seven days.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("নভেম্বরের প্রথম সপ্তাহে", "2024-11-01/2024-11-07"),
        ("২০২৫ সালের মার্চের তৃতীয় সপ্তাহে", "2025-03-15/2025-03-21"),
        ("গত মাসের শেষ সপ্তাহে", "2024-08-25/2024-08-31"),
        ("আগস্ট মাসের চতুর্থ সপ্তাহ", "2024-08-22/2024-08-28"),
    ],
)
def test_the_week_of_a_month(text: str, expected: str) -> None:
    assert iso(text) == expected


def test_a_month_without_that_week_is_refused() -> None:
    with pytest.raises(bd.ParseError, match="no week 5"):
        iso("২০২৫ সালের ফেব্রুয়ারির পঞ্চম সপ্তাহে")


# An end at midnight (মধ্যরাত) or at the night after a day (দিবাগত রাত) with no clock is
# the midnight that ends the day, as রাত ১২টা with a date is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("৩ আগস্ট মধ্যরাত থেকে ৯ আগস্ট সকাল ৮টা পর্যন্ত", "2024-08-04T00:00:00+06:00/2024-08-09T08:00:00+06:00"),
        ("২ মে মধ্যরাতে থেকে", "2024-05-03T00:00:00+06:00/.."),
        ("১ মে থেকে ৫ মে মধ্যরাত পর্যন্ত", "2024-05-01/2024-05-06T00:00:00+06:00"),
        ("বৃহস্পতিবার মধ্যরাত থেকে", "2024-09-13T00:00:00+06:00/.."),
        ("গত মঙ্গলবার মধ্যরাত থেকে", "2024-09-11T00:00:00+06:00/.."),
        ("আগামী রবিবার মধ্যরাত থেকে", "2024-09-16T00:00:00+06:00/.."),
        ("গতকাল দিবাগত রাত থেকে", "2024-09-14T00:00:00+06:00/.."),
        ("১০ এপ্রিল দিবাগত রাত থেকে", "2024-04-11T00:00:00+06:00/.."),
        ("১০ এপ্রিল দিবাগত রাত থেকে ২০ এপ্রিল পর্যন্ত", "2024-04-11T00:00:00+06:00/2024-04-20"),
        # a night that is not midnight keeps its day
        ("৩ আগস্ট রাত থেকে", "2024-08-03/.."),
    ],
)
def test_an_end_at_midnight_is_the_midnight_ending_its_day(text: str, expected: str) -> None:
    assert iso(text) == expected


def test_india_has_its_own_fiscal_year() -> None:
    assert iso("২০২৩-২৪ আর্থিক বছর", tz="Asia/Kolkata") == "2023-04-01/2024-03-31"


def test_kinds_and_fields() -> None:
    duration = bd.read("৩০ মাসেরও বেশি সময় ধরে", now=NOW)
    assert isinstance(duration, bd.Duration)
    assert (duration.months, duration.mod) == (30, "more_than")
    assert bd.read("ঘণ্টাখানেক", now=NOW) == bd.Duration(hours=1, mod="approx")
    assert bd.read("২৫ মিনিটের মধ্যেই", now=NOW) == bd.Duration(minutes=25, mod="at_most")
    interval = bd.read("১০-১২ সেপ্টেম্বর ২০২৪", now=NOW)
    assert isinstance(interval, bd.Interval)
    assert interval.start is not None and interval.start.precision == "day"
    week = bd.parse_recurrence("শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা", now=NOW)
    assert week.byweekday == ("SA", "SU", "MO", "TU", "WE")
    assert week.during == (time(9, 0), time(17, 0))
    point = bd.read("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", now=NOW)
    assert isinstance(point, bd.Parsed) and point.kind == "datetime"


def test_search_finds_one_recurrence() -> None:
    text = "দোকানটি শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা পর্যন্ত খোলা থাকে।"
    matches = bd.search(text, now=NOW)
    assert len(matches) == 1
    m = matches[0]
    assert m.kind == "recurrence"
    assert isinstance(m.result, bd.Recurrence)
    assert m.result.byweekday == ("SA", "SU", "MO", "TU", "WE")
    assert m.result.during == (time(9, 0), time(17, 0))
    assert m.text == "শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা পর্যন্ত"
    assert (m.value, m.precision) == (None, None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("সম্মেলন ১০-১২ সেপ্টেম্বর ২০২৪ ঢাকায় হবে", [("১০-১২ সেপ্টেম্বর ২০২৪", "interval", "2024-09-10/2024-09-12")]),
        ("প্রায় ৬ ঘণ্টা ধরে চেষ্টার পর", [("প্রায় ৬ ঘণ্টা ধরে", "duration", "PT6H")]),
        ("২-৩ ঘণ্টা আগে খবর পাই", [("২-৩ ঘণ্টা আগে", "interval", "2024-09-14T15:42:00+06:00/2024-09-14T16:42:00+06:00")]),
        ("শুক্র ও শনিবার সাপ্তাহিক ছুটি থাকবে", [("শুক্র ও শনিবার সাপ্তাহিক ছুটি", "recurrence", "FREQ=WEEKLY;BYDAY=FR,SA")]),
        ("আকাশে শুক্র ও শনি দেখা যায়", []),  # Venus and Saturn
        ("স্কোর ২-১ হয়েছে", []),
        ("০১৭১১-২৩৪৫৬৭ নম্বরে", []),
        ("১২-১০ সেপ্টেম্বর ২০২৪ লেখা ভুল", []),  # an end before its start: no part of it either
        # an estimate with থেকে is an interval; a length between two numbers is nothing,
        # never the second number's length alone
        ("দুই থেকে তিন দিন পর ফল দেবে", [("দুই থেকে তিন দিন পর", "interval", "2024-09-16/2024-09-17")]),
        ("৪ থেকে ৬ ঘণ্টা আগে খবর পাই", [("৪ থেকে ৬ ঘণ্টা আগে", "interval", "2024-09-14T12:42:00+06:00/2024-09-14T14:42:00+06:00")]),
        ("১০ থেকে ১৫ দিনের মধ্যে জানানো হবে", []),
        ("৩ থেকে ৫ ঘণ্টা লাগবে", []),
        ("৬ থেকে ২ দিন আগে", []),  # an estimate that does not grow
        # the length of a range whose start is not read: no part of it
        ("পূজার ছুটি থেকে ১০ দিন পর্যন্ত চলবে", []),
        ("আগামীকাল থেকে ৫ দিন পর্যন্ত চলবে", [("আগামীকাল থেকে ৫ দিন পর্যন্ত", "interval", "2024-09-15/2024-09-19")]),
    ],
)
def test_search_spans(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(m.text, m.kind, m.isoformat()) for m in bd.search(text, now=NOW)] == found


@pytest.mark.parametrize(
    ("text", "pos", "reason"),
    [
        ("১২-১০ সেপ্টেম্বর ২০২৪", 3, "before the start"),
        ("১২ অক্টোবর ২০২৪ থেকে ১০ সেপ্টেম্বর ২০২৪", 21, "before the start"),
        ("প্রতিবছর ৩০ ফেব্রুয়ারি", 9, "never exists"),
        ("প্রতি মাসের ৩২ তারিখ", 12, "no day 32"),
        ("৫-৩ ঘণ্টা আগে", 2, "does not grow"),
        ("২০২৪-২৬ অর্থবছর", 5, "fiscal year"),
        ("২০২০-২০১৭", 5, "not after"),
        ("১৯৭৫-এর দশকে", 0, "does not begin a decade"),
        ("গত বছরের প্রথম ১৩ মাসে", 9, "fewer than 13 months"),
        ("২০-২২ অক্টোবর ২০২৪ (শনি-সোমবার)", 20, "not its ends' weekdays"),
        ("২০২১-২২ অর্থবছরের শেষ তিন মাসে (মার্চ-জুন)", 32, "not its months"),
        ("২ ঘণ্টা ৩ ঘণ্টা", 8, "twice"),
        ("১৪ ও ১৬ সেপ্টেম্বর", 0, "expected a date"),  # two dates, not one span
    ],
)
def test_bad_spans_are_parse_errors_with_position(text: str, pos: int, reason: str) -> None:
    with pytest.raises(bd.ParseError, match=reason) as info:
        bd.read(text, now=NOW)
    assert info.value.pos == pos
    with pytest.raises(bd.ParseError):
        bd.to_iso(text, now=NOW)


# A range whose ends contradict (issues 13/14): never a part, never a range of a year.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # year-less ends in one month, reversed: no new year between them
        ("১৬ সেপ্টেম্বর থেকে ১১ সেপ্টেম্বর পর্যন্ত", "before the start"),
        ("শুক্রবার (১৩ সেপ্টেম্বর) থেকে বৃহস্পতিবার (১১ সেপ্টেম্বর)", "before the start"),
        ("২০ মার্চ থেকে ৫ মার্চ ২০২৫", "before the start"),
        ("৯ জুলাই ২০২৩ থেকে ২ জুলাই", "before the start"),
        # an end that is a day of the start's month, before it, or a day the month lacks:
        # no open range from the start either
        ("২০ অক্টোবর থেকে ১২ তারিখ", "before the start"),
        ("৩০ নভেম্বর থেকে ৩১ তারিখ", "does not exist"),
        ("শুক্রবার থেকে ১০ তারিখ", "before the start"),
        ("৪ঠা থেকে ২রা নভেম্বর", "before the start"),
        ("৫ মে রাত ১০টা থেকে ৫ মে সকাল ৮টা", "before the start"),
        # a clock range that would run a whole night from a morning
        ("সকাল ১০টা থেকে সকাল ৯টা পর্যন্ত", "before the start"),
        ("ভোর ৫টা থেকে ভোর ৪টা", "before the start"),
        # two weekdays whose gap is not the dates' gap
        ("শনিবার (১৪ সেপ্টেম্বর) থেকে সোমবার (১৫ সেপ্টেম্বর)", "not 1 days apart"),
        ("৩ অক্টোবর (মঙ্গলবার) থেকে ৫ অক্টোবর (শুক্রবার)", "not 2 days apart"),
    ],
)
def test_contradicting_range_ends_are_refused(text: str, reason: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", bd.WeekdayMismatchWarning)  # the refusal is the answer
        with pytest.raises(bd.ParseError, match=reason):
            bd.read(text, now=NOW)
    assert bd.search(f"মেলা {text} চলবে", now=NOW) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("২৮ ডিসেম্বর থেকে ৩ জানুয়ারি ২০২৫", "2024-12-28/2025-01-03"),  # a new year between them
        ("২৮ ডিসেম্বর ২০২৪ থেকে ৩ জানুয়ারি", "2024-12-28/2025-01-03"),
        ("রাত ১১টা থেকে রাত ২টা", "23:00:00/02:00:00"),  # overnight
        ("বিকেল ৫টা থেকে সকাল ১০টা", "17:00:00/10:00:00"),
        ("শনিবার (১৪ সেপ্টেম্বর) থেকে সোমবার (১৬ সেপ্টেম্বর)", "2024-09-14/2024-09-16"),
    ],
)
def test_ranges_that_do_not_contradict(text: str, iso: str) -> None:
    assert bd.read(text, now=NOW).isoformat() == iso


# Issue 13: every so many periods (INTERVAL) and a count of times in each period.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # প্রতি N UNIT, with a case ending, অন্তর or পরপর after it
        ("প্রতি তিন সপ্তাহে", "Recurrence('FREQ=WEEKLY;INTERVAL=3')"),
        ("প্রতি ৪ সপ্তাহ অন্তর", "Recurrence('FREQ=WEEKLY;INTERVAL=4')"),
        ("প্রতি 5 দিন পরপর", "Recurrence('FREQ=DAILY;INTERVAL=5')"),
        ("প্রতি আট মাসে", "Recurrence('FREQ=MONTHLY;INTERVAL=8')"),
        ("প্রতি ১২ বছরে", "Recurrence('FREQ=YEARLY;INTERVAL=12')"),
        ("প্রতি এক দিন পরপর", "Recurrence('FREQ=DAILY')"),  # with প্রতি, one is every one
        ("প্রতি তিন মাসের প্রথম সোমবার", "Recurrence('FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO')"),
        ("প্রতি ২ মাসের ১০ তারিখ", "Recurrence('FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10')"),
        ("প্রতি চার বছরে ২৯ ফেব্রুয়ারি", "Recurrence('FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29')"),
        ("প্রতি দুই সপ্তাহে রবি ও বুধবার", "Recurrence('FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,WE')"),
        ("প্রতি তিন দিনে বিকেল ৪টায়", "Recurrence('FREQ=DAILY;INTERVAL=3;BYHOUR=16;BYMINUTE=0')"),
        # N UNIT অন্তর / পরপর / পর পর, and N UNIT-এ একবার
        ("চার সপ্তাহ পরপর", "Recurrence('FREQ=WEEKLY;INTERVAL=4')"),
        ("৫ মাস পর পর", "Recurrence('FREQ=MONTHLY;INTERVAL=5')"),
        ("দশ বছর অন্তর", "Recurrence('FREQ=YEARLY;INTERVAL=10')"),
        ("৮ ঘণ্টা অন্তর অন্তর", "Recurrence('FREQ=HOURLY;INTERVAL=8')"),
        ("১৫ মিনিট পরপর", "Recurrence('FREQ=MINUTELY;INTERVAL=15')"),
        ("দুদিন পর পর", "Recurrence('FREQ=DAILY;INTERVAL=2')"),
        # a fraction counts the next unit down
        ("দেড় ঘণ্টা পরপর", "Recurrence('FREQ=MINUTELY;INTERVAL=90')"),
        ("প্রতি আধা ঘণ্টায়", "Recurrence('FREQ=MINUTELY;INTERVAL=30')"),
        ("আড়াই দিন অন্তর", "Recurrence('FREQ=HOURLY;INTERVAL=60')"),
        ("দেড় বছর পর পর", "Recurrence('FREQ=MONTHLY;INTERVAL=18')"),
        ("ছয় মাসে একবার", "Recurrence('FREQ=MONTHLY;INTERVAL=6')"),
        ("দুই বছরে একবার", "Recurrence('FREQ=YEARLY;INTERVAL=2')"),
        # one unit between, without প্রতি: every other one
        ("একদিন অন্তর", "Recurrence('FREQ=DAILY;INTERVAL=2')"),
        ("এক দিন পরপর", "Recurrence('FREQ=DAILY;INTERVAL=2')"),
        ("একদিন অন্তর একদিন", "Recurrence('FREQ=DAILY;INTERVAL=2')"),
        ("এক সপ্তাহ পর পর", "Recurrence('FREQ=WEEKLY;INTERVAL=2')"),
        # PERIOD-এ N বার, PERIOD-এ N দিন, প্রতি PERIOD-এ N বার
        ("সপ্তাহে দুইবার", "Recurrence('FREQ=WEEKLY', times=2)"),
        ("বছরে ৩ বার", "Recurrence('FREQ=YEARLY', times=3)"),
        ("দিনে চারবার", "Recurrence('FREQ=DAILY', times=4)"),
        ("ঘণ্টায় দুবার", "Recurrence('FREQ=HOURLY', times=2)"),
        ("মাসে চার দিন", "Recurrence('FREQ=MONTHLY', times=4)"),
        ("সপ্তাহে পাঁচদিন", "Recurrence('FREQ=WEEKLY', times=5)"),
        ("বছরে একবার", "Recurrence('FREQ=YEARLY')"),  # once a year is every year
        ("প্রতি সপ্তাহে ৪ বার", "Recurrence('FREQ=WEEKLY', times=4)"),
        ("প্রতিদিন তিনবার", "Recurrence('FREQ=DAILY', times=3)"),
        ("প্রতিবছর দুই বার", "Recurrence('FREQ=YEARLY', times=2)"),
        ("প্রতি ৩ সপ্তাহে দুইবার", "Recurrence('FREQ=WEEKLY;INTERVAL=3', times=2)"),
        ("দিনে ২ বার সকাল ৮টায়", "Recurrence('FREQ=DAILY;BYHOUR=8;BYMINUTE=0', times=2)"),
        # hours and minutes
        ("প্রতি ঘণ্টায়", "Recurrence('FREQ=HOURLY')"),
        ("প্রতি ৩ ঘণ্টায়", "Recurrence('FREQ=HOURLY;INTERVAL=3')"),
        ("প্রতি দশ মিনিটে", "Recurrence('FREQ=MINUTELY;INTERVAL=10')"),
        ("প্রতি ২ ঘণ্টা পরপর সকাল ৮টা থেকে রাত ৮টা", "Recurrence('FREQ=HOURLY;INTERVAL=2', during=08:00:00/20:00:00)"),
    ],
)
def test_every_so_often_and_times_in_a_period(text: str, expected: str) -> None:
    value = bd.parse_recurrence(text, now=NOW)
    assert repr(value) == expected


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("প্রতি ০ দিনে", 6),  # every no days
        ("প্রতি শূন্য সপ্তাহে", 6),
        ("০ মাস পরপর", 0),
        ("মাসে শূন্যবার", 5),  # no times a month
        ("সপ্তাহে ০ বার", 8),
        ("প্রতিদিন ০ বার", 9),
        ("সপ্তাহে ৯ দিন", 8),  # more days than a week has
        ("মাসে ৪০ দিন", 5),
    ],
)
def test_a_count_that_never_happens_is_refused_where_it_is(text: str, position: int) -> None:
    with pytest.raises(bd.ParseError) as caught:
        bd.read(text, now=NOW)
    assert caught.value.pos == position


@pytest.mark.parametrize(
    "text",
    [
        "১ ঘণ্টা পরপর",  # every hour or every other hour: not said
        "এক মিনিট অন্তর",
        "দেড় মাস পরপর",  # a month has no fixed days: no whole count
        "আধা মিনিট পরপর",  # seconds have no frequency
        "প্রতি ৫ সেকেন্ডে",  # no frequency of seconds
        "ঈদের দিনে দুইবার",  # twice on that day, not every day
        "এই মাসে দুইবার",
        "সেই বছরে একবার",
        "গত ৩ মাসে একবার",
        "৮ বার",  # a count with no period
        "দিনে বারবার",  # again and again, not twelve times
        "সপ্তাহে তিন দিনের",  # of three days: a length
        "মাসে দুদিনের",
        "একদিন",  # one day, some day: no length alone
    ],
)
def test_what_is_no_recurrence_is_refused(text: str) -> None:
    with pytest.raises(bd.ParseError):
        bd.parse_recurrence(text, now=NOW)


# search finds each as one recurrence, never the length or the number inside it
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("প্রতি মাসে দুইবার সভা হয়", [("প্রতি মাসে দুইবার", "FREQ=MONTHLY", 2)]),
        ("প্রতি সপ্তাহে তিনবার ক্লাস", [("প্রতি সপ্তাহে তিনবার", "FREQ=WEEKLY", 3)]),
        ("প্রতিদিন দুবার ওষুধ", [("প্রতিদিন দুবার", "FREQ=DAILY", 2)]),
        ("প্রতি বছর ৪ বার পরীক্ষা", [("প্রতি বছর ৪ বার", "FREQ=YEARLY", 4)]),
        ("প্রতিদিন একবার ওষুধ", [("প্রতিদিন একবার", "FREQ=DAILY", None)]),  # once a day is every day
        ("প্রতি মাসে বারোটি সভা", [("প্রতি মাসে", "FREQ=MONTHLY", None)]),
        ("ওষুধটি তিন সপ্তাহ পরপর নিতে হয়।", [("তিন সপ্তাহ পরপর", "FREQ=WEEKLY;INTERVAL=3", None)]),
        ("সভা প্রতি ছয় মাসে বসে।", [("প্রতি ছয় মাসে", "FREQ=MONTHLY;INTERVAL=6", None)]),
        ("অফিস সপ্তাহে চার দিন খোলা।", [("সপ্তাহে চার দিন", "FREQ=WEEKLY", 4)]),
        ("বাস ২০ মিনিট পর পর ছাড়ে।", [("২০ মিনিট পর পর", "FREQ=MINUTELY;INTERVAL=20", None)]),
        ("মেলা বছরে একবার বসে।", [("বছরে একবার", "FREQ=YEARLY", None)]),
        ("সে ঈদের দিনে দুইবার এসেছিল।", []),
        ("তিনি ৮ বার এমপি হয়েছেন।", []),
        # a rate per hour or minute is no recurrence
        ("প্রতি ঘণ্টায় ৮০ কিলোমিটার বেগে ঝড়ো হাওয়া", []),
        ("প্রতি মিনিটে ২০০ জন যাত্রী", []),
    ],
)
def test_search_finds_a_repetition_as_one_recurrence(text: str, found: list[tuple[str, str, int | None]]) -> None:
    matches = bd.search(text, now=NOW)
    assert [(m.text, m.isoformat(), getattr(m.result, "times", None)) for m in matches] == found
    assert all(m.kind == "recurrence" for m in matches)


# A start and an end in one sentence that contradict: neither is kept as an answer.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("মেলা শুরু ২২ মার্চ, শেষ ৪ মার্চ ২০২৫", []),
        ("উৎসব শুরু হবে ২৫ অক্টোবর, শেষ হবে ১৮ অক্টোবর", []),
        ("৯ নভেম্বর থেকে শুরু, চলবে ৩ নভেম্বর পর্যন্ত", []),
        # a year-less start goes to its end's year, or the year before across a new year
        ("মেলা শুরু ৪ মার্চ, শেষ ২২ মার্চ ২০২৫", [("2025-03-04/2025-03-22")]),
        ("উৎসব শুরু ২২ ডিসেম্বর, শেষ ৪ জানুয়ারি ২০২৫", [("2024-12-22/2025-01-04")]),
        # an open start, and an open end in the next sentence before it
        ("৯ নভেম্বর থেকে মেলা। ৩ নভেম্বর পর্যন্ত চলবে।", []),
        ("২০১৯ সাল থেকে। ২০১৬ সাল পর্যন্ত।", []),
        ("৯ নভেম্বর থেকে মেলা। ১৩ নভেম্বর পর্যন্ত চলবে।", ["2024-11-09/..", "../2024-11-13"]),
    ],
)
def test_start_and_end_in_a_sentence_that_contradict(text: str, found: list[str]) -> None:
    assert [m.isoformat() for m in bd.search(text, now=NOW)] == found


# What প্রতি (every) begins is a recurrence or nothing: never its length or one day.
@pytest.mark.parametrize(
    "text",
    ["প্রতি দুই সপ্তাহে সভা হয়", "প্রতি ১৫ দিনে একবার", "প্রতি তিন মাসে ফি দিতে হয়", "প্রতি ২৯ ফেব্রুয়ারি জন্মদিন"],
)
def test_what_every_begins_is_no_point_or_length(text: str) -> None:
    assert [m for m in bd.search(text, now=NOW) if m.kind != "recurrence"] == []


# কম-বেশি is "more or less": roughly, never "less than".
@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("৪ ঘণ্টার কম বেশি", "approx"),
        ("৪ ঘণ্টা কম-বেশি", "approx"),
        ("২০ মিনিট কমবেশি", "approx"),
        ("২০ মাস বেশি কম", "approx"),  # with মাসেরও, a side taken: refused (test_contradictions.py)
        ("৪ ঘণ্টার কম", "less_than"),
        ("৪ ঘণ্টারও বেশি", "more_than"),
        # about so many (দশেক, দুয়েক), after its unit or before it
        ("বছর দশেক", "approx"),
        ("মিনিট পাঁচেকের মধ্যে", "at_most"),
        ("দুয়েক দিন", "approx"),
        ("প্রায় ঘণ্টা তিনেক ধরে", "approx"),
    ],
)
def test_more_or_less_is_approximate(text: str, mod: str) -> None:
    value = bd.read(text, now=NOW)
    assert isinstance(value, bd.Duration)
    assert value.mod == mod


def test_parse_refuses_a_span_and_names_read() -> None:
    with pytest.raises(bd.ParseError, match=r"an interval, not one point in time: read\(\)"):
        bd.parse("১০-১২ সেপ্টেম্বর ২০২৪", now=NOW)
    with pytest.raises(bd.ParseError, match=r"a recurrence.*parse_recurrence"):
        bd.parse_result("প্রতি শুক্রবার", now=NOW)
    with pytest.raises(bd.ParseError, match="a duration"):
        bd.parse("৩ ঘণ্টা ৪৫ মিনিট", now=NOW)


@pytest.mark.parametrize(
    ("call", "text", "found"),
    [
        (bd.parse_interval, "প্রতি শুক্রবার", "a recurrence, not an interval"),
        (bd.parse_duration, "১০-১২ সেপ্টেম্বর ২০২৪", "an interval, not a duration"),
        (bd.parse_recurrence, "১৪ সেপ্টেম্বর ২০২৪", "a point in time, not a recurrence"),
    ],
)
def test_parse_kind_names_the_kind_found(call: Any, text: str, found: str) -> None:
    with pytest.raises(bd.ParseError, match=found):
        call(text, now=NOW)


def test_read_keeps_the_point_errors() -> None:
    with pytest.raises(bd.ParseError, match="unknown word") as info:
        bd.read("১৪ সেপ্টেম্বর হ্যালো", now=NOW)
    assert info.value.pos == 14
    with pytest.raises(TypeError):
        bd.read(b"x", now=NOW)  # type: ignore[arg-type]


def test_a_clock_time_alone_stays_a_time() -> None:
    result = bd.parse_result("রাত ৯টায়", now=NOW)
    assert (result.precision, result.isoformat()) == ("time", "21:00:00")
    assert result.value == NOW.replace(hour=21, minute=0)  # anchored on now's date


def test_a_weekday_with_its_time_is_one_point() -> None:
    assert iso("বৃহস্পতিবার রাত ৯টায়") == "2024-09-12T21:00:00+06:00"


@given(bengali_intervals())
def test_intervals_read_back(case: tuple[str, str]) -> None:
    text, expected = case
    assert bd.to_iso(text, now=NOW) == expected


@given(bengali_durations())
def test_durations_read_back(case: tuple[str, str]) -> None:
    text, expected = case
    assert bd.to_iso(text, now=NOW) == expected


@given(bengali_recurrences())
def test_recurrences_read_back(case: tuple[str, str]) -> None:
    text, expected = case
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value = bd.read(text, now=NOW)
        assert isinstance(value, bd.Recurrence) and value.isoformat() == expected
        if value.times is None:  # a count in each period has no RRULE form: to_iso refuses it
            assert bd.to_iso(text, now=NOW) == expected


# Issue 14 probe: HOUR-HOUR টা is a range of hours in every reader, never 10:11.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("সকাল ১০-১১টা", "10:00:00/11:00:00"),
        ("সকাল ৮-৯টায়", "08:00:00/09:00:00"),
        ("দুপুর ১২-২টা", "12:00:00/14:00:00"),
        ("রাত ১১-১টা", "23:00:00/01:00:00"),
        ("২০ সেপ্টেম্বর সকাল ১০-১১টা", "2024-09-20T10:00:00+06:00/2024-09-20T11:00:00+06:00"),
        ("সকাল ১০-৩০টায়", "10:30:00"),  # 30 is no hour: the minutes
        ("সকাল ৯-৩০", "09:30:00"),
    ],
)
def test_hour_ranges_with_a_hyphen(text: str, expected: str) -> None:
    assert iso(text) == expected


def test_parse_refuses_an_hour_range_naming_it() -> None:
    with pytest.raises(bd.ParseError, match="an interval"):
        bd.parse("সকাল ১০-১১টা", now=NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("শনিবার সকাল ৭টায়", "2024-09-21T07:00:00+06:00"),  # now is Saturday 18:42
        ("শনিবার রাত ৮টায়", "2024-09-14T20:00:00+06:00"),
        ("রবিবার সকাল ৭টায়", "2024-09-15T07:00:00+06:00"),
    ],
)
def test_prefer_future_weekday_time_is_not_behind_now(text: str, expected: str) -> None:
    assert iso(text, prefer="future") == expected


# একদিন পরপর has no unit token (একদিন is one glued token, kind "c", and পরপর is "i"): search
# starts a window at a "c" and tries it as a span because "i" is a span kind (may_be_span).
def test_search_finds_every_other_day() -> None:
    found = [(m.text, m.isoformat()) for m in bd.search("রোগীকে একদিন পরপর দেখতে হবে।", now=NOW)]
    assert found == [("একদিন পরপর", "FREQ=DAILY;INTERVAL=2")]


# ---- issue 14: no part of an expression -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two day numbers joined by a slash before a month: the 14th or the 15th, both days
        ("১৪/১৫ সেপ্টেম্বর", "2024-09-14/2024-09-15"),
        ("১৪/১৫ সেপ্টেম্বর ২০২৪", "2024-09-14/2024-09-15"),
        ("২/৩ অক্টোবর ২০২৩", "2023-10-02/2023-10-03"),
        ("৯/১১ আগস্ট", "2024-08-09/2024-08-11"),
        ("28/29 ফেব্রুয়ারি 2024", "2024-02-28/2024-02-29"),
        # a numeric date stays a date
        ("১৪/০৯/২০২৪", "2024-09-14"),
        ("০২/০৩/২৫", "2025-03-02"),
        # a length glued to ব্যাপী/জুড়ে reads as the length with the word apart
        ("তিন দিনব্যাপী", "P3D"),
        ("৫ দিনব্যাপী", "P5D"),
        ("দুদিনব্যাপী", "P2D"),
        ("এক সপ্তাহব্যাপী", "P1W"),
        ("দুই মাসব্যাপী", "P2M"),
        ("তিন বছরজুড়ে", "P3Y"),
        ("১২ ঘণ্টাব্যাপী", "PT12H"),
        ("তিন দিন জুড়ে", "P3D"),
        # a dotted numeric date alone is still a date (the caller says it is one)
        ("১.২.৩০", "2030-02-01"),
    ],
)
def test_no_part_of_an_expression(text: str, expected: str) -> None:
    assert bd.to_iso(text, now=NOW) == expected


@pytest.mark.parametrize(
    ("text", "pos", "reason"),
    [
        ("১৫/১৪ সেপ্টেম্বর", 3, "not after the first"),
        ("১৪/১৪ সেপ্টেম্বর ২০২৪", 3, "not after the first"),
        ("২০/৩ মার্চ", 3, "not after the first"),
        ("১৪/১৫", 0, "expected a date"),  # two numbers and no month: nothing
    ],
)
def test_alternative_days_that_do_not_grow_are_refused(text: str, pos: int, reason: str) -> None:
    with pytest.raises(bd.ParseError, match=reason) as info:
        bd.to_iso(text, now=NOW)
    assert info.value.pos == pos


@pytest.mark.parametrize("text", ["মাসব্যাপী", "সপ্তাহব্যাপী", "বছরজুড়ে", "মাস ধরে", "দিন ব্যাপী"])
def test_a_unit_with_its_marker_and_no_number_is_no_length(text: str) -> None:
    with pytest.raises(bd.ParseError):
        bd.to_iso(text, now=NOW)


@pytest.mark.parametrize(("text", "times"), [("প্রতি মাসে দুইবার", 2), ("সপ্তাহে তিন দিন", 3), ("দিনে ৩ বার", 3)])
def test_to_iso_refuses_a_count_in_each_period(text: str, times: int) -> None:
    # RRULE cannot say "twice in each month"; FREQ=MONTHLY alone would say once
    assert isinstance(value := bd.read(text), bd.Recurrence) and value.times == times
    with pytest.raises(bd.ParseError) as caught:
        bd.to_iso(text)
    assert caught.value.pos == 0 and "RRULE" in str(caught.value)


# প্রতি before a range of weekdays: every one of those days (was: প্রতি and the first day a
# recurrence, the last day a date near now, a confident wrong answer).
@pytest.mark.parametrize(
    ("text", "expected", "during"),
    [
        ("প্রতি সোমবার থেকে শুক্রবার", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", None),
        ("প্রতি শুক্র-রবিবার", "FREQ=WEEKLY;BYDAY=FR,SA,SU", None),
        ("প্রতি মঙ্গল থেকে বৃহস্পতিবার রাত ৯টায়", "FREQ=WEEKLY;BYDAY=TU,WE,TH;BYHOUR=21;BYMINUTE=0", None),
        ("প্রতি সপ্তাহের শনি থেকে সোমবার", "FREQ=WEEKLY;BYDAY=SA,SU,MO", None),
        ("প্রতি সপ্তাহে বুধ থেকে শুক্রবার", "FREQ=WEEKLY;BYDAY=WE,TH,FR", None),
        ("প্রতি রবি থেকে বুধবার সকাল ৮টা থেকে দুপুর ২টা", "FREQ=WEEKLY;BYDAY=SU,MO,TU,WE", (time(8), time(14))),
        ("শনি থেকে মঙ্গলবার পর্যন্ত সকাল ১০টা থেকে বিকেল ৩টা", "FREQ=WEEKLY;BYDAY=SA,SU,MO,TU", (time(10), time(15))),
    ],
)
def test_every_range_of_weekdays(text: str, expected: str, during: tuple[time, time] | None) -> None:
    value = bd.read(text, now=NOW)
    assert isinstance(value, bd.Recurrence) and value.isoformat() == expected
    assert value.during == during
    (match,) = bd.search(f"অফিস {text} খোলা থাকবে।", now=NOW)
    assert match.text == text and match.kind == "recurrence"


# Hours counted with টা and no part of the day on either end: an end before the start is the
# start's later half (office hours ১০টা থেকে ৪টা), on a date too; a 24-hour end is not moved.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("১০টা থেকে ৪টা পর্যন্ত", "10:00:00/16:00:00"),
        ("৯.০০ টা হতে ১২.৩০ টা", "09:00:00/12:30:00"),
        ("১১.০০ টা হতে ২.০০ টা পর্যন্ত", "11:00:00/14:00:00"),
        ("৮টা থেকে ৭টা", "08:00:00/19:00:00"),
        ("১২টা থেকে ২টা", "12:00:00/14:00:00"),
        ("৭টা থেকে ১১টা", "07:00:00/11:00:00"),
        ("২০ সেপ্টেম্বর ১১টা থেকে ৩টা", "2024-09-20T11:00:00+06:00/2024-09-20T15:00:00+06:00"),
        ("২০ সেপ্টেম্বর সকাল ১১টা থেকে ৩টা", "2024-09-20T11:00:00+06:00/2024-09-20T15:00:00+06:00"),
        ("২০ সেপ্টেম্বর রাত ১১টা থেকে ৩টা", "2024-09-20T23:00:00+06:00/2024-09-21T03:00:00+06:00"),
    ],
)
def test_hours_on_the_twelve_hour_dial(text: str, expected: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", bd.AmbiguousHourWarning)
        assert iso(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"), [("১১:০০ থেকে ০৩:০০", "before the start"), ("সকাল ১১টা থেকে সকাল ৩টা", "not in the সকাল")]
)
def test_an_end_the_text_puts_before_the_start_stays_refused(text: str, reason: str) -> None:
    with pytest.raises(bd.ParseError, match=reason):
        iso(text)


# Weekly schedules in the other orders timetables and TV pages print: the days, a colon, the
# window; the time, then প্রতি and its days; প্রতি, the days, ছাড়া and every day.
@pytest.mark.parametrize(
    ("text", "expected", "during"),
    [
        ("সোম-শুক্র: সকাল ৮টা - বিকাল ৪টা", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", (time(8), time(16))),
        ("রবি থেকে বৃহস্পতিবার, সকাল ১০টা থেকে দুপুর ২টা", "FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH", (time(10), time(14))),
        ("রাত ১০টা ১৫ মিনিটে প্রতি সোমবার", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=22;BYMINUTE=15", None),
        ("বিকেল ৪টায়, প্রতি বুধ ও বৃহস্পতিবার", "FREQ=WEEKLY;BYDAY=WE,TH;BYHOUR=16;BYMINUTE=0", None),
        ("সন্ধ্যা ৭টায় প্রতি রবি থেকে মঙ্গলবার", "FREQ=WEEKLY;BYDAY=SU,MO,TU;BYHOUR=19;BYMINUTE=0", None),
        ("প্রতি শনিবার ছাড়া প্রতিদিন", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SU", None),
        ("প্রতি সোম ও মঙ্গলবার ছাড়া বাকি সব দিন", "FREQ=WEEKLY;BYDAY=WE,TH,FR,SA,SU", None),
    ],
)
def test_weekly_schedules_in_other_orders(text: str, expected: str, during: tuple[time, time] | None) -> None:
    value = bd.read(text, now=NOW)
    assert isinstance(value, bd.Recurrence) and value.isoformat() == expected
    assert value.during == during
    (match,) = bd.search(f"অনুষ্ঠানটি {text} দেখা যাবে।", now=NOW)
    assert match.text == text and match.kind == "recurrence"


def test_a_time_then_a_weekday_without_every_stays_one_day() -> None:
    assert iso("রাত ৮টায় বৃহস্পতিবার") == "2024-09-12T20:00:00+06:00"


# A count glued to its unit (দুদিন, তিনদিনের) is the number and the unit apart: an offset
# before আগে/পরে, a length before its marker, a repetition before পরপর.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("দুদিন আগে", "2024-09-12"),
        ("তিনদিন পর", "2024-09-17"),
        ("দুদিন ৪ ঘণ্টা আগে", "2024-09-12T14:42:00+06:00"),
        ("চারদিন ধরে", "P4D"),
        ("পাঁচদিনের মধ্যে", "P5D"),
        ("দুদিন পরপর", "FREQ=DAILY;INTERVAL=2"),
    ],
)
def test_a_count_glued_to_its_unit(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("একদিন তিনি ফিরবেন।", []),  # someday, not a length
        ("এক দিন তিনি বলেছিলেন।", []),
        ("একদিনের সফরে এসেছেন।", [("একদিনের", "P1D")]),
        ("এক দিন ধরে বৃষ্টি।", [("এক দিন ধরে", "P1D")]),
        ("দুদিন তিনি বাড়ি ছিলেন।", [("দুদিন", "P2D")]),
    ],
)
def test_one_day_bare_is_someday_in_running_text(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.isoformat()) for m in bd.search(text, now=NOW)] == found
