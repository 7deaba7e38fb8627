"""Sentences for search: each sentence's tense and cues, and what a match means beside the
others in its sentence.

:class:`Sentences` reads the words of each sentence once (linear time): the tense (a
verb in the future or a past tense) and the cue words of :mod:`bn_datetime.lexicon`
(opening hours, a weekly closure, a habit of the past). :func:`in_context` then applies
the rules that need a whole sentence, each a class of real text:

1. **A start and an end in one sentence are one interval**: an open start and an open end
   (``১ ডিসেম্বর থেকে শুরু হবে, চলবে ডিসেম্বরের ৭ তারিখ পর্যন্ত``), a day that ``শুরু``
   (starts) and an open end (``২৩ জুলাই শুরু হয়ে চলবে ৫ আগস্ট পর্যন্ত``, ``দুপুর ২টায় শুরু হয়ে চলে
   বিকেল ৫টা পর্যন্ত``), or two days said
   to start and end (``শুরু হবে ৫ মার্চ, শেষ হবে ২০ মার্চ``), or two clock times so said
   (``সকাল ৯টায় শুরু হয়ে দুপুর ১২টায় শেষ হবে``).
2. **A clock window with no date in a sentence about hours is every day's window**:
   ``অফিস সকাল ৯টা থেকে বিকেল সাড়ে ৩টা পর্যন্ত খোলা থাকবে`` → daily, 09:00–15:30.
3. **Weekdays with no date in a sentence about a weekly closure, a day off or a past
   habit are every such day**: ``শুক্রবার সরকারি ছুটির দিন``, ``এতদিন মঙ্গলবার … বন্ধ থাকতো``,
   ``বৃহস্পতিবার ও শুক্রবার গ্যালারি বন্ধ থাকবে`` (two days closed), or one closed day in a
   sentence about opening hours (``খোলার সময়: সকাল ১০টা – রাত ৮টা (সোমবার বন্ধ)``).
4. **A recurrence and then its time**: ``প্রতি শুক্রবার … দুপুর ৩টায় প্রথম ট্রেন ছাড়বে`` is
   every Friday at 15:00 (a clock time or window with no date, later in the sentence).
5. **A time said again in brackets is not another time**: ``বিকেল সাড়ে ৩টা (৩:৩০টা)``.
6. **A length before an anchored time counts from another event**: ``ছয় ঘণ্টা পর আজ
   বৃহস্পতিবার সকাল ৮টার দিকে …`` is six hours (a duration), not a time six hours from now.
7. **A clock time with no date is on the day the text is about**: a day earlier in its
   sentence (``বুধবার প্রথম প্রহরে (রাত ১২টা ৩৭ মিনিটে)``); in a report (a verb in a past
   tense, or a report's narrative present: করেন, জানান …) the day it last told of (in a
   sentence with a verb: a masthead's date alone is no day of the story), or,
   naming none, the report's own day, ``now``'s (a time still ahead of ``now`` is the day
   before's); ``ওইদিন``/``সেদিন`` + a time is the day last named, whatever the tense. A time
   in a plan, a timetable or a line of its own with no day stays a time. A day a name
   fixes (বিজয় দিবস: 16 December, ``lexicon.FIXED_DAYS``) dates a clock time or window in
   its sentence, in the year the sentence points to; its রাত ১২টা is its first minutes.
8. **A time replaced is no time**: in ``X-এর পরিবর্তে Y`` (বদলে, স্থলে), ``প্রতি শুক্রবার দুপুর
   সাড়ে ৩টার পরিবর্তে দুপুর ৩টায়`` is every Friday at 15:00; ``শুক্রবার সকাল ১০টার পরিবর্তে বিকেল
   ৩টায়`` is Friday 15:00; a time replaced by a time is the second alone; a date replaced by
   a date leaves both (each is a day the text names).
9. **A day period said alone in a report is the day it last told of**: ``রোববার (২৮
   অক্টোবর) … এ দুর্ঘটনা ঘটে। … জানান, রাতে …`` is 28 October (রাতে, সকালে, সন্ধ্যায়: said as
   "at"; সারা রাত, a noun, is none).
10. **A list of days prints its year once**: ``৫ আগস্ট ও ৬ আগস্ট ২০২৩``, ``২০২৩ সালের ৫
    আগস্ট ও ৬ আগস্ট``, ``৩১ ডিসেম্বর ২০২৩ ও ১ জানুয়ারি``: a day of a named month with no
    year of its own, joined to a dated day by a comma, ও, এবং or আর, is in that day's
    year, or the next or last one where the list runs across a new year (a list runs
    forward in time).

A sentence that also names a date or a named day (বিজয় দিবস, ঈদের দিন) keeps its windows
and weekdays as they are.

>>> from datetime import datetime
>>> import bn_datetime as bd
>>> [m] = bd.search("অফিস সকাল ৯টা থেকে বিকেল ৫টা পর্যন্ত খোলা থাকবে।", now=datetime(2024, 9, 14))
>>> m.result.freq, [t.isoformat() for t in m.result.during]
('daily', ['09:00:00', '17:00:00'])
>>> [(m.text, m.isoformat()) for m in bd.search(
...     "১০ সেপ্টেম্বর তিনি ঢাকায় আসেন। ওইদিন বিকেল ৪টায় ফেরার কথা ছিল।", now=datetime(2024, 9, 14))]
[('১০ সেপ্টেম্বর', '2024-09-10'), ('ওইদিন বিকেল ৪টায়', '2024-09-10T16:00:00+06:00')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from datetime import time as _time
from itertools import pairwise
from typing import Final, Literal, NamedTuple, TypeGuard

from bn_datetime import lexicon as lx
from bn_datetime import tz as _tz
from bn_datetime.options import Prefer
from bn_datetime.values import Duration, Interval, Parsed, Recurrence, weekday_code

from ._lexer import BENGALI_LETTERS
from .components import is_night_twelve
from .fields import Fields
from .spans import in_year

__all__ = ["Found", "Sentences", "in_context"]

#: Verbs in the future tense end so (হবে, করবেন, যাব); these words end so and are none.
_FUTURE_ENDINGS: Final = ("বে", "বেন", "বো")
_NOT_VERBS: Final = frozenset(("তবে", "সবে", "কবে", "যবে", "অবে", "নবে"))
#: "May" after an infinitive (হতে পারে, থাকতে পারে) forecasts: the sentence is about the future.
_MODAL: Final = frozenset(lx.MODAL_WORDS)
_INFINITIVE_END: Final = "তে"
#: Verbs in a past tense (হয়েছিল, খুলেছে, করেছিলেন, হল, গেল).
_PAST_ENDINGS: Final = ("েছিল", "েছিলেন", "ছিল", "ছিলেন", "েছে", "েছেন", "লেন")
_PAST_WORDS: Final = frozenset(("হল", "হলো", "গেল", "এল", "হয়েছে", *lx.REPORT_VERBS))
# Nouns that end so and are none (মিছিল, a procession; প্লেন, a plane).
_NOT_PAST: Final = frozenset(("মিছিল", "প্লেন", "লেন"))
# Words are runs of Bengali letters (digits apart): each is read once, so a sentence
# costs linear time whatever its length.
_BENGALI_WORD: Final = re.compile(f"[{BENGALI_LETTERS}]+")
#: A verb's ending at the end of a word, in the words joined by spaces: only the words it
#: finds are looked at (one each: a match ends its word), the rest never leave C.
_ENDING: Final = re.compile(
    f"(?:{'|'.join(sorted({*_FUTURE_ENDINGS, *_PAST_ENDINGS}, key=len, reverse=True))})(?= )"
)
# ``[।!?\n]|\.(?=[ \t\r\n])`` written to begin with one character class, which the regex
# engine skips to (an alternation is tried at every character)
_SENTENCE_END: Final = re.compile("[।!?\n.](?:(?<!\\.)|(?=[ \t\r\n]))")
_SCHEDULE: Final = frozenset(lx.SCHEDULE_WORDS)
_WEEKLY: Final = frozenset(lx.WEEKLY_WORDS)
_CLOSED: Final = frozenset(lx.CLOSED_WORDS)
_NAMED_DAY: Final = frozenset(lx.NAMED_DAY_WORDS)
#: Every cue word above: a sentence with none of them (most) is done in one set operation.
_CUES: Final = frozenset((*_MODAL, *_PAST_WORDS, *_SCHEDULE, *_WEEKLY, *_CLOSED, *_NAMED_DAY, lx.DAY_OFF_PHRASE[0]))
_FIXED_INDEX: Final = {phrase: k for k, (phrase, _, _) in enumerate(lx.FIXED_DAYS)}
#: The one name of a fixed day that does not end in দিবস (tests/test_lexicon.py checks it).
_CHRISTMAS: Final = next(p for p in _FIXED_INDEX if not p.endswith("দিবস"))
_FIXED_DAY: Final = re.compile(
    f"(?<![{BENGALI_LETTERS}])(?:{'|'.join(sorted(_FIXED_INDEX, key=len, reverse=True))})"
)


class _Sentence(NamedTuple):
    tense: str | None  # "future", "past" or None
    schedule: bool  # about opening hours, a timetable, a habit
    weekly: bool  # about a weekly closure, a day off, a habit of the past
    closed: bool  # says বন্ধ (closed)
    named_day: bool  # names a day the reader knows (বিজয় দিবস, ঈদের দিন)
    fixed_day: int | None = None  # which of lexicon.FIXED_DAYS it names (বিজয় দিবস), if one


class Sentences:
    """Each sentence of a (normalised) text: its end, and its tense and cues, read once when
    first asked (a sentence with nothing for search to read is never read word by word).

    >>> s = Sentences("শুক্রবার সরকারি ছুটির দিন। আগামীকাল দেখা হবে।")
    >>> s.at(0).weekly, s.at(30).tense
    (True, 'future')
    """

    def __init__(self, norm: str) -> None:
        self._norm = norm
        self._read: dict[int, _Sentence] = {}  # read when first asked: most have no match
        self._christmas = _CHRISTMAS in norm
        ends = [m.end() for m in _SENTENCE_END.finditer(norm)]
        self.starts: list[int] = [0, *ends]
        ends.append(len(norm))
        self.ends: list[int] = ends

    def sentence(self, k: int) -> _Sentence:
        """The tense and cues of sentence ``k`` (read once, on first use)."""
        found = self._read.get(k)
        if found is None:
            found = self._read[k] = self._classify(self._norm, self.starts[k], self.ends[k])
        return found

    def _classify(self, norm: str, start: int, end: int) -> _Sentence:
        words = _BENGALI_WORD.findall(norm, start, end)
        future, past = _tenses(words)
        # the cue words it has, in one set operation; each cue a lookup in those few
        cues = _CUES.intersection(words)
        if cues:
            future = future or (not cues.isdisjoint(_MODAL) and _after_infinitive(words))  # হতে পারে: a forecast
            past = past or not cues.isdisjoint(_PAST_WORDS)
            weekly = not cues.isdisjoint(_WEEKLY) or (lx.DAY_OFF_PHRASE[0] in cues and _day_off(words))
            named_day = not cues.isdisjoint(_NAMED_DAY)
            schedule = not cues.isdisjoint(_SCHEDULE)
            closed = not cues.isdisjoint(_CLOSED)
        else:
            weekly = named_day = schedule = closed = False
        tense = "future" if future else "past" if past else None
        # every name of a fixed day ends in দিবস (a named day's word) but বড়দিন
        fixed = _FIXED_DAY.search(norm, start, end) if named_day or self._christmas else None
        fixed_day = None if fixed is None else _FIXED_INDEX[fixed.group()]
        return _Sentence(tense, schedule, weekly, closed, named_day or fixed is not None, fixed_day)

    def index(self, pos: int) -> int:
        """The number of the sentence holding normalised offset ``pos``."""
        return min(bisect_right(self.ends, pos), len(self.ends) - 1)

    def at(self, pos: int) -> _Sentence:
        return self.sentence(self.index(pos))

    def tense_at(self, pos: int) -> str | None:
        return self.at(pos).tense

    def prefer_at(self, pos: int) -> Prefer | None:
        """``"future"`` in a sentence about the future, else None (search asks it at every
        place a match may start: :meth:`index` and :meth:`sentence` written in)."""
        k = min(bisect_right(self.ends, pos), len(self.ends) - 1)
        found = self._read.get(k)
        if found is None:
            found = self.sentence(k)
        return "future" if found.tense == "future" else None


def _tenses(words: list[str]) -> tuple[bool, bool]:
    """Whether ``words`` hold a verb in the future tense, and one in a past tense, by
    their endings (:data:`_FUTURE_ENDINGS`, :data:`_PAST_ENDINGS`; the words of
    :data:`_NOT_VERBS` and :data:`_NOT_PAST` are none).

    >>> _tenses(["তবে", "সভা", "হবে"]), _tenses(["তবে", "মিছিল"]), _tenses(["তিনি", "বলেছিলেন"])
    ((True, False), (False, False), (False, True))
    """
    joined = " ".join(words) + " "
    future = past = False
    for hit in _ENDING.finditer(joined):
        word = joined[joined.rfind(" ", 0, hit.start()) + 1 : hit.end()]
        future = future or (word.endswith(_FUTURE_ENDINGS) and len(word) > 2 and word not in _NOT_VERBS)
        past = past or (word.endswith(_PAST_ENDINGS) and word not in _NOT_PAST)
        if future and past:
            break
    return future, past


def _after_infinitive(words: list[str]) -> bool:
    """A modal word right after an infinitive: হতে পারে, থাকতে পারেন."""
    return any(word in _MODAL and previous.endswith(_INFINITIVE_END) for previous, word in pairwise(words))


def _day_off(words: list[str]) -> bool:
    """ছুটির দিন (দিনে, দিনগুলো): a day off."""
    first, second = lx.DAY_OFF_PHRASE
    return any(previous == first and word.startswith(second) for previous, word in pairwise(words))


class Found(NamedTuple):
    """A match as search found it, with what the sentence rules need."""

    start: int
    end: int
    result: Parsed | Interval | Duration | Recurrence
    sentence: int
    weekdays: tuple[int, ...] = ()  # the days of a match that is weekdays alone
    length: Duration | None = None  # an offset's length (ছয় ঘণ্টা পর)
    anchored: bool = False  # names a day of its own (আজ, a date)
    fields: Fields | None = None  # a clock time's reading, to put it on a day (rule 7)
    relative: bool = False  # counts from now (২ ঘণ্টা আগে): names no day of the text's own
    yearless: bool = False  # a day (or days) of a named month, no year of its own (rule 10)
    year: int | None = None  # the Gregorian year the match prints (rule 10)


#: The most characters between a start and its end for rule 1, and around a cue word.
_START_END_GAP: Final = 120
_CUE_REACH: Final = 24
_SENTENCE_STOP: Final = re.compile("[।!?\n]")
#: A sentence's end or a semicolon: a clause of its own.
_CLAUSE_STOP: Final = re.compile("[।!?\n;]")
_PHRASE_GAP: Final = re.compile("[ ,]{1,3}")


#: What joins the days of a list: a comma, ও, এবং or আর (rule 10).
_LIST_GAP: Final = re.compile("[ \t\u00a0]*(?:,[ \t\u00a0]*(?:(?:ও|এবং|আর)[ \t\u00a0]+)?|(?:ও|এবং|আর)[ \t\u00a0]+)")


def _list_years(found: Sequence[Found], text: str, zone: tzinfo) -> Sequence[Found]:
    """Rule 10: each year-less day next to a dated one in a list takes its year.

    The year goes right to left first (a year printed at the list's end: ৫ আগস্ট ও ৬ আগস্ট
    ২০২৩), then left to right (২০২৩ সালের ৫ আগস্ট ও ৬ আগস্ট), each day passing on the year it
    took.
    """
    if not any(f.yearless for f in found):
        return found
    out = list(found)
    years = [f.year for f in out]

    def give(k: int, other: int) -> None:
        a, b = out[k], out[other]
        year = years[other]
        if (
            year is None
            or years[k] is not None
            or not a.yearless
            or a.sentence != b.sentence
            or _LIST_GAP.fullmatch(text, *((a.end, b.start) if k < other else (b.end, a.start))) is None
        ):
            return
        # a list runs forward in time: a day of a later month before the dated one is of the
        # year before (৩১ ডিসেম্বর ও ১ জানুয়ারি ২০২৪), one of an earlier month after it of the next
        month, other_month = _month(a.result), _month(b.result)
        if k < other and month > other_month:
            year -= 1
        elif k > other and month < other_month:
            year += 1
        moved = in_year(a.result, year, zone)
        if moved is not None:
            out[k] = a._replace(result=moved, yearless=False)
            years[k] = year

    for k in range(len(out) - 2, -1, -1):
        give(k, k + 1)
    for k in range(1, len(out)):
        give(k, k - 1)
    return out


def _month(result: object) -> int:
    assert isinstance(result, (Parsed, Interval))
    first = result.start if isinstance(result, Interval) else result
    assert first is not None
    return first.value.month


def _has_date(result: object) -> bool:
    if isinstance(result, Parsed):
        return result.kind != "time"
    if isinstance(result, Interval):
        ends = [p for p in (result.start, result.end) if p is not None]
        return any(p.kind != "time" for p in ends)
    return isinstance(result, Recurrence)


def _is_day(result: object) -> TypeGuard[Parsed]:
    return isinstance(result, Parsed) and result.kind in ("date", "datetime")


#: Puts a clock time's reading on a day: ``(fields, day, tense, named)`` → the point, or
#: None when the day cannot have that time (see rule 7); ``named``: the text named the day.
OnDay = Callable[[Fields, date, "str | None", bool], "Parsed | None"]


def in_context(
    found: Sequence[Found],
    text: str,
    sentences: Sentences,
    on_day: OnDay | None = None,
    lone: Sequence[tuple[int, int, int]] = (),
    zone: tzinfo | None = None,
) -> Iterator[tuple[int, int, Parsed | Interval | Duration | Recurrence]]:
    """``(start, end, result)`` of each match after the sentence rules (see the module);
    ``lone``: the day periods said alone (রাতে), ``(start, end, sentence)`` in order;
    ``zone``: the search's (rule 10 puts a day in another year with it)."""
    if zone is not None:
        found = _list_years(found, text, zone)
    day: date | None = None  # the day the text last named (rule 7) …
    day_sentence = -1  # … and its sentence
    # the day last named in a sentence with a verb: a line that is a date alone (a
    # masthead's, printed the day the page was) names no day of the story
    told: date | None = None
    told_zone: tzinfo | None = None
    pending = iter(lone)
    period = next(pending, None)
    by_span = {(f.start, f.end): f for f in found}
    for start, end, result in _in_sentences(found, text, sentences, on_day):
        while period is not None and period[0] < start:  # রাতে, alone, before this match
            said = _period_day(period[2], sentences, told, told_zone)
            if said is not None:
                yield period[0], period[1], said
            period = next(pending, None)
        f = by_span.get((start, end))
        timed = isinstance(result, Parsed) and result.kind == "time"
        fixed = None
        if f is not None and f.sentence != day_sentence and (timed or _clock_window(result) is not None):
            fixed = _fixed_day(sentences.sentence(f.sentence), result)
        if fixed is not None and isinstance(result, Interval):  # বিজয় দিবসে সকাল ১০টা থেকে …
            result = _window_on(result, fixed)
        elif isinstance(result, Interval) and f is not None and _clock_window(result) is not None:
            on = _window_day(sentences.sentence(f.sentence), day, f.sentence == day_sentence)
            if on is not None:  # সকাল ১০টা থেকে দুপুর ১২টা পর্যন্ত মানববন্ধন করেন তারা
                result = _window_on(result, on)
        elif on_day is not None and timed and f is not None and f.fields is not None:
            same = f.sentence == day_sentence or fixed is not None
            if fixed is not None and is_night_twelve(f.fields):
                # শহীদ দিবসে রাত ১২টা ১ মিনিটে: the first minute of the day named, which
                # is the midnight that ends the day before
                fixed -= timedelta(days=1)
            days = (fixed, fixed) if fixed is not None else (day, told)
            start, result = _on_its_day(f, f.fields, text, sentences, days, same, on_day)
        if isinstance(result, Parsed) and result.precision in _DAY_OR_FINER and not (f and f.relative):
            day = result.value.date()
            day_sentence = f.sentence if f is not None else -1
            if f is not None and sentences.sentence(f.sentence).tense is not None:
                told, told_zone = day, result.value.tzinfo
        yield start, end, result
    while period is not None:
        said = _period_day(period[2], sentences, told, told_zone)
        if said is not None:
            yield period[0], period[1], said
        period = next(pending, None)


