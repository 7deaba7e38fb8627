"""``read``: what a whole text denotes — a point, an interval, a duration or a recurrence.

text ─ normalize ─► tokens (``_lexer``) ─► point grammar (``grammar``) or span grammar
(``spans``) ─► a typed value (``values``) ─► ``isoformat()``

>>> from datetime import datetime
>>> now = datetime(2024, 9, 14, 18, 42)
>>> read("১০-১২ সেপ্টেম্বর ২০২৪").isoformat()
'2024-09-10/2024-09-12'
>>> read("দেড় ঘণ্টা ধরে").isoformat()
'PT1H30M'
>>> read("প্রতি মাসের প্রথম শুক্রবার").isoformat()
'FREQ=MONTHLY;BYDAY=1FR'
>>> read("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম").isoformat()
'2024-09-14T18:42:00+06:00'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Final, TypeVar

from bn_datetime import tz as _tz
from bn_datetime._core import scan
from bn_datetime.errors import InvalidDateError, ParseError
from bn_datetime.options import Options, Prefer, check_options
from bn_datetime.text.normalize import normalize_with_map
from bn_datetime.values import Duration, Interval, Parsed, Recurrence, Value

from ._lexer import check_text
from .spans import Context, Tokens, match_at

__all__ = ["parse_duration", "parse_interval", "parse_recurrence", "read", "read_span"]

#: What leads a text without being part of what it denotes (labels, separators) …
_LEAD: Final = frozenset("L:,|-")
# … and what may close it.
_TRAIL: Final = frozenset(".,|")
_NAMES: Final = {
    Parsed: "a point in time",
    Interval: "an interval",
    Duration: "a duration",
    Recurrence: "a recurrence",
}
_V = TypeVar("_V", Interval, Duration, Recurrence)


def read(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
) -> Value:
    """What the whole ``text`` denotes: a :class:`Parsed` point, an :class:`Interval`, a
    :class:`Duration` or a :class:`Recurrence` (arguments as :func:`bn_datetime.parse`).

    >>> read("সকাল ১০টা থেকে বিকেল ৫টা").isoformat()
    '10:00:00/17:00:00'
    >>> read("৩০ মাসেরও বেশি সময় ধরে").mod
    'more_than'
    """
    from .parsing import _Attempt, _point_result, span_after

    attempt = _Attempt(text)
    try:
        return _point_result(
            text, tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar,
            prefer=prefer, attempt=attempt,
        )
    except ParseError as point_error:
        span = span_after(
            attempt, tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar,
            prefer=prefer, warn=True,
        )
        if span is None:
            raise point_error from None
        return span


def read_span(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
    warn: bool = True,
) -> Interval | Duration | Recurrence | None:
    """The interval, duration or recurrence the whole text is, or None when it is none.

    Raises :class:`ParseError` for a text of such a shape that cannot be (an end
    before its start, a day that never exists).
    """
    from .parsing import MAX_LENGTH, _spell_numbers

    check_text(text, MAX_LENGTH)
    opts = check_options(
        tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar,
        prefer=prefer, warn=warn,
    )

    def tokens() -> tuple[Tokens, Callable[[int], int]] | None:
        norm, offsets = normalize_with_map(text)
        found = scan(norm)
        if "U" in found.kinds:  # number words: দুই সপ্তাহ (positions then point at the start)
            spoken = _spell_numbers(norm)
            if spoken is None:
                return None
            return scan(spoken), _start
        return found, (_same if offsets is None else offsets.to_original)

    return span_of(text, opts, tokens)


def _start(pos: int) -> int:
    return 0


def _same(pos: int) -> int:
    return pos


#: The token kinds a span needs one of (:func:`bn_datetime.reader.spans.match_at`): a range
#: a connector (``f`` থেকে, ``-``, ``&`` ও, ``p`` পর্যন্ত, ``/`` in ১৪/১৫ সেপ্টেম্বর; a range of weekdays too), a
#: duration or an estimate a unit (``m`` ``s`` ``u`` ``k``, or ``c`` a count glued to one: দুদিন), a recurrence প্রতি (``e``) or
#: সাপ্তাহিক ছুটি (``H``), a fiscal year অর্থবছর (``Y``), a repetition অন্তর/পরপর (``i``:
#: একদিন পরপর has no unit token). Without any of them every reader of ``match_at``
#: returns None before it resolves or refuses anything.
SPAN_KINDS: Final = "fp&-/msukeHYicbl"
_SPAN_KIND: Final = re.compile(f"[{re.escape(SPAN_KINDS)}]")


def may_be_span(kinds: str, start: int = 0, end: int | None = None) -> bool:
    """Whether tokens of these kinds (those from ``start`` to ``end``) may be read as a
    span (False: they never are). ``read`` and ``search`` both ask it, so a kind a new
    span needs is added once, here.

    >>> may_be_span("dMy,d:dA"), may_be_span("d-dMy"), may_be_span("du"), may_be_span("dMy du", 0, 3)
    (False, True, True, False)
    """
    return _SPAN_KIND.search(kinds, start, len(kinds) if end is None else end) is not None


def span_of(
    text: str,
    opts: Options,
    tokens: Callable[[], tuple[Tokens, Callable[[int], int]] | None],
) -> Interval | Duration | Recurrence | None:
    """:func:`read_span` after the checks: ``tokens()`` gives the tokens to read and the
    map of their offsets to ``text`` (None: no span), made only when ``now`` is usable."""
    zone = opts.zone
    base = opts.now if opts.now is not None else _tz.now(zone)
    try:
        base = _tz.localize(base, zone, "compatible") if base.tzinfo is None else base.astimezone(zone)
    except (OverflowError, ValueError):  # now at the very end of year 9999, in a zone ahead
        raise InvalidDateError(text, 0, reason="now is outside the years 1-9999 in this zone") from None
    got = tokens()
    if got is None:
        return None
    found, position = got
    ctx = Context(text, opts._replace(now=base), position)
    kinds = found.kinds
    first, stop = 0, len(kinds)
    while first < stop and kinds[first] in _LEAD:
        first += 1
    while stop > first and kinds[stop - 1] in _TRAIL:
        stop -= 1
    if first >= stop:
        return None
    result = match_at(found, first, stop, ctx)
    if result is None or result[0] != stop:
        return None
    value = result[1]
    if isinstance(value, Parsed):
        # ১৫ সেপ্টেম্বর থেকে ৫ দিন পর: a point counted from another (search finds it); a whole
        # text of that shape is not read as one point here (parse's grammar has no such form)
        return None
    return value


def _only(kind: type[_V], text: str, **options: object) -> _V:
    value = read(text, **options)  # type: ignore[arg-type]
    if not isinstance(value, kind):
        raise ParseError(
            text, 0, reason=f"{_NAMES[type(value)]}, not {_NAMES[kind]}", expected=_NAMES[kind]
        )
    return value


def parse_interval(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
) -> Interval:
    """The :class:`Interval` the whole text is; any other kind is a :class:`ParseError`.

    >>> parse_interval("২০১৭ সাল থেকে ২০২০ সাল পর্যন্ত").isoformat()
    '2017/2020'
    """
    return _only(
        Interval, text, tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar,
        prefer=prefer,
    )


def parse_duration(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
) -> Duration:
    """The :class:`Duration` the whole text is; any other kind is a :class:`ParseError`.

    >>> parse_duration("৩ ঘণ্টা ৪৫ মিনিট")
    Duration('PT3H45M')
    """
    return _only(
        Duration, text, tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar,
        prefer=prefer,
    )


def parse_recurrence(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
) -> Recurrence:
    """The :class:`Recurrence` the whole text is; any other kind is a :class:`ParseError`.

    >>> parse_recurrence("প্রতিবছর ২১ ফেব্রুয়ারি").isoformat()
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=21'
    """
    return _only(
        Recurrence, text, tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar,
        prefer=prefer,
    )
