"""Time zones: the only module that imports pytz.

``tz=`` arguments take an IANA name, a pytz zone, a ``zoneinfo.ZoneInfo``, a fixed
offset (``datetime.timezone``) or an offset string such as ``"+06:00"``. Attaching a
zone to a wall-clock time goes through :func:`localize`, never
``replace(tzinfo=pytz_zone)`` (which gives Dhaka's +06:02 local mean time).

>>> from datetime import datetime
>>> localize(datetime(1971, 3, 26, 10, 0), "Asia/Dhaka").isoformat()
'1971-03-26T10:00:00+06:00'
>>> localize(datetime(2009, 6, 20, 10, 0), "Asia/Dhaka").isoformat()
'2009-06-20T10:00:00+07:00'
>>> localize(datetime(2009, 12, 31, 23, 30), "Asia/Dhaka", disambiguate="later").isoformat()
'2009-12-31T23:30:00+06:00'

pytz's ``localize`` costs about 13 µs a call; :func:`localize` reads the same pytz
transition data from a table built once per zone and answers in about a microsecond,
attaching the very tzinfo objects ``localize`` would.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Final, Literal, NamedTuple

import pytz
import pytz.tzfile

from .errors import AmbiguousTimeError, NonExistentTimeError, UnknownTimezoneError

__all__ = [
    "DEFAULT_TZ",
    "DISAMBIGUATE",
    "Disambiguate",
    "WallTable",
    "constant_offset",
    "get_tz",
    "in_zone",
    "localize",
    "localize_wall",
    "now",
    "to_zoneinfo",
    "unique_offset",
    "wall_key",
    "wall_table",
    "zone_name",
]

DEFAULT_TZ: Final = "Asia/Dhaka"
Disambiguate = Literal["raise", "earlier", "later", "compatible"]
#: The ``disambiguate=`` choices (see :func:`localize`).
DISAMBIGUATE: Final = ("raise", "earlier", "later", "compatible")

_OFFSET_RE = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", re.ASCII | re.IGNORECASE)


def fixed_offset(minutes: int) -> timezone:
    """A fixed-offset zone; ``fixed_offset(360)`` is UTC+06:00."""
    if not -24 * 60 < minutes < 24 * 60:
        msg = f"offset of {minutes} minutes is out of range"
        raise UnknownTimezoneError(msg)
    return _fixed(minutes)


@lru_cache(maxsize=256)
def _fixed(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


def get_tz(tz: str | tzinfo) -> tzinfo:
    """Return a tzinfo for a name, an offset string or a tzinfo (returned as is).

    >>> get_tz("Asia/Dhaka").zone
    'Asia/Dhaka'
    >>> get_tz("+05:30")
    datetime.timezone(datetime.timedelta(seconds=19800))
    """
    if isinstance(tz, tzinfo):
        if not isinstance(tz, (timezone, pytz.BaseTzInfo)):
            _check_offset(tz)
        return tz
    if not isinstance(tz, str):
        msg = f"tz must be a zone name or a tzinfo, not {type(tz).__name__}"
        raise TypeError(msg)
    return _zone_by_name(tz)


def _check_offset(zone: tzinfo) -> None:
    """A tzinfo that gives no UTC offset would make naive results: refused."""
    try:
        offset = zone.utcoffset(datetime(2000, 1, 1))
    except (NotImplementedError, TypeError, ValueError):  # tzinfo() itself, a broken one
        offset = None
    if offset is None:
        msg = f"tz {zone!r} gives no UTC offset (utcoffset() is None): not a time zone"
        raise UnknownTimezoneError(msg)


def _zone_words() -> dict[str, str]:
    """The zone words the text may carry (IST, বিএসটি, ভারতীয় সময়) → their IANA zone."""
    import unicodedata

    from .lexicon import ZONE_WORDS

    return {
        unicodedata.normalize("NFC", spelling).casefold(): zone.split()[0]
        for zone, spellings in ZONE_WORDS
        for spelling in spellings
    }


def _suggest(name: str) -> str:
    """``; did you mean 'Asia/Dhaka'?`` for a near miss of an IANA name, else ``""``."""
    import difflib

    names = {zone.casefold(): zone for zone in pytz.all_timezones}
    close = difflib.get_close_matches(name.casefold(), names, n=1, cutoff=0.8)
    return f"; did you mean {names[close[0]]!r}?" if close else ""


@lru_cache(maxsize=64)
def _zone_by_name(name: str) -> tzinfo:
    m = _OFFSET_RE.fullmatch(name.strip())
    if m is not None:
        sign = -1 if m.group(1) == "-" else 1
        return fixed_offset(sign * (int(m.group(2)) * 60 + int(m.group(3) or 0)))
    if name.upper() == "UTC":
        return pytz.utc
    try:
        # An exact IANA name: read its one file. pytz.timezone() first checks that every
        # zone file exists (about 9 ms, more than a whole one-line conversion).
        with pytz.open_resource(name) as data:  # type: ignore[attr-defined]
            if data.read(4) == b"TZif":  # not zone.tab, tzdata.zi and the like
                data.seek(0)
                return pytz.tzfile.build_tzinfo(name, data)
    except (OSError, ValueError, UnicodeError):
        pass
    try:
        return pytz.timezone(name)  # aliases and other spellings: pytz's own lookup
    except (pytz.UnknownTimeZoneError, ValueError, AttributeError):
        pass
    import unicodedata

    word = _zone_words().get(unicodedata.normalize("NFC", name.strip()).casefold())
    if word is not None:  # tz="IST" means what IST in the text means
        return _zone_by_name(word)
    msg = f"unknown time zone {name!r}{_suggest(name)}"
    raise UnknownTimezoneError(msg) from None


def zone_name(tz: tzinfo) -> str:
    """The IANA name of a pytz or zoneinfo zone, else its ``tzname``."""
    name = getattr(tz, "zone", None) or getattr(tz, "key", None)
    if isinstance(name, str):
        return name
    return str(tz.tzname(None))


@lru_cache(maxsize=1024)
def constant_offset(zone: tzinfo | None) -> str | None:
    """The UTC offset of a tzinfo that has one offset at every moment it is attached to (a
    period of a pytz zone, as :func:`localize` attaches them; a fixed offset; UTC), as
    ``isoformat()`` writes it; None for any other (``zoneinfo``, naive). What
    :meth:`bn_datetime.values.Parsed.isoformat` writes without asking the tzinfo.

    >>> constant_offset(localize(datetime(2009, 6, 20, 10, 0), "Asia/Dhaka").tzinfo)
    '+07:00'
    >>> constant_offset(get_tz("-03:30")), constant_offset(None)
    ('-03:30', None)
    """
    if isinstance(zone, (timezone, pytz.tzinfo.StaticTzInfo, pytz.tzinfo.DstTzInfo)) or zone is pytz.utc:
        return _iso_offset(zone)
    return None


class _Table:
    """A pytz zone's transitions, arranged for bisection on UTC instants."""

    __slots__ = ("infos", "iso_offsets", "offsets", "safe_ends", "safe_starts", "utc_times")

    def __init__(self, zone: pytz.tzinfo.DstTzInfo) -> None:
        # pytz keeps its transitions in these (undocumented but stable since 2004)
        # attributes; tests compare this table with pytz's own localize().
        transitions: list[tuple[timedelta, timedelta, str]] = getattr(zone, "_transition_info")  # noqa: B009
        by_info: dict[tuple[timedelta, timedelta, str], tzinfo] = getattr(zone, "_tzinfos")  # noqa: B009
        self.utc_times: list[datetime] = list(getattr(zone, "_utc_transition_times"))  # noqa: B009
        self.offsets: list[timedelta] = [info[0] for info in transitions]
        self.infos: list[tzinfo] = [by_info[info] for info in transitions]
        # each period's offset as isoformat() writes it ("+06:00")
        self.iso_offsets: list[str] = [datetime(2000, 1, 1, tzinfo=i).isoformat()[19:] for i in self.infos]

        # For each period, the wall times that belong to it alone: from its start plus
        # the larger of the offsets around that start, to the next start plus the smaller
        # of the offsets around it. One bisection finds the period of almost any time.
        last = len(self.utc_times) - 1
        self.safe_starts: list[datetime] = []
        self.safe_ends: list[datetime] = []
        for i in range(last + 1):
            before = self.offsets[i - 1] if i else self.offsets[i]
            start = self.utc_times[i] + max(before, self.offsets[i]) if i else datetime.min
            if i < last:
                end = self.utc_times[i + 1] + min(self.offsets[i], self.offsets[i + 1])
            else:
                end = datetime.max
            self.safe_starts.append(start)
            self.safe_ends.append(end)

    def unique(self, local: datetime) -> int:
        """The period of a wall time that occurs once and not near a change, else -1."""
        i = bisect_right(self.safe_starts, local) - 1
        return i if i >= 0 and local < self.safe_ends[i] else -1

    def index_at_utc(self, utc: datetime) -> int:
        return max(bisect_right(self.utc_times, utc) - 1, 0)

    def candidates(self, local: datetime) -> list[int]:
        """Indices of the periods in which the wall time ``local`` occurs (0, 1 or 2)."""
        guess = self.index_at_utc(local - self.offsets[self.index_at_utc(local)])
        found = []
        last = len(self.utc_times) - 1
        for i in range(max(guess - 2, 0), min(guess + 3, last + 1)):
            utc = local - self.offsets[i]
            if (i == 0 or self.utc_times[i] <= utc) and (i == last or utc < self.utc_times[i + 1]):
                found.append(i)
        return found


