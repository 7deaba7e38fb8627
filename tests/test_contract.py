"""The exception contract (issue 6), enforced with hypothesis over hostile text.

For any ``str`` every public function returns a result or raises ``ParseError`` or one
of the other documented ``ValueError`` subclasses; a non-``str`` is a ``TypeError``
whose message names what it got. Text comes from two alphabets: all of Unicode (lone
surrogates included) and a Bengali-heavy one of digits, month and period words,
separators, zero-width characters and combining marks.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.calendars.bangla_calendar import CALENDARS, month_from_name
from bn_datetime.calendars.hijri import parse_hijri
from bn_datetime.writer.verbalizing import verbalize

#: What a str may be refused with. A bare ValueError, KeyError, OverflowError … is a bug.
DOCUMENTED: tuple[type[Exception], ...] = (
    bd.ParseError,
    bd.PatternError,
    bd.CalendarRangeError,
    bd.UnknownTimezoneError,
)

# --- alphabets -------------------------------------------------------------------------

#: Pieces of Bengali date text, glued at random: numbers, every kind of word the lexer
#: knows, separators, zero-width characters, stray combining marks and both nukta forms.
BENGALI_PIECES: tuple[str, ...] = (
    *"০১২৩৪৫৬৭৮৯0123456789",
    "১৪", "২০২৪", "০৬:৪২", "১৪৩১", "১৪৪৬", "৯৯৯৯৯৯৯৯৯৯৯", "৩১", "৩২", "২৫:০০",
    "জানুয়ারি", "জানুয\u09bcারি", "জানু\u09dfারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
    "জুলাই", "আগস্ট", "সেপ্টেম্বর", "সেপ্টে", "অক্টোবর", "নভেম্বর", "ডিসেম্বর", "জানু",
    "বৈশাখ", "জ্যৈষ্ঠ", "ভাদ্র", "পৌষ", "চৈত্র", "মহররম", "রমজান", "শা'বান",
    "শনিবার", "রবিবার", "শুক্রবার", "শনি",
    "এএম", "পিএম", "পূর্বাহ্ণ", "অপরাহ্ণ", "AM", "pm", "a.m.",
    "সকাল", "দুপুর", "বিকাল", "বিকেল", "সন্ধ্যা", "রাত", "ভোর",
    "টা", "টায়", "মিনিট", "সেকেন্ড", "সাড়ে", "সোয়া", "পৌনে", "দেড়টা", "আড়াইটা",
    "লা", "রা", "ঠা", "ই", "শে", "তম", "ম", "য়", "র্থ",
    "সাল", "সালের", "খ্রিস্টাব্দ", "বঙ্গাব্দ", "হিজরি", "প্রকাশ", "আপডেট",
    "আজ", "গতকাল", "আগামীকাল", "এখন", "পরশু", "আগে", "পরে", "দিন", "সপ্তাহ", "মাস", "বছর",
    "GMT", "BST", "UTC", "+০৬:০০", "+06:00", "-১২:০০", "T", "Z",
    "এক", "দুই", "নয়", "বার", "শূন্য", "একুশে", "পহেলা", "উনিশশো", "একাত্তর",
    "হাজার", "লাখ", "লক্ষ", "কোটি", "শো", "শত", "দশমিক", "মাইনাস", "দেড়", "আড়াই", "টি", "জন",
    " ", " ", " ", ",", ":", "-", "/", ".", "।", "ঃ", "'", "(", ")", "৳", "%", "\n", "\t",
    "\u200c", "\u200d", "\u200b", "\ufeff", "\u00a0", "\u2013", "\u2212",
    "\u09bc", "\u09cd", "\u09be", "\u0981", "\u09c7", "\u09d7", "\u0301", "\u0300", "\u20e3",
)

#: Whole datelines, for the functions that look for dates inside longer text.
DATELINES: tuple[str, ...] = (
    "প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪", "২০ জুন ২০০৯, ১০:০০ এএম",
    "গতকাল রাত ৯টায়", "২১শে ফেব্রুয়ারি ১৯৫২", "৩০ ভাদ্র ১৪৩১", "১৫ই শা'বান ১৪৪৬ হিজরি", "১৪/০৯/২০২৪",
    "২০২৪-০৯-১৪T১৮:৪২:০০+০৬:০০", "৩২ জানুয়ারি ২০২৪", "সকাল সাড়ে ১০টা", "২ ঘণ্টা আগে",
)

#: Any code point at all, lone surrogates included.
any_unicode = st.text(st.characters(exclude_categories=()), max_size=60)
bengali_heavy = st.one_of(
    st.lists(st.sampled_from(BENGALI_PIECES), max_size=16).map("".join),
    st.text(
        st.one_of(
            st.characters(min_codepoint=0x0980, max_codepoint=0x09FF),
            st.sampled_from(" ,:-/.।\u200c\u200d\u09bc"),
        ),
        max_size=40,
    ),
)
texts = st.one_of(any_unicode, bengali_heavy)

NOW = datetime(2024, 9, 14, 20, 0, tzinfo=timezone(timedelta(hours=6)))
ZONES = ("Asia/Dhaka", "Asia/Kolkata", "UTC", "America/New_York")
STYLES = ("news", "news-24h", "date", "full", "short", "iso", "time", "masthead")
PATTERN_LETTERS = "GyMdEaBhHmsSxXZO' ,:/-.টা"


@contextmanager
def no_warnings() -> Iterator[None]:
    """Warnings are answers here (a weekday mismatch), not failures."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def returns_or_documented(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call ``func``; a documented rejection gives ``None``, anything else escapes."""
    with no_warnings():
        try:
            return func(*args, **kwargs)
        except DOCUMENTED as exc:
            assert isinstance(exc, ValueError)
            if isinstance(exc, bd.ParseError) and exc.text == args[0]:
                assert 0 <= exc.pos <= max(len(exc.text), bd.MAX_LENGTH), exc.pos
            return None


