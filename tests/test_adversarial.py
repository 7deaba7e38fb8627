"""No catastrophic backtracking, no quadratic paths (issue 6).

Each adversarial input is fed at 10 KB and at 1 MB (10,000 and 1,000,000 characters) to
``search`` (when it exists), ``tokenize``, ``normalize``, ``normalize_numbers`` and
``verbalize``; the 1 MB run must take at most about 100× the 10 KB run. The ratio is
measured inside the test, so the machine's speed does not matter:

* CPU time of this process (``time.process_time``), so that other processes on the
  machine (a fuzzer on the other core) do not count;
* the garbage collector is paused during each run (after a full collection), because its
  schedule depends on what else the test session allocated — what is measured is the
  library's own work;
* the two sizes are measured in turn and each keeps its best run, with more rounds when
  the ratio is over its limit (``tests/_timing.py``): noise only ever adds time, and a
  quadratic path cannot hide behind a retry.

Linear code gives about 100×; a quadratic path gives about 10,000×. ``LIMIT`` leaves
room for cache effects of a 1 MB string against a 10 KB one, and no more.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

import bn_datetime as bd
from bn_datetime.calendars.bangla_calendar import month_from_name
from bn_datetime.calendars.hijri import hijri_month_from_name, parse_hijri
from bn_datetime.writer.verbalizing import verbalize

from ._timing import assert_grows_linearly

SMALL = 10_000
LARGE = 1_000_000
LIMIT = 150  # × the 10 KB time; linear is 100×, quadratic 10,000×
NOW = datetime(2024, 9, 14, 20, 0, tzinfo=timezone(timedelta(hours=6)))

#: The repeated unit of each adversarial input.
INPUTS: dict[str, str] = {
    "digits": "১",
    "digit-groups": "১২/",
    "month-names": "সেপ্টেম্বর ",
    "glued-month-names": "সেপ্টেম্বর",
    "separators": ", :-/। ",
    "combining-marks": "\u09bc",
    "virama-nukta": "ক\u09cd\u09bc\u09bc",
    # one run of marks of two classes out of canonical order (CPython's NFC orders a run by
    # insertion: quadratic in the run, unless normalize orders a long run first)
    "marks-out-of-order": "\u09cd\u09bc",
    "latin-marks-out-of-order": "\u0301\u0316",
    "nearly-dates": "১৪ সেপ্টেম্বর ২০২, ",
    "impossible-dates": "৩২ সেপ্টেম্বর ২০২৪ ২৫:৬১ পিএম ",
    "zwj": "\u200d",
    "zwj-khanda-ta": "ত্\u200d",
    "number-words": "এক কোটি ",
}
#: Shapes only verbalize reads specially (a time looks back for its day period).
VERBALIZE_INPUTS: dict[str, str] = {
    "phones": "০১৭১১-২৩৪৫৬৭ ",
    "clock-times": "১২:০০টায় ",
    "slashes": "১/২/",
    "latin-tokens": "H1N1",
    "latin-hyphens": "a-1-",
    "web-addresses": "https://a.b/1",
}


def _search(text: str) -> Any:
    search = getattr(bd, "search", None)
    if search is None:
        pytest.skip("bn_datetime.search is not there yet (issue 5)")
    return search(text, now=NOW)


FUNCTIONS: dict[str, Callable[[str], Any]] = {
    "search": _search,
    "tokenize": bd.tokenize,
    "normalize": bd.normalize,
    "normalize_numbers": bd.normalize_numbers,
    "verbalize": verbalize,
}
# Every input goes to the date functions; the number functions get the inputs that
# reach their own loops (number words, digit runs), which keeps the file near 20 s.
CASES = [
    *((kind, function) for kind in INPUTS for function in ("search", "tokenize", "normalize")),
    *((kind, "normalize_numbers") for kind in INPUTS if kind != "glued-month-names"),
    *((kind, "verbalize") for kind in ("digits", "digit-groups", "nearly-dates", "number-words", "combining-marks")),
    *((kind, "verbalize") for kind in ("phones", "clock-times", "slashes", "latin-tokens", "latin-hyphens", "web-addresses")),
]


def make(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(("kind", "function"), CASES)
def test_one_megabyte_is_at_most_about_100_times_ten_kilobytes(kind: str, function: str) -> None:
    func = FUNCTIONS[function]
    unit = INPUTS[kind] if kind in INPUTS else VERBALIZE_INPUTS[kind]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        func(make(unit, SMALL))  # warm-up: lazy imports, compiled patterns
        # A run too short for the clock to see is given one clock tick.
        floor = max(time.get_clock_info("process_time").resolution, 1e-5)
        assert_grows_linearly(
            func, make(unit, SMALL), make(unit, LARGE), LIMIT, runs=2, floor=floor,
            what=f"{function} on {kind}",
        )


def test_tokenize_one_megabyte_keeps_every_character() -> None:
    """The long runs are not cut short: the tokens still cover the whole text."""
    text = make("১৪ সেপ্টেম্বর ২০২, \u200d", LARGE)
    tokens = bd.tokenize(text)
    assert "".join(t.text for t in tokens) == bd.normalize(text)
    assert tokens[-1].end == len(text.rstrip("\u200d"))  # a trailing ZWJ is normalised away


def test_search_on_nearly_dates_finds_nothing_wrong() -> None:
    """A megabyte of dates missing a digit gives no invented date."""
    text = make("৩২ সেপ্টেম্বর ২০২৪ ২৫:৬১ পিএম ", LARGE)
    for match in _search(text):
        assert match.text == text[match.start : match.end]
        assert match.value.day != 32


@pytest.mark.parametrize("kind", ["digits", "month-names", "separators", "nearly-dates", "zwj"])
def test_parse_refuses_a_megabyte_at_once(kind: str) -> None:
    """Input over ``MAX_LENGTH`` is refused before any work: as fast as a short refusal."""
    huge = make(INPUTS[kind], LARGE)
    short = make(INPUTS[kind], bd.MAX_LENGTH + 1)
    for func in (bd.parse, bd.parse_result, bd.to_iso):
        took = float("inf")
        for _ in range(3):  # the best of three: a busy machine only ever adds time
            start = time.perf_counter()
            with pytest.raises(bd.ParseError) as caught:
                func(huge)
            took = min(took, time.perf_counter() - start)
        assert caught.value.pos == bd.MAX_LENGTH
        assert str(bd.MAX_LENGTH) in caught.value.reason
        assert len(str(caught.value)) < 1000  # the message does not echo the megabyte
        assert took < 0.05, f"{func.__name__} took {took:.3f}s to refuse 1 MB"
        start = time.perf_counter()
        with pytest.raises(bd.ParseError):
            func(short)
        # no more than a short refusal plus a little: nothing proportional to the length
        assert took < 10 * (time.perf_counter() - start) + 0.01


def test_max_length_is_the_boundary() -> None:
    with pytest.raises(bd.ParseError) as caught:
        bd.parse(" " * bd.MAX_LENGTH + "১")
    assert caught.value.pos == bd.MAX_LENGTH
    padded = "১৪ সেপ্টেম্বর ২০২৪".ljust(bd.MAX_LENGTH)
    assert bd.to_iso(padded) == "2024-09-14"


@pytest.mark.parametrize("func", [bd.words_to_number, bd.parse_ordinal, bd.number_to_words],
                         ids=lambda f: f.__name__)
def test_number_readers_refuse_a_megabyte_quickly(func: Callable[[str], Any]) -> None:
    for unit in ("১", "এক ", "কোটি ", "\u09bc"):
        start = time.perf_counter()
        with pytest.raises(bd.ParseError):
            func(make(unit, LARGE))
        assert time.perf_counter() - start < 1.0


# ---------------------------------------------------------------------------
# Every public function that takes text, on shapes built to defeat rescanning (issue 17)
# ---------------------------------------------------------------------------
#
# Each shape is a run that a reader restarting at every word would read again to its
# end: a number run it cannot close (``১ ১ ১``, ``এক এক``, years, ``পাঁচশো পাঁচশো``), a
# digit group chain (``১,১,১``), words that open a number and never finish it
# (``সাড়ে``, ``দশমিক``, ``মাইনাস``). The run at 100 KB must take at most ``RUN_RATIO``
# times the run at 10 KB: linear code gives about 10×, quadratic 100×. Both sizes are
# the best of a few runs (a busy machine only ever adds time), and a run shorter than
# ``FLOOR`` counts as ``FLOOR``: a reader that refuses long input at once is not timed
# against the clock's noise.

RUN_SMALL = 10_000
RUN_LARGE = 100_000
RUN_RATIO = 15
FLOOR = 5e-4


def _quiet(func: Callable[[str], Any]) -> Callable[[str], Any]:
    """``func`` with its refusal (a ParseError) taken as an answer: the time is measured."""

    def call(text: str) -> Any:
        try:
            return func(text)
        except bd.ParseError as error:
            return error

    return call


TEXT_FUNCTIONS: dict[str, Callable[[str], Any]] = {
    "normalize_numbers": bd.normalize_numbers,
    "verbalize": verbalize,
    "number_to_words": _quiet(bd.number_to_words),
    "words_to_number": _quiet(bd.words_to_number),
    "parse_ordinal": _quiet(bd.parse_ordinal),
    "search": lambda text: bd.search(text, now=NOW),
    "tokenize": bd.tokenize,
    "month_from_name": _quiet(month_from_name),
    "hijri_month_from_name": _quiet(hijri_month_from_name),
    "parse_hijri": _quiet(parse_hijri),
}

RUN_SHAPES: dict[str, tuple[str, ...]] = {
    "normalize_numbers": (
        "১ ", "এক ", "২০২৪ ", "পাঁচশো ", "সাড়ে ", "এক লাখ ", "এক কোটি কোটি ", "দশমিক ",
        "মাইনাস ", "১,", "১,২৩,",
    ),
    "verbalize": ("১ ", "১,", "১,২৩,", "১৪ সেপ্টেম্বর ", "১.১."),
    "number_to_words": ("১", "১,২৩", "-১"),
    "words_to_number": ("এক ", "১ ", "সাড়ে "),
    "parse_ordinal": ("১", "এক ", "তম"),
    "search": ("১ ", "এক ", "সাড়ে ", "১৪ সেপ্টেম্বর ", "গত "),
    "tokenize": ("১ ", "দুই ", "১,২৩,"),
    "month_from_name": ("বৈশাখ ", "১ "),
    "hijri_month_from_name": ("রবিউল ", "১ "),
    "parse_hijri": ("১৫ই ", "১ ", "রবিউল "),
}
RUN_CASES = [(function, unit) for function, units in RUN_SHAPES.items() for unit in units]


@pytest.mark.parametrize(("function", "unit"), RUN_CASES)
def test_hundred_kilobytes_is_at_most_15_times_ten(function: str, unit: str) -> None:
    func = TEXT_FUNCTIONS[function]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        func(make(unit, RUN_SMALL))  # warm-up
        assert_grows_linearly(
            func, make(unit, RUN_SMALL), make(unit, RUN_LARGE), RUN_RATIO, runs=5, floor=FLOOR,
            what=f"{function} on {unit!r}",
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("১ ১ ১ এক লাখ", "১ ১ ১ ১০০০০০"),
        ("দুই দুই দুই", "২ ২ ২"),
        ("পাঁচশো পাঁচশো", "৫০০ ৫০০"),
        ("একশ হাজার দুই", "একশ হাজার দুই"),
        ("১,১,১ হাজার", "১,১,১০০০"),
    ],
)
def test_long_runs_read_as_before(text: str, expected: str) -> None:
    """The linear reader gives the same answer as reading every prefix did."""
    assert bd.normalize_numbers(text) == expected