def _period_day(sentence: int, sentences: Sentences, told: date | None, zone: tzinfo | None) -> Parsed | None:
    """Rule 9: a day period said alone (রাতে) in a report is the day the report last told of."""
    cues = sentences.sentence(sentence)
    if told is None or zone is None or cues.tense != "past" or cues.schedule or cues.weekly:
        return None
    return Parsed(_tz.localize(datetime.combine(told, _time()), zone, "compatible"), "day")


_DAY_OR_FINER: Final = frozenset(("day", "hour", "minute", "second"))
_INDIA: Final = frozenset(("Asia/Kolkata", "Asia/Calcutta"))


def _fixed_day(cues: _Sentence, result: object) -> date | None:
    """The day a name in the sentence fixes (বিজয় দিবস: 16 December), in the year the
    sentence points to from today: the next in a plan, the last in a report, else the
    nearest; None when the sentence names none (or none the zone keeps)."""
    if cues.fixed_day is None:
        return None
    point = result.start if isinstance(result, Interval) else result
    if not isinstance(point, Parsed) or point.value.tzinfo is None:
        return None
    _, bangladesh, india = lx.FIXED_DAYS[cues.fixed_day]
    fixed = india if _tz.zone_name(point.value.tzinfo) in _INDIA else bangladesh
    if fixed is None:
        return None
    today = point.value.date()  # a clock time alone is anchored on now's date
    month, day = fixed
    candidates = [date(today.year + k, month, day) for k in (-1, 0, 1)]
    if cues.tense == "future":
        return min(d for d in candidates if d >= today)
    if cues.tense == "past":
        return max(d for d in candidates if d <= today)
    return min(candidates, key=lambda d: (abs((d - today).days), d > today))


