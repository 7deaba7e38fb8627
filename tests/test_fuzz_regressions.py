"""Every input the atheris fuzzers in ``fuzz/`` crashed on, kept as a regression test.

Each case names the target that found it and what went wrong. Fixed bugs must stay
fixed; a bug still open in the core is an ``xfail(strict=True)`` that starts failing
(XPASS) the day it is fixed, so that the mark is removed with the fix.
"""

from __future__ import annotations

import time
import warnings
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

import bn_datetime as bd

NOW = datetime(2024, 9, 14, 20, 0, tzinfo=timezone(timedelta(hours=6)))


def test_fuzz_parse_yearless_month_with_brackets() -> None:
    """fuzz_parse: ``'জানু((('`` with ``strict=True`` raised ``KeyError: 'day'`` in
    ``components._yearless`` (from a work-in-progress tree; fixed before the commit)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert bd.to_iso("জানু(((", now=NOW, strict=True, calendar="bd") == "2025-01"
        assert bd.to_iso("জানু", now=NOW, strict=True, disambiguate="compatible") == "2025-01"


@pytest.mark.parametrize(
    ("text", "pattern"), [("৯", "M"), ("০৯", "MM"), ("সেপ্টেম্বর", "MMMM")]
)
def test_fuzz_parse_pattern_with_a_month_alone(text: str, pattern: str) -> None:
    """fuzz_parse: the random pattern ``'s7S7777777M777777777'`` raised ``KeyError: 'month'``:
    a pattern with a numeric month (``M``, ``MM``) and no day or year reached the "month
    alone" branch of ``components._resolve``, which read only a month name's field."""
    assert bd.to_iso(text, pattern, now=NOW) == "2024-09"


@pytest.mark.parametrize(
    "value",
    [Decimal("0E-1000000000"), Decimal("1E-1000000000"), Decimal("-0E-999999999")],
    ids=str,
)
def test_fuzz_numwords_tiny_exponent_is_refused_not_expanded(value: Decimal) -> None:
    """fuzz_numwords: ``format_number(Decimal('0E-1000000000'))`` wrote a billion zeros
    (out of memory). Now both writers refuse more than 4300 digits at once."""
    for func in (bd.format_number, bd.number_to_words):
        start = time.perf_counter()
        with pytest.raises(ValueError, match="4300"):
            func(value)
        assert time.perf_counter() - start < 0.1


def test_fuzz_numwords_verbalize_is_a_function_after_submodule_import() -> None:
    """fuzz_numwords: after ``import bn_datetime.verbalize`` (the fuzzer instruments every
    submodule), ``bd.verbalize(s)`` raised ``TypeError: 'module' object is not callable``.
    Pinned in tests/test_contract.py::test_importing_verbalize_module_keeps_the_function."""
    from bn_datetime.writer.verbalizing import verbalize

    assert verbalize("১০টি") == "দশটি"


def test_fuzz_format_far_offset_round_trip() -> None:
    """fuzz_format: a datetime at UTC-19:44 formats with "iso" as ``…-19:44``, which
    ``parse(…, "iso")`` refuses ("offset out of range"). Python allows offsets up to
    ±23:59; real zones stay within -12:00 … +14:00. Either format should refuse the
    offset or parse should read what format wrote."""
    moment = datetime(3508, 7, 12, tzinfo=timezone(timedelta(hours=-19, minutes=-44)))
    text = bd.format_datetime(moment, "iso", digits="ascii")
    assert text == "3508-07-12T00:00:00-19:44"
    assert bd.parse(text, "iso") == moment


def test_search_a_dateline_on_the_last_day_with_a_negative_offset() -> None:
    """tests/test_core.py's corpus (a string of tests/test_tz.py): ``search`` over the last
    minute of 9999 with ``-১২:০০`` raised ``OverflowError: date value out of range`` in
    ``spans._next_day`` (``read`` gives the point). Fixed: a span that would pass the
    calendar's end is no span, and the point is found."""
    text = "৩১ ডিসেম্বর ৯৯৯৯, ১১:৫৯ পিএম -১২:০০"
    found = bd.search(text, now=NOW)
    assert [m.isoformat() for m in found] == ["9999-12-31T23:59:00-12:00"]
    assert all(m.text == text[m.start : m.end] for m in found)