@lru_cache(maxsize=64)
def _table(zone: pytz.tzinfo.DstTzInfo) -> _Table:
    return _Table(zone)


def localize(
    naive: datetime, tz: str | tzinfo = DEFAULT_TZ, disambiguate: Disambiguate = "raise"
) -> datetime:
    """Attach ``tz`` to a wall-clock time, with the offset in force at that time and place.

    ``disambiguate`` says what to do with a time that a daylight-saving change skipped
    (a gap) or repeated (an overlap): ``"raise"`` (the default) raises
    :class:`NonExistentTimeError` / :class:`AmbiguousTimeError`; ``"earlier"`` and
    ``"later"`` pick the earlier or later instant; ``"compatible"`` is ``"earlier"`` in an
    overlap and ``"later"`` in a gap (what most systems do). A gap time comes back
    moved by the size of the gap, so the wall clock shown is one that existed.

    >>> localize(datetime(2009, 6, 19, 23, 30), "Asia/Dhaka", "later").isoformat()
    '2009-06-20T00:30:00+07:00'
    >>> localize(datetime(2009, 6, 19, 23, 30), "Asia/Dhaka", "earlier").isoformat()
    '2009-06-19T22:30:00+06:00'
    """
    if disambiguate not in DISAMBIGUATE:
        msg = f"disambiguate must be one of {', '.join(DISAMBIGUATE)}, not {disambiguate!r}"
        raise ValueError(msg)
    zone = get_tz(tz)
    if naive.tzinfo is not None:
        naive = naive.replace(tzinfo=None)
    if isinstance(zone, pytz.tzinfo.DstTzInfo):
        return _localize_pytz(naive, zone, disambiguate)
    if isinstance(zone, (timezone, pytz.tzinfo.StaticTzInfo)) or zone is pytz.utc:
        return naive.replace(tzinfo=zone)
    return _localize_fold(naive, zone, disambiguate)