# --- text in: parse and friends --------------------------------------------------------


@given(texts, st.sampled_from(ZONES), st.sampled_from(CALENDARS), st.booleans())
@example("\ud800", "Asia/Dhaka", "bd", False)
@example("\u09bc" * 5, "Asia/Dhaka", "bd", False)
@example("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "Asia/Dhaka", "wb", True)
def test_parse_returns_aware_datetime_or_documented_error(
    text: str, zone: str, calendar: str, strict: bool
) -> None:
    result = returns_or_documented(
        bd.parse_result, text, tz=zone, now=NOW, calendar=calendar, strict=strict,
        disambiguate="compatible",
    )
    if result is not None:
        assert isinstance(result.value, datetime)
        assert result.value.utcoffset() is not None
        with no_warnings():
            assert bd.to_iso(text, tz=zone, now=NOW, calendar=calendar, strict=strict,
                             disambiguate="compatible") == result.isoformat()
            assert bd.parse(text, tz=zone, now=NOW, calendar=calendar, strict=strict,
                            disambiguate="compatible") == result.value


@given(texts, st.one_of(st.sampled_from(STYLES), st.text(PATTERN_LETTERS, max_size=14), any_unicode))
def test_parse_with_any_pattern(text: str, pattern: str) -> None:
    returns_or_documented(bd.parse, text, pattern, now=NOW, disambiguate="compatible")


@given(texts)
def test_text_functions_never_raise_for_str(text: str) -> None:
    norm = bd.normalize(text)
    assert bd.normalize(norm) == norm
    tokens = bd.tokenize(text)
    assert "".join(t.text for t in tokens) == norm
    assert all(0 <= t.start <= t.end <= len(text) for t in tokens)
    assert isinstance(bd.to_ascii_digits(text), str)
    assert isinstance(bd.to_bengali_digits(text), str)
    assert isinstance(bd.normalize_numbers(text), str)
    assert isinstance(bd.normalize_numbers(text, digits="ascii"), str)
    assert isinstance(verbalize(text), str)


@given(texts)
@example("১" * 5000)
@example("১" * 5000 + "তম")
@example("এক " + "কোটি " * 399)
def test_number_text_functions(text: str) -> None:
    value = returns_or_documented(bd.words_to_number, text)
    assert value is None or isinstance(value, (int, Decimal))
    value = returns_or_documented(bd.parse_ordinal, text)
    assert value is None or (isinstance(value, int) and value >= 1)
    words = returns_or_documented(bd.number_to_words, text)
    assert words is None or isinstance(words, str)
    returns_or_documented(bd.number_to_words, text, style="year")


@given(texts)
def test_calendar_text_functions(text: str) -> None:
    month = returns_or_documented(month_from_name, text)
    assert month is None or 1 <= month <= 12
    hijri = returns_or_documented(parse_hijri, text)
    assert hijri is None or isinstance(hijri, bd.HijriDate)


def test_search_returns_matches_or_documented_error() -> None:
    if not hasattr(bd, "search"):
        pytest.skip("bn_datetime.search is not there yet (issue 5)")

    @given(st.one_of(texts, st.lists(st.sampled_from(DATELINES + BENGALI_PIECES), max_size=12).map(" ".join)))
    @example("\ud800১৪ সেপ্টেম্বর ২০২৪ \u200d গতকাল রাত ৯টায়, ৩২ জানুয়ারি")
    def check(text: str) -> None:
        matches = returns_or_documented(bd.search, text, now=NOW)
        assert isinstance(matches, list)  # running text: never refused
        end = 0
        for match in matches:  # in order, inside the text, without overlaps
            assert end <= match.start < match.end <= len(text)
            assert match.text == text[match.start : match.end]
            value = match.value
            assert not isinstance(value, datetime) or value.utcoffset() is not None
            end = match.end

    check()


# --- format_datetime: random datetimes, random patterns --------------------------------

all_datetimes = st.datetimes(
    min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59, 999999),
    timezones=st.one_of(
        st.none(),
        st.timedeltas(min_value=timedelta(hours=-23, minutes=-59),
                      max_value=timedelta(hours=23, minutes=59)).map(timezone),
    ),
)
format_values = st.one_of(all_datetimes, st.dates(), texts, all_datetimes.map(datetime.isoformat))
patterns = st.one_of(st.sampled_from(STYLES), st.text(PATTERN_LETTERS, max_size=16), any_unicode)


