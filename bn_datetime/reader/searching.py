"""``search``: dates, times, intervals, durations and recurrences in running text.

The text is normalised once (with a map back to the original offsets) and split into
tokens with positions (:func:`bn_datetime.reader._lexer.scan` in its ``runs`` mode). Runs of
date-like tokens — cut at unknown words and at line breaks — are tried against the span
grammar (:mod:`bn_datetime.reader.spans`) and the point grammar, longest first from each
start, and at most a fixed number of tokens long, so the work is linear in the text.
Each expression is one match (a range is one interval, never its last day). A window
the grammar accepts is resolved exactly as :func:`bn_datetime.read` would; then a few
rules keep ordinary words from passing for dates (precision over recall):

* a short weekday (রবি, সোম, মঙ্গল, বুধ, বৃহস্পতি, শুক্র, শনি) or a month alone is
  a date only in a date's company; a month alone counts when it is inflected
  (সেপ্টেম্বরে, জুনের): a bare name like জুন is as often part of a list or a name, and
  "জুন মাসে" needs গত/আগামী/এই to say which June;
* এখন ("now") alone, a number with টা alone (also a counter: "১০টা বই") and a bare
  clock reading with a one-digit minute (a score, "২:১") are not dates;
* a number and a unit with no আগে/পরে (`৩০ মাসেরও বেশি`, `সাত দিনে`) is a duration;
* short weekdays alone in a span (`শুক্র ও শনি`, also Venus and Saturn) are no span.

Labels and separators around a match are left out of its span.

>>> from datetime import datetime
>>> [(m.text, m.isoformat()) for m in search(
...     "প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম। শনিবার সাত দিনে ১৭ লাখ টাকা",
...     now=datetime(2024, 9, 14, 20, 0))]
[('১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম', '2024-09-14T18:42:00+06:00'), ('শনিবার', '2024-09-14'), ('সাত দিনে', 'P7D')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import Final, NamedTuple

from bn_datetime import lexicon as lx
from bn_datetime import tz as _tz
from bn_datetime._core import scan
from bn_datetime.errors import (
    BnDatetimeWarning,
    CalendarMismatchWarning,
    ParseError,
    WeekdayMismatchWarning,
    warn_at_caller,
)
from bn_datetime.options import Options, Prefer, check_options
from bn_datetime.text.normalize import normalize_with_map
from bn_datetime.text.urls import URL
from bn_datetime.values import Duration, Interval, Kind, Parsed, Precision, Recurrence, Value

from ._lexer import BASE_WORDS, BENGALI_LETTERS, BREAK, Tokens
from .components import in_usage, is_night_twelve, resolve
from .fields import DATE_ROLES, Fields, offset_steps
from .grammar import YEAR_MARK, hour_range, search_roles
from .reading import may_be_span
from .sentences import Found, Sentences, in_context
from .spans import DAYS_ONLY, Context, day_list, duration_of, match_at, year_in_words

__all__ = ["MAX_TOKENS", "Match", "iter_search", "search"]

#: The longest window, in tokens, tried as one date (a full dateline is about 15).
MAX_TOKENS: Final = 24
_PERIOD_KIND: Final = re.compile("P")  # a day period's token (রাতে)
# Kinds a match may start with (c: একদিন পরপর; m, s, l: মিনিট পাঁচেক), and those trimmed off its ends.
_STARTS: Final = frozenset("dqyMGJWRrngPFhvxALekuHVZcmsl")
_LEAD: Final = frozenset("L:,|-x.")
# Where the sentence's direction may change a reading: a weekday, a month name, a numeric
# date's mark (the resolver asks prefer only of a bare weekday and a date without its year).
# A window with none of them is read the same in any sentence: its sentence is not classified.
_PREFER_MATTERS: Final = re.compile("[WM/\\-.]")
_SPAN_LEAD: Final = frozenset("L:,|-.")  # প্রায় (x) begins a duration: kept
_TRAIL: Final = frozenset(".,|-:")


class Match(NamedTuple):
    """A date, time, interval, duration or recurrence found in text.

    ``start``/``end`` index the text as given; ``kind`` says what was found
    (``"date"``, ``"time"``, ``"datetime"``, ``"interval"``, ``"duration"``,
    ``"recurrence"``) and ``result`` is the typed value (:class:`Parsed`,
    :class:`Interval`, :class:`Duration`, :class:`Recurrence`). For a point, ``value``
    and ``precision`` are its datetime and precision; for an interval, those of its
    first end; for a duration or a recurrence, ``None``. ``warnings`` holds the
    documented mismatch warnings of the expression (a weekday or a relative word that
    contradicts the date, two calendars printed side by side that name different days),
    as :func:`bn_datetime.to_iso` gives them; :func:`search` also emits them.
    """

    start: int
    end: int
    text: str
    value: datetime | None
    precision: Precision | None
    calendar: str
    kind: Kind = "datetime"
    result: Value | None = None
    warnings: tuple[BnDatetimeWarning, ...] = ()

    def isoformat(self) -> str:
        """ISO 8601 of what was found (as :func:`bn_datetime.to_iso`)."""
        if self.result is not None:
            return self.result.isoformat()
        assert self.value is not None
        assert self.precision is not None
        return Parsed(self.value, self.precision, self.calendar).isoformat()


#: A mismatch a match carries: its warning's category and reason (the resolver's notes).
Note = tuple[type[Warning], str]


def _match(start: int, end: int, text: str, result: Value, notes: tuple[Note, ...] = ()) -> Match:
    said = tuple(_warning(category, f"{text!r}: {reason}") for category, reason in dict.fromkeys(notes))
    if isinstance(result, Parsed):
        return Match(start, end, text, result.value, result.precision, result.calendar, result.kind, result, said)
    if isinstance(result, Interval):
        first = result.start if result.start is not None else result.end
        assert first is not None
        return Match(start, end, text, first.value, first.precision, first.calendar, "interval", result, said)
    return Match(start, end, text, None, None, "gregorian", result.kind, result, said)


def _warning(category: type[Warning], message: str) -> BnDatetimeWarning:
    made = category(message)
    assert isinstance(made, BnDatetimeWarning)
    return made


def search(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    calendar: str = "bd",
    disambiguate: _tz.Disambiguate = "compatible",
    prefer: Prefer | None = None,
) -> list[Match]:
    """Every date, time, interval, duration and recurrence in ``text``, in order,
    without overlaps.

    Arguments are those of :func:`bn_datetime.parse`; ``now`` matters for relative
    expressions (গতকাল, ২ ঘণ্টা আগে) and dates without a year. A dateline printing
    several calendars gives one match per calendar, each with its ``calendar``.
    Without ``prefer``, the sentence decides which way a bare weekday or a date without
    a year points: in a sentence about the future (a verb in the future tense: হবে,
    করবেন …) the next one, otherwise as :func:`bn_datetime.parse` reads it.
    Time is linear in the length of the text.
    """
    return list(
        iter_search(text, tz=tz, now=now, calendar=calendar, disambiguate=disambiguate, prefer=prefer)
    )


def iter_search(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    calendar: str = "bd",
    disambiguate: _tz.Disambiguate = "compatible",
    prefer: Prefer | None = None,
) -> Iterator[Match]:
    """:func:`search`, one match at a time.

    A match's :attr:`Match.warnings` are emitted (``warnings.warn``, pointing at the
    caller) as it is given out.
    """
    return _emitted(
        unwarned_search(text, tz=tz, now=now, calendar=calendar, disambiguate=disambiguate, prefer=prefer)
    )


def unwarned_search(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    calendar: str = "bd",
    disambiguate: _tz.Disambiguate = "compatible",
    prefer: Prefer | None = None,
) -> Iterator[Match]:
    """:func:`iter_search` without emitting the warnings (each match still carries its own in
    :attr:`Match.warnings`): for the package's own readers of text that only need where the
    dates are, such as :func:`bn_datetime.verbalize`, which speaks a date as written whether
    or not its weekday fits.
    """
    if not isinstance(text, str):
        msg = f"search() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    opts = check_options(
        tz=tz, now=now, disambiguate=disambiguate, calendar=calendar, prefer=prefer, warn=False
    )
    return _paired(_matches(text, opts), text, _tz.zone_name(opts.zone) in _INDIA)


def _emitted(matches: Iterator[Match]) -> Iterator[Match]:
    for match in matches:
        for said in match.warnings:
            warn_at_caller(str(said), type(said))
        yield match


def _matches(text: str, opts: Options) -> Iterator[Match]:
    # the resolver adds each mismatch it finds to this call's own list (thread-safe: no
    # global warning filters); each match takes those of its own reading
    opts = opts._replace(notes=[])
    zone = opts.zone
    base = opts.now if opts.now is not None else _tz.now(zone)
    if base.utcoffset() is None:
        base = _tz.localize(base.replace(tzinfo=None), zone, "compatible")
    opts = opts._replace(now=base.astimezone(zone))
    position = 0
    done = 0  # where the last match ended: matches never overlap
    length = len(text)
    while position < length:
        end = _chunk_end(text, position)
        exact = end >= length or text[end - 1] == "\n"
        # a chunk cut inside a long line keeps only the matches that start early enough
        # to lie wholly inside it; the next chunk starts again _MARGIN before the cut
        limit = end if exact else end - _MARGIN
        for match in _search_chunk(text, position, end, opts):
            if match.start < done or match.end - match.start > _MARGIN:
                continue
            if match.start >= limit:
                break
            done = match.end
            yield match
        position = end if exact else _next_start(text, max(done, limit), position)


#: What may stand between a masthead's Gregorian date and its Bangla one.
_PAIR_GAP: Final = re.compile("[ \\t,;|\u0964()\\[\\]/\\-\u2013\u2014]*")
#: The Bangla calendars a printed pair may be reckoned by, tried in this order.
_BANGLA_CALENDARS: Final = ("bd", "bd-2019", "bd-1987", "wb", "wb-drik")
#: The zones whose pages may print West Bengal's Bangla date (a Bangladeshi page's Bangla
#: date is read as it says, under the calendar asked for).
_INDIA: Final = frozenset(("Asia/Kolkata", "Asia/Calcutta"))


def _paired(matches: Iterator[Match], text: str, india: bool) -> Iterator[Match]:
    """Dates of two calendars printed side by side (a masthead's) checked against each
    other: in India's zone, a Bangla date re-read by the calendar they agree in (a page
    there may reckon by West Bengal's); when they still name different days, both carry
    a :class:`~bn_datetime.errors.CalendarMismatchWarning`, as :func:`bn_datetime.to_iso`
    gives for the pair. One match is held back until the next is known.
    """
    held: Match | None = None
    gregorian: Match | None = None  # the Gregorian date of the printed group ``held`` ends
    for match in matches:
        if held is not None:
            if _PAIR_GAP.fullmatch(text, held.end, match.start) is None:
                gregorian = None
            else:
                if india:
                    match = _printed_pair(held, match, text)
                if held.calendar == "gregorian":
                    gregorian = held
                other = held if match.calendar == "gregorian" else gregorian
                said = None if other is None else _disagree(other, match, text)
                if said is not None:
                    if other is held:
                        held = held._replace(warnings=(*held.warnings, said))
                    match = match._replace(warnings=(*match.warnings, said))
                    page_day = _page_weekday(held, match)
                    if page_day is not None:
                        weekday, held = page_day
                        yield weekday
            yield held
        held = match
    if held is not None:
        yield held


def _page_weekday(dated: Match, gregorian: Match) -> tuple[Match, Match] | None:
    """A masthead's weekday that is the day of its Gregorian date, not of the other
    calendar's date it is printed before, as its own match: ``(weekday, dated without it)``.

    In ``সোমবার, ২৮ পৌষ ১৪৩১, ১৩ জানুয়ারি ২০২৫`` the Bangla date (12 January under the
    rules asked for) is a day behind the Gregorian one, a Monday: the weekday names the
    page's day, the Gregorian date, and the Bangla date keeps its own value and its
    calendar warning, without a weekday mismatch that was never its own. None when the
    weekday fits the dated match, names another day than the Gregorian date, or is not
    where the dated match begins.
    """
    if (
        dated.calendar == "gregorian"
        or gregorian.calendar != "gregorian"
        or dated.kind != "date"
        or gregorian.kind != "date"
        or dated.precision != "day"
        or gregorian.precision != "day"
        or gregorian.value is None
        or not any(isinstance(said, WeekdayMismatchWarning) for said in dated.warnings)
    ):
        return None
    norm, offsets = normalize_with_map(dated.text)
    tokens = scan(norm)
    if len(tokens.kinds) < 2 or tokens.kinds[0] != "W" or tokens.values[0] != gregorian.value.weekday():
        return None
    rest = 1
    while rest < len(tokens.kinds) and tokens.kinds[rest] in _LEAD:
        rest += 1
    if rest == len(tokens.kinds):
        return None

    def original(pos: int) -> int:
        return dated.start + (pos if offsets is None else offsets.to_original(pos))

    end, start = original(tokens.ends[0]), original(tokens.starts[rest])
    day = Parsed(gregorian.value, "day", "gregorian")
    weekday = Match(dated.start, end, dated.text[: end - dated.start], day.value, "day", "gregorian", "date", day)
    kept = tuple(said for said in dated.warnings if not isinstance(said, WeekdayMismatchWarning))
    return weekday, dated._replace(start=start, text=dated.text[start - dated.start :], warnings=kept)


def _names_a_day(match: Match) -> bool:
    """A date to the day, or a day with its time (``২৪ এপ্রিল ২০২১ | রাত্রি ৭/৫০/৪৮``): what a
    date of another calendar printed beside it is checked against. A weekday alone
    (``মঙ্গলবার।``) prints no date: the day it is resolved to is not checked."""
    if match.kind == "datetime":
        return True
    return match.kind == "date" and match.precision == "day" and not _weekday_alone(match)


def _weekday_alone(match: Match) -> bool:
    """Whether the match is a weekday and nothing more (its separators aside)."""
    kinds = scan(normalize_with_map(match.text)[0]).kinds
    return kinds.strip(_LEAD_KINDS) == "W"


_LEAD_KINDS: Final = "".join(sorted(_LEAD))


def _disagree(first: Match, second: Match, text: str) -> CalendarMismatchWarning | None:
    """The warning for a Gregorian date and a Bangla or Hijri one printed together
    (``first`` before ``second``) that name different days, or None."""
    if not (_names_a_day(first) and _names_a_day(second)):
        return None
    if "gregorian" not in (first.calendar, second.calendar) or first.calendar == second.calendar:
        return None
    greg, other = (first, second) if first.calendar == "gregorian" else (second, first)
    assert greg.value is not None
    assert other.value is not None
    day, means = greg.value.date(), other.value.date()
    hijri = other.calendar == "hijri"
    if abs((means - day).days) <= (1 if hijri else 0):  # a Hijri month may begin a day either way
        return None
    reason = (
        f"the {'Hijri' if hijri else 'Bangla'} date means {means.isoformat()} under "
        f"{other.calendar!r}, the Gregorian date {day.isoformat()} wins"
    )
    return CalendarMismatchWarning(f"{text[first.start : second.end]!r}: {reason}")


def _printed_pair(previous: Match | None, match: Match, text: str) -> Match:
    """A Bangla date printed beside a Gregorian one, re-read by the calendar they agree in.

    A West Bengal masthead (``১৪ সেপ্টেম্বর ২০২৪ ইং, ২৮ ভাদ্র ১৪৩১ বঙ্গাব্দ``) reckons by
    the West Bengal calendar: searched in India's zone, when the Bangla date disagrees
    with the Gregorian date beside it under the calendar asked for and agrees under
    another, it is read by that one (``match.calendar`` says which).
    """
    if (
        previous is None
        or previous.calendar != "gregorian"
        or not _names_a_day(previous)
        or previous.precision != "day"
        or match.precision != "day"
        or match.calendar not in _BANGLA_CALENDARS
        or previous.value is None
        or match.value is None
        or previous.value.date() == match.value.date()
        or _PAIR_GAP.fullmatch(text, previous.end, match.start) is None
    ):
        return match
    from bn_datetime.calendars.bangla_calendar import bangla_to_gregorian, gregorian_to_bangla

    printed = gregorian_to_bangla(match.value.date(), calendar=match.calendar)
    for other in _BANGLA_CALENDARS:
        if other == match.calendar:
            continue
        try:
            day = bangla_to_gregorian(printed.year, printed.month, printed.day, calendar=other)
        except ValueError:
            continue
        if day == previous.value.date():
            result = Parsed(previous.value, "day", other)
            return match._replace(value=result.value, calendar=other, result=result)
    return match


#: Text is searched in pieces of about this many characters, cut at line breaks (or,
#: in a very long line, at a space, with an overlap of _MARGIN), so that the work and
#: the memory in use stay proportional to the piece, not to the whole text.
_CHUNK: Final = 8192
#: The longest match, in characters; longer windows are not dates.
_MARGIN: Final = 512


def _chunk_end(text: str, start: int) -> int:
    length = len(text)
    if length - start <= _CHUNK:
        return length
    newline = text.find("\n", start + _CHUNK, start + 4 * _CHUNK)
    if newline != -1:
        return newline + 1
    space = text.find(" ", start + _CHUNK, start + 2 * _CHUNK)
    return space if space != -1 else start + 2 * _CHUNK


def _next_start(text: str, at: int, previous: int) -> int:
    """The next chunk begins just after a space at or after ``at`` (and always moves on)."""
    space = text.find(" ", at)
    return max(space + 1 if space != -1 else at, previous + 1)


def _search_chunk(
    text: str,
    base: int,
    end: int,
    opts: Options,
) -> Iterator[Match]:
    piece = text[base:end]
    norm, offsets = normalize_with_map(piece)
    tokens = _outside_urls(scan(norm, runs=True))
    kinds = tokens.kinds

    def original(pos: int) -> int:
        return base + (pos if offsets is None else offsets.to_original(pos))

    prefer = opts.prefer
    base_ctx = Context(text, opts, original)
    sentences = Sentences(norm)
    tensed = prefer is None  # without prefer, the sentence's tense decides
    found_here: list[Found] = []
    lone: list[tuple[int, int, int]] = []  # day periods alone (রাতে): (start, end, sentence)
    periods = [m.start() for m in _PERIOD_KIND.finditer(kinds)]  # day periods (রাতে), in order
    notes = opts.notes
    assert notes is not None  # the search's own list
    noted: dict[int, tuple[Note, ...]] = {}  # a kept match's mismatches, by where it ends
    kept_tokens: list[int] = []  # the token after each kept match

    def keep(first: int, last: int, result: Value, said: list[Note] | None = None, **more: object) -> None:
        if isinstance(result, Duration) and (
            _an_age(norm, tokens.starts[first], tokens.ends[last - 1])
            or norm[tokens.starts[first] : tokens.ends[last - 1]] in _SOMEDAY
        ):
            return  # ৫২ বছর বয়সী একজন: a person's age; একদিন সে আসবে: someday; no length of time
        if _an_amount_or_repeat(result, norm, tokens.ends[last - 1]):
            return  # ১২০০-১৫০০ টাকা: money, not years; ৬ ঘণ্টা অন্তর: every six hours
        if not isinstance(result, Recurrence) and _after_every(norm, tokens.starts[first]):
            return  # প্রতি দুই সপ্তাহে: every two weeks, not a length; প্রতি ২৯ ফেব্রুয়ারি: not one day
        if isinstance(result, Recurrence) and _a_count_follows(norm, tokens.ends[last - 1]):
            return  # প্রতি মাসে দুইবার: twice a month, which no Recurrence holds; FREQ=MONTHLY is wrong
        start, stop_at = original(tokens.starts[first]), original(tokens.ends[last - 1])
        if text.startswith(")", stop_at) and text.count("(", start, stop_at) > text.count(")", start, stop_at):
            stop_at += 1  # শুক্রবার (১৩ সেপ্টেম্বর): the bracket the match opened closes in it
        index = sentences.index(tokens.starts[first])
        window = kinds[first:last]
        if isinstance(result, (Parsed, Interval)) and "M" in window and "U" not in window:
            if DAYS_ONLY.issuperset(window):  # ৬ আগস্ট, ৫ থেকে ৬ আগস্ট: a list may give it its year
                more["yearless"] = True
            elif "y" in window and (year := _printed_year(result)) is not None:
                more["year"] = year
        elif isinstance(result, Parsed) and result.precision == "year" and _YEAR_FIRST.fullmatch(window):
            more["year"] = result.value.year  # ২০২৩ সালের (৫ ও ৬ আগস্ট): rule 10
        found_here.append(Found(start, stop_at, result, index, **more))  # type: ignore[arg-type]
        kept_tokens.append(last)
        if said:
            noted[stop_at] = tuple(said)

    def drop_last_at(k: int) -> bool:
        """Drop the last kept match when it ends right before token ``k``, in one run."""
        if not kept_tokens or kept_tokens[-1] != k or k == 0 or kinds[k - 1] in _RUN_BREAKS:
            return False
        kept_tokens.pop()
        noted.pop(found_here.pop().end, None)
        return True

    for run in _runs().finditer(kinds):
        i, stop = run.span()
        while i < stop:
            if kinds[i] not in _STARTS:
                i += 1
                continue
            if kinds[i] == "L":  # অফিস সময়: রবি-বৃহস্পতি …: read what the label introduces
                i = _past_label(kinds, i, min(stop, i + MAX_TOKENS))
            limit = min(stop, i + MAX_TOKENS)
            if limit == stop and limit - 1 > i and _closed_day_ends(tokens, limit):
                limit -= 1  # সকাল ১০টা – রাত ৮টা (সোমবার বন্ধ): Monday is the day it is closed
            here = prefer
            if tensed and _PREFER_MATTERS.search(kinds, i, limit) is not None:
                here = sentences.prefer_at(tokens.starts[i])
            if here == "future" and _dateline_date(kinds, i):
                here = None  # কলকাতা, ১২ সেপ্টেম্বর: … হতে পারে: the page's date, not a day ahead
            ctx = base_ctx if here == prefer else base_ctx._replace(opts=opts._replace(prefer=here))
            span = None
            del notes[:]
            found = _longest(tokens, i, limit)
            while found is not None and _glued_after(tokens, found[0]):
                # সকাল ১১টায় ১২/৩ নং কক্ষে: the room's number is not the minutes, the clock stays
                found = _longest(tokens, i, found[0] - 1)
            if found is not None and _zone_of_the_next(tokens, found, limit):
                # স্থানীয় সময় দুপুর ২টায় (বাংলাদেশ সময় বিকেল ৩টা): the zone is the next time's
                found = _longest(tokens, i, found[0] - 1)
            # a point with its UTC offset (…T10:00:00-05:00, ১০:০০ GMT -০৫:০০): the offset's
            # minus is no range dash, whatever a range reading would make of it
            offset = found is not None and "tzsign" in found[1]
            if may_be_span(kinds, i, limit):  # a window with no span kind is never a span
                try:
                    span = match_at(tokens, i, limit, ctx)
                except ParseError:
                    if not offset:
                        # a range whose end is before its start: no part of it either, nor
                        # the point glued before it (২০২৪ সালের ১৫ থেকে ১০ সেপ্টেম্বর)
                        drop_last_at(i)
                        i = _after_refused(tokens, i, limit)
                        continue
            span_notes = notes[:]
            if span is not None and not _keep_span(tokens, i, span[0]):
                span = None
            if span is None and kinds[i] in "dMy":
                # ৫ ও ৭ সেপ্টেম্বর, জানুয়ারির ৫ ও ৭ তারিখে: each day of the list, not only the one
                # printed with the month
                del notes[:]
                try:
                    listed = day_list(tokens, i, limit, ctx)
                except ParseError:
                    listed = None
                if listed is not None:
                    days, resume, year = listed
                    for k, (first, last, day) in enumerate(days):
                        said = notes[:] if k == len(days) - 1 else None  # (শনিবার) after the last: its own
                        keep(first, last, day, said, year=year, yearless=year is None)
                    i = resume
                    continue
            # the longer reading wins; a tie goes to the span, but for a length, or a point
            # with its offset, to the point (১১.৩০ মিনিট is a clock time, not eleven minutes
            # and a fraction)
            if span is not None and (
                found is None
                or span[0] > found[0]
                or (span[0] == found[0] and not isinstance(span[1], Duration) and not offset)
            ):
                j = span[0]
                first, last = _trim(kinds, i, j, _SPAN_LEAD)
                keep(first, last, span[1], span_notes, weekdays=_weekdays_alone(tokens, first, last))
                i = j
                if isinstance(span[1], Recurrence) and span[1].time is not None:
                    # প্রতিদিন রাত ৮টা ও ১০টায়: the same days at the other time too, not the first alone
                    also = _another_time(tokens, first, j, limit, span[1], ctx.opts)
                    if also is not None:
                        i, recurrence = also
                        keep(j + 1, i, recurrence)
                continue
            if found is None:
                if kinds[i] == "P" and tokens.text(i).endswith(_LOCATIVE):  # রাতে, alone
                    start_at = original(tokens.starts[i])
                    lone.append((start_at, original(tokens.ends[i]), sentences.index(tokens.starts[i])))
                i += 1
                continue
            j, roles = found
            point = Fields.from_roles(tokens, roles)
            del notes[:]
            parsed = _resolve(tokens, i, j, point, ctx.opts)
            said = notes[:]
            if parsed is not None and "oclock" in roles and not (_MARKED & roles.keys()):
                # রাতে … সাড়ে ১১টায়: an hour with no period of its own takes the one said
                # before it in its sentence
                before = _period_before(periods, i, sentences, tokens)
                if before is not None:
                    marked = point.copy()
                    marked.period = before
                    del notes[:]
                    in_period = _resolve(tokens, i, j, marked, ctx.opts)
                    if in_period is not None:
                        parsed, point, said = in_period, marked, notes[:]
            tense = sentences.tense_at(tokens.starts[i]) if tensed else None
            if parsed is not None and tensed and parsed.value > ctx.now:
                parsed = _night_reported(parsed, point, ctx.now, tense)
            length: Duration | None = None
            if parsed is not None and "offset" in roles:
                if _after_an_event(tokens, i, roles):  # ঘটনার দুই দিন পর: from the event, not now
                    first, last = _trim(kinds, i, j)
                    keep(first, last, duration_of(offset_steps(tokens.kinds, tokens.values, roles["offset"])))
                    i = j
                    continue
                if tensed:
                    elapsed = _elapsed(tokens, roles, tense)
                    if elapsed is not None:  # ৮২ দিন পরে … খুলে দেওয়া হয়েছিল: a length, not a day ahead
                        first, last = _trim(kinds, i, j)
                        keep(first, last, elapsed)
                        i = j
                        continue
                steps = offset_steps(tokens.kinds, tokens.values, roles["offset"])
                if steps and steps[0][2] > 0:  # ছয় ঘণ্টা পর: may count from another event
                    length = duration_of(steps)
            if parsed is not None and "oclock" in roles and not (_MARKED & roles.keys()) and _period_after(tokens, j):
                # গতকাল ৯টা রাতে: an hour with no period of its own takes the one right after it
                marked = point.copy()
                marked.period = tokens.values[j]
                del notes[:]
                parsed = _resolve(tokens, i, j + 1, marked, ctx.opts)
                if parsed is not None:
                    point, said, roles, j = marked, notes[:], {**roles, "period": j}, j + 1
            elif (
                parsed is not None
                and parsed.kind != "date"
                and _period_after(tokens, j)
                and not in_usage(tokens.values[j], parsed.value.hour)
            ):
                parsed = None  # সকাল ৯টা রাতে: the period after the clock denies it; no part of it
            if parsed is not None and _counted_day_before(kinds, i, run.start()):
                parsed = None  # পরশু ১০ সেপ্টেম্বর: পরশু needs গত/আগামী, and the whole is refused
            if (
                parsed is not None
                and parsed.kind != "time"
                and kept_tokens
                and isinstance(found_here[-1].result, Recurrence)
                and drop_last_at(i)
            ):
                parsed = None  # প্রতি শুক্রবার (১৪ সেপ্টেম্বর): every Friday, or one day? neither
            if (
                parsed is not None
                and _dotted_short_year(tokens, roles)
                and not _date_word_before(norm, sentences.starts[sentences.index(tokens.starts[i])], tokens.starts[roles.get("day", i)])
            ):
                parsed = None  # ধারা ১.২.৩০ অনুযায়ী: a section or version number, not 1 February 2030
            if parsed is not None and _keep(tokens, i, j, roles) and _whole(tokens, j, roles):
                first, last = _trim(kinds, i, j)
                while last > first + 1 and (
                    (kinds[last - 1] == "x" and tokens.values[last - 1] is None) or kinds[last - 1] in _TRAIL
                ):
                    last -= 1  # a filler after the time (… ১৮:৪২ এ, ২০২৪-এ): not part of it, nor its hyphen
                keep(
                    first,
                    last,
                    parsed,
                    said,
                    weekdays=_weekdays_alone(tokens, first, last),
                    length=length,
                    anchored=bool(_ANCHORS & roles.keys()),
                    fields=point if parsed.kind == "time" else None,
                    relative="offset" in roles,
                )
            i = j
    def on_day(fields: Fields, day: date, tense: str | None, named: bool) -> Parsed | None:
        return _on_day(fields, day, tense, named, opts)

    for start, stop_at, result in in_context(found_here, text, sentences, on_day, lone, opts.zone):
        yield _match(start, stop_at, text[start:stop_at], result, noted.get(stop_at, ()))


#: A year said before its month: with সাল or এর (২০২৩ সালের, ৭১-এর).
_YEAR_FIRST: Final = re.compile("[yd]" + YEAR_MARK)


def _printed_year(result: Parsed | Interval) -> int | None:
    """The Gregorian year of a day whose year the text prints (the sentence rule 10)."""
    first = result.start if isinstance(result, Interval) else result
    if first is None or first.calendar != "gregorian" or first.precision not in ("day", "minute", "second"):
        return None
    return first.value.year


def _outside_urls(tokens: Tokens) -> Tokens:
    """The tokens with those of a web address made unknown words (``U``), so that no match
    starts or ends inside one (``https://example.com/2024/09/14 ১২টায়``: the path's digits
    are no date, and the time after it is a time alone).

    >>> from bn_datetime.reader._lexer import scan
    >>> _outside_urls(scan("www.x.com/2024/09/14 ১২টায়", runs=True)).kinds
    'UUUUUUdt'
    """
    norm = tokens.norm
    if "http" not in norm and "www." not in norm:
        return tokens
    kinds = list(tokens.kinds)
    starts, k = tokens.starts, 0
    for url in URL.finditer(norm):
        begin, end = url.span()
        k = bisect_left(starts, begin, k)
        while k < len(kinds) and starts[k] < end:
            kinds[k] = "U"
            k += 1
    return tokens._replace(kinds="".join(kinds))


#: Roles that name a day of their own (আজ, a date): a length just before one counts
#: from another event (ছয় ঘণ্টা পর আজ বৃহস্পতিবার সকাল ৮টায়).
_ANCHORS: Final = frozenset(("relday", "day", "bday", "hday"))
_WEEKDAYS_ALONE: Final = re.compile("W(?:[&,]W)*")


def _weekdays_alone(tokens: Tokens, first: int, last: int) -> tuple[int, ...]:
    """The days of a match that is weekdays alone (শুক্রবার · বৃহস্পতি ও শুক্রবার), else ()."""
    if _WEEKDAYS_ALONE.fullmatch(tokens.kinds, first, last) is None:
        return ()
    return tuple(tokens.values[k] for k in range(first, last) if tokens.kinds[k] == "W")


@cache
def _nothing_alone() -> frozenset[str]:
    """The kinds a token between unknown words (or line breaks) is never read as anything
    in: no point of the grammar and no span (a lone number, a filler, a label: ২০ জন,
    বরিশাল). Search skips such one-token runs; a day period alone (রাতে) is kept, since a
    clock later in its sentence may take it. Computed from the grammar, when first searched.

    >>> sorted(_nothing_alone() & set("dMWP"))
    ['d']
    """
    return frozenset(k for k in _STARTS if k != "P" and search_roles(k) is None and not may_be_span(k))


@cache
def _runs() -> re.Pattern[str]:
    """The runs of tokens between unknown words and line breaks that search reads: all but
    a lone token that no match starts with (a comma) or of a kind that is nothing alone
    (``২০`` in ``২০ জন``), skipped in C.

    >>> [m.span() for m in _runs().finditer("UdUMUd,dU,U")]
    [(3, 4), (5, 8)]
    """
    alone = "".join(sorted(_STARTS - _nothing_alone()))
    return re.compile(f"[^U{BREAK}]{{2,}}|[{re.escape(alone)}]")


def _longest(tokens: Tokens, i: int, limit: int) -> tuple[int, dict[str, int]] | None:
    kinds = tokens.kinds
    for j in range(limit, i, -1):
        found = search_roles(kinds[i:j])
        if (
            found is not None
            and not year_in_words(tokens, found, i)
            and not _short_year_not_a_year(tokens, found, i, limit)
            and not _count_after_clock(tokens, found, i, j)
        ):
            return j, {role: index + i for role, index in found.items()}
    return None


def _past_label(kinds: str, i: int, stop: int) -> int:
    """The token after the labels at ``i`` and their colon (or dash, comma, bar), when a
    match may start there; else ``i``. A label is trimmed off every match anyway, and the
    span readers (a weekly schedule, a range) begin at what it introduces.

    >>> _past_label("L:W-WPdt", 0, 8), _past_label("LU", 0, 2)
    (2, 0)
    """
    k = i
    while k < stop and kinds[k] == "L":
        k += 1
    if k < stop and kinds[k] in ":,-|":
        k += 1
    return k if k < stop and kinds[k] in _STARTS and kinds[k] != "L" else i


def _count_after_clock(tokens: Tokens, found: Mapping[str, int], i: int, j: int) -> bool:
    """Whether the minutes of ``HOUR টা MINUTE`` are a number in words that counts the word
    after it: ``বিকেল ৪টায় দুই দফা`` is two rounds at four, not 16:02 (``চারটা পনেরো`` at the end
    of a phrase, or with মিনিট, stays 4:15)."""
    at = found.get("minute")
    if at is None:
        return False
    at += i
    kinds = tokens.kinds
    return (
        at == j - 1
        and kinds[at - 1] == "t"
        and not tokens.in_digits(at)
        and kinds[j : j + 1] in ("U", "u")
    )


def _short_year_not_a_year(tokens: Tokens, found: Mapping[str, int], i: int, limit: int) -> bool:
    """Whether the short year a reading ends with belongs to what follows it: the day of a
    list's next date (``২৮ জুলাই, ২৪ আগস্ট``, ``২৮ জুলাই, ৩ ও ৪ আগস্ট``), or a count of the
    unit, counter or amount after it (``১৪ সেপ্টেম্বর ১০ জন আহত``, ``৫ আগস্ট ১৫ বছরের শাসন``).
    Looked for within the window only: a text of "১২/১২/১২/…" has no end to the days.

    >>> from bn_datetime.reader._lexer import scan
    >>> year = {"day": 0, "month": 1, "year": 2}
    >>> [_short_year_not_a_year(scan(t, runs=True), year, 0, 9) for t in ("২৮ জুলাই ২৪ আগস্ট", "১৪ সেপ্টেম্বর ১০ জন", "১৪ সেপ্টেম্বর ১০")]
    [True, True, False]
    """
    at = found.get("year")
    if at is None:
        return False
    at += i
    kinds = tokens.kinds
    if kinds[at] != "d" or at + 1 >= len(kinds):
        return False
    after = kinds[at + 1]
    if after in "ums" or _NEXT_DAYS.match(kinds, at + 1, limit) is not None:
        return True
    return after == "U" and tokens.text(at + 1).startswith(_COUNTED)


#: What a number counts: a counter (জন, টি), a currency or a measure (টাকা, কেজি).
_COUNTED: Final = (*lx.COUNTERS, *lx.AMOUNT_WORDS)
#: What follows the day of a list's next date: its month (২৪ আগস্ট, ৪ঠা আগস্ট), or more
#: days and then it (৩ ও ৪ আগস্ট, ৩, ৪ ও ৫ আগস্ট).
_NEXT_DAYS: Final = re.compile("o?M|(?:[&,\\-/]d)+o?M")


#: The endings of a day period said as "at" (রাতে, সকালে, সন্ধ্যায়), not as a noun (সারা রাত).
_LOCATIVE: Final = ("ে", "য়")
#: Roles that say which half of the day an hour is in.
_MARKED: Final = frozenset(("period", "ampm", "dayperiod", "clockword", "hhmm"))


def _period_before(periods: list[int], i: int, sentences: Sentences, tokens: Tokens) -> int | None:
    """The day period (its index) of the last period word before token ``i`` in its sentence."""
    at = bisect_left(periods, i) - 1
    if at < 0:
        return None
    k = periods[at]
    if sentences.index(tokens.starts[k]) != sentences.index(tokens.starts[i]):
        return None
    value: int = tokens.values[k]
    return value


#: Kinds that end a stretch of text read as one: a separator, a line's or a sentence's end.
_RUN_BREAKS: Final = frozenset(",|.:" + BREAK)
_RELMOD: Final = "g"


def _counted_day_before(kinds: str, i: int, run_start: int) -> bool:
    """Whether token ``i`` follows পরশু/তরশু with no গত/আগামী before it (the grammar reads
    neither; to_iso refuses the whole: which way is not said)."""
    return i > run_start and kinds[i - 1] == "r" and not (i - 1 > run_start and kinds[i - 2] == _RELMOD)


def _period_after(tokens: Tokens, j: int) -> bool:
    """Whether a day period follows a match ending before token ``j``, glued to it
    (``৯টা রাতে``; after a comma, ``সকাল ৯টায়, রাতে ফেরেন``, it is another clause's).

    >>> from bn_datetime.reader._lexer import scan
    >>> t = scan("সকাল ৯টা রাতে", runs=True)
    >>> _period_after(t, 3), _period_after(scan("সকাল ৯টা, রাতে", runs=True), 4)
    (True, False)
    """
    return j < len(tokens.kinds) and tokens.kinds[j] == "P" and tokens.kinds[j - 1] not in _TRAIL


def _resolve(tokens: Tokens, i: int, j: int, fields: Fields, opts: Options) -> Parsed | None:
    window = tokens.norm[tokens.starts[i] : tokens.ends[j - 1]]

    def where(role: str) -> int:
        return 0

    try:
        # a page's own inconsistencies (a wrong weekday) are its business: no warnings
        return resolve(fields, window, where, opts)
    except ParseError:
        return None  # a date that does not exist (৩১ এপ্রিল): no match, and no part of it


_SHORT_WEEKDAY_END: Final = "বার"
_NUMBER_KINDS: Final = frozenset("dqyNv")
_FULL_ENGLISH_DAYS: Final = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)


def _keep(tokens: Tokens, i: int, j: int, roles: dict[str, int]) -> bool:
    """The search-only rules that keep ordinary words from passing for dates."""
    if i > 0 and tokens.kinds[i - 1] == "F" and tokens.kinds[i] in _NUMBER_KINDS:
        return False  # (প্রায় সাড়ে) ৬ ঘণ্টা পর: the fraction is not read, so neither is the rest
    if hour_range(tokens.kinds, tokens.values, roles):
        return False  # সকাল ৮-৯টায়: a range of hours (the span reader reads it)
    if _glued_reference(tokens, i) and not (_DAY_ROLES & roles.keys()):
        return False  # মামলা নং ১২৩/২০২৪ এর: the year of a case or memo number, not a date
    kinds = tokens.kinds[i:j]
    core = kinds.strip("L:,|-x.")
    if core == "W":
        if i > 0 and tokens.kinds[i - 1] == "O":
            return False  # (মাসের) শেষ শুক্রবার: a weekday's place in a month no reading gives, not a Friday
        word = tokens.text(roles["weekday"]).lower()
        return word.endswith(_SHORT_WEEKDAY_END) or word in _FULL_ENGLISH_DAYS
    if core in ("M", "Mu"):
        if core == "Mu":
            return False
        word = tokens.text(roles["month"]).lower().replace(".", "")
        return word not in BASE_WORDS  # only an inflected form (সেপ্টেম্বরে) says "in September"
    if core == "n":
        return False
    if "hour" in roles and not ({"period", "ampm", "day", "relday", "bday", "hday"} & roles.keys()):
        if "quarter" in roles and "oclock" in roles:
            return True  # সাড়ে/সোয়া/পৌনে ১১টায়: a quarter makes টা a clock, never a counter
        if "oclock" in roles:
            # ১০টা alone is also a counter (১০টা বই); ৫টা ২৭ মিনিটে, with its minutes said
            # as minutes, is a clock, and so is ১০.৩০টায় (two digits after a dot: no count)
            minute = roles.get("minute")
            if minute is None:
                return False
            if tokens.kinds[minute - 1] == "." and tokens.in_digits(minute) and tokens.ends[minute] - tokens.starts[minute] == 2:
                return True
            return tokens.kinds[minute + 1 : minute + 2] == "m"
        minute = roles.get("minute")
        if minute is not None and tokens.ends[minute] - tokens.starts[minute] < 2:
            return False
    return True


_DAY_ROLES: Final = frozenset(("month", "bmonth", "hmonth"))  # a month by name


def _dotted_short_year(tokens: Tokens, roles: dict[str, int]) -> bool:
    """Whether a numeric date is written with dots and a year of one or two digits
    (``১.২.৩০``, ``৩.১.১২``): in running text a section, clause or version number more
    often than a date, unless a date word comes just before it in its sentence
    (:func:`_date_word_before`). A four-digit year (``১.২.২০৩০``) or a slash or hyphen
    keeps it a date.

    >>> from bn_datetime.reader._lexer import scan
    >>> from bn_datetime.reader.grammar import search_roles
    >>> tokens = scan("১.২.৩০", runs=True)
    >>> _dotted_short_year(tokens, dict(search_roles(tokens.kinds)))
    True
    >>> tokens = scan("১.২.২০৩০", runs=True)
    >>> _dotted_short_year(tokens, dict(search_roles(tokens.kinds)))
    False
    """
    if "nmonth" not in roles or "year" not in roles:
        return False
    year = roles["year"]
    return tokens.kinds[year - 1] == "." and tokens.ends[year] - tokens.starts[year] <= 2


_DATE_WORD: Final = re.compile(
    f"(?<![{BENGALI_LETTERS}A-Za-z])(?:{'|'.join(re.escape(w) for w in lx.DATE_NOUNS)})"
)
_DATE_WORD_REACH: Final = 80  # characters looked back: a few words


def _date_word_before(norm: str, sentence_start: int, start: int) -> bool:
    """Whether a word of the sentence just before ``start`` says a date follows
    (তারিখ, তারিখটা, date): then a dotted date with a short year (``২.৩.২৩``) is one.

    >>> _date_word_before("বিয়ের তারিখটা লিখুন: ২.৩.২৩", 0, 22), _date_word_before("ধারা ১.২.৩০", 0, 5)
    (True, False)
    """
    before = norm[max(sentence_start, start - _DATE_WORD_REACH) : start].lower()
    return _DATE_WORD.search(before) is not None


def _glued_reference(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` ends a number written ``N/…`` or ``N-…`` with no spaces.

    Case, memo and roll numbers print a serial and a year so (১২৩/২০২৪, ৪৫৬-২৩); the
    part after the stroke is not a date of its own.
    """
    kinds = tokens.kinds
    if i < 2 or i >= len(kinds) or kinds[i] not in _NUMBER_KINDS:
        return False
    if kinds[i - 1] not in "/-" or kinds[i - 2] not in _NUMBER_KINDS:
        return False
    return tokens.ends[i - 2] == tokens.starts[i - 1] and tokens.ends[i - 1] == tokens.starts[i]


# After a point: a number glued on (১৪ সেপ্টেম্বর ২০২৪৫: a malformed year), an era of
# another calendar (১৪ সেপ্টেম্বর ১৪৩১ বঙ্গাব্দ), or a zone the lexicon does not know
# (০৬:৪২ পিএম EST): the point would be a part of something it cannot read. No match.
_SPOILERS: Final = frozenset("qyNXKQ")
_ERA_SPANS: Final = tuple(lx.ERA_SPAN_WORDS)
_UNIT_KINDS: Final = frozenset("msuk")
_ZONE_ABBREVIATION: Final = re.compile("[A-Z]{2,5}")


_AGE_WORDS: Final = tuple(lx.AGE_WORDS)
_AGE_REACH: Final = 12  # characters looked at on each side: one word


_SOMEDAY: Final = frozenset(lx.SOMEDAY_PHRASES)
_CLOSED: Final = frozenset(lx.CLOSED_WORDS)


def _closed_day_ends(tokens: Tokens, k: int) -> bool:
    """Whether the tokens before ``k`` end with a weekday that a word saying closed (বন্ধ)
    follows, and that no weekday or প্রতি before it joins (শুক্র ও শনিবার বন্ধ, রবি থেকে
    বৃহস্পতিবার বন্ধ are days closed together): the day something is closed, never the day of
    the time before it (সকাল ১০টা – রাত ৮টা (সোমবার বন্ধ)).

    >>> from bn_datetime.reader._lexer import scan
    >>> [_closed_day_ends(scan(t, runs=True), k) for t, k in (("সকাল ১০টা (সোমবার বন্ধ)", 4), ("শুক্র ও শনিবার বন্ধ", 3))]
    [True, False]
    """
    kinds = tokens.kinds
    if not (2 <= k < len(kinds) and kinds[k - 1] == "W" and kinds[k] == "U" and tokens.text(k) in _CLOSED):
        return False
    before = kinds[k - 2]
    return before not in "&f-e" and not (before == "," and kinds[k - 3 : k - 2] == "W")


def _an_age(norm: str, start: int, end: int) -> bool:
    """Whether the length ``norm[start:end]`` is a person's age: an age word right after it
    (৫২ বছর বয়সী, ১২ বছর বয়সে) or right before it (বয়স ৩৫ বছর, বয়স: ৫২ বছর ৩ মাস).

    >>> _an_age("৫২ বছর বয়সী একজন", 0, 6), _an_age("তাঁর বয়স ৫২ বছর", 9, 15), _an_age("৫২ বছর ধরে", 0, 6)
    (True, True, False)
    """
    after = norm[end : end + _AGE_REACH].lstrip(" ")
    if after.startswith(_AGE_WORDS):
        return True
    before = norm[max(0, start - _AGE_REACH) : start].rstrip(" :-").rpartition(" ")[2]
    return before in _AGE_WORDS


def _dateline_date(kinds: str, i: int) -> bool:
    """Whether a match from token ``i`` is a dateline's date: a known place word first on
    its line or after a sentence's end, a comma, the date (কলকাতা, ১২ সেপ্টেম্বর) — the
    page's own date, never one ahead, whatever the sentence after it says.

    >>> _dateline_date("L,dM:U", 0), _dateline_date("L,dM", 2), _dateline_date("LdM", 1)
    (True, True, False)
    >>> _dateline_date("UL,dM", 3)
    False
    """
    k = i if kinds[i] == "L" else i - 2
    if k < 0 or kinds[k] != "L" or kinds[k + 1 : k + 2] != ",":
        return False
    return k == 0 or kinds[k - 1] in _LINE_STARTS


_LINE_STARTS: Final = frozenset(BREAK + "|")


_AMOUNT_WORDS: Final = tuple(lx.AMOUNT_WORDS)
_REPEAT_WORDS: Final = tuple(lx.REPEAT_WORDS)


def _an_amount_or_repeat(result: Value, norm: str, end: int) -> bool:
    """Whether a range of bare years is an amount (the word after it is a currency or a
    measure: ১২০০-১৫০০ টাকা) or a length is a repetition (৬ ঘণ্টা অন্তর, ১০ মিনিট পরপর).

    >>> from bn_datetime import read
    >>> _an_amount_or_repeat(read("১২০০-১৫০০"), "১২০০-১৫০০ টাকা", 9)
    True
    >>> _an_amount_or_repeat(read("৬ ঘণ্টা"), "৬ ঘণ্টা অন্তর", 7), _an_amount_or_repeat(read("৬ ঘণ্টা"), "৬ ঘণ্টা ধরে", 7)
    (True, False)
    """
    after = norm[end : end + _AGE_REACH].lstrip(" ")
    if isinstance(result, Duration):
        return after.startswith(_REPEAT_WORDS)
    if not isinstance(result, Interval) or result.start is None or result.end is None:
        return False
    years = result.start.precision == "year" and result.end.precision == "year"
    return years and after.startswith(_AMOUNT_WORDS)


_TIMES: Final = re.compile(
    "(?:[০-৯0-9]{2,}|[০২-৯02-9]|"  # once (একবার, ১ বার) a month is what FREQ=MONTHLY says
    + "|".join(sorted((w for n, words in lx.CARDINALS if 2 <= n <= 10 for w in words), key=len, reverse=True))
    + ")? ?(?:"
    + "|".join(sorted(lx.TIMES_WORDS, key=len, reverse=True))
    + ")(?![\u0980-\u09ff])"
)


_EVERY: Final = frozenset(lx.EVERY)


def _after_every(norm: str, start: int) -> bool:
    """Whether the word right before ``start`` is প্রতি (every): what follows it repeats, and
    a point or a length read from it would be a part of a recurrence the grammar did not read.

    >>> _after_every("প্রতি দুই সপ্তাহে", 6), _after_every("দুই সপ্তাহে", 0), _after_every("প্রতিদিনের ৩ ঘণ্টা", 11)
    (True, False, False)
    """
    return norm[max(0, start - _AGE_REACH) : start].rstrip(" ").rpartition(" ")[2] in _EVERY


def _a_count_follows(norm: str, end: int) -> bool:
    """Whether a count of times follows a recurrence (প্রতি মাসে দুইবার, প্রতিদিন ৩ বার;
    after প্রতি মাসে ২, the বার of ``২ বার``): the recurrence would drop it.

    >>> _a_count_follows("প্রতি মাসে দুইবার সভা", 10), _a_count_follows("প্রতি মাসে ২ বার", 12)
    (True, True)
    >>> _a_count_follows("প্রতি মাসে বারোটি সভা", 10), _a_count_follows("প্রতিদিন একবার", 8)
    (False, False)
    """
    return _TIMES.match(norm[end : end + _AGE_REACH].lstrip(" ")) is not None


def _glued_after(tokens: Tokens, j: int) -> bool:
    """Whether a match ending before token ``j`` ends on a short number glued to a stroke
    and a number after it (``১২/৩``, ``১০-২``): a room, ward or roll number, not the
    minutes of a clock or a two-digit year before it.

    >>> from bn_datetime.reader._lexer import scan
    >>> tokens = scan("১১টায় ১২/৩ নং", runs=True)
    >>> _glued_after(tokens, tokens.kinds.index("/")), _glued_after(tokens, 1)
    (True, False)
    """
    last = j - 1
    if last < 1 or not _glued_reference(tokens, j + 1):
        return False
    return tokens.ends[last] - tokens.starts[last] < 3  # ২০২৪/৩০ ভাদ্র: a year and another date


def _whole(tokens: Tokens, j: int, roles: dict[str, int]) -> bool:
    """Whether the point ending before token ``j`` is not cut out of a longer expression."""
    if j >= len(tokens.kinds):
        return True
    kind = tokens.kinds[j]
    if kind in "KQ":
        return False
    if kind == "a" and "offset" in roles:
        return False  # ১২ ঘণ্টা পর পর: every twelve hours, not one moment twelve hours on
    if kind in _SPOILERS and "year" not in roles and ("month" in roles or "day" in roles):
        return False
    if kind == "y" and "year" in roles and tokens.kinds[j - 1] not in _TRAIL and tokens.kinds[j + 1 : j + 2] not in _UNIT_KINDS:
        return False  # ২০২৪ সালের ১৪ সেপ্টেম্বর ২০২৩: two years, and the point is neither
    if kind == "U" and "year" in roles and tokens.kinds[j - 1] != "S" and tokens.text(j).startswith(_ERA_SPANS):
        return False  # ১৯৯০-এর দশকে: a decade, of which the year is a part, not the answer
    if kind == "U" and ({"hour", "clockword"} & roles.keys()) and "zone" not in roles and "tzsign" not in roles:
        return _ZONE_ABBREVIATION.fullmatch(tokens.text(j)) is None
    return True


def _night_reported(parsed: Parsed, fields: Fields, now: datetime, tense: str | None) -> Parsed:
    """রবিবার রাত ১২টা ২৮ মিনিটে (… মৃত্যু হয়) in a report written on Sunday morning: the
    midnight that ended Saturday night, not the one still ahead (outside a sentence about
    the future, a dated রাত ১২টা that would lie after ``now`` is the night that began the day)."""
    if tense == "future" or not is_night_twelve(fields) or fields.afterday is not None:
        return parsed  # দিবাগত রাত ১২টা says the night after, whatever now is
    earlier = parsed.value.replace(tzinfo=None) - timedelta(days=1)
    zone = parsed.value.tzinfo
    assert zone is not None  # every result is aware
    moved = _tz.localize(earlier, zone, "compatible")
    return parsed._replace(value=moved) if moved <= now else parsed


def _on_day(fields: Fields, day: date, tense: str | None, named: bool, opts: Options) -> Parsed | None:
    """A clock time's reading put on ``day`` (the sentence rule 7 of :mod:`.sentences`).

    Outside a sentence about the future, a time that would lie after ``now`` is of the
    day before when the day is no day the text named but the report's own (পরে বিকাল
    সোয়া ৩টায় … শুরু করেন), and a রাত ১২টা the midnight that began a named day (as
    :func:`_night_reported` reads it); None when the day cannot have that time.
    """
    dated = fields.copy()
    dated.day, dated.month, dated.year, dated.yeardigits = day.day, day.month, day.year, None
    try:
        parsed = resolve(dated, "", lambda role: 0, opts._replace(notes=None))
    except ParseError:
        return None
    now = opts.now
    assert now is not None  # search always passes an aware now
    if tense == "future" or parsed.value <= now:
        return parsed
    if not named or is_night_twelve(fields):
        earlier = _tz.localize(parsed.value.replace(tzinfo=None) - timedelta(days=1), opts.zone, "compatible")
        if earlier <= now:
            return parsed._replace(value=earlier)
    return parsed


def _elapsed(tokens: Tokens, roles: dict[str, int], tense: str | None) -> Duration | None:
    """An offset that points against the sentence's tense (N দিন পরে in a report of the
    past, N দিন আগে in a plan) counts a length from another event, not from now."""
    steps = offset_steps(tokens.kinds, tokens.values, roles["offset"])
    sign = steps[0][2] if steps else 0
    if (sign > 0 and tense == "past") or (sign < 0 and tense == "future"):
        return duration_of(steps)
    return None


def _another_time(
    tokens: Tokens, first: int, j: int, limit: int, recurrence: Recurrence, opts: Options
) -> tuple[int, Recurrence] | None:
    """After a recurrence at a time (tokens ``first:j``), ও and another clock time: the
    same recurrence at that time, and where it ends; or None. The time takes the part of
    the day said before it when it says none (রাত ৮টা ও ১০টায়: 22:00)."""
    kinds = tokens.kinds
    if j + 1 >= limit or kinds[j] != "&":
        return None
    found = _longest(tokens, j + 1, limit)
    if found is None or not (_CLOCK_ROLES & found[1].keys()) or _ON_A_DAY & found[1].keys():
        return None
    end, roles = found
    fields = Fields.from_roles(tokens, roles)
    if not (_MARKED & roles.keys()):
        periods = [k for k in range(first, j) if kinds[k] == "P"]
        if periods:
            fields.period = tokens.values[periods[-1]]
    parsed = _resolve(tokens, j + 1, end, fields, opts)
    if parsed is None or parsed.kind != "time":
        return None
    return end, replace(recurrence, time=parsed.value.time().replace(tzinfo=None))


def _zone_of_the_next(tokens: Tokens, found: tuple[int, dict[str, int]], limit: int) -> bool:
    """Whether the zone a reading ends with is followed by a clock time of its own: a zone
    said in words (বাংলাদেশ সময়) comes before the time it is of (``দুপুর ২টায় (বাংলাদেশ সময়
    বিকেল ৩টা)``), not after the one before; an abbreviation (IST) follows its time."""
    end, roles = found
    if roles.get("zone") != end - 1 or end >= limit or tokens.kinds[end] not in _CLOCK_STARTS:
        return False
    if tokens.text(end - 1).isascii():
        return False  # ১৮:৪২ IST: an abbreviation follows the time it is of
    after = _longest(tokens, end, limit)
    return after is not None and bool(_CLOCK_ROLES & after[1].keys()) and not (_ON_A_DAY & after[1].keys())


_CLOCK_STARTS: Final = frozenset("PdFh")
_CLOCK_ROLES: Final = frozenset(("hour", "clockword"))
#: Roles that place a reading on a day (a date's, or an offset from now): no bare clock time.
_ON_A_DAY: Final = DATE_ROLES | {"offset"}


def _after_refused(tokens: Tokens, i: int, limit: int) -> int:
    """Where to go on after a span refused at token ``i``: the window's end, or, when a
    comma or a stroke (।) is followed by a whole date (a day and its month), that date — a
    refused range never swallows a date printed after it (``১২-১০ সেপ্টেম্বর ২০২৪, ১৫
    সেপ্টেম্বর``), and no part of the refused one (a bare year after its comma) is read."""
    kinds = tokens.kinds
    for k in range(i + 1, limit - 1):
        if kinds[k] in ",|":
            found = _longest(tokens, k + 1, limit)
            if found is not None and {"day", "month"} <= found[1].keys():
                return k + 1
    return limit


def _after_an_event(tokens: Tokens, i: int, roles: Mapping[str, int]) -> bool:
    """Whether an offset (a count, a unit, আগে/পরে, and nothing else) follows a noun in the
    genitive, the event it counts from (``ঘটনার দুই দিন পর``, ``বিয়ের ৩ বছর পর``, ``তার ২ দিন
    পর``, ``এর দুই দিন পর``): not ``এবার``, ``আবার`` … (:data:`~bn_datetime.lexicon.NOT_GENITIVES`)."""
    if roles.keys() != {"offset"}:
        return False
    if tokens.kinds[i] == "x" and tokens.text(i) == "এর":  # এর দুই দিন পর: two days after this
        return i == 0 or tokens.kinds[i - 1] in _NO_DATE_BEFORE
    if i > 0 and tokens.kinds[i - 1] == "x" and tokens.text(i - 1) == "এর":
        return True  # ২০২৪-এর ২ দিন পর: after what the এর belongs to, whatever it is
    if i == 0 or tokens.kinds[i - 1] != "U":
        return False
    start = tokens.starts[i]  # the word just before (a run of plain words is one token)
    word = tokens.norm[max(0, start - _WORD_REACH) : start].rstrip(" ").rpartition(" ")[2]
    return word.endswith(lx.EVENT_GENITIVE_SIGNS) and word not in _NOT_GENITIVES


#: What may stand before এর that is the pronoun's (এর: of this), not a date's genitive.
_NO_DATE_BEFORE: Final = frozenset(("U", "|", ",", ":", BREAK))
#: How far back the word before an offset is looked for, in characters (a word is shorter).
_WORD_REACH: Final = 40


_NOT_GENITIVES: Final = frozenset(lx.NOT_GENITIVES)
_WEAK_SPAN: Final = frozenset("Wf-&p,")


def _keep_span(tokens: Tokens, i: int, j: int) -> bool:
    """A span of short weekdays alone (শুক্র ও শনি: also Venus and Saturn; সোম থেকে) is no date."""
    kinds = tokens.kinds[i:j]
    if not _WEAK_SPAN.issuperset(kinds):
        return True
    return any(
        kind == "W" and tokens.text(i + k).endswith(_SHORT_WEEKDAY_END) for k, kind in enumerate(kinds)
    )


def _trim(kinds: str, i: int, j: int, lead: frozenset[str] = _LEAD) -> tuple[int, int]:
    # এ বছর, এ মাসে: এ before a unit is "this", part of the expression, not ICU's "at"
    while i < j - 1 and kinds[i] in lead and not (kinds[i] == "x" and kinds[i + 1] == "u"):
        i += 1
    while j > i + 1 and kinds[j - 1] in _TRAIL:
        j -= 1
    return i, j
