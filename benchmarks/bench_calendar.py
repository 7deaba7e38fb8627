"""Gregorian -> Bangla conversion: bn_datetime vs PyPI `bangla` and `bangladatetime`.

Run: ``python benchmarks/bench_calendar.py``. Every library converts the same distinct
dates (one pass over consecutive days, no repeated input); we report the median of
several passes in microseconds per conversion, the ratio to bn_datetime, and each
library's accuracy on those dates against the official Bangladesh calendar (``bd``:
1987 rules to 1425, 2019 rules from 1426) and against the 2019 rules.
`bangladatetime` prints debug text on every call; stdout is sent to a null sink while
it runs (its timing includes that print).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bn_datetime.calendars.bangla_calendar import BengaliDate
from bn_datetime.text.digits import to_ascii_digits

START = dt.date(2015, 1, 1)
DAYS = 6000  # 2015-01-01 .. 2031-06-05, distinct dates
REPEATS = 7

Triple = tuple[int, int, int]


def _ours(calendar: str) -> Callable[[dt.date], Triple]:
    def convert(d: dt.date) -> Triple:
        b = BengaliDate.from_gregorian(d, calendar)
        return (b.year, b.month, b.day)

    return convert


def _peer_bangla(module: Any) -> Callable[[dt.date], Triple]:
    names = {
        name: i
        for i, name in enumerate(
            ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"], 1
        )
    }

    def convert(d: dt.date) -> Triple:
        r = module.get_date(d.day, d.month, d.year)
        return (int(to_ascii_digits(r["year"])), names.get(r["month"], 0), int(to_ascii_digits(r["date"])))

    return convert


def _peer_bangladatetime(module: Any) -> Callable[[dt.date], Triple]:
    def convert(d: dt.date) -> Triple:
        b = module.date.fromgregorian(d.year, d.month, d.day)
        return (int(b.year), int(b.month), int(b.day))

    return convert


def _time(convert: Callable[[dt.date], Triple], dates: list[dt.date]) -> tuple[float, list[Triple]]:
    runs = []
    out: list[Triple] = []
    with contextlib.redirect_stdout(io.StringIO()):
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            out = [convert(d) for d in dates]
            runs.append((time.perf_counter() - t0) / len(dates) * 1e6)
    return statistics.median(runs), out


def main() -> None:
    dates = [START + dt.timedelta(i) for i in range(DAYS)]
    truth_bd = [_ours("bd")(d) for d in dates]
    truth_2019 = [_ours("bd-2019")(d) for d in dates]
    # Our weekday is checked against datetime (the peers' weekday bugs are in the tests).
    assert all(BengaliDate.from_gregorian(d).weekday == d.weekday() for d in dates)

    contenders: list[tuple[str, Callable[[dt.date], Triple]]] = [
        ("bn_datetime bd", _ours("bd")),
        ("bn_datetime bd-2019", _ours("bd-2019")),
        ("bn_datetime wb", _ours("wb")),
    ]
    for name, adapt in (("bangla", _peer_bangla), ("bangladatetime", _peer_bangladatetime)):
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            print(f"skipping PyPI {name}: not installed ({exc})")
            continue
        contenders.append((f"PyPI {name}", adapt(module)))

    print(f"{len(dates)} distinct dates {dates[0]} .. {dates[-1]}, median of {REPEATS} passes\n")
    print(f"{'library':<22}{'µs/conv':>9}{'x ours':>8}{'= bd':>9}{'= bd-2019':>11}")
    base = None
    for name, convert in contenders:
        us, out = _time(convert, dates)
        base = base or us
        ok_bd = sum(a == b for a, b in zip(out, truth_bd, strict=True)) / len(dates)
        ok_19 = sum(a == b for a, b in zip(out, truth_2019, strict=True)) / len(dates)
        print(f"{name:<22}{us:>9.2f}{us / base:>8.2f}{ok_bd:>9.1%}{ok_19:>11.1%}")
    print("\n'x ours' is time relative to bn_datetime bd (higher = slower). Our own rows")
    print("are 100% on their own rule by construction; tests/ check them against the reference rows.")


if __name__ == "__main__":
    main()
