"""Limits of Python and of the calendar, met head on (issue 6).

Python's int-string limit, the recursion limit, years at both ends of ``datetime``,
negative zero, NaN and infinity, lone surrogates and lone combining marks: each is a
clean, tested rejection (a documented error with a plain message) or a correct answer.
"""

from __future__ import annotations

import inspect
import resource
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

import bn_datetime as bd
from bn_datetime.writer.verbalizing import verbalize

NOW = datetime(2024, 9, 14, 20, 0, tzinfo=timezone(timedelta(hours=6)))
INT_LIMIT_MESSAGE = "Exceeds the limit"  # CPython's own words: never to reach a caller


def no_python_limit_message(exc: BaseException) -> None:
    assert INT_LIMIT_MESSAGE not in str(exc), f"int() refused deep inside: {exc}"


# --- Python's int-string limit (4300 digits by default) --------------------------------

DIGITS_5000 = "১" * 5000
ASCII_5000 = "7" * 5000


@pytest.mark.parametrize("text", [DIGITS_5000, ASCII_5000, "-" + ASCII_5000, "1." + ASCII_5000])
def test_number_readers_refuse_too_many_digits(text: str) -> None:
    for func in (bd.words_to_number, bd.number_to_words):
        with pytest.raises(bd.ParseError) as caught:
            func(text)
        no_python_limit_message(caught.value)


@pytest.mark.parametrize("suffix", ["তম", "ম", "শে"])
def test_parse_ordinal_refuses_too_many_digits(suffix: str) -> None:
    with pytest.raises(bd.ParseError) as caught:
        bd.parse_ordinal(DIGITS_5000 + suffix)
    no_python_limit_message(caught.value)


def test_running_text_leaves_a_huge_digit_run_alone() -> None:
    text = f"মোট {DIGITS_5000}টি আর পাঁচটি"
    assert bd.normalize_numbers(text) == f"মোট {DIGITS_5000}টি আর ৫টি"
    assert verbalize(DIGITS_5000 + "তম") .startswith("এক এক এক")
    assert verbalize("১." + "২" * 5000).startswith("এক দশমিক দুই দুই")


def test_a_number_in_words_beyond_the_int_limit_stays_in_words() -> None:
    text = "এক " + "কোটি " * 700 + "টাকা"  # 10**4900: more digits than str() may write
    assert bd.normalize_numbers(text) == text


def test_words_to_number_reads_every_kotii_it_accepts() -> None:
    value = bd.words_to_number("এক " + "কোটি " * 399)  # the longest text it takes
    assert value == 10 ** (7 * 399)


HUGE = [10**5000, -(10**5000), Decimal("1E+999999999"), Decimal("1E-999999999"),
        Decimal("0E-999999999"), Decimal("-1E+5000")]
HUGE_IDS = ["10**5000", "-10**5000", "1E+999999999", "1E-999999999", "0E-999999999", "-1E+5000"]


@pytest.mark.parametrize("n", [*HUGE, 10**21, Decimal("1E+21")], ids=[*HUGE_IDS, "10**21", "1E+21"])
def test_number_to_words_refuses_huge_numbers_cleanly(n: int | Decimal) -> None:
    with pytest.raises(ValueError, match="number_to_words") as caught:
        bd.number_to_words(n)
    no_python_limit_message(caught.value)


@pytest.mark.parametrize("n", HUGE, ids=HUGE_IDS)
def test_format_number_refuses_huge_numbers_cleanly(n: int | Decimal) -> None:
    with pytest.raises(ValueError, match="at most") as caught:
        bd.format_number(n)
    no_python_limit_message(caught.value)


def test_largest_numbers_are_written() -> None:
    assert bd.number_to_words(10**21 - 1).endswith("নিরানব্বই")
    assert bd.words_to_number(bd.number_to_words(10**21 - 1)) == 10**21 - 1
    assert bd.number_to_words(Decimal("1E-4300")).count("শূন্য") == 4300
    assert bd.format_number(10**4000).startswith("১")


