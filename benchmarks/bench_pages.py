"""page_dates() against htmldate on the same saved pages: accuracy and time per page.

    python benchmarks/bench_pages.py [--repeat 5] [--dir tests/data/pages] [--pages]

The pages and their answers are tests/data/pages/expected.tsv (plus the seed Kalbela page);
``--dir`` reads another folder with the same kind of expected.tsv (held-out pages kept
outside the repo). Each tool gets the page's bytes and its URL, if known; htmldate is
asked for the original (publication) date with its extensive search, at minute precision
(``%Y-%m-%dT%H:%M:%S%z``). For the pages that state a publication time:

* day accuracy — the right calendar day (in the expected value's zone);
* minute accuracy — the right instant to the minute; a reading without a zone is
  compared as a clock reading in the expected value's zone;
* wrong — a date given that is not the page's (a body date, a list item's, the render day).

Pages that state none (listings, pages without a stamp) count as right when the tool gives
no date. Time per page is CPU time: the first pass (after one warm-up call on another page), and the median of ``--repeat`` later passes
(htmldate caches some work per input, which the later passes show). htmldate is an
optional extra (``pip install -e ".[bench]"``); without it only bn_datetime runs.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bn_datetime.pages import page_dates  # noqa: E402
from bn_datetime.tz import get_tz  # noqa: E402

NOW = datetime(2026, 1, 1, 12, 0)
WARM_UP = (
    "<html><head><meta property='article:published_time' content='2001-02-03T04:05:06+06:00'>"
    "</head><body><p>প্রকাশ: ৩ ফেব্রুয়ারি ২০০১, ০৪:০৫ এএম</p></body></html>"
).encode()


def load(folder: Path) -> list[tuple[str, bytes, str | None, str]]:
    """(name, bytes, url, expected published ISO or "") for every page of the folder."""
    pages = []
    with (folder / "expected.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#"):
                pages.append((row[0], (folder / row[0]).read_bytes(), row[1] or None, row[2]))
    seed = ROOT / "tests" / "data" / "kalbela_2024-09-14.txt"
    if folder.resolve() == (ROOT / "tests" / "data" / "pages").resolve():
        pages.append((seed.name, seed.read_bytes(), None, "2024-09-14T18:42:00+06:00"))
    return pages


def big_page(megabytes: float) -> bytes:
    """The Prothom Alo fixture with its first paragraph repeated to ``megabytes``."""
    page = (ROOT / "tests" / "data" / "pages" / "prothomalo_article.html").read_text(
        encoding="utf-8"
    )
    start = page.index("<p>")
    paragraph = page[start : page.index("</p>", start) + 4] + "\n"
    copies = int(megabytes * 1e6 / len(paragraph.encode()))
    return (page[:start] + paragraph * copies + page[start:]).encode()


def ours(data: bytes, url: str | None) -> str | None:
    result = page_dates(data, url=url, now=NOW)
    return None if result.published is None else result.published.isoformat()


def peer() -> Callable[[bytes, str | None], str | None] | None:
    try:
        htmldate = importlib.import_module("htmldate")
    except ImportError:
        return None

    def run(data: bytes, url: str | None) -> str | None:
        found: str | None = htmldate.find_date(
            data,
            url=url,
            original_date=True,
            extensive_search=True,
            outputformat="%Y-%m-%dT%H:%M:%S%z",
        )
        return found

    return run


def reading(value: str, zone_of: str) -> datetime:
    """An ISO reading; without a zone, a clock reading in the expected value's zone."""
    moment = datetime.fromisoformat(value)
    expected = datetime.fromisoformat(zone_of) if "T" in zone_of else None
    if moment.tzinfo is None:
        zone = expected.tzinfo if expected is not None and expected.tzinfo else get_tz("Asia/Dhaka")
        moment = moment.replace(tzinfo=zone)
    return moment