def _window_day(cues: _Sentence, day: date | None, same_sentence: bool) -> date | None:
    """Rule 7 for a clock window: a day earlier in its sentence dates it; else None (it
    stays a window: a window in a report is as often a rule it reports, সন্ধ্যা ছয়টা থেকে রাত
    দশটা পর্যন্ত … বন্ধ রাখতে সিদ্ধান্ত … করেছে, as an event of the day)."""
    if cues.schedule or cues.weekly or not same_sentence:
        return None
    return day


def _window_on(window: Interval, day: date) -> Interval:
    """A clock window put on ``day`` (an end before the start is the next day's)."""
    assert window.start is not None
    assert window.end is not None
    zone = window.start.value.tzinfo
    assert zone is not None
    start = _tz.localize(datetime.combine(day, window.start.value.time()), zone, "compatible")
    end = _tz.localize(datetime.combine(day, window.end.value.time()), zone, "compatible")
    if end < start:
        end = _tz.localize(datetime.combine(day + timedelta(days=1), window.end.value.time()), zone, "compatible")
    return Interval(Parsed(start, "minute", window.start.calendar), Parsed(end, "minute", window.end.calendar))
_SAME_DAY: Final = re.compile(f"(?:{'|'.join(lx.SAME_DAY_WORDS)})[ ]+$")


