"""The command as a stream filter (issue 6): bad bytes, a million lines, signals.

Every test runs ``python -m bn_datetime`` (the same ``main`` as the ``bn-datetime``
script) in a subprocess, as a shell pipeline would.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

import bn_datetime as bd
from bn_datetime.lexicon import MONTHS

COMMAND = [sys.executable, "-m", "bn_datetime"]
MONTH_NAMES = [names[0] for _, names in MONTHS]
FIRST_DAY = date(1900, 1, 1)


def run(args: list[str], data: bytes, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*COMMAND, *args], input=data, capture_output=True, timeout=timeout, check=False)


# --- invalid UTF-8: that line fails, the others go on ----------------------------------

GOOD_1 = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম".encode()
GOOD_2 = "২০ জুন ২০০৯, ১০:০০ এএম".encode()
BAD_LINES = [
    b"\xff\xfe\xfd",  # never UTF-8
    "১৪ সেপ্টেম্বর".encode()[:-1] + " ২০২৪".encode(),  # a character cut in half
    b"\xed\xa0\x80 \xe0\xa7\xa7",  # an encoded surrogate
    b"\xc0\xaf",  # an overlong slash
]


@pytest.mark.parametrize("bad", BAD_LINES, ids=["ff", "cut", "surrogate", "overlong"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_invalid_utf8_fails_that_line_only(bad: bytes, jobs: str) -> None:
    data = b"\n".join([GOOD_1, bad, GOOD_2, bad, b"", GOOD_1]) + b"\n"
    done = run(["--jobs", jobs], data)
    assert done.stdout.decode().split("\n") == [
        "2024-09-14T18:42:00+06:00", "", "2009-06-20T10:00:00+07:00", "", "",
        "2024-09-14T18:42:00+06:00", "",
    ]
    errors = done.stderr.decode().splitlines()
    assert [e.split(":")[1].strip() for e in errors] == ["line 2", "line 4"]
    assert all("invalid UTF-8" in e for e in errors)
    assert b"Traceback" not in done.stderr
    assert done.returncode == 1


def test_invalid_utf8_in_json_lines() -> None:
    done = run(["--json"], b"\n".join([GOOD_1, b"\xff", GOOD_2]) + b"\n")
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["output"] for r in records] == ["2024-09-14T18:42:00+06:00", None, "2009-06-20T10:00:00+07:00"]
    assert "invalid UTF-8" in records[1]["error"]
    # the bytes are kept: surrogateescape, escaped in the JSON (issue 17)
    assert records[1]["input"] == "\udcff"
    assert records[1]["input"].encode("utf-8", "surrogateescape") == b"\xff"
    assert b"\\udcff" in done.stdout
    assert done.returncode == 1


@pytest.mark.parametrize(
    "odd",
    [b"\x00", b"\r", b"\x1b[31m", "\u2028".encode(), b"\xef\xbb\xbf" + GOOD_1, b" " * 100_000, GOOD_1 * 30_000],
    ids=["nul", "cr", "ansi", "line-separator", "bom", "spaces", "huge-line"],
)
def test_odd_lines_keep_the_count(odd: bytes) -> None:
    """NUL, lone CR, escapes, U+2028, a BOM, a 3 MB line: one output line each."""
    data = b"\n".join([GOOD_1, odd, GOOD_2]) + b"\n"
    done = run([], data)
    lines = done.stdout.decode().split("\n")
    assert len(lines) == 4 and lines[0] == "2024-09-14T18:42:00+06:00"
    assert lines[2] == "2009-06-20T10:00:00+07:00"
    assert b"Traceback" not in done.stderr


# --- a million lines: every one, in order, in constant memory --------------------------


def dated_line(i: int) -> tuple[bytes, str]:
    """Line ``i``: a distinct date, and its ISO answer (blank and bad lines now and then)."""
    if i % 1000 == 999:
        return b"", ""
    if i % 1000 == 500:
        return f"৩২ জানুয়ারি {i}".encode(), ""
    d = FIRST_DAY + timedelta(days=i % 2_900_000)
    text = bd.to_bengali_digits(f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}, ১০:০০ এএম")
    return text.encode(), f"{d.isoformat()}T10:00:00+0"


def write_input(path: Path, count: int) -> None:
    with path.open("wb") as f:
        f.writelines(dated_line(i)[0] + b"\n" for i in range(count))


# Runs the command under a fresh parent, so that RUSAGE_CHILDREN sees only the command.
PEAK_RSS = textwrap.dedent(
    """
    import resource, subprocess, sys
    with open(sys.argv[1], "rb") as src, open(sys.argv[2], "wb") as dst:
        code = subprocess.run(sys.argv[3:], stdin=src, stdout=dst, stderr=subprocess.DEVNULL).returncode
    print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    """
)


def run_counting_memory(source: Path, target: Path, args: list[str]) -> tuple[int, int]:
    """Exit status and peak RSS (KiB) of the command converting ``source`` into ``target``."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, str(source), str(target), *COMMAND, *args],
        capture_output=True, text=True, timeout=300, check=True,
    )
    status, peak = done.stdout.split()
    return int(status), int(peak)


def output_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n")