@pytest.mark.parametrize("func", [bd.ordinal, bd.date_ordinal], ids=lambda f: f.__name__)
def test_ordinals_of_huge_ints_are_refused_cleanly(func: Callable[[int], str]) -> None:
    with pytest.raises(ValueError, match="digits") as caught:
        func(10**5000)
    no_python_limit_message(caught.value)


@contextmanager
def int_max_str_digits(limit: int) -> Iterator[None]:
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(limit)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(old)


def test_a_lowered_int_limit_is_respected() -> None:
    with int_max_str_digits(640):
        for func in (bd.words_to_number, bd.number_to_words):
            with pytest.raises(bd.ParseError) as caught:
                func("৯" * 700)
            no_python_limit_message(caught.value)
        with pytest.raises(bd.ParseError):
            bd.parse_ordinal("৯" * 700 + "তম")
        assert bd.normalize_numbers("৯" * 700) == "৯" * 700
        assert bd.words_to_number("৯" * 600) == int("9" * 600)


def test_to_bengali_digits_of_a_huge_int() -> None:
    with pytest.raises(ValueError, match=r".") as caught:
        bd.to_bengali_digits(10**5000)
    no_python_limit_message(caught.value)  # fails: the message is CPython's


def test_to_bengali_digits_of_a_huge_decimal_is_bounded() -> None:
    code = textwrap.dedent("""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))
        from decimal import Decimal
        import bn_datetime as bd
        try:
            bd.to_bengali_digits(Decimal("1E+999999999"))
        except ValueError as exc:
            print("ValueError", exc)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.startswith("ValueError"), done.stderr[-300:]


# --- the recursion limit ---------------------------------------------------------------


@contextmanager
def shallow_stack(headroom: int) -> Iterator[None]:
    """Leave only ``headroom`` frames above the current depth."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + headroom)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


CALLS: list[tuple[str, Callable[[], Any]]] = [
    ("parse", lambda: bd.to_iso("প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")),
    ("parse-spoken", lambda: bd.to_iso("একুশে ফেব্রুয়ারি উনিশশো বাহান্ন")),
    ("parse-pattern", lambda: bd.to_iso("১৪/০৯/২০২৪", "dd/MM/y")),
    ("format", lambda: bd.format_datetime(datetime(2024, 9, 14, 18, 42), "full")),
    ("words", lambda: bd.words_to_number("এক লাখ পঁচিশ হাজার " + "কোটি " * 50)),
    ("number_to_words", lambda: bd.number_to_words(10**21 - 1)),
    ("normalize_numbers", lambda: bd.normalize_numbers("পাঁচটি বই " * 200)),
    ("verbalize", lambda: verbalize("২১শে ফেব্রুয়ারি ১৯৫২, ১০:৩০-এ ৫টি বাস " * 20)),
    ("bangla", lambda: bd.gregorian_to_bangla(date(2024, 9, 14), "wb-drik")),
    ("hijri", lambda: bd.gregorian_to_hijri(date(2024, 9, 14))),
    ("search", lambda: getattr(bd, "search", lambda s, **k: None)("১৪ সেপ্টেম্বর ২০২৪ " * 100, now=NOW)),
]


@pytest.mark.parametrize("call", [c for _, c in CALLS], ids=[n for n, _ in CALLS])
def test_works_with_little_stack(call: Callable[[], Any]) -> None:
    expected = call()  # warm: lazy imports and caches
    with shallow_stack(80):
        assert call() == expected


@pytest.mark.parametrize("depth", [10, 240])
def test_deeply_nested_brackets_are_not_recursed_into(depth: int) -> None:
    text = "(" * depth + "১৪ সেপ্টেম্বর ২০২৪" + ")" * depth
    assert bd.to_iso(text) == "2024-09-14"
    tokens = bd.tokenize("(" * 100_000)
    assert len(tokens) == 1 and tokens[0].kind == "b"


# --- years at both ends ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("৯৯৯৯ সাল", "9999"),
        ("৩১ ডিসেম্বর ৯৯৯৯, ১১:৫৯ পিএম", "9999-12-31T23:59:00+06:00"),
        ("৩১ ডিসেম্বর ৯৯৯৯, ১১:৫৯ পিএম -১২:০০", "9999-12-31T23:59:00-12:00"),
        ("১ জানুয়ারি ০০০১", "0001-01-01"),
        ("১ জানুয়ারি ০০০১, ১২:০১ এএম +১৪:০০", "0001-01-01T00:01:00+14:00"),
    ],
)
def test_first_and_last_years(text: str, iso: str) -> None:
    assert bd.to_iso(text) == iso