def _on_its_day(
    f: Found,
    fields: Fields,
    text: str,
    sentences: Sentences,
    days: tuple[date | None, date | None],
    same_sentence: bool,
    on_day: OnDay,
) -> tuple[int, Parsed]:
    """Rule 7: a clock time with no date, on the day the text is about, and its start.
    ``days``: the day last named, and the day last named in a sentence with a verb."""
    assert isinstance(f.result, Parsed)
    cues = sentences.sentence(f.sentence)
    day, told = days
    said = _SAME_DAY.search(text, max(0, f.start - _CUE_REACH), f.start)
    that_day = told or day
    if said is not None and that_day is not None:  # ওইদিন বিকেল ৪টায়: that day
        dated = on_day(fields, that_day, cues.tense, True)
        return (said.start(), dated) if dated is not None else (f.start, f.result)
    if cues.schedule or cues.weekly:
        return f.start, f.result
    named = True
    if day is not None and same_sentence:
        on = day
    elif cues.tense != "past":
        return f.start, f.result
    elif told is not None:
        on = told  # a report: the day it last told of
    else:
        on, named = f.result.value.date(), False  # a report that names no day: its own, now's
    dated = on_day(fields, on, cues.tense, named)
    return f.start, dated if dated is not None else f.result


def _in_sentences(
    found: Sequence[Found],
    text: str,
    sentences: Sentences,
    on_day: OnDay | None = None,
) -> Iterator[tuple[int, int, Parsed | Interval | Duration | Recurrence]]:
    # sentences with a day of their own: a date that is not weekdays alone or a named day
    # (সোমবার থেকে, an open start, bounds a schedule rather than dating it)
    dated = {f.sentence for f in found if sentences.sentence(f.sentence).named_day}
    for f in found:
        if _has_date(f.result) and not f.weekdays and not _open_start(f.result):
            dated.add(f.sentence)
    found = [f for k, f in enumerate(found) if k == 0 or not _restated(found[k - 1], f, text)]
    k = 0
    while k < len(found):
        f = found[k]
        after = found[k + 1] if k + 1 < len(found) else None
        if after is not None and after.sentence == f.sentence + 1 and _open_ends_contradict(f, after, text):
            k += 2  # ১৫ সেপ্টেম্বর থেকে। ১০ সেপ্টেম্বর পর্যন্ত চলবে।: neither end is an answer
            continue
        if after is not None and after.sentence == f.sentence:
            joined = _start_and_end(f, after, text)
            if joined is not None:
                if joined is not False:  # False: a start and an end that contradict, neither kept
                    yield f.start, after.end, joined
                k += 2
                continue
            timed = _with_its_time(f, after, text)
            if timed is not None:  # প্রতি শুক্রবার … দুপুর ৩টায়
                yield f.start, after.end, timed
                k += 2
                continue
            if _REPLACED.fullmatch(text, f.end, after.start) is not None:  # X-এর পরিবর্তে Y
                tense = sentences.sentence(f.sentence).tense
                replaced = _replaced(f, after, tense, on_day)
                if replaced is not None:
                    start, value = replaced
                    yield start, after.end, value
                    k += 2
                    continue
                if isinstance(f.result, Recurrence) and (f.result.time or f.result.during):
                    # … ৩টার পরিবর্তে দুপুর ৩টা থেকে: the replaced time is none of its times
                    yield f.start, f.end, replace(f.result, time=None, during=None)
                    k += 1
                    continue
            if f.length is not None and after.anchored and _near(text, f.end, after.start):
                yield f.start, f.end, f.length
                k += 1
                continue
        cues = sentences.sentence(f.sentence)
        result = f.result
        if f.sentence not in dated:
            window = _clock_window(result) if cues.schedule else None
            if window is not None:
                result = Recurrence("daily", during=window)
            elif f.weekdays and (cues.weekly or (cues.closed and (len(f.weekdays) > 1 or cues.schedule))):
                result = Recurrence("weekly", byweekday=tuple(weekday_code(d) for d in f.weekdays))
        yield f.start, f.end, result
        k += 1


