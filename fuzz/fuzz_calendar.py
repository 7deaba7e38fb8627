"""atheris target: ``BengaliDate`` and the Bangla and Hijri conversions.

    python fuzz/fuzz_calendar.py -max_total_time=600 fuzz/corpus/calendar

Random fields give a date or ``InvalidDateError``/``CalendarRangeError``; every date
round-trips through the Gregorian calendar, and consecutive Gregorian days are
consecutive Bangla and Hijri days.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

import atheris

from _common import DOCUMENTED, pick, text

with atheris.instrument_imports():
    import bn_datetime as bd
    from bn_datetime.calendars.bangla_calendar import month_from_name
    from bn_datetime.calendars.hijri import parse_hijri

CALENDARS = ("bd", "bd-2019", "bd-1987", "wb", "wb-drik")
METHODS = ("umm-al-qura", "tabular")


def field(fdp: atheris.FuzzedDataProvider, low: int, high: int) -> int:
    if fdp.ConsumeIntInRange(0, 7) == 0:
        return fdp.ConsumeInt(fdp.ConsumeIntInRange(1, 20))  # anything, huge or negative
    return fdp.ConsumeIntInRange(low, high)


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    calendar = pick(fdp, CALENDARS)
    y, m, d = field(fdp, 1190, 1620), field(fdp, 0, 13), field(fdp, 0, 33)
    try:
        b = bd.BengaliDate(y, m, d, calendar=calendar)
    except DOCUMENTED:
        pass
    else:
        g = b.to_gregorian()
        if bd.gregorian_to_bangla(g, calendar) != b or bd.bangla_to_gregorian(y, m, d, calendar) != g:
            raise AssertionError(f"round trip {b!r} <-> {g}")
    ordinal = fdp.ConsumeIntInRange(1, date.max.toordinal() - 1)
    g = date.fromordinal(ordinal)
    try:
        b1 = bd.gregorian_to_bangla(g, calendar)
        b2 = bd.gregorian_to_bangla(g + timedelta(days=1), calendar)
    except DOCUMENTED:
        pass
    else:
        if b2 - b1 != 1 or b1 + 1 != b2 or b1.to_gregorian() != g:
            raise AssertionError(f"{g}: {b1!r} then {b2!r}")
    method = pick(fdp, METHODS)
    offset = fdp.ConsumeIntInRange(-3, 3) if fdp.ConsumeBool() else None
    try:
        h = bd.gregorian_to_hijri(g, method=method, offset=offset)
    except DOCUMENTED:
        pass
    else:
        if bd.hijri_to_gregorian(h.year, h.month, h.day, method=method, offset=offset) != g:
            raise AssertionError(f"{g} -> {h!r} does not come back")
    try:
        bd.hijri_to_gregorian(field(fdp, 1, 9700), field(fdp, 0, 13), field(fdp, 0, 31),
                              method=method, offset=field(fdp, -5, 5))
    except DOCUMENTED:
        pass
    s = text(fdp)
    for func in (month_from_name, parse_hijri):
        try:
            func(s)
        except DOCUMENTED:
            pass


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
