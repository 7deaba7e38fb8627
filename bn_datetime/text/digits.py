"""Bengali ⇄ ASCII digits.

>>> to_bengali_digits("2024-09-14")
'২০২৪-০৯-১৪'
>>> to_bengali_digits(-12.5)
'-১২.৫'
>>> to_ascii_digits("১৪/০৯/২০২৪")
'14/09/2024'
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["ASCII_DIGITS", "BENGALI_DIGITS", "MAX_DIGITS", "to_ascii_digits", "to_bengali_digits"]

BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
ASCII_DIGITS = "0123456789"
_TO_BENGALI = str.maketrans(ASCII_DIGITS, BENGALI_DIGITS)
#: The longest number written out: Python's own limit for int <-> str (4300 digits).
MAX_DIGITS = 4300
_MAX_BITS = int(MAX_DIGITS * 3.3219280948873626) - 1
_TO_ASCII = str.maketrans(BENGALI_DIGITS, ASCII_DIGITS)


def to_bengali_digits(value: str | int | float | Decimal) -> str:
    """Write ``value`` with Bengali digits; for a ``str`` only ASCII digits change.

    ``bool`` is refused (it is an ``int`` by accident of history); NaN and infinity
    have no digits and are refused with ``ValueError``.

    >>> to_bengali_digits(1971)
    '১৯৭১'
    >>> from decimal import Decimal
    >>> to_bengali_digits(Decimal("0.50"))
    '০.৫০'
    """
    if isinstance(value, bool):
        msg = "to_bengali_digits() does not take bool"
        raise TypeError(msg)
    if isinstance(value, str):
        return value.translate(_TO_BENGALI)
    if isinstance(value, int):
        if value.bit_length() > _MAX_BITS:
            msg = f"a number of more than {MAX_DIGITS} digits is not written out"
            raise ValueError(msg)
        return str(value).translate(_TO_BENGALI)
    from decimal import Decimal  # only floats and Decimals need it: parsing never does

    if isinstance(value, (float, Decimal)):
        if not (value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)):
            msg = f"{value!r} has no digits"
            raise ValueError(msg)
        if isinstance(value, Decimal) and value and abs(value.adjusted()) > MAX_DIGITS:
            msg = f"a number of more than {MAX_DIGITS} digits is not written out"
            raise ValueError(msg)
        text = format(value, "f") if isinstance(value, Decimal) else repr(value)
        if "e" in text or "E" in text:
            text = format(Decimal(text), "f")
        return text.translate(_TO_BENGALI)
    msg = f"to_bengali_digits() needs str, int, float or Decimal, not {type(value).__name__}"
    raise TypeError(msg)


def to_ascii_digits(text: str) -> str:
    """Write every Bengali digit in ``text`` as its ASCII digit; nothing else changes.

    >>> to_ascii_digits("৳১,২৫০.৫০")
    '৳1,250.50'
    """
    if not isinstance(text, str):
        msg = f"to_ascii_digits() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    return text.translate(_TO_ASCII)
