"""``search``: dates and times in running text.

The text is normalised once (with a map back to the original offsets) and split into
tokens with positions. Runs of date-like tokens — cut at unknown words and at line
breaks — are tried against the grammar, longest first from each start, and at most a
fixed number of tokens long, so the work is linear in the text. A window the grammar
accepts is resolved exactly as :func:`bn_datetime.parse` would; then a few rules keep
ordinary words from passing for dates (precision over recall):

* a short weekday (রবি, সোম, মঙ্গল, বুধ, বৃহস্পতি, শুক্র, শনি) or a month alone is
  a date only in a date's company; a month alone counts when it is inflected
  (সেপ্টেম্বরে, জুনের): a bare name like জুন is as often part of a list or a name, and
  "জুন মাসে" needs গত/আগামী/এই to say which June;
* এখন ("now") alone, a number with টা alone (also a counter: "১০টা বই") and a bare
  clock reading with a one-digit minute (a score, "২:১") are not dates;
* a number and a unit with no আগে/পরে (`৩০ মাসেরও`, `সাত দিনে`) is a duration.

Labels and separators around a match are left out of its span.

>>> from datetime import datetime
>>> [(m.text, m.isoformat()) for m in search(
...     "প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম। শনিবার সাত দিনে ১৭ লাখ টাকা",
...     now=datetime(2024, 9, 14, 20, 0))]
[('১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম', '2024-09-14T18:42:00+06:00'), ('শনিবার', '2024-09-14')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import Any, Final, NamedTuple

from . import tz as _tz
from ._lexer import _NUMBER_KINDS, BASE_WORDS, SPLIT_SOURCE, WORDS, _lookup, _number_kind
from .components import Parsed, Precision, resolve
from .errors import ParseError
from .grammar import search_roles
from .normalize import normalize_with_map
from .parsing import _offset_steps

__all__ = ["MAX_TOKENS", "Match", "iter_search", "search"]

#: The longest window, in tokens, tried as one date (a full dateline is about 15).
MAX_TOKENS: Final = 24
_BREAK: Final = "¶"  # a line break between tokens: no match runs across it
_SPLIT_SPACED: Final = re.compile("([ \t\r\n]*+)(" + SPLIT_SOURCE + ")", re.DOTALL)
_DIGITS: Final = frozenset("0123456789০১২৩৪৫৬৭৮৯")
_RUNS: Final = re.compile(f"[^U{_BREAK}]+")
# Kinds a match may start with, and those trimmed off its ends.
_STARTS: Final = frozenset("dqyMGJWRngPFhvxAL")
_LEAD: Final = frozenset("L:,|-x.")
_TRAIL: Final = frozenset(".,|-:")


class Match(NamedTuple):
    """A date or time found in text; ``start``/``end`` index the text as given."""

    start: int
    end: int
    text: str
    value: datetime
    precision: Precision
    calendar: str

    def isoformat(self) -> str:
        """ISO 8601 at the match's precision (as :func:`bn_datetime.to_iso`)."""
        return Parsed(self.value, self.precision, self.calendar).isoformat()


class _Tokens(NamedTuple):
    norm: str
    kinds: str
    values: list[Any]
    starts: list[int]
    ends: list[int]

    def text(self, index: int) -> str:
        return self.norm[self.starts[index] : self.ends[index]]


def _tokens(norm: str) -> _Tokens:
    """Tokens with offsets; a run of unknown words or a line break is one ``U``/``¶``."""
    kinds: list[str] = []
    values: list[Any] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    last = _BREAK
    words = WORDS
    for space, piece in _SPLIT_SPACED.findall(norm):
        if space:
            pos += len(space)
            if "\n" in space and last != _BREAK:
                kinds.append(_BREAK)
                values.append(None)
                starts.append(pos)
                ends.append(pos)
                last = _BREAK
        size = len(piece)
        if piece[0] in _DIGITS:
            last = _NUMBER_KINDS[size] if size < 10 else _number_kind(size)
            kinds.append(last)
            values.append(int(piece) if last != "X" else None)
            starts.append(pos)
            pos += size
            ends.append(pos)
            continue
        found = words.get(piece)
        if found is not None:
            if found[0]:
                last = found[0]
                kinds.append(last)
                values.append(found[1])
                starts.append(pos)
                ends.append(pos + size)
            pos += size
            continue
        if not (piece.isascii() or "." in piece or "ঃ" in piece or " " in piece or "-" in piece):
            # an ordinary word: most of any text, and one boundary however many in a row
            if last != "U":
                last = "U"
                kinds.append("U")
                values.append(None)
                starts.append(pos)
                ends.append(pos + size)
            pos += size
            continue
        for kind, value, length in _lookup(piece):
            if kind != "U" or last not in ("U", _BREAK):
                last = kind
                kinds.append(kind)
                values.append(value)
                starts.append(pos)
                ends.append(pos + length)
            pos += length
    return _Tokens(norm, "".join(kinds), values, starts, ends)


