"""humanize against Babel's format_timedelta, on the same values.

Run ``python benchmarks/bench_humanize.py [--n 5000] [--repeat 5]``. Both libraries get
the same ``n`` distinct offsets (seconds to three years, past and future; no offset is
given twice, so no cache can help); the script prints the median µs per call of each
over ``repeat`` rounds, the ratio, and whether the target (faster than Babel) is met.
Babel is given ``add_direction=True`` and ``locale="bn"``, which is the nearest it
writes to ``২ ঘণ্টা আগে`` (it writes Latin digits: ``2 ঘন্টা আগে``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bn_datetime.writer.humanizing import humanize  # noqa: E402

NOW = datetime.fromisoformat("2024-09-14T18:42:00+06:00")
SEED = 20240914


def offsets(n: int) -> list[timedelta]:
    """``n`` distinct offsets, log-spread from a second to three years, both signs."""
    rng = random.Random(SEED)
    seen: set[int] = set()
    while len(seen) < n:
        magnitude = int(10 ** rng.uniform(0, 8))  # 1 s … ~3 years
        seen.add(magnitude if rng.random() < 0.5 else -magnitude)
    return [timedelta(seconds=s) for s in sorted(seen)]


def median_us(call: Callable[[timedelta], str], values: list[timedelta], repeat: int) -> float:
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for v in values:
            call(v)
        rounds.append((time.perf_counter() - start) / len(values) * 1e6)
    return statistics.median(rounds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    opts = parser.parse_args(argv)
    values = offsets(opts.n)

    def ours(delta: timedelta) -> str:
        return humanize(NOW + delta, now=NOW)

    ours_us = median_us(ours, values, opts.repeat)
    print(f"bn_datetime.humanize      {ours_us:8.2f} µs/call   e.g. {ours(values[0])!r}")
    try:
        from babel.dates import format_timedelta
    except ImportError as exc:
        print(f"babel: skipped ({exc})")
        return 0

    def babel(delta: timedelta) -> str:
        return str(format_timedelta(delta, locale="bn", add_direction=True))

    babel(values[0])  # Babel loads its locale data once: not part of the timing
    babel_us = median_us(babel, values, opts.repeat)
    print(f"babel.format_timedelta    {babel_us:8.2f} µs/call   e.g. {babel(values[0])!r}")
    ratio = babel_us / ours_us
    verdict = "met" if ratio > 1 else "NOT MET"
    print(f"humanize is {ratio:.1f}x Babel's speed (target: faster than Babel: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
