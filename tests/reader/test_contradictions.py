"""A text that contradicts itself is refused or answered with a documented warning (issue 14).

Now is Saturday 14 September 2024, 18:42 in Dhaka.
"""

from __future__ import annotations

import warnings
from datetime import datetime

import pytest

import bn_datetime as bd
from bn_datetime.errors import ParseError
from bn_datetime.tz import get_tz, localize

NOW = localize(datetime(2024, 9, 14, 18, 42), get_tz("Asia/Dhaka"), "raise")  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected", "position"),
    [
        # a day named from now beside a printed date that is another day: the date wins
        ("আগামীকাল ১২ সেপ্টেম্বর", "2024-09-12", 0),
        ("গতকাল ১৫ সেপ্টেম্বর", "2024-09-15", 0),
        ("আজ ১৩ সেপ্টেম্বর ২০২৪", "2024-09-13", 0),
        ("আজ (১৬ সেপ্টেম্বর)", "2024-09-16", 0),
        ("আগামীকাল (১১ সেপ্টেম্বর) সকাল ১০টায়", "2024-09-11T10:00:00+06:00", 0),
        # গত/আগামী before a printed year on the other side of now
        ("আগামী ১০ সেপ্টেম্বর ২০২৪", "2024-09-10", 0),
        ("গত ১ অক্টোবর ২০২৪", "2024-10-01", 0),
        ("আগামী ৫/০১/২০২৩ তারিখ", "2023-01-05", 0),
    ],
)
def test_relative_word_against_the_printed_date(text: str, expected: str, position: int) -> None:
    with pytest.warns(bd.RelativeMismatchWarning):
        assert bd.to_iso(text, now=NOW) == expected
    with pytest.raises(ParseError) as caught:
        bd.to_iso(text, now=NOW, strict=True)
    assert caught.value.pos == position


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("আগামীকাল ১৫ সেপ্টেম্বর", "2024-09-15"),
        ("আজ (১৪ সেপ্টেম্বর)", "2024-09-14"),
        ("গতকাল ১৩ সেপ্টেম্বর ২০২৪ রাতে", "2024-09-13"),
        ("আগামী ১০ অক্টোবর ২০২৪", "2024-10-10"),
        ("গত ১০ সেপ্টেম্বর ২০২৪", "2024-09-10"),
        ("আগামী ১০ সেপ্টেম্বর", "2025-09-10"),  # no year: the next one
    ],
)
def test_agreeing_words_give_no_warning(text: str, expected: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert bd.to_iso(text, now=NOW, strict=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year-less date whose weekday fits none of last, this and next year: the nearest
        ("শুক্রবার (১৪ সেপ্টেম্বর)", "2024-09-14"),
        ("১৫ সেপ্টেম্বর, মঙ্গলবার", "2024-09-15"),
    ],
)
def test_a_weekday_never_moves_a_date_far(text: str, expected: str) -> None:
    with pytest.warns(bd.WeekdayMismatchWarning):
        assert bd.to_iso(text, now=NOW) == expected


@pytest.mark.parametrize(
    ("text", "reason", "position"),
    [
        ("দুপুর ৯টা", "not in the দুপুর", 6),
        ("সকাল ২৩টা", "not in the সকাল", 5),
        ("সকাল ১০:০০ পিএম", "contradict", 5),
        ("৩১ সেপ্টেম্বর ২০২৪", "does not exist", 0),
        ("২৯ ফেব্রুয়ারি ২০২৩", "does not exist", 0),
        ("১০:৬০", "minute 60", 3),
        ("২০২৪ সালের ১৪ সেপ্টেম্বর ২০২৩", "expected end of text", 25),
    ],
)
def test_refused_with_the_reason(text: str, reason: str, position: int) -> None:
    with pytest.raises(ParseError) as caught:
        bd.to_iso(text, now=NOW)
    assert reason in str(caught.value)
    assert caught.value.pos == position


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # মধ্যরাত with a day is the midnight that ends it, as রাত ১২টা with a date is
        ("বৃহস্পতিবার মধ্যরাতে", "2024-09-13T00:00:00+06:00"),
        ("১২ সেপ্টেম্বর ২০২৪ মধ্যরাতে", "2024-09-13T00:00:00+06:00"),
        ("আজ মধ্যরাতে", "2024-09-15T00:00:00+06:00"),
        ("বৃহস্পতিবার রাতে", "2024-09-12"),  # রাত alone: the day, as before
    ],
)
def test_midnight_ends_the_day(text: str, expected: str) -> None:
    assert bd.to_iso(text, now=NOW) == expected
    assert [m.isoformat() for m in bd.search(f"সভা {text} হবে", now=NOW, prefer="past")] == [expected]
