"""format_currency and format_number's float digits: tables and a read-back property."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.writer.money import format_currency


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((125000.5,), {}, "৳১,২৫,০০০.৫০"),
        ((Decimal("12345678.9"),), {}, "৳১,২৩,৪৫,৬৭৮.৯০"),
        ((500, "INR"), {}, "₹৫০০.০০"),
        ((500, "রুপি"), {"symbol": False}, "৫০০.০০ রুপি"),
        ((119.5, "টাকা"), {"symbol": False}, "১১৯.৫০ টাকা"),
        (("১,২৫,০০০.৫",), {}, "৳১,২৫,০০০.৫০"),
        ((-1234.567,), {"digits": "ascii"}, "-৳1,234.57"),
        ((1234567,), {"grouping": "international"}, "৳১,২৩৪,৫৬৭.০০"),
        ((0.1 + 0.2,), {}, "৳০.৩০"),
        ((-0.001,), {}, "৳০.০০"),
    ],
)
def test_format_currency(args: tuple[object, ...], kwargs: dict[str, object], expected: str) -> None:
    assert format_currency(*args, **kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "error", "match"),
    [
        ((5, "USD"), ValueError, "currency must be one of 'BDT'"),
        (("পাঁচ",), ValueError, "amount is not a number"),
        ((float("nan"),), ValueError, "finite"),
        ((True,), TypeError, "bool"),
        (([5],), TypeError, "amount must be"),
    ],
)
def test_format_currency_bad_input(args: tuple[object, ...], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        format_currency(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.1 + 0.2, "০.৩"), (1e20, "১০,০০,০০,০০,০০,০০,০০,০০,০০,০০০"), (1.5e-7, "০.০০০০০০১৫"), (2.675, "২.৬৭৫")],
)
def test_format_number_writes_the_digits_a_float_means(value: float, expected: str) -> None:
    assert bd.format_number(value) == expected


@given(
    st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False),
    st.sampled_from(["BDT", "INR"]),
    st.booleans(),
    st.sampled_from(["bengali", "ascii"]),
    st.sampled_from(["lakh", "international", None]),
)
def test_format_currency_reads_back(
    amount: Decimal, currency: str, symbol: bool, digits: str, grouping: str | None
) -> None:
    text = format_currency(amount, currency, symbol=symbol, digits=digits, grouping=grouping)  # type: ignore[arg-type]
    body = bd.to_ascii_digits(text).replace(",", "").replace("৳", "").replace("₹", "")
    body = body.removesuffix(" টাকা").removesuffix(" রুপি")
    assert Decimal(body) == amount
