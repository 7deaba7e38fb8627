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


# ---- search is never silent where to_iso warns (issue 14, item 7) ---------------------


def searched(text: str) -> list[tuple[str, str, list[type[Warning]]]]:
    """``(text, iso, categories)`` of each match, and the emitted warnings checked against them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        matches = bd.search(text, now=NOW)
    carried = [type(w) for m in matches for w in m.warnings]
    assert [w.category for w in caught] == carried  # each carried warning is also emitted …
    assert all(w.filename == __file__ for w in caught)  # … at the caller's line
    return [(m.text, m.isoformat(), [type(w) for w in m.warnings]) for m in matches]


@pytest.mark.parametrize(
    ("text", "found", "category"),
    [
        ("সভা হবে বৃহস্পতিবার, ১৪ সেপ্টেম্বর ২০২৪ তারিখে", "বৃহস্পতিবার, ১৪ সেপ্টেম্বর ২০২৪ তারিখে", bd.WeekdayMismatchWarning),
        ("খবরে বলা হয় গতকাল ১৬ সেপ্টেম্বর", "গতকাল ১৬ সেপ্টেম্বর", bd.RelativeMismatchWarning),
        ("নির্বাচন আগামী ৩ মার্চ ২০২৪", "আগামী ৩ মার্চ ২০২৪", bd.RelativeMismatchWarning),
        ("আজ সোমবার বৈঠক", "আজ সোমবার", bd.WeekdayMismatchWarning),
        # at an end of a range, as to_iso warns it
        (
            "মেলা ১০ সেপ্টেম্বর ২০২৪ (সোমবার) থেকে ১২ সেপ্টেম্বর ২০২৪ পর্যন্ত",
            "১০ সেপ্টেম্বর ২০২৪ (সোমবার) থেকে ১২ সেপ্টেম্বর ২০২৪ পর্যন্ত",
            bd.WeekdayMismatchWarning,
        ),
        # a year-less date stays in the year it has without the weekday (no jump to 2025)
        ("১৭ সেপ্টেম্বর (বুধবার) সকাল ১০টায় সভা", "১৭ সেপ্টেম্বর (বুধবার) সকাল ১০টায়", bd.WeekdayMismatchWarning),
    ],
)
def test_search_carries_and_emits_the_warning(text: str, found: str, category: type[Warning]) -> None:
    [(matched, iso, categories)] = searched(text)
    assert (matched, categories) == (found, [category])
    with pytest.warns(category):
        assert bd.to_iso(found, now=NOW) == iso  # the same answer, the same warning


@pytest.mark.parametrize(
    "text",
    [
        "সভা হবে শনিবার, ১৪ সেপ্টেম্বর ২০২৪ তারিখে",
        "আগামীকাল ১৫ সেপ্টেম্বর",
        "গত ১০ সেপ্টেম্বর ২০২৪ থেকে ১২ সেপ্টেম্বর ২০২৪ পর্যন্ত",
        "১৪ সেপ্টেম্বর ২০২৪ ১০টায় সভা",  # a bare hour is no contradiction: nothing reported
        "২ অক্টোবর ২০২৪, ১৭ আশ্বিন ১৪৩১",
        "২ অক্টোবর ২০২৪ / ২৮ রবিউল আউয়াল ১৪৪৬ হিজরি",
    ],
)
def test_a_consistent_text_warns_nothing(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        matches = bd.search(text, now=NOW)
    assert matches
    assert all(m.warnings == () for m in matches)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("২ অক্টোবর ২০২৪, ২০ আশ্বিন ১৪৩১", [("২ অক্টোবর ২০২৪", "2024-10-02"), ("২০ আশ্বিন ১৪৩১", "2024-10-05")]),
        ("২০ আশ্বিন ১৪৩১ | ২ অক্টোবর ২০২৪", [("২০ আশ্বিন ১৪৩১", "2024-10-05"), ("২ অক্টোবর ২০২৪", "2024-10-02")]),
        ("২ অক্টোবর ২০২৪, ১০ রজব ১৪৪৬ হিজরি", [("২ অক্টোবর ২০২৪", "2024-10-02"), ("১০ রজব ১৪৪৬ হিজরি", "2025-01-11")]),
    ],
)
def test_two_calendars_side_by_side_that_disagree(text: str, found: list[tuple[str, str]]) -> None:
    assert searched(text) == [(t, iso, [bd.CalendarMismatchWarning]) for t, iso in found]


def test_a_third_calendar_is_checked_against_the_gregorian_date() -> None:
    text = "বুধবার, ২ অক্টোবর ২০২৪, ১৭ আশ্বিন ১৪৩১, ১০ রজব ১৪৪৬ হিজরি"
    assert [categories for _, _, categories in searched(text)] == [[], [], [bd.CalendarMismatchWarning]]


# A whole that contradicts itself is never cut to the part that resolves.
@pytest.mark.parametrize(
    "text",
    [
        "২০২৩ সালের ৫ মার্চ ২০২২ তারিখে",  # two years
        "রাত ১০টা সকালে রওনা",  # a period after the clock that cannot hold its hour
        "তরশু ৫ অক্টোবর সভা",  # তরশু without গত/আগামী: which way?
        "২০২৪ সালের ২০ থেকে ১২ অক্টোবর",  # a reversed range: nor the year before it
        "প্রতি সোমবার (১৬ সেপ্টেম্বর) বৈঠক",  # every Monday, or one day?
        "২৫ নভেম্বর থেকে ২ অক্টোবর ২০২৪ পর্যন্ত",  # reversed, not eleven months long
        "১০ বছরেরও বেশি কম সময়",  # even more than, and less
    ],
)
def test_no_part_of_a_contradicting_whole(text: str) -> None:
    assert searched(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("সকাল ৯টায়, রাতে ফেরেন", [("সকাল ৯টায়", "09:00:00", [])]),  # another clause
        ("রাত ১০টা রাতে", [("রাত ১০টা", "22:00:00", [])]),  # the same part of the day
        ("১৪ সেপ্টেম্বর ২০২৪, ২০২৫ সালে", [("১৪ সেপ্টেম্বর ২০২৪", "2024-09-14", []), ("২০২৫ সালে", "2025", [])]),
        # গত/আগামী before a dated year: the whole, warned when it points the wrong way
        ("গত ২০২৩ সালের ৫ মার্চ", [("গত ২০২৩ সালের ৫ মার্চ", "2023-03-05", [])]),
        ("আগামী ২০২৩ সালের ৫ মার্চ", [("আগামী ২০২৩ সালের ৫ মার্চ", "2023-03-05", [bd.RelativeMismatchWarning])]),
        ("৩০ ডিসেম্বর থেকে ৫ জানুয়ারি ২০২৫", [("৩০ ডিসেম্বর থেকে ৫ জানুয়ারি ২০২৫", "2024-12-30/2025-01-05", [])]),
    ],
)
def test_what_does_not_contradict_stays(text: str, found: list[tuple[str, str, list[type[Warning]]]]) -> None:
    assert searched(text) == found


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("১০ বছরেরও বেশি কম", 15),
        ("২৫ নভেম্বর থেকে ২ অক্টোবর ২০২৪", 11),
        ("৫ সেপ্টেম্বর ২০২৪ থেকে ২০ আগস্ট", 18),
    ],
)
def test_read_refuses_a_contradicting_span(text: str, position: int) -> None:
    with pytest.raises(ParseError) as caught:
        bd.read(text, now=NOW)
    assert caught.value.pos == position


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("২ ঘণ্টারও বেশি", "more_than"),
        ("প্রায় ২ ঘণ্টা", "approx"),
        ("২ ঘণ্টার কম বেশি", "approx"),
        # প্রায় with a bound is everyday news Bengali ("more than about two hours"): the bound
        ("প্রায় ২ ঘণ্টারও বেশি", "more_than"),
        ("প্রায় ৫ বছরের কম", "less_than"),
    ],
)
def test_a_length_whose_words_agree(text: str, mod: str) -> None:
    value = bd.read(text, now=NOW)
    assert isinstance(value, bd.Duration)
    assert value.mod == mod


def test_each_search_keeps_its_own_warnings_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = ["শুক্রবার, ১৪ সেপ্টেম্বর ২০২৪", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪"] * 40

    def warned(text: str) -> bool:
        [m] = bd.search(text, now=NOW)
        return bool(m.warnings)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(warned, texts)) == [True, False] * 40


def test_match_keeps_its_positional_fields() -> None:
    m = bd.Match(0, 1, "x", None, None, "gregorian")
    assert m.warnings == ()
    assert m[:6] == (0, 1, "x", None, None, "gregorian")


# ---- a relative word before a date that prints its year (issue 14) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("গত ২০২৩ সালের ৫ মার্চ", "2023-03-05"),
        ("আগামী ২০২৫ সালের ১ জানুয়ারি", "2025-01-01"),
        ("গত ২০২৪ সালের ১০ সেপ্টেম্বর", "2024-09-10"),
        ("আগামী ২০২৪ সালের ২০ সেপ্টেম্বর সকাল ১০টায়", "2024-09-20T10:00:00+06:00"),
        ("চলতি ২০২৪ সালের ১৪ সেপ্টেম্বর", "2024-09-14"),
        ("এই ২০২৪ সালের ১০ মার্চ", "2024-03-10"),
        ("গত ২০২৩ নভেম্বর ১৫", "2023-11-15"),
        ("গত ২০২৪-০৯-১০", "2024-09-10"),
        # a month with its year, too
        ("গত ২০২৩ সালের মার্চে", "2023-03"),
        ("আগামী ২০২৫ সালের জানুয়ারিতে", "2025-01"),
        ("গত ২০২৪ সালের আগস্টে", "2024-08"),
        ("চলতি ২০২৪ সালের সেপ্টেম্বরে", "2024-09"),
    ],
)
def test_a_relative_word_before_a_dated_year(text: str, expected: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert bd.to_iso(text, now=NOW, strict=True) == expected
    assert [(m.text, m.isoformat()) for m in bd.search(f"খবর: {text} হয়", now=NOW)] == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("গত ২০২৫ সালের ১ জানুয়ারি", "2025-01-01"),
        ("আগামী ২০২৩ সালের ৫ মার্চ", "2023-03-05"),
        ("গত ২০২৪ সালের ২০ সেপ্টেম্বর", "2024-09-20"),
        ("আগামী ২০২৪-০৯-১০", "2024-09-10"),
        ("গত জানুয়ারি ২০২৫", "2025-01"),
        ("আগামী ২০২৩ সালের মার্চে", "2023-03"),
        ("গত ২০২৪ সালের সেপ্টেম্বরে", "2024-09"),  # this month is not a past one
    ],
)
def test_a_relative_word_that_points_the_wrong_way_before_a_dated_year(text: str, expected: str) -> None:
    with pytest.warns(bd.RelativeMismatchWarning):
        assert bd.to_iso(text, now=NOW) == expected
    with pytest.raises(ParseError) as caught:
        bd.to_iso(text, now=NOW, strict=True)
    assert caught.value.pos == 0
    [(matched, iso, categories)] = searched(f"খবর: {text} হয়")
    assert (matched, iso, categories) == (text, expected, [bd.RelativeMismatchWarning])
