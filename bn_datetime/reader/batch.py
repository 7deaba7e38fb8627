"""Many texts at once: ``parse_many`` and ``to_iso_many``.

Both stream (one result per input, in order, as the input is read) and return errors
as values, so one bad row never stops a batch. ``now`` is read once per batch when not
given, so every row of a batch is relative to the same moment.

>>> from datetime import datetime
>>> list(to_iso_many(["১৪ সেপ্টেম্বর ২০২৪", "হ্যালো", "গতকাল"], now=datetime(2024, 9, 14)))
['2024-09-14', ParseError("cannot parse 'হ্যালো': an unknown word 'হ্যালো' at position 0"), '2024-09-13']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, tzinfo
from typing import TypeVar

from bn_datetime import tz as _tz

from .components import Parsed
from .parsing import parse, parse_result, to_iso

__all__ = ["check_errors", "parse_many", "results_many", "to_iso_many"]

T = TypeVar("T")


def results_many(
    texts: Iterable[object],
    pattern: str | None = None,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
) -> Iterator[Parsed | ValueError | TypeError]:
    """:func:`bn_datetime.parse_result` for each text; a failure is yielded, not raised.

    A ``str`` that cannot be read gives its :class:`~bn_datetime.ParseError` (a
    ``ValueError``); anything that is not a ``str`` (``None``, a float NaN from a data
    frame) gives a ``TypeError``.
    """
    return _each(parse_result, texts, pattern, tz, now, disambiguate, strict, calendar)


def parse_many(
    texts: Iterable[object],
    pattern: str | None = None,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
) -> Iterator[datetime | ValueError | TypeError]:
    """:func:`bn_datetime.parse` for each text: an aware datetime or the error."""
    return _each(parse, texts, pattern, tz, now, disambiguate, strict, calendar)


def to_iso_many(
    texts: Iterable[object],
    pattern: str | None = None,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
) -> Iterator[str | ValueError | TypeError]:
    """:func:`bn_datetime.to_iso` for each text: the ISO string or the error."""
    return _each(to_iso, texts, pattern, tz, now, disambiguate, strict, calendar)


def _each(
    read: Callable[..., T],
    texts: Iterable[object],
    pattern: str | None,
    tz: str | tzinfo,
    now: datetime | None,
    disambiguate: _tz.Disambiguate,
    strict: bool,
    calendar: str,
) -> Iterator[T | ValueError | TypeError]:
    """``read`` each text with one zone and one ``now`` for the whole batch."""
    zone = _tz.get_tz(tz)
    base = now if now is not None else _tz.now(zone)
    for text in texts:
        try:
            yield read(
                text, pattern, tz=zone, now=base, disambiguate=disambiguate, strict=strict,
                calendar=calendar,
            )
        except (ValueError, TypeError) as exc:
            yield exc


def check_errors(errors: str) -> None:
    """The ``errors=`` of the pandas and Spark integrations: ``"raise"`` or ``"coerce"``."""
    if errors not in ("raise", "coerce"):
        msg = f"errors must be 'raise' or 'coerce', not {errors!r}"
        raise ValueError(msg)
