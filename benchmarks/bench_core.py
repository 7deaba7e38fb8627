"""Core parse/format benchmark: bn_datetime beside a hand-written baseline, dateparser and Babel.

Run from the repository root (the checkout's ``bn_datetime`` is used, installed or not)::

    python benchmarks/bench_core.py            # 2,000 distinct strings per corpus
    python benchmarks/bench_core.py --quick    # a smaller, faster run
    python benchmarks/bench_core.py --n 5000

Every contender is timed in the same run on the same distinct strings (see README.md for
the columns). Per string: one first call (timed alone), then ``--repeat`` rounds of
``--number`` calls; the string's time is the fastest round divided by ``--number``, and a
row reports the median and 90th percentile of that over its strings, plus the median of
the first calls, which no per-string cache can help.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any, Generic, TypeVar

# This checkout's bn_datetime wins over an installed one (ROOT, below, is the same path).
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import baseline
import corpus

import bn_datetime as bd
from bn_datetime.errors import ParseError

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")
NEWS_PATTERN = "dd MMMM y, hh:mm a"  # the "news" style, for Babel
SEED_TEXT = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"


# ------------------------------------------------------------------------------- timing


@dataclass
class Timing(Generic[T]):
    """Per-item timings (µs) and the first call's result (or the exception it raised)."""

    label: str
    best_us: list[float]
    first_us: list[float]
    results: list[object]

    def median(self, indices: Sequence[int] | None = None) -> float:
        values = self.best_us if indices is None else [self.best_us[i] for i in indices]
        return statistics.median(values)

    def first_median(self, indices: Sequence[int] | None = None) -> float:
        values = self.first_us if indices is None else [self.first_us[i] for i in indices]
        return statistics.median(values)

    def p90(self) -> float:
        return statistics.quantiles(self.best_us, n=10)[-1] if len(self.best_us) > 1 else math.nan


def _swallowing(function: Callable[[T], object]) -> Callable[[T], object]:
    def call(item: T) -> object:
        try:
            return function(item)
        except Exception as error:
            return error

    return call


def time_each(
    label: str,
    function: Callable[[T], object],
    items: Sequence[T],
    *,
    repeat: int,
    number: int,
) -> Timing[T]:
    """Time ``function`` on each item: a first call alone, then the best of ``repeat`` loops.

    Only items whose first call raised are timed through a try/except wrapper, so the
    common path carries no overhead that the contenders do not share. GC is off while
    timing, as in :mod:`timeit`.
    """
    clock = time.perf_counter_ns
    best_us: list[float] = []
    first_us: list[float] = []
    results: list[object] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for item in items:
            start = clock()
            try:
                result: object = function(item)
            except Exception as error:
                result = error
            first_us.append((clock() - start) / 1000)
            results.append(result)
            call = _swallowing(function) if isinstance(result, Exception) else function
            best = math.inf
            for _ in range(repeat):
                start = clock()
                for _ in range(number):
                    call(item)
                best = min(best, clock() - start)
            best_us.append(best / number / 1000)
    finally:
        if gc_was_enabled:
            gc.enable()
    return Timing(label, best_us, first_us, results)


def cold_call_ms(function: Callable[[T], object], item: T) -> float:
    """Wall time of one call in ms (meant for a contender's first call in this process)."""
    start = time.perf_counter_ns()
    try:
        function(item)
    except Exception:
        return (time.perf_counter_ns() - start) / 1e6
    return (time.perf_counter_ns() - start) / 1e6


# --------------------------------------------------------------------------- correctness


@dataclass
class Score:
    exact: int = 0
    wrong: int = 0
    rejected: int = 0
    other_errors: int = 0  # an exception type the contender does not document for rejection

    def text(self) -> str:
        total = self.exact + self.wrong + self.rejected + self.other_errors
        return (
            f"{self.exact:>5}/{total:<5} {self.wrong:>5} {self.rejected:>6} {self.other_errors:>5}"
        )