def score(got: str | None, expected: str) -> tuple[bool, bool, bool]:
    """(right day, right minute, wrong date given) for one page."""
    if not expected:
        return got is None, got is None, got is not None
    if got is None:
        return False, False, False
    want = datetime.fromisoformat(expected) if "T" in expected else None
    try:
        value = reading(got, expected)
    except ValueError:
        return False, False, True
    if want is None:  # a day alone is expected
        day = value.date().isoformat() == expected
        return day, day, not day
    day = value.astimezone(want.tzinfo).date() == want.date()
    minute = abs((value - want).total_seconds()) < 60
    return day, minute, not day


def measure(
    tool: Callable[[bytes, str | None], Any], pages: list[Any], repeat: int
) -> tuple[list[Any], float, float]:
    """The answers, the first pass's time per page, the median later pass's (a tool
    that caches what it saw looks faster on the later passes)."""
    tool(WARM_UP, None)  # imports and one-time set-up, on a page not in the set
    start = time.process_time()
    answers = [tool(data, url) for _, data, url, _ in pages]
    first = (time.process_time() - start) / len(pages)
    rounds = []
    for _ in range(repeat):
        start = time.process_time()
        for _, data, url, _ in pages:
            tool(data, url)
        rounds.append((time.process_time() - start) / len(pages))
    return answers, first, statistics.median(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=ROOT / "tests" / "data" / "pages")
    parser.add_argument("--pages", action="store_true", help="print each page's answers")
    parser.add_argument("--big-mb", type=float, default=3.0, help="size of the big page (0: skip)")
    opts = parser.parse_args()
    pages = load(opts.dir)
    tools: dict[str, Callable[[bytes, str | None], Any]] = {"bn_datetime.page_dates": ours}
    other = peer()
    if other is not None:
        tools["htmldate.find_date"] = other
    else:
        print("htmldate is not installed: pip install htmldate (the bench extra)\n")
    results = {name: measure(tool, pages, opts.repeat) for name, tool in tools.items()}

    stated = [p for p in pages if p[3]]
    unstated = [p for p in pages if not p[3]]
    print(f"{len(pages)} pages: {len(stated)} state a publication time, {len(unstated)} do not\n")
    header = f"{'':28}" + "".join(f"{name:>26}" for name in tools)
    print(header)
    rows: dict[str, list[str]] = {
        "day accuracy": [],
        "minute accuracy": [],
        "wrong date given": [],
        "no date where none": [],
        "ms a page, first pass": [],
        "ms a page, later passes": [],
    }
    for name in tools:
        answers, first, later = results[name]
        scores = [score(a, p[3]) for a, p in zip(answers, pages, strict=True)]
        on_stated = [s for s, p in zip(scores, pages, strict=True) if p[3]]
        on_unstated = [s for s, p in zip(scores, pages, strict=True) if not p[3]]
        rows["day accuracy"].append(f"{sum(s[0] for s in on_stated)}/{len(on_stated)}")
        rows["minute accuracy"].append(f"{sum(s[1] for s in on_stated)}/{len(on_stated)}")
        rows["wrong date given"].append(f"{sum(s[2] for s in scores)}/{len(scores)}")
        rows["no date where none"].append(f"{sum(s[0] for s in on_unstated)}/{len(on_unstated)}")
        rows["ms a page, first pass"].append(f"{first * 1000:.2f}")
        rows["ms a page, later passes"].append(f"{later * 1000:.2f}")
    for label, cells in rows.items():
        print(f"{label:28}" + "".join(f"{c:>26}" for c in cells))
    if opts.big_mb > 0:
        big = big_page(opts.big_mb)
        print(f"\none {len(big) / 1e6:.1f} MB page (the Prothom Alo fixture, its body repeated):")
        for name, tool in tools.items():
            start = time.process_time()
            answer = tool(big, None)
            print(f"  {name:26} {time.process_time() - start:7.2f} s  -> {answer}")
    if opts.pages:
        print()
        for i, (name, _, _, expected) in enumerate(pages):
            line = " | ".join(str(results[t][0][i]) for t in tools)
            print(f"{name}: expected {expected or '-'} | {line}")


if __name__ == "__main__":
    main()