def search(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    calendar: str = "bd",
    disambiguate: _tz.Disambiguate = "compatible",
) -> list[Match]:
    """Every date and time in ``text``, in order, without overlaps.

    Arguments are those of :func:`bn_datetime.parse`; ``now`` matters for relative
    expressions (গতকাল, ২ ঘণ্টা আগে) and dates without a year. A dateline printing
    several calendars gives one match per calendar, each with its ``calendar``.
    Time is linear in the length of the text.
    """
    return list(iter_search(text, tz=tz, now=now, calendar=calendar, disambiguate=disambiguate))


def iter_search(
    text: str,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    calendar: str = "bd",
    disambiguate: _tz.Disambiguate = "compatible",
) -> Iterator[Match]:
    """:func:`search`, one match at a time."""
    if not isinstance(text, str):
        msg = f"search() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    zone = _tz.get_tz(tz)
    if now is None:
        now = _tz.now(zone)
    elif not isinstance(now, datetime):
        msg = f"now must be a datetime, not {type(now).__name__}"
        raise TypeError(msg)
    position = 0
    done = 0  # where the last match ended: matches never overlap
    length = len(text)
    while position < length:
        end = _chunk_end(text, position)
        exact = end >= length or text[end - 1] == "\n"
        # a chunk cut inside a long line keeps only the matches that start early enough
        # to lie wholly inside it; the next chunk starts again _MARGIN before the cut
        limit = end if exact else end - _MARGIN
        for match in _search_chunk(text, position, end, zone, now, calendar, disambiguate):
            if match.start < done or match.end - match.start > _MARGIN:
                continue
            if match.start >= limit:
                break
            done = match.end
            yield match
        position = end if exact else _next_start(text, max(done, limit), position)


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
    zone: tzinfo,
    now: datetime,
    calendar: str,
    disambiguate: _tz.Disambiguate,
) -> Iterator[Match]:
    piece = text[base:end]
    norm, offsets = normalize_with_map(piece)
    tokens = _tokens(norm)
    kinds = tokens.kinds

    def original(pos: int) -> int:
        return base + (pos if offsets is None else offsets.to_original(pos))

    for run in _RUNS.finditer(kinds):
        i, stop = run.span()
        while i < stop:
            if kinds[i] not in _STARTS:
                i += 1
                continue
            found = _longest(tokens, i, min(stop, i + MAX_TOKENS))
            if found is None:
                i += 1
                continue
            j, roles = found
            parsed = _resolve(tokens, i, j, roles, zone, now, calendar, disambiguate)
            if parsed is not None and _keep(tokens, i, j, roles):
                first, last = _trim(kinds, i, j)
                start, stop_at = original(tokens.starts[first]), original(tokens.ends[last - 1])
                yield Match(
                    start, stop_at, text[start:stop_at], parsed.value, parsed.precision,
                    parsed.calendar,
                )
            i = j


def _longest(tokens: _Tokens, i: int, limit: int) -> tuple[int, dict[str, int]] | None:
    kinds = tokens.kinds
    for j in range(limit, i, -1):
        found = search_roles(kinds[i:j])
        if found is not None:
            return j, {role: index + i for role, index in found.items()}
    return None


def _resolve(
    tokens: _Tokens,
    i: int,
    j: int,
    roles: dict[str, int],
    zone: tzinfo,
    now: datetime,
    calendar: str,
    disambiguate: _tz.Disambiguate,
) -> Parsed | None:
    kinds, values = tokens.kinds, tokens.values
    fields: dict[str, Any] = {
        role: kinds[index] if values[index] is None else values[index]
        for role, index in roles.items()
    }
    if "year" in roles and kinds[roles["year"]] == "d":
        fields["yeardigits"] = tokens.ends[roles["year"]] - tokens.starts[roles["year"]]
    if "offset" in roles:
        fields["offset"] = _offset_steps(kinds, values, roles["offset"])
    if "fraction" in roles:
        fields["fractiontext"] = tokens.text(roles["fraction"])
    window = tokens.norm[tokens.starts[i] : tokens.ends[j - 1]]

    def where(role: str) -> int:
        return 0

    try:
        # a page's own inconsistencies (a wrong weekday) are its business: no warnings
        return resolve(
            fields, window, where, zone=zone, now=now,
            disambiguate=disambiguate, strict=False, calendar=calendar, warn=False,
        )
    except ParseError:
        return None  # a date that does not exist (৩১ এপ্রিল): no match, and no part of it


_SHORT_WEEKDAY_END: Final = "বার"
_FULL_ENGLISH_DAYS: Final = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)


def _keep(tokens: _Tokens, i: int, j: int, roles: dict[str, int]) -> bool:
    """The search-only rules that keep ordinary words from passing for dates."""
    kinds = tokens.kinds[i:j]
    core = kinds.strip("L:,|-x.")
    if core == "W":
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
        if "oclock" in roles:
            return False
        minute = roles.get("minute")
        if minute is not None and tokens.ends[minute] - tokens.starts[minute] < 2:
            return False
    return True


def _trim(kinds: str, i: int, j: int) -> tuple[int, int]:
    while i < j - 1 and kinds[i] in _LEAD:
        i += 1
    while j > i + 1 and kinds[j - 1] in _TRAIL:
        j -= 1
    return i, j