def score_iso(
    results: Sequence[object], expected: Sequence[str], rejection: type[Exception]
) -> Score:
    """Score str results (bn_datetime, baseline) against expected ISO strings."""
    score = Score()
    for result, want in zip(results, expected, strict=True):
        if isinstance(result, rejection):
            score.rejected += 1
        elif isinstance(result, Exception):
            score.other_errors += 1
        elif result == want:
            score.exact += 1
        else:
            score.wrong += 1
    return score


def score_dateparser(results: Sequence[object], expected: Sequence[str]) -> Score:
    """Score dateparser's datetimes at the precision of the expected value."""
    score = Score()
    for result, want in zip(results, expected, strict=True):
        if result is None:
            score.rejected += 1
        elif isinstance(result, Exception):
            score.other_errors += 1
        elif isinstance(result, datetime):
            got = result.isoformat() if "T" in want else result.date().isoformat()
            if got == want:
                score.exact += 1
            else:
                score.wrong += 1
        else:
            score.other_errors += 1
    return score


def score_text(results: Sequence[object], expected: Sequence[str]) -> Score:
    """Score formatter output against the expected text."""
    return score_iso(results, expected, rejection=ValueError)


# ------------------------------------------------------------------------------ start-up


def startup_ms(codes: dict[str, str], runs: int) -> dict[str, float | str]:
    """Median wall time (ms) of a fresh ``python -c code`` for each code, or why it failed.

    The commands take turns, run after run, so drift in the machine's load hits them alike;
    each is run once first to warm the .pyc files and the disk cache. The checkout is on
    PYTHONPATH, so its bn_datetime is the one imported.
    """
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    results: dict[str, float | str] = {}
    times: dict[str, list[float]] = {label: [] for label in codes}
    for run in range(runs + 1):
        for label, code in codes.items():
            if isinstance(results.get(label), str):
                continue
            start = time.perf_counter_ns()
            done = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
            )
            elapsed = (time.perf_counter_ns() - start) / 1e6
            if done.returncode:
                lines = done.stderr.strip().splitlines()
                results[label] = f"failed: {lines[-1] if lines else done.returncode}"
            elif run:
                times[label].append(elapsed)
    return {label: results.get(label) or statistics.median(times[label]) for label in codes}


# --------------------------------------------------------------------------------- table


def _us(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:,.2f}" if value < 100 else f"{value:,.0f}"


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator > 0 else math.nan


def _row(
    corpus_name: str,
    label: str,
    count: int,
    score: Score | None,
    timing: Timing[Any] | None = None,
    indices: Sequence[int] | None = None,
) -> str:
    """One table line; ``indices`` restricts the timing columns to those items."""
    if timing is None:
        times = f"{'—':>10} {'—':>10} {'—':>12}"
    else:
        p90 = timing.p90() if indices is None else math.nan
        times = (
            f"{_us(timing.median(indices)):>10} {_us(p90):>10}"
            f" {_us(timing.first_median(indices)):>12}"
        )
    return f"{corpus_name:<7} {label:<36} {count:>7} {times}  {score.text() if score else ''}"


HEADER = (
    f"{'corpus':<7} {'contender':<36} {'strings':>7} {'median µs':>10} {'p90 µs':>10}"
    f" {'1st-call µs':>12}  {'exact/total':>11} {'wrong':>5} {'reject':>6} {'other':>5}"
)


@dataclass
class Target:
    """A ratio and, unless ``limit`` is None (shown for information), the issue's bound on it."""

    issue: int | None
    what: str
    ratio: float
    first_call_ratio: float
    limit: float | None = None
    at_most: bool = True  # True: ratio ≤ limit is met; False: ratio ≥ limit is met

    def line(self) -> str:
        def times(value: float) -> str:
            return "—" if math.isnan(value) else f"{value:.2f}x"

        if self.limit is None:
            bound, verdict = "", "(information)"
        else:
            bound = f"{'≤' if self.at_most else '≥'} {self.limit:g}x"
            if math.isnan(self.ratio):
                verdict = "not measured"
            elif self.ratio <= self.limit if self.at_most else self.ratio >= self.limit:
                verdict = "met"
            else:
                verdict = "NOT MET"
        issue = f"issue {self.issue}" if self.issue else "       "
        return (
            f"{issue}  {self.what:<58} {times(self.ratio):>9}"
            f"  (1st call {times(self.first_call_ratio):>8})  {bound:<7} {verdict}"
        )