def unique_offset(naive: datetime, zone: tzinfo) -> tuple[tzinfo, str] | None:
    """The tzinfo and ISO offset of a wall time ``zone`` shows once, far from a clock change.

    ``None`` when the answer needs :func:`localize` (a time near a change, a zone that is
    not a pytz zone with transitions). For the quick path of the news form.

    >>> unique_offset(datetime(2009, 6, 20, 10, 0), get_tz("Asia/Dhaka"))[1]
    '+07:00'
    >>> unique_offset(datetime(2009, 12, 31, 23, 30), get_tz("Asia/Dhaka")) is None
    True
    """
    if isinstance(zone, pytz.tzinfo.DstTzInfo):
        table = _table(zone)
        i = table.unique(naive)
        if i >= 0:
            return table.infos[i], table.iso_offsets[i]
    return None


class WallTable(NamedTuple):
    """A zone's offsets over ranges of days, for writing ISO text directly.

    Days are keys of :func:`wall_key` (``YYYYMMDD`` as one integer, ordered as the days
    are). Every wall time of a day ``key`` with ``starts[i] <= key < ends[i]`` occurs once
    in the zone, far from any clock change, with the UTC offset ``offsets[i]`` written as
    ``isoformat()`` writes it and the tzinfo ``infos[i]`` that :func:`localize` attaches.
    A day in no range (one with a clock change near it) needs :func:`unique_offset` or
    :func:`localize` with ``zone``.
    """

    starts: list[int]
    ends: list[int]
    offsets: list[str]
    infos: list[tzinfo]
    zone: tzinfo
    #: year → the offset of all its days when one range holds them all, else "": filled
    #: by :meth:`year_offset` as years are asked for (a fact of the zone, not of any text)
    years: dict[int, str]

    def year_offset(self, year: int) -> str:
        """The ISO offset of every wall time of ``year``, if one range holds the whole
        year, else ``""`` (a year with a clock change near one of its days).

        >>> wall_table("Asia/Dhaka").year_offset(2024), wall_table("Asia/Dhaka").year_offset(2009)
        ('+06:00', '')
        """
        offset = self.years.get(year)
        if offset is None:
            i = self.year_range(year)
            offset = self.offsets[i] if i >= 0 else ""
            self.years[year] = offset
        return offset

    def year_range(self, year: int) -> int:
        """The range that holds every day of ``year``, or -1 (a year with a clock change
        near one of its days). The ranges do not overlap, so every day of the year bisects
        to it.

        >>> table = wall_table("Asia/Dhaka")
        >>> table.infos[table.year_range(2024)] is table.infos[table.year_range(2023)], table.year_range(2009)
        (True, -1)
        """
        i = bisect_right(self.starts, wall_key(year, 1, 1)) - 1
        return i if i >= 0 and wall_key(year, 12, 31) < self.ends[i] else -1


