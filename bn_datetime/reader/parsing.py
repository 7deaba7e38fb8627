"""``parse``, ``parse_result`` and ``to_iso``: the pipeline, start to end.

text ─ normalize ─► tokens (``_lexer``) ─► roles (``grammar``) ─► fields ─► ``components.resolve``

The news form alone (``১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম``), most of what scrapers feed,
is first tried in one step by :mod:`bn_datetime.reader._newsform`, with the same results.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from bn_datetime import tz as _tz
from bn_datetime._core import Tokens, scan, scan_kinds
from bn_datetime.errors import ParseError
from bn_datetime.options import CALENDARS, PREFERS, Options, Prefer, check_options
from bn_datetime.text.normalize import OffsetMap, normalize, normalize_with_map
from bn_datetime.tz import DISAMBIGUATE

from . import _newsform
from ._lexer import BENGALI_LETTERS, check_text
from .components import Parsed, resolve
from .fields import Fields
from .grammar import furthest, hour_range, roles

if TYPE_CHECKING:
    from bn_datetime.values import Duration, Interval, Recurrence

__all__ = ["MAX_LENGTH", "parse", "parse_result", "to_iso"]

#: Longer input is refused at once: a dateline is rarely over 100 characters.
MAX_LENGTH: Final = 512
_KIND_NAMES: Final = {
    "U": "an unknown word",
    "X": "a number too long to be part of a date",
}


def parse_result(
    text: str,
    pattern: str | None = None,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
) -> Parsed:
    """Parse ``text``; return the aware datetime with the precision the text carried.

    Arguments are those of :func:`parse`.

    >>> parse_result("শনিবার, ১৪ সেপ্টেম্বর ২০২৪").isoformat()
    '2024-09-14'
    """
    if _one_step(text, pattern, now, calendar, disambiguate, prefer):
        quick = _newsform.parsed(text, tz)
        if quick is not None:
            return quick
    attempt = _Attempt(text)
    try:
        return _full(text, pattern, tz, now, disambiguate, strict, calendar, prefer, attempt)
    except ParseError as exc:
        if pattern is None:
            _refuse_span(exc, attempt, tz, now, disambiguate, strict, calendar, prefer)
        raise


def _point_result(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
    attempt: _Attempt | None = None,
) -> Parsed:
    """:func:`parse_result` without its look at spans (what :func:`bn_datetime.read` tries
    first); a failure leaves what it saw in ``attempt`` for :func:`span_after`."""
    if _one_step(text, None, now, calendar, disambiguate, prefer):
        quick = _newsform.parsed(text, tz)
        if quick is not None:
            return quick
    return _full(text, None, tz, now, disambiguate, strict, calendar, prefer, attempt)


def _refuse_span(
    error: ParseError,
    attempt: _Attempt,
    tz: str | tzinfo,
    now: datetime | None,
    disambiguate: _tz.Disambiguate,
    strict: bool,
    calendar: str,
    prefer: Prefer | None,
) -> None:
    """A text that is an interval, a duration or a recurrence: say so, and name ``read``."""
    span = span_after(
        attempt, tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar,
        prefer=prefer, warn=False,
    )
    if span is None:
        return
    what = {"interval": "an interval", "duration": "a duration", "recurrence": "a recurrence"}[span.kind]
    raise ParseError(
        attempt.text, 0, reason=f"{what}, not one point in time: read() or parse_{span.kind}() reads it"
    ) from error


_UNSET: Final = object()


class _Attempt:
    """What a point reading of ``text`` saw before it failed, for the span reader.

    The point reader fills it in as it goes (the checked options, the normalised text,
    its kinds, the spelled-out text); the tokens with offsets and the offset map are made
    at most once, by whichever of the error message and the span reader asks first.

    >>> attempt = _Attempt("১০-১২ সেপ্টেম্বর ২০২৪")
    >>> attempt.norm = attempt.text
    >>> attempt.kinds = scan_kinds(attempt.norm)[0]
    >>> attempt.kinds, attempt.tokens().starts
    ('d-dMy', [0, 2, 3, 6, 17])
    """

    __slots__ = ("_offsets", "_spoken", "_tokens", "kinds", "norm", "opts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.opts: Options | None = None
        self.norm: str | None = None
        self.kinds: str | None = None  # the kinds of ``norm``
        self._tokens: Tokens | None = None
        self._offsets: object = _UNSET
        self._spoken: object = _UNSET

    def tokens(self) -> Tokens:
        """``scan(norm)``, made once."""
        if self._tokens is None:
            assert self.norm is not None
            self._tokens = scan(self.norm)
        return self._tokens

    def offsets(self) -> OffsetMap | None:
        """The offset map of ``normalize_with_map(text)``, made once."""
        if self._offsets is _UNSET:
            self._offsets = normalize_with_map(self.text)[1]
        return self._offsets  # type: ignore[return-value]

    def keep_spoken(self, spoken: tuple[str, str] | None) -> None:
        """What the point reader made of the number words (see :meth:`spoken`)."""
        self._spoken = spoken

    def spoken(self) -> tuple[str, str] | None:
        """``norm`` with its number words in digits, and its kinds; or None (made once)."""
        if self._spoken is _UNSET:
            assert self.norm is not None
            spelled = _spell_numbers(self.norm)
            self._spoken = None if spelled is None else (spelled, scan_kinds(spelled)[0])
        return self._spoken  # type: ignore[return-value]


def _nowhere(pos: int) -> int:
    return 0


def span_after(
    attempt: _Attempt,
    *,
    tz: str | tzinfo,
    now: datetime | None,
    disambiguate: _tz.Disambiguate,
    strict: bool,
    calendar: str,
    prefer: Prefer | None,
    warn: bool,
) -> Interval | Duration | Recurrence | None:
    """:func:`bn_datetime.reader.reading.read_span` of the text a point reading refused, with what
    that reading made (no second normalisation or scan), or None at once when the tokens
    hold no kind a span needs (:func:`bn_datetime.reader.reading.may_be_span`).

    >>> attempt = _Attempt("৩ ঘণ্টা")
    >>> _point_result(attempt.text, attempt=attempt)
    Traceback (most recent call last):
    ...
    bn_datetime.errors.ParseError: cannot parse '৩ ঘণ্টা': a duration, not a point in time: read() or parse_duration() reads it at position 0
    >>> span_after(attempt, tz="Asia/Dhaka", now=None, disambiguate="raise", strict=False,
    ...            calendar="bd", prefer=None, warn=True)
    Duration('PT3H')
    """
    from .reading import may_be_span, read_span, span_of

    opts, norm, kinds = attempt.opts, attempt.norm, attempt.kinds
    if opts is None or norm is None or kinds is None:  # refused before the tokens (too long)
        return read_span(
            attempt.text, tz=tz, now=now, disambiguate=disambiguate, strict=strict,
            calendar=calendar, prefer=prefer, warn=warn,
        )
    # the text the span reader reads: with number words in digits when there are unknown words
    spelled = "U" in kinds
    source = attempt.spoken() if spelled else (norm, kinds)
    # read_span refuses a ``now`` at the very ends of the calendar before it looks at tokens
    edge = opts.now is not None and not 1 < opts.now.year < 9999
    if not edge and (source is None or not may_be_span(source[1])):
        return None

    def tokens() -> tuple[Tokens, Callable[[int], int]] | None:
        if source is None:
            return None
        if spelled:  # positions in the spelled-out text are not the user's: its start
            return scan(source[0]), _nowhere
        offsets = attempt.offsets()
        return attempt.tokens(), (_same if offsets is None else offsets.to_original)

    return span_of(attempt.text, opts._replace(warn=warn), tokens)


def _same(pos: int) -> int:
    return pos


def _one_step(
    text: object,
    pattern: str | None,
    now: object,
    calendar: str,
    disambiguate: str,
    prefer: object = None,
) -> bool:
    """Whether the news form's one step (:mod:`._newsform`) may answer: no argument needs
    a check. It reads the text as given; a text it accepts is already normalised."""
    return (
        pattern is None
        and type(text) is str
        and (now is None or isinstance(now, datetime))
        and calendar in CALENDARS
        and disambiguate in DISAMBIGUATE
        and (prefer is None or prefer in PREFERS)
    )


def _full(
    text: str,
    pattern: str | None,
    tz: str | tzinfo,
    now: datetime | None,
    disambiguate: _tz.Disambiguate,
    strict: bool,
    calendar: str,
    prefer: Prefer | None = None,
    attempt: _Attempt | None = None,
) -> Parsed:
    """The whole pipeline, from the argument checks on (what it saw left in ``attempt``)."""
    check_text(text, MAX_LENGTH)
    opts = check_options(
        tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar, prefer=prefer
    )
    if attempt is None:
        attempt = _Attempt(text)
    attempt.opts = opts
    return _parse_result(text, normalize(text), opts, pattern, attempt)


def _parse_result(
    text: str, norm: str, opts: Options, pattern: str | None, attempt: _Attempt | None = None
) -> Parsed:
    """``parse_result`` after the checks: the full pipeline."""
    if attempt is None:
        attempt = _Attempt(text)
    attempt.norm = norm
    if pattern is not None:
        from .pattern import compile_pattern

        pattern_fields = compile_pattern(pattern).parse(norm, text)

        def where_pattern(role: str) -> int:
            return 0

        return resolve(pattern_fields, text, where_pattern, opts)
    kinds, values = scan_kinds(norm)
    attempt.kinds = kinds
    shape = _shape(kinds)
    spelled = False
    if shape is None:
        error = _error(text, norm, kinds, attempt)
        spoken = _spell_numbers(norm) if "U" in kinds else None
        if spoken is None:
            if "U" in kinds:
                attempt.keep_spoken(None)
            raise error
        # a spoken date ("চৌদ্দ সেপ্টেম্বর দুই হাজার চব্বিশ"): read again with digits
        norm = spoken
        spelled = True
        kinds, values = scan_kinds(norm)
        attempt.keep_spoken((spoken, kinds))
        shape = _shape(kinds)
        if shape is None:
            if _DURATION.fullmatch(kinds):
                raise ParseError(text, 0, reason="a duration, not a point in time: read() or parse_duration() reads it")
            raise error
    found, beyond = shape
    if beyond:
        fields = _beyond_kinds(text, norm, kinds, values, found, attempt)
    else:  # a token without a value (a sign, টা, এখন) stands for itself: its kind
        fields = Fields.from_kinds(kinds, values, found)

    def where(role: str) -> int:
        if spelled:  # offsets in the text with number words written as digits: not the user's
            return 0
        return _original_position(attempt, found, role)

    return resolve(fields, text, where, opts)


@lru_cache(maxsize=2048)
def _shape(kinds: str) -> tuple[Mapping[str, int], bool] | None:
    """:func:`roles` of ``kinds``, and whether the reading needs more than the kinds and
    values (:func:`_beyond_kinds`): a year of one or two digits, a minute after a dot or
    hyphen, a fraction of a second, a part of the day, or what may be a range of hours.
    A fact of the kind string, kept beside the grammar's memo (never the text).

    >>> _shape("dMy,d:dA")
    ({'day': 0, 'month': 1, 'year': 2, 'hour': 4, 'minute': 6, 'ampm': 7}, False)
    >>> _shape("dMd")[1], _shape("Pd-dt")[1], _shape("dMyU")
    (True, True, None)
    """
    found = roles(kinds)
    if found is None:
        return None
    minute = found.get("minute")
    beyond = (
        ("year" in found and kinds[found["year"]] == "d")
        or (minute is not None and kinds[minute - 1 : minute] in ("-", ".") and kinds[minute] == "d")
        or (minute is not None and kinds[minute - 1 : minute] == "-" and kinds[minute + 1 : minute + 2] == "t")
        or "fraction" in found
        or "dayperiod" in found
    )
    return found, beyond


def _beyond_kinds(
    text: str, norm: str, kinds: str, values: list[object], found: Mapping[str, int], attempt: _Attempt
) -> Fields:
    """The reading of a shape :func:`_shape` says needs more than the kinds and values:
    a range of hours refused, the digits of a year or minute counted, a fraction's text and
    মধ্যরাত read from the text."""
    if hour_range(kinds, values, found):  # সকাল ৮-৯টায়: from 8 to 9, read() reads it
        raise ParseError(
            text, _original_position(attempt, found, "minute"), reason="a range of hours, not a clock time"
        )
    # a token without a value (a sign, টা, এখন) stands for itself: its kind
    fields = Fields.from_kinds(kinds, values, found)
    if fields.year is not None and kinds[found["year"]] == "d":  # "২৪" is 2024; "১" is no year
        index = found["year"]
        if fields.year >= 10:
            fields.yeardigits = 2
        else:  # "০৯" or "৯": only the text tells (read again, rarely)
            spans = scan(norm)
            # a year in words (তিন) has the digits of its value, not its letters: no year
            in_digits = spans.in_digits(index)
            fields.yeardigits = spans.ends[index] - spans.starts[index] if in_digits else 1
    minute_at = found.get("minute")
    if minute_at and "hour" in found and kinds[minute_at - 1] in ".-" and kinds[minute_at] == "d":
        spans = scan(norm)  # ৮.৯টায়: a minute after a dot or hyphen keeps its digit count
        fields.minutedigits = spans.ends[minute_at] - spans.starts[minute_at]
    if "fraction" in found:
        spans = scan(norm)
        index = found["fraction"]
        fields.fractiontext = norm[spans.starts[index] : spans.ends[index]]
    if "dayperiod" in found:  # বৃহস্পতিবার মধ্যরাতে: the midnight that ends Thursday
        spans = scan(norm)
        index = found["dayperiod"]
        fields.end_at_midnight(norm[spans.starts[index] : spans.ends[index]])
    return fields


_WORD: Final = re.compile(f"[{BENGALI_LETTERS}]+")
_DURATION: Final = re.compile("[Lx:gV]*(?:[dqyNv][msuk][,x&]*|k)+[VD]*[.,|]?")


def _spell_numbers(norm: str) -> str | None:
    """``norm`` with number words and date-ordinal words written in digits, or None.

    >>> _spell_numbers("একুশে ফেব্রুয়ারি উনিশশো বাহান্ন")
    '21 ফেব্রুয়ারি 1952'
    """
    from bn_datetime.numerals.numwords import match_date_ordinal, match_number_words

    pieces: list[str] = []
    done = 0
    for word in _WORD.finditer(norm):
        start = word.start()
        if start < done:
            continue
        found = match_date_ordinal(norm, start) or match_number_words(norm, start, counters=False)
        if found is None or not isinstance(found[0], int):
            continue
        pieces += [norm[done:start], str(found[0])]
        done = found[1]
    if not pieces:
        return None
    pieces.append(norm[done:])
    return "".join(pieces)


def _original_position(attempt: _Attempt, found: Mapping[str, int], role: str) -> int:
    spans = attempt.tokens()
    index = found.get(role)
    if index is None:
        index = found.get(role.lstrip("n"), None)
    if index is None or index >= len(spans.starts):
        return 0
    offsets = attempt.offsets()
    start = spans.starts[index]
    return start if offsets is None else offsets.to_original(start)


def _error(text: str, norm: str, kinds: str, attempt: _Attempt) -> ParseError:
    if not text.strip():
        return ParseError(text, 0, expected="a date or a time", reason="empty input")
    spans = attempt.tokens()
    offsets = attempt.offsets()

    def at(index: int) -> int:
        if index >= len(spans.starts):
            return len(text)
        start = spans.starts[index]
        return start if offsets is None else offsets.to_original(start)

    for index, kind in enumerate(kinds):
        if kind in _KIND_NAMES:
            word = norm[spans.starts[index] : spans.ends[index]]
            shown = word if len(word) <= 20 else word[:20] + "…"
            what = _KIND_NAMES[kind]
            if len(word) == 1 and not ("\u0980" <= word <= "\u09ff" or word.isalpha()):
                what = "an unexpected character"
            return ParseError(text, at(index), reason=f"{what} {shown!r}")
    if _DURATION.fullmatch(kinds):
        return ParseError(
            text, at(0), reason="a duration, not a point in time: read() or parse_duration() reads it"
        )
    if "r" in kinds and "gr" not in kinds:
        index = kinds.index("r")
        return ParseError(
            text, at(index), reason="পরশু/তরশু needs গত or আগামী to say which way"
        )
    good = furthest(kinds)
    if good == 0:
        return ParseError(text, at(0), expected="a date or a time")
    if good >= len(kinds):  # pragma: no cover - a full match would have parsed
        return ParseError(text, len(text), expected="more")
    word = norm[spans.starts[good] : spans.ends[good]]
    return ParseError(text, at(good), reason=f"unexpected {word!r}", expected="end of text")


def parse(
    text: str,
    pattern: str | None = None,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
) -> datetime:
    """Parse Bengali (or mixed) date/time text into an aware ``datetime``.

    Args:
        text: the text, in any digit script and either Unicode encoding of য় ড় ঢ়.
        pattern: a UTS #35 pattern or style name for strict parsing of one form
            (``"dd MMMM y, hh:mm a"``, ``"news"``); ``None`` uses the free grammar.
        tz: the zone of wall-clock times in the text (name, pytz, zoneinfo or fixed
            offset); a zone or offset written in the text wins.
        now: the base for আজ, গতকাল, a bare time or a year-less date; defaults to
            the current time (the system time zone is never read).
        disambiguate: for a time skipped or repeated by a clock change:
            ``"raise"``, ``"earlier"``, ``"later"`` or ``"compatible"``.
        strict: turn a contradicting weekday or calendar into an error instead of
            a warning.
        calendar: the rules for Bangla-calendar dates (``"bd"``, ``"bd-2019"``,
            ``"bd-1987"``, ``"wb"``, ``"wb-drik"``).
        prefer: which way a bare weekday or a date without a year points:
            ``"past"``, ``"future"`` or ``"nearest"``; ``None`` (the default) reads a
            weekday as the latest up to today and a date as the nearest.

    A text with a date but no time gives midnight; use :func:`parse_result` or
    :func:`to_iso` to keep the precision.

    >>> parse("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম").isoformat()
    '2024-09-14T18:42:00+06:00'
    >>> parse("২০ জুন ২০০৯, ১০:০০ এএম").isoformat()
    '2009-06-20T10:00:00+07:00'
    >>> parse("একুশে ফেব্রুয়ারি উনিশশো বাহান্ন").date().isoformat()
    '1952-02-21'
    """
    return parse_result(
        text,
        pattern,
        tz=tz,
        now=now,
        disambiguate=disambiguate,
        strict=strict,
        calendar=calendar,
        prefer=prefer,
    ).value


def to_iso(
    text: str,
    pattern: str | None = None,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
    prefer: Prefer | None = None,
) -> str:
    """ISO 8601 for what ``text`` denotes, at the precision it carries (arguments as
    :func:`parse`): a point, an interval (``start/end``), a duration (``PT1H30M``) or a
    recurrence (RFC 5545 ``FREQ=…``), as :func:`bn_datetime.read` reads it. A recurrence
    with a count in each period (``মাসে দুইবার``) has no RRULE form and is refused here
    (``read`` gives it).

    >>> to_iso("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
    '2024-09-14T18:42:00+06:00'
    >>> to_iso("শনিবার, ১৪ সেপ্টেম্বর ২০২৪")
    '2024-09-14'
    >>> to_iso("২০২৪ সাল"), to_iso("সেপ্টেম্বর ২০২৪")
    ('2024', '2024-09')
    >>> to_iso("১০-১২ সেপ্টেম্বর ২০২৪"), to_iso("দেড় ঘণ্টা"), to_iso("প্রতি শুক্রবার")
    ('2024-09-10/2024-09-12', 'PT1H30M', 'FREQ=WEEKLY;BYDAY=FR')
    """
    if _one_step(text, pattern, now, calendar, disambiguate, prefer):
        quick = _newsform.iso(text, tz)
        if quick is not None:
            return quick
    attempt = _Attempt(text)
    try:
        return _full(text, pattern, tz, now, disambiguate, strict, calendar, prefer, attempt).isoformat()
    except ParseError:
        if pattern is not None:
            raise
        span = span_after(
            attempt, tz=tz, now=now, disambiguate=disambiguate, strict=strict, calendar=calendar,
            prefer=prefer, warn=True,
        )
        if span is None:
            raise
        if getattr(span, "times", None) is not None:
            # মাসে দুইবার: RRULE cannot say "twice in each month", and FREQ=MONTHLY alone
            # would say once: no text rather than a part of the meaning
            raise ParseError(
                text, 0, reason="a count in each period (মাসে দুইবার) has no RRULE form: read() gives it (Recurrence.times)"
            ) from None
        return span.isoformat()