def _sample(count: int, size: int) -> list[int]:
    """``size`` indices spread evenly over ``range(count)``."""
    if size >= count:
        return list(range(count))
    return [i * count // size for i in range(size)]


def _versions() -> str:
    parts = []
    for name in ("dateparser", "babel"):
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} absent")
    return ", ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--n",
        type=int,
        default=corpus.MIXED_MINIMUM,
        help="distinct strings per corpus (default 2000)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="300 strings, fewer rounds, smaller peer samples"
    )
    parser.add_argument(
        "--repeat", type=int, default=None, help="timing rounds per string (default 7; quick 3)"
    )
    parser.add_argument(
        "--number", type=int, default=None, help="calls per round (default 3; quick 2)"
    )
    parser.add_argument(
        "--peer-sample",
        type=int,
        default=None,
        help="strings per corpus given to dateparser (default 500; quick 60)",
    )
    args = parser.parse_args(argv)
    n = 300 if args.quick and args.n == corpus.MIXED_MINIMUM else args.n
    repeat = args.repeat or (3 if args.quick else 7)
    number = args.number or (2 if args.quick else 3)
    peer_sample = args.peer_sample or (60 if args.quick else 500)
    startup_runs = 5 if args.quick else 11

    news = corpus.news_form(n)
    mixed = corpus.mixed(n)
    measured = {corpus.distinct_key(text) for text, _ in news + mixed}
    warm_up = [
        text
        for text, _ in corpus.news_form(60, seed=7) + corpus.mixed(60, seed=7)
        if corpus.distinct_key(text) not in measured
    ]
    news_texts = [text for text, _ in news]
    news_expected = [iso for _, iso in news]
    warm_up_datetimes = [
        datetime.fromisoformat(iso)
        for _, iso in corpus.news_form(60, seed=7)
        if iso not in set(news_expected)
    ]
    mixed_texts = [text for text, _ in mixed]
    mixed_expected = [iso for _, iso in mixed]
    format_inputs = [datetime.fromisoformat(iso) for iso in news_expected]

    to_iso: Callable[[str], str] | None = getattr(bd, "to_iso", None)
    format_datetime: Callable[..., str] | None = getattr(bd, "format_datetime", None)
    missing = [
        name for name, f in (("to_iso", to_iso), ("format_datetime", format_datetime)) if f is None
    ]

    import dateparser
    from babel import Locale
    from babel.dates import format_datetime as babel_format_datetime

    bengali = Locale.parse("bn")
    dateparser_settings = {"TIMEZONE": "Asia/Dhaka", "RETURN_AS_TIMEZONE_AWARE": True}

    def dateparser_parse(text: str) -> object:
        return dateparser.parse(text, languages=["bn"], settings=dateparser_settings)

    def bn_format(value: datetime) -> str:
        assert format_datetime is not None
        return format_datetime(value, "news")

    def babel_format(value: datetime) -> str:
        return str(babel_format_datetime(value, NEWS_PATTERN, locale=bengali))

    print(
        f"bn_datetime core benchmark — Python {platform.python_version()} on {platform.system()}"
        f" {platform.machine()}, {os.cpu_count()} CPUs; {_versions()}"
    )
    print(
        f"{n} distinct news-form strings, {n} distinct mixed strings (seeded); per string: 1st call,"
        f" then best of {repeat} rounds x {number} calls; dateparser on {min(peer_sample, n)} of each"
    )
    if missing:
        print(f"bn_datetime has no {', '.join(missing)} yet: its rows are left out")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cold = {"baseline.parse": cold_call_ms(baseline.parse, SEED_TEXT)}
        if to_iso is not None:
            cold["bn_datetime.to_iso"] = cold_call_ms(to_iso, SEED_TEXT)
        cold["dateparser.parse"] = cold_call_ms(dateparser_parse, SEED_TEXT)
        if format_datetime is not None:
            cold["bn_datetime.format_datetime"] = cold_call_ms(bn_format, format_inputs[0])
        cold["babel format_datetime"] = cold_call_ms(babel_format, format_inputs[0])
        for text in warm_up:
            for function in (baseline.parse, to_iso, dateparser_parse):
                if function is not None:
                    _swallowing(function)(text)
        for value in warm_up_datetimes:
            for formatter in (baseline.format_news, bn_format, babel_format):
                if formatter is not bn_format or format_datetime is not None:
                    _swallowing(formatter)(value)

        peer_news = _sample(n, peer_sample)
        peer_mixed = _sample(n, peer_sample)

        def timed(label: str, function: Callable[[T], object], items: Sequence[T]) -> Timing[T]:
            return time_each(label, function, items, repeat=repeat, number=number)

        parse_base = timed("baseline", baseline.parse, news_texts)
        parse_tight = timed("baseline tight", baseline.parse_tight, news_texts)
        parse_bn = timed("bn_datetime", to_iso, news_texts) if to_iso else None
        parse_dp = timed("dateparser", dateparser_parse, [news_texts[i] for i in peer_news])
        mixed_bn = timed("bn_datetime", to_iso, mixed_texts) if to_iso else None
        mixed_dp = timed("dateparser", dateparser_parse, [mixed_texts[i] for i in peer_mixed])
        mixed_base_results = [_swallowing(baseline.parse)(text) for text in mixed_texts]
        format_base = timed("baseline", baseline.format_news, format_inputs)
        format_tight = timed("baseline tight", baseline.format_tight, format_inputs)
        format_bn = timed("bn_datetime", bn_format, format_inputs) if format_datetime else None
        format_babel = timed("babel", babel_format, format_inputs)

    dp_news_expected = [news_expected[i] for i in peer_news]
    dp_mixed_expected = [mixed_expected[i] for i in peer_mixed]
    print("\nPARSE (text → ISO 8601)")
    print(HEADER)
    base_score = score_iso(parse_base.results, news_expected, ValueError)
    print(_row("news", "baseline.parse (hand-written)", n, base_score, parse_base))
    tight_score = score_iso(parse_tight.results, news_expected, ValueError)
    print(_row("news", "  baseline.parse_tight", n, tight_score, parse_tight))
    if parse_bn:
        bn_score = score_iso(parse_bn.results, news_expected, ParseError)
        print(_row("news", "bn_datetime.to_iso", n, bn_score, parse_bn))
        bn_sample = score_iso(
            [parse_bn.results[i] for i in peer_news], dp_news_expected, ParseError
        )
        label = "  bn_datetime, dateparser's strings"
        print(_row("news", label, len(peer_news), bn_sample, parse_bn, peer_news))
    dp_score = score_dateparser(parse_dp.results, dp_news_expected)
    print(_row("news", "dateparser.parse(languages=['bn'])", len(peer_news), dp_score, parse_dp))
    base_mixed = score_iso(mixed_base_results, mixed_expected, ValueError)
    print(_row("mixed", "baseline.parse (news form only)", n, base_mixed))
    if mixed_bn:
        bn_score = score_iso(mixed_bn.results, mixed_expected, ParseError)
        print(_row("mixed", "bn_datetime.to_iso", n, bn_score, mixed_bn))
        bn_sample = score_iso(
            [mixed_bn.results[i] for i in peer_mixed], dp_mixed_expected, ParseError
        )
        label = "  bn_datetime, dateparser's strings"
        print(_row("mixed", label, len(peer_mixed), bn_sample, mixed_bn, peer_mixed))
    dp_score = score_dateparser(mixed_dp.results, dp_mixed_expected)
    print(_row("mixed", "dateparser.parse(languages=['bn'])", len(peer_mixed), dp_score, mixed_dp))

    print("\nFORMAT (aware datetime → news style)")
    print(HEADER)
    print(
        _row(
            "news",
            "baseline.format_news (f-string)",
            n,
            score_text(format_base.results, news_texts),
            format_base,
        )
    )
    tight_score = score_text(format_tight.results, news_texts)
    print(_row("news", "  baseline.format_tight", n, tight_score, format_tight))
    if format_bn:
        bn_score = score_text(format_bn.results, news_texts)
        print(_row("news", "bn_datetime.format_datetime 'news'", n, bn_score, format_bn))
    babel_score = score_text(format_babel.results, news_texts)
    print(_row("news", "babel.dates.format_datetime, bn", n, babel_score, format_babel))
    print(
        f"        (Babel, pattern {NEWS_PATTERN!r}, writes {format_babel.results[0]!r}"
        f" for {news_texts[0]!r})"
    )

    print(
        "\nCOLD FIRST CALL in this process (ms): "
        + ", ".join(f"{name} {ms:,.2f}" for name, ms in cold.items())
    )

    def ratio(
        top: Timing[Any] | None, bottom: Timing[Any] | None, indices: Sequence[int] | None = None
    ) -> tuple[float, float]:
        """(ratio of medians, ratio of first-call medians); ``indices`` select ``bottom``'s items."""
        if top is None or bottom is None:
            return math.nan, math.nan
        return (
            _ratio(top.median(), bottom.median(indices)),
            _ratio(top.first_median(), bottom.first_median(indices)),
        )

    targets = [
        Target(2, "parse: bn_datetime / baseline, news form", *ratio(parse_bn, parse_base), 3),
        Target(2, "format: bn_datetime / baseline, news style", *ratio(format_bn, format_base), 3),
        Target(
            2,
            "parse: dateparser / bn_datetime, same news-form strings",
            *ratio(parse_dp, parse_bn, peer_news),
            50,
            at_most=False,
        ),
        Target(
            6,
            "parse: bn_datetime on mixed / baseline on news form",
            *ratio(mixed_bn, parse_base),
            2,
        ),
        Target(
            6,
            "parse: dateparser / bn_datetime, same mixed strings",
            *ratio(mixed_dp, mixed_bn, peer_mixed),
            100,
            at_most=False,
        ),
        Target(6, "format: bn_datetime / baseline, news style", *ratio(format_bn, format_base), 2),
        Target(
            6,
            "format: Babel / bn_datetime, news pattern",
            *ratio(format_babel, format_bn),
            1,
            at_most=False,
        ),
        Target(
            None,
            "parse: bn_datetime / baseline.parse_tight, news form",
            *ratio(parse_bn, parse_tight),
        ),
        Target(
            None,
            "format: bn_datetime / baseline.format_tight, news style",
            *ratio(format_bn, format_tight),
        ),
    ]
    print("\nRATIOS (of medians; '1st call' = the same ratio of first-call medians)")
    for target in targets:
        print(target.line())

    print(f"\nSTART-UP (fresh process wall time, median of {startup_runs})")
    startup = startup_ms(
        {
            "python -c pass": "pass",
            "import bn_datetime": "import bn_datetime",
            "import bn_datetime + one to_iso call": (
                f"import bn_datetime as bd; bd.to_iso({SEED_TEXT!r})"
            ),
            "import dateparser": "import dateparser",
        },
        startup_runs,
    )
    bare = startup["python -c pass"]
    for label, ms in startup.items():
        if isinstance(ms, str) or isinstance(bare, str):
            print(f"  {label:<38} {ms}")
        else:
            print(f"  {label:<38} {ms:8.1f} ms   {ms / bare:5.2f}x   (+{ms - bare:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
