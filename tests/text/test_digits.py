from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bn_datetime import to_ascii_digits, to_bengali_digits


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-09-14", "২০২৪-০৯-১৪"),
        (1971, "১৯৭১"),
        (-5, "-৫"),
        (0, "০"),
        (12.5, "১২.৫"),
        (Decimal("0.50"), "০.৫০"),
        (Decimal("-1E+3"), "-১০০০"),
        (1e20, "১০০০০০০০০০০০০০০০০০০০০"),
        ("মিশ্র 1৪", "মিশ্র ১৪"),
    ],
)
def test_to_bengali_digits(value: str | int | float | Decimal, expected: str) -> None:
    assert to_bengali_digits(value) == expected


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")])
def test_non_finite_numbers_have_no_digits(bad: float | Decimal) -> None:
    with pytest.raises(ValueError, match="no digits"):
        to_bengali_digits(bad)


@pytest.mark.parametrize("bad", [True, None, b"12", [1]])
def test_wrong_types(bad: object) -> None:
    with pytest.raises(TypeError):
        to_bengali_digits(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_ascii_digits(bad)  # type: ignore[arg-type]


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_round_trip(text: str) -> None:
    assert to_ascii_digits(to_bengali_digits(text)) == text


@given(st.integers())
def test_integer_round_trip(n: int) -> None:
    assert int(to_ascii_digits(to_bengali_digits(n))) == n
