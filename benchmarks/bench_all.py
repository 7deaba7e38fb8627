"""Every benchmark in one command, then one summary table of ratios.

    python benchmarks/bench_all.py [--quick]

Runs, one after the other on this machine, each benchmark script (each measures
bn_datetime and its peers side by side in the same run on the same inputs and prints
its own table), then measures start-up and the command's memory, and ends with the
rows that name a target, as ratios. Nothing is cached between inputs: every corpus is
made of distinct strings.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
SEED = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"


def run(script: str, *args: str) -> str:
    """Run one benchmark script, echo its output, return it for the summary."""
    print(f"\n===== {script} {' '.join(args)}", flush=True)
    done = subprocess.run(
        [PYTHON, str(HERE / script), *args], capture_output=True, text=True, check=False
    )
    print(done.stdout, done.stderr, sep="", end="", flush=True)
    return done.stdout


def wall_ms(command: list[str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def startup(rounds: int) -> list[tuple[str, str, str]]:
    env_note = "bytecode compiled" if not os.environ.get("PYTHONDONTWRITEBYTECODE") else (
        "PYTHONDONTWRITEBYTECODE is set: modules compile from source each start"
    )
    bare = wall_ms([PYTHON, "-c", "pass"], rounds)
    imported = wall_ms([PYTHON, "-c", "import bn_datetime"], rounds)
    command = wall_ms([PYTHON, "-m", "bn_datetime", SEED], rounds)
    print(f"\n===== start-up ({env_note}), median of {rounds}")
    print(f"python -c pass {bare:.1f} ms · import bn_datetime {imported:.1f} ms · "
          f"python -m bn_datetime TEXT {command:.1f} ms")
    return [
        ("import bn_datetime / python -c pass", f"{imported / bare:.2f}x", "(information)"),
        ("bn-datetime TEXT / python -c pass", f"{command / bare:.2f}x", "≤ 4x"),
    ]


def memory(lines: int) -> list[tuple[str, str, str]]:
    """Peak RSS of the command over a file of ``lines`` lines, and over a tenth of it."""
    peaks = []
    for count in (lines // 10, lines):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            for k in range(count):
                f.write(f"{k % 28 + 1} সেপ্টেম্বর {1990 + k % 40}, {k % 12 + 1:02d}:{k % 60:02d} পিএম\n")
            name = f.name
        code = (
            "import resource, subprocess, sys;"
            f"subprocess.run([sys.executable, '-m', 'bn_datetime', '--now', '2024-09-14T20:00'],"
            f" stdin=open({name!r}, 'rb'), stdout=subprocess.DEVNULL, check=False);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        start = time.perf_counter()
        out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        Path(name).unlink()
        peaks.append((count, int(out.stdout.strip() or 0), seconds))
    print("\n===== the command's memory over a file (peak RSS)")
    for count, kb, seconds in peaks:
        print(f"{count:>9,} lines: {kb / 1024:.1f} MB peak, {seconds:.1f} s")
    growth = peaks[1][1] / max(peaks[0][1], 1)
    return [(f"peak RSS, {peaks[1][0]:,} lines / {peaks[0][0]:,} lines", f"{growth:.2f}x",
             "≈ 1x (streamed)")]


def grab(text: str, pattern: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in text.splitlines():
        m = re.search(pattern, line)
        if m:
            rows.append((m.group("name").strip(), m.group("ratio"), m.group("target").strip()))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora, fewer rounds")
    opts = parser.parse_args()
    quick = ["--quick"] if opts.quick else []
    summary: list[tuple[str, str, str]] = []

    core = run("bench_core.py", *quick)
    summary += grab(core, r"^(?:issue \d+)\s+(?P<name>.+?)\s+(?P<ratio>[\d.]+x)\s+\(1st call.*?\)\s+(?P<target>\S.*)$")
    search = run("bench_search.py", "--mb", "0.5" if opts.quick else "1", "--peer-kb", "8")
    for line in search.splitlines():
        m = re.match(r"search ≥ (?P<t>.+?) \((?P<v>[^)]+)\): (?P<verdict>.+)", line)
        if m:
            summary.append((f"search ≥ {m.group('t')}", m.group("v"), m.group("verdict")))
    compiled = run("bench_compiled.py", *quick)
    for line in compiled.splitlines():  # the compiled scanner against the pure one
        m = re.match(r"(?P<name>\S.*?)\s{2,}.*?(?P<ratio>[\d.]+x)$", line)
        if m:
            summary.append((f"compiled scanner: {m.group('name')}", m.group("ratio"), "(pure / compiled)"))
    numbers = run("bench_numbers.py")
    summary += [("numbers: see the table above", "", "")] if numbers else []
    calendar = run("bench_calendar.py")
    summary += [("calendar: see the table above", "", "")] if calendar else []
    revisions = run("bench_revisions.py", *quick)
    for line in revisions.splitlines():
        m = re.match(r"(?P<name>(?:to_iso|search), .+?\))\s+[\d.]+\s+[\d.]+\s+(?P<ratio>[\d.]+x)\s+(?P<verdict>.+)", line)
        if m:
            summary.append((f"vs the pipeline before issue 13: {m.group('name')}", m.group("ratio"), m.group("verdict")))
    summary += startup(7 if opts.quick else 21)
    summary += memory(100_000 if opts.quick else 1_000_000)

    print("\n===== SUMMARY")
    width = max(len(name) for name, _, _ in summary)
    for name, value, target in summary:
        print(f"{name:<{width}}  {value:>9}  {target}")
    print(f"\n(children's peak RSS so far: "
          f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
