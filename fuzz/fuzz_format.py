"""atheris target: ``format_datetime`` with random datetimes, zones, options and patterns.

    python fuzz/fuzz_format.py -max_total_time=600 fuzz/corpus/format

A malformed pattern is a ``PatternError``, a date outside a calendar's range a
``CalendarRangeError``; everything else formats to a str. What a named style writes
for a Gregorian datetime must read back to the same wall time.
"""

from __future__ import annotations

import sys
import warnings
from datetime import date, datetime, timedelta, timezone

import atheris

from _common import DOCUMENTED, known_bug, pick

with atheris.instrument_imports():
    import bn_datetime as bd

LETTERS = "GyMdEaBhHmsSxXZO'' ,:/-.টা"
STYLES = ("news", "news-24h", "date", "full", "short", "iso", "time", "masthead")
CALENDARS = ("gregorian", "gregorian", "bd", "bd-2019", "wb", "wb-drik", "hijri")
ZONES = ("Asia/Dhaka", "UTC", "Asia/Kolkata", "America/St_Johns")
ROUND_TRIP = {"news": "minute", "news-24h": "minute", "iso": "second"}


def value(fdp: atheris.FuzzedDataProvider) -> datetime | date | str:
    ordinal = fdp.ConsumeIntInRange(1, date.max.toordinal())
    day = date.fromordinal(ordinal)
    kind = fdp.ConsumeIntInRange(0, 3)
    if kind == 0:
        return day
    moment = datetime(day.year, day.month, day.day, fdp.ConsumeIntInRange(0, 23),
                      fdp.ConsumeIntInRange(0, 59), fdp.ConsumeIntInRange(0, 59),
                      fdp.ConsumeIntInRange(0, 999_999))
    if kind == 2:
        # real offsets are -12:00 to +14:00; beyond ±14:59 parse refuses what format wrote
        # (tests/test_fuzz_regressions.py), so the round trip below keeps to ±14:59
        minutes = fdp.ConsumeIntInRange(-1439, 1439) if fdp.ConsumeBool() else fdp.ConsumeIntInRange(-899, 899)
        moment = moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    if kind == 3:
        return moment.isoformat() if fdp.ConsumeBool() else fdp.ConsumeUnicode(30)
    return moment


def pattern(fdp: atheris.FuzzedDataProvider) -> str:
    choice = fdp.ConsumeIntInRange(0, 2)
    if choice == 0:
        return pick(fdp, STYLES)
    if choice == 1:
        return "".join(LETTERS[fdp.ConsumeIntInRange(0, len(LETTERS) - 1)]
                       for _ in range(fdp.ConsumeIntInRange(0, 16)))
    return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 20))


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    moment = value(fdp)
    pat = pattern(fdp)
    calendar = pick(fdp, CALENDARS)
    zone = pick(fdp, ZONES) if fdp.ConsumeBool() else None
    digits = "bengali" if fdp.ConsumeBool() else "ascii"
    ampm = pick(fdp, ("short", "formal", "latin"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            out = bd.format_datetime(moment, pat, digits=digits, ampm=ampm, tz=zone,  # type: ignore[arg-type]
                                     precomposed=fdp.ConsumeBool(), calendar=calendar)
        except DOCUMENTED:
            return
        except Exception as exc:
            if known_bug(exc):
                return
            raise
    if not isinstance(out, str):
        raise AssertionError(f"format_datetime returned {out!r}")
    if (pat in ROUND_TRIP and calendar == "gregorian" and isinstance(moment, datetime)
            and zone is None and 1000 <= moment.year <= 9999
            and (moment.utcoffset() is None or abs(moment.utcoffset()) < timedelta(hours=15))):  # type: ignore[operator]
        back = bd.parse(out, pat, tz=moment.tzinfo or "UTC", disambiguate="compatible")
        want = moment.replace(microsecond=0, tzinfo=None)
        if ROUND_TRIP[pat] == "minute":
            want = want.replace(second=0)
        if back.replace(tzinfo=None) != want:
            raise AssertionError(f"{moment!r} -> {pat} {out!r} -> {back!r}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
