"""``format_datetime``: datetimes back into Bengali, through compiled patterns.

>>> from datetime import datetime
>>> dt = datetime(2024, 9, 14, 18, 42)
>>> format_datetime(dt, "news")
'১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম'
>>> format_datetime(dt, "full")
'শনিবার, ১৪ সেপ্টেম্বর ২০২৪, সন্ধ্যা ৬টা ৪২ মিনিট'
>>> format_datetime(dt, "news", ampm="formal", digits="ascii")
'14 সেপ্টেম্বর 2024, 06:42 অপরাহ্ণ'
>>> format_datetime("2024-09-14T18:42:00+06:00", "iso")
'২০২৪-০৯-১৪T১৮:৪২:০০+০৬:০০'
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Final, Literal

from . import tz as _tz
from .digits import to_ascii_digits
from .errors import ParseError
from .pattern import STYLES, Context, compile_pattern

__all__ = ["STYLES", "format_datetime"]

Digits = Literal["bengali", "ascii"]
AmPmWords = Literal["short", "formal", "latin"]
_NUKTA_PAIRS: Final = (("\u09a1\u09bc", "\u09dc"), ("\u09a2\u09bc", "\u09dd"), ("\u09af\u09bc", "\u09df"))


def _coerce(value: datetime | date | str) -> datetime | date:
    if isinstance(value, (datetime, date)):
        return value
    if isinstance(value, str):
        text = to_ascii_digits(value.strip())
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            return datetime.fromisoformat(text)
        except ValueError:
            raise ParseError(value, 0, expected="an ISO 8601 date or datetime") from None
    msg = f"format_datetime() needs a datetime, date or ISO 8601 str, not {type(value).__name__}"
    raise TypeError(msg)


def format_datetime(
    value: datetime | date | str,
    pattern: str = "news",
    *,
    digits: Digits = "bengali",
    ampm: AmPmWords = "short",
    tz: str | tzinfo | None = None,
    precomposed: bool = False,
    calendar: str = "gregorian",
) -> str:
    """Write ``value`` in Bengali by a style name or a UTS #35 pattern.

    Args:
        value: an aware or naive datetime, a date, or an ISO 8601 string.
        pattern: a style (``news``, ``news-24h``, ``date``, ``full``, ``short``,
            ``iso``, ``time``) or a pattern such as ``"d MMMM y, B h'টা'"``.
        digits: ``"bengali"`` (default) or ``"ascii"``.
        ampm: the AM/PM words: ``"short"`` এএম/পিএম, ``"formal"``
            পূর্বাহ্ণ/অপরাহ্ণ, ``"latin"`` AM/PM.
        tz: convert an aware value to this zone first (a naive value is taken as
            wall time in it).
        precomposed: write য় ড় ঢ় as the single code points most Bangladeshi sites
            use (the default output is NFC, which spells them with a nukta).
        calendar: ``"gregorian"``, or a Bangla calendar (``"bd"``, ``"wb"`` …) whose
            day, month and year the ``d``/``M``/``y`` fields then write.

    >>> format_datetime(date(2024, 9, 14), "d MMMM y", calendar="bd")
    '৩০ ভাদ্র ১৪৩১'
    """
    if digits not in ("bengali", "ascii"):
        msg = f"digits must be 'bengali' or 'ascii', not {digits!r}"
        raise ValueError(msg)
    if ampm not in ("short", "formal", "latin"):
        msg = f"ampm must be 'short', 'formal' or 'latin', not {ampm!r}"
        raise ValueError(msg)
    moment = _coerce(value)
    if tz is not None and isinstance(moment, datetime):
        zone = _tz.get_tz(tz)
        moment = moment.astimezone(zone) if moment.tzinfo else _tz.localize(moment, zone)
    bangla: tuple[int, int, int] | None = None
    if calendar != "gregorian":
        from .bangla_calendar import gregorian_to_bangla

        day = moment.date() if isinstance(moment, datetime) else moment
        b = gregorian_to_bangla(day, calendar=calendar)
        bangla = (b.year, b.month, b.day)
    compiled = compile_pattern(pattern)
    text = compiled.format(moment, Context(digits=digits, ampm=ampm, bangla=bangla))
    if precomposed:
        for pair, single in _NUKTA_PAIRS:
            text = text.replace(pair, single)
    return text