_REPLACED: Final = re.compile(f"[ ]*(?:এর[ ]*)?(?:{'|'.join(lx.REPLACED_BY)})[ ,]*")


def _replaced(
    first: Found, second: Found, tense: str | None, on_day: OnDay | None
) -> tuple[int, Parsed | Interval | Recurrence] | None:
    """Rule 8: ``X-এর পরিবর্তে Y``, a time replaced by a clock time with no date: ``X``'s
    day or days at ``Y``'s time, from ``X``'s start (or ``Y`` alone when ``X`` was a
    time alone); None when ``X`` has no time to replace (a date for a date: both stand)."""
    a, b = first.result, second.result
    if isinstance(b, Interval) and b.end is None and b.start is not None and b.start.kind == "time":
        # শুক্রবার সকাল ১০টার পরিবর্তে বিকেল ৩টা থেকে: from 15:00 that Friday on (a recurrence
        # keeps no time of the two: "from 15:00" is no time it happens at)
        if isinstance(a, Parsed) and a.kind == "time":  # সাড়ে ৩টার পরিবর্তে ৩টা থেকে: the second alone
            return second.start, b
        if not (isinstance(a, Parsed) and a.kind == "datetime" and on_day is not None):
            return None
        start = b.start
        fields = Fields(hour=start.value.hour, minute=start.value.minute, second=start.value.second)
        dated = on_day(fields, a.value.date(), tense, True)
        return None if dated is None else (first.start, Interval(dated, None))
    window = _clock_window(b)
    if not (isinstance(b, Parsed) and b.kind == "time") and window is None:
        return None
    if isinstance(a, Recurrence) and (a.time is not None or a.during is not None):
        if window is not None:
            return first.start, replace(a, time=None, during=window)
        assert isinstance(b, Parsed)
        return first.start, replace(a, time=b.value.time().replace(tzinfo=None), during=None)
    if not isinstance(a, Parsed) or not isinstance(b, Parsed):
        return None
    if a.kind == "time":  # সাড়ে ৩টার পরিবর্তে ৩টায়: the second time alone
        return second.start, b
    if a.kind == "datetime" and on_day is not None and second.fields is not None:
        dated = on_day(second.fields, a.value.date(), tense, True)
        return None if dated is None else (first.start, dated)
    return None