@given(format_values, patterns, st.sampled_from(("gregorian", "hijri", *CALENDARS)),
       st.sampled_from(("bengali", "ascii")), st.sampled_from(("short", "formal", "latin")),
       st.booleans())
def test_format_datetime_returns_str_or_documented_error(
    value: datetime | date | str, pattern: str, calendar: str, digits: Any, ampm: Any,
    precomposed: bool,
) -> None:
    if isinstance(value, datetime) and value.tzinfo is None and any(c in pattern for c in "xXZO"):
        # a zone field needs an aware value: see test_format_naive_value_with_zone_field
        value = value.replace(tzinfo=timezone.utc)
    out = returns_or_documented(bd.format_datetime, value, pattern, digits=digits, ampm=ampm,
                                precomposed=precomposed, calendar=calendar)
    assert out is None or isinstance(out, str)


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       st.sampled_from(ZONES), st.sampled_from(STYLES))
def test_format_datetime_with_zone_inside_the_datetime_range(
    value: datetime, zone: str, style: str
) -> None:
    out = returns_or_documented(bd.format_datetime, value.replace(tzinfo=timezone.utc), style,
                                tz=zone)
    assert out is None or isinstance(out, str)


def test_format_naive_value_with_zone_field() -> None:
    with pytest.raises(DOCUMENTED):
        bd.format_datetime(datetime(2024, 9, 14, 18, 42), "iso")


def test_format_with_zone_past_the_last_year() -> None:
    late = datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5)))
    with pytest.raises(DOCUMENTED):
        bd.format_datetime(late, "news", tz="Asia/Dhaka")


# --- calendars: random fields ----------------------------------------------------------

fields = st.one_of(st.integers(-5, 20000), st.integers())


@given(fields, st.one_of(st.integers(0, 13), st.integers()), st.one_of(st.integers(0, 33), st.integers()),
       st.sampled_from(CALENDARS))
@example(1431, 5, 30, "bd")
@example(10**30, 1, 1, "wb")
@example(1431, 1, 10**30, "wb-drik")
def test_bengali_date_random_fields(year: int, month: int, day: int, calendar: str) -> None:
    b = returns_or_documented(bd.BengaliDate, year, month, day, calendar=calendar)
    if b is not None:
        g = b.to_gregorian()
        assert bd.bangla_to_gregorian(year, month, day, calendar) == g
        assert bd.gregorian_to_bangla(g, calendar) == b