#: After every day: 9999-12-31 is ``99991231``.
_KEY_END: Final = 10**8


def wall_key(year: int, month: int, day: int) -> int:
    """One integer for a day, ordered as the days are (and small: no long arithmetic).

    >>> wall_key(2024, 9, 14)
    20240914
    """
    return (year * 100 + month) * 100 + day


def _first_whole_day(start: datetime) -> int:
    """The key of the first day that begins at or after ``start``."""
    if start == datetime.min:
        return 0
    day = start.date()
    if start.time() != datetime.min.time():
        try:
            day += timedelta(days=1)
        except OverflowError:
            return _KEY_END
    return wall_key(day.year, day.month, day.day)


def _day_after_last(end: datetime) -> int:
    """The key of the day that holds ``end`` (every day before it ends by ``end``)."""
    if end == datetime.max:
        return _KEY_END
    return wall_key(end.year, end.month, end.day)


def _iso_offset(zone: tzinfo) -> str:
    return datetime(2000, 1, 1, tzinfo=zone).isoformat()[19:]


def wall_table(tz: str | tzinfo) -> WallTable | None:
    """The :class:`WallTable` of a zone (a name or a tzinfo, checked as :func:`get_tz`
    checks it), or ``None`` for a zone :func:`localize` does not read from pytz's
    transitions (``zoneinfo``, a tzinfo of another kind). Built once per zone from the
    periods :func:`localize` bisects, each cut to the whole days it holds; a fixed offset
    (UTC, ``+05:30``) is one range.

    >>> table = wall_table("Asia/Dhaka")
    >>> from bisect import bisect_right
    >>> i = bisect_right(table.starts, wall_key(2009, 6, 20)) - 1
    >>> table.offsets[i], wall_key(2009, 6, 20) < table.ends[i]
    ('+07:00', True)
    >>> i = bisect_right(table.starts, wall_key(2009, 6, 19)) - 1  # the clock moved at 23:00
    >>> wall_key(2009, 6, 19) < table.ends[i]
    False
    >>> wall_table("UTC").offsets, wall_table("+05:30").offsets
    (['+00:00'], ['+05:30'])
    """
    zone = get_tz(tz)
    return _wall_table(id(zone), zone)