@pytest.mark.parametrize(
    "text",
    ["১৪ সেপ্টেম্বর ১০০০০", "১৪ সেপ্টেম্বর ৯৯৯৯৯৯৯৯৯৯৯৯", "০০০০", "০ জানুয়ারি ২০২৪",
     "৩০ চৈত্র ৯৯৯৯", "৩০ রমজান ৯৯৯৯", "৩১ ডিসেম্বর ৯৯৯৯৯ সাল"],
)
def test_years_out_of_range_are_parse_errors(text: str) -> None:
    with pytest.raises(bd.ParseError):
        bd.parse(text)


@pytest.mark.parametrize(
    ("text", "now"),
    [("গতকাল", datetime(1, 1, 1, tzinfo=timezone.utc)),
     ("আগামীকাল", datetime(9999, 12, 31, tzinfo=timezone.utc)),
     ("১০টা", datetime(9999, 12, 31, 23, tzinfo=timezone.utc))],
)
def test_relative_dates_past_the_calendar_ends(text: str, now: datetime) -> None:
    with pytest.raises(bd.ParseError):
        bd.to_iso(text, now=now)


@pytest.mark.parametrize(
    "call",
    [
        lambda: bd.BengaliDate(10**30, 1, 1),
        lambda: bd.BengaliDate(-(10**30), 1, 1, calendar="wb"),
        lambda: bd.BengaliDate(1431, 10**30, 1),
        lambda: bd.BengaliDate(1431, 1, -(10**30), calendar="wb-drik"),
        lambda: bd.bangla_to_gregorian(1206, 1, 1),
        lambda: bd.gregorian_to_bangla(date.max),
        lambda: bd.gregorian_to_bangla(date.min, "wb"),
        lambda: bd.HijriDate(0, 1, 1),
        lambda: bd.hijri_to_gregorian(10**30, 1, 1),
        lambda: bd.hijri_to_gregorian(9666, 1, 1, method="tabular"),
        lambda: bd.hijri_to_gregorian(1446, 1, 1, offset=10**30),
        lambda: bd.hijri_to_gregorian(1, 1, 1, method="tabular", offset=10**6),
        lambda: bd.gregorian_to_hijri(date.min),
        lambda: bd.gregorian_to_hijri(date.max, method="tabular"),
        lambda: bd.format_datetime(date.min, "date", calendar="bd"),
        lambda: bd.format_datetime(date.max, "date", calendar="hijri"),
    ],
)
def test_calendar_ends_are_documented_errors(call: Callable[[], Any]) -> None:
    with pytest.raises((bd.InvalidDateError, bd.CalendarRangeError)) as caught:
        call()
    no_python_limit_message(caught.value)
    assert len(str(caught.value)) < 300


def test_calendar_ends_that_exist() -> None:
    assert bd.hijri_to_gregorian(9665, 12, 30, method="tabular") == date(9999, 10, 1)
    assert bd.hijri_to_gregorian(1, 1, 1, method="tabular") == date(622, 7, 19)
    assert bd.HijriDate(10**30, 1, 1).year == 10**30  # a date as written; conversions refuse it


# --- negative zero, NaN, infinity ------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [(-0.0, "শূন্য দশমিক শূন্য"), (Decimal("-0"), "শূন্য"), (Decimal("-0.00"), "শূন্য দশমিক শূন্য শূন্য"),
     ("-০", "শূন্য"), ("-0.0", "শূন্য দশমিক শূন্য"), (0, "শূন্য")],
)
def test_negative_zero_has_no_minus(n: Any, words: str) -> None:
    assert bd.number_to_words(n) == words