@given(fields, st.integers(-1, 14), st.integers(-1, 32),
       st.sampled_from(("umm-al-qura", "tabular")), st.one_of(st.none(), st.integers()))
@example(1, 1, 1, "tabular", 10**6)
@example(1446, 1, 1, "umm-al-qura", 10**30)
def test_hijri_random_fields(year: int, month: int, day: int, method: str, offset: int | None) -> None:
    h = returns_or_documented(bd.HijriDate, year, month, day)
    g = returns_or_documented(bd.hijri_to_gregorian, year, month, day, method=method, offset=offset)
    assert g is None or (h is not None and isinstance(g, date))


@given(st.dates(), st.sampled_from(("umm-al-qura", "tabular")), st.one_of(st.none(), st.integers(-3, 3)))
def test_gregorian_to_hijri_any_date(day: date, method: str, offset: int | None) -> None:
    h = returns_or_documented(bd.gregorian_to_hijri, day, method=method, offset=offset)
    if h is not None:
        assert bd.hijri_to_gregorian(h.year, h.month, h.day, method=method, offset=offset) == day


# --- numbers in: number_to_words, format_number, ordinals ------------------------------

numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**21) + 1, max_value=10**21 - 1),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(),
)


@given(numbers)
@example(10**5000)
@example(Decimal("1E+999999999"))
@example(Decimal("0E-999999999"))
@example(-0.0)
def test_numbers_give_words_or_value_error(n: int | Decimal | float) -> None:
    for func in (bd.number_to_words, bd.format_number):
        try:
            out = func(n)
        except ValueError as exc:
            assert type(exc) is ValueError or isinstance(exc, DOCUMENTED)
            assert "Exceeds the limit" not in str(exc)  # refused by us, not deep inside int()
        else:
            assert isinstance(out, str)


@given(st.integers())
@example(10**5000)
def test_ordinals_of_any_int(n: int) -> None:
    for style in ("digits", "words"):
        try:
            written = bd.ordinal(n, style)
        except ValueError as exc:
            assert n < 1 or "digits" in str(exc)
        else:
            assert bd.parse_ordinal(written) == n


# --- non-str input: TypeError with a clear message -------------------------------------

TEXT_FUNCTIONS: tuple[Callable[[Any], Any], ...] = (
    bd.parse, bd.parse_result, bd.to_iso, bd.tokenize, bd.normalize, bd.to_ascii_digits,
    bd.words_to_number, bd.normalize_numbers, verbalize, bd.parse_ordinal, month_from_name,
    parse_hijri,
)
#: The package seen without its annotations, to call it with the wrong types on purpose.
loose: Any = bd
NOT_STR: tuple[object, ...] = (None, 20240914, 3.5, b"\xe0\xa7\xa7", ["১৪"], object())


@pytest.mark.parametrize("func", TEXT_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", NOT_STR, ids=lambda v: type(v).__name__)
def test_non_str_is_a_type_error_naming_the_type(func: Callable[[Any], Any], value: object) -> None:
    with pytest.raises(TypeError) as caught:
        func(value)
    assert type(value).__name__ in str(caught.value)


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: loose.format_datetime(20240914), "int"),
        (lambda: loose.format_datetime(date(2024, 9, 14), 5), "int"),
        (lambda: loose.number_to_words(None), "NoneType"),
        (lambda: loose.number_to_words(True), "bool"),
        (lambda: loose.format_number("১২"), "words_to_number"),
        (lambda: loose.ordinal("৩"), "str"),
        (lambda: loose.date_ordinal(1.0), "float"),
        (lambda: loose.to_bengali_digits(None), "NoneType"),
        (lambda: loose.to_bengali_digits(True), "bool"),
        (lambda: loose.BengaliDate("1431", 1, 1), "str"),
        (lambda: loose.BengaliDate(1431, 1, 1.0), "float"),
        (lambda: loose.HijriDate(1446, None, 1), "NoneType"),
        (lambda: loose.gregorian_to_bangla("2024-09-14"), "str"),
        (lambda: loose.gregorian_to_hijri(20240914), "int"),
        (lambda: loose.parse("১৪ সেপ্টেম্বর", now="2024-09-14"), "str"),
        (lambda: loose.parse("১৪ সেপ্টেম্বর ২০২৪", 7), "int"),
    ],
)
def test_non_str_arguments_are_type_errors(call: Callable[[], Any], name: str) -> None:
    with pytest.raises(TypeError) as caught:
        call()
    assert name in str(caught.value)


