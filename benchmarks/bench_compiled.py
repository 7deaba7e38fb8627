"""The compiled scanner beside the pure-Python one: the same work, side by side, as ratios.

    python benchmarks/bench_compiled.py [--quick] [--mb 1.0]

Runs the measurements twice in child processes, once as installed (the compiled scanner
of bn_datetime._core when it was built) and once with ``BN_DATETIME_PURE=1``, on the same
inputs, and prints both with the ratio pure / compiled (how many times faster):

* the scanner alone (``scan(norm, runs=True)``) and ``search`` over ≥ 1 MB of date-dense
  article text (bench_search's corpus: the Kalbela article, each copy's numbers shifted);
* ``to_iso`` over the mixed real-world corpus (corpus.mixed) with the strings it rejects
  (each mixed string with a trailing unknown word, and the ERROR rows of the test data);
* ``to_iso`` over the news form (corpus.news_form), which has its own one-regex fast path
  (bn_datetime.reader._newsform) and does not reach the scanner.

Each figure is the median of ``--rounds`` passes over the whole input, and the best of
``--pairs`` child processes per implementation, run alternately (on a shared machine the
load changes from one child to the next); the inputs are distinct strings, nothing is
cached between them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _median_seconds(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _rejected(texts: Sequence[str]) -> list[str]:
    rows = (ROOT / "tests" / "data" / "real_world_cases.tsv").read_text(encoding="utf-8")
    errors = [line.split("\t")[0] for line in rows.splitlines() if "\tERROR\t" in line]
    return [t + " খবর" for t in texts] + errors


def measure(opts: argparse.Namespace) -> dict[str, Any]:
    """The figures of this process's scanner (run in a child)."""
    sys.path[:0] = [str(ROOT), str(HERE)]
    import bench_search
    import corpus

    import bn_datetime as bd
    from bn_datetime import _core
    from bn_datetime.errors import ParseError
    from bn_datetime.text.normalize import normalize

    text = bench_search.corpus(opts.mb)
    megabytes = len(text.encode()) / 1e6
    norm = normalize(text)
    now = bench_search.PUBLISHED
    mixed = [t for t, _ in corpus.mixed(opts.n)]
    rejected = _rejected(mixed)
    news = [t for t, _ in corpus.news_form(opts.n)]

    def to_iso_all(texts: Sequence[str]) -> Callable[[], object]:
        def run() -> object:
            failed = 0
            for t in texts:
                try:
                    bd.to_iso(t, now=now)
                except ParseError:
                    failed += 1
            return failed

        return run

    failed_mixed = to_iso_all(mixed)()
    failed_rejected = to_iso_all(rejected)()
    scan_s = _median_seconds(lambda: _core.scan(norm, runs=True), opts.rounds)
    search_s = _median_seconds(lambda: bd.search(text, now=now), opts.rounds)
    mixed_s = _median_seconds(to_iso_all(mixed), opts.rounds)
    rejected_s = _median_seconds(to_iso_all(rejected), opts.rounds)
    both = mixed + rejected
    both_s = _median_seconds(to_iso_all(both), opts.rounds)
    news_s = _median_seconds(to_iso_all(news), opts.rounds)
    return {
        "implementation": bd.IMPLEMENTATION,
        "rows": [
            (f"scan(runs=True), {megabytes:.2f} MB", megabytes / scan_s, "MB/s"),
            (f"search, {megabytes:.2f} MB", megabytes / search_s, "MB/s"),
            (f"to_iso mixed, {len(mixed)} strings ({failed_mixed} rejected)",
             mixed_s / len(mixed) * 1e6, "µs"),
            (f"to_iso rejected, {len(rejected)} strings ({failed_rejected} rejected)",
             rejected_s / len(rejected) * 1e6, "µs"),
            (f"to_iso mixed + rejected, {len(both)} strings", both_s / len(both) * 1e6, "µs"),
            (f"to_iso news form, {len(news)} strings", news_s / len(news) * 1e6, "µs"),
        ],
    }


def _child(pure: bool, argv: Sequence[str]) -> dict[str, Any]:
    env = {**os.environ, "BN_DATETIME_PURE": "1" if pure else "0"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", *argv], env=env, capture_output=True, text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="0.5 MB, 500 strings, 3 rounds")
    parser.add_argument("--mb", type=float, default=None, help="size of the article text (1.0)")
    parser.add_argument("--n", type=int, default=None, help="strings per corpus (2000)")
    parser.add_argument("--rounds", type=int, default=None, help="passes, median taken (5)")
    parser.add_argument("--pairs", type=int, default=2, help="children per implementation (2)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    opts.mb = opts.mb or (0.5 if opts.quick else 1.0)
    opts.n = opts.n or (500 if opts.quick else 2000)
    opts.rounds = opts.rounds or (3 if opts.quick else 5)
    if opts.child:
        print(json.dumps(measure(opts)))
        return
    forward = ["--mb", str(opts.mb), "--n", str(opts.n), "--rounds", str(opts.rounds)]
    runs: dict[bool, list[dict[str, Any]]] = {False: [], True: []}
    for _ in range(opts.pairs):
        for pure in (False, True):
            runs[pure].append(_child(pure, forward))
    if runs[False][0]["implementation"] != "compiled":
        print("the compiled scanner is not built here: both columns are the pure scanner")

    def best(pure: bool, row: int) -> float:
        figures: list[float] = [run["rows"][row][1] for run in runs[pure]]
        return min(figures) if runs[pure][0]["rows"][row][2] == "µs" else max(figures)

    print(f"{'':52} {'compiled':>12} {'pure':>12}  pure/compiled")
    for row, (name, _, unit) in enumerate(runs[False][0]["rows"]):
        fast, slow = best(False, row), best(True, row)
        ratio = slow / fast if unit == "µs" else fast / slow
        print(f"{name:52} {fast:9.2f} {unit:<4} {slow:7.2f} {unit:<4}  {ratio:5.2f}x")


if __name__ == "__main__":
    main()
