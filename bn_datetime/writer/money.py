"""``format_currency``: taka and rupee amounts in Bengali digits with lakh-crore grouping.

>>> format_currency(125000.5)
'৳১,২৫,০০০.৫০'
>>> format_currency(500, "INR")
'₹৫০০.০০'
>>> format_currency("1234567.891", symbol=False)
'১২,৩৪,৫৬৭.৮৯ টাকা'
>>> format_currency(-99.999, "রুপি", symbol=False, digits="ascii")
'-100.00 রুপি'
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final, Literal

from bn_datetime.numerals.numwords import format_number
from bn_datetime.text.digits import to_ascii_digits

__all__ = ["CURRENCIES", "format_currency"]

#: Currency → (symbol, word): the code, or the word itself, names it.
CURRENCIES: Final[dict[str, tuple[str, str]]] = {
    "BDT": ("৳", "টাকা"),
    "INR": ("₹", "রুপি"),
}
_BY_WORD: Final = {word: code for code, (_, word) in CURRENCIES.items()}
_CENT: Final = Decimal("0.01")


def _amount(value: int | float | Decimal | str) -> Decimal:
    if isinstance(value, bool):
        msg = "format_currency() does not take bool"
        raise TypeError(msg)
    if isinstance(value, float):
        # a float's 15 significant digits are what it means: 0.1 + 0.2 is 0.3
        value = format(value, ".15g")
    if isinstance(value, str):
        try:
            value = Decimal(to_ascii_digits(value.strip()).replace(",", ""))
        except InvalidOperation:
            msg = f"amount is not a number: {value!r}"
            raise ValueError(msg) from None
    if not isinstance(value, (int, Decimal)):
        msg = f"amount must be an int, float, Decimal or numeral str, not {type(value).__name__}"
        raise TypeError(msg)
    amount = Decimal(value)
    if not amount.is_finite():
        msg = f"amount must be finite, not {value!r}"
        raise ValueError(msg)
    return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def format_currency(
    amount: int | float | Decimal | str,
    currency: str = "BDT",
    *,
    symbol: bool = True,
    digits: Literal["bengali", "ascii"] = "bengali",
    grouping: Literal["lakh", "international"] | None = "lakh",
) -> str:
    """Write ``amount`` as money: ``৳১,২৫,০০০.৫০`` or ``১,২৫,০০০.৫০ টাকা``.

    Args:
        amount: an int, a Decimal, a float (read to its 15 significant digits) or a
            numeral string (Bengali or ASCII digits, commas allowed); rounded half up
            to the paisa.
        currency: ``"BDT"`` or ``"টাকা"``; ``"INR"`` or ``"রুপি"``.
        symbol: ``৳``/``₹`` before the amount (default), or the word after it.
        digits: ``"bengali"`` or ``"ascii"``.
        grouping: ``"lakh"`` (``১২,৩৪,৫৬৭``), ``"international"`` or None.

    Raises:
        ValueError: an unknown currency (the message lists them) or an amount that is
            not a finite number.
    """
    code = _BY_WORD.get(currency, currency)
    if code not in CURRENCIES:
        names = ", ".join(f"{c!r} ({w})" for c, (_, w) in CURRENCIES.items())
        msg = f"currency must be one of {names}, or the word, not {currency!r}"
        raise ValueError(msg)
    sign_symbol, word = CURRENCIES[code]
    value = _amount(amount)
    number = format_number(abs(value), grouping=grouping, digits=digits)
    sign = "-" if value < 0 else ""
    return f"{sign}{sign_symbol}{number}" if symbol else f"{sign}{number} {word}"