@pytest.mark.parametrize(("n", "text"), [(-0.0, "০.০"), (Decimal("-0"), "০"), (Decimal("-0.000"), "০.০০০")])
def test_format_number_negative_zero(n: float | Decimal, text: str) -> None:
    assert bd.format_number(n) == text


def test_minus_zero_in_words_reads_as_zero() -> None:
    assert bd.words_to_number("মাইনাস শূন্য") == 0
    assert bd.words_to_number("-০") == 0


NOT_FINITE = [float("nan"), float("inf"), float("-inf"), Decimal("NaN"), Decimal("sNaN"),
              Decimal("Infinity"), Decimal("-Infinity")]


@pytest.mark.parametrize("n", NOT_FINITE, ids=repr)
def test_nan_and_infinity_are_refused(n: float | Decimal) -> None:
    for func in (bd.number_to_words, bd.format_number, bd.to_bengali_digits):
        with pytest.raises(ValueError, match=r"finite|no words|no digits"):
            func(n)
    with pytest.raises(ValueError, match=r"finite|no words"):
        bd.number_to_words(n, style="year")


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-inf", "Infinity", "১e৫", "1e5", "০x১০", "১_০০০"])
def test_nan_and_infinity_as_text_are_parse_errors(text: str) -> None:
    for func in (bd.number_to_words, bd.words_to_number):
        with pytest.raises(bd.ParseError):
            func(text)


# --- surrogates and lone combining marks -----------------------------------------------

SURROGATES = ["\ud800", "\udfff", "\udc80", "\ud83d"]  # \udc80: a byte kept by surrogateescape


@pytest.mark.parametrize("s", SURROGATES, ids=ascii)
def test_lone_surrogates(s: str) -> None:
    for text in (s, s + "১৪ সেপ্টেম্বর ২০২৪", "১৪ সেপ্টেম্বর ২০২৪" + s):
        with pytest.raises(bd.ParseError) as caught:
            bd.parse(text)
        assert text[caught.value.pos] == s  # it points at the surrogate
        for func in (bd.words_to_number, bd.parse_ordinal, bd.number_to_words):
            with pytest.raises(bd.ParseError):
                func(text)
        assert bd.normalize(text) == text
        assert "".join(t.text for t in bd.tokenize(text)) == text
        assert bd.normalize_numbers(text) == text
        assert s in verbalize(text)
    # a date next to a surrogate is still found, at the right offsets
    search = getattr(bd, "search", None)
    if search is not None:
        text = f"{s}১৪ সেপ্টেম্বর ২০২৪ {s}"
        [match] = search(text, now=NOW)
        assert (match.start, match.end, match.text) == (1, 19, "১৪ সেপ্টেম্বর ২০২৪")
    assert bd.format_datetime(date(2024, 9, 14), f"d MMMM y'{s}'") == "১৪ সেপ্টেম্বর ২০২৪" + s


MARKS = ["\u09bc", "\u09cd", "\u09be", "\u0981", "\u09d7", "\u0301", "\u20e3", "\u0300\u0301"]


@pytest.mark.parametrize("mark", MARKS, ids=ascii)
def test_lone_combining_marks(mark: str) -> None:
    """A stray mark is refused where it stands, or ignored: never a different date."""
    for text in (mark, mark * 50, mark + "১৪ সেপ্টেম্বর ২০২৪", "১৪ " + mark + "সেপ্টেম্বর ২০২৪",
                 "১" + mark + "৪ সেপ্টেম্বর ২০২৪", "১৪ সেপ্টেম্বর ২০২৪" + mark):
        try:
            iso = bd.to_iso(text)
        except bd.ParseError as exc:
            assert 0 <= exc.pos <= len(text)
        else:
            assert iso == "2024-09-14", (text, iso)
        norm = bd.normalize(text)
        assert bd.normalize(norm) == norm
        for func in (bd.words_to_number, bd.parse_ordinal):
            with pytest.raises(bd.ParseError):
                func(text)
        assert isinstance(bd.normalize_numbers(text), str)


def test_memory_limit_of_this_process_is_untouched() -> None:
    """The subprocess tests above set RLIMIT_AS in the child only."""
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    assert soft == resource.RLIM_INFINITY or soft > 2**30