_OPEN_PAREN: Final = re.compile("[ ]*[(]")


def _restated(first: Found, second: Found, text: str) -> bool:
    """A clock time in brackets right after a time that says the same on a 12-hour
    clock (বিকেল সাড়ে ৩টা (৩:৩০টা)): a restatement, not a time of its own (03:30)."""
    b = second.result
    if not isinstance(b, Parsed) or b.kind != "time" or _OPEN_PAREN.fullmatch(text, first.end, second.start) is None:
        return False
    a = first.result
    said = a.end if isinstance(a, Interval) else a
    if not isinstance(said, Parsed) or said.kind == "date":
        return False
    one, two = said.value, b.value
    return (one.hour % 12, one.minute) == (two.hour % 12, two.minute)


def _open_start(result: object) -> bool:
    return isinstance(result, Interval) and result.end is None


def _with_its_time(first: Found, second: Found, text: str) -> Recurrence | None:
    """Rule 4: a recurrence without a time, then a clock time or window with no date in
    the same sentence (প্রতি শুক্রবার … দুপুর ৩টায় প্রথম ট্রেন ছাড়বে): the recurrence at it."""
    a, b = first.result, second.result
    if not isinstance(a, Recurrence) or a.time is not None or a.during is not None:
        return None
    gap = text[first.end : second.start]
    if len(gap) > _START_END_GAP or _CLAUSE_STOP.search(gap) is not None:
        return None  # … শনিবার বন্ধ থাকবে; অন্যান্য দিন সকাল ৯টা থেকে: another clause's hours
    if isinstance(b, Parsed) and b.kind == "time":
        return replace(a, time=b.value.time().replace(tzinfo=None))
    window = _clock_window(b)
    if window is not None:
        return replace(a, during=window)
    return None