@pytest.mark.parametrize(
    "call",
    [
        lambda: loose.format_datetime(date(2024, 9, 14), "date", digits="roman"),
        lambda: loose.format_datetime(date(2024, 9, 14), "date", ampm="x"),
        lambda: loose.format_datetime(date(2024, 9, 14), "date", calendar="julian"),
        lambda: loose.BengaliDate(1431, 1, 1, calendar="julian"),
        lambda: loose.number_to_words(5, style="roman"),
        lambda: loose.normalize_numbers("এক", digits="roman"),
        lambda: loose.hijri_to_gregorian(1446, 1, 1, method="lunar"),
        lambda: loose.parse("১৪ সেপ্টেম্বর ২০২৪", tz="Mars/Olympus"),
    ],
)
def test_bad_option_values_are_value_errors(call: Callable[[], Any]) -> None:
    with pytest.raises(ValueError, match=r"."):
        call()


def test_importing_a_submodule_keeps_the_public_functions() -> None:
    """``import bn_datetime.numerals.numwords`` must not replace ``bd.number_to_words``."""
    code = (
        "import bn_datetime.numerals.numwords, bn_datetime.calendars.hijri, bn_datetime.calendars.bangla_calendar\n"
        "import bn_datetime as bd\n"
        "print(bd.number_to_words(5), bd.HijriDate(1446, 9, 1).month_name)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["পাঁচ", "রমজান"]


def test_importing_verbalize_module_keeps_the_function() -> None:
    code = "import bn_datetime.writer.verbalizing\nimport bn_datetime as bd\nprint(bd.verbalize('১০টি'))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "দশটি"


# --- batches: errors are values, order is kept -----------------------------------------


def test_parse_many_yields_one_result_per_input_in_order() -> None:
    if not hasattr(bd, "parse_many"):
        pytest.skip("bn_datetime.parse_many is not there yet (issue 6)")

    @given(st.lists(st.one_of(texts, st.none(), st.integers(), st.floats()), max_size=20))
    def check(items: list[object]) -> None:
        with no_warnings():
            many = list(bd.parse_many(items, now=NOW, disambiguate="compatible"))
            isos = list(bd.to_iso_many(items, now=NOW, disambiguate="compatible"))
        assert len(many) == len(isos) == len(items)
        for item, value, iso in zip(items, many, isos, strict=True):
            if not isinstance(item, str):
                assert isinstance(value, TypeError) and isinstance(iso, TypeError)
                assert type(item).__name__ in str(value)
            elif isinstance(value, datetime):
                assert value.utcoffset() is not None
                with no_warnings():
                    assert iso == bd.to_iso(item, now=NOW, disambiguate="compatible")
            else:
                assert isinstance(value, DOCUMENTED), repr(value)
                if isinstance(iso, str):  # a span: parse refuses it naming read, to_iso writes it
                    assert "read()" in str(value)
                    with no_warnings():
                        assert iso == bd.to_iso(item, now=NOW, disambiguate="compatible")
                else:
                    assert isinstance(iso, DOCUMENTED) and str(iso) == str(value)

    check()


def test_parse_many_streams() -> None:
    """An endless input gives results as it goes: nothing is read ahead without bound."""
    if not hasattr(bd, "parse_many"):
        pytest.skip("bn_datetime.parse_many is not there yet (issue 6)")
    import itertools

    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"{i % 28 + 1} সেপ্টেম্বর ২০২৪" if i % 3 else "৩২ সেপ্টেম্বর ২০২৪"

    first = list(itertools.islice(bd.to_iso_many(endless()), 5))
    assert first[1:3] == ["2024-09-02", "2024-09-03"]
    assert isinstance(first[0], bd.InvalidDateError)
    assert pulled < 10_000


# --- wrong refusals found while writing these tests ------------------------------------


def test_a_date_whose_midnight_was_skipped_is_still_a_date() -> None:
    # Asia/Dhaka moved its clocks at midnight on 1 October 1941 (and 1 September 1942)
    assert bd.to_iso("১ অক্টোবর ১৯৪১") == "1941-10-01"
