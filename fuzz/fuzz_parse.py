"""atheris target: ``parse_result`` / ``to_iso`` (free grammar and pattern mode).

    python fuzz/fuzz_parse.py -max_total_time=600 fuzz/corpus/parse

A str either parses to an aware datetime whose ISO form ``to_iso`` repeats, or is
refused with a documented error; nothing else.
"""

from __future__ import annotations

import sys
import warnings
from datetime import datetime

import atheris

from _common import DOCUMENTED, known_bug, pick, text

with atheris.instrument_imports():
    import bn_datetime as bd

NOW = datetime(2024, 9, 14, 20, 0, tzinfo=bd.parse("2024-09-14T20:00+06:00").tzinfo)
ZONES = ("Asia/Dhaka", "Asia/Kolkata", "UTC", "America/New_York", "Asia/Kathmandu")
CALENDARS = ("bd", "bd-2019", "bd-1987", "wb", "wb-drik")
MODES = ("raise", "earlier", "later", "compatible")
PATTERNS = ("news", "news-24h", "date", "full", "short", "iso", "time", "masthead",
            "d MMMM y", "dd/MM/yy", "EEEE, d MMMM y G", "B h'টা' m 'মিনিট'", "O", "xx")


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    use_pattern = fdp.ConsumeIntInRange(0, 3)
    pattern: str | None = None
    if use_pattern == 1:
        pattern = pick(fdp, PATTERNS)
    elif use_pattern == 2:
        pattern = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 20))
    zone = pick(fdp, ZONES)
    calendar = pick(fdp, CALENDARS)
    mode = pick(fdp, MODES)
    now = NOW if fdp.ConsumeBool() else None
    strict = fdp.ConsumeBool()
    s = text(fdp)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = bd.parse_result(s, pattern, tz=zone, now=now, disambiguate=mode,
                                     strict=strict, calendar=calendar)
        except DOCUMENTED:
            return
        except Exception as exc:
            if known_bug(exc):
                return
            raise
        value = result.value
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            raise AssertionError(f"not an aware datetime: {value!r} for {s!r}")
        iso = result.isoformat()
        if now is None:
            return  # এখন, আজ …: the clock moved between the two calls
        again = bd.to_iso(s, pattern, tz=zone, now=now, disambiguate=mode,
                          strict=strict, calendar=calendar)
        if iso != again:
            raise AssertionError(f"parse_result and to_iso disagree on {s!r}: {iso} / {again}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