@pytest.mark.slow
def test_a_million_lines_in_order_in_constant_memory(tmp_path: Path) -> None:
    small, large = tmp_path / "100k.txt", tmp_path / "1m.txt"
    write_input(small, 100_000)
    write_input(large, 1_000_000)
    status_small, peak_small = run_counting_memory(small, tmp_path / "100k.out", [])
    start = time.perf_counter()
    status_large, peak_large = run_counting_memory(large, tmp_path / "1m.out", [])
    took = time.perf_counter() - start
    assert status_small == status_large == 1  # the ৩২ জানুয়ারি lines fail
    count = 0
    for i, line in enumerate(output_lines(tmp_path / "1m.out")):
        expected = dated_line(i)[1]
        assert line.startswith(expected) if expected else line == "", (i, line, expected)
        count += 1
    assert count == 1_000_000
    # ten times the input, the same memory: streamed, not gathered (5 MiB of slack)
    assert peak_large <= peak_small + 5 * 1024, (peak_small, peak_large)
    assert took < 60, f"{took:.0f}s for a million lines"


@pytest.mark.slow
def test_jobs_keep_the_order_in_constant_memory(tmp_path: Path) -> None:
    # The baseline is 100k lines, not fewer: the parser's bounded caches fill up in the first
    # 100k distinct lines (about 5 MiB), which is growth up to a ceiling, not with the input.
    small, large = tmp_path / "100k.txt", tmp_path / "300k.txt"
    write_input(small, 100_000)
    write_input(large, 300_000)
    _, peak_small = run_counting_memory(small, tmp_path / "100k.out", ["--jobs", "2"])
    _, peak_large = run_counting_memory(large, tmp_path / "300k.out", ["--jobs", "2"])
    single = tmp_path / "300k-single.out"
    run_counting_memory(large, single, [])
    assert (tmp_path / "300k.out").read_bytes() == single.read_bytes()
    assert sum(1 for _ in output_lines(single)) == 300_000
    assert peak_large <= peak_small + 5 * 1024, (peak_small, peak_large)


# --- SIGPIPE and Ctrl-C ----------------------------------------------------------------


def quiet(stderr: bytes) -> None:
    assert b"Traceback" not in stderr
    assert b"Error" not in stderr, stderr[-500:]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_reader_going_away_exits_quietly(tmp_path: Path, jobs: str) -> None:
    """``bn-datetime < big | head -1``: status 141 (or killed by SIGPIPE), nothing on stderr."""
    source = tmp_path / "in.txt"
    write_input(source, 50_000)
    with source.open("rb") as src, subprocess.Popen(
        [*COMMAND, "--jobs", jobs], stdin=src, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # the reader goes away
        stderr = proc.stderr.read()
        status = proc.wait(timeout=60)
    assert first.startswith(b"1900-01-01T10:00:00+0")
    assert status in (141, -signal.SIGPIPE), (status, stderr[-500:])
    quiet(stderr)


def _interruptible() -> None:
    """In the child: Ctrl-C as a terminal delivers it. A test suite started in the
    background of a non-interactive shell inherits SIGINT ignored, and Python keeps an
    ignored SIGINT ignored: the command would never see the signal these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_waiting_on_stdin(args: list[str]) -> subprocess.Popen[bytes]:
    """The command with an open stdin that has sent a few lines, after start-up."""
    proc = subprocess.Popen([*COMMAND, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=_interruptible)
    assert proc.stdin is not None
    proc.stdin.write(GOOD_1 + b"\n" + GOOD_2 + b"\n")
    proc.stdin.flush()
    time.sleep(1.5)  # imports done, blocked reading the next line
    return proc


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_quietly(jobs: str) -> None:
    with start_waiting_on_stdin(["--jobs", jobs]) as proc:
        proc.send_signal(signal.SIGINT)
        try:
            _, stderr = proc.communicate(timeout=20)
        finally:
            proc.kill()
    assert proc.returncode in (130, -signal.SIGINT), (proc.returncode, stderr[-500:])
    quiet(stderr)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_while_converting_exits_quietly(jobs: str) -> None:
    """SIGINT in the middle of a long conversion, not only while waiting for input.

    A thread keeps the command's stdin full for as long as it runs, so however fast the
    conversion, the signal arrives while there is work in hand.
    """
    block = b"".join(dated_line(i)[0] + b"\n" for i in range(10_000))
    with subprocess.Popen(
        [*COMMAND, "--jobs", jobs], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, preexec_fn=_interruptible,
    ) as proc:
        assert proc.stdin is not None and proc.stderr is not None
        stdin = proc.stdin
        # a command that does not stop on the signal is killed after a while: the test
        # fails on its assertion instead of waiting for ever on stderr
        watchdog = threading.Timer(60, proc.kill)
        watchdog.start()

        def feed() -> None:
            with contextlib.suppress(OSError, ValueError):  # the pipe closes under us
                while proc.poll() is None:
                    stdin.write(block)

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        try:
            time.sleep(1.5)
            proc.send_signal(signal.SIGINT)
            stderr = proc.stderr.read()
            proc.wait(timeout=20)
        finally:
            watchdog.cancel()
            proc.kill()
            feeder.join(timeout=20)
            # what the feeder left buffered cannot reach a process that is gone: close the
            # pipe here, where a broken pipe is expected, not in Popen's exit
            with contextlib.suppress(OSError):
                stdin.close()
    assert proc.returncode in (130, -signal.SIGINT), (proc.returncode, stderr[-500:])
    quiet(stderr)


def test_each_answer_comes_out_before_the_next_line_is_sent() -> None:
    env = dict(os.environ)  # no PYTHONUNBUFFERED: the command flushes each chunk itself
    with subprocess.Popen(COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(GOOD_1 + b"\n")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 5)
            assert ready, "no answer within 5 s while stdin stays open"
            assert proc.stdout.readline() == b"2024-09-14T18:42:00+06:00\n"
        finally:
            proc.kill()
