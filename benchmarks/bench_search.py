"""search() throughput in MB/s, side by side with dateparser's search_dates, same text.

    python benchmarks/bench_search.py [--mb 1.0] [--peer-kb 8]

The text is the seed Kalbela article (tests/data) repeated to the size asked for, with
each copy's numbers changed so that no two copies are alike. dateparser is slow, so it
reads a smaller slice of the same text; throughput is per MB of UTF-8 either way. The
match lists on the seed article are printed side by side.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bn_datetime as bd  # noqa: E402
from bn_datetime.tz import localize  # noqa: E402

ARTICLE = (ROOT / "tests" / "data" / "kalbela_2024-09-14.txt").read_text(encoding="utf-8")
PUBLISHED = localize(datetime(2024, 9, 14, 18, 42), "Asia/Dhaka")


def corpus(megabytes: float) -> str:
    """Copies of the article, each with its numbers shifted, up to the size asked for."""
    copies = []
    size = 0
    k = 0
    while size < megabytes * 1_000_000:
        shift = str.maketrans("০১২৩৪৫৬৭৮৯", "০১২৩৪৫৬৭৮৯"[k % 10 :] + "০১২৩৪৫৬৭৮৯"[: k % 10])
        copy = ARTICLE.translate(shift) + "\n"
        copies.append(copy)
        size += len(copy.encode())
        k += 1
    return "".join(copies)


def throughput(run: Any, text: str, rounds: int) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(rounds):
        start = time.perf_counter()
        result = run(text)
        times.append(time.perf_counter() - start)
    return len(text.encode()) / 1e6 / statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of bn_datetime's text")
    parser.add_argument("--peer-kb", type=float, default=8.0, help="size of dateparser's text")
    parser.add_argument("--rounds", type=int, default=5)
    opts = parser.parse_args()

    text = corpus(opts.mb)
    ours, matches = throughput(lambda t: bd.search(t, now=PUBLISHED), text, opts.rounds)
    print(f"bn_datetime.search       {len(text.encode()) / 1e6:6.2f} MB  {ours:8.2f} MB/s  "
          f"{len(matches)} matches")

    try:
        search_dates = importlib.import_module("dateparser.search").search_dates
    except ImportError:
        print("dateparser: not installed (pip install dateparser) — no comparison")
        return
    settings = {"RELATIVE_BASE": PUBLISHED.replace(tzinfo=None), "TIMEZONE": "Asia/Dhaka"}
    sample = text[: int(opts.peer_kb * 1000 / 3)]
    search_dates(ARTICLE[:200], languages=["bn"], settings=settings)  # warm up

    def peer(t: str) -> Any:
        return search_dates(t, languages=["bn"], settings=settings) or []

    theirs, _ = throughput(peer, sample, max(1, opts.rounds // 2))
    ours_same, _ = throughput(lambda t: bd.search(t, now=PUBLISHED), sample, opts.rounds)
    print(f"dateparser.search_dates  {len(sample.encode()) / 1e6:6.3f} MB  {theirs:8.3f} MB/s")
    print(f"bn_datetime.search       {len(sample.encode()) / 1e6:6.3f} MB  {ours_same:8.2f} MB/s (same slice)")
    print()
    print(f"search ≥ 10 MB/s ({ours:.1f} MB/s): {'met' if ours >= 10 else 'NOT MET'}")
    ratio = ours / theirs
    print(f"search ≥ 100x dateparser ({ratio:.0f}x): {'met' if ratio >= 100 else 'NOT MET'}")

    print("\nOn the seed article (now = its publication time):")
    print("  bn_datetime:")
    for m in bd.search(ARTICLE, now=PUBLISHED):
        print(f"    {m.text!r} → {m.isoformat()}")
    print("  dateparser:")
    for found, value in peer(ARTICLE):
        print(f"    {found!r} → {value.isoformat()}")


if __name__ == "__main__":
    main()