def _near(text: str, end: int, start: int) -> bool:
    """Next to each other in one phrase: only spaces or a comma between."""
    return _PHRASE_GAP.fullmatch(text, end, start) is not None


def _clock_window(result: object) -> tuple[_time, _time] | None:
    """The two clock times of an interval of clock times alone, else None."""
    if not isinstance(result, Interval) or result.start is None or result.end is None:
        return None
    if result.start.precision != "time" or result.end.precision != "time":
        return None
    return result.start.value.time().replace(tzinfo=None), result.end.value.time().replace(tzinfo=None)


def _start_and_end(first: Found, second: Found, text: str) -> Interval | Literal[False] | None:
    """Rule 1: one interval from a start and an end in one sentence, or None; False when
    they are a start and an end that contradict (শুরু ২০ মার্চ, শেষ ৫ মার্চ ২০২৫): no part of them
    is an answer."""
    gap = text[first.end : second.start]
    if len(gap) > _START_END_GAP or _SENTENCE_STOP.search(gap) is not None:
        return None
    a, b = first.result, second.result
    start: Parsed | None = None
    end: Parsed | None = None
    if isinstance(b, Interval) and b.start is None and b.end is not None:  # … ৭ তারিখ পর্যন্ত
        if isinstance(a, Interval) and a.end is None and a.start is not None:  # ১ ডিসেম্বর থেকে
            start, end = a.start, b.end
        elif (_is_day(a) or _is_clock(a)) and _says(gap, lx.START_WORDS):  # ২৩ জুলাই (দুপুর ২টায়) শুরু হয়ে
            start, end = a, b.end
    elif _is_point(a) and _is_point(b):  # শুরু হবে ৫ মার্চ, শেষ হবে ২০ মার্চ
        before = text[max(0, first.start - _CUE_REACH) : first.start]
        beyond = text[second.end : second.end + _CUE_REACH]
        starts = _says(before, lx.START_WORDS) or _says(gap, lx.START_WORDS)
        ends = _says(gap, lx.END_WORDS) or _says(beyond, lx.END_WORDS)
        if starts and ends and _says(gap + beyond, lx.END_WORDS) and not _says(before, lx.END_WORDS):
            start, end = a, b
    if start is None or end is None or ((start.kind == "time") != (end.kind == "time") and start.kind == "time"):
        return None
    if start.kind == "time":  # সকাল ১০টায় শুরু হয়ে দুপুর ১টায় শেষ হবে: two clock times
        return Interval(start, end)
    if end.kind == "time":  # শনিবার সকাল ১০টায় শুরু হয়ে … চলবে রাত ৮টা পর্যন্ত: on the start's day
        end = _on_the_day_of(end, start)
    elif start.value.year != end.value.year and _yearless_day(text[first.start : first.end]):
        start = _in_the_end_year(start, end)  # শুরু ২০ মার্চ, শেষ ৫ মার্চ ২০২৫: no year-long range
        if start is None:
            return False
    if end.value < start.value:
        return False
    return Interval(start, end)