@lru_cache(maxsize=256)
def _wall_table(identity: int, zone: tzinfo) -> WallTable | None:
    """Keyed by identity first: an equal zone of another name (``timezone`` compares by
    offset) gets a table of its own, so results carry the very tzinfo asked for; the
    cache keeps the zone alive, so its id stays its own."""
    if isinstance(zone, pytz.tzinfo.DstTzInfo):
        periods = _table(zone)
        return WallTable(
            [_first_whole_day(start) for start in periods.safe_starts],
            [_day_after_last(end) for end in periods.safe_ends],
            periods.iso_offsets,
            periods.infos,
            zone,
            {},
        )
    if isinstance(zone, (timezone, pytz.tzinfo.StaticTzInfo)) or zone is pytz.utc:
        return WallTable([0], [_KEY_END], [_iso_offset(zone)], [zone], zone, {})
    return None


def localize_wall(
    year: int,
    month: int,
    day: int,
    hour: int,
    minute: int,
    second: int,
    microsecond: int,
    zone: tzinfo,
    disambiguate: Disambiguate,
) -> datetime:
    """``localize(datetime(year, …, microsecond), zone, disambiguate)`` for a ``zone``
    :func:`get_tz` gave and a checked ``disambiguate``: the same datetime, with the same
    tzinfo, and the same errors. A day of the zone's :func:`wall_table` (almost every
    day) is one bisection on integers and one datetime; the rest goes to :func:`localize`.

    >>> localize_wall(2009, 6, 20, 10, 0, 0, 0, get_tz("Asia/Dhaka"), "raise").isoformat()
    '2009-06-20T10:00:00+07:00'
    >>> localize_wall(2009, 12, 31, 23, 30, 0, 0, get_tz("Asia/Dhaka"), "later").isoformat()
    '2009-12-31T23:30:00+06:00'
    """
    years = _year_infos(id(zone), zone)
    info = years.get(year)
    if info is not None:  # one tzinfo for every day of the year
        return datetime(year, month, day, hour, minute, second, microsecond, info)
    table = _wall_table(id(zone), zone)
    if table is not None:
        if year not in years:
            whole = table.year_range(year)
            years[year] = table.infos[whole] if whole >= 0 else None
        key = (year * 100 + month) * 100 + day
        i = bisect_right(table.starts, key) - 1
        if i >= 0 and key < table.ends[i]:
            return datetime(year, month, day, hour, minute, second, microsecond, table.infos[i])
    return localize(datetime(year, month, day, hour, minute, second, microsecond), zone, disambiguate)


@lru_cache(maxsize=256)
def _year_infos(identity: int, zone: tzinfo) -> dict[int, tzinfo | None]:
    """For a zone :func:`localize_wall` was given (keyed as :func:`_wall_table`): year → the
    tzinfo of every day of it, or None when a clock change is near one
    (:meth:`WallTable.year_range`). Facts of the zone, filled as years are asked for."""
    return {}


def _localize_pytz(naive: datetime, zone: pytz.tzinfo.DstTzInfo, mode: str) -> datetime:
    table = _table(zone)
    i = table.unique(naive)
    if i >= 0:  # building the datetime anew is three times faster than replace(tzinfo=)
        return datetime(
            naive.year, naive.month, naive.day, naive.hour, naive.minute, naive.second,
            naive.microsecond, table.infos[i],
        )
    found = table.candidates(naive)
    if len(found) == 1:
        return naive.replace(tzinfo=table.infos[found[0]])
    text = naive.isoformat()
    if len(found) == 2:
        if mode == "raise":
            raise AmbiguousTimeError(text, 0, reason=f"{text} happened twice in {zone.zone}")
        i = found[0] if mode in ("earlier", "compatible") else found[1]
        return naive.replace(tzinfo=table.infos[i])
    if mode == "raise":
        raise NonExistentTimeError(text, 0, reason=f"{text} did not happen in {zone.zone}")
    # A gap opened by transition j: the wall time lies between the old and new offsets.
    for j in range(1, len(table.utc_times)):
        if table.utc_times[j] + table.offsets[j - 1] <= naive < table.utc_times[j] + table.offsets[j]:
            break
    offset = table.offsets[j - 1] if mode in ("later", "compatible") else table.offsets[j]
    return _from_utc(table, naive - offset)


