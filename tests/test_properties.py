"""Round trips and fuzzing (hypothesis; the CI profile runs 300 examples each)."""

from __future__ import annotations

import warnings
from datetime import datetime, timedelta

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.reader.pattern import STYLE_PRECISION
from bn_datetime.tz import localize

ZONES = ["Asia/Dhaka", "Asia/Kolkata"]
DATED_STYLES = ["news", "news-24h", "date", "full", "short", "iso"]
# Patterns that carry every field down to their precision, beyond the named styles.
PATTERNS = [
    "d MMMM y, B h'টা' m 'মিনিট'",
    "EEEE, dd MMM yyyy HH:mm:ss",
    "MMMM d, y h:mm:ss a",
    "dd/MM/yyyy hh:mm a",
    "yyyy-MM-dd'T'HH:mm:ssxxx",
    "d MMMM y 'খ্রিস্টাব্দ', HH:mm",
]

naive_datetimes = st.one_of(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31, 23, 59, 59)),
    # Bangladesh's 2009 daylight-saving months
    st.datetimes(min_value=datetime(2009, 6, 1), max_value=datetime(2010, 1, 31)),
)


def _aware(naive: datetime, zone: str) -> datetime:
    """A wall time that exists exactly once in the zone (a wall clock cannot say which)."""
    try:
        return localize(naive.replace(microsecond=0), zone)
    except (bd.NonExistentTimeError, bd.AmbiguousTimeError):
        assume(False)
        raise


def _truncate(dt: datetime, precision: str) -> datetime:
    if precision == "minute":
        return dt.replace(second=0)
    if precision == "day":
        return localize(datetime(dt.year, dt.month, dt.day), dt.tzinfo or "UTC", "compatible")
    return dt


def _quiet_parse(text: str, **kwargs: object) -> bd.Parsed:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return bd.parse_result(text, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("digits", ["bengali", "ascii"])
@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("style", DATED_STYLES)
@given(naive=naive_datetimes)
@example(naive=datetime(2024, 9, 14, 18, 42))
@example(naive=datetime(2024, 9, 14, 0, 5))
@example(naive=datetime(2024, 9, 14, 12, 0))
@example(naive=datetime(2009, 6, 20, 10, 0))
def test_style_round_trip(style: str, zone: str, digits: str, naive: datetime) -> None:
    dt = _aware(naive, zone)
    text = bd.format_datetime(dt, style, digits=digits)  # type: ignore[arg-type]
    expected = _truncate(dt, STYLE_PRECISION[style])
    for pattern in (None, style):  # the free grammar and the style's own pattern
        result = _quiet_parse(text, pattern=pattern, tz=zone)
        if STYLE_PRECISION[style] == "day":
            assert result.value.date() == dt.date()
        else:
            assert result.value == expected
            assert result.value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("pattern", PATTERNS)
@given(naive=naive_datetimes, digits=st.sampled_from(["bengali", "ascii"]))
def test_pattern_round_trip(pattern: str, naive: datetime, digits: str) -> None:
    dt = _aware(naive, "Asia/Dhaka")
    text = bd.format_datetime(dt, pattern, digits=digits)  # type: ignore[arg-type]
    precision = "second" if "s" in pattern.replace("'", "") and "ss" in pattern else "minute"
    expected = _truncate(dt, precision)
    assert _quiet_parse(text, pattern=pattern).value == expected
    assert _quiet_parse(text).value == expected


@pytest.mark.parametrize("style", DATED_STYLES)
@given(naive=naive_datetimes)
def test_canonical_strings_are_fixed_points(style: str, naive: datetime) -> None:
    dt = _aware(naive, "Asia/Dhaka")
    text = bd.format_datetime(dt, style)
    parsed = _quiet_parse(text).value
    assert bd.format_datetime(parsed, style) == text


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "news"),
        ("১৪ সেপ্টেম্বর ২০২৪, ১৮:৪২", "news-24h"),
        ("১৪ সেপ্টেম্বর ২০২৪", "date"),
        ("শনিবার, ১৪ সেপ্টেম্বর ২০২৪, সন্ধ্যা ৬টা ৪২ মিনিট", "full"),
        ("১৪/০৯/২০২৪", "short"),
        ("২০২৪-০৯-১৪T১৮:৪২:০০+০৬:০০", "iso"),
    ],
)
def test_format_of_parse_is_identity(text: str, style: str) -> None:
    assert bd.format_datetime(bd.parse(text), style) == text


NUKTA_SWAPS = {"য\u09bc": "\u09df", "ড\u09bc": "\u09dc", "ঢ\u09bc": "\u09dd"}
ZERO_WIDTH = ["\u200c", "\u200d", "\u200b", "\ufeff"]


@given(
    naive=naive_datetimes,
    style=st.sampled_from(DATED_STYLES),
    cuts=st.lists(st.tuples(st.integers(0, 200), st.sampled_from(ZERO_WIDTH)), max_size=4),
    precompose=st.booleans(),
    digits=st.sampled_from(["bengali", "ascii", "mixed"]),
)
def test_invisible_differences_never_change_a_result(
    naive: datetime, style: str, cuts: list[tuple[int, str]], precompose: bool, digits: str
) -> None:
    dt = _aware(naive, "Asia/Dhaka")
    text = bd.format_datetime(dt, style)
    reference = _quiet_parse(text)
    variant = text
    if precompose:
        for pair, single in NUKTA_SWAPS.items():
            variant = variant.replace(pair, single)
    if digits == "ascii":
        variant = bd.to_ascii_digits(variant)
    elif digits == "mixed":
        variant = "".join(
            bd.to_ascii_digits(c) if i % 2 else c for i, c in enumerate(variant)
        )
    for position, mark in cuts:
        # zero-width characters between two characters of a word or number
        at = position % (len(variant) + 1)
        variant = variant[:at] + mark + variant[at:]
    assert _quiet_parse(variant) == reference


@given(st.text(max_size=80))
def test_any_text_parses_or_raises_parse_error(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = bd.parse(text, now=datetime(2024, 9, 14, 20, 0))
        except bd.ParseError as exc:
            assert 0 <= exc.pos <= len(text)
            return
    assert value.tzinfo is not None and value.utcoffset() is not None


BENGALI_WORDS = st.sampled_from(
    ["১৪", "২০২৪", "০৬", ":", ",", " ", "সেপ্টেম্বর", "জানু", "পিএম", "এএম", "রাত", "সকাল",
     "টা", "মিনিট", "শনিবার", "১লা", "শে", "ই", "/", "-", "।", "\u200c", "\u09bc", "ভাদ্র",
     "হিজরি", "+", "জিএমটি", "আজ", "গতকাল", "সাড়ে", "দেড়টা", "T", "১৮", "৪২", "৩১", "১২"]
)


@given(st.lists(BENGALI_WORDS, max_size=14).map("".join))
def test_bengali_soup_parses_or_raises_parse_error(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = bd.parse(text, now=datetime(2024, 9, 14, 20, 0))
        except bd.ParseError as exc:
            assert 0 <= exc.pos <= len(text)
            return
    assert value.tzinfo is not None
    assert abs(value - datetime(2024, 9, 14, tzinfo=value.tzinfo)) < timedelta(days=366 * 300)
