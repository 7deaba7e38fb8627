"""The news form's one-step reading gives exactly what the full pipeline gives.

:mod:`bn_datetime.reader._newsform` answers for ``১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম`` and its
relatives before the tokenizer runs. Whatever it accepts must be already normalised and
must come out the same as through tokens, grammar and ``components.resolve``; whatever
the full pipeline refuses it must leave alone (return ``None``).
"""

from __future__ import annotations

import warnings
from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo
from typing import Any, Literal
from zoneinfo import ZoneInfo

import pytest
import pytz
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.errors import ParseError
from bn_datetime.options import check_options
from bn_datetime.reader import _newsform
from bn_datetime.reader._lexer import BASE_WORDS, WORDS
from bn_datetime.reader.components import Parsed
from bn_datetime.reader.parsing import _parse_result
from bn_datetime.text.normalize import normalize
from bn_datetime.tz import get_tz, unique_offset, wall_table
from tests.reader.test_parse_examples import CASES, NOW, _variants

ZONES: list[tzinfo] = [
    get_tz("Asia/Dhaka"),
    pytz.timezone("Asia/Kolkata"),
    ZoneInfo("Asia/Dhaka"),  # not a pytz zone: the full path answers
]
MONTH_WORDS = sorted(w for w in BASE_WORDS if WORDS[w][0] == "M")
AMPM_WORDS = sorted(w for w in BASE_WORDS if WORDS[w][0] == "A")
BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def full(text: str, zone: tzinfo) -> Parsed | ParseError:
    """The full pipeline (tokens, grammar, resolve), warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _parse_result(text, normalize(text), check_options(tz=zone, now=NOW), None)
        except ParseError as error:
            return error


def check_same(text: str, zone: tzinfo) -> bool:
    """Assert the one-step reading agrees with the full one; True if it answered."""
    quick_iso = _newsform.iso(text, zone)
    quick = _newsform.parsed(text, zone)
    if quick_iso is None and quick is None:
        return False
    assert normalize(text) == text, text
    expected = full(text, zone)
    assert isinstance(expected, Parsed), (text, expected)
    if quick_iso is not None:
        assert quick_iso == expected.isoformat(), text
    if quick is not None:
        assert quick == expected, text
        assert quick.value.tzinfo is expected.value.tzinfo, text  # the very same pytz object
    else:  # only a date needs no zone; with a zone that is not pytz the full path attaches it
        assert expected.precision == "day" or not isinstance(zone, pytz.BaseTzInfo), text
    return True


def test_the_seed_takes_the_one_step_path() -> None:
    zone = get_tz("Asia/Dhaka")
    assert _newsform.iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", zone) == "2024-09-14T18:42:00+06:00"
    assert bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম") == "2024-09-14T18:42:00+06:00"


@pytest.mark.parametrize(
    "text",
    [
        "৩১ এপ্রিল ২০২৪",  # no such day
        "২৯ ফেব্রুয়ারি ২০২৩",
        "১৪ সেপ্টেম্বর ২০২৪, ১৩:০০ পিএম",  # an hour that cannot take PM
        "১৪ সেপ্টেম্বর ২০২৪, ০০:৩০ এএম",
        "১৪ সেপ্টেম্বর ২০২৪, ২৫:০০",
        "১৪ সেপ্টেম্বর ২০২৪, ১০:৬০",
        "১৪ সেপ্টেম্বর ০০০০",
        "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম",  # Dhaka's repeated hour: the full path decides
        "১৯ জুন ২০০৯, ১১:৩০ পিএম",  # Dhaka's skipped hour
        "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ PM",  # upper case: the tokenizer's business
        "১৪ সেপ্টেম্বর ২০২৪ ",
        "শনিবার, ১৪ সেপ্টেম্বর ২০২৪",  # a weekday to check: the full path
        "১৪ সেপ্টেমবর ২০২৪, ০৬:৪২ পিএম",  # a word in the month's place that is no month
        "১৪ ২০ ২০২৪",
        "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম.",  # a word in the AM/PM place that is none
        "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ সকাল",
        "০ জানুয়ারি ২০২৪",
    ],
)
def test_what_needs_the_full_path_is_left_to_it(text: str) -> None:
    assert _newsform.iso(text, get_tz("Asia/Dhaka")) is None
    assert _newsform.parsed(text, get_tz("Asia/Dhaka")) is None


@pytest.mark.parametrize("text", ["১৪ সেপ্টেম্বর ২০২৪", "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"])
def test_a_bad_zone_is_refused_even_when_the_text_needs_none(text: str) -> None:
    with pytest.raises(bd.UnknownTimezoneError):
        bd.to_iso(text, tz="Nowhere/Atall")
    with pytest.raises(TypeError):
        bd.to_iso(text, tz=6)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bd.parse(text, now="2024-09-14")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("১৪ ডিসেম্বর ০৯৯৯, ০৬:৪২ পিএম", "0999-12-14T18:42:00+06:02"),  # padded, LMT
        ("০১ মার্চ ০০৪৫", "0045-03-01"),
        ("১৪ সেপ্টেমবর ২০২৪", None),  # no month: the full path's error
        ("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম.", "2024-09-14T18:42:00+06:00"),
    ],
)
def test_the_full_path_answers_what_the_one_step_leaves(text: str, expected: str | None) -> None:
    """A year before 1000, a word that is no month or no AM/PM word: ``iso`` leaves them."""
    assert _newsform.iso(text, get_tz("Asia/Dhaka")) is None
    if expected is None:
        with pytest.raises(ParseError):
            bd.to_iso(text)
    else:
        assert bd.to_iso(text) == expected
    check_same(text, get_tz("Asia/Dhaka"))  # parse_result's one step, if it answers, agrees


@pytest.mark.parametrize(
    ("zone", "year"),
    [("Asia/Dhaka", y) for y in (1890, 1941, 1942, 1945, 1946, 1951, 1971, 2008, 2009, 2010, 2024, 9999)]
    + [("America/New_York", y) for y in (1883, 1900, 2024, 2037, 2040)]
    + [("Asia/Kolkata", 1942), ("UTC", 1), ("+05:30", 2024)],
)
def test_a_year_has_one_offset_only_if_every_day_of_it_has(zone: str, year: int) -> None:
    table = wall_table(zone)
    assert table is not None
    offsets = set()
    for day in range(366 if year % 4 == 0 else 365):
        d = datetime(year, 1, 1) + timedelta(days=day)
        if d.year != year:
            break
        key = (d.year * 100 + d.month) * 100 + d.day
        i = bisect_right(table.starts, key) - 1
        offsets.add(table.offsets[i] if i >= 0 and key < table.ends[i] else None)
    whole = offsets.pop() if len(offsets) == 1 else None
    assert table.year_offset(year) == (whole or "")
    assert table.year_offset(year) == table.years[year]  # kept for the next text


def test_only_pytz_zones_with_a_table_take_the_one_step_path() -> None:
    assert _newsform.iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", ZoneInfo("Asia/Dhaka")) is None
    assert bd.to_iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", tz=ZoneInfo("Asia/Dhaka")) == (
        "2024-09-14T18:42:00+06:00"
    )


def _case_texts() -> list[str]:
    texts: list[str] = []
    for param in CASES:
        text, _, kwargs = param.values
        if not kwargs:
            texts += [text, *_variants(text).values()]
    return texts


def test_every_case_of_the_table_agrees() -> None:
    answered = sum(check_same(text, zone) for text in _case_texts() for zone in ZONES)
    assert answered > 50  # the table has many news-form rows; they must take this path


_DIGIT_TEXT = st.integers(0, 99).flatmap(
    lambda n: st.sampled_from([str(n), f"{n:02d}"]).flatmap(
        lambda s: st.sampled_from([s, s.translate(BENGALI), s[0] + s[1:].translate(BENGALI)])
    )
)


@st.composite
def news_like(draw: Any) -> str:
    """Strings of the news form with any values, valid or not, in any digit script."""
    year = f"{draw(st.integers(0, 9999)):04d}"
    if draw(st.booleans()):
        year = year.translate(BENGALI)
    text = f"{draw(_DIGIT_TEXT)} {draw(st.sampled_from(MONTH_WORDS))} {year}"
    if draw(st.booleans()):
        text += draw(st.sampled_from([", ", " "])) + f"{draw(_DIGIT_TEXT)}:{draw(_DIGIT_TEXT)}"
        if draw(st.booleans()):
            text += f":{draw(_DIGIT_TEXT)}"
        if draw(st.booleans()):
            text += " " + draw(st.sampled_from(AMPM_WORDS))
    return text


@given(news_like(), st.sampled_from(ZONES))
def test_generated_news_form_agrees(text: str, zone: tzinfo) -> None:
    check_same(text, zone)


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)),
    st.sampled_from(["news", "news-24h", "date"]),
    st.sampled_from(["bengali", "ascii"]),
)
def test_formatted_news_styles_agree(
    value: datetime, style: str, digits: Literal["bengali", "ascii"]
) -> None:
    zone = get_tz("Asia/Dhaka")
    value = value.replace(second=0, microsecond=0)
    if style == "date":
        value = value.replace(hour=0, minute=0)
    text = bd.format_datetime(value, style, digits=digits)
    if not check_same(text, zone):  # only a wall time near one of Dhaka's clock changes
        assert unique_offset(value, zone) is None, text