def _open_ends_contradict(first: Found, second: Found, text: str) -> bool:
    """Whether an open start (… থেকে) and, in the next sentence, an open end (… পর্যন্ত) name
    an end before the start, a year-less end counted in the start's year."""
    a, b = first.result, second.result
    if not (isinstance(a, Interval) and a.end is None and a.start is not None):
        return False
    if not (isinstance(b, Interval) and b.start is None and b.end is not None):
        return False
    if second.start - first.end > _START_END_GAP:
        return False
    start, end = a.start, b.end
    if start.kind == "time" or end.kind == "time":
        return False
    if start.value.year != end.value.year and _yearless_day(text[second.start : second.end]):
        if (end.value.month, end.value.day) >= (start.value.month, start.value.day):
            return False  # ১৫ সেপ্টেম্বর থেকে। ২০ সেপ্টেম্বর পর্যন্ত।
        return end.value.month >= start.value.month  # no new year between them
    return end.value < start.value


_DIGITS: Final = re.compile("[০-৯0-9]+")


def _yearless_day(written: str) -> bool:
    """Whether a date is written with a day number and no year (২০ মার্চ, not ২০ মার্চ ২০২৪).

    >>> _yearless_day("২০ মার্চ"), _yearless_day("২০ মার্চ ২০২৪"), _yearless_day("গতকাল")
    (True, False, False)
    """
    runs = _DIGITS.findall(written)
    return bool(runs) and all(len(run) <= 2 for run in runs)


def _in_the_end_year(start: Parsed, end: Parsed) -> Parsed | None:
    """A year-less start put in its end's year, or the year before when a new year falls
    between them (the end's month before the start's); None when the ends contradict."""
    year = end.value.year if (start.value.month, start.value.day) <= (end.value.month, end.value.day) else None
    if year is None and start.value.month > end.value.month:
        year = end.value.year - 1
    if year is None:
        return None
    try:
        moved = start.value.replace(year=year)
    except ValueError:  # ২৯ ফেব্রুয়ারি in a common year
        return None
    return Parsed(moved, start.precision, start.calendar)


def _is_clock(result: object) -> TypeGuard[Parsed]:
    return isinstance(result, Parsed) and result.kind == "time"


def _is_point(result: object) -> TypeGuard[Parsed]:
    return isinstance(result, Parsed) and result.kind in ("date", "datetime", "time")


def _on_the_day_of(clock: Parsed, start: Parsed) -> Parsed:
    """A clock time put on ``start``'s day (or the next, when it would fall before it)."""
    zone = start.value.tzinfo
    assert zone is not None
    day = start.value.date()
    moved = _tz.localize(datetime.combine(day, clock.value.time().replace(tzinfo=None)), zone, "compatible")
    if moved < start.value:
        moved = _tz.localize(
            datetime.combine(day + timedelta(days=1), clock.value.time().replace(tzinfo=None)), zone, "compatible"
        )
    return Parsed(moved, "minute", clock.calendar)


def _says(piece: str, words: tuple[str, ...]) -> bool:
    return any(word in piece for word in words)