def _from_utc(table: _Table, utc: datetime) -> datetime:
    i = table.index_at_utc(utc)
    return (utc + table.offsets[i]).replace(tzinfo=table.infos[i])


def _localize_fold(naive: datetime, zone: tzinfo, mode: str) -> datetime:
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    off0, off1 = first.utcoffset(), second.utcoffset()
    if off0 is None or off1 is None:  # never a naive result
        msg = f"tz {zone!r} gives no UTC offset for {naive.isoformat()}: not a time zone"
        raise UnknownTimezoneError(msg)
    if off0 == off1:
        return first
    utc = timezone.utc
    exists0 = first.astimezone(utc).astimezone(zone).replace(tzinfo=None) == naive
    exists1 = second.astimezone(utc).astimezone(zone).replace(tzinfo=None) == naive
    text = naive.isoformat()
    if exists0 and exists1:  # an overlap: fold=0 is the earlier instant
        if mode == "raise":
            raise AmbiguousTimeError(text, 0, reason=f"{text} happened twice in {zone_name(zone)}")
        return first if mode in ("earlier", "compatible") else second
    if mode == "raise":
        raise NonExistentTimeError(text, 0, reason=f"{text} did not happen in {zone_name(zone)}")
    # In a gap fold=0 reads the time with the offset before the gap (the later instant).
    chosen = first if mode in ("later", "compatible") else second
    return chosen.astimezone(utc).astimezone(zone)


def in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """``moment.astimezone(zone)`` for an aware ``moment``: the same instant on the zone's
    clock. Remembered for the last few pairs: a call's ``now`` is converted for every text
    and every match, always the same (the key holds ``fold``, which equality ignores
    between two datetimes of one tzinfo).

    >>> in_zone(datetime(2024, 9, 14, 12, 42, tzinfo=timezone.utc), get_tz("Asia/Dhaka")).isoformat()
    '2024-09-14T18:42:00+06:00'
    """
    return _in_zone(moment, moment.fold, zone)


@lru_cache(maxsize=16)
def _in_zone(moment: datetime, fold: int, zone: tzinfo) -> datetime:
    return moment.astimezone(zone)


def now(tz: str | tzinfo = DEFAULT_TZ) -> datetime:
    """The current time in ``tz`` (the clock is read; the system time zone never is)."""
    zone = get_tz(tz)
    return datetime.now(timezone.utc).astimezone(zone) if not isinstance(
        zone, pytz.tzinfo.BaseTzInfo
    ) else pytz.utc.localize(datetime.utcnow()).astimezone(zone)


def to_zoneinfo(value: datetime) -> datetime:
    """The same instant and wall time with a :class:`zoneinfo.ZoneInfo` zone.

    Results carry pytz zones by default, and a pytz zone keeps the offset it was given:
    ``result + timedelta(days=200)`` shows a stale offset across a daylight-saving
    change. A ``ZoneInfo`` zone works the offset out for every wall time, so arithmetic
    on the converted value is right. Fixed offsets and UTC come back as
    :class:`datetime.timezone`; a naive value is refused (``ValueError``).

    >>> from datetime import timedelta
    >>> march = localize(datetime(2024, 3, 1, 10, 0), "America/New_York")
    >>> (march + timedelta(days=200)).isoformat()  # pytz: the winter offset stays
    '2024-09-17T10:00:00-05:00'
    >>> (to_zoneinfo(march) + timedelta(days=200)).isoformat()
    '2024-09-17T10:00:00-04:00'
    """
    zone = value.tzinfo
    offset = value.utcoffset()
    if zone is None or offset is None:
        msg = "to_zoneinfo() needs an aware datetime"
        raise ValueError(msg)
    if zone is pytz.utc or isinstance(zone, timezone):
        return value.astimezone(timezone.utc) if zone is pytz.utc else value
    name = getattr(zone, "zone", None) or getattr(zone, "key", None)
    if not isinstance(name, str):
        return value.astimezone(_fixed(int(offset.total_seconds() // 60)))
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        target = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        msg = f"no zoneinfo data for {name!r} (install the tzdata package)"
        raise UnknownTimezoneError(msg) from None
    return value.astimezone(target)
