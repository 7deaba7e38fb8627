"""Hijri dates: names, parsing, formatting, and the approximate Bangladeshi conversion."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bn_datetime import search
from bn_datetime.calendars.hijri import (
    HijriDate,
    format_hijri,
    gregorian_to_hijri,
    hijri_month_from_name,
    hijri_to_gregorian,
    parse_hijri,
)
from bn_datetime.errors import CalendarRangeError, InvalidDateError, ParseError
from bn_datetime.lexicon._calendars import HIJRI_ERAS, HIJRI_MONTHS
from bn_datetime.text.digits import to_ascii_digits

D = dt.date

# Dated Bangladeshi evidence from the research note: (Gregorian, BD Hijri date, whether
# Bangladesh was one day behind Umm al-Qura on that day).
BD_EVIDENCE = [
    (D(2020, 10, 19), (1442, 3, 1), True),  # Rabi I 1442 began Mon 19 Oct 2020
    (D(2024, 5, 12), (1445, 11, 3), True),
    (D(2024, 11, 22), (1446, 5, 19), True),
    (D(2025, 1, 3), (1446, 7, 3), False),
    (D(2025, 1, 11), (1446, 7, 11), False),
    (D(2025, 1, 25), (1446, 7, 25), False),
    (D(2025, 2, 1), (1446, 8, 1), True),  # moon not sighted on Thursday
    (D(2025, 4, 30), (1446, 11, 1), True),  # Shawwal had 30 days
    (D(2025, 10, 3), (1447, 4, 11), False),
    (D(2025, 10, 19), (1447, 4, 27), False),
    (D(2025, 12, 22), (1447, 7, 1), True),
    (D(2026, 2, 19), (1447, 9, 1), True),  # expected Ramadan 1447
]


@pytest.mark.parametrize(("gregorian", "bd", "behind"), BD_EVIDENCE)
def test_default_is_right_or_one_day_off(
    gregorian: dt.date, bd: tuple[int, int, int], behind: bool
) -> None:
    h = gregorian_to_hijri(gregorian)
    back = hijri_to_gregorian(*bd)
    if behind:  # default Umm al-Qura - 1 day is exact
        assert (h.year, h.month, h.day) == bd
        assert back == gregorian
    else:  # Bangladesh agreed with Umm al-Qura: offset=0 is exact, the default one off
        assert gregorian_to_hijri(gregorian, offset=0) == HijriDate(*bd)
        assert hijri_to_gregorian(*bd, offset=0) == gregorian
        assert abs((back - gregorian).days) == 1


def test_tabular_is_within_one_day_of_the_evidence() -> None:
    for gregorian, bd, _ in BD_EVIDENCE:
        assert abs((hijri_to_gregorian(*bd, method="tabular") - gregorian).days) <= 1


def test_umm_al_qura_table_matches_icu() -> None:
    icu = pytest.importorskip("icu")
    fields = icu.UCalendarDateFields
    cal = icu.Calendar.createInstance(icu.TimeZone.getGMT(), icu.Locale("en@calendar=islamic-umalqura"))
    civil = icu.Calendar.createInstance(icu.TimeZone.getGMT(), icu.Locale("en@calendar=islamic-civil"))
    first = hijri_to_gregorian(1300, 1, 1, offset=0)
    last = hijri_to_gregorian(1600, 12, 29, offset=0)
    step = 1
    o = first.toordinal()
    while o <= last.toordinal():
        for c, method in ((cal, "umm-al-qura"), (civil, "tabular")):
            c.setTime(((o - 719163) * 86400 + 43200) * 1.0)
            theirs = (c.get(fields.EXTENDED_YEAR), c.get(fields.MONTH) + 1, c.get(fields.DATE))
            ours = gregorian_to_hijri(D.fromordinal(o), offset=0, method=method)
            assert (ours.year, ours.month, ours.day) == theirs, (D.fromordinal(o), method)
        o += step


@given(
    st.dates(D(1883, 1, 1), D(2173, 12, 31)),
    st.sampled_from(["umm-al-qura", "tabular"]),
    st.integers(-2, 2),
)
def test_round_trip(d: dt.date, method: str, offset: int) -> None:
    h = gregorian_to_hijri(d, offset=offset, method=method)
    assert hijri_to_gregorian(h.year, h.month, h.day, offset=offset, method=method) == d
    assert h.to_gregorian(offset=offset, method=method) == d
    assert HijriDate.from_gregorian(d, offset=offset, method=method) == h
    nxt = gregorian_to_hijri(d + dt.timedelta(1), offset=offset, method=method)
    if nxt.day == 1:
        assert h.day in (29, 30)
        assert (nxt.year, nxt.month) == ((h.year, h.month + 1) if h.month < 12 else (h.year + 1, 1))
    else:
        assert nxt == HijriDate(h.year, h.month, h.day + 1)


def test_offset_moves_by_whole_days() -> None:
    d = D(2024, 5, 12)
    assert gregorian_to_hijri(d, offset=-1) == gregorian_to_hijri(d - dt.timedelta(1), offset=0)
    assert hijri_to_gregorian(1445, 11, 3, offset=-1) == hijri_to_gregorian(1445, 11, 3, offset=0) + dt.timedelta(1)


def test_announced_month_starts_win() -> None:
    starts = {(1446, 9): D(2025, 3, 2), (1446, 10): D(2025, 3, 31)}
    assert gregorian_to_hijri(D(2025, 3, 1), month_starts=starts) == HijriDate(1446, 8, 29)
    assert gregorian_to_hijri(D(2025, 3, 2), month_starts=starts) == HijriDate(1446, 9, 1)
    assert gregorian_to_hijri(D(2025, 3, 30), month_starts=starts) == HijriDate(1446, 9, 29)
    assert gregorian_to_hijri(D(2025, 3, 31), month_starts=starts) == HijriDate(1446, 10, 1)
    assert hijri_to_gregorian(1446, 10, 1, month_starts=starts) == D(2025, 3, 31)


def test_range_and_argument_errors() -> None:
    with pytest.raises(CalendarRangeError):
        gregorian_to_hijri(D(1800, 1, 1))
    with pytest.raises(CalendarRangeError):
        hijri_to_gregorian(1700, 1, 1)
    assert hijri_to_gregorian(1200, 1, 1, method="tabular").year == 1785
    with pytest.raises(ValueError, match="method"):
        gregorian_to_hijri(D(2024, 1, 1), method="astronomical")
    with pytest.raises(TypeError):
        gregorian_to_hijri("2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        hijri_to_gregorian(1446, 1, 1, offset=1.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("args", [(1446, 0, 1), (1446, 13, 1), (1446, 1, 0), (1446, 1, 31), (0, 1, 1)])
def test_invalid_dates(args: tuple[int, int, int]) -> None:
    with pytest.raises(InvalidDateError):
        HijriDate(*args)
    with pytest.raises(InvalidDateError):
        hijri_to_gregorian(*args)


def test_type() -> None:
    h = HijriDate(1446, 3, 10)
    assert (h.year, h.month, h.day, h.month_name) == (1446, 3, 10, "রবিউল আউয়াল")
    assert h < HijriDate(1446, 3, 11) <= HijriDate(1446, 3, 11)
    assert {h, HijriDate(1446, 3, 10)} == {h}
    with pytest.raises(AttributeError):
        h.day = 2  # type: ignore[misc]
    import pickle

    assert pickle.loads(pickle.dumps(h)) == h


# --- names, parsing, formatting ---------------------------------------------------------


def test_every_listed_spelling_parses() -> None:
    for month, names in HIJRI_MONTHS:
        for name in names:
            assert hijri_month_from_name(name) == month
            assert parse_hijri(f"১৪ {name} ১৪৪৬") == HijriDate(1446, month, 14)
            for era in HIJRI_ERAS:
                assert parse_hijri(f"১৪ {name} ১৪৪৬ {era}") == HijriDate(1446, month, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("১০ রবিউল আউয়াল ১৪৪৬ হিজরি", (1446, 3, 10)),
        ("১০ রবিউল-আউয়াল ১৪৪৬ হিজরী", (1446, 3, 10)),
        ("১০ রবিউলআউয়াল ১৪৪৬", (1446, 3, 10)),
        ("১০ রবিউল আউ\u09dfাল ১৪৪৬", (1446, 3, 10)),  # precomposed য়
        ("১লা রমজান ১৪৪৬ হিজরি", (1446, 9, 1)),
        ("২৭শে রমযান, ১৪৪৬ হিঃ", (1446, 9, 27)),
        ("  ৩ রজব ১৪৪৬ হি.  ", (1446, 7, 3)),
        ("3 Muharram 1447", (1447, 1, 3)),
        ("১ শাওয়াল ১৪৪৬", (1446, 10, 1)),
        ("৯ জিলহজ ১৪৪৬ হিজরি", (1446, 12, 9)),
        ("২২ রবিউস সানি ১৪৪৬", (1446, 4, 22)),
        # read by the one scanner and the grammar, as search reads it
        ("২২ রবিউসসানি ১৪৪৬", (1446, 4, 22)),  # a two-word name written as one word
        ("৫ জমাদিউলআওয়াল ১৪৪৬ হিঃ", (1446, 5, 5)),
        ("পহেলা রমজান ১৪৪৬", (1446, 9, 1)),  # a day in words
        ("একুশে রজব ১৪৪৬ হিজরি", (1446, 7, 21)),
        ("১০ মহররমের ১৪৪৭", (1447, 1, 10)),  # an inflected month name
        ("১০ রজব ১৪৪৬ হি", (1446, 7, 10)),  # the era abbreviation without its dot
        ("১ রজব ৫", (5, 7, 1)),  # a year of one digit
        ("৩ MUHARRAM 1447", (1447, 1, 3)),
    ],
)
def test_parse(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_hijri(text) == HijriDate(*expected)


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("রবিউল আউয়াল ১৪৪৬", 0),
        ("১০ সেপ্টেম্বর ১৪৪৬", 3),
        ("১০ রজব", 6),
        ("১০ রজব ১৪৪৬ হিজরি সাল", 17),
        ("১০ রজবি ১৪৪৬", 3),
        ("", 0),
        ("১০, রজব ১৪৪৬", 2),  # the grammar's shape: a comma only before the year
        ("১০ রজব ১৪৪৬।", 11),
        ("১০ রজব ১৪৪৬, রাত ৯টা", 11),  # a time is not part of a Hijri date
        ("১০ রজব ১২৩৪৫", 7),  # a year has at most four digits
        ("১০ সেপ্টেম্বর ২০২৪", 3),  # a Gregorian date is not a Hijri one
        ("মহররম", 0),
        ("\u200b১০ রজব", 7),  # positions in the text as given
    ],
)
def test_parse_errors_carry_position(text: str, pos: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_hijri(text)
    assert info.value.pos == pos


@pytest.mark.parametrize(
    "text",
    ["১০ রবিউল আউয়াল ১৪৪৬ হিজরি", "২৭শে রমযান, ১৪৪৬ হিঃ", "পহেলা মহররম ১৪৪৭", "১৫ই শা'বান ১৪৪৬"],
)
def test_parse_agrees_with_search(text: str) -> None:
    """parse_hijri and search read a Hijri date the same: one match, the same day."""
    (match,) = search(text)
    assert (match.start, match.end) == (0, len(text))
    assert match.value is not None
    assert match.value.date() == parse_hijri(text).to_gregorian()


def test_parse_rejects_impossible_day_and_non_str() -> None:
    with pytest.raises(InvalidDateError):
        parse_hijri("৩১ রজব ১৪৪৬")
    with pytest.raises(TypeError):
        parse_hijri(None)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        hijri_month_from_name("জানুয়ারি")


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 30), st.booleans(), st.booleans())
def test_format_parse_round_trip(year: int, month: int, day: int, era: bool, bengali: bool) -> None:
    h = HijriDate(year, month, day)
    text = format_hijri(h, era=era, bengali_digits=bengali)
    assert parse_hijri(text) == h
    assert to_ascii_digits(text).startswith(f"{day} ")


def test_format() -> None:
    assert str(HijriDate(1446, 3, 10)) == "১০ রবিউল আউয়াল ১৪৪৬ হিজরি"
    assert format_hijri(HijriDate(1446, 9, 1), era=False) == "১ রমজান ১৪৪৬"
